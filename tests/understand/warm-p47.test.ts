import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../src/record/parse.js';
import type { Doc } from '../../src/record/types.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { ferryItem } from '../fixtures/ferry.js';

/** Small news items of our own (tests/fixtures/ferry.ts). */
function docs(n: number): Doc[] {
  return Array.from({ length: n }, (_, i) => {
    const parsed = parseDocument(Buffer.from(ferryItem(i)), { id: `news/item-${i}`, file: `news/item-${i}.txt` });
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    return parsed.doc;
  });
}

const plain = (facts: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string => JSON.stringify([...facts].map(([id, f]) => [id, [...f]]));

describe("a thread's warm-up before its first extraction (warm.ts)", () => {
  it('runs to its end, a step a turn, before this thread extracts its first document; the facts are the same', async () => {
    // Fresh modules: another test file of the same worker may have warmed this thread's copy.
    vi.resetModules();
    const { extractAll } = await import('../../src/understand/parallel.js');
    const { isWarm, warmingUp } = await import('../../src/understand/warm.js');
    const record = docs(3);
    expect(isWarm()).toBe(false);
    const warmAtDoc: boolean[] = [];
    const facts = await extractAll(record, { threads: 1, onDoc: () => warmAtDoc.push(isWarm()) });
    expect(warmAtDoc).toEqual([true, true, true]);
    expect(plain(facts)).toBe(plain(new Map(record.map((d) => [d.id, analyzeDocument(d)]))));
    // Once warm, a thread's next extraction only makes sure of its pipeline: one step.
    expect([...warmingUp(record[0] ?? null)].length).toBe(1);
  }, 60_000);

  it('takes its steps one load at a time: the model, the pipeline, WordNet, the dates, then three readers a paragraph', async () => {
    vi.resetModules();
    const fresh = await import('../../src/understand/warm.js');
    const first = docs(1)[0] as Doc;
    expect(first.paragraphs.length).toBe(3);
    // 4 loads, then statements, agreements and collective speakers for the probe's 3 paragraphs,
    // the probe whole and the first document's 3 paragraphs: 4 + 3 × 7.
    expect([...fresh.warmingUp(first)].length).toBe(25);
    expect(fresh.isWarm()).toBe(true);
  }, 60_000);
});
