/**
 * Agreement set of session 12 (issue 11, helper a20): seven invented news articles written and
 * labelled before the party code was read or run on them, and scored at first sight (the helper's
 * fresh set for the carry test), labelled by the rule of agreement-patterns.fixture.ts. Its kinds
 * are round 1's kinds of wrong or missing PARTY and STATUS: a collective subject ("both boards",
 * "both councils") standing for the two bodies named before; "Members of X" and "the X County
 * commissioners" (a body's members or officers: the body is the party); names holding "of" and
 * "and"; a place named near the party; a later mention whose licensor is a pronoun; one party where
 * the other is named just before ("agreed to the move", "joined the partnership with Y", a person
 * as a party); an approver that is not a party ("The merger of A and B was approved by X"); status
 * "in force" / "signed" / "collapsed" / "voided". Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a20`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A20_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — two housing landlords merge.
  {
    name: 'housing-merger',
    body: [
      `Larchfield Homes has agreed to merge with the Ettrick Valley Housing Trust, the two landlords said on Wednesday.`,
      `Both boards approved the merger on Tuesday evening.`,
      ``,
      `Tenants' groups said they had not been consulted.`,
      ``,
      `The merger was approved by the Regulator of Social Housing in November.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Larchfield Homes', 'Ettrick Valley Housing Trust'], status: 'reached', kind: 'agreed to merge with' },
      { at: '1.2', parties: ['Larchfield Homes', 'Ettrick Valley Housing Trust'], status: 'approved', kind: 'both boards as the subject' },
      { at: '3.1', parties: ['Larchfield Homes', 'Ettrick Valley Housing Trust'], status: 'approved', kind: 'approver is not a party' },
    ],
  },

  // 2 — a credit union taken over; a county leases a depot.
  {
    name: 'credit-union-takeover',
    body: [
      `Members of Wendover Credit Union voted on Saturday to accept a takeover by the Pelham Building Society.`,
      `The credit union's 4,000 members will keep their accounts.`,
      ``,
      `The Marsh Hollow County commissioners approved the lease of the former bus depot to the building society on Monday.`,
      `The society plans to open a branch there.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Wendover Credit Union', 'Pelham Building Society'], status: 'approved', kind: 'members of X voted to accept' },
      { at: '2.1', parties: ['Marsh Hollow County', 'Pelham Building Society'], status: 'approved', kind: "the X County commissioners approved (the approver's body)" },
    ],
  },

  // 3 — a museum lends a locomotive.
  {
    name: 'locomotive-loan',
    body: [
      `The Corran Museum of Science and Industry has agreed to lend its steam locomotive to the Ashby Railway Heritage Trust for five years.`,
      `The loan agreement was signed at the trust's depot near Ashby Bridge on Friday.`,
      ``,
      `Under the deal, the trust will pay for the engine's restoration.`,
      `The locomotive last ran in 1968.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corran Museum of Science and Industry', 'Ashby Railway Heritage Trust'], status: 'reached', kind: 'a name holding of and and' },
      { at: '1.2', parties: ['Corran Museum of Science and Industry', 'Ashby Railway Heritage Trust'], status: 'signed', kind: 'was signed, a place named nearby' },
      { at: '2.1', parties: ['Corran Museum of Science and Industry', 'Ashby Railway Heritage Trust'], status: 'signed', kind: 'under the deal' },
    ],
  },

  // 4 — a clothing brand buys a cooperative's wool.
  {
    name: 'wool-supply',
    body: [
      `The outdoor clothing brand Tarnwick has signed a supply contract with the Skellmoor Fell Wool Growers Cooperative, which has 300 members around Skellmoor Dale.`,
      `The licence it granted Tarnwick in 2019 to use the cooperative's fell-wool mark runs until 2030.`,
      ``,
      `Wool prices have fallen by a third since 2020.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tarnwick', 'Skellmoor Fell Wool Growers Cooperative'], status: 'signed', kind: 'a place named near the party' },
      { at: '1.2', parties: ['Skellmoor Fell Wool Growers Cooperative', 'Tarnwick'], status: 'in force', kind: 'a later mention whose licensor is a pronoun' },
    ],
  },

  // 5 — a school joins a trust; its head takes a mentoring contract.
  {
    name: 'school-joins-trust',
    body: [
      `The Severn Vale Learning Trust runs eleven primary schools in the county.`,
      `Brockhurst Primary School asked last year to join the trust.`,
      ``,
      `Brockhurst's governors agreed to the move on Thursday.`,
      ``,
      `The headteacher, Odile Marsh, has agreed a two-year mentoring contract with the Ferrand Academy.`,
      `Brockhurst also joined the sports partnership with the Kelling Leisure Trust in September.`,
    ].join('\n'),
    gold: [
      { at: '2.1', parties: ['Brockhurst Primary School', 'Severn Vale Learning Trust'], status: 'reached', kind: 'agreed to the move (the move named before)' },
      { at: '3.1', parties: ['Odile Marsh', 'Ferrand Academy'], status: 'reached', kind: 'a person as a party' },
      { at: '3.2', parties: ['Brockhurst Primary School', 'Kelling Leisure Trust'], status: 'reached', kind: 'joined the partnership with Y' },
    ],
  },

  // 6 — a hotel group's deals fall apart; two pub companies merge.
  {
    name: 'hotel-deals',
    body: [
      `The hotel group Marivel agreed in March to buy the Glenrathy Lodge from its owners, the Strachan family.`,
      `That deal collapsed in June when Marivel's lenders withdrew.`,
      ``,
      `A separate management contract between Marivel and the Lochend Inn was terminated by the inn's owners in August.`,
      `The merger of the Lochend Inn Company and Rannoch Taverns was approved by the Competition and Markets Authority on Friday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marivel', 'Strachan family'], status: 'reached', kind: 'buy from its owners, an apposition' },
      { at: '1.2', parties: ['Marivel', 'Strachan family'], status: 'collapsed', kind: 'a deal that fell apart: collapsed' },
      { at: '2.1', parties: ['Marivel', 'Lochend Inn'], status: 'voided', kind: 'a contract terminated: voided' },
      { at: '2.2', parties: ['Lochend Inn Company', 'Rannoch Taverns'], status: 'approved', kind: 'the merger of A and B approved by an authority named with and' },
    ],
  },

  // 7 — two councils share a waste contract.
  {
    name: 'councils-waste',
    body: [
      `Dunmere District Council and Holt Borough Council have signed a joint waste contract with the recycling firm Verdant Cycle.`,
      `The firm will collect from 80,000 homes.`,
      ``,
      `Both councils ended their previous contract with Greyfield Waste in January.`,
      `Greyfield said it was disappointed.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Dunmere District Council', 'Holt Borough Council', 'Verdant Cycle'], status: 'signed', kind: 'two parties signed with a third' },
      { at: '2.1', parties: ['Dunmere District Council', 'Holt Borough Council', 'Greyfield Waste'], status: 'voided', kind: 'both councils as the subject' },
    ],
  },
];
