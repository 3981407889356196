/**
 * Three invented news articles (statements, session 12, round 2, helper s20), written before any
 * fix and scored at first sight: interview topic colons ("On X: “…”") spoken by the interviewee;
 * a bare quote after a person's non-speech act; a pronoun or "he added" after a reported clause
 * whose content names another person (the previous SPEAKER speaks on); speech embedded in a
 * subordinate clause ("after a neighbour complained that …", "a change it says will …", "Parents in
 * A and B say …"); "according to" a lower-case source or a definite noun naming a body named before;
 * "wrote a letter" without content is own voice. Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s20`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S20_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a profile interview: topic colons, a bare quote after a non-speech act.
  {
    name: 'baker-profile',
    body: [
      `Teodora Vasko opened Rye & Ember Bakery on Mill Lane in 1998 with a borrowed oven.`,
      `This month she hands the keys to her nephew.`,
      ``,
      `On her first winter: “I sold eleven loaves on a good day.”`,
      `On the new owner: “He bakes better than I ever did.”`,
      ``,
      `Asked whether she would keep baking at home, Vasko smiled.`,
      `“Only on Sundays.”`,
      `The bakery employs nine people.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Teodora Vasko', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Teodora Vasko', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Teodora Vasko', cue: 'direct', who: 'person' },
    ],
  },
  // 2 — a tribunal: the previous speaker keeps speaking after content naming another person.
  {
    name: 'kennel-hearing',
    body: [
      `A kennel owner has been banned from keeping dogs for ten years.`,
      `Opening the case, Lorna Finch told magistrates that an inspector had found fourteen dogs in a single shed.`,
      `“Several were too weak to walk,” she said.`,
      `Representing the owner, Idris Vale said his client had been caring for a sick relative.`,
      `Mr Garrow had kept dogs for 30 years without a single complaint, he added.`,
      `Mr Garrow wrote a letter of apology to the court.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Lorna Finch', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Lorna Finch', cue: 'direct', who: 'person' },
      { at: '1.4', speaker: 'Idris Vale', cue: 'reported', who: 'person' },
      { at: '1.5', speaker: 'Idris Vale', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a ferry timetable: speech in subordinate clauses, "according to" a source noun.
  {
    name: 'ferry-timetable',
    body: [
      `The evening ferry to Skarra may be withdrawn after a commuter wrote to the operator that the boat was always empty.`,
      `Harbourline is cutting two sailings, a change it says will save £40,000 a year.`,
      `Families on the islands of Skarra and Vell say their teenagers will miss evening classes.`,
      ``,
      `Fares rose by 8 per cent last year, according to ticketing data.`,
      `The story was first reported on Coastwave Radio.`,
      `According to the broadcaster, the operator has lost money on the route since 2021.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'a commuter|commuter', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Harbourline', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'Families on the islands of Skarra and Vell|Families', cue: 'reported', who: 'group' },
      { at: '2.1', speaker: 'ticketing data', cue: 'according-to', who: 'document' },
      { at: '2.3', speaker: 'Coastwave Radio', cue: 'according-to', who: 'organisation' },
    ],
  },
];
