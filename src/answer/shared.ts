import { citeOf } from '../record/citation.js';
import type { Sentence } from '../record/types.js';
import type { Highlight, SearchHit } from '../search/types.js';
import type { TimeMention } from '../understand/types.js';
import type { Corpus } from './corpus.js';
import type { Answer, Command, Excerpt, Result, WhenFact } from './types.js';

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

export function excerptOf(corpus: Corpus, s: Sentence, highlights: readonly Highlight[] = []): Excerpt {
  const doc = corpus.doc(s.doc);
  return {
    doc: s.doc,
    title: doc?.title ?? null,
    published: doc?.published ?? null,
    paragraph: s.paragraph,
    sentence: s.sentence,
    cite: citeOf(s),
    text: s.text,
    highlights: joinHighlights(s.text, highlights),
  };
}

export function suggestionsOf(corpus: Corpus, hits: readonly SearchHit[]): Result[] {
  return hits.map((h) => ({ excerpt: excerptOf(corpus, h.sentence, h.highlights), score: round(h.score) }));
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;

export function invalid(command: Command, query: string, message: string): Answer {
  return { command, query, status: 'invalid', message, results: [], suggestions: [] };
}

/** Cuts `all` to the requested page; `total` tells renderers whether there is more. */
export function paged(all: readonly Result[], paging: Paging, defaultSize = DEFAULT_PAGE_SIZE): { results: Result[]; page: NonNullable<Answer['page']> } {
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
  return { command, query, status: 'answered', message: null, results, suggestions: [], page };
}

export function notFound(command: Command, query: string, message: string, suggestions: readonly Result[]): Answer {
  return { command, query, status: 'not_found', message, results: [], suggestions };
}

export function whenOf(t: TimeMention, byContext: Excerpt | null): WhenFact {
  return { text: t.text, start: t.start, end: t.end, approximate: t.approximate, byContext };
}

/** Dated mentions only: a mention without a day range says nothing about when. */
export const dated = (times: readonly TimeMention[]): TimeMention[] => times.filter((t) => t.start !== null);

/** The dated mentions of a sentence (the extractors already leave the dateline's date out). */
export const eventTimes = (corpus: Corpus, s: Sentence): TimeMention[] => dated(corpus.facts(s).times);

/**
 * The mention closest to the matched words: in "From May 3 the parties met; they will meet
 * again in June", a question about the second meeting highlights words near "in June".
 */
export function nearestTime(times: readonly TimeMention[], highlights: readonly Highlight[]): TimeMention | undefined {
  if (times.length <= 1 || highlights.length === 0) return times[0];
  const distance = (t: TimeMention): number =>
    Math.min(...highlights.map(([a, b]) => (t.index + t.text.length <= a ? a - (t.index + t.text.length) : t.index >= b ? t.index - b : 0)));
  return [...times].sort((x, y) => distance(x) - distance(y) || x.index - y.index)[0];
}

/** The sentences of the same paragraph before `s`, nearest first. */
export function earlierInParagraph(corpus: Corpus, s: Sentence): Sentence[] {
  const doc = corpus.doc(s.doc);
  if (!doc || s.paragraph === 0) return [];
  const para = doc.paragraphs[s.paragraph - 1];
  return para ? para.sentences.filter((x) => x.sentence < s.sentence).reverse() : [];
}
