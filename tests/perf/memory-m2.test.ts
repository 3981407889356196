import { spawnSync } from 'node:child_process';
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

  it('leaves nothing in the old generation for objects nobody keeps', () => {
    // In a process of its own, collected fully first, so that nothing else allocates meanwhile.
    const script = `
      import { PerformanceObserver, constants } from 'node:perf_hooks';
      import { getHeapSpaceStatistics } from 'node:v8';
      import { lazyProperty } from './src/lazy.ts';
      const oldUsed = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_used_size;
      const make = (n) => { let sum = 0; for (let i = 0; i < n; i++) sum += lazyProperty({ line: i }, 'marks', () => [i]).line; return sum; };
      make(20000);
      gc(); gc();
      let full = 0;
      const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++; });
      observer.observe({ entryTypes: ['gc'] });
      const before = oldUsed();
      const sum = make(200000);
      const grown = oldUsed() - before;
      setTimeout(() => { observer.disconnect(); console.log(JSON.stringify({ sum, grown, full })); }, 50);
    `;
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { sum, grown, full } = JSON.parse(run.stdout) as { sum: number; grown: number; full: number };
    expect(sum).toBe(19_999_900_000);
    // A hidden class per object: about 25 MB more for these 200,000, or full collections to free them.
    expect(full).toBe(0);
    expect(grown).toBeLessThan(2 * 1024 * 1024);
  }, 60_000);
});
