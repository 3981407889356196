import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { firstGenera } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 31, q60: a question's noun the record never writes, read by the general word its common
 * sense is a direct kind of (`firstGenera`, `FIRST_GENERA_SIMILARITY`): a record that names a mill's
 * waterwheel "its oak wheel". Records and names of our own invention.
 */
const MILL = record('mill', [
  [
    'Plowden Mill was built beside the Tarrin in 1702 and still grinds oats.',
    'Its oak wheel was made in 1790 by Saffery Kettlewade, a millwright from Ostgarth.',
  ],
]);

/** A record that writes "building" and "built", and no observatory. */
const HILL = record('hill', [['The building on the hill was built for a banker in 1911.']]);

const ask = (sentences: ReturnType<typeof record>, q: string, ranking?: Record<string, number>): string[] =>
  createSearchIndex(sentences, ranking ? { ranking } : {})
    .search(q)
    .hits.map((h) => `${cite(h.sentence)} ${h.score.toFixed(3)}`);

describe('the general word of a thing the record never names (firstGenera)', () => {
  it("reads the direct general words of a thing's common sense, deep enough to be a thing", () => {
    expect(firstGenera('waterwheel')).toEqual(['wheel']);
    expect(firstGenera('ships')).toEqual(['vessel', 'watercraft']);
    expect(firstGenera('lighthouse')).toEqual(['tower']);
  });

  it('reads none for an abstraction or a top category of WordNet', () => {
    // "cost" is a kind of spending: any sum spent would hold a question asking what something cost.
    expect(firstGenera('cost')).toEqual([]);
    // "people" is a kind of group, "month" of time period: too general to name the thing.
    expect(firstGenera('people')).toEqual([]);
    expect(firstGenera('month')).toEqual([]);
  });

  it('answers "Who made the waterwheel at Plowden?" with the wheel\'s sentence first, and refuses it without the route', () => {
    expect(ask(MILL, 'Who made the waterwheel at Plowden?')).toEqual(['mill ¶1.2 0.416', 'mill ¶1.1 0.320']);
    expect(ask(MILL, 'Who made the waterwheel at Plowden?', { firstGenera: 0 })).toEqual([]);
  });

  it('reads no general word where the record does not write the rest of the question (a barn is no wheel)', () => {
    expect(ask(MILL, 'Who made the waterwheel at Kettlewade Farm?')).toEqual([]);
  });

  it('reads no general word spelt as another word of the question: "the building" does not hold "observatory" beside "built"', () => {
    expect(firstGenera('observatory')).toEqual(['building', 'edifice']);
    expect(ask(HILL, 'Who was the observatory built for?')).toEqual([]);
  });
});
