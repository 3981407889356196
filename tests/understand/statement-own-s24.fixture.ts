/**
 * Three invented news articles (statements, session 14, helper s24), written before any fix and
 * scored at first sight: a document "by" a body with an inserted participle ("A report by the X,
 * released in October, found …", "An inspection by …, seen by this newspaper, concluded …", "A poll
 * of 600 passengers commissioned by …", "A survey of … carried out for … found"); topic lines with a
 * colon and no speaker in the line ("On the company's losses: “…”"), which are the article's main
 * person, not the body named in the topic; "according to the chair of last year's review"; a body
 * that "blamed" something; ", pointing to …" / ", citing …" after a which-clause; and own-voice
 * traps: "X accused of … will appear in court", "The inquiry heard that …", "…, recalling the founder".
 * Same format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s24`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S24_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a ferry company: documents by a body with an inserted participle; topic lines; own-voice traps.
  {
    name: 'ferry-ramp',
    body: [
      `The chief executive of Tarnmouth Ferries, Colm Reddy, will step down in the spring after eleven years in the post.`,
      `A report by the Marine Accident Branch, released in October, found that the ramp had been poorly maintained.`,
      `An inspection by the port's engineers, seen by this newspaper, concluded that two berths were unsafe.`,
      ``,
      `On the company's losses: “We have cut every cost we could find.”`,
      `On why he is leaving: “Eleven years is long enough for anyone.”`,
      `A poll of 600 passengers commissioned by the harbour council found that most wanted a later sailing.`,
      ``,
      `The inquiry heard that the ramp's hinge had cracked twice.`,
      `A deckhand accused of falsifying the logs will appear in court in June.`,
      `Harbour Chandlers, which sells rope and paint on the quay, lost a third of its trade during the closures.`,
      `The family-owned chandlery blamed the ferry company for the lost months.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'report|Marine Accident Branch', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: 'inspection|engineers', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'Colm Reddy', cue: 'colon', who: 'person' },
      { at: '2.2', speaker: 'Colm Reddy', cue: 'colon', who: 'person' },
      { at: '2.3', speaker: 'poll', cue: 'reported', who: 'document' },
      { at: '3.4', speaker: 'Harbour Chandlers|chandlery', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — a bakery chain's results: which-clauses before "pointing to"/"citing"; "the chair of last year's review"; "recalling".
  {
    name: 'bakery-forecast',
    body: [
      `Greyloaf Bakeries, which employs 900 people, lowered its profit forecast, pointing to the cost of flour.`,
      `The firm, which runs 40 shops, closed six of them last year, citing higher rents.`,
      `Wages in the trade have risen by 9% since 2022, according to the chair of last year's pay review.`,
      ``,
      `Its finance director, Lena Moss, said the shops would stay open, recalling that the chain had survived two earlier slumps.`,
      `Staff planted a cherry tree outside the depot, recalling the founder who died in March.`,
      `The union, which represents 300 bakers, rejected the pay offer, saying it fell short of inflation.`,
      ``,
      `An independent review of the bakery's ovens, ordered by the board, found that three needed replacing.`,
      `A survey of 250 shop managers carried out for the trade body found that footfall had fallen.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Greyloaf Bakeries', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Greyloaf Bakeries|firm', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'chair', cue: 'according-to', who: 'person' },
      { at: '2.1', speaker: 'Lena Moss', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'union', cue: 'reported', who: 'group' },
      { at: '3.1', speaker: 'review', cue: 'reported', who: 'document' },
      { at: '3.2', speaker: 'survey', cue: 'reported', who: 'document' },
    ],
  },
  // 3 — a theatre director's farewell: topic lines that name a body in the topic, single quotes; a body that blamed.
  {
    name: 'playhouse-farewell',
    body: [
      `The artistic director of the Kestrel Playhouse, Maud Ferrand, will leave the theatre next summer.`,
      `Ferrand, 58, joined the Playhouse in 2009 from a touring company.`,
      ``,
      `On the Playhouse's funding: “We have never had enough, and we never will.”`,
      `On the Arts Council's cuts: “They came at the worst possible moment.”`,
      `On what comes next: ‘I intend to write, and to sleep.’`,
      ``,
      `The theatre's board said a successor would be named in January.`,
      `The hearing was told that the roof had leaked for years.`,
      `The Playhouse blamed the new tram works for a fall in ticket sales.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Maud Ferrand', cue: 'colon', who: 'person' },
      { at: '2.2', speaker: 'Maud Ferrand', cue: 'colon', who: 'person' },
      { at: '2.3', speaker: 'Maud Ferrand', cue: 'colon', who: 'person' },
      { at: '3.1', speaker: 'board', cue: 'reported', who: 'group' },
      { at: '3.3', speaker: 'Kestrel Playhouse|Playhouse', cue: 'reported', who: 'organisation' },
    ],
  },
];
