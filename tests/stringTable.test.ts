import { describe, expect, it } from 'vitest';
import { stringTable } from '../src/stringTable.js';

/** Keys given as spans of one string, as the WordNet index and the word-vector list give them. */
function tableOf(words: readonly string[], keep: 'first' | 'last'): ReturnType<typeof stringTable> {
  const text = words.join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  const begins = Int32Array.from(starts);
  const ends = Int32Array.from(words, (w, i) => (starts[i] as number) + w.length);
  return stringTable(text, begins, ends, Int32Array.from(words, (_, i) => i * 10), keep);
}

describe('stringTable', () => {
  const words = ['harbour', 'ferry', 'café', 'ferry', '', 'ferryman', 'h'];

  it('gives each key its value and -1 for any other string, as a Map would', () => {
    const first = tableOf(words, 'first');
    expect(['harbour', 'ferry', 'café', '', 'ferryman', 'h', 'cafe', 'Ferry', 'ferr', 'ferry\nferryman', 'x'].map((w) => first.get(w))).toEqual([0, 10, 20, 40, 50, 60, -1, -1, -1, -1, -1]);
    expect(first.size).toBe(6);
  });

  it('keeps the first or the last value of a key given twice', () => {
    expect([tableOf(words, 'first').get('ferry'), tableOf(words, 'last').get('ferry')]).toEqual([10, 30]);
  });

  it('finds every key of a table larger than its first capacity', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const t = tableOf(many, 'first');
    expect(many.every((w, i) => t.get(w) === i * 10)).toBe(true);
    expect([t.size, t.get('w'), t.get('w5000')]).toEqual([5000, -1, -1]);
  });
});
