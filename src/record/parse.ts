/**
 * One knowledge file → one `Doc`, or the reason it cannot be served. Pure: the same bytes give
 * the same document (no clock, no file system).
 *
 * The text of a document is the file decoded as UTF-8 without its byte order mark and with line
 * ends normalised to `\n` (so a CRLF file and an LF file cite the same characters); every
 * sentence is a slice of that text.
 */
import { createHash } from 'node:crypto';
import { parseDateText, readDateline } from './dateline.js';
import { readHeader } from './header.js';
import { splitSentences } from './sentences.js';
import type { Dateline, Doc, LoadProblem, Paragraph, Sentence } from './types.js';

/** Largest file served: a news article is a few kB; anything near this size is not one. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type ParseResult = { ok: true; doc: Doc } | { ok: false; problem: LoadProblem };

/** `hash`: the sha256 of `raw` when the caller has it already (else computed here). */
export function parseDocument(raw: Buffer, meta: { id: string; file: string }, hash?: string): ParseResult {
  const fail = (reason: string): ParseResult => ({ ok: false, problem: { file: meta.file, reason } });
  const checked = decode(raw);
  if (!checked.ok) return fail(checked.reason);
  const text = checked.text;

  const headerResult = readHeader(text);
  if (!headerResult.ok) return fail(headerResult.reason);
  const header = headerResult.header;

  const headline: Sentence | null = header.titleSpan
    ? {
        doc: meta.id,
        paragraph: 0,
        sentence: 1,
        text: text.slice(header.titleSpan.start, header.titleSpan.end),
        start: header.titleSpan.start,
        end: header.titleSpan.end,
      }
    : null;

  const paragraphs = readParagraphs(text, header.bodyStart, meta.id);
  if (paragraphs.length === 0) return fail('no body text after the header');

  const dateline = findDateline(text, paragraphs, header.date);
  const doc: Doc = {
    id: meta.id,
    file: meta.file,
    title: header.title,
    published: header.date,
    source: header.source ?? dateline?.source ?? null,
    url: header.url,
    dateline,
    reportDate: dateline?.date ?? header.date,
    headline,
    paragraphs,
    text,
    bytes: raw.length,
    hash: hash ?? createHash('sha256').update(raw).digest('hex'),
  };
  return { ok: true, doc };
}

/** How many paragraphs at the top may precede the story (a title line, a date line, a byline). */
const DATELINE_SEARCH_PARAGRAPHS = 3;

/**
 * The dateline opens the first paragraph of the story, which may come after a title line, a
 * byline or a date line (header-less documents keep their title as paragraph 1). Failing a
 * dateline, a paragraph that is only a date (`March 3, 2021`) gives the reporting date.
 */
function findDateline(text: string, paragraphs: readonly Paragraph[], headerDate: string | null): Dateline | null {
  let dateOnly: Dateline | null = null;
  for (const p of paragraphs.slice(0, DATELINE_SEARCH_PARAGRAPHS)) {
    const found = readDateline(text, p.start, p.end, headerDate);
    // A dateline without a date (`OSLO (Wire) -`) takes the date line above it.
    if (found) return found.date === null && dateOnly ? { ...found, date: dateOnly.date } : found;
    const whole = text.slice(p.start, p.end);
    const date = whole.length <= 40 ? parseDateText(whole.replace(/^(?:published|updated|posted)[:\s]+/iu, ''), headerDate) : undefined;
    if (date && !dateOnly) dateOnly = { text: whole, place: '', source: null, date };
    // A paragraph of story text ends the search: a dateline only ever opens the story.
    if (p.sentences.length > 1 || /[.?!…]["'”’)]?$/u.test(whole)) break;
  }
  return dateOnly;
}

/** Blank-line separated blocks of the body, numbered from 1, each split into sentences. */
function readParagraphs(text: string, from: number, id: string): Paragraph[] {
  const out: Paragraph[] = [];
  const blank = /\n[ \t\f\v\u00a0]*\n/gu;
  blank.lastIndex = from;
  let start = from;
  const blocks: Array<[number, number]> = [];
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    blocks.push([start, m.index]);
    start = m.index + m[0].length;
  }
  blocks.push([start, text.length]);
  for (const [a0, b0] of blocks) {
    let a = a0;
    let b = b0;
    while (a < b && /\s/u.test(text[a] ?? '')) a++;
    while (b > a && /\s/u.test(text[b - 1] ?? '')) b--;
    if (b <= a) continue;
    const index = out.length + 1;
    const sentences = splitSentences(text, a, b).map(
      (span, k): Sentence => ({ doc: id, paragraph: index, sentence: k + 1, text: text.slice(span.start, span.end), start: span.start, end: span.end }),
    );
    if (sentences.length === 0) continue;
    out.push({ index, start: a, end: b, sentences });
  }
  return out;
}

/** The document text of a file: checked UTF-8, without byte order mark, line ends as `\n`. */
export function decode(raw: Buffer): { ok: true; text: string } | { ok: false; reason: string } {
  if (raw.length === 0) return { ok: false, reason: 'empty file' };
  if (raw.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: tooLargeReason(raw.length) };
  if ((raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff)) {
    return { ok: false, reason: 'not valid UTF-8: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8' };
  }
  const nul = raw.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (NUL bytes, first at byte ${nul})` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(raw);
  } catch {
    return { ok: false, reason: `not valid UTF-8 at byte ${firstInvalidUtf8(raw)}` };
  }
  text = text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

export function tooLargeReason(bytes: number): string {
  // Just over the limit, megabytes would read like the limit itself: count bytes then.
  const size = megabytes(bytes);
  const shown = Number.parseFloat(size) <= MAX_DOCUMENT_BYTES / (1024 * 1024) ? `${bytes} bytes` : size;
  return `too large: ${shown} (limit ${megabytes(MAX_DOCUMENT_BYTES)})`;
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** A problem as one line for logs and start-up messages: `path: reason`. */
export function describeProblem(p: LoadProblem): string {
  return `${p.file}: ${p.reason}`;
}
