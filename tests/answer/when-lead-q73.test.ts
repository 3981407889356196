import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';

/**
 * A "when" question's answers are ordered by their dates after the search (`whenAnswer`); the
 * answer the search puts first for giving the date none of the fuller answers gives
 * (`LONE_TYPED_FIRST`, session 36, q73) stays first. On a story of our own writing (names
 * invented); the cosines are given, not encoded.
 */
const STORY =
  ' date 2026-03-02 Hillside observatory reopens\n\n' +
  'The Fennick Observatory stands on a low hill above the village of Varrow. ' +
  "Volunteers built the planetarium's seats from old church pews.\n\n" +
  'A small planetarium joined the site in 2011, next to the telescope house.\n';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-when-lead-'));
  writeFileSync(join(dir, 'observatory.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shown = (a: Answer): [string, string | undefined, string[]] => [a.status, a.routedTo, a.status === 'answered' ? a.results.map((r) => r.excerpt.cite) : (a.suggestions ?? []).map((r) => r.excerpt.cite)];
const joined = (s: { paragraph: number }): number => (s.paragraph === 2 ? 0.6 : 0.3);

describe('a "when" question whose dated answer shares one word with it', () => {
  it('is answered first by that answer', () => {
    const query = 'When was the planetarium built?';
    expect(shown(answer(corpus, { command: 'ask', query, meaning: joined }))).toEqual(['answered', 'when', ['observatory ¶2.1', 'observatory ¶1.2']]);
  });
});
