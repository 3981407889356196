import { beforeAll, describe, expect, it } from 'vitest';
import { heldDealMention } from '../../src/understand/heldMention.js';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 31 (a76): issue 11's label convention for later mentions. A sentence naming a deal the
 * article holds is an agreement sentence, also when a step for it is still ahead ("the members
 * still have to ballot on the merger"); not one side's intention or proposal about it, not a would/could of one
 * side before it, not a hypothesis denied ("would not"). Sentences of our own writing.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Tammerleigh Ferries agreed to buy Oskwater Marine.'), 120_000);

const TAKEOVER = 'Tammerleigh Ferries agreed on Monday to buy Oskwater Marine for £12m.';
const FIRST = ['1.1', 'Tammerleigh Ferries | Oskwater Marine', 'reached', null];
const AGAIN = ['1.2', 'Tammerleigh Ferries | Oskwater Marine', 'reached', '1.1'];

describe('a step still ahead of a deal held', () => {
  it('a vote, a signing or a clearance still to come names the deal again', () => {
    expect(rows(`${TAKEOVER}\nOskwater's owners will ballot on the takeover in the spring.`)).toEqual([FIRST, AGAIN]);
    expect(rows(`${TAKEOVER}\nThe harbour regulator must still clear the takeover.`)).toEqual([FIRST, AGAIN]);
    expect(rows(`${TAKEOVER}\nThe takeover remains subject to a review by the harbour board.`)).toEqual([FIRST, AGAIN]);
  });

  it('what the deal held would bring, a would after it, names it again', () => {
    expect(rows(`${TAKEOVER}\nThe takeover would give Tammerleigh six more island routes.`)).toEqual([FIRST, AGAIN]);
  });
});

describe('not a report of the deal held', () => {
  it('one side\'s intention or proposal before it (WordNet: propose, intend, want, threaten)', () => {
    expect(rows(`${TAKEOVER}\nPellfold Council has proposed delaying the takeover until the winter.`)).toEqual([FIRST]);
    expect(rows(`${TAKEOVER}\nThe Drossan crew union threatened to fight the takeover in court.`)).toEqual([FIRST]);
    expect(rows(`${TAKEOVER}\nOskwater's founder wants to undo the takeover.`)).toEqual([FIRST]);
  });

  it('one side\'s would or could before it, a would not after it, a question of how to', () => {
    expect(rows(`${TAKEOVER}\nPellfold Council said it could challenge the takeover.`)).toEqual([FIRST]);
    expect(rows(`${TAKEOVER}\nThe takeover would not change the timetable, Tammerleigh said.`)).toEqual([FIRST]);
    expect(rows(`${TAKEOVER}\nThe Tammerleigh board met to weigh how to pay for the takeover.`)).toEqual([FIRST]);
  });

  it('the bare reader: a plan read by the tagger as a noun before "to" is still an intention', () => {
    expect(heldDealMention('Tammerleigh plans to fund the takeover with a loan.')).toBe(null);
    expect(heldDealMention('Tammerleigh is expected to fund the takeover with a loan.')).toEqual({ noun: 'the takeover', start: 32 });
  });
});
