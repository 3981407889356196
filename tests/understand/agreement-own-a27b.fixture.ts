/**
 * Agreement carry set of session 14 (helper a27): written after the round's fixes and before running
 * them on it, with the kinds of agreement-own-a27.fixture.ts in other words (a deal named again by a
 * reaction, an expectation or reported speech; a refused offer or request in a relative clause or
 * the passive; a noun found by its participle; terms right after; a passive grant; a draft voted
 * down). Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a27b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A27B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a lease, praised, then expected to do something.
  {
    name: 'market-lease',
    body: [
      `Tollgate Markets signed a twenty-year lease with Ashby Borough Council for the old corn exchange.`,
      `Traders praised the lease.`,
      `The lease is expected to bring 60 stalls back to the town centre.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tollgate Markets', 'Ashby Borough Council'], status: 'signed', kind: 'signed a lease with (context)' },
      { at: '1.2', parties: ['Tollgate Markets', 'Ashby Borough Council'], status: 'signed', kind: 'later: praised the lease' },
      { at: '1.3', parties: ['Tollgate Markets', 'Ashby Borough Council'], status: 'signed', kind: 'later: is expected to bring' },
    ],
  },

  // 2 — reported speech about a venture; a vote with a tally.
  {
    name: 'clinic-venture',
    body: [
      `Corwen Health and the Dale Valley Trust agreed a joint venture to run a new clinic.`,
      `Dr Imran Shah said the venture would cut waiting lists in the valley.`,
      `The trust's board voted 9-1 in favour of the venture on Monday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corwen Health', 'Dale Valley Trust'], status: 'reached', kind: 'agreed a joint venture (context)' },
      { at: '1.2', parties: ['Corwen Health', 'Dale Valley Trust'], status: 'reached', kind: 'reported: the venture would cut' },
      { at: '1.3', parties: ['Corwen Health', 'Dale Valley Trust'], status: 'approved', kind: 'voted 9-1 in favour of' },
    ],
  },

  // 3 — an offer with a which-clause, rejected in the passive; a request declined.
  {
    name: 'boatyard-offer',
    body: [
      `An offer from the developer Quayside Living, which planned 40 flats on the site, was rejected by the Perran Boatyard Trust.`,
      `Quayside Living had asked for more time, which the trust refused.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Quayside Living', 'Perran Boatyard Trust'], status: 'rejected', kind: 'offer from X, which-clause, rejected by Y' },
      { at: '1.2', parties: ['Quayside Living', 'Perran Boatyard Trust'], status: 'rejected', kind: 'asked for X, which Y refused' },
    ],
  },

  // 4 — a noun found by its participle, after a deal.
  {
    name: 'airline-codeshare',
    body: [
      `Skylark Air agreed a codeshare deal with Norden Airways on Thursday.`,
      `A separate wet-lease, signed with Baltica Jet in 2021, remains in force.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Skylark Air', 'Norden Airways'], status: 'reached', kind: 'agreed a deal with (context)' },
      { at: '1.2', parties: ['Skylark Air', 'Baltica Jet'], status: 'in force', kind: 'unknown noun, signed with' },
    ],
  },

  // 5 — terms right after, a party by name.
  {
    name: 'bakery-supply',
    body: [
      `Hobb's Bakery agreed to supply bread to the Orrin school district for two years.`,
      `Hobb's will bake the loaves each morning at its Eastgate ovens.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Hobb's Bakery", 'Orrin school district'], status: 'reached', kind: 'agreed to supply (context)' },
      { at: '1.2', parties: ["Hobb's Bakery", 'Orrin school district'], status: 'reached', kind: 'terms: a party will' },
    ],
  },

  // 6 — a passive grant; a draft voted down.
  {
    name: 'quarry-permit',
    body: [
      `A mining concession was awarded to Granby Stone by the regional council in 2018.`,
      `Granby Stone and the Wenlow Parish signed a community charter in May.`,
      `An earlier version was rejected by the parish meeting in March.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['regional council', 'Granby Stone'], status: 'reached', kind: 'passive grant to X by Y' },
      { at: '1.2', parties: ['Granby Stone', 'Wenlow Parish'], status: 'signed', kind: 'signed a charter (context)' },
      { at: '1.3', parties: ['Granby Stone', 'Wenlow Parish'], status: 'rejected', kind: 'earlier version rejected' },
    ],
  },

  // 7 — close non-agreements.
  {
    name: 'river-festival',
    body: [
      `The river festival is expected to draw 20,000 visitors.`,
      `Residents welcomed the plan.`,
      `The mayor asked for calm, which the crowd ignored.`,
    ].join('\n'),
    gold: [],
  },
];
