/**
 * Agreement set of session 12, round 2 (helper a21): three invented news articles written and
 * labelled before the extractor was run on them, for the kinds the round's unseen sets missed
 * (reworded, never the brief's own sentences): "bought X from Y" with a description or a
 * collective buyer, a later "The sale was completed", an approval with a pronoun subject, an
 * arrangement that fell through (collapsed), refused offers and approaches in more shapes, "Under a
 * settlement reached with X", "Under a separate memorandum signed …", a deal named in a subject
 * with a relative clause, "welcomed the deal" — and close non-agreements the extractor must leave:
 * a conditional merger, talks that broke down, a takeover still awaiting clearance, a call to reach
 * a deal, an argument about a deal.
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a21`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A21_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a village pub changes hands.
  {
    name: 'village-pub',
    body: [
      `Villagers in Orrin Cross have bought the Plough Inn from its former landlords, Tom and Edie Varley.`,
      `The sale was completed on Thursday.`,
      ``,
      `The parish council bought the car park behind the pub from Harlow Estates in 2018.`,
      `A previous arrangement to lease the pub to Stonegate Taverns fell through in 2021.`,
      ``,
      `Two pub groups, Brindle Inns and Coppergate, had offered to buy the building, but the Varleys turned both of them down.`,
      `Regulars welcomed the deal.`,
      ``,
      `If the purchase succeeds, the villagers would also run the post office counter.`,
      `The Varleys had argued that the deal would keep the pub open.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Orrin Cross', 'Varley'], status: 'reached', kind: 'collective buyer bought X from Y' },
      { at: '1.2', parties: ['Orrin Cross', 'Varley'], status: 'reached', kind: 'later: the sale was completed' },
      { at: '2.1', parties: ['parish council', 'Harlow Estates'], status: 'reached', kind: 'description buyer bought X from Y' },
      { at: '2.2', parties: ['Varley', 'Stonegate Taverns'], status: 'collapsed', kind: 'arrangement fell through' },
      { at: '3.1', parties: ['Varley', 'Brindle Inns', 'Coppergate'], status: 'rejected', kind: 'refused: turned both of them down' },
      { at: '3.2', parties: ['Orrin Cross', 'Varley'], status: 'reached', kind: 'later: welcomed the deal' },
    ],
  },

  // 2 — a ferry operator's takeover and pay deal.
  {
    name: 'ferry-takeover',
    body: [
      `Kelso Lines has agreed to buy the ferry operator Morva Shipping for £140 million.`,
      `Morva's board had rejected a lower cash offer from Kelso in June, saying it undervalued the company.`,
      ``,
      `Halberd Marine made an approach for Morva in 2022, which Morva's board turned down.`,
      `The crew's new pay agreement with Morva was approved by 87 per cent of union members in May.`,
      `It was approved by the island's ferry users' group in a vote on Monday.`,
      ``,
      `The acquisition of Morva remains subject to approval by the competition regulator.`,
      `Island councillors had urged the two firms to reach a deal on fares.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kelso Lines', 'Morva Shipping'], status: 'reached', kind: 'agreed to buy' },
      { at: '1.2', parties: ['Morva Shipping', 'Kelso Lines'], status: 'rejected', kind: 'refused: board rejected an earlier cash offer' },
      { at: '2.1', parties: ['Morva Shipping', 'Halberd Marine'], status: 'rejected', kind: 'refused: approach, which … turned down' },
      { at: '2.2', parties: ['Morva Shipping', 'union'], status: 'approved', kind: 'pay agreement approved by members' },
      { at: '2.3', parties: ['Morva Shipping', 'union'], status: 'approved', kind: 'pronoun subject approved by' },
    ],
  },

  // 3 — a regional treaty.
  {
    name: 'border-treaty',
    body: [
      `Veldra and Ostmark signed a border treaty in Kaunberg on Wednesday.`,
      `An earlier draft of the accord, put forward by Ostmark in 2017, was rejected by Veldra's parliament.`,
      ``,
      `Under a settlement reached with Ostmark, Veldran farmers will be paid for land lost to the new border.`,
      `Under a second memorandum signed at the same meeting, customs officers from both countries will share offices.`,
      ``,
      `Veldra's gas supply contract with Ostmark, which runs until 2031, is not affected.`,
      `Talks on a wider trade settlement collapsed in 2015.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Veldra', 'Ostmark'], status: 'signed', kind: 'signed a treaty' },
      { at: '1.2', parties: ['Ostmark', 'Veldra'], status: 'rejected', kind: 'refused: draft put forward by X was rejected by Y' },
      { at: '2.1', parties: ['Veldra', 'Ostmark'], status: 'reached', kind: 'under a settlement reached with' },
      { at: '2.2', parties: ['Veldra', 'Ostmark'], status: 'signed', kind: 'under a separate memorandum signed' },
      { at: '3.1', parties: ['Veldra', 'Ostmark'], status: 'in force', kind: 'deal in a subject with a relative clause' },
    ],
  },
];
