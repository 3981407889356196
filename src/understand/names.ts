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
  GROUP_NOUNS,
  INSTITUTIONS,
  MALE_MARKERS,
  NAME_PARTICLES,
  NP_GLUE,
  NP_LOWER,
  ORG_HEADS,
  PRONOUNS,
  ROLE_NOUNS,
  TITLES,
  capitalOf,
  countryOf,
} from './lexicon.js';
import type { Resolution, Speaker, SpeakerKind } from './types.js';

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
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Prof Gen Sen Rep Gov Lt Col Capt Maj Adm Cmdr Sgt Rev St Jr Sr Inc Corp Ltd Co No Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' '),
);
const WORD_START = /^[\p{L}\p{N}]/u;
const CAP_START = /^\p{Lu}/u;
const SINGLE_CAP = /^\p{Lu}$/u;
const AFTER_POSSESSIVE = /[\s,.;:!?)"”]/;

/** Words, with "Mr." / "U.S." keeping their period and "States'" its possessive mark. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let end = m.index + m[0].length;
    const t = m[0];
    if (WORD_START.test(t)) {
      const next = text[end];
      if (next === '.' && (t.includes('.') || ABBREVIATIONS.has(t) || SINGLE_CAP.test(t))) end++;
      else if ((next === "'" || next === '’') && t.endsWith('s') && (end + 1 >= text.length || AFTER_POSSESSIVE.test(text[end + 1] ?? ' ')))
        end++;
    }
    out.push({ text: text.slice(m.index, end), start: m.index, end });
    re.lastIndex = end;
  }
  return out;
}

export const isWord = (t: string): boolean => WORD_START.test(t);
export const isCap = (t: string): boolean => CAP_START.test(t);
const stripPossessive = (t: string): string => t.replace(/['’]s?$/, '');

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has also said"). */
const AUX = new Set(
  ('has have had also will would could can may might should must shall later earlier previously repeatedly again once further ' +
    'recently publicly separately then now too already often long just even still only reportedly allegedly bluntly ' +
    'flatly firmly quickly privately openly explicitly jointly formally finally unanimously eventually tentatively ' +
    'provisionally both all is are was were been be being has had officially initially subsequently additionally ' +
    'furthermore similarly likewise specifically directly immediately swiftly angrily sharply told').split(' '),
);
export const NEGATIONS = new Set(["not", "never", "n't", "didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "cannot", "can't", "no", "did", "does", "do", "neither", "nor"]);
const NEGATION_WORDS = new Set(["not", "never", "didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "cannot", "can't", "neither", "nor"]);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);

function npTokenOk(t: string, forward: boolean): boolean {
  if (!isWord(t)) return t === '&';
  if (isCap(t)) return !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t) && !PRONOUNS.has(t);
  if (forward && (t === 'in' || t === 'at' || t === 'from' || t === 'and')) return false;
  if (NP_LOWER.has(t) || NAME_PARTICLES.has(t)) return true;
  const base = stripPossessive(t).toLowerCase();
  return base !== t && NP_LOWER.has(base);
}

function isHead(t: string): boolean {
  if (!isWord(t)) return false;
  if (isCap(t)) return !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t);
  const base = stripPossessive(t).toLowerCase();
  return ROLE_NOUNS.has(base) || GROUP_NOUNS.has(base);
}

/** Words that open a parenthetical between subject and verb ("X, on its part, insists"). */
const PARENTHETICAL_START = new Set(['on', 'for', 'in', 'however', 'meanwhile', 'too', 'though', 'also', 'likewise', 'meantime', 'instead', 'moreover', 'by', 'at', 'as']);

const DETERMINER_START = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'The', 'A', 'An']);

/** A span of tokens `[start, end)` with, for "Jane Doe, the ministry's spokeswoman", the apposition. */
export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
  /** Token range of the name and of the descriptor when written as an apposition. */
  readonly apposition: { readonly name: readonly [number, number]; readonly desc: readonly [number, number] } | null;
  readonly negated: boolean;
  readonly passive: boolean;
}

