/**
 * Agreement set of session 18 (helper a45): later mentions by noun and outcome — a deal still
 * waiting on a step, an offer that fell through or was turned down by a board named for its body,
 * the end of a deal mentioned again by its act noun, a merger whose subject carries a relative
 * clause with a number in it, a letter of intent, a lease held from a body — our own invented
 * articles, with close negatives beside them (bare terms not disclosed, a request that someone
 * else act, a trade of habit, a cancellation of something else). Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a45`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A45_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a takeover waiting on a regulator; the terms told bare are none.
  {
    name: 'bakery-takeover-waiting',
    body: [
      `Brask Foods has agreed to buy Lennet Dairies for £40m.`,
      `Financial terms of the dairy's pension scheme were not disclosed.`,
      `The takeover still needs clearance from the Fair Markets Office.`,
      `Financial terms were not disclosed.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brask Foods', 'Lennet Dairies'], status: 'reached', kind: 'agreed to buy' },
      { at: '1.3', parties: ['Brask Foods', 'Lennet Dairies'], status: 'reached', kind: 'the takeover still needs clearance (later)' },
    ],
  },

  // 2 — a merger awaiting its shareholders; a proposed venture awaiting signature.
  {
    name: 'mills-merger-waiting',
    body: [
      `Orvale Mills agreed to merge with Pendle Textiles last month.`,
      `The merger awaits approval by shareholders.`,
      `Orvale also signed a dye supply deal with Tolly Colours in May.`,
      `A proposed joint venture with Haldor Plastics is awaiting signature by both sides.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Orvale Mills', 'Pendle Textiles'], status: 'reached', kind: 'agreed to merge with' },
      { at: '1.2', parties: ['Orvale Mills', 'Pendle Textiles'], status: 'reached', kind: 'the merger awaits approval (later)' },
      { at: '1.3', parties: ['Orvale Mills', 'Tolly Colours'], status: 'signed', kind: 'signed a supply deal with' },
      { at: '1.4', parties: ['Orvale Mills', 'Haldor Plastics'], status: 'proposed', kind: 'a proposed venture awaiting signature' },
    ],
  },

  // 3 — a rival bid that fell through, one turned down by a board named for its body.
  {
    name: 'bakery-bids',
    body: [
      `Ambry Bakeries accepted a £12m offer from Corran Group in March.`,
      `A rival offer from Sennet Foods for Ambry's Dunley ovens fell through in May after Sennet failed to raise funds.`,
      `A separate offer for Ambry's delivery vans, made by Tadwell Haulage in April, was formally rejected by the Ambry board last week.`,
      `Neighbours had asked the bakery to move its loading bay.`,
      `The bakery rejected that request in June.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ambry Bakeries', 'Corran Group'], status: 'reached', kind: 'accepted an offer from' },
      { at: '1.2', parties: ['Ambry Bakeries', 'Sennet Foods'], status: 'collapsed', kind: 'a rival offer fell through' },
      { at: '1.3', parties: ['Ambry Bakeries|Ambry', 'Tadwell Haulage'], status: 'rejected', kind: 'an offer rejected by the X board' },
    ],
  },

  // 4 — a termination challenged, a cancellation held lawful; the cancellation of a match is none.
  {
    name: 'waste-contract-ended',
    body: [
      `Marlow County terminated its waste contract with Dellow Haulage in June.`,
      `Dellow Haulage is challenging the termination in court.`,
      ``,
      `Istead Council cancelled its catering contract with Brightplate in 2022.`,
      `The judge held that the cancellation was lawful.`,
      `Fans were angry about the cancellation of the cup match.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marlow County', 'Dellow Haulage'], status: 'voided', kind: 'terminated its contract with' },
      { at: '1.2', parties: ['Marlow County', 'Dellow Haulage'], status: 'voided', kind: 'challenging the termination (later)' },
      { at: '2.1', parties: ['Istead Council', 'Brightplate'], status: 'voided', kind: 'cancelled its contract with' },
      { at: '2.2', parties: ['Istead Council', 'Brightplate'], status: 'voided', kind: 'the cancellation was lawful (later)' },
    ],
  },

  // 5 — a relative clause holding a number between the subject and its verb; a trade of habit is none.
  {
    name: 'seed-merger',
    body: [
      `Corbel Seeds, which sells bulbs to about 4,000 gardeners in the Ferne valley, has agreed to merge with its smaller rival Tansy Growers.`,
      `Tansy Growers sells seedlings to 300 garden centres.`,
    ].join('\n'),
    gold: [{ at: '1.1', parties: ['Corbel Seeds', 'Tansy Growers'], status: 'reached', kind: 'has agreed to merge with (relative clause with a number)' }],
  },

  // 6 — a letter of intent; a lease held from a body.
  {
    name: 'print-works-sale',
    body: [
      `Holcombe Paper agreed to buy Vettle Print in August.`,
      `The two firms had signed a letter of intent in June.`,
      `Vettle Print holds a lease on its Quarry Lane depot from the Sallow Estate Trust.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Holcombe Paper', 'Vettle Print'], status: 'reached', kind: 'agreed to buy' },
      { at: '1.2', parties: ['Holcombe Paper', 'Vettle Print'], status: 'signed', kind: 'the two firms had signed a letter of intent' },
      { at: '1.3', parties: ['Vettle Print', 'Sallow Estate Trust'], status: 'in force', kind: 'holds a lease from' },
    ],
  },
];
