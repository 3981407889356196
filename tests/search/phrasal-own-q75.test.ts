import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { RANKING } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * A question's phrasal verb is read by its own words, not by its verb's alone (`PHRASAL_OWN_SENSE`,
 * session 37, q75): "set up" is "found", "establish", and not "place" or "put" (the verb "set"), nor
 * a "pair" (a kind of the noun "set"). On a story of our own writing (names invented).
 */
const CHOIR = record('choir', [
  ['The Wendle Singers is a chamber choir in the hill town of Morrow Cross.'],
  ['Since 2014 the choir has sung in pairs at weddings, and in 2019 it placed second at a national contest.', 'It was founded in 1978 by two music teachers from the town school.'],
]);
const asked = (q: string, phrasalOwn: number): string[] =>
  createSearchIndex(CHOIR, { ranking: { ...RANKING, phrasalOwn } })
    .search(q)
    .hits.map((h) => cite(h.sentence));

describe("a phrasal verb read by its own words", () => {
  it('answers "set up" by the founding, not by a pair or a place', () => {
    expect(asked('When was the choir set up?', 0)[0]).toBe('choir ¶2.1');
    expect(asked('When was the choir set up?', 1)[0]).toBe('choir ¶2.2');
  });
});
