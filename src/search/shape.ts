import { boundedLevenshtein } from './fuzzy.js';
import { maxEdits } from './options.js';
import { fold, readWord, stemOf, WORD, type QueryTerm } from './text.js';
import { tag, type Tagged, type TaggedToken } from '../understand/nlp.js';
import { ancestorsOf, isKindOf, senseKey, senseKeys, sensesOf, synsetAt, synsetIsKindOf, synsetsOf, type Synset } from '../wordnet.js';
import { isOccupationNoun, nounBasesOf, postActs, relatedWords, sentencePhrasal } from './related.js';
import { remember } from '../lazy.js';

/**
 * What a query says beyond its content words, and how a candidate sentence fits it:
 *  - word ORDER: the query's words (stop words included) read as a sequence, so a pasted phrase
 *    ("commitment to put into") finds the sentence holding it in that order above one holding the
 *    same content words scattered ("put this commitment on paper");
 *  - PROXIMITY: the content words a sentence holds close together, not one at each end;
 *  - the ANSWER TYPE a question asks for: "how many/how much" a number, "when" a date, "who" a
 *    person or organisation, "where" a place. A sentence holding that kind of answer outside the
 *    words the question typed is more likely to answer it.
 */

/**
 * `occupation`: what someone does for a living, answered by a noun of a person ("a pharmacist"), not a name.
 * `money`: a price, a cost, a sum paid ("£2 million", "for one pound").
 * `frequency`: how often something happens ("every twenty minutes", "twice a week", "daily").
 * `reason`: why something happened, answered by a clause of cause or purpose ("because …", "due to …").
 * `time`: a time of day, a clock's reading ("at 9am", "by ten o'clock", "at noon"), not a date.
 * `proportion`: a share of a whole ("71 per cent", "about a third", "one in four").
 * `change`: the size of a change, written after "by" ("rose by 40 per cent", "by almost half").
 */
export type AnswerType = 'number' | 'date' | 'person' | 'place' | 'occupation' | 'money' | 'frequency' | 'reason' | 'time' | 'proportion' | 'change';

export interface QueryShape {
  /** Every word of the query in order, folded and stemmed, stop words included. */
  readonly sequence: readonly SeqWord[];
  readonly answerType: AnswerType | null;
  /** A question (a wh-word first, or a question mark last), not a phrase or a topic. */
  readonly question: boolean;
  /** The words the query writes as names (capitalised, not its first word). */
  readonly names: readonly QueryTerm[];
  /** The stem of its head noun when it is a "what/which" question (see `askedFor`). */
  readonly head: string | null;
  /**
   * The stem of the noun a "what/which" question asks for, the last of its heads ("disease" of
   * "Which disease killed them?", "illness" of "What type of illness …", "profession" of "What
   * was her father's profession?"): the record may name a kind of it instead ("cholera"; see
   * `categoryKinds`). Empty for other questions.
   */
  readonly categories: readonly string[];
  /**
   * Whether a kind of the asked noun answers the question as the noun itself would (see
   * `KIND_HELD`): a thing or a place ("Which crops …" of "carrots", "Which countries …" of
   * "France"), not a person or a time — a kind of a person noun names no one ("a schoolteacher"
   * for "Which teacher …"), and a month or a year is in most news sentences.
   */
  readonly kindAnswers: boolean;
  /**
   * Stems of the words that name the kind of answer rather than what it is about: the measure of
   * "how long/high/old/far …". The answer writes a value instead ("11 kilometres").
   */
  readonly asked: readonly string[];
  /**
   * What the value of a "how far/long/high/old …" question is measured in: WordNet's files of the
   * unit nouns that may follow its number ("28 kilometres": noun.quantity; "75 minutes",
   * "68 years": noun.time). Empty for "how many/much" and other questions.
   */
  readonly units: readonly string[];
  /**
   * The adjective of a "how ADJ" question asking for a value in units, folded ("deep"), or null: a
   * value the record qualifies with another measure's adjective ("four metres high") answers no
   * "how deep".
   */
  readonly measure: string | null;
  /**
   * The stems of the verbs of a question asking who did something ("Who set up the company?",
   * "Which body had the plant built?": the tagger's verbs), whose doer a sentence may name after
   * "by" (see `agentAfter`). Empty for other questions.
   */
  readonly verbs: readonly string[];
  /**
   * The verbs of the post a "who" question asks the holder of ("create" of "Who was the creator of
   * the show?", of "Who was responsible for the creation of …": see `postActs`), as WordNet writes
   * them, and the post noun's stem (null for an act noun): the record may name the holder as the
   * doer of that act after "by" ("created by Ada Renn") or beside the post ("its creator, Ada
   * Renn"). No acts for other questions.
   */
  readonly posts: { readonly acts: readonly string[]; readonly post: string | null };
  /**
   * The noun a "how many" question counts, folded ("animals" of "How many animals does the farm
   * keep?"), where WordNet knows it as a noun; null otherwise. The record may count a kind of it
   * instead ("26 horses", "about 400 riders"; see `countsAKindOf`).
   */
  readonly counted: string | null;
  /**
   * A "what/which" question asking for a kind of a noun by a noun of kinds ("Which varieties of
   * apple …", "What kind of brick …": one of its senses is WordNet's kind, sense 1, or a kind of it): the stems of the
   * noun of kinds and of the noun it gives way to through "of". The record names the kind by a
   * word before the noun ("cherry and plum tomatoes", "porcelain floor tile"; see `namesAKindOf`),
   * not by the word "variety". Null for other questions.
   */
  readonly sortOf: { readonly kind: string; readonly noun: string } | null;
}

export interface SeqWord {
  readonly word: string;
  readonly stem: string;
}

/**
 * The calendar nouns a question asks for a date by ("What year …", "In which month …", "During which
 * decade …"): its answer writes the date itself (1962, "in March", "the 1950s", "every Wednesday"),
 * never the noun, so the noun is no word to look for (/when's `eventOf`, the search's
 * `DATE_NOUN_DROPPED`). Not every time noun: an era, a period, a season or a century is named in words
 * that write the noun ("the Romantic era", "the 19th century"); on the development set dropping
 * those lost first answers ("In what era of music …", "During which period …").
 */
export const DATE_NOUNS: ReadonlySet<string> = new Set(['date', 'day', 'time', 'year', 'month', 'week', 'decade']);

/**
 * The calendar nouns of `DATE_NOUNS` shorter than a year: "In which month …", "On what day …" ask
 * for a time within the year, which the answer names (a month, a weekday, a holiday, a season:
 * see `namesTimeOfYear`), not a year alone ("In 2008 the festival …" answers "In which year").
 */
const WITHIN_YEAR_NOUNS: ReadonlySet<string> = new Set(['day', 'week', 'month']);
/** "At what time of year …", "When in the year …": a time within the year asked in so many words. */
const TIME_OF_YEAR = /\b(?:time|part)\s+of\s+(?:the\s+)?year\b|\bwhen\s+in\s+the\s+year\b/iu;
/**
 * The `units` of a date asked within the year (`WITHIN_YEAR_NOUNS`, `TIME_OF_YEAR`): the answer is
 * written in WordNet's time file by name (see `holdsAnswerType`).
 */
export const WITHIN_YEAR = 'noun.time';

/**
 * The question forms that ask for a kind of answer by their question words alone ("how many/much"
 * anywhere: "in 1990, how many …"). Question words only: a topic never decides. A "what/which"
 * question asks for what its head noun is (see `headType`).
 */
const ANSWER_TYPES: readonly { type: AnswerType; pattern: RegExp }[] = [
  { type: 'number', pattern: /\bhow\s+(?:many|much|long|far|old|large|big|tall|high|deep|wide)\b|\b(?:what|which)\s+(?:number|amount|population)\b/iu },
  { type: 'date', pattern: /^\s*(?:since\s+|until\s+)?when\b/iu },
  { type: 'person', pattern: /^\s*(?:who|whom|whose)\b/iu },
  { type: 'place', pattern: /^\s*where\b/iu },
  { type: 'occupation', pattern: /\bdo\s+for\s+(?:a\s+)?(?:living|work)\b/iu },
  { type: 'reason', pattern: /^\s*(?:and\s+|but\s+|so\s+)?why\b|\bfor\s+what\s+(?:reason|purpose)\b/iu },
];

/** WordNet's organisation (sense 1): a noun of the group file that is one names an organisation. */
let organisation: ReadonlySet<string> | undefined;

/**
 * What a "what/which" question's head noun asks for, by the WordNet lexicographer file of its
 * most common sense: a time ("year", "century", "period") a date; a location ("city", "county",
 * "region"), a person ("sheriff", "composer") or an organisation ("company", "team", "party") a
 * name. The head is the first noun after the question word (or after its copula: "what is the
 * …"); a head of no such kind followed by "of" gives way to the noun after it ("the name of the
 * county"). A verb before any noun ends the search: "what did the brothers buy" asks for no
 * brother.
 */
function headType(tokens: readonly TaggedToken[]): AnswerType | null {
  for (const head of headsOf(tokens)) {
    const type = nounType(head.lemma);
    if (type) return type;
  }
  return null;
}

/**
 * A "what/which" question's head noun, followed by the nouns it gives way to through "of" (see
 * `headType`): [] when a verb comes before any noun.
 */
