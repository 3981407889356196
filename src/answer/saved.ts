/**
 * The answer lists kept in DATA_DIR between runs (`DATA_DIR/cache/lists-<name>.bin`), so a restart
 * on an unchanged record reads them instead of building them again (the autocomplete lists were
 * most of a warm restart: seconds at 100,000 sentences, all of it folding every sentence and
 * sorting its words).
 *
 * A file is a head line (JSON) then binary sections: typed arrays in this machine's byte order and
 * UTF-8 text, each as long as the head says. It is used only when the head names the same format,
 * the same code (`code`: a hash of the modules that build the list), the same record and facts
 * (`key`, see `listsKey`) and the sections add up to the file's length; the caller then checks
 * what it reads (every position in range) and builds afresh on anything else. Written whole or
 * not at all (`writeFileAtomic`); never a reason for the bot not to answer.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../record/types.js';
import { parserFingerprint } from '../record/parse-cache.js';
import { factsDigest } from '../understand/cache.js';
import { writeFileAtomic } from '../storage/files.js';

/** Bump when what a list file holds changes shape. */
export const LISTS_FORMAT = 1;

/** Where a corpus's lists are kept, and the identity of the record and facts they are built from. */
export interface ListsCache {
  readonly dataDir: string;
  readonly key: string;
  /** Told when a list file cannot be written (the lists are then built again on the next start). */
  readonly onWriteError?: (error: unknown) => void;
}

/**
 * The identity of a record's answer lists: every document (id and content hash, in order), the
 * parser that made their sentences and the facts file they were read from (its sha256). Null when
 * the facts did not come from a facts file this process read or wrote (nothing is then kept).
 */
export function listsKey(docs: readonly Doc[], dataDir: string): string | null {
  const facts = factsDigest(dataDir);
  if (facts === null) return null;
  const h = createHash('sha256').update(`${LISTS_FORMAT}\n${parserFingerprint()}\n${facts}\n`);
  let batch = '';
  for (const d of docs) {
    batch += `${d.id}\u0000${d.hash}\n`;
    if (batch.length > 1 << 16) {
      h.update(batch);
      batch = '';
    }
  }
  return h.update(batch).digest('hex').slice(0, 32);
}

/** The lists of a corpus built with `dataDir` (null: none kept, e.g. no facts file). */
export function listsCacheOf(docs: readonly Doc[], dataDir: string | null | undefined, onWriteError?: (error: unknown) => void): ListsCache | null {
  if (!dataDir) return null;
  const key = listsKey(docs, dataDir);
  return key === null ? null : { dataDir, key, onWriteError };
}

/** A section of a list file: numbers or text. */
export type Section = Int32Array | Uint8Array | string;

export const listsPath = (dataDir: string, name: string): string => join(dataDir, 'cache', `lists-${name}.bin`);

interface Head {
  format: number;
  endian: string;
  code: string;
  key: string;
  /** Per section: its kind and byte length, in file order. */
  sections: [kind: 'i32' | 'u8' | 'text', bytes: number][];
  /** Small values of the list (JSON), beside the sections. */
  extra: unknown;
}

const NEWLINE = 0x0a;

/** Writes a list file; throws on failure (the caller reports it and goes on). */
export function writeLists(cache: ListsCache, name: string, code: string, sections: readonly Section[], extra: unknown = null): void {
  const bodies = sections.map((s) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : new Uint8Array(s.buffer, s.byteOffset, s.byteLength)));
  const head: Head = {
    format: LISTS_FORMAT,
    endian: endianness(),
    code,
    key: cache.key,
    sections: sections.map((s, i) => [typeof s === 'string' ? 'text' : s instanceof Int32Array ? 'i32' : 'u8', (bodies[i] as Uint8Array).byteLength]),
    extra,
  };
  writeFileAtomic(listsPath(cache.dataDir, name), [`${JSON.stringify(head)}\n`, ...bodies]);
}

/**
 * The sections and extra value of a list file written by `writeLists` with this `code` for this
 * record (`cache.key`), each section copied out (typed arrays aligned); null when there is none,
 * or it is for another record or code, torn or malformed.
 */
export function readLists(cache: ListsCache, name: string, code: string): { sections: Section[]; extra: unknown } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(listsPath(cache.dataDir, name));
  } catch {
    return null;
  }
  const end = bytes.indexOf(NEWLINE);
  if (end < 0) return null;
  let head: Head;
  try {
    head = JSON.parse(bytes.toString('utf8', 0, end)) as Head;
  } catch {
    return null;
  }
  if (typeof head !== 'object' || head === null || head.format !== LISTS_FORMAT || head.endian !== endianness() || head.code !== code || head.key !== cache.key) return null;
  if (!Array.isArray(head.sections)) return null;
  const sections: Section[] = [];
  let at = end + 1;
  for (const section of head.sections) {
    if (!Array.isArray(section)) return null;
    const [kind, length] = section as [unknown, unknown];
    if (!Number.isInteger(length) || (length as number) < 0 || at + (length as number) > bytes.length) return null;
    const to = at + (length as number);
    if (kind === 'text') sections.push(bytes.toString('utf8', at, to));
    else if (kind === 'u8') sections.push(Uint8Array.prototype.slice.call(bytes, at, to));
    else if (kind === 'i32' && (length as number) % 4 === 0) sections.push(new Int32Array(Uint8Array.prototype.slice.call(bytes, at, to).buffer));
    else return null;
    at = to;
  }
  if (at !== bytes.length) return null;
  return { sections, extra: head.extra };
}

/** A hash of the given modules' files (beside this one), so changed list code misses the saved lists. */
export function codeOf(urls: readonly string[]): string {
  const h = createHash('sha256');
  for (const url of urls) {
    try {
      h.update(readFileSync(fileURLToPath(url)));
    } catch {
      h.update(`unreadable ${url} ${process.pid} ${Date.now()}`);
    }
  }
  return h.digest('hex').slice(0, 32);
}
