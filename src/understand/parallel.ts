/**
 * Fact extraction of a whole record, across the machine's cores. The extractors are pure and
 * work one document at a time, so a cold start splits the documents over worker threads
 * (`node:worker_threads`: a dozen lines of pool for one batch job, no dependency; see the README,
 * Deployment). Cached documents are read in the calling thread first (from the one facts file of
 * the record, cache.ts); only the rest goes to the workers, in small batches taken in turn, and every result lands at its document's position, so
 * the facts (and so every answer) are the same whatever thread finished first.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sentencesOf, type Doc } from '../record/types.js';
import { analyzeDocument, NO_FACTS } from './analyze.js';
import { FactsCache, foundFacts, type CacheMiss, type Found } from './cache.js';
import { compactFacts, Interner } from './compact.js';
import { dropEntityFreeTagger, withoutEntities } from './nlp.js';
import { warmingUp } from './warm.js';
import { sentenceKey, type SentenceFacts, type SentenceKey } from './types.js';

export type DocFacts = ReadonlyMap<SentenceKey, SentenceFacts>;

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
}

export interface ExtractOptions {
  /** Read and write the facts cache there (null: no cache). */
  readonly dataDir?: string | null;
  /** Worker threads; default the machine's cores. 1 (or a small batch) analyses in this thread. */
  readonly threads?: number;
  /** Told after each batch of documents (cached documents count as done at once). */
  readonly onProgress?: (progress: Progress) => void;
  readonly onMiss?: (doc: Doc, why: CacheMiss) => void;
  /** Told once when the cache file as a whole could not be used (a corrupt, stale or unreadable file). */
  readonly onCacheProblem?: (why: CacheMiss) => void;
  /** Told when the cache file cannot be written (the facts are still served). */
  readonly onWriteError?: (error: unknown) => void;
  /**
   * Told each document's facts as soon as they are kept (read from the cache or extracted), by its
   * position in `docs`: what lets the record answer while the rest is still being extracted (fill.ts).
   */
  readonly onDoc?: (position: number, facts: DocFacts) => void;
  /**
   * Documents asked for ahead of the others while the extraction runs (a fact command during a
   * cold start, ondemand.ts): this thread takes them before its next document (`Pending`). The
   * facts are the same whatever the order; only when each document's come in changes.
   */
  readonly order?: ExtractOrder;
}

/** Positions in `docs` to extract before the rest (`ExtractOptions.order`), in the order asked. */
export class ExtractOrder {
  #asked: number[] = [];

  hurry(positions: Iterable<number>): void {
    for (const p of positions) this.#asked.push(p);
  }

  /** The positions asked for since the last call. */
  drain(): number[] {
    const asked = this.#asked;
    this.#asked = [];
    return asked;
  }
}

/**
 * The documents still to extract, handed out a batch at a time in the documents' order, and those
 * asked for (`ExtractOrder`) ahead of them: the thread that calls `extractAll` takes those before
 * its next document (`asked`), even one already sent to a worker that has not answered yet (a
 * worker's head start holds a sixteenth of the record): whichever analysis comes in first is kept,
 * and both are the same facts.
 */
class Pending {
  /** Per position: 1 still to extract; 2 sent to a worker, not back yet; 0 not to (read from the cache), taken here, or back. */
  readonly #state: Uint8Array;
  readonly #order: readonly number[];
  #at = 0;
  #asked: number[] = [];
  #left: number;

  constructor(
    size: number,
    todo: readonly number[],
    private readonly order?: ExtractOrder,
  ) {
    this.#state = new Uint8Array(size);
    for (const i of todo) this.#state[i] = 1;
    this.#order = todo;
    this.#left = todo.length;
  }

  /** Documents not yet handed out. */
  get left(): number {
    return this.#left;
  }

