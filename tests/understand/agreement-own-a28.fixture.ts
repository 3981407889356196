/**
 * Agreement set of session 14 (helper a28), written and labelled before any fix: the kinds of
 * misses in parties and status the lead saw on unseen articles, in new invented sentences (a
 * contact relative clause, the other side as a modifier, "buy X from Y", an offer "from" a bidder,
 * a description or a count for bodies named in the article, a breach inside reported speech,
 * "runs until … and is not affected", "pulled out … at the last minute", "voted 7-2 in favour of",
 * a deal negotiated by a union, signatures by representatives, "the United States" as one side).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a28`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A28_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a contact relative clause: the deal's maker before its verb, the partner after "with".
  {
    name: 'depot-loan',
    body: [
      `The new depot is funded by a credit agreement Brenmoor Haulage arranged in May with the lender Tallis Finance, which has backed the firm since 2010.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Brenmoor Haulage', 'Tallis Finance'], status: 'in force', kind: 'contact relative clause' }],
  },

  // 2 — the other side as a modifier of the deal noun.
  {
    name: 'maddox-contract',
    body: [
      `Carrow Engineering has won a string of rail orders this year.`,
      `Its board approved the Maddox contract on Tuesday.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Carrow Engineering', 'Maddox'], status: 'approved', kind: 'other side as a modifier' }],
  },

  // 3 — buy X from Y.
  {
    name: 'hotel-sale',
    body: [`Pellham Leisure agreed to buy the two seaside hotels from the Ardent family trust for £40m.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Pellham Leisure', 'Ardent family trust'], status: 'reached', kind: 'buy X from Y' }],
  },

  // 4 — an offer "for" a thing "from" a bidder, refused in the passive.
  {
    name: 'quarry-bid',
    body: [`A rival bid for the quarry from the developer Stonegate was rejected by the parish council in 2023.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Stonegate', 'parish council'], status: 'rejected', kind: 'offer for X from Y' }],
  },

  // 5 — a plural description for the bodies named before.
  {
    name: 'hospital-laundry',
    body: [
      `Harlin General Hospital and Corran Cottage Hospital have both cut their waiting lists.`,
      `The hospitals also agreed to share a laundry service from next spring.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Harlin General Hospital', 'Corran Cottage Hospital'], status: 'reached', kind: 'description for bodies named before' }],
  },

  // 6 — a counted description, the bodies named in the next sentence.
  {
    name: 'bus-ticket',
    body: [
      `Three bus companies in the north will share a single day ticket from May under a new agreement.`,
      `They are Dalby Buses, Gorse Coaches and Fellside Transit.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Dalby Buses', 'Gorse Coaches', 'Fellside Transit'], status: 'reached', kind: 'counted description named next' }],
  },

  // 7 — a breach inside reported speech, the subject a description of the firm named before.
  {
    name: 'recycling-breach',
    body: [
      `Vantor Waste runs the recycling centre at Kelby.`,
      `Mr Orrin, a councillor, said the firm had already breached a 2020 agreement with Kelby Council.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Vantor Waste', 'Kelby Council'], status: 'breached', kind: 'breach in reported speech' }],
  },

  // 8 — a contract that runs on, not affected by something else.
  {
    name: 'cleaning-contract',
    body: [
      `Hollis Care, which cleans the wards at Brant Hospital, lost a court case against a former manager on Friday.`,
      `Its cleaning contract with the hospital, signed in 2022, runs until 2027 and is not affected by the ruling.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Hollis Care', 'Brant Hospital'], status: 'in force', kind: 'runs until and is not affected' }],
  },

  // 9 — a buyer pulls out at the last minute.
  {
    name: 'bakery-sale',
    body: [
      `Fenn Foods agreed in June to sell its bakery arm to Marsh Capital.`,
      `Marsh Capital pulled out of the deal at the last minute.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Fenn Foods', 'Marsh Capital'], status: 'reached', kind: 'sell X to Y' },
      { at: '1.2', parties: ['Fenn Foods', 'Marsh Capital'], status: 'collapsed', kind: 'pulled out at the last minute' },
    ],
  },

  // 10 — a vote with its count in favour of a lease.
  {
    name: 'mill-lease',
    body: [
      `Riverlight Arts wants to turn the Old Mill at Dunmoor into a small theatre.`,
      `Dunmoor Council offered the group a 25-year lease in March.`,
      `Councillors voted 7-2 in favour of the lease on Monday.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Dunmoor Council', 'Riverlight Arts'], status: 'offered', kind: 'offered a lease' },
      { at: '1.3', parties: ['Dunmoor Council', 'Riverlight Arts'], status: 'approved', kind: 'voted 7-2 in favour of' },
    ],
  },

  // 11 — a pay deal negotiated by a union.
  {
    name: 'bakers-pay',
    body: [`Staff at Corby Foods will get a rise of 4 per cent under a pay deal negotiated by the Bakers' Union.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Corby Foods', "Bakers' Union"], status: 'reached', kind: 'deal negotiated by a union' }],
  },

  // 12 — signed by the bodies' representatives.
  {
    name: 'map-loan',
    body: [
      `Pinnock Library will show forty rare maps owned by the Alder Foundation this winter.`,
      `The loan agreement was signed by the library's director and the foundation's chairman on Friday.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Pinnock Library', 'Alder Foundation'], status: 'signed', kind: 'signed by representatives' }],
  },

  // 13 — "the United States" is one side, not a plural for the deal before.
  {
    name: 'fish-treaty',
    body: [
      `Tarn Bank and Osk Savings agreed to merge last year.`,
      `The United States and Morland signed a fisheries treaty in Geneva on Friday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tarn Bank', 'Osk Savings'], status: 'reached', kind: 'merge' },
      { at: '1.2', parties: ['United States', 'Morland'], status: 'signed', kind: 'the United States as one side' },
    ],
  },
];
