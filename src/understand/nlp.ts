/**
 * Part-of-speech tags, lemmas and entity spans for one sentence, from wink-nlp with its English
 * lite web model (MIT, offline, about 500,000 tokens a second on one core). Both fact extractors
 * (statements, agreements) and the question reader take their tags from here, so the project
 * carries one tagger, loaded once per process on first use: the model (about 25 MB, and 50 MB
 * more once a tagger is built from it) is required then, not when this module is imported, so a
 * restart that reads every fact from the cache does not load it before a question needs it.
 *
 * Every token carries its character offsets in the text it was read from, so callers can cut
 * verbatim spans: `text.slice(token.start, token.end)` is the token as written.
 *
 * One correction is made here for every reader: a capitalised name word the model reads as a
 * common word ("the Corbin Falls Comets", "the Stamp Press") is a proper noun (`namesInCapitals`).
 */
import { createRequire } from 'node:module';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { MONTH_FULL, WEEKDAY } from './time/lexicon.js';
import type Model from 'wink-eng-lite-web-model';

let model: typeof Model | null = null;
/** The model, required on first use (a CommonJS package, so it loads synchronously). */
const theModel = (): typeof Model => (model ??= createRequire(import.meta.url)('wink-eng-lite-web-model') as typeof Model);

/**
 * Requires the tagger's model now rather than at the first `tag`: a step of its own in a thread's
 * warm-up (warm.ts), as the require alone holds the thread for about a tenth of a second.
 */
export function loadTaggerModel(): void {
  theModel();
}

/** Universal Dependencies part-of-speech tags, as the model assigns them. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedToken {
  /** The token as written (a slice of the text). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: Upos;
  /** Lower-case lemma ("said" → "say", "talks" → "talk"). */
  readonly lemma: string;
}

/** An entity the model recognises (dates, numbers, money, percentages …), as a token range. */
export interface TaggedEntity {
  readonly type: string;
  /** First and last token index, inclusive. */
  readonly first: number;
  readonly last: number;
}

export interface Tagged {
  readonly tokens: readonly TaggedToken[];
  readonly entities: readonly TaggedEntity[];
}

/** A wink collection (tokens, entities): `out(helper)` reads one property of each item. */
interface Outable {
  out(helper: unknown): unknown[];
}

let loaded: Pipeline | null = null;
/** Whether this thread's tagger finds entities (see `tagWithoutEntities`). */
let entityPass = true;

/**
 * No negation pass: it only sets a flag in each token's fourth slot, which neither the tagger,
 * the entity finder nor `tagAfresh` reads, and it took about an eighth of the tagging time (61 →
 * 53 µs a sentence, best of 3 alternating runs; tokens, tags, lemmas and entities compared on all
 * 22,014 sentences of a generated 20,000-sentence record, knowledge/ and the MEANTIME articles:
 * identical). The sentence splitter stays: without it a
 * few tokens come out split otherwise ("A380's").
 */
function tagger(): Pipeline {
  if (loaded !== null && grown(loaded)) loaded = null;
  loaded ??= pipeline(entityPass ? ['sbd', 'pos', 'ner'] : ['sbd', 'pos']);
  return loaded;
}

/** One of the model's feature tables (lexemes, prefixes, suffixes, shapes): values and their indices. */
interface Table {
  readonly hash: Record<string, number | undefined>;
  readonly list: readonly unknown[];
}

/**
 * The model's custom-entity tables, read once a process: the model's own reader stringifies its
 * module-level copy again on every call (its escapes double each time), so a process that built a
 * twentieth pipeline ran out of string length. No pipeline here learns custom entities.
 */
let metaCER: unknown = null;
const customEntities = (): unknown => (metaCER ??= (theModel().metaCER as () => unknown)());

