/**
 * Add, replace and remove documents of the record, for any surface (Discord, the console): where
 * the bytes come from (a link, an attachment's download link, a local path), the checks, the
 * write, and one change-log entry per change. The surfaces only decide who may.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { FETCH_DEFAULTS, FetchRefused, fetchChecked } from './fetch.js';
import { FILE_EXTENSIONS, PAGE_CONTENT_TYPES, RecordEditError, prepareDocument, removeDocument, writeDocument, type Given, type Incoming, type Prepared } from './ingest.js';
import { MAX_DOCUMENT_BYTES, tooLargeReason } from './parse.js';
import type { Doc } from './types.js';

export type ChangeKind = 'added' | 'replaced' | 'removed';

export interface Editor {
  readonly id: string;
  readonly name: string;
}

export interface ChangeEntry {
  readonly at: Date;
  readonly action: ChangeKind;
  readonly doc: string;
  readonly title: string | null;
  readonly origin: string | null;
  readonly userId: string;
  readonly userName: string;
}

/** Where a new version comes from. */
export type From =
  | { readonly kind: 'link'; readonly url: string }
  /** An uploaded file: its name, its declared size, and where to download it (Discord's CDN). */
  | { readonly kind: 'attachment'; readonly name: string; readonly size: number; readonly url: string }
  /** A file on this machine (the console). */
  | { readonly kind: 'path'; readonly path: string };

export interface RecordEditorOptions {
  readonly knowledgeDir: string;
  /** RECORD_URL_ALLOW: hosts exempt from the private-address rule. */
  readonly allowHosts: readonly string[];
  /** The document the record serves under an id, if any (the live corpus). */
  readonly docById: (id: string) => Doc | undefined;
  /** Appends to the change log. */
  readonly log: (entry: ChangeEntry) => void;
  readonly now?: () => Date;
  readonly timeoutMs?: number;
  readonly resolve?: Parameters<typeof fetchChecked>[1]['resolve'];
}

export interface Changed {
  readonly prepared: Prepared;
  readonly file: string;
}

export { RecordEditError } from './ingest.js';

export class RecordEditor {
  constructor(private readonly options: RecordEditorOptions) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** The bytes of a new version, with every check of its origin applied. */
  async incoming(from: From): Promise<Incoming> {
    const fetchOptions = {
      maxBytes: MAX_DOCUMENT_BYTES,
      timeoutMs: this.options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
      maxRedirects: FETCH_DEFAULTS.maxRedirects,
      allowHosts: this.options.allowHosts,
      ...(this.options.resolve ? { resolve: this.options.resolve } : {}),
    };
    try {
      if (from.kind === 'link') {
        const page = await fetchChecked(from.url, { ...fetchOptions, contentTypes: PAGE_CONTENT_TYPES });
        return { kind: 'page', url: page.url, bytes: page.body, contentType: page.contentType, charset: page.charset };
      }
      if (from.kind === 'attachment') {
        checkName(from.name);
        if (from.size > MAX_DOCUMENT_BYTES) throw new RecordEditError(`the file is ${tooLargeReason(from.size)}`);
        // The file is judged by its name and content, not by the type the uploader's system guessed.
        const file = await fetchChecked(from.url, { ...fetchOptions, contentTypes: null });
        return { kind: 'file', name: from.name, bytes: file.body };
      }
      checkName(from.path);
      const info = await stat(from.path).catch(() => null);
      if (!info?.isFile()) throw new RecordEditError(`no file at ${from.path}`);
      if (info.size > MAX_DOCUMENT_BYTES) throw new RecordEditError(`the file is ${tooLargeReason(info.size)}`);
      return { kind: 'file', name: path.basename(from.path), bytes: await readFile(from.path) };
    } catch (error) {
      if (error instanceof FetchRefused) throw new RecordEditError(`the link was not read: ${error.message}`);
      throw error;
    }
  }

  /** Reads a new document; a document of the same id asks for replace. */
  async add(from: From, given: Given, by: Editor): Promise<Changed> {
    const prepared = prepareDocument(await this.incoming(from), given, { knowledgeDir: this.options.knowledgeDir });
    const clash = this.options.docById(prepared.id);
    if (clash) {
      throw new RecordEditError(`a document named ${prepared.id} is already in the record (“${clash.title ?? clash.id}”). To put this one in its place, use replace with document ${prepared.id}; to keep both, give this one another title`);
    }
    const file = writeDocument(prepared, null);
    this.log('added', prepared, by);
    return { prepared, file };
  }

  async replace(id: string, from: From, given: Given, by: Editor): Promise<Changed> {
    const old = this.existing(id);
    const prepared = prepareDocument(await this.incoming(from), given, { knowledgeDir: this.options.knowledgeDir, id: old.id, file: old.file });
    const file = writeDocument(prepared, old.file);
    this.log('replaced', prepared, by);
    return { prepared, file };
  }

  /** Removes a document; `hash`, when given, must still be its content (a button under an old reply). */
  remove(id: string, by: Editor, hash?: string): Doc {
    const doc = this.existing(id);
    if (hash && !doc.hash.startsWith(hash)) throw new RecordEditError(`${id} has changed since this message was written; run remove again if you still mean it`);
    removeDocument(doc);
    this.options.log({ at: this.now(), action: 'removed', doc: doc.id, title: doc.title, origin: null, userId: by.id, userName: by.name });
    return doc;
  }

  private existing(id: string): Doc {
    const doc = this.options.docById(id.trim());
    if (!doc) throw new RecordEditError(`there is no document ${id.trim().slice(0, 100)} in the record (pick one from the list)`);
    return doc;
  }

  private log(action: ChangeKind, prepared: Prepared, by: Editor): void {
    this.options.log({ at: this.now(), action, doc: prepared.id, title: prepared.doc.title, origin: prepared.origin, userId: by.id, userName: by.name });
  }
}

function checkName(name: string): void {
  const ext = path.extname(name).toLowerCase();
  if (!FILE_EXTENSIONS.includes(ext)) throw new RecordEditError(`only ${FILE_EXTENSIONS.join(', ')} files can be added, not “${path.basename(name).slice(0, 60)}”`);
}

/**
 * Resolves when the running record serves `id` with content `hash` (null: no longer serves it),
 * or false after `ms`: the folder watcher picks up a write within about a second.
 */
export async function waitServed(docById: (id: string) => Pick<Doc, 'hash'> | undefined, id: string, hash: string | null, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    const doc = docById(id);
    if (hash === null ? !doc : doc?.hash === hash) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
