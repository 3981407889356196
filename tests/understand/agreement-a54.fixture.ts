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
      { at: '2.1', parties: ['Marsh College', 'Pendle Homes'], status: 'signed', kind: 'under the terms' },
      { at: '2.2', parties: ['Marsh College', 'Pendle Homes'], status: 'signed', kind: 'the lease limits (later mention)' },
    ],
  },
  // 2 — a franchise agreement: its terms, what it barred, its end by "the franchise".
  {
    name: 'bakery-franchise-ended',
    body: [
      `Rhoda Wynn signed a franchise agreement with Crumbly Bakes in 2019, paying a £9,000 joining fee.`,
      `Under that agreement, Wynn paid Crumbly £300 a month for the use of its name and recipes.`,
      `Crumbly terminated the franchise in May over unpaid fees.`,
      ``,
      `Wynn now bakes under her own name from the same shop on Tarn Street.`,
      `She said she had met Crumbly's area manager twice before the end.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Rhoda Wynn', 'Crumbly Bakes'], status: 'signed', kind: 'signed a franchise agreement' },
      { at: '1.2', parties: ['Rhoda Wynn', 'Crumbly Bakes'], status: 'in force', kind: 'under that agreement' },
      { at: '1.3', parties: ['Crumbly Bakes', 'Rhoda Wynn'], status: 'voided', kind: 'terminated the franchise' },
    ],
  },
  // 3 — what a signed deal gives a side holds; what it is about leaves it signed.
  {
    name: 'board-game-licence',
    body: [
      `Corbel Games signed a licensing deal with Slate House Books on Monday.`,
      `The deal gives Corbel the right to make board games of Slate House's novels for six years.`,
      ``,
      `Ostria and Velland signed a trade pact in Mora on Friday.`,
      `The pact removes duties on most fish.`,
      `Corbel said it was talking to two other publishers.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corbel Games', 'Slate House Books'], status: 'signed', kind: 'signed a licensing deal' },
      { at: '1.2', parties: ['Corbel Games', 'Slate House Books'], status: 'signed', kind: 'the deal gives a side (terms)' },
      { at: '2.1', parties: ['Ostria', 'Velland'], status: 'signed', kind: 'signed a trade pact' },
      { at: '2.2', parties: ['Ostria', 'Velland'], status: 'signed', kind: 'the pact removes duties (about a thing)' },
    ],
  },
  // 4 — a lease with an operator described in the lede, named in the next sentence; the cabinet approves.
  {
    name: 'bakery-kiosk-lease',
    body: [
      `The old harbour kiosk will reopen in April after Marlby Town Council signed a 20-year lease with a Danish-style bakery operator.`,
      `Brodsk Bakes will pay £30,000 a year in rent and refit the kiosk at its own cost.`,
      ``,
      `The council's cabinet approved the lease on Monday.`,
      `Under the lease, the bakery must open by 7am every day of the summer.`,
      `Marlby Town Council also signed a lease with a local builder for its depot.`,
      `The depot has stood empty since 2023.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marlby Town Council', 'Brodsk Bakes'], status: 'signed', kind: 'lease with a described operator' },
      // The lease's terms right after it is named, with no deal word (a55's reading, merged after this
      // fixture was written; the unseen sets label such a sentence, and terms are in force).
      { at: '1.2', parties: ['Marlby Town Council', 'Brodsk Bakes'], status: 'signed', kind: 'terms without a deal word' },
      { at: '2.1', parties: ['Marlby Town Council', 'Brodsk Bakes'], status: 'approved', kind: 'cabinet approved the lease' },
      { at: '2.2', parties: ['Marlby Town Council', 'Brodsk Bakes'], status: 'in force', kind: 'under the lease' },
      { at: '2.3', parties: ['Marlby Town Council', 'a local builder'], status: 'signed', kind: 'lease with a builder left unnamed' },
    ],
  },
  // 5 — a suit whose sides the next paragraph calls "the two sides".
  {
    name: 'rope-maker-supply-suit',
    body: [
      `Ivo Trench, who trades as Trench Ropes, sued Mastwell Chandlery in the county court at Pellow.`,
      ``,
      `The two sides signed a two-year supply agreement in 2022.`,
      `Mastwell argued that the contract had been cancelled in 2023.`,
      `The judge will rule next month.`,
    ].join('\n'),
    gold: [
      { at: '2.1', parties: ['Ivo Trench', 'Mastwell Chandlery'], status: 'signed', kind: 'the two sides signed' },
      { at: '2.2', parties: ['Ivo Trench', 'Mastwell Chandlery'], status: 'voided', kind: 'argued the contract cancelled' },
    ],
  },
];
