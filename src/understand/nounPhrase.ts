/**
 * One reading of a party's noun phrase from the tagger's tags: a determiner or a possessor, the
 * words that describe (adjectives, nouns, participles, hyphenated compounds such as
 * "not-for-profit" or "Dublin-based", an initialism), the head noun, and a proper name attached to
 * it on either side ("the care provider Kindred Homecare", "the port operator, Halley Terminals",
 * "Orbis's rival, Quantel", "Vantor Power, the state-owned utility"). The agreement party readers
 * (agreements.ts, deals.ts) ask it which part of a phrase names the party, instead of each
 * matching its own pattern of the phrase's words.
 */
import { baseForms, synsetsOf } from '../wordnet.js';
import { tag, type TaggedToken } from './nlp.js';

/** Token indices [from, to) of a stretch of a phrase. */
export type TokenRange = readonly [number, number];

export interface NounPhrase {
  /** Where the phrase begins, and the index after its last token. */
  readonly start: number;
  readonly end: number;
  /** "the", "a", "an", "another", "its", "their", "his", "her" opening the phrase (or its description): "his agents, Harlan & Pike". */
  readonly determiner: number | null;
  /** A possessor before the description: "Orbis's", "the company's" (its tokens, with the possessive). */
  readonly owner: TokenRange | null;
  /** The describing words, head included ("not-for-profit provider"); empty when there are none. */
  readonly description: TokenRange;
  /** The head noun: the description's last word, when it is a lower-case common noun. */
  readonly head: number | null;
  /** The proper name the phrase stands for, and how it is attached: written on ("the firm Acme"), set off after a comma ("the firm, Acme"), or first with the description apposed after it ("Acme, the firm"). */
  readonly name: TokenRange | null;
  readonly attached: 'on' | 'set-off' | 'before' | null;
}

