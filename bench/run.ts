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
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { PerformanceObserver, constants as perf, createHistogram } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { makeCorpus, type Corpus } from '../src/answer/corpus.js';
import { listsCacheOf } from '../src/answer/saved.js';
import { LiveCorpus, factsOf, openRecord } from '../src/answer/build.js';
import { PROBE_SLICE_MS, answerInFull } from '../src/answer/ondemand.js';
import { nextTurn, sliced } from '../src/answer/slices.js';
import type { DigestPlan, PlanInput } from '../src/digest/content.js';
import { SUGGESTION_KINDS, suggest, warmSuggestions } from '../src/answer/autocomplete.js';
import { factIndex } from '../src/answer/facts.js';
import { timelineOf } from '../src/answer/timeline.js';
import { answer, collectBuildGarbage, prepareCorpus, type Request } from '../src/answer/index.js';
import type { Command } from '../src/answer/types.js';
import { loadKnowledge } from '../src/record/load.js';
import { sentencesOf, type Doc } from '../src/record/types.js';
import { loadOrBuildIndex } from '../src/search/persist.js';
import { STOP_WORDS } from '../src/search/text.js';
import type { SearchOutcome } from '../src/search/types.js';
import type { Sentence } from '../src/record/types.js';
import type { FastSearchIndex } from '../src/search/index.js';
import { analyzeDocument, analyzeDocumentToPost } from '../src/understand/analyze.js';
import { fingerprintOf } from '../src/understand/cache.js';
import { extractAll } from '../src/understand/parallel.js';
import { withoutEntities } from '../src/understand/nlp.js';
import { agreedParty, generateRecord } from './generate.js';
import { makeQueries, type Query, type QueryClass } from './queries.js';

interface Args {
  json: string | null;
  sizes: number[];
  child: number | null;
  /** A child that restarts on the record and DATA_DIR left in this folder. */
  restart: string | null;
  /** The folder a child writes the record and its DATA_DIR to. */
  work: string | null;
  /** A child that restarts on that folder and measures the heap each structure takes. */
  breakdown: string | null;
  /** MiniSearch and exhaustive fuse.js (default: below a million sentences, where they take minutes and gigabytes). */
  baselines: boolean | null;
  fuseSample: number | null;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: null, sizes: [1_000, 10_000, 100_000], child: null, restart: null, work: null, fuseSample: null, breakdown: null, baselines: null };
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
    else if (a === '--breakdown') args.breakdown = v;
    else if (a === '--baselines') args.baselines = v !== 'no' && v !== 'false';
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

/**
 * CPU time (user + system, ms) of this process's main thread alone, where the system tells it
 * (Linux: /proc/self/task/<pid>/stat, in clock ticks of 10 ms); null elsewhere. `process.cpuUsage`
 * counts every thread, so during a cold start it includes the worker threads' extraction: the
 * main thread's share is what the record waits for before it answers.
 */
