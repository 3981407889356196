/**
 * Agreement carry set of session 15 round 1 (helper a30): written after the round's fixes and before
 * running them on it, the round's recall kinds in other words (our own invented articles). Scored
 * by `npx tsx bench/facts-eval.ts --score patterns --own-a30b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A30B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a maintenance contract, then a later mention with a participle and terms in the present.
  {
    name: 'pump-contract',
    body: [
      `Tollmere Water has signed a maintenance contract with the engineering firm Brisco Pumps.`,
      `The contract, signed on Monday, covers all twelve pumping stations.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tollmere Water', 'Brisco Pumps'], status: 'signed', kind: 'signed a contract with' },
      { at: '1.2', parties: ['Tollmere Water', 'Brisco Pumps'], status: 'signed', kind: 'later mention, participle signed, present terms' },
    ],
  },

  // 2 — "in a deal with" after a future act.
  {
    name: 'library-cafes',
    body: [`The bakery chain Crustwell will open cafés in forty libraries in a deal with Fenmoor Council.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Crustwell', 'Fenmoor Council'], status: 'reached', kind: 'in a deal with' }],
  },

  // 3 — a right secured under an agreement with a named body.
  {
    name: 'quay-rights',
    body: [`Rowan Ferries has secured the right to use the north quay under an agreement with the Port of Elsby.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Rowan Ferries', 'Port of Elsby'], status: 'reached', kind: 'secured … under an agreement with' }],
  },

  // 4 — an offer with an infinitive, its maker set off after a description; an invitation declined.
  {
    name: 'spa-and-league',
    body: [
      `Brennan County Council rejected an offer from a hotel group, Marlow Inns, to take over the spa.`,
      `The Western Counties League invited Carrick Town to join its new division, an invitation the club declined.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marlow Inns', 'Brennan County Council'], status: 'rejected', kind: 'rejected an offer from a description, X, to …' },
      { at: '1.2', parties: ['Western Counties League', 'Carrick Town'], status: 'rejected', kind: 'invited …, an invitation X declined' },
    ],
  },

  // 5 — a vote against a merger, an adverb in between.
  {
    name: 'cricket-merger',
    body: [`Harlow Cricket Club voted overwhelmingly against a merger with Stanton Cricket Club.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Harlow Cricket Club', 'Stanton Cricket Club'], status: 'rejected', kind: 'voted against a merger with' }],
  },

  // 6 — an earlier agreement that ended in a court case.
  {
    name: 'dye-supply',
    body: [`A previous supply agreement between Pryce Textiles and Kerrow Dyes ended in a court case.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Pryce Textiles', 'Kerrow Dyes'], status: 'collapsed', kind: 'earlier agreement ended in a court case' }],
  },

  // 7 — a lease, then a term with a perfect of promising and the party by description.
  {
    name: 'market-hall-lease',
    body: [
      `Ashby Town Council has signed a ten-year lease on the market hall with the traders' group Stallholders United.`,
      `The council has undertaken to replace the roof by 2027.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ashby Town Council', 'Stallholders United'], status: 'signed', kind: 'signed a lease with' },
      { at: '1.2', parties: ['Ashby Town Council', 'Stallholders United'], status: 'signed', kind: 'terms: has undertaken to, the party by description' },
    ],
  },

  // 8 — close negatives: a vote against no deal, an invitation to an event, a request not yet answered, an ending that is weather.
  {
    name: 'close-negatives',
    body: [
      `The committee voted against a rise in the subscription.`,
      `The mayor declined an invitation to the opening.`,
      `Haldon Rovers asked the council for a new pitch, which it is still considering.`,
      `The festival ended in a downpour.`,
    ].join('\n'),
    gold: [],
  },
];
