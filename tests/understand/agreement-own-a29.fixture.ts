/**
 * Agreement carry set of session 14 round 2 (helper a29): written after the round's fixes, before
 * running them on it, with the round's kinds in other words (our own invented articles). Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a29`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A29_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a vessel chartered from its owner, then the charter's term.
  {
    name: 'island-ferry',
    body: [
      `Arran Link has chartered a second boat from the operator Clyde Marine for the summer.`,
      `The charter, worth £900,000, runs until October.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Arran Link', 'Clyde Marine'], status: 'reached', kind: 'chartered from' },
      { at: '1.2', parties: ['Arran Link', 'Clyde Marine'], status: 'in force', kind: 'later mention' },
    ],
  },

  // 2 — land rented under a tenancy that later ended.
  {
    name: 'orchard-tenancy',
    body: [`Fenwick Cider rented the orchard from the Marsh family under a tenancy that ended in 2021.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Fenwick Cider', 'Marsh family'], status: 'voided', kind: 'rented from, tenancy ended' }],
  },

  // 3 — a catalogue sold, a "to" phrase inside what is sold.
  {
    name: 'song-catalogue',
    body: [`The composer Ilse Varga has sold the rights to her film scores to the investment group Chordline.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Ilse Varga', 'Chordline'], status: 'reached', kind: 'sold X to Y' }],
  },

  // 4 — an earlier sale that fell apart, then a takeover by a consortium.
  {
    name: 'club-takeover',
    body: [
      `Dunmere Athletic has changed hands twice in two years.`,
      `Its former chairman, the builder Rob Kinney, had agreed to sell to a Canadian firm, Maplepoint Sports.`,
      `That deal collapsed in March.`,
      `A consortium led by Ellen Shaw has now completed its takeover of the club.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Rob Kinney', 'Maplepoint Sports'], status: 'reached', kind: 'agreed to sell to' },
      { at: '1.3', parties: ['Rob Kinney', 'Maplepoint Sports'], status: 'collapsed', kind: 'that deal' },
      { at: '1.4', parties: ['Ellen Shaw', 'Dunmere Athletic'], status: 'reached', kind: 'consortium led by' },
    ],
  },

  // 5 — a request turned down.
  {
    name: 'gate-request',
    body: [`Northjet asked Carrow Airport for two extra gates, but the request was turned down.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Northjet', 'Carrow Airport'], status: 'rejected', kind: 'request refused' }],
  },

  // 6 — a contract given up.
  {
    name: 'cleaning-contract',
    body: [`Brightway Cleaning has handed back its contract with Selby Council after two years of losses.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Brightway Cleaning', 'Selby Council'], status: 'voided', kind: 'handed back' }],
  },

  // 7 — a dispute settled with no parties in the sentence (not fixed this round).
  {
    name: 'pipe-dispute',
    body: [
      `Morley Water has been in a dispute with Hanford Council over repair costs since 2016.`,
      `The dispute was settled by an arbitrator in 2019.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Morley Water', 'Hanford Council'], status: 'reached', kind: 'dispute settled' }],
  },

  // 8 — close negatives: steps still ahead, unanswered requests, a hypothesis.
  {
    name: 'close-negatives',
    body: [
      `The museum's trustees still have to approve the loan.`,
      `Several smaller clubs have asked the league for a fairer deal.`,
      `Harwick's bid would lapse if the council voted against it.`,
    ].join('\n'),
    gold: [],
  },
];
