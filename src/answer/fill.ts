/**
 * A record's facts filled in behind it. Extracting the statements, agreements and dates of a new
 * record is most of a cold start (0.4–0.7 ms of CPU a sentence: twenty seconds at 100,000 sentences
 * on two cores), while searching needs only the parsed documents and the index. So the record
 * answers as soon as those are ready, and `extractAll` (the worker threads, through the facts cache,
 * in the documents' order) runs on behind it; each document's facts are filled in here as its batch
 * finishes, and the facts cache is written, as before, once all are in.
 *
 * A corpus made meanwhile gets a frozen `view`: the documents whose facts were in when it was made,
 * and how many sentences that is (`Reading`), so that an answer drawn from the facts can say that
 * it comes from part of the record and may grow. Every answer made once the fill is `done` is the
 * one a start that waited for the facts gives (the same extraction, the same facts).
 */
import { sentencesOf, type Doc } from '../record/types.js';
import { ExtractOrder, extractAll, type DocFacts, type ExtractOptions } from '../understand/parallel.js';
import type { FactsById, Reading } from './corpus.js';

/** The extraction a fill runs: `extractAll`, which tells it each document's facts (`onDoc`) as they are kept. */
export type Extract = (docs: readonly Doc[], options: ExtractOptions) => Promise<Map<string, DocFacts>>;

export class FactsFill {
  readonly #position: ReadonlyMap<string, number>;
  readonly #facts: (DocFacts | undefined)[];
  readonly #sentences: readonly number[];
  /** When each document's facts came in (1, 2, …; 0: not yet): a view made at step n sees those up to n. */
  readonly #step: Uint32Array;
  #steps = 0;
  #read = 0;
  #done = false;
  /** The extraction has stopped, done or failed: no more facts will come in. */
  #ended = false;
  /** Documents asked for ahead of the others (`hurry`). */
  readonly #order = new ExtractOrder();
  /** Who waits for which documents (`hurry`): positions still unread, and what to call when none is. */
  #waiting: { left: Set<number>; resolve: () => void }[] = [];
  /** Sentences in the record. */
  readonly total: number;
  /** Every document's facts, by id in the documents' order, once all are in and the facts cache is written. */
  readonly done: Promise<Map<string, DocFacts>>;

  /**
   * Starts extracting `docs` (the facts cache in `options.dataDir` is read and written as by
   * `extractAll`). Should the worker threads fail, the remaining extraction runs once more in this
   * thread alone before the fill gives up (`done` rejects).
   */
  constructor(docs: readonly Doc[], options: ExtractOptions = {}, extract: Extract = extractAll) {
    this.#position = new Map(docs.map((d, i) => [d.id, i]));
    this.#facts = new Array<DocFacts | undefined>(docs.length);
    this.#sentences = docs.map((d) => sentencesOf(d).length);
    this.#step = new Uint32Array(docs.length);
    this.total = this.#sentences.reduce((a, b) => a + b, 0);
    const onDoc = (i: number, facts: DocFacts): void => {
      if (this.#step[i] === 0) {
        this.#read += this.#sentences[i] ?? 0;
        this.#step[i] = ++this.#steps;
      }
      this.#facts[i] = facts;
      options.onDoc?.(i, facts);
      if (this.#waiting.length > 0) {
        this.#waiting = this.#waiting.filter((w) => {
          w.left.delete(i);
          if (w.left.size > 0) return true;
          w.resolve();
          return false;
        });
      }
    };
    const order = this.#order;
    this.done = extract(docs, { ...options, onDoc, order })
      .catch(() => extract(docs, { ...options, threads: 1, onDoc, order }))
      .then((all) => {
        this.#done = true;
        return all;
      })
      .finally(() => {
        this.#ended = true;
        for (const w of this.#waiting) w.resolve();
        this.#waiting = [];
      });
  }

  /** True once the extraction has stopped, done or failed (after a failure `complete` stays false). */
  get ended(): boolean {
    return this.#ended;
  }

  /** True when the facts of document `id` are in (and will not change). */
  has(id: string): boolean {
    const i = this.#position.get(id);
    return i !== undefined && this.#step[i] !== 0;
  }

  /** The facts of document `id` once they are in, as they are now (not a frozen view). */
  get(id: string): DocFacts | undefined {
    const i = this.#position.get(id);
    return i !== undefined && this.#step[i] !== 0 ? this.#facts[i] : undefined;
  }

  /**
   * Puts documents `ids` at the head of the extraction (those not read yet) and resolves once all
   * of them are in, or the fill has ended (done or failed: check `has`).
   */
  hurry(ids: Iterable<string>): Promise<void> {
    const left = new Set<number>();
    for (const id of ids) {
      const i = this.#position.get(id);
      if (i !== undefined && this.#step[i] === 0) left.add(i);
    }
    if (left.size === 0 || this.#ended) return Promise.resolve();
    this.#order.hurry(left);
    return new Promise((resolve) => this.#waiting.push({ left: new Set(left), resolve }));
  }

  /**
   * `hurry(ids)`, waited for until `deadline` (a `performance.now()` time) at most: false, without
   * waiting, when the deadline has passed or the fill has ended (the documents will not come in).
   */
  async hurryUntil(ids: Iterable<string>, deadline: number): Promise<boolean> {
    const left = deadline - performance.now();
    if (left <= 0 || this.#ended) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.hurry(ids), new Promise<void>((resolve) => (timer = setTimeout(resolve, left)))]);
    clearTimeout(timer);
    return true;
  }

  /** True once every document's facts are in and `done` has resolved. */
  get complete(): boolean {
    return this.#done;
  }

  /** How many times facts have come in so far: a newer view differs from an older one when this moved. */
  get steps(): number {
    return this.#steps;
  }

  /** Sentences whose facts are in. */
  get read(): number {
    return this.#read;
  }

  /**
   * The facts in so far, frozen: a document whose facts come in later stays without facts in this
   * view. `reading` is null once the fill is complete.
   */
  view(): { facts: FactsById; reading: Reading | null } {
    const at = this.#steps;
    const step = this.#step;
    const facts = this.#facts;
    const position = this.#position;
    return {
      facts: {
        get: (id) => {
          const i = position.get(id);
          if (i === undefined) return undefined;
          const when = step[i] as number;
          return when !== 0 && when <= at ? facts[i] : undefined;
        },
      },
      reading: this.#done ? null : { sentences: this.#read, total: this.total },
    };
  }
}

/**
 * What a reader made on demand keeps per record whose facts are filling in (the unread documents'
 * texts of ondemand.ts, the dates read ahead of digest/inFull.ts), from one request to the next, and
 * clears once that record's facts are all in (or the extraction failed).
 */
export function keptWhileFilling<T extends { clear(): void }>(make: () => T): (fill: FactsFill) => T {
  const kept = new WeakMap<FactsFill, T>();
  return (fill) => {
    let value = kept.get(fill);
    if (!value) {
      const made = (value = make());
      kept.set(fill, made);
      const drop = (): void => made.clear();
      fill.done.then(drop, drop);
    }
    return value;
  };
}