function appositionBefore(tokens: readonly Token[], comma: number): PhraseSpan | null {
  // `Name, descriptor,` ← comma is the second comma.
  let k = comma - 1;
  while (k >= 0 && tokens[k]!.text !== ',' && npTokenOk(tokens[k]!.text, false) && comma - k < 12) k--;
  if (k < 1 || tokens[k]!.text !== ',') return null;
  const descStart = k + 1;
  const descEnd = comma;
  if (descEnd <= descStart) return null;
  const first = tokens[descStart]!.text;
  if (!DETERMINER_START.has(first) && !NP_LOWER.has(first) && !TITLES.has(first)) return null;
  if (!isHead(tokens[descEnd - 1]!.text) && !tokens.slice(descStart, descEnd).some((t) => ROLE_NOUNS.has(stripPossessive(t.text).toLowerCase())))
    return null;
  let n = k - 1;
  while (n >= 0 && (isNameToken(tokens[n]!.text) || (NAME_PARTICLES.has(tokens[n]!.text) && n > 0)) && k - n <= 4) n--;
  const nameStart = n + 1;
  if (nameStart >= k || !isCap(tokens[nameStart]!.text)) return null;
  return { start: nameStart, end: descEnd, apposition: { name: [nameStart, k], desc: [descStart, descEnd] }, negated: false, passive: false };
}

const isNameToken = (t: string): boolean => isCap(t) && isWord(t) && !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t);

/**
 * The noun phrase that ends right before token `verb` (auxiliaries and adverbs skipped):
 * "Defense Ministry spokesman Jane Doe has said" → "Defense Ministry spokesman Jane Doe".
 */
export function phraseBefore(tokens: readonly Token[], verb: number): PhraseSpan | null {
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
    } else break;
  }
  if (i < 0) return null;
  const last = tokens[i]!.text;
  if (PRONOUNS.has(last)) return { start: i, end: i + 1, apposition: null, negated, passive };
  if (last === ',') {
    const ap = appositionBefore(tokens, i);
    if (ap) return { ...ap, negated, passive };
    // "The US, on its part, insists …": skip a short parenthetical between two commas.
    let k = i - 1;
    while (k >= 0 && tokens[k]!.text !== ',' && i - k <= 5) k--;
    if (k < 1 || tokens[k]!.text !== ',' || i - k < 2 || !PARENTHETICAL_START.has(tokens[k + 1]!.text)) return null;
    const inner = phraseBefore(tokens, k);
    return inner && inner.end === k ? { ...inner, negated, passive } : null;
  }
  let j = i;
  while (j >= 0 && i - j < 12 && npTokenOk(tokens[j]!.text, false)) j--;
  let start = j + 1;
  while (start <= i && (tokens[start]!.text === 'of' || tokens[start]!.text === 'for' || tokens[start]!.text === 'and' || tokens[start]!.text === 'from' || tokens[start]!.text === 'at' || tokens[start]!.text === 'in'))
    start++;
  if (start > i || !isHead(tokens[i]!.text)) return null;
  return { start, end: i + 1, apposition: null, negated, passive };
}

