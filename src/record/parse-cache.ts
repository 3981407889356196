/**
 * Cache of parsed documents, so a restart with an unchanged record skips splitting paragraphs and
 * sentences (the costliest part of reading a large record).
 *
 * One file for the whole record: `DATA_DIR/cache/parsed.json`, keyed by the sha256 of each file's
 * raw bytes. An entry keeps the structure `parseDocument` found (header fields, dateline, spans of
 * paragraphs and sentences) but no text: the text is decoded again from the same bytes and every
 * sentence sliced from it, so a citation still resolves to the file's characters. The cache is used
 * only when written by the same parser: `PARSE_VERSION`, a hash of the parser's source files and
 * what the parser makes of a probe document. A malformed entry (a span out of range, a wrong
 * type) is a miss: that document is parsed afresh and the file rewritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFile, writeFileAtomic } from '../storage/files.js';
import { decode, parseDocument } from './parse.js';
import type { Dateline, Doc, Paragraph, Sentence } from './types.js';

/** Bump when the parser's output changes in a way its source hash may not show. */
export const PARSE_VERSION = 1;

export const PARSE_CACHE_FILE = 'parsed.json';

export const parseCachePath = (dataDir: string): string => join(dataDir, 'cache', PARSE_CACHE_FILE);

/** What is kept of one parsed document (JSON): its header fields as the Doc has them, text as spans. */
export interface ParsedEntry extends Pick<Doc, 'title' | 'published' | 'source' | 'url' | 'dateline' | 'reportDate'> {
  /** Length of the decoded text: the spans below index it. */
  readonly length: number;
  /** [start, end] of the headline. */
  readonly headline: readonly [number, number] | null;
  /** Per paragraph: index, start, end, then start and end of each sentence in order. */
  readonly paragraphs: readonly (readonly number[])[];
}

interface CacheFile {
  readonly fingerprint: string;
  readonly entries: Record<string, ParsedEntry>;
}

/**
 * The parse cache of one load: `lookup` before parsing, `remember` after, `save` at the end
 * (which keeps only the entries of documents seen in this load, so the file does not grow).
 */
export class ParseCache {
  readonly #file: string;
  readonly #old: ReadonlyMap<string, unknown>;
  readonly #next = new Map<string, ParsedEntry>();
  #changed = false;
  /** Documents served from the cache and parsed afresh in this load. */
  hits = 0;
  misses = 0;

  private constructor(file: string, old: ReadonlyMap<string, unknown>, changed: boolean) {
    this.#file = file;
    this.#old = old;
    this.#changed = changed;
  }

  /** Opens the cache in `dataDir`; a missing, corrupt or stale file is an empty cache. */
  static open(dataDir: string): ParseCache {
    const file = parseCachePath(dataDir);
    const read = readJsonFile(file);
    const json = read.ok ? read.json : null;
    if (!isObject(json) || json.fingerprint !== parserFingerprint() || !isObject(json.entries)) return new ParseCache(file, new Map(), true);
    return new ParseCache(file, new Map(Object.entries(json.entries)), false);
  }

  /** The document these bytes parse to, from the cache, or null when it holds no valid entry. */
  lookup(raw: Buffer, hash: string, meta: { id: string; file: string }): Doc | null {
    const entry = this.#old.get(hash);
    const doc = entry === undefined ? null : restore(entry, raw, hash, meta);
    if (doc) {
      this.hits++;
      this.#next.set(hash, entry as ParsedEntry);
    } else {
      this.misses++;
      this.#changed = true;
    }
    return doc;
  }

  remember(doc: Doc): void {
    this.#next.set(doc.hash, entryOf(doc));
  }

