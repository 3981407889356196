/**
 * Agreement carry set of session 14 (helper a28): written after the round's fixes, before running
 * them on it, with the kinds of agreement-own-a28.fixture.ts in other words. Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a28b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A28B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a contact relative clause on a definite deal, past a place phrase.
  {
    name: 'ferry-charter',
    body: [`The charter contract Solway Ferries signed at Oban with the shipowner Kerrera Lines was ended early on Tuesday.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Solway Ferries', 'Kerrera Lines'], status: 'voided', kind: 'contact relative clause' }],
  },

  // 2 — an offer "for" a site "from" a bidder, refused by a described body.
  {
    name: 'harbour-offer',
    body: [`A late offer for the old fish market from the developer Quayside Homes was rejected by the harbour trust.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Quayside Homes', 'harbour trust'], status: 'rejected', kind: 'offer for X from Y' }],
  },

  // 3 — signatures by representatives of bodies named before.
  {
    name: 'school-partnership',
    body: [
      `Ashby Grammar School and the Wrenfield Academy will share a science block from September.`,
      `The partnership agreement was signed by the school's head teacher and the academy's principal on Monday.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Ashby Grammar School', 'Wrenfield Academy'], status: 'signed', kind: 'signed by representatives' }],
  },

  // 4 — a firm leaving a purchase only agreed.
  {
    name: 'brewery-sale',
    body: [
      `Harrow Ales agreed in March to buy the Tollgate brewery from Penn Drinks.`,
      `Harrow Ales walked away from the deal in July.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harrow Ales', 'Penn Drinks'], status: 'reached', kind: 'buy X from Y' },
      { at: '1.2', parties: ['Harrow Ales', 'Penn Drinks'], status: 'collapsed', kind: 'walked away from an agreed purchase' },
    ],
  },

  // 5 — the body's description breaching its contract in reported speech.
  {
    name: 'bin-contract',
    body: [
      `Greystone Services collects the bins in Alderley.`,
      `A council spokesman said the company had breached its contract with Alderley Council twice this year.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Greystone Services', 'Alderley Council'], status: 'breached', kind: 'breach in reported speech' }],
  },

  // 6 — a vote with a tally.
  {
    name: 'stadium-lease',
    body: [
      `Kelham Town signed a new lease with Brook County Council in January.`,
      `Councillors voted 9-3 in favour of the lease at a meeting in February.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kelham Town', 'Brook County Council'], status: 'signed', kind: 'signed a lease with' },
      { at: '1.2', parties: ['Kelham Town', 'Brook County Council'], status: 'approved', kind: 'voted 9-3 in favour of' },
    ],
  },

  // 7 — a plural description for the bodies of its kind named before.
  {
    name: 'two-colleges',
    body: [
      `Hartwell College and Marlow College have shared a library since 2015.`,
      `The colleges have now agreed a joint catering contract with Fenton Foods.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Hartwell College', 'Marlow College', 'Fenton Foods'], status: 'reached', kind: 'plural description for names before' }],
  },
];
