/**
 * Agreement fresh set of session 15 round 1 (helper a30): written before any fix of the round, with
 * the round's recall kinds in our own invented articles (later mentions with an inserted
 * participle, "in a deal with", offers and invitations turned down, votes against, status words in
 * a later clause, terms with no deal noun). Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a30`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A30_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a supply agreement, then a later mention set off by a participle of signing.
  {
    name: 'dairy-supply',
    body: [
      `Harwell Dairies has signed a supply agreement with the grocer Penfold Stores.`,
      `The agreement, signed after six months of talks, runs until 2029.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harwell Dairies', 'Penfold Stores'], status: 'signed', kind: 'signed a supply agreement with' },
      { at: '1.2', parties: ['Harwell Dairies', 'Penfold Stores'], status: 'in force', kind: 'later mention, participle signed, terms in the present (blind-2 convention)' },
    ],
  },

  // 2 — a licensing deal, then a later mention set off by "agreed".
  {
    name: 'comic-licence',
    body: [
      `The publisher Inkwell Press has reached a licensing deal with the animation studio Moth Lane.`,
      `The licensing deal, agreed over the winter, covers four comic series.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Inkwell Press', 'Moth Lane'], status: 'reached', kind: 'reached a deal with' },
      { at: '1.2', parties: ['Inkwell Press', 'Moth Lane'], status: 'reached', kind: 'later mention, participle agreed, terms in the present (the status of the deal, current brief)' },
    ],
  },

  // 3 — "in a deal with" after an ordinary verb.
  {
    name: 'cycle-hire',
    body: [`Brackley Cycles has won the right to run bike hire in every park in Tonmouth in a deal with Tonmouth Council.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Brackley Cycles', 'Tonmouth Council'], status: 'reached', kind: 'in a deal with' }],
  },

  // 4 — "under an agreement with" after securing a licence.
  {
    name: 'ferry-cafe',
    body: [`The charity Green Lantern has secured a licence to open a café at the ferry pier under an agreement with Lakeside Parks.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Green Lantern', 'Lakeside Parks'], status: 'reached', kind: 'secured … under an agreement with' }],
  },

  // 5 — an offer with an infinitive, turned down; an invitation turned down in apposition.
  {
    name: 'field-offer',
    body: [
      `Selworth Parish Council turned down an offer from a builder, Cobham Estates, to put up forty homes on the field.`,
      `Halden United invited the Rovers Supporters Trust to buy a stake in the club, an offer the trust refused.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Cobham Estates', 'Selworth Parish Council'], status: 'rejected', kind: 'turned down an offer from X to …' },
      { at: '1.2', parties: ['Halden United', 'Rovers Supporters Trust'], status: 'rejected', kind: 'invited …, an offer X refused' },
    ],
  },

  // 6 — a vote against a merger.
  {
    name: 'rugby-merger',
    body: [`Fernley Rugby Club voted against a merger with Ashcombe Rangers, rejecting a plan both boards had supported.`].join('\n'),
    gold: [{ at: '1.1', parties: ['Fernley Rugby Club', 'Ashcombe Rangers'], status: 'rejected', kind: 'voted against a merger with' }],
  },

  // 7 — an earlier alliance that ended in a dispute; a pact that broke down.
  {
    name: 'festival-radio',
    body: [
      `The Kestrel Festival has signed a sponsorship contract with the brewer Oldgate Ales.`,
      `An earlier alliance between the festival and Brightmoor Radio ended in a dispute over fees.`,
      `Talks with a second radio station, Vale FM, led to a pact in 2022, but the pact broke down within a month.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kestrel Festival', 'Oldgate Ales'], status: 'signed', kind: 'signed a contract with' },
      { at: '1.2', parties: ['Kestrel Festival', 'Brightmoor Radio'], status: 'collapsed', kind: 'earlier alliance ended in a dispute' },
      { at: '1.3', parties: ['Kestrel Festival', 'Vale FM'], status: 'collapsed', kind: 'the pact broke down' },
    ],
  },

  // 8 — a lease, then its terms with no deal noun ("has undertaken to", "will pay").
  {
    name: 'boathouse-lease',
    body: [
      `Lowther Rowing Club has signed a lease on the old boathouse with the Riverside Trust.`,
      `The club will pay a rent of £10 a year and has undertaken to mend the slipway.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Lowther Rowing Club', 'Riverside Trust'], status: 'signed', kind: 'signed a lease with' },
      { at: '1.2', parties: ['Lowther Rowing Club', 'Riverside Trust'], status: 'signed', kind: 'terms: has undertaken to, the party by description' },
    ],
  },

  // 9 — close negatives: a vote against no agreement, an offer of help, an invitation to an event.
  {
    name: 'close-negatives',
    body: [
      `The club's members voted against a rise in fees.`,
      `Nearby farmers turned down an offer of help from the army.`,
      `The choir declined an invitation to sing at the final.`,
    ].join('\n'),
    gold: [],
  },
];
