import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';

/**
 * A "when" question asked with the sentence vectors (session 24, q46): `ask` routes it to the
 * dates, whose search reads the question's cosines in meaning as every other question's does, so
 * the model that reads them (`MEANING_DECISION`) answers or refuses it. Before, the dates searched
 * by the words alone and a paraphrased "when" question stayed refused whatever the vectors said.
 * On a story of our own writing (names invented); the cosines are given, not encoded.
 */
const STORY =
  ' date 2026-02-06 Quillby museum to shut for repairs\n\n' +
  'The Quillby lantern museum will close for repairs at the end of March, its trustees said on Friday. ' +
  "A storm in January tore slates from the roof of the old keeper's cottage.\n\n" +
  'Visitors can still book guided walks along the Tarnmouth headland. ' +
  'The collection first went on show to the public in 1987, after a local appeal raised £40,000.\n';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-when-meaning-'));
  writeFileSync(join(dir, 'museum.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shown = (a: Answer): [string, string | undefined, string[]] => [a.status, a.routedTo, a.status === 'answered' ? a.results.map((r) => r.excerpt.cite) : (a.suggestions ?? []).map((r) => r.excerpt.cite)];
/** The sentence that says when the collection went on show (¶2.2) close in meaning, the others not. */
const onShow = (s: { paragraph: number; sentence: number }): number => (s.paragraph === 2 && s.sentence === 2 ? 0.6 : 0.15);

describe('a "when" question with the cosines in meaning', () => {
  it('is answered by the sentence close in meaning that its words alone only suggest', () => {
    const query = 'When was the collection unveiled?';
    expect(shown(answer(corpus, { command: 'ask', query }))).toEqual(['not_found', 'when', ['museum ¶2.2']]);
    expect(shown(answer(corpus, { command: 'ask', query, meaning: onShow }))).toEqual(['answered', 'when', ['museum ¶2.2']]);
  });

  it('stays refused when no sentence is close in meaning', () => {
    const query = 'When was the collection unveiled?';
    expect(shown(answer(corpus, { command: 'ask', query, meaning: () => 0.1 }))).toEqual(['not_found', 'when', ['museum ¶2.2']]);
    expect(shown(answer(corpus, { command: 'ask', query: 'When did the collection open to visitors?', meaning: () => 0.1 }))).toEqual(['not_found', 'when', ['museum ¶2.1', 'museum ¶2.2']]);
  });

  it('gives the date of the sentence it answers with', () => {
    const a = answer(corpus, { command: 'ask', query: 'When was the collection unveiled?', meaning: onShow });
    expect(a.status === 'answered' ? a.results.map((r) => r.when?.text ?? null) : a.status).toEqual(['1987']);
  });
});
