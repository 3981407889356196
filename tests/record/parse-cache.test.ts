import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge, type LoadResult } from '../../src/record/load.js';
import { parseCachePath, parserFingerprint, PARSE_VERSION, ParseCache, restore, entryOf, hashOf } from '../../src/record/parse-cache.js';
import { parseDocument } from '../../src/record/parse.js';
import type { Doc } from '../../src/record/types.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');

/** Documents in the forms the parser knows: header line, front matter, none, CRLF and BOM, datelines, lists. */
const EXTRA: Record<string, string | Buffer> = {
  'crlf-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('date 2024-01-02 Ferry fares rise\r\n\r\nOSLO (Nordic Wire) - Fares rise by 4% on Monday, the operator said. "It is unavoidable," its chief said.\r\n\r\nMore on Jan. 5.')]),
  'no-header.txt': 'Plain title line\n\nMarch 3, 2021\n\nDr. Smith (the mayor) said talks would resume... in mid-April.\n\n- first item\n- second item\n\n   \n\nLast words?',
  'one-line.md': '# A heading only\n\nOne sentence without a full stop',
};

let knowledge: string;
let data: string;
beforeEach(async () => {
  knowledge = await mkdtemp(path.join(tmpdir(), 'onrecord-pc-k-'));
  data = await mkdtemp(path.join(tmpdir(), 'onrecord-pc-d-'));
  await cp(path.join(FIXTURES, 'record', 'knowledge'), knowledge, { recursive: true });
  await cp(path.join(FIXTURES, 'newsroom'), path.join(knowledge, 'newsroom'), { recursive: true });
  for (const [name, content] of Object.entries(EXTRA)) await writeFile(path.join(knowledge, name), content);
});
afterEach(async () => {
  await rm(knowledge, { recursive: true, force: true });
  await rm(data, { recursive: true, force: true });
});

async function load(): Promise<LoadResult & { use: { hits: number; misses: number } }> {
  let use = { hits: -1, misses: -1 };
  const result = await loadKnowledge(knowledge, { cacheDir: data, onCacheUse: (u) => (use = u) });
  return { ...result, use };
}

/** What `parseDocument` makes of every document, straight from the files. */
async function parsedAfresh(docs: readonly Doc[]): Promise<Doc[]> {
  return Promise.all(
    docs.map(async (d) => {
      const r = parseDocument(await readFile(d.file), { id: d.id, file: d.file });
      if (!r.ok) throw new Error(r.problem.reason);
      return r.doc;
    }),
  );
}

const readCache = async (): Promise<{ fingerprint: string; entries: Record<string, unknown> }> =>
  JSON.parse(await readFile(parseCachePath(data), 'utf8')) as { fingerprint: string; entries: Record<string, unknown> };