/** What `pipeline` reads of the model wink builds a pipeline on. */
interface Core {
  readonly features: Record<string, Partial<Table>>;
  /** The tokenizer's patterns: `rtc` as [source, flags, kind of token]. */
  readonly trex: { readonly rtc: ReadonlyArray<readonly [string, string, number]> };
  readonly tcat: { readonly hash: Record<string, number | undefined> };
}

/** A wink pipeline, with the model tables its tokenizer adds to (see `forget`). */
interface Pipeline {
  readonly nlp: WinkMethods;
  /** The tables that map a value to its index: each `marks` entry is how far its list was forgotten. */
  readonly tables: readonly Table[];
  readonly marks: number[];
  readonly lexemes: Table;
  /** How many lexemes the model holds itself. */
  readonly size: number;
  /** Whether an added lexeme may stay (`plainWordOf`). */
  readonly plainWord: (value: string) => boolean;
}

/**
 * A wink pipeline on a model of its own (`core()` reads the model's tables afresh), keeping hold of
 * the tables its tokenizer grows, which wink does not expose.
 */
function pipeline(annotations: Array<'sbd' | 'pos' | 'ner'>): Pipeline {
  const m = theModel();
  let core: Core | null = null;
  const read = (): Core => (core = (m.core as () => Core)());
  const nlp = winkNLP({ ...m, core: read, metaCER: customEntities }, annotations);
  const built = core as Core | null;
  if (built === null) throw new Error('nlp: wink read no model');
  const { features, trex, tcat } = built;
  const tables = Object.values(features).filter((f): f is Table => f.hash !== undefined && Array.isArray(f.list));
  const lexemes = features['lexeme'] as Table;
  const plainWord = plainWordOf(trex.rtc, tcat.hash['word'] ?? 1);
  return { nlp, tables, marks: tables.map((t) => t.list.length), lexemes, size: lexemes.list.length, plainWord };
}

/**
 * Makes a pipeline forget the words its last text added, so the next text is read as if it were the
 * first: `tag` is then a function of its text alone. wink's tokenizer looks each raw token up in the
 * model's lexeme table, and adds to that table every word it does not know (with its prefix, suffix
 * and shape); a raw token found there is kept whole. So a text read after another that taught it
 * "Tollan's" (written before a full stop, where it is added whole) kept "Tollan's" whole where it
 * splits it otherwise ("Tollan" + "'s"), and a document's facts depended on what its thread had
 * tagged before. Each added value is taken out of its table's hash (its list keeps it, as the
 * tokenizer's own store of word features is indexed alongside it and cannot be cut back): the next
 * text adds it afresh, except a plain word (`plainWordOf`). On the bench record that is half a
 * lexeme a text, and tagging in a loop costs what it did (63/64 against 66/59 µs a text, paired);
 * the lists grow by them, and the pipeline is built anew once they hold `GROWTH` more lexemes than
 * the model (`grown`).
 */
function forget(p: Pipeline): void {
  for (let i = 0; i < p.tables.length; i++) {
    const { hash, list } = p.tables[i]!;
    const lexemes = hash === p.lexemes.hash;
    for (let k = p.marks[i]!; k < list.length; k++) {
      const value = list[k] as string;
      if (!lexemes || !p.plainWord(value)) delete hash[value];
    }
    p.marks[i] = list.length;
  }
}

/**
 * Whether a word the tokenizer added may stay in the lexeme table: a run of letters it reads as a word
 * wherever it meets it (`WORD_LETTERS`, the letters of wink's own word pattern, and no other kind's
 * pattern takes it whole, as "GBP" is a currency). Such a word is one token whether it is found in the
 * table or not (every path of the tokenizer that meets it adds it whole, as a word), and its features
 * are read from its letters alone; so keeping it changes no text's tags, and most words a text adds
 * (names) are not read afresh each time.
 */
function plainWordOf(rtc: ReadonlyArray<readonly [string, string, number]>, word: number): (value: string) => boolean {
  const others = rtc.filter(([, , kind]) => kind !== word).map(([source, flags]) => new RegExp(`^(?:${source})$`, flags.replace('g', '')));
  return (value) => WORD_LETTERS.test(value) && !others.some((other) => other.test(value));
}
/** The letters of wink's word pattern (its tokenizer's last, plainest kind of token). */
const WORD_LETTERS = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;

