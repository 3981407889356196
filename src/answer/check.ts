import { splitSentences } from '../record/sentences.js';
import type { Sentence } from '../record/types.js';
import { SUGGESTION_LIMIT } from '../search/options.js';
import type { Highlight, SearchHit } from '../search/types.js';
import { tag, type TaggedToken, type Upos } from '../understand/nlp.js';
import type { Corpus } from './corpus.js';
import { MAX_RESULTS } from './search.js';
import { answered, eventTimes, excerptOf, invalid, joinHighlights, notFound, round, whenOf, type Paging } from './shared.js';
import type { Answer, Result } from './types.js';
import { MAX_QUERY_LENGTH } from './validate.js';
import { whoSaidAnswer } from './whoSaid.js';

/**
 * "Check in the record": a message someone posted, read as a claim, against the record. What
 * comes back is the record's own sentences that bear on it, best first, each cited; the check
 * never says "true" or "false" (the reader compares the claim with the record's words).
 *
 * - Links, mentions, custom emoji and markdown are not part of the claim ("see https://…",
 *   "<@123> is wrong"); a message with nothing else (a link, an image) gets a clear refusal.
 * - Words in quotation marks are matched as a quote first: who said them, when the record knows.
 * - A long message (more than three sentences, or more than a query's 300 characters) is checked
 *   by its most specific sentences (names, numbers, dates, nouns), and the answer says so.
 */

/** Discord's longest message (with Nitro); anything longer did not come from a message. */
export const CLAIM_MAX_LENGTH = 4_000;
/** Sentences of a claim checked at most: a long message is mostly context around a few claims. */
export const CLAIM_MAX_SENTENCES = 3;
/** Quotes of a message matched at most, and statements kept per quote. */
const MAX_QUOTES = 3;
const PER_QUOTE = 2;
/** Results of a check: the sentences that bear on it most, not every sentence sharing a word. */
export const CHECK_MAX_RESULTS = 10;

export const NOTHING_TO_CHECK =
  'That message has no words to check: only links, images, mentions or emoji. Use Check in the record on a message that states something in words.';
export const NOT_BORNE = 'Nothing in the record bears on this message.';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const FORMAT = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
const LINK = /(?:https?:\/\/|www\.)\S+|<https?:\/\/[^>\s]+>/giu;
// Mentions, channels, roles, custom emoji, timestamps, slash-command mentions, mass pings.
const DISCORD_TOKEN = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::[a-zA-Z])?|\/[^:>]+:\d+)>|@(?:everyone|here)\b/giu;
// Line-start markdown (headings, subtext, block quotes, list bullets) and inline markers.
const LINE_MARKUP = /^[ \t]*(?:#{1,3}[ \t]+|-#[ \t]+|>>>[ \t]*|>[ \t]*|[-*+][ \t]+)/gmu;
const INLINE_MARKUP = /\*\*|__|~~|\|\||```\w*|`|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu;
const QUOTED = /[“"«]([^“”"«»\n]{3,400}?)[”"»]/gu;

/** The claim a message makes, as plain text with its line breaks (empty when it has no words). */
export function claimText(raw: string): string {
  const text = raw
    .slice(0, CLAIM_MAX_LENGTH)
    .normalize('NFC')
    .replace(FORMAT, '')
    .replace(CONTROL, ' ')
    .replace(LINK, ' ')
    .replace(DISCORD_TOKEN, ' ')
    .replace(LINE_MARKUP, '')
    .replace(INLINE_MARKUP, '');
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/u).map((l) => l.replace(/[ \t\u00a0]+/gu, ' ').trim());
  const kept = lines.filter((l) => /[\p{L}\p{N}]/u.test(l));
  return kept.join('\n');
}

/** Words in quotation marks, three words or more (a single quoted word is a term, not a quote). */
export function quotesOf(claim: string): string[] {
  const out: string[] = [];
  for (const m of claim.matchAll(QUOTED)) {
    const q = (m[1] ?? '').trim();
    if (q.split(/\s+/u).length >= 3 && !out.includes(q)) out.push(q);
  }
  return out.slice(0, MAX_QUOTES);
}

/**
 * The sentences of a claim, each line a paragraph. Chat is often written in lower case ("ok so.
 * nobody knew."), which the record's splitter (made for news copy) reads as one sentence: a
 * sentence end followed by a space also ends a claim's sentence.
 */
