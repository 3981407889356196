import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { agentAfter, holdsAnswerType } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Session 26, q50: the doer a "who" question asks for, named after "by" as a number of people
 * with words describing them ("set up by two former fishermen, …"): `agentAfter` read "by two
 * brothers" but not "by two former brothers", so the sentence naming the founders lost its
 * `AGENT_BONUS` to one holding the question's thing and the founders' role noun.
 */
const BOATWORKS = record('boatworks', [
  [
    'Pellowen Boatworks is a wooden boat builder on the estuary at Garrowmoor, in Harbrook County.',
    'It was set up in 1968 by two former fishermen, Ardish Vossley and Ondrea Kestley, who began by mending dinghies in a net loft.',
  ],
  [
    'In 2015 the boatworks was bought by its staff, who formed the Garrowmoor Boat Cooperative after the founders’ families decided to sell.',
    'The yard builds about six boats a year.',
  ],
]);

const isFound = (stem: string): boolean => stem === 'found';

describe('a counted doer after "by", its describing words between', () => {
  it('"by two former fishermen", "by three young engineers": a number, adjectives, a noun', () => {
    expect(agentAfter('It was founded in 1968 by two former fishermen, Ardish Vossley and Ondrea Kestley.', isFound)).toBe(true);
    expect(agentAfter('The yard was founded by three young engineers.', isFound)).toBe(true);
    // Still no doer: a number of years, or a number with no noun after its adjectives.
    expect(agentAfter('The yard was founded by 1968.', isFound)).toBe(false);
    expect(agentAfter('The yard was founded by two, then sold.', isFound)).toBe(false);
  });

  it('"Who founded the boatworks?" answers with "set up … by two former fishermen", first', () => {
    const index = createSearchIndex(BOATWORKS);
    expect(index.search('Who founded the boatworks?').hits.map((h) => cite(h.sentence))).toEqual(['boatworks ¶1.2', 'boatworks ¶2.1']);
    // Without the doer's bonus the sentence holding "boatworks" and the founders' role comes first.
    const without = createSearchIndex(BOATWORKS, { ranking: { agentBonus: 0 } });
    expect(without.search('Who founded the boatworks?').hits.map((h) => cite(h.sentence))).toEqual(['boatworks ¶2.1', 'boatworks ¶1.2']);
  });
});

describe('a name standing where a place does is no person a "who" question asks for', () => {
  it('a name after "in", "at", "on" … (and the next name after a comma) is a place; after "by", or a subject, a person', () => {
    const typed = new Set(['boatwork', 'own']);
    expect(
      [
        'The boatworks is based in Dunkerry, Harbrook County.',
        'The old sail loft on Kestley Street is now a museum.',
        'The boatworks opened at the Garrowmoor quay on Saturday.',
        'The boatworks was bought by Ysbel Vossley in 2015.',
        'The boatworks was bought by the Garrowmoor Boat Cooperative.',
        'The yard is run by Ardish Vossley, who lives in Dunkerry.',
        'Ondrea Kestley now runs the boatworks.',
      ].map((t) => holdsAnswerType(t, 'person', typed)),
    ).toEqual([false, false, false, true, true, true, true]);
  });
});

describe('the doer named after "by" outranks the body named with its founding (AGENT_BONUS 0.35)', () => {
  const SOLD = record('yard', [
    [
      'Pellowen Boatworks is a wooden boat builder on the estuary at Garrowmoor, in Harbrook County.',
      'It was set up in 1968 by two former fishermen, Ardish Vossley and Ondrea Kestley, who began by mending dinghies in a net loft.',
    ],
    ['The founding family sold Pellowen Boatworks to Ysbel Vossley in 2015.', 'The yard builds about six boats a year.'],
  ]);

  it('"Who founded Pellowen Boatworks?" answers with "set up … by", not with the sale by "the founding family"', () => {
    expect(createSearchIndex(SOLD).search('Who founded Pellowen Boatworks?').hits.map((h) => cite(h.sentence))).toEqual(['yard ¶1.2', 'yard ¶2.1', 'yard ¶1.1']);
    // At the former 0.2 the sentence holding the name, "founding" and a person came first.
    const before = createSearchIndex(SOLD, { ranking: { agentBonus: 0.2 } });
    expect(before.search('Who founded Pellowen Boatworks?').hits.map((h) => cite(h.sentence))).toEqual(['yard ¶2.1', 'yard ¶1.2', 'yard ¶1.1']);
  });
});
