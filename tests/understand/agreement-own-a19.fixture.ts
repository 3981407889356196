/**
 * Agreement set of session 12 (issue 11, helper a19): five invented news articles written and
 * labelled before the agreement extractor was read or run on them, for the kinds the session's
 * unseen sets missed (examples of the brief reworded in other words, never the brief's own):
 * refused offers, bids, proposals and requests in every position (object with a split particle,
 * relative clause, reduced relative, apposition, passive with "by", "voted down"), and agreement
 * verbs and nouns away from the subject–verb–object shape (passive purchase, "which it bought
 * from", a plan approved, members voting for a merger, a contract cancelled, a joint venture
 * formed, a contract shared, land leased from, a case settled by "the two sides", later mentions
 * "Terms of the sale" / "The deal, which …, is expected to …", "whose … contract … was extended",
 * a subject with an apposition holding a participle, "under an agreement signed on …").
 * Labelled by the session-12 convention: an offer-like proposal the other side turned down is an
 * agreement sentence, status rejected, parties both sides. Close non-agreements sit beside them.
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a19`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A19_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a boatyard changes hands after two refused offers.
  {
    name: 'boatyard-sale',
    body: [
      `Ardwyn Marine has bought the Kestle Boatyard in Porthwen from the Pellow family.`,
      `The family had rejected an earlier approach from Ardwyn in 2023.`,
      ``,
      `A rival offer from Tregarth Leisure, which the family turned down in March, would have closed the slipway.`,
      `Tregarth's chairman, Owen Pascoe, said the yard was worth more as flats.`,
      ``,
      `The sale was approved by the harbour commissioners on Tuesday.`,
      `Terms of the purchase were not disclosed.`,
      ``,
      `Ardwyn also builds pilot boats for the port authority.`,
      `The commissioners declined to comment on the price.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ardwyn Marine', 'Pellow family'], status: 'reached', kind: 'bought X from Y' },
      { at: '1.2', parties: ['Pellow family', 'Ardwyn Marine'], status: 'rejected', kind: 'refused: approach rejected' },
      { at: '2.1', parties: ['Pellow family', 'Tregarth Leisure'], status: 'rejected', kind: 'refused: relative clause turned down' },
      { at: '3.1', parties: ['Ardwyn Marine', 'Pellow family'], status: 'approved', kind: 'passive approved by, the deal before' },
      { at: '3.2', parties: ['Ardwyn Marine', 'Pellow family'], status: 'reached', kind: 'later: terms of the purchase' },
    ],
  },

  // 2 — two credit unions merge.
  {
    name: 'credit-unions-merge',
    body: [
      `Holm Valley Credit Union, a lender founded by mill workers in 1962, and Brackley Savings have agreed to merge.`,
      `Members of both credit unions voted in favour of the merger at meetings on Saturday.`,
      ``,
      `A proposal from the larger Northway Credit Union to absorb Brackley was voted down by Brackley's members in 2022.`,
      `Northway has since opened two branches in the town.`,
      ``,
      `Brackley already shares a payroll contract with the Holm Valley lender.`,
      `The deal, which includes Brackley's branch in Ossett, is expected to complete in June.`,
      ``,
      `Councillors voted in favour of a new cycle lane outside the Ossett branch.`,
      `The credit union rejected claims that its fees were too high.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Holm Valley Credit Union', 'Brackley Savings'], status: 'reached', kind: 'subject apposition with a participle, agreed to merge' },
      { at: '1.2', parties: ['Holm Valley Credit Union', 'Brackley Savings'], status: 'approved', kind: 'voted in favour of the merger' },
      { at: '2.1', parties: ['Northway Credit Union', 'Brackley Savings'], status: 'rejected', kind: 'refused: proposal voted down passive' },
      { at: '3.1', parties: ['Brackley Savings', 'Holm Valley Credit Union'], status: 'in force', kind: 'shares a contract with' },
      { at: '3.2', parties: ['Holm Valley Credit Union', 'Brackley Savings'], status: 'reached', kind: 'later: the deal, which ..., is expected to complete' },
    ],
  },

  // 3 — a wind cooperative's land and cable.
  {
    name: 'wind-cooperative-land',
    body: [
      `The energy cooperative Fennick Wind has leased 200 hectares of upland from the Garside Estate for a solar farm.`,
      `The lease was approved by the national park authority in October.`,
      ``,
      `An offer by Fennick in 2021 to buy the land outright was rejected by the estate's trustees.`,
      `Fennick also asked to lay a cable across Hobb Common, a request the parish council refused last year.`,
      ``,
      `The cooperative formed a joint venture with the utility Pennine Grid in 2020 to sell its power.`,
      `Fennick's earlier supply contract with Moorlight Energy was terminated in 2019.`,
      ``,
      `The judge refused to hear the cooperative's appeal.`,
      `Fennick bought six new turbines last year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Fennick Wind', 'Garside Estate'], status: 'reached', kind: 'leased land from' },
      { at: '1.2', parties: ['Fennick Wind', 'Garside Estate'], status: 'approved', kind: 'passive approved by, the deal before' },
      { at: '2.1', parties: ['Fennick Wind', 'Garside Estate'], status: 'rejected', kind: 'refused: offer by X to buy, passive by' },
      { at: '2.2', parties: ['Fennick Wind', 'parish council'], status: 'rejected', kind: 'refused: request in apposition, reduced relative' },
      { at: '3.1', parties: ['Fennick Wind', 'Pennine Grid'], status: 'reached', kind: 'formed a joint venture with' },
      { at: '3.2', parties: ['Fennick Wind', 'Moorlight Energy'], status: 'voided', kind: 'contract terminated passive' },
    ],
  },

  // 4 — a museum and a sculptor's estate.
  {
    name: 'museum-estate-case',
    body: [
      `The estate of the sculptor Mina Valdes sued the Orrin Museum in 2022 over postcards of her work sold in its shop.`,
      `The two sides settled the case in May.`,
      ``,
      `Terms of the settlement were not made public.`,
      `The museum had refused a request from the estate in 2021 to withdraw the postcards.`,
      ``,
      `The museum's cafe, whose catering contract with Brightside Foods was extended in March, will stay open.`,
      `A licensing proposal the estate turned down would have let the museum sell prints.`,
      ``,
      `Visitor numbers rose by a tenth last year.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Mina Valdes', 'Orrin Museum'], status: 'reached', kind: 'the two sides settled the case' },
      { at: '2.1', parties: ['Mina Valdes', 'Orrin Museum'], status: 'reached', kind: 'later: terms of the settlement' },
      { at: '2.2', parties: ['Orrin Museum', 'Mina Valdes'], status: 'rejected', kind: 'refused: request from X refused' },
      { at: '3.1', parties: ['Orrin Museum', 'Brightside Foods'], status: 'in force', kind: 'whose contract with X was extended' },
      { at: '3.2', parties: ['Mina Valdes', 'Orrin Museum'], status: 'rejected', kind: 'refused: reduced relative, a proposal X turned down' },
    ],
  },

  // 5 — a county's waste contract.
  {
    name: 'county-waste-contract',
    body: [
      `Bellwood Waste will collect rubbish across Marden County for seven years under an agreement signed on Monday.`,
      `The county commissioners approved the plan last week.`,
      ``,
      `A bid from Carrick Recycling, which the commissioners declined in June, was cheaper.`,
      `Bellwood's previous contract with the county was cancelled in 2016 after missed collections.`,
      ``,
      `Bellwood was bought by the Stanmore Group in 2018.`,
      `Stanmore also owns the Hebden depot, which it bought from the Corder family in 2015.`,
      ``,
      `Residents complained about the noise at a meeting on Thursday.`,
      `The commissioners turned down a request for more recycling bins.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Bellwood Waste', 'Marden County'], status: 'signed', kind: 'under an agreement signed on' },
      { at: '1.2', parties: ['Marden County', 'Bellwood Waste'], status: 'approved', kind: 'approved the plan (the deal before)' },
      { at: '2.1', parties: ['Carrick Recycling', 'Marden County'], status: 'rejected', kind: 'refused: bid in a relative clause declined' },
      { at: '2.2', parties: ['Bellwood Waste', 'Marden County'], status: 'voided', kind: 'contract cancelled passive' },
      { at: '3.1', parties: ['Stanmore Group', 'Bellwood Waste'], status: 'reached', kind: 'passive bought by' },
      { at: '3.2', parties: ['Stanmore Group', 'Corder family'], status: 'reached', kind: 'which it bought from' },
    ],
  },
];
