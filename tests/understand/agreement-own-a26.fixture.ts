/**
 * Agreement set of session 13, round 2 (helper a26), written and labelled before any fix, scored at
 * first sight: the sides of a deal when the first side carries an apposition ("X, the region's
 * largest Y, and Z signed"), a deal named after "under … with Y" whose subject is the other side,
 * a union's members refusing an employer's offer, "the club" / "the trust" / "the two companies"
 * standing for bodies named earlier in the same article while another body is nearer. Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a26`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A26_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — an apposition on the first of two coordinated sides.
  {
    name: 'water-pipes',
    body: [
      `Tarnwell, the region's biggest water utility, and the pipe maker Dunhollow signed a ten-year maintenance contract on Friday.`,
      `Brisk Haulage, a family-run freight firm from Leckby, and Orme Logistics have agreed a joint depot lease.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tarnwell', 'Dunhollow'], status: 'signed', kind: 'apposition on the first coordinated side' },
      { at: '1.2', parties: ['Brisk Haulage', 'Orme Logistics'], status: 'reached', kind: 'apposition on the first coordinated side' },
    ],
  },

  // 2 — "X will keep doing Y under a N-year agreement with Z".
  {
    name: 'bus-servicing',
    body: [
      `Pellworth Motors has run buses in Ansley since 1952.`,
      `Pellworth will continue to maintain the county's school buses under a four-year agreement with Ansley County Council.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Pellworth', 'Ansley County Council'], status: 'in force', kind: 'under an agreement with Y, subject the other side' },
    ],
  },

  // 3 — a union's members refusing the employer's earlier offer.
  {
    name: 'porters-pay',
    body: [
      `The porters' union Unity Workers has reached a pay deal with Kestwick Hospitals after a six-week strike.`,
      `Members had turned down an earlier offer of 3 per cent in March.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Unity Workers', 'Kestwick Hospitals'], status: 'reached', kind: 'pay deal with' },
      { at: '1.2', parties: ['Unity Workers', 'Kestwick Hospitals'], status: 'rejected', kind: 'members refused an earlier offer' },
    ],
  },

  // 4 — "the club" named in the article, a league nearer.
  {
    name: 'netball-club',
    body: [
      `Dunmere Flyers have been promoted to the top division of the National Netball League.`,
      `The league will expand to twelve teams next season.`,
      `The club has already agreed a shirt sponsorship with Halcott Energy.`,
    ].join('\n'),
    gold: [
      { at: '1.3', parties: ['Dunmere Flyers', 'Halcott Energy'], status: 'reached', kind: 'the club = the name of the article, a league nearer' },
    ],
  },

  // 5 — "the two companies" = the two named in this article.
  {
    name: 'drone-makers',
    body: [
      `Skylark Robotics has agreed to buy a minority stake in Vennor Aero.`,
      `The two companies also signed a memorandum on sharing test sites.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Skylark Robotics', 'Vennor Aero'], status: 'reached', kind: 'agreed to buy a stake' },
      { at: '1.2', parties: ['Skylark Robotics', 'Vennor Aero'], status: 'signed', kind: 'the two companies = the two named before' },
    ],
  },

  // 6 — "the academy trust" = the trust named before.
  {
    name: 'school-fields',
    body: [
      `The Riverside Learning Trust runs four schools in Hallam.`,
      `Its chief executive, Mara Quell, said numbers were rising.`,
      `The academy trust has agreed to lease its playing fields to Hallam Harriers athletics club.`,
    ].join('\n'),
    gold: [
      { at: '1.3', parties: ['Riverside Learning Trust', 'Hallam Harriers'], status: 'reached', kind: 'the academy trust = the trust named before' },
    ],
  },

  // 7 — an apposition on the first side, a described second side.
  {
    name: 'ferry-fuel',
    body: [
      `Corran Ferries, which runs six crossings on the west coast, and the fuel supplier Brenmark have signed a supply deal.`,
      `Under the deal, Brenmark will deliver marine diesel to three ports.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corran Ferries', 'Brenmark'], status: 'signed', kind: 'relative clause on the first coordinated side' },
      { at: '1.2', parties: ['Corran Ferries', 'Brenmark'], status: 'signed', kind: 'later' },
    ],
  },
];
