import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { holdsAnswerType, shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Session 35, q70: a date asked within the year — by a calendar noun shorter than a year ("In which
 * month …", "On what day …") or in so many words ("At what time of year …", "When in the year …") —
 * is answered by a sentence naming a month, a weekday, a holiday or a season, not by one that writes
 * a year alone. Records and names of our own invention.
 */
const SHOW = record('show', [
  [
    'The Stobbington Gooseberry Show is a village contest held on the first Sunday of August beside the old chapel.',
    'Growers bring their berries to be weighed on a brass balance that the chapel has owned since 1890.',
    'In 2009 the show was held in the school hall after storms flooded the chapel field.',
  ],
  ['The show began in 1861, when local miners competed to grow the heaviest berry.', 'Its record berry, grown in 2009, weighed 64 grams.', 'In 1994 the show was called off after a drought left the bushes bare.'],
]);

const ask = (q: string): string[] =>
  createSearchIndex(SHOW)
    .search(q)
    .hits.map((h) => cite(h.sentence));

describe('a date asked within the year', () => {
  it('reads the question: a calendar noun shorter than a year, or "time of year", asks for a time named', () => {
    expect(shapeOf('In which month is the show held?').units).toEqual(['noun.time']);
    expect(shapeOf('At what time of year do growers meet for the show?').units).toEqual(['noun.time']);
    expect(shapeOf('When in the year do growers meet?').units).toEqual(['noun.time']);
    expect(shapeOf('In which year was the show called off?').units).toEqual([]);
    expect(shapeOf('When was the show called off?').units).toEqual([]);
  });

  it('holds a month, a weekday, a holiday or a season, not a year alone', () => {
    const none = new Set<string>();
    expect(holdsAnswerType('The fair is held every July.', 'date', none, ['noun.time'])).toBe(true);
    expect(holdsAnswerType('Saturdays are its busiest days.', 'date', none, ['noun.time'])).toBe(true);
    expect(holdsAnswerType('The yard is quiet in winter.', 'date', none, ['noun.time'])).toBe(true);
    expect(holdsAnswerType('In 1994 the fair was called off.', 'date', none, ['noun.time'])).toBe(false);
    expect(holdsAnswerType('Year after year the fair grew.', 'date', none, ['noun.time'])).toBe(false);
    expect(holdsAnswerType('In 1994 the fair was called off.', 'date', none)).toBe(true);
  });

  it('answers "On what day …", "At what time of year …" with the sentence naming the day and month, not the one with a year', () => {
    expect(ask('On what day is the show held?')).toEqual(['show ¶1.1', 'show ¶1.3']);
    expect(ask('At what time of the year is the show held?')).toEqual(['show ¶1.1', 'show ¶1.3']);
    expect(ask('When in the year will the contest take place?')).toEqual(['show ¶1.1']);
    // A year asked is answered by the year, and "when" alone by either.
    expect(ask('In which year was the show called off?')).toEqual(['show ¶2.3']);
    expect(ask('When is the show held?')).toEqual(['show ¶1.3', 'show ¶1.1']);
  });
});
