/**
 * Noun phrases for speakers and parties: a tiny tokenizer, scans that find the noun phrase
 * before or after a verb, the split of a phrase into name and descriptor, and the document's
 * memory of who has been named (for "he", "Doe", "Beijing").
 *
 * Everything works on tokens with offsets into the sentence text, so every phrase handed back
 * is a verbatim slice of the sentence.
 */
import {
  CALENDAR_WORDS,
  CAP_FUNCTION_WORDS,
  FEMALE_MARKERS,
  INSTITUTIONS,
  MALE_MARKERS,
  NAME_PARTICLES,
  NP_GLUE,
  NP_LOWER,
  NP_MODIFIERS,
  ORG_HEADS,
  POST_NOMINALS,
  PRONOUNS,
  ROLE_NOUNS,
  TITLES,
  capitalOf,
  countryOf,
  courtRole,
  findingNoun,
  isGroupWord,
  isNpLowerWord,
  isRoleWord,
  peopleNoun,
  personNoun,
} from './lexicon.js';
import { namesIn, nounClass, nounLemma, organisationSense, relatedBodyNouns } from './descriptions.js';
import { tag, type TaggedToken } from './nlp.js';
import { ancestorsOf, baseForms, senseKeys, synsetAt, synsetIsKindOf, synsetsOf, type Synset } from '../wordnet.js';
import type { Resolution, Speaker, SpeakerKind } from './types.js';
import { literal } from '../regex.js';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Where {
  readonly paragraph: number;
  readonly sentence: number;
}

const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?|\S/gu;
const GLUED_YEAR = /^(?:1[89]|20)\d\d\p{Lu}\p{Ll}/u;
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Capt Maj Adm Cmdr Sgt Rev St Jr Sr Inc Corp Ltd Co No Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
);
const WORD_START = /^[\p{L}\p{N}]/u;
/** `WORD_START.test`, with ASCII read by its codes (every token of every sentence is asked). */
function wordStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(t);
}
const CAP_START = /^\p{Lu}/u;
const SINGLE_CAP = /^\p{Lu}$/u;
const AFTER_POSSESSIVE = /[\s,.;:!?)"”]/;
const IRISH_TAIL = /^ ?['’] ?\p{Lu}\p{Ll}+/u;

/**
 * A run of capitalised words written at `at` of `text` that opens with `word` (which `text` holds
 * there): the word and one to three capitalised words after it, not inside a longer name (no
 * letter nor ' ’ & . - just before it, nor a capitalised word and one space). `shortFormOf` and
 * `longerNameOf` ask it of every place an earlier sentence writes a name; two constant patterns
 * instead of one compiled per word (a look-behind under the Unicode flag costs more to compile
 * than to run, and a record of invented names kept missing a memo of them).
 */
function runAt(text: string, at: number, word: string): string | null {
  NOT_INSIDE_NAME.lastIndex = at;
  if (!NOT_INSIDE_NAME.test(text)) return null;
  CAPITALS_AFTER.lastIndex = at + word.length;
  const m = CAPITALS_AFTER.exec(text);
  return m ? text.slice(at, m.index + m[0].length) : null;
}
const NOT_INSIDE_NAME = /(?<![\p{L}'’&.-]|\p{Lu}[\p{L}'’.-]*\s)/uy;
const CAPITALS_AFTER = /(?:\s+\p{Lu}[\p{L}'’&.-]*){1,3}/uy;

/**
 * The texts tokenised last: the statement reader, the agreement reader and the name scans ask
 * for the same sentence in turn (about 1.6 calls per distinct text), a document apart at most.
 */
const recentTokens = new Map<string, readonly Token[]>();
const RECENT_TOKENS = 256;

/** Words, with "Mr." / "U.S." keeping their period and "States'" its possessive mark. */
export function tokenize(text: string): readonly Token[] {
  let tokens = recentTokens.get(text);
  if (tokens === undefined) {
    tokens = tokenizeAfresh(text);
    if (recentTokens.size >= RECENT_TOKENS) recentTokens.delete(recentTokens.keys().next().value as string);
    recentTokens.set(text, tokens);
  }
  return tokens;
}

function tokenizeAfresh(text: string): Token[] {
  const out: Token[] = [];
  // One regex for every call (nothing in the loop tokenises again), so it is not rebuilt each time.
  const re = TOKEN_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // "Published 9 May 2024Penrice's Hardware has …": a scraper glued the page's date to the first
    // word of the text; a year run into a capitalised word is two tokens (no word starts so).
    if (GLUED_YEAR.test(m[0])) {
      out.push({ text: m[0].slice(0, 4), start: m.index, end: m.index + 4 });
      re.lastIndex = m.index + 4;
      continue;
    }
    let end = m.index + m[0].length;
    const t = m[0];
    // "O' Leary", "O 'Reilly": text re-joined from tokens splits an Irish name at its apostrophe.
    const irish = t === 'O' || t === 'D' ? IRISH_TAIL.exec(text.slice(end)) : null;
    if (irish) end += irish[0].length;
    else if (wordStart(t)) {
      const next = text[end];
      if (next === '.' && (t.includes('.') || ABBREVIATIONS.has(t) || SINGLE_CAP.test(t))) end++;
      else if ((next === "'" || next === '’') && t.endsWith('s') && (end + 1 >= text.length || AFTER_POSSESSIVE.test(text[end + 1] ?? ' ')))
        end++;
    }
    // The match itself when nothing was added to it (no second copy of every token's characters).
    out.push({ text: end === m.index + t.length ? t : text.slice(m.index, end), start: m.index, end });
    re.lastIndex = end;
  }
  return out;
}

/**
 * A role word, or a hyphenated compound WordNet does not list whose last part is a person's noun
 * first ("vice-chancellor", "co-founder", "head-teacher"): the head of a compound names its kind.
 */
const compoundRole = (w: string): boolean => {
  const hyphen = /^\p{Ll}+-(\p{Ll}{3,})$/u.exec(w);
  return hyphen !== null && synsetsOf(w, 'noun', 1).length === 0 && isRoleWord(hyphen[1]!) && synsetsOf(hyphen[1]!, 'noun', 1)[0]?.lexname === 'noun.person';
};
const isRole = (w: string): boolean => isRoleWord(w) || compoundRole(w);
/**
 * A capitalised word that is a role, not part of a name: the lists' words anywhere; WordNet's
 * only before a full name of two words ("Analyst Jane Doe", "Campaigner Tom Lee"), since many
 * surnames are role nouns too ("Jane Baker", "Tom Mason").
 */
const capitalRole = (t: string, namesAfter: number): boolean => NP_LOWER.has(t.toLowerCase()) || (namesAfter >= 2 && (isNpLowerWord(t.toLowerCase()) || compoundRole(t.toLowerCase())));
const isGroup = isGroupWord;
const isNpLower = (w: string): boolean => isNpLowerWord(w) || compoundRole(w);

export const isWord = (t: string): boolean => wordStart(t);
/** `CAP_START.test`, with ASCII read by its codes (asked of most tokens by every reader). */
export function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP_START.test(t);
}
const stripPossessive = (t: string): string => t.replace(/['’]s?$/, '');

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has also said"). */
const AUX = new Set(
  ('has have had also will would could can may might should must shall later earlier previously repeatedly again once further ' +
    'recently publicly separately then now too already often long just even still only reportedly allegedly bluntly ' +
    'flatly firmly quickly privately openly explicitly jointly formally finally unanimously eventually tentatively ' +
    'provisionally both all is are was were been be being has had officially initially subsequently additionally ' +
    'furthermore similarly likewise specifically directly immediately swiftly angrily sharply told today yesterday ' +
    'tonight').split(' '),
);
const NEGATION_WORDS = new Set(["not", "never", "didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "cannot", "can't", "neither", "nor"]);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);

function npTokenOk(t: string, forward: boolean): boolean {
  if (!isWord(t)) return t === '&';
  // "the 34-year-old striker": an age modifies the head.
  if (AGE_NOUN.test(t)) return true;
  if (isCap(t)) return !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t) && !PRONOUNS.has(t);
  if (forward && (t === 'in' || t === 'at' || t === 'from' || t === 'and')) return false;
  if (isNpLower(t) || NAME_PARTICLES.has(t)) return true;
  const base = stripPossessive(t).toLowerCase();
  return base !== t && isNpLower(base);
}

/**
 * Lower-case words outside the lexicon that can still modify a noun inside a name-like phrase
 * ("the harbor authority", "market analysts"): not a function word, not an obvious verb or adverb.
 */
const STOP_LOWER = new Set(
  ('that which who whom whose when while after before because if as than but or so then also not to by with on about into ' +
    'in at of for from the a an and today yesterday tonight now then here there ' +
    'over under is are was were be been being has have had will would can could may might should must do does did said says ' +
    'told there here it this these those such what how where why very more less only even just still yet however though ' +
    'although since until despite during without within against between through per via up down out off held met made took ' +
    'gave went came saw found began left became spoke sent led won lost put set kept brought thought felt ran stood paid ' +
    'built got knew wrote read cut hit let showed shown seen done gone taken given known say tell agree agreed decided ' +
    'pledged signed warned added noted insists insisted denied claimed stressed announced accused urged called asked ' +
    'reached struck vowed promised committed approved adopted ratified endorsed concluded undertook resolved consented ' +
    'see make take give go come get keep run stand pay build become remain remained seems seemed appears appeared').split(' '),
);
const LOOSE = /^\p{Ll}[\p{Ll}-]*$/u;

export function looseWord(word: string): boolean {
  // "the vendors' lawyer": a possessive is the noun it marks.
  const t = word.replace(/s['’]$/, 's').replace(/['’]s$/, '');
  // Past forms, gerunds and the usual adverb endings are verbs' company, not a noun's
  // ("assembly", "family" stay nouns).
  // A hyphenated compound is a modifier whatever its ending ("right-wing", "state-owned").
  return LOOSE.test(t) && !STOP_LOWER.has(t) && (/\p{L}-\p{L}/u.test(t) || !/(?:ed|ing|ally|edly|ously|ently|antly|ively|ately|ully|ibly)$/.test(t)) && !PRONOUNS.has(t);
}

/**
 * `looseWord`, and a noun whose ending only looks like a verb's ("seed", "feed", "shed", "king",
 * "spring"): a word in -ed or -ing that WordNet lists as a noun as written, and as a verb only as
 * written if at all ("closed" is only "close"'s, "building" only "build"'s) — for the speaker phrase
 * before a verb ("the seed bank said").
 */
function looseNoun(word: string): boolean {
  if (looseWord(word)) return true;
  if (!/^\p{Ll}+(?:ed|ing)$/u.test(word) || word.length < 4 || STOP_LOWER.has(word)) return false;
  const forms = baseForms(word);
  // (WordNet's rules of inflection also read "seed" as "see" + "d": a word that is a verb of its own is no inflection.)
  const verbs = forms.get('verb') ?? [];
  return (forms.get('noun') ?? []).includes(word) && (verbs.length === 0 || verbs.includes(word));
}

/** Any ordinary word of a descriptor after a name ("the GAO's managing counsel for law"). */
const descWord = (t: string): boolean => {
  const base = stripPossessive(t);
  return (LOOSE.test(base) && !STOP_LOWER.has(base)) || isNameToken(t) || NP_LOWER.has(base.toLowerCase()) || isNpLower(base);
};

/** A descriptor names a role, group or institution ("the shelter's director", "a Kansas representative"). */
const hasRoleWord = (toks: readonly Token[]): boolean =>
  toks.some((t) => {
    const b = stripPossessive(t.text);
    return isRole(b) || isGroup(b) || TITLES.has(b) || ORG_HEADS.has(b) || isOrgRole(b);
  });

const BOUNDARY = /^[,;:"“”‘’«»()—–-]$/;
/** Subordinating conjunctions that open a clause of time or cause: a determiner after one opens the clause's subject. */
const CLAUSE_CONJUNCTION = /^(?:after|before|when|while|because|since|until|once|although|though|unless|whereas)$/;

function isHead(t: string): boolean {
  if (!isWord(t) || DETERMINER_START.has(t)) return false;
  if (isCap(t)) return !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t);
  const base = stripPossessive(t).toLowerCase();
  return isRole(base) || isGroup(base);
}

/** Words that open a parenthetical between subject and verb ("X, on its part, insists"). */
const PARENTHETICAL_START = new Set(['on', 'for', 'in', 'however', 'meanwhile', 'too', 'though', 'also', 'likewise', 'meantime', 'instead', 'moreover', 'by', 'at', 'as']);

// A capitalised demonstrative opens a sentence's noun phrase ("That person, who …, said"); a lower-case "that" may be a complementiser.
const POSSESSIVE_DET = new Set(['his', 'her', 'its', 'their', 'our']);
const DETERMINER_START = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'The', 'A', 'An', 'That', 'This', 'These', 'Those']);

/** A span of tokens `[start, end)` with, for "Jane Doe, the ministry's spokeswoman", the apposition. */
export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
  /** Token range of the name and of the descriptor when written as an apposition. */
  readonly apposition: { readonly name: readonly [number, number]; readonly desc: readonly [number, number] } | null;
  readonly negated: boolean;
  readonly passive: boolean;
}

/** An unnamed speaker: an indefinite noun phrase whose head (group 1) a post-modifier follows ("a person familiar with the matter", "two people briefed on the talks", "an analyst at X"). */
const UNNAMED_SOURCE = /^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome)\s+(?:\p{L}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:familiar|close|with|briefed|involved|aware|who|at|in|from|of|for|on|inside)\b/u;

/** A comma inside a number ("200,000"), which the tokens split: no clause boundary. */
export const numberComma = (tokens: readonly Token[], k: number): boolean => {
  const a = tokens[k - 1];
  const b = tokens[k + 1];
  return tokens[k]?.text === ',' && a !== undefined && b !== undefined && a.end === tokens[k].start && b.start === tokens[k].end && /\d$/.test(a.text) && /^\d{3}/.test(b.text);
};

/** Prepositions that may join two lower-case words inside a descriptor ("a supplier of brake drums to bus builders"); "of", "for", "from", "at", "in" are phrase words already. */
const INNER_PREPOSITION = /^(?:to|with|on|across|near|around|throughout|under|over|behind|beyond)$/;

/**
 * `Name, descriptor,` before token `comma` (a comma, or the relative pronoun that closes the
 * descriptor's noun phrase: `personal` when it is "who"/"whose", which marks a person's).
 */
