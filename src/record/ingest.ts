/**
 * Changing the record from outside the machine: a file or a web page becomes a knowledge
 * document, checked in full before anything is written, written whole or not at all.
 *
 * - A file must be `.txt`, `.md` or `.html`/`.htm`, at most `MAX_DOCUMENT_BYTES`, UTF-8 text
 *   (a NUL byte or a malformed sequence means binary: refused). A page must be HTML or plain
 *   text (see fetch.ts for how it is fetched).
 * - HTML (a page, or an `.html` file) is reduced to the article (extract.ts); a text file is
 *   kept as written, its own header read and merged with what the moderator gave.
 * - The result is written with a front-matter header (title, date, source, url) and parsed by the
 *   same `parseDocument` as every file of the record before it is written: what the reply shows
 *   is exactly what the bot will serve, and a file that would not be served is not written.
 * - Writing goes to a temporary dotfile in the knowledge folder (the loader skips dotfiles), then
 *   is linked (add: fails if the name was taken meanwhile) or renamed (replace) into place, so a
 *   crash halfway leaves the old record or the new one, never half a file.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from './extract.js';
import { checkDate, readHeader } from './header.js';
import { MAX_DOCUMENT_BYTES, decode, parseDocument, tooLargeReason } from './parse.js';
import type { Doc } from './types.js';

/** A reason the record was not changed, in words for the moderator. Nothing was written. */
export class RecordEditError extends Error {
  override readonly name = 'RecordEditError';
}

export const FILE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];
export const PAGE_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown'];
/** Longest document id made from a title or a file name: it travels in a button's custom_id. */
export const MAX_SLUG_LENGTH = 60;

export type Incoming =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Buffer }
  | { readonly kind: 'page'; readonly url: string; readonly bytes: Buffer; readonly contentType: string; readonly charset: string | null };

/** What the moderator typed; each overrides what the file or page says. */
export interface Given {
  readonly title?: string | null;
  readonly date?: string | null;
  readonly source?: string | null;
}

export interface Prepared {
  /** The document id it will have (for a replace: the replaced document's). */
  readonly id: string;
  /** The file's full text, header included. */
  readonly text: string;
  /** The document as the bot will serve it. */
  readonly doc: Doc;
  /** How it was read: `article` (HTML reduced to its article) or `text` (kept as written). */
  readonly readAs: 'article' | 'text';
  /** File name or URL, for the change log. */
  readonly origin: string;
}

const oneLine = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** `Lakeside council votes!` → `lakeside-council-votes`; accents folded, at most `MAX_SLUG_LENGTH`. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/u, '');
}

