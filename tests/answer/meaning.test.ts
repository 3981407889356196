import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import { Meaning } from '../../src/answer/meaning.js';
import type { Answer } from '../../src/answer/types.js';
import { consoleLine, consoleLineWith } from '../../src/cli/console.js';
import { meaningPath, type RecordMeaning } from '../../src/search/meaning.js';

/**
 * `Meaning` (src/answer/meaning.ts): questions answered by their words until every sentence of
 * the record has its vector, then with them; the vectors kept in DATA_DIR for the next run. On a
 * story of our own writing (names invented).
 */
const STORY =
  ' date 2025-10-06 Kestrel Isle ferry to stop\n\n' +
  'The Kestrel Isle ferry will stop running at the end of October after 41 years, its operator said on Monday. ' +
  'Harwick Sea Lines blamed the rising price of fuel and a fall in passengers since the bridge opened.\n\n' +
  'Islanders will have to drive 30 kilometres to the bridge instead. The last crossing leaves the harbour at 6 pm on October 31.\n\n' +
  'A petition to save the service has gathered 2,400 signatures. The council said it could not afford to take the route over.\n';

/** The vectors of a corpus the test expects to get them (no size limit set). */
function tracked(meaning: Meaning, c: Corpus): RecordMeaning {
  const m = meaning.track(c);
  if (!m) throw new Error('the corpus got no vectors');
  return m;
}

const first = (a: Answer): string => (a.status === 'answered' ? (a.results[0]?.excerpt.cite ?? '') : a.status);
let dir: string;
let corpus: Corpus;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-meaning-'));
  writeFileSync(join(dir, 'ferry.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('questions with the sentence vectors', () => {
  it('are answered by their words until the vectors are in, then with them; the vectors are kept for the next run', async () => {
    const data = join(dir, 'data');
    const meaning = new Meaning({ dataDir: data });
    try {
      const q = { command: 'ask' as const, query: 'Why is the ferry being scrapped?' };
      expect(first(answer(corpus, q))).toBe('not_found');
      const m = tracked(meaning, corpus);
      // Six sentences and the headline.
      expect([m.ready, m.total]).toEqual([false, 7]);
      await m.finished;
      // The headline ("Kestrel Isle ferry to stop") and the opening sentence: closest in meaning.
      const a = await meaning.answer(corpus, q);
      expect(a.status === 'answered' ? a.results.map((r) => r.excerpt.cite) : a.status).toEqual(['ferry ¶0.1', 'ferry ¶1.1']);
      // A topic, or a command other than a search: the same answer as by the words.
      const topic = { command: 'search' as const, query: 'ferry fuel price' };
      expect(JSON.stringify(await meaning.answer(corpus, topic))).toBe(JSON.stringify(answer(corpus, topic)));
      expect(first(await meaning.answer(corpus, { command: 'when', query: 'last crossing' }))).toBe(first(answer(corpus, { command: 'when', query: 'last crossing' })));
      expect(first(await meaning.answer(corpus, { command: 'ask', query: 'What is the price of wheat in Chicago?' }))).toBe('not_found');
      // The console asks as the bot does.
      expect(await consoleLineWith((c, r) => meaning.answer(c, r), corpus, q.query, undefined as never, { last: null })).not.toBe(consoleLine(corpus, q.query));
    } finally {
      await meaning.close();
    }
    expect(existsSync(meaningPath(data))).toBe(true);
    const again = new Meaning({ dataDir: data });
    try {
      const m = tracked(again, corpus);
      expect([m.total, again.store.size]).toEqual([0, 7]);
      await m.finished;
      expect(m.ready).toBe(true);
    } finally {
      await again.close();
    }
  }, 60_000);

  it('MEANING=auto: a record of more sentences than the limit gets none, and its questions the words\' answers', async () => {
    const skipped: [number, number][] = [];
    const meaning = new Meaning({ maxSentences: 6, onSkip: (n, max) => skipped.push([n, max]) });
    try {
      expect(meaning.track(corpus)).toBe(null);
      // Asked again (a question, a reload of the same corpus): still none, reported once.
      expect(meaning.track(corpus)).toBe(null);
      expect(skipped).toEqual([[7, 6]]);
      const q = { command: 'ask' as const, query: 'Why is the ferry being scrapped?' };
      expect(first(await meaning.answer(corpus, q))).toBe('not_found');
      expect(meaning.store.size).toBe(0);
    } finally {
      await meaning.close();
    }
    // At the limit, the record is embedded.
    const fits = new Meaning({ maxSentences: 7 });
    try {
      const m = tracked(fits, corpus);
      await m.finished;
      expect([m.ready, fits.store.size]).toEqual([true, 7]);
    } finally {
      await fits.close();
    }
  }, 60_000);
});
