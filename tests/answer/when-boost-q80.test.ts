import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';
import { sentencesOf } from '../../src/record/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { RANKING } from '../../src/search/options.js';

const STORY =
  ' date 2026-03-02 Lifeboat station marks a century\n\n' +
  'The Gullhaven lifeboat station was rebuilt after a storm in 1953. ' +
  'The station was first opened by the harbour trust to guard the sandbanks off the point.\n\n' +
  'A new slipway was opened at the lifeboat station in 1998.\n';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-when-boost-'));
  writeFileSync(join(dir, 'lifeboat.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shown = (a: Answer): [string, string | undefined, string[]] => [a.status, a.routedTo, a.status === 'answered' ? a.results.map((r) => r.excerpt.cite) : (a.suggestions ?? []).map((r) => r.excerpt.cite)];
const withBoost = (hitBoost: number): Corpus => ({ ...corpus, index: createSearchIndex(corpus.docs.flatMap((d) => sentencesOf(d)), { ranking: { ...RANKING, hitBoost } }) });

describe('x', () => {
  it('y', () => {
    for (const q of ['When was the lifeboat station opened?', 'When was the station opened?', 'When was the lifeboat station first opened?', 'When did the lifeboat station open?']) {
      console.log('Q', q, JSON.stringify(shown(answer(withBoost(1), { command: 'ask', query: q }))), JSON.stringify(shown(answer(withBoost(0), { command: 'ask', query: q }))));
      console.log('H', JSON.stringify(withBoost(1).index.search(q.replace(/^When/, 'when')).hits.map((h) => [h.sentence.paragraph, h.sentence.sentence, h.score, h.boost])));
    }
  });
});
