/**
 * Definite descriptions resolved to the name they stand for: news names a party once ("Mellwood
 * Power, the state's largest utility", "the Brisk Insurance group", "the town of Harnock") and
 * then calls it "the utility", "the insurer", "the town". A description's head noun is read in
 * WordNet: its first senses say whether it is a country, a place, an organisation or a person,
 * and the nearest earlier name that was introduced with the same head ("the utility" after
 * "…, the region's utility,") or whose kind fits ("the insurer" for a company) is the party.
 *
 * How a name was introduced, from the words around it (no list of words): an apposition after it
 * (", the state's largest electricity utility,"), one before it ("their landlord, Carrick Homes"),
 * a description between an article and it ("the bus operator Greyline"), a noun after it ("the
 * Brisk Insurance group"), "the town of Harnock", and its own last word ("Y District
 * Council"). Loaded only when a description needs resolving: WordNet is never read on the way
 * of a sentence without one.
 */
import { ancestorsOf, baseForms, senseKey, senseKeys, synsetAt, synsetIsKindOf, synsetsOf, type Synset } from '../wordnet.js';
import { CALENDAR_WORDS, CAP_FUNCTION_WORDS, PRONOUNS, TITLES, countryOf, isRoleWord } from './lexicon.js';
import { isCap, isWord, tokenize, type Token } from './names.js';

/** What a head noun names, by the first senses WordNet gives it. */
export type NounClass = 'nation' | 'place' | 'org' | 'person';

let ORG: ReadonlySet<string> | undefined;
let NATION: ReadonlySet<string> | undefined;
let GROUP: string | null | undefined;
let GOVERNING: ReadonlySet<string> | undefined;
let MEMBER: string | null | undefined;

const classMemo = new Map<string, NounClass | null>();

/** The singular of a noun as WordNet has it ("clubs" → "club"), or the word itself. */
export function nounLemma(word: string): string {
  const w = word.toLowerCase();
  const forms = baseForms(w).get('noun');
  if (!forms || forms.length === 0) return w;
  return forms.find((f) => f !== w) ?? forms[0]!;
}

/**
 * The class of a lower-case head noun: 'nation' when its first sense is a political unit
 * ("country", "province"), 'place' when it is a location ("city", "town"), 'org' when one of its
 * first two senses is an organisation or social group ("utility", "insurer", "council", "club"),
 * 'person' when its first sense is a person ("landlord", "operator", "shipowner"); else null.
 */
export function nounClass(word: string): NounClass | null {
  // "co-operative": WordNet writes some hyphenated nouns as one word ("cooperative").
  const joined = word.includes('-') && baseForms(word.toLowerCase()).size === 0 ? word.replace(/-/g, '') : word;
  const lemma = nounLemma(joined);
  const known = classMemo.get(lemma);
  if (known !== undefined) return known;
  ORG ??= senseKeys('noun', ['organization', 1], ['social_group', 1], ['institution', 1], ['company', 1]);
  NATION ??= senseKeys('noun', ['political_unit', 1]);
  GROUP ??= senseKey('group', 'noun', 1);
  GOVERNING ??= senseKeys('noun', ['government', 1], ['legislature', 1]);
  const senses: Synset[] = synsetsOf(lemma, 'noun', 2);
  // "toymaker", "recycler": a noun WordNet does not list is read by its last part ("maker") or,
  // an agent noun in -er of a verb it lists ("recycle"), as a person.
  if (senses.length === 0 && /^\p{Ll}+$/u.test(lemma) && lemma.length >= 7) {
    const tail = [...Array(lemma.length - 6).keys()].map((k) => lemma.slice(k + 3)).find((t) => synsetsOf(t, 'noun', 1).length > 0 && baseForms(lemma.slice(0, lemma.length - t.length)).has('noun'));
    const agentOf = /er$/.test(lemma) && [lemma.slice(0, -1), lemma.slice(0, -2)].some((v) => synsetsOf(v, 'verb', 1).length > 0);
    const out: NounClass | null = tail !== undefined ? nounClass(tail) : agentOf ? 'person' : null;
    classMemo.set(lemma, out);
    return out;
  }
  const first = senses[0];
  let out: NounClass | null = null;
  // "the government", "the parliament": a political unit's governing body stands for its country.
  if (first && (synsetIsKindOf(first, NATION) || synsetIsKindOf(first, GOVERNING))) out = 'nation';
  else if (first?.lexname === 'noun.location') out = 'place';
  // "group" itself (the top of WordNet's groups, above organisations) is one too: "the Brisk Insurance group".
  else if (senses.some((s) => synsetIsKindOf(s, ORG!)) || (first !== undefined && `noun:${first.offset}` === GROUP)) out = 'org';
  else if (first?.lexname === 'noun.person') out = 'person';
  if (classMemo.size > 10_000) classMemo.clear();
  classMemo.set(lemma, out);
  return out;
}

const orgSenseMemo = new Map<string, boolean>();
let ORGANIZATION: string | null | undefined;
/**
 * Whether one of a lower-case noun's first two senses is a kind of organisation (or the noun is
 * "group" itself, WordNet's top group) and its first is no person's: the kind of body a sector word
 * before a name says it is ("Esports outfit X", "Football side X": an outfit or a side is a unit of
 * an organisation as well as a region or clothes). Not "town" or "village", whose people are a
 * social group but no organisation, nor "supplier" (a person first).
 */
export function organisationSense(word: string): boolean {
  const lemma = nounLemma(word);
  let known = orgSenseMemo.get(lemma);
  if (known === undefined) {
    ORGANIZATION ??= senseKey('organization', 'noun', 1);
    GROUP ??= senseKey('group', 'noun', 1);
    const top = new Set([ORGANIZATION ?? '']);
    const senses = synsetsOf(lemma, 'noun', 2);
    known = senses.length > 0 && senses[0]!.lexname !== 'noun.person' && (`noun:${senses[0]!.offset}` === GROUP || senses.some((s) => synsetIsKindOf(s, top)));
    if (orgSenseMemo.size > 10_000) orgSenseMemo.clear();
    orgSenseMemo.set(lemma, known);
  }
  return known;
}

const businessMemo = new Map<string, boolean>();
let BUSINESS: ReadonlySet<string> | undefined;
/**
 * Whether one of a lower-case noun's first four senses is a commercial enterprise (WordNet's
 * business.n.01 and its kinds) and its first is no person's: "chain" (a number of stores under one
 * ownership), "franchise" — the word after a name that says it is a firm ("the Pellow chain"); not a
 * noun that is first a thing or a place ("house").
 */
