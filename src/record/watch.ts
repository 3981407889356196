/**
 * Follows the knowledge folder while the program runs. When a new version of a document cannot
 * be parsed, the last good version keeps being served and the problem says so.
 *
 * No half documents. A copy pauses: `cp` from a slow network share, `scp` on a slow link, an
 * editor that truncates and then writes. So a changed file is read only once
 * - its size and times have held still for `stableMs` (2 s by default; KNOWLEDGE_STABLE_MS),
 * - and, when it is new or has grown, its text ends at a sentence end: a file that grew and ends
 *   mid-sentence ("… revised on Monday t") is waited for, up to `incompleteHoldMs` (30 s) of
 *   stillness, after which it is served as it is (a list or a heading may end a document);
 * and read again if it changed while it was being read.
 * A file that arrives by rename (written elsewhere, then moved in: the recommended way, and the
 * atomic save of many editors) is complete the moment it appears; when the only event for it is
 * the rename and its text ends at a sentence end, it is read at once, without the window.
 *
 * Change detection uses `fs.watch` (recursive) for promptness and a slow poll as a fallback for
 * platforms and file systems where events are missed; both only ask for a rescan, and rescans
 * never overlap.
 */
import { watch, type FSWatcher } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { listDocumentFiles, readDocument, type DocumentFile } from './load.js';
import type { Doc, LoadProblem } from './types.js';


/** How long after it starts the file-system watcher may still miss events (see startWatcher). */
const WATCHER_SETTLE_MS = 500;
export interface KnowledgeChange {
  readonly docs: Doc[];
  readonly problems: LoadProblem[];
}

export interface WatchOptions {
  /** Quiet time after an event before rescanning (editors write in bursts). */
  readonly debounceMs?: number;
  /** How long a file's size and modification time must hold still before it is read. */
  readonly stableMs?: number;
  /** How long a grown file that ends mid-sentence must hold still before it is served anyway. */
  readonly incompleteHoldMs?: number;
  /** Rescan interval when no event arrives (fallback for missed events). */
  readonly pollMs?: number;
  /** Use file-system events (default true); false leaves only the poll, as on platforms without them. */
  readonly events?: boolean;
  /** Errors thrown by `onChange`; by default written to stderr. */
  readonly onError?: (error: unknown) => void;
}

export interface KnowledgeWatcher {
  /** Resolves when the first scan (the baseline, never reported) is done. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

export const WATCH_DEFAULTS = Object.freeze({ debounceMs: 150, stableMs: 2_000, incompleteHoldMs: 30_000, pollMs: 2_000 });

/** Appended to a problem when an older good version of the file is still served. */
export const STILL_SERVING = '(still serving the previous version)';

interface Known {
  readonly id: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly result: { ok: true; doc: Doc } | { ok: false; problem: LoadProblem };
  readonly lastGood: Doc | null;
}

/**
 * Calls `onChange` with the whole record (documents sorted by id, and problems) each time what
 * would be served changes. The state at start is the baseline and is not reported.
 */
export function watchKnowledge(dir: string, onChange: (change: KnowledgeChange) => void, options: WatchOptions = {}): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? WATCH_DEFAULTS.debounceMs;
  const stableMs = options.stableMs ?? WATCH_DEFAULTS.stableMs;
  const incompleteHoldMs = Math.max(stableMs, options.incompleteHoldMs ?? WATCH_DEFAULTS.incompleteHoldMs);
  const pollMs = options.pollMs ?? WATCH_DEFAULTS.pollMs;
  const onError = options.onError ?? ((e: unknown) => console.error('knowledge watcher:', e));

  const known = new Map<string, Known>();
  const pending = new Map<string, Stamp & { since: number }>();
  /** Per file, the file-system events since it was last read: only 'rename', or a write too. */
  const events = new Map<string, 'rename' | 'change'>();
  let folderProblem: LoadProblem | null = null;
  let lastSignature: string | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let dirty = false;
  let fsWatcher: FSWatcher | null = null;

