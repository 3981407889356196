import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/record/parse.js';
import type { Doc } from '../../src/record/types.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { factsCachePath, type CacheMiss } from '../../src/understand/cache.js';
import { tag, taggedAfresh } from '../../src/understand/nlp.js';
import { ExtractOrder, extractAll, firstBatches, MIN_PARALLEL_DOCS, type Progress } from '../../src/understand/parallel.js';
import { sentencesOf } from '../../src/record/types.js';
import { ferryItem } from '../fixtures/ferry.js';

/** Small news items of our own (tests/fixtures/ferry.ts), enough of them to go to worker threads. */
function docs(n: number): Doc[] {
  return Array.from({ length: n }, (_, i) => {
    const raw = ferryItem(i);
    const parsed = parseDocument(Buffer.from(raw), { id: `news/item-${i}`, file: `news/item-${i}.txt` });
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    return parsed.doc;
  });
}

const plain = (facts: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string => JSON.stringify([...facts].map(([id, f]) => [id, [...f]]));

describe('extractAll', () => {
  const record = docs(MIN_PARALLEL_DOCS + 5);
  const expected = plain(new Map(record.map((d) => [d.id, analyzeDocument(d)])));

  it('finds across two threads exactly what one thread finds, in the documents\' order, and says how far it is', async () => {
    const progress: Progress[] = [];
    const facts = await extractAll(record, { threads: 2, onProgress: (p) => progress.push(p) });
    expect([...facts.keys()]).toEqual(record.map((d) => d.id));
    expect(plain(facts)).toBe(expected);
    // At the start (nothing cached), after each batch of eight, and the last one says all are done.
    expect(progress[0]?.done).toBe(0);
    expect(progress.map((p) => p.total)).toEqual(progress.map(() => record.length));
    expect(progress.at(-1)?.done).toBe(record.length);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  }, 60_000);

  it('finds the same in one thread, tagging without the entity pass there, and leaves questions their entities', async () => {
    // Sentences this thread has not tagged yet (the other tests' items name the port authority).
    const harbour = docs(MIN_PARALLEL_DOCS + 5).map((d) => {
      const parsed = parseDocument(Buffer.from(ferryItem(Number(d.id.split('-')[1])).replace('the port authority', 'the harbour board')), { id: d.id, file: d.file });
      if (!parsed.ok) throw new Error(parsed.problem.reason);
      return parsed.doc;
    });
    const text = sentencesOf(harbour.at(-1)!).find((s) => s.text.includes('agreed on Tuesday'))!.text;
    const facts = await extractAll(harbour, { threads: 1 });
    // The extraction tagged that sentence without the entity pass; a question's tag is the full
    // pipeline's, tagged afresh (the entity-free tags were kept apart and dropped with their pipeline).
    const before = taggedAfresh();
    expect(tag(text).entities.map((e) => e.type)).toEqual(['DATE', 'TIME', 'DATE']);
    expect(taggedAfresh()).toBe(before + 1);
    // The same facts as the full pipeline's, document by document.
    expect(plain(facts)).toBe(plain(new Map(harbour.map((d) => [d.id, analyzeDocument(d)]))));
    expect([...facts.values()].flatMap((f) => [...f.values()]).flatMap((f) => f.agreements).length).toBe(harbour.length);
  }, 60_000);

  it('sends each worker a head start of a sixteenth of the batches (shared among the workers) besides the two in flight', () => {
    expect(firstBatches(7, 2)).toBe(2);
    expect(firstBatches(20, 2)).toBe(3);
    // 100,000 sentences (3,227 documents, 404 batches) and a million (32,279, 4,035 batches) on two cores.
    expect(firstBatches(404, 2)).toBe(27);
    expect(firstBatches(4035, 2)).toBe(254);
    expect(firstBatches(404, 5)).toBe(8);
  });

  it('finds the same facts when this thread is busy while the workers start (as openRecord is, building the index)', async () => {
    const bigger = docs(160);
    const want = plain(new Map(bigger.map((d) => [d.id, analyzeDocument(d)])));
    const progress: Progress[] = [];
    const running = extractAll(bigger, { threads: 2, onProgress: (p) => progress.push(p) });
    const until = Date.now() + 1500;
    while (Date.now() < until);
    const facts = await running;
    expect([...facts.keys()]).toEqual(bigger.map((d) => d.id));
    expect(plain(facts)).toBe(want);
    expect(progress.at(-1)?.done).toBe(bigger.length);
  }, 60_000);

  it('takes a document asked for before the rest of its batch here, even one a worker holds in its head start, with the same facts', async () => {
    const bigger = docs(160);
    const want = plain(new Map(bigger.map((d) => [d.id, analyzeDocument(d)])));
    const order = new ExtractOrder();
    const seen: number[] = [];
    // The worker is sent items 0-23 at once (its head start); this thread takes 24-31 as its first batch.
    const running = extractAll(bigger, { threads: 2, order, onDoc: (i) => seen.push(i) });
    order.hurry([5, 150]);
    const until = Date.now() + 1500;
    while (Date.now() < until);
    const facts = await running;
    expect(plain(facts)).toBe(want);
    // Each document kept once, the asked ones before this thread's own batch.
    expect([...seen].sort((a, b) => a - b)).toEqual(bigger.map((_, i) => i));
    expect([seen.indexOf(5) < seen.indexOf(24), seen.indexOf(150) < seen.indexOf(24)]).toEqual([true, true]);
  }, 60_000);

  it('keeps what the workers found in one cache file and reads it back on the next start, with the same facts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'onrecord-parallel-'));
    const cold = await extractAll(record, { dataDir, threads: 2 });
    expect(readdirSync(join(dataDir, 'cache'))).toEqual(['facts.jsonl']);
    const file = readFileSync(factsCachePath(dataDir), 'utf8');
    // A head line, then a line per document, by content hash.
    expect(file.split('\n').slice(1, -1).map((l) => l.slice(0, 64))).toEqual(record.map((d) => d.hash).sort());
    const misses: string[] = [];
    const warm = await extractAll(record, { dataDir, threads: 2, onMiss: (d) => misses.push(d.id) });
    expect(misses).toEqual([]);
    expect(plain(cold)).toBe(expected);
    expect(plain(warm)).toBe(expected);
    // The same facts written whichever thread finished first: byte for byte the same file.
    writeFileSync(factsCachePath(dataDir), 'not json');
    const problems: CacheMiss[] = [];
    const whys = new Set<CacheMiss>();
    const rebuilt = await extractAll(record, { dataDir, threads: 2, onCacheProblem: (why) => problems.push(why), onMiss: (_d, why) => whys.add(why) });
    expect([problems, [...whys]]).toEqual([['corrupt'], ['corrupt']]);
    expect(plain(rebuilt)).toBe(expected);
    expect(readFileSync(factsCachePath(dataDir), 'utf8')).toBe(file);
  }, 60_000);
});
