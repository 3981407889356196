/**
 * Agreement set of session 18 (helper a44): the parties of agreements whose sides the sentence
 * itself does not name plainly — a time phrase between a contract and whom its work is for, a
 * passive's partner after a year, a later mention naming the side the first report lacked, "the
 * parties" a few sentences after two bodies were set against each other, a counted collective
 * after a deal between two named firms, a union whose name holds "and", and a deal first reported
 * by the board that approved it — our own invented articles, with close negatives beside them.
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a44`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A44_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a time phrase stands between the contract and the infinitive of its work, done for the other side.
  {
    name: 'launch-contract-weekday',
    body: [
      `Corvane Aerospace signed a contract Thursday to carry four weather satellites for Halloway Meteo on its Tern rocket.`,
      `The deal is worth about $60 million, according to people familiar with it.`,
      ``,
      `Dunmere Builders signed a deal last week to build a bus depot for Ashcombe Council.`,
      `Corvane also plans a test flight for its own engineers in May.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corvane Aerospace', 'Halloway Meteo'], status: 'signed', kind: 'weekday before the purpose infinitive' },
      { at: '1.2', parties: ['Corvane Aerospace', 'Halloway Meteo'], status: 'signed', kind: 'later mention takes both sides' },
      { at: '2.1', parties: ['Ashcombe Council', 'Dunmere Builders'], status: 'signed', kind: '"last week" before the purpose infinitive' },
    ],
  },

  // 2 — the first report names one side; the next sentence names the other after a passive and a year.
  {
    name: 'ferry-concession-cancelled',
    body: [
      `The Veyland government on Tuesday cancelled a 20-year concession to run the Carrick ferry link, citing repeated breakdowns.`,
      `The concession was signed in 2018 with Marlin Ferries, a firm owned by two local families.`,
      `Marlin said it would appeal.`,
      ``,
      `Ferry fares on the link rose twice last year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Veyland government|Veyland', 'Marlin Ferries'], status: 'voided', kind: 'one side first, the other in the next sentence' },
      { at: '1.2', parties: ['Veyland government|Veyland', 'Marlin Ferries'], status: 'signed', kind: 'passive partner after a year' },
    ],
  },

  // 3 — "the parties" three sentences after the suit that set two bodies against each other.
  {
    name: 'chair-design-settlement',
    body: [
      `A two-year row between two furniture makers ended in the High Court in Pellham yesterday.`,
      `Brackwell & Lowe Chairs had accused Ostby Design of copying its Linden Arc frame and selling it through discount stores.`,
      `Ostby denied the claim.`,
      ``,
      `The terms were not read out in court.`,
      `A lawyer for Brackwell told the judge that the parties had signed a confidential settlement on Tuesday.`,
      `Brackwell's shares rose 4 per cent.`,
    ].join('\n'),
    gold: [
      { at: '2.2', parties: ['Brackwell & Lowe Chairs', 'Ostby Design'], status: 'signed', kind: 'the parties, further back than the sentence before' },
    ],
  },

  // 4 — a side whose name holds "and", named beside the employer, then "the two sides".
  {
    name: 'foundry-pay-deal',
    body: [
      `Managers at Marlow Foundry and the Metal and Allied Trades Union met on Monday to discuss night shifts.`,
      `The two sides agreed a pay deal on Friday.`,
      `The foundry employs 450 people.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Marlow Foundry', 'Metal and Allied Trades Union'], status: 'reached', kind: 'a union whose name holds "and"' },
    ],
  },

  // 5 — a board approves a deal; the sides are named in the next sentence, not the board.
  {
    name: 'college-flats-lease',
    body: [
      `The Corrin Planning Board on Monday approved a 30-year lease under which builder Halsey Homes will put up 300 flats on college land.`,
      `Marrow College signed the lease with Halsey in May, subject to the board's approval.`,
      ``,
      `Under the terms, Halsey will pay the college $1 million a year.`,
      `The board also voted to widen Tarn Lane.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marrow College', 'Halsey Homes'], status: 'approved', kind: 'approver is no party' },
      { at: '1.2', parties: ['Marrow College', 'Halsey Homes'], status: 'signed', kind: 'signed the lease' },
      { at: '2.1', parties: ['Marrow College', 'Halsey Homes'], status: 'signed', kind: 'under the terms' },
    ],
  },
];
