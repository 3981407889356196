/**
 * Cache of what the extractors found in a document, keyed by the document's content hash, so a
 * restart with an unchanged record reads facts instead of re-running the extractors.
 *
 * One file per document: `DATA_DIR/cache/facts-<sha256>.json`. A file is used only if it parses,
 * passes the schema, was written by the same extractors (`EXTRACTOR_VERSION` and a fingerprint of
 * what they find in a probe document, so changed extractor code invalidates the cache even when
 * nobody bumps the version) and covers exactly the document's sentences. Anything else is a stale
 * or corrupt entry: the document is analysed again and the file rewritten.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { sentencesOf, type Doc, type Sentence } from '../record/types.js';
import { analyzeDocument, NO_FACTS } from './analyze.js';
import { sentenceKey, type SentenceFacts, type SentenceKey } from './types.js';

/** Bump when the extractors' output changes shape or meaning in a way the probe may not show. */
export const EXTRACTOR_VERSION = 1;

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

const resolution = z.object({
  how: z.enum(['pronoun', 'surname', 'capital', 'collective', 'earlier-quote', 'following-cue']),
  from: z.object({ paragraph: z.number().int(), sentence: z.number().int() }),
});
// Loose objects: a field the extractors add later survives a round trip through the cache.
const time = z.looseObject({
  text: z.string(),
  index: z.number().int().nonnegative(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  approximate: z.boolean(),
});
const statement = z.looseObject({
  speaker: z.looseObject({
    name: z.string(),
    mention: z.string(),
    description: z.string().nullable(),
    kind: z.enum(['person', 'organisation', 'country', 'group', 'unknown']),
    resolution: resolution.nullable(),
  }),
  cue: z.string(),
  content: z.string(),
  direct: z.boolean(),
});
const agreement = z.looseObject({
  parties: z.array(z.string()),
  mention: z.string(),
  cue: z.string(),
  action: z.string(),
  resolution: resolution.nullable(),
});
const facts = z.looseObject({ times: z.array(time), statements: z.array(statement), agreements: z.array(agreement) });
/**
 * `sentences` is the document's sentence keys in reading order; `facts` holds only the sentences
 * where something was found (most news sentences carry no date, quote or agreement), so a warm
 * start reads and validates a fraction of the entries.
 */
const cacheFile = z.object({
  version: z.number(),
  fingerprint: z.string(),
  hash: z.string(),
  sentences: z.array(z.string()),
  facts: z.array(z.tuple([z.string().regex(/^\d+\.\d+$/), facts])),
});

const cacheHead = z.object({ version: z.number(), fingerprint: z.string(), hash: z.string() });

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
    mkdirSync(join(dataDir, CACHE_DIR), { recursive: true });
    const found = [...fresh].filter(([, f]) => f.times.length + f.statements.length + f.agreements.length > 0);
    const body = JSON.stringify({ version: EXTRACTOR_VERSION, fingerprint, hash: doc.hash, sentences: [...fresh.keys()], facts: found });
    // Write then rename: a crash mid-write leaves no half file under the real name.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, body);
    renameSync(tmp, file);
  } catch (error) {
    options.onWriteError?.(doc, error);
  }
  return fresh;
}

/** An `Analyze` that goes through the cache: a drop-in for `analyzeDocument` when building a corpus. */
export function cachedAnalyzer(dataDir: string, analyze: Analyze = analyzeDocument, options: CacheOptions = {}): Analyze {
  return (doc) => loadOrAnalyze(doc, dataDir, analyze, options);
}

type Read = { ok: true; facts: Map<SentenceKey, SentenceFacts> } | { ok: false; why: CacheMiss };

function readEntry(file: string, doc: Doc, fingerprint: string): Read {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, why: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, why: 'corrupt' };
  }
  // Check the version before the (costlier) full schema: a stale file is common after an upgrade.
  const head = cacheHead.safeParse(json);
  if (!head.success) return { ok: false, why: 'corrupt' };
  if (head.data.version !== EXTRACTOR_VERSION || head.data.fingerprint !== fingerprint) return { ok: false, why: 'stale' };
  const parsed = cacheFile.safeParse(json);
  if (!parsed.success) return { ok: false, why: 'corrupt' };
  if (parsed.data.hash !== doc.hash) return { ok: false, why: 'mismatch' };
  const keys = sentencesOf(doc).map(sentenceKey);
  const listed = parsed.data.sentences;
  if (keys.length !== listed.length || keys.some((k, i) => listed[i] !== k)) return { ok: false, why: 'mismatch' };
  const out = new Map<SentenceKey, SentenceFacts>(keys.map((k) => [k, NO_FACTS]));
  for (const [key, f] of parsed.data.facts) {
    if (!out.has(key as SentenceKey)) return { ok: false, why: 'mismatch' };
    out.set(key as SentenceKey, f);
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
