/**
 * Agreement set of session 17 (helper a43): contracts in other words — a concession or franchise
 * read in its contract sense from context, a settlement its two sides report, a licence held via a
 * deal with a firm set off by commas, a deal whose fall the news leads with and whose sides follow,
 * a contract ended early and a pay offer refused, the terms of a deal not disclosed, an offer set off
 * by a participle and turned down — our own invented articles, with close negatives beside them
 * (one person consenting, a denial). Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a43`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A43_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a concession won for a term, granted in the passive; concessions made to strikers are none.
  {
    name: 'toll-concession',
    body: [
      `Tollway Partners won a 30-year concession to run the Dunmore ring road.`,
      `The concession was granted in 2018 to Tollway Partners by the regional government of Varn.`,
      `The government made concessions to striking toll collectors last month.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tollway Partners'], status: 'reached', kind: 'won a 30-year concession to run' },
      { at: '1.2', parties: ['regional government of Varn', 'Tollway Partners'], status: 'reached', kind: 'the concession was granted in <year> to X by Y' },
    ],
  },

  // 2 — a settlement the two sides report, after a suit between them.
  {
    name: 'freight-suit',
    body: [
      `Holm Mining sued Garrow Rail over unpaid freight bills in 2023.`,
      `The companies told the court on Friday they had settled.`,
      `The Brennan family said they had settled in Leeds.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Holm Mining', 'Garrow Rail'], status: 'reached', kind: 'the companies told the court they had settled' }],
  },

  // 3 — a licence held via a deal with a firm set off by commas after a possessive description.
  {
    name: 'image-rights',
    body: [
      `The striker Dario Venn earns money from his image via a licensing agreement with his agents, Harlan & Pike.`,
      `Venn scored twice on Saturday.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Dario Venn', 'Harlan & Pike'], status: 'in force', kind: 'via a deal with his agents, X' }],
  },

  // 4 — a deal whose fall the news leads with; its sides follow.
  {
    name: 'doll-licence',
    body: [
      `A licensing deal meant to bring Moonpip dolls to toy shops has fallen apart, Tarrow Toys said.`,
      `The deal was signed with the doll's maker, Pell Crafts, in March.`,
      `Moonpip dolls are sold online.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tarrow Toys', 'Pell Crafts'], status: 'collapsed', kind: 'a deal meant to … has fallen apart, X said' },
      { at: '1.2', parties: ['Tarrow Toys', 'Pell Crafts'], status: 'collapsed', kind: 'the deal was signed with X (later)' },
    ],
  },

  // 5 — a pay offer refused by the union, made by the employer the sentence before.
  {
    name: 'warehouse-pay',
    body: [
      `Castell Foods offered its warehouse staff a 4% rise last week.`,
      `The union rejected the pay offer on Tuesday.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['the union', 'Castell Foods'], status: 'rejected', kind: 'the union rejected the pay offer' }],
  },

  // 6 — terms not disclosed, a memorandum not binding: later mentions, their status as before.
  {
    name: 'bank-memorandum',
    body: [
      `Ostra Bank and Pell Insurance signed a memorandum of understanding on Monday.`,
      `The memorandum is not legally binding.`,
      `Ostra Bank also agreed to buy the broker Quill Partners.`,
      `Financial terms were not disclosed.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ostra Bank', 'Pell Insurance'], status: 'signed', kind: 'signed a memorandum of understanding' },
      { at: '1.2', parties: ['Ostra Bank', 'Pell Insurance'], status: 'signed', kind: 'the memorandum is not binding (later)' },
      { at: '1.3', parties: ['Ostra Bank', 'Quill Partners'], status: 'reached', kind: 'agreed to buy' },
      // Session 18 (a45): "Financial terms were not disclosed." alone names no deal, no party and no clause — no agreement sentence (as blind set 33 labels it); relabelled.
    ],
  },

  // 7 — an offer set off by a participle of making, turned down by the target's board.
  {
    name: 'pell-offer',
    body: [
      `A separate offer for Pell from the investor Northgate Capital, made in May, was formally turned down by Pell's board.`,
      `Pell makes garden furniture.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Pell', 'Northgate Capital'], status: 'rejected', kind: 'an offer for X from Y, made in May, was turned down' }],
  },

  // 8 — one person consenting, and a denial: none.
  {
    name: 'launch-speaker',
    body: [
      `Corin Vale said she had agreed to speak at the launch.`,
      `The judge said there was no proof such a deal existed.`,
    ].join('\n'),
    gold: [],
  },
];