  const request = (delay: number): void => {
    if (closed) return;
    if (running) {
      dirty = true;
      return;
    }
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      running = scan(false).catch(onError).finally(() => {
        running = null;
        if (dirty) {
          dirty = false;
          request(debounceMs);
        }
      });
    }, delay);
  };

  const startWatcher = (): void => {
    if (fsWatcher || closed || options.events === false) return;
    try {
      const startedAt = Date.now();
      fsWatcher = watch(dir, { recursive: true, persistent: false }, (type, name) => {
        if (name) {
          const file = path.join(dir, name.toString());
          // Node's recursive watcher on Linux adds its watches asynchronously: while it settles, a
          // file created and written at once can show only as a 'rename' (the write unseen), so
          // such a file waits out the window like any write instead of being read as moved in.
          const settling = Date.now() - startedAt < WATCHER_SETTLE_MS;
          if (type === 'change' || settling || events.get(file) === 'change') events.set(file, 'change');
          else events.set(file, 'rename');
        }
        request(debounceMs);
      });
      fsWatcher.on('error', () => {
        fsWatcher?.close();
        fsWatcher = null;
      });
    } catch {
      fsWatcher = null; // no recursive watch here: the poll alone picks up changes
    }
  };

  async function scan(baseline: boolean): Promise<void> {
    let recheck = false;
    try {
      const info = await stat(dir);
      if (!info.isDirectory()) throw new Error('not a folder');
      folderProblem = null;
    } catch {
      folderProblem = { file: dir, reason: `the knowledge folder is missing or unreadable ${STILL_SERVING}` };
      fsWatcher?.close();
      fsWatcher = null;
      publish(baseline);
      return;
    }
    startWatcher();
    const files = await listDocumentFiles(dir);
    const present = new Set(files.map((f) => f.file));
    for (const file of [...known.keys()]) if (!present.has(file)) known.delete(file);
    for (const file of [...pending.keys()]) if (!present.has(file)) pending.delete(file);
    for (const file of [...events.keys()]) if (!present.has(file)) events.delete(file);
    for (const f of files) {
      if (closed) return;
      const now = await statOf(f.file);
      const old = known.get(f.file);
      if (now && old && same(old, now) && old.id === f.id) {
        pending.delete(f.file);
        events.delete(f.file);
        continue;
      }
      if (!baseline && now) {
        const p = pending.get(f.file);
        const grown = !old || now.size > old.size;
        // (Also when a scan saw the file before its event arrived, the poll beating the watcher under load: a
        // file unchanged since then is the one moved in.)
        if ((!p || same(p, now)) && events.get(f.file) === 'rename' && now.size > 0 && !(await endsMidSentence(f.file))) {
          // Moved in whole: read it now.
        } else if (!p || !same(p, now)) {
          pending.set(f.file, { ...now, since: Date.now() });
          recheck = true;
          continue;
        } else if (Date.now() - p.since < stableMs || (grown && Date.now() - p.since < incompleteHoldMs && (await endsMidSentence(f.file)))) {
          recheck = true;
          continue;
        }
      }
      const result = await readDocument(f);
      const after = await statOf(f.file);
      if (now && after && !same(after, now)) {
        // Written to while being read: wait for it to settle.
        pending.set(f.file, { ...after, since: Date.now() });
        recheck = true;
        continue;
      }
      pending.delete(f.file);
      events.delete(f.file);
      record(f, now ?? { size: -1, mtimeMs: -1, ctimeMs: -1 }, result, old);
    }
    publish(baseline);
    if (recheck) request(stableMs);
  }

  function record(f: DocumentFile, st: Stamp, result: Known['result'], old: Known | undefined): void {
    const lastGood = result.ok ? result.doc : old?.id === f.id ? (old.result.ok ? old.result.doc : old.lastGood) : null;
    known.set(f.file, { id: f.id, ...st, result, lastGood });
  }

  function publish(baseline: boolean): void {
    const change = current();
    const signature = JSON.stringify([change.docs.map((d) => [d.id, d.file, d.hash]), change.problems]);
    if (signature === lastSignature) return;
    lastSignature = signature;
    if (baseline || closed) return;
    try {
      onChange(change);
    } catch (error) {
      onError(error);
    }
  }

  function current(): KnowledgeChange {
    const entries = [...known.entries()].sort(([fa, a], [fb, b]) => (a.id < b.id ? -1 : a.id > b.id ? 1 : fa < fb ? -1 : 1));
    const docs: Doc[] = [];
    const problems: LoadProblem[] = folderProblem ? [folderProblem] : [];
    const ids = new Map<string, string>();
    for (const [file, k] of entries) {
      const doc = k.result.ok ? k.result.doc : k.lastGood;
      if (!k.result.ok) {
        const { reason } = k.result.problem;
        problems.push({ file, reason: k.lastGood ? `${reason} ${STILL_SERVING}` : reason });
      }
      if (!doc) continue;
      const earlier = ids.get(k.id);
      if (earlier !== undefined) {
        problems.push({ file, reason: `duplicate document id "${k.id}" (also ${earlier}); rename one of them` });
        continue;
      }
      ids.set(k.id, file);
      docs.push(doc);
    }
    return { docs, problems };
  }

  const ready = scan(true).catch((error: unknown) => onError(error));
  running = ready.finally(() => {
    running = null;
    if (dirty) {
      dirty = false;
      request(debounceMs);
    }
  });
  const poll = setInterval(() => request(0), pollMs);
  poll.unref();

  return {
    ready,
    async close(): Promise<void> {
      closed = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      timer = null;
      fsWatcher?.close();
      fsWatcher = null;
      await running;
    },
  };
}

/** What identifies a version of a file: size, content time, and status time (a chmod). */
interface Stamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
}

function same(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

async function statOf(file: string): Promise<Stamp | null> {
  try {
    const s = await stat(file);
    return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
  } catch {
    return null;
  }
}

/** Sentence-final punctuation, then any closing quotes or brackets, then only white space. */
const SENTENCE_END = /[.!?\u2026]["'\u201d\u2019\u00bb)\]]*\s*$/u;

/**
 * Whether the text of a file stops inside a sentence (the tail of an unfinished copy). Reads the
 * last few hundred bytes only; an unreadable or empty file counts as unfinished.
 */
export async function endsMidSentence(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    const length = Math.min(size, 512);
    if (length === 0) return true;
    const buf = Buffer.alloc(length);
    await handle.read(buf, 0, length, size - length);
    return !SENTENCE_END.test(buf.toString('utf8'));
  } catch {
    return true;
  } finally {
    await handle?.close();
  }
}
