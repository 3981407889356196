/**
 * `npm run bench [-- --json FILE] [--sizes 1000,10000,100000] [--fuse-sample N]`
 * `npm run bench -- --soak [--count N] [--concurrency C] [--reload-s S] [--json FILE]` (bench/soak.ts)
 *
 * For each size, in a child process of its own (so memory figures do not mix): generate a
 * news-like record as knowledge files, read and parse them, extract facts, build the index (cold,
 * through the caches in a DATA_DIR; then warm, from the caches), then time every command on a
 * fixed query set, the same search queries through MiniSearch and through exhaustive fuse.js, and
 * the agreement of our top hit with fuse's. Then a fresh process restarts on the unchanged record
 * and DATA_DIR, as the bot does, and times each step of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { makeCorpus } from '../src/answer/corpus.js';
import { suggest } from '../src/answer/autocomplete.js';
import { answer, prepareCorpus } from '../src/answer/index.js';
import type { Command } from '../src/answer/types.js';
import { loadKnowledge } from '../src/record/load.js';
import { sentencesOf, type Doc } from '../src/record/types.js';
import { loadOrBuildIndex } from '../src/search/persist.js';
import { STOP_WORDS } from '../src/search/text.js';
import type { SearchOutcome } from '../src/search/types.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { cachedAnalyzer, loadOrAnalyze } from '../src/understand/cache.js';
import { generateRecord } from './generate.js';
import { makeQueries, type Query, type QueryClass } from './queries.js';

interface Args {
  json: string | null;
  sizes: number[];
  child: number | null;
  /** A child that restarts on the record and DATA_DIR left in this folder. */
  restart: string | null;
  /** The folder a child writes the record and its DATA_DIR to. */
  work: string | null;
  fuseSample: number | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: null, sizes: [1_000, 10_000, 100_000], child: null, restart: null, work: null, fuseSample: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (v === undefined) continue;
    if (a === '--json') args.json = v;
    else if (a === '--sizes') args.sizes = v.split(',').map(Number);
    else if (a === '--child') args.child = Number(v);
    else if (a === '--restart') args.restart = v;
    else if (a === '--work') args.work = v;
    else if (a === '--fuse-sample') args.fuseSample = Number(v);
    else continue;
    i++;
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// Measurement

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { n: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] ?? NaN };
}

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
}

const mb = (b: number): number => Math.round(b / 1e6);

interface SizeResult {
  size: number;
  sentences: number;
  documents: number;
  vocabularyNote: string;
  buildMs: {
    /** Reading and parsing the files (cold: and writing the parse cache; warm: from it). */
    parse: number;
    parseWarm: number;
    extractCold: number;
    extractWarm: number;
    index: number;
    indexWarm: number;
    coldStart: number;
    /** parseWarm + extractWarm + indexWarm, in the process that built the caches. */
    warmStart: number;
    minisearch: number;
    /** What the answers keep per corpus: statement lists, the timeline, autocomplete lists. */
    suggestions: number;
  };
  /** A restart in a fresh process on the unchanged record and DATA_DIR (see `restart`). */
  restart: RestartResult | null;
  memory: { rssMB: number; heapMB: number };
  /** 1-minute load average at the start and end: on a shared 2-core machine, read times with it. */
  load: [number, number];
  reindexOneDocMs: number;
  commands: Record<string, Stats>;
  index: Record<string, Stats>;
  minisearch: Record<string, Stats>;
  fuse: { sampled: number; perClass: Record<string, Stats>; naive: Stats | null; naiveSampled: number };
  ratios: Record<string, { vsMiniSearchP50: number | null; vsFuseP50: number | null }>;
  agreement: { typoQueries: number; top1Same: number; top1SameScore: number; notFoundQueries: number; notFoundSame: number };
}

const COMMAND_OF: Partial<Record<QueryClass, Command>> = {
  exact: 'search',
  typo1: 'search',
  typo2: 'search',
  notfound: 'search',
  when: 'when',
  'who-said': 'who-said',
  agreed: 'agreed',
};

async function timeAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await f();
  return [v, performance.now() - t];
}

