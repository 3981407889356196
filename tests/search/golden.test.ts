import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/record/parse.js';
import { sentencesOf } from '../../src/record/types.js';
import { createSearchIndex, exhaustiveSearch, RELEVANCE_BAR } from '../../src/search/index.js';
import type { SearchOutcome } from '../../src/search/types.js';

// End-to-end golden case on the bundled article (the only place its words appear): the record
// parser's sentences, searched as the bot would.
const ID = '2020-10-30-china-us-military-contacts';
const FILE = `knowledge/${ID}.txt`;
const parsed = parseDocument(readFileSync(new URL(`../../${FILE}`, import.meta.url)), { id: ID, file: FILE });
if (!parsed.ok) throw new Error(`golden: ${parsed.problem.reason}`);
const sentences = sentencesOf(parsed.doc);
const index = createSearchIndex(sentences);

const keys = (o: SearchOutcome): string[] => o.hits.map((h) => `${h.sentence.paragraph}.${h.sentence.sentence}`);
const words = (o: SearchOutcome): string[][] => o.hits.map((h) => h.highlights.map(([a, b]) => h.sentence.text.slice(a, b)));

describe('golden: the bundled article', () => {
  it('answers content questions with the sentence that holds them', () => {
    expect([keys(index.search('taiwan strait')), words(index.search('taiwan strait'))]).toEqual([['7.2'], [['Taiwan', 'Strait']]]);
    expect(keys(index.search('phone talks'))).toEqual(['3.1']);
    expect(keys(index.search('annual seminar'))).toEqual(['5.2']);
    // Typo plus word form; a misspelt name.
    expect([keys(index.search('comunications')), words(index.search('comunications'))]).toEqual([['5.1'], [['communications']]]);
    expect(words(index.search('Taiwan Straight'))).toEqual([['Taiwan', 'Strait']]);
  });

  it('does not answer what the article does not cover', () => {
    const o = index.search('stock market crash');
    expect(o.hits).toEqual([]);
    // The nearest: the stems of "crisis" and "crossed" ("crisi", "cross") are two edits from "crash".
    expect(o.suggestions.map((h) => `${h.sentence.paragraph}.${h.sentence.sentence}`)).toEqual(['5.1', '7.2']);
    expect(o.suggestions.map((h) => h.highlights.map(([a, b]) => h.sentence.text.slice(a, b)))).toEqual([['crisis'], ['crossed']]);
    for (const s of o.suggestions) expect(s.score).toBeLessThan(RELEVANCE_BAR);
  });

  it('fast path and exhaustive fuse.js agree', () => {
    for (const q of ['taiwan strait', 'phone talks', 'comunications', 'military relations important', 'crisis communication', 'stock market crash']) {
      const fast = index.search(q);
      const slow = exhaustiveSearch(sentences, q);
      expect(fast.hits.map((h) => [h.sentence, h.score])).toEqual(slow.hits.map((h) => [h.sentence, h.score]));
    }
  });
});
