import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { shapeOf } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * Session 22, q41: a "what/which" question whose head noun names a measure asks what the "how
 * ADJ" question of that measure asks (`measureNoun` in shape.ts): "What is the length of the
 * path?" is "How long is the path?", a number in units ("a five-mile path"), read from WordNet (a
 * magnitude or a physical property whose most common sense, or the sense it is a kind of, is the
 * attribute of an adjective `MEASURES` or `howKindOf` reads: "diameter" is a length). Our own texts.
 */
const MOOR = record('moor', [
  [
    'Fenwold Pony Rides is a riding centre on the edge of Gorsey Moor, run by the Ashcombe family.',
    'Since 2015 the centre has offered guided rides in which visitors follow a five-mile track over the moor.',
    'The rides run from April to September and are limited to eight riders at a time.',
  ],
  [
    'The stone tower beside the stables was built as a lookout in 1840.',
    'It stands 22 metres high and can be climbed on open days.',
  ],
]);

describe('a measure named by the head noun (measureNoun)', () => {
  it('reads "length", "height" and "diameter" as the measures of "long", "high" and "long"', () => {
    const read = (q: string): unknown => {
      const s = shapeOf(q);
      return [s.answerType, s.measure, s.units];
    };
    expect(read('What is the length of the track?')).toEqual(['number', 'long', ['noun.quantity', 'noun.time']]);
    expect(read('What is the height of the tower?')).toEqual(['number', 'high', ['noun.quantity']]);
    expect(read('What is the diameter of the wheel?')).toEqual(['number', 'long', ['noun.quantity', 'noun.time']]);
  });

  it('leaves a noun of no measure, or a magnitude itself, as it was', () => {
    expect([shapeOf('What colour is the door?').answerType, shapeOf('What is the magnitude of the problem?').measure, shapeOf('Which dimensions matter most?').answerType]).toEqual([null, null, null]);
  });

  it('does not let the measure give way through "of" to a place noun after it', () => {
    expect(shapeOf('What is the length of the walking route?').answerType).toBe('number');
  });

  it('answers "What is the length of the riding track?" with the sentence holding "five-mile"', () => {
    expect(createSearchIndex(MOOR).search('What is the length of the riding track?').hits.map((h) => cite(h.sentence))[0]).toBe('moor ¶1.2');
  });

  it('answers "What is the height of the tower?" with the sentence holding "22 metres high"', () => {
    expect(createSearchIndex(MOOR).search('What is the height of the tower?').hits.map((h) => cite(h.sentence))[0]).toBe('moor ¶2.2');
  });
});