const DETERMINER = /^(?:the|a|an|another|its|their|his|her)$/i;
const POSSESSIVE = /^['’]s?$/;
/** Tags of words that never describe a noun. */
const FUNCTION_TAG = /^(?:ADP|CCONJ|SCONJ|DET|PRON|AUX|PART|PUNCT|SYM)$/;
const upper = (t: TaggedToken | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
const lower = (t: TaggedToken | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text);
/** Two tokens written together (no space between them). */
const joined = (a: TaggedToken | undefined, b: TaggedToken | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/**
 * The end of the word starting at token `x`: the tokens a hyphen writes together into one word
 * ("not-for-profit" is five tokens to the tagger, "state-owned" three), else `x + 1`.
 */
export function wordEnd(tokens: readonly TaggedToken[], x: number): number {
  let e = x + 1;
  while (tokens[e]?.text === '-' && joined(tokens[e - 1], tokens[e]) && joined(tokens[e], tokens[e + 1]) && tokens[e + 1]!.pos !== 'PUNCT') e += 2;
  return e;
}

/**
 * A hyphenated word that describes ("not-for-profit", "family-run", "Dublin-based",
 * "state-owned"): its last part is lower-case, so it is no name ("Rolls-Royce"). Returns the
 * index after it, or `x` when none starts at `x`.
 */
export function compoundModifierEnd(tokens: readonly TaggedToken[], x: number): number {
  const e = wordEnd(tokens, x);
  return e > x + 1 && lower(tokens[e - 1]) ? e : x;
}

/**
 * One describing word from `x`: a hyphenated compound, read whole, or the one token `single`
 * accepts. The index after it, or `x` when none is there. Every party reader steps through a
 * description with it, whatever else it lets describe.
 */
export function describingWordEnd(tokens: readonly TaggedToken[], x: number, single: (x: number) => boolean): number {
  const c = compoundModifierEnd(tokens, x);
  return c > x ? c : single(x) ? x + 1 : x;
}

/** A describing word at `x` (one token): a lower-case adjective, noun, number or participle, or an initialism before one ("NHS trust"). */
function describingToken(tokens: readonly TaggedToken[], x: number): boolean {
  const t = tokens[x];
  if (t === undefined) return false;
  // ("the local NHS trust": an initialism describes a lower-case word after it.)
  if (/^\p{Lu}{2,5}$/u.test(t.text)) return lower(tokens[x + 1]);
  if (!lower(t)) return false;
  if (/^(?:ADJ|NOUN|NUM)$/.test(t.pos)) return true;
  // The tagger reads some lower-case words with accents as names ("café chain").
  if (t.pos === 'PROPN') return true;
  // "listed miner", "streaming service": a participle before a noun.
  return t.pos === 'VERB' && /^\p{Ll}+(?:ing|ed)$/u.test(t.text) && /^(?:NOUN|ADJ)$/.test(tokens[x + 1]?.pos ?? '');
}

/** A lower-case common noun that can head the phrase: a noun to the tagger, or an adjective WordNet knows as a noun ("rival"). */
export function headAt(tokens: readonly TaggedToken[], x: number): boolean {
  const t = tokens[x];
  return lower(t) && (t!.pos === 'NOUN' || (t!.pos === 'ADJ' && synsetsOf(t!.text, 'noun', 1).length > 0));
}

/** The index after the describing words from `x` (up to `to`, at most `most` words), hyphenated compounds read as one word each. */
export function descriptionEnd(tokens: readonly TaggedToken[], x: number, to = tokens.length, most = 6): number {
  let d = x;
  for (let words = 0; d < to && words < most; words++) {
    const c = describingWordEnd(tokens, d, (x) => describingToken(tokens, x));
    if (c === d || c > to) break;
    d = c;
  }
  return d;
}

/** The index after a proper name from `x` (capitalised words, "of"/"&"/"de" between them), or `x`. */
export function nameEnd(tokens: readonly TaggedToken[], x: number, to = tokens.length): number {
  if (!upper(tokens[x]) || tokens[x]!.pos === 'PUNCT' || DETERMINER.test(tokens[x]!.text)) return x;
  let e = x;
  while (e < to && (upper(tokens[e]) || /^[\d.’'+-]+$/u.test(tokens[e]!.text) || (/^(?:of|&|de)$/.test(tokens[e]!.text) && upper(tokens[e + 1])))) {
    // A hyphen inside a name ("Rolls-Royce") joins; one written apart ends it.
    if (tokens[e]!.text === '-' && !(joined(tokens[e - 1], tokens[e]) && joined(tokens[e], tokens[e + 1]))) break;
    e++;
  }
  return e;
}

/** A possessor from `x`: a name or "the <noun>" ending in "'s" or "’". Returns the index after the possessive, or `x`. */
function ownerEnd(tokens: readonly TaggedToken[], x: number, to: number): number {
  let e = /^the$/i.test(tokens[x]?.text ?? '') && lower(tokens[x + 1]) ? x + 2 : nameEnd(tokens, x, to);
  if (e === x) return x;
  if (e < to && POSSESSIVE.test(tokens[e]!.text) && tokens[e]!.pos === 'PART') e++;
  else return x;
  return e;
}

/**
 * Reads the noun phrase that spans tokens [k, to) whole, or null when the tokens are no one such
 * phrase: "[det] description Name", "[det|owner] description head, Name", "Name, det description
 * head". A phrase with no name and no description (a bare name) is null: nothing to read.
 */
export function readNounPhrase(tokens: readonly TaggedToken[], k: number, to: number): NounPhrase | null {
  // "Vantor Power, the state-owned utility": the name first, then its description set off.
  const n0 = nameEnd(tokens, k, to);
  if (n0 > k && tokens[n0]?.text === ',' && DETERMINER.test(tokens[n0 + 1]?.text ?? '') && lower(tokens[n0 + 1])) {
    const d = descriptionEnd(tokens, n0 + 2, to);
    const head = d - 1;
    if (d === to && d > n0 + 2 && headAt(tokens, head)) return { start: k, end: to, determiner: n0 + 1, owner: null, description: [n0 + 2, d], head, name: [k, n0], attached: 'before' };
    return null;
  }
  let c = k;
  let determiner: number | null = null;
  let owner: TokenRange | null = null;
  const o = ownerEnd(tokens, c, to);
  if (o > c) {
    owner = [c, o];
    c = o;
  } else if (DETERMINER.test(tokens[c]?.text ?? '')) {
    determiner = c;
    c++;
  }
  const d = descriptionEnd(tokens, c, to);
  if (d === c) return null;
  const head = headAt(tokens, d - 1) ? d - 1 : null;
  // "the port operator, Halley Terminals": set off after a comma, after a head noun.
  const setOff = tokens[d]?.text === ',' ? d + 1 : d;
  if (setOff >= to || nameEnd(tokens, setOff, to) === setOff) return null;
  if (setOff > d && (head === null || tokens.slice(setOff, to).some((t) => t.text === ','))) return null;
  // The name runs to the span's end: the names there, when they are a list ("X and Y").
  return { start: k, end: to, determiner, owner, description: [c, d], head, name: [setOff, to], attached: setOff > d ? 'set-off' : 'on' };
}

/**
 * The noun phrase written in `text` from character `from` to `to`, read on the tags of the whole
 * of `text` (a sentence: the tagger reads a word better in its sentence than alone). Null when the
 * span does not fall on token boundaries or is no phrase `readNounPhrase` reads.
 */
export function nounPhraseIn(text: string, from: number, to: number): { phrase: NounPhrase; tokens: readonly TaggedToken[] } | null {
  const tokens = tag(text, { entities: false }).tokens;
  const k = tokens.findIndex((t) => t.start === from);
  const e = tokens.findIndex((t) => t.end === to);
  if (k < 0 || e < k) return null;
  const phrase = readNounPhrase(tokens, k, e + 1);
  return phrase ? { phrase, tokens } : null;
}

/** The text of a token range. */
export const rangeText = (text: string, tokens: readonly TaggedToken[], r: TokenRange): string => text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end);

/**
 * The name a party's phrase, written alone, stands for when describing words open it: "the battery
 * maker Voltaris", "the not-for-profit provider Kindred Care", "the Dublin-based software firm
 * Keelan Data" (a determiner, then one to three describing words); "Public broadcaster KBN" (a
 * capitalised first word WordNet knows as a common word, then one or two describing words ending in
 * a noun). Null otherwise: a bare name, "the state of Ostria", a description with no name.
 */
export function describedName(raw: string): string | null {
  // Only a phrase with a lower-case word before a capitalised one is tagged.
  if (!/[\p{Ll}-]\s+\p{Lu}/u.test(raw)) return null;
  const tokens = tag(raw, { entities: false }).tokens;
  const opener = tokens[0];
  if (opener === undefined) return null;
  const determined = /^(?:the|an?)$/i.test(opener.text);
  // "Public broadcaster KBN": a common word capitalised as the sentence's first.
  const opened = !determined && /^\p{Lu}\p{Ll}+$/u.test(opener.text) && baseForms(opener.text.toLowerCase()).size > 0;
  if (!determined && !opened) return null;
  // Tagged alone, with no sentence round it, a describing word may get a wrong tag ("firm" an
  // adverb): any lower-case word but a function word describes here, a compound as one.
  let d = 1;
  let words = 0;
  for (; words < 4; words++) {
    const e = describingWordEnd(tokens, d, (x) => lower(tokens[x]) && !FUNCTION_TAG.test(tokens[x]!.pos));
    if (e === d) break;
    d = e;
  }
  if (words === 0 || words > (opened ? 2 : 3) || d >= tokens.length) return null;
  // (An opened phrase's last describing word is a noun: "Telecom operator Brightwave".)
  if (opened && !baseForms(tokens[d - 1]!.text.toLowerCase()).get('noun')) return null;
  const n = nameEnd(tokens, d);
  return n === tokens.length && n > d ? raw.slice(tokens[d]!.start, tokens[n - 1]!.end) : null;
}
