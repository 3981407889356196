import { describe, expect, it } from 'vitest';
import { eventOf } from '../../src/answer/when.js';
import { createSearchIndex } from '../../src/search/index.js';
import { shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Session 33, q65: a "what/which" question asking for a date by a calendar noun ("In what year …",
 * "During which month …") searched the noun as a word of its own, at full weight: sentences writing
 * "two hundred years", "its busiest years" or "every year" held it and outranked the one giving the
 * date. The noun is no word to look for, as /when's `eventOf` drops "What year …".
 */
const FERRY = record('ferry', [
  [
    'A chain ferry carried carts and passengers across the Wend at Oddingale Ford for more than two hundred years.',
    'In its busiest years the ferry made forty crossings a day.',
  ],
  ['The crossing was withdrawn in 1964, after the county opened a road bridge two miles upstream.'],
  ['A volunteer group has restored the old ferry house, which opens to visitors every year in May.'],
]);

describe('the calendar noun a date question asks by', () => {
  it('is the asked word of a date question, not an era, a period or a count', () => {
    expect(shapeOf('In what year was the ferry withdrawn?').asked).toEqual(['year']);
    expect(shapeOf('During which months is the ferry house open?').asked).toEqual(['month']);
    expect(shapeOf('Which day of the week does the ferry sail?').asked).toEqual(['dai']);
    expect(shapeOf('In what era did the ferry flourish?').asked).toEqual([]);
    expect(shapeOf('How many years did the ferry run?').asked).toEqual([]);
    expect(shapeOf('Which ferry crossed the Wend?').asked).toEqual([]);
  });

  it('"In what year was the ferry withdrawn?" answers with the withdrawal, not the sentences writing "years"', () => {
    const index = createSearchIndex(FERRY);
    expect(index.search('In what year was the ferry withdrawn?').hits.map((h) => cite(h.sentence))).toEqual(['ferry ¶2.1', 'ferry ¶3.1']);
    // The month the house opens is still found by the question's other words.
    expect(index.search('During which month can visitors see the ferry house?').hits.map((h) => cite(h.sentence))).toEqual(['ferry ¶3.1']);
  });

  it('/when reads the same nouns as asking for the date', () => {
    expect(eventOf('In which year was the ferry withdrawn?', 'when')).toBe('when was the ferry withdrawn?');
    expect(eventOf('In what decade did the ferry stop?', 'when')).toBe('when did the ferry stop?');
    expect(eventOf('In what era did the ferry flourish?', 'when')).toBe('In what era did the ferry flourish?');
  });
});
