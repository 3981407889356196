import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { firstGenera } from '../../src/search/related.js';
import { countsAKindOf } from '../../src/search/shape.js';
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

/** A village whose head count is given as a population, beside a count of pupils and of workers. */
const VILLAGE = record('village', [
  [
    'Ferrish is a fishing village on the Tarrin estuary, reached by a single lane.',
    'The village has one inn, a chapel and a school with 52 pupils.',
    'It has a population of about 900.',
    'The cannery on the quay employs 40 people and smokes herring in winter.',
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

  it('reads no general word where the record does not write the rest of the question (the waterwheel of another place)', () => {
    expect(ask(MILL, 'Who made the waterwheel at Brundlesham?')).toEqual([]);
  });

  it('reads no general word spelt as another word of the question: "the building" does not hold "observatory" beside "built"', () => {
    expect(firstGenera('observatory')).toEqual(['building', 'edifice']);
    expect(ask(HILL, 'For whom was the observatory built?')).toEqual([]);
  });
});

describe('a body of the counted people given its size (countsAKindOf: "a population of …")', () => {
  it('counts people by a group noun that WordNet makes a kind of them, then "of" and a figure', () => {
    expect(countsAKindOf('Maudlyn counted a population of 615 in the survey of 2019.', 'people')).toBe(true);
    expect(countsAKindOf('The island has a population of just over 300.', 'people')).toBe(true);
  });

  it('counts nothing else that way: not other things, not a measure, not a year', () => {
    expect(countsAKindOf('Maudlyn counted a population of 615 in the survey of 2019.', 'animals')).toBe(false);
    expect(countsAKindOf('The spire rises to a height of 62 metres.', 'people')).toBe(false);
    expect(countsAKindOf('The hall has a capacity of 400.', 'people')).toBe(false);
    expect(countsAKindOf('The population of 1850 was mostly weavers.', 'people')).toBe(false);
  });

  it('answers "How many people are living in the village?" with the population, not the pupils of its school', () => {
    expect(ask(VILLAGE, 'How many people are living in the village?')).toEqual(['village ¶1.3 0.446', 'village ¶1.2 0.407']);
    expect(ask(VILLAGE, 'How many people work at the cannery?')).toEqual(['village ¶1.4 0.527']);
  });
});
