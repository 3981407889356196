/**
 * Agreement set of session 19 (helper a47): parties on unseen copy — the other side of a lease
 * named by who holds the land in the next sentence, a side the lede leaves as an indefinite
 * description and the next sentence names, a union numbered as a local, a count before the
 * people who brought a claim, a lease "from" a body "under" an agreement, and one side agreeing
 * alone right after a deal of both — our own invented articles, with close negatives beside them
 * (the next sentence's holder of something else, a person opening the next sentence, a deal of
 * one side with no holder said). Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a47`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A47_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a lease whose landlord the next sentence names by ownership; its later mentions.
  {
    name: 'pony-club-lease',
    body: [
      `Corley Pony Club has signed a ten-year lease on its paddocks at Wyke Farm, ending a long search for a permanent home.`,
      `The land belongs to the Hendry Estate, which farms the fields around it.`,
      ``,
      `Under the lease, the club will pay £9,000 a year and maintain the fences.`,
      `The estate has also agreed to let members ride through Tarn Wood.`,
      `Club secretary Nell Ashby said the search had taken four years.`,
      ``,
      `The lease was approved by the estate's trustees on Monday.`,
      `The club's jumps are stored in a shed that belongs to a neighbour.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corley Pony Club', 'Hendry Estate'], status: 'signed', kind: 'lease, landlord named by ownership next' },
      { at: '2.1', parties: ['Corley Pony Club', 'Hendry Estate'], status: 'signed', kind: 'under the lease' },
      { at: '2.2', parties: ['Hendry Estate', 'Corley Pony Club'], status: 'reached', kind: 'one side agreeing alone after the deal' },
      { at: '3.1', parties: ['Corley Pony Club', 'Hendry Estate'], status: 'approved', kind: 'lease approved by trustees' },
    ],
  },
  // 2 — an indefinite side named by the next sentence's subject; a person there names none.
  {
    name: 'roofing-contract-ended',
    body: [
      `A housing association has ended its £2m contract with Barrow Roofing after months of delays on two estates.`,
      `Kestle Homes said the firm had missed 40 deadlines since the spring.`,
      ``,
      `Barrow won the contract in 2023 after a tender against three rivals.`,
      `Tenants on the Mill Lane estate said buckets had stood under leaks for weeks.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kestle Homes', 'Barrow Roofing'], status: 'voided', kind: 'indefinite side named next' },
      { at: '2.1', parties: ['Barrow Roofing', 'Kestle Homes'], status: 'reached', kind: 'won the contract (later mention)' },
    ],
  },
  {
    name: 'gutter-contract-ended',
    body: [
      `A housing trust has ended its contract with Pellow Gutters after a string of complaints.`,
      `Chief executive Moira Kestle said the firm had missed 40 deadlines.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['a housing trust', 'Pellow Gutters'], status: 'voided', kind: 'indefinite side, a person next: stays' },
    ],
  },
  // 3 — a venue's settlement with couples, named in the clause under it.
  {
    name: 'wedding-barn-settlement',
    body: [
      `A Dunmere wedding venue has settled a claim brought by 20 couples whose weddings were cancelled after a flood.`,
      `Under the settlement, Ashgrove Barn Ltd will refund every deposit within a month.`,
      `A judge approved the settlement on Friday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ashgrove Barn Ltd', '20 couples|couples'], status: 'reached', kind: 'settled a claim brought by a count of people' },
      { at: '1.2', parties: ['Ashgrove Barn Ltd', '20 couples|couples'], status: 'reached', kind: 'under the settlement' },
      { at: '1.3', parties: ['Ashgrove Barn Ltd', '20 couples|couples'], status: 'approved', kind: 'settlement approved by judge' },
    ],
  },
  // 4 — a numbered local; a lease from a body under an agreement; a thing a body owns, with no deal, is none.
  {
    name: 'cider-barn-and-porters',
    body: [
      `Members of Local 417, which represents 90 porters at the cider works, ratified an agreement with Farnley Cider on Monday.`,
      `Farnley Cider leases its bottling barn from the Orrin Estate under a 20-year agreement.`,
      `It also stores its casks in an old dairy owned by the Orrin Estate.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Local 417', 'Farnley Cider'], status: 'ratified', kind: 'members of a numbered local ratified' },
      { at: '1.2', parties: ['Farnley Cider', 'Orrin Estate'], status: 'in force', kind: 'leases from X under an agreement' },
    ],
  },
];
