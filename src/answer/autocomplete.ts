import { citeOf } from '../record/citation.js';
import { sentencesOf, type Doc, type Sentence } from '../record/types.js';
import type { Agreement, Statement } from '../understand/types.js';
import { perCorpus, type Corpus } from './corpus.js';
import { codeOf, readLists, writeLists, type ListsCache, type Section } from './saved.js';
import { literal } from '../regex.js';

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
  /**
   * How many characters at the start of `label` stay visible however it is cut (the citation before
   * a sentence, the speaker before a quote); absent when none.
   */
  readonly lead?: number;
}

/**
 * A suggestion as kept: only what it is drawn from (a sentence, a statement, an agreement; or for
 * speakers the suggestion itself). Its label and value are made only for the few suggestions shown,
 * and the words it is matched on (its haystack, see `haystackOf`) only for the few candidates the
 * word index proposes: kept for every candidate, a citation's label (the citation and the whole
 * sentence) cost 20 MB at 100,000 sentences, and the haystacks of all lists a third of their heap.
 */
type Item = unknown;

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

/**
 * The folded words of a label, each preceded by one space (" mara quill council"): "a typed word
 * starts a word" is one `includes(' ' + typed)` on a candidate the word index proposed. (One
 * string, made when needed: an array of words per suggestion cost 80 MB at 100k.)
 */
function haystackOf(folded: string): string {
  const spaced = ASCII.test(folded) ? folded.replace(/[^a-z0-9]+/g, ' ') : folded.replace(/[^\p{L}\p{N}]+/gu, ' ');
  const from = spaced.startsWith(' ') ? 1 : 0;
  const to = spaced.endsWith(' ') ? spaced.length - 1 : spaced.length;
  return to > from ? ` ${spaced.slice(from, to)}` : '';
}

/**
 * A kind's candidates as `build` finds them, deduplicated on the way (the first of a folded
 * value is kept; an empty label or value is none), each folded once; their haystacks are kept
 * only until the word index is built.
 */
class Candidates {
  readonly items: Item[] = [];
  readonly haystacks: string[] = [];
  readonly weights: number[] = [];
  readonly #seen = new Set<string>();

  /**
   * The whole label is matched: a front end shows the part of a long label around the typed word
   * (Discord: `choiceName` in render/discord.ts), so a word late in a sentence is found and seen.
   * `foldedLabel`, when the caller has it, is `fold(label)`.
   */
  add(item: Item, { label, value }: Suggestion, weight = 0, foldedLabel?: string): void {
    if (value.trim() === '' || label.trim() === '') return;
    const folded = foldedLabel ?? fold(label);
    const key = value === label ? folded : fold(value);
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.items.push(item);
    this.haystacks.push(haystackOf(folded));
    this.weights.push(weight);
  }
}

/**
 * A kind's candidates, in their natural order, with three word indexes: every word of a candidate,
 * its first word, and its first two words. Each maps the sorted distinct words to the candidates holding them
 * (ascending), so a typed prefix is a binary search and a walk over the few candidates that can
 * match, instead of a scan of every candidate per keystroke (100,000 citations take 30 ms).
 */
interface KindIndex {
  readonly all: readonly Item[];
  readonly show: (item: Item) => Suggestion;
  /** The haystack of `all[i]`, made again from it (as `build` made it). */
  readonly haystack: (i: number) => string;
  /** `PARTS` of `all[i]` when they are plain ASCII, else null. */
  readonly plain: (i: number) => readonly string[] | null;
  readonly anyWord: WordPostings;
  readonly firstWord: WordPostings;
  /** Keyed by a candidate's first two words ("critics the"; one word alone when it has one): see `suggest`. */
  readonly firstTwo: WordPostings;
}

/**
 * The sorted distinct words, and the candidates holding word `w` (ascending) at
 * `ids[starts[w]]` up to `ids[starts[w + 1]]`: two typed arrays for all words, where an array per
 * word cost a hundred-odd bytes of bookkeeping each (tens of thousands of words per list).
 */