export function claimSentences(claim: string): string[] {
  const out: string[] = [];
  for (const line of claim.split('\n')) {
    for (const span of splitSentences(line)) {
      for (const part of line.slice(span.start, span.end).split(/(?<=[.!?…])\s+/u)) {
        const s = part.trim();
        if (/[\p{L}\p{N}]/u.test(s)) out.push(s);
      }
    }
  }
  return out;
}

/** Parts of speech that carry what a claim is about; the rest (pronouns, auxiliaries, particles) never does. */
const CONTENT_POS: ReadonlySet<Upos> = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADJ', 'ADV']);

/**
 * How much a sentence of a claim pins down: names, numbers and dates count most, other nouns
 * half ("The council voted 7 to 2 on Tuesday" over "I can't believe this is happening").
 */
export function specificity(tokens: readonly TaggedToken[], entities: number): number {
  const seen = new Set<string>();
  let score = 0;
  for (const t of tokens) {
    if (seen.has(t.lemma)) continue;
    if (t.pos === 'PROPN' || t.pos === 'NUM') score += 1;
    else if (t.pos === 'NOUN') score += 0.5;
    else continue;
    seen.add(t.lemma);
  }
  return score + entities;
}

interface ClaimSentence {
  readonly text: string;
  readonly tokens: readonly TaggedToken[];
  readonly specificity: number;
}

/** The sentences of a claim to check (tagged), and whether some were left out. */
export function claimParts(claim: string): { sentences: ClaimSentence[]; shortened: boolean } {
  const all = claimSentences(claim).map((text) => {
    const { tokens, entities } = tag(text);
    return { text, tokens, specificity: specificity(tokens, entities.length) };
  });
  const long = all.length > CLAIM_MAX_SENTENCES || claim.length > MAX_QUERY_LENGTH;
  if (!long) return { sentences: all, shortened: false };
  const kept = all
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.specificity - a.s.specificity || a.i - b.i)
    .slice(0, CLAIM_MAX_SENTENCES)
    .sort((a, b) => a.i - b.i)
    .map(({ s }) => s);
  return { sentences: kept, shortened: true };
}

/**
 * The queries a claim's sentence is searched with: its content words that the record holds, the
 * whole sentence and, when it joins several clauses ("Smit said the ports agreed to share data;
 * the union warned of strikes"), each clause on its own, since no one sentence of the record
 * need hold them all. A claim is worded by someone else ("I heard the council brought back the
 * night ferry"): its own words the record never uses ("heard", "brought") would otherwise count
 * as missing content and keep the record's sentence about the council and the night ferry below
 * the relevance bar. Each word is looked up with the search's own matching, as the word or a form
 * of it (a near spelling is not enough: "moon" is not "mooring"). A clause of which the record
 * holds too little (fewer than two content words, unless that is at least half of them) gives no query.
 */
export function recordQueries(corpus: Corpus, tokens: readonly TaggedToken[]): string[] {
  const holds = new Map<string, boolean>();
  const held = (word: string): boolean => {
    let known = holds.get(word);
    if (known === undefined) {
      const best = corpus.index.search(word, { limit: 1 }).hits[0];
      known = best !== undefined && best.score >= EXACT_WORD;
      holds.set(word, known);
    }
    return known;
  };
  const clauses: TaggedToken[][] = [[]];
  for (const t of tokens) {
    if (CLAUSE_BREAK.has(t.pos) || (t.pos === 'PUNCT' && /^[,;:—–()]$/u.test(t.text))) clauses.push([]);
    else (clauses[clauses.length - 1] as TaggedToken[]).push(t);
  }
  const queryOf = (part: readonly TaggedToken[]): string => {
    const content = [...new Set(part.filter((t) => CONTENT_POS.has(t.pos) && /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.text))];
    const kept = content.filter(held);
    if (kept.length < 2 && kept.length * 2 < content.length) return '';
    return kept.join(' ').slice(0, MAX_QUERY_LENGTH);
  };
  const queries = [queryOf(tokens), ...(clauses.length > 1 ? clauses.map(queryOf) : [])];
  return [...new Set(queries.filter((q) => q !== ''))];
}

/** Tokens that join clauses: the record may hold each clause in a different sentence. */
const CLAUSE_BREAK: ReadonlySet<Upos> = new Set(['CCONJ', 'SCONJ']);

/** A one-word search scores 1 for the word or a form of it, less per typo. */
const EXACT_WORD = 0.999;

