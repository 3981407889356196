/**
 * Four invented news articles (statements, session 16, helper s29), written for issue 10's kinds:
 * a body introduced once with a description and later speaking by that description while another
 * body is nearer ("the cheese maker said", "the bicycle maker said"); a name apposed to an owner's
 * description ("The dairy's largest buyer, Penlow & Daughters, said …"); "according to the
 * <noun>" for a body whose name or description holds the noun ("according to the theatre");
 * studies' and inspectors' findings; and a subject whose head noun has a restrictive relative
 * clause of its own ("The chair of the board which runs the harbour said …", "The head of the
 * agency that licenses ferries, Ines Calloway, said …"). Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s29`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S29_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a dairy fined: its description speaks after the magistrates and a buyer were named.
  {
    name: 'dairy-river-fine',
    body: [
      `Corvell Dairies, a cheese maker based in Ashby, has been fined £40,000 for a leak into the River Wend.`,
      `The fine was set by Hallam Magistrates, who heard the case on Friday.`,
      `The cheese maker said it had already replaced the broken pipe.`,
      ``,
      `The dairy's largest buyer, Penlow & Daughters, said it would keep buying from the farm.`,
      `An audit by the Wend Rivers Trust found that fish numbers had halved below the outfall.`,
      `According to the trust, the river would take two years to recover.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Corvell Dairies', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Penlow & Daughters', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Wend Rivers Trust', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Wend Rivers Trust', cue: 'according-to', who: 'organisation' },
    ],
  },
  // 2 — a warehouse move: "the bicycle maker" after its landlord was named.
  {
    name: 'cycle-warehouse-move',
    body: [
      `The bicycle maker Tamsin Cycles has moved its warehouse from Brede to Oxley.`,
      `Its former landlord, Opal Estates, had raised the rent twice in a year.`,
      `The bicycle maker said the move would save it £200,000 a year.`,
      ``,
      `The review of the site carried out for the town council concluded that the empty building should be sold.`,
      `Dora Finch, a councillor for Brede, said she was disappointed.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Tamsin Cycles', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'review', cue: 'reported', who: 'document' },
      { at: '2.2', speaker: 'Dora Finch', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a theatre closes for repairs: "according to the theatre".
  {
    name: 'theatre-roof-repairs',
    body: [
      `The Gilded Lamp Theatre in Kessling will close for roof repairs in June.`,
      `Its roof has leaked since the storms of last winter.`,
      `According to the theatre, the work will take four months and cost £1.2m.`,
      ``,
      `The auditors found that ticket sales had fallen by a third since 2023.`,
      `According to the plan, the theatre will reopen in October.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Gilded Lamp Theatre', cue: 'according-to', who: 'organisation' },
      { at: '2.1', speaker: 'auditors', cue: 'reported', who: 'group' },
    ],
  },
  // 4 — a harbour's ferries: subjects with their own relative clauses.
  {
    name: 'harbour-ferry-fares',
    body: [
      `The chair of the board which runs Marlow Harbour said fares would rise in April.`,
      `The head of the agency that licenses ferries, Ines Calloway, said on Tuesday that two routes would close.`,
      `Passengers have complained about delays for months.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'chair of the board', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Ines Calloway', cue: 'reported', who: 'person' },
    ],
  },
];