/** Lexemes a pipeline's lists may gather (half a million texts) before it is built anew (140 ms). */
const GROWTH = 250_000;
const grown = (p: Pipeline): boolean => p.lexemes.list.length - p.size > GROWTH;

/**
 * For a thread that only extracts facts (extract-worker.ts), called before its first tag: its
 * tagger has no entity pass, and every text's `entities` comes back empty. The extractors read
 * tokens only, and a pipeline without the entity pass gives the very same tokens, tags and
 * lemmas (compared on all 95,025 distinct sentences of the 100,000-sentence bench record) for
 * about a fifth less tagging time (45 → 36 µs a sentence in a loop). The calling thread keeps the
 * full pipeline, as questions read entities; its own share of a record's extraction runs on a
 * second, entity-free one for the while (`withoutEntities`).
 */
export function tagWithoutEntities(): void {
  entityPass = false;
}

/**
 * A second pipeline, without the entity pass, for the calling thread's own share of a record's
 * extraction (`withoutEntities`) in a thread that keeps the full one for questions; null until
 * then, and again once the extraction is over (`dropEntityFreeTagger`): 9 MB of heap for the
 * length of a cold start only.
 */
let entityFree: Pipeline | null = null;
/** How many `withoutEntities` calls are running (they nest; tagging is synchronous). */
let entityFreeDepth = 0;

/**
 * Runs `run` (an extraction: the extractors never read entities) with this thread's tags made
 * without the entity pass, as the extraction workers make theirs (`tagWithoutEntities`): the same
 * tokens, tags and lemmas for about a fifth less tagging time. Tags made meanwhile are kept apart
 * from the full pipeline's (`recentEntityFree`), so a question never gets a text's tags without its
 * entities; a text the full pipeline tagged already is served from `recent`.
 */
export function withoutEntities<T>(run: () => T): T {
  if (!entityPass) return run();
  entityFreeDepth++;
  try {
    return run();
  } finally {
    entityFreeDepth--;
  }
}

/** Lets the entity-free pipeline and its tags go (parallel.ts, at the end of an extraction). */
export function dropEntityFreeTagger(): void {
  if (entityFreeDepth > 0) return;
  entityFree = null;
  recentEntityFree.clear();
}

/**
 * The texts tagged last, with their tags: the extractors of a document (statements, then
 * agreements and deals) ask for the same sentences in turn, a document apart.
 */
const recent = new Map<string, Tagged>();
const RECENT = 128;
/** `recent` for the tags made without the entity pass while `withoutEntities` runs. */
const recentEntityFree = new Map<string, Tagged>();

/**
 * Tags one sentence (or any short text). Pure: the same text always gives the same tags.
 * `entities: false` leaves `entities` out of the result, for callers that read only tags and
 * lemmas. (A pipeline without the entity pass gives the very same tokens, tags and lemmas; one
 * pipeline per thread serves both, so a text asked for twice is tagged once: see
 * `tagWithoutEntities` for the threads that never need entities.)
 */
export function tag(text: string, options: { readonly entities?: boolean } = {}): Tagged {
  let tagged = ahead?.get(text) ?? recent.get(text);
  if (tagged === undefined && entityFreeDepth > 0) {
    tagged = recentEntityFree.get(text);
    if (tagged === undefined) {
      if (entityFree !== null && grown(entityFree)) entityFree = null;
      entityFree ??= pipeline(['sbd', 'pos']);
      tagged = tagAfresh(text, entityFree);
      if (recentEntityFree.size >= RECENT) recentEntityFree.delete(recentEntityFree.keys().next().value as string);
      recentEntityFree.set(text, tagged);
    }
  } else if (tagged === undefined) {
    tagged = tagAfresh(text);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
    recent.set(text, tagged);
  }
  return options.entities === false ? { tokens: tagged.tokens, entities: [] } : tagged;
}

