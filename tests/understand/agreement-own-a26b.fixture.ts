/**
 * Agreement carry set of session 13, round 2 (helper a26): written after the round's fixes, before
 * running them on it, with the kinds of agreement-own-a26.fixture.ts in other words (an apposition
 * or relative clause on the first of two sides, a deal "with Y" under which the subject acts, a
 * union's members, "the club"/"the trust" for a body named before). Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a26b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A26B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — two sides, the first described.
  {
    name: 'grain-silos',
    body: [
      `Holloway Grain, the largest grain trader in the valley, and the silo builder Kestrel Steel signed a construction contract in June.`,
      `Marra Seeds, which supplies most farms in the county, and Pendle Agri have agreed to merge.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Holloway Grain', 'Kestrel Steel'], status: 'signed', kind: 'apposition on the first coordinated side' },
      { at: '1.2', parties: ['Marra Seeds', 'Pendle Agri'], status: 'reached', kind: 'relative clause on the first coordinated side' },
    ],
  },

  // 2 — a firm acting under a deal with the county.
  {
    name: 'street-lights',
    body: [
      `Lumen Works has repaired street lights in Carrow since 2009.`,
      `The firm will go on maintaining the lights under a six-year agreement with Carrow County Council.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Lumen Works', 'Carrow County Council'], status: 'in force', kind: 'the firm under an agreement with Y' }],
  },

  // 3 — members at a named workplace; an earlier offer.
  {
    name: 'mill-workers',
    body: [
      `Members of the Weavers' Union at Thorne Mills have voted to accept a two-year pay deal.`,
      `Members had rejected an earlier offer of 2 per cent in April.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Weavers' Union", 'Thorne Mills'], status: 'ratified', kind: 'members of a union at a workplace accept a deal' },
      { at: '1.2', parties: ["Weavers' Union", 'Thorne Mills'], status: 'rejected', kind: 'members refused an earlier offer' },
    ],
  },

  // 4 — a hockey club named before a league.
  {
    name: 'hockey-club',
    body: [
      `Fenby Raiders have won promotion to the Premier Hockey League.`,
      `The league has sixteen members.`,
      `The club has agreed a three-year sponsorship with Dalton Tyres.`,
    ].join('\n'),
    gold: [{ at: '1.3', parties: ['Fenby Raiders', 'Dalton Tyres'], status: 'reached', kind: 'the club = the team named before, a league nearer' }],
  },

  // 5 — a union reports its members' vote.
  {
    name: 'cleaners-vote',
    body: [`The cleaners' union Ardent said its members had accepted a pay offer from Wexley Hospital.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Ardent', 'Wexley Hospital'], status: 'reached', kind: "its members = the body reporting" }],
  },
];
