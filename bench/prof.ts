// Lead's local profiling harness (not committed): times each command class on a persisted generated record.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeCorpus } from '../src/answer/corpus.js';
import { answer, prepareCorpus } from '../src/answer/index.js';
import { loadKnowledge } from '../src/record/load.js';
import { sentencesOf } from '../src/record/types.js';
import { loadOrBuildIndex } from '../src/search/persist.js';
import { extractAll } from '../src/understand/parallel.js';
import { generateRecord } from './generate.js';
import { makeQueries } from './queries.js';

const [work, sizeArg, only, roundsArg] = process.argv.slice(2);
const size = Number(sizeArg);
const { files, world } = generateRecord(size, 42);
if (!existsSync(join(work!, 'knowledge'))) {
  for (const f of files) {
    const file = join(work!, 'knowledge', `${f.id}.txt`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, f.raw);
  }
}
const dataDir = join(work!, 'data');
const { docs } = await loadKnowledge(join(work!, 'knowledge'), { cacheDir: dataDir });
const sentences = docs.flatMap((d) => sentencesOf(d));
let t = performance.now();
const facts = await extractAll(docs, { dataDir });
console.log('extract', Math.round(performance.now() - t));
const index = loadOrBuildIndex(sentences, dataDir);
const corpus = makeCorpus({ docs, problems: [], facts, index });
await prepareCorpus(corpus);
const cmd: Record<string, string> = { exact: 'search', typo1: 'search', typo2: 'search', notfound: 'search', when: 'when', 'who-said': 'who-said', agreed: 'agreed' };
const queries = makeQueries(sentences, world, 7, 40).filter((q) => cmd[q.cls] && (!only || only === 'all' || q.cls === only) && (!process.env.QUERY || q.text.includes(process.env.QUERY)));
for (const q of queries) answer(corpus, { command: cmd[q.cls] as 'search', query: q.text });
const times = new Map<string, number[]>();
const rounds = Number(roundsArg ?? 3);
for (let r = 0; r < rounds; r++) for (const q of queries) {
  const c0 = process.env.WALL ? null : process.cpuUsage();
  t = performance.now();
  answer(corpus, { command: cmd[q.cls] as 'search', query: q.text });
  const c1 = c0 ? process.cpuUsage(c0) : null;
  const ms = c1 ? (c1.user + c1.system) / 1000 : performance.now() - t;
  times.set(q.cls, [...(times.get(q.cls) ?? []), ms]);
}
const per = new Map<string, number[]>();
for (let r = 0; r < 3; r++) for (const q of queries) { const t0 = process.cpuUsage(); answer(corpus, { command: cmd[q.cls] as "search", query: q.text }); const d = process.cpuUsage(t0); per.set(q.cls + " " + q.text, [...(per.get(q.cls + " " + q.text) ?? []), (d.user + d.system) / 1000]); }
if (process.env.PERFILE) writeFileSync(process.env.PERFILE, JSON.stringify([...per].map(([k, v]) => [k, Math.min(...v)])));
if (process.env.PER) for (const [k, v] of [...per].sort((a, b) => Math.min(...b[1]) - Math.min(...a[1])).slice(0, 25)) console.log(Math.min(...v).toFixed(2), k);
console.log("agreements", (await import("../src/answer/facts.js")).factIndex(corpus).agreements.length);
for (const [c, v] of times) {
  v.sort((a, b) => a - b);
  const p = (x: number) => v[Math.min(v.length - 1, Math.floor(x * v.length))]!.toFixed(2);
  console.log(c.padEnd(10), 'p50', p(0.5), 'p99', p(0.99), 'n', v.length);
}