/** The noun phrase that starts at token `from` ("said Jane Doe, the ministry's spokeswoman"). */
export function phraseAfter(tokens: readonly Token[], from: number): PhraseSpan | null {
  const first = tokens[from];
  if (!first) return null;
  if (PRONOUNS.has(first.text)) return { start: from, end: from + 1, apposition: null, negated: false, passive: false };
  let j = from;
  while (j < tokens.length && j - from < 12 && npTokenOk(tokens[j]!.text, true)) j++;
  let end = j;
  while (end > from && NP_GLUE.has(tokens[end - 1]!.text)) end--;
  if (end <= from || !isHead(tokens[end - 1]!.text)) return null;
  // Apposition after a name: ", the ministry's spokeswoman" up to the next comma or the end.
  if (tokens[end]?.text === ',' && isCap(tokens[end - 1]!.text)) {
    let k = end + 1;
    const d0 = tokens[k]?.text ?? '';
    if (DETERMINER_START.has(d0) || ROLE_NOUNS.has(d0) || NP_LOWER.has(d0)) {
      while (k < tokens.length && tokens[k]!.text !== ',' && npTokenOk(tokens[k]!.text, false)) k++;
      const stop = tokens[k]?.text;
      if (k > end + 1 && (stop === undefined || stop === ',' || stop === '.' || stop === ';') && isHead(tokens[k - 1]!.text))
        return { start: from, end: k, apposition: { name: [from, end], desc: [end + 1, k] }, negated: false, passive: false };
    }
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
  for (const w of words) {
    if (FEMALE_MARKERS.has(w)) return 'f';
    if (MALE_MARKERS.has(w)) return 'm';
  }
  return null;
}

const ACRONYM = /^[A-Z][A-Z.&]{1,7}$/;

/** Split a speaker phrase into its name, descriptor and kind. */
export function parsePhrase(text: string, tokens: readonly Token[], span: PhraseSpan): ParsedPhrase {
  const mention = sliceText(text, tokens, span.start, span.end);
  const toks = tokens.slice(span.start, span.end).map((t) => t.text);
  const base = { mention, capital: false, single: false, pronoun: null, description: null } as const;
  if (toks.length === 1 && PRONOUNS.has(toks[0]!)) {
    const p = toks[0]!.toLowerCase() as 'he' | 'she' | 'they' | 'it' | 'we';
    return { ...base, kind: p === 'he' || p === 'she' ? 'person' : 'unknown', name: null, pronoun: p, gender: p === 'she' ? 'f' : p === 'he' ? 'm' : null };
  }
  if (span.apposition) {
    const [n0, n1] = span.apposition.name;
    const [d0, d1] = span.apposition.desc;
    const name = sliceText(text, tokens, n0, n1);
    const desc = sliceText(text, tokens, d0, d1);
    const country = countryOf(name);
    if (country) return { ...base, kind: 'country', name: country, description: desc, gender: null };
    return {
      ...base,
      kind: 'person',
      name: stripTitle(name),
      description: desc,
      single: n1 - n0 === 1,
      gender: genderOf([...toks]),
    };
  }
  const bare = mention.replace(/^(?:the|The)\s+/, '');
  const country = countryOf(bare);
  if (country) return { ...base, kind: 'country', name: country, gender: null };
  const capital = capitalOf(bare);
  if (capital) return { ...base, kind: 'country', name: capital, capital: true, gender: null };
  if (INSTITUTIONS.has(bare) || bare === 'White House') return { ...base, kind: 'organisation', name: lowerThe(mention), gender: null };

  // The personal name is the run of capitalised words at the end that are not titles.
  let k = toks.length;
  while (k > 0) {
    const t = toks[k - 1]!;
    const isName =
      isNameToken(t) &&
      !TITLES.has(t) &&
      !ORG_HEADS.has(t) &&
      !NP_LOWER.has(t.toLowerCase()) &&
      !t.endsWith("'s") &&
      !t.endsWith('’s') &&
      !ACRONYM.test(t);
    const particle = NAME_PARTICLES.has(t) && k < toks.length && k > 1;
    if (!isName && !particle) break;
    k--;
  }
  while (k < toks.length && NAME_PARTICLES.has(toks[k]!)) k++;
  if (toks.length - k > 3) k = toks.length - 3;
  const before = k > 0 ? toks[k - 1]! : null;
  const nameTokens = toks.slice(k);
  const tailIsName =
    nameTokens.length > 0 &&
    !(before !== null && NP_GLUE.has(before) && before !== 'the' && before !== 'a' && before !== 'an') &&
    !countryOf(nameTokens.join(' ')) &&
    !capitalOf(nameTokens.join(' '));
  if (tailIsName) {
    const name = sliceText(text, tokens, span.start + k, span.end);
    const descText = k > 0 ? sliceText(text, tokens, span.start, span.start + k).replace(/[\s,]+$/, '') : '';
    const description = descText && !/^(?:the|The|a|A|an|An)$/.test(descText) ? descText : null;
    const titled = k > 0 && (TITLES.has(toks[k - 1]!) || ROLE_NOUNS.has(toks[k - 1]!.toLowerCase()));
    return {
      ...base,
      kind: 'person',
      name,
      description,
      single: nameTokens.length === 1 && !titled ? true : nameTokens.length === 1,
      gender: genderOf(toks),
    };
  }
  const last = stripPossessive(toks[toks.length - 1]!);
  const lastLower = last.toLowerCase();
  if (GROUP_NOUNS.has(lastLower) || GROUP_NOUNS.has(last)) return { ...base, kind: 'group', name: lowerThe(mention), gender: null };
  if (ORG_HEADS.has(last) || isCap(last) || ACRONYM.test(last))
    return { ...base, kind: 'organisation', name: lowerThe(mention), gender: null };
  return { ...base, kind: 'person', name: lowerThe(mention), gender: genderOf(toks) };
}

const TITLE_PREFIX = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt)\.?|Miss|Sir|Dame|Lord|Lady)\s+/;
const stripTitle = (name: string): string => name.replace(TITLE_PREFIX, '');

