/**
 * Cache of what the extractors found in the record's documents, so a restart with an unchanged
 * record reads facts instead of re-running the extractors.
 *
 * One file for the whole record, like the parse cache: `DATA_DIR/cache/facts.jsonl`, a line per
 * document keyed by its content hash. Reading one file instead of one per document is what
 * makes a warm start of thousands of documents quick (opening, reading and parsing 3,000 small
 * files cost about two seconds of CPU; the one file a fraction of that). Lines rather than one
 * JSON value: each document's line is parsed when that document is read, so a warm start never
 * holds the whole record's facts twice (parsed and kept), and a million sentences' facts need
 * not fit in one string. The file is used only
 * if it parses and was written by the same extractors (`EXTRACTOR_VERSION` and a fingerprint of
 * what they find in a probe document, so changed extractor code invalidates the cache even when
 * nobody bumps the version; when the file was written by the same extractor code, see
 * `extractorCode`, the fingerprint it records is trusted, so a warm start neither runs the probe
 * nor loads the tagger's model); an entry only if it has the expected shape and covers exactly its
 * document's sentences. Anything else is a stale or corrupt cache: those documents are analysed
 * again and the file rewritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../storage/files.js';
import { sentencesOf, type Doc, type Sentence } from '../record/types.js';
import { analyzeDocument, NO_FACTS } from './analyze.js';
import { compactFacts, type Interner } from './compact.js';
import { AGREEMENT_STATUSES, sentenceKey, type SentenceFacts, type SentenceKey } from './types.js';

/** Bump when the extractors' output changes shape or meaning in a way the probe may not show. */
export const EXTRACTOR_VERSION = 290;

