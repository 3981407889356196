/**
 * Agreement set of session 15 round 1 (helper a31), written before any of the round's fixes, with the
 * brief's kinds of party and status misses in other words (our own invented articles). Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a31`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A31_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — members stand for their club, then a later vote by the other club's members.
  {
    name: 'rowing-merger',
    body: [
      `Members of the Harlow Rowing Club approved a merger with Kenbridge Boat Club on Tuesday.`,
      `Kenbridge members backed the plan at a meeting last month.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harlow Rowing Club', 'Kenbridge Boat Club'], status: 'approved', kind: 'members of X approved' },
      { at: '1.2', parties: ['Kenbridge Boat Club'], status: 'approved', kind: 'X members backed' },
    ],
  },

  // 2 — an older contract with its own parties, in an article about another deal.
  {
    name: 'catering-contract',
    body: [
      `Pellow Foods has agreed to supply school meals to Marston County Council from September.`,
      `Pellow's cleaning contract for the Bayside Library, which it held for the Harbour Trust, was terminated in June.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Pellow Foods', 'Marston County Council'], status: 'reached', kind: 'agreed to supply' },
      { at: '1.2', parties: ['Pellow Foods', 'Harbour Trust'], status: 'voided', kind: 'contract held for Y, terminated' },
    ],
  },

  // 3 — a sale and leaseback, then the deal signed in a participle with a recent time.
  {
    name: 'warehouse-leaseback',
    body: [
      `Corvane Textiles has sold its Dunford warehouse to the investor Tessel Capital and will rent it back.`,
      `The deal, signed in Leeds on Monday, gives Corvane the option to buy the building back after ten years.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corvane Textiles', 'Tessel Capital'], status: 'reached', kind: 'sold to' },
      { at: '1.2', parties: ['Corvane Textiles', 'Tessel Capital'], status: 'signed', kind: 'the deal, signed on Monday' },
    ],
  },

  // 4 — an earlier arrangement of the two that broke down, in the sentence of a similar one.
  {
    name: 'ferry-pact',
    body: [
      `Islay Ferries and the Jura Trust have agreed to share a booking office in Port Askaig.`,
      `The two parties made a similar arrangement in 2016, but it fell apart within a year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Islay Ferries', 'Jura Trust'], status: 'reached', kind: 'have agreed to share' },
      { at: '1.2', parties: ['Islay Ferries', 'Jura Trust'], status: 'collapsed', kind: 'similar arrangement fell apart' },
    ],
  },

  // 5 — "the venue" is the named venue of this article.
  {
    name: 'arena-catering',
    body: [
      `Greyholm Arena, a concert venue in Sheffield, reopened in May after a refit.`,
      `The venue has signed a catering contract with Pinecrest Foods.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Greyholm Arena', 'Pinecrest Foods'], status: 'signed', kind: 'the venue signed' }],
  },

  // 6 — a group led by a named firm, in the first sentence.
  {
    name: 'publisher-group',
    body: [`A group of nine publishers led by Quillstone Press signed a licensing deal with the audiobook service Earshot on Monday.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Quillstone Press', 'Earshot'], status: 'signed', kind: 'group of N led by X signed' }],
  },

  // 7 — the venture's partners stand for the named partners.
  {
    name: 'venture-partners',
    body: [
      `Corlan Steel and Mirren Power set up a joint venture in 2020 to build a furnace in Teesport.`,
      `The venture's partners have now agreed to sell it to Baltic Alloys.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corlan Steel', 'Mirren Power'], status: 'reached', kind: 'set up a joint venture' },
      { at: '1.2', parties: ['Corlan Steel', 'Mirren Power', 'Baltic Alloys'], status: 'reached', kind: "the venture's partners agreed to sell" },
    ],
  },

  // 8 — "the circuit" is the named circuit of this article.
  {
    name: 'circuit-series',
    body: [
      `Ashcombe Park, a motor-racing circuit near Bath, is to host a night race for the first time.`,
      `The circuit agreed a three-year deal with the Velox Series in March.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Ashcombe Park', 'Velox Series'], status: 'reached', kind: 'the circuit agreed' }],
  },

  // 9 — members of a union voted for a pay offer.
  {
    name: 'union-members',
    body: [`Members of the Bakers' Guild voted to accept a pay offer from Hollin Mills on Friday.`].join('\n'),
    gold: [{ at: '1.1', parties: ["Bakers' Guild", 'Hollin Mills'], status: 'reached', kind: 'members of X voted to accept an offer from (blind-6 convention: reached)' }],
  },
];
