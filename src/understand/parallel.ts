/**
 * Fact extraction of a whole record, across the machine's cores. The extractors are pure and
 * work one document at a time, so a cold start splits the documents over worker threads
 * (`node:worker_threads`: a dozen lines of pool for one batch job, no dependency; see the README,
 * Deployment). Cached documents are read in the calling thread first; only the rest goes to the
 * workers, in small batches taken in turn, and every result lands at its document's position, so
 * the facts (and so every answer) are the same whatever thread finished first.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sentencesOf, type Doc } from '../record/types.js';
import { analyzeDocument, NO_FACTS } from './analyze.js';
import { loadOrAnalyze, readCached, type CacheMiss } from './cache.js';
import { compactFacts, Interner } from './compact.js';
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
  /** Told when a cache file cannot be written (the facts are still served). */
  readonly onWriteError?: (doc: Doc, error: unknown) => void;
}

/** Below this many documents to analyse, starting threads (each loads the tagger) costs more than it saves. */
export const MIN_PARALLEL_DOCS = 48;
/** Documents per message to a worker: large enough to amortise the copy, small enough to balance. */
const BATCH = 8;

/** What a worker is started with, and the messages both ways (extract-worker.ts). */
export interface WorkerSetup {
  readonly dataDir: string | null;
}
export interface WorkerRequest {
  readonly id: number;
  readonly docs: readonly Doc[];
}
export type WorkerReply =
  | { readonly id: number; readonly facts: readonly Found[]; readonly writeErrors: readonly (readonly [number, string])[] }
  | { readonly id: number; readonly error: string };
/** A document's facts, only the sentences that carry any. */
type Found = readonly (readonly [SentenceKey, SentenceFacts])[];

export const foundFacts = (facts: DocFacts): Found =>
  [...facts].filter(([, f]) => f.times.length + f.statements.length + f.agreements.length > 0);

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
  const dataDir = options.dataDir ?? null;
  const results: (DocFacts | undefined)[] = new Array<DocFacts | undefined>(docs.length);
  const todo: number[] = [];
  const intern = new Interner();
  docs.forEach((doc, i) => {
    if (!dataDir) return void todo.push(i);
    const read = readCached(doc, dataDir, intern);
    if (read.ok) results[i] = read.facts;
    else {
      options.onMiss?.(doc, read.why);
      todo.push(i);
    }
  });
  let done = docs.length - todo.length;
  const report = (): void => options.onProgress?.({ done, total: docs.length, elapsedMs: performance.now() - t0 });
  report();
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(todo.length / BATCH)));
  if (threads === 1 || todo.length < MIN_PARALLEL_DOCS) {
    for (const i of todo) {
      results[i] = factsOfDoc(docs[i] as Doc, foundFacts(analyzeOne(docs[i] as Doc, dataDir, options.onWriteError)), intern);
      if (++done % BATCH === 0 || done === docs.length) report();
    }
  } else {
    await inWorkers(docs, todo, threads, dataDir, options.onWriteError, (batch, found) => {
      batch.forEach((i, k) => (results[i] = factsOfDoc(docs[i] as Doc, found[k] ?? [], intern)));
      done += batch.length;
      report();
    });
  }
  return new Map(docs.map((d, i) => [d.id, results[i] as DocFacts]));
}

/**
 * The worker's module, run through tsx's loader (the sources are TypeScript, run as they are).
 * Node 20 does not apply an `--import` loader given in a worker's `execArgv`, so the worker's
 * first lines register tsx themselves, then import the module.
 */
const WORKER = new URL('./extract-worker.ts', import.meta.url).href;
// tsx's `esm/api` export for `import` (a require.resolve would find its CommonJS twin).
const TSX_API = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`;

/**
 * The batches of `todo` shared by `threads - 1` worker threads and this thread: this thread has
 * the extractors loaded already (the cache fingerprint ran them), while a worker first spends a
 * second or more loading them and the tagger's model, so it takes batches too, one at a time,
 * letting the workers' answers in between.
 */
function inWorkers(
  docs: readonly Doc[],
  todo: readonly number[],
  threads: number,
  dataDir: string | null,
  onWriteError: ExtractOptions['onWriteError'],
  onBatch: (batch: readonly number[], found: readonly Found[]) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const batches: number[][] = [];
    for (let i = 0; i < todo.length; i += BATCH) batches.push(todo.slice(i, i + BATCH));
    let next = 0;
    let finished = 0;
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
      onBatch(batches[id] ?? [], found);
      if (++finished === batches.length) settle(null);
    };
    const feed = (worker: Worker): void => {
      const id = next++;
      const batch = batches[id];
      if (batch) worker.postMessage({ id, docs: batch.map((i) => docs[i] as Doc) } satisfies WorkerRequest);
    };
    for (let t = 1; t < threads; t++) {
      const worker = new Worker(BOOT, { eval: true, workerData: { dataDir } satisfies WorkerSetup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return settle(new Error(`OnRecord: fact extraction failed in a worker thread: ${reply.error}`));
        const batch = batches[reply.id] ?? [];
        for (const [k, error] of reply.writeErrors) if (batch[k] !== undefined) onWriteError?.(docs[batch[k]] as Doc, new Error(error));
        complete(reply.id, reply.facts);
        feed(worker);
      });
      worker.on('error', (error) => settle(error));
      worker.on('exit', (code) => {
        if (!settled) settle(new Error(`OnRecord: a fact extraction worker stopped (exit code ${code})`));
      });
      feed(worker);
    }
    const here = (): void => {
      if (settled || next >= batches.length) return;
      const id = next++;
      try {
        complete(id, (batches[id] ?? []).map((i) => foundFacts(analyzeOne(docs[i] as Doc, dataDir, onWriteError))));
      } catch (error) {
        return settle(error instanceof Error ? error : new Error(String(error)));
      }
      setImmediate(here);
    };
    setImmediate(here);
  });
}

export const analyzeOne = (doc: Doc, dataDir: string | null, onWriteError?: (doc: Doc, error: unknown) => void): DocFacts =>
  dataDir ? loadOrAnalyze(doc, dataDir, analyzeDocument, { onWriteError }) : analyzeDocument(doc);
