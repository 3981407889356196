/**
 * Agreement set of session 13 (helper a23): four invented news articles written and labelled before
 * the extractor was run on them, for the kinds the round's unseen sets missed (reworded, never the
 * brief's own sentences): an offer or request made in one clause and refused in the next ("made a
 * bid for X, but Y rejected it", "put forward a plan, which Y rejected", "asked Y for Z, but Y
 * refused the request"), an earlier offer or draft refused in the passive, licensing as a verb and a
 * later "under the licence", "agreed with X to …", older agreements' fates in the passive (a
 * franchise granted to X was cancelled, a lease by A to B was terminated, a treaty between two
 * states was violated) — and close non-agreements: a visit before a takeover was announced, a
 * purchase still subject to approval.
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a23`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A23_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a family brewery and the bids it refused.
  {
    name: 'brewery-bids',
    body: [
      `Castlegate Ales, a family brewery in Wexham, has been sold to the Northmoor Drinks Group for £31 million.`,
      `Pennant Taverns made a bid for the brewery in 2021, but the Orme family rejected it as too low.`,
      `A property developer, Redbank Homes, offered to buy the brewery's yard in 2019, but the town council turned down its request for planning consent.`,
      `Northmoor's first offer of £24 million was turned down by the brewery's trustees in June.`,
      ``,
      `The sale is subject to approval by the competition authority.`,
      `Northmoor's chief executive toured the brewery twice before the sale was announced.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Castlegate Ales', 'Northmoor Drinks Group'], status: 'reached', kind: 'sold to' },
      { at: '1.2', parties: ['Pennant Taverns', 'Orme'], status: 'rejected', kind: 'refusal: bid in one clause, rejected it in the next' },
      { at: '1.4', parties: ['Northmoor', 'trustees'], status: 'rejected', kind: 'refusal: earlier offer rejected in the passive' },
    ],
  },

  // 2 — a steel firm's rescue and a rowing club's lease.
  {
    name: 'rescue-and-lease',
    body: [
      `Talbot Steel put forward a restructuring plan in March, which its bondholders voted down.`,
      `The Amble Rowing Club had asked the harbour trust for a 25-year lease on its boathouse, but the trust refused the request.`,
      `An earlier version of the plan, agreed by Talbot and its banks in 2022, was rejected by the pensions regulator.`,
      ``,
      `An earlier lease of the boathouse by the trust to the Coquet Canoe Club was terminated when the canoe club closed.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Talbot Steel', 'bondholders'], status: 'rejected', kind: 'refusal: put forward a plan, which Y voted down' },
      { at: '1.2', parties: ['Amble Rowing Club', 'harbour trust'], status: 'rejected', kind: 'refusal: asked Y for Z, but Y refused the request' },
      { at: '1.3', parties: ['Talbot', 'banks'], status: 'rejected', kind: 'refusal: an agreed draft refused by a third party' },
      { at: '2.1', parties: ['trust', 'Coquet Canoe Club'], status: 'voided', kind: 'fate: a lease by A to B terminated' },
    ],
  },

  // 3 — a hospital licenses its software.
  {
    name: 'hospital-licence',
    body: [
      `The Fernhill Teaching Hospital has licensed its heart-scan software to Medira, a Danish medical firm.`,
      `Under the licence, Medira will pay the hospital 6 per cent of its sales.`,
      `The hospital also agreed with the Fernhill College of Nursing to train 40 scan technicians a year.`,
      `A franchise granted to a Dutch caterer, Voedam, to run the hospital's cafés was cancelled in 2018.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Fernhill Teaching Hospital', 'Medira'], status: 'reached', kind: 'licensed X to Y (verb)' },
      { at: '1.2', parties: ['Fernhill Teaching Hospital', 'Medira'], status: 'reached', kind: 'later: under the licence' },
      { at: '1.3', parties: ['Fernhill Teaching Hospital', 'Fernhill College of Nursing'], status: 'reached', kind: 'agreed with X to' },
      { at: '1.4', parties: ['Voedam'], status: 'voided', kind: 'fate: a franchise granted to X cancelled' },
    ],
  },

  // 4 — a river treaty.
  {
    name: 'river-treaty',
    body: [
      `Talvia and Orsenia signed a new treaty on the shared use of the Drava river on Tuesday.`,
      `The 1978 water-sharing treaty between the two countries was violated several times during droughts in the 1990s.`,
      `The Talvian foreign minister met her Orsenian counterpart four times before the treaty was signed.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Talvia', 'Orsenia'], status: 'signed', kind: 'signed a treaty' },
      { at: '1.2', parties: ['Talvia', 'Orsenia'], status: 'breached', kind: 'fate: a treaty between two states violated' },
    ],
  },
];
