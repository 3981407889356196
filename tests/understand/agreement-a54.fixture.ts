/**
 * Agreement set of session 21 (helper a54): the shapes blind sets 28, 40, 42 and 43 got wrong, in
 * invented articles of our own — a lease approved by an outsider and then signed by its sides, whose
 * later mentions ("Under the terms", "The lease also limits …") take the latest live mention's
 * status — with close negatives beside them. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a54`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A54_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a lease approved by a board, then signed by its sides; its terms and a later mention hold.
  {
    name: 'college-flats-lease',
    body: [
      `The Harlow Licensing Board on Monday approved a 30-year lease under which developer Pendle Homes will build 200 flats on college land.`,
      `Marsh College signed the lease with Pendle in June, subject to the board's approval.`,
      ``,
      `Under the terms, Pendle will pay the college £90,000 a year and return the land when the lease ends.`,
      `The lease also limits rents for 50 of the flats.`,
      `Board members separately voted to widen the road by the college gates.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marsh College', 'Pendle Homes'], status: 'approved', kind: 'board approved a lease' },
      { at: '1.2', parties: ['Marsh College', 'Pendle Homes'], status: 'signed', kind: 'signed the lease' },
      { at: '2.1', parties: ['Marsh College', 'Pendle Homes'], status: 'in force', kind: 'under the terms' },
      { at: '2.2', parties: ['Marsh College', 'Pendle Homes'], status: 'in force', kind: 'the lease limits (later mention)' },
    ],
  },
];