const knowledgeDir = (work: string): string => join(work, 'knowledge');
const dataDirOf = (work: string): string => join(work, 'data');

/** Reads the knowledge folder through the parse cache; every generated file must be served. */
async function loadRecord(work: string, expected: number | null): Promise<Doc[]> {
  const { docs, problems } = await loadKnowledge(knowledgeDir(work), { cacheDir: dataDirOf(work) });
  if (problems.length > 0 || (expected !== null && docs.length !== expected)) {
    throw new Error(`bench: ${docs.length} of ${expected ?? '?'} documents read; ${problems.map((p) => `${p.file}: ${p.reason}`).join('; ')}`);
  }
  return docs;
}

async function runSize(size: number, fuseSample: number | null, work: string): Promise<SizeResult> {
  const loadStart = round2(loadavg()[0] ?? 0);
  const { files, world } = generateRecord(size, 42);
  for (const f of files) {
    const file = join(knowledgeDir(work), `${f.id}.txt`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, f.raw);
  }
  const dataDir = dataDirOf(work);

  // Read and parse: cold (parse, write the parse cache), then warm (from the cache).
  const [, parseMs] = await timeAsync(() => loadRecord(work, files.length));
  const [docs, parseWarmMs] = await timeAsync(() => loadRecord(work, files.length));
  const sentences = docs.flatMap((d) => sentencesOf(d));

  // Extract: cold through an empty cache (analyse + write), then warm (read back).
  const [facts, extractCold] = time(() => new Map(docs.map((d) => [d.id, loadOrAnalyze(d, dataDir, analyzeDocument)])));
  const [, extractWarm] = time(() => new Map(docs.map((d) => [d.id, loadOrAnalyze(d, dataDir, analyzeDocument)])));

  // Index: built (and saved to DATA_DIR) on a cold start, restored from DATA_DIR on a warm one.
  const [, indexMs] = time(() => loadOrBuildIndex(sentences, dataDir));
  const [index, indexWarmMs] = time(() => loadOrBuildIndex(sentences, dataDir));
  const corpus = makeCorpus({ docs, problems: [], facts, index });
  // What the answers keep per corpus (statement lists, the timeline, the autocomplete lists with
  // their word indexes), built as the bot does at start-up and after a reload.
  const [, suggestionsMs] = await timeAsync(() => prepareCorpus(corpus));
  const mem = process.memoryUsage();

  // Incremental: re-index one document.
  const one = docs[Math.floor(docs.length / 2)] as Doc;
  const [, reindexMs] = time(() => index.replaceDocument(one.id, sentencesOf(one)));

  const perClass = 40;
  const queries = makeQueries(sentences, world, 7, perClass);
  const classes = [...new Set(queries.map((q) => q.cls))];

  // Warm up the JIT once over every query, then time three rounds.
  // Autocomplete is what the bot does on a keystroke: the suggestion lists of one command option
  // (they are their own index, so both columns time the same call).
  const keystroke = (q: Query): unknown => (q.kinds ?? []).flatMap((kind) => suggest(corpus, kind, q.text));
  const runCommand = (q: Query): unknown => {
    if (q.cls === 'timeline') return answer(corpus, { command: 'timeline', page: q.page ?? 0, pageSize: 5 });
    const command = COMMAND_OF[q.cls];
    return command ? answer(corpus, { command, query: q.text }) : keystroke(q);
  };
  // The timeline has no index part (it is a list kept per corpus): its index column is the command.
  const runIndex = (q: Query): unknown =>
    q.cls === 'autocomplete' ? keystroke(q) : q.cls === 'timeline' ? runCommand(q) : index.search(q.text, { limit: 10 });
  for (const q of queries) {
    runCommand(q);
    runIndex(q);
  }
  const cmdTimes = new Map<string, number[]>();
  const idxTimes = new Map<string, number[]>();
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      push(cmdTimes, q.cls, time(() => runCommand(q))[1]);
      push(idxTimes, q.cls, time(() => runIndex(q))[1]);
    }
  }

  // MiniSearch over the same sentences: fuzzy 0.2, prefix, and our stop words dropped (without
  // that, prefix matching on "the", "to", "and" makes it ten times slower: an unfair baseline).
  const [mini, miniMs] = time(() => {
    const processTerm = (term: string): string | null => {
      const t = term.toLowerCase();
      return t.length < 2 || STOP_WORDS.has(t) ? null : t;
    };
    const m = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: [], processTerm });
    m.addAll(sentences.map((s, id) => ({ id, text: s.text })));
    return m;
  });
  const miniRun = (q: Query): unknown =>
    q.cls === 'timeline' ? null :
    q.cls === 'autocomplete' ? mini.autoSuggest(q.text, { fuzzy: 0.2, prefix: true }) : mini.search(q.text, { fuzzy: 0.2, prefix: true }).slice(0, 10);
  for (const q of queries) miniRun(q);
  const miniTimes = new Map<string, number[]>();
  for (let round = 0; round < 3; round++) for (const q of queries) if (q.cls !== 'timeline') push(miniTimes, q.cls, time(() => miniRun(q))[1]);

  // Exhaustive fuse.js: the same ranking with fuse over every sentence. Slow by design, so at
  // larger sizes a sample of the queries (typo queries first, for the agreement figure).
  const sample = fuseSample ?? (size <= 1_000 ? Infinity : size <= 10_000 ? 60 : 24);
  const fuseQueries = [...queries.filter((q) => q.cls === 'typo1' || q.cls === 'typo2'), ...queries.filter((q) => q.cls === 'exact' || q.cls === 'notfound')]
    .filter((_, i, all) => i < sample || all.length <= sample);
  const fuseTimes = new Map<string, number[]>();
  const agreement = { typoQueries: 0, top1Same: 0, top1SameScore: 0, notFoundQueries: 0, notFoundSame: 0 };
  index.exhaustive('warm up the baseline'); // builds the exhaustive fuse collection once, untimed
  for (const q of fuseQueries) {
    const [slow, ms] = time(() => index.exhaustive(q.text));
    push(fuseTimes, q.cls, ms);
    const fast = index.search(q.text);
    agreement.notFoundQueries++;
    if ((fast.hits.length === 0) === (slow.hits.length === 0)) agreement.notFoundSame++;
    if (q.cls === 'typo1' || q.cls === 'typo2') {
      agreement.typoQueries++;
      const [same, sameScore] = top1(fast, slow);
      if (same) agreement.top1Same++;
      if (sameScore) agreement.top1SameScore++;
    }
  }

  // Naive fuse.js, the issue's baseline: the raw query against every raw sentence.
  const naiveSample = size <= 1_000 ? 20 : size <= 10_000 ? 5 : 2;
  const naiveFuse = new Fuse(sentences.map((s) => s.text), { ignoreLocation: true, threshold: 0.4, includeScore: true });
  const naive = queries.filter((q) => q.cls === 'exact').slice(0, naiveSample).map((q) => time(() => naiveFuse.search(q.text))[1]);

  const commands = mapStats(cmdTimes);
  const idx = mapStats(idxTimes);
  const ms = mapStats(miniTimes);
  const fz = mapStats(fuseTimes);
  const ratios: SizeResult['ratios'] = {};
  for (const c of classes) {
    const ours = idx[c]?.p50 ?? NaN;
    ratios[c] = { vsMiniSearchP50: ms[c] ? round2(ms[c].p50 / ours) : null, vsFuseP50: fz[c] ? round2((fz[c]?.p50 ?? NaN) / ours) : null };
  }
  return {
    size,
    sentences: sentences.length,
    documents: docs.length,
    vocabularyNote: `${world.people.length} people, ${world.countries.length} places, ${world.rare.length} rare words`,
    buildMs: {
      parse: Math.round(parseMs),
      parseWarm: Math.round(parseWarmMs),
      extractCold: Math.round(extractCold),
      extractWarm: Math.round(extractWarm),
      index: Math.round(indexMs),
      indexWarm: Math.round(indexWarmMs),
      coldStart: Math.round(parseMs + extractCold + indexMs),
      warmStart: Math.round(parseWarmMs + extractWarm + indexWarmMs),
      minisearch: Math.round(miniMs),
      suggestions: Math.round(suggestionsMs),
    },
    restart: null,
    memory: { rssMB: mb(mem.rss), heapMB: mb(mem.heapUsed) },
    load: [loadStart, round2(loadavg()[0] ?? 0)],
    reindexOneDocMs: round2(reindexMs),
    commands,
    index: idx,
    minisearch: ms,
    fuse: { sampled: fuseQueries.length, perClass: fz, naive: naive.length ? stats(naive) : null, naiveSampled: naive.length },
    ratios,
    agreement,
  };
}