export function businessSense(word: string): boolean {
  const lemma = nounLemma(word);
  let known = businessMemo.get(lemma);
  if (known === undefined) {
    BUSINESS ??= senseKeys('noun', ['business', 1], ['enterprise', 2]);
    const senses = synsetsOf(lemma, 'noun', 4);
    known = senses.length > 0 && !/^noun\.(?:person|artifact|location)$/.test(senses[0]!.lexname) && senses.some((x) => synsetIsKindOf(x, BUSINESS!));
    if (businessMemo.size > 10_000) businessMemo.clear();
    businessMemo.set(lemma, known);
  }
  return known;
}

const relatedMemo = new Map<string, boolean>();
/**
 * Whether a later mention's organisation noun may name a body introduced by another (WordNet, the
 * first two senses of each that are organisations, or "group" itself): the mention is the more
 * general ("the organisation" for an "outfit", "the group" for a "charity"), the mention is a kind
 * at most two steps below the description ("the club" for a "team": a club is first a ball club, a
 * kind of team), or both are kinds of one kind of organisation below "organisation" itself with at
 * most two steps between them ("the team" for an "outfit" or a "side": units). Not "the club" for a
 * "group" (a kind far below it), nor "the team" for a "committee" (an administrative unit, three
 * steps), nor "the company" for a "club" (they meet only at "organisation").
 */
export function relatedBodyNouns(described: string, mention: string): boolean {
  const x = nounLemma(described);
  const y = nounLemma(mention);
  if (x === y) return true;
  const key = `${x} ${y}`;
  let known = relatedMemo.get(key);
  if (known === undefined) {
    ORG ??= senseKeys('noun', ['organization', 1], ['social_group', 1], ['institution', 1], ['company', 1]);
    GROUP ??= senseKey('group', 'noun', 1);
    ORGANIZATION ??= senseKey('organization', 'noun', 1);
    const top = new Set([ORGANIZATION ?? '']);
    const orgSenses = (w: string): Synset[] => synsetsOf(w, 'noun', 2).filter((s) => synsetIsKindOf(s, ORG!) || `noun:${s.offset}` === GROUP);
    // A sense's ancestors up to two steps up (itself at 0); with `org`, only kinds of organisation below "organisation" itself.
    const upTo2 = (s: Synset, org: boolean): Map<string, number> => {
      const out = new Map<string, number>([[`noun:${s.offset}`, 0]]);
      let level: Synset[] = [s];
      for (let d = 1; d <= 2 && level.length > 0; d++) {
        const next: Synset[] = [];
        for (const l of level)
          for (const ptr of l.pointers) {
            const k = `${ptr.pos}:${ptr.offset}`;
            if ((ptr.symbol !== '@' && ptr.symbol !== '@i') || out.has(k) || (org && k === ORGANIZATION)) continue;
            const up = synsetAt('noun', ptr.offset);
            if (up === null || (org && !synsetIsKindOf(up, top))) continue;
            out.set(k, d);
            next.push(up);
          }
        level = next;
      }
      return out;
    };
    const ms = orgSenses(y);
    known = orgSenses(x).some((d) =>
      ms.some((m) => {
        if (ancestorsOf(d).has(`noun:${m.offset}`) || upTo2(m, false).has(`noun:${d.offset}`)) return true;
        const bm = upTo2(m, true);
        return [...upTo2(d, true)].some(([k, n]) => (bm.get(k) ?? 9) + n <= 2);
      }),
    );
    if (relatedMemo.size > 10_000) relatedMemo.clear();
    relatedMemo.set(key, known);
  }
  return known;
}

const bodyMemo = new Map<string, boolean>();
/** Whether one of a noun's first five senses is a group ("Authority", "Trust", "Union", "Council"): a name ending in it says what kind of body it is. */
export function bodyNoun(lemma: string): boolean {
  let known = bodyMemo.get(lemma);
  if (known === undefined) {
    if (bodyMemo.size > 10_000) bodyMemo.clear();
    bodyMemo.set(lemma, (known = synsetsOf(lemma, 'noun', 5).some((s) => s.lexname === 'noun.group')));
  }
  return known;
}

const genericMemo = new Map<string, boolean>();
/** How many kinds a sense has below it, counted up to `cap`. */
function kindsBelow(s: Synset, cap: number, seen: Set<number> = new Set()): number {
  for (const p of s.pointers) {
    if (seen.size >= cap) break;
    if ((p.symbol !== '~' && p.symbol !== '~i') || p.pos !== 'noun' || seen.has(p.offset)) continue;
    seen.add(p.offset);
    const t = synsetAt('noun', p.offset);
    if (t) kindsBelow(t, cap, seen);
  }
  return seen.size;
}
/**
 * A generic description ("the company", "the firm", "the group", "the organisation"): one of its
 * first two senses has many kinds below it in WordNet (25 or more), so it may stand for a body
 * whose name ends in another noun ("Harrow Bank"). "the union", "the club", "the ministry" have few.
 */
export function genericNoun(lemma: string): boolean {
  let known = genericMemo.get(lemma);
  if (known === undefined) {
    if (genericMemo.size > 10_000) genericMemo.clear();
    genericMemo.set(lemma, (known = synsetsOf(lemma, 'noun', 2).some((s) => kindsBelow(s, 25) >= 25)));
  }
  return known;
}
const kinMemo = new Map<string, boolean>();
/** Whether a sense of one noun is a kind of a sense of the other ("carrier" and "airline"). */
function kinNouns(a: string, b: string): boolean {
  const key = `${a} ${b}`;
  let known = kinMemo.get(key);
  if (known === undefined) {
    const as = synsetsOf(a, 'noun', 5);
    const bs = synsetsOf(b, 'noun', 5);
    known = as.some((x) => bs.some((y) => x.offset === y.offset || ancestorsOf(x).has(`noun:${y.offset}`) || ancestorsOf(y).has(`noun:${x.offset}`)));
    if (kinMemo.size > 10_000) kinMemo.clear();
    kinMemo.set(key, known);
  }
  return known;
}
/** The own head word of a name: its last word, or the one before "of"/"for" ("Royal Union of Nursing Staff"). */
function ownHead(name: string): string {
  const words = name.split(/\s+/);
  const of = words.findIndex((w, k) => k > 0 && /^(?:of|for)$/.test(w));
  let h = of > 0 ? of - 1 : words.length - 1;
  // "League Two", "Division 1": a number after the head word numbers it (WordNet: a quantity).
  if (h > 0 && (/^\d+$/.test(words[h]!) || synsetsOf(words[h]!.toLowerCase(), 'noun', 1)[0]?.lexname === 'noun.quantity')) h--;
  return stripPossessive(words[h]!).toLowerCase();
}

/**
 * Whether a name of several words ends in a noun of another kind of body than `lemma` (a
 * description's head, not generic, neither a kind of the other): "Maritime Authority" for "the
 * union", "Ashgrove Hospitals Trust" for "the club"; not "Harrow Bank" for "the company".
 */