interface WordPostings {
  readonly words: readonly string[];
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/**
 * Which words of a haystack `postingsOf` keys a candidate by: every word, its first word, or its
 * first two words as one key ("critics the", the haystack's start up to the end of its second word).
 */
type Keys = 'any' | 'first' | 'firstTwo';

/**
 * The word postings of the candidates' haystacks (only their first word, or first two, per `keys`). One
 * pass over the haystacks numbers each distinct word and records the numbers each candidate
 * holds (once each); counting and filling two typed arrays from those numbers follows. At 100k
 * sentences a list per word built by pushing left hundreds of megabytes of garbage behind at
 * start-up, and a second pass slicing every word again cost as much as the first.
 */
function postingsOf(all: readonly string[], keys: Keys): WordPostings {
  const idOf = new Map<string, number>();
  const found: string[] = [];
  let held = new Int32Array(1024);
  let n = 0;
  const bounds = new Int32Array(all.length + 1);
  // The last candidate that held each word, so a word twice in one candidate counts once.
  let lastHolder = new Int32Array(1024).fill(-1);
  all.forEach((haystack, i) => {
    // The haystack is " word word …": each word runs from after a space to the next space.
    for (let at = 0; at < haystack.length; ) {
      let end = haystack.indexOf(' ', at + 1);
      if (keys === 'firstTwo' && end >= 0) end = haystack.indexOf(' ', end + 1);
      const word = haystack.slice(at + 1, end < 0 ? haystack.length : end);
      let id = idOf.get(word);
      if (id === undefined) {
        id = found.length;
        idOf.set(word, id);
        found.push(word);
        if (id >= lastHolder.length) {
          const grown = new Int32Array(lastHolder.length * 2).fill(-1);
          grown.set(lastHolder);
          lastHolder = grown;
        }
      }
      if (lastHolder[id] !== i) {
        lastHolder[id] = i;
        if (n === held.length) {
          const grown = new Int32Array(held.length * 2);
          grown.set(held);
          held = grown;
        }
        held[n++] = id;
      }
      if (end < 0 || keys !== 'any') break;
      at = end;
    }
    bounds[i + 1] = n;
  });
  // Words in sorted order: `rank[id]` is a word's place among them.
  const order = found.map((_, id) => id).sort((a, b) => ((found[a] as string) < (found[b] as string) ? -1 : 1));
  const words = order.map((id) => found[id] as string);
  const rank = new Int32Array(found.length);
  order.forEach((id, k) => (rank[id] = k));
  const starts = new Int32Array(words.length + 1);
  for (let k = 0; k < n; k++) {
    const r = (rank[held[k] as number] as number) + 1;
    starts[r] = (starts[r] as number) + 1;
  }
  for (let k = 0; k < words.length; k++) starts[k + 1] = (starts[k + 1] as number) + (starts[k] as number);
  // Candidates in ascending order: each word's holders come out ascending.
  const next = starts.slice(0, words.length);
  const ids = new Int32Array(n);
  for (let i = 0; i < all.length; i++) {
    for (let k = bounds[i] as number; k < (bounds[i + 1] as number); k++) {
      const r = rank[held[k] as number] as number;
      ids[(next[r] as number)] = i;
      next[r] = (next[r] as number) + 1;
    }
  }
  return { words, starts, ids };
}

/** Each kind's list of a corpus, built on first use (or by prepareCorpus). */
const listsOf = perCorpus(() => new Map<SuggestionKind, KindIndex>());

/**
 * The citations list depends on the documents alone: corpora of the same documents share it (a
 * record whose facts are still being read gets a new corpus every few seconds, fill.ts, and this
 * list is the costliest to build: a second at 100,000 sentences).
 */
const citationsOf = new WeakMap<readonly Doc[], KindIndex>();

function indexOf(corpus: Corpus, kind: SuggestionKind): KindIndex {
  const perKind = listsOf(corpus);
  // (Not a corpus whose lists are kept in DATA_DIR: that one reads or writes its own once.)
  const shared = kind === 'citations' && !corpus.lists;
  const known = perKind.get(kind) ?? (shared ? citationsOf.get(corpus.docs) : undefined);
  if (known) return known;
  const saved = corpus.lists;
  let lists = saved ? readKind(corpus, kind, saved) : null;
  if (!lists) {
    const { items: all, haystacks } = byWeight(build(corpus, kind));
    const partsOf = PARTS[kind] as (item: Item) => readonly string[] | null;
    // Which candidates' parts are plain ASCII, told once (a byte each) rather than on every keystroke.
    const isPlain = Uint8Array.from(all, (item) => (partsOf(item)?.every((part) => ASCII.test(part)) ? 1 : 0));
    lists = { all, isPlain, anyWord: postingsOf(haystacks, 'any'), firstWord: postingsOf(haystacks, 'first'), firstTwo: postingsOf(haystacks, 'firstTwo') };
    if (saved) writeKind(corpus, kind, saved, lists);
  }
  const { all, isPlain } = lists;
  const hay = HAYSTACK[kind] as (item: Item) => string;
  const partsOf = PARTS[kind] as (item: Item) => readonly string[] | null;
  const built: KindIndex = {
    all,
    show: SHOW[kind] as (item: Item) => Suggestion,
    haystack: (i) => hay(all[i]),
    plain: (i) => (isPlain[i] === 1 ? partsOf(all[i]) : null),
    anyWord: lists.anyWord,
    firstWord: lists.firstWord,
    firstTwo: lists.firstTwo,
  };
  perKind.set(kind, built);
  if (shared) citationsOf.set(corpus.docs, built);
  return built;
}

/** What a kind's list is made of, as built or as read back from DATA_DIR. */
interface KindLists {
  readonly all: readonly Item[];
  readonly isPlain: Uint8Array;
  readonly anyWord: WordPostings;
  readonly firstWord: WordPostings;
  readonly firstTwo: WordPostings;
}

/** The code the lists are built by: a change to it misses the lists kept in DATA_DIR. */
let listCode: string | null = null;
const codeOfLists = (): string => (listCode ??= codeOf([import.meta.url, new URL('../record/citation.js', import.meta.url).href.replace(/\.js$/u, extension)]));
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/**
 * A kind's list as kept in DATA_DIR: its candidates as positions (a sentence's place in the record,
 * and the statement's or agreement's place among the sentence's; the speakers' suggestions
 * themselves), which are plain ASCII, and the three word postings.
 */
function writeKind(corpus: Corpus, kind: SuggestionKind, saved: ListsCache, lists: KindLists): void {
  const { all } = lists;
  const at = new Int32Array(all.length);
  const sub = new Int32Array(all.length);
  let extra: unknown = null;
  if (kind === 'speakers') extra = all.map((item) => [(item as Suggestion).label, (item as Suggestion).value]);
  else {
    const place = new Map<unknown, [number, number]>();
    let i = 0;
    for (const s of sentences(corpus)) {
      if (kind === 'events' || kind === 'citations') place.set(s, [i, 0]);
      else (kind === 'quotes' ? corpus.facts(s).statements : corpus.facts(s).agreements).forEach((x, k) => place.set(x, [i, k]));
      i++;
    }
    for (let k = 0; k < all.length; k++) {
      const p = place.get(all[k]);
      // Not from this corpus's sentences (cannot happen): nothing is kept.
      if (!p) return;
      [at[k], sub[k]] = p;
    }
  }
  const postings = ({ words, starts, ids }: WordPostings): Section[] => [words.join('\n'), starts, ids];
  try {
    writeLists(saved, `suggest-${kind}`, codeOfLists(), [at, sub, lists.isPlain, ...postings(lists.anyWord), ...postings(lists.firstWord), ...postings(lists.firstTwo)], extra);
  } catch (error) {
    saved.onWriteError?.(error);
  }
}

/** A kind's list read back from DATA_DIR, or null when there is none for this record or it does not check out. */
function readKind(corpus: Corpus, kind: SuggestionKind, saved: ListsCache): KindLists | null {
  const read = readLists(saved, `suggest-${kind}`, codeOfLists());
  if (!read || read.sections.length !== 12) return null;
  const [at, sub, isPlain, anyWords, anyStarts, anyIds, firstWords, firstStarts, firstIds, twoWords, twoStarts, twoIds] = read.sections;
  if (!(at instanceof Int32Array && sub instanceof Int32Array && isPlain instanceof Uint8Array)) return null;
  let all: Item[];
  if (kind === 'speakers') {
    const extra = read.extra;
    if (!Array.isArray(extra) || !extra.every((x) => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && typeof x[1] === 'string')) return null;
    all = (extra as [string, string][]).map(([label, value]) => ({ label, value }));
  } else {
    const record = [...sentences(corpus)];
    all = new Array<Item>(at.length);
    if (sub.length !== at.length) return null;
    for (let k = 0; k < at.length; k++) {
      const s = record[at[k] as number];
      if (!s) return null;
      const item = kind === 'events' || kind === 'citations' ? s : (kind === 'quotes' ? corpus.facts(s).statements : corpus.facts(s).agreements)[sub[k] as number];
      if (item === undefined) return null;
      all[k] = item;
    }
  }
  if (isPlain.length !== all.length) return null;
  const anyWord = postingsFrom(anyWords, anyStarts, anyIds, all.length);
  const firstWord = postingsFrom(firstWords, firstStarts, firstIds, all.length);
  const firstTwo = postingsFrom(twoWords, twoStarts, twoIds, all.length);
  return anyWord && firstWord && firstTwo ? { all, isPlain, anyWord, firstWord, firstTwo } : null;
}

/** Word postings as read back, when they are well formed: sorted distinct words, ascending bounds, candidates in range. */
function postingsFrom(text: Section | undefined, starts: Section | undefined, ids: Section | undefined, n: number): WordPostings | null {
  if (typeof text !== 'string' || !(starts instanceof Int32Array) || !(ids instanceof Int32Array)) return null;
  const words = text === '' ? [] : text.split('\n');
  if (starts.length !== words.length + 1 || starts[0] !== 0 || starts[words.length] !== ids.length) return null;
  for (let w = 1; w < words.length; w++) if (!((words[w - 1] as string) < (words[w] as string))) return null;
  for (let w = 0; w < words.length; w++) if ((starts[w] as number) > (starts[w + 1] as number)) return null;
  for (const id of ids) if (id < 0 || id >= n) return null;
  return { words, starts, ids };
}

function* sentences(corpus: Corpus): Generator<Sentence> {
  for (const doc of corpus.docs) yield* sentencesOf(doc);
}

const sentenceText = (s: Sentence): Suggestion => ({ label: s.text, value: s.text });
// The speaker first: it stays visible (and matchable) when a long quote is cut.
const quote = (st: Statement): Suggestion => {
  const who = `${st.speaker.name}: `;
  return { label: `${who}“${st.content.trim()}”`, value: st.content.trim(), lead: who.length };
};
const topic = (a: Agreement): Suggestion => ({ label: `${a.action.trim()} (${a.parties.join(', ')})`, value: a.action.trim() });
// The paragraph sign is not a word: matching "doc 3.1" or "doc ¶3.1" alike.
const citation = (s: Sentence): Suggestion => {
  const cite = citeOf(s);
  return { label: `${cite} ${s.text}`, value: cite, lead: cite.length + 1 };
};
const SHOW: { readonly [K in SuggestionKind]: (item: never) => Suggestion } = {
  events: sentenceText,
  quotes: quote,
  speakers: (x: Suggestion) => x,
  topics: topic,
  citations: citation,
};

/** A candidate's haystack made again from it: what `build` passes `Candidates.add`, folded. */
const HAYSTACK: { readonly [K in SuggestionKind]: (item: never) => string } = {
  events: (s: Sentence) => haystackOf(fold(s.text)),
  quotes: (st: Statement) => haystackOf(fold(quote(st).label)),
  speakers: (x: Suggestion) => haystackOf(fold(x.label)),
  topics: (a: Agreement) => haystackOf(fold(topic(a).label)),
  citations: (s: Sentence) => haystackOf(citationFolded(s, citation(s))),
};

/**
 * A candidate's label as parts whose words, when every part is plain ASCII (most English text),
 * are its haystack's words: the runs of ASCII letters and digits of the parts, in order,
 * lowercased. Typed words are then checked on them in place (`beginsWith`, `startsAWord`) without
 * folding the label into a haystack. Null: no such parts (the haystack is made).
 */
const PARTS: { readonly [K in SuggestionKind]: (item: never) => readonly string[] | null } = {
  events: (s: Sentence) => [s.text],
  quotes: (st: Statement) => [st.speaker.name, st.content],
  speakers: () => null,
  topics: (a: Agreement) => [a.action, ...a.parties],
  // The citation "doc ¶3.1" folds to the document's id and the two numbers (¶ is no word).
  citations: (s: Sentence) => [s.doc, `${s.paragraph}.${s.sentence}`, s.text],
};

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Calls `visit` on each run of ASCII letters and digits of the parts, in order, until it returns true. */
function someWord(parts: readonly string[], visit: (text: string, from: number, to: number) => boolean): boolean {
  for (const text of parts) {
    let at = 0;
    while (at < text.length) {
      while (at < text.length && !isWordCode(text.charCodeAt(at))) at++;
      if (at === text.length) break;
      const from = at;
      while (at < text.length && isWordCode(text.charCodeAt(at))) at++;
      if (visit(text, from, at)) return true;
    }
  }
  return false;
}

/** Whether `text[from, to)`, lowercased, starts with `term` (or, `whole`, is it). */
function wordStarts(text: string, from: number, to: number, term: string, whole = false): boolean {
  if (to - from < term.length || (whole && to - from !== term.length)) return false;
  for (let k = 0; k < term.length; k++) {
    const c = text.charCodeAt(from + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== term.charCodeAt(k)) return false;
  }
  return true;
}

/** `haystack.startsWith(' ' + terms.join(' '))` for the haystack of plain `parts`. */
function beginsWith(parts: readonly string[], terms: readonly string[]): boolean {
  let k = 0;
  let ok = false;
  someWord(parts, (text, from, to) => {
    const last = k === terms.length - 1;
    ok = wordStarts(text, from, to, terms[k] as string, !last);
    k++;
    return !ok || last;
  });
  return ok && k === terms.length;
}

/**
 * For each typed word, a test of "it starts a word" (`haystack.includes(' ' + word)`) on a plain
 * part: the word after no ASCII letter or digit, in either case (the parts are ASCII, so `i`
 * folds nothing else).
 */
const startsAWord = (words: readonly string[]): RegExp[] =>
  words.map((w) => new RegExp(`(?<![A-Za-z0-9])${literal(w)}`, 'i'));

// fold(cite + ' ' + text) is the two folded apart: nothing folds across the space.
const citationFolded = (s: Sentence, c: Suggestion): string => `${fold(c.value)} ${fold(s.text)}`;

function build(corpus: Corpus, kind: SuggestionKind): Candidates {
  const out = new Candidates();
  switch (kind) {
    case 'events':
      for (const s of sentences(corpus)) {
        const dated = corpus.facts(s).times.find((t) => t.start !== null);
        if (dated) out.add(s, sentenceText(s));
      }
      return out;
    case 'quotes':
      for (const s of sentences(corpus)) {
        for (const st of corpus.facts(s).statements) out.add(st, quote(st));
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
        const label = description ? `${name} (${description})` : name;
        const suggestion: Suggestion = { label, value: name };
        out.add(suggestion, suggestion, n);
      }
      return out;
    }
    case 'topics':
      for (const s of sentences(corpus)) {
        for (const a of corpus.facts(s).agreements) out.add(a, topic(a));
      }
      return out;
    case 'citations':
      for (const s of sentences(corpus)) {
        const c = citation(s);
        out.add(s, c, 0, citationFolded(s, c));
      }
      return out;
  }
}

