/**
 * Agreement set of session 23 (helper a60): the recall and status shapes blind sets 45-49 missed, in
 * invented articles of our own — offers turned down after the particle, "both earlier offers", ", an
 * offer she turned down", "a bid on those lines was rejected by", a vote with a month before its
 * infinitive, "had in 2021 rejected", a term right after what a deal gives (across a paragraph
 * break), a later mention after an approval, a clause a deal contains — with close negatives beside
 * them (the owners of one bakery deciding).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a60`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A60_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a landlord's settlement offer turned down, in a letter; the owners' own decision is none.
  {
    name: 'bakery-lease-offer-refused',
    body: [
      `Crumb & Crust, a bakery on Weaver Row, signed a ten-year lease with Halloran Estates in 2019.`,
      `Halloran offered owner Petra Voss £6,000 last month to leave the unit early.`,
      `She turned the offer down in a letter from her solicitor on Monday.`,
      ``,
      `The owners also decided in March to open on Sundays.`,
      `Customers said the queue now reaches the corner most mornings.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Crumb & Crust', 'Halloran Estates'], status: 'signed', kind: 'signed a lease' },
      { at: '1.3', parties: ['Halloran Estates', 'Petra Voss'], status: 'rejected', kind: 'turned the offer down in a letter' },
    ],
  },
  // 2 — a merger: both earlier offers rejected, the members' vote, a share-swap term, a later mention after approval.
  {
    name: 'ferry-operators-merger-wire',
    body: [
      `Quistley Ferries has agreed to merge with its smaller rival Osprey Crossings in an all-share deal, the companies said on Tuesday.`,
      `Under the deal, the combined operator will run 14 routes across the estuary.`,
      `Osprey shareholders will receive 0.6 new Quistley shares for each share they hold.`,
      ``,
      `Quistley had approached Osprey twice before, but the Osprey board rejected both earlier offers.`,
      `Both boards have approved the merger.`,
      `Osprey's chief executive said the merger would protect about 90 jobs.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Quistley Ferries', 'Osprey Crossings'], status: 'reached', kind: 'agreed to merge' },
      { at: '1.2', parties: ['Quistley Ferries', 'Osprey Crossings'], status: 'reached', kind: 'under the deal' },
      { at: '1.3', parties: ['Quistley Ferries', 'Osprey Crossings'], status: 'reached', kind: 'share-swap term' },
      { at: '2.1', parties: ['Quistley Ferries', 'Osprey Crossings'], status: 'rejected', kind: 'both earlier offers rejected' },
      { at: '2.2', parties: ['Quistley Ferries', 'Osprey Crossings'], status: 'approved', kind: 'boards approved' },
      { at: '2.3', parties: ['Quistley Ferries', 'Osprey Crossings'], status: 'reached', kind: 'later mention after approval' },
    ],
  },
  // 3 — a cooperative's supply contract: the members' vote with a month, the licence's royalty term, a break clause.
  {
    name: 'weavers-cooperative-contract',
    body: [
      `The Harrowgate Weavers Cooperative has signed a three-year supply contract with the furniture chain Brindle & Oak.`,
      `The contract gives Brindle & Oak the sole right to sell the cooperative's rugs in its 30 stores.`,
      ``,
      `Brindle & Oak will pay a fee of £20 on each rug sold, according to the chain's filings.`,
      `The cooperative's members voted 41-6 in May to accept the contract.`,
      `The contract contains a break clause after the second year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harrowgate Weavers Cooperative', 'Brindle & Oak'], status: 'signed', kind: 'signed a supply contract' },
      { at: '1.2', parties: ['Harrowgate Weavers Cooperative', 'Brindle & Oak'], status: 'signed', kind: 'the contract gives' },
      { at: '2.1', parties: ['Harrowgate Weavers Cooperative', 'Brindle & Oak'], status: 'signed', kind: 'fee term after a paragraph break' },
      { at: '2.2', parties: ['Harrowgate Weavers Cooperative', 'Brindle & Oak'], status: 'approved', kind: 'members voted in May to accept' },
      { at: '2.3', parties: ['Harrowgate Weavers Cooperative', 'Brindle & Oak'], status: 'signed', kind: 'contract contains a break clause' },
    ],
  },
  // 4 — a patent dispute: an offer rejected years before, a settlement offer turned down in an apposition, a bid on those lines.
  {
    name: 'glassworks-patent-dispute',
    body: [
      `Fenmoor Glass and Calder Lenses have settled a four-year patent dispute over a coated lens.`,
      `Calder had in 2021 rejected a licensing offer from Fenmoor, calling the royalty too high.`,
      `Fenmoor had offered Calder £30,000 to settle the claim in 2023, an offer it turned down in writing.`,
      ``,
      `The Fenmoor Workers' Association had asked to run the lens shop as a co-operative.`,
      `A bid on those lines was rejected by Fenmoor's board in April.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Fenmoor Glass', 'Calder Lenses'], status: 'reached', kind: 'settled a dispute' },
      { at: '1.2', parties: ['Calder Lenses', 'Fenmoor Glass'], status: 'rejected', kind: 'had in 2021 rejected an offer' },
      { at: '1.3', parties: ['Fenmoor Glass', 'Calder Lenses'], status: 'rejected', kind: 'an offer it turned down, apposed' },
      { at: '2.2', parties: ["Fenmoor Workers' Association", 'Fenmoor Glass'], status: 'rejected', kind: 'a bid on those lines rejected by' },
    ],
  },
];
