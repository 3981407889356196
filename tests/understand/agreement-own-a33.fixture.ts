/**
 * Agreement party set of session 15 round 2 (helper a33): our own invented articles, one per kind of
 * party miss the round lists (sellers and lenders, with-parties after a description, descriptions of
 * the article's main subject, blockers and approvers who are not parties, plural subjects and
 * pronouns, parties from context, short and possessive name forms). Written and scored before any
 * fix. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a33`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A33_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a seller in an apposition; a lender's loan to a named body.
  {
    name: 'field-stake',
    body: [
      `Harrow Energy agreed to buy half of the Tessel gas field from its owner, Brinmoor Oil.`,
      `The Calder Museum agreed to lend its Roman helmet to the Gallery of Ostend.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harrow Energy', 'Brinmoor Oil'], status: 'reached', kind: 'buy from its owner, X' },
      { at: '1.2', parties: ['Calder Museum', 'Gallery of Ostend'], status: 'reached', kind: 'agreed to lend to X' },
    ],
  },

  // 2 — a with-party after a description of a decree or an interim deal.
  {
    name: 'chemicals-decree',
    body: [
      `Marlow Chemicals has entered a consent decree with the state Department of Ecology over its waste pits.`,
      `The Tenby Hospital has reached an interim agreement with the nearby Corby Trust, whose labs will test its samples.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marlow Chemicals', 'Department of Ecology'], status: 'reached', kind: 'consent decree with the state X' },
      { at: '1.2', parties: ['Tenby Hospital', 'Corby Trust'], status: 'reached', kind: 'interim agreement with the nearby X, whose' },
    ],
  },

  // 3 — "the chain" is the article's subject, not a rival chain named later.
  {
    name: 'bakery-chain',
    body: [
      `Bexley Bakes, the bakery chain, will open ten shops in the north this year.`,
      `It competes with the rival chain Honeycut, which has 80 shops.`,
      `The chain has signed a lease with Harwell Estates for a depot in Leeds.`,
    ].join('\n'),
    gold: [{ at: '1.3', parties: ['Bexley Bakes', 'Harwell Estates'], status: 'signed', kind: 'the chain = first subject' }],
  },

  // 4 — a board approves its firm's purchase; an authority blocks a merger; a loan approved by a committee.
  {
    name: 'mill-purchase',
    body: [
      `Farrow Mills agreed to buy the spinning business of Lytham Textiles in March.`,
      `Farrow's board approved the purchase on Monday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Farrow Mills', 'Lytham Textiles'], status: 'reached', kind: 'agreed to buy the business of X' },
      { at: '1.2', parties: ['Farrow Mills', 'Lytham Textiles'], status: 'approved', kind: "X's board approved the purchase" },
    ],
  },
  {
    name: 'dairy-merger',
    body: [
      `Brennan Foods agreed to merge with Quayle Dairies in May.`,
      `The competition authority blocked the merger in October.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brennan Foods', 'Quayle Dairies'], status: 'reached', kind: 'agreed to merge with' },
      { at: '1.2', parties: ['Brennan Foods', 'Quayle Dairies'], status: 'rejected', kind: 'authority blocked the merger' },
    ],
  },

  // 5 — plural subjects: "told the tribunal that they had reached"; "The forces" named before.
  {
    name: 'boat-settlement',
    body: [`Harlan Boats and Dray Marine told the tribunal that they had reached a settlement.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Harlan Boats', 'Dray Marine'], status: 'reached', kind: 'X and Y told … that they had reached' }],
  },
  {
    name: 'police-helicopter',
    body: [
      `Tarnshire Police and Wexmoor Police share a long border in the hills.`,
      `The forces have signed an agreement to share a helicopter.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Tarnshire Police', 'Wexmoor Police'], status: 'signed', kind: 'the forces named before' }],
  },

  // 6 — an apposed name after a description; "its" = the owner named before.
  {
    name: 'care-contract',
    body: [
      `Tenby Council signed a care contract with the local health trust, Morwen Health.`,
      `The ferry Saint Bride is owned by Corran Marine.`,
      `Its charter contract with Westsea Lines ends in May.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tenby Council', 'Morwen Health'], status: 'signed', kind: 'with the local trust, X' },
      { at: '1.3', parties: ['Corran Marine', 'Westsea Lines'], status: 'in force', kind: 'its = owner named before' },
    ],
  },

  // 7 — parties from context: "already … under a contract signed in"; "That contract runs until".
  {
    name: 'press-contract',
    body: [
      `Peverell Press already prints magazines for the Harbour Media group under a contract signed in 2018.`,
      `That contract runs until 2028.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Peverell Press', 'Harbour Media'], status: 'in force', kind: 'already prints for X under a contract' },
      { at: '1.2', parties: ['Peverell Press', 'Harbour Media'], status: 'in force', kind: 'that contract runs until' },
    ],
  },

  // 8 — a union rejects the company's proposed deal; a reporting clause subject is no party.
  {
    name: 'bus-pay',
    body: [
      `Kestrel Buses has offered its drivers a rise of 4 per cent.`,
      `The drivers' union voted to reject the company's proposed pay deal.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Kestrel Buses', "drivers' union"], status: 'rejected', kind: "union rejected the company's proposed deal" }],
  },
  {
    name: 'rugby-sponsor',
    body: [`The rugby club Velham Rovers has signed a sponsorship deal with Crane Cider, the club announced.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Velham Rovers', 'Crane Cider'], status: 'signed', kind: 'reporting clause subject is no party' }],
  },

  // 9 — a possessive short form of a name used before.
  {
    name: 'glass-supply',
    body: [
      `Ambrose & Sons makes bottles in Sunderland.`,
      `Ambrose's contract with Kelso Glass runs until 2030.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Ambrose & Sons', 'Kelso Glass'], status: 'in force', kind: "possessive short form X's" }],
  },
];
