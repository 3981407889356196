import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { agentAfter } from '../../src/search/shape.js';
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