function headsOf(tokens: readonly TaggedToken[]): TaggedToken[] {
  const wh = tokens.findIndex((t) => /^(?:what|which)$/iu.test(t.text));
  if (wh < 0) return [];
  const heads: TaggedToken[] = [];
  for (let i = wh + 1; i < tokens.length; i++) {
    const t = tokens[i] as TaggedToken;
    // "What is the name of …": the copula right after the question word comes before the head.
    if (i === wh + 1 && t.pos === 'AUX' && t.lemma === 'be') continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
    if (t.pos !== 'NOUN') continue;
    // "What trade deals did …": a noun before a plural noun is its modifier, the plural the
    // compound's head ("deals"), where the question's verb follows ("Which disease spread through
    // …" holds a verb the tagger read as a noun). Not two singulars: "what time period", "which
    // body system" ask as their first noun does (the development set: one answer and one
    // off-topic refusal fewer with them).
    const next = tokens[i + 1];
    if (next?.pos === 'NOUN' && next.text.toLowerCase() !== next.lemma && /^(?:AUX|VERB)$/u.test(tokens[i + 2]?.pos ?? '')) continue;
    // "Above what wind speed …": a singular before a noun of a measure is its modifier too (see
    // `measureNoun`: the speed is asked for, not the wind).
    if (next?.pos === 'NOUN' && /^(?:AUX|VERB)$/u.test(tokens[i + 2]?.pos ?? '') && measureNoun(t.lemma) === null && measureNoun(next.lemma) !== null) continue;
    // "What was her father's profession?": a possessor is not what is asked for.
    if (/^['’]s?$/u.test(tokens[i + 1]?.text ?? '')) {
      i++;
      continue;
    }
    heads.push(t);
    if (!/^of$/iu.test(tokens[i + 1]?.text ?? '')) break;
    i++;
  }
  return heads;
}

function nounType(lemma: string): AnswerType | null {
  const sense = synsetsOf(lemma, 'noun', 1)[0];
  if (!sense) return null;
  if (isOccupationNoun(lemma)) return 'occupation';
  if (isKindOf(lemma, 'noun', moneyAnchors(), 1)) return 'money';
  if (isProportionNoun(sense)) return 'proportion';
  switch (sense.lexname) {
    // "What was the reason for …", "What motive …": WordNet's file of motives.
    case 'noun.motive':
      return 'reason';
    case 'noun.time':
      return 'date';
    case 'noun.location':
      return 'place';
    case 'noun.person':
      return 'person';
    case 'noun.group': {
      const key = organisation === undefined ? senseKey('organization', 'noun', 1) : null;
      organisation ??= new Set(key ? [key] : []);
      return isKindOf(lemma, 'noun', organisation, 1) ? 'person' : null;
    }
    default:
      return null;
  }
}

/**
 * What a price or a sum of money is, by meaning (WordNet): money (sense 1), a cost (sense 1: a
 * fee, a fare, a rent, a wage, a fine, a payment are kinds of it), the monetary value of a
 * thing (price, sense 1) and a sum of money (sum, sense 1: "What annual sum does the firm pay?").
 * A question's head noun of such a kind asks for money.
 */
let money: ReadonlySet<string> | undefined;
function moneyAnchors(): ReadonlySet<string> {
  money ??= senseKeys('noun', ['money', 1], ['cost', 1], ['price', 1], ['sum', 1]);
  return money;
}

/** WordNet's proportion (sense 1: "the quotient obtained when the magnitude of a part is divided by the magnitude of the whole"). */
let proportionSense: ReadonlySet<string> | undefined;

/**
 * Whether a noun's most common sense asks for a share of a whole: a kind of WordNet's proportion
 * ("percentage", "proportion"), or a synset one of whose words is one in its own most common
 * sense ("share, portion, part, percentage": "What share of the vote …" asks what "What
 * percentage …" asks). "part" (its first sense a component) is none.
 */
function isProportionNoun(sense: Synset): boolean {
  proportionSense ??= senseKeys('noun', ['proportion', 1]);
  const anchors = proportionSense;
  return synsetIsKindOf(sense, anchors) || sense.words.some((w) => synsetsOf(w, 'noun', 1).some((s) => synsetIsKindOf(s, anchors)));
}

/** WordNet's clock time (sense 1: "the time as given by a clock") and the hour of the day (time_of_day, sense 1). */
let clockSenses: ReadonlySet<string> | undefined;

/**
 * Whether a noun has a clock's reading among its senses, as the sense itself ("time": clock time,
 * "hour": time of day): "What time does the market open?" asks for a time of day. A kind of it
 * ("noon", "dusk") is an answer, not a question's noun.
 */
function isClockNoun(lemma: string): boolean {
  clockSenses ??= senseKeys('noun', ['clock_time', 1], ['time_of_day', 1]);
  const anchors = clockSenses;
  return synsetsOf(lemma, 'noun').some((s) => anchors.has(`noun:${s.offset}`));
}

/** Whether a noun's first sense is a kind of a clock's reading (`clockSenses`: "noon", "midnight", "dawn"). */
function isClockReading(lemma: string): boolean {
  clockSenses ??= senseKeys('noun', ['clock_time', 1], ['time_of_day', 1]);
  return isKindOf(lemma, 'noun', clockSenses, 1);
}

/** The units money is counted in (WordNet's monetary unit, sense 1: euro, pound sterling, penny). */
let monetaryUnit: ReadonlySet<string> | undefined;
function monetaryUnits(): ReadonlySet<string> {
  monetaryUnit ??= senseKeys('noun', ['monetary_unit', 1]);
  return monetaryUnit;
}

/** How often a thing happens (WordNet's frequency, sense 1: "oftenness"). */
let frequencySense: ReadonlySet<string> | undefined;
function frequencyAnchors(): ReadonlySet<string> {
  frequencySense ??= senseKeys('noun', ['frequency', 1]);
  return frequencySense;
}

/**
 * The properties a "how ADJ" question measures in units (WordNet): a magnitude (size, height,
 * depth), a physical property (weight, temperature) or a temporal one (speed, duration).
 */
let measureSenses: ReadonlySet<string> | undefined;
function measureAnchors(): ReadonlySet<string> {
  measureSenses ??= senseKeys('noun', ['magnitude', 1], ['physical_property', 1], ['temporal_property', 1]);
  return measureSenses;
}

/** A word WordNet knows only as an adverb ("roughly", "approximately", "exactly"), no other part of speech. */
function isHedge(word: string): boolean {
  const w = word.toLowerCase();
  return synsetsOf(w, 'adv', 1).length > 0 && synsetsOf(w, 'adj', 1).length === 0 && synsetsOf(w, 'noun', 1).length === 0 && synsetsOf(w, 'verb', 1).length === 0;
}

/** Adjectives an adverb pertains to ("frequently" → "frequent"), or the adjective itself. */
function adjectivesOf(word: string): Synset[] {
  const adjectives = synsetsOf(word, 'adj', 2);
  for (const s of synsetsOf(word, 'adv', 2)) {
    for (const p of s.pointers) {
      if (p.symbol !== '\\' || p.pos !== 'adj') continue;
      const a = synsetAt('adj', p.offset);
      if (a) adjectives.push(a);
    }
  }
  return adjectives;
}

interface HowKind {
  readonly type: AnswerType;
  /** WordNet files of the units its value is written in (see `QueryShape.units`). */
  readonly units: readonly string[];
}
const howKinds = new Map<string, HowKind | null>();
/** WordNet's degree (sense 1: "degree, grade, level"), the attribute of "intense" (see `howKindOf`). */
let degreeSense: ReadonlySet<string> | undefined;

/**
 * What "how ADJ/ADV" asks for when its word is none of `ANSWER_TYPES`' (WordNet, its first two
 * senses): a word derived from frequency ("often" pertains to "frequent", whose noun is
 * "frequency") asks how often; an adjective of a measured attribute ("heavy": weight, "hot":
 * temperature, "fast": speed; see `measureAnchors`) asks for a value in units, of time too
 * when the attribute's noun has a sense in WordNet's time file ("duration"); an adjective derived
 * from a price ("costly") asks for money. Null for the rest ("how important", "how good").
 */
function howKindOf(word: string): HowKind | null {
  const key = word.toLowerCase();
  const known = howKinds.get(key);
  if (known !== undefined) return known;
  let out: HowKind | null = null;
  // A price is read from a later sense only where the most common one names no quality other
  // than a price: "steep" is a slope's (steepness) before it is a price's (exorbitant); "costly"
  // is first of a price paid in other coin ("price", whose first senses are money's).
  const senses = adjectivesOf(key);
  const named =
    senses[0]?.pointers.some((p) => {
      if (p.pos !== 'noun' || (p.symbol !== '+' && p.symbol !== '=')) return false;
      const noun = synsetAt('noun', p.offset);
      return noun !== null && !noun.words.some((w) => isKindOf(w, 'noun', moneyAnchors(), 2));
    }) ?? false;
  for (const [n, adj] of senses.entries()) {
    for (const p of adj.pointers) {
      if (p.pos !== 'noun' || (p.symbol !== '+' && p.symbol !== '=')) continue;
      const noun = synsetAt('noun', p.offset);
      if (!noun) continue;
      if (synsetIsKindOf(noun, frequencyAnchors())) out = { type: 'frequency', units: [] };
      else if (synsetIsKindOf(noun, moneyAnchors())) out ??= n > 0 && named ? null : { type: 'money', units: [] };
      else if (p.symbol === '=' && synsetIsKindOf(noun, measureAnchors())) {
        const timed = noun.lexname === 'noun.time' || noun.words.some((w) => synsetsOf(w, 'noun', 2).some((n) => n.lexname === 'noun.time'));
        out ??= { type: 'number', units: timed ? ['noun.quantity', 'noun.time'] : ['noun.quantity'] };
      }
      if (out?.type === 'frequency') break;
    }
    if (out?.type === 'frequency') break;
  }
  // A satellite sense measures what its head measures: "strong" (an earthquake's) and "severe"
  // are similar to "intense", whose attribute is a degree (WordNet's degree, grade, level), read
  // as a grade on a scale ("a magnitude of 5.4", "category 4"), a value often written without a
  // unit. A satellite has one similar-to pointer, its head, and no attribute of its own.
  if (out === null) {
    degreeSense ??= senseKeys('noun', ['degree', 1]);
    const graded = degreeSense;
    for (const adj of adjectivesOf(key)) {
      const similar = adj.pointers.filter((p) => p.symbol === '&');
      if (similar.length !== 1 || adj.pointers.some((p) => p.symbol === '=')) continue;
      const head = synsetAt('adj', (similar[0] as (typeof similar)[number]).offset);
      const measured = head?.pointers.some((p) => {
        if (p.symbol !== '=' || p.pos !== 'noun') return false;
        const noun = synsetAt('noun', p.offset);
        return noun !== null && (synsetIsKindOf(noun, measureAnchors()) || synsetIsKindOf(noun, graded));
      });
      if (measured) {
        out = { type: 'number', units: [] };
        break;
      }
    }
  }
  if (howKinds.size > 10_000) howKinds.clear();
  howKinds.set(key, out);
  return out;
}

/** The index of "much" in the question's "how much", or -1 (`asksMoney`, `weighs`). */
function howMuchAt(tokens: readonly TaggedToken[]): number {
  return tokens.findIndex((t, i) => /^much$/iu.test(t.text) && /^how$/iu.test(tokens[i - 1]?.text ?? ''));
}

/**
 * Whether a "how much" question asks for money: "much" counts money ("how much money") or stands
 * alone (not "how much land") and the question has a verb of possession (WordNet's verb.possession file: pay, spend, buy, sell,
 * earn) or one derived from a price ("cost"), or a noun of money ("fee", "price").
 */
function asksMoney(tokens: readonly TaggedToken[]): boolean {
  const much = howMuchAt(tokens);
  if (much < 0) return false;
  // "how much money", not "how much land": the noun after "much" is what is counted.
  const counted = tokens[much + 1];
  if (counted?.pos === 'NOUN') return isKindOf(counted.lemma, 'noun', moneyAnchors(), 1);
  if (pricedByCopula(tokens, much)) return true;
  return tokens.some((t, i) => {
    if (i <= much) return false;
    if (t.pos === 'VERB') {
      return synsetsOf(t.lemma, 'verb', 2).some(
        (s) => s.lexname === 'verb.possession' || s.pointers.some((p) => p.symbol === '+' && p.pos === 'noun' && synsetIsKindOf(synsetAt('noun', p.offset) ?? s, moneyAnchors())),
      );
    }
    return t.pos === 'NOUN' && isKindOf(t.lemma, 'noun', moneyAnchors(), 1);
  });
}

/**
 * Whether a "how much" question asks for money by its copula: "How much is a day pass?", "How
 * much are the fees?" — "much" alone, a form of "be" right after it, then the thing priced (a
 * determiner, an adjective or a noun) ending the question, not a place or a part: "How much is in
 * the tank?", "How much of the forest is left?" ask for an amount.
 */
function pricedByCopula(tokens: readonly TaggedToken[], much: number): boolean {
  const be = tokens[much + 1];
  const next = tokens[much + 2];
  // A predicate after the thing ("How much was the takeover worth?") is left as it was: a value,
  // read as a number (tests/search/related.test.ts keeps it refused of a merger's sentence).
  const words = tokens.slice(much + 2).filter((t) => t.pos !== 'PUNCT');
  return be?.pos === 'AUX' && be.lemma === 'be' && next !== undefined && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(next.pos) && !words.some((t) => t.pos === 'VERB') && words[words.length - 1]?.pos !== 'ADJ';
}

/**
 * Whether a verb reads as a price's (WordNet, its first three senses): a sense of possession or of
 * state derived from a noun of money ("cost" ~ cost, "charge" ~ charge, "pay" ~ payment).
 */
function isMoneyVerb(lemma: string): boolean {
  return synsetsOf(lemma, 'verb', 3).some(
    (s) =>
      // The verb's own sense, written first in its synset: "buy" is also "bribe" (a payoff).
      s.words[0] === lemma &&
      (s.lexname === 'verb.possession' || s.lexname === 'verb.stative') &&
      s.pointers.some((p) => p.symbol === '+' && p.pos === 'noun' && synsetIsKindOf(synsetAt('noun', p.offset) ?? s, moneyAnchors())),
  );
}

/**
 * Whether a "what" question with no head noun ("What does X cost?") asks for money by its verb:
 * after "what" and an auxiliary, a verb of a price (`isMoneyVerb`) that ends the subject after
 * its first word (the tagger may read "a season ticket cost" as one compound), with nothing
 * after it but the question's end or a phrase opened by a preposition or "to" ("charge for a
 * mooring", "cost to build", "pay each month"), and no preposition stranded at the end ("What
 * did the grant pay for?" asks for a thing) nor an object right after it ("What did they pay
 * the drivers to …" asks for what was paid, not how much).
 */
function moneyVerbAsked(tokens: readonly TaggedToken[]): boolean {
  const what = tokens.findIndex((t) => /^what$/iu.test(t.text));
  // "What was used as a store?": "what" is the subject, and a verb follows its auxiliary.
  if (what < 0 || tokens[what + 1]?.pos !== 'AUX' || tokens[what + 2]?.pos === 'VERB') return false;
  for (let i = what + 3; i < tokens.length; i++) {
    const t = tokens[i] as TaggedToken;
    if (t.pos === 'PUNCT') return false;
    // The subject ends right before the verb ("a season ticket cost", "it cost"); a verb after it
    // makes it the subject's noun ("What does the cost cover?").
    if (!/^(?:VERB|NOUN)$/u.test(t.pos) || !/^(?:NOUN|PROPN|PRON)$/u.test(tokens[i - 1]?.pos ?? '') || !isMoneyVerb(t.lemma)) continue;
    const after = tokens.slice(i + 1).filter((x) => x.pos !== 'PUNCT');
    if (after.length === 0) return true;
    if (after[0]?.pos === 'VERB' || (after.length === 1 && after[0]?.pos === 'ADP')) return false;
    // An object right after the verb ("pay the riveters"), not a time ("pay each month").
    const head = after.find((x) => x.pos !== 'DET' && x.pos !== 'ADJ');
    return !(head !== undefined && after[0]?.pos !== 'ADP' && after[0]?.pos !== 'PART' && (/^(?:PROPN|PRON)$/u.test(head.pos) || (head.pos === 'NOUN' && synsetsOf(head.lemma, 'noun', 1)[0]?.lexname !== 'noun.time')));
  }
  return false;
}

/**
 * Whether a "what/which" question asks for a time of day: its one head noun, right after the
 * question word, has a clock's reading among its senses ("What time does the market open?", "At
 * what hour …"), no noun after it ("what time period" asks for a period) and no "of" ("what time
 * of year" asks for a date); "What is the shortest time …" asks for a duration.
 */
function asksClock(tokens: readonly TaggedToken[], heads: readonly TaggedToken[]): boolean {
  if (heads.length !== 1) return false;
  const head = heads[0] as TaggedToken;
  const at = tokens.indexOf(head);
  // Right after the question word: "What is the shortest time …" asks for a duration.
  return /^(?:what|which)$/iu.test(tokens[at - 1]?.text ?? '') && tokens[at + 1]?.pos !== 'NOUN' && isClockNoun(head.lemma);
}

/**
 * Whether a "how much" question asks for a weight by its verb ("How much does the bell weigh?"):
 * the verb's most common sense a state that is a kind of measuring (WordNet: "weigh" is "have a
 * certain weight", a kind of "measure"), the value then written in units ("11 tonnes").
 */
function weighs(tokens: readonly TaggedToken[]): boolean {
  const much = howMuchAt(tokens);
  if (much < 0 || tokens[much + 1]?.pos === 'NOUN') return false;
  return tokens.slice(much + 1).some((t) => {
    if (t.pos !== 'VERB' && t.pos !== 'NOUN') return false;
    const first = synsetsOf(t.lemma, 'verb', 1)[0];
    return first?.lexname === 'verb.stative' && first.pointers.some((p) => p.symbol === '@' && (synsetAt('verb', p.offset)?.words ?? []).includes('measure'));
  });
}

export function answerTypeOf(query: string): AnswerType | null {
  return askedFor(query).answerType;
}

/**
 * What a question asks for: the kind of answer (by its question words, or its head noun) and the
 * stem of a "what/which" question's head noun ("religion" of "What religion was Kino?"), the kind
 * of thing asked for, which the answering sentence need not write. The question is tagged only
 * when it has a "what" or a "which".
 */
function askedFor(query: string): { answerType: AnswerType | null; head: string | null; categories: string[]; kindAnswers: boolean; asked: string[]; units: string[]; measure: string | null; sortOf: QueryShape['sortOf'] } {
  let byForm = ANSWER_TYPES.find((t) => t.pattern.test(query))?.type ?? null;
  const asked: string[] = [];
  const measure = /\bhow\s+(\p{L}+)/iu.exec(query)?.[1];
  const measured = measure ? readWord(measure) : null;
  let units = byForm === 'number' && measure ? [...(MEASURES.get(measure.toLowerCase()) ?? [])] : [];
  // "how heavy", "how often": the word's meaning says what it asks for (see `howKindOf`).
  const how = byForm === null && measure ? howKindOf(measure) : null;
  if (how) {
    byForm = how.type;
    units = [...how.units];
  }
  if ((byForm === 'number' || byForm === 'frequency') && measured) asked.push(measured.stem);
  const wh = /\b(?:what|which)\b/iu.test(query);
  if (byForm === 'number' && /\bhow\s+much\b/iu.test(query)) {
    const tokens = tag(query, { entities: false }).tokens;
    if (asksMoney(tokens)) byForm = 'money';
    else if (weighs(tokens)) units = ['noun.quantity'];
  }
  // "By how much did sales grow?" asks the size of a change, which the record writes as the
  // question does, after "by" ("rose by 40 per cent", "cut the cost by almost half"): see `holdsChange`.
  if (/\bby\s+how\s+much\b/iu.test(query)) byForm = 'change';
  // "much" measures nothing of its own: a weight's value may be written with any unit's adjective.
  const measuredBy = byForm === 'number' && units.length > 0 && measure && !/^much$/iu.test(measure) ? measure.toLowerCase() : null;
  // "When in the year do the crowds come?": a date within the year (see `TIME_OF_YEAR`), whose
  // calendar nouns are no words to look for (see `DATE_NOUNS`).
  const timeOfYear = TIME_OF_YEAR.exec(query)?.[0];
  for (const w of timeOfYear?.split(/\s+/u) ?? []) {
    const stem = readWord(w)?.stem;
    if (DATE_NOUNS.has(w.toLowerCase()) && stem !== undefined && !asked.includes(stem)) asked.push(stem);
  }
  if (byForm === 'date' && timeOfYear !== undefined) units = [WITHIN_YEAR];
  if (!wh) return { answerType: byForm, head: null, categories: [], kindAnswers: false, asked, units, measure: measuredBy, sortOf: null };
  const tokens = tag(query, { entities: false }).tokens;
  const heads = headsOf(tokens);
  const head = heads[0];
  // The last of the heads: "name", "type" or "kind" gives way through "of" to what is asked for.
  const asks = heads[heads.length - 1];
  const categories = asks ? [readWord(asks.text)?.stem ?? []].flat() : [];
  // "What is the length of the trail?" asks what "How long is the trail?" asks (see `measureNoun`):
  // a measure is a kind of answer of its own, and gives way to no noun after "of" ("route", a place).
  const measuredNoun = byForm === null && head !== undefined ? measureNoun(head.lemma) : null;
  if (measuredNoun !== null) {
    byForm = 'number';
    units = [...measuredNoun.units];
    const stem = readWord(head?.text ?? '')?.stem;
    if (stem !== undefined) asked.push(stem);
  }
  // "What does a season ticket cost?", "What does the yard charge for a mooring?": no head noun,
  // a verb of a price asks for money (see `moneyVerbAsked`); "What time does the market open?" a
  // time of day (see `isClockNoun`).
  const answerType = byForm ?? (heads.length === 0 && moneyVerbAsked(tokens) ? 'money' : null) ?? (asksClock(tokens, heads) ? 'time' : headType(tokens));
  // "What was her father's profession?": the answer writes the occupation ("the son of a
  // ferryman"), not the word "profession", as a measure's value is written without its name.
  const trade = heads.find((h) => nounType(h.lemma) === 'occupation');
  const tradeStem = trade ? readWord(trade.text)?.stem : undefined;
  if (answerType === 'occupation' && tradeStem !== undefined) asked.push(tradeStem);
  // "In which year did the mill close?": the answer writes the date, not the calendar noun that
  // asks for it (see `DATE_NOUNS`), as /when reads "What year …" (`eventOf`).
  const timed = answerType === 'date' && byForm === null ? heads.find((h) => DATE_NOUNS.has(h.lemma.toLowerCase()) && nounType(h.lemma) === 'date') : undefined;
  const timedStem = timed ? readWord(timed.text)?.stem : undefined;
  if (timedStem !== undefined && !asked.includes(timedStem)) asked.push(timedStem);
  // "In which month …", "At what time of year …": a date within the year (see `WITHIN_YEAR_NOUNS`).
  if (answerType === 'date' && ((timed !== undefined && WITHIN_YEAR_NOUNS.has(timed.lemma.toLowerCase())) || timeOfYear !== undefined)) units = [WITHIN_YEAR];
  // By the file of the asked noun's commonest sense: not a person ("teacher") or a time ("month");
  // a country (a body, in WordNet's group file) is answered by its name, as a place is.
  const file = asks ? synsetsOf(asks.lemma, 'noun', 1)[0]?.lexname : undefined;
  const kindAnswers = categories.length > 0 && file !== 'noun.person' && file !== 'noun.time';
  kindSense ??= senseKeys('noun', ['kind', 1]);
  const sortKind = head && heads.length > 1 && asks ? readWord(head.text)?.stem : undefined;
  const sortNoun = sortKind !== undefined && isKindOf((head as TaggedToken).lemma, 'noun', kindSense) ? readWord((asks as TaggedToken).text)?.stem : undefined;
  const sortOf = sortKind !== undefined && sortNoun !== undefined && sortNoun !== sortKind ? { kind: sortKind, noun: sortNoun } : null;
  return { answerType, head: head ? (readWord(head.text)?.stem ?? null) : null, categories, kindAnswers, asked, units, measure: measuredNoun?.measure ?? measuredBy, sortOf };
}

const measureNouns = new Map<string, { units: readonly string[]; measure: string } | null>();

/**
 * The measure a "what/which" question's head noun names, as the "how ADJ" question of its
 * adjective asks it. WordNet: the noun's first sense (or the sense it is a kind of: "diameter" is a
 * length) is a magnitude or property (`measureAnchors`), and an adjective it is the attribute of
 * has units (`MEASURES`, `howKindOf`): "length" is the attribute of "long" ("What is the length of
 * the trail?" ~ "a four-mile trail"), "weight" of "heavy", "height" of "high". Its units, and the
 * adjective as the question's measure; null for a noun of no measure ("colour", "name").
 */
function measureNoun(lemma: string): { units: readonly string[]; measure: string } | null {
  const key = lemma.toLowerCase();
  const known = measureNouns.get(key);
  if (known !== undefined) return known;
  let out: { units: readonly string[]; measure: string } | null = null;
  // The first sense, or the second where the first is a rate of WordNet's time file: "speed" is
  // first a velocity (a rate), then a swiftness, the attribute of "fast" ("What top speed …").
  const [first, second] = synsetsOf(key, 'noun', 2);
  const sense = first !== undefined && !synsetIsKindOf(first, measureAnchors()) && first.lexname === 'noun.time' && second !== undefined && synsetIsKindOf(second, measureAnchors()) ? second : first;
  // Not a magnitude itself ("magnitude", "dimension", a kind of it: "measurable" asks no unit).
  const measured = (sense !== undefined && synsetIsKindOf(sense, measureAnchors()) ? [sense, ...sense.pointers.flatMap((p) => (p.symbol === '@' ? (synsetAt('noun', p.offset) ?? []) : []))] : []).filter(
    (m) => !measureAnchors().has(`noun:${m.offset}`),
  );
  for (const p of measured.flatMap((m) => m.pointers)) {
    if (p.symbol !== '=' || p.pos !== 'adj') continue;
    for (const adj of synsetAt('adj', p.offset)?.words ?? []) {
      const how = MEASURES.has(adj) ? null : howKindOf(adj);
      const units = MEASURES.get(adj) ?? (how?.type === 'number' ? how.units : undefined);
      if (units !== undefined && units.length > 0) {
        out = { units, measure: adj };
        break;
      }
    }
    if (out) break;
  }
  if (measureNouns.size > 10_000) measureNouns.clear();
  measureNouns.set(key, out);
  return out;
}

/**
 * The measures of "how ADJ" questions and the WordNet files of their units: a distance, a size or
 * a weight is written in units (noun.quantity: kilometres, hectares, tonnes), an age in years
 * (noun.time); "how long" is either. The question words of `ANSWER_TYPES`, not a topic list.
 */
const MEASURES: ReadonlyMap<string, readonly string[]> = new Map([
  ['long', ['noun.quantity', 'noun.time']],
  ['far', ['noun.quantity']],
  ['high', ['noun.quantity']],
  ['deep', ['noun.quantity']],
  ['wide', ['noun.quantity']],
  ['tall', ['noun.quantity']],
  // A body's size is also the count of its people: "Roughly how large is the choir?" of "about 60
  // singers" (session 18, q34).
  ['large', ['noun.quantity', 'noun.person']],
  ['big', ['noun.quantity', 'noun.person']],
  ['old', ['noun.time']],
]);

/**
 * The persons a text points to by a personal pronoun of the third person singular, as bits: 1 a
 * woman ("she", "her"), 2 a man ("he", "his"), 0 none. A closed class of English the tagger reads
 * as PRON without its gender, so the words are listed: each is the pronoun in one of its cases
 * (subject, object or possessive, reflexive). "it", "they" and "its" are left out: nearly every
 * news sentence holds one, and they point to things as often as to people.
 */
export function personPronouns(words: readonly SeqWord[]): number {
  let bits = 0;
  for (const w of words) bits |= PERSON_PRONOUNS.get(w.word) ?? 0;
  return bits;
}
const PERSON_PRONOUNS: ReadonlyMap<string, number> = new Map([
  ['she', 1],
  ['her', 1],
  ['hers', 1],
  ['herself', 1],
  ['he', 2],
  ['him', 2],
  ['his', 2],
  ['himself', 2],
]);

/** Folded, stemmed words of a text in order, stop words included (order needs them). */
export function sequenceOf(text: string): SeqWord[] {
  const out: SeqWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const read = seqWordOf(m[0]);
    if (read) out.push(read);
  }
  return out;
}

