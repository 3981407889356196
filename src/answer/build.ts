import { loadKnowledge } from '../record/load.js';
import { sentencesOf, type Doc, type LoadProblem } from '../record/types.js';
import { createSearchIndex } from '../search/index.js';
import { loadOrBuildIndex } from '../search/persist.js';
import { analyzeDocument } from '../understand/analyze.js';
import { FactsCache, foundFacts, type CacheMiss } from '../understand/cache.js';
import { Interner } from '../understand/compact.js';
import { extractAll, factsOfDoc, type DocFacts, type ExtractOptions, type Progress } from '../understand/parallel.js';
import { sentenceKey, type SentenceFacts, type SentenceKey } from '../understand/types.js';
import type { SearchIndex } from '../search/types.js';
import { factsSourceOf, makeCorpus, type Corpus, type FactsById, type Reading } from './corpus.js';
import { FactsFill, type Extract } from './fill.js';
import { listsCacheOf, type ListsCache } from './saved.js';

/** Extraction of one document's facts; a cache can stand in for the plain analyser. */
export type Analyze = (doc: Doc) => ReadonlyMap<SentenceKey, SentenceFacts>;

export interface BuildOptions {
  /**
   * Extraction, one document at a time in this thread. Unset: the plain extractors, across worker
   * threads (`extractAll`), through the facts cache in `dataDir` when that is set.
   */
  readonly analyze?: Analyze;
  /**
   * The extraction that runs behind a record that already answers (default `extractAll`; tests
   * hold it part way to see the record answer meanwhile).
   */
  readonly extract?: Extract;
  /** Worker threads for the extraction (default: the machine's cores). */
  readonly threads?: number;
  /** Told how far the extraction is (documents done / total, elapsed). */
  readonly onProgress?: (progress: Progress) => void;
  /**
   * When set, parsed documents and the search index are saved there, and the next start with
   * unchanged files (the same sentences) restores them instead of parsing and indexing again.
   */
  readonly dataDir?: string | null;
  /** Told when the facts cache file in DATA_DIR could not be used (corrupt, stale, unreadable). */
  readonly onFactsCacheProblem?: (why: CacheMiss) => void;
  /** Told why a saved index could not be used (missing on a first start, stale, corrupt). */
  readonly onIndexMiss?: (why: string) => void;
  /** Told how many documents came from the parse cache in DATA_DIR and how many were parsed. */
  readonly onParseCache?: (use: { hits: number; misses: number }) => void;
  /** Told when a cache file in DATA_DIR cannot be written (the record is still served). */
  readonly onCacheWriteError?: (error: unknown) => void;
}

type Facts = FactsById;

/** A corpus from documents already read: analyse each (unless `facts` are given), index every sentence. */
export function corpusOf(docs: readonly Doc[], problems: readonly LoadProblem[], options: BuildOptions = {}, known?: Facts, lists: ListsCache | null = null): Corpus {
  const analyze = options.analyze ?? analyzeDocument;
  const facts = known ?? new Map(docs.map((d) => [d.id, analyze(d)]));
  return makeCorpus({ docs, problems, facts, index: indexOf(docs, options), lists });
}

/** The search index of every sentence: restored from DATA_DIR when it holds this record's, else built (and saved there). */
function indexOf(docs: readonly Doc[], options: BuildOptions): SearchIndex {
  const sentences = docs.flatMap((d) => sentencesOf(d));
  return options.dataDir ? loadOrBuildIndex(sentences, options.dataDir, { onMiss: options.onIndexMiss }) : createSearchIndex(sentences);
}

/**
 * A record opened to answer: `corpus` answers now; when its facts were not in a facts file that
 * holds this very record, they are still being extracted behind it (`fill`), and `complete`
 * resolves with the corpus that has all of them (`corpus` itself when there is no fill).
 */
export interface OpenRecord {
  readonly corpus: Corpus;
  readonly fill: FactsFill | null;
  readonly complete: Promise<Corpus>;
}

/**
 * Reads a knowledge folder and answers as soon as its documents are parsed and indexed (from the
 * caches in DATA_DIR when they hold this record): a new record's facts are extracted behind it,
 * across worker threads (fill.ts), while this thread builds the index. Throws `KnowledgeError` for
 * a missing or empty folder.
 */