/** Higher weight first; equal weights keep reading order (all are equal but for speakers). */
function byWeight(c: Candidates): { items: Item[]; haystacks: string[] } {
  const { items, haystacks, weights } = c;
  if (weights.every((w) => w === weights[0])) return { items, haystacks };
  const order = weights.map((_, i) => i).sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
  return { items: order.map((i) => items[i]), haystacks: order.map((i) => haystacks[i] as string) };
}

/**
 * Up to `limit` suggestions of `kind` matching what the user typed so far. Every typed word must
 * start a word of the suggestion (so "phon tal" finds "phone talks"); suggestions that begin with
 * the typed text come first, then the rest in their natural order (speakers by how often they
 * speak, everything else in reading order). Nothing typed: the first `limit` in that order.
 */
export function suggest(corpus: Corpus, kind: SuggestionKind, typed: string, limit = 25): Suggestion[] {
  const index = indexOf(corpus, kind);
  const { all } = index;
  const terms = wordsOf(fold(typed));
  if (terms.length === 0) return all.slice(0, limit).map((item) => index.show(item));
  const lead = ` ${terms.join(' ')}`;
  // Every match holds a word starting with the rarest typed word: its holders are walked, the
  // other typed words checked on them.
  const ranked = terms.map((t) => ({ t, cost: costOf(index.anyWord, t) })).sort((a, b) => a.cost - b.cost);
  const rarest = ranked[0] as { t: string; cost: number };
  const others = ranked.slice(1).map(({ t }) => t);
  const needles = others.map((t) => ` ${t}`);
  // A haystack is made only for a candidate whose label is not plain ASCII (see PARTS).
  const isStart = (i: number): boolean => {
    const parts = index.plain(i);
    return parts ? beginsWith(parts, terms) : index.haystack(i).startsWith(lead);
  };
  const othersStart = startsAWord(others);
  // A long walk (typed words that seldom meet) marks the holders of the other typed words once
  // from the word index instead, and checks each candidate on those marks.
  let checked = 0;
  let held: Uint8Array[] | null = null;
  const holdsOthers = (i: number): boolean => {
    if (held === null && ++checked > LONG_WALK) held = others.map((t) => holdersOf(index.anyWord, t, all.length));
    if (held !== null) return held.every((marks) => marks[i] === 1);
    const parts = index.plain(i);
    if (parts) return othersStart.every((re) => parts.some((part) => re.test(part)));
    const haystack = index.haystack(i);
    return needles.every((n) => haystack.includes(n));
  };
  // Those that begin with the typed words come first. One typed word: the candidates whose first
  // word starts with it, every one of which begins with it. Several: found among the candidates
  // whose first two words start with the first two typed words (" critics the" begins
  // "critics the…" and nothing else), or among the holders of the rarest word if they are fewer.
  // (Before the two-word keys, the first word's holders were walked: at a million sentences the
  // thousands of labels opening with "the" or a frequent speaker's name took 40–75 ms.)
  const first = terms[0] as string;
  const single = terms.length === 1;
  const firstTwo = `${first} ${terms[1] as string}`;
  const starts = single
    ? firstMatches(index.firstWord, first, limit, () => true)
    : costOf(index.firstTwo, firstTwo) < rarest.cost
      ? firstMatches(index.firstTwo, firstTwo, limit, isStart)
      : firstMatches(index.anyWord, rarest.t, limit, isStart);
  if (starts.length >= limit) return starts.map((i) => index.show(all[i]));
  // Fewer than `limit`: `starts` are all the candidates that begin with the typed words (each holds
  // a word starting with every typed word, so both walks above pass them all).
  const begins = new Set(starts);
  const rest = firstMatches(index.anyWord, rarest.t, limit - starts.length, (i) => {
    if (begins.has(i)) return false;
    return needles.length === 0 || holdsOthers(i);
  });
  return [...starts, ...rest].map((i) => index.show(all[i]));
}

