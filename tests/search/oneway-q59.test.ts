import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { causingVerbs, namedAdjectives, relatedWords } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 31, q59: two relations WordNet writes one way only, read the other way. An adjective
 * pertains to the place it names ("Nepalese" to "Nepal") and nothing leads from the place back;
 * a verb causes another ("kill" causes "die") and nothing leads from the effect back. A question
 * naming the place, or asking of the effect, missed the sentence writing the adjective or the
 * cause. (The place must be one WordNet knows, so it is a real country, absent from every set.)
 */
const POTTER = record('potter', [
  ['Idra Tessivane opened her first workshop in Brindwell in 1898.', 'She trained six apprentices over the next decade.'],
  ['In 1907 Tessivane obtained Nepalese citizenship and moved her kilns to the lake.', 'Tessivane was killed on 4 May 1923 when a kiln wall gave way.'],
  ['Her daughter Ostrevin Carrabel ran the workshop until 1950.', 'The long shed seats forty visitors for the summer classes.'],
]);

describe('relations WordNet writes one way (namedAdjectives, causingVerbs)', () => {
  it('gives a named place its adjective, not a common noun its relational ones', () => {
    expect(namedAdjectives(['nepal'])).toEqual(['nepalese']);
    expect(namedAdjectives(['bhutan'])).toEqual(['bhutanese']);
    expect(namedAdjectives(['state'])).toEqual([]);
    expect(relatedWords('nepal').related).toEqual(['nepalese']);
  });

  it('gives an effect the one act that causes it, not an outcome of many acts or a state of mind', () => {
    expect(causingVerbs(['die'])).toEqual(['kill']);
    expect(causingVerbs(['sit'])).toEqual(['seat']);
    expect(causingVerbs(['happen'])).toEqual([]);
    expect(causingVerbs(['remember'])).toEqual([]);
    expect(relatedWords('died').related.includes('kill')).toBe(true);
  });

  it('answers with the sentence writing the adjective of the place the question names', () => {
    const index = createSearchIndex(POTTER);
    expect(index.search('When did Tessivane become a citizen of Nepal?').hits.map((h) => cite(h.sentence))).toEqual(['potter ¶2.1']);
  });

  it('answers with the sentence writing the cause of the act asked about', () => {
    const index = createSearchIndex(POTTER);
    expect(index.search('When did Tessivane die?').hits.map((h) => cite(h.sentence))[0]).toBe('potter ¶2.2');
    expect(index.search('How many people can sit in the long shed?').hits.map((h) => cite(h.sentence))[0]).toBe('potter ¶3.2');
  });

  it('still refuses a place the record does not name', () => {
    const index = createSearchIndex(POTTER);
    expect(index.search('What did the potters of Tonga obtain?').hits.map((h) => cite(h.sentence))).toEqual([]);
    expect(index.search('What did the potters of Nepal obtain?').hits.map((h) => cite(h.sentence))).toEqual(['potter ¶2.1']);
  });
});
