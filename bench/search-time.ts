/**
 * `npx tsx bench/search-time.ts [--sentences 10000] [--rounds 5]`
 *
 * The search index alone on the benchmark's generated record and query set (`queries.ts`): p50
 * and p95 of `index.search` per class, after a warm-up pass. A quick check of a ranking change's
 * cost, run back to back against a copy of main on the same machine (compare the ratios, not the
 * times, on a shared machine); `npm run bench` is the full measure.
 */
import { parseDocument } from '../src/record/parse.js';
import { sentencesOf, type Sentence } from '../src/record/types.js';
import { createSearchIndex } from '../src/search/index.js';
import { generateRecord } from './generate.js';
import { makeQueries } from './queries.js';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const total = opt('--sentences', 10_000);
const rounds = opt('--rounds', 5);

const { files, world } = generateRecord(total);
const sentences: Sentence[] = files.flatMap((f) => {
  const parsed = parseDocument(f.raw, { id: f.id, file: `${f.id}.txt` });
  if (!parsed.ok) throw new Error(`${f.id}: ${parsed.problem.reason}`);
  return sentencesOf(parsed.doc);
});
const index = createSearchIndex(sentences);
const queries = makeQueries(sentences, world, 7, 40).filter((q) => ['exact', 'typo1', 'typo2', 'notfound', 'when', 'who-said', 'agreed'].includes(q.cls));
for (const q of queries) index.search(q.text, { limit: 50 });
const times = new Map<string, number[]>();
for (let r = 0; r < rounds; r++) {
  for (const q of queries) {
    const t = performance.now();
    index.search(q.text, { limit: 50 });
    const ms = performance.now() - t;
    let list = times.get(q.cls);
    if (!list) times.set(q.cls, (list = []));
    list.push(ms);
  }
}
const at = (xs: number[], p: number): number => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;
console.log(`${sentences.length} sentences, ${rounds} rounds`);
for (const [cls, xs] of times) {
  xs.sort((a, b) => a - b);
  console.log(`${cls.padEnd(9)} p50 ${at(xs, 0.5).toFixed(3)} ms  p95 ${at(xs, 0.95).toFixed(3)} ms`);
}
