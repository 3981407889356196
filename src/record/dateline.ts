/**
 * News datelines at the start of the first body paragraph, read as metadata only (the sentence
 * text keeps them verbatim):
 *   `OSLO (Agency News / Wire - 3rd March, 2021) Text`
 *   `WASHINGTON, Oct. 5 (Reuters) - Text`      `LONDON (AP) — Text`
 *   `KYIV, Ukraine — Text`                      `NEW YORK, March 3, 2021 /PRNewswire/ -- Text`
 *   `Nairobi, Oct. 9 (Kenwire) -- Text`         `(CNN) — Text` (no place: `place` is "")
 * A place in capitals needs a source in brackets or a dash after it; a place in title case needs
 * a source in brackets, so that an ordinary opening ("NATO said ...", "Paris is ...") is no
 * dateline.
 */
import { daysInMonth } from './header.js';
import type { Dateline } from './types.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6,
  june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY_MONTH = new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?(?:\\s+(\\d{4}))?$`, 'iu');
const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?(?:\\s+(\\d{4}))?$`, 'iu');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Words in capitals (`NEW YORK`, `ST. LOUIS`, `RIO DE JANEIRO`, `PORT-AU-PRINCE`). */
const CAPS_PLACE = /^\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ \t]+(?:[\p{Lu}\p{M}.'’-]+|de|da|do|del|la|le|al|el|of))*/u;
/** Words in title case (`Nairobi`, `Buenos Aires`, `St. Louis`). */
const TITLE_PLACE = /^\p{Lu}[\p{Ll}\p{M}.'’-]+(?:[ \t]+(?:\p{Lu}[\p{Ll}\p{M}.'’-]+|de|da|do|del|la|le|al|el|of))*/u;
const DASH = /^[ \t]*(?:--|[-–—:])[ \t]+/u;
/** Capitalised labels that open a story but name no place. */
const NOT_PLACES = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'WATCH', 'LIVE', 'NOTE', 'CORRECTION', 'FILE', 'PHOTO', 'VIDEO', 'FACT CHECK', 'REVIEW', 'COMMENT']);
/** Longest stretch of the paragraph start looked at. */
const WINDOW = 220;

/**
 * Recognises a dateline at `text[from..]`. `year` (from the header date) completes a date
 * written without one; without it such a date stays null.
 */
export function readDateline(text: string, from: number, to: number, headerDate: string | null): Dateline | null {
  return scanDateline(text, from, to, headerDate)?.dateline ?? null;
}

/**
 * Where the story opens after a dateline that starts `text` ("HALDEN, May 4 (Wire) — Brisco
 * Arenas said …" → the offset of "Brisco"; "DUNMORE, June 2, 2026 — …"), dash and spaces
 * included; 0 when no dateline opens it. The readers of speakers and agreements read the
 * sentence from there, as the dates reader leaves the dateline out.
 */
export function datelineEnd(text: string): number {
  return scanDateline(text, 0, text.length, null)?.end ?? 0;
}

