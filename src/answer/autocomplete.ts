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
  /**
   * The folded words of the label, each preceded by one space (" mara quill council"), so that
   * "a typed word starts a word" is one `includes(' ' + typed)`: fast enough to scan 100,000
   * citations per keystroke.
   */
  readonly haystack: string;
  /** Higher first when nothing is typed (how often a speaker speaks); ties keep reading order. */
  readonly weight: number;
}

/** Case, accents and curly quotes do not matter when matching what is typed. */
export function fold(text: string): string {
  // One pass for common non-ASCII punctuation (curly quotes become straight, ¶ § dashes and the
  // like are not part of any word), so most text stays ASCII and skips Unicode decomposition:
  // this runs once per sentence of the record when suggestions are first asked for.
  const plain = text.replace(PUNCTUATION, (c) => PUNCTUATION_MAP[c] ?? ' ');
  if (ASCII.test(plain)) return plain.toLowerCase();
  return plain.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const PUNCTUATION = /[‘’ʼ“”¶§–—…«»•·\u00a0]/g;
const PUNCTUATION_MAP: Readonly<Record<string, string>> = { '‘': "'", '’': "'", 'ʼ': "'", '“': '"', '”': '"' };
const ASCII = /^[\x00-\x7f]*$/;

function wordsOf(folded: string): string[] {
  return (ASCII.test(folded) ? folded.match(/[a-z0-9]+/g) : folded.match(/[\p{L}\p{N}]+/gu)) ?? [];
}

/** Only the start of a long label is shown (Discord cuts names to 100), so only that is matched. */
const MATCHED_LABEL_LENGTH = 100;

function candidate(label: string, value: string, weight = 0): Candidate {
  const words = wordsOf(fold(label.slice(0, MATCHED_LABEL_LENGTH)));
  return { label, value, haystack: words.length > 0 ? ` ${words.join(' ')}` : '', weight };
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
          // The speaker first: it stays visible (and matchable) when a long quote is cut.
          out.push(candidate(`${st.speaker.name}: “${st.content.trim()}”`, st.content.trim()));
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
        // The paragraph sign is not a word: matching "doc 3.1" or "doc ¶3.1" alike.
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
  const terms = wordsOf(fold(typed));
  if (terms.length === 0) return all.slice(0, limit).map(strip);
  const needles = terms.map((t) => ` ${t}`);
  const lead = ` ${terms.join(' ')}`;
  const starts: Candidate[] = [];
  const rest: Candidate[] = [];
  for (const c of all) {
    if (!needles.every((n) => c.haystack.includes(n))) continue;
    (c.haystack.startsWith(lead) ? starts : rest).push(c);
    if (starts.length >= limit) break;
  }
  return [...starts, ...rest].slice(0, limit).map(strip);
}

const strip = (c: Candidate): Suggestion => ({ label: c.label, value: c.value });

/**
 * Build every suggestion list of a corpus now (about 2 s for 100,000 sentences on a small
 * machine, milliseconds for an article), so the first keystroke after start-up does not pay it.
 */
export function warmSuggestions(corpus: Corpus): void {
  for (const kind of SUGGESTION_KINDS) candidatesOf(corpus, kind);
}