interface PersonEntry {
  readonly name: string;
  readonly parts: readonly string[];
  gender: Gender;
  description: string | null;
  fullAt: Where;
  lastAt: Where;
  order: number;
}

interface CollectiveEntry {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly at: Where;
}

/**
 * The document's memory of who has been named, in reading order. Pronouns go to the most
 * recently named compatible person; a lone surname to the person whose full name has it.
 */
export class Cast {
  private readonly persons = new Map<string, PersonEntry>();
  private order = 0;
  private collective: CollectiveEntry | null = null;

  /** Remember a person named in full (two or more words) at `at`. */
  namePerson(name: string, gender: Gender, description: string | null, at: Where): void {
    const clean = stripTitle(name);
    const parts = clean.split(/\s+/).filter((p) => !NAME_PARTICLES.has(p));
    const known = this.persons.get(clean);
    if (known) {
      known.lastAt = at;
      known.fullAt = at;
      known.order = ++this.order;
      known.gender ??= gender;
      known.description ??= description;
      return;
    }
    this.persons.set(clean, { name: clean, parts, gender, description, fullAt: at, lastAt: at, order: ++this.order });
  }

  /** The person a lone surname (or given name) stands for, most recent first. */
  bySurname(word: string): PersonEntry | null {
    let best: PersonEntry | null = null;
    for (const p of this.persons.values()) {
      if (p.parts.length < 2) continue;
      if (p.parts[p.parts.length - 1] !== word && p.parts[0] !== word) continue;
      if (!best || p.order > best.order) best = p;
    }
    return best;
  }

  touch(p: PersonEntry, at: Where, gender: Gender): void {
    p.lastAt = at;
    p.order = ++this.order;
    p.gender ??= gender;
  }

  /** The most recently named person compatible with the pronoun's gender. */
  recentPerson(gender: Gender): PersonEntry | null {
    let best: PersonEntry | null = null;
    for (const p of this.persons.values()) {
      if (gender && p.gender && p.gender !== gender) continue;
      if (!best || p.order > best.order) best = p;
    }
    return best;
  }

  noteCollective(name: string, kind: SpeakerKind, at: Where): void {
    this.collective = { name, kind, at };
  }

  recentCollective(): CollectiveEntry | null {
    return this.collective;
  }