  /**
   * Up to `size` documents for this thread (`worker` false: those asked for first, in a batch of
   * their own) or for a worker (the documents' order only: a worker's batches wait in its queue).
   */
  take(size: number, worker = false): number[] {
    if (!worker) {
      const asked = this.asked(size);
      if (asked.length > 0) return asked;
    }
    const out: number[] = [];
    while (out.length < size && this.#at < this.#order.length) {
      const i = this.#order[this.#at++] as number;
      if (this.#state[i] !== 1) continue;
      this.#state[i] = worker ? 2 : 0;
      this.#left--;
      out.push(i);
    }
    return out;
  }

  /** Up to `size` of the documents asked for and not in yet: not handed out, or held by a worker. */
  asked(size: number): number[] {
    if (this.order) this.#asked.push(...this.order.drain());
    const out: number[] = [];
    while (out.length < size && this.#asked.length > 0) {
      const i = this.#asked.shift() as number;
      const state = this.#state[i];
      if (state === 0) continue;
      if (state === 1) this.#left--;
      this.#state[i] = 0;
      out.push(i);
    }
    return out;
  }

  /** A worker's batch is back: its documents are no longer to be taken here. */
  back(batch: readonly number[]): void {
    for (const i of batch) if (this.#state[i] === 2) this.#state[i] = 0;
  }
}

/** Below this many documents to analyse, starting threads (each loads the tagger) costs more than it saves. */
export const MIN_PARALLEL_DOCS = 48;
/** Documents per message to a worker: large enough to amortise the copy, small enough to balance. */
const BATCH = 8;

/** Batches sent to a worker ahead of its answers, so it never waits for this thread. */
const IN_FLIGHT = 2;

/**
 * A worker's head start, as a share of the batches: sent with its first batches, before this
 * thread goes on with its own synchronous work. On a cold start that is the search index
 * (openRecord builds it right after starting the fill: 18.6 s of one core at a million sentences,
 * 5 % of the extraction's CPU), and a worker that holds only IN_FLIGHT batches finishes them in
 * a fraction of a second and then waits for this thread, which cannot answer it before the index
 * is built: one core idle. With the head start it extracts through the index build. It is not
 * topped up until it is down to IN_FLIGHT again, so the batches still balance at the end.
 */
const HEAD_START = 1 / 16;

/** Batches each of `threads - 1` workers is sent at once, out of `batches`: IN_FLIGHT and its share of the head start. */
export function firstBatches(batches: number, threads: number): number {
  return IN_FLIGHT + Math.floor((batches * HEAD_START) / Math.max(1, threads - 1));
}

/**
 * Cached documents read between two turns of the event loop: a record that answers while its facts
 * are read (fill.ts) keeps answering during the second or so a large facts file takes.
 */
const READ_PER_TURN = 64;

/** The messages to a worker and back (extract-worker.ts). */
export interface WorkerRequest {
  readonly id: number;
  readonly docs: readonly Doc[];
}
export type WorkerReply =
  | { readonly id: number; readonly facts: readonly Found[] }
  | { readonly id: number; readonly error: string };

/**
 * Every sentence of `doc` with its facts, in reading order; sentences without any share one
 * frozen empty value (at 100,000 sentences, three empty arrays per sentence are tens of megabytes).
 */
export function factsOfDoc(doc: Doc, found: Found, intern: Interner): Map<SentenceKey, SentenceFacts> {
  const out = new Map<SentenceKey, SentenceFacts>();
  const texts = new Map<SentenceKey, string>();
  for (const s of sentencesOf(doc)) {
    out.set(sentenceKey(s), NO_FACTS);
    texts.set(sentenceKey(s), s.text);
  }
  for (const [key, f] of found) out.set(key, compactFacts(f, texts.get(key) ?? '', intern));
  return out;
}

/** The facts of every document (keyed by document id, in the documents' order). */
export async function extractAll(docs: readonly Doc[], options: ExtractOptions = {}): Promise<Map<string, DocFacts>> {
  const t0 = performance.now();
  const cache = options.dataDir ? FactsCache.open(options.dataDir) : null;
  if (cache?.problem) options.onCacheProblem?.(cache.problem);
  const results: (DocFacts | undefined)[] = new Array<DocFacts | undefined>(docs.length);
  const todo: number[] = [];
  const intern = new Interner();
  let readThisTurn = 0;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as Doc;
    if (!cache) {
      todo.push(i);
      continue;
    }
    const read = cache.read(doc, intern);
    if (read.ok) {
      if (++readThisTurn === READ_PER_TURN) {
        readThisTurn = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      results[i] = read.facts;
      options.onDoc?.(i, read.facts);
    } else {
      options.onMiss?.(doc, read.why);
      todo.push(i);
    }
  }
  let done = docs.length - todo.length;
  const report = (): void => options.onProgress?.({ done, total: docs.length, elapsedMs: performance.now() - t0 });
  report();
  const keep = (i: number, found: Found): void => {
    const doc = docs[i] as Doc;
    const facts = factsOfDoc(doc, found, intern);
    results[i] = facts;
    cache?.remember(doc, found);
    options.onDoc?.(i, facts);
  };
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(todo.length / BATCH)));
  // A record's worth of documents: this thread tags them without the entity pass too, as the
  // workers do (nlp.ts `withoutEntities`; its pipeline is dropped below). A few documents (an edit,
  // a small record) are not worth building that second pipeline for (about 0.2 s).
  const within = todo.length >= MIN_PARALLEL_DOCS ? withoutEntities : <T>(run: () => T): T => run();
  const analyze = (doc: Doc): Found => within(() => foundFacts(analyzeDocument(doc)));
  // What this thread's first document would load in one turn (the tagger's model, WordNet, the
  // extractors' code: 0.65 s on a quiet machine), loaded ahead a step a turn (warm.ts).
  const warm = warmingUp(todo.length > 0 ? (docs[todo[0] as number] as Doc) : null, within);
  try {
    if (threads === 1 || todo.length < MIN_PARALLEL_DOCS) {
      for (;;) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (warmed(warm)) break;
      }
      const pending = new Pending(docs.length, todo, options.order);
      for (;;) {
        // One document per turn of the event loop, as in `inWorkers`: the record answers meanwhile.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const [i] = pending.take(1);
        if (i === undefined) break;
        keep(i, analyze(docs[i] as Doc));
        if (++done % BATCH === 0 || done === docs.length) report();
      }
    } else {
      await inWorkers(docs, new Pending(docs.length, todo, options.order), threads, analyze, warm, (batch, found) => {
        // (A document asked for while a worker held it is analysed here too: the first kept.)
        batch.forEach((i, k) => {
          if (results[i] !== undefined) return;
          keep(i, found[k] ?? []);
          done++;
        });
        report();
      });
    }
  } finally {
    dropEntityFreeTagger();
  }
  cache?.save({ onWriteError: options.onWriteError });
  return new Map(docs.map((d, i) => [d.id, results[i] as DocFacts]));
}

