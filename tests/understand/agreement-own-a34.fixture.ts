/**
 * Agreement carry set of session 15 round 2 (helper a34): the shapes a30/a32 read, with the words
 * real copy puts around them (a sum, an adverb, a "because …" tail, a participle, a relative
 * clause), and close negatives — our own invented articles, written after the fixes and before
 * running them. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a34`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A34_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — an attempt refused, the offer named with its sum and a tail.
  {
    name: 'quarry-attempt',
    body: [`Stennet Aggregates tried to buy Hollin Quarries outright in 2019, but Hollin Quarries' board rejected the £85m offer as far too low.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Stennet Aggregates', 'Hollin Quarries'], status: 'rejected', kind: 'tried to buy, the £85m offer rejected as too low' }],
  },

  // 2 — an offer refused in a relative clause with a "because" tail; a request refused likewise.
  {
    name: 'kit-deal',
    body: [
      `Ashby Wanderers is a rugby club based in Corle.`,
      `Redfern Sports offered a three-year kit deal, which the club turned down because the fee was too small.`,
      `The club had asked for a training ground as well, a request Corle Council refused because the land was let.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Redfern Sports', 'Ashby Wanderers'], status: 'rejected', kind: 'which the club turned down because' },
      { at: '1.3', parties: ['Ashby Wanderers', 'Corle Council'], status: 'rejected', kind: 'a request X refused because' },
    ],
  },

  // 3 — a family voting with an adverb against a named bid; a union refusing an offer of a participle-led sum.
  {
    name: 'mill-vote',
    body: [
      `Garrow Textiles made an offer for Pim Mills in March.`,
      `The Pim family, which holds 55 per cent of the shares, voted overwhelmingly against the Garrow Textiles offer.`,
      `Separately, the weavers' union rejected an offer of reduced overtime pay from Pim Mills on Monday.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Pim family', 'Garrow Textiles'], status: 'rejected', kind: 'voted overwhelmingly against the X offer' },
      { at: '1.3', parties: ["weavers' union", 'Pim Mills'], status: 'rejected', kind: 'offer of reduced pay from X' },
    ],
  },

  // 4 — a separate contract its own parties end.
  {
    name: 'feeder-end',
    body: [
      `Brisk Line and Tolland Cargo share feeder ships in the Irish Sea.`,
      `The two carriers ended a separate space-charter contract on the Biscay route by mutual consent in April.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Brisk Line', 'Tolland Cargo'], status: 'voided', kind: 'ended a separate contract by mutual consent' }],
  },

  // 5 — close negatives: a coordinated denial, talks with an apposed third party, an offer of help refused.
  {
    name: 'close-negatives',
    body: [
      `Tolland Cargo said it was disappointed and denied that it had broken the charter.`,
      `Brisk Line held talks last month with a third operator, Marrow Ferries, about joining the pool.`,
      `Villagers turned down an offer of practical help from the council.`,
    ].join('\n'),
    gold: [],
  },
];
