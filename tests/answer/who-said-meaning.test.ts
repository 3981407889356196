import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';

/**
 * A question about saying asked with the sentence vectors (session 25, q48): `ask` routes it to the
 * statements, whose search reads the question's cosines in meaning as every other question's does
 * (ranked by them, decided by `MEANING_DECISION`). Before, the statements were searched by the words
 * alone: a paraphrased question was refused there and answered by the plain search, without the
 * speaker. On a story of our own writing (names invented); the cosines are given, not encoded.
 */
const STORY =
  ' date 2026-03-02 Tarnmouth breakwater repairs delayed\n\n' +
  'Repairs to the Tarnmouth breakwater have been put off until the summer, the harbour board said on Monday. ' +
  'Harbour master Sabeth Pellamy said the breakwater was in poor repair after years of neglect.\n\n' +
  'Fisherman Wendric Quorvin said the breakwater would not last another winter. ' +
  'Boats moored inside the harbour were damaged twice last year.\n';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-who-said-meaning-'));
  writeFileSync(join(dir, 'breakwater.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shown = (a: Answer): [string, string | undefined, string[]] => [
  a.status,
  a.routedTo,
  a.status === 'answered' ? a.results.map((r) => `${r.excerpt.cite}${r.speaker ? ` ${r.speaker.name}` : ''}`) : (a.suggestions ?? []).map((r) => r.excerpt.cite),
];
/** The fisherman's warning (¶2.1) close in meaning, the other sentences not. */
const warning = (s: { paragraph: number; sentence: number }): number => (s.paragraph === 2 && s.sentence === 1 ? 0.75 : 0.15);

describe('a question about saying with the cosines in meaning', () => {
  it('is answered among the statements, with its speaker, by the one close in meaning', () => {
    const query = 'Who warned the breakwater might collapse this year?';
    expect(shown(answer(corpus, { command: 'ask', query }))).toEqual(['not_found', 'who-said', ['breakwater ¶1.2', 'breakwater ¶1.1', 'breakwater ¶2.1']]);
    expect(shown(answer(corpus, { command: 'ask', query, meaning: warning }))).toEqual(['answered', 'who-said', ['breakwater ¶2.1 Wendric Quorvin']]);
  });

  it('stays refused when no statement is close in meaning', () => {
    const query = 'Who warned the breakwater might collapse this year?';
    expect(shown(answer(corpus, { command: 'ask', query, meaning: () => 0.15 }))).toEqual(['not_found', 'who-said', ['breakwater ¶1.2', 'breakwater ¶1.1', 'breakwater ¶2.1']]);
  });
});