/** The tags `withTagsAhead` made for the run in progress (null outside one). */
let ahead: Map<string, Tagged> | null = null;

/**
 * Runs `run` (a document's extraction) with every text of `texts` (its sentences) tagged first, in
 * one loop, and kept for `tag` until `run` returns. The same tags as `tag` gives on demand (it makes
 * them, and a text's tags depend on nothing tagged before it: see `forget`), so the same facts; what
 * changes is when the tagger runs. Tagging texts one after another
 * costs about a third of tagging each in the middle of the readers' work (the wink model's tables
 * are out of the processor's caches by then: 115 against about 365 µs a text of the bench record,
 * in a loop and in place), and the readers now tag most sentences anyway (71 % of the bench record,
 * 54 % of the MEANTIME articles), so tagging all of them ahead costs less than the part they tag.
 */
export function withTagsAhead<T>(texts: Iterable<string>, run: () => T): T {
  const outer = ahead;
  const made = new Map<string, Tagged>();
  for (const text of texts) {
    if (made.has(text)) continue;
    try {
      made.set(text, outer?.get(text) ?? tag(text));
    } catch {
      // Left to the reader that asks for it, which meets the same fault where it always did.
    }
  }
  ahead = made;
  try {
    return run();
  } finally {
    ahead = outer;
  }
}

/** How many texts this thread has tagged afresh (not from `recent`): what benches and tests count. */
let tagsComputed = 0;
export const taggedAfresh = (): number => tagsComputed;

function tagAfresh(text: string, p: Pipeline = tagger()): Tagged {
  tagsComputed++;
  try {
    return readTags(text, possessivesApart(articleApart(text), p), p.nlp);
  } finally {
    forget(p);
  }
}

/**
 * The text with a space before an article glued to the word before it: a page read off the web loses
 * the line break between its furniture ("Share this article Copy link", a byline's "Harbour Reporter", "3
 * hours ago") and the story's first sentence, which then opens "linkThe proposed takeover …" or
 * "ReporterA plan to …"; wink reads the glued pair as one name, and the sentence loses its subject. Only
 * the articles a sentence opens with, followed by a space and a word, and only after two small letters:
 * a name written in camel case ("MacDonald", "YouTube") is left whole. Only a space is added (see
 * `readTags`).
 */
function articleApart(text: string): string {
  return GLUED_ARTICLE.test(text) ? text.replace(GLUED_ARTICLE_ALL, ' ') : text;
}
const GLUED_ARTICLE = /\p{Ll}{2}(?:The|An?) \p{L}/u;
const GLUED_ARTICLE_ALL = /(?<=\p{Ll}{2})(?=(?:The|An?) \p{L})/gu;

/**
 * The text as the tokenizer is to read it: a possessive written before a closing mark ("… to
 * Tollan's.", "Tollan's, which …", "the firm's:") with a space before its "'s". wink splits a
 * possessive it does not know into the word and "'s" ("Tollan's bakery" → "Tollan" + "'s"), but
 * keeps the whole raw token as one word when a full stop, comma, colon or quote follows it ("to
 * Tollan's." → "Tollan's", tagged PROPN, even "the company's." → "company's"/PROPN), so one name was
 * read two ways in one document, the whole form no name reader matches to the bare one. With a
 * space on either side of the "'s" (one before it alone leaves "'s." or "’s,”" to be misread as a
 * quote mark and a word) every possessive is split, and tagged as wink tags a split one. Only spaces are added, so
 * each token is still found, in order, in the text as written (`readTags`). A contraction the model
 * knows whole ("that's", "it's", "let's") is left to its own expansion.
 */