export async function openRecord(dir: string, options: BuildOptions = {}): Promise<OpenRecord> {
  const { docs, problems } = await loadKnowledge(dir, {
    cacheDir: options.dataDir,
    onCacheUse: options.onParseCache,
    onCacheWriteError: options.onCacheWriteError,
  });
  if (options.analyze) {
    const corpus = corpusOf(docs, problems, options);
    return { corpus, fill: null, complete: Promise.resolve(corpus) };
  }
  const extraction: ExtractOptions = {
    dataDir: options.dataDir,
    threads: options.threads,
    onProgress: options.onProgress,
    onCacheProblem: options.onFactsCacheProblem,
    onWriteError: options.onCacheWriteError,
  };
  // The answer lists are kept beside the other caches when the facts came through the facts file.
  const lists = (): ListsCache | null => listsCacheOf(docs, options.dataDir, options.onCacheWriteError);
  const cached = cachedFacts(docs, extraction);
  if (cached) {
    const corpus = makeCorpus({ docs, problems, facts: cached, index: indexOf(docs, options), lists: lists() });
    return { corpus, fill: null, complete: Promise.resolve(corpus) };
  }
  // The worker threads start on the facts while this thread builds the index.
  const fill = new FactsFill(docs, extraction, options.extract);
  const index = indexOf(docs, options);
  const corpus = makeCorpus({ docs, problems, index, ...fill.view() });
  const complete = fill.done.then((facts) => makeCorpus({ docs, problems, facts, index, lists: lists() }));
  // A failure is told to whoever awaits `complete`; the record goes on answering meanwhile.
  complete.catch(() => undefined);
  return { corpus, fill, complete };
}

/** Reads a knowledge folder into a corpus with every fact (`openRecord`, then its facts awaited). */
export async function buildCorpus(dir: string, options: BuildOptions = {}): Promise<Corpus> {
  return (await openRecord(dir, options)).complete;
}

/**
 * The facts of every document: when the facts file in `dataDir` holds exactly these documents
 * (an unchanged record), read from it as each document is first asked about (`CachedFacts`), so
 * the record answers before all of them are parsed (a second at 100,000 sentences, and most of a
 * command-line run that asks a few questions); else extracted, across worker threads, through
 * the cache (`extractAll`).
 */
export async function factsOf(docs: readonly Doc[], options: ExtractOptions = {}): Promise<FactsById> {
  return cachedFacts(docs, options) ?? extractAll(docs, options);
}

/** The facts of an unchanged record, read from its facts file as each document is first asked about; null when the file does not hold exactly `docs`. */
function cachedFacts(docs: readonly Doc[], options: ExtractOptions): FactsById | null {
  if (!options.dataDir) return null;
  const cache = FactsCache.open(options.dataDir);
  if (!cache.holdsExactly(docs)) return null;
  options.onProgress?.({ done: docs.length, total: docs.length, elapsedMs: 0 });
  return new CachedFacts(docs, cache, options.onWriteError);
}

/**
 * Facts read from the facts file per document on first use, each line parsed and checked then
 * (compacted as `extractAll` keeps them). An entry found corrupt at that point is analysed in this
 * thread instead and the file rewritten (it was checked only by its key when the record was
 * opened). Once every document is read the file's bytes are let go.
 */
class CachedFacts implements FactsById {
  readonly #read = new Map<string, DocFacts>();
  readonly #pending: Map<string, Doc>;
  #cache: FactsCache | null;
  #intern: Interner | null = new Interner();

  constructor(
    docs: readonly Doc[],
    cache: FactsCache,
    private readonly onWriteError?: (error: unknown) => void,
  ) {
    this.#pending = new Map(docs.map((d) => [d.id, d]));
    this.#cache = cache;
  }

  get(id: string): DocFacts | undefined {
    const known = this.#read.get(id);
    if (known) return known;
    const doc = this.#pending.get(id);
    const cache = this.#cache;
    const intern = this.#intern;
    if (!doc || !cache || !intern) return undefined;
    const read = cache.read(doc, intern);
    let facts: DocFacts;
    if (read.ok) facts = read.facts;
    else {
      const found = foundFacts(analyzeDocument(doc));
      facts = factsOfDoc(doc, found, intern);
      cache.remember(doc, found);
      cache.save({ keepOthers: true, onWriteError: this.onWriteError });
    }
    this.#read.set(id, facts);
    this.#pending.delete(id);
    if (this.#pending.size === 0) {
      this.#cache = null;
      this.#intern = null;
    }
    return facts;
  }
}

/**
 * A corpus that follows the knowledge folder: on each change only the documents whose content
 * hash changed are analysed again and re-indexed, then a new `Corpus` value replaces the old.
 */
export class LiveCorpus {
  #docs: Map<string, Doc>;
  /** The facts of the first corpus, shared by every later one for the documents not changed since. */
  #base: FactsById;
  /** Facts of the documents added or changed since (null: removed). */
  #own = new Map<string, DocFacts | null>();
  #current: Corpus;
  /** While the first corpus's facts are still coming in: where from, and the step the current corpus shows. */
  #fill: FactsFill | null;
  #shown = 0;
  #shownAt = 0;
  #reading: Reading | null;
  #updated = false;
  /**
   * Resolves with the current corpus once every fact of the record is in (at once when they were
   * from the start); rejects when their extraction failed (the record goes on answering, from the
   * facts read by then).
   */
  readonly complete: Promise<Corpus>;

