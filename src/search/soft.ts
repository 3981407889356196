import { rowOf, vectors } from './vectors.js';

/**
 * Soft coverage: what a question's word a sentence does not hold counts for through the
 * sentence's closest word in meaning ("started" in a sentence saying "was founded by"), read from
 * word vectors (`vectors.ts`). Per candidate sentence, the gain over what the term already
 * scores there: the best cosine to the sentence's words above `floor`, rescaled to (0, 1], less
 * the term's own score in that sentence; 0 where that is not more. null when the word has no
 * vector (nothing to gain anywhere).
 */
export function softGains(
  word: string,
  stem: string,
  candidates: readonly Int32Array[],
  best: Float64Array,
  wordOf: (sid: number) => string | undefined,
  floor: number,
  /** Stem id → row (-1: no vector), shared by the terms of one query. */
  rows: Map<number, number>,
): Float64Array | null {
  let row = rowOf(word);
  if (row < 0 && stem !== word) row = rowOf(stem);
  if (row < 0) return null;
  const gains = new Float64Array(candidates.length);
  const { matrix: m, dimensions: d, scale } = vectors();
  // What each row of the table gives this word, by row, computed once per call (see `scratch`).
  const { seen, value } = scratch(m.length / Math.max(d, 1));
  const call = nextCall();
  const q = row * d;
  for (let i = 0; i < candidates.length; i++) {
    const held = best[i] as number;
    if (held >= 1) continue;
    let top = 0;
    for (const sid of candidates[i] as Int32Array) {
      let r = rows.get(sid);
      if (r === undefined) {
        const w = wordOf(sid);
        r = w === undefined ? -1 : rowOf(w);
        rows.set(sid, r);
      }
      if (r < 0) continue;
      let c: number;
      if (seen[r] === call) c = value[r] as number;
      else {
        // The integer dot product, then `cosine`'s own arithmetic: the same number to the bit.
        let dot = 0;
        for (let j = 0, x = q, y = r * d; j < d; j++, x++, y++) dot += (m[x] as number) * (m[y] as number);
        c = Math.max(0, (dot * scale * scale - floor) / (1 - floor));
        seen[r] = call;
        value[r] = c;
      }
      if (c > top) top = c;
    }
    if (top > held) gains[i] = top - held;
  }
  return gains;
}

/**
 * Per row of the table, the call of `softGains` that last computed its value, and that value: a
 * word's cosine to a candidate's word is computed once per call however many candidates hold
 * it, with two typed arrays of the table's length (600 KB) instead of a Map per call.
 */
let memo: { seen: Int32Array; value: Float64Array } | null = null;
let calls = 0;

function scratch(rows: number): { seen: Int32Array; value: Float64Array } {
  if (!memo || memo.seen.length < rows) memo = { seen: new Int32Array(rows), value: new Float64Array(rows) };
  return memo;
}

function nextCall(): number {
  if (calls >= 0x7fffffff) {
    calls = 0;
    memo?.seen.fill(0);
  }
  return ++calls;
}

/**
 * The record's words closest in meaning to a word it does not hold: up to `k` of `vocabulary`
 * (stem ids with their rows) whose cosine to the word reaches `floor`, closest first, each with
 * its cosine. Empty when the word has no vector. One pass over the record's words that have one.
 */
export function neighbours(word: string, stem: string, vocabulary: { readonly sids: Int32Array; readonly rows: Int32Array }, floor: number, k: number): [number, number][] {
  let row = rowOf(word);
  if (row < 0 && stem !== word) row = rowOf(stem);
  if (row < 0) return [];
  // The dot products in whole numbers, against the floor in the same unit: one pass over the
  // record's words, no call per word (this runs for every question word the record lacks).
  const { matrix: m, dimensions: d, scale } = vectors();
  const q = m.subarray(row * d, row * d + d);
  const least = floor / (scale * scale);
  const out: [number, number][] = [];
  let worst = least;
  const rows = vocabulary.rows;
  // The first half of the dimensions first: with the second half's lengths (Cauchy–Schwarz) it
  // bounds the whole product, and a word that cannot reach `worst` is passed over half read (most
  // words: unrelated ones sit far under the floor). The bound is widened by a hair for the square
  // roots' rounding, so a word is passed over only where the whole product is under `worst` too:
  // the same words, the same order.
  const half = d >> 1;
  const tails = tailLengths();
  let qTail = 0;
  for (let j = half; j < d; j++) qTail += (q[j] as number) * (q[j] as number);
  qTail = Math.sqrt(qTail) * (1 + 1e-9);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const at = r * d;
    let dot = 0;
    for (let j = 0; j < half; j++) dot += (q[j] as number) * (m[at + j] as number);
    if (dot + qTail * (tails[r] as number) + 1e-6 < worst) continue;
    for (let j = half; j < d; j++) dot += (q[j] as number) * (m[at + j] as number);
    if (dot < worst) continue;
    out.push([vocabulary.sids[i] as number, dot * scale * scale]);
    out.sort((a, b) => b[1] - a[1]);
    if (out.length > k) out.pop();
    if (out.length >= k) worst = (out[k - 1] as [number, number])[1] / (scale * scale);
  }
  return out;
}

/** Per row of the table, the length of its second half of dimensions (in the int8 unit), computed once. */
let tails: { matrix: Int8Array; lengths: Float64Array } | null = null;

function tailLengths(): Float64Array {
  const { matrix: m, dimensions: d } = vectors();
  if (tails && tails.matrix === m) return tails.lengths;
  const count = d > 0 ? m.length / d : 0;
  const lengths = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    let sum = 0;
    for (let j = d >> 1; j < d; j++) sum += (m[r * d + j] as number) * (m[r * d + j] as number);
    lengths[r] = Math.sqrt(sum) * (1 + 1e-9);
  }
  tails = { matrix: m, lengths };
  return lengths;
}
