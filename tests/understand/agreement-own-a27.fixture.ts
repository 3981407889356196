/**
 * Agreement set of session 14 (helper a27, issue 11, recall): written and labelled before any fix,
 * our own invented sentences of the kinds the round lists — a reported agreement named again as the
 * subject or object of a verb that is no agreement verb, settling a described dispute, an offer
 * refused in a relative or passive clause, agreement nouns found by their participle, terms right
 * after an agreement, selling X to Y. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a27`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A27_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a later mention as the subject of "is expected to".
  {
    name: 'ferry-contract',
    body: [
      `Brisk Ferries and Orrin District Council signed a ten-year service contract in March.`,
      `The contract is expected to lower fares on the island route by a third.`,
      `The café on the quay is expected to close in the winter.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brisk Ferries', 'Orrin District Council'], status: 'signed', kind: 'signed (context)' },
      { at: '1.2', parties: ['Brisk Ferries', 'Orrin District Council'], status: 'signed', kind: 'later mention: subject of is expected to' },
    ],
  },

  // 2 — a later mention as the object of a reaction.
  {
    name: 'milk-supply',
    body: [
      `Halden Mills agreed a supply deal with Corbet Farms on Tuesday.`,
      `Local growers welcomed the deal.`,
      `Residents welcomed the new bus shelter.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Halden Mills', 'Corbet Farms'], status: 'reached', kind: 'agreed a deal with (context)' },
      { at: '1.2', parties: ['Halden Mills', 'Corbet Farms'], status: 'reached', kind: 'later mention: object of welcomed' },
    ],
  },

  // 3 — a vote in favour of an arrangement reported before.
  {
    name: 'water-plant',
    body: [
      `Marston Water reached an arrangement with Pell Borough Council over a new treatment plant.`,
      `The council's cabinet voted 6-1 in favour of the arrangement on Thursday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marston Water', 'Pell Borough Council'], status: 'reached', kind: 'reached an arrangement with (context)' },
      { at: '1.2', parties: ['Marston Water', 'Pell Borough Council'], status: 'approved', kind: 'later mention: voted in favour of' },
    ],
  },

  // 4 — reported speech naming the partnership.
  {
    name: 'rail-partnership',
    body: [
      `Tovey Rail and the Lissom Line Company signed a partnership in May.`,
      `Mr Grant said the partnership would create “two hundred jobs over five years”.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tovey Rail', 'Lissom Line Company'], status: 'signed', kind: 'signed (context)' },
      { at: '1.2', parties: ['Tovey Rail', 'Lissom Line Company'], status: 'signed', kind: 'later mention: reported speech, the partnership would' },
    ],
  },

  // 5 — settling a described dispute with a named side.
  {
    name: 'brand-dispute',
    body: [
      `Pryor Foods settled the trademark dispute with Oaklin Brands last month.`,
      `The family settled in Dorset after the war.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Pryor Foods', 'Oaklin Brands'], status: 'reached', kind: 'settled a described dispute with Y' }],
  },

  // 6 — an offer refused in a passive, the offerer in a which-clause.
  {
    name: 'stadium-bid',
    body: [
      `A takeover bid from the investment firm Gale Capital, which valued the ground at £40m, was rejected by the Wynford Trust.`,
      `A new design for the stand was shown to fans in June.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Gale Capital', 'Wynford Trust'], status: 'rejected', kind: 'bid from X, which-clause, rejected by Y' }],
  },

  // 7 — a request declined in a relative clause.
  {
    name: 'fee-request',
    body: [`Merrow Studios had asked for a larger share of the fees, which Castine Media declined.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Merrow Studios', 'Castine Media'], status: 'rejected', kind: 'asked for X, which Y declined' }],
  },

  // 8 — an earlier draft voted down (parties from the agreement before).
  {
    name: 'twinning-charter',
    body: [
      `Kelby and Ruslan Port signed a twinning charter on Friday.`,
      `An earlier draft was voted down by the Kelby town assembly in 2019.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kelby', 'Ruslan Port'], status: 'signed', kind: 'signed (context)' },
      { at: '1.2', parties: ['Kelby', 'Ruslan Port'], status: 'rejected', kind: 'earlier draft voted down' },
    ],
  },

  // 9 — an agreement noun the lexicon misses, found by its participle.
  {
    name: 'network-tie-up',
    body: [
      `Velder Telecom announced a network-sharing deal with Pax Mobile on Monday.`,
      `An earlier tie-up, struck with Orla Networks in 2020, remains in force.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Velder Telecom', 'Pax Mobile'], status: 'reached', kind: 'announced a deal with (context)' },
      { at: '1.2', parties: ['Velder Telecom', 'Orla Networks'], status: 'in force', kind: 'unknown noun, struck with' },
    ],
  },

  // 10 — terms right after the agreement, subject a party, future.
  {
    name: 'dairy-terms',
    body: [
      `Fenwick Dairies agreed to supply Marlow Stores with milk for three years.`,
      `Fenwick will deliver to each store twice a day.`,
      `Fenwick will open a new shop in the spring.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Fenwick Dairies', 'Marlow Stores'], status: 'reached', kind: 'agreed to supply (context)' },
      { at: '1.2', parties: ['Fenwick Dairies', 'Marlow Stores'], status: 'reached', kind: 'terms: a party will, right after' },
    ],
  },

  // 11 — sold X to Y with a described object; a licence granted in the passive.
  {
    name: 'loan-book',
    body: [
      `Tallis Bank sold a book of mortgages to Quarry Building Society.`,
      `A fishing licence was granted to Coldharbour Boats by the harbour board.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tallis Bank', 'Quarry Building Society'], status: 'reached', kind: 'sold a described object to Y' },
      { at: '1.2', parties: ['the harbour board', 'Coldharbour Boats'], status: 'reached', kind: 'passive grant to X by Y' },
    ],
  },
];
