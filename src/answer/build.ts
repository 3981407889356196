import { loadKnowledge } from '../record/load.js';
import { sentencesOf, type Doc, type LoadProblem } from '../record/types.js';
import { createSearchIndex } from '../search/index.js';
import { loadOrBuildIndex } from '../search/persist.js';
import { analyzeDocument } from '../understand/analyze.js';
import type { CacheMiss } from '../understand/cache.js';
import { extractAll, type Progress } from '../understand/parallel.js';
import { sentenceKey, type SentenceFacts, type SentenceKey } from '../understand/types.js';
import { makeCorpus, type Corpus } from './corpus.js';
import { listsCacheOf, type ListsCache } from './saved.js';

/** Extraction of one document's facts; a cache can stand in for the plain analyser. */
export type Analyze = (doc: Doc) => ReadonlyMap<SentenceKey, SentenceFacts>;

export interface BuildOptions {
  /**
   * Extraction, one document at a time in this thread. Unset: the plain extractors, across worker
   * threads (`extractAll`), through the facts cache in `dataDir` when that is set.
   */
  readonly analyze?: Analyze;
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

type Facts = ReadonlyMap<string, ReadonlyMap<SentenceKey, SentenceFacts>>;

/** A corpus from documents already read: analyse each (unless `facts` are given), index every sentence. */
export function corpusOf(docs: readonly Doc[], problems: readonly LoadProblem[], options: BuildOptions = {}, known?: Facts, lists: ListsCache | null = null): Corpus {
  const analyze = options.analyze ?? analyzeDocument;
  const facts = known ?? new Map(docs.map((d) => [d.id, analyze(d)]));
  const sentences = docs.flatMap((d) => sentencesOf(d));
  const index = options.dataDir
    ? loadOrBuildIndex(sentences, options.dataDir, { onMiss: options.onIndexMiss })
    : createSearchIndex(sentences);
  return makeCorpus({ docs, problems, facts, index, lists });
}

/** Reads a knowledge folder into a corpus. Throws `KnowledgeError` for a missing or empty folder. */
export async function buildCorpus(dir: string, options: BuildOptions = {}): Promise<Corpus> {
  const { docs, problems } = await loadKnowledge(dir, {
    cacheDir: options.dataDir,
    onCacheUse: options.onParseCache,
    onCacheWriteError: options.onCacheWriteError,
  });
  const facts = options.analyze
    ? undefined
    : await extractAll(docs, {
        dataDir: options.dataDir,
        threads: options.threads,
        onProgress: options.onProgress,
        onCacheProblem: options.onFactsCacheProblem,
        onWriteError: options.onCacheWriteError,
      });
  // The answer lists are kept beside the other caches when the facts came through the facts file.
  return corpusOf(docs, problems, options, facts, facts ? listsCacheOf(docs, options.dataDir, options.onCacheWriteError) : null);
}

/**
 * A corpus that follows the knowledge folder: on each change only the documents whose content
 * hash changed are analysed again and re-indexed, then a new `Corpus` value replaces the old.
 */
export class LiveCorpus {
  #docs: Map<string, Doc>;
  #facts: Map<string, ReadonlyMap<SentenceKey, SentenceFacts>>;
  #current: Corpus;

  constructor(
    initial: Corpus,
    private readonly analyze: Analyze = analyzeDocument,
  ) {
    this.#docs = new Map(initial.docs.map((d) => [d.id, d]));
    this.#facts = new Map(initial.docs.map((d) => [d.id, factsOf(initial, d)]));
    this.#current = initial;
  }

  get current(): Corpus {
    return this.#current;
  }

  /** Applies a new reading of the folder; returns the ids that were added, changed or removed. */
  update(docs: readonly Doc[], problems: readonly LoadProblem[]): { added: string[]; changed: string[]; removed: string[] } {
    const index = this.#current.index;
    const next = new Map(docs.map((d) => [d.id, d]));
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    for (const id of this.#docs.keys()) {
      if (!next.has(id)) {
        removed.push(id);
        index.removeDocument(id);
        this.#facts.delete(id);
      }
    }
    for (const doc of docs) {
      const old = this.#docs.get(doc.id);
      if (old && old.hash === doc.hash) continue;
      (old ? changed : added).push(doc.id);
      this.#facts.set(doc.id, this.analyze(doc));
      index.replaceDocument(doc.id, sentencesOf(doc));
    }
    this.#docs = next;
    // A copy, so a corpus handed out earlier keeps the facts it was built with.
    this.#current = makeCorpus({ docs, problems, facts: new Map(this.#facts), index });
    return { added, changed, removed };
  }
}

function factsOf(corpus: Corpus, doc: Doc): ReadonlyMap<SentenceKey, SentenceFacts> {
  return new Map(sentencesOf(doc).map((s) => [sentenceKey(s), corpus.facts(s)]));
}
