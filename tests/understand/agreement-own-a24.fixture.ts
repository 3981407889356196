/**
 * Agreement set of session 13 (helper a24), written and labelled before the round's fixes and
 * scored at first sight: who the parties are and what became of the deal, in the kinds the
 * round's brief lists, in our own invented words (a settlement with "N of its customers", a judge
 * or arbitrator who rules on a deal without being a side of it, a later agreement naming its own
 * sides, "a lease of the same hall to …", "the works' contract with …", a contract "signed in …
 * and worth …" that "was due to run until …", a sponsorship extended or renewed, a clause
 * annulled). Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a24`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A24_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a court approves a settlement with a ferry firm's former crews.
  {
    name: 'ferry-settlement',
    body: [
      `A federal judge in Marbury on Tuesday approved a $12 million settlement between the ferry operator Northsound Lines and about 4,000 of its former deckhands.`,
      `The deckhands had accused the company of withholding overtime pay for a decade.`,
      ``,
      `Under the settlement, each worker will receive about $2,500.`,
      `The judge also annulled a clause in the deckhands' contracts that barred them from suing.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Northsound Lines', 'deckhands'], status: 'approved', kind: 'judge approved a settlement with N of its staff' },
      { at: '2.1', parties: ['Northsound Lines', 'deckhands'], status: 'approved', kind: 'under the settlement' },
      { at: '2.2', parties: ['Northsound Lines', 'deckhands'], status: 'voided', kind: 'judge annulled a clause of the contracts' },
    ],
  },

  // 2 — a water company settles with its flooded customers.
  {
    name: 'water-settlement',
    body: [
      `Carrow Water has reached a £5 million settlement with more than 1,200 of its customers whose homes were flooded by a burst main in 2022.`,
      `The company will also pay for new pipes under the high street.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Carrow Water', 'customers'], status: 'reached', kind: 'a settlement with N of its customers' }],
  },

  // 3 — a hockey league's new deal; its old pay agreement with the officials was broken.
  {
    name: 'hockey-league',
    body: [
      `The Coastal Hockey League has signed a new broadcasting deal with Pelton Media worth $80 million.`,
      `Last season's pay agreement between the league and the officials' association was broken when match fees went unpaid for three months, an arbitration panel found.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Coastal Hockey League', 'Pelton Media'], status: 'signed', kind: 'signed a deal with' },
      { at: '1.2', parties: ['Coastal Hockey League', "officials' association"], status: 'breached', kind: 'a later agreement naming its own sides, a panel found' },
    ],
  },

  // 4 — a civic trust lets its hall; an earlier lease of it was cancelled.
  {
    name: 'corn-exchange',
    body: [
      `The Corn Exchange in Ludbury is owned by the Ludbury Civic Trust.`,
      `The trust has agreed to let the hall to a theatre company, Brightlamp Players, for ten years.`,
      `A 2016 lease of the same building to the travelling Carnival Zanetti was cancelled early after complaints about noise.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Ludbury Civic Trust', 'Brightlamp Players'], status: 'reached', kind: 'agreed to let' },
      { at: '1.3', parties: ['Ludbury Civic Trust', 'Carnival Zanetti'], status: 'voided', kind: 'a lease of the same hall to X, cancelled' },
    ],
  },

  // 5 — a steelworks closing; its gas contract ended.
  {
    name: 'steelworks',
    body: [
      `The Hexley Steelworks will close in March after 90 years.`,
      `The works' 2019 gas contract with Norvane Energy was terminated last week.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Hexley Steelworks', 'Norvane Energy'], status: 'voided', kind: "the works' contract with X" }],
  },

  // 6 — a council's bin contract: signed, valued, due to last.
  {
    name: 'bin-contract',
    body: [
      `Brennock Council signed a bin collection contract with Tidyway Services in 2021.`,
      `The seven-year deal, signed in 2021 and valued at £25m, was supposed to last until 2028.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brennock Council', 'Tidyway Services'], status: 'signed', kind: 'signed a contract with' },
      { at: '1.2', parties: ['Brennock Council', 'Tidyway Services'], status: 'signed', kind: 'signed in, valued at, supposed to last' },
    ],
  },

  // 7 — a football club extends and renews its commercial deals.
  {
    name: 'club-sponsors',
    body: [
      `Farrow Athletic has extended its shirt sponsorship deal with Quillon Bank until 2031.`,
      `The club has also renewed its kit supply agreement with Stridewell for three more seasons.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Farrow Athletic', 'Quillon Bank'], status: 'reached', kind: 'extended its deal with X until' },
      { at: '1.2', parties: ['Farrow Athletic', 'Stridewell'], status: 'reached', kind: 'renewed its agreement with X' },
    ],
  },

  // 8 — a port's dredging contract breached, an arbitrator ruled.
  {
    name: 'port-dredging',
    body: [
      `Marlow Port Authority's 2017 dredging contract with Keel Marine was breached when payments were held back, an arbitrator ruled on Friday.`,
      `The authority must pay Keel Marine £900,000.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Marlow Port Authority', 'Keel Marine'], status: 'breached', kind: 'breached, an arbitrator ruled' }],
  },
];
