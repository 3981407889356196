/**
 * Cache of what the extractors found in the record's documents, so a restart with an unchanged
 * record reads facts instead of re-running the extractors.
 *
 * One file for the whole record, like the parse cache: `DATA_DIR/cache/facts.json`, its entries
 * keyed by each document's content hash. Reading one file instead of one per document is what
 * makes a warm start of thousands of documents quick (opening, reading and parsing 3,000 small
 * files cost about two seconds of CPU; the one file a fraction of that). The file is used only
 * if it parses and was written by the same extractors (`EXTRACTOR_VERSION` and a fingerprint of
 * what they find in a probe document, so changed extractor code invalidates the cache even when
 * nobody bumps the version); an entry only if it has the expected shape and covers exactly its
 * document's sentences. Anything else is a stale or corrupt cache: those documents are analysed
 * again and the file rewritten.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from '../storage/files.js';
import { sentencesOf, type Doc, type Sentence } from '../record/types.js';
import { analyzeDocument, NO_FACTS } from './analyze.js';
import { compactFacts, type Interner } from './compact.js';
import { AGREEMENT_STATUSES, sentenceKey, type SentenceFacts, type SentenceKey } from './types.js';

/** Bump when the extractors' output changes shape or meaning in a way the probe may not show. */
export const EXTRACTOR_VERSION = 9;

export const CACHE_DIR = 'cache';
export const FACTS_CACHE_FILE = 'facts.json';

export type Analyze = (doc: Doc) => ReadonlyMap<SentenceKey, SentenceFacts>;

/**
 * Why a document's facts were not read from the cache: `missing` is the normal cold start (no
 * file, or no entry for that content); `unreadable`, `corrupt` and `stale` describe the whole
 * file or the entry; `mismatch` an entry that does not cover the document's sentences.
 */
export type CacheMiss = 'missing' | 'unreadable' | 'corrupt' | 'stale' | 'mismatch';

/** The facts of one document's sentences, only those where something was found, in reading order. */
export type Found = readonly (readonly [SentenceKey, SentenceFacts])[];

/*
 * The shape of the file, checked by hand rather than with a schema library (a warm start of a
 * large record checks a hundred thousand sentences' facts). Objects are "loose": a field the
 * extractors add later survives a round trip through the cache.
 *
 * Per entry, `sentences` is the document's sentence keys in reading order; `facts` holds only the
 * sentences where something was found (most news sentences carry no date, quote or agreement).
 */
interface CacheFile {
  version: number;
  fingerprint: string;
  entries: Record<string, Entry>;
}
interface Entry {
  sentences: string[];
  facts: [string, SentenceFacts][];
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isNullableString = (x: unknown): boolean => x === null || typeof x === 'string';
const isInteger = (x: unknown): x is number => Number.isInteger(x);
const everyOf = (x: unknown, check: (item: unknown) => boolean): boolean => Array.isArray(x) && x.every(check);

const RESOLUTION_HOWS: ReadonlySet<unknown> = new Set(['pronoun', 'surname', 'capital', 'collective', 'earlier-quote', 'following-cue', 'earlier-agreement']);
const SPEAKER_KINDS: ReadonlySet<unknown> = new Set(['person', 'organisation', 'country', 'group', 'unknown']);
const FACT_KEY = /^\d+\.\d+$/u;

const isResolution = (x: unknown): boolean =>
  x === null || (isObject(x) && RESOLUTION_HOWS.has(x.how) && isObject(x.from) && isInteger(x.from.paragraph) && isInteger(x.from.sentence));

const isTime = (x: unknown): boolean =>
  isObject(x) && isString(x.text) && isInteger(x.index) && x.index >= 0 && isNullableString(x.start) && isNullableString(x.end) && typeof x.approximate === 'boolean';

const isStatement = (x: unknown): boolean =>
  isObject(x) &&
  isString(x.cue) &&
  isString(x.content) &&
  typeof x.direct === 'boolean' &&
  isObject(x.speaker) &&
  isString(x.speaker.name) &&
  isString(x.speaker.mention) &&
  isNullableString(x.speaker.description) &&
  SPEAKER_KINDS.has(x.speaker.kind) &&
  isResolution(x.speaker.resolution);

const STATUSES: ReadonlySet<unknown> = new Set(AGREEMENT_STATUSES);
const isPlace = (x: unknown): boolean => x === null || (isObject(x) && isInteger(x.paragraph) && isInteger(x.sentence));

const isAgreement = (x: unknown): boolean =>
  isObject(x) &&
  everyOf(x.parties, isString) &&
  isString(x.mention) &&
  isString(x.cue) &&
  isString(x.action) &&
  isResolution(x.resolution) &&
  STATUSES.has(x.status) &&
  isNullableString(x.noun) &&
  isPlace(x.refersTo);

const isFacts = (x: unknown): x is SentenceFacts => isObject(x) && everyOf(x.times, isTime) && everyOf(x.statements, isStatement) && everyOf(x.agreements, isAgreement);

const isFactEntry = (x: unknown): boolean => Array.isArray(x) && x.length === 2 && isString(x[0]) && FACT_KEY.test(x[0]) && isFacts(x[1]);


const isEntry = (x: unknown): x is Entry => isObject(x) && everyOf(x.sentences, isString) && everyOf(x.facts, isFactEntry);

export const factsCachePath = (dataDir: string): string => join(dataDir, CACHE_DIR, FACTS_CACHE_FILE);

/** The one-file-per-document cache of earlier versions (`facts-<sha256>.json`), removed on the first save. */
const OLD_FILE = /^facts-[0-9a-f]{64}\.json$/u;

export type Read = { ok: true; facts: Map<SentenceKey, SentenceFacts> } | { ok: false; why: CacheMiss };

/**
 * The facts cache of one load: `read` each document before analysing it, `remember` what was
 * found in the others, `save` at the end (which keeps only the entries of the documents of this
 * load, so the file does not grow, unless `keepOthers`).
 */
export class FactsCache {
  readonly #dataDir: string;
  readonly #analyze: Analyze;
  readonly #old: ReadonlyMap<string, unknown>;
  readonly #next = new Map<string, Entry>();
  #changed: boolean;
  /** Why the file as a whole could not be used (null: it was, or there was none yet). */
  readonly problem: Exclude<CacheMiss, 'missing' | 'mismatch'> | null;
  readonly #fileMiss: CacheMiss | null;

