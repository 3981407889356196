/**
 * Agreement set of session 16 round 2 (helper a40): contracts described in passing — a contract
 * signed long ago stating its terms, an offer from a rival set off by commas, a contract in a
 * relative clause, an owner set off inside "between … and …", a lease that covers a site or a deal
 * a fleet runs under, an accused breach, terms under a memorandum after page furniture — our own
 * invented articles, with close negatives beside them. Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a40`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A40_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a contract signed long ago, what it commits a side to: its terms, in force.
  {
    name: 'milk-contract',
    body: [
      `Pask Dairy signed a supply contract with the farm group Tove Farms.`,
      `The contract, signed in 2019, commits Pask Dairy to buying 9,000 litres of milk a week.`,
      `Tove Farms also sells cheese at a market in Corle.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Pask Dairy', 'Tove Farms'], status: 'signed', kind: 'signed a contract with' },
      { at: '1.2', parties: ['Pask Dairy', 'Tove Farms'], status: 'in force', kind: 'the contract, signed in <year>, commits' },
    ],
  },

  // 2 — an offer from a rival set off by commas, rejected; a bid only considered is none.
  {
    name: 'lift-offer',
    body: [
      `Tessel's board formally rejected a cash offer of €14 a share from a rival, Arno Lifts, saying it undervalued the firm.`,
      `A second suitor, Brack Holdings, is still weighing an offer of its own.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Tessel', 'Arno Lifts'], status: 'rejected', kind: 'rejected an offer from a rival, X' }],
  },

  // 3 — a contract in a relative clause: who signed it and with whom.
  {
    name: 'bus-service',
    body: [
      `Orvo Coaches agreed on Tuesday to buy the bus operator Brame Travel.`,
      `The companies said they would honour a service contract that Brame signed last year with the Kell Transit Authority.`,
      `A contract that Brame might sign with the port is still being drafted.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Orvo Coaches', 'Brame Travel'], status: 'reached', kind: 'agreed to buy' },
      { at: '1.2', parties: ['Brame Travel', 'Kell Transit Authority'], status: 'signed', kind: 'a contract that X signed with Y' },
    ],
  },

  // 4 — a deal between an owner set off by commas and a described trader fell through.
  {
    name: 'fuel-deal',
    body: [
      `The Hollin refinery will close in May.`,
      `A fuel supply deal between its owner, Marr Chemicals, and the trader Velo Energy fell through on Friday.`,
      `Workers at the refinery, its neighbours and the town council had hoped for a buyer.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Marr Chemicals', 'Velo Energy'], status: 'collapsed', kind: 'a deal between its owner, X, and Y fell through' }],
  },

  // 5 — a site covered by a lease that runs on; a fleet run under a deal that expires.
  {
    name: 'depot-lease',
    body: [
      `Quell Freight's Tarn depot is covered by a 15-year lease with the port operator Linn Docks that runs until 2033.`,
      `Quell Freight runs 12 lorries leased from a rival maker, Drum Axial, under a deal that expires in 2027.`,
      `The depot is covered by insurance that runs until May.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Quell Freight', 'Linn Docks'], status: 'in force', kind: 'covered by a lease with X that runs until' },
      { at: '1.2', parties: ['Quell Freight', 'Drum Axial'], status: 'in force', kind: 'leased from X under a deal that expires' },
    ],
  },

  // 6 — an accused breach of a contract between the accuser and the accused; a denial is none.
  {
    name: 'apple-breach',
    body: [
      `Vale Growers has accused Halden Foods of breaching a five-year supply contract.`,
      `Halden denies any breach.`,
      `Critics of the scheme say apple prices will rise.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Vale Growers', 'Halden Foods'], status: 'breached', kind: 'accused X of breaching a contract' }],
  },

  // 7 — terms under a memorandum after a page-furniture line and a sentence between; an initialism in brackets.
  {
    name: 'berth-memorandum',
    body: [
      `Zeph Holdings has signed a memorandum of understanding (MoU) with Tarrow Port.`,
      `By Ann Lee | 4 min read`,
      `The port handles two million tonnes of grain a year.`,
      `Under the memorandum, Zeph will lease two berths for ten years.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Zeph Holdings', 'Tarrow Port'], status: 'signed', kind: 'signed a memorandum (MoU) with' },
      { at: '1.4', parties: ['Zeph Holdings', 'Tarrow Port'], status: 'signed', kind: 'Under the memorandum, X will' },
    ],
  },
];
