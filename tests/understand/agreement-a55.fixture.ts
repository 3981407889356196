/**
 * Agreement set of session 21 (helper a55): the shapes blind set 42 got wrong or missed — a
 * deal's partner first described ("a bathhouse operator") and named by the next sentence, "the
 * council's cabinet" approving the council's lease, "the two sides" after "X, who trades as Y,
 * sued Z", "the board" after "the Oakhollow school board", the body a merger makes named by the
 * name its terms gave it, a term right after "Under the merger terms", a failed "attempt at a
 * merger", an earlier deal "with a climbing firm, X," that fell through, and a contract
 * "ratified last year" in a sentence of what it does not require — our own invented articles,
 * with close negatives (a described partner no sentence names, an attempt only discussed).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a55`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A55_AGREEMENT_ARTICLES: PatternArticle[] = [
  {
    name: "lido-lease-described-operator",
    body: [
      "The old Kelmscote lido will reopen next summer after Harnley District Council signed a 20-year lease with a Swedish-style bathhouse operator.",
      "Varmbad Leisure will pay £30,000 a year in rent and repaint the changing rooms.",
      "",
      "The council's cabinet approved the lease on Thursday.",
      "An earlier agreement with a climbing firm, Crag & Rope, fell through in 2023 when the firm ran out of money.",
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Harnley District Council", "Varmbad Leisure"], status: 'signed', kind: "lease with a described operator named next" },
      { at: '1.2', parties: ["Harnley District Council", "Varmbad Leisure"], status: 'signed', kind: "terms by the name that fills the description" },
      { at: '2.1', parties: ["Harnley District Council", "Varmbad Leisure"], status: 'approved', kind: "the council's cabinet approves" },
      { at: '2.2', parties: ["Harnley District Council", "Crag & Rope"], status: 'collapsed', kind: "earlier agreement with a set-off name fell through" },
    ],
  },
  {
    name: "potter-supply-court",
    body: [
      "Maud Tregenna, who trades as Tregenna Clayworks, sued Bramble Gifts in the county court at Pelford.",
      "",
      "The two sides signed a two-year supply agreement in 2022.",
      "Bramble argued that the contract had been cancelled by mutual consent.",
    ].join('\n'),
    gold: [
      { at: '2.1', parties: ["Tregenna Clayworks", "Bramble Gifts"], status: 'signed', kind: "the two sides after \"who trades as\"" },
      { at: '2.2', parties: ["Tregenna Clayworks", "Bramble Gifts"], status: 'voided', kind: "argued contract cancelled" },
    ],
  },
  {
    name: "school-coach-contract-board",
    body: [
      "The Oakhollow school board voted on Tuesday to end its contract with Fennick Coaches after a string of late buses.",
      "",
      "The board approved an emergency agreement with Pardoe Travel the same evening.",
      "Pardoe will run the four morning routes under the deal.",
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Oakhollow school board", "Fennick Coaches"], status: 'voided', kind: "board voted to end contract" },
      { at: '2.1', parties: ["Oakhollow school board", "Pardoe Travel"], status: 'approved', kind: "\"the board\" is the school board" },
      { at: '2.2', parties: ["Oakhollow school board", "Pardoe Travel"], status: 'approved', kind: "under the deal" },
    ],
  },
  {
    name: "croquet-clubs-merge",
    body: [
      "Two of Drayford's oldest croquet clubs are to merge.",
      "Drayford Lawn Club and Abbotsmere Croquet Club agreed the merger in principle in March.",
      "",
      "Under the merger terms, the combined club will play at Abbotsmere and take the name Drayford & Abbotsmere CC.",
      "Abbotsmere's members will pay no joining fee for a year.",
      "",
      "A first attempt at a merger in 2009 collapsed over the choice of ground.",
      "The merged club has also signed a five-year lease on the Abbotsmere pavilion with Drayford Town Council.",
    ].join('\n'),
    gold: [
      // (Session 28, a70: "are to merge" states the merger arranged, as blind sets 34, 42 and 56 label it; the lede was left out here.)
      { at: '1.1', parties: ["Drayford Lawn Club", "Abbotsmere Croquet Club"], status: 'reached', kind: "are to merge" },
      { at: '1.2', parties: ["Drayford Lawn Club", "Abbotsmere Croquet Club"], status: 'reached', kind: "agreed merger in principle" },
      { at: '2.1', parties: ["Drayford Lawn Club", "Abbotsmere Croquet Club"], status: 'reached', kind: "under the merger terms" },
      { at: '2.2', parties: ["Drayford Lawn Club", "Abbotsmere Croquet Club"], status: 'reached', kind: "term of X's members" },
      { at: '3.1', parties: ["Drayford Lawn Club", "Abbotsmere Croquet Club"], status: 'collapsed', kind: "attempt at a merger collapsed" },
      { at: '3.2', parties: ["Drayford & Abbotsmere CC", "Drayford Town Council"], status: 'signed', kind: "the merged club by its new name" },
    ],
  },
  {
    name: "lido-lease-never-named",
    body: [
      "Harnley District Council signed a 20-year lease with a bathhouse operator.",
      "Residents welcomed the news at a meeting on Friday.",
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Harnley District Council"], status: 'signed', kind: "lease with a described operator no sentence names" },
    ],
  },
  {
    name: "croquet-attempt-discussed",
    body: [
      "A first attempt at a merger was discussed in 2009.",
      "Drayford Lawn Club and Abbotsmere Croquet Club agreed the merger in principle in March.",
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ["Drayford Lawn Club", "Abbotsmere Croquet Club"], status: 'reached', kind: "agreed merger in principle" },
    ],
  },
  {
    name: 'bus-union-contract-ratified',
    body: [
      "The drivers' union at Hobbin Buses has asked for a meeting about rotas.",
      "The union's contract with Hobbin Buses, ratified last year, does not require drivers to work on Sundays.",
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ["the union", "Hobbin Buses"], status: 'ratified', kind: "contract ratified, set off, in a negated present" },
    ],
  },
];
