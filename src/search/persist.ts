/**
 * The search index kept in DATA_DIR between runs: a restart with an unchanged record restores the
 * words, stems and fuse texts of every sentence instead of reading them again (the slowest part of
 * building the index). The file is keyed by a hash of the sentences themselves, so any edit to the
 * record, or a new tokeniser (`SNAPSHOT_VERSION`, `tokeniserFingerprint`), simply misses; a
 * corrupt file is rebuilt.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile, writeFileAtomic } from '../storage/files.js';
import type { Sentence } from '../record/types.js';
import { tokeniserFingerprint } from './text.js';
import { createSearchIndex, SNAPSHOT_VERSION, snapshotProblem, type FastSearchIndex, type IndexSnapshot } from './index.js';

export const INDEX_CACHE_DIR = 'cache';
const PREFIX = 'index-';

export type IndexCacheMiss = 'missing' | 'unreadable' | 'corrupt';

export interface IndexCacheOptions {
  readonly onMiss?: (why: IndexCacheMiss) => void;
  readonly onWriteError?: (error: unknown) => void;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');
const isNumbers = (x: unknown): x is number[] => Array.isArray(x) && x.every((v) => typeof v === 'number');

/**
 * The snapshot's shape, checked by hand (a schema library costs a visible part of a warm start on
 * arrays of a million numbers); `snapshotProblem` then checks that the parts fit together.
 */
function isSnapshot(x: unknown): x is IndexSnapshot {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const s = x as Record<keyof IndexSnapshot, unknown>;
  return (
    typeof s.version === 'number' &&
    Number.isInteger(s.count) &&
    (s.count as number) >= 0 &&
    isStrings(s.stems) &&
    isStrings(s.words) &&
    isNumbers(s.wordStems) &&
    isStrings(s.fuseTexts) &&
    isNumbers(s.sentenceStems) &&
    isNumbers(s.stemStarts) &&
    s.stemStarts.every(Number.isInteger)
  );
}

/** Identity of an ordered list of sentences (and of the snapshot format). */
export function sentencesKey(sentences: readonly Sentence[]): string {
  const h = createHash('sha256').update(`v${SNAPSHOT_VERSION}\n${tokeniserFingerprint()}\n`);
  // Hashed in batches: one update per sentence is a measurable part of a warm start at 100k.
  let batch = '';
  for (const s of sentences) {
    batch += `${s.doc}\u0000${s.paragraph}.${s.sentence}\u0000${s.text}\u0001`;
    if (batch.length > 1 << 16) {
      h.update(batch);
      batch = '';
    }
  }
  return h.update(batch).digest('hex').slice(0, 32);
}

export const indexCachePath = (dataDir: string, key: string): string => join(dataDir, INDEX_CACHE_DIR, `${PREFIX}${key}.json`);

/**
 * An index over `sentences`, restored from DATA_DIR when it holds one for exactly these
 * sentences, else built and saved (replacing older index files). The cache never makes this fail:
 * an unreadable or unwritable DATA_DIR only costs time.
 */
export function loadOrBuildIndex(sentences: readonly Sentence[], dataDir: string, options: IndexCacheOptions = {}): FastSearchIndex {
  const key = sentencesKey(sentences);
  const file = indexCachePath(dataDir, key);
  const read = readSnapshot(file, sentences.length);
  if (read.ok) return createSearchIndex(sentences, { snapshot: read.snapshot });
  options.onMiss?.(read.why);
  const index = createSearchIndex(sentences);
  try {
    const dir = join(dataDir, INDEX_CACHE_DIR);
    writeFileAtomic(file, JSON.stringify(index.snapshot()));
    // One record, one index file: older ones describe a record that no longer exists.
    for (const f of readdirSync(dir)) {
      if (f.startsWith(PREFIX) && f.endsWith('.json') && join(dir, f) !== file) rmSync(join(dir, f), { force: true });
    }
  } catch (error) {
    options.onWriteError?.(error);
  }
  return index;
}

type Read = { ok: true; snapshot: IndexSnapshot } | { ok: false; why: IndexCacheMiss };

function readSnapshot(file: string, count: number): Read {
  const read = readJsonFile(file);
  if (!read.ok) return read;
  const { json } = read;
  if (!isSnapshot(json) || snapshotProblem(json, count) !== null) return { ok: false, why: 'corrupt' };
  return { ok: true, snapshot: json };
}
