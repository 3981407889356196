import Fuse from 'fuse.js';
import type { Sentence } from '../record/types.js';
import { boundedLevenshtein, isTransposition, WordIndex } from './fuzzy.js';
import {
  ABSENT_NAMES,
  ANSWER_TYPE_BONUS_CANDIDATES,
  ANSWER_TYPE_CANDIDATES,
  COMMON_WORDS,
  DEFAULT_LIMIT,
  FORM_SIMILARITY,
  HELD_SIMILARITY,
  KIN_COSINE,
  NAME_SIMILARITY,
  ONE_TERM_BAR,
  LONE_NAME_TERMS,
  LONE_SCALE,
  maxEdits,
  fuseOptionsFor,
  LIGHT_WEIGHT,
  LOOSE_CANDIDATES,
  MEANING_DECISION,
  MEANING_WEIGHT,
  LOOSE_MAX_EDITS,
  NEIGHBOURS,
  RERANK_MARGIN,
  MIN_SIMILARITY,
  RELATED_SIMILARITY,
  BM25_K1,
  DECISION,
  RANKING,
  SPECIFIC_SHARE,
  RERANK_CANDIDATES,
  type Ranking,
  SEARCH_OPTIONS,
  SUGGESTION_LIMIT,
  similarity,
  similarityOfFuseScore,
} from './options.js';
import { categoryKinds, doerActs, doerRoles, firstGenera, firstKinds, inflectionsOf, isDictionaryWord, isParticle, kinWords, multiwordVerbs, phrasalKindOf, phrasalWords, questionStates, readsAsStopWord, relatedWords, sentencePhrasal, startsBody, stateWords, twoStepWords, twoWordSynonyms } from './related.js';
import { bitapPattern } from './bitap.js';
import { neighbours, softGains } from './soft.js';
import { cosine, rowOf } from './vectors.js';
import { ancestorsOf, baseForms, synsetsOf } from '../wordnet.js';
import { tag, type TaggedToken } from '../understand/nlp.js';
import { fold, isLight, lightWords, MAX_QUERY_TERMS, queryTerms, readWord, stemOf, tokenize, WORD, type QueryTerm } from './text.js';
import { agentAfter, roleBeside, asAsked, closeness, countsAKindOf, countsTheNoun, holdsAnswerType, namesSomeone, namesAKindOf, isQuestion, personPronouns, phraseShare, questionSubject, saysMore, sequenceOf, shapeOf, writesAsHead, writesDate, writesSubjectFirst, WITHIN_YEAR, type QueryShape } from './shape.js';
import type { Highlight, SearchHit, SearchIndex, SearchOptions, SearchOutcome } from './types.js';
import { lazyProperty, remember } from '../lazy.js';

/** No stems (a query without a subject). */
const NO_STEMS: ReadonlySet<string> = new Set();

export { RELEVANCE_BAR, SEARCH_OPTIONS } from './options.js';

/**
 * Words that open a sentence about something an earlier sentence named ("He led the team…",
 * "Its capital…", "These were…"): pronouns and determiners that point back.
 */
const PRONOUN_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'there', 'such', 'both']);

/**
 * Whether a word a typo or two from a query word is another word rather than a form of it: both
 * are words of the language, and they part before the longer one's ending ("team"/"term",
 * "law"/"low", "case"/"cast"). A word that only adds to the other, at either end ("die"/"died",
 * "direct"/"indirectly") or shares its first five letters ("produces"/"products") is taken for a
 * form the stemmer does not join.
 */
function isLookalike(word: string, other: string): boolean {
  let common = 0;
  while (common < word.length && common < other.length && word[common] === other[common]) common++;
  if (common === Math.min(word.length, other.length) || common >= 5 || word.endsWith(other) || other.endsWith(word)) return false;
  return isDictionaryWord(other);
}

/**
 * Whether a sentence names something of the sentence before it by the common noun of its name:
 * "the abbey" after "Kellan Abbey", "the company" after "the Kessel Mining Company".
 */
function refersBack(text: string, before: string): boolean {
  for (const m of text.matchAll(/\b(?:the|The)\s+(\p{Ll}+)/gu)) {
    const noun = m[1] as string;
    const capital = `${noun[0]?.toUpperCase()}${noun.slice(1)}`;
    if (noun.length < 3 || !before.includes(capital)) continue;
    if (namedBy(capital).test(before)) return true;
  }
  return opensWithKindOf(text, before);
}

/**
 * The full name's words ("Ida", "Lund") where a sentence opens with the last word of a name the
 * sentence before writes in full: "Lund retired in 1902" after "The school was opened by Ida
 * Lund"; null otherwise. The surname refers back as a pronoun does, so the sentence is about what
 * the one before says of that person (a role noun of the question, "the school's founder", is
 * held there). The word before the surname must be a word of a name, not a capitalised stop word
 * ("The Lund Trust").
 */
function opensWithSurnameOf(text: string, before: string): string[] | null {
  const name = /^\s*(\p{Lu}\p{Ll}{2,})(?:'s|\u2019s)?(?![\p{L}\p{M}\p{N}_])/u.exec(text)?.[1];
  if (name === undefined || !before.includes(name)) return null;
  const m = namedBy(name).exec(before);
  if (m === null) return null;
  const words = m[0].split(/\s+/u);
  return readWord(words[words.length - 2] as string) !== null ? words : null;
}

/**
 * Whether a word's stem, shorter than the word, is a verb of its own: a kind of an asked noun
 * would then hold the verb's forms ("installment" and "installed" share "instal"), not itself.
 */
const verbStems = new Map<string, boolean>();
function stemsToVerb(word: string): boolean {
  let out = verbStems.get(word);
  if (out === undefined) {
    const stem = readWord(word)?.stem ?? word;
    out = stem !== word && synsetsOf(stem, 'verb', 1).length > 0;
    if (verbStems.size >= 50_000) verbStems.clear();
    verbStems.set(word, out);
  }
  return out;
}

/** Words after a question's idiom's verb within which its last word must come in a sentence for the verb to hold it ("took place": see `IDIOM_HELD`). */
const IDIOM_REACH = 3;
/** Senses of a sentence's opening noun ("The building …") read as the kind it names. */
const KIND_SENSES = 2;
/** Senses of the sentence before's nouns read as what the opening noun may be a kind of. */
const REFERENT_SENSES = 3;

/**
 * Whether a sentence opens with a definite noun naming a kind of something the sentence before
 * names with a word of its own: "The building now houses a bakery" after "… the old mill …"
 * (WordNet: a mill is a kind of building), "The tower stands 41 metres tall" after "The
 * lighthouse …". The sentence is then about what the one before names, as after a pronoun.
 */
function opensWithKindOf(text: string, before: string): boolean {
  const noun = /^\s*The\s+(\p{Ll}{3,})(?![\p{L}\p{M}\p{N}_])/u.exec(text)?.[1];
  if (noun === undefined) return false;
  const kinds = synsetsOf(noun, 'noun', KIND_SENSES).map((s) => `${s.pos}:${s.offset}`);
  if (kinds.length === 0) return false;
  for (const m of before.matchAll(/(?<![\p{L}\p{M}\p{N}_])\p{Ll}{3,}(?![\p{L}\p{M}\p{N}_])/gu)) {
    const word = m[0];
    if (word === noun) continue;
    const up = kindsOf(word);
    if (kinds.some((k) => up.has(k))) return true;
  }
  return false;
}

/** What a word's first `REFERENT_SENSES` noun senses are kinds of (`pos:offset` keys), memoised: a record repeats its words. */
const kindsMemo = new Map<string, ReadonlySet<string>>();
function kindsOf(word: string): ReadonlySet<string> {
  let out = kindsMemo.get(word);
  if (!out) {
    const set = new Set<string>();
    for (const s of synsetsOf(word, 'noun', REFERENT_SENSES)) for (const a of ancestorsOf(s)) set.add(a);
    out = set;
    if (kindsMemo.size >= 50_000) kindsMemo.clear();
    kindsMemo.set(word, out);
  }
  return out;
}

/**
 * The pattern of a name ending in a capitalised noun ("Kellan Abbey" for "Abbey"), compiled once
 * per noun: compiling a Unicode-class expression cost more than the rest of `refersBack`, and the
 * record's nouns recur across questions. (No `g` flag: `test` keeps no state between sentences.)
 */
const namedPatterns = new Map<string, RegExp>();
/**
 * At most this many patterns stay compiled (`namedPatterns`), the oldest let go first: a compiled
 * pattern takes about 36 KB of heap, so the 1,000 this was would hold 36 MB.
 */
export const NAMED_PATTERNS = 100;

/** How many name patterns are kept compiled now (for the memory test). */
export function namedPatternsHeld(): number {
  return namedPatterns.size;
}

export function namedBy(capital: string): RegExp {
  return namedPatterns.get(capital) ?? remember(namedPatterns, capital, new RegExp(`\\p{Lu}\\p{L}*\\s+(?:\\p{Lu}\\p{L}*\\s+)*${capital}(?![\\p{L}\\p{M}\\p{N}_])`, 'u'), NAMED_PATTERNS);
}

/**
 * Personal pronouns that point back from a sentence's first words though they do not open it
 * ("Building it is expected to take 18 months", "In 1915 he married …").
 */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'he', 'his', 'him', 'she', 'her', 'they', 'them', 'their']);
/** How many of a sentence's first words are looked at for `PRONOUNS`. */
const PRONOUN_WORDS = 3;
/** Possessives by which a sentence names a part of a thing named before (see `writesOnlyAPartOf`). */
const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their']);
/**
 * A subject pronoun right after a fronted phrase of up to eight words and its comma: "The son of
 * a ferryman, he trained as …", "After the war, she moved …". The clause's subject is the pronoun,
 * pointing back as an opening one does.
 */
const FRONTED_SUBJECT = /^\s*(?:[^\s,;:]+\s+){0,7}[^\s,;:]+,\s+(?:he|she|they|it)\b/iu;

/**
 * What a sentence's subject refers back by: "It" opening it (or after a fronted phrase: "In 1798,
 * it opened …") — `true` —, or a definite noun phrase opening it ("The company …", "The last mine
 * …") — its head noun, the tagger's last noun of the words after "The", and how many words it
 * spans —; null when its subject is anything else ("Its chief pilot …" is about the pilot).
 */
function subjectReference(text: string): true | { noun: string; words: number } | null {
  const fronted = FRONTED_SUBJECT.exec(text)?.[0].split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (/^\s*It\b/u.test(text) || fronted === 'it') return true;
  if (!/^\s*The\s+\p{Ll}/u.test(text)) return null;
  const tokens = tag(text, { entities: false }).tokens;
  let head = -1;
  for (let n = 1; n < tokens.length && n <= SUBJECT_WORDS; n++) {
    const pos = (tokens[n] as TaggedToken).pos;
    if (pos === 'NOUN') head = n;
    else if (pos !== 'ADJ' && pos !== 'NUM') break;
  }
  const noun = head > 0 ? (tokens[head] as TaggedToken).text : '';
  return /^\p{Ll}{3,}$/u.test(noun) ? { noun, words: head + 1 } : null;
}

/** The most words after "The" a definite subject's head noun is looked for in ("The old stone bridge"). */
const SUBJECT_WORDS = 4;

/** One word of a name: capitalised, any letters, apostrophes or hyphens after. */
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*$/u;

/**
 * The name a sentence opens with as its subject: "Skelwith Kippers is …" → Skelwith Kippers, "The
 * Wexlow Canal links …" → Wexlow Canal; null when it opens with a stop word ("In 1915 …", "It
 * …") or one capitalised word of the language ("Work on it began …", "Traffic dwindled …").
 */