describe('parse cache', () => {
  it('a warm load gives exactly the documents parseDocument gives, without parsing', async () => {
    const cold = await load();
    expect(cold.use).toEqual({ hits: 0, misses: 8 });
    expect(cold.problems).toEqual([]);
    const warm = await load();
    expect(warm.use).toEqual({ hits: 8, misses: 0 });
    const fresh = await parsedAfresh(warm.docs);
    expect(warm.docs).toEqual(fresh);
    expect(warm.docs).toEqual(cold.docs);
    // Same shape, key for key (a cached Doc is indistinguishable from a parsed one).
    expect(JSON.stringify(warm.docs)).toBe(JSON.stringify(fresh));
    expect(warm.docs.map((d) => d.id)).toEqual(['crlf-bom', 'harbour-vote', 'newsroom/2021-03-12-harbor-data', 'newsroom/2022-06-08-library-budget', 'no-header', 'one-line', 'regional/ferry-strike', 'wind-farm']);
    expect(Object.keys((await readCache()).entries).sort()).toEqual(warm.docs.map((d) => d.hash).sort());
  });

  it('serves each document under its own id and path (equal bytes under two names)', async () => {
    await writeFile(path.join(knowledge, 'copy.txt'), await readFile(path.join(knowledge, 'harbour-vote.txt')));
    await load();
    const warm = await load();
    const copy = warm.docs.find((d) => d.id === 'copy');
    expect(copy).toEqual((await parsedAfresh([copy as Doc]))[0]);
    expect(copy?.paragraphs[0]?.sentences[0]?.doc).toBe('copy');
  });

  it('a changed file is parsed again; the entry of its old bytes is dropped', async () => {
    await load();
    const file = path.join(knowledge, 'harbour-vote.txt');
    const before = (await readCache()).entries;
    const oldHash = hashOf(await readFile(file));
    await writeFile(file, `${await readFile(file, 'utf8')}\n\nA new closing paragraph. It has two sentences.`);
    const warm = await load();
    expect(warm.use).toEqual({ hits: 7, misses: 1 });
    expect(warm.docs).toEqual(await parsedAfresh(warm.docs));
    const after = (await readCache()).entries;
    expect([oldHash in before, oldHash in after, hashOf(await readFile(file)) in after]).toEqual([true, false, true]);
    expect((await load()).use).toEqual({ hits: 8, misses: 0 });
  });

  it('another parser version, a corrupt file or a malformed entry is rebuilt', async () => {
    await load();
    const good = await readFile(parseCachePath(data), 'utf8');
    const { entries } = await readCache();
    const hash = hashOf(await readFile(path.join(knowledge, 'wind-farm.md')));
    const entry = entries[hash] as { paragraphs: number[][]; length: number };
    const p1 = JSON.stringify(entry.paragraphs[0]);
    const cases: [string, { hits: number; misses: number }][] = [
      [good.replace(`"fingerprint":"${parserFingerprint()}"`, '"fingerprint":"another-parser"'), { hits: 0, misses: 8 }],
      [good.slice(0, good.length / 2), { hits: 0, misses: 8 }],
      ['[]', { hits: 0, misses: 8 }],
      // A sentence ending beyond the text, a span as a string, a text of another length.
      [good.replace(p1, JSON.stringify([...(entry.paragraphs[0] ?? []).slice(0, -1), entry.length + 1])), { hits: 7, misses: 1 }],
      [good.replace(p1, JSON.stringify((entry.paragraphs[0] ?? []).map(String))), { hits: 7, misses: 1 }],
      [good.replace(`"length":${entry.length},`, `"length":${entry.length - 1},`), { hits: 7, misses: 1 }],
    ];
    for (const [content, use] of cases) {
      await writeFile(parseCachePath(data), content);
      const result = await load();
      expect(result.use).toEqual(use);
      expect(result.docs).toEqual(await parsedAfresh(result.docs));
      expect(await readFile(parseCachePath(data), 'utf8')).toBe(good); // rewritten as it was
    }
  });

  it('a version bump invalidates the cache', async () => {
    await load();
    const good = await readFile(parseCachePath(data), 'utf8');
    expect(parserFingerprint(PARSE_VERSION + 1)).not.toBe(parserFingerprint());
    await writeFile(parseCachePath(data), good.replace(parserFingerprint(), parserFingerprint(PARSE_VERSION + 1)));
    const result = await load();
    expect(result.use).toEqual({ hits: 0, misses: 8 });
    expect(await readFile(parseCachePath(data), 'utf8')).toBe(good);
  });

  it('restore refuses an entry that does not fit the bytes', async () => {
    const raw = await readFile(path.join(knowledge, 'harbour-vote.txt'));
    const r = parseDocument(raw, { id: 'h', file: 'h.txt' });
    if (!r.ok) throw new Error(r.problem.reason);
    const entry = entryOf(r.doc);
    expect(restore(entry, raw, r.doc.hash, { id: 'h', file: 'h.txt' })).toEqual(r.doc);
    expect(restore(entry, Buffer.from('Short text.'), r.doc.hash, { id: 'h', file: 'h.txt' })).toBe(null);
    expect(restore({ ...entry, title: 3 }, raw, r.doc.hash, { id: 'h', file: 'h.txt' })).toBe(null);
    expect(restore({ ...entry, paragraphs: [] }, raw, r.doc.hash, { id: 'h', file: 'h.txt' })).toBe(null);
    expect(restore({ ...entry, headline: [5, 2] }, raw, r.doc.hash, { id: 'h', file: 'h.txt' })).toBe(null);
    expect(restore({ ...entry, dateline: { text: 'X' } }, raw, r.doc.hash, { id: 'h', file: 'h.txt' })).toBe(null);
    expect(restore(null, raw, r.doc.hash, { id: 'h', file: 'h.txt' })).toBe(null);
  });

  it('an unwritable DATA_DIR costs speed, not the record', async () => {
    const notADir = path.join(data, 'file');
    await writeFile(notADir, 'x');
    const errors: unknown[] = [];
    const result = await loadKnowledge(knowledge, { cacheDir: notADir, onCacheWriteError: (e) => errors.push(e) });
    expect(errors.length).toBe(1);
    expect(result.docs).toEqual(await parsedAfresh(result.docs));
    expect(ParseCache.open(notADir).hits).toBe(0);
  });
});