interface RestartResult {
  /** Each step as `buildCorpus` takes it, in a fresh process (cold JIT, warm file system cache). */
  parse: number;
  extract: number;
  index: number;
  corpus: number;
  total: number;
  /** Documents parsed afresh and facts/index rebuilt: all 0 on an unchanged record. */
  parseMisses: number;
  extractMisses: number;
  indexMisses: number;
}

/**
 * A restart on the unchanged record: the steps of `buildCorpus` (read and parse through the parse
 * cache, extraction through the facts cache, the index restored), timed one by one.
 */
async function restart(work: string): Promise<RestartResult> {
  const dataDir = dataDirOf(work);
  const t0 = performance.now();
  let parseMisses = 0;
  const [docs, parse] = await timeAsync(async () => {
    const { docs: read } = await loadKnowledge(knowledgeDir(work), { cacheDir: dataDir, onCacheUse: (u) => (parseMisses = u.misses) });
    return read;
  });
  let extractMisses = 0;
  const analyze = cachedAnalyzer(dataDir, analyzeDocument, { onMiss: () => extractMisses++ });
  const [facts, extract] = time(() => new Map(docs.map((d) => [d.id, analyze(d)])));
  let indexMisses = 0;
  const [index, indexMs] = time(() => loadOrBuildIndex(docs.flatMap((d) => sentencesOf(d)), dataDir, { onMiss: () => indexMisses++ }));
  const [, corpus] = time(() => makeCorpus({ docs, problems: [], facts, index }));
  const total = performance.now() - t0;
  return { parse: Math.round(parse), extract: Math.round(extract), index: Math.round(indexMs), corpus: Math.round(corpus), total: Math.round(total), parseMisses, extractMisses, indexMisses };
}

