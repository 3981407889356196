/**
 * Sides by the article, not the sentence: one pass over every agreement the sentence readers
 * found in a document, run after them.
 *
 * 1. A side written as a description ("the charity", "Cooper", "a canoeing society") is named
 *    from the article when exactly one name of it fits: a name holding a word of the same stem
 *    ("Cooper" ← "Harrowdean Cooperage"), or else a name whose own last word is the description's
 *    head or a kind of it in WordNet ("the society" ← "Yelverton Canoe Society"). The name must be
 *    no person, no place, and no other side of the same agreement.
 *    A counted description ("Two of the county's oldest bowls clubs") is as many names, when exactly
 *    that many bodies of the article fit its head.
 * 2. A headline agreement of one side whose headline goes on "with <description>" (headlines drop
 *    their articles: "… signs lease with brewery") gets that side, named the same way.
 * 3. The mentions of one deal (a first report and the later mentions that refer to it) all take
 *    the fullest named sides any of them gives, when their own sides are among those or are
 *    descriptions.
 *
 * Every side added is a name written in the article; a description no name fits stays as it is.
 */
import type { Sentence } from '../record/types.js';
import { sentenceKey, type Agreement, type SentenceKey } from './types.js';
import { bodyNoun, businessSense, memberNoun, namesIn, nounClass, nounLemma } from './descriptions.js';
import { countryOf, SPEECH_VERBS } from './lexicon.js';
import { baseForms, isKindOf, senseKeys, synsetsOf } from '../wordnet.js';
import { tag } from './nlp.js';
import { literal } from '../regex.js';

const FUNCTION = new Set(['the', 'a', 'an', 'its', 'their', 'of', 'and', 'with', 'for', 'to', 'in', 'on', 'at', 'by', 'new', 'small', 'tiny', 'local', 'two', 'both']);
/** Company forms that end a name: a firm's description fits them whatever the name's words. */
const COMPANY_FORM = /\s(?:Ltd|Ltd\.|Limited|plc|PLC|Inc|Inc\.|LLC|Co|Co\.|Corp|Corp\.|AG|GmbH)$/;

/** Each sentence's place in the document, by its key (the passes below look a side's sentence up by it). */
const orderOf = (all: readonly Sentence[]): Map<SentenceKey, number> => new Map(all.map((s, i) => [sentenceKey(s), i]));
const bare = (x: string): string => x.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
const sameSide = (x: string, y: string): boolean => bare(x).includes(bare(y)) || bare(y).includes(bare(x));

/**
 * A side that is a description, no name: "the charity", "a canoeing society", or a headline's
 * "Barrel firm" (one capital, on its first word, every word one of WordNet's). Collectives
 * ("the two sides", "both firms") and people ("members") are left to the readers.
 */
export function describedSide(p: string): boolean {
  const m = /^(?:(?:the|a|an)\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u.exec(p.trim());
  const headline = /^\p{Lu}[\p{Ll}-]*(?:\s+[\p{Ll}-]+){0,3}$/u.test(p.trim()) && !/^(?:The|A|An)\s/.test(p.trim());
  const words = m ? m[1]!.split(/\s+/) : headline ? p.trim().toLowerCase().split(/\s+/) : null;
  if (!words || !/^(?:the|a|an)\s/i.test(p.trim()) && !headline) return false;
  if (words.some((w) => /^(?:two|three|four|both|other|sides|parties)$/.test(w))) return false;
  const head = words.at(-1)!;
  const lemma = nounLemma(head);
  // (A plural is a group of many — "members", "growers" — no one body the article names.)
  if (lemma !== head) return false;
  if (!words.every((w) => baseForms(w.replace(/-.*$/, '')).size > 0)) return false;
  const cls = nounClass(lemma);
  return cls !== 'person' && cls !== 'place' && cls !== 'nation' && synsetsOf(lemma, 'noun').length > 0;
}

/** Whether two words share a stem: a common opening of five letters or more, missing at most two of the shorter. */
function sameStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  return k >= 5 && k >= n - 2;
}

interface Cast { readonly name: string; readonly index: number }

/** The article's names that may be a side: no person, no place or country, two words or more. */
function castOf(all: readonly Sentence[]): Cast[] {
  const out: Cast[] = [];
  all.forEach((s, index) => {
    for (const c of namesIn(s.text)) {
      const name = c.name.replace(/^the\s+/i, '');
      // (Not a dateline in capitals: "YELVERTON —".)
      if (c.person || c.place || countryOf(name) !== null || !/\s/.test(name) || !/\p{Ll}/u.test(name)) continue;
      if (!out.some((x) => x.name === name)) out.push({ name, index });
    }
  });
  return out;
}

/**
 * The bodies a list of the article's names stands for, each by its fullest name, in the order the
 * article first writes them: one body however often and however fully written ("Yelverton Canoe" and
 * "Yelverton Canoe Society"). Each name joins the fullest body it is part of.
 */
