import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';

/**
 * "What time does … ?" asks for a clock time (session 38, q78): /ask searches it as a question for
 * a time of day, not as a date through /when, which answered it with any year a sentence sharing
 * its words holds ("opened in 2014" for "What time does the mill open?"). On a story of our own
 * writing (names invented).
 */
const STORY =
  ' date 2026-05-04 Corn mill grinds again\n\n' +
  'Quarrendell Mill is a water-powered corn mill on the River Tolvey, below the village of Yarnstowe. ' +
  'A café was opened in the old granary in 2014.\n\n' +
  'The café opens at 10 a.m. on Saturdays.\n';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-clock-time-'));
  writeFileSync(join(dir, 'mill.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shown = (a: Answer): [string, string | undefined, string[]] => [a.status, a.routedTo, a.status === 'answered' ? a.results.map((r) => r.excerpt.cite) : (a.suggestions ?? []).map((r) => r.excerpt.cite)];

describe('a question asking what time something happens', () => {
  it('is answered by the sentence with the clock time', () => {
    expect(shown(answer(corpus, { command: 'ask', query: 'What time does the café open?' }))).toEqual(['answered', 'search', ['mill ¶2.1', 'mill ¶1.2']]);
  });

  it('is not answered with a year where the record gives no clock time for its thing', () => {
    expect(shown(answer(corpus, { command: 'ask', query: 'What time does the mill open?' }))).toEqual(['answered', 'search', ['mill ¶2.1']]);
    // Asked of /when, as /ask routed it before, the year answers it too.
    expect(shown(answer(corpus, { command: 'when', query: 'What time does the mill open?' }))).toEqual(['answered', undefined, ['mill ¶2.1', 'mill ¶1.2']]);
  });
});
