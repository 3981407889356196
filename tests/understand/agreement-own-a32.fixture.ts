/**
 * Agreement fresh set of session 15 round 1c (helper a32): refusals in the shapes left, a third
 * party's block, a venture held in a relative clause, a court's approval and finding, a settlement
 * by description, endings, and close negatives (talks, a denial) — our own invented articles, written
 * before any fix. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a32`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A32_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a bid refused in an apposition; an offer refused in a relative clause.
  {
    name: 'depot-bid',
    body: [
      `Brantley Homes made a bid of £12m for the old depot, an offer Corrin Rail rejected as inadequate.`,
      `Pellow Motors offered a sponsorship deal worth £2m, which Halstead Rovers turned down.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brantley Homes', 'Corrin Rail'], status: 'rejected', kind: 'bid, an offer X rejected' },
      { at: '1.2', parties: ['Pellow Motors', 'Halstead Rovers'], status: 'rejected', kind: 'offered a deal, which X turned down' },
    ],
  },

  // 2 — a request refused in an apposition.
  {
    name: 'terminal-hours',
    body: [`Ferrow Shipping had asked for longer opening hours at the terminal, a request the Port of Ammel refused.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Ferrow Shipping', 'Port of Ammel'], status: 'rejected', kind: 'asked for, a request X refused' }],
  },

  // 3 — a shareholder voting against a bid; an attempt refused by the target's board.
  {
    name: 'paper-bids',
    body: [
      `The Quarle Trust, which holds a third of the shares, voted against the Danby Group bid.`,
      `Ormond Paper attempted to take over Keswick Print in 2020, but Keswick Print's directors rejected the approach.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Quarle Trust', 'Danby Group'], status: 'rejected', kind: 'shareholder voted against the bid' },
      { at: '1.2', parties: ['Ormond Paper', 'Keswick Print'], status: 'rejected', kind: "tried to buy, but the target's board rejected" },
    ],
  },

  // 4 — an offer of terms from a named body refused.
  {
    name: 'dock-pay',
    body: [`The Harbour Workers Union rejected an offer of a four per cent rise from Lanyard Logistics.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Harbour Workers Union', 'Lanyard Logistics'], status: 'rejected', kind: 'rejected an offer of X from Y' }],
  },

  // 5 — a third party's block upheld.
  {
    name: 'mill-block',
    body: [`An appeal court upheld the competition authority's decision to block the merger of Fenwick Mills and Ardley Textiles.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Fenwick Mills', 'Ardley Textiles'], status: 'rejected', kind: 'upheld a decision to block the merger of X and Y' }],
  },

  // 6 — a venture held, told in a relative clause.
  {
    name: 'bridge-tolls',
    body: [`Tolls on the Halden bridge, which Moorcroft Council and the contractor Straker Civil have operated as a joint venture since 2015, will rise in April.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Moorcroft Council', 'Straker Civil'], status: 'in force', kind: 'relative clause: have operated as a joint venture since' }],
  },

  // 7 — a settlement by description, named in the next sentence; a judge approves it.
  {
    name: 'trawler-fire',
    body: [
      `A marina and the owner of a fishing trawler have settled a £2m claim over a fire.`,
      `Tenfold Marina and the skipper Ben Rusk agreed the terms on Friday.`,
      `Mrs Justice Orr approved the terms and dismissed the claim.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tenfold Marina', 'Ben Rusk'], status: 'reached', kind: 'settled by description, named next' },
      { at: '1.2', parties: ['Tenfold Marina', 'Ben Rusk'], status: 'reached', kind: 'agreed the terms' },
      { at: '1.3', parties: ['Tenfold Marina', 'Ben Rusk'], status: 'approved', kind: 'judge approved the terms' },
    ],
  },

  // 8 — a court finding of breach about an agreement reported before.
  {
    name: 'grain-supply',
    body: [
      `Calder Foods signed a supply agreement with the grain co-operative Westfield Growers in 2018.`,
      `A tribunal ruled in 2021 that Calder Foods had breached the agreement.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Calder Foods', 'Westfield Growers'], status: 'signed', kind: 'signed an agreement with' },
      { at: '1.2', parties: ['Calder Foods', 'Westfield Growers'], status: 'breached', kind: 'ruled that X had breached the agreement' },
    ],
  },

  // 9 — endings: by mutual consent, terminated after a signing participle, abandoned, would lapse.
  {
    name: 'endings',
    body: [
      `Harrow Council and Elmby Council ended a shared waste contract by mutual agreement in 2020.`,
      `The lease of the boathouse to Tamar Rowing Club, signed in 2019, was cancelled by the trust in May.`,
      `The planned merger of Corbel Brewing and Hopstead Ales was abandoned after a shareholder revolt.`,
      `Under the terms, the merger agreement between Vantner and Ostley would lapse if no licence is granted by June.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harrow Council', 'Elmby Council'], status: 'voided', kind: 'ended a contract by mutual agreement' },
      { at: '1.2', parties: ['Tamar Rowing Club'], status: 'voided', kind: 'signed in, was cancelled' },
      { at: '1.3', parties: ['Corbel Brewing', 'Hopstead Ales'], status: 'collapsed', kind: 'merger was abandoned' },
      { at: '1.4', parties: ['Vantner', 'Ostley'], status: 'in force', kind: 'agreement would lapse' },
    ],
  },

  // 10 — close negatives: talks about joining, a denial of breach, an offer still open, a block threatened.
  {
    name: 'close-negatives',
    body: [
      `Penhale Foods held talks with Gilmore Stores about joining the buying group.`,
      `The builder denied that it had broken the contract.`,
      `Rudd Engineering said its offer for the yard remained open.`,
      `Campaigners urged the minister to block the sale of the pier.`,
    ].join('\n'),
    gold: [],
  },
];
