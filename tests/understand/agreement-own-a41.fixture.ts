/**
 * Agreement set of session 17 (helper a41): terms set out under a memorandum several sentences
 * (and page furniture) after it was reported, by its initials or a WordNet synonym of its noun;
 * "In return, the company will …" where the company is a party known by a description; a board
 * standing for the organisation it runs — our own invented articles, with close negatives beside
 * them (a board that only meets, a plan that is one side's, a body that is no party).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a41`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A41_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — "Under the MoU, …" a paragraph and an "Advertisement" line after the memorandum of understanding.
  {
    name: 'port-memorandum',
    body: [
      `Pellan Ports signed a memorandum of understanding with Ostrava Shipping on Monday.`,
      `The two firms have worked together since the port reopened.`,
      `Pellan Ports handles most of the grain that leaves the estuary.`,
      ``,
      `Advertisement`,
      ``,
      `Under the MoU, Ostrava Shipping will route four vessels a week through the harbour.`,
      `Dredging of the channel is due to finish in May.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Pellan Ports', 'Ostrava Shipping'], status: 'signed', kind: 'signed a memorandum of understanding' },
      { at: '3.1', parties: ['Pellan Ports', 'Ostrava Shipping'], status: 'signed', kind: 'under the MoU, after furniture' },
    ],
  },

  // 2 — "Under the memo, …" (WordNet: memo ~ memorandum) past a "Share this article" line.
  {
    name: 'gas-memo',
    body: [
      `Halden Energy signed a memorandum with Marrick Gas on Monday.`,
      `Gas prices have doubled since the winter.`,
      `Storage on the coast is almost full.`,
      ``,
      `Share this article`,
      ``,
      `Under the memo, Marrick Gas will store fuel at the Halden terminal until March.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Halden Energy', 'Marrick Gas'], status: 'signed', kind: 'signed a memorandum' },
      { at: '3.1', parties: ['Halden Energy', 'Marrick Gas'], status: 'signed', kind: 'under the memo (a synonym)' },
    ],
  },

  // 3 — "In return, the company will …": a firm described as "the haulier" the sentence before, never called a company.
  {
    name: 'clinic-haulier',
    body: [
      `Brenna Health signed a ten-year supply contract with Lantry Freight on Tuesday.`,
      `The haulier runs 300 lorries from its depot in Carlow.`,
      `In return, the company will deliver to every clinic in the region within a day.`,
      `Clinics had complained of late deliveries for years.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brenna Health', 'Lantry Freight'], status: 'signed', kind: 'signed a supply contract' },
      { at: '1.3', parties: ['Brenna Health', 'Lantry Freight'], status: 'signed', kind: 'in return, the company will' },
    ],
  },

  // 4 — "In exchange, the club will …": a party introduced as a club; a union that is no party gives no term.
  {
    name: 'shirt-sponsor',
    body: [
      `Dorran Rovers, the oldest club in the county league, agreed a shirt sponsorship deal with Velt Brewing on Friday.`,
      `In exchange, the club will wear the brewer's logo for three seasons.`,
      ``,
      `Fenlow Bakeries signed a delivery contract with Corran Vans in June.`,
      `In return, the union will drop its overtime ban.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Dorran Rovers', 'Velt Brewing'], status: 'reached', kind: 'agreed a sponsorship deal' },
      { at: '1.2', parties: ['Dorran Rovers', 'Velt Brewing'], status: 'reached', kind: 'in exchange, the club will' },
      { at: '2.1', parties: ['Fenlow Bakeries', 'Corran Vans'], status: 'signed', kind: 'signed a delivery contract' },
    ],
  },

  // 5 — "The board of X", "the X board": the organisation it runs is the party.
  {
    name: 'water-merger',
    body: [
      `The board of Orrin Wells approved the merger with Castel Bay on Thursday.`,
      `The Castel Bay board approved it a day later.`,
      `Both firms supply water to towns along the coast.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Orrin Wells', 'Castel Bay'], status: 'approved', kind: 'the board of X approved the merger' },
      { at: '1.2', parties: ['Orrin Wells', 'Castel Bay'], status: 'approved', kind: 'the X board approved it' },
    ],
  },

  // 6 — a board that only meets to consider an offer, and a council's plan: no agreement.
  {
    name: 'board-meets',
    body: [
      `The board of Orrin Wells will meet on Tuesday to consider the offer from Castel Bay.`,
      `Castel Bay has offered 140p a share.`,
      ``,
      `Tarrow Council published its spending plan on Monday.`,
      `Under the plan, the council will close two libraries.`,
    ].join('\n'),
    gold: [],
  },
];
