import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Why a cache file could not be used: absent (a first start), unreadable, or not JSON. */
export type FileMiss = 'missing' | 'unreadable' | 'corrupt';

/** Reads and parses a JSON file the process wrote earlier; never throws. */
export function readJsonFile(file: string): { ok: true; json: unknown } | { ok: false; why: FileMiss } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, why: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, why: 'corrupt' };
  }
}

/**
 * Writes a file whole or not at all: into a temporary name first, flushed to the disk, then
 * renamed, so neither a crash mid-write nor a power cut right after the rename leaves half a
 * file under the real name. A failed write (a full or read-only disk) removes its temporary file
 * and leaves the old file as it was. Throws on failure (callers of the caches turn that into
 * "slower next time", never an error for the user).
 */
export function writeFileAtomic(file: string, body: string | Iterable<string | Uint8Array>): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      // In parts, a large file need not be one string (V8 caps a string at about 512 MB).
      for (const part of typeof body === 'string' ? [body] : body) {
        if (typeof part === 'string') writeSync(fd, part);
        else writeSync(fd, part);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