/** How each word as written reads in a sequence (null: nothing left once folded). A record repeats its words. */
const seqWords = new Map<string, SeqWord | null>();
function seqWordOf(raw: string): SeqWord | null {
  let read = seqWords.get(raw);
  if (read === undefined) {
    const word = fold(raw);
    read = word.length > 0 ? { word, stem: stemOf(word) } : null;
    if (seqWords.size > 200_000) seqWords.clear();
    seqWords.set(raw, read);
  }
  return read;
}

/**
 * A question put as a request to name something: "Name a product the works made.", "List the
 * crops it grows", "Identify one of the lenders" — the verb, then a determiner or a count. It asks
 * what "Which product …" asks (see `asAsked`).
 */
const IMPERATIVE = /^\s*(?:name|list|identify)\s+(?:(?:a|an|one|some|any|two|three|four|five)\s+(?:of\s+(?:the|its|their|his|her)\s+)?|the\s+)(?=\p{L})/iu;

/**
 * A query as the question it asks: a request to name something ("Name a product the works made.")
 * as the "which" question it is ("Which product the works made?"), so that its noun is the
 * category asked for (see `categoryKinds`) and the verb is no word to look for; any other query
 * as it is.
 */
export function asAsked(query: string): string {
  const m = IMPERATIVE.exec(query);
  if (m) return `Which ${query.slice(m[0].length).replace(/[\s.!?]+$/u, '')}?`;
  // "Roughly how large is the choir?", "Approximately how many …": an adverb only, opening the
  // question before "how", says how exact the value may be, and the answer writes its own hedge
  // ("about 60 singers") or none: the question is "how large is the choir?".
  // Not a preposition WordNet knows only in its adverb senses ("by", "in"): "By how much did sales
  // grow?" asks the size of a change, not how much; the tagger reads the word in its place.
  const hedge = /^\s*(\p{L}+),?\s+(?=how\s)/iu.exec(query);
  return hedge && isHedge(hedge[1] as string) && tag(query, { entities: false }).tokens[0]?.pos === 'ADV' ? query.slice(hedge[0].length) : query;
}

