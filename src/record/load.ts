/**
 * Reading the knowledge folder: every `.txt` and `.md` file below it (dotfiles and dot-folders
 * skipped, symbolic links followed once), each parsed into a `Doc` or reported as a
 * `LoadProblem`. Bad files never take the record down; a missing folder, or one without a
 * single servable document, is a start-up error (`KnowledgeError`).
 */
import { lstatSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_DOCUMENT_BYTES, describeProblem, parseDocument, tooLargeReason, type ParseResult } from './parse.js';
import { hashOf, ParseCache } from './parse-cache.js';
import type { Doc, LoadProblem } from './types.js';

export { MAX_DOCUMENT_BYTES } from './parse.js';

/** Extensions read as documents (lowercase, compared case-insensitively). */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** The knowledge folder cannot be served at all: missing, not a folder, or without documents. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(message: string) {
    super(`Knowledge folder: ${message}`);
  }
}

export interface DocumentFile {
  /** Path as loaded: the folder path joined with the relative path. */
  readonly file: string;
  /** Path relative to the folder, `/`-separated, without extension. */
  readonly id: string;
}

export interface LoadResult {
  docs: Doc[];
  problems: LoadProblem[];
}

export interface LoadOptions {
  /**
   * DATA_DIR: when set, parsed documents are kept in its cache (by content hash) and a restart
   * with unchanged files reads them from there instead of splitting sentences again.
   */
  readonly cacheDir?: string | null;
  /** Called when the parse cache cannot be written (the record is still served). */
  readonly onCacheWriteError?: (error: unknown) => void;
  /** Told how many documents came from the parse cache and how many were parsed afresh. */
  readonly onCacheUse?: (use: { hits: number; misses: number }) => void;
}

export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  await checkFolder(dir);
  const files = await listDocumentFiles(dir);
  if (files.length === 0) {
    throw new KnowledgeError(`no documents in ${dir}: add .txt or .md files (a header line " date YYYY-MM-DD Title" is optional).`);
  }
  const cache = options.cacheDir ? ParseCache.open(options.cacheDir) : undefined;
  const result = await readAll(files, cache);
  if (cache) {
    cache.save(options.onCacheWriteError);
    options.onCacheUse?.({ hits: cache.hits, misses: cache.misses });
  }
  if (result.docs.length === 0) {
    throw new KnowledgeError(`none of the ${files.length} files in ${dir} could be read:\n${result.problems.map((p) => `  ${describeProblem(p)}`).join('\n')}`);
  }
  return result;
}

/**
 * Parses the given files in order; duplicate ids (`a.txt` and `a.md`) keep the first.
 *
 * The files are read synchronously: this runs at start-up (and from the command line), before
 * anything else is served, and a synchronous read of a small file costs one system call per step
 * instead of a thread-pool round trip each (open, stat, read, close), which halves the reading of
 * a 3,000-file record. The watcher, which runs while the bot serves, reads with `readDocument`.
 */
export async function readAll(files: readonly DocumentFile[], cache?: ParseCache): Promise<LoadResult> {
  const docs: Doc[] = [];
  const problems: LoadProblem[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const earlier = seen.get(f.id);
    if (earlier !== undefined) {
      problems.push({ file: f.file, reason: `duplicate document id "${f.id}" (also ${earlier}); rename one of them` });
      continue;
    }
    const r = readDocumentSync(f, cache);
    if (r.ok) {
      docs.push(r.doc);
      seen.set(f.id, f.file);
    } else problems.push(r.problem);
  }
  return Promise.resolve({ docs, problems });
}

/** Reads and parses one file; an unreadable file becomes a problem, never an exception. */
export async function readDocument(f: DocumentFile, cache?: ParseCache): Promise<ParseResult> {
  try {
    const info = await stat(f.file);
    if (!info.isFile()) return { ok: false, problem: { file: f.file, reason: 'not a regular file' } };
    // Refuse before reading: an oversized file is not loaded into memory.
    if (info.size > MAX_DOCUMENT_BYTES) return { ok: false, problem: { file: f.file, reason: tooLargeReason(info.size) } };
    return parseRaw(await readFile(f.file), f, cache);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const dangling = code === 'ENOENT' && (await lstat(f.file).then((l) => l.isSymbolicLink(), () => false));
    return { ok: false, problem: { file: f.file, reason: dangling ? 'unreadable: broken symbolic link' : unreadable(error) } };
  }
}

/** `readDocument`, blocking (for the start-up read of the whole folder). */
export function readDocumentSync(f: DocumentFile, cache?: ParseCache): ParseResult {
  try {
    const info = statSync(f.file);
    if (!info.isFile()) return { ok: false, problem: { file: f.file, reason: 'not a regular file' } };
    if (info.size > MAX_DOCUMENT_BYTES) return { ok: false, problem: { file: f.file, reason: tooLargeReason(info.size) } };
    return parseRaw(readFileSync(f.file), f, cache);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    let dangling = false;
    try {
      dangling = code === 'ENOENT' && lstatSync(f.file).isSymbolicLink();
    } catch {
      // Gone altogether: reported as disappeared.
    }
    return { ok: false, problem: { file: f.file, reason: dangling ? 'unreadable: broken symbolic link' : unreadable(error) } };
  }
}

/** Parses a file's bytes; with a parse cache, unchanged bytes are not parsed again. */
function parseRaw(raw: Buffer, f: DocumentFile, cache: ParseCache | undefined): ParseResult {
  if (!cache) return parseDocument(raw, f);
  const hash = hashOf(raw);
  const cached = cache.lookup(raw, hash, f);
  if (cached) return { ok: true, doc: cached };
  const parsed = parseDocument(raw, f, hash);
  if (parsed.ok) cache.remember(parsed.doc);
  return parsed;
}

export function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'unreadable: permission denied';
    case 'ENOENT':
      return 'unreadable: the file disappeared while loading';
    case 'EISDIR':
      return 'unreadable: is a folder';
    case 'ELOOP':
      return 'unreadable: symbolic link loop';
    default:
      return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
}

async function checkFolder(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KnowledgeError(`${dir} does not exist. Create it and put .txt or .md documents in it, or point KNOWLEDGE_DIR elsewhere.`);
    throw new KnowledgeError(`${dir} cannot be read (${code ?? 'error'}).`);
  }
  if (!info.isDirectory()) throw new KnowledgeError(`${dir} is a file, not a folder.`);
}

/**
 * Every document file below `dir`, sorted by id. Dotfiles and dot-folders are skipped; a
 * symbolic link to a folder is followed unless it leads back to a folder already walked.
 */
export async function listDocumentFiles(dir: string): Promise<DocumentFile[]> {
  const out: DocumentFile[] = [];
  const walked = new Set<string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(abs);
    } catch {
      return;
    }
    if (walked.has(real)) return;
    walked.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const childAbs = path.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = await stat(childAbs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          // A dangling link is listed so that it is reported, if it looks like a document.
          isFile = true;
        }
      }
      if (isDir) await walk(childAbs, childRel);
      else if (isFile && DOCUMENT_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) {
        out.push({ file: path.join(dir, childRel), id: childRel.slice(0, -path.extname(e.name).length) });
      }
    }
  };
  await walk(dir, '');
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1));
}
