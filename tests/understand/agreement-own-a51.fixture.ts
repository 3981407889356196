/**
 * Agreement set of session 20 (helper a51): the shapes blind set 40 missed — a deal's other side
 * left as a definite description ("the original firm") that a later mention names in an apposition,
 * a contract awarded past an infinitive of its purpose, "Both boards signed off on", a firm whose
 * name the tagger reads as an adverb before "'s", an existing contract, a generic deal noun with a
 * kind before it ("the merger agreement"), a contract worked under "signed with" a body, a breach of
 * "the agreement he signed with X", and an offer "which he turned down" — our own invented articles,
 * with close negatives beside them (an offer still being considered, a deal with no second side).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a51`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A51_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a contract awarded after an earlier one ended with a firm named only later.
  {
    name: 'library-glazing-contract',
    body: [
      `Ashby Council has awarded a £3 million contract to re-glaze four libraries to Pell Glazing, two months after it ended its arrangement with the original firm.`,
      `The earlier deal, with Rook Windows, was terminated in May after repeated delays.`,
      ``,
      `The cabinet approved the new contract on Friday.`,
      `Rook disputes the termination and says it will sue.`,
      `Library users have complained about draughts all winter.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ashby Council', 'Pell Glazing'], status: 'reached', kind: 'awarded past a purpose infinitive' },
      { at: '1.2', parties: ['Ashby Council', 'Rook Windows'], status: 'voided', kind: 'earlier deal named in an apposition' },
      { at: '2.1', parties: ['Ashby Council', 'Pell Glazing'], status: 'approved', kind: 'new contract approved' },
      { at: '2.2', parties: ['Ashby Council', 'Rook Windows'], status: 'voided', kind: 'termination disputed' },
    ],
  },
  // 2 — a merger: both boards sign off; an existing contract of one side; the merger agreement's terms.
  {
    name: 'press-merger',
    body: [
      `Tenfold Press and Lark Books have agreed to merge, creating the largest independent publisher in the county.`,
      `Both boards signed off on the merger on Monday.`,
      ``,
      `Tenfold's existing printing contract with the mill Orly Paper will pass to the new group.`,
      `The merger agreement includes a break fee of £200,000.`,
      `Staff at both firms were told on Tuesday morning.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tenfold Press', 'Lark Books'], status: 'reached', kind: 'agreed to merge' },
      { at: '1.2', parties: ['Tenfold Press', 'Lark Books'], status: 'approved', kind: 'boards signed off' },
      { at: '2.1', parties: ['Tenfold Press', 'Orly Paper'], status: 'in force', kind: 'existing contract passes on' },
      { at: '2.2', parties: ['Tenfold Press', 'Lark Books'], status: 'reached', kind: 'merger agreement term' },
    ],
  },
  // 3 — work done under a contract signed with a body; a franchise breached; a settlement refused.
  {
    name: 'falcons-and-franchise',
    body: [
      `Trained falcons from Ember Raptors will guard the market hall under a three-year contract signed with the town trust this week.`,
      `The birds will fly on market days only.`,
      ``,
      `Separately, a tribunal found that Ivo Benn had breached the franchise agreement he signed with Gearwell Driving School in 2017.`,
      `Within a month, Benn had opened Benn Motoring in the same street.`,
      `Gearwell said it had offered Benn a settlement of £40,000, which he turned down.`,
      `It has offered a second former franchisee a settlement of £12,000, which she is still considering.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ember Raptors', 'town trust'], status: 'signed', kind: 'under a contract signed with' },
      { at: '2.1', parties: ['Ivo Benn', 'Gearwell Driving School'], status: 'breached', kind: 'breached the agreement he signed with' },
      { at: '2.3', parties: ['Gearwell Driving School', 'Ivo Benn'], status: 'rejected', kind: 'settlement turned down' },
    ],
  },
];
