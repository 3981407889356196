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
import { extractAll, type DocFacts, type ExtractOptions } from '../understand/parallel.js';
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
    };
    this.done = extract(docs, { ...options, onDoc })
      .catch(() => extract(docs, { ...options, threads: 1, onDoc }))
      .then((all) => {
        this.#done = true;
        return all;
      });
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
