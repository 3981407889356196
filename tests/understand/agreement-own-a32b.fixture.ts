/**
 * Agreement carry set of session 15 round 1c (helper a32): written after the round's fixes and
 * before running them on it, the round's kinds in other words (our own invented articles). Scored
 * by `npx tsx bench/facts-eval.ts --score patterns --own-a32b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A32B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a proposal refused in an apposition; a tender refused in a relative clause.
  {
    name: 'harbour-offers',
    body: [
      `Solway Estates put in a bid of £4m for the harbour warehouse, an offer the Fennick Trust turned down.`,
      `Morrow Catering offered a five-year contract for the canteen, which Bexley College rejected.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Solway Estates', 'Fennick Trust'], status: 'rejected', kind: 'bid, an offer X turned down' },
      { at: '1.2', parties: ['Morrow Catering', 'Bexley College'], status: 'rejected', kind: 'offered a contract, which X rejected' },
    ],
  },

  // 2 — an attempted merger refused; a vote against a named offer.
  {
    name: 'brewery-approaches',
    body: [
      `Kestle Brewery sought to merge with Arnside Ales last spring, but Arnside Ales turned it down.`,
      `The Dunmore Pension Fund, the largest shareholder, voted against the Pryor Capital offer.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kestle Brewery', 'Arnside Ales'], status: 'rejected', kind: 'sought to merge, but X turned it down' },
      { at: '1.2', parties: ['Dunmore Pension Fund', 'Pryor Capital'], status: 'rejected', kind: 'voted against the X offer' },
    ],
  },

  // 3 — a minister's ruling to block a sale upheld.
  {
    name: 'airport-block',
    body: [`The High Court backed the minister's order to block the sale of Tenby Airport to Corvane Holdings.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Tenby Airport', 'Corvane Holdings'], status: 'rejected', kind: 'backed an order to block the sale of X to Y' }],
  },

  // 4 — a partnership held, in a main clause.
  {
    name: 'museum-partnership',
    body: [`The Corve Museum and Ludlow University have managed the archive as a partnership since 2011.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Corve Museum', 'Ludlow University'], status: 'in force', kind: 'have managed X as a partnership since' }],
  },

  // 5 — a settlement with a sum, then a court's approval of the terms.
  {
    name: 'roof-claim',
    body: [
      `Welby School and the builder Harcourt Construction settled a £600,000 claim over the leaking roof.`,
      `Judge Rhys Penn approved the terms at Cardiff County Court.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Welby School', 'Harcourt Construction'], status: 'reached', kind: 'settled a sum claim' },
      { at: '1.2', parties: ['Welby School', 'Harcourt Construction'], status: 'approved', kind: 'judge approved the terms' },
    ],
  },

  // 6 — close negatives: a decision to block overturned, a venture that ended, a price offered in bargaining, an attempt at a meeting.
  {
    name: 'close-negatives',
    body: [
      `The tribunal quashed the council's decision to block the merger of Tenter Mills and Holme Dyes.`,
      `Rowe Farms and Pike Dairy ran the creamery as a joint venture until 2016.`,
      `The growers had first asked for £40, which the buyers refused.`,
      `Kestle Brewery tried to meet Arnside Ales in May, but Arnside Ales declined.`,
    ].join('\n'),
    gold: [],
  },
];