function possessivesApart(text: string, p: Pipeline): string {
  if (!text.includes("'s") && !text.includes('’s')) return text;
  return text.replace(POSSESSIVE_BEFORE_MARK, (all: string, word: string, s: string) => (p.lexemes.hash[word + s] === undefined && p.lexemes.hash[(word + s).toLowerCase()] === undefined ? `${word} ${s} ` : all));
}
/** A word, its "'s" and the closing marks after it, up to a space or the end (see `possessivesApart`). */
const POSSESSIVE_BEFORE_MARK = /(?<=^|[\s\p{Ps}\p{Pi}"'])([^\s]*\p{L})(['’]s)(?=[’'”"…,.!;?:)\]}]+(?:\s|$))/gu;

function readTags(text: string, fed: string, nlp: WinkMethods): Tagged {
  // wink's helpers are plain functions read off `its`; its typings model them as methods.
  const its = nlp.its as unknown as Readonly<Record<'value' | 'pos' | 'lemma' | 'type' | 'span', unknown>>;
  const doc = nlp.readDoc(fed);
  const words = doc.tokens() as unknown as Outable;
  const values = words.out(its.value) as string[];
  const pos = words.out(its.pos) as Upos[];
  const lemmas = words.out(its.lemma) as string[];
  const tokens: TaggedToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // wink keeps each token's characters as written; find it from where the last one ended.
    let start = text.indexOf(value, at);
    if (start < 0) start = at;
    const end = Math.min(text.length, start + value.length);
    tokens.push({ text: text.slice(start, end), start, end, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? value).toLowerCase() });
    at = end;
  }
  const entities: TaggedEntity[] = [];
  const found = doc.entities() as unknown as Outable;
  const types = found.out(its.type) as string[];
  const spans = found.out(its.span) as Array<[number, number]>;
  for (let i = 0; i < types.length; i++) {
    const span = spans[i];
    if (span) entities.push({ type: types[i] ?? 'X', first: span[0], last: span[1] });
  }
  namesInCapitals(tokens);
  return { tokens, entities };
}