/** Candidates checked one by one before the holders of the other typed words are marked. */
const LONG_WALK = 64;

/** A mark (1) for each of `n` candidates that holds a word starting with `prefix`. */
function holdersOf(postings: WordPostings, prefix: string, n: number): Uint8Array {
  const [lo, hi] = prefixRange(postings.words, prefix);
  const marks = new Uint8Array(n);
  for (let k = postings.starts[lo] as number; k < (postings.starts[hi] as number); k++) marks[postings.ids[k] as number] = 1;
  return marks;
}

/** [lo, hi) of the sorted `words` that start with `prefix`. */
function prefixRange(words: readonly string[], prefix: string): [number, number] {
  const lowerBound = (x: string): number => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words[mid] as string) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // No character of a folded word sorts after U+FFFF (astral ones are surrogate pairs below it).
  return [lowerBound(prefix), lowerBound(`${prefix}\uffff`)];
}

/** How many candidates (with repeats) hold a word starting with `prefix`. */
function costOf(postings: WordPostings, prefix: string): number {
  const [lo, hi] = prefixRange(postings.words, prefix);
  return (postings.starts[hi] as number) - (postings.starts[lo] as number);
}

/**
 * The first `n` candidates, in natural order, that hold a word starting with `prefix` (per
 * `postings`) and that `accept` takes: the holders of the matching words are merged in ascending
 * order (a k-way merge on a heap), so a short prefix that starts thousands of words stops as soon
 * as `n` are found instead of collecting every holder first.
 */
