import { describe, expect, it } from 'vitest';
import { finish, sliced, type Steps } from '../../src/answer/slices.js';

/** Sums 1..n one number a step, writing each step to `log`. */
function* summing(n: number, log: string[]): Steps<number> {
  let sum = 0;
  for (let k = 1; k <= n; k++) {
    sum += k;
    log.push(`step ${k}`);
    yield;
  }
  return sum;
}

describe('work run in slices', () => {
  it('runs every step to the end at once', () => {
    const log: string[] = [];
    expect(finish(summing(4, log))).toBe(10);
    expect(log).toEqual(['step 1', 'step 2', 'step 3', 'step 4']);
  });

  it('lets the event loop run between slices and gives the same result', async () => {
    const log: string[] = [];
    // Slices of no time: one step each, so a callback waiting for the event loop runs between two steps.
    setImmediate(() => log.push('other work'));
    const run = sliced(summing(3, log), 0);
    expect(await run).toBe(6);
    expect(log).toEqual(['step 1', 'other work', 'step 2', 'step 3']);
  });

  it('runs a step that returns at once in the same turn', async () => {
    const log: string[] = [];
    setImmediate(() => log.push('other work'));
    expect(await sliced(summing(0, log), 0)).toBe(0);
    expect(log).toEqual([]);
  });
});
