import type { Doc, LoadProblem, Sentence } from '../record/types.js';
import type { SearchIndex } from '../search/types.js';
import { NO_FACTS } from '../understand/analyze.js';
import { sentenceKey, type SentenceFacts, type SentenceKey } from '../understand/types.js';
import type { ListsCache } from './saved.js';
import { finish, type Steps } from './slices.js';

/**
 * The record as the answers see it: documents, what the extractors found in each sentence, and
 * the search index over every sentence. A `Corpus` is immutable; a reload builds a new one.
 */
export interface Corpus {
  readonly docs: readonly Doc[];
  readonly problems: readonly LoadProblem[];
  readonly index: SearchIndex;
  doc(id: string): Doc | undefined;
  facts(s: Sentence): SentenceFacts;
  /** Where the answer lists of this corpus are kept between runs (saved.ts); null: built each time. */
  readonly lists: ListsCache | null;
  /**
   * Null when every document's facts are in. Else the record answers while its facts are still
   * being extracted (fill.ts): `facts` gives those of the sentences read so far, and answers drawn
   * from them say so.
   */
  readonly reading: Reading | null;
}

/** How far the facts of a record that already answers have been read: sentences, of all of them. */
export interface Reading {
  readonly sentences: number;
  readonly total: number;
}

/**
 * Each document's facts by sentence, by document id: a map, or facts read from the cache as their
 * documents are first asked about (build.ts).
 */
export interface FactsById {
  get(id: string): ReadonlyMap<SentenceKey, SentenceFacts> | undefined;
}

export interface CorpusParts {
  readonly docs: readonly Doc[];
  readonly problems: readonly LoadProblem[];
  readonly facts: FactsById;
  readonly index: SearchIndex;
  readonly lists?: ListsCache | null;
  readonly reading?: Reading | null;
}

/** The facts a corpus was made with (a reload shares those of the documents it did not change). */
const sources = new WeakMap<Corpus, FactsById>();
export const factsSourceOf = (corpus: Corpus): FactsById | undefined => sources.get(corpus);

export function makeCorpus(parts: CorpusParts): Corpus {
  const byId = new Map(parts.docs.map((d) => [d.id, d]));
  const corpus: Corpus = {
    docs: parts.docs,
    problems: parts.problems,
    index: parts.index,
    doc: (id) => byId.get(id),
    facts: (s) => parts.facts.get(s.doc)?.get(sentenceKey(s)) ?? NO_FACTS,
    lists: parts.lists ?? null,
    reading: parts.reading ?? null,
  };
  sources.set(corpus, parts.facts);
  return corpus;
}

/**
 * `derive`, computed once per corpus and kept while the corpus lives: a Corpus is immutable and a
 * reload makes a new one, so nothing derived from it goes stale.
 */
export function perCorpus<T>(derive: (corpus: Corpus) => T): (corpus: Corpus) => T {
  const memo = new WeakMap<Corpus, T>();
  return (corpus) => {
    if (memo.has(corpus)) return memo.get(corpus) as T;
    const value = derive(corpus);
    memo.set(corpus, value);
    return value;
  };
}

/** A `perCorpus` value whose derivation runs in steps (slices.ts): called, it runs them all at once. */
export interface PerCorpusSteps<T> {
  (corpus: Corpus): T;
  /**
   * The same value a step at a time, kept as the value of `corpus` once the steps end, so that a
   * later call reuses it; no steps when it is kept already.
   */
  readonly steps: (corpus: Corpus) => Steps<T>;
}

/** `perCorpus` of a derivation in steps: the probe builds the record's lists in slices (ondemand.ts). */
export function perCorpusSteps<T>(derive: (corpus: Corpus) => Steps<T>): PerCorpusSteps<T> {
  const memo = new WeakMap<Corpus, T>();
  function* steps(corpus: Corpus): Steps<T> {
    if (memo.has(corpus)) return memo.get(corpus) as T;
    const value = yield* derive(corpus);
    memo.set(corpus, value);
    return value;
  }
  return Object.assign((corpus: Corpus): T => finish(steps(corpus)), { steps });
}