/** A title-case word: a capital, then a small letter ("Echo", "Falls"; not "NHS", "I", "A"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** `TITLE_CASE.test`, with ASCII letters read by their codes (tagging is hot). */
function titleCase(word: string): boolean {
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  if (a >= 65 && a <= 90) return (b >= 97 && b <= 122) || (b > 127 && TITLE_CASE.test(word));
  return a > 127 && TITLE_CASE.test(word);
}
/** Tokens after which a capital says nothing of a name: a sentence, a quote, a list or a clause starts. */
const OPENS = /^(?:["“”‘’'([{:;.!?…—–-]|--)$/u;
/** Tags the model gives name words that are also common words ("Falls", "Echo", "Stamp", "Evening"). */
const MISREAD = new Set<Upos>(['VERB', 'NOUN', 'ADJ']);
/** A day, a month or a day relative to today, as a whole word. */
const TIME_WORD = new RegExp(`^(?:${MONTH_FULL}|${WEEKDAY}|Today|Tonight|Tomorrow|Yesterday)$`);

/**
 * A headline in title case ("Jane Rowe Says Fund Is Empty", "Court Voids Deal"): every word of
 * four letters or more starts with a capital (and there are two such words at least). Prose
 * always has a longer word in small letters, so its capitals mark names; a headline's capitals
 * mark nothing, and its verbs stay as the model reads them.
 */
function titleCaseLine(tokens: readonly TaggedToken[]): boolean {
  let long = 0;
  for (const t of tokens) {
    if (!/^\p{L}{4,}$/u.test(t.text)) continue;
    if (!titleCase(t.text)) return false;
    long++;
  }
  return long >= 2;
}

/**
 * One correction of the model's tags for every reader (statements, agreements, deals, names,
 * questions): inside prose, a capital marks a name, but the model reads a name word that is also a
 * common word by the word ("the Corbin Falls Comets", "wrote in the Dunmore Echo that", "the Stamp
 * Press", "the Plover Evening Post", "with Redline and …", "bought by Latch Mobility"). A title-case
 * word the model reads as a VERB, NOUN or ADJ becomes PROPN (its lemma the word as written) when:
 * - within a sentence (not first, nor after a quote, bracket, colon or dash): it is a verb (prose
 *   writes verbs small: "Shareholders in Tread approved"), or a noun before the last word of a run
 *   of title-case words with a name word in it ("the Stamp Press", "the Plover Evening Post"; the
 *   run's last noun is its head and names its kind: "the Met Office", "the Lorne Agreement"), or
 *   an adjective after the run's first word ("French President …" keeps "French");
 * - opening the sentence, when it is not in -ing/-ed nor a date or time ("Following Tuesday's vote",
 *   "Today Apple …" stay): a verb before "'s" ("Forge's profits"); a noun before the last word of
 *   a run with a name word; a verb there when a finite verb follows later in the sentence ("Latch Mobility
 *   said", "Ford Motor Company sales dropped"), or alone when a finite verb follows it at once
 *   ("Redline has agreed") — an order has no subject: "Meet Anna Voss, the new mayor." stays.
 * A title-case headline is left as read (see `titleCaseLine`).
 */
function namesInCapitals(tokens: TaggedToken[]): void {
  // "after Tenfold's offer": an adverb takes no possessive; a title-case one before "'s" is a name, anywhere.
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADV' && titleCase(t.text) && /^['’]s$/.test(tokens[k + 1]!.text) && tokens[k + 1]!.start === t.end) tokens[k] = { ...t, pos: 'PROPN', lemma: t.text.toLowerCase() };
  }
  // Most sentences hold no title-case word the model reads as a common word: nothing to do.
  if (!tokens.some((t) => MISREAD.has(t.pos) && titleCase(t.text)) || titleCaseLine(tokens)) return;
  const initialAt = (i: number): boolean => i === 0 || OPENS.test(tokens[i - 1]!.text);
  // A day or a month ("Today Apple …", "March saw …") opens with a time, not a name. Read from the
  // words, not the entity pass, which extraction workers run without (`tagWithoutEntities`).
  const timeAt = (i: number): boolean => TIME_WORD.test(tokens[i]!.text);
  // A finite verb at `i` (an auxiliary, or an inflected verb not in -ing: "said", "agrees"): what comes before it is its subject.
  const subjectAfter = (i: number): boolean => {
    const next = tokens[i];
    return next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && /^\p{Ll}+$/u.test(next.text) && next.lemma !== next.text && !next.text.endsWith('ing')));
  };
  let i = 0;
  while (i < tokens.length) {
    if (!titleCase(tokens[i]!.text)) {
      i++;
      continue;
    }
    // A run of title-case words, cut where a new sentence or quote opens.
    let j = i + 1;
    while (j < tokens.length && titleCase(tokens[j]!.text) && !OPENS.test(tokens[j - 1]!.text)) j++;
    // (A verb within the sentence is a name word itself: "the Met Office".)
    let named = false;
    for (let k = i; k < j; k++) if (tokens[k]!.pos === 'PROPN' || (tokens[k]!.pos === 'VERB' && !initialAt(k))) named = true;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (!MISREAD.has(t.pos)) continue;
      let name: boolean;
      if (!initialAt(k)) name = t.pos === 'VERB' || (named && ((t.pos === 'NOUN' && k < j - 1) || (t.pos === 'ADJ' && k > i)));
      else if (/(?:ing|ed)$/.test(t.text) || timeAt(k)) name = false;
      else if (t.pos === 'VERB' && /^['’]s$/.test(tokens[k + 1]?.text ?? '')) name = true;
      else if (k < j - 1) name = named && (t.pos === 'NOUN' || (t.pos === 'VERB' && tokens.some((_, m) => m >= j && subjectAfter(m))));
      else name = t.pos === 'VERB' && subjectAfter(k + 1);
      if (name) tokens[k] = { ...t, pos: 'PROPN', lemma: t.text.toLowerCase() };
    }
    i = j;
  }
}
