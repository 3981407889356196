import { PerformanceObserver, constants } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { lazyProperty } from '../../src/lazy.js';

// Issue 15 (m2): a property worked out on first read (`lazyProperty`, the highlights of every hit
// and excerpt) must not give each object a hidden class of its own. Those live in V8's old
// generation, so 1,000 queries at 100,000 sentences left about 20 MB there that only a full
// collection frees.

interface Hit {
  readonly line: number;
  readonly marks: readonly number[];
}

const hitOf = (line: number, made: number[] = []): Hit =>
  lazyProperty({ line }, 'marks', () => {
    made.push(line);
    return [line, line + 3];
  });

describe('lazyProperty', () => {
  it('is an enumerable property, made once on first read, and shows in JSON and spreads as a plain one', () => {
    const made: number[] = [];
    const hit = hitOf(7, made);
    expect(made).toEqual([]);
    expect(Object.keys(hit)).toEqual(['line', 'marks']);
    expect(JSON.stringify(hit)).toBe('{"line":7,"marks":[7,10]}');
    expect(made).toEqual([7]);
    expect(hit.marks).toBe(hit.marks);
    expect({ ...hit }).toEqual({ line: 7, marks: [7, 10] });
    expect(made).toEqual([7]);
    expect(Object.getOwnPropertyDescriptor(hit, 'marks')).toEqual({ value: [7, 10], enumerable: true, configurable: false, writable: false });
  });

  it('lets go of what it would make the value from once the value is made', () => {
    const hit = hitOf(3);
    const held = (): unknown[] => Object.getOwnPropertySymbols(hit).map((s) => (hit as unknown as Record<symbol, unknown>)[s]);
    expect(held().map((v) => typeof v)).toEqual(['function']);
    expect(hit.marks).toEqual([3, 6]);
    expect(held()).toEqual([undefined]);
  });

  it('leaves nothing in the old generation for objects nobody keeps', async () => {
    const oldUsed = (): number => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0;
    const make = (n: number): number => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += hitOf(i).line;
      return sum;
    };
    make(20_000);
    let fullCollections = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections++;
    });
    observer.observe({ entryTypes: ['gc'] });
    const before = oldUsed();
    expect(make(200_000)).toBe(19_999_900_000);
    const grown = oldUsed() - before;
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    // A hidden class per object: about 25 MB more for these 200,000 (or a full collection to free them).
    expect(fullCollections).toBe(0);
    expect(grown).toBeLessThan(2 * 1024 * 1024);
  });
});