function appositionBefore(tokens: readonly Token[], comma: number, personal = false): PhraseSpan | null {
  // `Name, descriptor,` ← comma is the second comma.
  let k = comma - 1;
  // "retired nurse Mary Ellis": an -ed or -ing modifier may stand inside the descriptor.
  // "a lender with 1,200 branches": a number's comma stays inside it.
  // "a supplier of brake drums to bus builders": a preposition between two of its words too.
  while (k >= 0 && (tokens[k]!.text !== ',' || numberComma(tokens, k)) && (numberComma(tokens, k) || npTokenOk(tokens[k]!.text, false) || looseWord(tokens[k]!.text) || /^\p{Ll}{2,}(?:ing|ed)$/u.test(tokens[k]!.text) || (k < comma - 1 && INNER_PREPOSITION.test(tokens[k]!.text) && looseWord(tokens[k + 1]!.text))) && comma - k < 12) k--;
  if (k < 1 || tokens[k]!.text !== ',') return null;
  const descStart = k + 1;
  const descEnd = comma;
  if (descEnd <= descStart) return null;
  const first = tokens[descStart]!.text;
  const inner = tokens.slice(descStart, descEnd).map((t) => t.text);
  // `The mayor, Jane Doe, said`: descriptor first, the name between the commas.
  // "The study's lead author, Dr Mette Kjaer of Aarhus University Hospital, said": the name, then
  // where the person works, a capitalised run after "of", "at" or "from".
  // "Tom Arlow of the Riverside Knights club": the run may end in a noun WordNet files first as a body.
  const where = inner.findIndex((t, i) => i >= 1 && /^(?:of|at|from)$/.test(t));
  const bodyEnd = inner.length >= 2 && /^\p{Ll}+$/u.test(inner.at(-1)!) && isNameToken(inner.at(-2)!) && organisationSense(inner.at(-1)!) ? 1 : 0;
  const workplace =
    where > 0 && where <= 4 && inner.slice(0, where).every((t) => isNameToken(t)) && inner.slice(where + 1, inner.length - bodyEnd).every((t) => isNameToken(t) || /^(?:the|of|and|&)$/.test(t)) && isNameToken(inner[inner.length - 1 - bodyEnd]!);
  const nameEnd = workplace ? descStart + where : descEnd;
  // "The regulator, the Grain Standards Office, said": a body's name keeps its "the" (two or more capitalised words after it).
  const theName = !workplace && inner.length >= 3 && inner[0] === 'the' && inner.slice(1).every((t) => isNameToken(t));
  const named = workplace ? inner.slice(0, where) : theName ? inner.slice(1) : inner;
  const innerLast = named[named.length - 1]!;
  // "The company's biggest customer, Tolland & Sons, said": an ampersand joins a firm's name.
  if (named.every((t, i) => isNameToken(t) || NAME_PARTICLES.has(t) || (t === '&' && i > 0 && i < named.length - 1)) && named.length <= 4 && (!TITLES.has(innerLast) || ORG_HEADS.has(innerLast))) {
    let d = k - 1;
    // "the deputy mining minister", "the acting mayor": inside a descriptor that a determiner
    // opens (checked below), an -ing or -ed word is a modifier, not a verb.
    // "an engineer with the county council, Priya Dalal,": "with" before a determiner joins the employer.
    // "Counsel to the review, Ama Reyes,": so does "to" — a role's body ("adviser to the board").
    // "One of those investors, Fenwick Arlo of Bramblecap Ventures,": a demonstrative after "of" too.
    // "A valuer engaged by the court, Ilse Varne,": "by" after a past participle joins its agent
    // when the agent is a determiner and one word, no possessive, and the name between the commas
    // is shaped as no body's (`companyShaped`): a longer agent may be what the name is apposed to
    // ("a surveyor engaged by the landlord's lenders, Ottermere Mutual,").
    const agentBy = (x: number): boolean =>
      tokens[x]!.text === 'by' && x + 3 === k && /^\p{Ll}{2,}(?:ed|en|wn)$/u.test(tokens[x - 1]?.text ?? '') && DETERMINER_START.has(tokens[x + 1]!.text) && !POSSESSIVE_DET.has(tokens[x + 1]!.text) && !/['’]/.test(tokens[x + 2]!.text) && !companyShaped(named) && !ORG_HEADS.has(innerLast);
    while (d >= 0 && (npTokenOk(tokens[d]!.text, false) || looseWord(tokens[d]!.text) || /^\p{Ll}{2,}(?:ing|ed)$/u.test(tokens[d]!.text) || (/^(?:with|to)$/.test(tokens[d]!.text) && DETERMINER_START.has(tokens[d + 1]?.text ?? '')) || agentBy(d) || (/^(?:those|these)$/.test(tokens[d]!.text) && tokens[d - 1]?.text === 'of')) && k - d < 10) d--;
    // "…, and another engineer at the council, Priya Dalal, warned": the conjunction after a comma opens no descriptor.
    if (d >= 0 && tokens[d]!.text === ',' && /^(?:and|but|yet)$/.test(tokens[d + 1]?.text ?? '') && d + 2 < k) d++;
    const dStart = d + 1;
    const dFirst = tokens[dStart]?.text ?? '';
    // "But one engineer at the council, Priya Dalal, warned": "one" and "another" open it as "an" does.
    if (dStart < k && (DETERMINER_START.has(dFirst) || possessiveName(dFirst) || /^(?:one|another)$/.test(dFirst) || d < 0) && (d < 0 || BOUNDARY.test(tokens[d]!.text) || /^(?:while|and|but|yet|whereas|as|that)$/.test(tokens[d]!.text) || (d === 0 && /^(?:And|But|Yet)$/.test(tokens[d]!.text))))
      return { start: dStart, end: descEnd, apposition: { name: [descStart, nameEnd], desc: [dStart, k] }, negated: false, passive: false };
    return null;
  }
  // "The host, Portuguese environment minister Jane Doe, said", "one of them, retired teacher Tom
  // Lee, told": a role and a full name between the commas is the speaker, whatever stands before.
  let tail = descEnd;
  while (tail > descStart && isNameToken(tokens[tail - 1]!.text) && !TITLES.has(tokens[tail - 1]!.text) && descEnd - tail < 3) tail--;
  // "The chair of the panel, the retired surgeon Dame Ivy Holt, said": titles between the role and the name.
  let role = tail - 1;
  while (role > descStart && TITLES.has(tokens[role]!.text) && isCap(tokens[role]!.text) && tail - role <= 2) role--;
  // Not after a preposition: "Jo Park, a sales manager at the supplier Acme Surgical, wrote" names the employer there.
  const employer = inner.slice(0, tail - descStart).some((t) => /^(?:at|of|for|with|from|in|by)$/.test(t));
  // "A resident of Varnavas, 72-year-old Eleni Marou, said": an age before the name as well.
  if (descEnd - tail >= 2 && tail > descStart && !employer && !isCap(tokens[role]!.text) && (isRole(tokens[role]!.text) || (AGE_NOUN.test(tokens[role]!.text) && role === descStart)))
    return { start: descStart, end: descEnd, apposition: { name: [tail, descEnd], desc: [descStart, tail] }, negated: false, passive: false };
  if (!DETERMINER_START.has(first) && !NP_LOWER.has(first) && !isNpLower(first) && !TITLES.has(first) && !possessiveName(first)) return null;
  if (NP_GLUE.has(first) && !DETERMINER_START.has(first)) return null;
  // "Jane Doe, 47, a teacher, said": an age between commas stands between the name and its descriptor.
  const aged = k >= 3 && /^\d{1,3}$/.test(tokens[k - 1]!.text) && tokens[k - 2]!.text === ',';
  // The descriptor must name a role or a body ("the ministry's spokeswoman"), not a place; after
  // an age, or before "who", any noun that may name a person does ("a cleaner").
  // WordNet does not know every trade ("stallholder"): a word it has no noun for does then too.
  const personWord = (t: Token): boolean => personNoun(t.text) || (LOOSE.test(t.text) && synsetsOf(t.text, 'noun', 1).length === 0 && !baseForms(t.text).has('verb'));
  if (!hasRoleWord(tokens.slice(descStart, descEnd)) && !((aged || personal) && tokens.slice(descStart, descEnd).some(personWord))) return null;
  if (aged) k -= 2;
  let n = k - 1;
  while (n >= 0 && (isNameToken(tokens[n]!.text) || (NAME_PARTICLES.has(tokens[n]!.text) && n > 0) || (tokens[n]!.text === '&' && n > 0 && isNameToken(tokens[n - 1]!.text))) && k - n <= 4) n--;
  const nameStart = n + 1;
  if (nameStart >= k || !isCap(tokens[nameStart]!.text)) return null;
  // "Residents of Varnessa, the island's port,": the name belongs to a longer phrase.
  if (n >= 0 && NP_GLUE.has(tokens[n]!.text) && !DETERMINER_START.has(tokens[n]!.text)) return null;
  return { start: nameStart, end: descEnd, apposition: { name: [nameStart, k], desc: [descStart, descEnd] }, negated: false, passive: false };
}

/**
 * A name that opens the sentence and the appositions between commas after it, read back from the
 * comma before the verb: an age ("41"), where the person lives ("of Quarry Lane", "from Holby",
 * and a place's next part: ", Kelby"), and at most one descriptor that a determiner opens and a
 * person's noun heads (`personNoun`, a role, or a word WordNet lacks), which a relative pronoun or
 * a participle may close: "Gareth Lowe, 44, of Quarry Lane, Kelby, said", "Maren Oduya, 41, of
 * Holby, a cleaner who had queued since dawn, said". At least one age or residence; null otherwise.
 */
function appositionChain(tokens: readonly Token[], comma: number): PhraseSpan | null {
  let end = comma;
  let desc: [number, number] | null = null;
  let aged = false;
  let lived = false;
  let continued = false;
  for (let guard = 0; guard < 6; guard++) {
    let k = end - 1;
    while (k >= 0 && (tokens[k]!.text !== ',' || numberComma(tokens, k))) k--;
    const seg = tokens.slice(k + 1, end);
    if (seg.length === 0 || seg.length > 25) return null;
    const words = seg.map((t) => t.text);
    const capitalised = words.every((w) => isNameToken(w) || NAME_PARTICLES.has(w));
    if (k < 0) {
      // The name: the sentence's opening capitalised run, after at least one age or residence.
      if (!capitalised || words.length > 5 || !(aged || lived) || continued) return null;
      return { start: 0, end: comma, apposition: { name: [0, end], desc: desc ?? [end + 1, comma] }, negated: false, passive: false };
    }
    if (words.length === 1 && /^\d{1,3}$/.test(words[0]!) && !aged) aged = true;
    else if (/^(?:of|from)$/.test(words[0]!) && words.length >= 2 && words.slice(1).every((w) => isNameToken(w) || w === 'the') && isNameToken(words[words.length - 1]!)) {
      lived = true;
      continued = false;
    } else if (capitalised && words.length <= 3 && !lived && !aged && desc === null && !continued) continued = true;
    else if (desc === null && !aged && !lived && DETERMINER_START.has(words[0]!) && !POSSESSIVE_DET.has(words[0]!)) {
      const close = words.findIndex((w, x) => x >= 2 && (/^(?:who|whose|that)$/.test(w) || /^\p{Ll}{2,}ing$/u.test(w)));
      const head = seg.slice(1, close > 0 ? close : seg.length);
      const personWord = (t: Token): boolean => personNoun(t.text) || (LOOSE.test(t.text) && synsetsOf(t.text, 'noun', 1).length === 0 && !baseForms(t.text).has('verb'));
      if (!head.some(personWord) && !hasRoleWord(head)) return null;
      desc = [k + 1, close > 0 ? k + 1 + close : end];
    } else return null;
    end = k;
  }
  return null;
}

/**
 * Where a group opens the sentence before a list of names ending at `last`, whose final names
 * ("Kelby and Moss") start at `start` after a comma: "Residents of Tarrow, Kelby and Moss", "Parents
 * in Skarra, Vell and Mure" — a plural group or people noun (`isGroup`, `peopleNoun`) opening the
 * sentence, a preposition of place, then capitalised names of one to three words between commas.
 */
function listedGroup(tokens: readonly Token[], start: number, last: number): number | null {
  if (tokens[start - 1]?.text !== ',' || !tokens.slice(start, last + 1).some((t) => t.text === 'and')) return null;
  let b = start - 1;
  for (let guard = 0; guard < 8 && b >= 2; guard++) {
    let q = b - 1;
    while (q >= 0 && isNameToken(tokens[q]!.text) && b - q <= 3) q--;
    if (q === b - 1 || q < 1) return null;
    if (tokens[q]!.text === ',') {
      b = q;
      continue;
    }
    if (!GROUP_PREPOSITION.test(tokens[q]!.text)) return null;
    const g = tokens[q - 1]!.text.toLowerCase();
    if (q - 1 !== 0 || !(isGroup(g) || peopleNoun(g))) return null;
    return 0;
  }
  return null;
}

/**
 * "The Dunholt-based maker of drills, saws and sanders said": the last items of a list between
 * commas that "of" opens belong to the phrase before "of", when a determiner opens that phrase at
 * the start of the sentence (or a clause) and each item is one to four words. The phrase's start, or null.
 */
export function listAfterOf(tokens: readonly Token[], start: number, last: number): number | null {
  if (tokens[start - 1]?.text !== ',' || !tokens.slice(start, last + 1).some((t) => t.text === 'and')) return null;
  let b = start - 1;
  for (let guard = 0; guard < 8 && b >= 3; guard++) {
    let q = b - 1;
    while (q >= 0 && b - q <= 4 && tokens[q]!.text !== ',' && tokens[q]!.text !== 'of' && /^[\p{L}\p{N}'’-]+$/u.test(tokens[q]!.text)) q--;
    if (q === b - 1 || q < 2) return null;
    if (tokens[q]!.text === ',') {
      b = q;
      continue;
    }
    if (tokens[q]!.text !== 'of') return null;
    const head = phraseBefore(tokens, q);
    if (!head || head.end !== q || head.apposition || !DETERMINER_START.has(tokens[head.start]!.text) || POSSESSIVE_DET.has(tokens[head.start]!.text)) return null;
    return head.start === 0 || BOUNDARY.test(tokens[head.start - 1]!.text) ? head.start : null;
  }
  return null;
}

/**
 * A name apposed to the object of a descriptor's preposition, read back from the comma before the
 * verb: "Dr. Ayo Benn, a noise consultant engaged by the operator, Fenwick Aggregates, told" →
 * Ayo Benn (the descriptor holds "by the operator", and "Fenwick Aggregates" names the operator);
 * "A surveyor instructed by the council's insurers, Lowfield Mutual, said" → the description
 * before the inner name. The descriptor, opened by "a"/"an"/"the", has a person's noun or a role
 * (`personNoun`, the role lists) before a preposition that a determiner or an owner's possessive
 * follows; the inner name is one to four capitalised words; the outer name, when there is one, is
 * the sentence's opening capitalised run (a title such as "Dr." included).
 */
function nestedApposition(tokens: readonly Token[], comma: number): PhraseSpan | null {
  const prevComma = (from: number): number => {
    let k = from - 1;
    while (k >= 0 && (tokens[k]!.text !== ',' || numberComma(tokens, k))) k--;
    return k;
  };
  const k2 = prevComma(comma);
  if (k2 < 1 || comma - k2 - 1 < 1 || comma - k2 - 1 > 4) return null;
  if (!tokens.slice(k2 + 1, comma).every((t) => isNameToken(t.text) || t.text === '&')) return null;
  const k1 = prevComma(k2);
  const dStart = k1 + 1;
  const desc = tokens.slice(dStart, k2).map((t) => t.text);
  if (desc.length < 4 || desc.length > 16 || !/^(?:a|an|the|A|An|The)$/.test(desc[0]!)) return null;
  // The preposition whose object the inner name names, right before that object's determiner or owner.
  const prep = desc.findIndex((w, x) => x >= 2 && /^(?:by|for|of|at|with|to|from)$/.test(w) && x + 1 < desc.length && (DETERMINER_START.has(desc[x + 1]!) || /\p{L}['’]s$/u.test(desc[x + 1]!)));
  if (prep < 0) return null;
  const head = tokens.slice(dStart + 1, dStart + prep);
  const personWord = (t: Token): boolean => personNoun(t.text) || (LOOSE.test(t.text) && synsetsOf(t.text, 'noun', 1).length === 0 && !baseForms(t.text).has('verb'));
  if (!head.some(personWord) && !hasRoleWord(head)) return null;
  if (k1 < 0) return { start: 0, end: k2, apposition: null, negated: false, passive: false };
  const name = tokens.slice(0, k1).map((t) => t.text);
  if (name.length === 0 || name.length > 5 || !name.every((w) => isNameToken(w) || TITLES.has(w.replace(/\.$/, '')) || NAME_PARTICLES.has(w))) return null;
  if (!name.some((w) => isNameToken(w) && !TITLES.has(w.replace(/\.$/, '')))) return null;
  // The descriptor's head before its post-modifier says the person's kind ("a noise consultant", not "the operator").
  return { start: 0, end: k2, apposition: { name: [0, k1], desc: [dStart, dStart + prep] }, negated: false, passive: false };
}

/**
 * Where an owner's possessive opens the clause right before token `at` (itself or one lower-case
 * modifier after it): "the county's" (a determiner at a boundary, then a lower-case possessive)
 * or "Holby's" (a capitalised possessive at a boundary); -1 otherwise.
 */
function possessiveOpening(tokens: readonly Token[], at: number): number {
  for (let p = at; p >= Math.max(0, at - 1); p--) {
    const w = tokens[p]!.text;
    if (p < at && (!looseWord(tokens[at]!.text) || isCap(tokens[at]!.text))) return -1;
    if (!/\p{L}['’]s$/u.test(w)) continue;
    const atBoundary = (q: number): boolean => q === 0 || BOUNDARY.test(tokens[q - 1]!.text);
    if (isCap(w) && atBoundary(p)) return p;
    if (!isCap(w) && p >= 1 && /^(?:the|The)$/.test(tokens[p - 1]!.text) && atBoundary(p - 1)) return p - 1;
    return -1;
  }
  return -1;
}

/** "Ukraine's", "Acme's": a possessive name opens a descriptor the way "the" does. */
const possessiveName = (t: string): boolean => isCap(t) && /\p{L}['’]s$/u.test(t);

const isNameToken = (t: string): boolean => isCap(t) && isWord(t) && !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t);

/** Leading or heading (WordNet "head" 2, "lead" 4, and their kinds: "chair", "spearhead"), filled on first use. */
let LEADING: ReadonlySet<string> | undefined;
/**
 * "Objectors, led by former captain Elsie Varn, argued": a clause between two commas (`close` the second) made of a participle of leading (WordNet) and "by", ending in a capitalised name of two
 * or three words; the name, which the writer gave the group as its voice. Null otherwise.
 */
function leaderBy(tokens: readonly Token[], close: number): PhraseSpan | null {
  let open = close - 1;
  while (open >= 1 && tokens[open]!.text !== ',' && close - open <= 10) open--;
  if (open < 1 || tokens[open]!.text !== ',' || tokens[open + 2]?.text !== 'by') return null;
  LEADING ??= senseKeys('verb', ['head', 2], ['lead', 4]);
  // WordNet's detachment rules miss irregular forms ("led"): the tagger's lemma of the participle before "by".
  const word = tokens[open + 1]!.text;
  const bases = [...(baseForms(word).get('verb') ?? []), tag(`${word} by`).tokens[0]?.lemma ?? word];
  if (!/^\p{Ll}+(?:ed|d|en)$/u.test(tokens[open + 1]!.text) || !bases.some((b) => synsetsOf(b, 'verb', 4).some((x) => LEADING!.has(`verb:${x.offset}`) || synsetIsKindOf(x, LEADING!)))) return null;
  let s = close;
  while (s > open + 3 && isNameToken(tokens[s - 1]!.text) && close - s < 3) s--;
  if (close - s < 2 || tokens.slice(open + 3, s).some((t) => t.text === ',' || isNameToken(t.text))) return null;
  return { start: s, end: close, apposition: null, negated: false, passive: false };
}

/**
 * "Another shopper, who would give only her first name, Ingrid, said", "One tenant, who asked to
 * be identified only as Tomas, said": a relative clause between commas that ends by giving the
 * speaker's name (after the noun "name" or after "as") names the one who speaks. `comma` is the
 * comma that closes the clause; the name is one or two capitalised words right before it.
 */
function nameGivenInClause(tokens: readonly Token[], comma: number): PhraseSpan | null {
  let s = comma - 1;
  while (s >= comma - 2 && s >= 0 && isNameToken(tokens[s]!.text)) s--;
  const start = s + 1;
  if (start === comma) return null;
  const gives = tokens[s]?.text === 'as' || (tokens[s]?.text === ',' && /^names?$/.test(tokens[s - 1]?.text ?? ''));
  if (!gives) return null;
  let w = s - 1;
  while (w >= 1 && comma - w <= 20 && !(/^(?:who|whose)$/.test(tokens[w]!.text) && tokens[w - 1]!.text === ',')) w--;
  if (w < 1 || comma - w > 20 || !/^(?:who|whose)$/.test(tokens[w]!.text)) return null;
  // The phrase the clause describes is the name's descriptor ("Another shopper"): a person, and a
  // "her" or "his" in the clause gives the gender.
  const inner = phraseBefore(tokens, w - 1);
  const dStart = inner && inner.end === w - 1 ? inner.start : w - 2;
  if (dStart < 0) return { start, end: comma, apposition: null, negated: false, passive: false };
  return { start: dStart, end: comma, apposition: { name: [start, comma], desc: [dStart, w - 1] }, negated: false, passive: false };
}

/**
 * The phrase a relative clause describes when the phrase starting at token `start` is the object
 * of that clause's verb ("X, who runs Y, …": for `start` at Y, X): "who", "whose" or "which" after
 * a comma, then at most five lower-case words, none a comma, right before `start`. Null otherwise.
 */
function relativeHost(tokens: readonly Token[], start: number): PhraseSpan | null {
  if (start < 3 || !/^\p{Ll}/u.test(tokens[start - 1]!.text) || BOUNDARY.test(tokens[start - 1]!.text)) return null;
  let w = start - 1;
  while (w >= 1 && start - w <= 6 && /^\p{Ll}/u.test(tokens[w]!.text) && !/^(?:who|whose|which)$/.test(tokens[w]!.text)) w--;
  if (w < 1 || !/^(?:who|whose|which)$/.test(tokens[w]!.text) || tokens[w - 1]!.text !== ',') return null;
  const host = phraseBefore(tokens, w - 1);
  return host && host.end === w - 1 ? host : null;
}

/**
 * The noun phrase that ends right before token `verb` (auxiliaries and adverbs skipped):
 * "Defense Ministry spokesman Jane Doe has said" → "Defense Ministry spokesman Jane Doe".
 */
export function phraseBefore(tokens: readonly Token[], verb: number, looseHead = true): PhraseSpan | null {
  let i = verb - 1;
  let negated = false;
  let passive = false;
  let guard = 0;
  while (i >= 0 && guard++ < 6) {
    const t = tokens[i]!.text;
    if (NEGATION_WORDS.has(t) || t === "n't") {
      negated = true;
      i--;
    } else if (AUX.has(t)) {
      if (PASSIVE_AUX.has(t)) passive = true;
      i--;
    } else if (CALENDAR_WORDS.has(t) && i >= 1 && tokens[i - 1]!.text === 'on') {
      i -= 2;
    } else if (i >= 2 && /^(?:last|this|next|earlier|later)$/.test(tokens[i - 1]!.text) && /^\p{Ll}+$/u.test(t) && synsetsOf(t, 'noun', 1)[0]?.lexname === 'noun.time' && !/^\p{Ll}+(?:ed|en|wn)$/u.test(tokens[i - 2]!.text)) {
      // (Not after a participle: "A report written last year shows" keeps its time phrase.)
      // "The club's survey last spring showed that …": a time phrase between subject and verb.
      i -= 2;
    } else if ((t === 'there' || t === 'here') && guard === 1 && i >= 1 && commonPlural(tokens[i - 1]!.text)) {
      // "Officials there said …", "Residents here say …": a place adverb after a plural subject.
      i--;
    } else break;
  }
  if (i < 0) return null;
  if (i >= 1 && AGE_NOUN.test(tokens[i]!.text) && /^(?:the|The)$/.test(tokens[i - 1]!.text)) return { start: i - 1, end: i + 1, apposition: null, negated, passive };
  // "the Royal College of Nursing (RCN) has said": an acronym in brackets is not the head.
  if (tokens[i]!.text === ')' && i >= 2 && tokens[i - 2]!.text === '(') {
    const inner = phraseBefore(tokens, i - 2, looseHead);
    return inner && inner.end === i - 2 ? { ...inner, negated: inner.negated || negated, passive: inner.passive || passive } : null;
  }
  // "Mill and Bakery Workers Local 52 said", "Grinders Local 31 said": a number closing a name of
  // two or more capitalised words numbers a branch of the body (a union's local, a lodge) and
  // belongs to the name.
  if (/^\d{1,4}$/.test(tokens[i]!.text) && i >= 2 && tokens[i - 1]!.end < tokens[i]!.start && isNameToken(tokens[i - 1]!.text) && isNameToken(tokens[i - 2]!.text)) {
    const named = phraseBefore(tokens, i, looseHead);
    if (named && named.end === i && !named.apposition && i - named.start >= 2 && isNameToken(tokens[named.start]!.text)) return { ...named, end: i + 1, negated: named.negated || negated, passive: named.passive || passive };
  }
  const last = tokens[i]!.text;
  if (PRONOUNS.has(last)) return { start: i, end: i + 1, apposition: null, negated, passive };
  if (last === ',') {
    const given = nameGivenInClause(tokens, i) ?? leaderBy(tokens, i);
    if (given) return { ...given, negated, passive };
    const ap = appositionBefore(tokens, i);
    // "Piet Holm, who runs Quayline, the small agency that books her jobs, says": a name and its
    // apposition that a relative clause holds as its object describe the phrase before the clause.
    const host = ap ? relativeHost(tokens, ap.start) : null;
    if (host) return { ...host, negated, passive };
    if (ap) return { ...ap, negated, passive };
    const chain = appositionChain(tokens, i);
    if (chain) return { ...chain, negated, passive };
    const nested = nestedApposition(tokens, i);
    if (nested) return { ...nested, negated, passive };
    // "The US, on its part, insists …" / "The report, published on Monday, said …" / "An official,
    // who …, said": skip a parenthetical, participial or relative clause between two commas.
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.text !== ',' || numberComma(tokens, k)) && i - k <= 25) k--;
    if (k < 1 || tokens[k]!.text !== ',' || i - k < 2) return null;
    const opener = tokens[k + 1]!.text;
    // "Tom Hale, whose brother, Ed, drowned in 2019, said": a whose-clause with a name in
    // apposition inside it, and a verb of its own after that name, describes the phrase before it.
    if (/^\p{Ll}/u.test(opener)) {
      let w = k - 1;
      while (w >= 1 && i - w <= 25 && !(tokens[w]!.text === 'whose' && tokens[w - 1]!.text === ',')) w--;
      const outer = w >= 1 && i - w <= 25 && tokens[w]!.text === 'whose' ? phraseBefore(tokens, w - 1) : null;
      if (outer && outer.end === w - 1) return { ...outer, negated, passive };
    }
    // "Jane Doe, 41, a cleaner who had queued since dawn, said", "Tom Lee, a driver working
    // nights, told": the descriptor's noun phrase ends where a relative pronoun or a participle
    // opens the clause that describes it; the name before it speaks.
    if (DETERMINER_START.has(opener) && !POSSESSIVE_DET.has(opener)) {
      for (let r = k + 3; r < i; r++) {
        const w = tokens[r]!.text;
        // "Tally, the travel app used by 2 million people, said": a past participle with its agent
        // ("used by", "owned by") opens a reduced relative clause as "who" does.
        if (!/^(?:who|whose|that|which)$/.test(w) && !/^\p{Ll}{2,}ing$/u.test(w) && !(/^\p{Ll}{2,}(?:ed|en|wn)$/u.test(w) && tokens[r + 1]?.text === 'by')) continue;
        const ap = appositionBefore(tokens, r, /^(?:who|whose)$/.test(w));
        if (ap?.apposition && ap.apposition.name[0] < k) return { ...(relativeHost(tokens, ap.start) ?? ap), negated, passive };
        // "the rail ticketing app used by …": an -ing word before the descriptor's noun modifies it.
        if (/ing$/.test(w) && r + 1 < i && looseWord(tokens[r + 1]!.text)) continue;
        break;
      }
    }
    // "The inspectors' report, read to the court, found": an irregular participle (a verb form
    // WordNet knows, "read", "sent", "put") right before a preposition opens such a clause too.
    const clause = /^(?:who|which|whose)$/.test(opener) || /^[a-z]+(?:ed|en|ing)$/.test(opener) || (/^(?:to|by|in|at|on|from|with|for|last|this|earlier)$/.test(tokens[k + 2]?.text ?? '') && /^[a-z]{3,}$/.test(opener) && (baseForms(opener).get('verb')?.length ?? 0) > 0 && !/s$/.test(opener));
    // "Residents of Stepanakert, the region's main city, said": an apposition to a place.
    const placeApposition = /^(?:the|a|an)$/.test(opener) && i - k <= 8;
    if (!clause && !placeApposition && (i - k > 5 || !PARENTHETICAL_START.has(opener))) return null;
    // "The charity that runs the station, the Coastal Rescue Trust, said": a body's name in
    // apposition to a subject that a role and a relative clause describe is the speaker.
    if (placeApposition && opener === 'the' && i - k >= 3 && tokens.slice(k + 2, i).every((t) => isNameToken(t.text))) {
      const rel = tokens.findIndex((t, x) => x < k && /^(?:that|who|which)$/.test(t.text));
      if (rel >= 2 && rel <= 3 && DETERMINER_START.has(tokens[0]!.text) && (isRole(tokens[rel - 1]!.text) || isOrgRole(tokens[rel - 1]!.text) || ORG_HEADS.has(tokens[i - 1]!.text)))
        return { start: k + 1, end: i, apposition: null, negated, passive };
    }
    // "Her finance minister, Louis Garnier, who …, said": the clause follows an apposition.
    const innerAp = clause ? appositionBefore(tokens, k) : null;
    if (innerAp && innerAp.end === k) return { ...innerAp, negated, passive };
    // "Jory Pike, 64, who …, told": an age between commas before the clause.
    const at = clause && /^\d{1,3}$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',' ? k - 2 : k;
    const inner = phraseBefore(tokens, at);
    return inner && inner.end === at ? { ...inner, negated, passive } : null;
  }
  let j = i;
  let loose = 0;
  let lastLoose = -1;
  while (j >= 0 && i - j < 12) {
    const t = tokens[j]!.text;
    if (npTokenOk(t, false)) j--;
    // "Harlow & Finch said": an ampersand between capitalised words joins one name.
    else if (t === '&' && j > 0 && j < i && isCap(tokens[j - 1]!.text) && isCap(tokens[j + 1]!.text)) j--;
    // "The integrated care board said", "the combined transport authority": an -ed or -ing
    // modifier right after a determiner that opens the clause belongs to the phrase.
    // ("once a structural audit concluded": so after a conjunction that opens a clause of time or cause.)
    else if (j < i && j >= 1 && /^\p{Ll}{3,}(?:ed|ing)$/u.test(t) && !STOP_LOWER.has(t) && DETERMINER_START.has(tokens[j - 1]!.text) && !POSSESSIVE_DET.has(tokens[j - 1]!.text) && (j === 1 || BOUNDARY.test(tokens[j - 2]!.text) || CLAUSE_CONJUNCTION.test(tokens[j - 2]!.text))) {
      lastLoose = j;
      j--;
    }
    // "its managing director said", "their founding partner said": a participle between an
    // owner's determiner and a role noun is part of the role (the determiner is read below).
    else if (j < i && j >= 1 && /^\p{Ll}{3,}(?:ed|ing)$/u.test(t) && !STOP_LOWER.has(t) && POSSESSIVE_DET.has(tokens[j - 1]!.text) && isRole(tokens[i]!.text)) j--;
    // "The publicly owned utility said", "the newly merged trust": so with an adverb in -ly
    // before that modifier.
    else if (j < i && j >= 2 && /^\p{Ll}{3,}(?:ed|ing)$/u.test(t) && !STOP_LOWER.has(t) && /^\p{Ll}{3,}ly$/u.test(tokens[j - 1]!.text) && DETERMINER_START.has(tokens[j - 2]!.text) && !POSSESSIVE_DET.has(tokens[j - 2]!.text) && (j === 2 || BOUNDARY.test(tokens[j - 3]!.text))) {
      lastLoose = j - 1;
      j -= 2;
    }
    // "The county's integrated care board said", "Holby's clinical commissioning group said": so
    // after an owner's possessive that opens the clause ("the county's", a name's), with at most
    // one lower-case modifier between.
    else if (j < i && j >= 1 && /^\p{Ll}{3,}(?:ed|ing)$/u.test(t) && !STOP_LOWER.has(t) && possessiveOpening(tokens, j - 1) >= 0) {
      j = possessiveOpening(tokens, j - 1) - 1;
      lastLoose = -1;
      break;
    } else if (j < i && loose < 2 && looseNoun(t) && !isCap(tokens[j + 1]!.text)) {
      loose++;
      lastLoose = j;
      j--;
    } else break;
  }
  let start = j + 1;
  // A loose word may open the phrase only at a clause boundary ("…, market analysts said"), or
  // after a determiner that then opens it ("The right-wing leader said").
  if (lastLoose === start && j >= 0 && !BOUNDARY.test(tokens[j]!.text)) {
    if (DETERMINER_START.has(tokens[j]!.text) && !POSSESSIVE_DET.has(tokens[j]!.text) && (j === 0 || BOUNDARY.test(tokens[j - 1]!.text))) start = j;
    else start++;
  }
  // "The national rowing federation said", "the nine licensed stall owners told": an -ed or -ing
  // modifier after an adjective (WordNet) or a number, which a determiner opening the clause leads,
  // belongs to the phrase too (the scan above stops at it: "national" is no determiner).
  if (start >= 2 && start <= i) start = modifiedOpening(tokens, start);
  // "That official, who …, said", "Those people said": a capitalised demonstrative opens the phrase of a common noun.
  if (start <= i && start >= 1 && /^(?:That|This|These|Those)$/.test(tokens[start - 1]!.text) && !isCap(tokens[start]!.text) && (start === 1 || BOUNDARY.test(tokens[start - 2]!.text))) start--;
  // "Residents of Tarrow, Kelby and Moss said": the list's last names after a comma belong to the
  // group that opens the sentence with a preposition before the list's first name.
  const listed = listedGroup(tokens, start, i);
  if (listed !== null) return { start: listed, end: i + 1, apposition: null, negated, passive };
  // "… set records and the White House said": "and" joins clauses here, not names.
  for (let a = i - 1; a > start; a--) {
    if (tokens[a]!.text !== 'and') continue;
    const left = tokens[a - 1]!.text;
    // "The local health and social care partnership said": lower-case modifiers on both sides
    // inside a phrase that a determiner opens at a clause boundary are one body's name.
    const modifiers = DETERMINER_START.has(tokens[start]!.text) && !POSSESSIVE_DET.has(tokens[start]!.text) && (start === 0 || BOUNDARY.test(tokens[start - 1]!.text)) && !DETERMINER_START.has(tokens[a + 1]!.text) && tokens.slice(start + 1, i).every((t, x) => start + 1 + x === a || (!isCap(t.text) && (looseWord(t.text) || npTokenOk(t.text, false))));
    if (!isCap(left) && !isRole(left) && !isGroup(left) && !modifiers) start = a + 1;
    break;
  }
  if (start > i && looseHead && looseNoun(tokens[i]!.text)) {
    // "The contractor insists": an ordinary noun heads the phrase when a determiner opens it.
    let d = i - 1;
    while (d >= 0 && i - d <= 3 && (NP_MODIFIERS.has(tokens[d]!.text) || looseNoun(tokens[d]!.text) || (npTokenOk(tokens[d]!.text, false) && !isCap(tokens[d]!.text) && !NP_GLUE.has(tokens[d]!.text)))) d--;
    const det = tokens[d]?.text ?? '';
    // "Bookings are open, and the bakery reports that …": "and" or "but" after a comma opens a clause of its own.
    const joins = d >= 2 && /^(?:and|but)$/.test(tokens[d - 1]!.text) && tokens[d - 2]!.text === ',';
    if (d >= 0 && DETERMINER_START.has(det) && !POSSESSIVE_DET.has(det) && (d === 0 || BOUNDARY.test(tokens[d - 1]!.text) || tokens[d - 1]!.text === 'that' || joins))
      return { start: d, end: i + 1, apposition: null, negated, passive };
    // "The spokeswoman for the coastguard said": the phrase is headed before the preposition.
    if (d >= 1 && /^(?:the|a|an)$/.test(det) && /^(?:for|of|at|from|with|to|in|on|near)$/.test(tokens[d - 1]!.text)) {
      const head = phraseBefore(tokens, d - 1, false);
      if (head && head.end === d - 1 && !head.apposition) return { start: head.start, end: i + 1, apposition: null, negated, passive };
    }
    return null;
  }
  while (start <= i && (tokens[start]!.text === 'of' || tokens[start]!.text === 'for' || tokens[start]!.text === 'and' || tokens[start]!.text === 'from' || tokens[start]!.text === 'at' || tokens[start]!.text === 'in'))
    start++;
  if (start > i || !isHead(tokens[i]!.text)) return null;
  // "after a newcomer to the village complained", "a resident of the square wrote": a place after a
  // preposition post-modifies the person noun (WordNet) that "a"/"an"/"the" opens before it.
  const det = start >= 1 && /^(?:the|a|an)$/.test(tokens[start - 1]!.text) ? start - 1 : start;
  if (det >= 3 && !isCap(tokens[det]!.text) && /^(?:to|of|in|at|from|on|near)$/.test(tokens[det - 1]!.text)) {
    const noun = tokens[det - 2]!.text;
    const opener = tokens[det - 3]!.text;
    if (personNoun(noun) && !isCap(noun) && /^(?:a|an|the)$/.test(opener) && (det === 3 || !isNameToken(tokens[det - 4]!.text)))
      return { start: det - 3, end: i + 1, apposition: null, negated, passive };
  }
  // "Jane Doe, president of the club said": an apposition whose closing comma is missing.
  if (tokens[start - 1]?.text === ',' && !isCap(tokens[start]!.text) && tokens.slice(start, i + 1).some((t) => isRole(t.text))) {
    let n = start - 2;
    while (n >= 0 && isNameToken(tokens[n]!.text) && start - 1 - n <= 4) n--;
    if (n < start - 2 && (n < 0 || BOUNDARY.test(tokens[n]!.text)))
      return { start: n + 1, end: i + 1, apposition: { name: [n + 1, start - 1], desc: [start, i + 1] }, negated, passive };
  }
  return { start, end: i + 1, apposition: null, negated, passive };
}

/**
 * Where a common noun's phrase that begins at token `start` really opens: at the determiner two
 * words before an -ed/-ing modifier at `start - 1` whose word before is a number or an adjective
 * (`phraseBefore`), when that determiner opens its clause; `start` otherwise.
 */
function modifiedOpening(tokens: readonly Token[], from: number): number {
  // ("the nine licensed stall owners": a noun between the modifier and the head, which the scan left out.)
  const start = from >= 3 && looseWord(tokens[from - 1]!.text) && /^\p{Ll}{3,}(?:ed|ing)$/u.test(tokens[from - 2]!.text) ? from - 1 : from;
  const m = tokens[start - 1]!.text;
  const a = tokens[start - 2]!.text;
  const d = start - 3;
  if (isCap(tokens[start]!.text) || !/^\p{Ll}{3,}(?:ed|ing)$/u.test(m) || STOP_LOWER.has(m)) return from;
  const lower = a.toLowerCase();
  if (!/^\d+$/.test(a) && !(/^\p{L}\p{Ll}{2,}$/u.test(a) && !STOP_LOWER.has(lower) && baseForms(lower).has('adj'))) return from;
  // "Local angling clubs said", "Many striking workers said": the modifier's adjective opens the clause itself.
  if (start - 2 === 0 || BOUNDARY.test(tokens[start - 3]!.text)) return start - 2;
  if (!/^\p{Ll}/u.test(a) || d < 0) return from;
  const det = tokens[d]!.text;
  if (!DETERMINER_START.has(det) || POSSESSIVE_DET.has(det) || !(d === 0 || BOUNDARY.test(tokens[d - 1]!.text) || partitiveOpening(tokens, d - 1))) return from;
  return d;
}

/**
 * "Three of the twelve …", "Most of the …": "of" at `of` after a count or a quantifier (a number, or
 * an adjective in WordNet) that opens the clause — the phrase after it is the clause's subject.
 */
function partitiveOpening(tokens: readonly Token[], of: number): boolean {
  if (tokens[of]?.text !== 'of' || of < 1) return false;
  const q = tokens[of - 1]!.text;
  const lower = q.toLowerCase();
  return (of - 1 === 0 || BOUNDARY.test(tokens[of - 2]!.text)) && (/^\d+$/.test(q) || (/^\p{L}\p{Ll}+$/u.test(q) && !STOP_LOWER.has(lower) && baseForms(lower).has('adj')));
}

/** The noun phrase that starts at token `from` ("said Jane Doe, the ministry's spokeswoman"). */
/**
 * "marketing vice president", "engineering chief": an -ing word right before a role is a noun;
 * "said retired nurse Ada Pell": an -ed word right before a role that a capitalised name follows modifies the role.
 */
function gerundBeforeRole(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]?.text ?? '';
  if (/^[a-z]+ed$/.test(tokens[j]!.text)) return isRole(next) && isCap(tokens[j + 2]?.text ?? '') && isWord(tokens[j + 2]!.text);
  if (!/^[a-z]+ing$/.test(tokens[j]!.text)) return false;
  return isRole(next) || (looseWord(next) && isRole(tokens[j + 2]?.text ?? ''));
}

/** Whether a role word and then a capitalised name follow the "and" at `j` within five words ("and chip shop owner Dara"). */
function andBeforeRole(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 2; k <= j + 5 && k + 1 < tokens.length; k++) {
    if (isRole(tokens[k]!.text) && isCap(tokens[k + 1]!.text) && isWord(tokens[k + 1]!.text)) return true;
    if (!looseWord(tokens[k]!.text)) return false;
  }
  return false;
}

export function phraseAfter(tokens: readonly Token[], from: number): PhraseSpan | null {
  const first = tokens[from];
  if (!first) return null;
  if (PRONOUNS.has(first.text)) return { start: from, end: from + 1, apposition: null, negated: false, passive: false };
  let j = from;
  let loose = 0;
  while (j < tokens.length && j - from < 12) {
    const t = tokens[j]!.text;
    if (npTokenOk(t, true)) j++;
    // "President and Chief Executive Officer": titles joined by "and".
    else if (t === 'and' && j > from && TITLES.has(tokens[j - 1]!.text) && TITLES.has(tokens[j + 1]?.text ?? '')) j++;
    // "said fish and chip shop owner Dara Pell": two modifiers joined by "and" before a role and a
    // name count as one (the role and the name follow within a few words).
    else if (t === 'and' && j > from && loose > 0 && looseWord(tokens[j - 1]!.text) && looseWord(tokens[j + 1]?.text ?? '') && andBeforeRole(tokens, j)) {
      loose--;
      j++;
    }
    // "according to counsel to the inquiry, Ama Reyes": a role's "to" before a determined body.
    else if (t === 'to' && j > from && isRole(tokens[j - 1]!.text) && DETERMINER_START.has(tokens[j + 1]?.text ?? '')) j++;
    else if (
      loose < 2 &&
      (looseWord(t) || gerundBeforeRole(tokens, j)) &&
      ((j + 1 < tokens.length && npTokenOk(tokens[j + 1]!.text, true) && !isCap(tokens[j + 1]!.text)) ||
        (j + 2 < tokens.length && looseWord(tokens[j + 1]!.text) && isRole(tokens[j + 2]!.text)) ||
        (tokens[j + 1]?.text === 'and' && looseWord(tokens[j + 2]?.text ?? '') && andBeforeRole(tokens, j + 1)) ||
        (j > from && isNpLower(tokens[j - 1]!.text) && !NP_GLUE.has(tokens[j - 1]!.text) && !isWord(tokens[j + 1]?.text ?? '.')))
    ) {
      loose++;
      j++;
    } else break;
  }
  // "according to figures released by …": a lone ordinary noun is the whole phrase.
  // "according to exchange data.", "according to ticketing figures,": two ordinary words closing the
  // phrase are a compound (a gerund may modify), not the first alone.
  if (j === from && (looseWord(first.text) || /^\p{Ll}{3,}ing$/u.test(first.text)) && looseWord(tokens[from + 1]?.text ?? '') && !isWord(tokens[from + 2]?.text ?? '.'))
    return { start: from, end: from + 2, apposition: null, negated: false, passive: false };
  if (j === from && looseWord(first.text)) return { start: from, end: from + 1, apposition: null, negated: false, passive: false };
  let end = j;
  while (end > from && NP_GLUE.has(tokens[end - 1]!.text)) end--;
  if (end <= from) return null;
  const headTok = tokens[end - 1]!.text;
  if (!isHead(headTok) && !(loose > 0 && looseWord(headTok) && end - from > 1)) return null;
  // Apposition after a name: ", the ministry's spokeswoman" up to the next comma or the end;
  // an age in between is skipped ("Jane Doe, 47, a teacher").
  if (tokens[end]?.text === ',' && isCap(tokens[end - 1]!.text)) {
    let k = end + 1;
    if (/^\d{1,3}$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
    const descFrom = k;
    const d0 = tokens[k]?.text ?? '';
    if (DETERMINER_START.has(d0) || isRole(d0) || isNpLower(d0)) {
      while (k < tokens.length && k - end < 12 && tokens[k]!.text !== ',' && (npTokenOk(tokens[k]!.text, false) || descWord(tokens[k]!.text))) k++;
      const stop = tokens[k]?.text;
      // "…, said Jane Doe, the lawmaker who led the talks.": a relative clause ends the descriptor.
      const relative = (stop === 'who' || stop === 'whose') && k - descFrom <= 6;
      if (k > descFrom && (stop === undefined || stop === ',' || stop === '.' || stop === ';' || stop === '"' || stop === '”' || relative) && hasRoleWord(tokens.slice(descFrom, k)))
        return { start: from, end: k, apposition: { name: [from, end], desc: [descFrom, k] }, negated: false, passive: false };
    }
  }
  // "said Airbus President and Chief Executive Officer, Tom Enders.": the name comes last.
  if (tokens[end]?.text === ',') {
    let k = end + 1;
    while (k < tokens.length && isNameToken(tokens[k]!.text) && k - end <= 4) k++;
    const stop = tokens[k]?.text;
    const lastWord = tokens[end - 1]!.text;
    if (k > end + 1 && (stop === undefined || stop === '.' || stop === ',') && (TITLES.has(lastWord) || hasRoleWord(tokens.slice(from, end))))
      return { start: from, end: k, apposition: { name: [end + 1, k], desc: [from, end] }, negated: false, passive: false };
  }
  return { start: from, end, apposition: null, negated: false, passive: false };
}

export type Gender = 'm' | 'f' | null;

/** What a speaker phrase says on its own, before the document's memory is consulted. */
export interface ParsedPhrase {
  readonly mention: string;
  readonly kind: SpeakerKind;
  /** Resolved name where the phrase itself gives it; null for a bare pronoun. */
  readonly name: string | null;
  readonly description: string | null;
  readonly pronoun: 'he' | 'she' | 'they' | 'it' | 'we' | null;
  /** A single capitalised word that may be the surname of someone named earlier. */
  readonly single: boolean;
  /** The capital this phrase used for a country ("Beijing"), when it did. */
  readonly capital: boolean;
  readonly gender: Gender;
}

const sliceText = (text: string, tokens: readonly Token[], a: number, b: number): string =>
  b > a ? text.slice(tokens[a]!.start, tokens[b - 1]!.end) : '';

/** "The ministry" at the start of a sentence is "the ministry" as a name. */
export const lowerThe = (s: string): string => s.replace(/^(The|A|An)\s/, (w) => w.toLowerCase());

function genderOf(words: readonly string[]): Gender {
  // "Mrs Tey's son, Graham Tey": a title or role before a possessive is the owner's, not the speaker's.
  const owner = words.findLastIndex((w) => /^\p{L}.*['’]s$/u.test(w) || w === "'s" || w === '’s');
  for (const w of words.slice(owner + 1)) {
    // "His lawyer, Jane Doe": a possessive marks the owner's gender, not the speaker's.
    if (/^(?:his|her)$/i.test(w)) continue;
    if (FEMALE_MARKERS.has(w)) return 'f';
    if (MALE_MARKERS.has(w)) return 'm';
  }
  return null;
}

const ACRONYM = /^[A-Z][A-Z.&]{1,7}$/;
const INITIAL = /^\p{Lu}\.$/u;

/** Split a speaker phrase into its name, descriptor and kind. */
/** "58-year-old", "62-year-old": an age standing for a person. */
const AGE_NOUN = /^\d{1,3}-year-old$/;

/** Prepositions after a group's head noun that opens a sentence ("Residents of X", "Traders near Y"). */
const GROUP_PREPOSITION = /^(?:of|from|in|at|on|near|across|around|outside|inside|within|along|throughout)$/;

/** A possessive or object pronoun standing alone for its person: "His answer: …", "According to him, …". */
const POSSESSIVE_OWNER: Readonly<Record<string, 'he' | 'she' | 'they'>> = { his: 'he', her: 'she', their: 'they', him: 'he', them: 'they' };

export function parsePhrase(text: string, tokens: readonly Token[], span: PhraseSpan): ParsedPhrase {
  const mention = sliceText(text, tokens, span.start, span.end);
  const toks = tokens.slice(span.start, span.end).map((t) => t.text);
  const base = { mention, capital: false, single: false, pronoun: null, description: null } as const;
  if (toks.length === 1 && PRONOUNS.has(toks[0]!)) {
    const p = toks[0]!.toLowerCase() as 'he' | 'she' | 'they' | 'it' | 'we';
    return { ...base, kind: p === 'he' || p === 'she' ? 'person' : 'unknown', name: null, pronoun: p, gender: p === 'she' ? 'f' : p === 'he' ? 'm' : null };
  }
  // "His answer: "…"", "According to him": a possessive or object pronoun alone stands for its owner, as "he" does.
  const owner = toks.length === 1 ? POSSESSIVE_OWNER[toks[0]!.toLowerCase()] : undefined;
  if (owner) return { ...base, kind: owner === 'they' ? 'unknown' : 'person', name: null, pronoun: owner, gender: owner === 'she' ? 'f' : owner === 'he' ? 'm' : null };
  // "Jane Doe KC", "Tom Reid MP": letters after a personal name are no part of it.
  if (span.end - span.start >= 3 && POST_NOMINALS.has(toks[toks.length - 1]!) && isNameToken(toks[toks.length - 2]!) && isNameToken(toks[toks.length - 3]!)) {
    return { ...parsePhrase(text, tokens, { ...span, end: span.end - 1 }), mention };
  }
  // "the 58-year-old added": an age in place of a name refers back like "he"/"she" (any gender).
  if (toks.length === 2 && /^(?:the|The)$/.test(toks[0]!) && AGE_NOUN.test(toks[1]!)) {
    return { ...base, kind: 'person', name: null, pronoun: 'he', gender: null };
  }
  if (span.apposition) {
    const n1 = span.apposition.name[1];
    let n0 = span.apposition.name[0];
    const [d0, d1] = span.apposition.desc;
    // "General Jane Doe, head of …": the title belongs with the descriptor, not the name.
    const titleStart = n0;
    while (n1 - n0 > 1 && TITLES.has(tokens[n0]!.text)) n0++;
    const title = n0 > titleStart ? sliceText(text, tokens, titleStart, n0) : '';
    const name = sliceText(text, tokens, n0, n1);
    const descOnly = sliceText(text, tokens, d0, d1);
    const desc = title ? (d0 > n1 ? `${title}, ${descOnly}` : `${descOnly} ${title}`) : descOnly;
    const country = countryOf(name);
    if (country) return { ...base, kind: 'country', name: country, description: desc, gender: null };
    // "Ryanair, the Irish low-cost airline,": the descriptor's head says it is a company.
    // The descriptor's head is its last word before any "of/at/for" ("an analyst at Hafen Bank").
    let h = d0;
    // ("a valuer engaged by the court": its head stands before the participle of "by".)
    while (h < d1 && !/^(?:of|at|for|from|in|with|on)$/.test(tokens[h]!.text) && !(h > d0 && tokens[h + 1]?.text === 'by' && /^\p{Ll}{2,}(?:ed|en|wn)$/u.test(tokens[h]!.text))) h++;
    const descHead = tokens[h - 1]?.text ?? '';
    // A company keeps every word of its name: "Another automaker, General Motors (GM),".
    // "the farming cooperative Westmoor Dairies": a head WordNet files as a body (`nounClass`) too.
    if (isOrgRole(descHead) || (!ROLE_NOUNS.has(descHead) && (ORG_HEADS.has(descHead) || (/^\p{Ll}+$/u.test(descHead) && nounClass(descHead) === 'org' && !isRole(descHead)))))
      return { ...base, kind: 'organisation', name: sliceText(text, tokens, titleStart, n1), description: descOnly, gender: null };
    // "The depot's landlord, Kelsworth Holdings, said": a party to a sale, a lease or a trade (a
    // role WordNet files as an owner, a consumer, a payer or a capitalist: `partyRole`) held by a
    // name shaped like a company's (`companyNamed`: "Holdings", "Estates", "Group", "Ltd") is a body.
    if (n1 - n0 >= 2 && title === '' && /^\p{Ll}+$/u.test(descHead) && partyRole(descHead) && companyNamed(tokens[n1 - 1]!.text))
      return { ...base, kind: 'organisation', name, description: descOnly, gender: null };
    // "Stenhouse Marine Group, the busiest chandlery on the Oakapple Coast, said": a name shaped like a
    // company's (`companyNamed`) described by a noun WordNet files as no person (however the role lists read it) is a body too.
    if (n1 - n0 >= 2 && title === '' && tokens.slice(n0, n1).every((t) => isNameToken(t.text)) && /^\p{Ll}+$/u.test(descHead) && companyNamed(tokens[n1 - 1]!.text) && !ROLE_NOUNS.has(descHead) && nounClass(descHead) !== 'person')
      return { ...base, kind: 'organisation', name, description: descOnly, gender: null };
    return {
      ...base,
      kind: 'person',
      name: stripTitle(name),
      description: desc,
      single: n1 - n0 === 1,
      gender: genderOf([...toks]),
    };
  }
  // "the Office for National Statistics", "the Department for Education", "the Ministry of
  // Defence": a body's head noun, "of" or "for", and capitalised words are one body's name.
  const o = /^(?:the|The)$/.test(toks[0] ?? '') ? 1 : 0;
  if (toks.length - o >= 3 && isCap(toks[o]!) && ORG_HEADS.has(toks[o]!) && /^(?:of|for)$/.test(toks[o + 1]!) && toks.slice(o + 2).every((t) => isNameToken(t) || /^(?:of|for|and|&)$/.test(t)) && isNameToken(toks[toks.length - 1]!))
    return { ...base, kind: 'organisation', name: lowerThe(mention), gender: null };
  // "Harlow & Finch", "Harrow & Vance, the department store group,": capitalised words joined by
  // an ampersand are one body's name, never a person's (whose name would be the last word).
  const amp = toks.indexOf('&');
  if (amp > 0 && amp < toks.length - 1 && !toks.includes('and') && isNameToken(toks[amp - 1]!) && isNameToken(toks[amp + 1]!) && toks.slice(amp + 1).every((t) => isNameToken(t) || /^(?:Co\.?|&)$/.test(t))) {
    let c = amp - 1;
    while (c > 0 && isNameToken(toks[c - 1]!) && !TITLES.has(toks[c - 1]!)) c--;
    const desc = c > 0 ? sliceText(text, tokens, span.start, span.start + c) : null;
    return { ...base, kind: 'organisation', name: sliceText(text, tokens, span.start + c, span.end), description: desc, gender: null };
  }
  // "Economists noted", "Residents of X said", "Hauliers on Corrach told", "Shipping agents in the
  // port said": a plural role (after at most one modifier) and a preposition opening the sentence,
  // capitalised only as its first word (elsewhere a capitalised plural may be a surname: "Maras").
  const prep = toks.findIndex((t) => GROUP_PREPOSITION.test(t));
  const groupHead = prep === 1 || prep === 2 ? toks[prep - 1]!.toLowerCase() : '';
  if (span.start === 0 && ((toks.length === 1 && isGroup(toks[0]!.toLowerCase())) || (groupHead !== '' && (isGroup(groupHead) || peopleNoun(groupHead)))))
    return { ...base, kind: 'group', name: mention, gender: null };
  // "Some said", "Others argued": an unnamed group.
  if (toks.length === 1 && /^(?:Some|Many|Others|Several|Most|Few|Both|All)$/.test(toks[0]!))
    return { ...base, kind: 'group', name: mention.toLowerCase(), gender: null };
  const bare = mention.replace(/^(?:the|The)\s+/, '');
  const country = countryOf(bare);
  if (country) return { ...base, kind: 'country', name: country, gender: null };
  const capital = capitalOf(bare);
  if (capital) return { ...base, kind: 'country', name: capital, capital: true, gender: null };
  if (INSTITUTIONS.has(bare) || bare === 'White House') return { ...base, kind: 'organisation', name: lowerThe(mention), gender: null };

  // Anonymous sources: "two people familiar with the matter" are a group, "a source close to …" a person.
  if (/\b(?:familiar with|close to|knowledge of|briefed on|involved in|aware of|anonymity)\b/.test(mention))
    return { ...base, kind: /\b(?:people|sources|officials|diplomats|executives|insiders|persons)\b/.test(mention) ? 'group' : 'person', name: lowerThe(mention), gender: null };

  // "Acme Corp. and Bolt & Co. announced": names joined by "and" speak together, as a group.
  const and = toks.indexOf('and');
  const nameAt = (i: number): boolean => isNameToken(toks[i] ?? '') && !TITLES.has(toks[i]!);
  if (and > 0 && nameAt(and - 1) && (nameAt(and + 1) || (/^the$/i.test(toks[and + 1] ?? '') && nameAt(and + 2))))
    return { ...base, kind: 'group', name: lowerThe(mention), gender: null };

  // "a cellist in Ottery, Vermont": a determined noun, a place and its region (`regionName`) name
  // one person by where they are, whatever the noun (the region is no name apposed to it).
  const placed = /^(?:an?|the|one)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:in|near|from|outside|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+(\p{Lu}\p{Ll}+)$/iu.exec(mention);
  if (placed && regionName(placed[1]!)) return { ...base, kind: 'person', name: lowerThe(mention), gender: null };

  // "a 2025 survey of farm walls", "the review of ward closures": a determined study (WordNet
  // `findingNoun`) or document and what it is of is a document, whatever the "of" phrase's last word.
  const studyOf = /^(?:an?|the|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}?(\p{Ll}+)\s+of\s/iu.exec(mention);
  if (studyOf && (DOC_NOUNS.has(studyOf[1]!) || findingNoun(studyOf[1]!))) return { ...base, kind: 'unknown', name: lowerThe(mention), gender: null };

  // "A spokesperson for the Department of Health": a person known by role only.
  // "a reader in Porthwen": a person's noun before "in" and a place is a person too.
  const roleFor = /^(?:(?:a|an|the|A|An|The)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+(?:for|of|at|from)\s/u.exec(mention) ?? /^(?:a|an|A|An)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+in\s+\p{Lu}/u.exec(mention);
  // "A planner at the consultancy Halden Associates": a name after a determined noun ends the post-modifier, it is no one's name.
  const inPostModifier = roleFor !== null && /^(?:the|a|an)\s/i.test(mention.slice(roleFor[0].length));
  const endsWithPersonalName =
    !inPostModifier &&
    toks.length >= 3 &&
    isNameToken(toks[toks.length - 1]!) &&
    isNameToken(toks[toks.length - 2]!) &&
    !ORG_HEADS.has(toks[toks.length - 1]!) &&
    !ORG_HEADS.has(toks[toks.length - 2]!) &&
    !NP_GLUE.has(toks[toks.length - 3]!);
  if (roleFor && !endsWithPersonalName && isRole(roleFor[1]!) && !ORG_HEADS.has(roleFor[1]!.toLowerCase()) && !isGroup(roleFor[1]!))
    return { ...base, kind: 'person', name: lowerThe(mention), gender: genderOf(toks) };

  // "Residents of Stepanakert", "officials from both countries": a group by its head noun.
  if (roleFor && isGroup(roleFor[1]!)) return { ...base, kind: 'group', name: lowerThe(mention), gender: null };

  // "Mike Gikas of Consumer Reports": a personal name, then where they work.
  // "Dr Mette Kjaer of Aarhus University Hospital": an honorific before the name too.
  const honorific = toks.length > 3 && /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?$/.test(toks[0]!) ? 1 : 0;
  const ofAt = toks.findIndex((t, i) => i >= 2 + honorific && (t === 'of' || t === 'at' || t === 'from'));
  if (ofAt > 0 && toks.slice(honorific, ofAt).every((t, i) => isNameToken(t) && !TITLES.has(t) && !ORG_HEADS.has(t) && !capitalRole(t, ofAt - honorific - i - 1))) {
    const name = sliceText(text, tokens, span.start + honorific, span.start + ofAt);
    if (!countryOf(name) && !capitalOf(name))
      return { ...base, kind: 'person', name, description: sliceText(text, tokens, span.start + ofAt, span.end), gender: genderOf(toks) };
  }

  // The personal name is the run of capitalised words at the end that are not titles.
  let k = toks.length;
  while (k > 0) {
    const t = toks[k - 1]!;
    const isName =
      isNameToken(t) &&
      !TITLES.has(t) &&
      !ORG_HEADS.has(t) &&
      !capitalRole(t, toks.length - k) &&
      !t.endsWith("'s") &&
      !t.endsWith('’s') &&
      (!ACRONYM.test(t) || INITIAL.test(t));
    const particle = NAME_PARTICLES.has(t) && k < toks.length && k > 1;
    if (!isName && !particle) break;
    k--;
  }
  while (k < toks.length && NAME_PARTICLES.has(toks[k]!)) k++;
  // "The Mellor Valley Seed Library": four capitalised words or more, the last a noun WordNet files as
  // no person (`companyShaped`), are one body's name, every word kept (a personal name keeps three).
  if (toks.length - k > 3 && (k === 0 || (k === 1 && /^(?:the|The)$/.test(toks[0]!))) && companyShaped(toks.slice(k)) && toks.slice(k).every((t) => isNameToken(t)))
    return { ...base, kind: 'organisation', name: sliceText(text, tokens, span.start + k, span.end), description: null, gender: null };
  if (toks.length - k > 3) k = toks.length - 3;
  const before = k > 0 ? toks[k - 1]! : null;
  const nameTokens = toks.slice(k);
  // "the Federal Reserve": a capitalised modifier and one more word are an institution's name.
  if (nameTokens.length === 1 && before !== null && isCap(before) && !TITLES.has(before) && NP_MODIFIERS.has(before.toLowerCase())) {
    let c = k - 1;
    while (c > 0 && isNameToken(toks[c - 1]!) && !TITLES.has(toks[c - 1]!)) c--;
    return { ...base, kind: 'organisation', name: lowerThe(sliceText(text, tokens, span.start + (c > 0 && /^(?:the|The)$/.test(toks[c - 1]!) ? c - 1 : c), span.end)), description: null, gender: null };
  }
  // "Times Online", "Fort Pitt Capital": a capitalised run that contains an organisation word
  // right before the tail is one organisation name, not a person.
  if (nameTokens.length === 1 && before !== null && isCap(before) && ORG_HEADS.has(before)) {
    let c = k - 1;
    while (c > 0 && isNameToken(toks[c - 1]!)) c--;
    if (c === 0 || !isCap(toks[c - 1]!))
      return { ...base, kind: 'organisation', name: lowerThe(sliceText(text, tokens, span.start + c, span.end)), description: c > 0 ? sliceText(text, tokens, span.start, span.start + c) : null, gender: null };
  }
  // "Passenger group Rail Users West": after a company or body noun in lower case, every capitalised
  // word up to the end is the body's name, though one of them is a role word ("Rail").
  let j = toks.length - 1;
  while (j > 0 && isNameToken(toks[j]!)) j--;
  if (j > 0 && j < k - 1 && /^\p{Ll}+$/u.test(toks[j]!) && isOrgRole(toks[j]!) && toks.slice(j + 1, k).every((t) => !TITLES.has(t)))
    return { ...base, kind: 'organisation', name: sliceText(text, tokens, span.start + j + 1, span.end), description: sliceText(text, tokens, span.start, span.start + j + 1), gender: null };
  const tailIsName =
    nameTokens.length > 0 &&
    !(before !== null && NP_GLUE.has(before) && before !== 'the' && before !== 'a' && before !== 'an') &&
    !countryOf(nameTokens.join(' ')) &&
    !capitalOf(nameTokens.join(' '));
  if (tailIsName) {
    const name = sliceText(text, tokens, span.start + k, span.end);
    // "chief executive Mr. Aaron Feld": the honorific belongs to neither the role nor the name.
    const descText = k > 0 ? sliceText(text, tokens, span.start, span.start + k).replace(/[\s,]+$/, '').replace(/(?<=\S)\s+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?$/, '') : '';
    // An honorific alone ("Mr Patel") is not a description.
    // "Mr. de Vries": an honorific and a name particle are not a description either.
    const description =
      descText && !/^(?:the|The|a|A|an|An|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?(?:\s+(?:de|van|von|der|den|del|della|da|di|du|la|le|al|el|bin|ibn|dos|das|ben))*)$/.test(descText) ? descText : null;
    const titled = k > 0 && (TITLES.has(toks[k - 1]!) || isRole(toks[k - 1]!));
    // "the US car manufacturer Ford": the descriptor says it is a company.
    // "Esports outfit Tallow Kite", "Football side Corrow Vale": a noun WordNet files as an
    // organisation and first of all as no person (`organisationSense`) says it is a body.
    if (k > 0 && !isCap(toks[k - 1]!) && (isOrgRole(toks[k - 1]!) || (/^\p{Ll}+$/u.test(toks[k - 1]!) && organisationSense(toks[k - 1]!))))
      return { ...base, kind: 'organisation', name, description, gender: null };
    // "The Register", "the Kremlin-backed Izvestia": a name with an article is an institution.
    if (nameTokens.length === 1 && k === 1 && DETERMINER_START.has(toks[0]!) && /^(?:the|The)$/.test(toks[0]!))
      return { ...base, kind: 'organisation', name: lowerThe(mention), description: null, gender: null };
    // A lone capitalised word with no title ("Boeing said") may be a surname met before, or a
    // company or party: it is a person only once the document has named one with it.
    const single = nameTokens.length === 1;
    return {
      ...base,
      kind: single && !titled ? 'unknown' : 'person',
      name,
      description,
      single,
      gender: genderOf(toks),
    };
  }
  const last = stripPossessive(toks[toks.length - 1]!);
  const lastLower = last.toLowerCase();
  // "The bankruptcy filing indicated …": documents speak, but are neither people nor bodies.
  if (!isCap(last) && DOC_NOUNS.has(lastLower)) return { ...base, kind: 'unknown', name: lowerThe(mention), gender: null };
  if (isGroup(last)) return { ...base, kind: 'group', name: lowerThe(mention), gender: null };
  // "The President said", "Minister says": a title alone is a person known by role.
  if (TITLES.has(last) && !ORG_HEADS.has(last) && toks.every((t) => TITLES.has(t) || DETERMINER_START.has(t) || isNpLower(t.toLowerCase())))
    return { ...base, kind: 'person', name: lowerThe(mention), gender: genderOf(toks) };
  if (ORG_HEADS.has(last) || isCap(last) || ACRONYM.test(last)) {
    // "The US car manufacturer General Motors": the capitalised run is the name.
    let c = toks.length;
    // "Brindle & Co.": an ampersand joins the words of one name.
    while (c > 0 && (isNameToken(toks[c - 1]!) || (toks[c - 1] === '&' && c > 1 && isNameToken(toks[c - 2]!)))) c--;
    if (c > 0 && c < toks.length && !NP_GLUE.has(toks[c - 1]!) && !isCap(toks[c - 1]!)) {
      const desc = sliceText(text, tokens, span.start, span.start + c);
      return { ...base, kind: 'organisation', name: sliceText(text, tokens, span.start + c, span.end), description: desc, gender: null };
    }
    return { ...base, kind: 'organisation', name: lowerThe(mention), gender: null };
  }
  // "the minister" is a person; "the audit" or "the contractor" could be anything that speaks.
  if (isOrgRole(lastLower)) return { ...base, kind: 'organisation', name: lowerThe(mention), gender: null };
  return { ...base, kind: isRole(last) ? 'person' : 'unknown', name: lowerThe(mention), gender: genderOf(toks) };
}

/**
 * The first company-like name in a stretch of text: a capitalised run ending in a corporate word
 * ("Rhenwerk AG", "Nordhavn Airlines") or introduced by a company descriptor ("carmaker Rhenwerk").
 */
export function organisationIn(text: string): string | null {
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    if (!isNameToken(toks[i]!.text)) continue;
    let e = i;
    // "Grantham & Pole": an ampersand between capitalised words keeps the name whole.
    while (e < toks.length && (isNameToken(toks[e]!.text) || (toks[e]!.text === '&' && e > i && isNameToken(toks[e + 1]?.text ?? '')))) e++;
    const run = toks.slice(i, e).map((t) => t.text);
    const prev = toks[i - 1]?.text ?? '';
    // "Acme Corp's chief executive": the owner's name without the possessive.
    const owns = /['’]s$/.exec(run[run.length - 1]!);
    const corporate = run.length >= 2 && ORG_HEADS.has(owns ? run[run.length - 1]!.slice(0, -2) : run[run.length - 1]!) && !countryOf(run.join(' '));
    if (owns && corporate) return text.slice(toks[i]!.start, toks[e - 1]!.end - 2);
    if (corporate || (isOrgRole(prev) && !countryOf(run.join(' ')))) return text.slice(toks[i]!.start, toks[e - 1]!.end);
    // "Shares in Halden Marsh, the region's largest carmaker, fell … after it warned": an
    // apposition whose head WordNet files as a body (`nounClass`) makes a person-shaped name one.
    if (toks[e]?.text === ',' && /^(?:the|a|an|its|their)$|['’]s$/.test(toks[e + 1]?.text ?? '') && !countryOf(run.join(' '))) {
      const close = toks.findIndex((t, k) => k > e + 1 && k <= e + 9 && t.text === ',');
      const head = close > 0 ? toks[close - 1]!.text : '';
      if (/^\p{Ll}+$/u.test(head) && nounClass(head) === 'org') return text.slice(toks[i]!.start, toks[e - 1]!.end);
    }
    i = e;
  }
  // "Acme's shares fell after the company said", "on the Acme website, the firm said": a name
  // that owns shares, a website or staff is an organisation.
  // "Shares in Halden Marsh fell after it warned": shares in a name, as the name's shares.
  // "… at its Brackley plant": a name after a possessive pronoun is where the owner works, not the owner.
  const ownerOf = OWNER_OF.exec(text);
  const owner = (ownerOf && !/\b(?:its|their|his|her|our)\s+$/i.test(text.slice(0, ownerOf.index)) ? ownerOf : null) ?? SHARES_IN.exec(text);
  const name = owner ? withoutClosedWords(text, owner.index + owner[0].indexOf(owner[1]!), owner[1]!) : null;
  return name && !countryOf(name) && !capitalOf(name) && !CAP_FUNCTION_WORDS.has(name.split(' ')[0]!) ? name : null;
}

/** Part-of-speech tags of closed-class words, which never begin a name ("The", "Its", "Our", "For"). */
const CLOSED_TAGS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

/**
 * A capitalised run at `at` in `text` without the closed-class words (by the tagger) it opens
 * with: "The board", "Its board", "Our staff" own nothing; "The Acme board" is Acme's. Null when
 * nothing is left.
 */
function withoutClosedWords(text: string, at: number, run: string): string | null {
  const tags = tag(text, { entities: false }).tokens;
  let from = 0;
  for (const m of run.matchAll(/\S+/g)) {
    const t = tags.find((x) => x.start === at + m.index);
    if (!t || !CLOSED_TAGS.has(t.pos)) break;
    from = m.index + m[0].length;
  }
  const rest = run.slice(from).trim();
  return rest === '' ? null : rest;
}

const SHARES_IN = /\b[Ss]hares\s+(?:in|of)\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&.-]*){0,3})/u;
const OWNER_OF =
  /(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})(?:['’]s?)?\s+(?:website|web\s+site|shares|stock|share\s+price|board|headquarters|factory|plant|plants|dealers|dealerships|employees|workers|staff|shareholders|investors)\b/u;

/**
 * Whether a title's words hold another word for the person noun `w` in its first sense (WordNet:
 * "the judge" is "Mrs Justice Penn", judge.n.01 holding "justice").
 */
function ownsRole(own: readonly string[], w: string): boolean {
  const first = synsetsOf(w, 'noun', 1)[0];
  if (first !== undefined && first.lexname === 'noun.person' && first.words.some((x) => x !== w && own.includes(x))) return true;
  // "the skipper" after "Captain Ilse Varga", "the chairman" after "Tom Rudd, who chairs the
  // panel": a person sense among the mention's first three (WordNet) whose words hold a word the
  // person was introduced with, or the noun that word is a form of ("chairs" → "chair").
  const senses = synsetsOf(w, 'noun', 3).filter((s) => s.lexname === 'noun.person');
  if (senses.length === 0) return false;
  const nouns = new Set<string>();
  for (const o of own) if (o.length > 2) for (const b of [o, ...(baseForms(o).get('noun') ?? [])]) if (b !== w) nouns.add(b);
  if (senses.some((s) => s.words.some((x) => nouns.has(x)))) return true;
  // "the leader" after "Tom Rudd, who leads the tenants", "the chair" after "…, who chairs the
  // panel": a verb the person was introduced with whose sense WordNet derives the mention's person sense from.
  // (Not a participle of the passive: "a luthier instructed by the insurers" was instructed, no instructor.)
  const offsets = new Set(senses.map((s) => s.offset));
  return own.some((o, i) => o.length > 2 && own[i + 1] !== 'by' && derivesPerson(o, offsets));
}

/** Whether a verb form's first four senses (any base form) are derivationally related to one of the noun synsets `offsets` ("leads" → leader.n.01). */
function derivesPerson(form: string, offsets: ReadonlySet<number>): boolean {
  for (const v of baseForms(form).get('verb') ?? []) for (const s of synsetsOf(v, 'verb', 4)) for (const ptr of s.pointers) if (ptr.symbol === '+' && ptr.pos === 'noun' && offsets.has(ptr.offset)) return true;
  return false;
}

/**
 * "the CFO" after "chief financial officer Bram Edley", "the COO" after "its chief operating
 * officer": a short mention (two to four letters) that spells the initials of as many consecutive
 * words of the person's title or description.
 */
function abbreviates(own: readonly string[], w: string): boolean {
  if (!/^\p{Ll}{2,4}$/u.test(w)) return false;
  for (let k = 0; k + w.length <= own.length; k++) {
    let ok = true;
    for (let j = 0; j < w.length && ok; j++) ok = own[k + j]!.length > 2 && own[k + j]![0] === w[j];
    if (ok) return true;
  }
  return false;
}

/** Whether a one-word name opens `text` and is, in lower case, a common noun in WordNet ("Revenue said" is no body's name). */
function commonOpener(name: string, text: string): boolean {
  return !/\s/.test(name) && text.startsWith(name) && synsetsOf(name.toLowerCase(), 'noun', 1).length > 0;
}

/** Whether every place `text` writes `name` is inside quotation marks (straight marks counted, curly ones paired). */
function quotedOnly(name: string, text: string): boolean {
  let from = text.indexOf(name);
  if (from < 0) return false;
  for (; from >= 0; from = text.indexOf(name, from + 1)) {
    const before = text.slice(0, from);
    const straight = (before.match(/"/g) ?? []).length % 2 === 1;
    const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
    if (!straight && !curly) return false;
  }
  return true;
}

/** WordNet classes of amounts and conditions ("revenue", "turnover", "debt"), never a body's name ("Apple", "Shell", "Target"). */
const FIGURE_CLASSES = new Set(['noun.possession', 'noun.relation', 'noun.quantity', 'noun.attribute', 'noun.state']);
/** Whether a word's first noun sense (WordNet) is an amount, a relation, an attribute or a state ("revenue", "debt", "turnover"). */
function figureNoun(word: string): boolean {
  return FIGURE_CLASSES.has(synsetsOf(word.toLowerCase(), 'noun', 1)[0]?.lexname ?? '');
}
/** Whether a one-word name opens `text` and, in lower case, first means an amount or a condition: "Turnover slipped …", "Revenue rose …". */
function figureOpener(name: string, text: string): boolean {
  return !/\s/.test(name) && text.startsWith(name) && figureNoun(name);
}

/**
 * The names of bodies in a sentence, in order, each marked when it is the subject of a verb
 * (tags): a capitalised run that is no person the document named, no place, country, date or
 * possessive ("Acme's phone"), and that no preposition governs when it counts as a subject.
 */
/** "Printing", "Fishing": a capitalised word in -ing whose lower case WordNet lists as a noun and as the inflection of another verb ("print", "fish"). */
function openingGerund(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}ing$/u.test(word)) return false;
  const forms = baseForms(word.toLowerCase());
  return (forms.get('noun') ?? []).includes(word.toLowerCase()) && (forms.get('verb') ?? []).some((b) => b !== word.toLowerCase());
}

function bodiesIn(text: string, cast: Cast, personShaped = false): { name: string; subject: boolean }[] {
  const toks = tokenize(text);
  const out: { name: string; subject: boolean }[] = [];
  let tags: readonly TaggedToken[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    // "She pointed to the door": a pronoun opening the sentence names no body.
    if (!isNameToken(toks[i]!.text) || DETERMINER_START.has(toks[i]!.text) || PRONOUNS.has(toks[i]!.text)) continue;
    let e = i;
    while (e < toks.length && (isNameToken(toks[e]!.text) || (toks[e]!.text === '&' && e > i))) e++;
    const run = toks.slice(i, e).map((t) => t.text);
    const name = text.slice(toks[i]!.start, toks[e - 1]!.end);
    // "Dunmore Athletic sacked their coach": "their" before any other name refers back to a plural body;
    // not to a name after a preposition ("Households in Marlow Fen face a rise in their bills").
    const theirAfter = /^[^\p{Lu}"“”]*?\btheir\b/u.test(text.slice(toks[e - 1]!.end));
    const placed = /^(?:in|at|of|from|near|across|around|outside|throughout|to|on|for|by|with)$/i.test(toks[i - 1]?.text ?? '');
    // "Twelvetrees's, the Scargill butcher, …", "the Quiney maker of pasta": one capitalised word
    // between an article and a noun (tags) modifies that noun (a place, a brand), no body of its own.
    const modifier = articleModifier(text, toks[i]!.start, name) && (tags ??= tag(text, { entities: false }).tokens).find((t) => t.start === toks[e]?.start)?.pos === 'NOUN';
    const skip =
      modifier ||
      // (A possessive owns the noun after it; "Twelvetrees's, the butcher, …" is a shop's name.)
      (/['’]s?$/.test(run[run.length - 1]!) && toks[e]?.text !== ',') ||
      run.some((w) => TITLES.has(w)) ||
      // "Upper Tarne", "Hesket River": a place word makes a place, unless a name of three words or
      // more goes on past it to a common noun's plural or a body's head ("Pennick River Barges").
      (run.some((w) => PLACE_WORDS.has(w)) && !placeThenBody(run)) ||
      // "the Leeds-based card processor", "Pre-tax profit fell", "Like-for-like sales": a capitalised word whose
      // hyphenated tail is lower case is an adjective (a place's "-based", a figure's "pre-"), never a body's name.
      /-\p{Ll}+$/u.test(run[run.length - 1]!) ||
      // "Christmas comes early …": a holiday or season (WordNet's first sense a time) is no body.
      run.every(timeWord) ||
      // "Ashfall 2 was due in October": a name with a small number after it is a numbered title
      // or model (a product), never the body "the company" means.
      /^\d{1,2}$/.test(toks[e]?.text ?? '') ||
      countryOf(name) !== null ||
      capitalOf(name) !== null ||
      // "Ashgrove Rovers", "Harlow Foods": a name taken for a person only by its shape whose last word
      // is a common noun's plural names no person.
      // So is one that "its" or "their" refers back to before any other name ("Dunmore Athletic sacked their coach").
      (cast.isPerson(name) &&
        !(personShaped && companyShaped(run) && cast.personByShapeOnly(name)) &&
        !(run.length >= 2 && cast.personByShapeOnly(name) && (commonPlural(run[run.length - 1]!) || (theirAfter && !placed) || /^[^\p{Lu}"“”]*?\bits\b/u.test(text.slice(toks[e - 1]!.end))))) ||
      // "Rescuers found …", "Photo: Miners leave …": a plural of people capitalised only because it opens a sentence or caption.
      ((i === 0 || /^[:(]$/.test(toks[i - 1]!.text)) && run.length === 1 && (isGroup(name.toLowerCase()) || isRole(name.toLowerCase()))) ||
      // "Printing will shift to its bigger plant", "Fishing has been banned": a gerund opening the
      // sentence (WordNet: a noun as written, and an inflection of another verb) that no speaker
      // has made a body's name is an activity, no body.
      (i === 0 && run.length === 1 && openingGerund(name) && !cast.isOrganisation(name)) ||
      // A name shaped like a person's is a body when "which" refers to it ("Bolt Grocers, which …"),
      // or "its" before any other name ("Solvane Semiconductor has delayed its plant").
      (run.length >= 2 &&
        !(personShaped && companyShaped(run)) &&
        // "Ashgrove Rovers", "Harlow Foods": a last word that is a common noun's plural names no person.
        !commonPlural(run[run.length - 1]!) &&
        !ORG_HEADS.has(run[run.length - 1]!) &&
        untitledNames(name).length > 0 &&
        !cast.isOrganisation(name) &&
        !(toks[e]?.text === ',' && /^which$/i.test(toks[e + 1]?.text ?? '')) &&
        !/^[^\p{Lu}"“”]*?\bits\b/u.test(text.slice(toks[e - 1]!.end)) &&
        !(theirAfter && !placed));
    // "Nobody is talking …", "Everyone agreed": a word the tagger reads as a pronoun or determiner is no body.
    // "Sales fell 8 per cent", "Profits rose": a sentence's first word, capitalised only there, that
    // is the plural of a common noun in WordNet, is no body either (the tagger reads it as a name).
    const firstPos = !skip && run.length === 1 ? (tag(text, { entities: false }).tokens.find((t) => t.start === toks[i]!.start)?.pos ?? '') : '';
    if (CLOSED_TAGS.has(firstPos) || (firstPos !== '' && i === 0 && commonPlural(name))) {
      i = e;
      continue;
    }
    if (!skip) {
      tags ??= tag(text, { entities: false }).tokens;
      let ni = tags.findIndex((t) => t.start >= toks[e - 1]!.end);
      // "Rival Bolt Networks, which reported on Tuesday, fared worse": past a relative clause or
      // an apposition between commas to the verb.
      const opener = tags[ni + 1];
      // ("Pendarrow Canvas, one of the last sailmakers, will cut": "one of" opens an apposition as a determiner does.)
      if (tags[ni]?.text === ',' && opener && (/^(?:which|who)$/i.test(opener.text) || opener.pos === 'DET' || (/^one$/i.test(opener.text) && tags[ni + 2]?.text === 'of'))) {
        const close = tags.findIndex((t, k) => k > ni + 1 && k - ni <= 16 && t.text === ',');
        if (close > 0) ni = close + 1;
      }
      // "Their landlord, Greaves Brewery, wants to sell": a name apposed to the subject between
      // commas is the subject too.
      const apposed = toks[i - 1]?.text === ',' && tags[ni]?.text === ',' && /^(?:VERB|AUX)$/.test(tags[ni + 1]?.pos ?? '') && (i === 2 || toks.slice(0, i - 1).every((t) => !/^[,;:]$/.test(t.text)));
      if (apposed) ni += 1;
      // "Corlan Water today confirmed": an adverb or a word of time (WordNet) before the verb.
      if (ni >= 0 && tags[ni] && (tags[ni]!.pos === 'ADV' || synsetsOf(tags[ni]!.text.toLowerCase(), 'noun', 1)[0]?.lexname === 'noun.time') && /^(?:VERB|AUX)$/.test(tags[ni + 1]?.pos ?? '')) ni += 1;
      const next = ni >= 0 ? tags[ni] : undefined;
      const before = toks[i - 1]?.text ?? '';
      // "Emergency calls were routed": a "verb" the tagger saw right before an auxiliary is a noun
      // of a compound, and the name before it only modifies it.
      const compound = next?.pos === 'VERB' && /^(?:AUX|VERB)$/.test(tags[ni + 1]?.pos ?? '');
      // "Year-end profit at Brannock fell": a body after "at"/"of" that an amount opening the sentence
      // names (WordNet's first sense an amount, `figureNoun`) owns that subject, and counts as one.
      const owner = /^(?:at|of|in)$/.test(before) && i >= 2 && i <= 4 && /^\p{L}\p{Ll}*$/u.test(toks[i - 2]!.text) && figureNoun(toks[i - 2]!.text);
      // ("its Saltby works": a name after a possessive modifies the noun after it.)
      const subject = next !== undefined && !compound && (next.pos === 'VERB' || next.pos === 'AUX') && (owner || !/^(?:of|at|for|from|in|on|by|with|to|between|and|its|their|his|her|our)$/.test(before));
      out.push({ name, subject });
    }
    i = e;
  }
  return out;
}

const timeMemo = new Map<string, boolean>();
/** "Christmas", "Easter", "Ramadan": a capitalised word whose first WordNet noun sense is a time (noun.time). */
function timeWord(word: string): boolean {
  let known = timeMemo.get(word);
  if (known === undefined) {
    known = /^\p{Lu}\p{Ll}+$/u.test(word) && synsetsOf(word.toLowerCase(), 'noun', 1)[0]?.lexname === 'noun.time';
    if (timeMemo.size > 10_000) timeMemo.clear();
    timeMemo.set(word, known);
  }
  return known;
}

/** "the Brennock-listed miner", "an Oslo firm": a one-word name written right before a lower-case word, which it modifies. */
function modifierIn(text: string, name: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}'’-])${literal(name)}\s+\p{Ll}`, 'u').test(text);
}

/**
 * "the Quiney maker of pasta", "a Leeds butcher": a one-word name at `at` between an article and
 * a lower-case word, which it modifies (a place, a brand) — it names no body of its own. (`bodiesIn`
 * asks the tagger too that the word after it is a noun.)
 */
function articleModifier(text: string, at: number, name: string): boolean {
  return !/\s/.test(name) && /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+$/.test(text.slice(Math.max(0, at - 5), at)) && /^\s+\p{Ll}/u.test(text.slice(at + name.length));
}

/** "Sales", "Profits": a capitalised word whose lower-case form is the plural of a WordNet noun. */
export function commonPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return /s$/.test(lower) && (baseForms(lower).get('noun') ?? []).some((b) => b !== lower);
}

/**
 * A person-shaped run that may as well be a company ("Dunmere Water", "Keldon Sleep"): its last
 * word is a common noun in WordNet that names no kind of person ("Smith", "Baker" do).
 */
/**
 * A capitalised word that is no noun WordNet knows but an inflection of a word it does: an
 * adjective made a plural noun ("Electricals") or a verb's -ing form ("Dredging",
 * "Plastering") — a trade's name, which a surname is not (a surname WordNet lists as a noun,
 * "Browning", "Downing", is left to the noun tests).
 */
function inflectedTrade(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || baseForms(lower).get('noun')) return false;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return baseForms(lower.slice(0, -1)).has('adj');
  return lower.endsWith('ing') && (baseForms(lower).get('verb') ?? []).some((b) => b !== lower);
}

/** "Pennick River Barges", "Orley Valley Builders": three or more capitalised words whose last, after a place word, is a common noun's plural or a body's head. */
function placeThenBody(run: readonly string[]): boolean {
  const last = run[run.length - 1]!;
  return run.length >= 3 && !PLACE_WORDS.has(last) && (commonPlural(last) || ORG_HEADS.has(last));
}
export function companyShaped(run: readonly string[]): boolean {
  const last = run[run.length - 1]!.toLowerCase();
  return synsetsOf(last, 'noun', 1).length > 0 && nounClass(last) !== 'person';
}

/** Whether sentence `b` comes right after sentence `a` (the next one, or the first of the next paragraph). */
function followsOn(a: Where, b: Where): boolean {
  return (a.paragraph === b.paragraph && b.sentence === a.sentence + 1) || (b.paragraph === a.paragraph + 1 && b.sentence === 1);
}

/** Whether sentence `a` comes before sentence `b`. */
function precedes(a: Where, b: Where): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.sentence < b.sentence);
}

/** Head nouns of public bodies: a generic "the company" or "the firm" does not stand for them. */
export const PUBLIC_BODY = /\b(?:Ministry|Department|Agency|Council|Commission|Court|Authority|Government|Parliament|Police|Office|Committee|Tribunal|Assembly|Senate|Embassy|Bureau|Inspectorate|Regulator)\b/;

/** A bare "the company" or "the firm": the catch-all nouns for a business. */
const CATCH_ALL = /^the\s+(?:company|firm)$/i;

/** "the company", "the firm", "the Arden-based group": a generic noun for an organisation named nearby. */
const COMPANY_ANAPHOR =
  /^[Tt]he\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{L}*-\p{Ll}+|\p{Lu}\p{Ll}+)\s+){0,2}?(?:company|firm|group|\p{Ll}*maker|supplier|producer|distributor|exporter|importer|shipbuilder|refiner|shipper|giant|airline|carrier|bank|lender|retailer|insurer|operator|startup|start-up|conglomerate|manufacturer|utility|broadcaster|publisher|developer|club|streamer|miner|brewer|supermarket|chain)$/u;

/** An article and the (up to four) words after it (group 1): "An employment tribunal", "the Harnley county court" (`fullerPhrase`). */
const FULLER_PHRASE = /(?<![\p{L}'’-])(?:[Tt]he|[Aa]n?)\s+((?:[\p{L}-]+(?:['’]s)?)(?:\s+[\p{L}-]+){0,3})(?![\p{L}'’-])/gu;

/** A sentence that opens with a capitalised word, one or two lower-case words and a capitalised one: "Football side Corrow Vale …" (`passSentence`). */
const SECTOR_OPENING = /^\p{Lu}[\p{Ll}-]+\s+(?:[\p{Ll}-]+\s+){1,2}\p{Lu}/u;

/** ", Robert Lyne" or "Ana Ruiz, the …": a sentence that may appose a description and a full name. */
/** "the furniture historian Dr Ines Varga": a definite article, one to three lower-case words, a capitalised word (a title or a name) and another. */
const DESCRIBED_BEFORE_NAME = /(?<![\p{L}'’-])the\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Lu}[\p{Ll}.]*\s+\p{Lu}\p{Ll}/u;
/** A sentence opening with a count of people: "Three drivers", "Four night nurses", "Several tenants". */
const COUNTED_PEOPLE = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|\d{1,3})\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}s)(?![\p{L}'’-])/u;
const APPOSED_NAME = /,\s+(?:\d{1,3}-year-old\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}|\s*,)|\p{Lu}\p{Ll}+,\s+(?:the|a|an|her|his|its|their)\s/u;

/** A full name, a comma, "who" and the relative clause's verb ("Tom Rudd, who chairs the panel": "chairs"), past an adverb. */
const RELATIVE_AFTER_NAME = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s+who\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,})(?![\p{L}\p{M}\p{N}_])/gu;

/** A capitalised name of one or two words after a preposition of place ("in Denholm", "across North Tarnside"). */
/** A determiner, a one-word capitalised name and the lower-case noun it modifies ("the Saltby valley"), for `PLACE_AFTER`'s other side. */
const PLACE_BEFORE = /\b(?:the|its|their|our)\s+(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Ll}{3,})\b/gu;
const PLACE_AFTER = /\b(?:in|across|near|around|outside|throughout)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?![\p{L}'’-]|\s+\p{Lu})/gu;

/**
 * A run of capitalised words written where no person stands: the object of a preposition of place
 * ("off Garroch Stack", "the wheel at Osgrave's Scarp Stack": past an owner's possessive) or a name
 * with "the" before it ("from the Brackle Cut"). Group 1 is the preposition, if any, group 2 the name.
 */
const UNPERSON_SLOT = /(?<![\p{L}'’-])(?:([Ii]n|[Aa]t|[Oo]ff|[Nn]ear|[Aa]cross|[Aa]round|[Oo]utside|[Tt]hroughout|[Aa]long|[Bb]eyond|[Ii]nside|[Oo]pposite)\s+(?:the\s+)?|the\s+)(?:\p{Lu}[\p{Ll}'’-]+['’]s\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3})(?![\p{L}'’-]|\s+\p{Lu}|['’]s\b)/gu;

/**
 * The names a sentence writes in a slot no person fills (`UNPERSON_SLOT`): a reader never takes
 * them for whom a later "he" or "she" means, whatever their shape. A name "at" opens after a verb
 * or an adjective (the tagger's) may be a person ("shouted at Maelor Cresswick", "angry at Dorcas Vellum"), so
 * only "at" after a noun, a number or a stop counts ("the pump at Scarp Stack"); nor a name
 * that opens with a title or a function word ("the Rev Pindar Cadell", "in The Quoin").
 */
export function unpersonNames(text: string): string[] {
  if (!/\p{Lu}/u.test(text)) return [];
  const out: string[] = [];
  let tags: readonly TaggedToken[] | null = null;
  for (const m of text.matchAll(UNPERSON_SLOT)) {
    const name = m[2]!;
    const first = name.split(/\s+/)[0]!;
    if (TITLES.has(first.replace(/\.$/, '')) || TITLE_PREFIX.test(`${name} `) || CAP_FUNCTION_WORDS.has(first)) continue;
    if (m[1] !== undefined && /^at$/i.test(m[1])) {
      tags ??= tag(text, { entities: false }).tokens;
      const before = tags.filter((t) => t.end <= m.index).at(-1);
      if (before && (before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'ADJ')) continue;
    }
    out.push(name);
  }
  return out;
}

let SHARE: ReadonlySet<string> | undefined;
/**
 * Whether the text before an "in" ends with a noun whose first sense is a share of something owned
 * (WordNet share.n.01 and its kinds: "shares", "a stake", "stock"): what one holds a share in is a
 * business, never a place ("Shares in Quentock Brewers fell").
 */
function ownedPart(before: string): boolean {
  const w = /(\p{L}+)\s+$/u.exec(before)?.[1];
  if (w === undefined) return false;
  SHARE ??= senseKeys('noun', ['share', 1]);
  const first = synsetsOf(w.toLowerCase(), 'noun', 1)[0];
  return first !== undefined && synsetIsKindOf(first, SHARE);
}

/** The name after a place's comma: "…, Ohio," / "…, Kent." (`regionName` says whether it is a region). */
const REGION_AFTER = /^,\s+(\p{Lu}\p{Ll}+)(?=[,.;:)]|\s*$)/u;

/**
 * "Ohio", "Vermont", "Kent": one capitalised word whose first WordNet sense is a location (a state,
 * a county, a country), as it follows a town's name after a comma ("Fenwick Mills, Ohio").
 */
export function regionName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && synsetsOf(word.toLowerCase(), 'noun', 1)[0]?.lexname === 'noun.location';
}

/** A definite article and the three lower-case words after it, for a description with one or two modifiers before its head: "the water company", "the regional bus operator". */
const DESCRIBED_BODY = /\b[Tt]he((?:\s+\p{Ll}[\p{Ll}-]*){2,3})/gu;

/**
 * The last description of a company in a sentence (`DESCRIBED_BODY` whose head is a company's
 * noun, `COMPANY_ANAPHOR` or `tradeNoun`) that a generic mention may mean: the mention's head is a
 * catch-all ("the company", "the firm") or the description's own, and the kinds do not clash.
 */
function describedBody(text: string, mention: string): string | null {
  const head = mention.split(/\s+/).pop()!.toLowerCase();
  let out: string | null = null;
  for (const m of text.matchAll(DESCRIBED_BODY)) {
    const words = m[1]!.trim().split(/\s+/);
    for (let n = 2; n <= words.length; n++) {
      const own = words.slice(0, n);
      const last = own[n - 1]!;
      const phrase = `the ${own.join(' ')}`;
      if (own.some((w) => DETERMINER_START.has(w) || PRONOUNS.has(w) || CAP_FUNCTION_WORDS.has(w))) break;
      if (!COMPANY_ANAPHOR.test(phrase) && !tradeNoun(last)) continue;
      if ((!/^(?:company|firm|group)$/.test(head) && head !== last) || headsClash(mention, phrase)) continue;
      out = phrase;
      break;
    }
  }
  return out;
}

/** "the housebuilder", "the Lyndhurst-based battery maker": a definite description and its lower-case head. */
const TRADE_DESCRIPTION = /^[Tt]he\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{L}*-\p{Ll}+|\p{Lu}\p{Ll}+)\s+){0,2}?(\p{Ll}[\p{Ll}-]*)$/u;

/**
 * Whether a generic mention ("the club") names another kind of body than a name whose own last
 * word says its kind ("Norvale Bank"), by WordNet: both heads are organisations (noun.group in
 * their two most common senses) and neither is a kind of the other. A catch-all ("the company",
 * "the firm", "the group") and a head that is a person's noun ("the lender") never clash.
 */
export function headsClash(mention: string, name: string): boolean {
  const h = mention.split(/\s+/).pop()!.toLowerCase();
  const w = name.split(/\s+/).pop()!.toLowerCase();
  // "It said" may mean any body, a union or a club as well as a firm.
  if (h === 'it') return false;
  // "The company said" after "Members of the Ashby Rowing Club said": a name headed by a body
  // that is no business is not what a catch-all company noun means (`noBusinessName`).
  if (/^(?:company|firm)$/.test(h) && h !== w) return noBusinessName(name);
  if (h === w || /^(?:company|firm|group)$/.test(h)) return false;
  const a = synsetsOf(h, 'noun', 2).filter((x) => x.lexname === 'noun.group');
  const b = synsetsOf(w, 'noun', 2).filter((x) => x.lexname === 'noun.group');
  if (a.length === 0 || b.length === 0) return false;
  const all = (word: string): Synset[] => synsetsOf(word, 'noun');
  return !all(h).some((x) => all(w).some((y) => ancestorsOf(x).has(`noun:${y.offset}`) || ancestorsOf(y).has(`noun:${x.offset}`)));
}

let INSTITUTION: ReadonlySet<string> | undefined;
const noBusinessMemo = new Map<string, boolean>();
/**
 * Whether a name's last word is a singular common noun whose first sense WordNet files as a
 * group, an organisation (`nounClass`), none of whose group senses is a kind of institution,
 * company or business: "… Rowing Club", "… Workers' Union", "… Debating Society", "… Party",
 * "… League" — a body no "the company" or "the firm" means. Banks, schools, charities,
 * utilities and corporations (institutions), names ending in a plural ("Brenford Industries")
 * or an abbreviation ("Inc") are not.
 */
function noBusinessName(name: string): boolean {
  const word = name.split(/\s+/).pop()!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || ABBREVIATIONS.has(word)) return false;
  const w = word.toLowerCase();
  const known = noBusinessMemo.get(w);
  if (known !== undefined) return known;
  INSTITUTION ??= senseKeys('noun', ['institution', 1], ['company', 1], ['business', 1]);
  const all = synsetsOf(w, 'noun');
  const groups = all.filter((x) => x.lexname === 'noun.group');
  const singular = (baseForms(w).get('noun') ?? [w]).includes(w);
  const out = singular && all[0]?.lexname === 'noun.group' && nounClass(w) === 'org' && !groups.some((x) => synsetIsKindOf(x, INSTITUTION!));
  if (noBusinessMemo.size > 10_000) noBusinessMemo.clear();
  noBusinessMemo.set(w, out);
  return out;
}

let TRADE: ReadonlySet<string> | undefined;
let COMPANY: ReadonlySet<string> | undefined;
const tradeMemo = new Map<string, boolean>();
/**
 * Whether a lower-case head noun names a trade that a company plies as well as a person ("the
 * housebuilder", "the battery maker", "the retailer", "the lender", "the distributor"), by
 * WordNet: its first sense is a person's, a kind of businessperson or capitalist, of maker or of
 * builder (constructor), or one of its first three senses is a company or business ("maker": a
 * manufacturing business). Not "the spokesman", "the director", "the driver", "the artist", nor
 * "the agency" (first an administrative unit).
 */
export function tradeNoun(word: string): boolean {
  const w = word.toLowerCase();
  const known = tradeMemo.get(w);
  if (known !== undefined) return known;
  TRADE ??= senseKeys('noun', ['capitalist', 1], ['capitalist', 2], ['businessperson', 1], ['maker', 1], ['constructor', 1]);
  COMPANY ??= senseKeys('noun', ['company', 1], ['business', 1]);
  const senses = synsetsOf(w, 'noun', 3);
  const first = senses[0];
  // A noun whose first sense is no person ("the agency", "the trust") is left to the names' own kinds.
  const out = first !== undefined && first.lexname === 'noun.person' && (synsetIsKindOf(first, TRADE) || senses.some((s) => synsetIsKindOf(s, COMPANY!)));
  if (tradeMemo.size > 10_000) tradeMemo.clear();
  tradeMemo.set(w, out);
  return out;
}

const businessMemo = new Map<string, boolean>();
/** Whether one of a noun's first two senses is a company or business (WordNet): "firm", "carrier"; not "group", "union". */
let MAKING: ReadonlySet<string> | null = null;
const makingMemo = new Map<string, boolean>();
/**
 * Whether one of a noun's first three senses is a person WordNet derives from a verb of making
 * goods or running a business (produce, make from raw materials, build; operate, run): "maker",
 * "manufacturer", "builder", "brewer", "operator" — not "founder", "designer", "owner" or "leader".
 */
export function makingAgent(word: string): boolean {
  const w = word.toLowerCase();
  const known = makingMemo.get(w);
  if (known !== undefined) return known;
  MAKING ??= senseKeys('verb', ['produce', 2], ['build', 1], ['operate', 1]);
  const raw = synsetsOf('create_from_raw_material', 'verb', 1)[0];
  const kinds = raw ? new Set([...MAKING, `verb:${raw.offset}`]) : MAKING;
  let out = false;
  for (const s of synsetsOf(w, 'noun', 3)) {
    if (s.lexname !== 'noun.person') continue;
    for (const ptr of s.pointers) {
      if (ptr.symbol !== '+' || ptr.pos !== 'verb') continue;
      const v = synsetAt('verb', ptr.offset);
      if (v && synsetIsKindOf(v, kinds)) out = true;
    }
  }
  if (makingMemo.size > 10_000) makingMemo.clear();
  makingMemo.set(w, out);
  return out;
}

function businessNoun(word: string): boolean {
  const w = word.toLowerCase();
  let known = businessMemo.get(w);
  if (known === undefined) {
    COMPANY ??= senseKeys('noun', ['company', 1], ['business', 1]);
    known = synsetsOf(w, 'noun', 2).some((s) => synsetIsKindOf(s, COMPANY!));
    if (businessMemo.size > 10_000) businessMemo.clear();
    businessMemo.set(w, known);
  }
  return known;
}

let COMMERCE: ReadonlySet<string> | undefined;
const commerceMemo = new Map<string, boolean>();
/**
 * Whether a lower-case noun names what a company does for a living (a commercial agent, WordNet):
 * a trade (`tradeNoun`: "retailer", "supplier", "maker"), a company's own noun (`businessNoun`:
 * "publisher", "manufacturer"), or one of its first three senses a person who makes, builds or
 * trades — a kind of creator (its person sense, WordNet's second: the first is God), businessperson or capitalist ("developer", "operator", "producer").
 * Not "spokeswoman", "lawyer", "resident".
 */
export function commercialAgent(word: string): boolean {
  const w = word.toLowerCase();
  let known = commerceMemo.get(w);
  if (known === undefined) {
    COMMERCE ??= senseKeys('noun', ['creator', 2], ['businessperson', 1], ['capitalist', 1]);
    known = tradeNoun(w) || businessNoun(w) || synsetsOf(w, 'noun', 3).some((s) => s.lexname === 'noun.person' && synsetIsKindOf(s, COMMERCE!));
    if (commerceMemo.size > 10_000) commerceMemo.clear();
    commerceMemo.set(w, known);
  }
  return known;
}

let PARTY: ReadonlySet<string> | undefined;
const partyMemo = new Map<string, boolean>();
/**
 * Whether a lower-case role is one a company holds as well as a person, as a party to a sale, a
 * lease or a trade (WordNet, first sense: a kind of owner, consumer, payer or capitalist, or a trade
 * `tradeNoun`): "landlord", "owner", "tenant", "buyer", "lessee", "investor". Not "lawyer",
 * "spokeswoman", "wife".
 */
function partyRole(word: string): boolean {
  let known = partyMemo.get(word);
  if (known === undefined) {
    PARTY ??= senseKeys('noun', ['owner', 1], ['owner', 2], ['consumer', 1], ['payer', 1], ['capitalist', 1]);
    const first = synsetsOf(word, 'noun', 1)[0];
    known = tradeNoun(word) || (first !== undefined && first.lexname === 'noun.person' && synsetIsKindOf(first, PARTY));
    if (partyMemo.size > 10_000) partyMemo.clear();
    partyMemo.set(word, known);
  }
  return known;
}

/** A last word that says a name is a company's: an organisation's head ("Group", "Ltd"), a common noun's plural ("Holdings", "Estates", "Partners") or a noun WordNet files as an organisation ("Trust" aside, "Consortium"). */
function companyNamed(last: string): boolean {
  // (A word WordNet itself lists: "Northbanks" is read by `nounClass` as a compound of "banks",
  // but a surname built of English words names no body.)
  return ORG_HEADS.has(last) || /^(?:Inc|Corp|Ltd|Co)\.?$/.test(last) || commonPlural(last) || (/^\p{Lu}\p{Ll}+$/u.test(last) && synsetsOf(nounLemma(last.toLowerCase()), 'noun', 1).length > 0 && nounClass(last.toLowerCase()) === 'org');
}

/**
 * The plural group a sentence opens with ("Officials from both sides met …", "Protesters
 * blocked …"), for a later "they"; null when the sentence does not open with one.
 */
/**
 * The group that opens a clause as its subject (`openingGroup`), for a "they" later in it: past a
 * count that determines it ("More than 60 van drivers": "van drivers"), without the
 * auxiliary of the clause's verb ("Tenants have voted": "Tenants").
 */
function subjectGroup(lead: string): string | null {
  const count = /^(?:(?:More|Fewer|Less)\s+than\s+|Some\s+|About\s+)?\d[\d,]*\s+(?=\p{Ll})/u.exec(lead);
  const rest = count ? lead.slice(count[0].length) : lead;
  const group = openingGroup(count ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest)?.replace(/(?:\s+(?:have|has|had|are|were|is|was|will|would))+$/, '');
  if (!group) return null;
  return count ? rest.charAt(0) + group.slice(1) : group;
}

export function openingGroup(text: string): string | null {
  const toks = tokenize(text.slice(0, 120));
  // A group noun among the first five words; the first is capitalised anyway ("Campaigners said").
  const groupAt = (e: number): boolean => isGroup(toks[e]!.text) || (e === 0 && isGroup(toks[e]!.text.toLowerCase()));
  if (!toks.slice(0, 5).some((_, e) => groupAt(e))) return null;
  let e = 0;
  let head = -1;
  while (e < toks.length && e < 10) {
    const t = toks[e]!.text;
    // ("Local fishing groups": an -ing form WordNet also lists as a noun, before the group noun.)
    const trade = e > 0 && e + 1 < toks.length && /^\p{Ll}{3,}ing$/u.test(t) && (baseForms(t).get('noun') ?? []).includes(t) && groupAt(e + 1);
    if (!npTokenOk(t, false) && !(e > 0 && looseWord(t) && head < 0) && !trade) break;
    if (groupAt(e)) head = e;
    e++;
  }
  if (head < 0) return null;
  while (e > head + 1 && NP_GLUE.has(toks[e - 1]!.text)) e--;
  return lowerThe(text.slice(toks[0]!.start, toks[e - 1]!.end));
}

/** Documents that "say" things: speakers of unknown kind. */
/** "Its report", "Its latest members' survey", "Its survey of 1,100 members": a document "its" owns, its head noun (group 1) before any post-modifier. */
const ITS_DOCUMENT = /^[Ii]ts\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(\p{Ll}{3,})(?:\s+(?:of|by|from|on|into|for)\s.*)?$/u;
const DOC_NOUNS = new Set(
  ('statement report filing study survey document letter complaint lawsuit indictment ruling verdict memo release data ' +
    'figures poll analysis review audit order decision opinion judgment judgement motion petition notice warrant').split(' '),
);

/** Descriptors that make the name after them a company or institution ("carmaker Ford"). */
const ORG_ROLES = new Set(
  ('manufacturer maker firm company carrier airline automaker carmaker retailer insurer lender operator group bank ' +
    'broadcaster publisher club agency network newspaper station union party giant conglomerate startup start-up ' +
    'chain brand supplier producer developer distributor exporter importer regulator watchdog charity organisation ' +
    'organization shipbuilder shipper miner refiner drugmaker chipmaker automaker planemaker steelmaker brewer ' +
    'telecom exchange fund railway utility platform website app broadcaster outlet daily tabloid').split(' '),
);
// "carmaker", "chipmaker" are companies; "lawmaker", "policymaker", "peacemaker" are people.
const isOrgRole = (w: string): boolean => ORG_ROLES.has(w) || (/maker$/.test(w) && w.length > 6 && !/(?:law|policy|peace|deal|film|king|match|decision)maker$/.test(w) && !isRole(w));

/** A courtesy or rank title opening a person's name ("Ms Rowe", "Gen. Hale", "the Rev Ann Lee"). */
export const TITLE_PREFIX = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt)\.?|Miss|Sir|Dame|Lord|Lady|(?:[Tt]he\s+)?(?:Rev|Revd|Reverend)\.?)\s+/;
const stripTitle = (name: string): string => name.replace(TITLE_PREFIX, '');

interface PersonEntry {
  readonly name: string;
  readonly parts: readonly string[];
  gender: Gender;
  description: string | null;
  /** The title or role written before the name ("Finance Minister", "Police Chief", "coach"), for "the minister said". */
  title?: string;
  /** The court participle that introduced the person ("prosecuting" in "Prosecuting, Jo Hale said"), for "the prosecutor said". */
  acting?: string;
  fullAt: Where;
  lastAt: Where;
  order: number;
}

interface CollectiveEntry {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly at: Where;
  readonly order: number;
  /** The lower-case head noun the body was described with ("Passenger group X": "group"). */
  readonly head?: string;
  /** A group named opening a sentence without speaking (`noteGroup`). */
  readonly silent?: boolean;
  /** The specific noun ("club", "broadcaster") a generic mention resolved to this body used. */
  readonly calledAs?: string;
}

/** A sentence opening with the pronoun and a word after it (`resolveSpeaker`): two constant patterns, not one built per call. */
const HE_OPENS = /^He\s+\S/u;
const SHE_OPENS = /^She\s+\S/u;

/**
 * The document's memory of who has been named, in reading order. Pronouns go to the most
 * recently named compatible person; a lone surname to the person whose full name has it.
 */
/** "His family", "Her crew": a body or group noun (WordNet) owned by a person, never who that person's "he" means. */
const ownedCollective = (name: string): boolean => {
  const m = /^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+\s+)*(\p{Ll}[\p{Ll}-]*)$/u.exec(name);
  return m !== null && nounClass(m[1]!) === 'org';
};

export class Cast {
  private readonly persons = new Map<string, PersonEntry>();
  private order = 0;
  private collective: CollectiveEntry | null = null;
  /** Names (and first words of names) of organisations seen so far. */
  private readonly orgs = new Set<string>();
  /** The last unnamed speaker introduced by an indefinite noun phrase with a post-modifier ("a person familiar with the matter"), and its head noun. */
  private unnamed: { name: string; head: string; kind: Speaker['kind']; at: Where } | null = null;

  /** Remember a person named in full (two or more words) at `at`. */
  namePerson(name: string, gender: Gender, description: string | null, at: Where, title?: string): void {
    const clean = stripTitle(name);
    const parts = clean.split(/\s+/).filter((p) => !NAME_PARTICLES.has(p));
    const known = this.persons.get(clean);
    // (A full name met first without a title or a statement, `nameCandidate`, is a candidate no more:
    // a later opening "Her …" must not take it up again as the newest person.)
    this.candidates.delete(clean);
    if (known) {
      known.lastAt = at;
      known.fullAt = at;
      known.order = ++this.order;
      known.gender ??= gender;
      known.description ??= description;
      known.title ??= title;
      return;
    }
    this.persons.set(clean, { name: clean, parts, gender, description, ...(title !== undefined ? { title } : {}), fullAt: at, lastAt: at, order: ++this.order });
  }

  /**
   * Remember a full name written without a title or a statement ("Dara Finch, 54, runs the
   * mill"): only a later lone surname can bring it in, never a pronoun, because a run of
   * capitalised words may as well be a place or an office.
   */
  nameCandidate(name: string, at: Where): void {
    if (this.persons.has(name) || this.candidates.has(name)) return;
    this.candidates.set(name, { name, parts: name.split(/\s+/), at });
  }

  private readonly candidates = new Map<string, { name: string; parts: readonly string[]; at: Where }>();

  /**
   * The person a lone surname (or given name) stands for, most recent first; a person who carries
   * the word as a surname before one who carries it as a given name, since news names people by
   * surname ("Mirrick Wyburn, who trades as Wyburn Haulage, …" — a later "Wyburn said" is Mirrick Wyburn, not
   * a firm taken for a person).
   */
  bySurname(word: string): PersonEntry | null {
    let best: PersonEntry | null = null;
    let bestSurname = false;
    for (const p of this.persons.values()) {
      if (p.parts.length < 2) continue;
      const surname = p.parts[p.parts.length - 1] === word;
      if (!surname && p.parts[0] !== word) continue;
      if (!best || (surname && !bestSurname) || (surname === bestSurname && p.order > best.order)) {
        best = p;
        bestSurname = surname;
      }
    }
    if (best) return best;
    let cand: { name: string; parts: readonly string[]; at: Where } | null = null;
    // Untitled runs match on their last word only: "Boeing" is not "Boeing Commercial Airplanes".
    for (const c of this.candidates.values()) if (c.parts[c.parts.length - 1] === word) cand = c;
    if (!cand) return null;
    this.candidates.delete(cand.name);
    this.namePerson(cand.name, null, null, cand.at);
    return this.persons.get(cand.name) ?? null;
  }

  /**
   * "Brannock" after "Brannock Haulage raised its prices", however far back: the longest, most
   * recent run of two to four capitalised words the document wrote that opens with `word` and is
   * shaped like a body's name (`bodyNamed`). Never when a person the document named by more than
   * shape carries the word as a surname or given name: a person's surname is the person.
   */
  private shortFormOf(word: string): { name: string; at: Where } | null {
    // ("BoxHaven", "McCarthy": a capital inside the word too.)
    if (!/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(word) || CAP_FUNCTION_WORDS.has(word)) return null;
    // (A run taken for a person only by its shape counts unless it is shaped like a body: "Pia
    // Brannock founded Brannock Haulage. Brannock said she …" is Pia Brannock.)
    const personal = (name: string): boolean => !this.personByShapeOnly(name) || !this.bodyNamed(name);
    for (const p of this.persons.values()) if (p.parts.length >= 2 && (p.parts[0] === word || p.parts[p.parts.length - 1] === word) && personal(p.name)) return null;
    for (const c of this.candidates.values()) if (c.parts[c.parts.length - 1] === word && !this.bodyNamed(c.name)) return null;
    for (let k = this.read.length - 1; k >= 0; k--) {
      const s = this.read[k]!;
      let found: string | null = null;
      // Every match starts with the word itself: tried only where it is written (`runAt`).
      for (let at = s.text.indexOf(word), from = 0; at >= 0; at = s.text.indexOf(word, from)) {
        const run = runAt(s.text, at, word);
        from = run !== null ? at + run.length : at + 1;
        if (run === null) continue;
        const name = run.replace(/[.'’]+$|['’]s$/u, '');
        if (this.bodyNamed(name)) found = name;
      }
      if (found) return { name: found, at: s.at };
    }
    return null;
  }

  /**
   * The longer name, most recent first, that a run of two or more capitalised words opens and that
   * the document took for a speaker or a body before ("Marrow Lane" in "Marrow Lane Cabins"): one
   * to three capitalised words more, the run held as a person, a body or an organisation.
   */
  private longerNameOf(run: string): { name: string; at: Where } | null {
    if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(run) || run.split(/\s+/).some((w) => CAP_FUNCTION_WORDS.has(w))) return null;
    for (let k = this.read.length - 1; k >= 0; k--) {
      const s = this.read[k]!;
      for (let at = s.text.indexOf(run); at >= 0; at = s.text.indexOf(run, at + 1)) {
        const longer = runAt(s.text, at, run);
        if (longer === null) continue;
        const words = longer.replace(/[.'’]+$|['’]s$/u, '').split(/\s+/);
        for (let n = words.length; n > run.split(/\s+/).length; n--) {
          const name = words.slice(0, n).join(' ');
          if (this.persons.has(name) || this.orgs.has(name) || this.bodies.has(name)) return { name, at: s.at };
        }
      }
    }
    return null;
  }

  /**
   * Whether a run of capitalised words is shaped like a body's name: one the document saw as a
   * body, else its last word an organisation's head noun, a common noun's plural or, in WordNet, a
   * common noun that names no person, animal or plant ("Haulage", "Water"; not "Finch", "Rose").
   * Never a place, nor a person the document named by more than shape.
   */
  private bodyNamed(name: string): boolean {
    if (this.places.has(name) || (this.persons.has(name) && !this.personByShapeOnly(name))) return false;
    if (this.orgs.has(name) || this.bodies.has(name)) return true;
    const words = name.split(/\s+/);
    const last = words[words.length - 1]!;
    if (words.some((w) => TITLES.has(w) || PLACE_WORDS.has(w))) return false;
    if (ORG_HEADS.has(last) || commonPlural(last) || nounClass(last.toLowerCase()) === 'org' || inflectedTrade(last)) return true;
    const first = synsetsOf(last.toLowerCase(), 'noun', 1)[0];
    return first !== undefined && !/^noun\.(?:person|animal|plant|location|time)$/.test(first.lexname);
  }

  /**
   * The most recent named person whose descriptor has all these words ("the Turkish minister"
   * needs both "Turkish" and "minister" in "Turkish Foreign Minister").
   */
  byRole(words: readonly string[]): PersonEntry | null {
    let best: PersonEntry | null = null;
    for (const p of this.persons.values()) {
      if (p.parts.length < 2 || (!p.description && !p.title && !this.relatives.has(p.name))) continue;
      const own = `${p.description ?? ''} ${p.title ?? ''} ${this.relatives.get(p.name) ?? ''}`.toLowerCase().split(/[^\p{L}-]+/u);
      if (!words.every((w) => own.includes(w) || ownsRole(own, w))) continue;
      if (!best || p.order > best.order) best = p;
    }
    return best;
  }

  /** The most recent named person whose title or description the letters `w` abbreviate (`abbreviates`: "cfo"). */
  private byInitials(w: string): PersonEntry | null {
    let best: PersonEntry | null = null;
    for (const p of this.persons.values()) {
      if (p.parts.length < 2 || (!p.description && !p.title)) continue;
      const own = `${p.description ?? ''} ${p.title ?? ''}`.toLowerCase().split(/[^\p{L}-]+/u);
      if (abbreviates(own, w) && (!best || p.order > best.order)) best = p;
    }
    return best;
  }

  /**
   * "Harbourline is cutting two sailings, a change it says will …", "The council is closing the
   * library, which it says …": an "it" in a relative clause or an apposition after a comma means
   * the body that is the subject of the clause before (a name, or a definite noun WordNet files as
   * an organisation, then a verb by its shape), the longer name written before if there is one.
   */
  private subjectBodyBefore(before: string, here: Where): string | null {
    // "Ravensby Kitchens will close two of its shops, it said": an "it" that closes the sentence
    // after a comma means the body that opens it as its subject (`bodiesIn`: a name taken for a
    // person only by its shape that "its" refers back to is a body).
    if (/^[^,]+,\s*$/u.test(before)) {
      const opener = bodiesIn(before.slice(0, before.indexOf(',')), this, true).find((b) => b.subject && !this.places.has(b.name) && before.startsWith(b.name));
      return opener?.name ?? null;
    }
    if (!/,\s+(?:which|that|(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*$/u.test(before)) return null;
    const lead = before.slice(0, before.indexOf(','));
    const named = bodiesIn(lead, this).find((b) => b.subject && !this.places.has(b.name));
    if (named) return named.name;
    const m = /^(?:The|Its|Their)\s+((?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))\s+(?:is|are|was|were|has|have|had|will|would|\p{Ll}+(?:s|ed))\s/u.exec(lead);
    if (!m || nounClass(m[2]!) !== 'org') return null;
    return this.fullBody(`the ${m[1]!}`, here, lead)?.name ?? `the ${m[1]!}`;
  }

  /** "Prosecuting, Simon Reade said …": the participle that introduced a person named in full. */
  noteActing(name: string, participle: string): void {
    const p = this.persons.get(stripTitle(name));
    if (p && p.parts.length >= 2) p.acting = participle.toLowerCase();
  }

  /**
   * "the prosecutor", "her solicitor" after "Prosecuting, Simon Reade said" / "Defending, Tom Varga
   * said": the person a court participle introduced whom the lawyer's noun names (`courtRole`), the
   * derived noun itself first ("prosecute" → "prosecutor"), then the most recent.
   */
  private byCourtRole(head: string): PersonEntry | null {
    let best: PersonEntry | null = null;
    let bestScore = 0;
    for (const p of this.persons.values()) {
      if (!p.acting) continue;
      const score = courtRole(p.acting, head);
      if (score > bestScore || (score > 0 && score === bestScore && best && p.order > best.order)) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** The person named in full `name`, if the cast holds one. */
  person(name: string): PersonEntry | null {
    return this.persons.get(name) ?? null;
  }

  touch(p: PersonEntry, at: Where, gender: Gender): void {
    p.lastAt = at;
    p.order = ++this.order;
    p.gender ??= gender;
  }

  /** The most recently named person compatible with the pronoun's gender. */
  recentPerson(gender: Gender, before?: Where): PersonEntry | null {
    let best: PersonEntry | null = null;
    for (const p of this.persons.values()) {
      if (gender && p.gender && p.gender !== gender) continue;
      // A name taken for a person by its shape alone that the article wrote as a place is none.
      if (this.unpersons.has(p.name) && this.personByShapeOnly(p.name)) continue;
      if (before && (p.lastAt.paragraph > before.paragraph || (p.lastAt.paragraph === before.paragraph && p.lastAt.sentence >= before.sentence))) continue;
      if (!best || p.order > best.order) best = p;
    }
    if (best || this.candidates.size === 0 || before) return best;
    // Nobody confirmed as a person yet: the last full name written without a title is the
    // best guess ("Dana Perino commented on …, she stated").
    // A run whose last word WordNet files as an organisation ("Sediment Consortium") is a body.
    let last: { name: string; parts: readonly string[]; at: Where } | null = null;
    // Of the names of the latest sentence, the first (its subject, as a reader takes it:
    // "Linnet Thackery won …, ahead of Paul Ingleby. She said …").
    for (const c of this.candidates.values()) if (!this.orgs.has(c.name) && !this.places.has(c.name) && !this.unpersons.has(c.name) && nounClass(c.parts[c.parts.length - 1] ?? '') !== 'org' && (!last || precedes(last.at, c.at))) last = c;
    if (!last) return null;
    this.candidates.delete(last.name);
    this.namePerson(last.name, null, null, last.at);
    return this.persons.get(last.name) ?? null;
  }

  /**
   * "Her surgeon, Dr Anil Mehta, told her …": a listener pronoun after a verb of telling is never
   * its own subject, so it stands for the most recent other person of its gender, who is then the
   * last one mentioned (the next "She describes …" is hers).
   */
  noteListener(gender: 'm' | 'f', speaker: string, at: Where): void {
    let best: PersonEntry | null = null;
    for (const p of this.persons.values()) if (p.name !== speaker && p.gender === gender && (!best || p.order > best.order)) best = p;
    if (best) this.touch(best, at, gender);
  }

  /**
   * "Brennan Offshore, which will build the turbines, said …": a name taken for a person only by
   * its shape that "which" refers to is a body; a later "it" means it, "he" never does.
   */
  bodyAfterAll(speaker: Speaker, at: Where): Speaker {
    if (!this.personByShapeOnly(speaker.name)) return speaker;
    this.persons.delete(speaker.name);
    this.noteCollective(speaker.name, 'organisation', at);
    this.orgs.add(speaker.name);
    return { ...speaker, kind: 'organisation' };
  }

  /**
   * "Mabel Orrin owns the workshop. She hired Tobin Kell …": a he or she opening a sentence that
   * reports nothing is the person named last before it (a full name written without a title
   * included), who is of that gender from then on — so a later "he said" never means her.
   */
  notePronounSubject(gender: 'm' | 'f', here: Where): void {
    let best: PersonEntry | null = null;
    // (A person known by one name counts: "… says Quayle, who has worked there since 1979"; one known only by role does not.)
    for (const p of this.persons.values()) if (precedes(p.lastAt, here) && p.parts.length >= 1 && (!best || p.order > best.order)) best = p;
    // A later candidate (named in the article's own voice since) is nearer.
    let cand: { name: string; parts: readonly string[]; at: Where } | null = null;
    for (const c of this.candidates.values()) if (precedes(c.at, here) && !this.orgs.has(c.name) && !this.places.has(c.name) && !this.unpersons.has(c.name) && nounClass(c.parts[c.parts.length - 1] ?? '') !== 'org' && (!cand || !precedes(c.at, cand.at))) cand = c;
    if (cand && (!best || precedes(best.lastAt, cand.at))) {
      this.candidates.delete(cand.name);
      this.namePerson(cand.name, gender, null, cand.at);
      return;
    }
    if (best && !best.gender) best.gender = gender;
  }

  /**
   * "The judge was not persuaded.": a definite role opening a sentence that reports nothing is the
   * named person who carries it (`byRole`, `byCourtRole`, as `resolve` reads "the judge said"), the
   * person a "she" speaking next means.
   */
  noteRoleSubject(role: string, here: Where): void {
    const named = this.byRole([role]) ?? this.byCourtRole(role);
    if (named) this.touch(named, here, null);
  }

  /** Learn a person's gender from a pronoun that plainly refers to them. */
  learnGender(name: string, gender: Gender): void {
    const p = this.persons.get(name);
    if (p && !p.gender) p.gender = gender;
  }

  noteCollective(name: string, kind: SpeakerKind, at: Where, head?: string, calledAs?: string): void {
    this.collective = { name, kind, at, order: ++this.order, ...(head !== undefined ? { head } : {}), ...(calledAs !== undefined ? { calledAs } : {}) };
    if (kind === 'group') this.group = this.collective;
  }

  /** The article's first sentence after any headline, read for its subject body only when asked (`lede`). */
  private firstSentence: { text: string; at: Where } | null = null;
  private ledeMemo: { name: string; at: Where } | null | undefined = undefined;

  /** The body that is the subject of the article's first sentence ("Pellam Engineering has agreed …"), for a bare "the company" far from it. */
  private get lede(): { name: string; at: Where } | null {
    if (this.ledeMemo !== undefined) return this.ledeMemo;
    const f = this.firstSentence;
    const first = f ? bodiesIn(f.text, this, true).find((b) => b.subject) : undefined;
    // Read once the first sentence is behind (a later call sees the same places).
    if (f === null) return null;
    this.ledeMemo = first && !PUBLIC_BODY.test(first.name) && !this.places.has(first.name) ? { name: first.name, at: f.at } : null;
    return this.ledeMemo;
  }

  /** A plural group that opens a sentence without speaking ("Officials from both sides met"). */
  noteGroup(name: string, at: Where): void {
    this.group = { name, kind: 'group', at, order: ++this.order, silent: true };
  }

  private group: CollectiveEntry | null = null;

  /** The sentence read just before the current one, for "the company" after a body named there. */
  private previous: { text: string; at: Where; order: number } | null = null;

  /** Called once a sentence is read: the next sentence's "the company" may mean a body it names. */
  passSentence(text: string, at: Where): void {
    // "… by her nephew, Robert Lyne.", "Ana Ruiz, the club's physio, …": persons the article names
    // with an apposed description (descriptions.ts `namesIn`), for a later "her nephew said".
    if (APPOSED_NAME.test(text))
      for (const m of namesIn(text)) {
        if (!m.person || m.heads.length === 0 || this.places.has(m.name)) continue;
        if (/\s/.test(m.name)) {
          this.described.set(m.name, { heads: m.heads, at, order: ++this.order });
          // "For tenants like Ana Wirth, a nurse in Dale Street, the rise is painful. She said …": a
          // full name with a person's description, named in the article's own voice, is the person
          // a later "she" means (more recent than the last speaker).
          // (Only a name shaped like a person's: "Chief Executive Officer of General Motors" is a title;
          // nor one opening with a title, "Professor Ada Lum", whom the reader of her words names already.)
          const gender = m.heads.some((h) => FEMALE_MARKERS.has(h)) ? 'f' : m.heads.some((h) => MALE_MARKERS.has(h)) ? 'm' : null;
          if (/^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?){1,2}$/u.test(m.name) && !TITLES.has(m.name.split(/\s+/)[0]!.replace(/\.$/, '')) && !isRole(m.name.split(/\s+/).pop()!.toLowerCase()) && !this.bodies.has(m.name) && !this.orgs.has(m.name)) this.namePerson(m.name, gender, null, at);
        }
        // "Paul Dreyer and his wife, Ann, …": a first name apposed to a gendered relation word is a
        // person of that gender (a later "She said" may be hers), never a body.
        else if (!this.persons.has(m.name)) {
          const gender = m.heads.some((h) => FEMALE_MARKERS.has(h)) ? 'f' : m.heads.some((h) => MALE_MARKERS.has(h)) ? 'm' : null;
          if (gender) this.namePerson(m.name, gender, null, at);
        }
      }
    // "… led by the furniture historian Dr Ines Varga": a definite description written before a
    // person's full name describes her too, for a later "the historian added" (`describedPerson`);
    // only remembered, never a new person a pronoun could mean.
    else if (DESCRIBED_BEFORE_NAME.test(text))
      for (const m of namesIn(text)) {
        const name = stripTitle(m.name);
        if (!m.person || m.heads.length === 0 || m.place || !/\s/.test(name) || this.places.has(m.name) || this.described.has(name)) continue;
        this.described.set(name, { heads: m.heads, at, order: ++this.order });
      }
    // "… in Denholm", "across Tarnside": a name the document puts after a preposition of place is a
    // place, never what a later "it said" means.
    // (A name shaped like a company's is a place too when a region follows it: "in Fenwick Mills, Ohio".)
    for (const n of unpersonNames(text)) this.unpersons.add(n);
    // (Not after a noun of owning a part: "Shares in Quentock Brewers fell", "a stake in Velindre Oats" name a company, `ownedPart`.)
    for (const m of text.matchAll(PLACE_AFTER)) if (((!companyShaped(m[1]!.split(/\s+/)) && !ORG_HEADS.has(m[1]!.split(/\s+/).pop()!)) || regionName(REGION_AFTER.exec(text.slice(m.index + m[0].length))?.[1] ?? '')) && !ownedPart(text.slice(0, m.index))) this.places.add(m[1]!);
    // "the Saltby valley", "its Corran ward": a one-word name before a noun whose first sense is a
    // location or a natural object (WordNet: "valley", "district", "river") names the place, never the body a later "the company said" means.
    for (const m of text.matchAll(PLACE_BEFORE)) if (!ORG_HEADS.has(m[1]!) && /^noun\.(?:location|object)$/.test(synsetsOf(m[2]!, 'noun', 1)[0]?.lexname ?? '')) this.places.add(m[1]!);
    // "Football side Corrow Vale will share …": a name a sector word before it introduces as an
    // organisation (descriptions.ts `namesIn`, `organisationSense`) is a body, however its shape reads.
    if (SECTOR_OPENING.test(text))
      for (const m of namesIn(text)) {
        if (m.person || m.place || !m.described?.some((h) => organisationSense(h)) || this.places.has(m.name) || (this.persons.has(m.name) && !this.personByShapeOnly(m.name))) continue;
        this.persons.delete(m.name);
        this.orgs.add(m.name);
      }
    // (The pattern needs ", who": a sentence without "who" is not scanned.)
    if (text.includes('who'))
      for (const m of text.matchAll(RELATIVE_AFTER_NAME)) {
        const name = m[1]!.split(/\s+/).filter((w, k, all) => !(TITLES.has(w) && k < all.length - 2)).join(' ');
        if (/\s/.test(name) && !this.places.has(name)) this.relatives.set(name, m[2]!);
      }
    this.previous = { text, at, order: ++this.order };
    this.read.push({ text, at, order: this.order });
    // ("FOR IMMEDIATE RELEASE", a kicker or a headline line without a stop is no lede.)
    if (this.firstSentence === null && at.paragraph >= 1 && /[.!?"”’)]\s*$/u.test(text)) this.firstSentence = { text, at };
    this.recentSentences.push(this.previous);
    if (this.recentSentences.length > 4) this.recentSentences.shift();
    for (const name of namedBodies(text)) {
      // "The Arts Council said" after "the Arts Council of Wenmoor" is no new body.
      const words = name.toLowerCase().split(/\s+/);
      const longer = [...this.bodies.keys()].some((b) => b !== name && words.every((w) => b.toLowerCase().split(/\s+/).includes(w)));
      if (!longer) this.bodies.set(name, { at, order: this.order });
    }
  }

  /**
   * The noun, in the singular, of a counted plural of people opening the nearest of the sentences
   * just read in this or the paragraph before ("Three drivers spoke …", "Four nurses told us …").
   */
  private countedPeople(at: Where): { noun: string; at: Where } | null {
    for (let k = this.recentSentences.length - 1; k >= 0; k--) {
      const s = this.recentSentences[k]!;
      if (at.paragraph - s.at.paragraph > 1) break;
      const m = COUNTED_PEOPLE.exec(s.text);
      if (!m) continue;
      const noun = nounLemma(m[1]!);
      return noun !== m[1] && nounClass(noun) === 'person' ? { noun, at: s.at } : null;
    }
    return null;
  }

  /** The verb of a relative clause after a person's full name ("Tom Rudd, who chairs the panel": "chairs"), by name, for "the chairman". */
  private readonly relatives = new Map<string, string>();

  /** Every sentence read so far, in order, for a description that names a body introduced further back (`introducedAs`). */
  private readonly read: { text: string; at: Where; order: number; heads?: ReadonlySet<string> }[] = [];

  /**
   * "The packaging firm said …" after "Harwell & Pike, the family-run packaging firm, lost the
   * tender to Oxley Print", "according to the theatre" after "the Gilded Lamp Theatre": the body
   * the document introduced with the mention's head noun (descriptions.ts `namesIn`: an
   * apposition on either side, "the bicycle maker Tamsin Cycles", the name's own last word),
   * nearest first and within four paragraphs; one whose sentence holds the mention's modifiers
   * with the head ("packaging firm") before any other. Never a person, a place or a name the cast
   * knows as a person by more than its shape.
   */
  private introducedAs(mention: string, at: Where): { name: string; at: Where } | null {
    const m = /^the\s+((?:[\p{Ll}-]+\s+){0,2})(\p{Ll}[\p{Ll}-]*)$/iu.exec(mention);
    if (!m) return null;
    const written = `${m[1]!}${m[2]!}`.toLowerCase();
    const lemma = nounLemma(m[2]!);
    let nearest: { name: string; at: Where } | null = null;
    for (let k = this.read.length - 1; k >= 0; k--) {
      const s = this.read[k]!;
      if (at.paragraph - s.at.paragraph > 4) break;
      // (Every "the X" a speaker is called asks the sentences read before: each keeps the head
      // nouns its names were introduced with, and one without this one is passed over at once.)
      s.heads ??= new Set(namesIn(s.text).flatMap((c) => c.heads));
      if (!s.heads.has(lemma)) continue;
      const names = namesIn(s.text);
      for (let j = names.length - 1; j >= 0; j--) {
        const c = names[j]!;
        if (!c.heads.includes(lemma)) continue;
        // "Corvell Dairies, a cheese maker …": a trade's noun makes a name a person's for `namesIn`;
        // one whose last word is a common noun's plural or an organisation's head ("Dairies",
        // "Cycles") is a body all the same ("Its supplier, Jane Furrow," stays a person).
        const last = c.name.split(/\s+/).pop()!;
        const body = !c.person || (/\s/.test(c.name) && (commonPlural(last) || ORG_HEADS.has(last) || nounClass(last.toLowerCase()) === 'org'));
        if (!body || c.place || this.places.has(c.name) || (this.persons.has(c.name) && !this.personByShapeOnly(c.name))) continue;
        if (m[1] === '' || s.text.toLowerCase().includes(written)) return { name: c.name, at: s.at };
        nearest ??= { name: c.name, at: s.at };
      }
    }
    return nearest ?? this.introducedAsKin(m[1] === '' ? m[2]! : null, at);
  }

  /**
   * "Esports outfit Tallow Kite said …. The team said …", "Charity group Hearthwell runs the cafe.
   * The organisation said …": failing a body introduced with the mention's own noun, the nearest
   * body (within this paragraph and the one before) introduced with a noun WordNet relates to it as
   * a kind of organisation (`relatedBodyNouns`: outfit ~ team ~ organisation; not team ~
   * committee), for a bare mention ("the team", not "the youth team") of an organisation's noun;
   * with `after` (an order in the cast's memory), only in sentences read since.
   */
  private introducedAsKin(head: string | null, at: Where, after = -1): { name: string; at: Where } | null {
    if (head === null || !organisationSense(head)) return null;
    for (let k = this.read.length - 1; k >= 0; k--) {
      const s = this.read[k]!;
      if (at.paragraph - s.at.paragraph > 1 || s.order <= after) break;
      const names = namesIn(s.text);
      for (let j = names.length - 1; j >= 0; j--) {
        const c = names[j]!;
        // (A one-word name only when a description said what body it is: "Charity group Hearthwell".)
        if (c.person || c.place || !(/\s/.test(c.name) || c.described?.some((h) => organisationSense(h))) || this.places.has(c.name) || (this.persons.has(c.name) && !this.personByShapeOnly(c.name) && !this.orgs.has(c.name))) continue;
        // (Not through the last word of a name that says another kind: "the club" is no "… Northern
        // League", `headsClash`; "Esports organisation Oxcrane Collective" is a club all the same.)
        const own = c.name.split(/\s+/).pop()!.toLowerCase();
        if (c.heads.some((h) => organisationSense(h) && relatedBodyNouns(h, head) && !(h === own && headsClash(`the ${head}`, c.name)))) return { name: c.name, at: s.at };
      }
    }
    return null;
  }

  /**
   * The last name of `text` (not `exclude`) that a description around it introduces as a
   * commercial agent ("Ostrand Lume, a retailer of garden furniture"; `commercialAgent`): no place,
   * no person the cast knows by more than the shape of the name. Null when there is none.
   */
  private describedTrader(text: string, exclude: string | undefined): string | null {
    const names = namesIn(text);
    for (let j = names.length - 1; j >= 0; j--) {
      const c = names[j]!;
      if (c.name === exclude || c.place || this.places.has(c.name) || (this.persons.has(c.name) && !this.personByShapeOnly(c.name)) || !c.described?.some((h) => commercialAgent(h)) || articleModifier(text, c.at, c.name)) continue;
      if (PUBLIC_BODY.test(c.name) || headsClash('the company', c.name)) continue;
      return c.name;
    }
    return null;
  }

  /**
   * The nearest noun phrase (this paragraph and the `reach` before, two unless asked) headed by
   * `head` or a word of its first sense ("tribunal" ~ "court"), with more to it than the bare noun:
   * modifiers ("the Harnley county court", "a planning panel") or a place after it ("an employment
   * tribunal in Ludgate"), without its article. Null when every such phrase is the bare noun again.
   */
  private fullerPhrase(head: string, at: Where, reach = 2): { name: string; at: Where } | null {
    const lemma = nounLemma(head);
    const first = synsetsOf(lemma, 'noun', 1)[0];
    const same = (w: string): boolean => {
      const l = nounLemma(w.toLowerCase());
      return l === lemma || (first !== undefined && synsetsOf(l, 'noun', 1)[0]?.offset === first.offset);
    };
    for (let k = this.read.length - 1; k >= 0; k--) {
      const s = this.read[k]!;
      if (at.paragraph - s.at.paragraph > reach) break;
      let best: string | null = null;
      for (const m of s.text.matchAll(FULLER_PHRASE)) {
        const words = [...m[1]!.matchAll(/[\p{L}-]+(?:['’]s)?/gu)];
        const h = words.findIndex((w) => /^\p{Ll}+$/u.test(w[0]) && same(w[0]));
        const mods = words.slice(0, Math.max(h, 0)).map((w) => w[0]);
        // ("a surveyor's report": an indefinite owner's possessive is a modifier; "the council's report" names its owner.)
        const indefinite = /^[Aa]n?\s/.test(m[0]);
        if (h < 0 || mods.some((w, k) => DETERMINER_START.has(w) || CAP_FUNCTION_WORDS.has(w) || PRONOUNS.has(w) || STOP_LOWER.has(w) || (/['’]s$/.test(w) && !(indefinite && k === 0 && /^\p{Ll}/u.test(w))))) continue;
        // "… in Ludgate": a place after the head, its capitalised words.
        const after = m.index + m[0].length - m[1]!.length + words[h]!.index + words[h]![0].length;
        const place = /^\s+(?:in|of|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(s.text.slice(after))?.[0];
        if (mods.length === 0 && place === undefined) continue;
        best = `${[...mods, words[h]![0]].join(' ')}${place ?? ''}`;
      }
      if (best) return { name: best, at: s.at };
    }
    return null;
  }

  /** Persons named with an apposed description, by name: the description's head nouns. */
  private readonly described = new Map<string, { heads: readonly string[]; at: Where; order: number }>();

  /** The most recent person named (within three paragraphs) with a description headed by `head`. */
  private describedPerson(head: string, at: Where): { name: string; at: Where } | null {
    const lemma = nounLemma(head);
    let best: { name: string; at: Where; order: number } | null = null;
    for (const [name, d] of this.described) if (d.heads.includes(lemma) && at.paragraph - d.at.paragraph <= 3 && (!best || d.order > best.order)) best = { name, at: d.at, order: d.order };
    return best;
  }

  /** Names the document used as places (`passSentence`). */
  private readonly places = new Set<string>();
  /** Names the document wrote where no person stands (`unpersonNames`, `passSentence`): never a he or she. */
  private readonly unpersons = new Set<string>();

  /** Whether the document so far wrote the name where no person stands ("off Garroch Stack", "from the Brackle Cut"). */
  isUnperson(name: string): boolean {
    return this.unpersons.has(name);
  }

  /** Whether the document used a name as a place ("in Denholm"). */
  isPlace(name: string): boolean {
    return this.places.has(name);
  }

  /** The last few sentences read, newest last, for "the company" after a body named in the article's own voice. */
  private readonly recentSentences: { text: string; at: Where; order: number }[] = [];

  /**
   * "Dunmere Water has banned hosepipes. The ban affects … . Levels fell, the company said.": the
   * body that is the subject of a clause in one of the last four sentences (within two
   * paragraphs), newest first, written after `after` (an order in the cast's memory).
   * Else a company-like name anywhere in that sentence (`organisationIn`: "Acme Corp's chief
   * executive … resigned"). With `personShaped`, instead a run shaped like a person's name whose
   * last word is a common noun (`companyShaped`), taken for a person only by its shape.
   */
  /**
   * The body a recent sentence (within the paragraph and the one before) described in apposition
   * with `head` as its description's head ("Brightmoor Games, the Leeds studio behind …"), newest
   * first: a whole run of capitalised words (never the tail of "Bank of America Corporation"), a
   * comma, a determiner, up to three modifiers, the head, then a comma, a preposition or a
   * relative pronoun. Not a person the cast knows, a place or a public body.
   */
  private apposedBody(head: string, at: Where): { name: string; at: Where } | null {
    // (Compiled once, and only when a sentence read writes the head and a comma: it cannot match otherwise.)
    let re: RegExp | null = null;
    const pattern = (): RegExp => new RegExp(String.raw`(?<!(?:\p{Lu}[\p{L}'’.-]*|of|for|and|&)\s)((?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*),\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?${head}(?=\s*,|\s+(?:behind|in|of|that|which|based|with|for|at|from|on)\b)`, 'u');
    for (let k = this.recentSentences.length - 1; k >= 0; k--) {
      const s = this.recentSentences[k]!;
      if (at.paragraph - s.at.paragraph > 1) break;
      const m = s.text.includes(head) && s.text.includes(',') ? (re ??= pattern()).exec(s.text) : null;
      const name = m?.[1]?.replace(/^(?:The|A|An)\s+/, '');
      if (name && !this.isPerson(name) && !this.places.has(name) && !PUBLIC_BODY.test(name) && !CAP_FUNCTION_WORDS.has(name)) return { name, at: s.at };
    }
    return null;
  }

  private recentSubjectBody(mention: string, at: Where, after: number, personShaped: boolean, exclude?: string): { name: string; at: Where } | null {
    for (let k = this.recentSentences.length - 1; k >= 0; k--) {
      const s = this.recentSentences[k]!;
      if (s.order <= after || at.paragraph - s.at.paragraph > 2) break;
      // "Turnover slipped …": an amount's noun capitalised only as the sentence's first word is no body (`figureOpener`).
      // Nor the subject of words quoted ("“Glaziers are still ordering,” she said", "“Tinsmiths know it …”"):
      // a speaker's sentence is no topic the article's own voice set up.
      const body = bodiesIn(s.text, this, personShaped).filter((b) => b.subject && b.name !== exclude && !PUBLIC_BODY.test(b.name) && !headsClash(mention, b.name) && !this.places.has(b.name) && !figureOpener(b.name, s.text) && !quotedOnly(b.name, s.text)).pop();
      if (body) return { name: body.name, at: s.at };
      // "Acme Corp's chief executive, Jo Hale, resigned": a company-like name anywhere in it.
      const company = personShaped ? null : organisationIn(s.text);
      // ("Analysts at Brillhaven Securities said …. The company said …": the body in the name of the
      // group that spoke, `exclude`, is where the speakers work, not the company meant.)
      if (company && company !== exclude && !(exclude !== undefined && exclude.includes(company)) && !PUBLIC_BODY.test(company) && !headsClash(mention, company)) {
        // "Jo Hale, an analyst at Pellmark Securities, said …. The company said …": a name written
        // anywhere but as a subject is no new topic; a bare "the company" that meant a body before
        // goes on meaning it.
        const meant = CATCH_ALL.test(mention) ? this.companyMeant : null;
        return meant !== null && meant.name !== exclude ? meant : { name: company, at: s.at };
      }
    }
    return null;
  }

  /**
   * The body that is the subject of the first clause of `text` ("Hollin Dairies is recalling …,"),
   * for a generic noun after it ("the company said"): a name no person, place or time; shaped like a
   * person's only when its last word is a common noun's plural, an organisation's head noun or a
   * body's by WordNet ("Harlow Foods", "Kestrel Homes"), or the document saw it as a body.
   */
  private clauseSubjectBody(text: string, mention: string): string | null {
    const first = bodiesIn(text, this, true).find((b) => b.subject);
    if (!first || PUBLIC_BODY.test(first.name) || this.places.has(first.name) || headsClash(mention, first.name)) return null;
    // "Revenue rose 38 percent, the company said": a common noun capitalised only as the sentence's first word.
    if (commonOpener(first.name, text)) return null;
    const words = first.name.split(/\s+/);
    const last = words[words.length - 1]!;
    // "Alder Moss, which builds carriages, …": "which" after the name refers to a thing, never to a person.
    const which = text.includes(`${first.name}, which `);
    // "Pellworth Pharmacy will close 48 branches, the chain announced": a collective noun (first a
    // group in WordNet: chain, network, co-operative) describes a name whose last word is a common
    // noun naming no person (`bodyNamed`), however the name's shape reads.
    const head = mention.split(/\s+/).pop()!.toLowerCase();
    const collective = synsetsOf(head, 'noun', 1)[0]?.lexname === 'noun.group' && this.bodyNamed(first.name);
    const bodyShaped = untitledNames(first.name).length === 0 || this.orgs.has(first.name) || ORG_HEADS.has(last) || commonPlural(last) || nounClass(last.toLowerCase()) === 'org' || which || collective;
    return bodyShaped ? first.name : null;
  }

  /** Organisations named in full so far ("the Arts Council of Wenmoor"), for a shorter mention later. */
  private readonly bodies = new Map<string, { at: Where; order: number }>();

  /**
   * "the council", "the Arts Council", "the agency": a definite mention whose words (the last an
   * organisation's head noun) all stand in a longer name written earlier in the document, or
   * earlier in this sentence, is that name (the most recent).
   */
  fullBody(mention: string, here: Where, sentenceText?: string): { name: string; at: Where } | null {
    const words = mention.replace(/^the\s+/i, '').toLowerCase().split(/\s+/);
    const head = words[words.length - 1]!;
    if (!/^the\s/i.test(mention) || words.length > 3 || !(ORG_HEADS.has(head) || bodyHead(head))) return null;
    let best: { name: string; at: Where; order: number } | null = null;
    const here0 = sentenceText ? namedBodies(sentenceText).map((name) => ({ name, at: here, order: Number.POSITIVE_INFINITY })) : [];
    for (const c of [...[...this.bodies].map(([name, v]) => ({ name, ...v })), ...here0]) {
      const own = c.name.toLowerCase().split(/\s+/);
      if (own.length <= words.length || !words.every((w) => own.includes(w))) continue;
      // A head WordNet alone makes a body's ("the county") must head the name too ("Talbot County",
      // not "Millbrook City Council" for "the city").
      const of = own.findIndex((w, k) => k > 0 && /^(?:of|for)$/.test(w));
      if (!ORG_HEADS.has(head) && own[of > 0 ? of - 1 : own.length - 1] !== head) continue;
      if (!best || c.order >= best.order) best = c;
    }
    return best;
  }

  /**
   * "the dairy" after "Hollin Dairies", "the bakery" after "Rye Lane Bakery": a definite mention
   * (at most one modifier) whose head noun is, in the singular, the last word of a name of two or
   * more words the document wrote before — a body, or a run taken for a person only by its shape
   * (no title, gender or description) — the most recent such name.
   */
  private namedByHead(mention: string): { name: string; at: Where } | null {
    const m = /^[Tt]he\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})$/u.exec(mention);
    if (!m) return null;
    const head = m[1]!.toLowerCase();
    const heads = new Set(synsetsOf(head, 'noun', 2).map((x) => `noun:${x.offset}`));
    const headOf = (name: string): boolean => {
      const last = name.split(/\s+/).pop()!;
      if (!/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
      const lower = last.toLowerCase();
      if (lower === head || (baseForms(lower).get('noun') ?? []).includes(head)) return true;
      // "the newspaper" after "The Tarrow Gazette": the name's last word is first a kind of the noun (WordNet).
      const kind = synsetsOf(lower, 'noun', 1)[0];
      return kind !== undefined && heads.size > 0 && synsetIsKindOf(kind, heads);
    };
    let best: { name: string; at: Where } | null = null;
    for (const c of this.candidates.values()) if (headOf(c.name) && !this.places.has(c.name)) best = c;
    if (best) return best;
    for (const p of this.persons.values()) if (p.parts.length >= 2 && this.personByShapeOnly(p.name) && headOf(p.name) && !this.places.has(p.name)) best = { name: p.name, at: p.fullAt };
    if (best) return best;
    for (const [name, v] of this.bodies) if (headOf(name)) best = { name, at: v.at };
    if (best) return best;
    // A run of capitalised words in one of the last sentences ("The Tarrow Gazette first reported …").
    for (const r of this.recentSentences)
      for (const run of r.text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu)) {
        const name = run[0].replace(/^(?:The|A|An)\s+/, '');
        if (/\s/.test(name) && !CAP_FUNCTION_WORDS.has(name.split(/\s+/)[0]!) && headOf(name) && !this.places.has(name) && !this.persons.has(name)) best = { name, at: r.at };
      }
    return best;
  }

  /**
   * "Pellam's chief executive, Gail Purnell, …": the owner whose possessive stands before a role
   * noun (the role lists, `isRole`) in `text` — no person the document named — as the longest name
   * written before that opens with it (the article's lede body, a body, a run taken for a person
   * only by its shape), else the owner's own word(s).
   */
  private employerIn(text: string): { name: string; at: Where } | null {
    const m = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)(?=[\s,])/u.exec(text);
    if (!m || !isRole(m[2]!) || CAP_FUNCTION_WORDS.has(m[1]!.split(/\s+/)[0]!)) return null;
    const owner = m[1]!;
    if (this.persons.has(owner) && !this.personByShapeOnly(owner)) return null;
    if (!/\s/.test(owner) && this.bySurnameQuiet(owner)) return null;
    if (countryOf(owner) || capitalOf(owner) || this.places.has(owner)) return null;
    const opens = (name: string): boolean => name === owner || name.startsWith(`${owner} `);
    if (this.lede && opens(this.lede.name)) return this.lede;
    for (const [name, v] of this.bodies) if (opens(name)) return { name, at: v.at };
    for (const p of this.persons.values()) if (p.parts.length >= 2 && this.personByShapeOnly(p.name) && opens(p.name)) return { name: p.name, at: p.fullAt };
    return null;
  }

  /** Whether a name is an organisation this document has seen speak. */
  isOrganisation(name: string): boolean {
    return this.orgs.has(name);
  }

  /**
   * Whether a name was taken for a person only by its shape, as the subject opening a sentence
   * ("Dunmere Water has banned …"): no title, gender or description ever came with it.
   */
  personByShapeOnly(name: string): boolean {
    const p = this.persons.get(name);
    return p !== undefined && p.gender === null && p.description === null && p.title === undefined;
  }

  /** Whether a name is a person this document has named. */
  isPerson(name: string): boolean {
    return this.persons.has(name) || this.bySurnameQuiet(name);
  }

  private bySurnameQuiet(word: string): boolean {
    for (const p of this.persons.values()) if (p.parts.length >= 2 && p.parts[p.parts.length - 1] === word) return true;
    return false;
  }

  recentCollective(): CollectiveEntry | null {
    return this.collective;
  }

  /**
   * Turn a parsed phrase into a speaker, consulting and updating the memory. Returns null
   * for a phrase that cannot be a speaker here (an unresolvable "it").
   */
  resolve(phrase: ParsedPhrase, at: Where, sentenceText?: string): Speaker | null {
    const speaker = this.resolveSpeaker(phrase, at, sentenceText);
    if (speaker?.kind === 'organisation' && CATCH_ALL.test(phrase.mention) && isCap(speaker.name.replace(/^the\s+/i, ''))) this.companyMeant = { name: speaker.name, at };
    return speaker;
  }

  /** The body a bare "the company" or "the firm" of this document last meant (`resolve`). */
  private companyMeant: { name: string; at: Where } | null = null;

  /**
   * "Supplies were cut, Holt Water said. Orvo Contractors inspected the pipes. Repairs will take a
   * week, it added.": "it added" goes on with the last speaker's words — a name taken for a person
   * only by its shape and shaped like a company (`companyShaped`) that spoke in this or the last
   * paragraph, after any body that spoke, is that "it" (an organisation from then on), not a body
   * named since. Null otherwise.
   */
  addedBy(at: Where, mention: string): Speaker | null {
    const spoke = this.lastSpoke;
    const c = this.collective;
    if (!spoke || (c && c.order > spoke.person.order) || at.paragraph - spoke.at.paragraph > 1) return null;
    const name = spoke.person.name;
    if (!this.personByShapeOnly(name) || !companyShaped(name.split(/\s+/))) return null;
    this.persons.delete(name);
    this.noteCollective(name, 'organisation', { paragraph: at.paragraph, sentence: at.sentence });
    this.orgs.add(name);
    return { name, mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: spoke.at } };
  }

  /** The person who spoke last and the sentence they spoke in, for a he/she in the next sentence. */
  private lastSpoke: { person: PersonEntry; at: Where; from: Where } | null = null;

  /** The one person whose statements a sentence holds (its statements read), for `previousSpeaker`; `from` opens their unbroken run of sentences. */
  noteSpoke(name: string, at: Where): void {
    const person = this.persons.get(name);
    if (!person) return;
    const last = this.lastSpoke;
    const here = { paragraph: at.paragraph, sentence: at.sentence };
    this.lastSpoke = { person, at: here, from: last && last.person === person && followsOn(last.at, here) ? last.from : here };
  }

  /**
   * "Giving evidence, he said the calls with Mr Dace had been about boats." / "“…,” he told the
   * jury.": a he or she speaking in the sentence right after a person of that gender spoke is that
   * speaker, not a person named inside the speaker's words (the one touched last, in the same
   * sentence). Null when the latest person is no such person.
   */
  private previousSpeaker(latest: PersonEntry, gender: Gender, here: Where): PersonEntry | null {
    const last = this.lastSpoke;
    // Only a speaker whose gender the document gave, and the pronoun's: an unknown one may be anyone.
    if (!last || last.person === latest || !gender || last.person.gender !== gender) return null;
    const same = (a: Where, b: Where): boolean => a.paragraph === b.paragraph && a.sentence === b.sentence;
    // ("“…,” he told Judge Ada Quell. “…” He said …": the person named in any sentence of the
    // speaker's unbroken run, here the listener, is not whom the next pronoun means.)
    const within = !precedes(latest.lastAt, last.from) && !precedes(last.at, latest.lastAt);
    if (!within || same(last.at, here)) return null;
    return followsOn(last.at, here) ? last.person : null;
  }

  /**
   * "Mr Dace regretted it, he said, and would pay": a he or she set after a clause that names the
   * latest person by name is someone else — the person who spoke in the sentence just before (a
   * writer names the speaker's own self with the pronoun, "He was sorry, Dace said"). Null when
   * no such speaker is of a gender the pronoun allows.
   */
  private speakerAside(latest: PersonEntry, gender: Gender, here: Where, before: string | undefined): PersonEntry | null {
    const last = this.lastSpoke;
    if (!last || last.person === latest || before === undefined || !/,\s*$/.test(before) || (gender && last.person.gender && last.person.gender !== gender)) return null;
    if (!followsOn(last.at, here)) return null;
    const surname = latest.parts[latest.parts.length - 1]!;
    return new RegExp(`(?<![\\p{L}'’-])${literal(surname)}(?![\\p{L}'’-])`, 'u').test(before) ? last.person : null;
  }

  /**
   * "A licence was never sought from Maddock District Council, a spokesperson for the authority
   * said": a role for a bare definite noun of a body (WordNet: an organisation, or a group in any
   * of its senses: "authority") speaks for the
   * body the sentence names before it (`organisationIn`: a name ending in an organisation's head
   * word), whose kind the noun does not contradict (`headsClash`) unless both are public bodies
   * ("authority" and "council"). Null otherwise.
   */
  private voiceOfNamedBody(mention: string, sentenceText: string): string | null {
    const m = /^(?:a|an|the)\s+(\p{Ll}+)\s+for\s+the\s+(\p{Ll}+)$/iu.exec(mention);
    if (!m || !isRole(m[1]!) || (nounClass(m[2]!) !== 'org' && !synsetsOf(m[2]!.toLowerCase(), 'noun').some((x) => x.lexname === 'noun.group'))) return null;
    // (The sentence's text may stop before the mention already.)
    const at = sentenceText.indexOf(mention);
    const body = organisationIn(at >= 0 ? sentenceText.slice(0, at) : sentenceText);
    if (!body || this.places.has(body) || this.isPerson(body)) return null;
    const noun = m[2]!;
    const bothPublic = PUBLIC_BODY.test(noun.charAt(0).toUpperCase() + noun.slice(1)) && PUBLIC_BODY.test(body);
    return !headsClash(mention, body) || bothPublic ? body : null;
  }

  private resolveSpeaker(phrase: ParsedPhrase, at: Where, sentenceText?: string): Speaker | null {
    const here = { paragraph: at.paragraph, sentence: at.sentence };
    // (A copy only when the name loses a caption: most keep theirs, and this runs for every cue.)
    const name0 = phrase.name ? withoutFurniture(phrase.name) : null;
    const p = name0 !== null && name0 !== phrase.name ? { ...phrase, name: name0 } : phrase;
    const voice = p.kind === 'person' && sentenceText !== undefined ? this.voiceOfNamedBody(p.mention, sentenceText) : null;
    if (voice) {
      this.noteCollective(voice, 'organisation', here);
      this.orgs.add(voice);
      return { name: voice, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'description', from: here } };
    }
    if (p.pronoun) {
      if (p.pronoun === 'he' || p.pronoun === 'she') {
        // "She praised the drummer, Tom Yale, whose solo, she said, …": a he or she inside a
        // sentence that the same pronoun opens is that subject, not a person named since.
        const opener = sentenceText !== undefined && (p.pronoun === 'he' ? HE_OPENS : SHE_OPENS).test(sentenceText);
        const latest = (opener ? this.recentPerson(p.gender, here) : null) ?? this.recentPerson(p.gender);
        const person = latest && !opener ? (this.previousSpeaker(latest, p.gender, here) ?? this.speakerAside(latest, p.gender, here, sentenceText) ?? latest) : latest;
        if (!person) return { name: p.mention, mention: p.mention, description: null, kind: 'person', resolution: null };
        const from = person.lastAt;
        this.touch(person, person.lastAt, p.gender);
        return { name: person.name, mention: p.mention, description: person.description, kind: 'person', resolution: { how: 'pronoun', from } };
      }
      const c = this.collective;
      // "it" only stands for an organisation or country that spoke in this or the last paragraph.
      if (p.pronoun === 'it') {
        // "Rhenwerk AG will cut 5,000 jobs, it said": a company named earlier in the sentence.
        const named = sentenceText !== undefined ? (organisationIn(sentenceText) ?? this.subjectBodyBefore(sentenceText, here)) : null;
        // "The company credited strong orders, which it said …": an "it" whose antecedent is a
        // generic company noun ("the company", "the hatmaker") means what that noun means here.
        if (named !== null && COMPANY_ANAPHOR.test(named)) {
          const meant = this.resolveSpeaker({ mention: named, kind: 'organisation', name: named, description: null, pronoun: null, single: false, capital: false, gender: null }, at, sentenceText);
          if (meant?.resolution) return { ...meant, mention: p.mention };
        }
        // (It spoke: a later "the company" means it before any other name of this sentence.)
        if (named) {
          this.noteCollective(named, 'organisation', here);
          return { name: named, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: here } };
        }
        // A place is never a speaker through a pronoun.
        if (!c || c.kind === 'group' || c.kind === 'person' || at.paragraph - c.at.paragraph > 1 || this.places.has(c.name)) {
          // "Harlan Biscuits closed its plant. It said …": failing a body that spoke, the body that
          // is the subject of one of the last sentences of this paragraph (named in the article's
          // own voice), a place never.
          // Only this paragraph's sentences: `recentSubjectBody` looks back while `window` is at most two paragraphs on.
          const window = { paragraph: at.paragraph + 2, sentence: 0 };
          const after = c && c.kind !== 'group' && c.kind !== 'person' ? c.order : -1;
          // (Asked as "it", not "the company": a pronoun may mean a union or a club, see headsClash.)
          const named = this.recentSubjectBody('it', window, after, false) ?? this.recentSubjectBody('it', window, after, true);
          if (!named) return null;
          if (this.personByShapeOnly(named.name)) this.persons.delete(named.name);
          this.noteCollective(named.name, 'organisation', here);
          this.orgs.add(named.name);
          return { name: named.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: named.at } };
        }
        return { name: c.name, mention: p.mention, description: null, kind: c.kind, resolution: { how: 'pronoun', from: c.at } };
      }
      if (p.pronoun === 'we') return null;
      // "Tenants are fighting a rent rise they say breaks the lease": a "they" inside the
      // sentence means the group that opens it as its subject (`openingGroup`), before any earlier one.
      // (The sentence's text may stop before the mention already.)
      const cut = sentenceText !== undefined && p.mention === 'they' ? /\sthey\s/.exec(sentenceText) : null;
      const lead = sentenceText !== undefined && p.mention === 'they' ? (cut ? sentenceText.slice(0, cut.index) : sentenceText) : '';
      const opener = /\S\s+\S/.test(lead) ? subjectGroup(lead) : null;
      if (opener) {
        this.noteGroup(opener, here);
        return { name: opener, mention: p.mention, description: null, kind: 'group', resolution: { how: 'pronoun', from: here } };
      }
      // "they": a group named (speaking or not) more recently than the last body that spoke.
      const g = this.group;
      // A document is an "it", never a "they".
      const best = g && (!c || g.order > c.order || c.kind === 'unknown') ? g : c?.kind === 'unknown' ? null : c;
      if (!best || at.paragraph - best.at.paragraph > 2) return { name: p.mention, mention: p.mention, description: null, kind: 'group', resolution: null };
      return { name: best.name, mention: p.mention, description: null, kind: best.kind, resolution: { how: 'pronoun', from: best.at } };
    }
    const name = p.name ?? p.mention;
    // "The Dunholt-based maker of drills and saws said": a description whose head, an agent noun of
    // making or operating (`makingAgent`), an "of" phrase follows means what its head alone would.
    const ofTail = /^([Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*))\s+of\s+\S/u.exec(name);
    if (ofTail && makingAgent(ofTail[2]!)) {
      const head = this.resolveSpeaker({ ...p, name: ofTail[1]!, kind: 'organisation' }, at, sentenceText);
      if (head?.resolution) return { ...head, mention: p.mention };
    }
    // "a study by the European Cryogenics Consortium": a capitalised name right after "the" whose
    // last word WordNet files as an organisation is a body, never a person a later "he" could mean.
    if (p.kind === 'person' && /^the\s+\p{Lu}/u.test(p.mention) && nounClass(p.mention.split(/\s+/).pop() ?? '') === 'org') {
      const body = p.mention.replace(/^the\s+/i, '');
      this.noteCollective(body, 'organisation', here);
      this.orgs.add(body);
      return { name: body, mention: p.mention, description: null, kind: 'organisation', resolution: null };
    }
    if (p.kind === 'country') {
      this.noteCollective(name, 'country', here);
      const resolution: Resolution | null = p.capital ? { how: 'capital', from: here } : null;
      return { name, mention: p.mention, description: p.description, kind: 'country', resolution };
    }
    // "The CFO said" after "its chief financial officer, Bram Edley": capitals that spell the
    // initials of a named person's title are that person, not a body (`abbreviates`).
    const initials = p.kind === 'organisation' ? /^[Tt]he\s+(\p{Lu}{2,4})$/u.exec(name) : null;
    const titled = initials && !this.orgs.has(initials[1]!) ? this.byInitials(initials[1]!.toLowerCase()) : null;
    if (titled) {
      const from = titled.lastAt;
      this.touch(titled, here, p.gender);
      return { name: titled.name, mention: p.mention, description: titled.description, kind: 'person', resolution: { how: 'pronoun', from } };
    }
    // "Her nephew said" after "… announced by her nephew, Robert Lyne": a person the article named
    // in its own voice with an apposed description whose head is the mention's.
    const owned = /^(?:[Tt]he|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}[\p{Ll}-]*)$/u.exec(name);
    if (p.kind === 'person' && owned && this.byRole([owned[1]!.toLowerCase()]) === null) {
      const seen = this.describedPerson(owned[1]!, at);
      if (seen) {
        this.namePerson(seen.name, p.gender, name, seen.at);
        const known = this.persons.get(seen.name)!;
        this.touch(known, here, p.gender);
        return { name: seen.name, mention: p.mention, description: name, kind: 'person', resolution: { how: 'description', from: seen.at } };
      }
    }
    // "Berg, a former banker who joined the company in 2019, added": a lone word that is the surname
    // of someone named before is that person, whatever the descriptor's words made the phrase.
    const namedSurname = p.name !== null && /^\p{Lu}[\p{L}'’-]+$/u.test(p.name) && this.bySurnameQuiet(p.name);
    if ((p.kind === 'person' || p.single || namedSurname) && p.name && isCap(p.name)) {
      const clean = stripTitle(p.name);
      if (!clean.includes(' ')) {
        // "Brannock Haulage raised its prices. … Brannock said …": a lone word opening a body's
        // longer name written before, when no person the document named carries it.
        const short = p.gender === null ? this.shortFormOf(clean) : null;
        if (short) {
          if (this.personByShapeOnly(short.name)) this.persons.delete(short.name);
          this.noteCollective(short.name, 'organisation', here);
          this.orgs.add(short.name);
          return { name: short.name, mention: p.mention, description: p.description, kind: 'organisation', resolution: { how: 'collective', from: short.at } };
        }
        const full = this.bySurname(clean);
        if (full) {
          const from = full.fullAt;
          this.touch(full, here, p.gender);
          return {
            name: full.name,
            mention: p.mention,
            description: p.description ?? full.description,
            kind: 'person',
            resolution: { how: 'surname', from },
          };
        }
      }
      // "Marrow Lane says" after "Marrow Lane Cabins, the family-run site, …": a run of names that
      // opens a longer name the document took for a speaker before is that name.
      const longer = clean.includes(' ') && p.gender === null && !this.persons.has(clean) && !this.orgs.has(clean) ? this.longerNameOf(clean) : null;
      if (longer) {
        const kind = this.persons.has(longer.name) && !this.bodyNamed(longer.name) && !this.personByShapeOnly(longer.name) ? 'person' : 'organisation';
        if (kind === 'organisation') {
          if (this.personByShapeOnly(longer.name)) this.persons.delete(longer.name);
          this.noteCollective(longer.name, 'organisation', here);
          this.orgs.add(longer.name);
        }
        return { name: longer.name, mention: p.mention, description: p.description, kind, resolution: { how: 'collective', from: longer.at } };
      }
      if (p.kind !== 'person') {
        // "Ford said" after "the carmaker Ford" or "Ford Motor Company said": an organisation.
        const kind = this.orgs.has(clean) ? 'organisation' : 'unknown';
        this.noteCollective(clean, kind, here);
        return { name: clean, mention: p.mention, description: p.description, kind, resolution: null };
      }
      if (!ownedCollective(clean)) this.namePerson(clean, p.gender, p.description, here);
      return { name: clean, mention: p.mention, description: p.description, kind: 'person', resolution: null };
    }
    // "Streaming company Lumio will cut jobs, the firm said": a generic company noun stands for
    // the company named earlier in the sentence, else the named organisation that last spoke.
    // "The housebuilder said", "the battery maker said": a trade a company plies (WordNet,
    // `tradeNoun`) is the company too, unless a person the document named carries it ("its
    // supplier, Jo Hale, …").
    // "According to the sport's regulator, Rowing Scotland, …. The body said …": "the body" / "the
    // organisation" name no kind, so they mean the body that spoke last (this or the paragraph before).
    const lastBody = this.collective;
    // "Its latest members' survey found …" after "The Growers' Federation warned …": a document
    // (WordNet `findingNoun`, a noun of communication first: "website", or a document noun) that
    // "its" owns is that of the body named earlier in the sentence ("Quillcast was founded in 2012
    // and, its website says, …"), else of the named body that spoke or was named last, this
    // paragraph or the one before: "Growers' Federation survey".
    const documentHead = (w: string): boolean => DOC_NOUNS.has(w) || findingNoun(w) || synsetsOf(w, 'noun', 1)[0]?.lexname === 'noun.communication';
    const itsDocument = p.kind === 'unknown' || p.kind === 'organisation' ? ITS_DOCUMENT.exec(p.mention) : null;
    if (itsDocument && documentHead(itsDocument[1]!)) {
      const inSentence = sentenceText !== undefined ? (organisationIn(sentenceText) ?? this.subjectBodyBefore(sentenceText, here)) : null;
      // (A document named so is no owner of the next "its": "Its annual report" after "Its website says".)
      const recent = lastBody && (lastBody.kind === 'organisation' || (lastBody.kind === 'unknown' && !this.persons.has(lastBody.name))) && isCap(lastBody.name.replace(/^the\s+/i, '')) && at.paragraph - lastBody.at.paragraph <= 1 && !documentHead(lastBody.name.split(/\s+/).pop()!) ? lastBody : null;
      const owner = inSentence !== null ? { name: inSentence, at: here } : recent;
      if (owner) {
        const named = `${owner.name.replace(/^the\s+/i, '')} ${itsDocument[1]!}`;
        this.noteCollective(named, 'unknown', here);
        return { name: named, mention: p.mention, description: null, kind: 'unknown', resolution: { how: 'pronoun', from: owner.at } };
      }
    }
    // (A name of unknown kind counts when it is capitalised: a document's description is no body.)
    // "Charity group Hearthwell runs the cafe. The organisation said …": a body a sentence since the
    // last one spoke introduced as an organisation comes first (`introducedAsKin`).
    const since = /^the\s+organi[sz]ation$/i.test(name) ? this.introducedAsKin('organisation', at, lastBody?.order ?? -1) : null;
    if (since) {
      this.noteCollective(since.name, 'organisation', here);
      this.orgs.add(since.name);
      return { name: since.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'description', from: since.at } };
    }
    if (/^the\s+(?:body|organi[sz]ation)$/i.test(name) && lastBody && (lastBody.kind === 'organisation' || (lastBody.kind === 'unknown' && isCap(lastBody.name) && !this.persons.has(lastBody.name))) && at.paragraph - lastBody.at.paragraph <= 1) {
      return { name: lastBody.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: lastBody.at } };
    }
    // "Brightmoor Games, the Leeds studio behind the Ashfall series, has …. The studio said …": a
    // bare "the X" means the body a recent sentence described as an X in apposition.
    const apposed = /^the\s+\p{Ll}+$/iu.test(name) && p.kind !== 'person' ? this.apposedBody(name.split(/\s+/)[1]!.toLowerCase(), at) : null;
    if (apposed) {
      this.noteCollective(apposed.name, 'organisation', here);
      this.orgs.add(apposed.name);
      return { name: apposed.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'description', from: apposed.at } };
    }
    const trade = TRADE_DESCRIPTION.exec(name);
    const tradeBody = trade !== null && (p.kind === 'organisation' || p.kind === 'person' || p.kind === 'unknown') && tradeNoun(trade[1]!) && this.byRole([trade[1]!.toLowerCase()]) === null;
    if ((p.kind === 'organisation' && COMPANY_ANAPHOR.test(name)) || tradeBody) {
      // "Kestrel Homes will build 40 flats on the old Marden Bank site, the developer said": the body
      // that is the subject of the sentence's clause comes before any other name in it.
      const named = sentenceText !== undefined ? (this.clauseSubjectBody(sentenceText, name) ?? organisationIn(sentenceText)) : null;
      // "the club", "the broadcaster": the kind a specific noun gave the body it resolves to, so a
      // later noun of another kind ("the company" after "the club", "the broadcaster") looks past it.
      const mentionHead = name.split(/\s+/).pop()!.toLowerCase();
      const kindNoun = /^(?:company|firm|group)$/.test(mentionHead) ? undefined : mentionHead;
      if (named) {
        this.noteCollective(named, 'organisation', here, undefined, kindNoun);
        return { name: named, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: here } };
      }
      // "The packaging firm said" after "Harwell & Pike, the family-run packaging firm, lost the
      // tender to Oxley Print": a description the document introduced a body with names that body
      // before any nearer one (a catch-all noun only with a modifier of its own).
      const introduced = kindNoun !== undefined || !/^the\s+\S+$/i.test(name) ? this.introducedAs(name, at) : null;
      if (introduced) {
        if (this.personByShapeOnly(introduced.name)) this.persons.delete(introduced.name);
        this.noteCollective(introduced.name, 'organisation', here, undefined, kindNoun);
        this.orgs.add(introduced.name);
        return { name: introduced.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'description', from: introduced.at } };
      }
      const c = this.collective;
      // "Acme cut 500 jobs. The company said …": the body that is the subject of a clause in
      // the sentence just before, when it was written after the last body that spoke.
      const prev = this.previous;
      const recentPrev = prev !== null && (!c || prev.order > c.order) && at.paragraph - prev.at.paragraph <= 1;
      // "Passenger group Rail Users West said …. The rail firm said": a body described as a kind
      // of group that is no business (WordNet) is not what a company noun means.
      const cHead = c?.head ?? c?.calledAs;
      // Nor, for "the company" / "the firm", a group of people ("Members of the X Club said") or a
      // body whose name says it is no business (`noBusinessName`: "the Ashby Rowing Club").
      const catchAllNoun = /\s(?:company|firm)$/i.test(name);
      const unlike = (cHead !== undefined && businessNoun(name.split(/\s+/).pop()!) && !businessNoun(cHead) && nounClass(cHead) === 'org') || (catchAllNoun && c !== null && (c.kind === 'group' || noBusinessName(c.name)));
      // "The club said …. According to the broadcaster, …": a body a specific noun of another kind
      // called is not what this one means.
      const otherKind = c?.calledAs !== undefined && kindNoun !== undefined && c.calledAs !== kindNoun;
      // ("Brisk's shares fell" after "Brisk Foods Inc. posted a loss": a one-word name found below is
      // the body in the longer name written before, `shortFormOf`.)
      const longForm = <T extends { name: string }>(b: T | undefined | null): T | undefined | null => (b && !/\s/.test(b.name) ? { ...b, name: this.shortFormOf(b.name)?.name ?? b.name } : b);
      const subject = longForm(recentPrev ? bodiesIn(prev.text, this).filter((b) => b.subject && !PUBLIC_BODY.test(b.name) && !headsClash(name, b.name) && !(unlike && b.name === c?.name) && !this.places.has(b.name) && !figureOpener(b.name, prev.text) && !quotedOnly(b.name, prev.text)).pop() : undefined);
      if (subject) {
        this.noteCollective(subject.name, 'organisation', prev!.at, undefined, kindNoun);
        return { name: subject.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: prev!.at } };
      }
      // "The site has been bought by Ostrand Lume, a retailer of garden furniture. The firm said …":
      // for a catch-all noun, a name the sentence just before introduced by what it does for a living
      // (`commercialAgent`: a maker, operator, supplier, developer or retailer of something).
      const trader = recentPrev && kindNoun === undefined && /^the\s+(?:company|firm)$/i.test(name) ? this.describedTrader(prev.text, c?.name) : null;
      if (trader) {
        this.persons.delete(trader);
        this.noteCollective(trader, 'organisation', here);
        this.orgs.add(trader);
        return { name: trader, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'description', from: prev!.at } };
      }
      // "Pellam's chief executive, Gail Purnell, sent an email …. The company said …": the body whose
      // officer the sentence just before named (an owner's possessive before a person's role), for a
      // catch-all noun ("the company", "the firm"), in its longest name written before.
      const employer = recentPrev && kindNoun === undefined ? this.employerIn(prev.text) : null;
      if (employer && employer.name !== c?.name && !headsClash(name, employer.name)) {
        if (this.personByShapeOnly(employer.name)) this.persons.delete(employer.name);
        this.noteCollective(employer.name, 'organisation', here);
        this.orgs.add(employer.name);
        return { name: employer.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: employer.at } };
      }
      // "Boeing claims … According to the company, …": a lone name of unknown kind that spoke
      // last is the company the generic noun means, and an organisation from then on.
      // "the company" never means a ministry, an agency or a council, whose names say what they are.
      // Nor another generic mention ("the Brennock-listed miner"), which names nobody.
      // "The club confirmed …" is not the bank that spoke before (`headsClash`).
      const orgLike = c !== null && !unlike && !otherKind && !PUBLIC_BODY.test(c.name) && !COMPANY_ANAPHOR.test(c.name.toLowerCase()) && (c.kind === 'organisation' || (c.kind === 'unknown' && isNameToken(c.name) && !this.persons.has(c.name) && !isGroup(c.name.toLowerCase()))) && !headsClash(name, c.name);
      if (c && orgLike && isCap(c.name.replace(/^the\s+/i, '')) && at.paragraph - c.at.paragraph <= 2) {
        if (c.kind === 'unknown') {
          this.orgs.add(c.name);
          this.collective = { ...c, kind: 'organisation' };
        }
        return { name: c.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: c.at } };
      }
      // Nobody spoke yet: the last body the sentence before named ("… between Acme Inc. and a
      // network firm, Bolt. The company claims …").
      // After a body of another kind, a name shaped like a person's may be the body ("… reported on Harbour Radio").
      // Also when the body that spoke last cannot be meant (a document, a group, a public body):
      // "… according to ticketing data. The story was first reported on Coastwave Radio. According to the broadcaster, …".
      // For a noun of a specific kind only, and a name no common noun capitalised at a sentence's start.
      const unmeant = c !== null && c.kind !== 'organisation' && kindNoun !== undefined;
      const loose = otherKind || unmeant || (c === null && kindNoun !== undefined);
      const last = longForm(recentPrev && (!c || at.paragraph - c.at.paragraph > 2 || otherKind || unmeant) ? bodiesIn(prev.text, this, loose).filter((b) => !PUBLIC_BODY.test(b.name) && !headsClash(name, b.name) && !this.places.has(b.name) && b.name !== c?.name && !figureOpener(b.name, prev.text) && !quotedOnly(b.name, prev.text) && !(loose && !/\s/.test(b.name) && (synsetsOf(b.name.toLowerCase(), 'noun', 1).length > 0 || modifierIn(prev.text, b.name)))).pop() : undefined);
      if (last) {
        this.noteCollective(last.name, 'organisation', prev!.at, undefined, kindNoun);
        return { name: last.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: prev!.at } };
      }
      // Named only in the article's own voice a few sentences back, with no body speaking since.
      // A name shaped like a person's only for a catch-all
      // noun ("the company", "the firm", "the group"): "the airline" says a kind the name does not.
      const catchAll = /\s(?:company|firm|group)$/.test(name) || tradeBody;
      // A longer name holding the mention's words ("the bank" after "the Bank of America Corporation") comes first.
      const longer = this.fullBody(name, here, sentenceText) !== null;
      // A public body that spoke since is no company this mention could mean: look past it ("The
      // Food Standards Agency said …. …, the firm said"); any other body that spoke since bars the look-back.
      const after = c && !PUBLIC_BODY.test(c.name) && !unlike ? c.order : -1;
      const exclude = unlike ? c?.name : undefined;
      const earlier = longForm(longer ? null : (this.recentSubjectBody(name, at, after, false, exclude) ?? (catchAll ? this.recentSubjectBody(name, at, after, true, exclude) : null)));
      if (earlier) {
        // A person-shaped name the company noun refers to is a body: no later "he" means it.
        if (this.personByShapeOnly(earlier.name)) this.persons.delete(earlier.name);
        // It spoke here: a later "it" (this or the next paragraph) means it.
        this.noteCollective(earlier.name, 'organisation', here);
        this.orgs.add(earlier.name);
        return { name: earlier.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: earlier.at } };
      }
      // "… under a plan the water company filed on Monday. The company says …": no body named, the
      // sentence just before described one with a modifier and a company's noun (`COMPANY_ANAPHOR`,
      // `tradeNoun`); a bare mention ("the company", not "the ferry company") means that
      // description, whose words say more — not when a longer name holds the mention's words or a
      // body spoke within two paragraphs ("The Bank of X, the second-largest bank, said … According
      // to the bank" is the Bank of X).
      const described = recentPrev && !longer && (!c || at.paragraph - c.at.paragraph > 2) && /^the\s+\S+$/i.test(name) ? describedBody(prev.text, name) : null;
      if (described) {
        this.noteCollective(described, 'organisation', here);
        return { name: described, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'description', from: prev!.at } };
      }
      // "Pellam Engineering has agreed to sponsor …" opening the article, then, past a club and a
      // broadcaster, "The company said …": a bare catch-all noun no nearer body takes is the body
      // that is the subject of the article's first sentence, when the body that spoke last is of
      // another kind, a public body (which "the company" never means; the lede then within two paragraphs), or none spoke.
      const lede = this.lede;
      // (A document that spoke last — "according to a city memo" — is no body either; nor a body
      // no name was found for — "The board declared a dividend" — which names none.)
      const document = c !== null && (c.kind === 'unknown' || c.kind === 'organisation') && /^(?:the|a|an)\s+\p{Ll}[\p{Ll}\s-]*$/u.test(c.name);
      if (lede && !longer && kindNoun === undefined && /^the\s+(?:company|firm)$/i.test(name) && (!c || unlike || document || c.name === lede.name || (PUBLIC_BODY.test(c.name) && at.paragraph - lede.at.paragraph <= 2)) && lede.name !== exclude && !headsClash(name, lede.name)) {
        if (this.personByShapeOnly(lede.name)) this.persons.delete(lede.name);
        this.noteCollective(lede.name, 'organisation', here);
        this.orgs.add(lede.name);
        return { name: lede.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: lede.at } };
      }
    }
    // "The Arts Council said" after "the Arts Council of Wenmoor": the name as first written in full.
    // "the federation" (a person's role by the word lists, an organisation by WordNet) too.
    const bodyFound = p.kind === 'organisation' || p.kind === 'unknown' || (p.kind === 'person' && nounClass(name.split(/\s+/).pop()!) === 'org') ? (this.fullBody(name, here, sentenceText) ?? this.namedByHead(name) ?? this.introducedAs(name, at)) : null;
    // (A one-word name found so is the short form of a body's longer name written before, when there
    // is one: "… a contract with Locryn Barges. In a statement, Locryn said …" is Locryn Barges.)
    const full = bodyFound && !/\s/.test(bodyFound.name) ? { ...bodyFound, name: this.shortFormOf(bodyFound.name)?.name ?? bodyFound.name } : bodyFound;
    if (full) {
      this.noteCollective(full.name, 'organisation', here);
      this.orgs.add(full.name);
      return { name: full.name, mention: p.mention, description: p.description, kind: 'organisation', resolution: { how: 'collective', from: full.at } };
    }
    // "In its ruling, the tribunal said …" after "An employment tribunal in Castlemere has found …":
    // a bare definite body named before by a fuller phrase with the same head (`fullerPhrase`),
    // anywhere before in the article: a body the story introduced keeps its definite noun however
    // many paragraphs of other voices come between ("A grading panel of X ruled …", four paragraphs
    // on "the panel said …"); the nearest such phrase wins, so a second panel named since is the one meant.
    const fuller = (p.kind === 'organisation' || p.kind === 'person') && /^the\s+\p{Ll}+$/iu.test(name) && nounClass(name.split(/\s+/)[1]!) === 'org' ? this.fullerPhrase(name.split(/\s+/)[1]!, at, Infinity) : null;
    if (fuller) {
      this.noteCollective(fuller.name, 'organisation', here);
      return { name: fuller.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'description', from: fuller.at } };
    }
    // "The report found …" after "A flood report commissioned by the council put …": a bare
    // definite document (a document noun, or WordNet `findingNoun`) is the fuller phrase with the
    // same head written before (`fullerPhrase`: its modifiers, "flood report"), which a later "it" means.
    const docNoun = p.kind === 'unknown' && /^the\s+\p{Ll}+$/iu.test(name) ? name.split(/\s+/)[1]!.toLowerCase() : '';
    const fullerDocument = docNoun && (DOC_NOUNS.has(docNoun) || findingNoun(docNoun)) ? this.fullerPhrase(docNoun, at) : null;
    if (fullerDocument) {
      this.noteCollective(fullerDocument.name, 'unknown', here);
      return { name: fullerDocument.name, mention: p.mention, description: null, kind: 'unknown', resolution: { how: 'description', from: fullerDocument.at } };
    }
    // "Rail Staff United warned …. The union said …": a bare definite noun of a body (WordNet, an
    // organisation) that no name written before holds means the body that spoke last, in this or
    // the paragraph before, when that body's name says no other kind (`headsClash`: not "the union"
    // after "Hale District Council").
    // "Film Crews United warned …": a name taken for a person only by its shape that holds a plural
    // or a group's noun (WordNet) is such a body too, when it spoke after any body did.
    // ("the company", "the bank" and the other nouns `COMPANY_ANAPHOR` reads were resolved above, or are none.)
    const bareNoun = (p.kind === 'organisation' || p.kind === 'person') && /^the\s+\p{Ll}+$/iu.test(name) && !COMPANY_ANAPHOR.test(name) && nounClass(name.split(/\s+/)[1]!) === 'org';
    const spoke = bareNoun ? this.lastSpoke : null;
    const c0 = bareNoun ? this.collective : null;
    const shapedBody =
      spoke && (!c0 || spoke.person.order > c0.order) && this.personByShapeOnly(spoke.person.name) && spoke.person.parts.some((w) => commonPlural(w) || nounClass(w.toLowerCase()) === 'org')
        ? { name: spoke.person.name, kind: 'organisation' as const, at: spoke.at }
        : null;
    const bareBody = shapedBody ?? c0;
    // (A name whose last word is a common noun — "the Teachers' Union", "Greyloaf Bakeries" — says its own kind and is meant only by that word.)
    const ownKind = bareBody ? bareBody.name.split(/\s+/).pop()!.replace(/['’]s?$/, '') : '';
    if (bareBody && bareBody.kind === 'organisation' && !ORG_HEADS.has(ownKind) && synsetsOf(ownKind.toLowerCase(), 'noun', 1).length === 0 && isCap(bareBody.name.replace(/^the\s+/i, '')) && !COMPANY_ANAPHOR.test(bareBody.name) && at.paragraph - bareBody.at.paragraph <= 1 && !headsClash(name, bareBody.name)) {
      if (shapedBody) this.persons.delete(shapedBody.name);
      this.noteCollective(bareBody.name, 'organisation', here);
      this.orgs.add(bareBody.name);
      return { name: bareBody.name, mention: p.mention, description: null, kind: 'organisation', resolution: { how: 'pronoun', from: bareBody.at } };
    }
    // "Three drivers spoke to the paper. / One, who has driven since 2021, said …": a bare "One" (or
    // "Another") after a counted plural of people opening a sentence of this or the paragraph before
    // is one of them, named by the plural's noun ("one driver"), a person.
    if (/^(?:One|Another)$/.test(name)) {
      const counted = this.countedPeople(at);
      if (counted) return { name: `${name.toLowerCase()} ${counted.noun}`, mention: p.mention, description: null, kind: 'person', resolution: { how: 'description', from: counted.at } };
    }
    // "…, one of the people said" after "two people familiar with the matter said": a member of
    // the group that spoke last (within two paragraphs) speaks for it, when its head noun is the
    // group's; of a group only named ("Stewards were blamed. One of the stewards said …") a member
    // speaks for themself.
    // A bare quantifier ("Several told the paper …", "Many said …", "Some told us …") stands for the
    // group named last, spoken or only named (within this or the paragraph before).
    const member = p.kind === 'group' ? /^(?:[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Oo]thers|(?:[Aa]\s+)?[Ff]ew|[Bb]oth|[Nn]one)(?:\s+of\s+(?:the|those|these|them)(?:\s+(\p{Ll}[\p{Ll}-]*))?)?$/u.exec(name) : null;
    const g = this.group;
    const bare = member !== null && member[1] === undefined;
    if (member && g && (!g.silent || bare) && g.name !== name && at.paragraph - g.at.paragraph <= (bare ? 1 : 2) && (bare || g.name.toLowerCase().split(/\s+/).includes(member[1]!.toLowerCase()))) {
      this.group = { ...g, order: ++this.order };
      return { name: g.name, mention: p.mention, description: null, kind: 'group', resolution: { how: 'pronoun', from: g.at } };
    }
    // "One of the riders, a vet from Hallam, told the Gazette she had never been afraid. / "…," she
    // said.": one member of a plural of people (WordNet) that no group spoke for speaks for herself,
    // a person a later pronoun means.
    if (member && /^[Oo]ne\s/.test(name) && member[1] !== undefined && nounClass(nounLemma(member[1])) === 'person' && nounLemma(member[1]) !== member[1]) {
      const known = this.persons.get(name);
      if (known) this.touch(known, here, p.gender);
      else this.persons.set(name, { name, parts: [], gender: p.gender, description: p.description, fullAt: here, lastAt: here, order: ++this.order });
      return { name, mention: p.mention, description: p.description, kind: 'person', resolution: null };
    }
    // "… according to a person familiar with the matter. That person, who asked not to be named,
    // said …": a definite mention of the head noun of the unnamed speaker introduced last (within
    // two paragraphs) is that speaker, as a pronoun is.
    const again = p.kind === 'person' || p.kind === 'group' || p.kind === 'unknown' ? /^(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese)\s+(\p{Ll}[\p{Ll}-]*)$/u.exec(p.mention) : null;
    const u = this.unnamed;
    if (again && u && u.name !== name && u.head === again[1]!.toLowerCase() && at.paragraph - u.at.paragraph <= 2) {
      return { name: u.name, mention: p.mention, description: null, kind: u.kind, resolution: { how: 'pronoun', from: u.at } };
    }
    const indefinite = p.kind === 'person' || p.kind === 'group' ? UNNAMED_SOURCE.exec(name) : null;
    if (indefinite) this.unnamed = { name, head: indefinite[1]!.toLowerCase(), kind: p.kind, at: here };
    const described = p.kind === 'organisation' && p.description ? /(\p{Ll}+)$/u.exec(p.description)?.[1] : undefined;
    if (p.kind === 'organisation' || p.kind === 'group') this.noteCollective(name, p.kind, here, described);
    // "The report says … / It also found …": a determined document that speaks is what a later "it" means.
    const docHead = p.kind === 'unknown' && /^(?:the|a|an)\s/i.test(p.mention) ? (name.split(/\s+/).pop() ?? '') : '';
    if (/^\p{Ll}+$/u.test(docHead) && (DOC_NOUNS.has(docHead) || findingNoun(docHead))) this.noteCollective(name, 'unknown', here);
    // "Foreign Minister Jane Doe … the minister said": a definite role that a named person's
    // descriptor carries is that person (an anaphor, like a pronoun).
    // "the mayor of Port Amsel", "the coach of the national team": the role before its post-modifier.
    // "her barrister said" after "Her barrister, Leah Munro, said": an owner's possessive too.
    const role = /^(?:the|her|his|their|its)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:\s+(?:of|for|at|in)\s+.+)?$/iu.exec(name);
    if (p.kind === 'person' && role) {
      const words = role[1]!.toLowerCase().split(/\s+/);
      const named = this.byRole(words) ?? this.byCourtRole(words[words.length - 1]!);
      if (named) {
        const from = named.lastAt;
        this.touch(named, here, p.gender);
        return { name: named.name, mention: p.mention, description: named.description, kind: 'person', resolution: { how: 'pronoun', from } };
      }
    }
    // "the minister said …; he added …": a person known only by role is who "he" means next.
    if (p.kind === 'person' && !ownedCollective(name)) {
      const known = this.persons.get(name);
      if (known) this.touch(known, here, p.gender);
      else this.persons.set(name, { name, parts: [], gender: p.gender, description: null, fullAt: here, lastAt: here, order: ++this.order });
    }
    if (p.kind === 'organisation' && isCap(name)) {
      this.orgs.add(name);
      this.orgs.add(name.split(/\s+/)[0]!);
    }
    return { name, mention: p.mention, description: p.description, kind: p.kind, resolution: null };
  }
}

