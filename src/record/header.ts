/**
 * The header of a knowledge document, in one of three forms:
 * 1. a first line ` date YYYY-MM-DD Title` (leading whitespace allowed);
 * 2. front matter: a `---` line, `key: value` lines (title, date, source, url; values may be
 *    quoted; other keys are ignored), and a closing `---` (or `...`) line;
 * 3. none: the title is the first line (a markdown `#` stripped), which stays in the body as
 *    its first paragraph, and the date is unknown.
 * Offsets are into the document text, so the title can be cited verbatim as the headline.
 */

export interface Header {
  readonly title: string | null;
  /** Where the title stands in the text (for the headline sentence); null when not citable. */
  readonly titleSpan: { start: number; end: number } | null;
  readonly date: string | null;
  readonly source: string | null;
  readonly url: string | null;
  /** Offset where the body starts (0 without a header). */
  readonly bodyStart: number;
}

export type HeaderResult = { ok: true; header: Header } | { ok: false; reason: string };

/** Longest title taken from the first line of a header-less document. */
const MAX_IMPLICIT_TITLE = 200;

const DATE_LINE = /^([ \t]*date[ \t]+)(\S+)(?:[ \t]+(.*?))?[ \t]*$/iu;

export function readHeader(text: string): HeaderResult {
  const firstEnd = lineEnd(text, 0);
  const first = text.slice(0, firstEnd);
  const dateLine = DATE_LINE.exec(first);
  // Only a digit after "date" makes a header: a body may well start with "Date night ...".
  if (dateLine && /^\d/u.test(dateLine[2] ?? '')) {
    const date = checkDate(dateLine[2] ?? '');
    if (!date.ok) return { ok: false, reason: `malformed header: ${date.reason} on line 1 (expected " date YYYY-MM-DD Title")` };
    const title = dateLine[3] ?? '';
    const start = title ? first.lastIndexOf(title) : -1;
    return {
      ok: true,
      header: {
        title: title || null,
        titleSpan: title && start >= 0 ? { start, end: start + title.length } : null,
        date: date.value,
        source: null,
        url: null,
        bodyStart: Math.min(text.length, firstEnd + 1),
      },
    };
  }
  if (/^---[ \t]*$/u.test(first)) return readFrontMatter(text, firstEnd);
  return { ok: true, header: implicitHeader(text) };
}

function implicitHeader(text: string): Header {
  const m = /^\s*([^\n]*)/u.exec(text);
  let title = (m?.[1] ?? '').trim().replace(/^#{1,6}[ \t]+/u, '').replace(/[ \t]+#+$/u, '').trim();
  if (title.length > MAX_IMPLICIT_TITLE) title = `${title.slice(0, MAX_IMPLICIT_TITLE - 1).trimEnd()}…`;
  return { title: title || null, titleSpan: null, date: null, source: null, url: null, bodyStart: 0 };
}

function readFrontMatter(text: string, firstEnd: number): HeaderResult {
  if (!/\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u.test(text.slice(firstEnd))) {
    return { ok: false, reason: 'malformed header: front matter opened with "---" on line 1 is never closed by a "---" line' };
  }
  const fields = new Map<string, { value: string; start: number; end: number }>();
  let pos = firstEnd + 1;
  let lineNo = 1;
  while (pos <= text.length) {
    if (pos >= text.length) break;
    lineNo++;
    const end = lineEnd(text, pos);
    const line = text.slice(pos, end);
    if (/^(?:---|\.\.\.)[ \t]*$/u.test(line)) return finishFrontMatter(fields, end + 1, text.length);
    if (line.trim() !== '' && !/^[ \t]*#/u.test(line)) {
      const kv = /^[ \t]*([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/u.exec(line);
      if (!kv) return { ok: false, reason: `malformed header: front matter line ${lineNo} is not "key: value": "${clip(line)}"` };
      const key = (kv[1] ?? '').toLowerCase();
      let value = kv[2] ?? '';
      let start = pos + line.lastIndexOf(value);
      const quote = value[0];
      if (value.length >= 2 && (quote === '"' || quote === "'") && value.endsWith(quote)) {
        value = value.slice(1, -1);
        start++;
      } else if (quote === '"' || quote === "'") {
        return { ok: false, reason: `malformed header: front matter line ${lineNo} opens a quote it never closes: "${clip(line)}"` };
      }
      fields.set(key, { value, start, end: start + value.length });
    }
    pos = end + 1;
  }
  return { ok: false, reason: 'malformed header: front matter opened with "---" on line 1 is never closed by a "---" line' };
}

function finishFrontMatter(fields: Map<string, { value: string; start: number; end: number }>, bodyStart: number, length: number): HeaderResult {
  const get = (k: string): string | null => {
    const v = fields.get(k)?.value.trim();
    return v ? v : null;
  };
  let date: string | null = null;
  const rawDate = get('date');
  if (rawDate !== null) {
    // A timestamp (`2021-03-04T10:00:00Z`) counts by its day.
    const checked = checkDate(/^\d{4}-\d{1,2}-\d{1,2}[T ]/u.test(rawDate) ? rawDate.slice(0, rawDate.search(/[T ]/u)) : rawDate);
    if (!checked.ok) return { ok: false, reason: `malformed header: front matter ${checked.reason}` };
    date = checked.value;
  }
  const t = fields.get('title');
  const title = get('title');
  let titleSpan: Header['titleSpan'] = null;
  if (t && title) {
    // The citable headline is the value as written, without surrounding blanks.
    const lead = t.value.length - t.value.trimStart().length;
    titleSpan = { start: t.start + lead, end: t.start + lead + title.length };
  }
  return {
    ok: true,
    header: { title, titleSpan, date, source: get('source'), url: get('url'), bodyStart: Math.min(bodyStart, length) },
  };
}

/** Accepts `YYYY-MM-DD` naming a real calendar day. */
export function checkDate(raw: string): { ok: true; value: string } | { ok: false; reason: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(raw);
  if (!m) return { ok: false, reason: `date "${clip(raw)}" is not YYYY-MM-DD` };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return { ok: false, reason: `date "${raw}" is not a calendar day` };
  return { ok: true, value: raw };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function clip(s: string): string {
  const one = s.replace(/\s+/gu, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}
