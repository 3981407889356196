/**
 * Cache of what the extractors found in a document, keyed by the document's content hash, so a
 * restart with an unchanged record reads facts instead of re-running the extractors.
 *
 * One file per document: `DATA_DIR/cache/facts-<sha256>.json`. A file is used only if it parses,
 * has the expected shape, was written by the same extractors (`EXTRACTOR_VERSION` and a fingerprint of
 * what they find in a probe document, so changed extractor code invalidates the cache even when
 * nobody bumps the version) and covers exactly the document's sentences. Anything else is a stale
 * or corrupt entry: the document is analysed again and the file rewritten.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from '../storage/files.js';
import { sentencesOf, type Doc, type Sentence } from '../record/types.js';
import { analyzeDocument, NO_FACTS } from './analyze.js';
import { compactFacts, type Interner } from './compact.js';
import { AGREEMENT_STATUSES, sentenceKey, type SentenceFacts, type SentenceKey } from './types.js';

/** Bump when the extractors' output changes shape or meaning in a way the probe may not show. */
export const EXTRACTOR_VERSION = 14;

export const CACHE_DIR = 'cache';

export type Analyze = (doc: Doc) => ReadonlyMap<SentenceKey, SentenceFacts>;

/** Why a cache entry was not used (for a log line); `missing` is the normal cold start. */
export type CacheMiss = 'missing' | 'unreadable' | 'corrupt' | 'stale' | 'mismatch';

export interface CacheOptions {
  /** Called once per document analysed afresh, with the reason. */
  readonly onMiss?: (doc: Doc, why: CacheMiss) => void;
  /** Called when a cache file cannot be written (the answer is still served). */
  readonly onWriteError?: (doc: Doc, error: unknown) => void;
}

/*
 * The shape of a cache file, checked by hand rather than with a schema library: a warm start
 * reads thousands of these, and the check is a measurable part of it. Objects are "loose": a
 * field the extractors add later survives a round trip through the cache.
 *
 * `sentences` is the document's sentence keys in reading order; `facts` holds only the sentences
 * where something was found (most news sentences carry no date, quote or agreement), so a warm
 * start reads and checks a fraction of the entries.
 */
interface CacheFile {
  version: number;
  fingerprint: string;
  hash: string;
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

/** The whole file's shape (after its head was found current). */
const isCacheFile = (x: Json): x is Json & CacheFile => isString(x.hash) && everyOf(x.sentences, isString) && everyOf(x.facts, isFactEntry);

/** The cache file of a document's content. */
export const cachePath = (dataDir: string, hash: string): string => join(dataDir, CACHE_DIR, `facts-${hash}.json`);

/**
 * The facts of `doc`: from the cache when a valid entry exists, else from `analyze` (then
 * written to the cache). Never throws because of the cache: an unwritable DATA_DIR only costs speed.
 */
export function loadOrAnalyze(doc: Doc, dataDir: string, analyze: Analyze = analyzeDocument, options: CacheOptions = {}): Map<SentenceKey, SentenceFacts> {
  const fingerprint = fingerprintOf(analyze);
  const file = cachePath(dataDir, doc.hash);
  const read = readEntry(file, doc, fingerprint);
  if (read.ok) return read.facts;
  options.onMiss?.(doc, read.why);
  const fresh = new Map(analyze(doc));
  try {
    const found = [...fresh].filter(([, f]) => f.times.length + f.statements.length + f.agreements.length > 0);
    const body = JSON.stringify({ version: EXTRACTOR_VERSION, fingerprint, hash: doc.hash, sentences: [...fresh.keys()], facts: found });
    writeFileAtomic(file, body);
  } catch (error) {
    options.onWriteError?.(doc, error);
  }
  return fresh;
}

/**
 * The cached facts of `doc` for the plain extractors, or why there are none (never analyses);
 * with `intern`, compacted as they are kept for a corpus (compact.ts).
 */
export function readCached(doc: Doc, dataDir: string, intern?: Interner): Read {
  return readEntry(cachePath(dataDir, doc.hash), doc, fingerprintOf(analyzeDocument), intern);
}

/** An `Analyze` that goes through the cache: a drop-in for `analyzeDocument` when building a corpus. */
export function cachedAnalyzer(dataDir: string, analyze: Analyze = analyzeDocument, options: CacheOptions = {}): Analyze {
  return (doc) => loadOrAnalyze(doc, dataDir, analyze, options);
}

export type Read = { ok: true; facts: Map<SentenceKey, SentenceFacts> } | { ok: false; why: CacheMiss };

function readEntry(file: string, doc: Doc, fingerprint: string, intern?: Interner): Read {
  const read = readJsonFile(file);
  if (!read.ok) return read;
  const { json } = read;
  // Check the version before the (costlier) full shape: a stale file is common after an upgrade.
  if (!isObject(json) || typeof json.version !== 'number' || !isString(json.fingerprint)) return { ok: false, why: 'corrupt' };
  if (json.version !== EXTRACTOR_VERSION || json.fingerprint !== fingerprint) return { ok: false, why: 'stale' };
  if (!isCacheFile(json)) return { ok: false, why: 'corrupt' };
  if (json.hash !== doc.hash) return { ok: false, why: 'mismatch' };
  const sentences = sentencesOf(doc);
  const keys = sentences.map(sentenceKey);
  const listed = json.sentences;
  if (keys.length !== listed.length || keys.some((k, i) => listed[i] !== k)) return { ok: false, why: 'mismatch' };
  const out = new Map<SentenceKey, SentenceFacts>(keys.map((k) => [k, NO_FACTS]));
  const texts = intern ? new Map(keys.map((k, i) => [k, (sentences[i] as Sentence).text])) : null;
  for (const [key, f] of json.facts) {
    if (!out.has(key as SentenceKey)) return { ok: false, why: 'mismatch' };
    out.set(key as SentenceKey, intern && texts ? compactFacts(f, texts.get(key as SentenceKey) ?? '', intern) : f);
  }
  return { ok: true, facts: out };
}

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