/** Run from the build (`npm start` runs dist/, plain JavaScript) rather than from the sources through tsx. */
const COMPILED = import.meta.url.endsWith('.js');

/**
 * What a worker thread runs: from the build, the worker's module itself; from the sources, the
 * module through tsx's loader. Node 20 does not apply an `--import` loader given in a worker's
 * `execArgv`, so then the worker's first lines register tsx themselves, then import the module.
 */
function workerBoot(): string {
  const worker = JSON.stringify(new URL(`./extract-worker.${COMPILED ? 'js' : 'ts'}`, import.meta.url).href);
  if (COMPILED) return `import(${worker})`;
  // tsx's `esm/api` export for `import` (a require.resolve would find its CommonJS twin).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${worker}); })`;
}

/**
 * The batches of `todo` shared by `threads - 1` worker threads and this thread: this thread has
 * the extractors loaded already (the cache fingerprint ran them), while a worker first spends a
 * second or more loading them and the tagger's model, so it takes batches too, one at a time,
 * letting the workers' answers in between its documents (each worker holds IN_FLIGHT batches meanwhile,
 * after a head start of more while this thread's caller goes on synchronously: `firstBatches`).
 */
function inWorkers(
  docs: readonly Doc[],
  pending: Pending,
  threads: number,
  analyze: (doc: Doc) => Found,
  warm: Generator<void, void, void>,
  onBatch: (batch: readonly number[], found: readonly Found[]) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Each batch as it is handed out, by its id (the documents asked for first: `Pending`).
    const batches = new Map<number, number[]>();
    let ids = 0;
    const count = Math.ceil(pending.left / BATCH);
    let outstanding = 0;
    let settled = false;
    const workers: Worker[] = [];
    const stopAll = (): void => void Promise.all(workers.map((w) => w.terminate())).catch(() => undefined);
    const settle = (error: Error | null): void => {
      if (settled) return;
      settled = true;
      stopAll();
      if (error) reject(error);
      else resolve();
    };
    const complete = (id: number, found: readonly Found[]): void => {
      const batch = batches.get(id) ?? [];
      pending.back(batch);
      onBatch(batch, found);
      batches.delete(id);
      if (--outstanding === 0 && pending.left === 0) settle(null);
    };
    /** The id of the next batch (for a worker, or this thread: `Pending.take`), or -1 when there is none. */
    const nextBatch = (worker: boolean, batch = pending.take(BATCH, worker)): number => {
      if (batch.length === 0) return -1;
      outstanding++;
      batches.set(ids, batch);
      return ids++;
    };
    // Batches sent to each worker and not yet answered.
    const held = new Map<Worker, number>();
    const feed = (worker: Worker): void => {
      const id = nextBatch(true);
      const batch = batches.get(id);
      if (!batch) return;
      worker.postMessage({ id, docs: batch.map((i) => docs[i] as Doc) } satisfies WorkerRequest);
      held.set(worker, (held.get(worker) ?? 0) + 1);
    };
    const boot = workerBoot();
    const first = firstBatches(count, threads);
    for (let t = 1; t < threads; t++) {
      const worker = new Worker(boot, { eval: true });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return settle(new Error(`OnRecord: fact extraction failed in a worker thread: ${reply.error}`));
        held.set(worker, (held.get(worker) ?? 1) - 1);
        complete(reply.id, reply.facts);
        while ((held.get(worker) ?? 0) < IN_FLIGHT && pending.left > 0) feed(worker);
      });
      worker.on('error', (error) => settle(error));
      worker.on('exit', (code) => {
        if (!settled) settle(new Error(`OnRecord: a fact extraction worker stopped (exit code ${code})`));
      });
      // Two batches in flight: this thread answers a worker only between its own batches, so
      // with one a worker waited for it (about a quarter of a worker's time on 2 cores). And the
      // head start (HEAD_START) for while this thread is busy with something else altogether.
      for (let k = 0; k < first; k++) feed(worker);
    }
    // This thread analyses its batch one document per turn of the event loop, so a worker's
    // answer (and the batch it is sent next) waits for one document here, not for a whole batch,
    // and documents asked for meanwhile go before the rest of the batch (their own batch first).
    const interrupted: { id: number; found: Found[] }[] = [];
    const here = (id: number, found: Found[]): void => {
      if (settled) return;
      const asked = nextBatch(false, pending.asked(BATCH));
      if (asked >= 0) {
        interrupted.push({ id, found });
        return void setImmediate(here, asked, []);
      }
      const batch = batches.get(id) ?? [];
      try {
        found.push(analyze(docs[batch[found.length] as number] as Doc));
      } catch (error) {
        return settle(error instanceof Error ? error : new Error(String(error)));
      }
      if (found.length < batch.length) return void setImmediate(here, id, found);
      complete(id, found);
      const back = interrupted.pop();
      if (back) setImmediate(here, back.id, back.found);
      else takeBatch();
    };
    const takeBatch = (): void => {
      if (settled) return;
      const id = nextBatch(false);
      if (id >= 0) setImmediate(here, id, []);
    };
    // This thread's warm-up first, a step a turn (the workers are at work meanwhile).
    const warming = (): void => {
      if (settled) return;
      if (warmed(warm)) takeBatch();
      else setImmediate(warming);
    };
    setImmediate(warming);
  });
}

/**
 * One step of a thread's warm-up (warm.ts); whether it is over. A reader that fails on the probe
 * ends it: the document it was to load the code for then loads it, and reports its own failure.
 */
function warmed(warm: Generator<void, void, void>): boolean {
  try {
    return warm.next().done === true;
  } catch {
    return true;
  }
}