function bodiesOf(xs: readonly Cast[]): string[] {
  const groups: Cast[][] = [];
  for (const c of [...xs].sort((x, y) => y.name.length - x.name.length)) {
    const group = groups.find((g) => sameSide(g[0]!.name, c.name));
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups.sort((g, h) => Math.min(...g.map((c) => c.index)) - Math.min(...h.map((c) => c.index))).map((g) => g[0]!.name);
}

let FIRM: ReadonlySet<string> | undefined;

/**
 * A side written as a description, as `nameOfDescription` and `nameOfTrade` read it: its words but
 * function words, its head noun's lemma, and the cast but the deal's other sides. Null for no word.
 */
function describing(p: string, cast: readonly Cast[], others: readonly string[]): { words: string[]; head: string; free: Cast[] } | null {
  const words = bare(p).split(/\s+/).filter((w) => !FUNCTION.has(w));
  if (words.length === 0) return null;
  return { words, head: nounLemma(words.at(-1)!), free: cast.filter((c) => !others.some((o) => sameSide(o, c.name))) };
}

/** A name's own words of three letters or more, lower-cased, no function word. */
const nameWords = (c: Cast): string[] => c.name.toLowerCase().split(/[\s'’]+/).filter((w) => /^\p{Ll}{3,}$/u.test(w) && !FUNCTION.has(w));

/** The one body `xs` hold (`bodiesOf`), or null when none or more. */
function oneBodyOf(xs: readonly Cast[]): string | null {
  const found = bodiesOf(xs);
  return found.length === 1 ? found[0]! : null;
}

/** The one name of the cast a description fits (see the file's note), or null. */
export function nameOfDescription(p: string, cast: readonly Cast[], others: readonly string[]): string | null {
  const side = describing(p, cast, others);
  if (!side) return null;
  const { words, head, free } = side;
  // (A word of the description of the same stem as a word of the name.)
  // (Two words made one from the other — "cooper", "cooperage" — or one word written in both, neither
  // the description's head nor the name's last: "the ferries charity" and "Quenmoor Ferries Trust"; not
  // "the health ministry" and "Drabwick Health", a firm named for what it does.)
  const stem = free.filter((c) => {
    const vs = nameWords(c);
    return vs.some((v, j) => words.some((w, i) => sameStem(w, v) && (w !== v || (i < words.length - 1 && j < vs.length - 1))));
  });
  if (stem.length > 0) return oneBodyOf(stem);
  const ancestors = senseKeys('noun', [head, 1]);
  const byHead = free.filter((c) => {
    const last = nounLemma(c.name.split(/\s+/).at(-1)!.toLowerCase());
    return last === head || (ancestors.size > 0 && isKindOf(last, 'noun', ancestors, 1));
  });
  if (byHead.length > 0) return oneBodyOf(byHead);
  // ("Barrel firm" ← "Marrowcot Casks Ltd": a firm or a company is a name with a company's form.)
  FIRM ??= senseKeys('noun', ['company', 1]);
  if (isKindOf(head, 'noun', FIRM, 1) || head === 'company' || head === 'firm') return oneBodyOf(free.filter((c) => COMPANY_FORM.test(c.name)));
  return null;
}

/**
 * A side written as a trade's agent noun, which WordNet files as a person: "the marmalade maker", "the
 * brewer", a headline's "Glover". News calls a firm by its trade; such a side is a body's when the
 * article names one (see `nameOfTrade`).
 */
export function tradeSide(p: string): boolean {
  const t = p.trim();
  const m = /^(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u.exec(t) ?? /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2})$/u.exec(t);
  if (!m || /^(?:The|A|An)\s/.test(t)) return false;
  const words = m[1]!.toLowerCase().split(/\s+/);
  const head = words.at(-1)!;
  // (A plural is a group of many, "growers", no one body.)
  return nounLemma(head) === head && nounClass(head) === 'person' && words.every((w) => baseForms(w.replace(/-.*$/, '')).size > 0);
}

/**
 * The one body of the article a trade's noun stands for: a name holding a word of the description's
 * stem or the noun it is a plural of ("Brisemoor Marmalades" for "the marmalade maker", "Vantridge Glovery"
 * for "Glover"), or else a body the article itself describes by that noun ("the brewer Glennarby
 * Hops", "Glennarby Hops, the brewer,") — no person, no other side. Null when none or more than one fits.
 */
export function nameOfTrade(p: string, cast: readonly Cast[], describedAs: ReadonlyMap<string, readonly string[]>, others: readonly string[]): string | null {
  const side = describing(p, cast, others);
  if (!side) return null;
  const { words, head, free } = side;
  const stem = free.filter((c) => nameWords(c).some((v) => words.some((w) => sameStem(w, v) || (w.length >= 3 && nounLemma(v) === w && v !== w))));
  if (stem.length > 0) return oneBodyOf(stem);
  return oneBodyOf(free.filter((c) => (describedAs.get(c.name) ?? []).includes(head)));
}

/** "Two of the county's oldest bowls clubs", "Three rival charities in the valley": a counted plural description of as many sides. */
const COUNTED = /^(two|three|four)\s+(?!(?:other|more|further|additional|separate)\s)(?:of\s+)?(?:[\p{L}'’-]+\s+){0,6}?(\p{Ll}[\p{Ll}-]*s)(?:\s+(?:in|of|from|on|at|near)\s+[^,;]+)?$/iu;
const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

/**
 * The names a counted description stands for: as many bodies of the article as it counts, each a
 * name whose own last word is the description's head or a kind of it (WordNet) — "Two of the
 * county's oldest bowls clubs" ← "Fennel Park Bowls Club" and "Orrick Bowling Club" — or null when
 * more or fewer fit, or one that fits is another side of the agreement.
 */
export function namesOfCounted(p: string, cast: readonly Cast[], others: readonly string[]): string[] | null {
  const m = COUNTED.exec(p.trim());
  if (!m) return null;
  const n = COUNT[m[1]!.toLowerCase()]!;
  const head = nounLemma(m[2]!.toLowerCase());
  if (head === m[2]!.toLowerCase()) return null;
  const ancestors = senseKeys('noun', [head, 1]);
  const fits = cast.filter((c) => {
    const last = nounLemma(c.name.split(/\s+/).at(-1)!.toLowerCase());
    return last === head || (ancestors.size > 0 && isKindOf(last, 'noun', ancestors, 1));
  });
  const bodies = bodiesOf(fits);
  if (bodies.length !== n || bodies.some((b) => others.some((o) => sameSide(o, b)))) return null;
  return bodies;
}

/** "the old pipe organ in the Corn Exchange", "the logistics park": a definite description (what follows "the" up to a preposition) and its lower-case head. */
const THING = /^the\s+((?:[\p{L}'’-]+\s+){0,3}?)(\p{Ll}[\p{Ll}-]*)(?:\s+(?:in|of|on|at|near|from)\s+.+)?$/u;
let PREMISES: ReadonlySet<string> | undefined;

/**
 * A side that is a thing, no party: a definite description whose head's first WordNet sense is an
 * artifact, a body part or a substance, no sense of the first two a person's, a group's, a place's or an act's
 * ("the weir", "the boilers", "the steam pipes") — no word for a body's premises (a
 * building or a workplace: "the studio", "the cathedral" stand for the body that works there) and no
 * business ("the paper"). The head, or null.
 */
function thingSide(p: string): { modifiers: string[]; head: string } | null {
  const m = THING.exec(p.trim());
  if (!m) return null;
  const head = nounLemma(m[2]!);
  const senses = synsetsOf(head, 'noun', 2);
  // (Not a noun whose second sense is a person, a group, a place or an act: "the regulator", "the circuit".)
  if (senses.length === 0 || !/^noun\.(?:artifact|body|substance)$/.test(senses[0]!.lexname) || senses.some((x) => /^noun\.(?:person|group|location|act)$/.test(x.lexname)) || businessSense(head)) return null;
  PREMISES ??= senseKeys('noun', ['building', 1], ['workplace', 1], ['facility', 1], ['building_complex', 1], ['place_of_business', 1]);
  if (isKindOf(head, 'noun', PREMISES, 1)) return null;
  return { modifiers: m[1]!.trim().split(/\s+/).filter((w) => w !== ''), head };
}

/**
 * "the logistics park" for "Ashby Logistics": a described thing or place is the one body of the article
 * (no other side) a word of whose name a word before the head writes (same stem) — the firm named for
 * what the place holds. Null when none or more fit.
 */
function nameOfModifier(modifiers: readonly string[], cast: readonly Cast[], others: readonly string[]): string | null {
  const words = modifiers.map((w) => w.toLowerCase()).filter((w) => /^\p{Ll}{3,}$/u.test(w) && !FUNCTION.has(w));
  if (words.length === 0) return null;
  const free = cast.filter((c) => !others.some((o) => sameSide(o, c.name)));
  return oneBodyOf(free.filter((c) => nameWords(c).some((v) => words.some((w) => w === v || sameStem(w, v)))));
}

/** "the logistics park": a definite description whose head is a place (WordNet), as `nameOfModifier` may name it. */
function placeDescription(p: string): string[] | null {
  const m = THING.exec(p.trim());
  if (!m || m[1]!.trim() === '' || nounClass(nounLemma(m[2]!)) !== 'place') return null;
  return m[1]!.trim().split(/\s+/);
}

/** "councillors", "Councillors in Hassenby", "a group of cyclists", "Eel fishermen from Mossfield": a plural noun (no capital but the first: no name), and the place it is written with. */
const MEMBERS = /^(?:(?:the|a\s+group\s+of)\s+)?(?:\p{L}[\p{Ll}-]*\s+(?=\p{Ll})){0,2}?(\p{L}[\p{Ll}-]*)(?:\s+(?:in|of|from)\s+(?:the\s+)?(\p{Lu}.*))?$/u;

/**
 * A side written as people that sit on or belong to a body the article names: a plural of persons
 * (WordNet) that shares its stem with the last word of the body's name ("councillors" ← "Hassenby
 * Town Council") or is itself written in a name whose last word is a group's noun ("a group of
 * cyclists" ← "Harl Vale Cyclists' Club"), or is written with a place that one association of the article holds
 * ("residents of Mossfield" ← "Mossfield Village Association"), the group's noun no labour union's. The one
 * such body (holding the place the side is written with, if any), no other side; null otherwise.
 */
let ASSOCIATION: ReadonlySet<string> | undefined;

function bodyOfMembers(p: string, cast: readonly Cast[], others: readonly string[]): string | null {
  const m = MEMBERS.exec(p.trim());
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const lemma = nounLemma(word);
  if (lemma === word || nounClass(lemma) !== 'person' || memberNoun(word)) return null;
  const free = cast.filter((c) => !others.some((o) => sameSide(o, c.name)));
  // (Not a union: the workers a union speaks for are `unionSides`'.)
  const fits = free.filter((c) => {
    const vs = c.name.toLowerCase().split(/\s+/).map((v) => v.replace(/['’]s?$/, ''));
    const last = vs.at(-1)!;
    if (!bodyNoun(nounLemma(last)) || unionHead(c.name)) return false;
    ASSOCIATION ??= senseKeys('noun', ['association', 1]);
    return (last !== lemma && sameStem(lemma, last)) || vs.slice(0, -1).includes(word) || (m[2] !== undefined && sameSide(c.name, m[2]) && isKindOf(nounLemma(last), 'noun', ASSOCIATION, 2));
  });
  // (A capitalised word before the noun that WordNet lacks is a place's or a name's, "Harnley growers": the body holds it too.)
  const place = p.trim().split(/\s+/).find((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() !== word && baseForms(w.toLowerCase()).size === 0) ?? m[2];
  const bodies = bodiesOf(fits).filter((b) => place === undefined || sameSide(b, place));
  return bodies.length === 1 ? bodies[0]!.replace(/^Members\s+of\s+(?:the\s+)?/, '') : null;
}

/** A name of two capitalised words or more opening a sentence, or after its opening phrase (no other capital) and a comma. */
const OPENING_NAME = /^((?:\p{Lu}\p{Ll}*(?:\s+[\p{Ll}\d'’-]+){0,6},\s+)?)((?:the\s+)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\d'’&.-]*|of(?=\s+\p{Lu})|&)){1,6})/u;
interface LedeBody { readonly word: string; readonly name: string }

/**
 * "A riverside sawmill that had faced closure has settled its rent dispute with the feoffees. Corvellan
 * Timberworks has cut oak beside the weir since 1961.": news opens on a body described, not named (an indefinite noun
 * phrase opening the body's first sentence, its head a noun no person), and names it in the next
 * sentence — the name (no person, no place) opening it or its clause after an opening phrase, one
 * the first did not write and no verb of saying follows. The description's head as written
 * ("sawmill") and that body's fullest name in the article; null when the body opens otherwise.
 */
function ledeBody(all: readonly Sentence[], cast: readonly Cast[]): LedeBody | null {
  const at = all.findIndex((s) => s.paragraph > 0);
  if (at < 0 || at + 1 >= all.length) return null;
  // (After a dateline: "CORVELLAN — A …".)
  const text = all[at]!.text.replace(/^[^\p{Ll}]*?\s[—–-]\s/u, '');
  if (!/^an?\s/i.test(text)) return null;
  const tokens = tag(text, { entities: false }).tokens;
  // (The noun phrase: nouns, adjectives, names, and a verb only inside it — "a bike repair shop".)
  let j = 1;
  while (j < tokens.length && (/^(?:ADJ|NOUN|PROPN)$/.test(tokens[j]!.pos) || (tokens[j]!.pos === 'VERB' && tokens[j + 1]?.pos === 'NOUN'))) j++;
  const head = tokens[j - 1];
  // (The tagger may read the phrase's last noun as an adjective after a noun: "a pottery collective".)
  const nounHead = head?.pos === 'NOUN' || (head?.pos === 'ADJ' && j > 2 && tokens[j - 2]!.pos === 'NOUN' && synsetsOf(nounLemma(head.text.toLowerCase()), 'noun', 1).length > 0);
  if (j === 1 || !head || !nounHead || nounClass(nounLemma(head.text.toLowerCase())) === 'person') return null;
  // (The name opens the next sentence, or follows its opening phrase: "Under the settlement, X will …"; a title before it, "Chief executive X", is a person's.)
  const next = all[at + 1]!.text;
  const m = OPENING_NAME.exec(next);
  if (!m) return null;
  const written = m[2]!.replace(/^the\s+/i, '');
  const after = next.slice(m[0].length).trim().split(/\s+/)[0] ?? '';
  const mention = namesIn(next).find((c) => c.at === (m[1] ?? '').length || written.startsWith(c.name));
  if (all[at]!.text.includes(written) || SPEECH_VERBS.has(after) || mention?.person || mention?.place || countryOf(written) !== null) return null;
  const name = bodiesOf(cast.filter((c) => sameSide(c.name, written)))[0] ?? written;
  return { word: head.text.toLowerCase(), name };
}

/**
 * A description the lede's body answers to (`ledeBody`): of the same head as the lede's
 * description, or of the last part of its compound ("the mill" for "a riverside sawmill"); not a
 * body that is another side. Null otherwise.
 */
function ledeNameOf(p: string, lede: LedeBody | null, others: readonly string[]): string | null {
  if (lede === null || others.some((o) => sameSide(o, lede.name))) return null;
  const head = bare(p).split(/\s+/).at(-1)!;
  const h = nounLemma(head);
  const w = lede.word;
  const fits = head === w || h === nounLemma(w) || (h.length >= 4 && w.length > h.length && w.endsWith(h));
  return fits ? lede.name : null;
}

/**
 * "Staff at the Zelbrook Paper Mills plant … The plant's contract with …": a definite
 * description whose head noun the article writes right after a name ("the X plant", "X's plant", one
 * or two describing words between: "X's casting floor" is no foundry) is that name's — when exactly one
 * body of the cast is so written, and it is no other side of the deal. Null otherwise.
 */
function nameBeforeHead(p: string, all: readonly Sentence[], cast: readonly Cast[], others: readonly string[]): string | null {
  if (!/^the\s/i.test(p.trim())) return null;
  const head = bare(p).split(/\s+/).at(-1)!;
  const free = cast.filter((c) => !others.some((o) => sameSide(o, c.name)));
  // (The pattern holds the name as written, and the head too when it is letters only: a sentence
  // without both cannot match. A pattern with \p{…} classes costs far more to build than to run, so
  // it is built only for a name some sentence holds beside the head.)
  const candidates = LITERAL_HEAD.test(head) ? all.filter((s) => s.text.includes(head)) : all;
  const hits = free.filter((c) => {
    const holding = candidates.filter((s) => s.text.includes(c.name));
    if (holding.length === 0) return false;
    const name = c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}])${name}(?:['’]s?)?\\s+(?:[\\p{Ll}-]+\\s+){0,1}${head}\\b`, 'u');
    return holding.some((s) => re.test(s.text));
  });
  return hits.length > 0 ? oneBodyOf(hits) : null;
}

/** A head the name pattern matches as written (no character a pattern reads otherwise). */
const LITERAL_HEAD = /^[\p{L}\p{N}'’&-]+$/u;

/** A name: a capital past the first letter, or one capitalised word that is no description — not "owners", "the trust's trustees". */
const named = (p: string): boolean => /\p{Lu}/u.test(p.replace(/^\p{Lu}/u, '')) || (/^\p{Lu}/u.test(p) && !/\s/.test(p) && !describedSide(p));

const HEADLINE_WITH = /\bwith\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s*(?:$|[,;:.!?]|\s+(?:after|as|over|in|for|to|at|on)\s))/u;

/** Steps 1 and 2 of the pass (see the file's note): run as soon as later mentions are linked, before the readers that revise sides from the headline. Changes `out` in place. */
export function namedSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  // (Most documents hold no description side: the article's names are read only for one that does.)
  const headline = all[0]?.paragraph === 0 ? all[0].text : '';
  if (![...out.values()].some((list) => list.some((a) => a.parties.some((p) => describedSide(p) || tradeSide(p) || COUNTED.test(p.trim()) || thingSide(p) !== null || placeDescription(p) !== null || MEMBERS.test(p.trim())) || (a.parties.length === 1 && headline.includes(a.cue) && /\bwith\s+\p{Ll}/u.test(headline))))) return;
  const cast = castOf(all);
  if (cast.length === 0) return;
  // (The nouns the article describes each body with, for a trade's noun: "the brewer Glennarby Hops".)
  let describedAs: Map<string, string[]> | undefined;
  const described = (): Map<string, string[]> => {
    if (describedAs) return describedAs;
    describedAs = new Map();
    for (const s of all) for (const c of namesIn(s.text)) if (!c.person && (c.described ?? []).length > 0) describedAs.set(c.name.replace(/^the\s+/i, ''), [...(describedAs.get(c.name.replace(/^the\s+/i, '')) ?? []), ...c.described!]);
    return describedAs;
  };
  let ledeMemo: LedeBody | null | undefined;
  const lede = (): LedeBody | null => (ledeMemo === undefined ? (ledeMemo = ledeBody(all, cast)) : ledeMemo);
  // (A capitalised description is a headline's, or opens a sentence: "Drabwick chain" inside one is a name and its noun.)
  const writtenAsDescription = (p: string): boolean => !/^\p{Lu}/u.test(p) || all.some((s) => (s.paragraph === 0 ? s.text.includes(p) : s.text.startsWith(p)));
  const order = orderOf(all);
  for (const [k, list] of out)
    out.set(
      k,
      list.map((a) => {
        const text = all[order.get(k) ?? -1]?.text.toLowerCase() ?? '';
        let parties = a.parties.flatMap((p) => {
          const others = a.parties.filter((q) => q !== p);
          const members = bodyOfMembers(p, cast, others);
          if (members) return [members];
          // (A thing is no party: the body the article writes it of or names for it, or none.)
          // (Not a noun the article describes one of its bodies by: "X, a racing circuit near Y, …" makes "the circuit" a body.)
          const thingOf = thingSide(p);
          // (Nor the subject that opens the sentence, "The circuit signed …": a thing signs nothing, so it is a body.)
          const thing = thingOf && !text.startsWith(p.toLowerCase()) && ![...described().values()].some((ds) => ds.includes(thingOf.head)) ? thingOf : null;
          if (describedSide(p) && writtenAsDescription(p)) {
            const name = nameOfDescription(p, cast, others) ?? ledeNameOf(p, lede(), others) ?? nameBeforeHead(p, all, cast, others);
            if (name !== null || thing === null) return [name ?? p];
          }
          if (tradeSide(p) && writtenAsDescription(p)) return [nameOfTrade(p, cast, described(), others) ?? p];
          if (thing) {
            const body = nameOfModifier(thing.modifiers, cast, others);
            return body ? [body] : [];
          }
          // (A place so described: the body named for what it holds, or itself.)
          const place = placeDescription(p);
          if (place) return [nameOfModifier(place, cast, others) ?? p];
          return namesOfCounted(p, cast, others) ?? [p];
        });
        if (k === '0.1' && parties.length === 1 && a.refersTo === null) {
          const text = all.find((s) => s.paragraph === 0)?.text ?? '';
          const cueAt = text.indexOf(a.cue);
          const w = cueAt < 0 ? null : HEADLINE_WITH.exec(text.slice(cueAt));
          const side = w ? nameOfDescription(w[1]!, cast, parties) : null;
          if (side) parties = [...parties, side];
        }
        parties = parties.filter((p, j) => parties.findIndex((q) => sameSide(p, q)) === j);
        return parties.length === a.parties.length && parties.every((p, j) => p === a.parties[j]) ? a : { ...a, parties };
      }),
    );
}

/** Step 3 of the pass (see the file's note): run after every reader that revises sides. Changes `out` in place. */
export function fullestSides(out: Map<SentenceKey, Agreement[]>, sameKind: (a: Agreement, b: Agreement) => boolean): void {
  const groups = new Map<SentenceKey, Agreement[]>();
  for (const [k, list] of out) {
    const firsts = list.filter((a) => a.refersTo === null);
    // (Two deals reported in one sentence: which of them a later mention means is not known here.)
    if (firsts.length === 1) groups.set(k, [...(groups.get(k) ?? []), firsts[0]!]);
    for (const a of list) if (a.refersTo) groups.set(sentenceKey(a.refersTo), [...(groups.get(sentenceKey(a.refersTo)) ?? []), a]);
  }
  // "Canoe society signs lease" over "The Yelverton Canoe Society has signed a lease with the Drabwick Estate": the
  // headline's deal of fewer named sides, all of them sides of a first report of the body's first
  // paragraph and of the same kind, is that deal told short (not "Canoe society signs lease" over "The Yelverton Canoe Society has bought …").
  const head = groups.get('0.1');
  const first = Math.min(...[...out.keys()].map((k) => Number(k.split('.')[0])).filter((p) => p > 0));
  const headSides = head?.[0]?.parties.filter(named) ?? [];
  if (head && headSides.length > 0) {
    const lede = [...groups.entries()].find(([k, ms]) => Number(k.split('.')[0]) === first && ms[0]!.refersTo === null && sameKind(head[0]!, ms[0]!) && headSides.every((p) => ms[0]!.parties.some((q) => named(q) && sameSide(p, q))));
    if (lede) {
      groups.set(lede[0], [...lede[1], ...head]);
      groups.delete('0.1');
    }
  }
  const fullest = new Map<Agreement, readonly string[]>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const best = members.reduce((x, y) => (y.parties.filter(named).length > x.parties.filter(named).length ? y : x));
    const sides = best.parties.filter(named);
    if (sides.length < 2) continue;
    // (A mention whose sides are among those, or descriptions, is of the same deal told more fully.)
    for (const m of members) {
      if (m.parties.filter(named).length >= sides.length) continue;
      if (!m.parties.every((p) => !named(p) || sides.some((q) => sameSide(p, q)))) continue;
      fullest.set(m, sides);
    }
  }
  if (fullest.size === 0) return;
  for (const [k, list] of out) out.set(k, list.map((a) => (fullest.has(a) ? { ...a, parties: [...fullest.get(a)!] } : a)));
}

/** A capitalised name as written: capitals, numbers ("Local 418"), "of", "&", and an "and" between capitals ("Glaziers and Fitters Union"). */
const CAPITAL_SPAN = /\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\d'’&.-]*|\d+\b|of(?=\s+\p{Lu})|&|and(?=\s+\p{Lu}))){1,8}/gu;
let LABOUR_UNION: ReadonlySet<string> | undefined;
let PERSONNEL: ReadonlySet<string> | undefined;

/** Whether a lower-case word is a labour union in WordNet ("union", "brotherhood"). */
function unionWord(word: string): boolean {
  LABOUR_UNION ??= senseKeys('noun', ['labor_union', 1]);
  return /^\p{L}+$/u.test(word) && isKindOf(nounLemma(word), 'noun', LABOUR_UNION, 5);
}

/** Whether a side's last word is a labour union ("the farmhands' union", "Tenterby Staff Union"). */
function unionHead(side: string): boolean {
  return unionWord(side.trim().split(/\s+/).at(-1)!.toLowerCase());
}

/** Whether a written plural noun names people (WordNet: its lemma's class, or for a word it lacks, "papermakers", its tail's). */
function peoplePlural(word: string): boolean {
  const w = word.toLowerCase();
  const lemma = nounLemma(w);
  if (lemma !== w) return nounClass(lemma) === 'person' && !memberNoun(w);
  return /[^s]s$/.test(w) && baseForms(w).size === 0 && nounClass(w.slice(0, -1)) === 'person';
}

/**
 * The body the article says its workers belong to: a name whose own head is a labour union in WordNet
 * ("… Workers' Union", "… Brotherhood"), or a name the article writes its members of ("Members of
 * Feltmakers Local 418", "… represented by the Brackwood Staff Guild") that holds a plural of people
 * ("Workers", "Feltmakers") or ends in a number (a union's branch). Null unless the article names
 * exactly one such body.
 */
export function unionOf(all: readonly Sentence[]): string | null {
  const found: Cast[] = [];
  all.forEach((s, index) => {
    for (const m of s.text.matchAll(CAPITAL_SPAN)) {
      // (A sentence's full stop is no part of the name.)
      const name = (m.index + m[0].length === s.text.trimEnd().length ? m[0].replace(/\.$/, '') : m[0]).replace(/['’]s?$/, '').replace(/^(?:The|Members of(?: the)?|Members)\s+/, '');
      const words = name.split(/\s+/);
      if (words.length < 2) continue;
      const of = words.indexOf('of');
      const head = (of > 0 ? words[of - 1]! : words.at(-1)!).replace(/['’]s?$/, '').toLowerCase();
      const before = s.text.slice(0, m.index + m[0].length - name.length);
      const membersOf = /(?:\b[Mm]embers\s+of|\brepresented\s+by)\s+(?:the\s+)?$/.test(before);
      const union = unionWord(head);
      const ofPeople = /^\d+$/.test(words.at(-1)!) || words.some((w) => /^\p{Lu}\p{Ll}+s$/u.test(w) && peoplePlural(w));
      if (union || (membersOf && ofPeople)) found.push({ name, index });
    }
  });
  const bodies = bodiesOf(found);
  return bodies.length === 1 ? bodies[0]! : null;
}

/**
 * The head word of a side written as a workforce: "Workers at the X factory", "skate-rental staff",
 * "Gorsecombe riders" — a plural of people (or a noun of personnel, "staff") before any "at", "of",
 * "in" or "employed" that goes on to the workplace, written in lower case or opening the side (a
 * scraped line may glue it to the word before: "CorrespondentWorkers"). Null for anything else: a
 * name ending in a plural ("Ardle Rovers") is a body, "members" are a body's, and a bare plural
 * ("Ministers", "workers") names no workplace or trade.
 */
export function workforceHead(side: string): string | null {
  const bare = side.trim().replace(/^(?:the|its|their)\s+/i, '');
  // ("Ministers said …": a bare plural says no workplace or trade; workers are written with theirs.)
  if (!/\s/.test(bare)) return null;
  const core = bare.split(/\s+(?:at|of|in|from|employed|on|who|with)\s/)[0]!;
  const words = core.split(/\s+/);
  let last = words.at(-1)!;
  const glued = /\p{Ll}(\p{Lu}\p{Ll}+)$/u.exec(last);
  if (glued) last = glued[1]!;
  else if (/^\p{Lu}/u.test(last) && words.length > 1) return null;
  if (!/^\p{L}[\p{L}-]*$/u.test(last)) return null;
  PERSONNEL ??= senseKeys('noun', ['personnel', 1]);
  const lower = last.toLowerCase();
  return peoplePlural(lower) || (nounLemma(lower) === lower && isKindOf(lower, 'noun', PERSONNEL, 1)) ? lower : null;
}

/**
 * Workers as a side where the article names their union: "Workers at the Dunmallow factory voted
 * to accept …", "Gorsecombe riders ratify pay deal" — the union is the side that made the deal for
 * them (see `unionOf`: one union the article names, no further on than the paragraph after the
 * workers are first written). Every workforce side of an agreement with no
 * union among its sides becomes the union; an agreement left with that one side gets the workplace the
 * workforce was written with ("at the Ombrick Harmoniums factory", "Gorsecombe riders"), by the
 * fullest name of it the article writes. Changes `out` in place.
 */
export function unionSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  // ("Spinners ratify contract with Ormidge Textiles": a bare plural of people beside a named body is that body's workforce.)
  const bareWorkforce = (p: string, a: Agreement): boolean => /^\p{L}+$/u.test(p.trim()) && peoplePlural(p.trim()) && a.parties.some((q) => q !== p && namedBody(q));
  const workforceOf = (p: string, a: Agreement): boolean => workforceHead(p) !== null || bareWorkforce(p, a);
  if (![...out.values()].some((list) => list.some((a) => a.parties.some((p) => workforceOf(p, a))))) return;
  const union = unionOf(all);
  if (union === null) return;
  const cast = castOf(all);
  // (The union is named by the paragraph after the one that first writes the workers, or before: not a body of another story further on.)
  const unionAt = all.find((s) => s.text.includes(union))?.paragraph ?? Infinity;
  const near = (p: string): boolean => {
    const at = all.find((s) => s.text.toLowerCase().includes(p.toLowerCase()))?.paragraph;
    return at !== undefined && unionAt <= Math.max(at, 1) + 1;
  };
  for (const [k, list] of out)
    out.set(
      k,
      list.map((a) => {
        // ("a pay deal it struck with its own riders": a body's own workers dealt with it directly, no union between.)
        const workforce = a.parties.filter((p) => workforceOf(p, a) && !/^(?:its|their)\s+own\s/i.test(p.trim()) && !sameSide(p, union) && near(p));
        // (A union already a side, by its name or as "the pickers' union": the people of the other side are the employers.)
        if (workforce.length === 0 || a.parties.some((p) => sameSide(p, union) || unionHead(p))) return a;
        let parties = [union, ...a.parties.filter((p) => !workforce.includes(p))];
        if (parties.length === 1) {
          const place = workplaceOf(workforce[0]!, cast, union);
          if (place) parties = [union, place];
        }
        return { ...a, parties };
      }),
    );
}

/** The body a workforce side names as its workplace ("at the Ombrick Harmoniums factory", "Gorsecombe riders"): its first capitalised words, by the fullest name of the article that opens with them; no place, not the union. */
function workplaceOf(side: string, cast: readonly Cast[], union: string): string | null {
  const cut = /\s(?:at|of|in|from|employed\s+by)\s/.exec(side);
  const m = /(?:^|\s)(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*)/u.exec(cut ? side.slice(cut.index + cut[0].length - 1) : side);
  if (!m) return null;
  const written = m[1]!.replace(/['’]s?$/, '');
  if (countryOf(written) !== null || sameSide(written, union)) return null;
  const fuller = cast.filter((c) => c.name.startsWith(written) && !sameSide(c.name, union));
  const full = bodiesOf(fuller);
  return full.length === 1 ? full[0]! : written;
}

/** "the two companies", "both firms", "Two of the region's oldest rope makers", "Two boatyards on the river": a description counting two bodies. */
const COUNTED_TWO = /^(?:the\s+)?(?:two|both)\s+(?:of\s+)?(?:[\p{L}'’-]+\s+){0,6}?(?!(?:sides|parties)\b)(\p{Ll}[\p{Ll}-]*s)(?:\s+(?:in|of|from|on|at|near)\s+[^,;]+)?$/iu;

/**
 * The bodies a sentence names: no place, no person — save a name the article calls by a trade's noun
 * ("the speciality grinder Feltmoor Mustard": WordNet files "grinder" first as a person) whose own last
 * word is a common noun that is no person's ("Mustard"), which `namesIn` reads as a person's name.
 * Two words or more.
 */
function bodiesIn(text: string): Cast[] {
  return namesIn(text)
    .filter((c) => {
      const name = c.name.replace(/^the\s+/i, '');
      if (c.place || countryOf(name) !== null || !/\s/.test(name) || !/\p{Ll}/u.test(name)) return false;
      if (!c.person) return true;
      const last = name.split(/\s+/).at(-1)!;
      const first = synsetsOf(nounLemma(last.toLowerCase()), 'noun', 1)[0];
      return (c.described ?? []).length > 0 && /^\p{Lu}\p{Ll}+$/u.test(last) && first !== undefined && first.lexname !== 'noun.person';
    })
    .map((c) => ({ name: c.name.replace(/^the\s+/i, ''), index: c.at }));
}

/**
 * "Both firms had unveiled the purchase in April" after a sentence that names a buyer and the
 * body it buys, "Two cider makers in the valley have agreed to merge" opening an article whose next
 * sentence names them: a counted description of two bodies is the two bodies the sentence before it
 * names (the headline, for the first sentence of the body), or, when an indefinite "Two …" opens the
 * body and the headline names none, the two the next sentence names ("the two …" and "both …" point
 * back only) — only when exactly two bodies fit and neither is another side; "the two sides" and
 * "both parties" are the readers'.
 * Changes `out` in place.
 */
export function pairSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  if (![...out.values()].some((list) => list.some((a) => a.parties.some((p) => COUNTED_TWO.test(p.trim()))))) return;
  const firstBody = all.findIndex((s) => s.paragraph > 0);
  const memo = new Map<string, string[] | null>();
  const resolve = (p: string): string[] | null => {
    if (memo.has(p)) return memo.get(p)!;
    const at = all.findIndex((s) => s.text.toLowerCase().includes(p.toLowerCase()));
    let pair: string[] | null = null;
    if (at >= 0) {
      const before = at > 0 ? bodiesOf(bodiesIn(all[at - 1]!.text)) : [];
      // (Only "Two …" introduces bodies still to be named; "the two …" and "both …" point back.)
      const after = at === firstBody && before.length === 0 && /^two\s/i.test(p.trim()) && at + 1 < all.length ? bodiesOf(bodiesIn(all[at + 1]!.text)) : [];
      pair = before.length === 2 ? before : after.length === 2 ? after : null;
    }
    memo.set(p, pair);
    return pair;
  };
  for (const [k, list] of out)
    out.set(
      k,
      list.map((a) => {
        const p = a.parties.find((q) => COUNTED_TWO.test(q.trim()));
        if (p === undefined) return a;
        const others = a.parties.filter((q) => q !== p);
        const pair = resolve(p);
        if (pair === null || pair.some((n) => others.some((o) => sameSide(o, n)))) return a;
        return { ...a, parties: [...pair, ...others] };
      }),
    );
}

/** "the two companies said", "both firms announced", "said the two groups": a pair of bodies reporting what the sentence says. */
const PAIR_SAID = /(?:\b(?:the\s+two|both)\s+(\p{Ll}[\p{Ll}-]*s)\s+(?:have\s+|had\s+|jointly\s+)?(\p{Ll}+)\b|\b(\p{Ll}+)\s+(?:the\s+two|both)\s+(\p{Ll}[\p{Ll}-]*s)\b)/u;

/**
 * "X has signed a contract to bottle Y's cider, the two companies said": a deal of one named side
 * whose sentence is told by a pair of bodies ("the two companies", "both firms": a plural WordNet
 * files as an organisation) with a verb of saying is a deal of the two: the side and the one other
 * body the sentence names (no person, no place), when exactly one does. The mentions that took the
 * one side from it take both. Changes `out` in place.
 */
export function pairSaidSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const added = new Map<string, string[]>();
  for (const s of all) {
    const k = sentenceKey(s);
    const list = out.get(k);
    if (!list || !list.some((a) => a.parties.length === 1 && a.refersTo === null)) continue;
    const m = PAIR_SAID.exec(s.text);
    if (!m) continue;
    const plural = (m[1] ?? m[4])!;
    const verb = (m[2] ?? m[3])!;
    if (!SPEECH_VERBS.has(verb) || nounLemma(plural) === plural || nounClass(plural) !== 'org') continue;
    out.set(
      k,
      list.map((a) => {
        if (a.parties.length !== 1 || a.refersTo !== null) return a;
        const side = a.parties[0]!;
        // (From the side on: a dateline's agency, "(Plimbury Wire) —", tells no part of the deal.)
        const from = Math.max(0, s.text.indexOf(side.replace(/^the\s+/i, '')));
        // (A name of one word counts when written with a body's noun: "the Ossingdale grocery chain".)
        const clause = s.text.slice(from, m.index);
        const single = namesIn(clause).filter((c) => !c.person && !c.place && !/\s/.test(c.name) && countryOf(c.name) === null && c.heads.some((h) => nounClass(h) === 'org')).map((c) => ({ name: c.name, index: c.at }));
        const others = bodiesOf([...bodiesIn(clause), ...single]).filter((b) => !sameSide(b, side));
        if (others.length !== 1) return a;
        const parties = [side, others[0]!];
        added.set(`${k}|${side}`, parties);
        return { ...a, parties };
      }),
    );
  }
  if (added.size === 0) return;
  for (const [k, list] of out)
    out.set(
      k,
      list.map((a) => {
        if (!a.refersTo || a.parties.length !== 1) return a;
        const parties = added.get(`${sentenceKey(a.refersTo)}|${a.parties[0]!}`);
        return parties ? { ...a, parties: [...parties] } : a;
      }),
    );
}

/**
 * "Members of the Kilnhands Union endorsed the offer", "The union had refused a smaller offer"
 * in an article whose deal is between that union and an employer: a union deals with the employer
 * of its members, so a deal whose one side is the article's union (`unionOf`, by its name or as "the
 * union") is with the one body that every deal of two named sides holding the union has for its
 * other side — when exactly one body does. Changes `out` in place.
 */
export function unionCounterpartSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const lists = [...out.values()];
  if (!lists.some((list) => list.some((a) => a.parties.length === 1 && (unionHead(a.parties[0]!) || /\bunion\b/i.test(a.parties[0]!))))) return;
  const union = unionOf(all);
  if (union === null) return;
  const isUnion = (p: string): boolean => sameSide(p, union) || (unionHead(p) && !/\p{Lu}/u.test(p.replace(/^the\s+/i, '')));
  const employers = new Set<string>();
  for (const list of lists)
    for (const a of list) {
      if (a.parties.length !== 2 || !a.parties.some(isUnion)) continue;
      const other = a.parties.find((p) => !isUnion(p))!;
      if (!named(other)) continue;
      const known = [...employers].find((e) => sameSide(e, other));
      if (known === undefined) employers.add(other);
      else if (other.length > known.length) {
        employers.delete(known);
        employers.add(other);
      }
    }
  if (employers.size !== 1) return;
  const employer = [...employers][0]!;
  for (const [k, list] of out) out.set(k, list.map((a) => (a.parties.length === 1 && isUnion(a.parties[0]!) ? { ...a, parties: [a.parties[0]!, employer] } : a)));
}

/** A purchase told by its buyer ("to buy X", "to take over X", "a £9m takeover of X", "an offer for X"), or a merger by one of its two bodies ("to merge with X"). */
const BUYING = /^(?:to\s+(?:buy|acquire|purchase|take\s+over)\b|(?:[\p{L}\p{N}\p{Sc}.,'’-]+\s+){0,3}?(?:takeover|acquisition|purchase|buyout|offer|bid)\s+(?:of|for)\b)/iu;
const MERGING = /^to\s+merge\s+with\b/iu;
/** "a binding undertaking to support the bid", "commitments to accept it": a promise (the deal's noun) to do what its verb says, of what follows. */
const PROMISE_TO = /^(?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+\s+to\s+(\p{Ll}+)\b(.*)$/u;
/** What a holder's promise assents to: the offer the article reports ("the offer", "it", "in favour"). */
const OF_THE_OFFER = /(?:\bin\s+favou?r\b|^\s*(?:it|them|the\s+(?:offer|bid|takeover|deal|terms|proposal))\b)/iu;
let ASSENT: ReadonlySet<string> | undefined;

/**
 * "Corvellan Pumps has agreed to buy Ashtrove Gaskets … Ashtrove's founder, Mabrey Pennacott, has
 * signed a binding undertaking to support the bid": a holder's promise to accept, back or vote for the
 * offer (a deal whose noun is promised "to" a verb of assent — WordNet's "accept" in its sense of
 * consenting, or "vote" — of the offer, "it", or "in favour") binds the holder to the other body of
 * the article's one purchase or merger, not to the body whose shares it holds. The purchase is told
 * by its buyer, the sentence's subject and first side (`BUYING`): the promise's sides become its
 * holders (its sides but the two bodies) and the buyer. A merger ("to merge with") names no bidder:
 * only a promise that names the body held ("Brentacre's largest investor") takes the other body.
 * Nothing changes when the article's purchases and mergers are of more than one pair of bodies, or
 * when the promise names no holder. Changes `out` in place.
 */
export function offerSides(out: Map<SentenceKey, Agreement[]>): void {
  ASSENT ??= senseKeys('verb', ['accept', 3], ['vote', 1]);
  const assent = ASSENT;
  const promise = (a: Agreement): boolean => {
    if (a.noun === null || a.refersTo !== null || a.parties.length === 0) return false;
    const m = PROMISE_TO.exec(a.action);
    return m !== null && OF_THE_OFFER.test(m[2]!) && isKindOf(m[1]!, 'verb', assent);
  };
  if (![...out.values()].some((list) => list.some(promise))) return;
  // (The pair's two bodies by their fullest names; whether any of its reports names the buyer.)
  let pair: [string, string] | null = null;
  let buying = false;
  for (const list of out.values())
    for (const a of list) {
      if (a.refersTo !== null || a.parties.length !== 2 || !named(a.parties[0]!) || !named(a.parties[1]!) || !sameSide(a.mention, a.parties[0]!)) continue;
      const buys = BUYING.test(a.action);
      if (!buys && !MERGING.test(a.action)) continue;
      const [x, y] = a.parties as [string, string];
      const longer = (p: string, q: string): string => (q.length > p.length ? q : p);
      if (pair === null) pair = [x, y];
      else if (sameSide(pair[0], x) && sameSide(pair[1], y)) pair = [longer(pair[0], x), longer(pair[1], y)];
      // (Told the other way round, "Y agreed to merge with X": the same two bodies, no buyer among them.)
      else if (!buys && sameSide(pair[0], y) && sameSide(pair[1], x)) pair = [longer(pair[0], y), longer(pair[1], x)];
      else return;
      buying ||= buys;
    }
  if (pair === null) return;
  const [first, second] = pair;
  for (const [k, list] of out)
    out.set(
      k,
      list.map((a) => {
        if (!promise(a)) return a;
        const holders = a.parties.filter((p) => !sameSide(p, first) && !sameSide(p, second));
        if (holders.length === 0) return a;
        const held = a.parties.filter((p) => !holders.includes(p));
        const other = buying ? first : held.length === 1 ? (sameSide(held[0]!, first) ? second : first) : null;
        return other === null ? a : { ...a, parties: [...holders, other] };
      }),
    );
}

/** Modifiers that set a deal beside the one the article reports: "a separate lease", "the previous contract". */
const ANOTHER_DEAL = /\b(?:separate|previous|earlier|former|other|similar|existing|old|second|own)\b/i;
/** Sides that stand for the deal's two together: "both sides", "the two companies", "the parties". */
const BOTH_SIDES = /^(?:both(?:\s+\p{Ll}+)?|the\s+two(?:\s+\p{Ll}+)?|the\s+(?:sides|parties|companies|firms))$/iu;

/**
 * One deal told over many sentences: its report names both bodies ("Cadlow Lantern Trust hires
 * Rimmerton Glassworks"), other sentences of it one of them or none ("Rimmerton says that contract
 * keeps its furnace lit", "Under those terms, …"). The article's reports of one
 * kind of deal ("lease", "settlement": its own noun, not "deal" or "agreement"), with the mentions
 * linked to them, are that one deal when the reports among them that name two bodies name the same
 * two; a report of only the general kind joins it when the article holds no other kind. Each other
 * sentence of it then takes both sides, when it names no other body and each side it gives is one of
 * the two, a description of one ("the trust"), or both at once ("the two companies") — and the
 * deal is not set beside the reported one ("a separate lease", "the previous contract"). A report
 * of two sides written after the sentence counts only when it refers back ("the agreement", or a
 * linked mention): a later deal of the kind is often another. Changes `out` in place.
 */
export function carriedSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>, kindWords: (a: Agreement) => readonly string[]): void {
  interface Member { readonly a: Agreement; readonly at: number }
  interface Group { members: Member[]; kinds: Set<string> }
  const order = orderOf(all);
  const groups = new Map<SentenceKey, Group>();
  const groupOf = (k: SentenceKey): Group => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { members: [], kinds: new Set() }));
    return g;
  };
  for (const [k, list] of out) {
    const at = order.get(k) ?? -1;
    const firsts = list.filter((a) => a.refersTo === null);
    if (firsts.length === 1) groupOf(k).members.push({ a: firsts[0]!, at });
    for (const a of list) if (a.refersTo) groupOf(sentenceKey(a.refersTo)).members.push({ a, at });
  }
  const GENERIC = new Set(['deal', 'agreement', 'it', 'verb']);
  for (const g of groups.values()) for (const m of g.members) for (const w of kindWords(m.a)) if (!GENERIC.has(w)) g.kinds.add(w);
  // (One deal per kind word: groups sharing a kind are one cluster; a group of the general kind only joins the one cluster, if one.)
  const clusters: Group[][] = [];
  const general: Group[] = [];
  for (const g of groups.values()) {
    if (g.members.length === 0) continue;
    if (g.kinds.size === 0) {
      general.push(g);
      continue;
    }
    const joined = clusters.filter((c) => c.some((x) => [...x.kinds].some((w) => g.kinds.has(w))));
    for (const c of joined) clusters.splice(clusters.indexOf(c), 1);
    clusters.push([g, ...joined.flat()]);
  }
  if (clusters.length === 1) clusters[0]!.push(...general);
  const carried = new Map<Agreement, string[]>();
  // (A place is no side to carry: a village read as a side because the deal was made there.)
  const places = new Set(all.flatMap((s) => namesIn(s.text).filter((c) => c.place).map((c) => bare(c.name))));
  const placeName = (p: string): boolean => places.has(bare(p)) || countryOf(p.replace(/^the\s+/i, '')) !== null;
  const refersBack = (a: Agreement): boolean => a.refersTo !== null || /^(?:the|this|that)\s/i.test(a.noun ?? '');
  for (const c of clusters) {
    const members = c.flatMap((g) => g.members).filter((m) => m.a.noun === null || !ANOTHER_DEAL.test(m.a.noun));
    const cast = (ms: readonly Member[]): string[] => bodiesOf(ms.flatMap((m) => m.a.parties.filter(named)).map((name, index) => ({ name, index })));
    // (A report of the general kind only, "Drewcombe once settled a quarrel with Yelbridge", may be of another deal: it tells the sides only
    // when no report of the deal's own kind does.)
    const ofGeneral = (m: Member): boolean => general.some((g) => g.members.includes(m));
    const two = members.filter((m) => m.a.parties.filter(named).length >= 2);
    const full = two.some((m) => !ofGeneral(m)) ? two.filter((m) => !ofGeneral(m)) : two;
    // (With no report of two sides: the two bodies its reports of one side name one each — a name, no headline's "Glazier"; a report of one
    // named side and one described, "the fair's contract with Grimsett Jams", tells of two sides, maybe of another deal.)
    const single = members.filter((m) => m.a.parties.length === 1 && !general.some((g) => g.members.includes(m)) && /\p{Lu}/u.test(m.a.parties[0]!.replace(/^\p{Lu}/u, '')));
    // (The two bodies every report of two sides names; none when they name more.)
    if (full.length > 0 ? cast(full).length !== 2 : cast(single).length !== 2) continue;
    for (const m of members) {
      const own = m.a.parties.filter(named);
      // (A report of the general kind takes the deal's sides when it points back at a deal, "the agreement" or a linked mention, or names
      // none, "Drewcombe agreed as well to clear the scree": an indefinite one, "its licence runs until 2027", introduces another.)
      if (own.length >= 2 || (ofGeneral(m) && !refersBack(m.a) && m.a.noun !== null)) continue;
      const reports = full.filter((f) => f.at < m.at || (f.at > m.at && refersBack(f.a)));
      const sides = full.length > 0 ? cast(reports) : cast(single);
      if (sides.length !== 2 || sides.some(placeName)) continue;
      const fits = (p: string): boolean => (named(p) ? sides.some((q) => sameSide(p, q)) : BOTH_SIDES.test(p.trim()) || nameOfDescription(p, sides.map((name, index) => ({ name, index })), []) !== null);
      if (!m.a.parties.every(fits)) continue;
      // (A sentence naming a body other than the two is of another deal, or tells of a third.)
      const text = all[m.at]?.text ?? '';
      if (bodiesIn(text).some((b) => !sides.some((q) => sameSide(b.name, q)))) continue;
      carried.set(m.a, sides);
    }
  }
  if (carried.size === 0) return;
  for (const [k, list] of out) out.set(k, list.map((a) => (carried.has(a) ? { ...a, parties: [...carried.get(a)!] } : a)));
}

/** A term of a deal, opening its sentence: "Under the lease, ", "As part of the deal, ", "Under its terms, " — and the clause's subject after it. */
const TERM_OPENING = /^(?:Under|As\s+part\s+of|In\s+line\s+with)\s+(?:the|its|their|this|that)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+/u;
/** What a side does or must do under the terms: a modal or a verb of paying, keeping, taking. */
const BOUND_VERB = /^(?:will|must|shall|can|may|would|is\s+to|are\s+to|has\s+to|have\s+to|gets?|pays?|keeps?|takes?|receives?)\b/;

/**
 * "Under that lease, the otter charity must mend every fence": the subject of a deal's term is a
 * side bound by it. A later mention of a deal whose one side is named takes as its second the body the
 * term's subject names — a name, or a description (`nameOfDescription`) that exactly one body of the
 * article fits — when that is no side already, no person, no place. Changes `out` in place.
 */
export function termSubjectSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  let cast: Cast[] | undefined;
  for (const s of all) {
    const k = sentenceKey(s);
    const list = out.get(k);
    if (!list || !list.some((a) => a.refersTo !== null && a.parties.length === 1 && named(a.parties[0]!))) continue;
    const open = TERM_OPENING.exec(s.text);
    if (!open) continue;
    const rest = s.text.slice(open[0].length);
    // (The description runs to the verb: "the charity must", "the otter charity will".)
    const described = /^((?:the|its)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+((?:will|must|shall|can|may|would|is|are|has|have|gets?|pays?|keeps?|takes?|receives?)\b.*)$/u.exec(rest);
    const name = namesIn(rest).find((c) => c.at === 0);
    let body: string | null = null;
    cast ??= castOf(all);
    if (name && !name.person && !name.place && countryOf(name.name) === null && BOUND_VERB.test(rest.slice(name.name.length).replace(/^,[^,]*,/, '').trim())) body = bodiesOf(cast.filter((c) => sameSide(c.name, name.name)))[0] ?? name.name;
    else if (described && describedSide(described[1]!) && BOUND_VERB.test(described[2]!)) body = nameOfDescription(described[1]!, cast, []);
    if (body === null) continue;
    const side = body;
    out.set(
      k,
      list.map((a) => (a.refersTo !== null && a.parties.length === 1 && named(a.parties[0]!) && !sameSide(a.parties[0]!, side) ? { ...a, parties: [a.parties[0]!, side] } : a)),
    );
  }
}

/** A body's name as `named` reads it, but no one word WordNet files as a common noun ("Crews", "Councillors": a headline's or a sentence's opening capital). */
const namedBody = (p: string): boolean => {
  const w = p.trim().toLowerCase();
  return named(p) && (/\s/.test(w) || baseForms(w).size === 0 || synsetsOf(nounLemma(w), 'noun').length === 0);
};

/** "supply contracts with Thimblecote", "Pellucombe's licence": the deal's noun writes its one side after "with" (the subject that made it is another) or as its holder (a holder's own licence, the grantor unsaid). */
function sideInOwnNoun(a: Agreement): boolean {
  if (a.noun === null) return false;
  const written = literal(a.mention.replace(/^the\s+/i, ''));
  return new RegExp(`\\bwith\\s+(?:the\\s+)?${written}\\b`, 'u').test(a.noun) || new RegExp(`^(?:the\\s+)?${written}['’]s?\\s`, 'u').test(a.noun);
}

/** A sentence that says its deal was made "separately": set beside the one reported. */
const SEPARATELY = /\bseparately\b/i;

/**
 * "The Kilnhands Union endorsed the pay offer", "The club said the brewer had agreed to stock its bar
 * first": a deal of one named side is made with the body the article pairs that side with. The
 * article's deals of two named sides give each side its counterparts; a deal of one side takes its
 * side's one counterpart when the article reports that pair at least twice (once may be a passing
 * deal). An article whose deals are all of one side, and that name two bodies in all, one of them a
 * labour union ("Staff at Harlow Looms voted to accept …", "The Loomhands Union ratified …"), tells
 * one deal between the two: a union deals with its members' employer (two other bodies may each be of
 * a story of its own: a government ending a concession, a ferry firm signing a contract). Not when
 * the sentence sets its deal beside the reported one ("a previous contract", "separately", "other
 * tenants"), names a third body, or writes its one side inside the deal's own noun (`sideInOwnNoun`) — nor a later mention of a deal so written. The counterpart is
 * no place. Changes `out` in place.
 */
export function counterpartSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const lists = [...out.values()];
  const oneSided = (a: Agreement): boolean => a.parties.length === 1 && namedBody(a.parties[0]!);
  if (!lists.some((list) => list.some(oneSided))) return;
  const pairs: [string, string][] = [];
  for (const list of lists) for (const a of list) if (a.parties.length === 2 && a.parties.every(namedBody)) pairs.push([a.parties[0]!, a.parties[1]!]);
  // (No deal of two sides: the bodies of the deals of one side, when they are two.)
  const halves = pairs.length > 0 ? [] : bodiesOf(lists.flatMap((list) => list.filter(oneSided).map((a, index) => ({ name: a.parties[0]!, index }))));
  if (pairs.length === 0) {
    const union = halves.length === 2 ? unionOf(all) : null;
    if (halves.length !== 2 || !halves.some((h) => unionHead(h) || (union !== null && sameSide(h, union)))) return;
    pairs.push([halves[0]!, halves[1]!]);
  }
  const places = new Set(all.flatMap((s) => namesIn(s.text).filter((c) => c.place).map((c) => bare(c.name))));
  const order = orderOf(all);
  const beside = (text: string): boolean => ANOTHER_DEAL.test(text) || SEPARATELY.test(text);
  for (const [k, list] of out)
    out.set(
      k,
      list.map((a) => {
        if (!oneSided(a)) return a;
        const x = a.parties[0]!;
        const others = pairs.flatMap(([p, q]) => (sameSide(p, x) ? [q] : sameSide(q, x) ? [p] : [])).filter((o) => !sameSide(o, x));
        const bodies = bodiesOf(others.map((name, index) => ({ name, index })));
        if (bodies.length !== 1) return a;
        const y = bodies[0]!;
        if (halves.length === 0 && others.filter((o) => sameSide(o, y)).length < 2) return a;
        if (places.has(bare(y)) || countryOf(y) !== null) return a;
        const text = all[order.get(k) ?? -1]?.text ?? '';
        if (beside(text) || bodiesIn(text).some((b) => !sameSide(b.name, x) && !sameSide(b.name, y))) return a;
        if (sideInOwnNoun(a)) return a;
        if (a.refersTo && (out.get(sentenceKey(a.refersTo)) ?? []).some((b) => b.refersTo === null && oneSided(b) && sameSide(b.parties[0]!, x) && sideInOwnNoun(b))) return a;
        return { ...a, parties: [x, y] };
      }),
    );
}

/** "Pellucombe replaces Thimblecote, whose contract …": the body that takes a side's place, opening the sentence. */
const REPLACES = /^(.+?)\s+replaces?\s/;

/**
 * News is told of one body, the protagonist: the first named side of the lede's deal (the first
 * report of the body's first paragraph, when it names two bodies). A later deal of one named side that
 * is no side of the lede's deal, in a sentence that names no other body — "An earlier tie-up with X fell
 * through", "Its older contract with X ran on a year", "X has agreed to match the price" — is the
 * protagonist's deal with that side. When the sentence tells that a side of the lede's deal takes that
 * side's place ("Y replaces X, whose contract …"), the deal is the lede's other side's. Not a deal the
 * sentence sets apart ("separately"), nor one whose noun writes its side ("X's contract", `sideInOwnNoun`).
 * Changes `out` in place.
 */
export function protagonistSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const order = orderOf(all);
  const firstBody = all.find((s) => s.paragraph > 0)?.paragraph;
  let lede: Agreement | undefined;
  let ledeAt = -1;
  for (const s of all) {
    if (s.paragraph !== firstBody) continue;
    lede = (out.get(sentenceKey(s)) ?? []).find((x) => x.refersTo === null && x.parties.length > 0 && namedBody(x.parties[0]!));
    if (lede) {
      ledeAt = order.get(sentenceKey(s))!;
      break;
    }
  }
  if (!lede) return;
  const sides = lede.parties.filter(namedBody);
  if (sides.length !== 2) return;
  for (const [k, list] of out) {
    const at = order.get(k) ?? -1;
    if (at <= ledeAt) continue;
    const text = all[at]!.text;
    out.set(
      k,
      list.map((a) => {
        if (a.refersTo !== null || a.parties.length !== 1 || !namedBody(a.parties[0]!)) return a;
        const side = a.parties[0]!;
        if (sides.some((q) => sameSide(q, side)) || SEPARATELY.test(text) || sideInOwnNoun(a)) return a;
        // (The body that takes the side's place is the one lede side a sentence may name besides it.)
        const replacing = REPLACES.exec(text);
        const replacer = replacing && sides.length === 2 ? sides.find((q) => sameSide(replacing[1]!.replace(/^the\s+/i, ''), q)) : undefined;
        if (bodiesIn(text).some((b) => !sameSide(b.name, side) && !(replacer !== undefined && sameSide(b.name, replacer)))) return a;
        const protagonist = replacer === undefined ? sides[0]! : sides.find((q) => q !== replacer)!;
        return { ...a, parties: [protagonist, side] };
      }),
    );
  }
}

/**
 * "Y replaces X, whose contract was terminated … X is challenging the termination": a later mention
 * linked before the passes above settled its deal's sides keeps the sides it had then. One whose
 * every side is a side of the deal it refers to, which now has more, takes that deal's sides.
 * Changes `out` in place.
 */
export function syncedLaterSides(out: Map<SentenceKey, Agreement[]>): void {
  for (const [k, list] of out) {
    out.set(
      k,
      list.map((a) => {
        if (a.refersTo === null) return a;
        const deal = (out.get(sentenceKey(a.refersTo)) ?? []).find((x) => x.refersTo === null);
        if (!deal || deal.parties.length <= a.parties.length) return a;
        if (!a.parties.every((p) => deal.parties.some((q) => sameSide(p, q)))) return a;
        return { ...a, parties: deal.parties };
      }),
    );
  }
}

/** Whether a lower-case noun is a plural (its lemma is another word: "homes", not "home"). */
const isPlural = (w: string): boolean => nounLemma(w) !== w;

/** A side written as a description of one body by its trade: lower-case words (after a determiner, "its" or "their"), a singular head WordNet files as a person ("the contractor", "its old haulage contractor", "tanner"), or a trade's noun (`tradeSide`). */
function describesOne(p: string): boolean {
  if (tradeSide(p)) return true;
  const m = /^(?:(?:the|a|an|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(p.trim());
  if (!m || /^(?:the|a|an)\s+(?:two|both|other|parties|sides)\b/u.test(p.trim())) return false;
  const head = m[1]!;
  return nounLemma(head) === head && nounClass(head) === 'person';
}

/**
 * "X has settled a dispute with its old haulage contractor. Y sued the quarry in 2024, …": news describes
 * the other side in its lede and names it in the next sentence. The lede's deal (the first report of the body's
 * first paragraph) of one named side and one description (`describesOne`) takes, for the description, the one
 * body other than that side which the next sentence of the paragraph names (`bodiesIn`, no person, no place, two
 * words or more) — in every deal of the article that has the same two sides. Not when the next sentence names no
 * other body or more than one. Changes `out` in place.
 */
export function describedCounterpart(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const at = all.findIndex((s) => s.paragraph > 0);
  if (at < 0) return;
  const lede = (out.get(sentenceKey(all[at]!)) ?? []).find((a) => a.refersTo === null);
  if (!lede || lede.parties.length !== 2) return;
  const d = lede.parties.find((p) => !named(p) && describesOne(p));
  const side = lede.parties.find((p) => p !== d);
  if (d === undefined || side === undefined || !named(side)) return;
  const next = all[at + 1];
  if (!next || next.paragraph !== all[at]!.paragraph) return;
  // (A name the reader took for a place whose last word is a plural is a body's: "Penhallow Homes".)
  const plural = namesIn(next.text)
    .filter((c) => c.place && !c.person && /\s/.test(c.name) && countryOf(c.name) === null && isPlural(c.name.split(/\s+/).at(-1)!.toLowerCase()))
    .map((c) => ({ name: c.name.replace(/^the\s+/i, ''), index: c.at }));
  const others = bodiesOf([...bodiesIn(next.text), ...plural].filter((c) => !sameSide(c.name, side)));
  if (others.length !== 1) return;
  const name = others[0]!;
  for (const [k, list] of out)
    out.set(
      k,
      list.map((a) => (a.parties.length === 2 && a.parties.includes(d) && a.parties.some((p) => sameSide(p, side)) ? { ...a, parties: a.parties.map((p) => (p === d ? name : p)) } : a)),
    );
}

/** A side written as people, no body: a workforce ("Staff at the depot", `workforceHead`), or one plural of persons or of personnel ("Members", "Managers", "Crews", "its members"). */
function peopleSide(p: string): boolean {
  if (workforceHead(p) !== null) return true;
  const w = p.trim().replace(/^(?:the|its|their)\s+/i, '').toLowerCase();
  if (!/^\p{Ll}+$/u.test(w)) return false;
  const lemma = nounLemma(w);
  PERSONNEL ??= senseKeys('noun', ['personnel', 1]);
  return lemma !== w && (memberNoun(w) || nounClass(lemma) === 'person' || isKindOf(lemma, 'noun', PERSONNEL, 2));
}

/** "Plenderwick Credit Union": a name whose last two words are a WordNet compound that is no labour union (a credit union is a bank). */
function otherCompound(name: string): boolean {
  const pair = name.toLowerCase().split(/\s+/).slice(-2).join('_');
  LABOUR_UNION ??= senseKeys('noun', ['labor_union', 1]);
  return pair.includes('_') && synsetsOf(pair, 'noun', 1).length > 0 && !isKindOf(pair, 'noun', LABOUR_UNION, 5);
}

/** One plural noun for a body's people that WordNet files as a group ("Crews"), or "management". */
function staffWord(p: string): boolean {
  const w = p.trim().replace(/^(?:the|its|their)\s+/i, '').toLowerCase();
  if (!/^\p{Ll}+$/u.test(w)) return false;
  const first = synsetsOf(nounLemma(w), 'noun', 1)[0];
  return first !== undefined && first.lexname === 'noun.group' && !unionWord(w) && nounClass(nounLemma(w)) !== 'nation';
}

/**
 * The body an article is told of: of its cast (`castOf`: no person, no place) other than the union,
 * the one whose first word the most sentences write, when one leads ("Vemberlode" over "Corvashay").
 * Null when two tie or the article names none.
 */
function mostWritten(all: readonly Sentence[], union: string): string | null {
  const bodies = bodiesOf(castOf(all)).filter((b) => !sameSide(b, union) && !unionHead(b) && countryOf(b) === null);
  const counts = bodies.map((b) => {
    const first = b.split(/\s+/)[0]!;
    if (!/^\p{Lu}\p{Ll}/u.test(first)) return 0;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${literal(first)}(?![\\p{L}\\p{N}])`, 'u');
    return all.filter((s) => re.test(s.text)).length;
  });
  const top = Math.max(0, ...counts);
  if (top === 0 || counts.filter((c) => c === top).length !== 1) return null;
  return bodies[counts.indexOf(top)]!;
}

/**
 * "Members of the Kiln Guild voted to accept the offer", "Staff at the works voted to accept a pay
 * deal negotiated by the Glaze Workers' Union", "The guild had turned down two offers": a deal whose
 * one body is the article's union (`unionOf`), its other sides none or people (its members, a
 * workforce, managers: `peopleSide`; a group of them, "Crews": `staffWord`), is the union's deal with
 * its members' employer — the body the article is told of (`mostWritten`). So is a deal of a body's
 * people alone ("Crews", "Its deckhands", "Staff at the works"; not "Ministers") in an article that
 * names a union. The people give way to the two bodies. Not for a credit union (`otherCompound`).
 * Changes `out` in place.
 */
export function employerSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const union = unionOf(all);
  if (union === null || otherCompound(union)) return;
  const isUnion = (p: string): boolean => sameSide(p, union) || (unionHead(p) && !/\p{Lu}/u.test(p.replace(/^the\s+/i, '')));
  // (With no union among its sides, the people must be a body's: "Crews", "Its deckhands", "Staff at the works"; not "Ministers".)
  const lone = (a: Agreement): boolean =>
    a.parties.some(isUnion)
      ? a.parties.every((p) => isUnion(p) || peopleSide(p) || staffWord(p))
      : a.parties.length > 0 && a.parties.every((p) => staffWord(p) || workforceHead(p) !== null || (/^(?:its|their)\s/i.test(p.trim()) && peopleSide(p)));
  if (![...out.values()].some((list) => list.some(lone))) return;
  const employer = mostWritten(all, union);
  if (employer === null) return;
  // (The union as the deal writes it, in its place; the people give way to the employer.)
  const sides = (a: Agreement): string[] => {
    const first = a.parties.find(isUnion);
    if (first === undefined) return [union, employer];
    return [...new Set(a.parties.map((p) => (isUnion(p) ? first : employer)))].concat(a.parties.some((p) => !isUnion(p)) ? [] : [employer]);
  };
  for (const [k, list] of out) out.set(k, list.map((a) => (lone(a) ? { ...a, parties: sides(a) } : a)));
}

/**
 * "A bicycle cooperative will take over the old bus depot after councillors approved a twelve-year lease",
 * "Velsham Ropeworks will stay in its shed after the commissioners approved a lease": a deal of one side told in
 * a clause opened by "after", its side written right after "after" and before the deal's cue, is made
 * with the subject of the sentence's main clause — the body or person that the deal lets do what the
 * main clause says. The subject is what opens the sentence (after a dateline) up to its first verb or
 * relative pronoun: a name, or a noun phrase whose head WordNet files as a person or an organisation;
 * no pronoun, not the side itself. Run before `namedSides`, which names a described subject from the
 * article. Changes `out` in place.
 */
export function afterClauseSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (const s of all) {
    const k = sentenceKey(s);
    const list = out.get(k);
    if (!list || !/\bafter\s/.test(s.text) || !list.some((a) => a.refersTo === null && a.parties.length === 1)) continue;
    out.set(
      k,
      list.map((a) => {
        if (a.refersTo !== null || a.parties.length !== 1) return a;
        const side = a.parties[0]!;
        const re = new RegExp(`\\s+after\\s+(?:the\\s+)?${literal(side.replace(/^the\s+/i, ''))}\\s+(?:\\p{Ll}+\\s+)?${literal(a.cue)}\\b`, 'u');
        const at = re.exec(s.text);
        if (!at) return a;
        const main = s.text.slice(0, at.index).replace(/^[^\p{Ll}]*?\s[—–-]\s/u, '');
        const offset = s.text.slice(0, at.index).length - main.length;
        const tokens = tag(main, { entities: false }).tokens;
        const end = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(?:who|which|that|whose)$/i.test(t.text) || t.text === ',');
        if (end < 1) return a;
        const head = tokens[end - 1]!;
        if (tokens.slice(0, end).some((t) => t.pos === 'PRON')) return a;
        // (A sentence's opening capital is no name's: "A pottery collective" is a description.)
        const subject = s.text.slice(offset + tokens[0]!.start, offset + head.end).trim().replace(/^(?:A|An|The)\s/, (d) => d.toLowerCase());
        const named = head.pos === 'PROPN' && /^\p{Lu}/u.test(head.text);
        // (The tagger may read a noun phrase's last noun as an adjective: "A pottery collective".)
        const cls = head.pos === 'NOUN' || (head.pos === 'ADJ' && end > 1 && /^\p{Ll}+$/u.test(head.text)) ? nounClass(nounLemma(head.text)) : null;
        if (!named && cls !== 'person' && cls !== 'org') return a;
        if (sameSide(subject, side)) return a;
        return { ...a, parties: [side, subject] };
      }),
    );
  }
}
