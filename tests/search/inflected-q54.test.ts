import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { inflectionsOf } from '../../src/search/related.js';
import { readWord } from '../../src/search/text.js';
import { cite, record } from './record.js';

/**
 * Session 28, q54: a question's synonym counts in the form the record writes it. The stemmer keeps
 * "largest" apart from "large" and "bought" from "buy", so WordNet's synonym of "biggest" or of
 * "purchased" was never found in a sentence writing it inflected (see `inflectionsOf`).
 */
const KILNS = record('kilns', [
  [
    'The Vellmarsh pottery fires its ware in three coal kilns behind the old chapel.',
    'The largest kiln holds about 4,000 pots at a time.',
    'Firing lasts two days and a night.',
  ],
  [
    'The works was bought in 1961 by a family from Harthwick.',
    'They replaced the glaze mill in 1974.',
  ],
]);

describe('a synonym in any of its forms (inflectionsOf)', () => {
  it('reads the comparative, the superlative and irregular forms, not a form that is a word of its own', () => {
    expect(inflectionsOf('large')).toEqual(['larger', 'largest']);
    expect(inflectionsOf('big')).toEqual(['bigger', 'biggest']);
    expect(inflectionsOf('buy')).toEqual(['bought']);
    // "found" founds a company as often as it finds a thing; "thinner" is a solvent.
    expect(inflectionsOf('find')).toEqual([]);
    expect(inflectionsOf('thin').includes('thinner')).toBe(false);
    expect(readWord('largest')?.stem === readWord('large')?.stem).toBe(false);
  });

  it('answers with the sentence writing the synonym inflected', () => {
    const index = createSearchIndex(KILNS);
    expect(index.search('How many pots fit in the biggest kiln?').hits.map((h) => cite(h.sentence))).toEqual(['kilns ¶1.2']);
    expect(index.search('What does the biggest kiln hold?').hits.map((h) => cite(h.sentence))).toEqual(['kilns ¶1.2']);
    expect(index.search('When was the works purchased?').hits.map((h) => cite(h.sentence))).toEqual(['kilns ¶2.1']);
  });

  it('still refuses what the record does not say', () => {
    const index = createSearchIndex(KILNS);
    expect(index.search('Who found the kiln?').hits.map((h) => cite(h.sentence))).toEqual([]);
  });

  it('does not read a word the question writes as a form of another of its words', () => {
    // "largest" is a form of "large", WordNet's word for "size", but the question writes it for
    // itself: the sentence holds one of the question's words, not two.
    const held = new Map<string, number>();
    const index = createSearchIndex(record('school', [['By 1950 it was the largest pottery in the county, with 80 throwers.', 'Lessons are taught to groups of six.']]), {
      observe: (o) => {
        for (const c of o.candidates) held.set(c.text, c.held);
      },
    });
    index.search('What is the largest size of a group?');
    expect(held.get('By 1950 it was the largest pottery in the county, with 80 throwers.')).toBe(1);
  });
});