/**
 * "County", "Federation", "Borough": a noun that WordNet files first as an organisation, a
 * political unit or a place (`nounClass`), the head of a body's name, for "the county said" after
 * "Talbot County" (the county's government speaks; the lexicon's ORG_HEADS are the other half).
 */
const bodyHeadMemo = new Map<string, boolean>();
function bodyHead(word: string): boolean {
  let known = bodyHeadMemo.get(word);
  if (known === undefined) {
    const c = /^\p{Ll}{3,}$/u.test(word) ? nounClass(word) : null;
    known = c === 'org' || c === 'nation' || c === 'place';
    if (bodyHeadMemo.size > 10_000) bodyHeadMemo.clear();
    bodyHeadMemo.set(word, known);
  }
  return known;
}

/**
 * Organisations named in full in a sentence: runs of capitalised words (with "of", "for", "and",
 * "&" inside) of two words or more, one of them an organisation's head noun, capitalised ("the
 * Arts Council of Wenmoor", "The Ministry of Labour", "Caldera Space Agency").
 */
function namedBodies(text: string): string[] {
  const out: string[] = [];
  const re = /\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|&|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&.-]*)+/gu;
  for (const m of text.matchAll(re)) {
    let name = m[0].replace(/^(?:The|A|An|In|On|At|After|Before|During|For|From|By|With|According)\s+/, '').replace(/['’]s?$/, '');
    name = name.replace(/\s+(?:of|for|and|&|on)(?:\s+the)?$/, '');
    // A sentence's full stop is no part of the name ("… of Wenmoor."); an abbreviation's is ("Acme Corp.").
    if (/\p{Ll}{3,}\.$/u.test(name) && !ORG_HEADS.has(name.split(/\s+/).pop()!)) name = name.slice(0, -1);
    const words = name.split(/\s+/);
    // "Talbot County", "Federation of Small Businesses": the head is the last word or the one before "of"/"for".
    const of = words.findIndex((w, k) => k > 0 && /^(?:of|for)$/.test(w));
    const own = words[of > 0 ? of - 1 : words.length - 1]!;
    if (words.length >= 2 && (words.some((w) => /^\p{Lu}/u.test(w) && ORG_HEADS.has(w) && ORG_HEADS.has(w.toLowerCase())) || (/^\p{Lu}/u.test(own) && bodyHead(own.toLowerCase())))) out.push(name);
  }
  return out;
}

/**
 * A name written twice in a row is a photo caption or byline glued to the sentence by the page
 * scraper ("Brexit Jane Rowe Jane Rowe from Acme told …"): the name is the repeated words, and
 * what stands before them belongs to the caption or the previous sentence.
 */
export function withoutFurniture(name: string): string {
  // A name of one word repeats nothing.
  if (!/\s/.test(name)) return name;
  const words = name.split(/\s+/);
  for (let k = 1; k <= 3 && 2 * k <= words.length; k++) {
    const a = words.slice(words.length - 2 * k, words.length - k).join(' ');
    const b = words.slice(words.length - k).join(' ');
    if (a === b && /^\p{Lu}/u.test(b)) return b;
  }
  return name;
}

/**
 * People named with a title or role anywhere in a sentence ("President Jane Doe met…"), so a
 * later "she said" can find them even when they never spoke before.
 */
const TITLED_NAME =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?|\b(?:President|Premier|Minister|Secretary|Senator|Governor|Mayor|General|Ambassador|Chancellor|King|Queen|Pope|Judge|Justice|Chairman|Chairwoman|Director|Spokesman|Spokeswoman|spokesman|spokeswoman|spokesperson|minister|president|secretary|ambassador|envoy|counterpart|leader|chief|official|Commander|commander|Admiral|Colonel|Captain|Professor|Detective))\s+((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){0,2})/gu;

