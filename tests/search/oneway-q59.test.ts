import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { namedAdjectives, relatedWords } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 31, q59: a relation WordNet writes one way only, read the other way. An adjective
 * pertains to the place it names ("Nepalese" to "Nepal") and nothing leads from the place back,
 * so a question naming the place missed the sentence writing only its adjective. (The place must
 * be one WordNet knows, so it is a real country, absent from every question set.)
 */
const POTTER = record('potter', [
  ['Idra Tessivane opened her first workshop in Brindwell in 1898.', 'She trained six apprentices over the next decade.'],
  ['In 1907 Tessivane obtained Nepalese citizenship and moved her kilns to the lake.', 'Tessivane died on 4 May 1923 when a kiln wall gave way.'],
  ['Her daughter Ostrevin Carrabel ran the workshop until 1950.', 'The long shed holds forty visitors for the summer classes.'],
]);

describe('a relation WordNet writes one way (namedAdjectives)', () => {
  it('gives a named place its adjective, not a common noun its relational ones', () => {
    expect(namedAdjectives(['nepal'])).toEqual(['nepalese']);
    expect(namedAdjectives(['bhutan'])).toEqual(['bhutanese']);
    expect(namedAdjectives(['state'])).toEqual([]);
    expect(relatedWords('nepal').related).toEqual(['nepalese']);
  });

  it('answers with the sentence writing the adjective of the place the question names', () => {
    const index = createSearchIndex(POTTER);
    expect(index.search('When did Tessivane become a citizen of Nepal?').hits.map((h) => cite(h.sentence))).toEqual(['potter ¶2.1']);
  });

  it('still refuses a place the record does not name', () => {
    const index = createSearchIndex(POTTER);
    expect(index.search('What did the potters of Tonga obtain?').hits.map((h) => cite(h.sentence))).toEqual([]);
    expect(index.search('What did the potters of Nepal obtain?').hits.map((h) => cite(h.sentence))).toEqual(['potter ¶2.1']);
  });
});
