/**
 * Agreement set of session 20 (helper a50): recall and status on unseen copy — a board commending
 * a deal's terms or an offer to its investors, a failed attempt "by X to join forces with Y", a
 * payment proposed and turned down after a comma, leaving a deal already said to have collapsed,
 * a deal "also signed last week" after "under", a deal said to carry on unchanged, one due to be
 * reopened, an agreed rise not paid, a licence renewed — our own invented articles, with close
 * negatives beside them (shares recommended to investors, a plan put forward and rejected, an older
 * contract signed long ago, the players carrying on with work). Scored by `npx tsx bench/facts-eval.ts --score
 * patterns --own-a50`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A50_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a merger commended to investors; an earlier attempt to join forces that collapsed.
  {
    name: 'kiln-makers-merge',
    body: [
      `Ferrand Ceramics has agreed to merge with rival kiln maker Oakhurst Pottery in a cash-and-share deal worth about £90 million.`,
      `The boards of both firms have recommended the terms to investors.`,
      `Analysts recommended the shares to investors.`,
      ``,
      `An earlier attempt by Oakhurst to join forces with discount chain Brenlow Ware collapsed in 2018 over price.`,
      `Oakhurst's founder once worked with a local college to train young potters.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ferrand Ceramics', 'Oakhurst Pottery'], status: 'reached', kind: 'agreed to merge' },
      { at: '1.2', parties: ['Ferrand Ceramics', 'Oakhurst Pottery'], status: 'approved', kind: 'boards recommended the terms' },
      { at: '2.1', parties: ['Oakhurst Pottery', 'Brenlow Ware'], status: 'collapsed', kind: 'attempt by X to join forces collapsed' },
    ],
  },
  // 2 — a takeover that collapsed and the buyer walking away; a deal "also signed last week".
  {
    name: 'snack-takeover-walkaway',
    body: [
      `Halvard Group's planned takeover of snack maker Crandle Foods collapsed on Monday after the two firms failed to agree on the price of its factory.`,
      `Halvard said in a statement that it had walked away from the deal because Crandle's debts were larger than it had been told.`,
      ``,
      `Tamsin Freight will haul Crandle's parcels under a new seven-year agreement with Orbel Post, also signed last week.`,
      `Orbel's older contract with Ridley Vans, signed in 2015, runs until May.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Halvard Group', 'Crandle Foods'], status: 'collapsed', kind: 'planned takeover collapsed' },
      { at: '1.2', parties: ['Halvard Group', 'Crandle Foods'], status: 'collapsed', kind: 'walked away after the collapse' },
      { at: '2.1', parties: ['Tamsin Freight', 'Orbel Post'], status: 'signed', kind: 'under a deal, also signed last week' },
      { at: '2.2', parties: ['Orbel Post', 'Ridley Vans'], status: 'in force', kind: 'signed long ago, runs until' },
    ],
  },
  // 3 — a payment proposed and turned down; a plan put forward and rejected is none.
  {
    name: 'clamp-patent-settlement',
    body: [
      `Marlow Tools and Pendle Works have settled their patent dispute over a clamp design.`,
      `Pendle had earlier proposed a one-off payment of £3 million, which Marlow turned down.`,
      `Marlow also unveiled a plan for a new warehouse, which the town council rejected.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marlow Tools', 'Pendle Works'], status: 'reached', kind: 'settled their dispute' },
      { at: '1.2', parties: ['Pendle Works', 'Marlow Tools'], status: 'rejected', kind: 'payment proposed, turned down' },
    ],
  },
  // 4 — a deal due to be reopened, contracts said to carry on or to stay valid.
  {
    name: 'playhouse-pay-deal',
    body: [
      `Pell Playhouse signed a pay deal with the Stagehands' Guild in January.`,
      `The pay deal is due to be reopened in March, when next season's rates will be set.`,
      ``,
      `Pell said its catering contract with Mossop Foods would carry on unchanged.`,
      `Pell said the pay deal remained valid and that it would honour it.`,
      `The guild said its members would carry on working through the summer.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Pell Playhouse', "Stagehands' Guild"], status: 'signed', kind: 'signed a pay deal' },
      { at: '1.2', parties: ['Pell Playhouse', "Stagehands' Guild"], status: 'in force', kind: 'deal due to be reopened' },
      { at: '2.1', parties: ['Pell Playhouse', 'Mossop Foods'], status: 'in force', kind: 'contract would carry on unchanged' },
      { at: '2.2', parties: ['Pell Playhouse', "Stagehands' Guild"], status: 'in force', kind: 'deal remained valid' },
    ],
  },
];
