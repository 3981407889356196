import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';

/**
 * Session 34, q67: a "when" question asked through /ask re-orders the search's answers by their
 * dates, from the order the search gave them (`SearchHit.order`: the relevance with what ranked an
 * answer up, an answer of the asked type), not from the relevance alone, which dropped it. On a
 * story of our own writing (names invented).
 */
const STORY =
  ' date 2026-03-14 Quenby Pipes\n\n' +
  'Quenby Pipes is an organ builder in the town of Wyndlecote. ' +
  'It was founded in 1866 by the joiner Ulric Quenby, who had tuned harmoniums for chapels. ' +
  'The firm has rebuilt more than 200 organs for chapels and schools across the county.\n';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-when-order-'));
  writeFileSync(join(dir, 'organs.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shown = (a: Answer): [string, string[]] => [a.status, a.status === 'answered' ? a.results.map((r) => `${r.excerpt.cite} ${r.when?.text ?? '-'}`) : []];

describe('a "when" question asked through /ask, ordered by its dates', () => {
  it('keeps the sentence dating the founding in its own words above one dated by it, as the search ranked them', () => {
    const query = 'When was the organ firm set up?';
    expect(answer(corpus, { command: 'ask', query }).routedTo).toBe('when');
    // ¶1.3 holds more of the question's words (the firm, the organs) and is dated by ¶1.2's year;
    // ¶1.2 writes the year, which ranked it first among the search's answers.
    expect(shown(answer(corpus, { command: 'ask', query }))).toEqual(['answered', ['organs ¶1.2 1866', 'organs ¶1.3 1866']]);
  });
});