  /**
   * `record`: the record `initial` was opened as (`openRecord`); while its facts fill in, `current`
   * gets a corpus with the facts read by then at most every `refreshMs` (see FILL_REFRESH_MS).
   */
  constructor(
    initial: Corpus,
    private readonly analyze: Analyze = analyzeDocument,
    record: OpenRecord | null = null,
    private readonly refreshMs = FILL_REFRESH_MS,
  ) {
    this.#docs = new Map(initial.docs.map((d) => [d.id, d]));
    this.#base = factsSourceOf(initial) ?? new Map(initial.docs.map((d) => [d.id, docFacts(initial, d)]));
    this.#current = initial;
    this.#fill = record?.fill ?? null;
    this.#reading = initial.reading;
    this.#shown = this.#fill?.steps ?? 0;
    this.#shownAt = performance.now();
    this.complete = record?.fill ? record.complete.then((full) => this.#completed(full)) : Promise.resolve(initial);
    this.complete.catch(() => undefined);
  }

  get current(): Corpus {
    const fill = this.#fill;
    if (fill && fill.steps !== this.#shown && performance.now() - this.#shownAt >= this.refreshMs && fill.read - (this.#reading?.sentences ?? 0) >= fill.total * FILL_REFRESH_SHARE) {
      this.#shown = fill.steps;
      this.#shownAt = performance.now();
      const view = fill.view();
      this.#base = view.facts;
      this.#reading = view.reading;
      this.#current = this.#make(this.#current.docs, this.#current.problems);
    }
    return this.#current;
  }

  /**
   * While the record's facts are still coming in: the fill, whether a document's facts are in
   * (an edited document's always are: it is analysed as it is read), and the facts in by now (not a
   * frozen view). Null once every fact is in. What answers a fact command in full before then (ondemand.ts).
   */
  get filling(): Filling | null {
    const fill = this.#fill;
    if (!fill) return null;
    const own = this.#own;
    return {
      fill,
      has: (id) => own.has(id) || fill.has(id),
      facts: { get: (id) => (own.has(id) ? (own.get(id) ?? undefined) : fill.get(id)) },
    };
  }

  /** Every fact is in: the corpus `openRecord` made with them, or (after a reload meanwhile) one made again on them. */
  #completed(full: Corpus): Corpus {
    this.#fill = null;
    this.#base = factsSourceOf(full) ?? this.#base;
    this.#reading = null;
    this.#current = this.#updated ? this.#make(this.#current.docs, this.#current.problems) : full;
    return this.#current;
  }

  #make(docs: readonly Doc[], problems: readonly LoadProblem[]): Corpus {
    const own = this.#own;
    const base = this.#base;
    const facts: FactsById = { get: (id) => (own.has(id) ? (own.get(id) ?? undefined) : base.get(id)) };
    return makeCorpus({ docs, problems, facts, index: this.#current.index, reading: this.#reading });
  }

  /** Applies a new reading of the folder; returns the ids that were added, changed or removed. */
  update(docs: readonly Doc[], problems: readonly LoadProblem[]): { added: string[]; changed: string[]; removed: string[] } {
    const index = this.#current.index;
    const next = new Map(docs.map((d) => [d.id, d]));
    // A copy, so a corpus handed out earlier keeps the facts it was built with.
    const own = new Map(this.#own);
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    for (const id of this.#docs.keys()) {
      if (!next.has(id)) {
        removed.push(id);
        index.removeDocument(id);
        own.set(id, null);
      }
    }
    for (const doc of docs) {
      const old = this.#docs.get(doc.id);
      if (old && old.hash === doc.hash) continue;
      (old ? changed : added).push(doc.id);
      own.set(doc.id, this.analyze(doc));
      index.replaceDocument(doc.id, sentencesOf(doc));
    }
    this.#docs = next;
    this.#own = own;
    this.#updated = true;
    this.#current = this.#make(docs, problems);
    return { added, changed, removed };
  }
}

/** See `LiveCorpus.filling`. */
export interface Filling {
  readonly fill: FactsFill;
  has(id: string): boolean;
  readonly facts: FactsById;
}

/**
 * How often, at most, a record whose facts are filling in gets a new corpus with the facts read by
 * then: every two seconds, and only when another twentieth of the record has been read. Each new
 * corpus builds again the lists a fact command reads (the statements and agreements, the
 * timeline: half a second at 100,000 sentences), so at most twenty times during a cold start.
 */
export const FILL_REFRESH_MS = 2_000;
const FILL_REFRESH_SHARE = 1 / 20;

function docFacts(corpus: Corpus, doc: Doc): DocFacts {
  return new Map(sentencesOf(doc).map((s) => [sentenceKey(s), corpus.facts(s)]));
}