/** Whether a query is a question (a question word first, or a question mark last, or a request to name something). */
export function isQuestion(query: string): boolean {
  return /^\s*(?:who|whom|whose|what|which|when|where|why|how)\b|\?\s*$/iu.test(query) || IMPERATIVE.test(query) || asAsked(query) !== query;
}

export function shapeOf(query: string): QueryShape {
  const question = isQuestion(query);
  const asked = askedFor(query);
  const verbs = question && asked.answerType === 'person' ? doerVerbs(query) : [];
  const posts = question && asked.answerType === 'person' && verbs.length === 0 ? postAsked(query) : NO_POST;
  return { sequence: sequenceOf(query), ...asked, question, names: namesOf(query), verbs, posts, counted: question ? countedNoun(query) : null };
}

/** WordNet's kind (sense 1: "kind, sort, form, variety"): a question's noun of kinds (see `QueryShape.sortOf`). */
let kindSense: ReadonlySet<string> | undefined;

/**
 * Whether a sentence names a kind of a noun (its stem) by a word before it: the noun, tagged as
 * one, right after an adjective or a noun of its own ("cherry and plum tomatoes", "porcelain floor
 * tile", "sweet peppers"), not after a determiner, a number or a verb ("than tomatoes", "grows
 * tomatoes"), nor as another noun's modifier ("a British toy maker"). The tagger's reading, asked
 * only of a sentence that writes the noun.
 */
export function namesAKindOf(text: string, noun: string): boolean {
  const { tokens } = taggedText(text);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as TaggedToken;
    // The noun as a head, not as a modifier of another ("a toy maker" names no kind of toy).
    if (t.pos !== 'NOUN' || stemOf(fold(t.text)) !== noun || modifies(tokens, i)) continue;
    const before = tokens[i - 1] as TaggedToken;
    if (before.pos === 'ADJ' || before.pos === 'NOUN' || before.pos === 'PROPN') return true;
  }
  return false;
}

/** Whether the token at `i` modifies the noun right after it ("a folk tale", "a toy maker"): it names that noun's kind, not a thing of its own. */
function modifies(tokens: readonly TaggedToken[], i: number): boolean {
  return tokens[i + 1]?.pos === 'NOUN';
}

/**
 * Whether a sentence writes one of these stems as a word of its own, not only as a modifier of
 * the noun after it: "ten bunks" names bunks, "a folk tale" a tale, not folk. For a kind of a word
 * the record never writes (see `firstKinds` in related.ts): "How many people can the hall hold?"
 * is not answered by "an adaptation of a folk tale", though folk are a kind of people. The
 * tagger's reading, asked only of a candidate that holds a term through such a kind.
 */
export function writesAsHead(text: string, stems: ReadonlySet<string>): boolean {
  const { tokens } = taggedText(text);
  return tokens.some((t, i) => stems.has(stemOf(fold(t.text))) && !modifies(tokens, i));
}

/** The noun right after "how many", folded, where WordNet has it as a noun (see `QueryShape.counted`). */
function countedNoun(query: string): string | null {
  const m = /\bhow\s+many\s+(\p{L}+)/iu.exec(query);
  const word = m ? fold(m[1] as string) : '';
  return word.length > 0 && nounBasesOf(word).length > 0 ? word : null;
}

/**
 * What a counted noun stands for (`pos:offset` keys): its first two noun senses, and for a group
 * (WordNet's group file: "people", "staff") the members it is made of ("person", "staff member"),
 * for a count of a group counts its members.
 */
const countedAncestors = new Map<string, ReadonlySet<string>>();
function countedSenses(word: string): ReadonlySet<string> {
  let out = countedAncestors.get(word);
  if (out) return out;
  const keys = new Set<string>();
  for (const s of nounBasesOf(word).flatMap((base) => sensesOf(base, 'noun').slice(0, 2).map((o) => synsetAt('noun', o)))) {
    if (s === null) continue;
    keys.add(`noun:${s.offset}`);
    if (s.lexname !== 'noun.group') continue;
    for (const p of s.pointers) if (p.symbol === '%m' && p.pos === 'noun') keys.add(`noun:${p.offset}`);
  }
  out = keys;
  if (countedAncestors.size > 10_000) countedAncestors.clear();
  countedAncestors.set(word, out);
  return out;
}

/**
 * A number written in figures, not a sum of money, then the word it counts, or the word after an
 * adjective ("26 horses", "400 young riders", "12,000 customers").
 */
const COUNT = /(?<![\p{L}\p{N}£$€¥.,])(\d+(?:[.,]\d+)*)\s+(\p{L}+)(?:\s+(\p{L}+))?/gu;
/** A four-figure number with no separator that reads as a year ("in 1994 riders …" counts none). */
const YEAR_LIKE = /^(?:1[5-9]|20)\d\d$/u;
const countsMemo = new Map<string, boolean>();

/**
 * Whether a sentence counts a kind of the noun a "how many" question counts, in figures: "keeps
 * 26 horses and ponies" counts animals, "teaches around 400 riders" people, "About 12,000
 * customers were affected" users (WordNet: the word after the number, or the one after that, is
 * by its most common sense a kind of the counted noun or of a member of it; see `countedSenses`).
 * The answer names what it counts, as a kind of the asked noun names the kind (see `KIND_HELD`).
 */
export function countsAKindOf(text: string, counted: string): boolean {
  if (!/\d/u.test(text)) return false;
  const senses = countedSenses(counted);
  if (senses.size === 0) return false;
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m !== null; m = COUNT.exec(text)) {
    if (YEAR_LIKE.test(m[1] as string)) continue;
    // The second word only after a word WordNet has as an adjective and not as a noun.
    const first = fold(m[2] as string);
    const words = synsetsOf(first, 'noun', 1).length === 0 && synsetsOf(first, 'adj', 1).length > 0 && m[3] !== undefined ? [fold(m[3])] : [first];
    for (const word of words) if (word !== counted && firstSenseCounts(counted, word, senses)) return true;
  }
  // …or a body of them given its size ("a population of some 2,300", "a crew of 12"): a noun whose
  // most common sense is a group (WordNet's group file) and a kind of the counted noun, then "of",
  // a few words at most and the number.
  GROUP_OF.lastIndex = 0;
  for (let m = GROUP_OF.exec(text); m !== null; m = GROUP_OF.exec(text)) {
    if (YEAR_LIKE.test(m[2] as string)) continue;
    if (firstSenseCounts(counted, fold(m[1] as string), senses, 'noun.group')) return true;
  }
  return false;
}

