import { stemmer } from 'stemmer';

/**
 * How the search reads text: words are found in the ORIGINAL sentence (so highlights point at
 * the characters the user sees), then each word is folded (NFKD, accents stripped, lower case,
 * curly apostrophes straightened, possessive dropped) and stemmed (communication/communications
 * share a stem). The same function reads sentences and queries, so both sides always agree.
 */

export interface Token {
  /** The folded, unstemmed word ("negotiations"), used for typo matching. */
  readonly word: string;
  /** Porter stem of `word` ("commun"): word forms meet here. */
  readonly stem: string;
  /** Character range of the word in the original text. */
  readonly start: number;
  readonly end: number;
}

/**
 * A word: letters, digits and combining marks (text in NFD keeps its accents attached), joined by
 * inner apostrophes (straight, curly or modifier letter). Dotted acronyms ("U.S.", "U.N.") are one
 * word, otherwise "U.S." would fall apart into single letters that carry no meaning.
 */
export const WORD = /(?:\p{L}\p{M}*\.){2,}|[\p{L}\p{N}\p{M}]+(?:['’ʼ‘][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Function words and question words. They neither drive ranking nor are indexed: a question
 * "what did they say about the talks" is about "talks". "said"/"say" are dropped too — a
 * who-said question is routed by the answer layer, and the reporting verb appears in nearly every
 * news sentence, so it would only add noise. "us" is kept on purpose: in news it is usually the
 * United States.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
    'my myself no nor not now of off on once only or other our ours ourselves out over own same she should ' +
    'so some such than that the their theirs them themselves then there these they this those through to ' +
    'too under until up very was we were what when where which while who whom whose why will with would ' +
    'you your yours yourself yourselves say says said saying tell told tells ever also yet may might must ' +
    'shall let lets whats whos wheres whens hows ok please show find give me any anything something ' +
    'thing things there theres much many'
  ).split(' '),
);

/** Folds one word as written: NFKD, combining marks removed, lower case, apostrophes removed. */
export function fold(raw: string): string {
  // Plain ASCII letters and digits, the common case, need nothing but lower case.
  if (/^[A-Za-z0-9]+$/.test(raw)) return raw.toLowerCase();
  let w = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  w = w.replace(/[’ʼ‘]/g, "'").replace(/\./g, '');
  // Possessive and contractions: "china's" is about China; "don't" stays one word.
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w.replace(/'/g, '').replace(/ß/g, 'ss');
}

/**
 * Irregular past forms of verbs that news questions ask with their base form ("where did the
 * leaders meet" for "the leaders met"): Porter stemming cannot join them. Forms that are also
 * common nouns or adjectives with another sense ("left", "rose", "felt", "saw") are not listed.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    'met:meet took:take taken:take won:win began:begin begun:begin held:hold made:make went:go gone:go ' +
    'came:come gave:give given:give knew:know known:know thought:think brought:bring bought:buy ' +
    'sought:seek fought:fight caught:catch taught:teach sent:send spent:spend built:build paid:pay ' +
    'sold:sell led:lead fled:flee chose:choose chosen:choose spoke:speak spoken:speak wrote:write ' +
    'written:write drove:drive driven:drive broke:break broken:break struck:strike stood:stand ' +
    'ran:run grew:grow grown:grow threw:throw thrown:throw flew:fly flown:fly drew:draw drawn:draw ' +
    'shook:shake shaken:shake froze:freeze frozen:freeze stole:steal stolen:steal swore:swear ' +
    'sworn:swear hid:hide hidden:hide kept:keep meant:mean dealt:deal heard:hear sat:sit shot:shoot ' +
    'sang:sing sung:sing sank:sink sunk:sink rang:ring rung:ring forgot:forget forgotten:forget ' +
    'became:become withdrew:withdraw withdrawn:withdraw overtook:overtake undertook:undertake ' +
    'beaten:beat lost:lose slid:slide woke:wake woken:wake'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Verbs a question uses for any event ("when will the ceasefire begin", "when did the talks take
 * place"): they say little about which event is meant. In a short record such a verb can be rarer
 * than the topic, and weighed by rarity alone a sentence holding just the verb ("construction will
 * begin") outranked the topic. Search weighs them by `LIGHT_WEIGHT` (see options.ts).
 */
const LIGHT_WORDS = 'begin start end finish stop continue resume take place hold happen occur come go get make put set keep';

/** The light verbs (see `LIGHT_WORDS`), as written. */
export function lightWords(): readonly string[] {
  return LIGHT_WORDS.split(' ');
}

/**
 * What the tokeniser makes of its own word lists and a few samples of folding: it changes with
 * the stop words, the irregular verbs, folding or stemming, so an index snapshot written by an
 * older tokeniser is not restored even when nobody bumped `SNAPSHOT_VERSION`.
 */
export function tokeniserFingerprint(): string {
  const samples = ['Négociations', 'China’s', "don't", 'U.S.', 'Straße', 'talks', 'lasted', 'agreed', '2020'];
  return [...STOP_WORDS, ...IRREGULAR.keys(), ...samples].map((w) => readFresh(w)?.stem ?? '-').join(' ');
}

/** Whether a query term is one of the light verbs (by stem, so "began" and "starting" are too). */
export function isLight(stem: string): boolean {
  lightStems ??= new Set(LIGHT_WORDS.split(' ').map(stemOf));
  return lightStems.has(stem);
}
let lightStems: Set<string> | undefined;

const stemCache = new Map<string, string>();
/** Porter stem, memoised: the vocabulary of a record is small next to its token count. */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\p{N}+$/u.test(word) ? word : stemmer(IRREGULAR.get(word) ?? word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** How a word as written is read: folded and stemmed, or null for a stop word or a single letter. */
export function readWord(raw: string): { word: string; stem: string } | null {
  const known = readCache.get(raw);
  return known === undefined ? readFresh(raw) : known;
}

/**
 * The content words of a text, in order, with their original ranges. Stop words and one-letter
 * words are left out: they are neither indexed nor searched.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const read = readWord(raw);
    if (read) out.push({ word: read.word, stem: read.stem, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** How each word as written is read (null: a stop word or too short). A record repeats its words. */
const readCache = new Map<string, { word: string; stem: string } | null>();
function readFresh(raw: string): { word: string; stem: string } | null {
  const word = fold(raw);
  const read = word.length < 2 || STOP_WORDS.has(word) ? null : { word, stem: stemOf(word) };
  if (readCache.size > 500_000) readCache.clear();
  readCache.set(raw, read);
  return read;
}

/** A content term of a query: the folded word and its stem. */
export interface QueryTerm {
  readonly word: string;
  readonly stem: string;
  /** The phrasal verb the word makes in a question, as WordNet writes it ("set_up"; see `phrasalVerbs`). */
  readonly phrasal?: string;
  /** The verb of entering the state a question's "in N" names, as WordNet writes it ("take_charge"; see `questionStates`). */
  readonly state?: string;
}

/** Most content terms a query may bring; the rest is ignored (a query is a question, not a text). */
export const MAX_QUERY_TERMS = 16;

/** The query's content terms, each stem once. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const m of query.matchAll(WORD)) {
    const read = readWord(m[0]);
    if (!read || seen.has(read.stem)) continue;
    seen.add(read.stem);
    terms.push(read);
    if (terms.length >= MAX_QUERY_TERMS) break;
  }
  return terms;
}