/** Words of place names, never of a person's name ("San Francisco", "Wall Street"). */
const PLACE_WORDS = new Set(
  ('San Santa Los Las New North South East West Port Fort Mount Lake Saint St. City Street Avenue Road Square Park Bay ' +
    'Island Islands River Valley County State Province Region Sea Ocean Strait Gulf Hills Beach Coast Airport Station ' +
    'Bridge Hall Center Centre Plaza Tower Wall Downtown Upper Lower Greater Central Northern Southern Eastern Western').split(' '),
);

/** Two or three capitalised words that look like a personal name, anywhere in a sentence. */
// A name's word: a capital and lower-case letters, parts joined by hyphens ("Okonkwo-Lind", "Jean-Luc").
const NAME_RUN = /(?<![\p{L}\p{M}\p{N}_])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)){1,2})(?![\p{L}-])/gu;

export function untitledNames(text: string): string[] {
  const out: string[] = [];
  NAME_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RUN.exec(text)) !== null) {
    let parts = m[1]!.split(/\s+/);
    // "Kenya's Grace Wambui": the possessive is where the person is from, not their name.
    const owner = parts.findLastIndex((p, i) => i < parts.length - 1 && /\p{L}['’]s$/u.test(p));
    if (owner >= 0) parts = parts.slice(owner + 1);
    if (parts.length < 2) continue;
    // "Employee Phil Schiller said": a sentence's first word is capitalised anyway.
    if (m.index === 0 && parts.length === 3 && owner < 0) parts.shift();
    if (parts.some((p, i) => CAP_FUNCTION_WORDS.has(p) || CALENDAR_WORDS.has(p) || TITLES.has(p) || ORG_HEADS.has(p) || capitalRole(p, parts.length - i - 1)))
      continue;
    // A possessive ends the name ("the United States's") and places are not people.
    if (/['’]s?$/.test(parts[parts.length - 1]!)) continue;
    if (parts.some((p) => PLACE_WORDS.has(p))) continue;
    const name = parts.join(' ');
    // A capital may be a given name ("Sofia Ricci", "Victoria Lane"), never a surname.
    if (countryOf(name) || capitalOf(name) || parts.some((p, i) => countryOf(p) || (i > 0 && capitalOf(p)))) continue;
    out.push(name);
  }
  return out;
}

/**
 * "a Welsh Language tutor", "the British Sign Language course": capitalised words inside a noun
 * phrase an article or a possessive opens, before the lower-case noun (the tagger's) they modify,
 * name a language, a subject or a thing, never a person. Looked for in `text` between `from` and `to`.
 */
export function modifiesNoun(text: string, name: string, from = 0, to = text.length): boolean {
  // The pattern is built for `name` (a Unicode pattern costs more to compile than to run): only
  // where it can match, the stretch holding an article or a possessive and the name before a
  // small letter, both as the pattern writes them.
  const stretch = text.slice(from, to);
  if (!OPENS_NOUN_PHRASE.test(stretch) || !beforeSmallWord(stretch, name)) return false;
  const re = new RegExp(String.raw`(?<![\p{L}'’-])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*${literal(name)}\s+(\p{Ll}[\p{Ll}-]*)`, 'gu');
  for (const m of stretch.matchAll(re)) {
    const at = from + m.index + m[0].length - m[1]!.length;
    if (tag(text).tokens.find((t) => t.start === at)?.pos === 'NOUN') return true;
  }
  return false;
}

/** The article or possessive `modifiesNoun`'s pattern opens with, as it writes it. */
const OPENS_NOUN_PHRASE = /(?<![\p{L}'’-])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s/u;
/** Spaces, then a small letter: what `modifiesNoun`'s pattern needs right after the name. */
const SMALL_WORD_AFTER = /\s+\p{Ll}/uy;
/** Whether `text` writes `name` somewhere right before spaces and a small letter. */
function beforeSmallWord(text: string, name: string): boolean {
  if (name === '') return true;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    SMALL_WORD_AFTER.lastIndex = at + name.length;
    if (SMALL_WORD_AFTER.test(text)) return true;
  }
  return false;
}

/** A lower-case word, then a full name ("the sitting mayor Jane Doe", "retired teacher Tom Lee"). */
const ROLE_THEN_NAME = /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]+)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}'’-])/gu;

/** A run of three to five capitalised words. */
const CAP_RUN = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){2,4})(?![\p{L}'’-])/gu;

export function titledNames(text: string): Array<{ name: string; title: string; index: number }> {
  const out: Array<{ name: string; title: string; index: number }> = [];
  // A role noun (WordNet) right before a full name titles it as a person ("… mayor Jane Doe").
  ROLE_THEN_NAME.lastIndex = 0;
  for (let r = ROLE_THEN_NAME.exec(text); r !== null; r = ROLE_THEN_NAME.exec(text)) {
    const [, role, name] = r;
    // "agreed to sponsor Ashgrove Rovers": a role word after "to" is a verb, the name its object.
    if (!isRole(role!) || isOrgRole(role!) || /[’']s$/.test(name!) || untitledNames(name!).join() !== name || /\bto\s+$/.test(text.slice(0, r.index))) continue;
    // "Council member Ada Ruiz", "board member Jo Hale": a body's noun (`nounClass`) right before
    // the role is part of the title, so that "the council member said" finds her (`Cast.byRole`).
    const body = /(?:^|[\s,(])(\p{L}+)\s+$/u.exec(text.slice(0, r.index));
    const title = body && /^\p{Lu}?\p{Ll}+$/u.test(body[1]!) && (body[1] === body[1]!.toLowerCase() || text.slice(0, r.index).trim() === body[1]) && nounClass(body[1].toLowerCase()) === 'org' ? `${body[1]} ${role!}` : role!;
    out.push({ name: name, title, index: r.index });
  }
  // A capitalised role (WordNet) opening a run of capitalised words titles the name after it
  // ("Coach Ivo Marrano", "Police Chief Ola Brenn").
  CAP_RUN.lastIndex = 0;
  for (let r = CAP_RUN.exec(text); r !== null; r = CAP_RUN.exec(text)) {
    const words = r[1]!.split(/\s+/);
    for (let k = Math.max(0, words.length - 4); k <= words.length - 3; k++) {
      const name = words.slice(k + 1).join(' ');
      // "the Canadian Auto Workers union": a name has no word that is, in lower case, a group or a listed role or modifier.
      if (!isRole(words[k]!.toLowerCase()) || isOrgRole(words[k]!.toLowerCase()) || untitledNames(name).join() !== name || words.slice(k + 1).some((w) => isGroup(w.toLowerCase()) || NP_LOWER.has(w.toLowerCase()))) continue;
      // "a British Sign Language interpreter": the run modifies the noun after it.
      if (modifiesNoun(text, r[1]!, Math.max(0, r.index - 8), r.index + r[1]!.length + 40)) break;
      if (!out.some((o) => o.name === name)) out.push({ name, title: words.slice(0, k + 1).join(' '), index: r.index });
      break;
    }
  }
  TITLED_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLED_NAME.exec(text)) !== null) {
    const raw = m[1]!;
    const parts = raw.split(/\s+/);
    // Drop trailing words that are not names ("President Doe On Monday" cannot happen, but
    // "Minister Jane Doe Thursday" can in headlines).
    while (parts.length > 0 && (CAP_FUNCTION_WORDS.has(parts[parts.length - 1]!) || CALENDAR_WORDS.has(parts[parts.length - 1]!) || TITLES.has(parts[parts.length - 1]!)))
      parts.pop();
    // "Mr Justice Penn": titles after the first belong to the title ("Mr Justice"), not the name.
    const titleWords: string[] = [];
    while (parts.length > 0 && TITLES.has(parts[0]!)) titleWords.push(parts.shift()!);
    if (parts.length === 0) continue;
    const name = parts.join(' ');
    if (countryOf(name) || capitalOf(name)) continue;
    // "the Justice Department": a body's head noun after the title names no person.
    if (parts.some((w) => ORG_HEADS.has(w) || nounClass(w.toLowerCase()) === 'org')) continue;
    if (out.some((o) => o.name === name)) continue;
    // "Lady Justice Arlow": an honorific the pattern does not open with stands before the title.
    const honorific = /(?:^|\s)(Lady|Lord|Sir|Dame)\s+$/.exec(text.slice(0, m.index));
    const title = [m[0].slice(0, m[0].length - raw.length).trim(), ...titleWords].join(' ');
    out.push({ name, title: honorific ? `${honorific[1]!} ${title}` : title, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