/**
 * Whether `word`'s most common noun sense (of any of its base forms) is a kind of the counted
 * noun's `senses`, in WordNet's file `lexname` when one is given (see `countsAKindOf`); memoised.
 */
function firstSenseCounts(counted: string, word: string, senses: ReadonlySet<string>, lexname?: string): boolean {
  const key = lexname === undefined ? `${counted} ${word}` : `${counted} of ${word}`;
  let kind = countsMemo.get(key);
  if (kind === undefined) {
    kind = nounBasesOf(word).some((base) =>
      sensesOf(base, 'noun')
        .slice(0, 1)
        .some((o) => {
          const s = synsetAt('noun', o);
          return s !== null && (lexname === undefined || s.lexname === lexname) && synsetIsKindOf(s, senses);
        }),
    );
    if (countsMemo.size > 50_000) countsMemo.clear();
    countsMemo.set(key, kind);
  }
  return kind;
}

/** A noun, "of", up to three lower-case words and a number in figures, not a sum ("a population of some 2,300"; see `countsAKindOf`). */
const GROUP_OF = /(\p{L}+)\s+of\s+(?:\p{Ll}+\s+){0,3}(\d+(?:[.,]\d+)*)(?![\p{L}\p{N}%])/gu;

/**
 * The stem of the act whose doer a question asks for: the first verb after its question word (and
 * the noun phrase a "which"/"what"/"whose" brings: "Which two men set up …"), past auxiliaries
 * only ("Who has run the mill?"), the tagger's reading. None where a subject stands between
 * ("Whose music did Chopin admire?" asks what Chopin admired, not who admired), nor where an
 * auxiliary follows it ("What body formed in 1772 is seen as …": the verb only describes the
 * asked thing).
 */
function doerVerbs(query: string): string[] {
  const tokens = tag(query, { entities: false }).tokens;
  const wh = tokens.findIndex((t) => /^(?:who|whom|whose|which|what)$/iu.test(t.text));
  if (wh < 0) return [];
  let i = wh + 1;
  if (!/^(?:who|whom)$/iu.test((tokens[wh] as TaggedToken).text)) while (/^(?:DET|ADJ|NUM|NOUN|PROPN)$/u.test(tokens[i]?.pos ?? '')) i++;
  while (/^(?:AUX|ADV|PART)$/u.test(tokens[i]?.pos ?? '')) i++;
  const verb = tokens[i];
  if (verb?.pos !== 'VERB' || tokens.slice(i + 1).some((t) => t.pos === 'AUX')) return [];
  const stem = readWord(verb.text)?.stem;
  return stem === undefined ? [] : [stem];
}

const NO_POST: QueryShape['posts'] = { acts: [], post: null };

/**
 * The post a "who" question asks the holder of, by its copula: "Who was the chief designer of the
 * bridge?" (the last noun of the phrase after the copula, before a preposition or the end), "Who
 * is responsible for the design of …" (the act noun after "responsible for"), with the verbs WordNet
 * makes it from (see `postActs`). None for a post no verb makes ("member", "captain"), nor for a
 * copula followed by a name ("Who is Ada Renn?") or a verb.
 */
