/**
 * Four invented news articles (statements, session 16, helper s30), written before any fix and
 * scored at first sight: a company whose name carries no company word but whose sentence says
 * what it is, then "the company said"; "…, it added." after a company-shaped name spoke and another
 * firm (one whose name holds "Said") was named between; "They said" after a group phrase; "the
 * council member said" after "Council member X"; "according to <Country>'s transport ministry";
 * "in her view" / "in his opinion" / "as she sees it"; page furniture (a photo caption and credit,
 * a "Read more:" headline) glued before the sentence's speaker in one-paragraph scraped copy; and
 * the article's own voice ("Members of the parish council voted on Thursday to write to the MP").
 * Same format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s30`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S30_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a recall: a maker described in its own sentence, a water utility and a contractor.
  {
    name: 'cargo-bike-recall',
    body: [
      `Brenlow Kinetic, a maker of cargo bikes, today announced a recall of 4,000 frames.`,
      `The company said no injuries had been reported.`,
      ``,
      `Deliveries to 900 shops in the valley were halted on Monday, Tarrow Freight said.`,
      `Crews from Said & Rowe checked the depot's loading bays.`,
      `Normal service would resume within a week, it added.`,
      ``,
      `Local couriers, who rely on the bikes, remain wary.`,
      `They said the recall had come at the busiest time of the year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Brenlow Kinetic', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Brenlow Kinetic', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Tarrow Freight', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Tarrow Freight', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Local couriers', cue: 'reported', who: 'group' },
    ],
  },
  // 2 — a tunnel's timetable: views held, a ministry by its country's possessive, a council member.
  {
    name: 'estuary-tunnel-timetable',
    body: [
      `According to Norland's transport ministry, the estuary tunnel will open in 2031.`,
      `Mira Sandoval, the engineer who led the first survey, has doubts about that date.`,
      `In her view, the chalk under the river will slow the boring machines.`,
      ``,
      `Tomas Reyes chairs the regional works committee.`,
      `The budget is far too small, in his opinion.`,
      ``,
      `Council member Ada Ruiz moved to delay a vote on the tunnel's access roads.`,
      `The council member said residents needed more time to read the plans.`,
      `Members of the parish council voted on Thursday to write to the MP.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: "Norland's transport ministry", cue: 'according-to', who: 'organisation' },
      { at: '1.3', speaker: 'Mira Sandoval', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Tomas Reyes', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Ada Ruiz', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — scraped one-paragraph copy: a caption with a credit, a linked headline glued before the speaker.
  {
    name: 'quay-rota-scraped',
    body: [
      `Photo: A gantry crane at the north quay. (Ivo Brandt/Harbour Pictures) Dock workers, many on day contracts, said the new rota left no time for rest.`,
      `Read more: Why harbour rents keep rising The mayor of Tolvern, Ana Prest, said the port levy would pay for 200 homes.`,
      `As she sees it, the quay can support both the dockers and the new housing.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Dock workers', cue: 'reported', who: 'group' },
      { at: '1.2', speaker: 'Ana Prest', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Ana Prest', cue: 'reported', who: 'person' },
    ],
  },
  // 4 — a landlord named by a possessive description, then "the company"; a gaming outfit, then "the club".
  {
    name: 'arcade-roof-repairs',
    body: [
      `Gaming outfit Redfern Union has released the schedule for its first indoor league.`,
      `The club said tickets would go on sale in May.`,
      ``,
      `The arcade's landlord, Pellmar Estates, said repairs to the roof would start in June.`,
      `The company said the work would take six weeks.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Redfern Union', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Pellmar Estates', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Pellmar Estates', cue: 'reported', who: 'organisation' },
    ],
  },
];