function mainThreadCpu(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** A fact command about the record's last document, asked as a cold start begins to answer (ondemand.ts). */
interface OnDemandResult {
  command: string;
  query: string;
  /** Since the cold start began: when it was asked, and when answered in full (null: it was not, within the wait). */
  askedAt: number;
  fullAt: number | null;
  /** The answer is byte-identical to the warm record's (JSON). */
  identical: boolean;
}

/**
 * How long the main thread's event loop was held at most (and at p99), from the moment the cold
 * record answers until every fact is in, fact commands asked in between: what any other command
 * (and a Discord reply, deferred after 2 s at the latest) waits behind.
 */
interface LoopLag {
  /**
   * A 10 ms timer's longest lateness and its p99 (every tick's lateness). Not `monitorEventLoopDelay`
   * (session 36 gave both): its histogram records the time between two of its own ticks, so the
   * interval before its first tick is never recorded, and the cold start's longest hold comes right
   * as the record answers, when the monitor was enabled (this thread's first document and the first
   * probe): it reported 178-225 ms where this timer was 738-883 ms late.
   */
  maxMs: number;
  p99Ms: number;
  /** When the longest lateness ended, since the cold start began (ms). */
  maxAt: number;
  /**
   * The most CPU time the main thread spent between two of the timer's ticks (ms, in the system's
   * 10 ms clock ticks; Linux only, else absent): the longest hold as this thread's own work, which a
   * loaded machine stretches in wall time (a hold of 0.6 s of CPU was a tick 13 s late at load 19)
   * but does not change.
   */
  cpuMaxMs?: number;
  /** The longest hold while a fact command above was waiting for its answer. */
  askingMaxMs: number;
  /** The longest hold while the digests were planned (after the fact commands). */
  digestMaxMs?: number;
  /**
   * Of the longest hold, the time garbage collections took (ms, `PerformanceObserver('gc')`, matched
   * by time): at a million sentences the main thread holds a 2 GB heap and spends a third of its cold
   * start collecting (p48's profile), so a hold that grows with the record may be a collection rather
   * than a turn of work; this tells the two apart.
   */
  gcInMaxMs?: number;
  /** The longest single collection from answering until every fact is in (ms), and its kind. */
  gcLongestMs?: number;
  gcLongestKind?: string;
}

/** The kinds of collection `PerformanceObserver('gc')` reports, by `detail.kind`. */
const GC_KINDS: Readonly<Record<number, string>> = {
  [perf.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [perf.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [perf.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [perf.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

/**
 * The extraction's own CPU, measured so that the machine's load counts little: a sample of the
 * record's documents (every k-th, about `EXTRACTION_SAMPLE` sentences) analysed again in this thread
 * as an extraction worker analyses them (no entity pass: `withoutEntities`, `analyzeDocumentToPost`),
 * each document's CPU time read with `process.cpuUsage` around it and summed. Wall times (facts
 * complete) grow with the machine's load many times over (374 s instead of 28 s at load 15–18 on
 * 2 cores); CPU time much less (what still counts: caches and cores shared with other processes),
 * so this is the figure to compare a change of the extractors by between runs (an A/B on one
 * machine: bench/extract-ab.ts, both sides alternated document by document).
 */
interface ExtractionCpu {
  documents: number;
  sentences: number;
  /** CPU time of the sample, summed over its documents (ms). */
  cpuMs: number;
  /** cpuMs per sentence (µs). */
  usPerSentence: number;
  /** The longest one document took (ms of CPU): a worker's slice of work is one batch of documents. */
  maxDocMs: number;
  /** The whole record's extraction at this rate (s of CPU), and divided over this machine's cores (s): what "facts complete" would be with no other cost and no load. */
  recordCpuS: number;
  recordOnCoresS: number;
  cores: number;
}
const EXTRACTION_SAMPLE = 10_000;

function extractionCpu(docs: readonly Doc[]): ExtractionCpu {
  const total = docs.reduce((n, d) => n + sentencesOf(d).length, 0);
  const step = Math.max(1, Math.floor(total / EXTRACTION_SAMPLE));
  const sample = docs.filter((_, i) => i % step === 0);
  let cpuUs = 0;
  let maxUs = 0;
  for (const doc of sample) {
    const c = process.cpuUsage();
    withoutEntities(() => analyzeDocumentToPost(doc));
    const used = process.cpuUsage(c);
    cpuUs += used.user + used.system;
    maxUs = Math.max(maxUs, used.user + used.system);
  }
  const sentences = sample.reduce((n, d) => n + sentencesOf(d).length, 0);
  const usPerSentence = cpuUs / Math.max(1, sentences);
  const cores = availableParallelism();
  return {
    documents: sample.length,
    sentences,
    cpuMs: Math.round(cpuUs / 1000),
    usPerSentence: Math.round(usPerSentence),
    maxDocMs: Math.round(maxUs / 100) / 10,
    recordCpuS: Math.round((usPerSentence * total) / 1e5) / 10,
    recordOnCoresS: Math.round((usPerSentence * total) / cores / 1e5) / 10,
    cores,
  };
}

interface SizeResult {
  size: number;
  /** The extraction's CPU a sentence on a sample of the record (see ExtractionCpu). */
  extractionCpu?: ExtractionCpu;
  onDemand?: OnDemandResult[];
  /** The event loop's longest stall during the cold start's fact reading (see LoopLag). */
  coldLoopLag?: LoopLag;
  sentences: number;
  documents: number;
  vocabularyNote: string;
  buildMs: {
    /** Reading and parsing the files (cold: and writing the parse cache; warm: from it). */
    parse: number;
    parseWarm: number;
    extractWarm: number;
    /** Cold: the index built (and saved) while the worker threads start on the facts. */
    index: number;
    indexWarm: number;
    /** A cold start (`openRecord`, empty DATA_DIR): until it answers (parse + index), and until every fact is in (and the facts cache written). */
    coldAnswering: number;
    coldFactsComplete: number;
    /** CPU (user + system, all threads) of the same two moments. */
    coldCpuAnswering: number;
    coldCpuFactsComplete: number;
    /** The main thread's own CPU until it answers (null where the system does not tell it): about the wall time on idle cores. */
    coldMainCpuAnswering: number | null;
    /** parseWarm + extractWarm + indexWarm, in the process that built the caches. */
    warmStart: number;
    /** null when the baselines were skipped. */
    minisearch: number | null;
    /** What the answers keep per corpus: statement lists, the timeline, autocomplete lists. */
    suggestions: number;
  };
  /** A restart in a fresh process on the unchanged record and DATA_DIR (see `restart`). */
  restart: RestartResult | null;
  /** Heap per structure, measured in a fresh process (see `breakdown`). */
  breakdown: BreakdownResult | null;
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

/**
 * The node flags `npm start` runs the bot with (package.json): the child that starts cold and
 * times the commands, and the restarted one that measures the bot's memory, run with them too.
 * `--max-semi-space-size=8` halves the young generation V8 grows to (16 MB semi-spaces by
 * default): about 30 MB less RSS after 1,000 queries at 100,000 sentences for 2–5 % more CPU
 * per query in scavenges (back to back, same code). `--v8-pool-size=1` gives V8 one helper thread
 * instead of four: each helper that compiles a large function (the search's `rerank`) keeps that
 * compilation's peak, about 18 MB, in a malloc arena of its own after it is freed, so four helpers
 * held up to 60 MB of RSS after 1,000 queries at 100,000 sentences, one holds 18 (RSS after them
 * 381–412 → 353–371 MB; see the README's Deployment).
 */
const BOT_FLAGS = ['--expose-gc', '--max-semi-space-size=8', '--v8-pool-size=1'];

/** From this size on, MiniSearch and exhaustive fuse.js are skipped unless `--baselines yes`. */
const BASELINES_BELOW = 1_000_000;

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

/** What the bot runs for a query of each class (autocomplete: one keystroke in one option). */
function commandRunner(corpus: Corpus): (q: Query) => unknown {
  const keystroke = (q: Query): unknown => (q.kinds ?? []).flatMap((kind) => suggest(corpus, kind, q.text));
  return (q) => {
    if (q.cls === 'timeline') return answer(corpus, { command: 'timeline', page: q.page ?? 0, pageSize: 5 });
    const command = COMMAND_OF[q.cls];
    return command ? answer(corpus, { command, query: q.text }) : keystroke(q);
  };
}

const queriesFile = (work: string): string => join(work, 'queries.json');

async function runSize(size: number, fuseSample: number | null, work: string, baselines: boolean): Promise<SizeResult> {
  const loadStart = round2(loadavg()[0] ?? 0);
  const { files, world } = generateRecord(size, 42);
  for (const f of files) {
    const file = join(knowledgeDir(work), `${f.id}.txt`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, f.raw);
  }
  const dataDir = dataDirOf(work);

  // A cold start as the bot makes it (openRecord, empty DATA_DIR): it answers once the documents
  // are parsed (and the parse cache written) and the index built (and saved); the facts are
  // extracted behind it, across the cores' worker threads, until the facts cache is written.
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpu();
  const t0 = performance.now();
  let parsedAt = t0;
  const opened = await openRecord(knowledgeDir(work), { dataDir, onParseCache: () => (parsedAt = performance.now()) });
  const answeringAt = performance.now();
  const cpuAnswering = process.cpuUsage(cpu0);
  const main1 = mainThreadCpu();
  if (opened.corpus.problems.length > 0 || opened.corpus.docs.length !== files.length) throw new Error(`bench: ${opened.corpus.docs.length} of ${files.length} documents read`);
  // Fact commands about the record's last document, asked as soon as it answers: a /who-said of a
  // person it names, a /when of its headline and an /agreed of a party to one of its agreements,
  // one after the other, each answered in full once the documents it reads are in (they go to the
  // head of the extraction), not when every fact is.
  const live = new LiveCorpus(opened.corpus, undefined, opened);
  const late = opened.corpus.docs.at(-1) as Doc;
  const lateText = sentencesOf(late).map((s) => s.text).join(' ');
  const person = world.people.find((p) => lateText.includes(p));
  const party = agreedParty(opened.corpus.docs, world);
  const asked: Request[] = [
    ...(person ? [{ command: 'who-said' as const, query: person }] : []),
    { command: 'when', query: (late.headline ?? (sentencesOf(late)[0] as Sentence)).text },
    ...(party ? [{ command: 'agreed' as const, query: party }] : []),
  ];
  const onDemand: { request: Request; askedAt: number; fullAt: number | null; answer: unknown; warm?: (corpus: Corpus) => unknown }[] = [];
  // A 10 ms timer's lateness is how long the loop was held (`LoopLag`), from this moment on.
  const lag = createHistogram();
  const held = { max: 0, at: 0, from: 0, to: 0, asking: 0, digest: 0, cpu: 0 };
  // The collections meanwhile, to tell a hold that is a collection from one that is work.
  const collections: { start: number; ms: number; kind: string }[] = [];
  const gcWatch = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) collections.push({ start: e.startTime, ms: e.duration, kind: GC_KINDS[(e as { detail?: { kind?: number } }).detail?.kind ?? -1] ?? 'collection' });
  });
  gcWatch.observe({ entryTypes: ['gc'] });
  let cpuTick = mainThreadCpu();
  let asking = true;
  let digesting = false;
  let tick = performance.now();
  const sampler = setInterval(() => {
    const now = performance.now();
    const late = now - tick - 10;
    if (late > held.max) Object.assign(held, { max: late, at: now - t0, from: tick, to: now });
    tick = now;
    lag.record(Math.max(1, Math.round(late * 1000)));
    const cpu = cpuTick === null ? null : mainThreadCpu();
    if (cpu !== null && cpuTick !== null) held.cpu = Math.max(held.cpu, cpu - cpuTick);
    cpuTick = cpu;
    if (asking && late > held.asking) held.asking = late;
    if (digesting && late > held.digest) held.digest = late;
  }, 10);
  for (const request of asked) {
    const askedAt = performance.now() - t0;
    const full = await answerInFull(live, request, { waitMs: 120_000 });
    onDemand.push({ request, askedAt, fullAt: full ? performance.now() - t0 : null, answer: full });
  }
  // Then digest slots due during the cold start (digest/inFull.ts): an overview (a channel's first
  // digest) and an update after the last document was added, each planned from final facts once the
  // documents it reads are in; what is compared is what would be posted (the messages, the snapshot).
  // Imported here, not at the top: the digest modules bring zod (snapshot.ts), which no other
  // module of this bench loads, and the restarted process, which measures the bot's memory
  // (`restart`), plans no digest. Loaded statically they cost that process 3 MB of heap and
  // 10-15 MB of RSS, and this one a longer hold of its loop in the cold start's first seconds.
  asking = false;
  const [{ planDigest, planning }, { planInFull }, { renderDigest }, { snapshotting }] = await Promise.all([
    import('../src/digest/content.js'),
    import('../src/digest/inFull.js'),
    import('../src/digest/render.js'),
    import('../src/digest/snapshot.js'),
  ]);
  // Loading them holds the loop too (their evaluation, 40-70 ms), which the bot does as it starts,
  // not when a digest is due: the 10 ms timer gets its turn before the digest phase is measured.
  // Then a turn of the loop (nextTurn, as planInFull starts its slices): a first slice run from a
  // timer's turn ran on with the next in the same turn, 200 ms of the bench's own hashing.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await nextTurn();
  digesting = true;
  const digestAt = new Date('2026-01-01T09:00:00Z');
  // What the update's previous digest saw (the bot reads it from its database): made here in
  // slices, as the product hashes, so that the bench's own hashing is no hold of the digest phase.
  const seen = await sliced(snapshotting(opened.corpus.docs.slice(0, -1)), PROBE_SLICE_MS);
  for (const [kind, previous] of [
    ['overview', null],
    ['update', seen],
  ] as const) {
    const input = (corpus: Corpus): PlanInput => ({ corpus, previous, now: digestAt, timezone: 'UTC', topic: null });
    const posted = (plan: DigestPlan | null): unknown => plan && [renderDigest(plan, { slot: digestAt, timezone: 'UTC', late: false, topic: null, previousAt: null, manual: false }), plan.snapshot];
    const askedAt = performance.now() - t0;
    const plan = await planInFull(live, (corpus) => planning({ ...input(corpus), reasons: false }), { waitMs: 120_000 });
    onDemand.push({ request: { command: 'digest' as Request['command'], query: kind }, askedAt, fullAt: plan ? performance.now() - t0 : null, answer: posted(plan), warm: (corpus) => posted(planDigest(input(corpus))) });
  }
  digesting = false;
  await opened.complete;
  clearInterval(sampler);
  // The observer hears of the last collections a turn later.
  await nextTurn();
  gcWatch.disconnect();
  const gcInMax = collections.reduce((n, c) => n + Math.max(0, Math.min(c.start + c.ms, held.to) - Math.max(c.start, held.from)), 0);
  const longest = collections.reduce<(typeof collections)[number] | null>((a, c) => (a === null || c.ms > a.ms ? c : a), null);
  const coldLoopLag: LoopLag = {
    maxMs: Math.round(held.max),
    p99Ms: Math.round(lag.percentile(99) / 1000),
    maxAt: Math.round(held.at),
    ...(cpuTick !== null ? { cpuMaxMs: held.cpu } : {}),
    askingMaxMs: Math.round(held.asking),
    digestMaxMs: Math.round(held.digest),
    gcInMaxMs: Math.round(gcInMax),
    ...(longest ? { gcLongestMs: Math.round(longest.ms), gcLongestKind: longest.kind } : {}),
  };
  const completeAt = performance.now();
  const cpuComplete = process.cpuUsage(cpu0);
  const parseMs = parsedAt - t0;
  const indexMs = answeringAt - parsedAt;

  // Warm, in this process: from the parse cache, the facts cache, the saved index.
  const [docs, parseWarmMs] = await timeAsync(() => loadRecord(work, files.length));
  const sentences = docs.flatMap((d) => sentencesOf(d));
  const [facts, extractWarm] = await timeAsync(() => extractAll(docs, { dataDir }));
  const [index, indexWarmMs] = time(() => loadOrBuildIndex(sentences, dataDir));
  const corpus = makeCorpus({ docs, problems: [], facts, index, lists: listsCacheOf(docs, dataDir) });
  // What the answers keep per corpus (statement lists, the timeline, the autocomplete lists with
  // their word indexes), built as the bot does at start-up and after a reload.
  const [, suggestionsMs] = await timeAsync(() => prepareCorpus(corpus));
  const onDemandResults: OnDemandResult[] = onDemand.map((o) => ({
    command: o.request.command,
    query: o.request.query ?? '',
    askedAt: Math.round(o.askedAt),
    fullAt: o.fullAt === null ? null : Math.round(o.fullAt),
    identical: JSON.stringify(o.answer) === JSON.stringify(o.warm ? o.warm(corpus) : answer(corpus, o.request)),
  }));
  const mem = process.memoryUsage();

  // Incremental: re-index one document.
  const one = docs[Math.floor(docs.length / 2)] as Doc;
  const [, reindexMs] = time(() => index.replaceDocument(one.id, sentencesOf(one)));

  const perClass = 40;
  const queries = makeQueries(sentences, world, 7, perClass);
  writeFileSync(queriesFile(work), JSON.stringify(queries));
  const classes = [...new Set(queries.map((q) => q.cls))];

  // Warm up the JIT once over every query, then time three rounds.
  // Autocomplete is what the bot does on a keystroke: the suggestion lists of one command option
  // (they are their own index, so both columns time the same call).
  const runCommand = commandRunner(corpus);
  // The timeline has no index part (it is a list kept per corpus): its index column is the command.
  const runIndex = (q: Query): unknown =>
    q.cls === 'autocomplete' || q.cls === 'timeline' ? runCommand(q) : index.search(q.text, { limit: 10 });
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

  const base = baselines ? runBaselines(sentences, queries, index, fuseSample, size) : null;
  const commands = mapStats(cmdTimes);
  const idx = mapStats(idxTimes);
  const ms = base?.ms ?? {};
  const fz = base?.fz ?? {};
  const ratios: SizeResult['ratios'] = {};
  for (const c of classes) {
    const ours = idx[c]?.p50 ?? NaN;
    ratios[c] = { vsMiniSearchP50: ms[c] ? round2(ms[c].p50 / ours) : null, vsFuseP50: fz[c] ? round2((fz[c]?.p50 ?? NaN) / ours) : null };
  }
  // The extraction's own CPU a sentence, load-robust (see ExtractionCpu), last: every worker is done
  // by now, and the memory and times above are measured without the memos and tags it leaves.
  const extraction = extractionCpu(docs);
  return {
    size,
    sentences: sentences.length,
    documents: docs.length,
    vocabularyNote: `${world.people.length} people, ${world.countries.length} places, ${world.rare.length} rare words`,
    onDemand: onDemandResults,
    coldLoopLag,
    extractionCpu: extraction,
    buildMs: {
      parse: Math.round(parseMs),
      parseWarm: Math.round(parseWarmMs),
      extractWarm: Math.round(extractWarm),
      index: Math.round(indexMs),
      indexWarm: Math.round(indexWarmMs),
      coldAnswering: Math.round(answeringAt - t0),
      coldFactsComplete: Math.round(completeAt - t0),
      coldCpuAnswering: Math.round((cpuAnswering.user + cpuAnswering.system) / 1000),
      coldCpuFactsComplete: Math.round((cpuComplete.user + cpuComplete.system) / 1000),
      coldMainCpuAnswering: main0 !== null && main1 !== null ? main1 - main0 : null,
      warmStart: Math.round(parseWarmMs + extractWarm + indexWarmMs),
      minisearch: base ? Math.round(base.miniMs) : null,
      suggestions: Math.round(suggestionsMs),
    },
    restart: null,
    breakdown: null,
    memory: { rssMB: mb(mem.rss), heapMB: mb(mem.heapUsed) },
    load: [loadStart, round2(loadavg()[0] ?? 0)],
    reindexOneDocMs: round2(reindexMs),
    commands,
    index: idx,
    minisearch: ms,
    fuse: { sampled: base?.fuseSampled ?? 0, perClass: fz, naive: base?.naive.length ? stats(base.naive) : null, naiveSampled: base?.naive.length ?? 0 },
    ratios,
    agreement: base?.agreement ?? { typoQueries: 0, top1Same: 0, top1SameScore: 0, notFoundQueries: 0, notFoundSame: 0 },
  };
}

/** MiniSearch and exhaustive fuse.js on the same queries, and the agreement of our top hit with fuse's. */
function runBaselines(sentences: readonly Sentence[], queries: readonly Query[], index: FastSearchIndex, fuseSample: number | null, size: number) {
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
  return { miniMs, ms: mapStats(miniTimes), fz: mapStats(fuseTimes), fuseSampled: fuseQueries.length, naive, agreement };
}

interface RestartResult {
  /** Each step as `buildCorpus` takes it, in a fresh process (cold JIT, warm file system cache). */
  parse: number;
  extract: number;
  index: number;
  corpus: number;
  /** The answer lists the bot builds once the record is read (prepareCorpus). */
  lists: number;
  /** Ready to answer: parse + extract + index + corpus + lists. */
  total: number;
  /**
   * Wall time from the process's start (imports included) until the record answers, every fact
   * available (read per document from the facts file when first asked for), before the answer lists.
   */
  answering: number;
  /** CPU time (user + system, all threads) of the process from its start until ready, imports included: less load-dependent than `total`. */
  cpu: number;
  /** The same until the corpus answers (before the answer lists, which the bot builds after it is answering). */
  cpuAnswering: number;
  /** Documents parsed afresh and facts/index rebuilt: all 0 on an unchanged record. */
  parseMisses: number;
  extractMisses: number;
  indexMisses: number;
  /** RSS and heap once started (no forced garbage collection), and after QUERIES_AFTER_START queries. */
  memoryStarted: { rssMB: number; heapMB: number };
  memoryAfterQueries: { rssMB: number; heapMB: number };
  queries: number;
}

/** How many queries the restarted process answers before its memory is read again. */
const QUERIES_AFTER_START = 1_000;

/**
 * A restart on the unchanged record, as the bot starts: the steps of `buildCorpus` (read and parse
 * through the parse cache, extraction through the facts cache, the index restored) and the answer
 * lists, timed one by one; then its memory, and again after a thousand queries of every class.
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
  // As buildCorpus reads them: from the facts file as each document is first asked about, when it holds this record.
  const [facts, extract] = await timeAsync(() => factsOf(docs, { dataDir, onMiss: () => extractMisses++ }));
  let indexMisses = 0;
  const [index, indexMs] = time(() => loadOrBuildIndex(docs.flatMap((d) => sentencesOf(d)), dataDir, { onMiss: () => indexMisses++ }));
  const [corpus, corpusMs] = time(() => makeCorpus({ docs, problems: [], facts, index, lists: listsCacheOf(docs, dataDir) }));
  // The bot answers from here; it builds the answer lists next (prepareCorpus, in the background).
  const answering = process.cpuUsage();
  const answeringMs = process.uptime() * 1000;
  const [, lists] = await timeAsync(() => prepareCorpus(corpus));
  // As the bot does once its lists are built (npm start runs node with --expose-gc).
  collectBuildGarbage();
  const total = performance.now() - t0;
  const used = process.cpuUsage();
  const started = process.memoryUsage();
  const queries = JSON.parse(readFileSync(queriesFile(work), 'utf8')) as Query[];
  const run = commandRunner(corpus);
  for (let i = 0; i < QUERIES_AFTER_START && queries.length > 0; i++) run(queries[i % queries.length] as Query);
  const after = process.memoryUsage();
  return {
    parse: Math.round(parse),
    extract: Math.round(extract),
    index: Math.round(indexMs),
    corpus: Math.round(corpusMs),
    lists: Math.round(lists),
    total: Math.round(total),
    answering: Math.round(answeringMs),
    cpu: Math.round((used.user + used.system) / 1000),
    cpuAnswering: Math.round((answering.user + answering.system) / 1000),
    parseMisses,
    extractMisses,
    indexMisses,
    memoryStarted: { rssMB: mb(started.rss), heapMB: mb(started.heapUsed) },
    memoryAfterQueries: { rssMB: mb(after.rss), heapMB: mb(after.heapUsed) },
    queries: queries.length > 0 ? QUERIES_AFTER_START : 0,
  };
}

interface BreakdownResult {
  /** Heap (MB, after full garbage collections) each structure adds, in the order the bot builds them. */
  parts: [string, number][];
  heapMB: number;
  rssMB: number;
}

/**
 * Where the heap goes: a fresh process (run with --expose-gc) builds the corpus from the caches
 * step by step, collecting garbage fully after each, and records what each step kept.
 */
async function breakdown(work: string): Promise<BreakdownResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench: the breakdown needs node --expose-gc');
  const dataDir = dataDirOf(work);
  const heap = (): number => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const parts: [string, number][] = [];
  const keep: unknown[] = [];
  let last = heap();
  const step = <T>(name: string, value: T): T => {
    keep.push(value);
    const now = heap();
    parts.push([name, mb(now - last)]);
    last = now;
    return value;
  };
  parts.push(['runtime and code', mb(last)]);
  step('the tagger\'s model and the extractors', fingerprintOf(analyzeDocument));
  const { docs } = step('documents: text, paragraphs, sentences', await loadKnowledge(knowledgeDir(work), { cacheDir: dataDir }));
  const facts = step('facts of every sentence', await extractAll(docs, { dataDir }));
  const index = step('search index', loadOrBuildIndex(docs.flatMap((d) => sentencesOf(d)), dataDir));
  const corpus = step('corpus (documents by id)', makeCorpus({ docs, problems: [], facts, index, lists: listsCacheOf(docs, dataDir) }));
  step('statement and agreement lists', factIndex(corpus));
  step('timeline', timelineOf(corpus));
  for (const kind of SUGGESTION_KINDS) step(`autocomplete: ${kind}`, warmSuggestions(corpus, [kind]));
  const total = heap();
  return { parts, heapMB: mb(total), rssMB: mb(process.memoryUsage().rss) };
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

/** One size's figures, printed as soon as it is done (a run up to a million sentences is long). */
function report(r: SizeResult): void {
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(`\n== ${r.sentences.toLocaleString('en')} sentences in ${r.documents} documents (${r.vocabularyNote})`);
  const b = r.buildMs;
  console.log(
    `cold start (empty DATA_DIR): answering after ${b.coldAnswering} ms (read+parse ${b.parse} ms, index ${b.index} ms; ${b.coldCpuAnswering} ms of CPU, all threads, ${b.coldMainCpuAnswering ?? '?'} ms of it the main thread's), facts complete after ${b.coldFactsComplete} ms (${b.coldCpuFactsComplete} ms of CPU, all threads)`,
  );
  const x = r.extractionCpu;
  if (x)
    console.log(
      `extraction CPU (one thread, as a worker extracts; process.cpuUsage per document, so the load counts far less than in wall times): ${x.usPerSentence} µs a sentence (${x.cpuMs} ms on ${x.sentences} sentences of ${x.documents} documents, 1 in ${Math.round(r.documents / x.documents)}; longest document ${x.maxDocMs} ms); at that rate the record's facts are ${x.recordCpuS} s of CPU, ${x.recordOnCoresS} s on ${x.cores} cores`,
    );
  for (const o of r.onDemand ?? []) {
    if (o.command === 'digest') {
      console.log(`cold start, a digest's ${o.query} planned in full after ${o.fullAt ?? 'never'} ms (asked at ${o.askedAt} ms; facts complete after ${b.coldFactsComplete} ms; its messages ${o.identical ? 'byte-identical to' : 'DIFFER from'} the warm record's)`);
      continue;
    }
    console.log(
      `cold start, a fact command answered in full after ${o.fullAt ?? 'never'} ms (/${o.command} ${o.query}, about the last document, asked at ${o.askedAt} ms; facts complete after ${b.coldFactsComplete} ms; ${o.identical ? 'byte-identical to' : 'DIFFERS from'} the warm answer)`,
    );
  }
  const lag = r.coldLoopLag;
  if (lag) console.log(`cold start, the main thread's event loop held at most ${lag.maxMs} ms (a 10 ms timer's longest lateness, ending at ${lag.maxAt} ms; p99 ${lag.p99Ms} ms; at most ${lag.cpuMaxMs ?? '?'} ms of the thread's CPU between two ticks) from answering until every fact is in; at most ${lag.askingMaxMs} ms while the fact commands above waited for their answers${lag.digestMaxMs !== undefined ? `, ${lag.digestMaxMs} ms while the digests were planned` : ''}${lag.gcInMaxMs !== undefined ? `; of the longest hold, ${lag.gcInMaxMs} ms in garbage collection (the longest single collection meanwhile ${lag.gcLongestMs ?? 0} ms, ${lag.gcLongestKind ?? 'none'})` : ''}`);
  console.log(
    `warm, same process: read+parse (cache) ${b.parseWarm} ms, facts (cache) ${b.extractWarm} ms, index restored ${b.indexWarm} ms → ${b.warmStart} ms; answer lists (statements, timeline, autocomplete) ${b.suggestions} ms; MiniSearch build ${b.minisearch ?? 'skipped'} ms`,
  );
  const rs = r.restart;
  if (rs) {
    console.log(
      `restart (fresh process, unchanged record): answering after ${rs.answering} ms since the process started, facts complete then too (read per document from the facts file; ${rs.cpuAnswering} ms of CPU); read+parse ${rs.parse} ms, facts ${rs.extract} ms, index ${rs.index} ms, corpus ${rs.corpus} ms, then answer lists ${rs.lists} ms → ${rs.total} ms, ${rs.cpu} ms of CPU (rebuilt: ${rs.parseMisses} parses, ${rs.extractMisses} extractions, ${rs.indexMisses} indexes)`,
    );
    console.log(
      `restarted process: RSS ${rs.memoryStarted.rssMB} MB (heap ${rs.memoryStarted.heapMB} MB) once started, RSS ${rs.memoryAfterQueries.rssMB} MB (heap ${rs.memoryAfterQueries.heapMB} MB) after ${rs.queries} queries`,
    );
  }
  const bd = r.breakdown;
  if (bd) {
    console.log(`heap by structure (fresh process, full GC after each step; total heap ${bd.heapMB} MB, RSS ${bd.rssMB} MB):`);
    for (const [name, size] of bd.parts) console.log(`  ${name.padEnd(42)}${pad(size, 6)} MB`);
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

/** One row per size: what growing the record costs at start-up, in memory and per command. */
function growth(results: readonly SizeResult[]): void {
  if (results.length === 0) return;
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  const classes = [...new Set(results.flatMap((r) => Object.keys(r.commands)))];
  const secs = (ms: number | undefined): string => (ms === undefined ? '-' : (ms / 1000).toFixed(1));
  console.log('\n== growth (start-up in s; RSS in MB; p50/p99 of each command in ms)');
  console.log(
    `${pad('sentences', 10)}${pad('cold ans', 9)}${pad('facts', 7)}${pad('restart ans', 12)}${pad('lists', 7)}${pad('CPU', 6)}${pad('RSS', 6)}${pad('+1k q', 7)}${pad('load', 6)} | ${classes.map((c) => pad(c, 13)).join('')}`,
  );
  for (const r of results) {
    const rs = r.restart;
    const cells = classes.map((c) => {
      const st = r.commands[c];
      return pad(st ? `${st.p50}/${st.p99}` : '-', 13);
    });
    console.log(
      `${pad(r.sentences, 10)}${pad(secs(r.buildMs.coldAnswering), 9)}${pad(secs(r.buildMs.coldFactsComplete), 7)}${pad(secs(rs?.answering), 12)}${pad(secs(rs ? rs.answering + rs.lists : undefined), 7)}${pad(secs(rs?.cpu), 6)}${pad(rs?.memoryStarted.rssMB ?? '-', 6)}${pad(rs?.memoryAfterQueries.rssMB ?? '-', 7)}${pad(r.load[1], 6)} | ${cells.join('')}`,
    );
  }
  console.log(
    '(cold ans = a cold start (empty caches) until the record answers: read+parse and index; facts = until every fact is extracted too (fact answers say "still reading" before); restart ans = a fresh process on the unchanged record until it answers with every fact, imports included; lists = that restart until its answer lists are ready too, and CPU its CPU time in s; RSS of that process once started and after 1,000 queries; load = the 1-minute load average when the size was done)',
  );
}

/**
 * The children run the benchmark compiled, as `npm start` runs the bot (plain Node: no tsx loader
 * thread, nothing transpiled), so their memory and start-up are the bot's. The sources and these
 * scripts are built into a temporary folder (beside links to node_modules and package.json);
 * null (children through tsx, as before) when the build fails.
 */
function buildChildren(): string | null {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-build-'));
  for (const beside of ['node_modules', 'package.json']) symlinkSync(join(root, beside), join(dir, beside));
  const config = join(dir, 'tsconfig.json');
  const out = join(dir, 'out');
  writeFileSync(
    config,
    JSON.stringify({ extends: join(root, 'tsconfig.build.json'), compilerOptions: { rootDir: root, outDir: out }, include: [join(root, 'src'), join(root, 'bench')] }),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { encoding: 'utf8' });
  if (tsc.status !== 0) {
    console.error(`bench: the build failed, children run through tsx:\n${tsc.stdout}${tsc.stderr}`);
    return null;
  }
  // The word vectors are read from src/search/ beside the build's folder (vectors.ts), which the
  // build's layout here (out/src/search) does not have: without this link the children answered
  // every question without them, and their memory lacked the table the bot reads.
  symlinkSync(join(root, 'src', 'search', 'vectors.bin'), join(out, 'src', 'search', 'vectors.bin'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return join(out, 'bench', 'run.js');
}

async function main(): Promise<void> {
  if (process.argv.includes('--soak')) {
    const { parseSoakArgs, soak } = await import('./soak.js');
    return soak(parseSoakArgs(process.argv.slice(2)));
  }
  const args = parseArgs(process.argv.slice(2));
  const work = args.work;
  if (args.child !== null && work) {
    const result = await runSize(args.child, args.fuseSample, work, args.baselines ?? args.child < BASELINES_BELOW);
    process.stdout.write(`\n@@RESULT ${JSON.stringify(result)}\n`);
    return;
  }
  if (args.restart !== null) {
    process.stdout.write(`\n@@RESULT ${JSON.stringify(await restart(args.restart))}\n`);
    return;
  }
  if (args.breakdown !== null) {
    process.stdout.write(`\n@@RESULT ${JSON.stringify(await breakdown(args.breakdown))}\n`);
    return;
  }
  const results: SizeResult[] = [];
  const built = buildChildren();
  const script = built ?? fileURLToPath(import.meta.url);
  const runChild = <T>(childArgs: readonly string[], size: number, nodeArgs: readonly string[] = []): T | null => {
    // A million sentences need more than the default heap limit in the process that also holds the
    // generated files and the query set.
    const heap = size >= 300_000 ? [`--max-old-space-size=${Math.ceil(size / 1_000_000) * 6_144}`] : [];
    const child = spawnSync(process.execPath, [...(built ? [] : process.execArgv), ...heap, ...nodeArgs, script, ...childArgs], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = child.stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
    return child.status === 0 && line ? (JSON.parse(line.slice('@@RESULT '.length)) as T) : null;
  };
  for (const size of args.sizes) {
    const extra = [...(args.fuseSample !== null ? ['--fuse-sample', String(args.fuseSample)] : []), ...(args.baselines !== null ? ['--baselines', String(args.baselines)] : [])];
    const t = performance.now();
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
    try {
      const result = runChild<SizeResult>(['--child', String(size), '--work', dir, ...extra], size, BOT_FLAGS);
      if (!result) {
        console.error(`bench: size ${size} failed`);
        process.exitCode = 1;
        continue;
      }
      result.restart = runChild<RestartResult>(['--restart', dir], size, BOT_FLAGS);
      result.breakdown = runChild<BreakdownResult>(['--breakdown', dir], size, ['--expose-gc']);
      if (!result.restart || !result.breakdown) {
        console.error(`bench: the restart at size ${size} failed`);
        process.exitCode = 1;
      }
      results.push(result);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`size ${size}: done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const last = results.at(-1);
    if (last?.size === size) report(last);
  }
  console.log('\n(times in ms; cmd = the answer command end to end; ×mini/×fuse = their p50 divided by the index p50)');
  growth(results);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ machine: { node: process.version, cpus: availableParallelism(), platform: process.platform }, results }, null, 2)}\n`);
    console.log(`figures written to ${args.json}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