function postAsked(query: string): QueryShape['posts'] {
  const tokens = tag(query, { entities: false }).tokens;
  if (!/^(?:who|who's)$/iu.test(tokens[0]?.text ?? '')) return NO_POST;
  let i = 1;
  if (tokens[0]?.text.toLowerCase() === 'who' && /^['’]s$/u.test(tokens[1]?.text ?? '')) i = 2;
  else if (tokens[0]?.text.toLowerCase() === 'who') {
    while (tokens[i]?.pos === 'AUX' && tokens[i]?.lemma !== 'be') i++;
    if (tokens[i]?.lemma !== 'be') return NO_POST;
    i++;
  }
  // "responsible for the design of": the act noun.
  if (tokens[i]?.text.toLowerCase() === 'responsible' && tokens[i + 1]?.text.toLowerCase() === 'for') {
    let k = i + 2;
    while (tokens[k]?.pos === 'DET') k++;
    const act = tokens[k];
    if (act?.pos !== 'NOUN' || !/^(?:ADP|PUNCT)$/u.test(tokens[k + 1]?.pos ?? 'PUNCT')) return NO_POST;
    const acts = postActs(act.lemma, 'noun.act');
    return acts.length === 0 ? NO_POST : { acts, post: null };
  }
  // A determiner or a possessive ("their founder"), not a subject ("Who are they …").
  while (tokens[i]?.pos === 'DET' || (tokens[i]?.pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/iu.test(tokens[i]?.text ?? ''))) i++;
  // The phrase's words, a possessive of a name or a noun inside it ("the bridge's chief designer").
  let last = -1;
  const possessive = (k: number): boolean => /^['’]s?$/u.test(tokens[k]?.text ?? '') && /^(?:NOUN|PROPN)$/u.test(tokens[k - 1]?.pos ?? '') && /^(?:ADJ|NOUN|PROPN)$/u.test(tokens[k + 1]?.pos ?? '');
  while (/^(?:ADJ|NOUN|PROPN)$/u.test(tokens[i]?.pos ?? '') || possessive(i)) {
    if (tokens[i]?.pos === 'NOUN') last = i;
    i++;
  }
  // The post, then a preposition or the end: not another's post ("the founders' first pupils").
  const after = tokens[i];
  if (last < 0 || last !== i - 1 || !/^(?:ADP|PUNCT)$/u.test(after?.pos ?? 'PUNCT') || /^['’]s?$/u.test(after?.text ?? '')) return NO_POST;
  const post = tokens[last] as TaggedToken;
  const acts = postActs(post.lemma);
  return acts.length === 0 ? NO_POST : { acts, post: stemOf(fold(post.text)) };
}

/** Words between a verb and the "by" of its doer, at most ("founded on the north bank of the river in 1853 by …"). */
const AGENT_REACH = 12;

/**
 * Whether a sentence names the doer of one of a question's acts: a verb of it (`isVerb`, by its
 * stem: as typed or one of its WordNet words) followed in the same clause (no punctuation, no other
 * verb between) by "by" and a name or a noun phrase (or a number of people: "by two brothers"), not a date ("by 1962", "by March"): "It was
 * founded in 1871 by Ada Renn" answers "Who set it up?"; "descendants of the founder" names the
 * role, not the act's doer. Read by the tagger, cached with the answer types' readings.
 */
export function agentAfter(text: string, isVerb: (stem: string) => boolean): boolean {
  // Most candidates write no "by": they are not tagged (nor kept in the tagging cache) for it.
  if (!BY_WORD.test(text)) return false;
  const { tokens, entities } = taggedText(text);
  const dated = (k: number): boolean => entities.some((e) => (e.type === 'DATE' || e.type === 'TIME' || e.type === 'DURATION') && e.first <= k && k <= e.last);
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i] as TaggedToken;
    if (verb.pos !== 'VERB') continue;
    // The verb as written, or the phrasal verb it makes with the particle right after it ("set up
    // by": see `sentencePhrasal`, whose lemma the index holds as the stem of the two words).
    const next = tokens[i + 1];
    const phrasal = next === undefined ? null : sentencePhrasal(fold(verb.text), fold(next.text));
    if (!isVerb(stemOf(fold(verb.text))) && (phrasal === null || !isVerb(phrasal))) continue;
    for (let j = i + 1; j < tokens.length && j <= i + AGENT_REACH; j++) {
      const t = tokens[j] as TaggedToken;
      if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX') break;
      if (t.text.toLowerCase() !== 'by') continue;
      let k = j + 1;
      while (tokens[k]?.pos === 'DET') k++;
      const doer = tokens[k];
      // A name or a noun ("by the engineer …", "by Ada Renn"), or a number of them ("by two brothers",
      // "by two former racers": the adjectives before the noun skipped).
      let noun = k + 1;
      while (doer?.pos === 'NUM' && tokens[noun]?.pos === 'ADJ') noun++;
      const counted = doer?.pos === 'NUM' && tokens[noun]?.pos === 'NOUN';
      if (doer && !dated(k) && (counted || /^(?:PROPN|NOUN|ADJ)$/u.test(doer.pos))) return true;
      break;
    }
  }
  return false;
}

/**
 * Whether a sentence names someone by a post of a question's act beside their name (`isRole`, by
 * its stem: see `doerRoles`): the post right before the name, a comma between or not ("Owner Ada
 * Renn said …", "Its managing director, Ada Renn, …", "under manager Ada Renn"), or the name
 * before it, a comma and a determiner between ("Ada Renn, the owner, …", "Ada Renn, its founder").
 * Not a post of another's ("Ada Renn, the founder's granddaughter": the founder is someone else;
 * "Council leader Ada Renn", unless the question writes that noun: `asked`, its stems),
 * nor a post without a name ("descendants of the founder"). As `agentAfter` does for "founded by
 * Ada Renn", it names the doer a "who" question asks for. Read by the tagger, cached.
 */
export function roleBeside(text: string, isRole: (stem: string) => boolean, asked: ReadonlySet<string> = new Set()): boolean {
  const { tokens } = taggedText(text);
  const isName = (t: TaggedToken | undefined): boolean => t?.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const role = tokens[i] as TaggedToken;
    if (role.pos !== 'NOUN' && role.pos !== 'PROPN') continue;
    if (!isRole(stemOf(fold(role.text)))) continue;
    // Another body's post, by a noun before it the question does not write ("Council leader Ada
    // Renn" leads the council, not the firm asked about).
    const before = tokens[i - 1];
    if (before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN') && !asked.has(stemOf(fold(before.text)))) continue;
    const next = tokens[i + 1];
    // Another's post: "the founder's granddaughter".
    if (next !== undefined && /^['\u2019]s?$/u.test(next.text)) continue;
    // The post, then the name: "Owner Ada Renn", "its owner, Ada Renn".
    if (isName(next) || (next?.text === ',' && isName(tokens[i + 2]))) return true;
    // The name, then the post: "Ada Renn, the owner", "Ada Renn, its founder".
    let k = i - 1;
    while (k >= 0 && /^(?:DET|PRON|ADJ)$/u.test((tokens[k] as TaggedToken).pos)) k--;
    if (tokens[k]?.text === ',' && isName(tokens[k - 1])) return true;
  }
  return false;
}

/** "by" as a word: a sentence without it names no doer after "by" (`agentAfter`). */
const BY_WORD = /(?<![\p{L}\p{M}\p{N}_])by(?![\p{L}\p{M}\p{N}_])/iu;

/** A sentence's tagging, cached (see `tagged`). */
function taggedText(text: string): Tagged {
  return tagged.get(text) ?? remember(tagged, text, tag(text), TAG_CACHE);
}

/**
 * The content words a query writes with a capital, other than its first word: the people, places
 * and organisations it names. A query in title case or capitals says nothing by its case: none.
 */
export function namesOf(query: string): QueryTerm[] {
  const words = [...query.matchAll(WORD)];
  const capital = words.filter((m) => /^\p{Lu}/u.test(m[0]));
  if (capital.length * 2 > words.length) return [];
  const names: QueryTerm[] = [];
  for (const m of words.slice(1)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const read = readWord(m[0]);
    if (read) names.push(read);
  }
  return names;
}

/** Whether two words are the same word for order: one stem, or a typo apart in a longer word. */
function same(q: SeqWord, s: SeqWord): boolean {
  if (q.stem === s.stem || q.word === s.word) return true;
  const max = maxEdits(q.word.length);
  return max > 0 && s.word.length > 3 && boundedLevenshtein(q.word, s.word, max) <= max;
}

/**
 * How much of the query stands in the sentence as one run of consecutive words, in order: the
 * longest common run of words (typos forgiven), as a share of the query beyond its first word.
 * 1 for a pasted phrase found whole, 0 when no two query words stand together. `memo` keeps,
 * per query word, which sentence words it matched (a query's candidates share most words).
 */
export function phraseShare(query: readonly SeqWord[], sentence: readonly SeqWord[], memo: Map<string, boolean>[] = []): number {
  const n = query.length;
  if (n < 2) return 0;
  let longest = 0;
  let prev = new Uint8Array(sentence.length + 1);
  let row = new Uint8Array(sentence.length + 1);
  for (let i = 0; i < n; i++) {
    const q = query[i] as SeqWord;
    const seen = (memo[i] ??= new Map());
    for (let j = 0; j < sentence.length; j++) {
      const w = sentence[j] as SeqWord;
      let match = seen.get(w.word);
      if (match === undefined) seen.set(w.word, (match = same(q, w)));
      const run = match ? Math.min(255, (prev[j] as number) + 1) : 0;
      row[j + 1] = run;
      if (run > longest) longest = run;
    }
    [prev, row] = [row, prev];
    row.fill(0);
  }
  return longest < 2 ? 0 : (longest - 1) / (n - 1);
}

/**
 * How close together the sentence holds the query's content stems it holds at all: the number of
 * them over the width of the narrowest window holding one of each (1: side by side).
 */
export function closeness(stems: ReadonlySet<string>, sentence: readonly SeqWord[]): number {
  const last = new Map<string, number>();
  let best = 0;
  for (let j = 0; j < sentence.length; j++) {
    const stem = (sentence[j] as SeqWord).stem;
    if (!stems.has(stem)) continue;
    last.set(stem, j);
    if (last.size < 2) continue;
    let from = j;
    for (const p of last.values()) if (p < from) from = p;
    const density = last.size / (j - from + 1);
    if (density > best) best = density;
  }
  return best;
}

/** Whether a sentence holds at least two content words besides the query's stems. */
export function saysMore(sentence: readonly SeqWord[], stems: ReadonlySet<string>): boolean {
  let other = 0;
  for (const w of sentence) if (!stems.has(w.stem) && readWord(w.word) !== null && ++other >= 2) return true;
  return false;
}

/** Sentences already tagged, by text: a question's candidates repeat across questions. */
const tagged = new Map<string, Tagged>();
/**
 * At most this many sentences stay tagged (`tagged`), the oldest let go first. A sentence's tags
 * take about 3 KB of heap (2,000 sentences of a generated record, 111 characters on average): the
 * 20,000 this was would hold 60 MB once questions had filled it, where the few candidates each
 * question checks (`ANSWER_TYPE_BONUS_CANDIDATES`) repeat within a few hundred questions. Tagging
 * is pure, so a sentence tagged again gives the same answer.
 */
export const TAG_CACHE = 2_000;

/** How many sentences are kept tagged now (for the memory test). */
export function taggedHeld(): number {
  return tagged.size;
}

/**
 * Whether the sentence holds an answer of `type` outside the query's own words (`typed`, stems):
 * a number or an amount, a date, a proper name. Read from the tagger's entities and parts of
 * speech; only asked of the few candidates near the top, so the cost stays per question.
 */
export function holdsAnswerType(text: string, type: AnswerType, typed: ReadonlySet<string>, units: readonly string[] = [], measure: string | null = null): boolean {
  const { tokens, entities } = taggedText(text);
  // A heading's counter ("Brisco Seafoods 2") counts nothing: it is read as the question's own word.
  const counter = headingCounter(text, tokens);
  const own = (i: number): boolean => {
    const tok = tokens[i];
    return tok !== undefined && (i === counter || typed.has(stemOf(fold(tok.text))));
  };
  // An entity is a value of the answer unless it only names the question's own thing: "its first
  // day" (the question's "day", nothing but a word of order besides) answers no "which day".
  const valued = (e: Tagged['entities'][number]): boolean => {
    let ownWord = false;
    for (let k = e.first; k <= e.last; k++) {
      if (!own(k)) {
        const pos = tokens[k]?.pos;
        if (pos === 'NUM' || pos === 'PROPN' || pos === 'SYM' || /\d/u.test(tokens[k]?.text ?? '')) return true;
      } else ownWord = true;
    }
    return !ownWord;
  };
  const entity = (kinds: readonly string[]): boolean => entities.some((e) => kinds.includes(e.type) && valued(e));
  // A year inside a date ("in 2025", "since 2009") is not a count ("15,000 years ago" is).
  const inDate = (i: number): boolean =>
    /^(?:1[0-9]|20)\d\d$/u.test(tokens[i]?.text ?? '') && entities.some((e) => (e.type === 'DATE' || e.type === 'TIME' || e.type === 'DURATION') && e.first <= i && i <= e.last);
  switch (type) {
    case 'number':
      // A measure is a number in its unit ("28 kilometres", "about 75 minutes", "a two-year
      // refurbishment"): the noun after it.
      // "a metre thick", "half a mile": the article counts one of the measure's unit after it (not
      // of a time: "9,000 cars a day" says how often).
      if (units.length > 0) {
        // A fundamental quantity with units of its own is written in them: "How hot …?" by "1,300
        // degrees" (a degree's temperature sense), not by "about 14 tonnes" (see `unitRuleOf`).
        const rule = measure === null ? null : unitRuleOf(measure);
        if (rule?.only) {
          const only = rule.only;
          return tokens.some((tok, i) => !own(i) && tok.pos === 'NUM' && isUnitOf(tokens.slice(i + 1, i + 3), only));
        }
        return tokens.some(
          (tok, i) =>
            !own(i) &&
            !(rule !== null && tok.pos === 'NUM' && isFirstUnitOf(tokens.slice(i + 1, i + 3), rule.not)) &&
            ((tok.pos === 'NUM' && ((isUnit(tokens.slice(i + 1, i + 3), units) && !otherMeasure(tokens.slice(i + 2, i + 4), measure)) || namedMeasure(tokens, i, measure))) || (/^an?$/iu.test(tok.text) && units.includes('noun.quantity') && isUnit(tokens.slice(i + 1, i + 2), ['noun.quantity'])) || joinedUnit(tok.text, units)),
        );
      }
      return entity(['CARDINAL', 'MONEY', 'PERCENT', 'DURATION']) || tokens.some((tok, i) => tok.pos === 'NUM' && !own(i) && !inDate(i));
    case 'money':
      // A sum: the tagger's money, a currency sign before a number ("£2 million") or a number
      // before a monetary unit ("14 million euros", "one pound").
      return (
        entity(['MONEY']) ||
        tokens.some((tok, i) => !own(i) && ((tok.pos === 'SYM' && /^\p{Sc}$/u.test(tok.text) && tokens[i + 1]?.pos === 'NUM') || (tok.pos === 'NUM' && isMonetary(tokens.slice(i + 1, i + 3)))))
      );
    case 'change':
      // …or a measure in its unit ("only 11 centimetres out of line").
      return (
        entity(['PERCENT']) ||
        tokens.some((tok, i) => !own(i) && ((tok.pos === 'ADP' && fold(tok.text) === 'by' && holdsChange(tokens, i + 1, inDate)) || (tok.pos === 'NUM' && !inDate(i) && isUnit(tokens.slice(i + 1, i + 3), ['noun.quantity']))))
      );
    case 'frequency':
      return holdsFrequency(tokens, own);
    case 'reason':
      return holdsReason(tokens, entities);
    case 'date':
      // A date within the year (`WITHIN_YEAR`) is a time named: a year alone does not say it.
      if (units.includes(WITHIN_YEAR)) return tokens.some((tok, i) => !own(i) && namesTimeOfYear(tok, i));
      // A date, a year or a decade ("the 1820s"), or a time's proper name (WordNet's time file:
      // "Tuesdays", "April", "Easter").
      return entity(['DATE', 'TIME']) || tokens.some((tok, i) => !own(i) && (isYear(tok) || (i > 0 && tok.pos === 'PROPN' && isTimeName(tok.text))));
    case 'person':
      // A person is named, or described by a noun whose most common sense is a person (WordNet's
      // noun.person: "a trained steward", "his descendants", "army engineers"). Not a name standing
      // where a place does, after "in", "at", "on" … ("based in Pickerel Crossing, Ohio",
      // "on Quill Street"): that names where, not who; nor a time's name ("from October").
      return tokens.some((tok, i) => !own(i) && ((i > 0 && tok.pos === 'PROPN' && !namesAPlace(tokens, i) && !isTimeName(tok.text)) || (tok.pos === 'NOUN' && isPersonNoun(tok.lemma))));
    case 'occupation':
      return tokens.some((tok, i) => !own(i) && tok.pos === 'NOUN' && isPersonNoun(tok.lemma));
    case 'place':
      // The first word of a sentence is capitalised anyway; a proper noun after it is a name.
      return tokens.some((tok, i) => i > 0 && tok.pos === 'PROPN' && !own(i));
    case 'time':
      return entity(['TIME']) || tokens.some((tok, i) => !own(i) && (clockReading(tokens, i) || (tok.pos === 'NOUN' && isClockReading(tok.lemma))));
    case 'proportion':
      return entity(['PERCENT']) || tokens.some((_, i) => !own(i) && isShare(tokens, i));
  }
}

/** A year ("1938") or a decade ("1820s") as written. */
function isYear(tok: TaggedToken): boolean {
  return (tok.pos === 'NUM' && /^(?:1[0-9]|20)\d\d$/u.test(tok.text)) || /^(?:1[0-9]|20)\d0s$/u.test(tok.text);
}

/**
 * Whether a sentence writes a date outside the query's own words (`typed`, stems): a year, a decade,
 * or a date of the tagger's that holds a number or a calendar name ("26 December", "in October",
 * "on Saturday"). Stricter than the date `holdsAnswerType` ranks by: not a time of day ("evening",
 * "at noon"), a word of how often ("monthly") or a date relative to the report ("last winter",
 * "this year"), which a sentence about something else holds as often as one about the event.
 */
export function writesDate(text: string, typed: ReadonlySet<string>): boolean {
  const { tokens, entities } = taggedText(text);
  const own = (i: number): boolean => typed.has(stemOf(fold(tokens[i]?.text ?? '')));
  const calendar = (i: number): boolean => {
    const tok = tokens[i] as TaggedToken;
    return !own(i) && (tok.pos === 'NUM' || (tok.pos === 'PROPN' && isTimeName(tok.text)));
  };
  return tokens.some((tok, i) => !own(i) && isYear(tok)) || entities.some((e) => e.type === 'DATE' && tokens.slice(e.first, e.last + 1).some((_, k) => calendar(e.first + k)));
}

/** Prepositions of where: a name right after one (an article between or not) names a place. */
const LOCATIVE = /^(?:in|at|on|near|outside|inside|beside|across|along|around|throughout|within)$/iu;

/**
 * Whether the proper noun at `i` stands where a place does: its run of proper nouns follows a
 * preposition of where ("in Quorton", "at the Quay Road hall", "on Quill Street"), or
 * a comma after such a run ("in Pickerel Crossing, Ohio").
 */
function namesAPlace(tokens: readonly TaggedToken[], i: number): boolean {
  let k = i;
  for (let hops = 0; hops < 2; hops++) {
    while (k > 0 && tokens[k - 1]?.pos === 'PROPN') k--;
    let before = k - 1;
    if (tokens[before]?.pos === 'DET') before--;
    const prev = tokens[before];
    if (prev === undefined) return false;
    if (prev.pos === 'ADP' && LOCATIVE.test(prev.text)) return true;
    // One more run before a comma: "Pickerel Crossing, Ohio".
    if (prev.text !== ',' || tokens[before - 1]?.pos !== 'PROPN') return false;
    k = before - 1;
  }
  return false;
}

/**
 * Whether a number is a clock's reading: before WordNet's ante or post meridiem ("3.19 a.m.",
 * "5.30 pm": an adjective or adverb of its own, or glued to the number), or after "past" or "to"
 * and a number or a fraction of an hour ("half past nine", "a quarter to six").
 */
function clockReading(tokens: readonly TaggedToken[], i: number): boolean {
  const tok = tokens[i] as TaggedToken;
  const meridiem = (word: string | undefined): boolean => word !== undefined && /^[ap]\.?m\.?$/iu.test(word) && synsetsOf(word.endsWith('.') ? word.toLowerCase() : `${word[0]?.toLowerCase() ?? ''}.m.`, 'adv', 1).length > 0;
  if (/^\d{1,2}(?:[.:]\d\d)?[ap]\.?m\.?$/iu.test(tok.text)) return meridiem(tok.text.replace(/^[\d.:]+/u, ''));
  if (tok.pos !== 'NUM') return false;
  if (meridiem(tokens[i + 1]?.text)) return true;
  const before = tokens[i - 1]?.text.toLowerCase();
  return (before === 'past' || before === 'to') && /^(?:NUM|NOUN)$/u.test(tokens[i - 2]?.pos ?? '') && (tokens[i - 2]?.pos === 'NUM' || isKindOf(tokens[i - 2]?.lemma ?? '', 'noun', fractionSenses(), 1));
}

/** WordNet's common fraction (sense 1: "one-third", "one-half", "one-fourth" are kinds of it). */
let fractionSense: ReadonlySet<string> | undefined;
function fractionSenses(): ReadonlySet<string> {
  fractionSense ??= senseKeys('noun', ['common_fraction', 1]);
  return fractionSense;
}

/**
 * Whether a token writes a share of a whole: "per cent" or "percent" after a number, a fraction
 * (a word one of whose first three noun senses is a common fraction — "fifth" is first a bottle's
 * measure — after "a", "one", a number or a hedge, or before "of": "about a third", "two fifths",
 * "half of the stalls", "around half are"), or a count out of a count ("one in four", "three out
 * of ten").
 */
function isShare(tokens: readonly TaggedToken[], i: number): boolean {
  const tok = tokens[i] as TaggedToken;
  const prev = tokens[i - 1];
  if (tok.pos === 'SYM' && tok.text === '%' && prev?.pos === 'NUM') return true;
  if (tok.pos === 'NUM') {
    const next = tokens[i + 1]?.text.toLowerCase();
    const later = tokens[i + 2];
    if ((next === 'in' && later?.pos === 'NUM') || (next === 'out' && tokens[i + 2]?.text.toLowerCase() === 'of' && tokens[i + 3]?.pos === 'NUM')) return true;
    return false;
  }
  // "a third", "two fifths", "half of the …", "around half are …" (a hedge before it, no
  // article after it: "about half an hour" is a time).
  const hedged = (prev?.pos === 'ADV' || prev?.pos === 'ADP') && tokens[i + 1]?.pos !== 'DET';
  if (!/^(?:NOUN|ADJ|DET)$/u.test(tok.pos) || !(prev?.pos === 'NUM' || /^(?:a|an|one)$/iu.test(prev?.text ?? '') || /^of$/iu.test(tokens[i + 1]?.text ?? '') || hedged)) return false;
  return isKindOf(tok.lemma, 'noun', fractionSenses(), 3);
}

/**
 * Whether a sentence could name who did something, read more loosely than `holdsAnswerType`'s
 * person (which wants a name after the first word or a person noun): a proper noun anywhere outside
 * the question's own words, a noun a "which" question would read as asking for a person (`nounType`:
 * a person, an occupation, an organisation — "the district council", "volunteers"), or a personal
 * pronoun. A sentence with none of them ("The quilt is stitched with rings of flowers.") names
 * nobody, and is no answer to "Who designed the border?".
 */
export function namesSomeone(text: string, typed: ReadonlySet<string>): boolean {
  const { tokens } = taggedText(text);
  return tokens.some((tok) => {
    if (typed.has(stemOf(fold(tok.text)))) return false;
    if (tok.pos === 'PROPN') return true;
    if (tok.pos === 'PRON') return PERSONAL.test(tok.text);
    if (tok.pos !== 'NOUN') return false;
    const kind = nounType(tok.lemma);
    return kind === 'person' || kind === 'occupation';
  });
}
const PERSONAL = /^(?:i|we|he|she|they|him|her|them|us|his|their)$/iu;
/**
 * Whether a sentence counts, in figures, the very noun a "how many" question counts or a kind of
 * it ("grown to roughly 180 alpacas" for "How many alpacas …", "23 craftsmen" for workers; see
 * `countsAKindOf`): a count of the asked thing, where any number is not.
 */
export function countsTheNoun(text: string, counted: string): boolean {
  if (!/\d/u.test(text)) return countsInWords(text, counted);
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m !== null; m = COUNT.exec(text)) {
    if (YEAR_LIKE.test(m[1] as string)) continue;
    const first = fold(m[2] as string);
    const word = synsetsOf(first, 'noun', 1).length === 0 && synsetsOf(first, 'adj', 1).length > 0 && m[3] !== undefined ? fold(m[3]) : first;
    // …or the noun after a noun that modifies it ("4,000 street trees").
    for (const w of m[3] !== undefined && word === first ? [word, fold(m[3])] : [word]) {
      const bases = nounBasesOf(w);
      if (w === counted || bases.includes(counted) || bases.includes(nounBasesOf(counted)[0] ?? counted)) return true;
    }
  }
  return countsAKindOf(text, counted) || countsInWords(text, counted);
}

/**
 * Whether a sentence counts the very noun in words ("The hall has three courts", "a fleet of six
 * trawlers"): a number the tagger reads as one, written in letters, then the noun, an adjective
 * or a noun of its kind between or not ("two street trees"). Not "one" (an article's sense as often as a count).
 */
function countsInWords(text: string, counted: string): boolean {
  const base = nounBasesOf(counted)[0] ?? counted;
  if (!fold(text).includes(base.slice(0, Math.max(3, base.length - 2)))) return false;
  const { tokens } = taggedText(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as TaggedToken;
    if (tok.pos !== 'NUM' || !/^\p{L}+$/u.test(tok.text) || /^one$/iu.test(tok.text)) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const next = tokens[k] as TaggedToken;
      if (next.pos === 'NOUN') {
        const word = fold(next.text);
        const bases = nounBasesOf(word);
        if (word === counted || bases.includes(counted) || bases.includes(base)) return true;
      } else if (next.pos !== 'ADJ') break;
    }
  }
  return false;
}

/** The most tokens a line read as a heading holds (see `headingCounter`). */
const HEADING_TOKENS = 12;
/** A counter: a number of up to three digits (four are a year, a date) or a Roman numeral. */
const COUNTER = /^(?:\d{1,3}|[IVX]+)$/u;

/**
 * The token that is only a heading's counter, or -1. A heading is a short line with no final stop;
 * its counter ends it after a capitalised word the tagger reads as no verb ("Brisco Seafoods 2",
 * "Part 3", "Chapter IV") or opens it before a stop or a bracket ("2. Fleet and catch"). It numbers
 * the heading, so it answers no "how many" ("Council approves 40" counts: a verb before it).
 */
export function headingCounter(text: string, tokens: readonly TaggedToken[]): number {
  const n = tokens.length;
  if (n < 2 || n > HEADING_TOKENS || /[.!?\u2026]["'\u201D\u2019)]*\s*$/u.test(text)) return -1;
  const last = tokens[n - 1] as TaggedToken;
  const before = tokens[n - 2] as TaggedToken;
  if (COUNTER.test(last.text) && /^\p{Lu}/u.test(before.text) && before.pos !== 'VERB' && before.pos !== 'AUX') return n - 1;
  const first = tokens[0] as TaggedToken;
  if (COUNTER.test(first.text) && /^[.)]$/u.test((tokens[1] as TaggedToken).text)) return 0;
  return -1;
}

/** Whether a noun's most common sense is a person (WordNet's noun.person file), memoised per lemma: candidates repeat their nouns. */
const personNouns = new Map<string, boolean>();
function isPersonNoun(lemma: string): boolean {
  let out = personNouns.get(lemma);
  if (out === undefined) {
    out = synsetsOf(lemma, 'noun', 1)[0]?.lexname === 'noun.person';
    if (personNouns.size >= 50_000) personNouns.clear();
    personNouns.set(lemma, out);
  }
  return out;
}

/** Whether a word is the proper name of a time (its first noun sense in WordNet's time file: a weekday, a month, a feast), memoised. */
const timeNames = new Map<string, boolean>();
function isTimeName(word: string): boolean {
  const key = word.toLowerCase();
  let out = timeNames.get(key);
  if (out === undefined) {
    out = /^\p{L}+$/u.test(key) && synsetsOf(key, 'noun', 1)[0]?.lexname === 'noun.time';
    if (timeNames.size >= 50_000) timeNames.clear();
    timeNames.set(key, out);
  }
  return out;
}

/** WordNet's season, "time of year" (sense 2: spring, summer, autumn, winter). */
let seasonSense: ReadonlySet<string> | undefined;

/**
 * Whether the token names a time within the year: a time's proper name, capitalised and not only
 * as a sentence's first word ("July", "Saturdays", "Easter": see `isTimeName`), or a season.
 */
function namesTimeOfYear(tok: TaggedToken, i: number): boolean {
  if (/^\p{Lu}/u.test(tok.text) && (i > 0 || tok.pos === 'PROPN') && isTimeName(tok.text)) return true;
  seasonSense ??= senseKeys('noun', ['season', 2]);
  return tok.pos === 'NOUN' && isKindOf(tok.lemma.toLowerCase(), 'noun', seasonSense, 1);
}

/** Whether a word joins a number and its unit with a hyphen ("two-year", "40-minute", "3-tonne"). */
function joinedUnit(text: string, units: readonly string[]): boolean {
  const m = /^(\p{L}+|\d+(?:[.,]\d+)?)-(\p{L}+)$/u.exec(text);
  if (!m) return false;
  if (!/^\d/u.test(m[1] as string) && tag(m[1] as string, { entities: false }).tokens[0]?.pos !== 'NUM') return false;
  return synsetsOf(m[2] as string, 'noun', 2).some((s) => units.includes(s.lexname));
}

/** Whether one of the first nouns among `next` is a monetary unit (WordNet, its first two senses: "euros", "pounds", "pence"). */
function isMonetary(next: readonly TaggedToken[]): boolean {
  const noun = next.find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return noun !== undefined && isKindOf(noun.lemma, 'noun', monetaryUnits(), 2);
}

interface UnitRule {
  /** The value is written in a unit of this class (`pos:offset` keys), in any of the unit's senses. */
  readonly only: ReadonlySet<string> | null;
  /** …or in none of these classes: the units of the other fundamental quantities. */
  readonly not: ReadonlySet<string>;
}
const unitRules = new Map<string, UnitRule | null>();
/** WordNet's fundamental quantities (length, mass, time, temperature), the ones with units of their own. */
let fundamentalSense: ReadonlySet<string> | undefined;
/** The unit classes WordNet names after a fundamental quantity ("mass_unit", "temperature_unit"), by the quantity's key. */
let namedUnits: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** A fundamental quantity's unit class, where WordNet calls one by one of its lemmas ("temperature" → "temperature_unit"). */
function namedUnitClasses(): ReadonlyMap<string, ReadonlySet<string>> {
  if (namedUnits !== undefined) return namedUnits;
  fundamentalSense ??= senseKeys('noun', ['fundamental_quantity', 1]);
  const out = new Map<string, ReadonlySet<string>>();
  for (const key of fundamentalSense) {
    const top = synsetAt('noun', Number(key.slice('noun:'.length)));
    for (const p of top?.pointers ?? []) {
      if (p.symbol !== '~' || p.pos !== 'noun') continue;
      const quantity = synsetAt('noun', p.offset);
      const keys = new Set<string>();
      for (const w of quantity?.words ?? []) for (const k of senseKeys('noun', [`${w}_unit`, 1])) keys.add(k);
      if (keys.size > 0) out.set(`noun:${p.offset}`, keys);
    }
  }
  namedUnits = out;
  return out;
}

/**
 * How the unit of a "how ADJ" question's value is checked, where its measure is one of WordNet's
 * fundamental quantities (the attribute of one of the adjective's two most common senses: "hot" →
 * temperature, "long" → length): written in the quantity's own unit class where WordNet names one after it
 * ("temperature_unit": degree, kelvin; "How hot …?" is not answered by "about 14 tonnes"), else in
 * no unit of another fundamental quantity's named class ("How long …?" by no mass unit). Null for
 * a measure that is no fundamental quantity ("heavy": weight; "big": size; "far", "high", "deep"),
 * whose values keep the looser check of their units' files alone (`isUnit`).
 */
function unitRuleOf(measure: string): UnitRule | null {
  const key = measure.toLowerCase();
  const known = unitRules.get(key);
  if (known !== undefined) return known;
  const named = namedUnitClasses();
  let out: UnitRule | null = null;
  for (const p of adjectivesOf(key).flatMap((s) => s.pointers)) {
    if (p.symbol !== '=' || p.pos !== 'noun') continue;
    const noun = synsetAt('noun', p.offset);
    if (noun === null || !synsetIsKindOf(noun, fundamentalSense ?? new Set())) continue;
    const quantity = [...named.keys()].find((k) => ancestorsOf(noun).has(k));
    const only = quantity === undefined ? null : (named.get(quantity) ?? null);
    const not = new Set([...named].filter(([k]) => k !== quantity).flatMap(([, v]) => [...v]));
    out = { only, not };
    break;
  }
  return remember(unitRules, key, out, 10_000);
}

/** Whether one of the first nouns among `next` is, in any of its senses, a unit of the classes: "degrees" is one of temperature in its sixth. */
function isUnitOf(next: readonly TaggedToken[], classes: ReadonlySet<string>): boolean {
  const noun = next.find((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return noun !== undefined && isKindOf(noun.lemma.toLowerCase(), 'noun', classes);
}

/** Whether the first of the nouns among `next` is, in its first two senses, a unit of the classes. */
function isFirstUnitOf(next: readonly TaggedToken[], classes: ReadonlySet<string>): boolean {
  const noun = next.find((t) => t.pos === 'NOUN');
  return noun !== undefined && isKindOf(noun.lemma.toLowerCase(), 'noun', classes, 2);
}

/** Whether a noun's first two senses are in WordNet's time file ("minute", "week", "year", "night"). */
function isTimeNoun(lemma: string): boolean {
  return synsetsOf(lemma, 'noun', 2).some((s) => s.lexname === 'noun.time');
}

/** Adjectives of periodic recurrence (WordNet's periodic, sense 1, and those similar to it: daily, weekly, hourly, annual). */
let periodic: ReadonlySet<number> | undefined;
function isPeriodic(word: string): boolean {
  if (periodic === undefined) {
    const p = synsetsOf('periodic', 'adj', 1)[0];
    periodic = new Set(p ? [p.offset, ...p.pointers.filter((q) => q.symbol === '&' && q.pos === 'adj').map((q) => q.offset)] : []);
  }
  const set = periodic;
  return adjectivesOf(word).some((a) => set.has(a.offset));
}

/**
 * Whether a sentence says how often: a time after "every/each/per" ("every eight minutes",
 * "each spring"), a count of times per time ("twice a week", "three times a year", "once a
 * month"), or a word of periodic recurrence ("daily", "weekly", "annually"; see `isPeriodic`).
 */
function holdsFrequency(tokens: readonly TaggedToken[], own: (i: number) => boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as TaggedToken;
    if (own(i)) continue;
    if ((tok.pos === 'ADJ' || tok.pos === 'ADV') && isPeriodic(tok.text)) return true;
    if (tok.pos !== 'NOUN' || !isTimeNoun(tok.lemma)) continue;
    // The determiner of the time, past a number or an adjective: "every (eight) minutes".
    let d = i - 1;
    while (d >= 0 && /^(?:NUM|ADJ)$/u.test((tokens[d] as TaggedToken).pos)) d--;
    const det = tokens[d]?.text.toLowerCase() ?? '';
    if (det === 'every' || det === 'each' || det === 'per') return true;
    // "a/an" after a count of times: "twice a week", "three times a year".
    if ((det === 'a' || det === 'an') && d === i - 1) {
      const before = tokens[d - 1];
      if (before && (/^(?:once|twice|thrice)$/iu.test(before.text) || (before.lemma === 'time' && tokens[d - 2]?.pos === 'NUM'))) return true;
    }
  }
  return false;
}

/**
 * Whether a sentence gives a reason: a clause of cause or purpose. The subordinating words of
 * cause ("because", "since" before a clause rather than a date, "as" or "after" before a clause),
 * the prepositions of cause ("due to", "owing to", "thanks to", "because of", "as a result of")
 * and of purpose ("so that", "in order to", "so as to").
 */
function holdsReason(tokens: readonly TaggedToken[], entities: Tagged['entities']): boolean {
  const inEntity = (i: number): boolean => entities.some((e) => e.first <= i && i <= e.last);
  // A clause follows: a verb before the next punctuation, within a few words.
  const clause = (from: number): boolean => {
    for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
      const t = tokens[k] as TaggedToken;
      if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
      if (t.pos === 'VERB' || t.pos === 'AUX') return k > from;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as TaggedToken).text.toLowerCase();
    const next = tokens[i + 1]?.text.toLowerCase() ?? '';
    if (w === 'because') return true;
    if ((w === 'due' || w === 'owing' || w === 'thanks') && next === 'to') return true;
    if (w === 'result' && (tokens[i - 1]?.text.toLowerCase() ?? '') === 'a' && next === 'of') return true;
    if (w === 'so' && next === 'that') return true;
    if ((w === 'order' || w === 'as') && (tokens[i - 1]?.text.toLowerCase() ?? '') === (w === 'order' ? 'in' : 'so') && next === 'to') return true;
    if ((w === 'since' || w === 'as' || w === 'after') && !inEntity(i + 1) && clause(i + 1)) return true;
  }
  return false;
}

/**
 * Whether the adjective right after a value's unit names another measure than the question's
 * `measure` ("four metres high" of "how deep"): a "how ADJ" word of its own that is not the
 * question's, nor one of its related words ("tall" is "high"'s: the same height).
 */
function otherMeasure(next: readonly TaggedToken[], measure: string | null): boolean {
  if (measure === null) return false;
  // Right after the unit ("four metres high"), not a noun's adjective after a preposition ("four
  // days of heavy rain": the rain is heavy, the four days are no weight).
  const adj = next[0]?.pos === 'ADJ' ? next[0] : undefined;
  if (adj === undefined) return false;
  const word = fold(adj.text);
  if (word === measure || !/^[a-z]+$/u.test(word) || howKindOf(word)?.type !== 'number') return false;
  const near = relatedWords(measure);
  const back = relatedWords(word);
  return !near.related.includes(word) && !near.forms.includes(word) && !back.related.includes(measure);
}

/**
 * Whether the number at `i` is a value of the question's `measure` by the measure's own name
 * before it, with no unit: "at the age of nine", "aged nine" ("how old"), "a depth of 40" ("how
 * deep"). The name is the measure adjective's word or one of its related words ("age" of "old").
 */
function namedMeasure(tokens: readonly TaggedToken[], i: number, measure: string | null): boolean {
  if (measure === null) return false;
  const names = (t: TaggedToken | undefined): boolean => {
    if (t === undefined) return false;
    const related = relatedWords(measure).related;
    return [fold(t.text), t.lemma.toLowerCase()].some((w) => w === measure || related.includes(w));
  };
  const before = tokens[i - 1];
  return names(before) || (before !== undefined && /^of$/iu.test(before.text) && names(tokens[i - 2]));
}

/** Whether one of the first nouns among `next` is a unit of the files `units` (its first senses). */
/** Words that may stand between "by" and the amount of a change: "by almost half", "by about a fifth", "by around 70 per cent". */
const HEDGE_POS: ReadonlySet<string> = new Set(['ADV', 'DET', 'ADP']);

/**
 * Whether the tokens from `at` (right after "by") give the size of a change: a number (not a year
 * of a date: "by 2019") or a quantity noun ("half", "a fifth", "a third": WordNet's noun.quantity,
 * whatever the tagger calls the word), after at most two hedging words.
 */
function holdsChange(tokens: readonly TaggedToken[], at: number, inDate: (i: number) => boolean): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 3); k++) {
    const t = tokens[k] as TaggedToken;
    if (t.pos === 'NUM') return !inDate(k);
    if ((t.pos === 'NOUN' || t.pos === 'ADJ') && synsetsOf(t.lemma, 'noun', 1)[0]?.lexname === 'noun.quantity') return true;
    if (!HEDGE_POS.has(t.pos)) return false;
  }
  return false;
}

function isUnit(next: readonly TaggedToken[], units: readonly string[]): boolean {
  const noun = next.find((t) => t.pos === 'NOUN');
  return noun !== undefined && synsetsOf(noun.lemma, 'noun', 2).some((s) => units.includes(s.lexname));
}

/**
 * The stems of what a question asks about, its subject: the nouns it writes between the verb that
 * opens its clause (an auxiliary: "does", "was", "did") and its main verb. "What does the ropewalk
 * produce?" → ropewalk; "When did the Danmoor ferry stop running?" → danmoor, ferri. None where the
 * question word is the subject ("Who founded the company?"): its nouns are the object, which another
 * story's sentence about its own founding writes as well. Read by `SUBJECT_FIRST_ODDS`.
 */
export function questionSubject(query: string): readonly string[] {
  const { tokens } = taggedText(query);
  const aux = tokens.findIndex((t) => t.pos === 'AUX');
  if (aux < 0) return [];
  const out: string[] = [];
  for (let i = aux + 1; i < tokens.length; i++) {
    const t = tokens[i] as TaggedToken;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') out.push(stemOf(fold(t.text)));
  }
  return out;
}

/**
 * Whether a sentence writes one of `stems` (a question's subject, `questionSubject`) before its
 * first verb: as its own subject ("Twelve spinners work there on weekdays"), or in a phrase fronted
 * before it ("In 1952 the ropewalk burned down"). A sentence of another story sharing the word
 * holds it elsewhere more often: as an object, after the verb ("Visitors can watch the spinners …").
 */
export function writesSubjectFirst(text: string, stems: ReadonlySet<string>): boolean {
  const { tokens } = taggedText(text);
  for (const t of tokens) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && stems.has(stemOf(fold(t.text)))) return true;
  }
  return false;
}
