import { citeOf } from '../record/citation.js';
import type { Sentence } from '../record/types.js';
import { SUGGESTION_LIMIT } from '../search/options.js';
import type { Highlight, SearchHit, SearchOutcome } from '../search/types.js';
import type { TimeMention } from '../understand/types.js';
import type { Corpus } from './corpus.js';
import type { Answer, Command, Excerpt, Result, WhenFact } from './types.js';
import { lazyProperty } from '../lazy.js';

/** Results per page when a caller pages (Discord); the contract and console show one page of this many. */
export const DEFAULT_PAGE_SIZE = 10;

export interface Paging {
  readonly page?: number;
  readonly pageSize?: number;
}

/**
 * Highlight ranges sorted, and joined where only spaces separate them, so that a matched phrase
 * is marked as one run ("**Harbor Authority**", not "**Harbor** **Authority**").
 */
export function joinHighlights(text: string, highlights: readonly Highlight[]): Highlight[] {
  const out: [number, number][] = [];
  for (const [a, b] of [...highlights].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
    const last = out[out.length - 1];
    if (last && (a <= last[1] || /^[ \t]+$/u.test(text.slice(last[1], a)))) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function excerptOf(corpus: Corpus, s: Sentence, highlights: readonly Highlight[] | (() => readonly Highlight[]) = []): Excerpt {
  const doc = corpus.doc(s.doc);
  const excerpt = {
    doc: s.doc,
    title: doc?.title ?? null,
    published: doc?.published ?? null,
    url: doc?.url ?? null,
    paragraph: s.paragraph,
    sentence: s.sentence,
    cite: citeOf(s),
    text: s.text,
  };
  // A hit's highlights are worked out when read (see `lazyProperty`): only a shown result's are.
  return lazyProperty(excerpt, 'highlights', () => joinHighlights(s.text, typeof highlights === 'function' ? highlights() : highlights));
}

/** A search hit's excerpt; its highlights are read from the hit only if the excerpt's are. */
export function excerptOfHit(corpus: Corpus, hit: Pick<SearchHit, 'sentence' | 'highlights'>): Excerpt {
  return excerptOf(corpus, hit.sentence, () => hit.highlights);
}

export function suggestionsOf(corpus: Corpus, hits: readonly SearchHit[]): Result[] {
  return hits.map((h) => ({ excerpt: excerptOfHit(corpus, h), score: round(h.score) }));
}

/**
 * The nearest sentences when a search limited to some sentences (statements, agreements) found
 * nothing: its own near misses, else what the whole record holds on those words — its best
 * sentences even when they answer a plain search, offered as suggestions, never as answers.
 */
export function nearestTo(corpus: Corpus, limited: SearchOutcome, query: string): Result[] {
  if (limited.suggestions.length > 0) return suggestionsOf(corpus, limited.suggestions);
  const all = corpus.index.search(query, { limit: SUGGESTION_LIMIT });
  return suggestionsOf(corpus, all.hits.length > 0 ? all.hits : all.suggestions);
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;

export function invalid(command: Command, query: string, message: string): Answer {
  return { command, query, status: 'invalid', message, results: [], suggestions: [] };
}

/**
 * One page of a list. Callers page their cheap entries before turning them into results, so
 * paging through 5,000 agreements builds five results, not 5,000.
 */
export function paged<T>(all: readonly T[], paging: Paging, defaultSize = DEFAULT_PAGE_SIZE): { results: T[]; page: NonNullable<Answer['page']> } {
  const requested = Math.max(1, paging.pageSize ?? defaultSize);
  const size = Number.isFinite(requested) ? requested : Math.max(1, all.length);
  const index = Math.max(0, paging.page ?? 0);
  return { results: all.slice(index * size, index * size + size), page: { index, size, total: all.length } };
}

/**
 * An answer with one page of `all`. Lists that are complete by nature (every agreement, the
 * timeline) pass `defaultSize = Infinity` so that a caller that does not page sees them whole.
 */
export function answered(command: Command, query: string, all: readonly Result[], paging: Paging, defaultSize = DEFAULT_PAGE_SIZE): Answer {
  const { results, page } = paged(all, paging, defaultSize);
  return answeredPage(command, query, results, page);
}

/** An answer from a page its caller cut before building the results (see `paged`). */
export function answeredPage(command: Command, query: string, results: readonly Result[], page: NonNullable<Answer['page']>): Answer {
  return { command, query, status: 'answered', message: null, results, suggestions: [], page };
}

export function notFound(command: Command, query: string, message: string, suggestions: readonly Result[]): Answer {
  return { command, query, status: 'not_found', message, results: [], suggestions };
}

export function whenOf(t: TimeMention, byContext: Excerpt | null): WhenFact {
  return { text: t.text, start: t.start, end: t.end, approximate: t.approximate, byContext };
}

/**
 * The dated mentions of a sentence: a mention without a day range says nothing about when (the
 * extractors already leave the dateline's date out).
 */
export const eventTimes = (corpus: Corpus, s: Sentence): TimeMention[] => corpus.facts(s).times.filter((t) => t.start !== null);

/** Which way a "when" question looks: "when will …" asks about what lies ahead, "when did …" behind. */
export type Direction = 'past' | 'future' | null;

export function directionOf(question: string): Direction {
  if (/^\s*(?:when|on what (?:date|day)|what (?:date|day|time|year|month))\s+(?:did|was|were|had|has|have)\b|\bhow long ago\b/iu.test(question)) return 'past';
  if (/^\s*(?:when|on what (?:date|day)|what (?:date|day|time|year|month))\s+(?:will|shall|is|are|does|do|would|could|can|might|may)\b|\b(?:going to|expected|scheduled|due|planned|set to)\b/iu.test(question)) return 'future';
  return null;
}

/** Words that end a clause: a date on the far side of one belongs to another event. */
const CLAUSE_BREAK = /[,;:—–()]|\b(?:and|but|while|whereas|after|before|although|though)\b/u;

export interface TimeChoice {
  /** The question's direction and the reporting date it is measured from. */
  readonly direction?: Direction;
  readonly reportDate?: string | null;
  /** The sentence, to see what lies between a mention and the matched words. */
  readonly text?: string;
}

/**
 * Whether a mention lies on the side of the reporting date a question looks to: "when will …"
 * wants one not yet over, "when did …" one already begun. Without a direction, a reporting date or
 * a day range, any mention is.
 */
export function onSide(t: Pick<TimeMention, 'start' | 'end'>, direction: Direction, reportDate: string | null): boolean {
  if (!direction || !reportDate || t.start === null || t.end === null) return true;
  return direction === 'future' ? t.end >= reportDate : t.start <= reportDate;
}

/**
 * The mention that dates the matched words. In order: one on the side of the reporting date
 * the question looks to ("when will …" → not yet over); one that is not itself part of the
 * matched words ("the 2026 edition will run from Aug. 26 to Sept. 5" dates the run, not the
 * edition's name); one in the same clause as the nearest matched word ("briefs due on Dec. 2
 * and arguments set for Jan. 15": arguments → Jan. 15); then the closest.
 */
export function nearestTime(times: readonly TimeMention[], highlights: readonly Highlight[], choice: TimeChoice = {}): TimeMention | undefined {
  if (times.length <= 1) return times[0];
  const { direction = null, reportDate = null, text } = choice;
  const gap = (t: TimeMention, [a, b]: readonly [number, number]): [number, number] =>
    t.index + t.text.length <= a ? [t.index + t.text.length, a] : t.index >= b ? [b, t.index] : [t.index, t.index];
  const distance = (t: TimeMention): number => Math.min(Infinity, ...highlights.map((h) => { const [x, y] = gap(t, h); return y - x; }));
  const overlaps = (t: TimeMention): number => (highlights.some(([a, b]) => t.index < b && a < t.index + t.text.length) ? 1 : 0);
  const separated = (t: TimeMention): number => {
    if (!text || highlights.length === 0) return 0;
    // Ignoring matched words inside the mention itself, is the nearest other one across a clause break?
    const others = highlights.filter(([a, b]) => !(t.index < b && a < t.index + t.text.length));
    if (others.length === 0) return 0;
    const nearest = [...others].sort((h1, h2) => { const g1 = gap(t, h1); const g2 = gap(t, h2); return g1[1] - g1[0] - (g2[1] - g2[0]); })[0]!;
    const [x, y] = gap(t, nearest);
    return CLAUSE_BREAK.test(text.slice(x, y)) ? 1 : 0;
  };
  const wrongSide = (t: TimeMention): number => (onSide(t, direction, reportDate) ? 0 : 1);
  const key = (t: TimeMention): number[] => [wrongSide(t), overlaps(t), separated(t), distance(t), t.index];
  return [...times].sort((x, y) => {
    const kx = key(x);
    const ky = key(y);
    for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i]) return kx[i]! - ky[i]!;
    return 0;
  })[0];
}

/** The sentences of the same paragraph before `s`, nearest first. */
export function earlierInParagraph(corpus: Corpus, s: Sentence): Sentence[] {
  const doc = corpus.doc(s.doc);
  if (!doc || s.paragraph === 0) return [];
  const para = doc.paragraphs[s.paragraph - 1];
  return para ? para.sentences.filter((x) => x.sentence < s.sentence).reverse() : [];
}
