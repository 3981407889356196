/**
 * Agreement set of session 22 (helper a56): who the sides are when the article first writes them
 * as words that only point at a name — "She", a described side in the lede ("A Dunmere florist",
 * "A joinery firm", "a couple"), "the Pargeters", a description set off after a name, a side named
 * by the next sentence's mention of the deal, a contract awarded after a long purpose clause — in
 * invented articles of our own, with close negatives. Scored by `npx tsx bench/facts-eval.ts
 * --score patterns --own-a56`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A56_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a described person in the lede, named next, then "She" signs with the franchisor.
  {
    name: 'florist-franchise-ended',
    body: [
      `A Dunmere florist has had her franchise agreement ended by head office after she began selling her own wreaths.`,
      `Rosa Kettle has run the Bloom Corner shop on Mill Lane for five years.`,
      ``,
      `She signed a seven-year franchise deal with Petal & Stem in 2019, paying a joining fee of £9,000.`,
      `Under that deal, franchisees must buy their flowers from the company's own growers.`,
      `Petal & Stem said Ms Kettle had broken the agreement twice.`,
      `Ms Kettle said she would open a shop of her own in the spring.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Rosa Kettle', 'Petal & Stem'], status: 'voided', kind: 'described franchisee, agreement ended' },
      { at: '2.1', parties: ['Rosa Kettle', 'Petal & Stem'], status: 'signed', kind: 'She signed a franchise deal' },
      { at: '2.2', parties: ['Rosa Kettle', 'Petal & Stem'], status: 'in force', kind: 'under that deal' },
      { at: '2.3', parties: ['Rosa Kettle', 'Petal & Stem'], status: 'breached', kind: 'broken the agreement' },
    ],
  },
  // 2 — a described firm settles a claim brought by a described couple; both named in the next paragraph.
  {
    name: 'joinery-claim-settled',
    body: [
      `A joinery firm has settled a claim brought by a couple whose kitchen collapsed a week after it was fitted.`,
      `The terms of the settlement were not disclosed.`,
      ``,
      `Colin and Ada Pargeter had sued Brackley Joinery for £80,000.`,
      `Brackley had earlier offered £20,000, an offer the Pargeters rejected in May.`,
      ``,
      `Brackley, which employs nine staff, said the agreement involved no admission of fault.`,
      `The Pargeters said they were glad it was over.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brackley Joinery', 'Colin and Ada Pargeter'], status: 'reached', kind: 'described firm settled a claim by a described couple' },
      { at: '1.2', parties: ['Brackley Joinery', 'Colin and Ada Pargeter'], status: 'reached', kind: 'terms of the settlement' },
      { at: '2.2', parties: ['Brackley Joinery', 'Colin and Ada Pargeter'], status: 'rejected', kind: 'offer the Pargeters rejected' },
      { at: '3.1', parties: ['Brackley Joinery', 'Colin and Ada Pargeter'], status: 'reached', kind: 'the agreement, later mention' },
    ],
  },
  // 3 — a licensing deal of one side; the next sentence's mention opens with the other side.
  {
    name: 'jam-licensing-deal',
    body: [
      `Ember Jam Co., the preserves maker behind the Red Kettle label, has signed a licensing deal that will put its name on a range of cereal bars.`,
      `Orlo Foods, a snack company based in Hadley, will pay Ember Jam a royalty on every bar sold under the agreement, which runs for four years.`,
      `Terms were not disclosed.`,
      ``,
      `Orlo Foods shares rose 2 per cent.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ember Jam Co.', 'Orlo Foods'], status: 'signed', kind: 'one side, the other named next' },
      { at: '1.2', parties: ['Ember Jam Co.', 'Orlo Foods'], status: 'in force', kind: 'royalty under the agreement' },
    ],
  },
  // 4 — a lease to "a private operator", who opens the next sentence; the side as "the council".
  {
    name: 'allotments-lease',
    body: [
      `Kestle Parish Council has signed a ten-year lease handing its allotments on Wren Hill to a private operator.`,
      `Greenrow Plots Ltd will pay the council £8,000 a year under the lease.`,
      ``,
      `Plot holders said they had not been asked.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kestle Parish Council', 'Greenrow Plots Ltd'], status: 'signed', kind: 'lease to a described operator' },
      { at: '1.2', parties: ['Kestle Parish Council', 'Greenrow Plots Ltd'], status: 'signed', kind: 'rent under the lease' },
    ],
  },
  // 5 — a description set off after the name; a contract awarded after a long purpose clause.
  {
    name: 'lamp-makers-merger-wire',
    body: [
      `LONDON, March 3 (Newswire) — Harrowgate Lamps, Britain's third-largest lighting maker, has agreed to merge with family-run rival Pellow Light in an all-share deal, the companies said on Monday.`,
      `Pellow shareholders will receive 0.3 new Harrowgate shares for each share they hold.`,
      ``,
      `Separately, Brenford District Council has awarded a three-year contract to clean and light 90 miles of town streets to the contractor Mossley & Vane.`,
      `Harrowgate said it was in talks about a warehouse in Wales.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harrowgate Lamps', 'Pellow Light'], status: 'reached', kind: 'apposed description, agreed to merge' },
      { at: '1.2', parties: ['Harrowgate Lamps', 'Pellow Light'], status: 'reached', kind: 'share-swap terms' },
      { at: '2.1', parties: ['Brenford District Council', 'Mossley & Vane'], status: 'signed', kind: 'contract awarded to the contractor X' },
    ],
  },
];
