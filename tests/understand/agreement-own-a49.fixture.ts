/**
 * Agreement set of session 20 (helper a49): parties on unseen copy — an owner's possessive name of a
 * business and a union written "their union" that the next sentence names, the site owner as the
 * other side of the old holder's contract, a clause under "the terms" whose subject names the live
 * deal, a passive's agent under "a separate agreement with", "an agreement in principle with",
 * "the boards" for a takeover's two sides, "agreed to pay royalties to rival X", and "the deal is
 * expected to complete" after a supply contract — our own invented articles, with close negatives
 * (a person opening the next sentence, a partner described as no owner, a board's own vote).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a49`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A49_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — an owner's possessive business name; "their union" named next; later mentions.
  {
    name: 'puppet-theatre-pay-deal',
    body: [
      `Puppeteers at Merrow's Lantern Theatre say the company has broken the pay deal it reached with their union in the autumn.`,
      `The Stage and Screen Makers' Guild said its members had not received the agreed 3 per cent rise.`,
      ``,
      `The deal, signed in October after a threatened walkout, also promised paid rehearsal days.`,
      `Director Ottilie Merrow said the money would be paid by Friday.`,
      `The theatre, which opened in 1961, stages 300 shows a year.`,
      ``,
      `The pay deal is due to be reopened in the spring.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Merrow's Lantern Theatre", "Stage and Screen Makers' Guild"], status: 'breached', kind: 'possessive business name, their union named next' },
      { at: '2.1', parties: ["Merrow's Lantern Theatre", "Stage and Screen Makers' Guild"], status: 'signed', kind: 'the deal, signed (later mention)' },
      { at: '3.1', parties: ["Merrow's Lantern Theatre", "Stage and Screen Makers' Guild"], status: 'in force', kind: 'the pay deal reopened (later mention)' },
    ],
  },
  // 2 — a site let to a new holder; the old holder's contract; terms; a separate supply deal.
  {
    name: 'ferry-cafe-lease',
    body: [
      `Quayside Kitchens has signed a ten-year lease with landlord Harbour Lands to run the Pellin ferry terminal cafe.`,
      `Gull & Co's contract to run the cafe was ended in April after a failed hygiene check.`,
      ``,
      `Quayside plans to refit the cafe over the winter.`,
      `Under the terms, Harbour Lands will receive a rent of £60,000 a year.`,
      `The coffee machines will be supplied by Brewline under a separate three-year agreement with Quayside.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Quayside Kitchens', 'Harbour Lands'], status: 'signed', kind: 'signed a lease with landlord' },
      { at: '1.2', parties: ['Gull & Co', 'Harbour Lands'], status: 'voided', kind: "old holder's contract ended: the landlord's" },
      { at: '2.2', parties: ['Quayside Kitchens', 'Harbour Lands'], status: 'signed', kind: 'under the terms, the landlord as subject' },
      { at: '2.3', parties: ['Brewline', 'Quayside Kitchens'], status: 'in force', kind: 'passive agent under a separate agreement with' },
    ],
  },
  // 3 — an agreement in principle; royalties to a rival; the settlement mentioned after.
  {
    name: 'solar-coop-and-hinge-royalties',
    body: [
      `The Marten Fields Solar Cooperative has signed a power deal with the village of Kelby.`,
      `The co-op also reached an agreement in principle with the Kelby Primary School trust to power its hall.`,
      `That deal still needs a vote of the trust's governors.`,
      ``,
      `Separately, window maker Dorlan has agreed to pay royalties to rival Pevensey Glazing for a patented latch, ending a two-year court fight.`,
      `Dorlan said the settlement would not change its forecasts.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marten Fields Solar Cooperative', 'Kelby|village of Kelby'], status: 'signed', kind: 'signed a power deal' },
      { at: '1.2', parties: ['Marten Fields Solar Cooperative', 'Kelby Primary School trust|Kelby Primary School'], status: 'reached', kind: 'agreement in principle with' },
      { at: '1.3', parties: ['Marten Fields Solar Cooperative', 'Kelby Primary School trust|Kelby Primary School'], status: 'reached', kind: 'that deal still needs a vote' },
      { at: '2.1', parties: ['Dorlan', 'Pevensey Glazing'], status: 'reached', kind: 'agreed to pay royalties to rival' },
      { at: '2.2', parties: ['Dorlan', 'Pevensey Glazing'], status: 'reached', kind: 'the settlement mentioned' },
    ],
  },
  // 4 — a takeover that collapsed; the boards' earlier offer; a merger completing after a supply contract.
  {
    name: 'boatyard-takeover-and-merger',
    body: [
      `Tresco Marine's planned takeover of boatbuilder Alnwick Yachts collapsed on Monday after the two sides fell out over pensions.`,
      `The boards had agreed in March on a cash offer of 6 pounds a share.`,
      ``,
      `Separately, Hoyle Sails has agreed to merge with rival Penrock Canvas.`,
      `Penrock said its supply contract with fabric maker Weald Textiles would carry on once the merger completes.`,
      ``,
      `The deal is expected to complete in June.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tresco Marine', 'Alnwick Yachts'], status: 'collapsed', kind: 'takeover collapsed' },
      { at: '1.2', parties: ['Tresco Marine', 'Alnwick Yachts'], status: 'reached', kind: 'the boards had agreed' },
      { at: '2.1', parties: ['Hoyle Sails', 'Penrock Canvas'], status: 'reached', kind: 'agreed to merge' },
      { at: '2.2', parties: ['Penrock Canvas', 'Weald Textiles'], status: 'in force', kind: 'supply contract carries on' },
      { at: '3.1', parties: ['Hoyle Sails', 'Penrock Canvas'], status: 'reached', kind: 'the deal expected to complete: the merger' },
    ],
  },
];