export function otherBody(name: string, lemma: string): boolean {
  const own = ownHead(name);
  if (!/\s/.test(name.trim()) || own === lemma || !commonWord(own)) return false;
  const ownLemma = nounLemma(own);
  return ownLemma !== lemma && bodyNoun(ownLemma) && !genericNoun(lemma) && !kinNouns(ownLemma, lemma);
}

/** A name in a sentence, with the head nouns it was introduced with. */
export interface NameMention {
  readonly name: string;
  /** Where it starts in its sentence. */
  readonly at: number;
  /** Lower-case head nouns (lemmas) that describe it. */
  readonly heads: readonly string[];
  /** Introduced as a place or a country ("the town of Harnock", a known country). */
  readonly place: boolean;
  /** A person (after a title or a role: "chief executive Graham Osei", "Judge Harriet Sung"). */
  readonly person: boolean;
  /** The head nouns of the descriptions written around it (`heads` without its own last word): "supplier" of "X, a supplier of …". */
  readonly described?: readonly string[];
}

const nameWord = (t: string): boolean =>
  isWord(t) && isCap(t) && !PLACE_COMPOUND.test(t) && !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t) && !PRONOUNS.has(t) && !DETERMINER.test(t) && !CLOSED.has(t.toLowerCase());
const DETERMINER = /^(?:the|a|an|its|their|his|her|our)$/i;
const lowerWord = (t: string): boolean => /^\p{Ll}[\p{Ll}-]*(?:['’]s?)?$/u.test(t);
const stripPossessive = (t: string): string => t.replace(/['’]s?$/, '');
/** A word WordNet knows in lower case: a sentence's first word written with a capital ("Residents", "Talks"). */
const commonWord = (t: string): boolean => baseForms(t.toLowerCase()).size > 0;

/** Prepositions and conjunctions: no noun phrase runs across them ("a court in Tarvik", "a circuit near Bath"). */
const CLOSED = new Set(['in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'into', 'over', 'under', 'against', 'between', 'near', 'outside', 'inside', 'across', 'around', 'along', 'within', 'throughout', 'beside', 'behind', 'beyond', 'and', 'or', 'but', 'as', 'than', 'after', 'before', 'since', 'about', 'that', 'which', 'who']);

const mentionMemo = new Map<string, NameMention[]>();

/** The names of a sentence with how each was introduced. */
export function namesIn(text: string): NameMention[] {
  const memo = mentionMemo.get(text);
  if (memo) return memo;
  const tokens = tokenize(text);
  const out: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameWord(tokens[i]!.text)) continue;
    let e = i + 1;
    while (e < tokens.length && !/['’]s$/.test(tokens[e - 1]!.text) && (nameWord(tokens[e]!.text) || (/^(?:of|for|de|&)$/.test(tokens[e]!.text) && nameWord(tokens[e + 1]?.text ?? '')))) e++;
    // "Rowan's Bakehouse, the Leeds-founded chain, …": a possessive opening the sentence and the
    // name after it, described by an apposition, are one name.
    if (i === 0 && /['’]s$/.test(tokens[e - 1]!.text) && countryOf(stripPossessive(tokens[e - 1]!.text)) === null) {
      let f = e;
      while (f < tokens.length && nameWord(tokens[f]!.text) && !/['’]s$/.test(tokens[f]!.text)) f++;
      if (f > e && tokens[f]?.text === ',' && DETERMINER.test(tokens[f + 1]?.text ?? '')) e = f;
    }
    // "Staff at Pellow's Rolling Stage say …": a possessive name before capitalised common words
    // (WordNet knows each in lower case) is the owner's name of a business, one name; not a person
    // ("Pellow's Chief Executive") nor a country's ("Norland's Coast Guard"), nor a name of its own
    // after the possessive ("Pellow's Trasker Optics", whose first word WordNet does not know).
    else if (/['’]s$/.test(tokens[e - 1]!.text) && countryOf(stripPossessive(tokens[e - 1]!.text)) === null) e = possessedBusinessEnd(tokens, e);
    let s = i;
    const heads: string[] = [];
    // A sentence's first word in capitals may be a common noun: "Residents of Ashby Court" keeps
    // it as what the name describes, "Talks between …" drops it.
    if (s === 0 && commonWord(tokens[0]!.text)) {
      if (tokens[1]?.text === 'of' && e > 2) heads.push(nounLemma(tokens[0]!.text));
      else if (e === 1) s = 1;
    }
    if (s >= e) {
      i = e - 1;
      continue;
    }
    const name = stripPossessive(text.slice(tokens[s]!.start, tokens[e - 1]!.end));
    const described = describedBy(tokens, s, e);
    heads.push(...described);
    // Its own head: the last word, or the one before "of" ("Royal Union of Nursing Staff").
    let h = e - 1;
    for (let k = s + 1; k < e; k++) if (/^(?:of|for)$/.test(tokens[k]!.text)) { h = k - 1; break; }
    const own = stripPossessive(tokens[h]!.text).toLowerCase();
    // "Marrisdale Dairy Co-operative": WordNet writes some hyphenated nouns as one word.
    if (e - s > 1 && (commonWord(own) || (own.includes('-') && commonWord(own.replace(/-/g, ''))))) heads.push(nounLemma(own));
    // "Ardle Rovers", "Dunmere Flyers": a name ending in a plural is a team or a body, never one person.
    const team = e - s > 1 && heads.at(-1) === nounLemma(own) && nounLemma(own) !== own;
    const before = tokens[s - 1]?.text ?? '';
    // "chief executive Graham Osei", "Supervisor Ana Ruelas": a title or a person's role before a name.
    const role = before.toLowerCase();
    // Introduced as a person ("their lead lawyer, Colm Brennan") and as nothing else.
    // "chief executive", "spokeswoman": a role word is a person's whatever else WordNet files it as.
    // "Halvorsen's chief executive, Ingrid Lunde": an apposition whose noun is first of all a person
    // ("executive", though WordNet also files it as a branch of government).
    const personHeads = (!team && heads.length > 0 && heads.every((h) => nounClass(h) === 'person')) || (!team && heads.length > 0 && described.length > 0 && described.every((h) => isRoleWord(h) && synsetsOf(h, 'noun', 1)[0]?.lexname === 'noun.person'));
    // "Ms Ada Marr": a title that opens the name itself.
    // "The current one, 24-year-old Ivo Lorrimer, …": an age right before the name is a person's.
    // ("the candle maker Wickbright Candles": a role word before a name ending in a plural describes a body.)
    const person = personHeads || TITLES.has(before) || /^\d{1,3}-year-old$/.test(before) || (e - s > 2 && TITLES.has(tokens[s]!.text)) || (!team && /^\p{L}+$/u.test(before) && isRoleWord(role) && nounClass(role) === 'person' && !DETERMINER.test(tokens[s - 2]?.text ?? ''));
    // "Football side Corrow Vale": a description WordNet files as an organisation makes a body of a
    // name however its own last word reads ("Vale"), and of its description's other senses ("side").
    const body = described.some((h) => organisationSense(h));
    const place = countryOf(name) !== null || (!body && heads.some((h) => { const c = nounClass(h); return c === 'place' || c === 'nation'; }));
    out.push({ name, at: tokens[s]!.start, heads, place, person, described });
    // "Shareholders of Dellmont Brewing": the name after "of" is a name of its own.
    if (s === 0 && tokens[1]?.text === 'of' && heads.length > 0 && e > 2) {
      const inner = stripPossessive(text.slice(tokens[2]!.start, tokens[e - 1]!.end));
      const last = stripPossessive(tokens[e - 1]!.text).toLowerCase();
      out.push({ name: inner, at: tokens[2]!.start, heads: e - 2 > 1 && commonWord(last) ? [nounLemma(last)] : [], place: countryOf(inner) !== null, person: false });
    }
    i = e - 1;
  }
  if (mentionMemo.size > 2000) mentionMemo.clear();
  mentionMemo.set(text, out);
  return out;
}

/**
 * Where a name that ends in a possessive at e - 1 ends when the capitalised words after it are common
 * words (WordNet knows each in lower case) naming a business ("Pellow's Rolling Stage", "Dunn's
 * Garden Centre"): the end of those words; e itself when any is a name of its own, when the last is
 * a person ("Chief Executive") or a place, or a sentence's punctuation or "of" follows (a title).
 */
function possessedBusinessEnd(tokens: readonly Token[], e: number): number {
  let f = e;
  while (f < tokens.length && nameWord(tokens[f]!.text) && !/['’]s$/.test(tokens[f]!.text) && commonWord(tokens[f]!.text)) f++;
  if (f === e || (f < tokens.length && nameWord(tokens[f]!.text)) || /^(?:of|for|&)$/.test(tokens[f]?.text ?? '')) return e;
  return businessHead(tokens[f - 1]!.text) ? f : e;
}

/** Whether a capitalised common word may end a business's name: no person (first sense too: "Executive"), place or nation. */
function businessHead(word: string): boolean {
  const head = nounLemma(word.toLowerCase());
  const c = nounClass(head);
  return c !== 'person' && c !== 'place' && c !== 'nation' && synsetsOf(head, 'noun', 1)[0]?.lexname !== 'noun.person';
}

/**
 * Whether a party's name is one owner's name and the capitalised common words of its business
 * ("Pellow's Roving Circus"), read as one name by `namesIn`, not a body and its possessor.
 */
export function possessedBusinessName(name: string): boolean {
  const m = /^\p{Lu}[\p{L}&.-]*['’]s?\s+(.+)$/u.exec(name);
  if (!m || countryOf(name.split(/['’]/)[0]!) !== null) return false;
  const words = m[1]!.split(/\s+/);
  return words.every((w) => nameWord(w) && commonWord(w)) && businessHead(words.at(-1)!);
}

/** The head nouns the words around a name (tokens s..e) describe it with. */
function describedBy(tokens: readonly Token[], s: number, e: number): string[] {
  const heads: string[] = [];
  // ", the state's largest electricity utility,": an apposition after the name.
  // ", the largest brewer in the valley,": the head stands before a preposition that follows it.
  if (tokens[e]?.text === ',' && DETERMINER.test(tokens[e + 1]?.text ?? '')) {
    let k = e + 2;
    // ", the 140-year-old department store chain,": a number or a compound with one describes too.
    // ", the Leeds-founded chain,": a compound opening with a place's name describes too.
    const described = (t: string): boolean => (lowerWord(t) && !CLOSED.has(t)) || /^\d[\p{L}\d.,%-]*$/u.test(t) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t);
    while (k < tokens.length && k - e < 10 && described(tokens[k]!.text)) k++;
    let close = k;
    // ", the chain known for its pies,": a participle after the head (WordNet: no noun) is not it.
    if (k > e + 3 && CLOSED.has(tokens[k]?.text ?? '') && synsetsOf(tokens[k - 1]!.text.toLowerCase(), 'noun').length === 0 && (synsetsOf(tokens[k - 2]!.text.toLowerCase(), 'noun').length > 0 || nounClass(tokens[k - 2]!.text.toLowerCase()) !== null)) k--;
    if (close > e + 2 && CLOSED.has(tokens[close]?.text ?? '') && !/^(?:and|or|but|that|which|who)$/.test(tokens[close]!.text)) {
      while (close < tokens.length && close - e < 16 && (lowerWord(tokens[close]!.text) || nameWord(tokens[close]!.text))) close++;
    }
    // (", a former nurse who trained …": a relative "who" closes the apposition after its head, as a comma does.)
    if (k > e + 2 && lowerWord(tokens[k - 1]!.text) && (/^[,.;)]$/.test(tokens[close]?.text ?? '.') || (close === k && tokens[k]?.text === 'who'))) heads.push(nounLemma(tokens[k - 1]!.text));
  }
  // "their landlord, Carrick Homes": an apposition before it ("Her deputy, 24-year-old Bethan
  // Skeel": an age between the comma and the name too).
  const a = /^\d{1,3}-year-old$/.test(tokens[s - 1]?.text ?? '') && tokens[s - 2]?.text === ',' ? s - 1 : s;
  if (tokens[a - 1]?.text === ',' && lowerWord(tokens[a - 2]?.text ?? '')) {
    let k = a - 2;
    while (k > 0 && a - k < 8 && lowerWord(tokens[k - 1]!.text) && !DETERMINER.test(tokens[k]!.text)) k--;
    // "Halvorsen's chief executive, Ingrid Lunde": a possessor opens the apposition as a determiner does.
    const opens = (t: string): boolean => DETERMINER.test(t) || /^\p{Lu}.*['’]s?$/u.test(t);
    if (opens(tokens[k - 1]?.text ?? '') || DETERMINER.test(tokens[k]!.text)) heads.push(nounLemma(tokens[a - 2]!.text));
  }
  // "the bus operator Greyline": lower-case words between an article and the name.
  // "Esports outfit Tallow Kite said", "Football side Corrow Vale will …": a sector word opening
  // the sentence (capitalised there) and a noun WordNet files as an organisation before the name.
  const inPhrase = (t: string): boolean => lowerWord(t) && !DETERMINER.test(t) && !CLOSED.has(t);
  // "a retired postman called Cyril Dunnage", "the baker named Lena Farrant": the noun before
  // "called" or "named", in a phrase a determiner opens.
  if (/^(?:called|named)$/.test(tokens[s - 1]?.text ?? '')) {
    let k = s - 2;
    while (k > 0 && s - 1 - k < 4 && inPhrase(tokens[k - 1]!.text)) k--;
    if (k < s - 1 && inPhrase(tokens[s - 2]!.text) && DETERMINER.test(tokens[k - 1]?.text ?? '')) heads.push(nounLemma(tokens[s - 2]!.text));
    // ("The oldest member is Ann Roe": a form of "be" before the name is the clause's verb, no noun describing it.)
  } else if (inPhrase(tokens[s - 1]?.text ?? '') && !/['’]s?$/.test(tokens[s - 1]!.text) && !/^(?:is|are|was|were|be|been|being|am)$/.test(tokens[s - 1]!.text)) {
    let k = s - 1;
    while (k > 0 && s - k < 4 && inPhrase(tokens[k - 1]!.text)) k--;
    if (DETERMINER.test(tokens[k - 1]?.text ?? '')) heads.push(nounLemma(tokens[s - 1]!.text));
    // "…, auction house Delmer & Frane said": so after a comma, for a noun WordNet files as an organisation.
    else if (tokens[k - 1]?.text === ',' && s - k >= 2 && organisationSense(tokens[s - 1]!.text)) heads.push(nounLemma(tokens[s - 1]!.text));
    else if (k === 1 && /^\p{Lu}[\p{Ll}-]+$/u.test(tokens[0]!.text) && !DETERMINER.test(tokens[0]!.text) && organisationSense(tokens[s - 1]!.text)) heads.push(nounLemma(tokens[s - 1]!.text));
  }
  // "the Brisk Insurance group", "the Red Hand militia": a noun after a name the article opens.
  // "the Pellow chain": a noun one of whose first four senses is a business (WordNet's fourth
  // sense of "chain") says what the name is too.
  if (DETERMINER.test(tokens[s - 1]?.text ?? '') && lowerWord(tokens[e]?.text ?? '')) {
    const w = stripPossessive(tokens[e]!.text);
    if (nounClass(w) !== null || businessSense(w)) heads.push(nounLemma(w));
  }
  // "the town of Harnock": a noun with the name as its complement.
  if (tokens[s - 1]?.text === 'of' && lowerWord(tokens[s - 2]?.text ?? '') && DETERMINER.test(tokens[s - 3]?.text ?? '')) heads.push(nounLemma(tokens[s - 2]!.text));
  return heads;
}

const adjectiveMemo = new Map<string, boolean>();
/** A modifier WordNet knows as an adjective and never as a noun ("regional", "largest"; not "state", "rival"). */
function adjectiveOnly(w: string): boolean {
  // "Lowfield-based", "Leeds-founded": a place's name and a participle describe as an adjective does.
  if (PLACE_COMPOUND.test(w)) return true;
  let known = adjectiveMemo.get(w);
  if (known === undefined) {
    const forms = baseForms(w.toLowerCase());
    known = forms.has('adj') && !forms.has('noun');
    if (adjectiveMemo.size > 10_000) adjectiveMemo.clear();
    adjectiveMemo.set(w, known);
  }
  return known;
}

/**
 * "Lawyers for Dunmere", "Members of Local 40": a plural of people (WordNet's first sense a
 * person) opening a name before "for" or "of" — those people, who act for a body, not a body.
 */
function peopleFor(c: NameMention): boolean {
  const m = /^(\p{Lu}\p{Ll}+s)\s+(?:for|of)\s/u.exec(c.name);
  if (!m) return false;
  const lemma = nounLemma(m[1]!.toLowerCase());
  return lemma !== m[1]!.toLowerCase() && c.heads.includes(lemma) && synsetsOf(lemma, 'noun', 1)[0]?.lexname === 'noun.person';
}

/** A definite description: "the utility", "the regional insurer", "the two clubs". */
const DEFINITE = /^(?:the|The)\s+((?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+-\p{Ll}+ed)\s+){0,3})([\p{Ll}-]+)$/u;
/** "Lowfield-based", "Leeds-founded": a capitalised place and a participle joined by a hyphen. */
const PLACE_COMPOUND = /^\p{Lu}\p{Ll}+-\p{Ll}+ed$/u;
const COUNTED = /^(?:two|three|four|both)$/;
/** How many sentences back a generic description looks for the name a sentence opens with (its topic). */
const TOPIC_REACH = 6;

export interface Resolved {
  readonly names: readonly string[];
  /** Index of the sentence that named (the first of) them. */
  readonly index: number;
}

/**
 * The name(s) a definite description in sentence `index` (at `at`) stands for, or null: the
 * nearest earlier name introduced with the same head noun; failing that, for a singular, the
 * nearest name whose kind fits the head's class (an organisation for "the insurer" or "the
 * operator", a place for "the town", a country for "the country"). "The two clubs": the two
 * nearest names introduced as clubs (or, failing that, of a fitting kind). Names in `exclude`
 * (the other parties of the same agreement) are skipped.
 */
export function resolveDescription(
  description: string,
  sentences: readonly string[],
  index: number,
  at: number,
  exclude: readonly string[] = [],
  earlier: ReadonlyArray<{ readonly name: string; readonly index: number }> = [],
  paragraphStart = index,
): Resolved | null {
  const m = DEFINITE.exec(description.trim());
  if (!m) return null;
  const mods = m[1]!.trim().split(/\s+/).filter((w) => w.length > 0);
  const head = m[2]!;
  const counted = mods.find((w) => COUNTED.test(w));
  const want = counted ? (counted === 'three' ? 3 : counted === 'four' ? 4 : 2) : 1;
  const lemma = nounLemma(head);
  const plural = lemma !== head.toLowerCase();
  // A head of no class ("the festival") resolves only to a name introduced with the same head.
  const cls = nounClass(head);
  // "the board", "the two committees": one that runs an organisation (below).
  const organ = (counted !== undefined || !plural) && administrativeUnit(lemma);
  const excluded = (n: string): boolean => exclude.some((x) => x.toLowerCase().includes(n.toLowerCase()) || n.toLowerCase().includes(x.toLowerCase().replace(/^the\s+/, '')));
  // A place needs a name introduced as one ("the town of Harnock") or a party of an earlier
  // agreement: "a court in Ardent" may sit in the province it rules on, or not.
  const fits = (c: NameMention, weak: boolean, here = false): boolean => {
    if (c.person || peopleFor(c)) return false;
    if (cls === 'nation') return countryOf(c.name) !== null || c.heads.some((h) => nounClass(h) === 'nation');
    if (cls === 'place') return c.place || (weak && c.heads.length === 0);
    // "the union" is not "the Maritime Authority", nor "the club" "Ashgrove Hospitals Trust": a
    // name whose own head is another kind of body (WordNet: a group sense, neither a kind of the
    // other) fits only a generic description ("the company" for "Harrow Bank").
    // "the two boards", "both committees", "the board": bodies that run an organisation (WordNet:
    // an administrative unit) stand for the organisations of any kind that they run.
    // "the hospital" for "the Vale Community Hospital Trust": a name holding the head as one of
    // its words (not its last) is the body that runs that thing.
    const holds = c.name.split(/\s+/).slice(0, -1).some((w) => w.toLowerCase() === head.toLowerCase());
    if (!organ && !holds && otherBody(c.name, lemma)) return false;
    // A one-word name with nothing said of it may be a country, a city or a company: an
    // organisation's description needs a longer name ("Farrow Valley Water") or an org's head.
    if (c.heads.some((h) => nounClass(h) === 'org')) return true;
    // ("the supermarket chain Fairway … was cancelled by the retailer": one introduced as something in this very sentence will do.)
    return !c.place && (/\s/.test(c.name) || (here && c.heads.length > 0));
  };
  // "the county" after "the Loxley County Sheriff's Office" or "Loxley County Council": a place's
  // noun inside a longer name names the place, up to that word ("Loxley County").
  const placeIn = (c: NameMention): NameMention => {
    if ((cls !== 'place' && cls !== 'nation') || c.heads.includes(lemma)) return c;
    const words = c.name.split(/\s+/);
    const k = words.findIndex((w, n) => n > 0 && n < words.length - 1 && isCap(w) && nounLemma(stripPossessive(w)) === lemma);
    return k > 0 ? { ...c, name: words.slice(0, k + 1).join(' '), heads: [lemma], place: true } : c;
  };
  // "the works" or "the plant" for "the Hexley Steelworks", "the refinery" for "Marsh Point
  // Refinery": a made thing of no class of its own stands for a name whose last word (or last two)
  // is a kind of it (WordNet, first senses; a head that is a lemma of its own as written, "works", is read as written).
  const thing = cls === null && counted === undefined ? artefactKind(head) : null;
  const madeThing = (c: NameMention): boolean => {
    if (thing === null) return false;
    const words = c.name.toLowerCase().split(/\s+/);
    return [words.slice(-2).join('_'), words.at(-1)!].some((w) => w !== lemma && synsetsOf(w, 'noun', 1).some((x) => synsetIsKindOf(x, thing)));
  };
  interface Candidate { readonly name: string; readonly index: number; readonly exact: boolean; readonly strict: boolean; readonly weak: boolean; readonly other?: boolean; readonly person?: boolean }
  const found: Candidate[] = [];
  const same = (x: string, y: string): boolean => x.toLowerCase().replace(/^the\s+/, '') === y.toLowerCase().replace(/^the\s+/, '');
  const overlap = (x: string, y: string): boolean => x.includes(y) || y.includes(x);
  for (let k = index; k >= 0 && index - k <= 30; k--) {
    const list = namesIn(sentences[k]!).filter((c) => k < index || c.at < at);
    for (let j = list.length - 1; j >= 0; j--) {
      const c = placeIn(list[j]!);
      if (excluded(c.name)) continue;
      // "the team" for "Team Halyard": a body's noun opening a longer name says what it is, too.
      const exact = c.heads.includes(lemma) || madeThing(c) || (cls === 'org' && !plural && /\s/.test(c.name) && c.name.split(/\s+/)[0]!.toLowerCase() === lemma);
      const prior = found.find((x) => overlap(x.name, c.name));
      // A name met again further back keeps its nearest place but gains what it was introduced as.
      if (prior) {
        if (exact && !prior.exact) found[found.indexOf(prior)] = { ...prior, exact: true };
        // "Halvorsen's chief executive …" after "Halvorsen Timber": the short name met first is the fuller one.
        const p = found.find((x) => overlap(x.name, c.name))!;
        if (c.name.length > p.name.length && c.name.startsWith(p.name)) found[found.indexOf(p)] = { ...p, name: c.name, strict: p.strict || fits(c, false), weak: p.weak || fits(c, true) };
        continue;
      }
      found.push({ name: c.name, index: k, exact, strict: fits(c, false, k === index), weak: fits(c, true), other: !exact && c.heads.some((h) => !c.name.toLowerCase().includes(h) && nounClass(h) === cls), person: c.person });
    }
  }
  const isParty = (c: Candidate): boolean => earlier.some((e) => same(e.name, c.name));
  const partyOrder = (cs: readonly Candidate[]): Candidate[] => [...earlier.flatMap((e) => cs.filter((c) => same(e.name, c.name))), ...cs.filter((c) => !isParty(c))];
  // Failing a name introduced with the same head, a bare "the <noun>" of an organisation, a
  // place or a country stands for a fitting name. A plural ("the residents"), a person's noun
  // ("the singer", "the landlord") and a description with modifiers of its own ("the state
  // power company") need the same head.
  const bare = cls !== null && mods.every((w) => COUNTED.test(w) || adjectiveOnly(w)) && cls !== 'person' && !(plural && !counted);
  // "the carrier", "the regional lender", "the shipowner": a head WordNet files first as a person
  // stands for an organisation of the document's cast in this paragraph when the paragraph names
  // no person (by a title or a role: "Ms Ada Marr", "the cellist Ada Marr") who might be meant.
  const agent = cls === 'person' && !plural && mods.every((w) => adjectiveOnly(w)) && !found.some((c) => c.person && c.index >= paragraphStart);
  // "The chain signed …" after "Bexley Bakes, the bakery chain, …" opened the article and "the
  // rival chain Honeycut" was named since: a singular description both fit stands for the body the
  // article opens with as subject (its first sentence, after a headline), not the later one.
  const leadAt = [0, 1].find((k) => k <= index && namesIn(sentences[k]!)[0]?.at === 0);
  const leadName = leadAt === undefined ? null : namesIn(sentences[leadAt]!)[0]!.name;
  const lead = (c: Candidate): boolean => leadName !== null && c.index === leadAt && c.name === leadName;
  const exact = found.filter((c) => c.exact);
  // "The company also signed …", "The group has agreed …": a generic organisation noun (WordNet:
  // many kinds below it) that no name was introduced with stands for the body the text is about
  // — the name the nearest sentence before opens with (this paragraph's or the one before), the
  // subject — rather than a body named since in another role ("a deal with X", "the game X").
  function topicOf(): Candidate[] {
    // The description opens its sentence, or follows only a phrase of time ("In 2024 the company …").
    const before = sentences[index]!.slice(0, at);
    const opens = at === 0 || (/^[^,]{0,40},?\s*$/.test(before) && namesIn(before).length === 0 && (/\b(?:1[89]|20)\d\d\b/.test(before) || before.split(/[\s,]+/).some((w) => CALENDAR_WORDS.has(w) || /^(?:year|month|week)$/.test(w))));
    // (Not past a name introduced with the noun in this paragraph, nor one whose own last word is
    // the noun: "the commission" for "Harbour Fares Commission"; one introduced so further back, "X, a
    // frozen-food company", gives way to the topic.)
    if (want !== 1 || plural || !opens || cls !== 'org' || exact.some((c) => c.index >= paragraphStart || ownHead(c.name) === lemma) || !genericNoun(lemma) || !mods.every((w) => adjectiveOnly(w))) return [];
    for (let k = index - 1; k >= 0 && index - k <= TOPIC_REACH; k--) {
      const text = sentences[k]!;
      const first = namesIn(text)[0];
      // A sentence whose subject is a person ("Managing director Ada Roe said …") or another body's
      // description ("The council has also agreed …": WordNet, an organisation's or a person's
      // noun other than this one) is about someone else: no topic.
      if (first !== undefined && first.at > 0 && first.person && first.at < 40 && !/[,;:"“”]/.test(text.slice(0, first.at))) return [];
      const described = /^(?:The|the)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(text);
      const opening = described?.[1]!.split(/\s+/).find((w) => nounClass(w) === 'org' || nounClass(w) === 'person');
      if (opening !== undefined && nounLemma(opening) !== lemma) return [];
      // ("The ferry company Brackwater Lines stayed away": this noun, and the name it introduces.)
      const introduced = opening !== undefined && first !== undefined && first.at === described![0].length + 1;
      // ("Separately, the Rovers signed …": a sentence adverb and "the" before the name.)
      const sentenceAdverb = first === undefined ? null : /^(\p{Lu}\p{Ll}+),\s+(?:the\s+)?$/u.exec(text.slice(0, first.at));
      const adverbed = sentenceAdverb !== null && baseForms(sentenceAdverb[1]!.toLowerCase()).has('adv');
      if (first === undefined || (first.at !== 0 && !introduced && !adverbed)) continue;
      // ("Verity's founder, Ada Roe, said …": a person the name's possessive opens is the subject.)
      const owned = /^['’]s?\s+([\p{Ll}-]+)/u.exec(text.slice(first.name.length))?.[1];
      if (first.person || first.place || excluded(first.name) || (owned !== undefined && (nounClass(owned) === 'person' || isRoleWord(owned)))) return [];
      const c = found.find((x) => overlap(x.name, first.name));
      // (A one-word name is a body's when it is the short form of a longer name of the article, or a side of an agreement before.)
      return c !== undefined && (c.strict || c.name !== first.name || isParty(c)) ? [c] : [];
    }
    return [];
  }
  // (Not when the others may be the same body written otherwise: "Harrowgate Council" in a
  // headline, "Harrowgate City Council" in the body.)
  const firstWord = (n: string): string => n.replace(/^the\s+/i, '').split(/\s+/)[0]!.toLowerCase();
  const opener = want === 1 && exact.length > 1 ? exact.filter((c) => lead(c) && !exact.some((x) => x !== c && firstWord(x.name) === firstWord(c.name))) : [];
  // Nearest first: in this paragraph, then a party of an earlier agreement, then any other.
  const order = (cs: readonly Candidate[]): Candidate[] => [...cs.filter((c) => c.index >= paragraphStart), ...partyOrder(cs.filter((c) => c.index < paragraphStart))];
  // A name introduced as another thing of the same class ("the energy company X" for "the club")
  // comes after one introduced as nothing.
  // A person's noun reaches a body of this paragraph only: "The singer signed …" in a paragraph of
  // its own is nobody named; one WordNet also files as a group ("carrier": a common carrier, a
  // firm) reaches further, as "the company" does.
  const loose = agent && !bare
    ? order(found.filter((c) => !c.exact && c.strict && !c.other && (c.index >= paragraphStart || bodyNoun(lemma))))
    : bare ? [...order(found.filter((c) => !c.exact && c.strict && !c.other)), ...order(found.filter((c) => !c.exact && c.strict && c.other)), ...partyOrder(found.filter((c) => !c.exact && !c.strict && c.weak)).filter(isParty)] : [];
  const pool: Candidate[] = [];
  for (const c of [...opener, ...topicOf(), ...order(exact), ...loose]) if (!pool.some((x) => overlap(x.name, c.name))) pool.push(c);
  const pick = pool.slice(0, want);
  if (pick.length < want) return null;
  return { names: pick.map((p) => p.name), index: Math.min(...pick.map((p) => p.index)) };
}

/** The first sense of a made thing a head names ("plant", "works", "refinery"), as an ancestor key set, or null. */
function artefactKind(head: string): ReadonlySet<string> | null {
  const written = synsetsOf(head, 'noun', 1).find((x) => x.words.includes(head.toLowerCase()));
  const first = written ?? synsetsOf(nounLemma(head), 'noun', 1)[0];
  return first?.lexname === 'noun.artifact' ? new Set([`noun:${first.offset}`]) : null;
}

let ADMINISTRATIVE: ReadonlySet<string> | undefined;
/** Whether a noun's first sense is a body that runs an organisation ("board", "committee", "directorate"). */
function administrativeUnit(lemma: string): boolean {
  ADMINISTRATIVE ??= senseKeys('noun', ['administrative_unit', 1]);
  const first = synsetsOf(lemma, 'noun', 1)[0];
  return first !== undefined && synsetIsKindOf(first, ADMINISTRATIVE);
}

/** "Dunmore's board", "the co-operative's members": a possessor and a lower-case head (with at most two modifiers). */
// "the pilots' union", "the vendors' association": a plural possessor of common nouns says what
// kind of body the head is; it is no owner.
const ORGAN = /^((?:[Tt]he\s+)?[\p{L}\d][\p{L}\d .&’'-]*?)(?:['’]s|(?<=\s\p{Lu}[\p{L}.&-]*s|^\p{Lu}[\p{L}.&-]*s)['’])\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;

/**
 * "Dunmore's board", "Lorvania's senate", "the co-operative's members", "Halloway's directors":
 * a body or the people that act for an organisation stand for it as a party. The possessor when
 * the head is a group (WordNet: an organisation, a governing body) or a plural of persons; else null
 * ("Loxley's chairman" is one person, not the company).
 */
export function organOwner(party: string): string | null {
  const m = ORGAN.exec(party.trim());
  if (!m) return organOf(party.trim()) ?? attributiveOrgan(party.trim());
  const head = m[2]!;
  const cls = nounClass(head);
  const plural = nounLemma(head) !== head.toLowerCase();
  if (cls === 'org' && placeBody(party)) return null;
  // "Wragg's agents", "Loxley's brokers": a plural of persons in one of its first two senses
  // (WordNet files "agent" first as a cause) acts for its possessor too.
  if (cls === 'org' || cls === 'nation' || (plural && (cls === 'person' || (cls === null && synsetsOf(nounLemma(head), 'noun', 2).some((x) => x.lexname === 'noun.person'))))) return m[1]!.replace(/^The\s/, 'the ');
  return null;
}

/**
 * "the city's arena authority", "the county's water board": a body of a place (a place or a
 * country, WordNet or the country list) whose own noun modifier names what it runs is a body of
 * its own, no organ acting for the place ("the city's council" is).
 */
export function placeBody(party: string): boolean {
  const m = ORGAN.exec(party.trim());
  if (!m) return false;
  const owner = m[1]!;
  const upToHead = party.trim().slice(0, party.trim().length - m[2]!.length);
  const ownerHead = owner.trim().split(/\s+/).at(-1)!;
  const cls = countryOf(owner.replace(/^the\s+/i, '')) !== null ? 'nation' : /^\p{Ll}/u.test(ownerHead) ? nounClass(ownerHead) : null;
  if (cls !== 'place' && cls !== 'nation') return false;
  const modifiers = upToHead.replace(/^.*['’]s?\s+/u, '').trim().split(/\s+/).filter((w) => w.length > 0);
  return modifiers.some((w) => {
    const forms = baseForms(w.toLowerCase());
    return forms.has('noun') && !forms.has('adj');
  });
}

/** Whether WordNet's first sense of a noun is member.n.01 ("members", "fellow members"): people who make up a body. */
export function memberNoun(word: string): boolean {
  MEMBER ??= senseKey('member', 'noun', 1);
  const first = synsetsOf(nounLemma(word), 'noun', 1)[0];
  return first !== undefined && `noun:${first.offset}` === MEMBER;
}

/** "the board of Orrin Wells": a lower-case head (at most two modifiers before it), "of", then a name. */
const ORGAN_OF = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+of\s+(\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\d.&'’-]*|of|and|&))*)$/u;

/**
 * "the board of Orrin Wells", "the directors of Halloway": a board (WordNet: a kind of committee —
 * board, directorate, committee) or the people who act for a body, written before "of" and its
 * name, stand for it as "Orrin Wells's board" does. Narrower than the possessive: "the government
 * of Norland", "the army of Meltra", "the energy ministries of Arvel" are parties as written.
 */
function organOf(party: string): string | null {
  const m = ORGAN_OF.exec(party);
  if (!m) return null;
  const head = m[1]!;
  const plural = nounLemma(head) !== head.toLowerCase();
  return (!plural && committeeKind(head)) || (plural && nounClass(head) === 'person') ? m[2]! : null;
}

let COMMITTEE: ReadonlySet<string> | undefined;
/** Whether a noun's first sense is a kind of committee (WordNet: board, directorate, committee itself). */
function committeeKind(lemma: string): boolean {
  COMMITTEE ??= senseKeys('noun', ['committee', 1]);
  const first = synsetsOf(lemma, 'noun', 1)[0];
  return first !== undefined && synsetIsKindOf(first, COMMITTEE);
}

/** "the Kiowa Ridge County commissioners": a name used as a modifier, then a lower-case plural head. */
const ATTRIBUTIVE_ORGAN = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|and|&)){0,5})\s+([\p{Ll}-]+s)$/u;

/**
 * "the Marsh Hollow County commissioners", "the Ardle Credit Union members": the people who act
 * for a body named in front of them stand for it, as a possessive would ("the county's
 * commissioners"). Only when the head is a plural of persons and the name ends in a word WordNet
 * files as an organisation, a political unit or a place ("County", "Council", "Union"): "the Welsh
 * farmers" or "the Labour councillors" name no body by their modifier's last word.
 */
function attributiveOrgan(party: string): string | null {
  const m = ATTRIBUTIVE_ORGAN.exec(party);
  if (!m) return attributiveUnit(party);
  const head = m[2]!;
  if (nounClass(head) !== 'person' || nounLemma(head) === head.toLowerCase()) return null;
  const last = m[1]!.split(/\s+/).pop()!;
  // "Fellside members", "Arden members": the people WordNet's first sense of the head calls members
  // of a group (member.n.01 itself, not a kind of it: "Labour councillors" act for a council) stand
  // for the body named in front of them, whatever its name's last word.
  if (memberNoun(head) && /^\p{Lu}/u.test(last) && countryOf(m[1]!) === null && !baseForms(last.toLowerCase()).has('adj')) return m[1]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || baseForms(last.toLowerCase()).size === 0) return null;
  const cls = nounClass(last.toLowerCase());
  return cls === 'org' || cls === 'nation' || cls === 'place' ? m[1]! : null;
}

/** "the Orrin Wells board": a name used as a modifier, then one lower-case singular head. */
const ATTRIBUTIVE_UNIT = /^[Tt]he\s+(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|and|&)){0,5})\s+([\p{Ll}-]+)$/u;

/**
 * "the Orrin Wells board", "the Marsh County committee": a board that runs an organisation (WordNet's
 * first sense a kind of committee: board, directorate, committee; not a council, a ministry) with
 * the organisation's name in front of it stands for that organisation, as "Orrin Wells's board" does.
 * Not after a word WordNet reads as an adjective ("the Welsh board": a kind of board, no owner) or a
 * function word written with a capital.
 */
function attributiveUnit(party: string): string | null {
  const m = ATTRIBUTIVE_UNIT.exec(party);
  if (!m || !committeeKind(m[2]!)) return null;
  const words = m[1]!.split(/\s+/);
  if (words.some((w) => CAP_FUNCTION_WORDS.has(w)) || baseForms(words.at(-1)!.toLowerCase()).has('adj')) return null;
  return m[1]!;
}

/**
 * "The forces' contract with X" after "the Norland Army and the Norland Navy", "The churches also
 * agreed" after two churches named: a plural description stands for every name of the article up to
 * sentence `index` whose own head word is that noun or a kind of it (WordNet), when two or more are.
 * Null otherwise.
 */
export function namesOfKind(description: string, sentences: readonly string[], index: number): Resolved | null {
  const m = /^the\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+s)$/u.exec(description.trim());
  if (!m) return null;
  const lemma = nounLemma(m[1]!);
  if (lemma === m[1]!.toLowerCase() || nounClass(lemma) === 'person') return null;
  const names: string[] = [];
  let first = -1;
  for (let k = 0; k <= index && k < sentences.length; k++)
    for (const c of namesIn(sentences[k]!)) {
      if (c.person || c.place || !/\s/.test(c.name.trim())) continue;
      const own = nounLemma(ownHead(c.name));
      if ((own === lemma || kinNouns(own, lemma)) && !names.some((n) => n.includes(c.name) || c.name.includes(n))) {
        names.push(c.name);
        if (first < 0) first = k;
      }
    }
  return names.length >= 2 ? { names, index: first } : null;
}
