/**
 * Agreement set of session 17 (helper a42): who the parties are when the article names them
 * otherwise — a body by description (before or after its name), "both sides" and "the firms"
 * after a dispute, a recipient of a contract, an unnamed body by its definite description, the
 * places a road joins, a group led by a named member — our own invented articles, with close
 * negatives beside them. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a42`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A42_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a body described by its trade after its name was given; a description of a kind never used is left alone.
  {
    name: 'toymaker-licence',
    body: [
      `Pelton Games said its sales rose by a tenth last year.`,
      `The Lowfield-based toymaker signed a licensing agreement with Mirren Studios on Monday.`,
      ``,
      `Pelton Games, a toymaker based in Lowfield, employs 300 people.`,
      `The toymaker also renewed its distribution deal with Carrow Retail.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Pelton Games', 'Mirren Studios'], status: 'signed', kind: 'description after the name, capitalised compound' },
      { at: '2.2', parties: ['Pelton Games', 'Carrow Retail'], status: 'reached', kind: 'description introduced by apposition with a participle' },
    ],
  },

  // 2 — bodies described first and named in the next sentence.
  {
    name: 'recycler-contract',
    body: [
      `A paper recycler breached its contract with a packaging firm, the court ruled.`,
      `Dallow Fibre signed a supply agreement with Crane Packaging in 2021.`,
      `The judge ordered the recycler to pay damages.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Dallow Fibre', 'Crane Packaging'], status: 'breached', kind: 'indefinite sides named in the next sentence' },
      { at: '1.2', parties: ['Dallow Fibre', 'Crane Packaging'], status: 'signed', kind: 'signed with' },
    ],
  },

  // 3 — "both sides", "the firms" after one body sued or accused the other.
  {
    name: 'berth-dispute',
    body: [
      `Brisco Freight sued Halden Shipping last year over unpaid berth fees.`,
      `Both sides signed a settlement on Friday.`,
      ``,
      `Brisco Freight also accused Orrin Logistics of poaching its drivers.`,
      `The firms settled that dispute in March.`,
      ``,
      `Brisco Freight moved its head office to Carrow in 2019.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Brisco Freight', 'Halden Shipping'], status: 'signed', kind: 'both sides after a lawsuit' },
      { at: '2.2', parties: ['Brisco Freight', 'Orrin Logistics'], status: 'reached', kind: 'the firms after an accusation' },
    ],
  },

  // 4 — the one a contract is for, or awarded to, is a party.
  {
    name: 'satellite-launch',
    body: [
      `Orbis Rockets signed a contract to fly six satellites for Kestrel Survey.`,
      `The prisons ministry has awarded a £120m contract to build cells to the construction group Holm Construction.`,
      `That contract was signed last week.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Orbis Rockets', 'Kestrel Survey'], status: 'signed', kind: 'contract for a beneficiary' },
      { at: '1.2', parties: ['prisons ministry', 'Holm Construction'], status: 'reached', kind: 'awarded to a recipient' },
      { at: '1.3', parties: ['prisons ministry', 'Holm Construction'], status: 'signed', kind: 'that contract was signed' },
    ],
  },

  // 5 — an unnamed body by its definite description, then its people and a shorter description.
  {
    name: 'gatehouse-security',
    body: [
      `The justice ministry has terminated its contract with Gatehouse Ltd, a security firm.`,
      `Ministers said the company had breached the contract.`,
      ``,
      `The health ministry has signed a cleaning contract with Brightway Services.`,
      `Officials said the firm would start work in May.`,
      `The ministry later cancelled the contract.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['justice ministry', 'Gatehouse Ltd'], status: 'voided', kind: 'terminated its contract with' },
      { at: '1.2', parties: ['justice ministry', 'Gatehouse Ltd'], status: 'breached', kind: 'the company had breached the contract' },
      { at: '2.1', parties: ['health ministry', 'Brightway Services'], status: 'signed', kind: 'signed with' },
      { at: '2.3', parties: ['health ministry', 'Brightway Services'], status: 'voided', kind: 'the ministry cancelled the contract' },
    ],
  },

  // 6 — a body of a place with a noun of its own is its own party; the city's council acts for the city.
  {
    name: 'arena-catering',
    body: [
      `The city's arena authority signed a catering contract with Pell Foods.`,
      `The city's council signed a cleaning contract with Tarrow Hygiene.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['arena authority', 'Pell Foods'], status: 'signed', kind: "the city's arena authority" },
      { at: '1.2', parties: ['the city', 'Tarrow Hygiene'], status: 'signed', kind: "the city's council" },
    ],
  },

  // 7 — the two places a road joins are no parties; a deal between two places' councils keeps them.
  {
    name: 'toll-road',
    body: [
      `The roads ministry granted a concession for a toll road between Holmvik and Skarne to Varro Roads.`,
      `Varro Roads and the roads ministry signed a maintenance contract for the bridge from Holmvik to Skarne.`,
      `The councils of Holmvik and Skarne agreed a bus deal last year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['roads ministry', 'Varro Roads'], status: 'reached', kind: 'concession for a road between two towns' },
      { at: '1.2', parties: ['Varro Roads', 'roads ministry'], status: 'signed', kind: 'contract for a bridge from one town to another' },
      { at: '1.3', parties: ['Holmvik', 'Skarne'], status: 'reached', kind: 'councils of two towns agreed' },
    ],
  },

  // 8 — a group led by a named member is the party, not its leader.
  {
    name: 'port-consortium',
    body: [
      `The port authority signed a dredging contract with the Veska Consortium, a group led by builder Holm & Partner.`,
      `The Veska Consortium, a group led by Holm & Partner, signed a second contract with Carrow Harbour.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['port authority', 'Veska Consortium'], status: 'signed', kind: 'with a group, set off as led by' },
      { at: '1.2', parties: ['Veska Consortium', 'Carrow Harbour'], status: 'signed', kind: 'a group led by a member as subject' },
    ],
  },

  // 9 — who gave a contract: named after the thing awarded, or an unnamed body it was won from.
  {
    name: 'school-cleaning',
    body: [
      `Brightway Services has been awarded a contract by Halden Council to clean its schools.`,
      `Its rival Tessel Care won a cleaning contract from the regional health authority.`,
      `Brightway Services also cleans offices used by Halden Council.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brightway Services', 'Halden Council'], status: 'reached', kind: 'awarded a contract by X' },
      { at: '1.2', parties: ['Tessel Care', 'regional health authority'], status: 'reached', kind: 'won a contract from an unnamed body' },
    ],
  },
];