function openingName(text: string): string[] | null {
  const words = /^\s*(?:The\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/u.exec(text)?.[1]?.split(/\s+/u);
  if (words === undefined || readWord(words[0] as string) === null) return null;
  if (words.length === 1 && isDictionaryWord((words[0] as string).toLowerCase())) return null;
  return words;
}

/** Words a name-only heading may hold between its capitalised words ("Bank of Tarne", "Lamb and Flag"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', 'the', '&']);
/** The most words a heading that is nothing but a name holds (a headline saying more is a story's, not a name). */
const NAME_HEADING_WORDS = 4;

/**
 * The name a headline is, when it is nothing but one (capitalised words, joined by `NAME_JOINERS`,
 * at most `NAME_HEADING_WORDS`, a heading's counter after them left out: "Gannet Head Lighthouse
 * 2"); null for a headline that says something ("Tarnwick Brewing to Acquire Hollin Cider").
 */
function headingName(text: string): string[] | null {
  const words = text.trim().split(/\s+/u);
  if (words.length > 1 && /^(?:\d{1,3}|[IVX]+)$/u.test(words[words.length - 1] as string)) words.pop();
  if (words.length === 0 || words.length > NAME_HEADING_WORDS) return null;
  if (!NAME_WORD.test(words[0] as string) || !NAME_WORD.test(words[words.length - 1] as string)) return null;
  return words.every((w) => NAME_WORD.test(w) || NAME_JOINERS.has(w)) ? words.filter((w) => NAME_WORD.test(w)) : null;
}

/**
 * Whether a definite noun ("the company", "the canal", "the tower") can name what a sentence
 * names: a word of the name ("Wexlow Canal"), a word of the sentence ("… is a smoked fish
 * company"), or something one of them is a kind of (WordNet: a lighthouse is a kind of tower).
 */
function canName(noun: string, name: readonly string[], text: string): boolean {
  const words = new Set([...name.map((w) => w.toLowerCase()), ...(text.match(/(?<![\p{L}\p{M}\p{N}_])\p{Ll}{3,}(?![\p{L}\p{M}\p{N}_])/gu) ?? [])]);
  if (words.has(noun)) return true;
  const kinds = synsetsOf(noun, 'noun', KIND_SENSES).map((s) => `${s.pos}:${s.offset}`);
  if (kinds.length === 0) return false;
  for (const word of words) {
    const up = kindsOf(word);
    if (kinds.some((k) => up.has(k))) return true;
  }
  return false;
}

/**
 * The noun a sentence opening with a name says the named thing is, with that name: "Skelwith
 * Kippers is a smoked fish merchant in …" → merchant, "The Grisdale Ropeworks is a long
 * boat-building shed …" → shed; the tagger's last noun of the words after "is a" / "was an", before
 * a preposition, a clause or a comma. null for any other sentence.
 */
function predicateNoun(text: string): { name: readonly string[]; noun: string } | null {
  const m = IS_A.exec(text);
  if (m === null) return null;
  const name = (m[1] as string).split(/\s+/u).filter((w) => NAME_WORD.test(w));
  const tokens = tag(m[2] as string, { entities: false }).tokens;
  // The words of the noun phrase: up to a preposition, a determiner, a clause or a comma, or a
  // participle after a noun ("… contractor based in"). Its head is its last word where WordNet has
  // a noun of it (the tagger may read a hyphenated "boat-building" before it as a verb), else its last noun.
  let noun = '';
  let last = '';
  let any = false;
  for (let n = 0; n < tokens.length && n < PREDICATE_WORDS + 2; n++) {
    const t = tokens[n] as TaggedToken;
    if (t.text === '-' || t.pos === 'CCONJ') continue;
    if (!PHRASE_TAGS.has(t.pos) || (t.pos === 'VERB' && any && /ed$/u.test(t.text))) break;
    if (t.pos === 'NOUN') {
      noun = t.text;
      any = true;
    }
    last = t.text;
  }
  if (last !== noun && /^\p{Ll}{3,}$/u.test(last) && synsetsOf(last, 'noun', 1).length > 0) noun = last;
  return /^\p{Ll}{3,}$/u.test(noun) ? { name, noun: noun.toLowerCase() } : null;
}

/**
 * A definite noun as a clause's subject further in: "the" and a noun, then an auxiliary or a past
 * tense ("By 2009 the business had grown …", "Since 2012 the firm has been run …").
 */
const DEFINITE_SUBJECT = /(?<![\p{L}\p{M}\p{N}_])the\s+(\p{Ll}{3,})\s+(?:has|had|was|is|now|then|also|still|\p{Ll}+ed)(?![\p{L}\p{M}\p{N}_])/u;
/** The most words a phrase before a sentence's definite subject has for it to be the sentence's subject ("Since 2012 the firm has …"). */
const FRONTED_WORDS = 3;
/** A sentence opening with a name (and a parenthesis: "(born 1968)") and "is a" / "was an": what follows. */
const IS_A = /^\s*(?:The\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:(?:&|and|of)\s+)?\p{Lu}[\p{L}'\u2019-]*)*)\s+(?:\([^)]*\)\s+)?(?:is|was)\s+an?\s+(.*)$/u;
/** The name a sentence opens with, "&" joining its words ("Quassel & Fentiman …"); see `openingName`. */
const NAME_AT = /^\s*(?:The\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'\u2019-]*)*)/u;
/** The tagger's parts of speech a predicate's noun phrase is read through ("a Welsh slate roofing contractor", "a long boat-building shed"). */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM', 'PROPN', 'VERB']);
/** The most words after "is a" the predicate's noun is looked for in ("a cheese and pickle wholesaler"). */
const PREDICATE_WORDS = 6;
/** How many of a noun's first senses say what sort of thing it is (WordNet's lexicographer file), for `sameSort`. */
const SORT_SENSES = 3;

/**
 * Whether a definite noun can name what an "is a" noun says a body is: one of the first senses of
 * each in the same lexicographer file of WordNet (company and manufacturer are groups, building
 * and factory artifacts, a business and a workshop acts; a decision is no maker).
 */
function sameSort(noun: string, is: string): boolean {
  if (noun === is) return true;
  const sorts = new Set(synsetsOf(noun, 'noun', SORT_SENSES).map((s) => s.lexname));
  return synsetsOf(is, 'noun', SORT_SENSES).some((s) => sorts.has(s.lexname));
}

/** What a document says of the named bodies it is about (see `bodyNounsOf`). */
interface DocBodies {
  /** Per name (its words lower case, space-joined): the nouns "is a" says it is. */
  readonly is: ReadonlyMap<string, readonly string[]>;
  /**
   * Per sentence with a definite noun as a subject ("The firm …", "Since 2012 the firm has …"):
   * the name it stands for (the nearest earlier opening name, else a name-only headline), the
   * noun, and whether it opens the sentence (only then is the sentence about the body).
   */
  readonly definite: ReadonlyMap<number, { readonly name: string; readonly noun: string; readonly opens: boolean }>;
}

/** A name's key in `DocBodies`: its capitalised words, lower case ("Bank of Tarne" and the headline "Bank of Tarne 2" meet). */
function nameKey(name: readonly string[]): string {
  return name
    .filter((w) => NAME_WORD.test(w))
    .join(' ')
    .toLowerCase();
}

/** The name a sentence's subject stands for (see `subjectOf`). */
interface Subject {
  /** The name's words. */
  readonly name: readonly string[];
  /**
   * The name's stems the sentence does not write itself; none where it writes them all ("It was
   * founded in 1877 by the sisters … Pelquist" of Pelquist Rope): the subject still stands for
   * the name, and holds the nouns the record calls it by (`bodyNounsOf`).
   */
  readonly stems: Int32Array;
  /** The name's words, as `sequenceOf` reads them. */
  readonly sequence: ReturnType<typeof sequenceOf>;
  /** How many of the sentence's opening words (as `sequenceOf` reads them) the name stands in for: "It" 1, "The canal" 2, "The last mine" 3, a fronted pronoun 0. */
  readonly opens: number;
}

/** A definite noun phrase of a question: "the" and up to three words after it ("the original shelter"). */
const DEFINITE_PHRASE = /\bthe\s+((?:[\p{L}'\u2019-]+\s+){0,2}[\p{L}'\u2019-]+)/giu;
/** A sentence whose subject is a part of what its opening words stand for: "The firm's engraving room …", "Its keepers …". */
const POSSESSIVE_SUBJECT = /^\s*(?:The(?:\s+\p{Ll}+){1,3}?(?:'s|\u2019s)|Its|His|Her|Their)\b/u;
/** How many sentences back the name a subject refers to is looked for. */
const SUBJECT_REACH = 30;

/**
 * Whether a sentence's first word points back to an earlier sentence (see `PRONOUN_OPENERS`), or
 * one of its first `PRONOUN_WORDS` words is a personal pronoun. (Against the first word alone:
 * the development set one answerable question fewer refused, blind set 3 one more answered first,
 * the other sets unchanged; the first eight words or the whole sentence cost the development set
 * two and five first answers: further in, a pronoun points to the sentence's own subject.)
 */
function opensWithPronoun(text: string): boolean {
  if (FRONTED_SUBJECT.test(text)) return true;
  const words = /[\p{L}']+/gu;
  for (let n = 0; n < PRONOUN_WORDS; n++) {
    const m = words.exec(text);
    if (m === null) return false;
    const w = m[0].toLowerCase();
    if (n === 0 ? PRONOUN_OPENERS.has(w) : PRONOUNS.has(w)) return true;
  }
  return false;
}

/**
 * The search index. A query never scans every sentence:
 *  1. the query is reduced to content terms (stop words out, folded, stemmed; a light verb such as
 *     "begin" weighs a quarter);
 *  2. each term is expanded over the VOCABULARY of words and stems (the exact stem and typo
 *     neighbours within 1–2 edits from a bigram index);
 *  3. the postings of those words give candidate sentences, scored by the share of the query's
 *     content they hold (IDF × similarity, the similarity fuse.js would give the same edits); the
 *     best `RERANK_CANDIDATES` are kept, found exactly without walking every posting (MaxScore);
 *  4. fuse.js scores every term against each candidate near the bar with the pinned
 *     `SEARCH_OPTIONS`, and the final relevance is the IDF-weighted share of the query fuse.js
 *     found in the sentence. Candidates far below the bar (`RERANK_MARGIN`) keep their index
 *     score: nothing there can become an answer.
 * Below the bar, the nearest sentences become suggestions (never answers).
 * `exhaustive` runs step 4 over every sentence: the plain fuse.js baseline the fast path must agree
 * with (tests check it on small records, the benchmark at scale).
 */
export interface FastSearchIndex extends SearchIndex {
  /** The same ranking with fuse.js over every sentence (slow: the baseline, for tests and bench). */
  exhaustive(query: string, options?: SearchOptions): SearchOutcome;
  /** What was derived from the sentences (words, stems, fuse texts), to restore without re-reading. */
  snapshot(): IndexSnapshot;
}

/**
 * The derived part of an index, JSON-serialisable: restoring it skips tokenising and stemming
 * every sentence. It holds no sentence: the sentences are given again, in the same order.
 */
export interface IndexSnapshot {
  readonly version: number;
  /** Number of sentences. */
  readonly count: number;
  readonly stems: readonly string[];
  readonly words: readonly string[];
  /** Word id → stem id. */
  readonly wordStems: readonly number[];
  /** Per sentence, in order. */
  readonly fuseTexts: readonly string[];
  /** Stem ids of sentence i are `sentenceStems[stemStarts[i] .. stemStarts[i + 1])`. */
  readonly sentenceStems: readonly number[];
  readonly stemStarts: readonly number[];
}

/** Bump when tokenising, folding, stemming or the fuse text change: old snapshots are then rebuilt. */
export const SNAPSHOT_VERSION = 4;

export interface CreateOptions {
  /** A snapshot taken from an index over exactly these sentences (see `persist.ts`). */
  readonly snapshot?: IndexSnapshot;
  /** false: walk every posting of every term, without MaxScore pruning (what tests compare with). */
  readonly prune?: boolean;
  /** Other weights for the ranking's combination (a bench fitting them; see `RANKING`). */
  readonly ranking?: Partial<Ranking>;
  /** Bench only: told what each question's candidates hold (every question is then re-ranked). */
  readonly observe?: (o: Observation) => void;
  /**
   * The weights of the answer-or-refuse model for questions (see `DECISION`); null: one bar on
   * the relevance decides, as for topics and phrases (a bench comparing the two).
   */
  readonly decision?: Decision | null;
  /** The model used instead when a search is given the cosines in meaning (default `MEANING_DECISION`). */
  readonly meaningDecision?: Decision;
}

export type Decision = { readonly [K in keyof typeof DECISION]: number };

/** What the answer-or-refuse model reads of a candidate sentence of a question (see `DECISION`). */
export type DecisionFeatures = Record<Exclude<keyof Decision, 'intercept'>, number>;

/** What a bench learns of one question's re-ranked candidates (see `CreateOptions.observe`). */
export interface Observation {
  readonly terms: readonly { word: string; stem: string; weight: number; light: boolean; df: number; heldBest: number; related: number }[];
  readonly count: number;
  readonly question: boolean;
  readonly unnamed: boolean;
  readonly candidates: readonly {
    id: number;
    text: string;
    score: number;
    features: DecisionFeatures;
    /** The relevance as if the sentence held enough of the question's words (the lone rules off). */
    open: number;
    held: number;
    named: boolean;
    lone: boolean;
    /** Per term: the similarity as typed, with WordNet's words, with the context. */
    typed: readonly number[];
    related: readonly number[];
    context: readonly number[];
    /** Per term: what its closest word in meaning adds over `context` (see `softGains`). */
    soft: readonly number[];
    /** Whether it holds an answer of the kind the question asks for (see `holdsAnswerType`). */
    answerType: boolean;
  }[];
  /** Per candidate (by sentence id), its log-odds once the answer type, the doer and the evidence have moved them (what decides). */
  readonly decided: ReadonlyMap<number, number>;
  /** Per decided candidate, the key it is ordered by (score with the soft and meaning terms, plus its boost; see `compareEntries`). */
  readonly keys?: ReadonlyMap<number, number>;
}

interface Entry {
  readonly sentence: Sentence;
  /**
   * What fuse.js reads: each content word folded, followed by its stem when different, space
   * separated and space padded (" talks talk geneva "). A term searched as " term " then matches
   * whole words, a word form meets its stem, and a typo costs its edit distance.
   */
  readonly fuseText: string;
  /** Distinct stem ids of the sentence. */
  readonly stems: Int32Array;
  readonly docOrder: number;
}

/** How `plan` reads one term of a query. */
interface PlanOptions {
  /** A question's term, which may also find the record's words closest in meaning (see `NEIGHBOUR_WEIGHT`). */
  readonly question?: boolean;
  /** The noun a "what/which" question asks for, which the record may name by a kind of it (see `categoryKinds`). */
  readonly category?: boolean;
  /** A kind of that noun answers the question as the noun would (see `QueryShape.kindAnswers`). */
  readonly kindAnswers?: boolean;
  /** The query's terms, of which every other one the record must write for `firstKinds` to be read. */
  readonly others?: readonly QueryTerm[];
  /** The verb of a question asking who did something (see `QueryShape.verbs`). */
  readonly doer?: boolean;
  /** Stems of the words naming the kind of answer (see `QueryShape.asked`), which the record need not write for `firstGenera` to be read. */
  readonly answerWords?: readonly string[];
  /** The words the question writes as names (see `QueryShape.names`), which read no near kin (see `kinWords`). */
  readonly names?: readonly QueryTerm[];
}

interface TermPlan {
  readonly term: QueryTerm;
  /** IDF of the word the term most likely means (times `LIGHT_WEIGHT` for a light verb). */
  readonly weight: number;
  /** A verb questions use for any event (see `isLight`). */
  readonly light: boolean;
  /** Stem id → similarity in (0, 1]. */
  readonly expansions: ReadonlyMap<number, number>;
  /** The closest match among the expansions (0: none): the most the term adds is weight × best. */
  readonly best: number;
  /** WordNet's words for the term (stem id → similarity), where closer than its typed matches. */
  readonly related: ReadonlyMap<number, number>;
  /** Of `related`, the words found through word vectors (see `NEIGHBOUR_WEIGHT`). */
  readonly near: ReadonlyMap<number, number>;
  /**
   * Words of the term's wider WordNet circle (stem id → similarity; see `Related.wider`), not
   * among its expansions: they add to the score of a sentence the question's words found, and
   * find no sentence; for a topic or a phrase they never decide that it is answered (see
   * `Scored.base`); a question's answer-or-refuse model reads the score they lifted (see `DECISION`).
   */
  readonly wider: ReadonlyMap<number, number>;
  /** Of `related`, the kinds of a word the record never writes (see `firstKinds`, `heldKinds`). */
  readonly firstKinds: ReadonlySet<number>;
  /**
   * Of `related`, the verbs of the term's two-word synonyms ("set" of "set up", for "founded"), with
   * the words that must follow them (see `twoWordSynonyms`, `writesTwoWord`): stem id → second words.
   */
  readonly twoWord: ReadonlyMap<number, readonly string[]>;
  /** Words the term is with two letters swapped (stem id → similarity of one edit; see `isTransposition`). */
  readonly swapped: ReadonlyMap<number, number>;
  /**
   * Stems reached only as a typo of the term where both are words of the language ("term" for
   * "team", "low" for "law"): another word, not a misspelling. They score, but do not make the
   * term held (see `LONE_SCALE`).
   */
  readonly lookalike: ReadonlySet<number>;
  /**
   * Stems naming a kind of the noun a "what/which" question asks for (see `categoryKinds`): with
   * `KIND_HELD` they hold the term as typed would, for the answer-or-refuse model.
   */
  readonly kinds: ReadonlySet<number>;
  /** The closest match among the expansions that make the term held (lookalikes excluded; a kind at `KIND_HELD`). */
  readonly heldBest: number;
  /**
   * The most a sentence can hold of the term by any route, the closest word in meaning included
   * (see `DECISION.cover`): 1 where the record writes the word; else its closest match, or the
   * rescaled cosine of its closest word the record writes (at most the neighbours' floor when
   * none reaches it). Bounds a lone question's log-odds (`loneOddsBound`).
   */
  readonly coverBest: number;
}

/** The expansions of one query term that match at one similarity: what MaxScore takes in turn. */
interface Unit {
  /** The term's position in the query. */
  readonly term: number;
  readonly plan: TermPlan;
  readonly sim: number;
  readonly sids: ReadonlySet<number>;
  /** Postings in all. */
  readonly size: number;
}

/** What a query brings besides its terms, read once per query. */
interface QueryContext {
  readonly shape: QueryShape;
  /** It names people or places the record never mentions: nothing can answer it (see `absentNames`). */
  readonly unnamed: boolean;
  /**
   * Stems of its names when it is a question and the record holds every one of them: a sentence
   * holding such a name as written is about what the question asks of (see `LONE_NAME`).
   */
  readonly named: ReadonlySet<string>;
  /** Per query word, the sentence words it matched (see `phraseShare`). */
  readonly memo: Map<string, boolean>[];
  /** A question's cosine in meaning with a sentence, once the record's sentence vectors are ready (see `SearchOptions.meaning`). */
  readonly meaning: ((s: Sentence) => number) | null;
  /** A question's words of a definite noun phrase ("the event", "the original shelter"): what it may ask of by a noun (see `namesTheSubject`). */
  readonly definite: ReadonlySet<string>;
  /** A question's subject, the stems of the nouns between its auxiliary and its main verb (see `SUBJECT_FIRST_ODDS`). */
  readonly subject: ReadonlySet<string>;
}

interface Scored {
  readonly id: number;
  readonly score: number;
  /**
   * The score without the words of the terms' wider WordNet circles (see `TermPlan.wider`), where
   * they added to it: those words re-rank the sentences of a query that is answered without
   * them, and never decide that it is (see `outcome`). A question is decided by `odds` instead.
   */
  readonly base?: number;
  /**
   * A question's candidate: the log-odds that it answers the question (see `DECISION`); the
   * question is answered by the candidates where they reach 0, whatever their score.
   */
  readonly odds?: number;
  /** It shares one word with a question of several (see `LONE_SCALE`). */
  readonly lone?: boolean;
  /**
   * What ranks it above its score among a question's answers: it holds the kind of answer the
   * question asks for (see `ANSWER_TYPE_BONUS`). The score it shows stays its relevance.
   */
  readonly boost?: number;
  /** A question's candidate: its cosine in meaning with the question (0 without the vectors). */
  readonly meaning?: number;
  /**
   * A lone candidate that answers first: it gives the kind of answer the question asks for and
   * none of the answers holding more of its words does (see `LONE_TYPED_FIRST`).
   */
  readonly lead?: boolean;
}

// Scoring marks each sentence with one bit per query term, in one 32-bit integer.
if (MAX_QUERY_TERMS > 31) throw new Error('search: MAX_QUERY_TERMS must stay under 32 (one bit per term)');

/** Slack for comparing sums of floating-point weights that may have been added in another order. */
const EPSILON = 1e-9;

/**
 * Whether a word is among the language's `COMMON_WORDS` most frequent (the word vectors' table is
 * in order of frequency in news text: "first", "known", "people", "country"), where a question's
 * word is held by most sentences of most stories.
 */
function isCommonWord(word: string): boolean {
  const r = rowOf(word);
  return r >= 0 && r < COMMON_WORDS;
}

const EMPTY: SearchOutcome = Object.freeze({ hits: [], suggestions: [], terms: [] });
const EMPTY_STEMS: ReadonlySet<string> = new Set();

export function createSearchIndex(sentences: readonly Sentence[], create: CreateOptions = {}): FastSearchIndex {
  const prune = create.prune !== false;
  const rank: Ranking = { ...RANKING, ...create.ranking };
  const decision = create.decision === undefined ? DECISION : create.decision;
  let entries: Entry[] = [];
  /**
   * Per sentence id, 1 once its document was removed (or replaced). Scoring asks it of every
   * posting it walks once any sentence is dead (after the first edit, until a compaction): a flag
   * in a flat array, not a field of each entry, whose million objects would be a cache miss a
   * posting (it doubled a question's CPU at a million sentences).
   */
  let removed = new Uint8Array(1024);
  let aliveCount = 0;
  /** Content stems of the live sentences in all: their mean length, for `rank.length`. */
  let stemTotal = 0;
  const docEntries = new Map<string, number[]>();
  const docOrder = new Map<string, number>();

  // Vocabulary: stems with their postings (sentence ids, ascending) and live document frequency;
  // surface words (folded, unstemmed) with their stem, for typo lookup.
  let stemIds = new Map<string, number>();
  let postings: number[][] = [];
  let df: number[] = [];
  let surface = new WordIndex();
  /** Surface word id → stem id. */
  let stemOfWord: number[] = [];
  /** Stem id → the first word seen with it (what its word vector is looked up by). */
  let stemWord: string[] = [];

  // Scratch buffers for scoring, reused across queries. A query's scoring (`candidates`) gives
  // each sentence it touches the next slot, in the order touched: its sum and its marks live in
  // that slot, so the passes over the touched sentences (the k-th best, dropping those that cannot
  // reach it, the final heap) read them in order instead of one cache miss each in arrays indexed
  // by sentence, and a posting costs one read of `slotOf` until its sentence is touched.
  /** Per sentence: 0 untouched, slot + 1 once touched; -1 while `closestFirst` holds it aside. */
  let slotOf = new Int32Array(1024);
  /** Per slot, the sentence's sum so far. */
  let slotSum = new Float64Array(1024);
  /** Per slot, one bit per query term once that term has scored it (`MAX_QUERY_TERMS` ≤ 31). */
  let slotMarks = new Int32Array(1024);
  /**
   * Per slot, its sentence: reused across queries. As a growing array it was four fifths of what
   * a query allocated at a million sentences (a common word's holders are a hundred thousand), so
   * scavenges came every few queries and each cost milliseconds there.
   */
  let touchedScratch = new Int32Array(1024);
  /** Per stem id, 1 while it is a stem of the unit `candidates` looks up in the touched sentences. */
  let unitStems = new Uint8Array(1024);
  /** The exhaustive baseline's fuse.js collections, per floor, built on first use. */
  const exhaustiveFuse = new Map<string, { fuse: Fuse<string>; ids: number[] }>();

  function stemId(stem: string): number {
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = postings.length;
      stemIds.set(stem, id);
      postings.push([]);
      df.push(0);
    }
    return id;
  }

  /** A word of the vocabulary, with the stem it stands for (the first one seen, if ever two). */
  function addSurface(word: string, sid: number): void {
    const wid = surface.add(word);
    if (stemOfWord[wid] === undefined) stemOfWord[wid] = sid;
    stemWord[sid] ??= word;
  }

  /** Per word as written: its stem id and its part of the fuse text (null: not indexed). */
  let known = new Map<string, { sid: number; fuse: string } | null>();
  /** Sentence id that last added each stem id: distinct stems per sentence without a Set. */
  let lastSeen: number[] = [];

  function addSentence(s: Sentence): void {
    const id = entries.length;
    const sids: number[] = [];
    let fuse = ' ';
    const text = s.text;
    /** The word before, when it is a content word: with a particle right after it, a phrasal verb (see `sentencePhrasal`). */
    let before: string | null = null;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
      const raw = m[0];
      if (before !== null && raw.length <= 4) {
        const lemma = sentencePhrasal(before, fold(raw));
        if (lemma !== null) {
          const sid = stemId(lemma);
          if (lastSeen[sid] !== id) {
            lastSeen[sid] = id;
            sids.push(sid);
          }
        }
      }
      before = null;
      let k = known.get(raw);
      if (k === undefined) {
        const read = readWord(raw);
        if (read) {
          const sid = stemId(read.stem);
          addSurface(read.word, sid);
          // The stem is a word of the fuse text too ("lasted last"), so typos are looked up
          // against it as well: "lbst" is one edit from "last".
          if (read.stem !== read.word) addSurface(read.stem, sid);
          k = { sid, fuse: read.stem === read.word ? `${read.word} ` : `${read.word} ${read.stem} ` };
        } else k = null;
        known.set(raw, k);
      }
      if (k === null) continue;
      before = fold(raw);
      fuse += k.fuse;
      if (lastSeen[k.sid] !== id) {
        lastSeen[k.sid] = id;
        sids.push(k.sid);
      }
    }
    for (const sid of sids) {
      (postings[sid] as number[]).push(id);
      df[sid] = (df[sid] ?? 0) + 1;
    }
    if (!docOrder.has(s.doc)) docOrder.set(s.doc, docOrder.size);
    entries.push({ sentence: s, fuseText: fuse, stems: Int32Array.from(sids), docOrder: docOrder.get(s.doc) ?? 0 });
    fitRemoved();
    let list = docEntries.get(s.doc);
    if (!list) docEntries.set(s.doc, (list = []));
    list.push(id);
    aliveCount++;
    stemTotal += sids.length;
  }

  /** `removed` covers every id (a new sentence is alive). */
  function fitRemoved(): void {
    if (removed.length >= entries.length) return;
    const grown = new Uint8Array(Math.max(entries.length, removed.length * 2));
    grown.set(removed);
    removed = grown;
  }

  function ensureScratch(): void {
    if (slotOf.length >= entries.length) return;
    let n = slotOf.length;
    while (n < entries.length) n *= 2;
    slotOf = new Int32Array(n);
    slotSum = new Float64Array(n);
    slotMarks = new Int32Array(n);
    touchedScratch = new Int32Array(n);
  }

  /** Rebuilds the vocabulary from the live sentences once removals have left too many dead ids. */
  function compact(): void {
    const live = entries.filter((_, id) => removed[id] === 0).map((e) => e.sentence);
    entries = [];
    removed = new Uint8Array(1024);
    aliveCount = 0;
    stemTotal = 0;
    docEntries.clear();
    stemIds = new Map();
    postings = [];
    df = [];
    surface = new WordIndex();
    stemOfWord = [];
    stemWord = [];
    vocabulary = null;
    known = new Map();
    lastSeen = [];
    for (const s of live) addSentence(s);
  }

  function removeDocument(docId: string): void {
    const ids = docEntries.get(docId);
    if (!ids) return;
    for (const id of ids) {
      const e = entries[id];
      if (!e || removed[id] === 1) continue;
      removed[id] = 1;
      aliveCount--;
      stemTotal -= e.stems.length;
      for (const sid of e.stems) df[sid] = (df[sid] ?? 1) - 1;
    }
    docEntries.delete(docId);
    exhaustiveFuse.clear();
    const dead = entries.length - aliveCount;
    if (dead > 1000 && dead > aliveCount) compact();
  }

  /** The record's stems that have a word vector, with their rows; rebuilt when the vocabulary grew. */
  let vocabulary: { sids: Int32Array; rows: Int32Array; size: number; memo: Map<string, [number, number][]> } | null = null;
  /** (The memo holds each question word's neighbours once looked up, for this vocabulary.) */
  function vocabularyRows(): { sids: Int32Array; rows: Int32Array; memo: Map<string, [number, number][]> } {
    if (vocabulary && vocabulary.size === postings.length) return vocabulary;
    const sids: number[] = [];
    const rows: number[] = [];
    for (let sid = 0; sid < postings.length; sid++) {
      const w = stemWord[sid];
      const r = w === undefined ? -1 : rowOf(w);
      if (r >= 0) {
        sids.push(sid);
        rows.push(r);
      }
    }
    vocabulary = { sids: Int32Array.from(sids), rows: Int32Array.from(rows), size: postings.length, memo: new Map() };
    return vocabulary;
  }

  function idf(docFreq: number): number {
    const n = Math.max(aliveCount, 1);
    return Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5));
  }

  /** How one term of a query is read (see `PlanOptions`); every field may be left out. */
  function plan(term: QueryTerm, floor: number, options: PlanOptions = {}): TermPlan {
    const { question = false, category = false, kindAnswers = false, others = [], doer = false, answerWords = [], names = [] } = options;
    const expansions = new Map<number, number>();
    let bestSim = 0;
    let bestDf = -1;
    const consider = (sid: number, sim: number): void => {
      const f = df[sid] ?? 0;
      if (sim <= 0 || f <= 0) return;
      if (sim > (expansions.get(sid) ?? 0)) expansions.set(sid, sim);
      if (sim > bestSim || (sim === bestSim && f > bestDf)) {
        bestSim = sim;
        bestDf = f;
      }
    };
    const exact = stemIds.get(term.stem);
    if (exact !== undefined) consider(exact, 1);
    const max = maxEdits(term.word.length);
    /** Stems fuse.js scores lower than their typo is worth: two letters swapped, counted as one edit. */
    const swapped = new Map<number, number>();
    const real = isDictionaryWord(term.word);
    /** Typo neighbours by stem: whether every word reaching that stem is a word of the language. */
    const typoReal = new Map<number, boolean>();
    surface.near(term.word, max, (wid, errors) => {
      const sid = stemOfWord[wid] as number;
      if (errors > 0 && real) typoReal.set(sid, (typoReal.get(sid) ?? true) && isLookalike(term.word, surface.words[wid] as string));
      if (errors === 2 && isTransposition(term.word, surface.words[wid] as string)) {
        const sim = similarity(1, term.word.length, floor);
        if (sim > (swapped.get(sid) ?? 0)) swapped.set(sid, sim);
        consider(sid, sim);
      } else consider(sid, similarity(errors, term.word.length, floor));
    });
    // Nothing within a typo or two: look as far as fuse.js itself would (its threshold, less the
    // floor). When answering, only long words get there: three edits in a word under eight letters
    // score below the floor (3/9 > 0.3), so fuse would not count them either. When looking for
    // suggestions (floor 0), any word may: the nearest sentences are wanted.
    const far = Math.min(LOOSE_MAX_EDITS, Math.floor(SEARCH_OPTIONS.threshold * (1 - floor) * (term.word.length + 2) + 1e-9));
    if (expansions.size === 0 && far > max && (floor === 0 || term.word.length >= 8)) {
      surface.near(term.word, far, (wid, errors) => consider(stemOfWord[wid] as number, similarity(errors, term.word.length, floor)));
    }
    // A light verb with its particle is a verb of its own ("set up" a festival: found it). So is
    // one whose doer a question asks for, read as the acts that name its doer ("Who started the
    // bakery?" of "It was founded in 2009 by …": see `doerActs`), and only as those.
    // Only where the record writes one of those acts: else the verb names some other event ("Who
    // started the revival?") and stays light.
    // So is a light verb said of a body ("When was the firm started?": see `startsBody`).
    const doerWords =
      question && isLight(term.stem) && term.phrasal === undefined && (doer || startsBody(others.filter((o) => o.stem !== term.stem).map((o) => o.word))) ? [...doerActs(term.word)] : [];
    const writesAct = (w: string): boolean => (df[stemIds.get(readWord(w)?.stem ?? '') ?? -1] ?? 0) > 0 || (relatedWords(w).phrases ?? []).some((ph) => (df[stemIds.get(ph) ?? -1] ?? 0) > 0);
    if (!doerWords.some(writesAct)) doerWords.length = 0;
    const light = isLight(term.stem) && term.phrasal === undefined && doerWords.length === 0;
    const related = new Map<number, number>();
    /** The part of `related` found through word vectors (see `NEIGHBOUR_WEIGHT`). */
    const near = new Map<number, number>();
    const wider = new Map<number, number>();
    /** Stems found only as the term's two-step words (see `twoStepWords`): they never make the record hold it. */
    const twoStep = new Set<number>();
    /** Stems that name a kind of the asked category noun (see `categoryKinds`, `KIND_HELD`). */
    const kinds = new Set<number>();
    /** The closest cosine of a word the record writes, for a word it does not (see `coverBest`). */
    let closest = 1;
    /** Stems found only as kinds of a word the record never writes (see `firstKinds`). */
    const kindOnly = new Set<number>();
    /** Stems found only as the verb of a two-word synonym, with its second words (see `TermPlan.twoWord`). */
    const twoWord = new Map<number, string[]>();
    const add = (w: string, sim: number): void => {
      const read = readWord(w);
      const sid = read ? stemIds.get(read.stem) : undefined;
      if (sid === undefined || (expansions.get(sid) ?? 0) >= sim || (df[sid] ?? 0) <= 0) return;
      related.set(sid, sim);
      consider(sid, sim);
    };
    const addPhrase = (w: string): void => {
      const sid = stemIds.get(w);
      if (sid === undefined || (expansions.get(sid) ?? 0) >= RELATED_SIMILARITY || (df[sid] ?? 0) <= 0) return;
      related.set(sid, RELATED_SIMILARITY);
      consider(sid, RELATED_SIMILARITY);
    };
    if (doerWords.length > 0) {
      // The doer's acts, their posts ("founder") and their phrasal synonyms ("set up"), as related words.
      for (const w of relatedWords(term.word).forms) add(w, FORM_SIMILARITY);
      for (const w of [...doerWords, ...doerRoles(term.word)]) add(w, RELATED_SIMILARITY);
      for (const w of doerWords) for (const ph of relatedWords(w).phrases ?? []) addPhrase(ph);
    } else if (!light) {
      const words = relatedWords(term.word);
      // A question's base forms and synonyms in any form the record writes them ("largest" for
      // "large", "bought" for "buy": see `inflectionsOf`), which the stemmer keeps apart; not a
      // form the question writes as another of its words ("the largest size": "largest" is not
      // the size as well).
      const asked = new Set(others.filter((o) => o.stem !== term.stem).map((o) => o.stem));
      const inflected = (w: string): readonly string[] => (question ? [w, ...inflectionsOf(w).filter((f) => !asked.has(readWord(f)?.stem ?? ''))] : [w]);
      for (const w of words.forms) for (const f of inflected(w)) add(f, FORM_SIMILARITY);
      for (const w of words.related) for (const f of inflected(w)) add(f, RELATED_SIMILARITY);
      // A synonym the record writes as a verb and its particle ("found" ~ "set up"): the index's
      // term of the two words side by side (see `sentencePhrasal`).
      for (const w of words.phrases ?? []) addPhrase(w);
      if (term.phrasal !== undefined) for (const w of phrasalWords(term.phrasal)) add(w, RELATED_SIMILARITY);
      // A state by its words ("in charge" ~ "run", "director": see `stateWords`).
      if (question && term.state !== undefined) for (const w of stateWords(term.state)) for (const f of inflected(w)) add(f, RELATED_SIMILARITY);
      // …and by the more general act it names ("set up" ~ "open": see `phrasalKindOf`).
      if (question && term.phrasal !== undefined) for (const w of phrasalKindOf(term.phrasal)) add(w, RELATED_SIMILARITY);
      // …and the other way, the verb of a question asking who did something by a light verb whose
      // doer it names ("Who founded the dairy?" of "It was started in 1931 by …": see `doerActs`).
      if (question && doer) {
        const acts = new Set([term.word, ...words.forms, ...(term.phrasal === undefined ? [] : phrasalWords(term.phrasal))]);
        for (const w of lightWords()) if (doerActs(w).some((a) => acts.has(a))) add(w, RELATED_SIMILARITY);
      }
      // A question's verb by a synonym the record writes as two words ("founded" ~ "set up"): the
      // synonym's verb, held as a related word only where its second word follows it.
      if (question && term.phrasal === undefined) {
        for (const [verb, second] of twoWordSynonyms(term.word)) {
          const sid = stemIds.get(readWord(verb)?.stem ?? '');
          if (sid === undefined || (expansions.get(sid) ?? 0) >= RELATED_SIMILARITY || (df[sid] ?? 0) <= 0) continue;
          add(verb, RELATED_SIMILARITY);
          twoWord.set(sid, [...(twoWord.get(sid) ?? []), second]);
        }
      }
      if (category && rank.kinds > 0) {
        for (const w of categoryKinds(term.word)) {
          if (stemsToVerb(w)) continue;
          add(w, kindAnswers ? Math.max(rank.kinds, rank.kindHeld) : rank.kinds);
          const read = readWord(w);
          const sid = read ? stemIds.get(read.stem) : undefined;
          if (sid !== undefined && sid !== exact && (df[sid] ?? 0) > 0 && kindAnswers) kinds.add(sid);
        }
      }
      // A question's verb by its words two steps away (see `twoStepWords`), below the related words;
      // not a phrasal verb's ("grow up" is not "age"), which is read as WordNet writes it.
      if (question && rank.twoStep > 0 && term.phrasal === undefined) {
        for (const w of twoStepWords(term.word)) {
          const read = readWord(w);
          const sid = read ? stemIds.get(read.stem) : undefined;
          if (sid !== undefined && !expansions.has(sid)) twoStep.add(sid);
          add(w, rank.twoStep);
        }
      }
      // A question's word the record never writes, by the direct kinds of its common sense that it
      // does write ("valley" ~ "dale", "beds" ~ "bunks": see `firstKinds`), as WordNet's synonyms.
      // Only where the record writes every other word of the question: a kind is weak evidence by
      // itself ("stands in a glen" of "Where in the valley does the hut stand?" asked of a record
      // without the hut).
      const writes = (t: QueryTerm): boolean => stemIds.has(t.stem) || relatedWords(t.word).forms.some((w) => stemIds.has(readWord(w)?.stem ?? ''));
      if (question && rank.firstKinds > 0 && !writes(term) && others.every((o) => o.stem === term.stem || isLight(o.stem) || writes(o))) {
        for (const w of firstKinds(term.word)) {
          const sid = stemIds.get(readWord(w)?.stem ?? '');
          if (sid !== undefined && !related.has(sid)) kindOnly.add(sid);
          add(w, rank.firstKinds);
        }
        for (const sid of kindOnly) if (!related.has(sid)) kindOnly.delete(sid);
      }
      // …and by the general word it is a direct kind of, below a synonym ("waterwheel" ~ "wheel":
      // see `firstGenera`), under the same bounds (written as a word of its own, beside every other
      // word of the question), except the words naming the kind of answer, which the answering
      // sentence seldom writes ("How wide is the waterwheel?" of "its wheel measures six metres").
      // Not a general word spelt as another word of the question ("For whom was the observatory
      // built?" is not held twice by "the building").
      const unasked = (o: QueryTerm): boolean => o.stem === term.stem || isLight(o.stem) || answerWords.includes(o.stem) || writes(o);
      if (question && rank.firstGenera > 0 && !writes(term) && others.every(unasked)) {
        const otherStems = new Set(others.filter((o) => o.stem !== term.stem).flatMap((o) => [o.stem, ...relatedWords(o.word).forms.map((f) => readWord(f)?.stem ?? '')]));
        const genera = firstGenera(term.word).filter((w) => !otherStems.has(readWord(w)?.stem ?? ''));
        for (const w of genera) {
          const sid = stemIds.get(readWord(w)?.stem ?? '');
          if (sid === undefined || related.has(sid)) continue;
          add(w, rank.firstGenera);
          if (related.has(sid)) kindOnly.add(sid);
        }
      }
      // A noun by its near kin in WordNet that the word vectors find close in meaning ("ships" ~
      // "vessels", "earthquake" ~ "tremor": see `kinWords`, `KIN_COSINE`), as a synonym: it holds
      // the word where the sentence holds another of the question's words.
      // Not a name the question writes, nor a name's adjective ("European" ~ "German" are kin, and the
      // vectors find them close: another country's story is no answer).
      if (question && rank.kin > 0 && !names.some((n) => n.stem === term.stem)) {
        const row = rowOf(term.word);
        for (const w of row < 0 ? [] : kinWords(term.word)) {
          const sid = stemIds.get(readWord(w)?.stem ?? '');
          if (sid === undefined || (df[sid] ?? 0) <= 0 || (expansions.get(sid) ?? 0) >= rank.kin) continue;
          const r = rowOf(w);
          if (r < 0 || cosine(row, r) < KIN_COSINE) continue;
          const before = related.has(sid);
          add(w, rank.kin);
          if (rank.kinHeld === 0 && !before && related.has(sid)) kindOnly.add(sid);
        }
      }
      // A word the record never writes: its closest words in meaning the record does write.
      if (question && rank.neighbours > 0 && exact === undefined) {
        const vocab = vocabularyRows();
        let found = vocab.memo.get(term.word);
        if (found === undefined) {
          found = neighbours(term.word, term.stem, vocab, rank.neighbourFloor, NEIGHBOURS);
          if (vocab.memo.size >= 10_000) vocab.memo.clear();
          vocab.memo.set(term.word, found);
        }
        // (a hundredth more: the scan and the re-rank round their int8 dot products alike, not exactly)
        closest = (found.length > 0 ? (found[0] as [number, number])[1] : rank.neighbourFloor) + 0.01;
        for (const [sid, c] of found) {
          const sim = rank.neighbours * c;
          if ((expansions.get(sid) ?? 0) >= sim || (df[sid] ?? 0) <= 0) continue;
          related.set(sid, sim);
          near.set(sid, sim);
          consider(sid, sim);
        }
      }
      if (rank.wider > 0) {
        for (const w of words.wider.flatMap(inflected)) {
          const read = readWord(w);
          const sid = read ? stemIds.get(read.stem) : undefined;
          if (sid !== undefined && (df[sid] ?? 0) > 0 && !expansions.has(sid)) wider.set(sid, rank.wider);
        }
      }
    }
    const lookalike = new Set<number>();
    for (const [sid, both] of typoReal) if (both && exact !== sid && !related.has(sid)) lookalike.add(sid);
    let heldBest = 0;
    for (const [sid, sim] of expansions) if (sim > heldBest && !lookalike.has(sid) && !twoStep.has(sid)) heldBest = sim;
    if (kinds.size > 0) heldBest = Math.max(heldBest, rank.kindHeld);
    const coverBest = exact !== undefined ? 1 : Math.min(1, Math.max(bestSim, (closest - rank.softFloor) / (1 - rank.softFloor)));
    return { term, weight: idf(bestDf < 0 ? 0 : bestDf) ** rank.rarity * (light ? LIGHT_WEIGHT : 1), light, expansions, best: bestSim, related, near, wider, swapped, lookalike, heldBest, coverBest, kinds, firstKinds: kindOnly, twoWord };
  }

  /**
   * The `k` sentences holding the largest IDF-weighted share of the query, from the postings
   * (steps 2–3), exactly; ties go to the lower id. A sentence scores, per term, its closest match
   * among the term's expansions. The expansions are taken in units of one term and one similarity,
   * the unit that can add most first (a rare word as typed before its typo neighbours, a common
   * word last), and once k sentences are ahead of anything the units left could still lift an
   * untouched sentence to, those units only refine the sentences already touched (MaxScore): a
   * common word ("said", "officials", the dozens of two-edit neighbours of a short name)
   * is then looked up in a few sentences instead of walking tens of thousands of postings.
   */
  function candidates(plans: readonly TermPlan[], k: number, within: SearchOptions['within']): Scored[] {
    ensureScratch();
    const total = plans.reduce((a, p) => a + p.weight, 0);
    const anyDead = aliveCount !== entries.length;
    const admit = within ? (id: number): boolean => within((entries[id] as Entry).sentence) : null;
    const { units, soleFrom } = unitsOf(plans);
    /** Per term, the similarity of its closest unit not yet taken: what an untouched sentence can still gain. */
    const next = plans.map((p) => p.best);
    let remaining = plans.reduce((a, p, t) => a + p.weight * (next[t] as number), 0);
    /** Best sum so far: no sentence can be ahead of the others by more. */
    let reached = 0;
    // The touched sentences are `touched[0, count)`, their sums `slotSum[0, count)`.
    const touched = touchedScratch;
    const sums = slotSum;
    const marks = slotMarks;
    let count = 0;
    let closed = false;
    for (let i = 0; i < units.length; i++) {
      const u = units[i] as Unit;
      if (prune && count === 0 && i >= soleFrom) {
        count = closestFirst(units.slice(i), k, admit, anyDead, touched);
        break;
      }
      if (closed || (prune && count >= k && reached > remaining + EPSILON)) {
        // The k-th best so far is a lower bound of the k-th final score; an untouched sentence
        // can gain `remaining` at most, and so can the touched ones: those that cannot reach the
        // k-th best any more are dropped.
        const kth = kthLargest(touched, count, k, admit);
        if (kth > remaining + EPSILON) {
          closed = true;
          // Those kept stay in the order touched.
          let kept = 0;
          for (let j = 0; j < count; j++) {
            const id = touched[j] as number;
            if ((sums[j] as number) + remaining + EPSILON >= kth) {
              touched[kept] = id;
              sums[kept] = sums[j] as number;
              marks[kept] = marks[j] as number;
              slotOf[id] = ++kept;
            } else slotOf[id] = 0;
          }
          count = kept;
        }
      }
      const gain = u.plan.weight * u.sim;
      const bit = 1 << u.term;
      if (closed && count * 16 < u.size) {
        // Few sentences left: look the unit's stems up in each of them (flagged in `unitStems`).
        if (unitStems.length < postings.length) unitStems = new Uint8Array(postings.length * 2);
        for (const sid of u.sids) unitStems[sid] = 1;
        for (let j = 0; j < count; j++) {
          if (((marks[j] as number) & bit) !== 0) continue;
          for (const sid of (entries[touched[j] as number] as Entry).stems) {
            if (unitStems[sid] === 1) {
              sums[j] = (sums[j] as number) + gain;
              marks[j] = (marks[j] as number) | bit;
              break;
            }
          }
        }
        for (const sid of u.sids) unitStems[sid] = 0;
      } else {
        for (const sid of u.sids) {
          for (const id of postings[sid] ?? []) {
            const slot = slotOf[id] as number;
            if (slot > 0) {
              const j = slot - 1;
              const m = marks[j] as number;
              if ((m & bit) !== 0) continue;
              const after = (sums[j] as number) + gain;
              sums[j] = after;
              marks[j] = m | bit;
              if (after > reached) reached = after;
            } else {
              // Closed: only touched sentences take part.
              if (closed || (anyDead && removed[id] === 1)) continue;
              touched[count] = id;
              sums[count] = gain;
              marks[count] = bit;
              slotOf[id] = ++count;
              if (gain > reached) reached = gain;
            }
          }
        }
      }
      const following = units.findIndex((v, j) => j > i && v.term === u.term);
      const nextSim = following < 0 ? 0 : (units[following] as Unit).sim;
      remaining -= u.plan.weight * ((next[u.term] as number) - nextSim);
      next[u.term] = nextSim;
    }
    // Keep the best k (a bounded min-heap); `within` is asked only of sentences that would enter.
    const heap: Scored[] = [];
    const worse = (a: Scored, b: Scored): boolean => a.score < b.score || (a.score === b.score && a.id > b.id);
    for (let j = 0; j < count; j++) {
      const id = touched[j] as number;
      const score = (sums[j] as number) / total;
      slotOf[id] = 0;
      const min = heap.length >= k ? (heap[0] as Scored) : null;
      if (min && (score < min.score || (score === min.score && id > min.id))) continue;
      if (within && !within((entries[id] as Entry).sentence)) continue;
      offer(heap, { id, score }, k, worse);
    }
    return heap;
  }

  /**
   * The scoring units of a query: per term, its expansions grouped by similarity; the unit that
   * can add most first, and among equals the one with fewer postings. `soleFrom`: the position
   * from which every unit is of one term.
   */
  function unitsOf(plans: readonly TermPlan[]): { units: Unit[]; soleFrom: number } {
    const units: Unit[] = [];
    plans.forEach((plan, term) => {
      const bySim = new Map<number, Set<number>>();
      for (const [sid, sim] of plan.expansions) {
        let sids = bySim.get(sim);
        if (!sids) bySim.set(sim, (sids = new Set()));
        sids.add(sid);
      }
      for (const [sim, sids] of bySim) {
        let size = 0;
        for (const sid of sids) size += postings[sid]?.length ?? 0;
        units.push({ term, plan, sim, sids, size });
      }
    });
    units.sort((a, b) => b.plan.weight * b.sim - a.plan.weight * a.sim || a.size - b.size || a.term - b.term);
    let soleFrom = units.length;
    while (soleFrom > 0 && (units[soleFrom - 1] as Unit).term === (units[units.length - 1] as Unit).term) soleFrom--;
    return { units, soleFrom };
  }

  /**
   * When one term alone is left to score and nothing is touched yet (the only term, or the others
   * matched nothing), the best k sentences are its closest matches, lowest ids first: taken from
   * the heads of the postings, unit by unit, instead of walking every posting of a common word.
   */
  function closestFirst(units: readonly Unit[], k: number, admit: ((id: number) => boolean) | null, anyDead: boolean, touched: Int32Array): number {
    let count = 0;
    for (const u of units) {
      const wanted = k - count;
      if (wanted <= 0) return count;
      // Postings are ascending: the lowest `wanted` new ids of the unit are among the first
      // `wanted` new ids of each of its lists.
      const group: number[] = [];
      for (const sid of u.sids) {
        let taken = 0;
        for (const id of postings[sid] ?? []) {
          if (taken >= wanted) break;
          // Taken by a closer unit (a slot), or seen in this one (-1 until the unit is done).
          if (slotOf[id] !== 0) continue;
          if ((anyDead && removed[id] === 1) || (admit && !admit(id))) continue;
          slotOf[id] = -1;
          group.push(id);
          taken++;
        }
      }
      group.sort((a, b) => a - b);
      group.forEach((id, n) => {
        if (n < wanted) {
          touched[count] = id;
          slotSum[count] = u.plan.weight * u.sim;
          slotMarks[count] = 0;
          slotOf[id] = ++count;
        } else slotOf[id] = 0;
      });
    }
    return count;
  }

  /** The k-th largest sum among the touched sentences `ids[0, count)` (that `admit` lets in), or -1 when fewer than k are. */
  function kthLargest(ids: Int32Array, count: number, k: number, admit: ((id: number) => boolean) | null): number {
    const heap: number[] = [];
    const lower = (a: number, b: number): boolean => a < b;
    for (let j = 0; j < count; j++) {
      const v = slotSum[j] as number;
      if (heap.length >= k && v <= (heap[0] as number)) continue;
      if (admit && !admit(ids[j] as number)) continue;
      offer(heap, v, k, lower);
    }
    return heap.length < k ? -1 : (heap[0] as number);
  }

  /**
   * The fuse.js patterns of a term: the stem first (word forms meet there, and a sentence holding
   * the word as typed holds its stem too), then the word as typed (typos are counted on it).
   */
  function patternsOf(term: QueryTerm): string[] {
    return term.stem === term.word ? [` ${term.word} `] : [` ${term.stem} `, ` ${term.word} `];
  }

  /**
   * What a sentence is read with besides its own words, each with what it counts for: the
   * sentence before it in its paragraph when it opens with a pronoun ("He led the team in
   * tackles" is about the man the previous sentence names) or, but for a who-question
   * (`surnames`), with the surname of a person that sentence names in full ("Lund retired in
   * 1911" after "… founded in 1880 by Ida Lund": the name's own words left out), and its
   * document's headline (the topic every sentence of the story is about). null when no candidate
   * has any.
   */
  function contextsOf(ids: readonly number[], surnames: boolean): ([Int32Array, number][] | null)[] | null {
    let any = false;
    const bodies = rank.body > 0 ? bodyNounsOf(ids) : null;
    const out = ids.map((id) => {
      const e = entries[id] as Entry;
      const s = e.sentence;
      const ctx: [Int32Array, number][] = [];
      if (s.paragraph > 0) {
        const before = entries[id - 1];
        if (before && removed[id - 1] === 0 && before.sentence.doc === s.doc && before.sentence.paragraph === s.paragraph && before.sentence.sentence === s.sentence - 1) {
          const points = opensWithPronoun(s.text) || refersBack(s.text, before.sentence.text);
          const name = points || !surnames ? null : opensWithSurnameOf(s.text, before.sentence.text);
          if (name === null) ctx.push([before.stems, points ? rank.pronoun : rank.previous]);
          else {
            // The full name's other words ("Ida" of "Ida Lund") are the person the sentence
            // already names: what the sentence before says of them is read, not the name again.
            const own = new Set(name.map((w) => stemIds.get(readWord(w)?.stem ?? '') ?? -1));
            ctx.push([before.stems.filter((sid) => !own.has(sid)), rank.pronoun]);
          }
        }
        const first = docEntries.get(s.doc)?.[0];
        const head = first === undefined ? undefined : entries[first];
        if (head && removed[first as number] === 0 && head.sentence.paragraph === 0) ctx.push([head.stems, rank.headline]);
        const subject = rank.subject > 0 ? subjectOf(id) : null;
        if (subject !== null && subject.stems.length > 0) ctx.push([subject.stems, rank.subject]);
        const nouns = bodies?.(id, subject);
        if (nouns) ctx.push([nouns, rank.body]);
      }
      if (ctx.length === 0) return null;
      any = true;
      return ctx;
    });
    return any ? out : null;
  }

  /** Per document (its first entry), what it says of the named bodies it is about (see `docBodiesOf`). */
  const docBodies = new WeakMap<Entry, DocBodies>();

  /**
   * What a document says of its named bodies: the nouns "is a" gives a name that opens a sentence
   * (`predicateNoun`), and per sentence opening with a definite noun the name it stands for: the
   * name opening the nearest earlier sentence of the document, else its name-only headline.
   */
  function docBodiesOf(doc: string): DocBodies | null {
    const list = docEntries.get(doc);
    const first = list?.[0];
    if (list === undefined || first === undefined) return null;
    const key = entries[first] as Entry;
    const known = docBodies.get(key);
    if (known !== undefined) return known;
    const is = new Map<string, string[]>();
    const definite = new Map<number, { name: string; noun: string; opens: boolean }>();
    const head = removed[first] === 0 && key.sentence.paragraph === 0 ? headingName(key.sentence.text) : null;
    let last: readonly string[] | null = null;
    for (const id of list) {
      const e = entries[id] as Entry;
      if (removed[id] !== 0 || e.sentence.paragraph === 0) continue;
      const text = e.sentence.text;
      const said = predicateNoun(text);
      if (said !== null) {
        const k = nameKey(said.name);
        const nouns = is.get(k) ?? [];
        if (!nouns.includes(said.noun)) nouns.push(said.noun);
        is.set(k, nouns);
      }
      const ref = subjectReference(text);
      const name = last ?? head;
      const nounRef = typeof ref === 'object' ? ref : null;
      const later = nounRef !== null ? null : DEFINITE_SUBJECT.exec(text);
      const noun = nounRef !== null ? nounRef.noun : later?.[1];
      // A definite subject after a short fronted phrase ("In 2019 the firm switched …") is the
      // sentence's; one after a clause ("…, and the race was not rowed") is not.
      const fronted = later !== null && later !== undefined && !/[,;:]/u.test(text.slice(0, later.index)) && (text.slice(0, later.index).match(WORD) ?? []).length <= FRONTED_WORDS;
      if (noun !== undefined && name !== null) definite.set(id, { name: nameKey(name), noun: noun.toLowerCase(), opens: nounRef !== null || fronted });
      const opening = said?.name ?? openingName(text);
      if (opening !== null) last = opening;
    }
    const out: DocBodies = { is, definite };
    docBodies.set(key, out);
    return out;
  }

  /**
   * The nouns the record calls a named body by (see `BODY_CONTEXT`), read from the documents of
   * the candidates: per name, the nouns "is a" gives it, and the definite nouns a sentence opens
   * with for it where one of those can name the same sort of thing (`sameSort`). Returns, per
   * candidate, the stems of those nouns it does not write itself when its subject is such a body:
   * it opens with the name, its "It" or definite noun stands for it (`subjectOf`), or its definite
   * noun is one of the body's nouns. null when no candidate's document names a body with a noun.
   */
  function bodyNounsOf(ids: readonly number[]): ((id: number, subject: Subject | null) => Int32Array | null) | null {
    const docs = new Map<string, DocBodies>();
    for (const id of ids) {
      const doc = (entries[id] as Entry).sentence.doc;
      if (docs.has(doc)) continue;
      const b = docBodiesOf(doc);
      if (b !== null) docs.set(doc, b);
    }
    const nouns = new Map<string, Set<string>>();
    for (const b of docs.values()) {
      for (const [k, list] of b.is) {
        const set = nouns.get(k) ?? new Set<string>();
        for (const n of list) set.add(n);
        nouns.set(k, set);
      }
    }
    if (nouns.size === 0) return null;
    for (const b of docs.values()) {
      for (const { name, noun } of b.definite.values()) {
        const set = nouns.get(name);
        if (set !== undefined && !set.has(noun) && [...set].some((n) => sameSort(noun, n))) set.add(noun);
      }
    }
    const stemsOf = new Map<string, number[]>();
    const stemIdOf = (n: string): number => stemIds.get(readWord(n)?.stem ?? '') ?? -1;
    for (const [k, set] of nouns) stemsOf.set(k, [...set].map(stemIdOf).filter((sid) => sid >= 0));
    return (id, subject) => {
      const e = entries[id] as Entry;
      const opening = NAME_AT.exec(e.sentence.text)?.[1]?.split(/\s+/u) ?? null;
      let k: string | null = opening !== null && stemsOf.has(nameKey(opening)) ? nameKey(opening) : null;
      // The subject's name as `openingName` reads it may stop at "&" ("Astrid" of "Astrid & Creel …").
      if (k === null && subject !== null) {
        const sk = nameKey(subject.name);
        k = stemsOf.has(sk) ? sk : ([...stemsOf.keys()].find((b) => b.startsWith(`${sk} `)) ?? null);
      }
      if (k === null) {
        const d = docs.get(e.sentence.doc)?.definite.get(id);
        if (d !== undefined && d.opens && nouns.get(d.name)?.has(d.noun)) k = d.name;
      }
      if (k === null) return null;
      const own = (stemsOf.get(k) ?? []).filter((sid) => !e.stems.includes(sid));
      return own.length > 0 ? Int32Array.from(own) : null;
    };
  }

  /** Per sentence, the name its subject stands for (see `subjectOf`). */
  const subjects = new WeakMap<Entry, Subject | null>();

  /** Per sentence and question noun, whether the noun names the sentence's subject (see `namesTheSubject`). */
  const subjectNames = new WeakMap<Entry, Map<string, boolean>>();

  /**
   * Whether a question's noun names what a sentence's subject ("It", "The canal", `subjectOf`)
   * stands for: the noun is a word of the name or what one of its words, or a noun "is a" gives
   * the name in its document (`docBodiesOf`), is a kind of (`canName`): "the waterway" for the
   * Drumvale Cut, "a narrow canal"; "the event" for the Lisvane Lamp Festival.
   */
  function namesTheSubject(id: number, word: string): boolean {
    const e = entries[id] as Entry;
    if (e.sentence.paragraph === 0) return false;
    let memo = subjectNames.get(e);
    const known = memo?.get(word);
    if (known !== undefined) return known;
    let out = false;
    const subject = POSSESSIVE_SUBJECT.test(e.sentence.text) ? null : subjectOf(id);
    if (subject !== null) {
      const key = nameKey(subject.name);
      const is = docBodiesOf(e.sentence.doc)?.is;
      const nouns = is === undefined ? [] : (is.get(key) ?? [...is].find(([k]) => k.startsWith(`${key} `) || k.endsWith(` ${key}`))?.[1] ?? []);
      // The name's head (its last word: "Depot" of "Quorvin Tram Depot"), not a word
      // qualifying it, whose other senses would name anything ("ferry": ferrying, a business).
      out = canName(word, [subject.name[subject.name.length - 1] ?? '', ...nouns], '');
    }
    if (memo === undefined) subjectNames.set(e, (memo = new Map<string, boolean>()));
    memo.set(word, out);
    return out;
  }

  /**
   * The stems of the name a sentence's subject stands for, when that subject is "It" or a
   * definite noun (`subjectReference`): the name opening the nearest earlier sentence of its
   * document that it can stand for (a pronoun any name, a noun one it can name: `canName`), else
   * its headline when that is nothing but a name it can stand for (`headingName`); null otherwise. The sentence
   * then holds that name as a pronoun holds its sentence before (at `rank.subject`): "It opened to
   * traffic in 1798" two sentences after "The Wexlow Canal links …" is about the canal.
   * A sentence writing every word of the name itself has the subject all the same (session 34,
   * q67: a founding sentence naming the founders whose surname the body's name is lost the nouns
   * the record calls the body by, and "Who started the firm?" its answer).
   */
  function subjectOf(id: number): Subject | null {
    const e = entries[id] as Entry;
    const known = subjects.get(e);
    if (known !== undefined) return known;
    let out: Subject | null = null;
    const ref = subjectReference(e.sentence.text);
    if (ref !== null) {
      let name: string[] | null = null;
      const fits = (words: readonly string[], text: string): boolean => (ref === true ? true : canName(ref.noun, words, text));
      for (let k = id - 1; k >= 0 && k >= id - SUBJECT_REACH && name === null; k--) {
        const b = entries[k];
        if (!b || b.sentence.doc !== e.sentence.doc || b.sentence.paragraph === 0) break;
        if (removed[k] !== 0) continue;
        const opening = openingName(b.sentence.text);
        if (opening !== null && fits(opening, b.sentence.text)) name = opening;
      }
      if (name === null) {
        const first = docEntries.get(e.sentence.doc)?.[0];
        const head = first === undefined ? undefined : entries[first];
        const heading = head && removed[first as number] === 0 && head.sentence.paragraph === 0 ? headingName(head.sentence.text) : null;
        if (heading !== null && fits(heading, '')) name = heading;
      }
      if (name !== null) {
        const sids = tokenize(name.join(' ')).map((t) => stemIds.get(t.stem) ?? -1).filter((sid) => sid >= 0 && !e.stems.includes(sid));
        const opens = typeof ref === 'object' ? ref.words : /^\s*It\b/u.test(e.sentence.text) ? 1 : 0;
        out = { name, stems: Int32Array.from(new Set(sids)), sequence: sequenceOf(name.join(' ')), opens };
      }
    }
    subjects.set(e, out);
    return out;
  }

  /**
   * Whether a sentence writes a question's noun (stem id `sid`, stem `stem`) only as "its/their
   * <noun> <noun>" with a noun the question does not ask for (WordNet's, not an adjective),
   * while its document's first sentence names that noun: "Its youth choir, founded in 1992, …" in a story opening "The Kelby Choir
   * sings …" is a part of the choir the story is about, not the choir "When was the choir
   * established?" asks about. The sentence then holds the noun as a pronoun's context does.
   */
  /**
   * Whether a sentence writes the word of a stem with one of these words right after it: "set up"
   * ("It was set up in 2016 by …"), not "set" alone ("set in a valley"). See `TermPlan.twoWord`.
   */
  function writesTwoWord(text: string, sid: number, seconds: readonly string[]): boolean {
    const stem = readWord(stemWord[sid] ?? '')?.stem;
    const words = text.toLowerCase().match(WORD) ?? [];
    for (let n = 0; n + 1 < words.length; n++) if (seconds.includes(words[n + 1] as string) && readWord(words[n] as string)?.stem === stem) return true;
    return false;
  }

  /** Whether a sentence writes a verb (its stem) with `last` among the `IDIOM_REACH` words after it ("took place"). */
  function writesIdiom(text: string, stem: string, last: string): boolean {
    const words = text.toLowerCase().match(WORD) ?? [];
    for (let n = 0; n + 1 < words.length; n++) {
      if (readWord(words[n] as string)?.stem !== stem) continue;
      for (let k = n + 1; k <= n + IDIOM_REACH && k < words.length; k++) if (words[k] === last || readWord(words[k] as string)?.stem === readWord(last)?.stem) return true;
    }
    return false;
  }

  function writesOnlyAPartOf(id: number, sid: number, stem: string, asked: ReadonlySet<string>): boolean {
    const s = (entries[id] as Entry).sentence;
    const first = (docEntries.get(s.doc) ?? []).find((d) => removed[d] === 0 && (entries[d] as Entry).sentence.paragraph > 0);
    if (first === undefined || first === id || !(entries[first] as Entry).stems.includes(sid)) return false;
    const words = s.text.toLowerCase().match(WORD) ?? [];
    let seen = false;
    for (let n = 0; n < words.length; n++) {
      if (readWord(words[n] as string)?.stem !== stem) continue;
      const before = n >= 1 ? readWord(words[n - 1] as string) : null;
      if (n < 2 || !POSSESSIVES.has(words[n - 2] as string) || before === null || asked.has(before.stem)) return false;
      // A noun before the noun names a part ("youth choir"); an adjective one of its states or
      // times ("its fifteenth season", "its new stadium").
      const poses = baseForms(words[n - 1] as string);
      if (!poses.has('noun') || poses.has('adj')) return false;
      seen = true;
    }
    return seen;
  }

  /**
   * Step 4: fuse.js scores each term in each candidate; relevance is the weighted share found.
   * A term's patterns only run on the candidates not yet matched exactly (the best score cannot
   * improve there), which saves most of the bitap work without changing any score. With
   * `exactFromIndex` (the fast path), a sentence the index knows to hold the term's stem starts
   * matched exactly: fuse.js scores " stem " in its text 0.001, which is similarity 1. The
   * exhaustive baseline leaves every score to fuse.js (`fuse`); the fast path (`fuse` null) runs
   * fuse.js's match ported to typed arrays (`bitap.ts`), the same scores without a fuse.js
   * collection per term.
   */
  function rerank(plans: readonly TermPlan[], ids: readonly number[], fuse: Fuse<string> | null, floor: number, exactFromIndex: boolean, query: QueryContext): Scored[] {
    const options = fuseOptionsFor(floor);
    const total = plans.reduce((a, p) => a + p.weight, 0);
    const score = new Float64Array(ids.length);
    /** The score without the wider circles' words (see `Scored.base`), and whether they added to it. */
    const baseScore = new Float64Array(ids.length);
    let widened = false;
    // A sentence that holds only the light verbs of a question ("begin" of "ceasefire begin") is
    // about another event: it scores nothing, unless the question has no other word.
    const topical = plans.some((p) => !p.light);
    const onTopic = new Uint8Array(ids.length);
    /**
     * Per sentence, how many of the query's topical terms it holds as written, as a word form or
     * with a typo (`HELD_SIMILARITY`); light verbs do not count.
     */
    const held = new Uint8Array(ids.length);
    /**
     * Per sentence, how many of those it holds only through WordNet's words: they count once the
     * sentence holds another term itself (a word of one question held only so is no answer).
     */
    const heldWordNet = new Uint8Array(ids.length);
    /**
     * Per sentence, how many it holds only through a kind of a word the record never writes (see
     * `firstKinds`): they count where it holds every other word of the question ("stands in a
     * glen" holds no "Where in the valley does the hut stand?" of a record without the hut).
     */
    const heldKinds = new Uint8Array(ids.length);
    /** Per sentence, whether one of the terms it holds is not a common word (see `COMMON_WORDS`). */
    const heldRare = new Uint8Array(ids.length);
    /** Per sentence, whether it holds a name of the question as written (see `QueryContext.named`). */
    const heldName = new Uint8Array(ids.length);
    /** Per sentence, whether it holds a verb the question asks the doer of, as counted (1) or only through WordNet's words not counted (2; see `AGENT_HELD`). */
    const actHeld = new Uint8Array(ids.length);
    // Context reads a question's words around a sentence; a topic or a phrase is looked for in
    // the sentences that hold it.
    // A surname pointing back is read for questions other than who: a person is answered by the
    // sentence naming them in full (see `opensWithSurnameOf`).
    const contexts = query.shape.question ? contextsOf(ids, query.shape.answerType !== 'person') : null;
    const seen = create.observe ? { typed: [] as Float64Array[], related: [] as Float64Array[], context: [] as Float64Array[], soft: [] as Float64Array[] } : null;
    // What the answer-or-refuse model reads (see `DECISION`): per sentence, the weight it holds
    // as typed, of that in specific words, and the weight it holds only through WordNet's words.
    const deciding = decision !== null && query.shape.question;
    // With the sentence vectors ready, the model that reads the cosine in meaning decides.
    const model = modelFor(query);
    const typedWeight = new Float64Array(ids.length);
    /**
     * Per sentence, the weight of the asked noun it holds only as a kind of it (see `KIND_HELD`):
     * typed where the sentence writes another of the question's words exactly ("In which building
     * is the archive housed?" is not answered by a sentence naming a boathouse, whose letters hold
     * "housed" for fuse.js, and nothing else of it).
     */
    const kindWeight = new Float64Array(ids.length);
    /** The term a "how many" question counts, where the record may count a kind of it instead (see `countsAKindOf`). */
    const counted = query.shape.question && rank.kindHeld > 0 && query.shape.counted !== null ? query.shape.counted : null;
    /** A question's noun of kinds and the noun it asks a kind of (see `QueryShape.sortOf`). */
    const sortOf = query.shape.question && rank.kindHeld > 0 ? query.shape.sortOf : null;
    const sortNoun = sortOf ? stemIds.get(sortOf.noun) : undefined;
    const anyKinds = plans.some((p) => p.kinds.size > 0 || (counted !== null && p.term.word === counted) || (sortOf !== null && sortNoun !== undefined && p.term.stem === sortOf.kind));
    /** Per sentence, whether it writes a word of the question as typed, exactly (not a typo's or a letter match's). */
    const writesOther = new Uint8Array(ids.length);
    /** Per sentence, what its kinds of the asked noun add to its score above `KIND_SIMILARITY`, where it writes another word (see `KIND_HELD`). */
    const kindExtra = new Float64Array(ids.length);
    const specificWeight = new Float64Array(ids.length);
    const relatedWeight = new Float64Array(ids.length);
    const nearWeight = new Float64Array(ids.length);
    // Per sentence, the weight of the question's topical words it holds by any route: as typed,
    // through WordNet's words or its context (see `DECISION.cover`); the closest words in meaning
    // add theirs below.
    const coverWeight = new Float64Array(ids.length);
    let recordWeight = 0;
    let topicalWeight = 0;
    // Per sentence, the weight its words closest in meaning add to a question's (see `soft.ts`).
    const softWeight = (rank.soft > 0 || deciding || create.observe) && query.shape.question ? new Float64Array(ids.length) : null;
    const softRows = new Map<number, number>();
    const askedStems = new Set(plans.map((p) => p.term.stem));
    /** Per sentence, the question's nouns it writes only as a part of the story's own thing (see `writesOnlyAPartOf`). */
    const partStems: (Set<string> | undefined)[] = [];
    for (const p of plans) {
      const best = new Float64Array(ids.length);
      const common = query.shape.question && isCommonWord(p.term.word);
      const exact = exactFromIndex ? stemIds.get(p.term.stem) : undefined;
      if (exact !== undefined) {
        for (let i = 0; i < ids.length; i++) if ((entries[ids[i] as number] as Entry).stems.includes(exact)) best[i] = 1;
      }
      patternsOf(p.term).forEach((pattern, n) => {
        if (!fuse) {
          // The fast path: fuse.js's own match, ported (bitap.ts), on each candidate not yet held.
          const bitap = bitapPattern(pattern, options.threshold);
          const open = n > 0 || exact !== undefined;
          for (let i = 0; i < ids.length; i++) {
            if (open && (best[i] as number) >= 1) continue;
            const score = bitap.score((entries[ids[i] as number] as Entry).fuseText);
            if (score < 0) continue;
            const sim = similarityOfFuseScore(score, floor);
            if (sim > (best[i] as number)) best[i] = sim;
          }
          return;
        }
        let searcher = fuse;
        let at: number[] | null = null;
        if (n > 0 || exact !== undefined) {
          at = [];
          for (let i = 0; i < ids.length; i++) if ((best[i] as number) < 1) at.push(i);
          if (at.length === 0) return;
          if (at.length < ids.length) searcher = new Fuse(at.map((i) => (entries[ids[i] as number] as Entry).fuseText), options);
          else at = null;
        }
        for (const r of searcher.search(pattern)) {
          const i = at ? (at[r.refIndex] as number) : r.refIndex;
          const sim = similarityOfFuseScore(r.score ?? 1, floor);
          if (sim > (best[i] as number)) best[i] = sim;
        }
      });
      // fuse.js counts two swapped letters as two errors; the term holds such a word as one typo.
      if (p.swapped.size > 0) {
        for (let i = 0; i < ids.length; i++) {
          for (const sid of (entries[ids[i] as number] as Entry).stems) {
            const sim = p.swapped.get(sid) ?? 0;
            if (sim > (best[i] as number)) best[i] = sim;
          }
        }
      }
      // A question's idiom ("take place", "give birth") is not held by its verb alone ("take home
      // the juice"): only where the idiom's last word follows the verb within a few words ("took
      // place"), or by another of its words ("occurred"). A phrasal verb's particle may stand far
      // from its verb, or the record may write the verb alone ("set in 1990" for "set up"): kept.
      if (query.shape.question && rank.idiomHeld > 0 && p.term.phrasal !== undefined && !isParticle(p.term.phrasal.split('_').at(-1) as string)) {
        const last = p.term.phrasal.split('_').at(-1) as string;
        const own = stemIds.get(p.term.stem);
        for (let i = 0; i < ids.length; i++) {
          const e = entries[ids[i] as number] as Entry;
          if ((best[i] as number) <= 0 || own === undefined || !e.stems.includes(own) || writesIdiom(e.sentence.text, p.term.stem, last)) continue;
          let other = 0;
          for (const sid of e.stems) if (sid !== own) other = Math.max(other, p.expansions.get(sid) ?? 0);
          best[i] = Math.min(best[i] as number, other);
        }
      }
      // A part of the story's own thing ("its youth choir") holds the noun as a pronoun's context
      // does (below), not as written.
      let part: Uint8Array | null = null;
      if (query.shape.question && exact !== undefined) {
        for (let i = 0; i < ids.length; i++) {
          if ((best[i] as number) >= 1 && writesOnlyAPartOf(ids[i] as number, exact, p.term.stem, askedStems)) {
            (part ??= new Uint8Array(ids.length))[i] = 1;
            (partStems[i] ??= new Set()).add(p.term.stem);
            best[i] = 0;
          }
        }
      }
      // A related word scores, but does not make the term held: a question answered only through
      // WordNet's words would otherwise pass the one-held-term rule on generic words.
      const typed = p.related.size > 0 || p.kinds.size > 0 || (counted !== null && p.term.word === counted) || (sortOf !== null && p.term.stem === sortOf.kind) ? best.slice() : best;
      if (p.related.size > 0) {
        const kindStems = p.firstKinds.size > 0 ? new Set([...p.firstKinds].map((sid) => readWord(stemWord[sid] ?? '')?.stem ?? '')) : null;
        for (let i = 0; i < ids.length; i++) {
          const entry = entries[ids[i] as number] as Entry;
          /** Whether the sentence writes a kind of the term as a word of its own (read once, where it decides). */
          let asHead: boolean | undefined;
          for (const sid of entry.stems) {
            const sim = p.related.get(sid) ?? 0;
            if (sim <= (best[i] as number)) continue;
            if (kindStems !== null && p.firstKinds.has(sid) && !(asHead ??= writesAsHead(entry.sentence.text, kindStems))) continue;
            const seconds = p.twoWord.get(sid);
            if (seconds !== undefined && !writesTwoWord(entry.sentence.text, sid, seconds)) continue;
            best[i] = sim;
          }
        }
      }
      // A kind of the asked noun holds it as typed: the answer names the kind ("France" for
      // "which country"), never the noun (see `KIND_HELD`); it is no word the record rarely uses,
      // and it scores above `KIND_SIMILARITY` only in a sentence that writes another word of the
      // question exactly (added once every term is read, see `kindExtra`).
      let kindOnly: Uint8Array | null = null;
      if (p.kinds.size > 0 && rank.kindHeld > 0 && query.shape.question) {
        for (let i = 0; i < ids.length; i++) {
          if ((typed[i] as number) >= rank.kindHeld) continue;
          if (!(entries[ids[i] as number] as Entry).stems.some((sid) => p.kinds.has(sid))) continue;
          const capped = Math.max(rank.kinds, typed[i] as number);
          if ((best[i] as number) > capped) {
            kindExtra[i] = (kindExtra[i] as number) + p.weight * ((best[i] as number) - capped);
            best[i] = capped;
          }
          typed[i] = rank.kindHeld;
          (kindOnly ??= new Uint8Array(ids.length))[i] = 1;
        }
      }
      // A count of a kind of the counted noun holds it as a kind of an asked noun does ("How many
      // animals …" of "keeps 26 horses"): as typed at `KIND_HELD` where the sentence writes another
      // word of the question exactly, else as a related word.
      if (counted !== null && p.term.word === counted) {
        for (let i = 0; i < ids.length; i++) {
          if ((typed[i] as number) >= rank.kindHeld || !countsAKindOf((entries[ids[i] as number] as Entry).sentence.text, counted)) continue;
          if ((best[i] as number) < rank.kinds) best[i] = rank.kinds;
          kindExtra[i] = (kindExtra[i] as number) + p.weight * Math.max(0, rank.kindHeld - (best[i] as number));
          typed[i] = rank.kindHeld;
          (kindOnly ??= new Uint8Array(ids.length))[i] = 1;
        }
      }
      // A noun of kinds ("Which varieties of apple …") is held by a sentence naming a kind of the
      // noun it gives way to ("cherry and plum tomatoes"), as a kind of an asked noun holds it.
      if (sortOf !== null && p.term.stem === sortOf.kind && sortNoun !== undefined) {
        for (let i = 0; i < ids.length; i++) {
          const entry = entries[ids[i] as number] as Entry;
          if ((typed[i] as number) >= rank.kindHeld || !entry.stems.includes(sortNoun) || !namesAKindOf(entry.sentence.text, sortOf.noun)) continue;
          if ((best[i] as number) < rank.kinds) best[i] = rank.kinds;
          kindExtra[i] = (kindExtra[i] as number) + p.weight * Math.max(0, rank.kindHeld - (best[i] as number));
          typed[i] = rank.kindHeld;
          (kindOnly ??= new Uint8Array(ids.length))[i] = 1;
        }
      }
      // (Only read when a term of the question has kinds of its noun: otherwise nothing is added below.)
      if (anyKinds) {
        for (let i = 0; i < ids.length; i++) {
          if ((typed[i] as number) >= 1 && kindOnly?.[i] !== 1 && (!p.light || !topical) && !lookalikeOnly(p, ids[i] as number, typed[i] as number)) writesOther[i] = 1;
        }
      }
      if (seen) {
        seen.typed.push(Float64Array.from(typed, (t, i) => (lookalikeOnly(p, ids[i] as number, t) ? 0 : t)));
        seen.related.push(best.slice());
      }
      if (deciding) {
        const counts = !p.light || !topical;
        const specific = (df[stemIds.get(p.term.stem) ?? -1] ?? 0) < SPECIFIC_SHARE * Math.max(aliveCount, 1);
        if (counts) {
          topicalWeight += p.weight;
          if (p.heldBest >= HELD_SIMILARITY) recordWeight += p.weight;
        }
        for (let i = 0; i < ids.length; i++) {
          const t = lookalikeOnly(p, ids[i] as number, typed[i] as number) ? 0 : (typed[i] as number);
          if (counts && t >= HELD_SIMILARITY) {
            if (kindOnly?.[i] === 1) kindWeight[i] = (kindWeight[i] as number) + p.weight * t;
            else typedWeight[i] = (typedWeight[i] as number) + p.weight * t;
            if (specific && kindOnly?.[i] !== 1) specificWeight[i] = (specificWeight[i] as number) + p.weight * t;
          }
          if ((best[i] as number) > t) relatedWeight[i] = (relatedWeight[i] as number) + p.weight * ((best[i] as number) - t);
          if (p.near.size > 0 && (best[i] as number) > t) {
            let n = 0;
            for (const sid of (entries[ids[i] as number] as Entry).stems) n = Math.max(n, p.near.get(sid) ?? 0);
            if (n > t) nearWeight[i] = (nearWeight[i] as number) + p.weight * (n - t);
          }
        }
      }
      const actBefore = query.shape.verbs.includes(p.term.stem) ? held.slice() : null;
      /** Per sentence, whether this term is held there (so it is counted once). */
      const heldHere = new Uint8Array(ids.length);
      /** Per sentence, whether this term is held there only through a WordNet word (see `SUBJECT_NAMED` below). */
      let viaWordNet: Uint8Array | undefined;
      for (let i = 0; i < ids.length; i++) {
        if ((best[i] as number) > 0 && (!p.light || !topical)) {
          onTopic[i] = 1;
          if ((typed[i] as number) >= HELD_SIMILARITY && !lookalikeOnly(p, ids[i] as number, typed[i] as number)) heldHere[i] = 1;
          // A question's word the sentence writes as WordNet's synonym or derived form ("fixed" /
          // "repaired", "wed" / "married") is held as well: readers paraphrase. Not the closest
          // words in meaning (vectors join "bought" and "sold"), nor the wider circle.
          // So is one written two steps away (see `twoStepWords`), at that tier's similarity: a
          // sentence sharing one word with the question and its verb two steps away is no
          // coincidence of one word ("Who manages the reserve?" / "the reserve is run by …").
          else if (
            query.shape.question &&
            (best[i] as number) >= Math.min(RELATED_SIMILARITY, rank.twoStepHeld > 0 ? rank.twoStep : RELATED_SIMILARITY) &&
            heldThroughWordNet(p, ids[i] as number, best[i] as number)
          ) {
            heldHere[i] = 1;
            if (heldThroughWordNet(p, ids[i] as number, best[i] as number, true)) {
              heldWordNet[i] = (heldWordNet[i] as number) + 1;
              (viaWordNet ??= new Uint8Array(ids.length))[i] = 1;
            }
            else heldKinds[i] = (heldKinds[i] as number) + 1;
            continue;
          }
          held[i] = (held[i] as number) + (heldHere[i] as number);
          if (heldHere[i] === 1 && !common) heldRare[i] = 1;
          if ((typed[i] as number) >= 1 && query.named.has(p.term.stem)) heldName[i] = 1;
        }
      }
      // The context's words, for a term the sentence does not hold as well itself. They count
      // as held too: "He led the team in tackles" holds the man the sentence before names.
      if (contexts) {
        for (let i = 0; i < ids.length; i++) {
          const ctx = contexts[i];
          if (!ctx || (best[i] as number) >= 1) continue;
          let sim = 0;
          let heldSim = 0;
          for (const [sids, discount] of ctx) {
            for (const sid of sids) {
              const e = p.expansions.get(sid);
              if (e !== undefined && e * discount > sim) sim = e * discount;
              if (e !== undefined && e * discount > heldSim && !p.lookalike.has(sid)) heldSim = e * discount;
            }
          }
          if (sim <= (best[i] as number)) continue;
          if ((!p.light || !topical) && heldSim >= HELD_SIMILARITY && heldHere[i] === 0) {
            held[i] = (held[i] as number) + 1;
            heldHere[i] = 1;
            if (!common) heldRare[i] = 1;
          }
          best[i] = sim;
        }
      }
      if (part) {
        for (let i = 0; i < ids.length; i++) {
          if (part[i] === 0 || (best[i] as number) >= rank.pronoun) continue;
          if ((!p.light || !topical) && heldHere[i] === 0) {
            held[i] = (held[i] as number) + 1;
            heldHere[i] = 1;
            if (!common) heldRare[i] = 1;
          }
          best[i] = rank.pronoun;
        }
      }
      // A question's noun that names what the sentence's subject stands for holds there as the
      // name does: "the waterway" of "It opened in 1806" where "It" is the Drumvale Cut,
      // "a narrow canal" (see `SUBJECT_NAMED`).
      if (contexts && rank.subjectNamed > 0 && query.definite.has(p.term.word)) {
        for (let i = 0; i < ids.length; i++) {
          // A noun held only through a WordNet word of the sentence ("workshop" ~ "shop") is held as
          // written where the sentence's subject is what it names.
          const wordNetOnly = viaWordNet?.[i] === 1;
          if (((best[i] as number) >= rank.subjectNamed && !wordNetOnly) || !namesTheSubject(ids[i] as number, p.term.word)) continue;
          if (wordNetOnly && (!p.light || !topical)) {
            heldWordNet[i] = (heldWordNet[i] as number) - 1;
            held[i] = (held[i] as number) + 1;
            if (!common) heldRare[i] = 1;
            (viaWordNet as Uint8Array)[i] = 0;
          }
          if ((!p.light || !topical) && heldHere[i] === 0) {
            held[i] = (held[i] as number) + 1;
            heldHere[i] = 1;
            if (!common) heldRare[i] = 1;
          }
          best[i] = Math.max(best[i] as number, rank.subjectNamed);
        }
      }
      // The act counts as held where the sentence holds it as written (1), or only through WordNet's words (2: counted once it holds another term).
      if (actBefore !== null) for (let i = 0; i < ids.length; i++) if (heldHere[i] === 1) actHeld[i] = (held[i] as number) > (actBefore[i] as number) ? 1 : 2;
      if (deciding && (!p.light || !topical)) for (let i = 0; i < ids.length; i++) coverWeight[i] = (coverWeight[i] as number) + p.weight * (best[i] as number);
      // The closest word in meaning, for a word the sentence does not hold (see `soft.ts`).
      if (softWeight && (!p.light || !topical)) {
        const gains = softGains(p.term.word, p.term.stem, ids.map((id) => (entries[id] as Entry).stems), best, (sid) => stemWord[sid], rank.softFloor, softRows);
        if (gains) for (let i = 0; i < ids.length; i++) softWeight[i] = (softWeight[i] as number) + p.weight * (gains[i] as number);
        if (seen) seen.soft.push(gains ?? new Float64Array(ids.length));
      } else if (seen) seen.soft.push(new Float64Array(ids.length));
      if (seen) seen.context.push(best.slice());
      // The wider circle's words, in a sentence that holds nothing closer for the term.
      let wide: Float64Array | null = null;
      if (p.wider.size > 0) {
        for (let i = 0; i < ids.length; i++) {
          if ((best[i] as number) >= rank.wider) continue;
          for (const sid of (entries[ids[i] as number] as Entry).stems) {
            const sim = p.wider.get(sid) ?? 0;
            if (sim > (best[i] as number)) (wide ??= new Float64Array(ids.length))[i] = sim - (best[i] as number);
          }
        }
      }
      for (let i = 0; i < ids.length; i++) {
        score[i] = (score[i] as number) + p.weight * (best[i] as number);
        baseScore[i] = (baseScore[i] as number) + p.weight * (best[i] as number);
        if (wide && (wide[i] as number) > 0) {
          score[i] = (score[i] as number) + p.weight * (wide[i] as number);
          widened = true;
        }
      }
    }
    // A question asking who did something by a light verb ("Who started the farm?"): a sentence
    // holding the question's thing only through its context ("It" for the farm) and naming the
    // doer of the act after "by" ("It was started in 1987 by …") is about it (see `AGENT_TOPIC`).
    if (deciding && model && rank.agentTopic > 0 && query.shape.answerType === 'person' && plans.some((p) => p.light && query.shape.verbs.includes(p.term.stem)) && plans.some((p) => !p.light && !query.shape.verbs.includes(p.term.stem))) {
      let doer: ((stem: string) => boolean) | undefined;
      for (let i = 0; i < ids.length; i++) {
        if (onTopic[i] === 1 || (held[i] as number) === 0 || !((score[i] as number) > 0)) continue;
        if (agentAfter((entries[ids[i] as number] as Entry).sentence.text, (doer ??= doerVerb(plans, query)))) onTopic[i] = 1;
      }
    }
    const holdable = plans.filter((p) => !p.light || !topical).length;
    for (let i = 0; i < ids.length; i++) {
      if ((held[i] as number) === 0) continue;
      if (actHeld[i] === 2) actHeld[i] = 1;
      const own = (held[i] as number) + (heldWordNet[i] as number);
      held[i] = own + (own + (heldKinds[i] as number) >= holdable ? (heldKinds[i] as number) : 0);
    }
    for (let i = 0; anyKinds && i < ids.length; i++) {
      if (writesOther[i] !== 1) continue;
      typedWeight[i] = (typedWeight[i] as number) + (kindWeight[i] as number);
      score[i] = (score[i] as number) + (kindExtra[i] as number);
      baseScore[i] = (baseScore[i] as number) + (kindExtra[i] as number);
    }
    // A question's sentence holding only common words of it ("first", "known", "country") shares
    // them by chance more often than not: it holds one, as far as the lone rule goes.
    if (query.shape.question) for (let i = 0; i < ids.length; i++) if ((held[i] as number) >= 2 && heldRare[i] === 0 && heldWordNet[i] === 0) held[i] = 1;
    const topicalTerms = topical ? plans.filter((p) => !p.light).length : plans.length;
    // A two-word question is answered by its name when its other word is the kind of thing it
    // asks for ("What religion was Kino?") or the record holds that word somewhere: "What did
    // Brandt say about whaling?" of a record without whaling is not about it.
    const recordHoldsAll = (query.shape.head !== null && plans.some((p) => p.term.stem === query.shape.head)) || plans.every((p) => (p.light && topical) || p.heldBest >= HELD_SIMILARITY);
    const stems = new Set(plans.map((p) => p.term.stem));
    const out: Scored[] = [];
    // The answer type is looked for (by the tagger) in the sentences closest to the best share
    // only: within `ANSWER_TYPE_REACH` of it, and at most `ANSWER_TYPE_CANDIDATES` of them.
    const shares: number[] = [];
    for (let i = 0; i < ids.length; i++) if (onTopic[i] === 1) shares.push((score[i] as number) / total);
    shares.sort((a, b) => b - a);
    const typeFloor = shares.length === 0 ? 1 : Math.max((shares[0] as number) - rank.typeReach, shares[Math.min(shares.length, ANSWER_TYPE_CANDIDATES) - 1] as number);
    const observed: Observation['candidates'][number][] = [];
    // The persons the question points to by "she" or "he" (see `PRONOUN_ODDS`).
    const asksOf = deciding && (rank.pronounOdds > 0 || rank.pronounMissing > 0) ? personPronouns(query.shape.sequence) : 0;
    // The act a question asks the doer of, where a sentence naming its doer holds it (see `AGENT_HELD`).
    const actOf =
      deciding && model && rank.agentHeld > 0 && query.shape.answerType === 'person' && plans.some((p) => query.shape.verbs.includes(p.term.stem) && (!p.light || !topical)) && plans.some((p) => !query.shape.verbs.includes(p.term.stem) && (!p.light || !topical))
        ? doerVerb(plans, query)
        : null;
    for (let i = 0; i < ids.length; i++) {
      const coverage = (score[i] as number) / total;
      if (!(coverage > 0 && onTopic[i] === 1)) continue;
      const id = ids[i] as number;
      const named = heldName[i] === 1 && recordHoldsAll;
      // A sentence naming the doer of the act a question asks the doer of holds that act (see `AGENT_HELD`).
      if (actOf !== null && actHeld[i] !== 1 && isLone(held[i] as number, named, topicalTerms, coverage, query) && agentAfter((entries[id] as Entry).sentence.text, actOf)) held[i] = (held[i] as number) + 1;
      const rel = relevance(coverage, held[i] as number, named, topicalTerms, id, query, stems, typeFloor, partStems[i]);
      let features: DecisionFeatures | null = null;
      let odds: number | undefined;
      const meaning = query.meaning ? query.meaning((entries[id] as Entry).sentence) : 0;
      if (deciding && model) {
        const lone = isLone(held[i] as number, named, topicalTerms, coverage, query);
        features = {
          reaches: rel >= rank.bar ? 1 : 0,
          // The relevance it would have holding enough of the question's words (see below).
          open: lone ? coverage : rel,
          typed: (typedWeight[i] as number) / total,
          related: (relatedWeight[i] as number) / total,
          record: topicalWeight > 0 ? recordWeight / topicalWeight : 0,
          specific: (specificWeight[i] as number) / total,
          unnamed: query.unnamed ? 1 : 0,
          lone: lone ? 1 : 0,
          soft: softWeight ? (softWeight[i] as number) / total : 0,
          near: (nearWeight[i] as number) / total,
          cover: topicalWeight > 0 ? Math.min(1, ((coverWeight[i] as number) + (softWeight ? (softWeight[i] as number) : 0)) / topicalWeight) : 0,
          meaning,
        };
        odds = model.intercept;
        for (const k of Object.keys(features) as (keyof DecisionFeatures)[]) odds += model[k] * features[k];
        // A sentence sharing one word with a short question: its cosine in meaning with the
        // question tells a paraphrase from another story sharing the word (see `LONE_MEANING_ODDS`);
        // not a question whose answer type is evidence, which has its own window read by the cosine.
        if (lone && query.meaning && topicalTerms <= rank.loneMeaningTerms && !typeIsEvidence(query.shape)) odds += rank.loneMeaningOdds * (meaning - rank.loneMeaningCentre);
        // A sentence sharing one word with the question that writes the question's subject before
        // its verb is about what the question asks about (see `SUBJECT_FIRST_ODDS`).
        // Not a question whose answer type is evidence either: it has its own window (as above).
        if (lone && query.subject.size > 0 && query.meaning && meaning >= rank.subjectFirstFloor && !typeIsEvidence(query.shape) && writesSubjectFirst((entries[id] as Entry).sentence.text, query.subject)) odds += rank.subjectFirst;
        // A lone sentence's relevance as if held lies between 0 and its coverage: read it (the
        // extras: order, closeness, answer type) only where the decision depends on it.
        if (lone) {
          const without = odds - model.open * coverage;
          if (seen || without >= 0 !== without + model.open * coverage >= 0) {
            features.open = relevance(coverage, Math.max(2, held[i] as number), true, topicalTerms, id, { ...query, unnamed: false }, stems, typeFloor, partStems[i]);
            odds = without + model.open * features.open;
          }
        }
        // A sentence pointing to the person the question points to, by a pronoun of the same; a
        // question of one topical word is about that person, and another sentence is not its answer.
        if (asksOf !== 0) {
          if ((personPronouns(sequenceOf((entries[id] as Entry).sentence.text)) & asksOf) !== 0) odds += rank.pronounOdds;
          else if (topicalTerms <= 1) odds -= rank.pronounMissing;
        }
      }
      if (seen && features) {
        observed.push({
          id,
          text: (entries[id] as Entry).sentence.text,
          score: rel,
          features,
          open: features.open,
          held: held[i] as number,
          named: heldName[i] === 1 && recordHoldsAll,
          lone: isLone(held[i] as number, heldName[i] === 1 && recordHoldsAll, topicalTerms, coverage, query),
          typed: seen.typed.map((a) => a[i] as number),
          related: seen.related.map((a) => a[i] as number),
          context: seen.context.map((a) => a[i] as number),
          soft: seen.soft.map((a) => a[i] as number),
          answerType: query.shape.answerType !== null && holdsAnswerType((entries[id] as Entry).sentence.text, query.shape.answerType, stems, query.shape.units, query.shape.measure),
        });
      }
      if (odds !== undefined) {
        // The model decides a question's answers (it was fitted on scores the wider words lifted).
        const soft = softWeight ? (rank.soft * (softWeight[i] as number)) / total : 0;
        out.push({ id, score: rel + soft + MEANING_WEIGHT * meaning, odds, lone: features?.lone === 1, meaning });
        continue;
      }
      if (!widened || baseScore[i] === score[i]) {
        out.push({ id, score: rel });
        continue;
      }
      const baseCoverage = (baseScore[i] as number) / total;
      const base = relevance(baseCoverage, held[i] as number, named, topicalTerms, id, query, stems, typeFloor, partStems[i]);
      out.push({ id, score: rel, base });
    }
    // The answer type re-orders the answers a typed question gets (see `ANSWER_TYPE_BONUS`).
    const type = query.shape.answerType;
    const specific = type === 'money' || type === 'frequency' || type === 'reason' || type === 'change' || type === 'time' || type === 'proportion' || (type === 'number' && query.shape.units.length > 0);
    // A candidate that would answer a question of a specific kind without holding an answer of
    // that kind loses `rank.untyped` of its odds (see `UNTYPED_ODDS`); not for a reason, which a
    // record often gives without a word of cause.
    // A sum of money or a time of day loses more (see `UNTYPED_SUM_ODDS`).
    // …and a candidate of a question opening by asking when that holds no date (see `UNTYPED_DATE_ODDS`).
    const untyped = (type === 'money' || type === 'time') && rank.untypedSum > 0 ? rank.untypedSum : rank.untyped;
    const untypedLoss =
      type === null || !deciding || !model
        ? 0
        : (type !== 'reason' && (specific || asksCount(query.shape)) ? untyped : 0) + (type === 'date' && query.shape.sequence[0]?.word === 'when' ? rank.untypedDate : 0);
    if (type !== null && untypedLoss > 0) {
      for (const [n, s] of out.entries()) {
        if ((s.odds ?? -1) < 0 || holdsAnswerType((entries[s.id] as Entry).sentence.text, type, stems, query.shape.units, query.shape.measure)) continue;
        out[n] = { ...s, odds: (s.odds as number) - untypedLoss };
      }
    }
    // …and a candidate of a question opening with "who" that names nobody at all (see
    // `UNNAMED_DOER_ODDS`); not a "what" question whose head noun reads as a person ("What are
    // borrowers asked to return?" asks for a thing).
    if (deciding && model && type === 'person' && query.shape.sequence[0]?.word === 'who' && rank.untypedWho > 0) {
      for (const [n, s] of out.entries()) {
        if ((s.odds ?? -1) < 0 || namesSomeone((entries[s.id] as Entry).sentence.text, stems)) continue;
        out[n] = { ...s, odds: (s.odds as number) - rank.untypedWho };
      }
    }
    // A question asking who did something: a candidate naming the doer of its act after "by"
    // (see `AGENT_ODDS`), among the few that could answer. The act as typed or in its WordNet
    // words, a kind of it too ("built" ~ "erected": the wider circle), not its closest words in
    // meaning (vectors join "bought" and "sold").
    // A light verb ("Who started the troupe?") brings no WordNet words to the ranking: for the doer
    // its act is read as typed, in its synonyms ("begun by"), and by the acts that name its doer's
    // role ("start" ~ "founder" ~ "found": see `doerActs`), so "a troupe founded in 1911 by …"
    // names who started it.
    // A question asking who holds a post ("Who was the creator of the show?") asks for the doer of
    // the acts WordNet makes the post from, as typed with their irregular forms ("created by …"),
    // or for a name beside the post itself (see `QueryShape.posts`).
    const posts = query.shape.posts;
    if (deciding && model && (query.shape.verbs.length > 0 || posts.acts.length > 0) && (rank.agentOdds > 0 || rank.agentBonus > 0)) {
      const verbs = plans.filter((p) => query.shape.verbs.includes(p.term.stem));
      const postStems = new Set(posts.acts.map((w) => stemOf(fold(w))));
      const isVerb = doerVerb(plans, query);
      const near =
        verbs.length === 0 && postStems.size === 0
          ? []
          : out
              .map((s, n) => [s, n] as const)
              .filter(([s]) => s.lone !== true && (s.odds ?? -Infinity) >= -rank.agentOdds)
              .sort(([a], [b]) => b.score - a.score)
              .slice(0, ANSWER_TYPE_BONUS_CANDIDATES);
      // …or by a post of the act beside their name ("Owner Ada Renn said …": see `roleBeside`).
      const roles = new Set(verbs.flatMap((p) => doerRoles(p.term.word)).flatMap((w) => readWord(w)?.stem ?? []));
      if (posts.post !== null) roles.add(posts.post);
      const isRole = (stem: string): boolean => roles.has(stem);
      for (const [s, n] of near) {
        const text = (entries[s.id] as Entry).sentence.text;
        if (!agentAfter(text, isVerb) && !(roles.size > 0 && roleBeside(text, isRole, stems))) continue;
        out[n] = { ...s, odds: (s.odds as number) + rank.agentOdds, boost: (s.boost ?? 0) + rank.agentBonus };
      }
    }
    if (deciding && model && type !== null && rank.typeBonus > 0) {
      const answering = out
        .map((s, n) => [s, n] as const)
        .filter(([s]) => (s.odds ?? -1) >= 0)
        .sort(([a], [b]) => b.score - a.score)
        .slice(0, ANSWER_TYPE_BONUS_CANDIDATES);
      // A "how many" question is answered by a count of its noun ("The hall has three courts")
      // where one of them holds one: any other number ("Since 1978", "a three-week closure") then
      // counts something else.
      const countedNoun = asksCount(query.shape) ? (query.shape.counted as string) : null;
      const counting = countedNoun === null ? [] : answering.filter(([s]) => countsTheNoun((entries[s.id] as Entry).sentence.text, countedNoun));
      for (const [s, n] of counting.length > 0 ? counting : answering) {
        if (counting.length > 0 || holdsAnswerType((entries[s.id] as Entry).sentence.text, type, stems, query.shape.units, query.shape.measure)) out[n] = { ...s, boost: (s.boost ?? 0) + rank.typeBonus };
      }
      // Evidence for the decision: when no candidate answers, the best one just short of it that
      // holds an answer of the asked kind answers (see `ANSWER_TYPE_ODDS`): money, how often, a
      // reason or a measure in units, not a name, a date or a bare count, which nearly every
      // news sentence holds.
      const counts = rank.countOdds > 0 && asksCount(query.shape) ? (query.shape.counted as string) : null;
      // …and a date for a question that opens by asking when (see `WHEN_ODDS`).
      // A date asked within the year ("When in the year …") is evidenced by a time named, not any date (see `WITHIN_YEAR`).
      const withinYear = type === 'date' && query.shape.units.includes(WITHIN_YEAR);
      const when = rank.whenOdds > 0 && type === 'date' && query.shape.sequence[0]?.word === 'when';
      if (answering.length === 0 && rank.typeOdds > 0 && (specific || counts !== null || when)) {
        const near = out
          .map((s, n) => [s, n] as const)
          .filter(([s]) => (s.odds ?? -Infinity) >= -(s.lone === true ? loneWindow(s.meaning ?? 0) : rank.typeOdds))
          .sort(([a], [b]) => b.score - a.score)
          .slice(0, ANSWER_TYPE_BONUS_CANDIDATES);
        for (const [s, n] of near) {
          const text = (entries[s.id] as Entry).sentence.text;
          // A sentence close in meaning to a "how many" question counts what it asks in its own
          // words ("room for 1,200 burials" for "How many people can be buried there?"): any count.
          const counted = (): boolean => countsTheNoun(text, counts as string) || (paraphrases(s.meaning ?? 0) && holdsAnswerType(text, type, stems, query.shape.units, query.shape.measure));
          if (!(when ? (withinYear ? holdsAnswerType(text, type, stems, query.shape.units) : writesDate(text, stems)) : specific ? holdsAnswerType(text, type, stems, query.shape.units, query.shape.measure) : counted())) continue;
          out[n] = { ...s, odds: 0, boost: (s.boost ?? 0) + rank.typeBonus };
          break;
        }
      }
    }
    // A question asking for a kind of answer that none of the answers holding more of its words
    // gives: an answer sharing one word with it that gives one, close to it in meaning, comes
    // first (see `LONE_TYPED_FIRST`). Only the order moves: every one of them answers already.
    // Not a reason (a record gives one without a word of cause) nor a place (a local story names
    // one in nearly every sentence).
    if (deciding && model && type !== null && type !== 'reason' && type !== 'place' && rank.loneTypedFirst > 0) {
      const gives = (s: Scored): boolean => holdsAnswerType((entries[s.id] as Entry).sentence.text, type, stems, query.shape.units, query.shape.measure);
      const fuller = out.filter((s) => s.lone !== true && (s.odds ?? -1) >= 0);
      const lone = out
        .map((s, n) => [s, n] as const)
        .filter(([s]) => s.lone === true && (s.odds ?? -1) >= 0 && paraphrases(s.meaning ?? 0))
        .sort(([a], [b]) => b.score + (b.boost ?? 0) - (a.score + (a.boost ?? 0)));
      const lead = fuller.length > 0 && lone.length > 0 && !fuller.some(gives) ? lone.find(([s]) => gives(s)) : undefined;
      if (lead !== undefined) out[lead[1]] = { ...lead[0], lead: true };
    }
    if (create.observe && exactFromIndex) {
      create.observe({
        terms: plans.map((p) => ({ word: p.term.word, stem: p.term.stem, weight: p.weight, light: p.light, df: df[stemIds.get(p.term.stem) ?? -1] ?? 0, heldBest: p.heldBest, related: p.related.size })),
        count: aliveCount,
        question: query.shape.question,
        unnamed: query.unnamed,
        candidates: observed,
        decided: new Map(out.filter((s) => s.odds !== undefined).map((s) => [s.id, s.odds as number])),
        keys: new Map(out.filter((s) => s.odds !== undefined).map((s) => [s.id, s.score + (s.boost ?? 0)])),
      });
    }
    return out;
  }

  /**
   * How far short of answering a candidate sharing one word with the question may fall and still
   * answer by holding an answer of the asked kind: `ANSWER_TYPE_LONE_ODDS`, or
   * `ANSWER_TYPE_MEANING_LONE_ODDS` where its cosine in meaning with the question reaches
   * `ANSWER_TYPE_MEANING_FLOOR` (a paraphrase of the question, not another story sharing a word).
   */
  function loneWindow(meaning: number): number {
    return paraphrases(meaning) ? Math.max(rank.typeLoneOdds, rank.typeMeaningOdds) : rank.typeLoneOdds;
  }

  /** Whether a candidate's cosine in meaning with the question reaches `ANSWER_TYPE_MEANING_FLOOR` (and the rule is on). */
  function paraphrases(meaning: number): boolean {
    return rank.typeMeaningOdds > 0 && meaning >= rank.typeMeaningFloor;
  }

  /**
   * Whether the answer type is evidence for a question's decision (see `ANSWER_TYPE_ODDS`): it
   * asks for money, how often, a reason, a change, a time, a share or a measure in units, counts a
   * noun (`COUNT_EVIDENCE`), or opens by asking when (`WHEN_ODDS`).
   */
  function typeIsEvidence(shape: QueryShape): boolean {
    const type = shape.answerType;
    if (rank.typeOdds <= 0 || type === null) return false;
    const specific = type === 'money' || type === 'frequency' || type === 'reason' || type === 'change' || type === 'time' || type === 'proportion' || (type === 'number' && shape.units.length > 0);
    return specific || (rank.countOdds > 0 && asksCount(shape)) || (rank.whenOdds > 0 && type === 'date' && shape.sequence[0]?.word === 'when');
  }

  /**
   * Whether a stem writes an act whose doer a question asks for (see `AGENT_ODDS`): one of its verbs
   * as typed or in its WordNet words, a kind of it too ("built" ~ "erected": the wider circle), not
   * its closest words in meaning (vectors join "bought" and "sold"); a light verb ("Who started the
   * troupe?") in its synonyms ("begun by") and by the acts that name its doer's role ("start" ~
   * "founder" ~ "found": see `doerActs`), with their particles ("set up by"); or an act WordNet makes
   * a post the question asks about from (see `QueryShape.posts`).
   */
  function doerVerb(plans: readonly TermPlan[], query: QueryContext): (stem: string) => boolean {
    const verbs = plans.filter((p) => query.shape.verbs.includes(p.term.stem));
    const postStems = new Set(query.shape.posts.acts.map((w) => stemOf(fold(w))));
    const doers = new Set(
      verbs.filter((p) => p.light).flatMap((p) => [...relatedWords(p.term.word).related, ...doerActs(p.term.word)].flatMap((w) => stemIds.get(readWord(w)?.stem ?? '') ?? [])),
    );
    // …and those acts as the record may write them, a verb and its particle ("set up by": see `sentencePhrasal`).
    for (const p of verbs.filter((v) => v.light)) {
      for (const w of doerActs(p.term.word)) for (const ph of relatedWords(w).phrases ?? []) if (stemIds.has(ph)) doers.add(stemIds.get(ph) as number);
    }
    return (stem: string): boolean => {
      const sid = stemIds.get(stem);
      if (sid === undefined) return false;
      if (doers.has(sid) || postStems.has(stem)) return true;
      return verbs.some((p) => stemIds.get(p.term.stem) === sid || (!p.light && ((p.related.has(sid) && !p.near.has(sid)) || p.wider.has(sid))));
    };
  }

  /**
   * Whether a question counts things ("How many bedrooms …", see `QueryShape.counted`): a
   * candidate holding no number at all (a year in a date is none) then loses `rank.untyped` of
   * its odds as one short of a money or a measure does. Most news sentences hold a number, so a
   * count is no evidence for the decision (`ANSWER_TYPE_ODDS`), but holding none is against it:
   * "How many rooms does the lodge have?" is not answered by "The lodge is a converted barn."
   */
  function asksCount(shape: QueryShape): boolean {
    return shape.answerType === 'number' && shape.counted !== null;
  }

  /**
   * Whether a sentence holds a term at `sim` through one of its WordNet words (not only through
   * word vectors); `own`: through one that is not only a kind of a word the record never writes
   * (see `TermPlan.firstKinds`).
   */
  function heldThroughWordNet(p: TermPlan, id: number, sim: number, own = false): boolean {
    for (const sid of (entries[id] as Entry).stems) if ((p.related.get(sid) ?? 0) >= sim && !p.near.has(sid) && !(own && p.firstKinds.has(sid))) return true;
    return false;
  }

  /**
   * Whether a sentence holds a term (at `typed`, under an exact match) only through lookalikes:
   * it holds one of them and none of the term's other expansions that close.
   */
  function lookalikeOnly(p: TermPlan, id: number, typed: number): boolean {
    if (typed >= 1 || p.lookalike.size === 0) return false;
    let look = false;
    for (const sid of (entries[id] as Entry).stems) {
      if (p.lookalike.has(sid)) look = true;
      else if ((p.expansions.get(sid) ?? 0) >= HELD_SIMILARITY && !p.related.has(sid)) return false;
    }
    return look;
  }

  /**
   * Whether the query names people, places or organisations and the record holds none of them
   * (not even a typo away): a question about Lisbon is not answered from a record without it,
   * however many of its other words a sentence shares.
   */
  function nameBest(name: QueryTerm, plans: readonly TermPlan[]): number {
    return (plans.find((p) => p.term.stem === name.stem) ?? plan(name, MIN_SIMILARITY)).best;
  }

  function absentNames(shape: QueryShape, plans: readonly TermPlan[]): boolean {
    const absent = shape.names.filter((name) => nameBest(name, plans) < NAME_SIMILARITY).length;
    return shape.names.length > 0 && absent > 0 && absent >= shape.names.length * ABSENT_NAMES;
  }

  function contextOf(read: QueryShape, plans: readonly TermPlan[], options: SearchOptions, text: string): QueryContext {
    const shape = options.answerType === false ? { ...read, answerType: null } : read;
    const named = new Set<string>();
    if (shape.question && shape.names.length > 0 && shape.names.every((n) => nameBest(n, plans) >= NAME_SIMILARITY)) {
      for (const n of shape.names) named.add(n.stem);
    }
    const definite = new Set<string>();
    if (shape.question) for (const m of text.matchAll(DEFINITE_PHRASE)) for (const w of (m[1] as string).toLowerCase().split(/\s+/u)) definite.add(w);
    const subject: ReadonlySet<string> = shape.question && rank.subjectFirst > 0 ? new Set(questionSubject(text)) : NO_STEMS;
    return { shape, unnamed: absentNames(shape, plans), named, memo: [], meaning: shape.question ? (options.meaning ?? null) : null, definite, subject };
  }

  /**
   * Final relevance of a sentence, in [0, 1]: the weighted share of the query it holds
   * (`coverage`), scaled by what the share cannot see (see `shape.ts`): the query's words in order
   * as a phrase, its content words close together, an answer of the kind the question asks for.
   * Scaled, not added: extras never lift a sentence that holds little of the query. They are read
   * only where they can matter (sentences that could reach the bar), and the answer type only
   * for those near the best share (it runs the tagger).
   */
  function isLone(held: number, heldName: boolean, terms: number, coverage: number, query: QueryContext): boolean {
    const named = terms === LONE_NAME_TERMS && held === 1 && heldName;
    return (held < Math.min(2, terms) && !named) || query.unnamed || (terms === 1 && coverage < ONE_TERM_BAR);
  }

  function relevance(coverage: number, held: number, heldName: boolean, terms: number, id: number, query: QueryContext, allStems: ReadonlySet<string>, typeFloor: number, parts?: ReadonlySet<string>): number {
    // A noun the sentence writes only as a part of the story's thing is not there for order or closeness.
    const stems = parts ? new Set([...allStems].filter((st) => !parts.has(st))) : allStems;
    // One shared word of a question of several is a coincidence, not an answer, unless it is the
    // name a two-word question asks about; and nothing answers a question that names only what
    // the record never mentions.
    const lone = isLone(held, heldName, terms, coverage, query);
    // The extras this query can show at all: order needs two words, closeness two terms, an
    // answer type a question asking for one. A one-word query is judged by its word alone.
    const { shape } = query;
    if (rank.length > 0 && !lone) coverage *= lengthFactor((entries[id] as Entry).stems.length);
    const possible =
      (shape.sequence.length >= 2 ? rank.phrase : 0) + (allStems.size >= 2 ? rank.closeness : 0) + (shape.answerType ? rank.answerType : 0);
    const plain = possible > 0 ? 1 - rank.extras : 1;
    let s = coverage * plain;
    // The extras only lower a sentence that misses them, so one under the bar stays there.
    if (!lone && coverage >= rank.bar) {
      const text = (entries[id] as Entry).sentence.text;
      const written = parts ? sequenceOf(text).filter((w) => !parts.has(w.stem)) : sequenceOf(text);
      // A sentence whose subject stands for a name reads with the name in its place ("It opened
      // in 1798" as "Wexlow Canal opened in 1798"): the question's words in order and together.
      const subject = shape.question && rank.subject > 0 && (entries[id] as Entry).sentence.paragraph > 0 ? subjectOf(id) : null;
      const seq = subject && subject.stems.length > 0 ? [...subject.sequence, ...written.slice(subject.opens)] : written;
      if (possible > 0) {
        let extras = 0;
        if (shape.sequence.length >= 2) extras += rank.phrase * phraseShare(shape.sequence, seq, query.memo);
        if (stems.size >= 2) extras += rank.closeness * closeness(stems, seq);
        if (shape.answerType && coverage >= typeFloor && holdsAnswerType(text, shape.answerType, stems, shape.units, shape.measure)) extras += rank.answerType;
        s = coverage * (plain + (rank.extras * extras) / possible);
      }
      // A question asks for something it does not say: a sentence holding nothing but the
      // question's own words (a heading) cannot answer it as well as one that says more.
      if (shape.question && !saysMore(seq, stems)) s *= rank.bare;
    }
    return lone ? s * rank.bar * LONE_SCALE : Math.min(1, s);
  }

  /**
   * BM25's length normalisation for a sentence of `length` content stems (a term held once):
   * 1 for a sentence of the record's mean length, less for a longer one, more for a shorter one,
   * by `rank.length` (BM25's b; 0: sentences of any length alike).
   */
  function lengthFactor(length: number): number {
    const mean = aliveCount > 0 ? stemTotal / aliveCount : 1;
    const b = rank.length;
    return (1 + BM25_K1) / (1 + BM25_K1 * (1 - b + (b * length) / Math.max(mean, 1)));
  }

  function compareEntries(a: Scored, b: Scored): number {
    const ka = a.score + (a.boost ?? 0);
    const kb = b.score + (b.boost ?? 0);
    if (kb !== ka) return kb - ka;
    const ea = entries[a.id] as Entry;
    const eb = entries[b.id] as Entry;
    return (
      ea.docOrder - eb.docOrder ||
      ea.sentence.paragraph - eb.sentence.paragraph ||
      ea.sentence.sentence - eb.sentence.sentence ||
      a.id - b.id
    );
  }

  function toHit(item: Scored, plans: readonly TermPlan[]): SearchHit {
    const sentence = (entries[item.id] as Entry).sentence;
    const boost = rank.hitBoost > 0 && (item.boost ?? 0) !== 0 ? { boost: item.boost as number } : {};
    return lazyProperty(item.lead === true ? { sentence, score: item.score, lead: true, ...boost } : { sentence, score: item.score, ...boost }, 'highlights', () => highlightsOf(sentence.text, plans.map((p) => p.term)));
  }

  /**
   * Hits at or above the bar. Without any, the nearest sentences become suggestions; when even
   * those are empty, `rescore` looks again counting weak, shared-letter matches (floor 0), so a
   * question the record does not cover still gets its nearest sentences, labelled as such.
   */
  function outcome(scored: Scored[], plans: readonly TermPlan[], limit: number, rescore: () => Scored[]): SearchOutcome {
    scored.sort(compareEntries);
    const terms = plans.map((p) => p.term.word);
    // A question's candidates carry the model's log-odds: it is answered by those reaching 0.
    if (scored.some((s) => s.odds !== undefined)) {
      // Sentences sharing one word with it answer only when nothing holding more does.
      const passed = scored.filter((s) => (s.odds ?? -Infinity) >= 0);
      // …or one of them gives the kind of answer none of those does (see `LONE_TYPED_FIRST`): first.
      const fuller = passed.some((s) => s.lone !== true) ? passed.filter((s) => s.lone !== true || s.lead === true) : passed;
      const hits = [...fuller.filter((s) => s.lead === true), ...fuller.filter((s) => s.lead !== true)].slice(0, limit);
      if (hits.length > 0) return { hits: hits.map((h) => toHit(h, plans)), suggestions: [], terms };
      return { hits: [], suggestions: scored.slice(0, Math.min(limit, SUGGESTION_LIMIT)).map((h) => toHit(h, plans)), terms };
    }
    // A question is answered when a sentence reaches the bar without the wider circles' words;
    // then they may re-rank its answers. Otherwise the sentences suggest, by that score.
    const answered = scored.some((s) => (s.base ?? s.score) >= rank.bar);
    if (!answered && scored.some((s) => s.base !== undefined)) {
      scored = scored.map((s) => (s.base === undefined ? s : { id: s.id, score: s.base })).sort(compareEntries);
    }
    const hits = answered ? scored.filter((s) => s.score >= rank.bar).slice(0, limit) : [];
    if (hits.length > 0) return { hits: hits.map((h) => toHit(h, plans)), suggestions: [], terms };
    // A loose score counts matches under the floor, so in odd cases (fuse matching across word
    // boundaries) it can reach the bar although no term matched as a word: never as a suggestion.
    const near = scored.length > 0 ? scored : rescore().filter((s) => s.score < rank.bar).sort(compareEntries);
    const suggestions = near.slice(0, Math.min(limit, SUGGESTION_LIMIT)).map((h) => toHit(h, plans));
    return { hits: [], suggestions, terms };
  }

  /**
   * Whether a term is the noun a "how many" question counts, which a sentence may hold by counting
   * a kind of it (`countsAKindOf`, read per candidate when re-ranked; no word finds it).
   */
  function countable(p: TermPlan, query: QueryContext): boolean {
    return rank.kindHeld > 0 && query.shape.question && (query.shape.counted === p.term.word || query.shape.sortOf?.kind === p.term.stem);
  }

  /** The most a term adds per its weight: its closest match, or a counted kind of it (see `countable`). */
  function reach(p: TermPlan, query: QueryContext): number {
    return countable(p, query) ? Math.max(p.best, rank.kindHeld) : p.best;
  }

  function fastScores(plans: readonly TermPlan[], options: SearchOptions, floor: number, query: QueryContext): Scored[] {
    // Far below the bar, fuse.js cannot lift a sentence to an answer (it scores the same edits;
    // the benchmark checks that not-found decisions agree with exhaustive fuse.js). When even a
    // sentence holding every term at its closest match stays there, or when looking for
    // suggestions only (floor 0), the index's own scores rank the few sentences wanted.
    const total = plans.reduce((a, p) => a + p.weight, 0);
    const reachable = plans.reduce((a, p) => a + p.weight * reach(p, query), 0) / total;
    if (floor === 0 || reachable < rank.bar - RERANK_MARGIN) return candidates(plans, LOOSE_CANDIDATES, options.within);
    // Nor can anything answer when no sentence can hold two of the question's terms (or its one
    // term closely enough), or when it names only what the record lacks (see `relevance`): the
    // index's candidates are the suggestions, scaled below the bar as `relevance` would.
    const topical = plans.some((p) => !p.light);
    const holdable = plans.filter((p) => (!p.light || !topical) && (p.heldBest >= HELD_SIMILARITY || countable(p, query))).length;
    const terms = topical ? plans.filter((p) => !p.light).length : plans.length;
    const head = query.shape.head;
    const namedHoldable =
      terms === LONE_NAME_TERMS && (holdable === terms || (head !== null && plans.some((p) => p.term.stem === head))) && plans.some((p) => query.named.has(p.term.stem) && p.best >= 1);
    // A question whose every sentence would share one word with it is still answered when the
    // model says so (see `DECISION`): re-ranked unless even the best such sentence cannot pass.
    const lone = query.unnamed || (holdable < Math.min(2, terms) && !namedHoldable) || (terms === 1 && reachable < ONE_TERM_BAR);
    const model = modelFor(query);
    if (!create.observe && lone && (model === null || !query.shape.question || loneOddsBound(plans, reachable, query, model) < 0)) {
      return candidates(plans, LOOSE_CANDIDATES, options.within).map((c) => ({ id: c.id, score: c.score * rank.bar * LONE_SCALE }));
    }
    const cands = candidates(plans, Math.max(RERANK_CANDIDATES, options.limit ?? DEFAULT_LIMIT), options.within);
    // Likewise per candidate: only those near the bar are re-ranked; the others stay as the index
    // scored them, as suggestions should nothing answer.
    // A question's sentence may gain its missing terms from its context (see `contextsOf`), at
    // most `PRONOUN_CONTEXT` of each: what it could reach so decides.
    const lift = query.shape.question ? Math.max(rank.pronoun, rank.previous, rank.headline, rank.subject) : 0;
    const near = cands.filter((c) => c.score + lift * (reachable - c.score) >= rank.bar - RERANK_MARGIN).map((c) => c.id);
    if (near.length === 0) return cands;
    const ranked = new Set(near);
    return [...rerank(plans, near, null, floor, true, query), ...cands.filter((c) => !ranked.has(c.id))];
  }

  /**
   * The most log-odds a question's candidate can reach when every candidate shares one word with
   * it (`lone`, so not reaching the bar): each feature at the end of its range its weight favours,
   * the record's share exactly.
   */
  function loneOddsBound(plans: readonly TermPlan[], reachable: number, query: QueryContext, model: Decision): number {
    const total = plans.reduce((a, p) => a + p.weight, 0);
    const topical = plans.some((p) => !p.light);
    const counted = plans.filter((p) => !p.light || !topical);
    const topicalWeight = counted.reduce((a, p) => a + p.weight, 0);
    const record = topicalWeight > 0 ? counted.reduce((a, p) => a + (p.heldBest >= HELD_SIMILARITY ? p.weight : 0), 0) / topicalWeight : 0;
    const typed = counted.reduce((a, p) => a + p.weight * Math.max(p.heldBest >= HELD_SIMILARITY ? p.heldBest : 0, countable(p, query) ? rank.kindHeld : 0), 0) / total;
    // The wider circles' words add to a sentence's score beyond its terms' closest matches.
    const open = plans.reduce((a, p) => a + p.weight * Math.max(reach(p, query), p.wider.size > 0 ? rank.wider : 0), 0) / total;
    // Words closest in meaning add at most the whole weight of the terms they are read for.
    const soft = topicalWeight / total;
    const cover = topicalWeight > 0 ? Math.min(1, counted.reduce((a, p) => a + p.weight * p.coverBest, 0) / topicalWeight) : 0;
    // A cosine lies in [-1, 1].
    const meaning = query.meaning ? 1 : 0;
    const high: DecisionFeatures = { reaches: 0, open: Math.min(1, Math.max(reachable, open)), typed, related: 1, record, specific: typed, unnamed: query.unnamed ? 1 : 0, lone: 1, soft, near: soft, cover, meaning };
    const low: DecisionFeatures = { reaches: 0, open: 0, typed: 0, related: 0, record, specific: 0, unnamed: high.unnamed, lone: 1, soft: 0, near: 0, cover: 0, meaning: -meaning };
    let odds = model.intercept;
    for (const k of Object.keys(high) as (keyof DecisionFeatures)[]) odds += model[k] * (model[k] > 0 ? high[k] : low[k]);
    // A sentence may point to the question's person (see `PRONOUN_ODDS`).
    if (rank.pronounOdds > 0 && personPronouns(query.shape.sequence) !== 0) odds += rank.pronounOdds;
    // A candidate holding an answer of the asked kind may answer short of 0 (see `loneWindow`).
    // …or, in a short question of another kind, by its cosine in meaning, at most a cosine of 1 (see `LONE_MEANING_ODDS`).
    const terms = topical ? counted.length : plans.length;
    if (typeIsEvidence(query.shape)) odds += query.meaning ? loneWindow(1) : rank.typeLoneOdds;
    else if (query.meaning && terms <= rank.loneMeaningTerms) odds += Math.max(0, rank.loneMeaningOdds * (1 - rank.loneMeaningCentre));
    // A sentence may write the question's subject before its verb (see `SUBJECT_FIRST_ODDS`).
    if (query.subject.size > 0 && query.meaning && !typeIsEvidence(query.shape)) odds += rank.subjectFirst;
    return odds;
  }

  /** The answer-or-refuse model of a query: the one reading the cosine in meaning once the vectors are given (see `MEANING_DECISION`). */
  function modelFor(query: QueryContext): Decision | null {
    return decision === null ? null : query.meaning ? (create.meaningDecision ?? MEANING_DECISION) : decision;
  }

  /**
   * A question's terms, each verb with the multiword verb it makes there (see `multiwordVerbs`):
   * an idiom's other words ("rest" of "laid to rest") are read through its verb, not as terms.
   */
  function withPhrasals(asked: QueryTerm[], query: string): QueryTerm[] {
    const states = rank.state > 0 ? questionStates(query) : new Map<string, string>();
    const terms = states.size === 0 ? asked : asked.map((t) => (states.has(t.word) ? { ...t, state: states.get(t.word) } : t));
    const { verbs, parts } = multiwordVerbs(query, rank.stranded > 0);
    if (verbs.size === 0) return terms;
    const kept = terms.filter((t) => !parts.has(t.word) || verbs.has(t.word));
    return (kept.length > 0 ? kept : terms).map((t) => (verbs.has(t.word) ? { ...t, phrasal: verbs.get(t.word) } : t));
  }

  /** The terms typed and their plans, less a date question's calendar noun (`dateNounsDropped`). */
  function withoutDateNouns(typed: readonly QueryTerm[], planned: TermPlan[], shape: QueryShape): { terms: readonly QueryTerm[]; read: TermPlan[] } {
    const dropped = dateNounsDropped(planned, shape);
    if (dropped.size === 0) return { terms: typed, read: planned };
    return { terms: typed.filter((t) => !dropped.has(t.stem)), read: planned.filter((p) => !dropped.has(p.term.stem)) };
  }

  /**
   * The stems of a date question's calendar noun to search without (see `DATE_NOUN_DROPPED`): "In
   * which year did the mill close?" is searched as "When did the mill close?". Kept where the record
   * writes a kind of it or a WordNet word of it (not a word vector's neighbour), which names the
   * value asked for ("July" of "During which months …", "Wednesday" of "On which days …"); and where
   * no other term would be left.
   */
  function dateNounsDropped(plans: readonly TermPlan[], shape: QueryShape): ReadonlySet<string> {
    if (rank.dateNoun === 0 || !shape.question || shape.answerType !== 'date' || shape.asked.length === 0) return EMPTY_STEMS;
    const out = new Set<string>();
    for (const p of plans) {
      if (!shape.asked.includes(p.term.stem) || p.kinds.size > 0 || [...p.related.keys()].some((sid) => !p.near.has(sid))) continue;
      out.add(p.term.stem);
    }
    return out.size < plans.length ? out : EMPTY_STEMS;
  }

  /**
   * The plans with the words that name the kind of answer (`QueryShape.asked`: "long" of "how
   * long", "year" of "in which year") weighed by `rank.asked`: the answer writes a value instead.
   */
  function weighed(plans: readonly TermPlan[], shape: QueryShape): readonly TermPlan[] {
    if (shape.asked.length === 0 || rank.asked === 1) return plans;
    return plans.map((p) => (shape.asked.includes(p.term.stem) ? { ...p, weight: p.weight * rank.asked } : p));
  }

  /** The stop word a record writes for the present time ("now"), read by `STOP_SYNONYMS` 2. */
  const PRESENT: ReadonlySet<string> = new Set(['now']);

  /**
   * A question's terms less the words that read as stop words (see `readsAsStopWord`,
   * `STOP_SYNONYMS`), where another term is left.
   */
  function withoutStopLike(terms: QueryTerm[], question: boolean): QueryTerm[] {
    if (!question || rank.stopSynonyms === 0) return terms;
    const kept = terms.filter((t) => !readsAsStopWord(t.word, rank.stopSynonyms === 2 ? PRESENT : undefined));
    return kept.length > 0 ? kept : terms;
  }

  function search(asked: string, options: SearchOptions = {}): SearchOutcome {
    const query = asAsked(asked);
    const question = isQuestion(query);
    const typed = withoutStopLike(question ? withPhrasals(queryTerms(query), query) : queryTerms(query), question);
    if (typed.length === 0) return EMPTY;
    const shape = shapeOf(query);
    const category = (t: QueryTerm): boolean => question && shape.categories.includes(t.stem);
    const planned = typed.map((t) => plan(t, MIN_SIMILARITY, { question, category: category(t), kindAnswers: shape.kindAnswers, others: typed, doer: shape.verbs.includes(t.stem), answerWords: shape.asked, names: shape.names }));
    const { terms, read } = withoutDateNouns(typed, planned, shape);
    const ctx = contextOf(shape, read, options, query);
    const plans = weighed(read, ctx.shape);
    const scored = fastScores(plans, options, MIN_SIMILARITY, ctx);
    return outcome(scored, plans, options.limit ?? DEFAULT_LIMIT, () => fastScores(weighed(terms.map((t) => plan(t, 0, { question, category: category(t), kindAnswers: shape.kindAnswers, others: terms, doer: ctx.shape.verbs.includes(t.stem), answerWords: ctx.shape.asked, names: ctx.shape.names })), ctx.shape), options, 0, ctx));
  }

  function exhaustiveScores(terms: readonly QueryTerm[], options: SearchOptions, floor: number, query: QueryContext): Scored[] {
    const plans = weighed(terms.map((t) => plan(t, floor, { question: query.shape.question, category: query.shape.question && query.shape.categories.includes(t.stem), kindAnswers: query.shape.kindAnswers, others: terms, doer: query.shape.verbs.includes(t.stem), answerWords: query.shape.asked, names: query.shape.names })), query.shape);
    const key = String(floor);
    let baseline = exhaustiveFuse.get(key);
    if (!baseline) {
      const ids: number[] = [];
      entries.forEach((_, i) => removed[i] === 0 && ids.push(i));
      baseline = { ids, fuse: new Fuse(ids.map((id) => (entries[id] as Entry).fuseText), fuseOptionsFor(floor)) };
      exhaustiveFuse.set(key, baseline);
    }
    const { fuse, ids } = baseline;
    const scored = rerank(plans, ids, fuse, floor, false, query);
    const within = options.within;
    return within ? scored.filter((s) => within((entries[s.id] as Entry).sentence)) : scored;
  }

  function exhaustive(asked: string, options: SearchOptions = {}): SearchOutcome {
    const query = asAsked(asked);
    const typed = withoutStopLike(queryTerms(query), isQuestion(query));
    if (typed.length === 0) return EMPTY;
    const shape = shapeOf(query);
    const planned = typed.map((t) => plan(t, MIN_SIMILARITY, { question: shape.question, category: shape.question && shape.categories.includes(t.stem), kindAnswers: shape.kindAnswers, others: typed, doer: shape.verbs.includes(t.stem), answerWords: shape.asked, names: shape.names }));
    const { terms, read } = withoutDateNouns(typed, planned, shape);
    const ctx = contextOf(shape, read, options, query);
    const plans = weighed(read, ctx.shape);
    const scored = exhaustiveScores(terms, options, MIN_SIMILARITY, ctx);
    return outcome(scored, plans, options.limit ?? DEFAULT_LIMIT, () => exhaustiveScores(terms, options, 0, ctx));
  }

  function restore(snap: IndexSnapshot): void {
    snap.stems.forEach((stem) => stemId(stem));
    snap.words.forEach((w, i) => {
      const wid = surface.add(w);
      stemOfWord[wid] = snap.wordStems[i] as number;
      stemWord[snap.wordStems[i] as number] ??= w;
    });
    // One typed array for all sentences; each entry holds a view on its part (no copies).
    const all = Int32Array.from(snap.sentenceStems);
    sentences.forEach((s, id) => {
      const sids = all.subarray(snap.stemStarts[id], snap.stemStarts[id + 1]);
      for (const sid of sids) {
        (postings[sid] as number[]).push(id);
        df[sid] = (df[sid] ?? 0) + 1;
      }
      if (!docOrder.has(s.doc)) docOrder.set(s.doc, docOrder.size);
      entries.push({ sentence: s, fuseText: snap.fuseTexts[id] as string, stems: sids, docOrder: docOrder.get(s.doc) ?? 0 });
      fitRemoved();
      let list = docEntries.get(s.doc);
      if (!list) docEntries.set(s.doc, (list = []));
      list.push(id);
      aliveCount++;
      stemTotal += sids.length;
    });
  }

  function snapshot(): IndexSnapshot {
    if (aliveCount !== entries.length) compact();
    const sentenceStems: number[] = [];
    const stemStarts: number[] = [0];
    for (const e of entries) {
      for (const sid of e.stems) sentenceStems.push(sid);
      stemStarts.push(sentenceStems.length);
    }
    const stems: string[] = [];
    for (const [stem, id] of stemIds) stems[id] = stem;
    return {
      version: SNAPSHOT_VERSION,
      count: entries.length,
      stems,
      words: [...surface.words],
      wordStems: [...stemOfWord],
      fuseTexts: entries.map((e) => e.fuseText),
      sentenceStems,
      stemStarts,
    };
  }

  const snap = create.snapshot;
  if (snap) {
    const problem = snapshotProblem(snap, sentences.length);
    if (problem) throw new Error(`search: cannot restore the index snapshot: ${problem}`);
    restore(snap);
  } else for (const s of sentences) addSentence(s);

  return {
    search,
    exhaustive,
    snapshot,
    removeDocument,
    replaceDocument(docId: string, docSentences: readonly Sentence[]): void {
      removeDocument(docId);
      for (const s of docSentences) {
        if (s.doc !== docId) throw new Error(`search: replaceDocument(${docId}) got a sentence of ${s.doc}`);
        addSentence(s);
      }
      exhaustiveFuse.clear();
    },
    get size() {
      return aliveCount;
    },
  };
}

/** Why a snapshot cannot serve `count` sentences, or null when it is consistent. */
export function snapshotProblem(snap: IndexSnapshot, count: number): string | null {
  if (snap.version !== SNAPSHOT_VERSION) return `version ${snap.version}, expected ${SNAPSHOT_VERSION}`;
  if (snap.count !== count || snap.fuseTexts.length !== count || snap.stemStarts.length !== count + 1) return `it holds ${snap.count} sentences, not ${count}`;
  if (snap.words.length !== snap.wordStems.length) return 'words and their stems differ in number';
  const stems = snap.stems.length;
  if (snap.stemStarts[0] !== 0 || snap.stemStarts[count] !== snap.sentenceStems.length) return 'sentence stems do not add up';
  for (let i = 0; i < count; i++) if ((snap.stemStarts[i + 1] as number) < (snap.stemStarts[i] as number)) return 'sentence stems out of order';
  for (const sid of snap.sentenceStems) if (!(Number.isInteger(sid) && sid >= 0 && sid < stems)) return 'a stem id out of range';
  for (const sid of snap.wordStems) if (!(Number.isInteger(sid) && sid >= 0 && sid < stems)) return 'a stem id out of range';
  if (new Set(snap.words).size !== snap.words.length || new Set(snap.stems).size !== stems) return 'duplicate words';
  if (snap.fuseTexts.some((t) => typeof t !== 'string')) return 'a fuse text is not a string';
  return null;
}

/** Exhaustive fuse.js search over `sentences` (builds a fresh index: for tests and baselines). */
export function exhaustiveSearch(sentences: readonly Sentence[], query: string, options?: SearchOptions): SearchOutcome {
  return createSearchIndex(sentences).exhaustive(query, options);
}

/**
 * Ranges of the words that matched, in the ORIGINAL text: for each term, every word that matches
 * it as well as any word in the sentence does (the stem or the closest typo neighbour).
 */
export function highlightsOf(text: string, terms: readonly QueryTerm[]): Highlight[] {
  const tokens = tokenize(text);
  const marked = new Set<number>();
  for (const term of terms) {
    let best = 0;
    const sims = tokens.map((t) => {
      let sim: number;
      if (t.stem === term.stem || t.word === term.word) sim = 1;
      else {
        const max = Math.floor(SEARCH_OPTIONS.threshold * (term.word.length + 2));
        sim = similarity(boundedLevenshtein(term.word, t.word, max), term.word.length);
        if (max >= 1 && t.word.length > max + 1 && term.word.length > max + 1) {
          // A typo may also be closest to the stem ("negotiatons" to "negoti…").
          sim = Math.max(sim, similarity(boundedLevenshtein(term.stem, t.stem, max), term.stem.length));
        }
      }
      if (sim > best) best = sim;
      return sim;
    });
    if (best > 0) sims.forEach((s, i) => s === best && marked.add(i));
  }
  return [...marked].sort((a, b) => a - b).map((i) => [(tokens[i] as { start: number }).start, (tokens[i] as { end: number }).end] as const);
}

/** Puts `item` in a heap of the best `k` seen, whose root is the worst: the caller checked it beats the root. */
function offer<T>(heap: T[], item: T, k: number, worse: (a: T, b: T) => boolean): void {
  if (heap.length < k) {
    heap.push(item);
    siftUp(heap, heap.length - 1, worse);
  } else {
    heap[0] = item;
    siftDown(heap, 0, worse);
  }
}

function siftUp<T>(heap: T[], i: number, worse: (a: T, b: T) => boolean): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heap[i] as T, heap[parent] as T)) break;
    [heap[i], heap[parent]] = [heap[parent] as T, heap[i] as T];
    i = parent;
  }
}

function siftDown<T>(heap: T[], i: number, worse: (a: T, b: T) => boolean): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && worse(heap[l] as T, heap[m] as T)) m = l;
    if (r < heap.length && worse(heap[r] as T, heap[m] as T)) m = r;
    if (m === i) return;
    [heap[i], heap[m]] = [heap[m] as T, heap[i] as T];
    i = m;
  }
}