const keyOf = (s: Sentence): string => `${s.doc}\u0000${s.paragraph}\u0000${s.sentence}`;

interface Found {
  sentence: Sentence;
  score: number;
  highlights: Highlight[];
}

/** Hits of several searches as one list: a sentence found twice keeps its best score and every matched word. */
function merge(into: Map<string, Found>, hits: readonly SearchHit[]): void {
  for (const h of hits) {
    const key = keyOf(h.sentence);
    const known = into.get(key);
    if (!known) into.set(key, { sentence: h.sentence, score: h.score, highlights: [...h.highlights] });
    else {
      known.score = Math.max(known.score, h.score);
      known.highlights.push(...h.highlights);
    }
  }
}

/**
 * The date a sentence gives, when it gives one and only one: part of what the reader compares
 * with the claim. With several, which one the claim is about is a guess, so none is shown.
 */
function withDate(corpus: Corpus, r: Result, s: Sentence): Result {
  const times = eventTimes(corpus, s);
  return times.length === 1 && times[0] && !r.when ? { ...r, when: whenOf(times[0], null) } : r;
}

/** `check <message text>`: the record's sentences that bear on a claim, best first. */
export function checkAnswer(corpus: Corpus, raw: string, paging: Paging = {}): Answer {
  const claim = claimText(raw);
  if (!claim) return invalid('check', '', NOTHING_TO_CHECK);
  const { sentences, shortened } = claimParts(claim);
  const note = shortened
    ? `A long message: checked its ${sentences.length} most specific sentence${sentences.length === 1 ? '' : 's'} (names, numbers, dates).`
    : undefined;

  // Quotes first: a quoted sentence found in the record is the strongest thing it can say.
  const quoted: Result[] = [];
  const quotedKeys = new Set<string>();
  for (const q of quotesOf(claim)) {
    const said = whoSaidAnswer(corpus, q.length <= MAX_QUERY_LENGTH ? q : q.slice(0, MAX_QUERY_LENGTH), { page: 0, pageSize: PER_QUOTE });
    for (const r of said.status === 'answered' ? said.results : []) {
      const key = `${r.excerpt.doc}\u0000${r.excerpt.paragraph}\u0000${r.excerpt.sentence}`;
      if (quotedKeys.has(key)) continue;
      quotedKeys.add(key);
      quoted.push(r);
    }
  }

  const found = new Map<string, Found>();
  const near = new Map<string, Found>();
  const perSentence = sentences.map((sentence) => ({ sentence, queries: recordQueries(corpus, sentence.tokens) }));
  // A one-word query ("Long day." → "day") answers only when no part of the claim gives more: a
  // lone word scores in full on any sentence holding it and would outrank the claim's real point.
  const wordsIn = (q: string): number => q.split(' ').length;
  const hasPhrase = perSentence.some(({ queries }) => queries.some((q) => wordsIn(q) >= 2));
  for (const { sentence, queries: all } of perSentence) {
    const queries = hasPhrase ? all.filter((q) => wordsIn(q) >= 2) : all;
    // Nothing the record holds: only its nearest sentences to the words as written, as suggestions.
    if (all.length === 0) merge(near, corpus.index.search(sentence.text.slice(0, MAX_QUERY_LENGTH), { limit: SUGGESTION_LIMIT }).suggestions);
    for (const query of queries) {
      const outcome = corpus.index.search(query, { limit: MAX_RESULTS });
      merge(found, outcome.hits);
      merge(near, outcome.suggestions);
    }
  }
  const rest = [...found.entries()]
    .filter(([key]) => !quotedKeys.has(key))
    .map(([, f]) => f)
    .sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start)
    .map((f) => withDate(corpus, { excerpt: excerptOf(corpus, f.sentence, joinHighlights(f.sentence.text, f.highlights)), score: round(f.score) }, f.sentence));
  const all = [...quoted, ...rest].slice(0, CHECK_MAX_RESULTS);
  if (all.length === 0) {
    const suggestions = [...near.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, SUGGESTION_LIMIT)
      .map((f) => ({ excerpt: excerptOf(corpus, f.sentence, f.highlights), score: round(f.score) }));
    return { ...notFound('check', claim, NOT_BORNE, suggestions), ...(note ? { note } : {}) };
  }
  return { ...answered('check', claim, all, paging), ...(note ? { note } : {}) };
}
