/**
 * Four invented news articles (session 11, helper cap), written and labelled by the rule of
 * agreement-patterns.fixture.ts before the tagger or the agreement reader was read or run on them,
 * to measure carry of one general correction: parties whose names hold words that are also verbs
 * or nouns ("the Stamp Press", "the Cross Keys Trust", "the Watch House Collection", "Latch
 * Mobility", "Tread"), "X in Place", and title-case headlines whose verbs must stay verbs ("Signs",
 * "Reach", "Agrees"). Close non-agreements: a bid, a refused offer, talks without a deal, a request
 * turned down. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-cap`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_CAP_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a county's school-bus contract.
  {
    name: 'school-bus-contract',
    headline: 'Brimmerton Buses Signs School Routes Contract With Marsh County',
    body: [
      `Brimmerton Buses has signed a ten-year contract with Marsh County Council to run school routes across the county.`,
      `The council's transport chief, Neela Quarshie, said the contract would save £1.2 million a year.`,
      ``,
      `Under the deal, Brimmerton will replace its oldest coaches by 2028.`,
      `Roundway Coaches, which ran the routes for twenty years, had also bid for the work.`,
      ``,
      `Parents asked the council to add evening services, but nothing has been agreed.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Brimmerton Buses', 'Marsh County'], status: 'signed', kind: 'title-case headline signs contract with' },
      { at: '1.1', parties: ['Brimmerton Buses', 'Marsh County Council'], status: 'signed', kind: 'signed a contract with' },
      { at: '1.2', parties: ['Brimmerton Buses', 'Marsh County Council'], status: 'signed', kind: 'later mention in a statement' },
      { at: '2.1', parties: ['Brimmerton Buses', 'Marsh County Council'], status: 'signed', kind: 'under the deal' },
    ],
  },
  // 2 — printers and their union settle a strike.
  {
    name: 'printers-pay-deal',
    headline: 'Stamp Press And Print Guild Reach Pay Deal',
    body: [
      `The Stamp Press and the Guild of Print Workers agreed on Friday to a two-year pay deal, ending a strike that had stopped the presses for nine days.`,
      `The Stamp Press, which prints the Amberley Ledger, said the deal would cost about £400,000 a year.`,
      ``,
      `Last year the guild rejected an offer of 3 per cent.`,
      `Night shifts at the Stamp Press will end under the agreement.`,
      ``,
      `The Stamp Press also signed a new paper supply contract with Birchfold Mills in March.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Stamp Press', 'Print Guild'], status: 'reached', kind: 'title-case headline reach deal' },
      { at: '1.1', parties: ['Stamp Press', 'Guild of Print Workers'], status: 'reached', kind: 'A and B agreed to a deal' },
      { at: '1.2', parties: ['Stamp Press', 'Guild of Print Workers'], status: 'reached', kind: 'later mention in a statement' },
      { at: '2.2', parties: ['Stamp Press', 'Guild of Print Workers'], status: 'reached', kind: 'under the agreement at the end' },
      { at: '3.1', parties: ['Stamp Press', 'Birchfold Mills'], status: 'signed', kind: 'signed a contract with' },
    ],
  },
  // 3 — a gallery lends paintings to a museum.
  {
    name: 'gallery-painting-loan',
    headline: 'Ormsby Gallery Agrees Loan Of Six Paintings To Wendle Museum',
    body: [
      `The Ormsby Gallery in Sorrowby has agreed to lend six paintings to the Royal Museum of Wendle for its spring show.`,
      `The loan agreement was signed by both directors on Tuesday.`,
      ``,
      `The Cross Keys Trust, which owns two of the paintings, approved the loan last week.`,
      `A request from the Spring Mill Archive to borrow the same works was turned down.`,
      ``,
      `The Ormsby Gallery signed a similar deal with the Watch House Collection in 2019.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Ormsby Gallery', 'Wendle Museum'], status: 'reached', kind: 'title-case headline agrees loan to' },
      { at: '1.1', parties: ['Ormsby Gallery', 'Royal Museum of Wendle'], status: 'reached', kind: 'X in Place agreed to lend to' },
      { at: '1.2', parties: ['Ormsby Gallery', 'Royal Museum of Wendle'], status: 'signed', kind: 'the agreement was signed' },
      { at: '2.1', parties: ['Ormsby Gallery', 'Royal Museum of Wendle'], status: 'approved', kind: 'approved by a third party' },
      { at: '3.1', parties: ['Ormsby Gallery', 'Watch House Collection'], status: 'signed', kind: 'signed a deal with a verb-like name' },
    ],
  },
  // 4 — a scooter-hire firm is bought.
  {
    name: 'scooter-takeover',
    headline: 'Tread Agrees Takeover By Latch Mobility',
    body: [
      `The scooter-hire firm Tread has agreed to be bought by Latch Mobility for £60 million.`,
      `Shareholders in Tread approved the sale on Monday.`,
      ``,
      `Tread had earlier held talks with Coast Lanes, but no deal was reached.`,
      `Latch Mobility said the deal would close in the summer.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Tread', 'Latch Mobility'], status: 'reached', kind: 'title-case headline agrees takeover by' },
      { at: '1.1', parties: ['Tread', 'Latch Mobility'], status: 'reached', kind: 'agreed to be bought by' },
      { at: '1.2', parties: ['Tread', 'Latch Mobility'], status: 'approved', kind: 'shareholders approved the sale' },
      { at: '2.2', parties: ['Tread', 'Latch Mobility'], status: 'reached', kind: 'later mention in a statement' },
    ],
  },
];