function scanDateline(text: string, from: number, to: number, headerDate: string | null): { dateline: Dateline; end: number } | null {
  const head = text.slice(from, Math.min(to, from + WINDOW));
  let pos = 0;
  let place = '';
  let caps = false;
  const cp = CAPS_PLACE.exec(head);
  const tp = TITLE_PLACE.exec(head);
  if (cp && /\p{Lu}.*\p{Lu}/u.test(cp[0])) {
    // A capitalised first word of a sentence ("A", "I") is not a place in capitals.
    place = cp[0].replace(/[ \t]+\S*$/u, (w) => (/\p{Lu}{2}|\p{Lu}\./u.test(w) ? w : ''));
    caps = true;
  } else if (tp) {
    place = tp[0];
  } else if (!head.startsWith('(')) {
    return null;
  }
  pos = place.length;
  let date: string | null = null;
  let region: string | null = null;
  // Up to two comma parts: a region (`Ukraine`, `Calif.`) and/or a date (`Oct. 5`).
  for (let k = 0; k < 2 && place; k++) {
    const part = /^,[ \t]*([^,()\n/—–]{1,40}?)(?=[ \t]*(?:,|\(|\/|--|[-–—:][ \t]|$))/u.exec(head.slice(pos));
    if (!part) break;
    const value = (part[1] ?? '').trim();
    const d = parseDateText(value, headerDate);
    if (d !== undefined) date = d;
    else if (region === null && /^\p{Lu}/u.test(value) && value.split(/\s+/u).length <= 4) region = value;
    else break;
    pos += part[0].length;
    // A date spelled `March 3, 2021`: the year comes as a second comma part.
    const year = /^,[ \t]*(\d{4})\b/u.exec(head.slice(pos));
    if (d !== undefined && year) {
      const full = parseDateText(`${value} ${year[1] ?? ''}`, headerDate);
      if (full !== undefined) {
        date = full;
        pos += year[0].length;
      }
    }
  }
  let source: string | null = null;
  let marked = false;
  let datedBracket = false;
  const paren = /^[ \t]*\(([^()\n]{1,100})\)/u.exec(head.slice(pos)) ?? /^[ \t]*\/([^/\n]{1,60})\//u.exec(head.slice(pos));
  if (paren) {
    const inner = readBracket(paren[1] ?? '', headerDate);
    if (inner) {
      source = inner.source;
      date = inner.date ?? date;
      pos += paren[0].length;
      marked = true;
      datedBracket = inner.dated;
    }
  }
  const dash = DASH.exec(head.slice(pos));
  const end = pos;
  if (dash) pos += dash[0].length;
  if (!place && !marked) return null;
  if (NOT_PLACES.has(place.toUpperCase())) return null;
  // Without a dash, only a bracket that carries a date makes a dateline (`OSLO (Wire - 3rd
  // March, 2021) Text`); "NATO (the alliance) said" is a sentence.
  if (!dash && !(datedBracket && caps)) return null;
  if (!caps && place && !marked) return null;
  // Text must follow: a dateline introduces a story.
  if (!/^[ \t]*["“‘'(\p{L}\p{N}]/u.test(head.slice(pos))) return null;
  const placeFull = region ? `${place}, ${region}` : place;
  const lead = /^[ \t]*/u.exec(head.slice(pos))![0].length;
  return { dateline: { text: head.slice(0, end).trim(), place: placeFull.trim(), source, date }, end: pos + lead };
}

/** `(Reuters)`, `(AP)`, `(Agency News / Wire - 3rd March, 2021)`, `/PRNewswire/`. */
function readBracket(inner: string, headerDate: string | null): { source: string | null; date: string | null; dated: boolean } | null {
  const parts = inner.split(/[ \t]+[-–—][ \t]+|[ \t]*[-–—]{2}[ \t]*/u).map((p) => p.trim()).filter(Boolean);
  let date: string | null = null;
  let dated = false;
  const sourceParts: string[] = [];
  for (const p of parts) {
    const d = parseDateText(p, headerDate);
    if (d !== undefined) {
      date = d;
      dated = true;
    } else sourceParts.push(p);
  }
  const source = sourceParts.join(' - ') || null;
  // A source is a name: capitalised words (or one short lowercase agency name such as "dpa").
  if (source && !/^(?:\p{Lu}[\p{L}\p{N}.&'’-]*|[\p{Ll}]{2,5})(?:[ \t]+(?:[/&+,]|\p{Lu}[\p{L}\p{N}.&'’-]*|of|de|and|the|news))*$/u.test(source)) return null;
  if (!source && !dated) return null;
  return { source, date, dated };
}

/**
 * A date as datelines write it; `undefined` when the text is not a date, `null` when it is one
 * that cannot be placed (no year and no header date).
 */
export function parseDateText(raw: string, headerDate: string | null): string | null | undefined {
  const s = raw.trim().replace(/\s+/gu, ' ');
  const iso = ISO.exec(s);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  let m = DAY_MONTH.exec(s);
  let dayN: number;
  let month: number;
  let year: number | null;
  if (m) {
    dayN = Number(m[1]);
    month = MONTHS[(m[2] ?? '').toLowerCase().replace(/\.$/u, '')] ?? 0;
    year = m[3] ? Number(m[3]) : null;
  } else {
    m = MONTH_DAY.exec(s);
    if (!m) return undefined;
    month = MONTHS[(m[1] ?? '').toLowerCase().replace(/\.$/u, '')] ?? 0;
    dayN = Number(m[2]);
    year = m[3] ? Number(m[3]) : null;
  }
  if (!month) return undefined;
  if (year === null) {
    if (!headerDate) return null;
    const hy = Number(headerDate.slice(0, 4));
    const hm = Number(headerDate.slice(5, 7));
    // Reported before publication: a December dateline on a January article is last year's.
    year = month > hm + 2 ? hy - 1 : hy;
  }
  return day(year, month, dayN) ?? undefined;
}

function day(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
