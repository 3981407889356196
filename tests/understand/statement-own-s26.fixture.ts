/**
 * Three invented news articles (statements, session 15, helper s26), written before any fix and
 * scored at first sight: "the company said" / "the firm said" after a body that only acted (a
 * which-clause, a customer named nearer as an object, another body acting in between); documents
 * with an inserted irregular participle and a phrase of time ("A deed uncovered in the vestry,
 * tucked inside a hymn book, suggests …", "A map drawn in 1843 and kept by the parish shows …");
 * names known only by their shape ("Fenholt Haulage told drivers …", then "It said …"); judgements
 * without quotes ("called the decision overdue", "called the plan a gamble with their pay"), which
 * are the article's own voice by the convention the earlier sets and tests/understand/statements.test.ts
 * keep (only a quoted judgement, "called it “x”", is a statement; gold labelled them at first and
 * was corrected to the convention); groups
 * with a "living beside / near / close to" modifier, whose place never speaks. Same format and
 * labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s26`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S26_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a foundry drops a shift: "the company said" after a body that only acted; groups by a place; a judgement.
  {
    name: 'foundry-shift',
    body: [
      `Brackwater Castings, which makes valves for Tellan Pumps, will end its weekend shift in March.`,
      `The move follows a drop in orders from abroad, the company said.`,
      `About 60 workers will be offered other hours.`,
      ``,
      `Residents living beside the foundry said the noise had kept them awake for years.`,
      `Campaigners from the Millbrook Trust called the decision overdue.`,
      `The regional water board, a customer of the foundry, approved the change on Tuesday.`,
      ``,
      `The firm said it would keep all eight of its apprentices.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Brackwater Castings', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'residents', cue: 'reported', who: 'group' },
      { at: '3.1', speaker: 'Brackwater Castings', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — an old chapel: documents with an irregular participle and a phrase of time; "near the site".
  {
    name: 'chapel-deed',
    body: [
      `A deed uncovered in the vestry, tucked inside a hymn book, suggests that the chapel was built by miners.`,
      `A map drawn in 1843 and kept by the parish shows that a well stood beside the door.`,
      `The chapel has been shut since a storm tore off part of its roof in 2021.`,
      ``,
      `Volunteers near the site said repairs could start next spring.`,
      `A survey taken during the winter, paid for by the council, found that the tower was leaning.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'deed', cue: 'reported', who: 'document' },
      { at: '1.2', speaker: 'map', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'volunteers', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'survey', cue: 'reported', who: 'document' },
    ],
  },
  // 3 — two depots merge: names by shape only; "it said"; a judgement with a noun; "close to".
  {
    name: 'depot-merger',
    body: [
      `Fenholt Haulage told drivers on Monday that its two depots in the valley would merge.`,
      `It said no jobs would be lost.`,
      `Quarrow Foods, its largest customer, said it would move some orders to rail.`,
      ``,
      `Drivers' representatives called the plan a gamble with their pay.`,
      `People close to the Ashby depot said lorries had churned up the verges.`,
      `The merger is due to be completed by the autumn.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Fenholt Haulage', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Fenholt Haulage', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'Quarrow Foods', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'people', cue: 'reported', who: 'group' },
    ],
  },
];