function firstMatches(postings: WordPostings, prefix: string, n: number, accept: (i: number) => boolean): number[] {
  const [lo, hi] = prefixRange(postings.words, prefix);
  const { starts, ids } = postings;
  const out: number[] = [];
  // The heap holds one entry per word's list not yet exhausted: the word and its position in `ids`.
  const list = new Int32Array(hi - lo);
  const pos = new Int32Array(hi - lo);
  const idAt = (h: number): number => ids[pos[h] as number] as number;
  let size = 0;
  const siftDown = (from: number): void => {
    let h = from;
    for (;;) {
      const l = 2 * h + 1;
      let m = h;
      if (l < size && idAt(l) < idAt(m)) m = l;
      if (l + 1 < size && idAt(l + 1) < idAt(m)) m = l + 1;
      if (m === h) return;
      [list[h], list[m]] = [list[m] as number, list[h] as number];
      [pos[h], pos[m]] = [pos[m] as number, pos[h] as number];
      h = m;
    }
  };
  for (let w = lo; w < hi; w++) {
    if (starts[w] === starts[w + 1]) continue;
    list[size] = w;
    pos[size] = starts[w] as number;
    size++;
  }
  for (let h = (size >> 1) - 1; h >= 0; h--) siftDown(h);
  let last = -1;
  while (size > 0 && out.length < n) {
    const id = idAt(0);
    // A candidate holding several matching words comes once from each of their lists.
    if (id !== last) {
      last = id;
      if (accept(id)) out.push(id);
    }
    pos[0] = (pos[0] as number) + 1;
    if ((pos[0]) >= (starts[(list[0] as number) + 1] as number)) {
      size--;
      list[0] = list[size] as number;
      pos[0] = pos[size] as number;
    }
    siftDown(0);
  }
  return out;
}


/**
 * Build every suggestion list of a corpus now (about 2 s for 100,000 sentences on a small
 * machine, milliseconds for an article), so the first keystroke after start-up does not pay it.
 */
export function warmSuggestions(corpus: Corpus, kinds: readonly SuggestionKind[] = SUGGESTION_KINDS): void {
  for (const kind of kinds) indexOf(corpus, kind);
}
