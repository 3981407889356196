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
import { namesIn, nounClass, nounLemma } from './descriptions.js';
import { countryOf } from './lexicon.js';
import { baseForms, isKindOf, senseKeys, synsetsOf } from '../wordnet.js';

const FUNCTION = new Set(['the', 'a', 'an', 'its', 'their', 'of', 'and', 'with', 'for', 'to', 'in', 'on', 'at', 'by', 'new', 'small', 'tiny', 'local', 'two', 'both']);
/** Company forms that end a name: a firm's description fits them whatever the name's words. */
const COMPANY_FORM = /\s(?:Ltd|Ltd\.|Limited|plc|PLC|Inc|Inc\.|LLC|Co|Co\.|Corp|Corp\.|AG|GmbH)$/;

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

/** The one name of the cast a description fits (see the file's note), or null. */
export function nameOfDescription(p: string, cast: readonly Cast[], others: readonly string[]): string | null {
  const words = bare(p).split(/\s+/).filter((w) => !FUNCTION.has(w));
  if (words.length === 0) return null;
  const head = nounLemma(words.at(-1)!);
  const free = cast.filter((c) => !others.some((o) => sameSide(o, c.name)));
  const nameWords = (c: Cast): string[] => c.name.toLowerCase().split(/[\s'’]+/).filter((w) => /^\p{Ll}{3,}$/u.test(w) && !FUNCTION.has(w));
  const one = (xs: readonly Cast[]): string | null => {
    const found = bodiesOf(xs);
    return found.length === 1 ? found[0]! : null;
  };
  // (A word of the description of the same stem as a word of the name.)
  // (Two words made one from the other — "cooper", "cooperage" — or one word written in both, neither
  // the description's head nor the name's last: "the ferries charity" and "Quenmoor Ferries Trust"; not
  // "the health ministry" and "Drabwick Health", a firm named for what it does.)
  const stem = free.filter((c) => {
    const vs = nameWords(c);
    return vs.some((v, j) => words.some((w, i) => sameStem(w, v) && (w !== v || (i < words.length - 1 && j < vs.length - 1))));
  });
  if (stem.length > 0) return one(stem);
  const ancestors = senseKeys('noun', [head, 1]);
  const byHead = free.filter((c) => {
    const last = nounLemma(c.name.split(/\s+/).at(-1)!.toLowerCase());
    return last === head || (ancestors.size > 0 && isKindOf(last, 'noun', ancestors, 1));
  });
  if (byHead.length > 0) return one(byHead);
  // ("Barrel firm" ← "Marrowcot Casks Ltd": a firm or a company is a name with a company's form.)
  FIRM ??= senseKeys('noun', ['company', 1]);
  if (isKindOf(head, 'noun', FIRM, 1) || head === 'company' || head === 'firm') return one(free.filter((c) => COMPANY_FORM.test(c.name)));
  return null;
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

/** A name: a capital past the first letter, or one capitalised word that is no description — not "owners", "the trust's trustees". */
const named = (p: string): boolean => /\p{Lu}/u.test(p.replace(/^\p{Lu}/u, '')) || (/^\p{Lu}/u.test(p) && !/\s/.test(p) && !describedSide(p));

const HEADLINE_WITH = /\bwith\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s*(?:$|[,;:.!?]|\s+(?:after|as|over|in|for|to|at|on)\s))/u;

/** Steps 1 and 2 of the pass (see the file's note): run as soon as later mentions are linked, before the readers that revise sides from the headline. Changes `out` in place. */
export function namedSides(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  // (Most documents hold no description side: the article's names are read only for one that does.)
  const headline = all[0]?.paragraph === 0 ? all[0].text : '';
  if (![...out.values()].some((list) => list.some((a) => a.parties.some((p) => describedSide(p) || COUNTED.test(p.trim())) || (a.parties.length === 1 && headline.includes(a.cue) && /\bwith\s+\p{Ll}/u.test(headline))))) return;
  const cast = castOf(all);
  if (cast.length === 0) return;
  // (A capitalised description is a headline's, or opens a sentence: "Drabwick chain" inside one is a name and its noun.)
  const writtenAsDescription = (p: string): boolean => !/^\p{Lu}/u.test(p) || all.some((s) => (s.paragraph === 0 ? s.text.includes(p) : s.text.startsWith(p)));
  for (const [k, list] of out)
    out.set(
      k,
      list.map((a) => {
        let parties = a.parties.flatMap((p) => (describedSide(p) && writtenAsDescription(p) ? [nameOfDescription(p, cast, a.parties.filter((q) => q !== p)) ?? p] : (namesOfCounted(p, cast, a.parties.filter((q) => q !== p)) ?? [p])));
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