export const CACHE_DIR = 'cache';
export const FACTS_CACHE_FILE = 'facts.jsonl';

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
 * The file: a head line (JSON: `version`, `fingerprint`, `code`), then one line per document,
 * `<sha256 of its content>\t<JSON entry>`, sorted by hash. Entries are checked by hand rather than with a schema library (a warm start of a
 * large record checks a hundred thousand sentences' facts). Objects are "loose": a field the
 * extractors add later survives a round trip through the cache.
 *
 * Per entry, `sentences` is the document's sentence keys in reading order; `facts` holds only the
 * sentences where something was found (most news sentences carry no date, quote or agreement).
 */
interface Head {
  version: number;
  fingerprint: string;
  /** `extractorCode()` of the plain extractors that wrote it (null: other extractors, in tests). */
  code: string | null;
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

const RESOLUTION_HOWS: ReadonlySet<unknown> = new Set(['pronoun', 'surname', 'capital', 'collective', 'earlier-quote', 'following-cue', 'earlier-agreement', 'description']);
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

const NEWLINE = 0x0a;
const TAB = 0x09;
const HASH_LENGTH = 64;

/** The head of the file and where each document's entry is, or why the file is unusable. */
function scan(bytes: Buffer): { head: unknown; lines: Map<string, Buffer> } | null {
  let end = bytes.indexOf(NEWLINE);
  if (end < 0) end = bytes.length;
  let head: unknown;
  try {
    head = JSON.parse(bytes.toString('utf8', 0, end));
  } catch {
    return null;
  }
  const lines = new Map<string, Buffer>();
  for (let start = end + 1; start < bytes.length; start = end + 1) {
    end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    if (end === start) continue;
    if (bytes[start + HASH_LENGTH] !== TAB) return null;
    lines.set(bytes.toString('latin1', start, start + HASH_LENGTH), bytes.subarray(start + HASH_LENGTH + 1, end));
  }
  return { head, lines };
}

export type Read = { ok: true; facts: Map<SentenceKey, SentenceFacts> } | { ok: false; why: CacheMiss };

/**
 * The facts cache of one load: `read` each document before analysing it, `remember` what was
 * found in the others, `save` at the end (which keeps only the entries of the documents of this
 * load, so the file does not grow, unless `keepOthers`).
 */
export class FactsCache {
  readonly #dataDir: string;
  readonly #analyze: Analyze;
  /** Each document's line of the file as it was read (the JSON entry, parsed when read). */
  readonly #old: ReadonlyMap<string, Buffer>;
  /** What `save` writes: lines kept as read, or the lines of entries found in this load. */
  readonly #next = new Map<string, Buffer>();
  #changed: boolean;
  /** Why the file as a whole could not be used (null: it was, or there was none yet). */
  readonly problem: Exclude<CacheMiss, 'missing' | 'mismatch'> | null;
  readonly #fileMiss: CacheMiss | null;
  /** The extractors' fingerprint as the file recorded it, when written by the same code (no probe needed). */
  #fingerprint: string | null = null;

  private constructor(dataDir: string, analyze: Analyze, old: ReadonlyMap<string, Buffer>, fileMiss: CacheMiss | null) {
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
    digests.delete(dataDir);
    let bytes: Buffer;
    try {
      bytes = readFileSync(factsCachePath(dataDir));
    } catch (error) {
      return new FactsCache(dataDir, analyze, new Map(), (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable');
    }
    const file = scan(bytes);
    const head = file?.head;
    // The head first: a stale file is common after an upgrade, and says so before any entry is read.
    if (!file || !isObject(head) || typeof head.version !== 'number' || !isString(head.fingerprint)) return new FactsCache(dataDir, analyze, new Map(), 'corrupt');
    if (head.version !== EXTRACTOR_VERSION) return new FactsCache(dataDir, analyze, new Map(), 'stale');
    // Written by the same code: the probe would give the fingerprint recorded. Else run it.
    const sameCode = analyze === analyzeDocument && head.code === extractorCode();
    if (!sameCode && head.fingerprint !== fingerprintOf(analyze)) return new FactsCache(dataDir, analyze, new Map(), 'stale');
    const cache = new FactsCache(dataDir, analyze, file.lines, null);
    cache.#fingerprint = head.fingerprint;
    // Written by other code of the plain extractors that finds the same in the probe: rewritten
    // with this code's identity on `save`, so the next start trusts it without the probe (which
    // loads the tagger's model and WordNet: half a second of every warm start after an upgrade).
    if (analyze === analyzeDocument && !sameCode) cache.#changed = true;
    digests.set(dataDir, createHash('sha256').update(bytes).digest('hex'));
    return cache;
  }

  /**
   * Whether the file was usable as it is and holds an entry for each of `docs` and no other (so
   * reading them all would leave nothing to write); the entries themselves are checked by `read`.
   */
  holdsExactly(docs: readonly Doc[]): boolean {
    if (this.#changed || this.#old.size !== docs.length) return false;
    return docs.every((d) => this.#old.has(d.hash));
  }

  /**
   * The cached facts of `doc`, or why there are none (never analyses); with `intern`, compacted
   * as they are kept for a corpus (compact.ts). A document read here is kept by `save`.
   */
  read(doc: Doc, intern?: Interner): Read {
    const line = this.#old.get(doc.hash);
    if (line === undefined) return { ok: false, why: this.#fileMiss ?? 'missing' };
    let entry: unknown;
    try {
      entry = JSON.parse(line.toString('utf8'));
    } catch {
      entry = null;
    }
    const read = restore(entry, doc, intern);
    if (read.ok) this.#next.set(doc.hash, line);
    else this.#changed = true;
    return read;
  }

  /**
   * What the extractors found in `doc` (its sentences with any facts), for `save`: kept as the
   * bytes of its line, written as it comes. (Kept as objects until `save`, a cold start of a
   * million sentences held every fact twice on the heap, the second copy only to be written, and
   * wrote the file in one serial stretch of 3–4 s of CPU after the last document was analysed.)
   */
  remember(doc: Doc, found: Found): void {
    const entry: Entry = { sentences: sentencesOf(doc).map(sentenceKey), facts: found as [string, SentenceFacts][] };
    this.#next.set(doc.hash, Buffer.from(JSON.stringify(entry)));
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
      const all = new Map<string, Buffer>(options.keepOthers ? this.#old : []);
      for (const [hash, entry] of this.#next) all.set(hash, entry);
      const head: Head = {
        version: EXTRACTOR_VERSION,
        fingerprint: this.#fingerprint ?? fingerprintOf(this.#analyze),
        code: this.#analyze === analyzeDocument ? extractorCode() : null,
      };
      // Sorted, so the same record gives the same file whatever order the documents were analysed in.
      const hashes = [...all.keys()].sort();
      function* parts(): Generator<string | Buffer> {
        yield `${JSON.stringify(head)}\n`;
        for (const hash of hashes) {
          yield* [`${hash}\t`, all.get(hash) as Buffer, '\n'];
        }
      }
      digests.delete(this.#dataDir);
      const digest = createHash('sha256');
      function* hashed(): Generator<string | Buffer> {
        for (const part of parts()) {
          digest.update(part);
          yield part;
        }
      }
      writeFileAtomic(factsCachePath(this.#dataDir), hashed());
      digests.set(this.#dataDir, digest.digest('hex'));
      this.#changed = false;
      const dir = join(this.#dataDir, CACHE_DIR);
      for (const f of readdirSync(dir)) if (OLD_FILE.test(f)) rmSync(join(dir, f), { force: true });
    } catch (error) {
      options.onWriteError?.(error);
    }
  }
}

/** sha256 of the facts file of each DATA_DIR as this process last read (and used) or wrote it. */
const digests = new Map<string, string>();

/**
 * sha256 of the facts file in `dataDir` as this process last opened it (when usable) or wrote it:
 * what the facts of that load were read from, so caches derived from them (the answer lists) can
 * be keyed by it. Null when this process holds no usable file there (none, stale, unwritable).
 */
export const factsDigest = (dataDir: string): string | null => digests.get(dataDir) ?? null;

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

let code: string | null = null;

/**
 * Identity of the plain extractors' code: EXTRACTOR_VERSION, the sources of this folder (the
 * extractors, their word lists, the tagger's wrapper; from the build, the TypeScript it was
 * compiled from when that is there, so the bot and the command line agree) and the versions of
 * wink-nlp and its model. Reading these files takes milliseconds; the probe loads the model.
 */
export function extractorCode(): string {
  if (code !== null) return code;
  const h = createHash('sha256').update(`v${EXTRACTOR_VERSION}\n`);
  const here = dirname(fileURLToPath(import.meta.url));
  const sources = join(here, '..', '..', 'src', 'understand');
  const dir = import.meta.url.endsWith('.js') && existsSync(join(sources, 'cache.ts')) ? sources : here;
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (/\.[cm]?[jt]s$/u.test(entry.name)) h.update(`${prefix}${entry.name}\n`).update(readFileSync(join(folder, entry.name)));
    }
  };
  try {
    walk(dir, '');
    const require = createRequire(import.meta.url);
    for (const pkg of ['wink-nlp', 'wink-eng-lite-web-model']) h.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}\n`);
    code = h.digest('hex').slice(0, 32);
  } catch {
    // Sources or packages unreadable: no code identity, the probe decides.
    code = `unknown:${process.pid}:${Date.now()}`;
  }
  return code;
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

/** The probe document (`fingerprintOf`); also what a thread's warm-up runs the extractors on (warm.ts). */
export const PROBE: Doc = {
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
