/**
 * Agreement set of session 12 round 2 (helper a22): invented news articles written and labelled
 * before the party code was run on them, scored at first sight. Kinds: a couple as one seller ("its
 * owners, X and Y Z"); "a merger between A and B" naming its own parties; "the board" standing for
 * the body named before; a body's own league of friends; a definite agreement noun whose other
 * party is the article's body; "a consortium of A and B"; a press-release dateline ("X today
 * announced a definitive agreement to acquire Y"); an agreement "under which A supplied B" ended by
 * B; status "under the settlement" in force, "signed a contract" signed, "welcomed the deal" keeps
 * the earlier status. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a22`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A22_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a bakery bought from a couple.
  {
    name: 'bakery-sale',
    body: [
      `The Old Mill Bakery in Furness Row has been bought by the Pennine Bread Company after its founders, Tomas and Ilse Brandt, agreed to sell it.`,
      `The couple opened the bakery in 1994.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Pennine Bread Company', 'Brandt'], status: 'reached', kind: 'a couple as one seller' },
    ],
  },

  // 2 — choirs merge; a second merger between two others collapsed.
  {
    name: 'choir-mergers',
    body: [
      `The Harrowgate Singers and the Ellwood Chorale have agreed to merge, the two choirs said on Sunday.`,
      `A second merger, between the Linden Voices and the Marram Consort, collapsed in the spring.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harrowgate Singers', 'Ellwood Chorale'], status: 'reached', kind: 'agreed to merge' },
      { at: '1.2', parties: ['Linden Voices', 'Marram Consort'], status: 'collapsed', kind: 'a merger between A and B' },
    ],
  },

  // 3 — a trust turns down an offer; its league of friends.
  {
    name: 'hospital-offer',
    body: [
      `The Vale Community Hospital Trust runs the cottage hospital at Brenton.`,
      `Hartwell Care offered to buy the hospital's car park in May, but the board turned the offer down.`,
      ``,
      `The hospital's League of Friends has agreed to fund a new scanner.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Hartwell Care', 'Vale Community Hospital Trust'], status: 'rejected', kind: 'the board = the trust named before' },
      { at: '2.1', parties: ['League of Friends', 'Vale Community Hospital Trust'], status: 'reached', kind: "the body's League of Friends" },
    ],
  },

  // 4 — a rowing federation's hosting agreement.
  {
    name: 'regatta-hosting',
    body: [
      `The European Rowing Federation will hold its championships at Lake Orsa in 2027.`,
      `Orsvik signed the hosting agreement in 2024.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Orsvik', 'European Rowing Federation'], status: 'signed', kind: 'a definite agreement noun, the other party the body named before' },
    ],
  },

  // 5 — a consortium buys a port; a press-release dateline.
  {
    name: 'port-consortium',
    body: [
      `A consortium of Keller Logistics and the Norwood Pension Fund has agreed to buy the Port of Saltash from the county council.`,
      ``,
      `SALTASH, March 3 -- Brightline Freight today announced a definitive agreement to acquire Dunmore Haulage for $40 million.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Keller Logistics', 'Norwood Pension Fund', 'county council'], status: 'reached', kind: 'a consortium of A and B' },
      { at: '2.1', parties: ['Brightline Freight', 'Dunmore Haulage'], status: 'reached', kind: 'press-release dateline' },
    ],
  },

  // 6 — a cleaning contract ended by a supermarket.
  {
    name: 'cleaning-contract',
    body: [
      `The union Unify has reached a pay deal with the supermarket chain Corvell.`,
      `A separate 2019 agreement under which the contractor Brightclean cleaned Corvell's stores was ended by the supermarket last month.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Unify', 'Corvell'], status: 'reached', kind: 'reached a pay deal with' },
      { at: '1.2', parties: ['Brightclean', 'Corvell'], status: 'voided', kind: 'an agreement under which A served B, ended' },
    ],
  },

  // 7 — a class action settled; a later "under the settlement".
  {
    name: 'class-settlement',
    body: [
      `Telvane has agreed to settle a lawsuit brought by its former customers over hidden fees.`,
      `Under the settlement, Telvane will refund the fees charged since 2018.`,
      `Customers will share $4 million of the settlement.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Telvane', 'customers'], status: 'reached', kind: 'agreed to settle' },
      { at: '1.2', parties: ['Telvane', 'customers'], status: 'reached', kind: 'under the settlement' },
      { at: '1.3', parties: ['Telvane', 'customers'], status: 'reached', kind: 'share $N of the settlement' },
    ],
  },

  // 8 — a contract signed, then welcomed.
  {
    name: 'bus-contract',
    body: [
      `Redline Buses signed a contract with the Kestrel Valley Council on Monday to run the school routes.`,
      `Parents welcomed the deal.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Redline Buses', 'Kestrel Valley Council'], status: 'signed', kind: 'signed a contract' },
      { at: '1.2', parties: ['Redline Buses', 'Kestrel Valley Council'], status: 'signed', kind: 'welcomed the deal keeps status' },
    ],
  },
];
