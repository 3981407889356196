/**
 * `npx tsx bench/query-time.ts --work DIR [--size N] [--classes exact,when] [--rounds 10] [--top 8] [--only 3,17]`
 *
 * Where the tail of a command's time goes at scale: garbage collection or work. Run on the folder
 * a bench child left (`bench/run.ts --child N --work DIR`: the generated record, its DATA_DIR and
 * the query set), this restarts on it as the bot does (the caches, the answer lists) and answers
 * every query of the chosen classes, a warm-up pass and then `--rounds` rounds, as the bench's
 * query loop does. Per answer it records the wall time, the process's CPU time and the garbage
 * collections that overlapped it (`PerformanceObserver('gc')`, matched by time afterwards), and
 * prints per class p50/p99 with and without the answers a collection fell in, and the slowest
 * answers with their query, kind of collection and CPU: a query slow in every round is work, one
 * slow in one round only is a pause.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';
import { factsOf } from '../src/answer/build.js';
import { makeCorpus } from '../src/answer/corpus.js';
import { answer, collectBuildGarbage, prepareCorpus } from '../src/answer/index.js';
import { listsCacheOf } from '../src/answer/saved.js';
import type { Command } from '../src/answer/types.js';
import { loadKnowledge } from '../src/record/load.js';
import { sentencesOf } from '../src/record/types.js';
import { loadOrBuildIndex } from '../src/search/persist.js';
import { generateRecord } from './generate.js';
import { makeQueries, type Query } from './queries.js';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? dflt) : dflt;
};
const work = opt('--work', '');
if (!work) throw new Error('query-time: --work DIR (a folder bench/run.ts --child left)');
const classes = new Set(opt('--classes', 'exact,typo1,typo2,notfound,when,who-said,agreed').split(','));
const rounds = Number(opt('--rounds', '10'));
const top = Number(opt('--top', '8'));
const only = opt('--only', '');

const COMMAND: Record<string, Command> = { exact: 'search', typo1: 'search', typo2: 'search', notfound: 'search', when: 'when', 'who-said': 'who-said', agreed: 'agreed' };

const dataDir = join(work, 'data');
const { docs } = await loadKnowledge(join(work, 'knowledge'), { cacheDir: dataDir });
const facts = await factsOf(docs, { dataDir });
const index = loadOrBuildIndex(docs.flatMap((d) => sentencesOf(d)), dataDir);
const corpus = makeCorpus({ docs, problems: [], facts, index, lists: listsCacheOf(docs, dataDir) });
await prepareCorpus(corpus);
collectBuildGarbage();

const queriesFile = join(work, 'queries.json');
if (!existsSync(queriesFile)) {
  const { world } = generateRecord(Number(opt('--size', '0')), 42);
  writeFileSync(queriesFile, JSON.stringify(makeQueries(docs.flatMap((d) => sentencesOf(d)), world, 7, 40)));
}
const queries = (JSON.parse(readFileSync(queriesFile, 'utf8')) as Query[])
  .map((q, at) => ({ ...q, at }))
  .filter((q) => classes.has(q.cls) && COMMAND[q.cls] && (!only || only.split(',').includes(String(q.at))));
const run = (q: Query): unknown => answer(corpus, { command: COMMAND[q.cls] as Command, query: q.text });

const gcs: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });

interface Sample {
  cls: string;
  at: number;
  round: number;
  start: number;
  wall: number;
  cpu: number;
}
const samples: Sample[] = [];
for (const q of queries) run(q);
for (let round = 0; round < rounds; round++) {
  for (const q of queries) {
    const c = process.cpuUsage();
    const start = performance.now();
    run(q);
    const wall = performance.now() - start;
    const used = process.cpuUsage(c);
    samples.push({ cls: q.cls, at: q.at, round, start, wall, cpu: (used.user + used.system) / 1000 });
  }
}
// The observer is told of the last collections after a turn of the loop.
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();

const KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak',
};
const gcIn = (s: Sample): { ms: number; kinds: string[] } => {
  const hit = gcs.filter((g) => g.startTime < s.start + s.wall && g.startTime + g.duration > s.start);
  return {
    ms: hit.reduce((n, g) => n + Math.min(g.startTime + g.duration, s.start + s.wall) - Math.max(g.startTime, s.start), 0),
    kinds: hit.map((g) => `${KINDS[((g as { detail?: { kind?: number } }).detail)?.kind ?? -1] ?? 'gc'} ${g.duration.toFixed(1)}`),
  };
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const f = (x: number): string => x.toFixed(2);
console.log(`${docs.length} documents, ${queries.length} queries × ${rounds} rounds; ${gcs.length} collections (${f(gcs.reduce((n, g) => n + g.duration, 0))} ms)`);
for (const cls of classes) {
  const of = samples.filter((s) => s.cls === cls);
  if (of.length === 0) continue;
  const clean = of.filter((s) => gcIn(s).ms === 0);
  const withGc = of.length - clean.length;
  console.log(
    `${cls}: p50 / p99 wall ${f(pct(of.map((s) => s.wall), 0.5))} / ${f(pct(of.map((s) => s.wall), 0.99))} ms; CPU ${f(pct(of.map((s) => s.cpu), 0.5))} / ${f(pct(of.map((s) => s.cpu), 0.99))}; ` +
      `without the ${withGc} answers a collection fell in: ${f(pct(clean.map((s) => s.wall), 0.5))} / ${f(pct(clean.map((s) => s.wall), 0.99))}; collections' share of the time ${f((100 * of.reduce((n, s) => n + gcIn(s).ms, 0)) / of.reduce((n, s) => n + s.wall, 0))} %`,
  );
  // Per query: its median over the rounds, and its slowest round.
  const byQuery = new Map<number, Sample[]>();
  for (const s of of) byQuery.set(s.at, [...(byQuery.get(s.at) ?? []), s]);
  const rows = [...byQuery].map(([at, ss]) => ({ at, median: pct(ss.map((s) => s.wall), 0.5), max: Math.max(...ss.map((s) => s.wall)) })).sort((a, b) => b.median - a.median);
  console.log(`  slowest queries by median: ${rows.slice(0, top).map((r) => `#${r.at} ${f(r.median)} (max ${f(r.max)})`).join(', ')}`);
  for (const s of [...of].sort((a, b) => b.wall - a.wall).slice(0, top)) {
    const g = gcIn(s);
    const q = queries.find((x) => x.at === s.at);
    console.log(`  ${f(s.wall)} ms (CPU ${f(s.cpu)}, gc ${f(g.ms)}${g.kinds.length ? `: ${g.kinds.join(', ')}` : ''}) round ${s.round} #${s.at} "${q?.text.slice(0, 70)}"`);
  }
}
