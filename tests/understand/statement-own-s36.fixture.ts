/**
 * Invented news articles (statements, session 19, helper s36), written for issue 10's kinds of
 * the unseen sets 36/37: wire datelines before an apposed subject ("HALDEN, May 4 (Norland Wire) —
 * Brisco Arenas, the operator of …, said"; "DUNMORE, June 2, 2026 — Tally, the travel app used by
 * …, today announced"); an age apposed to a new name ("Hilda Marsh, 83, gave evidence …. She
 * told the court …"); documents in other places ("after tests by the Food Safety Office found …",
 * "The club's own members' survey last spring showed that …", "according to the council's
 * published tariff"); an inverted speaker whose title holds "and" ("said fish and chip shop owner
 * Dara Pell"); groups threatening ("Stallholders … have threatened to stop trading"); and the
 * article's own voice (a sign that "reads"). Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s36`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S36_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — an ice rink on the wire: a dateline with an agency before a name and its long apposition.
  {
    name: 'ice-rink-wire-dateline',
    body: [
      `HALDEN, May 4 (Norland Wire) — Brisco Arenas, the operator of Halden's 9,000-seat ice rink, said on Tuesday that it would close the rink for a year from June.`,
      `The rink has hosted the national curling finals since 2011.`,
      `"The roof has reached the end of its life," chief executive Oona Felt told reporters.`,
      ``,
      `Curlers said the closure would leave them with a three-hour drive to the nearest sheet of ice.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Brisco Arenas', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'Oona Felt', cue: 'direct', who: 'person' },
      { at: '2.1', speaker: 'curlers', cue: 'reported', who: 'group' },
    ],
  },
  // 2 — a travel app's press release: a dated dateline, "today announced" after an apposition with a participle.
  {
    name: 'travel-app-release-dateline',
    body: [
      `DUNMORE, June 2, 2026 — Tally, the travel app used by 2 million commuters, today announced that it will drop booking fees on weekend trips.`,
      `"Fees were the thing our users hated most," said Piet Olde, Tally's chief executive.`,
      ``,
      `Tally was founded in 2019.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Tally', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Piet Olde', cue: 'direct', who: 'person' },
    ],
  },
  // 3 — a court report: an age apposed to a new witness after another woman spoke.
  {
    name: 'roofer-trial-witness-age',
    body: [
      `Prosecutor Nadia Ferrow told jurors that the roofer had taken deposits for work he never began.`,
      `"He took £900 and vanished," she said.`,
      ``,
      `Hilda Marsh, 83, gave evidence by video link from her home in Corby Vale.`,
      `She told the court she had paid the deposit in cash at her kitchen table.`,
      `"I thought he was a nice young man," she said.`,
      ``,
      `The trial continues.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Nadia Ferrow', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Nadia Ferrow', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Hilda Marsh', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Hilda Marsh', cue: 'direct', who: 'person' },
    ],
  },
  // 4 — a market rent row: a tariff, an inverted speaker whose title holds "and", a threat, a sign.
  {
    name: 'market-rents-tariff-threat',
    body: [
      `Stallholders at Brenton's 90-year-old covered fish market have threatened to stop trading for a week after the borough council raised their rents by a third.`,
      `A single stall will cost £30 a day from May, up from £24, according to the council's published tariff.`,
      `"We can barely pay for the van as it is," said fish and chip shop owner Dara Pell, who has traded there since 1990.`,
      `"Put the rent up and you will have an empty hall."`,
      ``,
      `A sign taped to the door of the Kell Street entrance reads: "Closed for repairs."`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'stallholders', cue: 'reported', who: 'group' },
      { at: '1.2', speaker: 'published tariff|council tariff', cue: 'according-to', who: 'document' },
      { at: '1.3', speaker: 'Dara Pell', cue: 'direct', who: 'person' },
      { at: '1.4', speaker: 'Dara Pell', cue: 'continued', who: 'person' },
    ],
  },
  // 5 — a soap recall and a club survey: documents after a subordinator and before a time phrase.
  {
    name: 'soap-recall-club-survey',
    body: [
      `Ferren Soaps has pulled its lavender bar from shops after tests by the Food Safety Office found traces of lead.`,
      `The company said every buyer would get a refund.`,
      ``,
      `At the Orwell Bowls Club, the bar will stay open.`,
      `The club's own members' survey last spring showed that most members wanted it kept.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Food Safety Office|tests', cue: 'reported', who: 'document' },
      { at: '1.2', speaker: 'Ferren Soaps', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: "members' survey|Orwell Bowls Club", cue: 'reported', who: 'document' },
    ],
  },
];