  /** Writes the file when anything changed. Never throws: an unwritable DATA_DIR costs speed only. */
  save(onWriteError?: (error: unknown) => void): void {
    const dropped = [...this.#old.keys()].some((h) => !this.#next.has(h));
    if (!this.#changed && !dropped) return;
    try {
      // Sorted: files are read concurrently, and the same record should give the same file.
      const entries = Object.fromEntries([...this.#next].sort(([a], [b]) => (a < b ? -1 : 1)));
      const body: CacheFile = { fingerprint: parserFingerprint(), entries };
      writeFileAtomic(this.#file, JSON.stringify(body));
    } catch (error) {
      onWriteError?.(error);
    }
  }
}

/** sha256 of a file's raw bytes, hex: the key of the caches (and `Doc.hash`). */
export const hashOf = (raw: Buffer): string => createHash('sha256').update(raw).digest('hex');

/** The cache entry of a parsed document. */
export function entryOf(doc: Doc): ParsedEntry {
  return {
    length: doc.text.length,
    title: doc.title,
    published: doc.published,
    source: doc.source,
    url: doc.url,
    dateline: doc.dateline,
    reportDate: doc.reportDate,
    headline: doc.headline ? [doc.headline.start, doc.headline.end] : null,
    paragraphs: doc.paragraphs.map((p) => [p.index, p.start, p.end, ...p.sentences.flatMap((s) => [s.start, s.end])]),
  };
}

/**
 * The `Doc` an entry describes for these bytes, exactly as `parseDocument` builds it; null when
 * the entry is malformed (then the caller parses).
 */
export function restore(entry: unknown, raw: Buffer, hash: string, meta: { id: string; file: string }): Doc | null {
  if (!isObject(entry)) return null;
  const { length, title, published, source, url, dateline, reportDate, headline, paragraphs } = entry;
  if (!(isNullableString(title) && isNullableString(published) && isNullableString(source) && isNullableString(url) && isNullableString(reportDate))) return null;
  if (!(dateline === null || isDateline(dateline))) return null;
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) return null;
  const decoded = decode(raw);
  if (!decoded.ok || decoded.text.length !== length) return null;
  const text = decoded.text;
  const span = (a: unknown, b: unknown): a is number => isOffset(a, text.length) && isOffset(b, text.length) && a <= b;

  let head: Sentence | null = null;
  if (headline !== null) {
    if (!Array.isArray(headline) || headline.length !== 2 || !span(headline[0], headline[1])) return null;
    const [start, end] = headline as [number, number];
    head = { doc: meta.id, paragraph: 0, sentence: 1, text: text.slice(start, end), start, end };
  }
  const out: Paragraph[] = [];
  for (const p of paragraphs as unknown[]) {
    if (!Array.isArray(p) || p.length < 5 || p.length % 2 === 0) return null;
    const [index, start, end] = p as unknown[];
    if (!(Number.isInteger(index) && (index as number) > 0 && span(start, end))) return null;
    const sentences: Sentence[] = [];
    for (let k = 3; k < p.length; k += 2) {
      const a: unknown = p[k];
      const b: unknown = p[k + 1];
      if (!span(a, b)) return null;
      sentences.push({ doc: meta.id, paragraph: index as number, sentence: sentences.length + 1, text: text.slice(a, b as number), start: a, end: b as number });
    }
    out.push({ index: index as number, start, end: end as number, sentences });
  }
  return {
    id: meta.id,
    file: meta.file,
    title,
    published,
    source,
    url,
    dateline,
    reportDate,
    headline: head,
    paragraphs: out,
    text,
    bytes: raw.length,
    hash,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNullableString = (x: unknown): x is string | null => x === null || typeof x === 'string';
const isOffset = (x: unknown, max: number): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= max;
const isDateline = (x: unknown): x is Dateline =>
  isObject(x) && typeof x.text === 'string' && typeof x.place === 'string' && isNullableString(x.source) && isNullableString(x.date);

const fingerprints = new Map<number, string>();

/**
 * Identity of the parser: its version, the source of the record reader (every module beside this
 * one: the sentence splitter, header and dateline readers) and its reading of a probe document.
 * Changed parser code therefore invalidates the cache even when nobody bumps the version.
 */
export function parserFingerprint(version = PARSE_VERSION): string {
  const known = fingerprints.get(version);
  if (known !== undefined) return known;
  const h = createHash('sha256').update(`v${version}\n`);
  try {
    const dir = sourceDir();
    for (const name of readdirSync(dir).filter((n) => /\.[cm]?[jt]s$/u.test(n)).sort()) h.update(`${name}\n`).update(readFileSync(join(dir, name)));
  } catch {
    h.update('no source');
  }
  const probe = parseDocument(Buffer.from(PROBE), { id: 'probe', file: 'probe.txt' });
  h.update(JSON.stringify(probe.ok ? entryOf(probe.doc) : probe.problem.reason));
  const value = h.digest('hex').slice(0, 32);
  fingerprints.set(version, value);
  return value;
}

/**
 * The record reader's sources: this folder, or, run from the build (dist/record), the TypeScript
 * it was compiled from when it is there (src/record), so the bot (`npm start`, the build) and the
 * command line (tsx, the sources) share one parse cache instead of each invalidating the other's.
 */
function sourceDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  if (!import.meta.url.endsWith('.js')) return here;
  const sources = join(here, '..', '..', 'src', 'record');
  return existsSync(join(sources, 'parse-cache.ts')) ? sources : here;
}

const PROBE = [
  ' date 2021-03-04 Harbour talks resume (Wire)',
  '',
  'PORTVILLE (Wire - 3rd March, 2021) The two governments agreed on Tuesday to hold talks in mid-April, officials said. Dr. Brandt (the minister) said: "We will not accept new quotas. Not now."',
  '',
  'According to the U.S. port authority, the sides pledged to share data by Dec. 31... Then:',
  '- first item',
  '- second item',
].join('\r\n');