  /**
   * Turn a parsed phrase into a speaker, consulting and updating the memory. Returns null
   * for a phrase that cannot be a speaker here (an unresolvable "it").
   */
  resolve(p: ParsedPhrase, at: Where): Speaker | null {
    const here = { paragraph: at.paragraph, sentence: at.sentence };
    if (p.pronoun) {
      if (p.pronoun === 'he' || p.pronoun === 'she') {
        const person = this.recentPerson(p.gender);
        if (!person) return { name: p.mention, mention: p.mention, description: null, kind: 'person', resolution: null };
        const from = person.lastAt;
        this.touch(person, person.lastAt, p.gender);
        return { name: person.name, mention: p.mention, description: person.description, kind: 'person', resolution: { how: 'pronoun', from } };
      }
      const c = this.collective;
      // "it" only stands for an organisation or country that spoke in this or the last paragraph.
      if (p.pronoun === 'it') {
        if (!c || c.kind === 'group' || at.paragraph - c.at.paragraph > 1) return null;
        return { name: c.name, mention: p.mention, description: null, kind: c.kind, resolution: { how: 'pronoun', from: c.at } };
      }
      if (p.pronoun === 'we') return null;
      if (!c || at.paragraph - c.at.paragraph > 2) return { name: p.mention, mention: p.mention, description: null, kind: 'group', resolution: null };
      return { name: c.name, mention: p.mention, description: null, kind: c.kind, resolution: { how: 'pronoun', from: c.at } };
    }
    const name = p.name ?? p.mention;
    if (p.kind === 'country') {
      this.noteCollective(name, 'country', here);
      const resolution: Resolution | null = p.capital ? { how: 'capital', from: here } : null;
      return { name, mention: p.mention, description: p.description, kind: 'country', resolution };
    }
    if (p.kind === 'person' && p.name && isCap(p.name)) {
      const clean = stripTitle(p.name);
      if (!clean.includes(' ')) {
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
      this.namePerson(clean, p.gender, p.description, here);
      return { name: clean, mention: p.mention, description: p.description, kind: 'person', resolution: null };
    }
    if (p.kind === 'organisation' || p.kind === 'group') this.noteCollective(name, p.kind, here);
    return { name, mention: p.mention, description: p.description, kind: p.kind, resolution: null };
  }
}

/**
 * People named with a title or role anywhere in a sentence ("President Jane Doe met…"), so a
 * later "she said" can find them even when they never spoke before.
 */
const TITLED_NAME =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?|\b(?:President|Premier|Minister|Secretary|Senator|Governor|Mayor|General|Ambassador|Chancellor|King|Queen|Pope|Judge|Chairman|Chairwoman|Director|Spokesman|Spokeswoman|spokesman|spokeswoman|spokesperson|minister|president|secretary|ambassador|envoy|counterpart|leader|chief|official|Commander|commander|Admiral|Colonel|Captain|Professor|Detective))\s+((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){0,2})/gu;

export function titledNames(text: string): Array<{ name: string; title: string; index: number }> {
  const out: Array<{ name: string; title: string; index: number }> = [];
  TITLED_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLED_NAME.exec(text)) !== null) {
    const raw = m[1]!;
    const parts = raw.split(/\s+/);
    // Drop trailing words that are not names ("President Doe On Monday" cannot happen, but
    // "Minister Jane Doe Thursday" can in headlines).
    while (parts.length > 0 && (CAP_FUNCTION_WORDS.has(parts[parts.length - 1]!) || CALENDAR_WORDS.has(parts[parts.length - 1]!) || TITLES.has(parts[parts.length - 1]!)))
      parts.pop();
    while (parts.length > 0 && TITLES.has(parts[0]!)) parts.shift();
    if (parts.length === 0) continue;
    const name = parts.join(' ');
    if (countryOf(name) || capitalOf(name)) continue;
    out.push({ name, title: m[0].slice(0, m[0].length - raw.length).trim(), index: m.index });
  }
  return out;
}

export { genderOf };
