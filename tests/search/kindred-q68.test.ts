import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { kinWords } from '../../src/search/related.js';
import { cosine, rowOf } from '../../src/search/vectors.js';
import { KIN_COSINE } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * Session 34, q68: a question's noun said otherwise by the record — a word WordNet puts a kind or
 * two above or below it ("ships" ~ "vessels", "houses" ~ "building") that the word vectors find
 * close in meaning (`kinWords`, `KIN_COSINE`, `KIN_SIMILARITY`). It holds the noun as a synonym
 * does: the sentence sharing the question's verb and writing "vessels" is no longer a sentence
 * sharing one word. Records and names of our own invention.
 */
const YARD = record('yard', [
  [
    'Corriland Yard built ships for the coastal trade on the Ebbery estuary from 1871.',
    'Over ninety years it launched 212 vessels, the last of them in 1961.',
    'Its two slipways could take ships of up to 90 metres.',
  ],
  ['A ships’ chandlery on the quay still sells rope, tar and paint.', 'The yard closed in 1962 and its 400 workers were laid off.'],
]);

const close = (word: string): string[] => kinWords(word).filter((w) => rowOf(word) >= 0 && rowOf(w) >= 0 && cosine(rowOf(word), rowOf(w)) >= KIN_COSINE);

describe('a noun by its near kin in WordNet that the vectors find close (kinWords)', () => {
  it('reads what the noun is a kind of and its kinds, close in meaning; not its siblings, not times', () => {
    expect(close('ships')).toEqual(['vessel']);
    expect(close('houses')).toEqual(['building']);
    // A mother, a brother are other people than a father, however close their vectors (0.87, 0.92).
    expect(close('father').filter((w) => ['mother', 'brother', 'uncle'].includes(w))).toEqual([]);
    // Trousers are no jackets (a sibling under "garment", 0.77).
    expect(kinWords('jackets')).not.toContain('trousers');
    // A time noun reads none ("months" ~ "days", "years").
    expect(kinWords('months')).toEqual([]);
  });

  // Read by default since session 36 (`KIN_SIMILARITY` 0.55, `KIN_HELD` 0: a near kin holds the noun
  // where the sentence holds every other word of the question).
  it('answers "How many ships were launched?" with the vessels\' sentence, which shares one word without the route', () => {
    const ask = (q: string, ranking?: Record<string, number>): string[] =>
      createSearchIndex(YARD, ranking ? { ranking } : {})
        .search(q)
        .hits.map((h) => cite(h.sentence));
    expect(ask('How many ships were launched?')).toEqual(['yard ¶1.2', 'yard ¶1.3']);
    expect(ask('How many ships were launched?', { kin: 0 })).toEqual(['yard ¶1.3']);
    // ¶1.2 does not write the yard ("it launched"): the near kin holds the noun there only with
    // `KIN_HELD` 1 (q68's first reading), not where the sentence lacks another word of the question.
    expect(ask('How many ships did the yard launch?')).toEqual(['yard ¶1.3', 'yard ¶1.1']);
    expect(ask('How many ships did the yard launch?', { kinHeld: 1 })).toEqual(['yard ¶1.2', 'yard ¶1.3', 'yard ¶1.1']);
    expect(ask('How many ships did the yard launch?', { kin: 0 })).toEqual(['yard ¶1.3', 'yard ¶1.1']);
  });
});
