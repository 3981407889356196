/**
 * Agreement carry set of session 12 round 2 (helper a22): written after the round's fixes, before
 * running them on it, with the kinds of agreement-own-a22.fixture.ts in other words (a couple as
 * sellers, a deal naming its own sides after "between", a governing body standing for its
 * organisation, a definite agreement with one side, a dateline opening, a group of names, an
 * agreement "under which" one side served the other, later "under the" mentions). Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a22b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A22B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a garden centre sold by a couple who founded it.
  {
    name: 'garden-centre',
    body: [
      `Brackenwood Garden Centre has been sold to the Greenleaf Group, a chain of 40 nurseries, after its founders, Alan and Rosa Teague, agreed a deal in March.`,
      `The centre will keep its name.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Greenleaf Group', 'Teague'], status: 'reached', kind: 'a couple as sellers' }],
  },

  // 2 — two bus firms; a partnership between two others fell apart.
  {
    name: 'bus-partnership',
    body: [
      `Moorline Coaches has agreed to buy the Ribble Bus Company for £6 million.`,
      `An earlier partnership, between Fellrunner Travel and the Dales Bus Cooperative, fell apart in 2021.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Moorline Coaches', 'Ribble Bus Company'], status: 'reached', kind: 'agreed to buy' },
      { at: '1.2', parties: ['Fellrunner Travel', 'Dales Bus Cooperative'], status: 'collapsed', kind: 'a deal naming its own sides after between' },
    ],
  },

  // 3 — a museum's committee rejects a request.
  {
    name: 'museum-loan',
    body: [
      `The Harbour Maritime Museum Trust looks after 3,000 objects from the town's shipyards.`,
      `The Admiralty Film Company asked to borrow the figurehead for a film, but the committee rejected the request.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Admiralty Film Company', 'Harbour Maritime Museum Trust'], status: 'rejected', kind: 'the committee = the trust named before' }],
  },

  // 4 — a festival's sponsorship agreement, signed by a brewer.
  {
    name: 'festival-sponsor',
    body: [
      `The Tarnside Folk Festival Society has run the festival since 1971.`,
      `Hobbs Brewery signed the sponsorship agreement on Friday.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Hobbs Brewery', 'Tarnside Folk Festival Society'], status: 'signed', kind: 'a definite agreement with one side' }],
  },

  // 5 — a dateline release; an alliance of two groups.
  {
    name: 'software-deal',
    body: [
      `LEEDS, June 9 -- Corvane Systems yesterday announced an agreement to buy Mintwell Software.`,
      ``,
      `A group of Halberd Capital and the Rowan Family Office has agreed to buy the Kelso Mill from the district council.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corvane Systems', 'Mintwell Software'], status: 'reached', kind: 'dateline, a time word before the verb' },
      { at: '2.1', parties: ['Halberd Capital', 'Rowan Family Office', 'district council'], status: 'reached', kind: 'a group of A and B' },
    ],
  },

  // 6 — a catering agreement terminated.
  {
    name: 'catering-contract',
    body: [
      `A 2017 contract under which the caterer Fenbrook Foods supplied meals to the Ashby Primary School was terminated by the school in July.`,
      `Under the new contract, the school will cook its own meals.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Fenbrook Foods', 'Ashby Primary School'], status: 'voided', kind: 'a contract under which A supplied B, terminated' }],
  },
];