  private constructor(dataDir: string, analyze: Analyze, old: ReadonlyMap<string, unknown>, fileMiss: CacheMiss | null) {
    this.#dataDir = dataDir;
    this.#analyze = analyze;
    this.#old = old;
    this.#fileMiss = fileMiss;
    this.#changed = fileMiss !== null;
    this.problem = fileMiss === null || fileMiss === 'missing' || fileMiss === 'mismatch' ? null : fileMiss;
  }

  /**
   * Opens the cache in `dataDir` for the facts of `analyze`; a missing, unreadable, corrupt or
   * stale file is an empty cache (and `problem` says why, but for a missing one).
   */
  static open(dataDir: string, analyze: Analyze = analyzeDocument): FactsCache {
    const read = readJsonFile(factsCachePath(dataDir));
    if (!read.ok) return new FactsCache(dataDir, analyze, new Map(), read.why);
    const { json } = read;
    // The head first: a stale file is common after an upgrade, and says so before any entry is checked.
    if (!isObject(json) || typeof json.version !== 'number' || !isString(json.fingerprint) || !isObject(json.entries)) {
      return new FactsCache(dataDir, analyze, new Map(), 'corrupt');
    }
    if (json.version !== EXTRACTOR_VERSION || json.fingerprint !== fingerprintOf(analyze)) return new FactsCache(dataDir, analyze, new Map(), 'stale');
    return new FactsCache(dataDir, analyze, new Map(Object.entries(json.entries)), null);
  }

