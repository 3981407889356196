/**
 * Agreement set of session 22 (helper a57): the recall and status shapes blind sets 43-46 missed, in
 * invented articles of our own — a deal said to have been struck (no "that"), a deal the sides expect
 * to complete, "under the terms agreed", proposals turned down, a breach set off after a negated
 * clause, a deal with a relative clause before what became of it, a side giving notice on its own
 * deal, a purchase of a described side set off by its name, a participle set off before a negated
 * verb — with close negatives beside them (an offer to settle nobody answered, a purchase price).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a57`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A57_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a lawsuit settled at the court door, reported by the lawyers; a breach set off after a negated clause.
  {
    name: 'roofer-leak-settlement',
    body: [
      `A roofing firm sued by a Dunmere couple over a leaking barn roof has settled the case on the morning of the trial.`,
      `Tarrow Roofing had agreed in 2022 to re-roof the barn owned by Nell and Osian Brack and to check it every spring.`,
      `The spring checks were never made, in breach of the contract, the couple said.`,
      ``,
      `By lunchtime, lawyers for both sides said a deal had been struck.`,
      `The couple's neighbours said the barn had been empty for years.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tarrow Roofing', 'Nell and Osian Brack'], status: 'reached', kind: 'settled the case' },
      { at: '1.2', parties: ['Tarrow Roofing', 'Nell and Osian Brack'], status: 'reached', kind: 'agreed to re-roof' },
      { at: '1.3', parties: ['Tarrow Roofing', 'Nell and Osian Brack'], status: 'breached', kind: 'in breach of the contract, set off' },
      { at: '2.1', parties: ['Tarrow Roofing', 'Nell and Osian Brack'], status: 'reached', kind: 'lawyers said a deal had been struck' },
    ],
  },
  // 2 — a takeover: its terms agreed, the earlier proposals turned down, completion expected.
  {
    name: 'jam-maker-takeover-wire',
    body: [
      `Orlo Foods has agreed to buy the family-owned jam maker Ember Preserves for £48 million, the two companies said on Tuesday.`,
      `Under the terms agreed, Ember shareholders will receive 220 pence in cash for each share.`,
      `Orlo approached Ember twice in 2023, but both proposals were turned down by its board.`,
      ``,
      `The companies expect the sale to complete in the spring.`,
      `Ember's chairman said the £48 million purchase price was fair.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Orlo Foods', 'Ember Preserves'], status: 'reached', kind: 'agreed to buy' },
      { at: '1.2', parties: ['Orlo Foods', 'Ember Preserves'], status: 'reached', kind: 'under the terms agreed' },
      { at: '1.3', parties: ['Orlo Foods', 'Ember Preserves'], status: 'rejected', kind: 'both proposals turned down' },
      { at: '2.1', parties: ['Orlo Foods', 'Ember Preserves'], status: 'reached', kind: 'expect the sale to complete' },
    ],
  },
  // 3 — a holiday-park deal that fell through; an older attempt by a rival; a side ending its own franchise.
  {
    name: 'cabin-park-deal-collapse',
    body: [
      `Larchway Cabins agreed in March to lease 12 acres from the Quarrel Hill estate.`,
      `A deal that would have brought 30 timber cabins to the Quarrel Hill estate has collapsed after the operator, Larchway Cabins, and the estate's owners failed to agree on the cost of a new road.`,
      `A previous attempt by Fenmoor Leisure to buy a Cornish caravan operator, Quillborough Parks, collapsed in 2021 after a row over staff pensions.`,
      ``,
      `Larchway will also end its franchise agreement with Pinecot Lodges at the end of the year.`,
      `Larchway could end other agreements too, its founder said.`,
      `A previous contract with a timber supply firm, Holt & Rye, was terminated early last year after late deliveries.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Larchway Cabins', 'Quarrel Hill estate'], status: 'reached', kind: 'agreed to lease from' },
      { at: '1.2', parties: ['Larchway Cabins', 'Quarrel Hill estate'], status: 'collapsed', kind: 'deal that would have … has collapsed' },
      { at: '1.3', parties: ['Fenmoor Leisure', 'Quillborough Parks'], status: 'collapsed', kind: 'attempt to buy a described firm set off by its name' },
      { at: '2.1', parties: ['Larchway Cabins', 'Pinecot Lodges'], status: 'voided', kind: 'will end its franchise agreement with' },
      { at: '2.3', parties: ['Larchway Cabins', 'Holt & Rye'], status: 'voided', kind: 'contract with a described firm terminated' },
    ],
  },
  // 4 — a court case: a settlement approved (participle set off) before a negated verb; an offer to settle never answered.
  {
    name: 'sign-maker-franchise-court',
    body: [
      `A judge has found that the franchise chain Signwell breached its franchise agreement with the sign maker Ada Odell.`,
      `Signwell had offered in 2024 to settle the claim for £5,000, the court heard, but Ms Odell never replied.`,
      `Two other franchisees settled with Signwell last year.`,
      `That settlement, approved by a county court judge in May, has not been made public.`,
      `Signwell's agreed takeover of a rival chain, Letterbox Signs, fell through last month when its bank withdrew.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Signwell', 'Ada Odell'], status: 'breached', kind: 'breached its franchise agreement' },
      { at: '1.3', parties: ['two other franchisees', 'Signwell'], status: 'reached', kind: 'settled with' },
      { at: '1.4', parties: ['two other franchisees', 'Signwell'], status: 'approved', kind: 'settlement, approved by a judge, not made public' },
      { at: '1.5', parties: ['Signwell', 'Letterbox Signs'], status: 'collapsed', kind: 'takeover of a described firm fell through' },
    ],
  },
];
