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

/**
 * `HIT_BOOST` through the route (session 38, q80): a "When …?" question asked through `ask` goes to
 * /when, which re-sorts the search's hits by how they are dated (`whenAnswer`); the answer-type
 * bonus a hit carries (`SearchHit.boost`) keeps a sentence that gives a date above a closer one
 * that gives none. On a story of our own writing (names invented), without sentence vectors.
 */
const STORY =
  ' date 2026-03-02 Open day at the lifeboat station\n\n' +
  'Volunteers opened the doors of the Pellock Ness lifeboat station to visitors.\n\n' +
  'The station was built by the harbour trust in 1924 to guard the sandbanks off the point.\n';

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

describe('a "when" question asked through ask, with the ranking bonus its hits carry (HIT_BOOST)', () => {
  it('puts the sentence giving a date above a closer one that gives none', () => {
    const query = 'When did the lifeboat station open?';
    expect(shown(answer(withBoost(1), { command: 'ask', query }))).toEqual(['answered', 'when', ['lifeboat ¶2.1', 'lifeboat ¶1.1', 'lifeboat ¶0.1']]);
    // Without it /when re-sorts by the score alone: the undated visit first, the headline above the date.
    expect(shown(answer(withBoost(0), { command: 'ask', query }))).toEqual(['answered', 'when', ['lifeboat ¶1.1', 'lifeboat ¶0.1', 'lifeboat ¶2.1']]);
  });
});