  /**
   * The cached facts of `doc`, or why there are none (never analyses); with `intern`, compacted
   * as they are kept for a corpus (compact.ts). A document read here is kept by `save`.
   */
  read(doc: Doc, intern?: Interner): Read {
    const entry = this.#old.get(doc.hash);
    if (entry === undefined) return { ok: false, why: this.#fileMiss ?? 'missing' };
    const read = restore(entry, doc, intern);
    if (read.ok) this.#next.set(doc.hash, entry as Entry);
    else this.#changed = true;
    return read;
  }

  /** What the extractors found in `doc` (its sentences with any facts), for `save`. */
  remember(doc: Doc, found: Found): void {
    this.#next.set(doc.hash, { sentences: sentencesOf(doc).map(sentenceKey), facts: found as [string, SentenceFacts][] });
    this.#changed = true;
  }

  /**
   * Writes the file when anything changed, with the entries read or remembered in this load (and,
   * with `keepOthers`, the other entries of the file too); removes the per-document files of
   * earlier versions. Never throws: an unwritable DATA_DIR costs speed only.
   */
  save(options: { keepOthers?: boolean; onWriteError?: (error: unknown) => void } = {}): void {
    const dropped = !options.keepOthers && [...this.#old.keys()].some((h) => !this.#next.has(h));
    if (!this.#changed && !dropped) return;
    try {
      const all = new Map<string, unknown>(options.keepOthers ? this.#old : []);
      for (const [hash, entry] of this.#next) all.set(hash, entry);
      // Sorted, so the same record gives the same file whatever order the documents were analysed in.
      const entries = Object.fromEntries([...all].sort(([a], [b]) => (a < b ? -1 : 1)));
      const file = factsCachePath(this.#dataDir);
      const body: CacheFile = { version: EXTRACTOR_VERSION, fingerprint: fingerprintOf(this.#analyze), entries: entries as Record<string, Entry> };
      writeFileAtomic(file, JSON.stringify(body));
      this.#changed = false;
      const dir = join(this.#dataDir, CACHE_DIR);
      for (const f of readdirSync(dir)) if (OLD_FILE.test(f)) rmSync(join(dir, f), { force: true });
    } catch (error) {
      options.onWriteError?.(error);
    }
  }
}

/** The facts of `doc` from its cache entry (every sentence; those without any share NO_FACTS), or why not. */
function restore(entry: unknown, doc: Doc, intern?: Interner): Read {
  if (!isEntry(entry)) return { ok: false, why: 'corrupt' };
  const sentences = sentencesOf(doc);
  const keys = sentences.map(sentenceKey);
  const listed = entry.sentences;
  if (keys.length !== listed.length || keys.some((k, i) => listed[i] !== k)) return { ok: false, why: 'mismatch' };
  const out = new Map<SentenceKey, SentenceFacts>(keys.map((k) => [k, NO_FACTS]));
  const texts = intern ? new Map(keys.map((k, i) => [k, (sentences[i] as Sentence).text])) : null;
  for (const [key, f] of entry.facts) {
    if (!out.has(key as SentenceKey)) return { ok: false, why: 'mismatch' };
    out.set(key as SentenceKey, intern && texts ? compactFacts(f, texts.get(key as SentenceKey) ?? '', intern) : f);
  }
  return { ok: true, facts: out };
}

/** The facts of `doc` through `cache`: read back when it holds them, else analysed and remembered. */
export function readOrAnalyze(cache: FactsCache, doc: Doc, analyze: Analyze = analyzeDocument, onMiss?: (doc: Doc, why: CacheMiss) => void): ReadonlyMap<SentenceKey, SentenceFacts> {
  const read = cache.read(doc);
  if (read.ok) return read.facts;
  onMiss?.(doc, read.why);
  const fresh = analyze(doc);
  cache.remember(doc, foundFacts(fresh));
  return fresh;
}

/** The sentences of a document's facts that carry any. */
export const foundFacts = (facts: ReadonlyMap<SentenceKey, SentenceFacts>): Found =>
  [...facts].filter(([, f]) => f.times.length + f.statements.length + f.agreements.length > 0);

const fingerprints = new WeakMap<Analyze, string>();

/**
 * What the extractors find in a small probe document of our own, hashed. Changed extractor
 * behaviour changes the fingerprint and so invalidates every cached entry.
 */
export function fingerprintOf(analyze: Analyze): string {
  const known = fingerprints.get(analyze);
  if (known) return known;
  let value: string;
  try {
    value = createHash('sha256').update(JSON.stringify([...analyze(PROBE)])).digest('hex').slice(0, 16);
  } catch (error) {
    // An extractor that fails on the probe still gets a stable fingerprint of its failure.
    value = `error:${String(error).slice(0, 40)}`;
  }
  fingerprints.set(analyze, value);
  return value;
}

const PROBE_TEXT = [
  'Harbour talks resume',
  'PORTVILLE (Wire - 3rd March, 2021) The two governments agreed on Tuesday to hold a second round of talks in mid-April, officials said.',
  '“We will not accept new quotas,” said Lena Brandt, the fisheries minister. She added that the deal was “a first step.”',
  'According to the port authority, the sides pledged to share data by the end of the year.',
].join('\n\n');

function probeSentence(text: string, paragraph: number, sentence: number): Sentence {
  const start = PROBE_TEXT.indexOf(text);
  return { doc: 'probe', paragraph, sentence, text, start, end: start + text.length };
}

const [PROBE_HEAD = '', PROBE_P1 = '', PROBE_P2 = '', PROBE_P3 = ''] = PROBE_TEXT.split('\n\n');
const PROBE_Q1 = PROBE_P2.slice(0, PROBE_P2.indexOf(' She ') + 1).trimEnd();
const PROBE_Q2 = PROBE_P2.slice(PROBE_P2.indexOf('She '));

const PROBE: Doc = {
  id: 'probe',
  file: 'probe.txt',
  title: PROBE_HEAD,
  published: '2021-03-04',
  source: null,
  url: null,
  dateline: null,
  reportDate: '2021-03-03',
  headline: probeSentence(PROBE_HEAD, 0, 1),
  paragraphs: [
    { index: 1, start: 0, end: 0, sentences: [probeSentence(PROBE_P1, 1, 1)] },
    { index: 2, start: 0, end: 0, sentences: [probeSentence(PROBE_Q1, 2, 1), probeSentence(PROBE_Q2, 2, 2)] },
    { index: 3, start: 0, end: 0, sentences: [probeSentence(PROBE_P3, 3, 1)] },
  ],
  text: PROBE_TEXT,
  bytes: PROBE_TEXT.length,
  hash: 'probe',
};
