/**
 * Agreement set of session 16 round 1 (helper a36): a deal's second party after a participle of
 * handing over, offers refused in a relative clause or an apposition, the terms after "In return,"
 * / "In exchange," and deals left to lapse, with close negatives (talks on, discussing or weighing
 * a renewal) — our own invented articles. Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a36`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A36_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a lease handing a building to a described group, and what the group gives in return.
  {
    name: 'tram-shed-lease',
    body: [
      `Fallow Borough Council has signed a fifteen-year lease handing the disused tram shed on Weir Street to the community energy group Sunhill Power.`,
      `In return, the group will fit solar panels to four council schools.`,
      `The shed has stood empty since 2009.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Fallow Borough Council', 'Sunhill Power'], status: 'signed', kind: 'a lease handing X to the group Y' },
      { at: '1.2', parties: ['Fallow Borough Council', 'Sunhill Power'], status: 'signed', kind: 'In return, the group will (terms)' },
    ],
  },

  // 2 — an archive transferred by agreement after a time phrase; a contract granting rights; terms in exchange.
  {
    name: 'archive-transfer',
    body: [
      `Kelby University signed an agreement in June transferring its printing archive to the Marsh Heritage Trust.`,
      `In exchange, the trust will open a public reading room at the university library.`,
      ``,
      `The county has agreed a contract granting catering rights at its three parks to Bellwood Foods.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kelby University', 'Marsh Heritage Trust'], status: 'signed', kind: 'an agreement in June transferring X to Y' },
      { at: '1.2', parties: ['Kelby University', 'Marsh Heritage Trust'], status: 'signed', kind: 'In exchange, the trust will (terms)' },
      { at: '2.1', parties: ['county', 'Bellwood Foods'], status: 'reached', kind: 'a contract granting rights to Y' },
    ],
  },

  // 3 — offers refused in an apposition and in a relative clause.
  {
    name: 'chapel-offers',
    body: [
      `Garnet Homes offered £4m for the old Ebury chapel, an offer the trustees rejected in May.`,
      `Ebury Studios then tabled a proposal for a recording school, which the trustees turned down.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Garnet Homes', 'trustees'], status: 'rejected', kind: 'an offer the trustees rejected' },
      { at: '1.2', parties: ['Ebury Studios', 'trustees'], status: 'rejected', kind: 'a proposal, which the trustees turned down' },
    ],
  },

  // 4 — deals left to lapse: a licence not renewed, a contract not renewed, a firm that declined to renew.
  {
    name: 'quay-licence',
    body: [
      `Harrow Boats signed a licence with Dunmore Council in 2016 to run cruises from the quay.`,
      `The licence was not renewed when it expired in March.`,
      ``,
      `Separately, Dunmore Council did not renew its cleaning contract with Brightway Services.`,
      `Pell Marine declined to renew its mooring agreement with the Dunmore Sailing Club last year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harrow Boats', 'Dunmore Council'], status: 'signed', kind: 'signed a licence with' },
      { at: '1.2', parties: ['Harrow Boats', 'Dunmore Council'], status: 'voided', kind: 'the licence was not renewed' },
      { at: '2.1', parties: ['Dunmore Council', 'Brightway Services'], status: 'voided', kind: 'did not renew its contract with' },
      { at: '2.2', parties: ['Pell Marine', 'Dunmore Sailing Club'], status: 'voided', kind: 'declined to renew its agreement with' },
    ],
  },

  // 5 — close negatives: talks on extending, discussing renewing, weighing a deal, a renewal
  // refused only under a condition, a non-renewal still ahead.
  {
    name: 'close-negatives',
    body: [
      `Harrow Boats held talks with the council on extending its licence.`,
      `Councillors discussed renewing the market contract with Brightway Services.`,
      `Sunhill Power is considering a deal with Pell Farms for its rooftop scheme.`,
      `Pell Marine will not renew its mooring contract with Harrow Boats if fees rise.`,
      `The board debated extending its sponsorship deal with Ridge Cola.`,
    ].join('\n'),
    gold: [],
  },
];
