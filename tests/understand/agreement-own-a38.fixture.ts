/**
 * Agreement set of session 16 round 2 (helper a38): deals still awaiting a step, headlines that
 * name one side, a tie-up or link-up, a deal a firm brings with it, a quoted kind name, terms
 * under a deal, deals that fell through — our own invented articles, with close negatives beside
 * them. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a38`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A38_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a deal named by one side that still needs a step; an unnamed one stays no sentence.
  {
    name: 'haulier-pending',
    body: [
      `Tolland Freight has agreed to buy the haulier Brisk Haulage for £40m.`,
      `The Brisk deal still needs clearance from competition regulators.`,
      `Tolland also signed a lease on a depot in Corle with Pike Estates.`,
      `The lease still needs the consent of the county council.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tolland Freight', 'Brisk Haulage'], status: 'reached', kind: 'agreed to buy' },
      { at: '1.2', parties: ['Tolland Freight', 'Brisk Haulage'], status: 'reached', kind: 'the X deal still needs clearance' },
      { at: '1.3', parties: ['Tolland', 'Pike Estates'], status: 'signed', kind: 'signed a lease with' },
      // Session 18 (a45): an unnamed deal waiting on a step is the deal before, mentioned again (as blind sets 28-34 label); relabelled.
      { at: '1.4', parties: ['Tolland', 'Pike Estates'], status: 'signed', kind: 'the lease still needs consent' },
    ],
  },

  // 2 — a headline's order naming only the yard; the body names the buyer.
  {
    name: 'dredger-order',
    headline: 'Harland yard lands £300m order for four dredgers',
    body: [
      `Varn Dredging has ordered four dredgers from the Harland yard in Belfast, the shipbuilder said on Monday.`,
      `The yard employs about 900 people.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Harland yard', 'Varn Dredging'], status: 'reached', kind: 'headline lands order, other side in the body' },
      { at: '1.1', parties: ['Varn Dredging', 'Harland yard'], status: 'reached', kind: 'ordered from' },
    ],
  },

  // 3 — a headline's contract with both sides, the body's later mention.
  {
    name: 'meter-contract',
    headline: 'Pell Water signs contract with Orvo',
    body: [`The ten-year contract covers meter reading across the county.`, `Orvo is based in Tarn.`].join('\n'),
    gold: [
      { at: '0.1', parties: ['Pell Water', 'Orvo'], status: 'signed', kind: 'headline signs contract with' },
      // (What a deal only signed provides keeps it signed: the rule of a27's "is expected to cut leaks".)
      { at: '1.1', parties: ['Pell Water', 'Orvo'], status: 'signed', kind: 'the contract covers' },
    ],
  },

  // 4 — a tie-up announced, then approved; a traffic hold-up and a hypothetical link-up are none.
  {
    name: 'airline-tie-up',
    body: [
      `Kestrel Air and Marrow Jet announced a tie-up of their regional routes in May.`,
      `The boards of both companies approved the tie-up on Friday.`,
      `Passengers at the airport were held up for an hour by a baggage fault.`,
      `A link-up with a third carrier would need new aircraft, analysts said.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kestrel Air', 'Marrow Jet'], status: 'reached', kind: 'announced a tie-up' },
      { at: '1.2', parties: ['Kestrel Air', 'Marrow Jet'], status: 'approved', kind: 'boards approved the tie-up' },
    ],
  },

  // 5 — what a merger agreed is expected to do keeps it agreed.
  {
    name: 'bank-merger',
    body: [`Orrin Bank agreed to merge with Pell Savings in June.`, `The merger is expected to close nine branches.`].join('\n'),
    gold: [
      { at: '1.1', parties: ['Orrin Bank', 'Pell Savings'], status: 'reached', kind: 'agreed to merge with' },
      { at: '1.2', parties: ['Orrin Bank', 'Pell Savings'], status: 'reached', kind: 'the merger is expected to' },
    ],
  },

  // 6 — a deal the bought firm brings with it, signed long ago; a quoted kind name.
  {
    name: 'wine-import',
    body: [
      `Halden Foods is buying the wine merchant Oxley Wines.`,
      `Oxley brings with it an exclusive five-year import agreement with Casa Verra, signed in 2022.`,
      `Separately, Tolvern Library has signed a two-year ‘read and return’ agreement with Quill Press.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Oxley Wines', 'Casa Verra'], status: 'signed', kind: 'brings with it an agreement with X, signed' },
      { at: '1.3', parties: ['Tolvern Library', 'Quill Press'], status: 'signed', kind: 'a quoted kind name' },
    ],
  },

  // 7 — terms under the deal, after a sentence between.
  {
    name: 'nurse-deal',
    body: [
      `Kell Care signed a staffing deal with Arden Health in March.`,
      `Arden runs two hospitals in the valley.`,
      `Under the deal, nurses can work shifts at either hospital.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kell Care', 'Arden Health'], status: 'signed', kind: 'signed a deal with' },
      { at: '1.3', parties: ['Kell Care', 'Arden Health'], status: 'in force', kind: 'Under the deal, X can' },
    ],
  },

  // 8 — deals that fell through: between two named firms, and the one the talks produced.
  {
    name: 'grain-deals',
    body: [
      `A grain supply deal between Norland Mills and Veska Farms fell through in March.`,
      `Pell Pharma and Orvane Bio held talks on a licence for most of the year.`,
      `The talks' deal fell apart in June, when the price of the drug fell.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Norland Mills', 'Veska Farms'], status: 'collapsed', kind: 'a deal between X and Y fell through' },
      { at: '1.3', parties: ['Pell Pharma', 'Orvane Bio'], status: 'collapsed', kind: "the talks' deal fell apart" },
    ],
  },
];
