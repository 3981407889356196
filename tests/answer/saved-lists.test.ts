/**
 * What a restart reads from DATA_DIR instead of building: the answer lists (src/answer/saved.ts),
 * never trusted when they do not fit, and the facts, read per document when first asked about.
 */
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { suggest, SUGGESTION_KINDS } from '../../src/answer/autocomplete.js';
import { buildCorpus, LiveCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { listsPath } from '../../src/answer/saved.js';
import { loadKnowledge } from '../../src/record/load.js';
import { sentencesOf } from '../../src/record/types.js';
import { factsCachePath } from '../../src/understand/cache.js';

const NEWSROOM = new URL('../fixtures/newsroom/', import.meta.url).pathname;
const TYPED = ['', 'h', 'har', 'the', 'budget li', 'said', 'lib', '2021', 'zz', 'council vote', '1.', 'a b'];

/** Every kind's suggestions for every typed string, as text. */
const all = (corpus: Corpus): string => JSON.stringify(SUGGESTION_KINDS.map((kind) => TYPED.map((typed) => suggest(corpus, kind, typed, 10))));

function record(): { dir: string; dataDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'onrecord-lists-'));
  cpSync(NEWSROOM, join(root, 'knowledge'), { recursive: true });
  return { dir: join(root, 'knowledge'), dataDir: join(root, 'data') };
}

const mtime = (file: string): number => statSync(file).mtimeMs;

describe('answer lists kept in DATA_DIR', () => {
  test('are written once, read back on the next start, and give the same suggestions as lists built in memory', async () => {
    const { dir, dataDir } = record();
    const expected = all(await buildCorpus(dir));
    expect(expected).toContain('Harbor');
    const cold = await buildCorpus(dir, { dataDir });
    expect(cold.lists?.dataDir).toBe(dataDir);
    expect(all(cold)).toBe(expected);
    const written = SUGGESTION_KINDS.map((kind) => mtime(listsPath(dataDir, `suggest-${kind}`)));
    const warm = await buildCorpus(dir, { dataDir });
    expect(warm.lists?.key).toBe(cold.lists?.key);
    expect(all(warm)).toBe(expected);
    // Read, not written again.
    expect(SUGGESTION_KINDS.map((kind) => mtime(listsPath(dataDir, `suggest-${kind}`)))).toEqual(written);
  });

  test('a torn, tampered or stale file is built afresh and rewritten', async () => {
    const { dir, dataDir } = record();
    const expected = all(await buildCorpus(dir));
    all(await buildCorpus(dir, { dataDir }));
    const file = listsPath(dataDir, 'suggest-citations');
    const good = readFileSync(file);
    const head = good.subarray(0, good.indexOf(0x0a)).toString();
    const body = good.subarray(good.indexOf(0x0a) + 1);
    const outOfRange = Buffer.from(body);
    outOfRange.writeInt32LE(1_000_000, 0); // the first candidate's sentence
    const cases: Buffer[] = [
      good.subarray(0, good.length - 3),
      Buffer.concat([Buffer.from(`${head}\n`), outOfRange]),
      Buffer.concat([Buffer.from(`${head.replace(/"key":"[0-9a-f]+"/u, '"key":"0"')}\n`), body]),
      Buffer.from('not a list file'),
    ];
    for (const content of cases) {
      writeFileSync(file, content);
      expect(all(await buildCorpus(dir, { dataDir }))).toBe(expected);
      expect(readFileSync(file).equals(good)).toBe(true);
    }
  });

  test('an edited document gives other lists (a new key), built afresh', async () => {
    const { dir, dataDir } = record();
    const before = await buildCorpus(dir, { dataDir });
    all(before);
    const file = join(dir, '2022-06-08-library-budget.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe mayor said the Zanzibar fund was closed.\n`);
    const after = await buildCorpus(dir, { dataDir });
    expect(after.lists?.key).not.toBe(before.lists?.key);
    expect(suggest(after, 'citations', 'zanzibar').map((s) => s.label)).toEqual(['2022-06-08-library-budget ¶5.1 The mayor said the Zanzibar fund was closed.']);
    expect(all(after)).toBe(all(await buildCorpus(dir)));
  });
});

/** Every sentence's facts, as text. */
const factsText = (corpus: Corpus): string => JSON.stringify(corpus.docs.map((d) => sentencesOf(d).map((s) => corpus.facts(s))));

describe('facts read from the facts file as documents are asked about', () => {
  test('give the facts extracted afresh; a line found corrupt then is analysed again and the file mended', async () => {
    const { dir, dataDir } = record();
    const expected = factsText(await buildCorpus(dir));
    expect(expected).toContain('"statements":[{');
    await buildCorpus(dir, { dataDir });
    const file = factsCachePath(dataDir);
    const good = readFileSync(file, 'utf8');
    expect(factsText(await buildCorpus(dir, { dataDir }))).toBe(expected);
    // The second document's entry no longer parses: its facts are extracted again, when first read.
    const lines = good.split('\n');
    lines[2] = `${(lines[2] as string).slice(0, 65)}{"sentences":`;
    writeFileSync(file, lines.join('\n'));
    const mended = await buildCorpus(dir, { dataDir });
    expect(readFileSync(file, 'utf8')).not.toBe(good);
    expect(factsText(mended)).toBe(expected);
    expect(readFileSync(file, 'utf8')).toBe(good);
  });

  test('a reload shares the facts of the documents it did not change', async () => {
    const { dir, dataDir } = record();
    await buildCorpus(dir, { dataDir });
    const live = new LiveCorpus(await buildCorpus(dir, { dataDir }));
    const first = live.current;
    const before = factsText(first);
    const file = join(dir, '2022-06-08-library-budget.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe mayor said on Monday that the fund was closed.\n`);
    const { docs, problems } = await loadKnowledge(dir);
    expect(live.update(docs, problems)).toEqual({ added: [], changed: ['2022-06-08-library-budget'], removed: [] });
    expect(factsText(live.current)).toBe(factsText(await buildCorpus(dir)));
    expect(factsText(first)).toBe(before);
  });
});
