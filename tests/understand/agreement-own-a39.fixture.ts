/**
 * Agreement set of session 16 round 2 (helper a39): who the parties are — an approver that is no
 * side, a union's name with "and" in it, "the two companies" and "the pair", sides known first by
 * description and named under the deal, a payee before the sum, a design licensed from a firm,
 * share buttons glued before a name — our own invented articles, with close negatives beside them.
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a39`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A39_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — the board that approves a lease between two others is no side of it.
  {
    name: 'college-lease',
    body: [
      `The Tolby Planning Board approved a ground lease between Halden College and Brickyard Homes on Tuesday.`,
      `The board also heard complaints about parking near the station.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Halden College', 'Brickyard Homes'], status: 'approved', kind: 'approved a lease between' }],
  },

  // 2 — a name with "and" inside is one side.
  {
    name: 'union-wage-deal',
    body: [
      `Corvel Mining signed a three-year wage agreement with the Metal and Allied Workers Union on Friday.`,
      `Miners and managers met again in the afternoon.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Corvel Mining', 'Metal and Allied Workers Union'], status: 'signed', kind: 'signed with a union named with and' }],
  },

  // 3 — "the two companies" and "the pair" stand for the two named before.
  {
    name: 'dairy-pair',
    body: [
      `Ravel Foods and Tamsin Dairy have supplied the same supermarkets for a decade.`,
      `The two companies signed a joint distribution agreement on Monday.`,
      `Last year the pair agreed a shared haulage contract.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Ravel Foods', 'Tamsin Dairy'], status: 'signed', kind: 'the two companies signed' },
      { at: '1.3', parties: ['Ravel Foods', 'Tamsin Dairy'], status: 'reached', kind: 'the pair agreed' },
    ],
  },

  // 4 — sides known by description, named in the sentence under the lease.
  {
    name: 'ski-lease',
    body: [
      `The valley's owners agreed a new lease with the firm that runs its lifts.`,
      `Under the lease, Corrie Slopes will pay Dunmore Estate £2m a year.`,
      `Snow has been thin for three winters.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Dunmore Estate', 'Corrie Slopes'], status: 'reached', kind: 'agreed a lease, sides by description' },
      { at: '1.2', parties: ['Dunmore Estate', 'Corrie Slopes'], status: 'reached', kind: 'under the lease X will pay Y' },
    ],
  },

  // 5 — the payee written straight after "pay", before the sum; paying wages is no deal.
  {
    name: 'drug-licence',
    body: [
      `Pell Pharma will pay Orvane Bio $40 million for the rights to a skin drug, under a licensing agreement.`,
      `Pell Pharma pays its staff above the industry average, the company said.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Pell Pharma', 'Orvane Bio'], status: 'reached', kind: 'pay X a sum under an agreement' }],
  },

  // 6 — a design licensed from a firm: the article's company, whose frame it is, and the firm.
  {
    name: 'bike-frame',
    body: [
      `Harrow Cycles makes folding bikes in a former mill in Leeds.`,
      `Its new frame follows a design licensed from the architects Varn Design under an agreement struck last year.`,
      `The frame weighs less than four kilograms.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Harrow Cycles', 'Varn Design'], status: 'reached', kind: 'a design licensed from X' }],
  },

  // 7 — share buttons glued before the name opening the first sentence.
  {
    name: 'games-buttons',
    body: [
      `Twitter Facebook LinkedIn Kettlewick Games signed a licensing deal with Orla Studios on Wednesday.`,
      `Kettlewick makes puzzle games for phones in Dundee.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Kettlewick Games', 'Orla Studios'], status: 'signed', kind: 'share buttons glued before the name' }],
  },
];
