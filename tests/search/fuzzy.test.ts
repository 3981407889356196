import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedLevenshtein, isTransposition, WordIndex } from '../../src/search/fuzzy.js';

/** Textbook Levenshtein, the reference. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });

describe('boundedLevenshtein', () => {
  it('gives examples exactly', () => {
    expect(boundedLevenshtein('talks', 'talsk', 2)).toBe(2);
    expect(boundedLevenshtein('negotiators', 'negotiaters', 2)).toBe(1);
    expect(boundedLevenshtein('market', 'met', 2)).toBe(3);
    expect(boundedLevenshtein('', 'ab', 2)).toBe(2);
  });

  it('equals Levenshtein when within max, else max + 1', () => {
    fc.assert(
      fc.property(word, word, fc.nat(5), (a, b, max) => {
        const d = levenshtein(a, b);
        expect(boundedLevenshtein(a, b, max)).toBe(d <= max ? d : max + 1);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('WordIndex', () => {
  it('finds every word within k edits, as a scan would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, fc.integer({ min: 0, max: 3 }), (words, query, max) => {
        const index = new WordIndex();
        for (const w of words) index.add(w);
        const found: string[] = [];
        index.near(query, max, (id) => found.push(index.words[id] as string));
        expect(found.sort()).toEqual(words.filter((w) => levenshtein(w, query) <= max).sort());
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each word one id', () => {
    const index = new WordIndex();
    for (const w of ['talks', 'tariffs', 'talk', 'tax', 'atlas']) index.add(w);
    expect(index.add('talk')).toBe(2);
    expect([index.size, index.id('atlas'), index.id('zebra')]).toEqual([5, 4, undefined]);
  });
});

describe('isTransposition', () => {
  it('is true for one pair of neighbouring letters swapped, and nothing else', () => {
    expect(['tucson', 'tuscon', 'utcson', 'tucsno', 'tucosn', 'tcuson', 'tucson ', 'tucsom', 'tsucon'].map((w) => isTransposition('tucson', w))).toEqual([
      false, true, true, true, true, true, false, false, false,
    ]);
  });
});