/** Same top sentence; or, failing that, an equally scored top (a tie broken differently). */
function top1(fast: SearchOutcome, slow: SearchOutcome): [boolean, boolean] {
  const a = fast.hits[0];
  const b = slow.hits[0];
  if (!a || !b) return [!a && !b, !a && !b];
  const same = a.sentence.doc === b.sentence.doc && a.sentence.paragraph === b.sentence.paragraph && a.sentence.sentence === b.sentence.sentence;
  return [same, same || Math.abs(a.score - b.score) < 1e-9];
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function mapStats(m: Map<string, number[]>): Record<string, Stats> {
  return Object.fromEntries([...m].map(([k, v]) => [k, roundStats(stats(v))]));
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const roundStats = (s: Stats): Stats => ({ n: s.n, p50: round2(s.p50), p95: round2(s.p95), p99: round2(s.p99), max: round2(s.max) });

// ---------------------------------------------------------------------------------------------
// Report

function report(results: readonly SizeResult[]): void {
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  for (const r of results) {
    console.log(`\n== ${r.sentences.toLocaleString('en')} sentences in ${r.documents} documents (${r.vocabularyNote})`);
    const b = r.buildMs;
    console.log(
      `build: read+parse ${b.parse} ms / cached ${b.parseWarm} ms, extract cold ${b.extractCold} ms / warm (cache) ${b.extractWarm} ms, index ${b.index} ms / restored ${b.indexWarm} ms → cold start ${b.coldStart} ms, warm start ${b.warmStart} ms; answer lists (statements, timeline, autocomplete) ${b.suggestions} ms; MiniSearch build ${b.minisearch} ms`,
    );
    const rs = r.restart;
    if (rs) {
      console.log(
        `restart (fresh process, unchanged record): read+parse ${rs.parse} ms, extract ${rs.extract} ms, index ${rs.index} ms, corpus ${rs.corpus} ms → ${rs.total} ms (rebuilt: ${rs.parseMisses} parses, ${rs.extractMisses} extractions, ${rs.indexMisses} indexes)`,
      );
    }
    console.log(`memory: RSS ${r.memory.rssMB} MB, heap ${r.memory.heapMB} MB; re-index one document ${r.reindexOneDocMs} ms; load average ${r.load[0]} → ${r.load[1]} on ${availableParallelism()} cores`);
    console.log(`${'class'.padEnd(13)}${pad('cmd p50', 9)}${pad('p95', 8)}${pad('p99', 8)} |${pad('index p50', 10)}${pad('p99', 8)} |${pad('mini p50', 9)}${pad('p99', 8)} |${pad('fuse p50', 10)} |${pad('×mini', 7)}${pad('×fuse', 9)}`);
    for (const c of Object.keys(r.commands)) {
      const cm = r.commands[c] as Stats;
      const ix = r.index[c] as Stats;
      const mi = r.minisearch[c] ?? { p50: '-', p99: '-' };
      const fz = r.fuse.perClass[c];
      const ra = r.ratios[c];
      console.log(
        `${c.padEnd(13)}${pad(cm.p50, 9)}${pad(cm.p95, 8)}${pad(cm.p99, 8)} |${pad(ix.p50, 10)}${pad(ix.p99, 8)} |${pad(mi.p50, 9)}${pad(mi.p99, 8)} |${pad(fz ? fz.p50 : '-', 10)} |${pad(ra?.vsMiniSearchP50 ?? '-', 7)}${pad(ra?.vsFuseP50 ?? '-', 9)}`,
      );
    }
    const a = r.agreement;
    const pct = (x: number, n: number): string => (n ? `${((100 * x) / n).toFixed(1)}%` : '-');
    console.log(
      `exhaustive fuse.js on ${r.fuse.sampled} queries: top-1 agreement on ${a.typoQueries} typo queries ${pct(a.top1Same, a.typoQueries)} (same score ${pct(a.top1SameScore, a.typoQueries)}), not-found decision agreement ${pct(a.notFoundSame, a.notFoundQueries)}`,
    );
    if (r.fuse.naive) console.log(`naive fuse.js (raw query over raw sentences, ${r.fuse.naiveSampled} queries): p50 ${r.fuse.naive.p50} ms`);
  }
  console.log('\n(times in ms; cmd = the answer command end to end; ×mini/×fuse = their p50 divided by the index p50)');
}

async function main(): Promise<void> {
  if (process.argv.includes('--soak')) {
    const { parseSoakArgs, soak } = await import('./soak.js');
    return soak(parseSoakArgs(process.argv.slice(2)));
  }
  const args = parseArgs(process.argv.slice(2));
  const work = args.work;
  if (args.child !== null && work) {
    const result = await runSize(args.child, args.fuseSample, work);
    process.stdout.write(`\n@@RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  if (args.restart !== null) {
    process.stdout.write(`\n@@RESULT ${JSON.stringify(await restart(args.restart))}\n`);
    return;
  }
  const results: SizeResult[] = [];
  const script = fileURLToPath(import.meta.url);
  const runChild = <T>(childArgs: readonly string[]): T | null => {
    const child = spawnSync(process.execPath, [...process.execArgv, script, ...childArgs], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = child.stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
    return child.status === 0 && line ? (JSON.parse(line.slice('@@RESULT '.length)) as T) : null;
  };
  for (const size of args.sizes) {
    const extra = args.fuseSample !== null ? ['--fuse-sample', String(args.fuseSample)] : [];
    const t = performance.now();
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
    try {
      const result = runChild<SizeResult>(['--child', String(size), '--work', dir, ...extra]);
      if (!result) {
        console.error(`bench: size ${size} failed`);
        process.exitCode = 1;
        continue;
      }
      result.restart = runChild<RestartResult>(['--restart', dir]);
      if (!result.restart) {
        console.error(`bench: the restart at size ${size} failed`);
        process.exitCode = 1;
      }
      results.push(result);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`size ${size}: done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  report(results);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ machine: { node: process.version, cpus: availableParallelism(), platform: process.platform }, results }, null, 2)}\n`);
    console.log(`figures written to ${args.json}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
