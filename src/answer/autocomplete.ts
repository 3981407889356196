import { citeOf } from '../record/citation.js';
import { sentencesOf, type Sentence } from '../record/types.js';
import type { Corpus } from './corpus.js';

/**
 * Suggestion lists for autocomplete, drawn from the record. Pure and front-end neutral: the
 * Discord layer cuts them to its own limits (25 choices, 100 characters).
 */

export const SUGGESTION_KINDS = ['events', 'quotes', 'speakers', 'topics', 'citations'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface Suggestion {
  /** What the user sees. */
  readonly label: string;
  /** What is sent back when picked: a query the command answers well (a phrase, a name, a citation). */
  readonly value: string;
}

interface Candidate extends Suggestion {
  /** Folded text that typed words are matched against. */
  readonly haystack: string;
  /** Folded words of `haystack`, for prefix matching. */
  readonly words: readonly string[];
  /** Higher first when nothing is typed (how often a speaker speaks); ties keep reading order. */
  readonly weight: number;
}

/** Case, accents and curly quotes do not matter when matching what is typed. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

const wordsOf = (folded: string): string[] => folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

function candidate(label: string, value: string, weight = 0, extra = ''): Candidate {
  const haystack = fold(`${label} ${extra}`);
  return { label, value, haystack, words: wordsOf(haystack), weight };
}

/** Candidates are computed once per corpus: a Corpus is immutable, a reload makes a new one. */
const cache = new WeakMap<Corpus, Map<SuggestionKind, readonly Candidate[]>>();

function candidatesOf(corpus: Corpus, kind: SuggestionKind): readonly Candidate[] {
  let perKind = cache.get(corpus);
  if (!perKind) {
    perKind = new Map();
    cache.set(corpus, perKind);
  }
  const known = perKind.get(kind);
  if (known) return known;
  const built = dedupe(build(corpus, kind));
  perKind.set(kind, built);
  return built;
}

function* sentences(corpus: Corpus): Generator<Sentence> {
  for (const doc of corpus.docs) yield* sentencesOf(doc);
}

function build(corpus: Corpus, kind: SuggestionKind): Candidate[] {
  const out: Candidate[] = [];
  switch (kind) {
    case 'events':
      for (const s of sentences(corpus)) {
        const dated = corpus.facts(s).times.find((t) => t.start !== null);
        if (dated) out.push(candidate(s.text, s.text));
      }
      return out;
    case 'quotes':
      for (const s of sentences(corpus)) {
        for (const st of corpus.facts(s).statements) {
          out.push(candidate(`“${st.content.trim()}” (${st.speaker.name})`, st.content.trim()));
        }
      }
      return out;
    case 'speakers': {
      const counts = new Map<string, { n: number; description: string | null }>();
      for (const s of sentences(corpus)) {
        for (const st of corpus.facts(s).statements) {
          const name = st.speaker.name.trim();
          const seen = counts.get(name);
          counts.set(name, { n: (seen?.n ?? 0) + 1, description: seen?.description ?? st.speaker.description });
        }
      }
      for (const [name, { n, description }] of counts) {
        out.push(candidate(description ? `${name} (${description})` : name, name, n));
      }
      return out;
    }
    case 'topics':
      for (const s of sentences(corpus)) {
        for (const a of corpus.facts(s).agreements) {
          out.push(candidate(`${a.action.trim()} (${a.parties.join(', ')})`, a.action.trim()));
        }
      }
      return out;
    case 'citations':
      for (const s of sentences(corpus)) {
        const cite = citeOf(s);
        out.push(candidate(`${cite} ${s.text}`, cite));
      }
      return out;
  }
}

function dedupe(list: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of list) {
    const key = fold(c.value);
    if (c.value.trim() === '' || c.label.trim() === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  // Stable: equal weights keep reading order.
  return out.map((c, i) => ({ c, i })).sort((a, b) => b.c.weight - a.c.weight || a.i - b.i).map(({ c }) => c);
}

/**
 * Up to `limit` suggestions of `kind` matching what the user typed so far. Every typed word must
 * start a word of the suggestion (so "phon tal" finds "phone talks"); suggestions that begin with
 * the typed text come first, then the rest in their natural order (speakers by how often they
 * speak, everything else in reading order). Nothing typed: the first `limit` in that order.
 */
export function suggest(corpus: Corpus, kind: SuggestionKind, typed: string, limit = 25): Suggestion[] {
  const all = candidatesOf(corpus, kind);
  const folded = fold(typed).trim();
  const terms = wordsOf(folded);
  if (terms.length === 0) return all.slice(0, limit).map(strip);
  const starts: Candidate[] = [];
  const rest: Candidate[] = [];
  for (const c of all) {
    if (!terms.every((t) => c.words.some((w) => w.startsWith(t)))) continue;
    (c.haystack.startsWith(folded) ? starts : rest).push(c);
    if (starts.length >= limit) break;
  }
  return [...starts, ...rest].slice(0, limit).map(strip);
}

const strip = (c: Candidate): Suggestion => ({ label: c.label, value: c.value });