/** A header value on one line; a value that starts with a quote is quoted so it reads back the same. */
function headerValue(value: string): string {
  const v = oneLine(value);
  return /^["']/u.test(v) ? `"${v}"` : v;
}

/** The page's or file's text, decoded; binary and malformed text refused. */
function textOf(incoming: Incoming): string {
  if (incoming.bytes.length === 0) throw new RecordEditError(incoming.kind === 'file' ? 'the file is empty' : 'the page is empty');
  if (incoming.bytes.length > MAX_DOCUMENT_BYTES) throw new RecordEditError(`the ${incoming.kind} is ${tooLargeReason(incoming.bytes.length)}`);
  if (incoming.kind === 'page' && incoming.charset && !/^(?:utf-?8|us-ascii)$/iu.test(incoming.charset)) {
    // A page may declare another encoding; a file is always read as UTF-8.
    try {
      return new TextDecoder(incoming.charset, { fatal: true }).decode(incoming.bytes).replace(/\r\n?/gu, '\n');
    } catch {
      throw new RecordEditError(`the page's text is not valid ${incoming.charset}`);
    }
  }
  const decoded = decode(incoming.bytes);
  if (!decoded.ok) throw new RecordEditError(`the ${incoming.kind} cannot be read as text: ${decoded.reason}`);
  return decoded.text;
}

function isHtml(incoming: Incoming): boolean {
  if (incoming.kind === 'page') return incoming.contentType === 'text/html' || incoming.contentType === 'application/xhtml+xml';
  return /\.html?$/iu.test(incoming.name);
}

interface Body {
  readonly title: string | null;
  readonly date: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly paragraphs: readonly string[];
}

function bodyOf(incoming: Incoming, text: string): Body {
  const url = incoming.kind === 'page' ? incoming.url : null;
  if (isHtml(incoming)) {
    const article = extractArticle(text);
    if (!article || article.paragraphs.length === 0) {
      throw new RecordEditError(`no article text found in the ${incoming.kind === 'page' ? 'page' : 'file'} (a page of links, a login wall or a script-only page cannot be read)`);
    }
    const host = url ? new URL(url).hostname.replace(/^www\./u, '') : null;
    return {
      title: article.title,
      date: article.date,
      source: article.siteName ?? host,
      url,
      // The byline is kept as the story's first line, as a paper prints it.
      paragraphs: article.byline ? [/^by\s/iu.test(article.byline) ? article.byline : `By ${article.byline}`, ...article.paragraphs] : article.paragraphs,
    };
  }
  const header = readHeader(text);
  if (!header.ok) throw new RecordEditError(`the file's header cannot be read: ${header.reason}`);
  const h = header.header;
  let body = text.slice(h.bodyStart);
  let title = h.title;
  if (!h.titleSpan && h.bodyStart === 0) {
    // No header: the first line is the title; it moves into the header we write.
    const firstEnd = body.indexOf('\n');
    const rest = firstEnd < 0 ? '' : body.slice(firstEnd + 1);
    if (rest.trim()) body = rest;
    else title = null;
  }
  const paragraphs = body
    .split(/\n[ \t\f\v\u00a0]*\n/u)
    .map((p) => p.replace(/^\s+|\s+$/gu, ''))
    .filter(Boolean);
  return { title, date: h.date, source: h.source, url: h.url ?? url, paragraphs };
}

/**
 * Reads a file or page into the document it would become, under `id` and `file` if given (a
 * replace), else under an id made from the title (links) or the file name (files).
 * @throws RecordEditError with the reason, when it would not make a servable document.
 */
export function prepareDocument(incoming: Incoming, given: Given, options: { id?: string; file?: string; knowledgeDir: string }): Prepared {
  if (incoming.kind === 'file') {
    const ext = path.extname(incoming.name).toLowerCase();
    if (!FILE_EXTENSIONS.includes(ext)) throw new RecordEditError(`only ${FILE_EXTENSIONS.join(', ')} files can be added, not "${oneLine(incoming.name).slice(0, 60)}"`);
  }
  const text = textOf(incoming);
  const found = bodyOf(incoming, text);

  let date = found.date;
  if (given.date) {
    const checked = checkDate(given.date.trim());
    if (!checked.ok) throw new RecordEditError(`the date option: ${checked.reason}`);
    date = checked.value;
  }
  const title = oneLine(given.title ?? '') || found.title;
  if (!title) throw new RecordEditError('the document has no title: give one with the title option');
  const source = oneLine(given.source ?? '') || found.source;
  if (found.paragraphs.length === 0) throw new RecordEditError(`the ${incoming.kind} has no text below its header`);

  const lines = ['---', `title: ${headerValue(title)}`];
  if (date) lines.push(`date: ${date}`);
  if (source) lines.push(`source: ${headerValue(source)}`);
  if (found.url) lines.push(`url: ${oneLine(found.url)}`);
  lines.push('---', '');
  const full = `${lines.join('\n')}\n${found.paragraphs.join('\n\n')}\n`;
  const bytes = Buffer.from(full, 'utf8');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new RecordEditError(`the document would be ${tooLargeReason(bytes.length)}`);

  const stem = incoming.kind === 'file' ? slugOf(path.basename(incoming.name, path.extname(incoming.name))) : slugOf(title);
  const id = options.id ?? ((date && incoming.kind === 'page' ? `${date}-${stem}` : stem) || 'document');
  const ext = incoming.kind === 'file' && /\.md$/iu.test(incoming.name) ? '.md' : '.txt';
  const file = options.file ?? path.join(options.knowledgeDir, `${id}${ext}`);
  const parsed = parseDocument(bytes, { id, file });
  if (!parsed.ok) throw new RecordEditError(`it would not make a document the bot can serve: ${parsed.problem.reason}`);
  return { id, text: full, doc: parsed.doc, readAs: isHtml(incoming) ? 'article' : 'text', origin: incoming.kind === 'file' ? oneLine(incoming.name) : incoming.url };
}

/** Writes `body` to a dotfile next to `file`, flushed to disk; returns its path. */
function writeTemp(file: string, body: string): string {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, body);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

/**
 * Puts a prepared document into the record. `replacing`: the file of the document it replaces
 * (renamed over, atomically); otherwise the name must be free, and taking it is atomic too (a
 * hard link fails if another writer got there first).
 */
export function writeDocument(prepared: Prepared, replacing: string | null): string {
  const target = replacing ?? prepared.doc.file;
  const tmp = writeTemp(target, prepared.text);
  try {
    if (replacing) renameSync(tmp, target);
    else {
      try {
        linkSync(tmp, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new RecordEditError(`a file named ${path.basename(target)} is already in the record: replace it instead`);
        throw error;
      }
      unlinkSync(tmp);
    }
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or never made.
    }
    throw error;
  }
  return target;
}

/** Takes a document's file out of the record. */
export function removeDocument(doc: Pick<Doc, 'file' | 'id'>): void {
  try {
    unlinkSync(doc.file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RecordEditError(`${doc.id} is no longer in the record`);
    throw error;
  }
}
