import { createRequire } from 'node:module';
import { ancestorsOf, baseForms, isKindOf, pointersInto, senseKey, senseKeys, senseTagCounts, sensesOf, synsetAt, synsetIsKindOf, type Pos, type Synset } from '../wordnet.js';
import { lightWords, readWord, STOP_WORDS } from './text.js';
import { remember } from '../lazy.js';

/**
 * Word forms and related words from WordNet 3.1 (see src/wordnet.ts), for query terms:
 * "merger" meets "merge", "relief" meets "assistance". What a word gives is memoised.
 */

/**
 * Senses read per part of speech: the most common one (WordNet orders them by tagged frequency).
 * With two, the dev set scored alike (top-1 71.9 % vs 72.0 %) but refused fewer off-topic questions (97.6 % vs 97.8 %).
 */
const SENSES = 1;
/** Related words given per query word, at most. */
const MAX_RELATED = 12;
/** Satellites of a head adjective's most common sense that are read as related words, at most (see `relatedWords`). */
const MAX_SIMILAR = 2;
/** Senses whose lemmas, kinds and similar words make the wider circle (see `Related.wider`). */
const WIDER_SENSES = 3;
/** Wider words given per query word, at most. */
const MAX_WIDER = 24;

export interface Related {
  /** Base forms of the word (morphy), the word itself excluded. */
  readonly forms: readonly string[];
  /** Same-synset lemmas of its most common senses and their derivationally related forms. */
  readonly related: readonly string[];
  /**
   * A wider circle: lemmas of its next senses ("think" ~ "suppose"), similar adjectives ("big" ~
   * "ample"), the direct kinds of its most common sense ("fire" ~ "wildfire"), derivationally
   * related words of its next senses, with irregular forms ("find" ~ "found"). Looser than
   * `related`: search uses it to re-rank only.
   */
  readonly wider: readonly string[];
  /**
   * Phrasal verbs among `related` (a verb and an adverb particle: "found" ~ "set_up"), as a
   * record's sentence writes them, the particle right after the verb (see `sentencePhrasal`).
   */
  readonly phrases?: readonly string[];
}

const NONE: Related = Object.freeze({ forms: [], related: [], wider: [] });
const memo = new Map<string, Related>();

/**
 * WordNet's exception lists (irregular inflections: "found" → "find", "built" → "build",
 * "bigger" → "big"), as wink's English model ships them (WordNet 3.1's own package does not),
 * by part of speech: form → base forms, and base → forms. Empty when the model is missing.
 */
interface Exceptions {
  readonly base: ReadonlyMap<string, readonly [Pos, string][]>;
  readonly forms: ReadonlyMap<string, readonly string[]>;
}
let exceptions: Exceptions | undefined;

/** Reads the exception lists now (`warmQuestionTables`), not on the first question that needs them. */
export function loadExceptionLists(): void {
  exceptionLists();
}

function exceptionLists(): Exceptions {
  if (exceptions) return exceptions;
  const base = new Map<string, [Pos, string][]>();
  const forms = new Map<string, string[]>();
  const require = createRequire(import.meta.url);
  const files: [Pos, string][] = [['verb', 'verb'], ['noun', 'noun'], ['adj', 'adjective']];
  for (const [pos, file] of files) {
    let list: Record<string, string> = {};
    try {
      list = require(`wink-eng-lite-web-model/dist/wn-${file}-exceptions.js`) as Record<string, string>;
    } catch {
      continue;
    }
    for (const [form, lemma] of Object.entries(list)) {
      if (!/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(lemma) || form === lemma) continue;
      let b = base.get(form);
      if (!b) base.set(form, (b = []));
      b.push([pos, lemma]);
      let f = forms.get(lemma);
      if (!f) forms.set(lemma, (f = []));
      if (!f.includes(form)) f.push(form);
    }
  }
  return (exceptions = { base, forms });
}

/** Base forms of a word by part of speech: morphy's rules, and WordNet's exception lists. */
function basesOf(word: string): Map<Pos, string[]> {
  const out = new Map<Pos, string[]>();
  for (const [pos, bases] of baseForms(word)) out.set(pos, [...bases]);
  for (const [pos, lemma] of exceptionLists().base.get(word) ?? []) {
    if (sensesOf(lemma, pos).length === 0) continue;
    const list = out.get(pos) ?? [];
    if (!list.includes(lemma)) list.push(lemma);
    out.set(pos, list);
  }
  return out;
}

/**
 * The inflected forms of a base form that a stemmer keeps apart from it, as morphy reads them back
 * to it: an adjective's comparative and superlative ("large" → "larger", "largest") and the
 * irregular forms of WordNet's exception lists ("buy" → "bought", "big" → "biggest"). A related
 * word is written in any of its forms: "What was the biggest piece?" is held by "The largest
 * fragment …" as by "large". A form that is a noun or a verb of its own is left out: "found" is
 * founding as often as finding, "longer" someone who longs.
 */
export function inflectionsOf(base: string): readonly string[] {
  const known = inflectionMemo.get(base);
  if (known) return known;
  const out: string[] = [];
  if (/^[a-z]+$/.test(base)) {
    const candidates = new Set<string>(exceptionLists().forms.get(base) ?? []);
    if (sensesOf(base, 'adj').length > 0 && base.length >= 3) {
      // "large" → "larg-", "happy" → "happi-", and one vowel before one final consonant doubles it ("big" → "bigg-").
      const stem = base.endsWith('e') ? base.slice(0, -1) : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}i` : /(?:^|[^aeiou])[aeiou][bdgmnpt]$/.test(base) ? `${base}${base.slice(-1)}` : base;
      candidates.add(`${stem}er`).add(`${stem}est`);
    }
    for (const form of candidates) {
      if (form === base || sensesOf(form, 'noun').length > 0 || sensesOf(form, 'verb').length > 0) continue;
      if ([...basesOf(form).values()].some((list) => list.includes(base))) out.push(form);
    }
  }
  if (inflectionMemo.size > 20_000) inflectionMemo.clear();
  inflectionMemo.set(base, out);
  return out;
}
const inflectionMemo = new Map<string, readonly string[]>();

/** WordNet's files of acts, events, processes and phenomena: what a question may ask to have started (see `startsBody`). */
const HAPPENING_FILES: ReadonlySet<string> = new Set(['noun.act', 'noun.event', 'noun.process', 'noun.phenomenon']);

/**
 * Whether a question's words ask about a body coming into being by a light verb ("When was the
 * firm started?", "In what year did the college start?"): one of them is a noun whose most common
 * sense is a group (WordNet's noun.group: a firm, a college, a club, a band) and none is a noun
 * whose most common sense is a happening (an act, event, process or phenomenon: "When did the
 * strike start?", "the fire"). To start a body is to found it: the record writes "It was founded in
 * 1874", "established", "set up" (see `doerActs`).
 */
export function startsBody(words: readonly string[]): boolean {
  const lexOf = (w: string): string | undefined => {
    if (!/^[a-z]+$/.test(w)) return undefined;
    const base = sensesOf(w, 'noun').length > 0 ? w : nounBasesOf(w)[0];
    const first = base === undefined ? undefined : sensesOf(base, 'noun')[0];
    return first === undefined ? undefined : synsetAt('noun', first)?.lexname;
  };
  const files = words.map(lexOf);
  return files.includes('noun.group') && !files.some((f) => f !== undefined && HAPPENING_FILES.has(f));
}

/**
 * Whether a question's word reads as one of the stop words: its most common sense as an adverb is a
 * synonym of one ("today", "nowadays" ~ "now"; "roughly", "around" ~ "about"; "nearly", "almost"
 * ~ "about", "most"), and it is no verb. A reader asks "Who runs the mill today?" of a record writing
 * "The mill is now run by …", and "now" is not indexed: "today" held by no sentence only weighs
 * against every one. Not a word with a verb sense ("fine" ~ "ok" is mostly a noun or a verb).
 * Memoised.
 */
export function readsAsStopWord(word: string, stops: ReadonlySet<string> = STOP_WORDS): boolean {
  const key = stops === STOP_WORDS ? word : `${[...stops].join(' ')}:${word}`;
  const known = stopLikeMemo.get(key);
  if (known !== undefined) return known;
  let out = false;
  if (/^[a-z]+$/.test(word) && !STOP_WORDS.has(word) && !basesOf(word).has('verb')) {
    const first = sensesOf(word, 'adv')[0];
    const s = first === undefined ? null : synsetAt('adv', first);
    out = s !== null && s.words.some((w) => w !== word && stops.has(w));
  }
  return remember(stopLikeMemo, key, out, STOP_LIKE_MEMO);
}
/** Each distinct word a question was asked with is a key: bounded, as the bot runs for months. */
const stopLikeMemo = new Map<string, boolean>();
const STOP_LIKE_MEMO = 10_000;

/** A word's noun base forms, irregular plurals included ("children" → "child"; WordNet's exception lists as wink ships them). */
export function nounBasesOf(word: string): readonly string[] {
  return basesOf(word).get('noun') ?? [];
}

/**
 * Base forms and related words of a folded word (lower case, as query terms are). Empty when
 * WordNet does not know it or the dict files are missing.
 */
export function relatedWords(word: string): Related {
  const cached = memo.get(word);
  if (cached) return cached;
  if (!/^[a-z]+$/.test(word)) return NONE;
  const forms = new Set<string>();
  const related = new Set<string>();
  const wider = new Set<string>();
  const bases = basesOf(word);
  for (const [pos, list] of bases) {
    for (const base of list) {
      if (base !== word) forms.add(base);
      for (const offset of synonymSenses(base, pos)) {
        const s = synsetAt(pos, offset);
        if (!s) continue;
        const own = s.words.indexOf(base) + 1;
        for (const w of s.words) related.add(w);
        if (pos === 'noun') for (const w of modifiersOf(s)) related.add(w);
        if (pos === 'noun') for (const w of eventKindOf(s)) related.add(w);
        // Its derivationally related forms, and what a relational adjective pertains to
        // ("charitable" ~ "charity": "When did it get charitable status?" of "became a charity").
        for (const p of s.pointers) {
          if ((p.symbol !== '+' && p.symbol !== '\\') || (p.source !== own && p.source !== 0)) continue;
          const into = synsetAt(p.pos, p.offset);
          const target = into?.words[p.target - 1];
          if (target) related.add(target);
          // A verb's noun of the same spelling, with that noun's synonyms: "harmed" ~ "harm" (the
          // noun: "damage, harm, impairment"), so "What harmed the paintings?" meets "damp caused
          // serious damage to the paintings".
          // Only a verb as the question inflects it ("harmed", not "stream", which may be the
          // noun), and where its own sense is the word alone: one with synonyms of its own
          // ("end", "credit", "fill") reads them, not its noun's (measured: the dev set lost two).
          if (into && target === base && word !== base && pos === 'verb' && p.pos === 'noun' && s.words.length === 1) for (const w of into.words) related.add(w);
        }
      }
    }
  }
  // A role a person noun names, by the act that makes it ("founder" ~ "found", "donor" ~ "give").
  const acts = actsOf(bases.get('noun') ?? []);
  for (const w of acts) related.add(w);
  // …and by the commoner kind it is usually met as, with that kind's act ("workers" ~ "employee",
  // "employ": "How many workers does it have?" of "employs about 900 people").
  for (const w of commonerKinds(bases.get('noun') ?? [])) related.add(w);
  // …and a body by its member, as the more general role and its act ("staff" ~ "staffer" ~
  // "employee" ~ "employ": "How many staff work there?" of "it employs 22 people").
  for (const w of memberRoles(bases.get('noun') ?? [])) related.add(w);
  // …and the other way: an act by the role its doer holds ("succeeded" ~ "successor").
  for (const w of rolesOf(bases.get('verb') ?? [])) related.add(w);
  // A verb by the more general act it is a kind of ("financed" ~ "pay": "paid for by a public appeal").
  for (const w of actKindOf(bases)) related.add(w);
  // A verb by the other verbs whose most common sense makes the same act (a noun.act both derive):
  // "found" and "form" both make "constitution, establishment, formation, organization", so
  // "When was the guild set up?" meets "It was formed in 1962"; "train" ~ "educate", "teach".
  // Only for a word that is only a verb, as `actKindOf`: "Who trains her?" is no question of teaching.
  if (!bases.has('noun')) for (const w of sameActVerbs(bases.get('verb') ?? [])) related.add(w);
  // A role by the other words of its act, in the sense WordNet makes the role of where that is
  // the act's most common sense ("founder" ~ "establish, set up, found, launch"), and by the light
  // verbs whose doer it names ("founder" ~ "start": see `doerActs`): "What did the founder do
  // before?" of "It was established by two former printers", "It was started in 2016 by …, two
  // former teachers". Last, so they fill the bound only after the words above.
  for (const w of actSenseWords(bases.get('noun') ?? [])) related.add(w);
  if (acts.length > 0) for (const w of lightWords()) if (doerActs(w).some((a) => acts.includes(a))) related.add(w);
  // The wider circle, closest first: next senses' lemmas, similar adjectives, the most common
  // sense's direct kinds, the next senses' derivationally related words. What a sense is a kind
  // of (its hypernyms: "ship" ~ "vessel") was tried and dropped: on the SQuAD development set's
  // half a, 3 fewer questions answered first (one more on half b).
  // (A verb-only word's first hypernym is read since, as a related word: see `actKindOf`.)
  const senses: Synset[][] = [];
  for (const [pos, list] of bases) {
    for (const base of list) {
      sensesOf(base, pos)
        .slice(0, WIDER_SENSES)
        .forEach((offset, n) => {
          const s = synsetAt(pos, offset);
          if (s) (senses[n] ??= []).push(s);
        });
    }
  }
  const linked = (s: Synset, symbols: readonly string[]): string[] =>
    s.pointers.filter((p) => symbols.includes(p.symbol)).flatMap((p) => synsetAt(p.pos, p.offset)?.words ?? []);
  // The same measure or event in other words ("tall" ~ "height", "high"; "kill" ~ "die") is as
  // close as a synonym: a question asks "how tall" of a record writing "62 metres high".
  for (const w of measureCircle(senses.flat())) related.add(w);
  // The satellites of an adjective's most common sense where it is a head (it has a direct
  // opposite) of one or two: "rich" ~ "wealthy", "moneyed" (a record writes "made their money").
  // Not a satellite's head: "famous" ~ "known", "federal" ~ "national" is a more general word,
  // as a hypernym is, and answered off-topic questions on the dev set; nor a head of many
  // ("first", "new", "high": nine to twenty), too general a meaning.
  for (const s of senses.slice(0, 1).flat()) {
    if (s.pos !== 'adj' || !s.pointers.some((p) => p.symbol === '!')) continue;
    const similar = s.pointers.filter((p) => p.symbol === '&');
    if (similar.length <= MAX_SIMILAR) for (const p of similar) for (const w of synsetAt(p.pos, p.offset)?.words ?? []) related.add(w);
  }
  for (const s of senses.slice(1).flat()) for (const w of s.words) wider.add(w);
  for (const s of senses.slice(0, 2).flat()) for (const w of linked(s, ['&'])) wider.add(w);
  for (const s of senses.slice(0, 1).flat()) for (const w of linked(s, ['~'])) wider.add(w);
  for (const s of senses.slice(1).flat()) for (const w of linked(s, ['+'])) wider.add(w);
  const plain = (w: string): boolean => w !== word && !forms.has(w) && /^[a-z]+$/.test(w);
  const converse = senses
    .slice(0, 1)
    .flat()
    .flatMap((s) => converseWords(s))
    .filter((w) => plain(w) && !related.has(w));
  // The posts of the more general charge of an act of running a body, beyond the bound ("runs" ~
  // "manager", see `chargeRolesOf`): a common verb's own words fill it.
  const charge = chargeRolesOf(bases.get('verb') ?? []).filter((w) => plain(w) && !related.has(w) && !converse.includes(w));
  // A named place's adjective (WordNet writes it from the adjective only), beyond the bound as the
  // converse words: a name's own words fill it.
  const named = namedAdjectives(bases.get('noun') ?? []).filter((w) => plain(w) && !related.has(w) && !converse.includes(w) && !charge.includes(w));
  const relatedOut = [...[...related].filter(plain).slice(0, MAX_RELATED), ...new Set([...converse, ...charge, ...named])];
  // A synonym written as a verb and its particle ("found" ~ "set up"): the record's sentence holds
  // it as the two words side by side, read as one by the index (see `sentencePhrasal`).
  // …and a role's act so written ("founder" ~ "found" ~ "set up").
  const actPhrases = acts.flatMap((act) => [...basesOf(act)].flatMap(([pos, list]) => list.flatMap((b) => synonymSenses(b, pos).flatMap((o) => synsetAt(pos, o)?.words ?? []))));
  const phrases = [...new Set([...related, ...actPhrases])].filter((w) => {
    const [verb, particle, ...rest] = w.split('_');
    return rest.length === 0 && verb !== undefined && /^[a-z]+$/.test(verb) && particle !== undefined && PARTICLES.has(particle) && verb !== word && !forms.has(verb);
  });
  const widerOut = [...wider].filter((w) => plain(w) && !related.has(w)).slice(0, MAX_WIDER);
  // Irregular forms of what is given: "find" is met as "found" in the record.
  const withForms = (list: readonly string[]): string[] => [...new Set(list.flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  const out: Related = {
    forms: [...forms],
    related: withForms(relatedOut),
    wider: withForms(widerOut).filter((w) => !relatedOut.includes(w)),
    ...(phrases.length > 0 ? { phrases } : {}),
  };
  if (memo.size > 50_000) memo.clear();
  memo.set(word, out);
  return out;
}

/**
 * The senses whose lemmas are read as a word's synonyms: its first `SENSES`, and where the first
 * is the word alone (a synset holding no other lemma: "exhibit" first "exhibit symptoms", then
 * "expose, exhibit, display"; "age" alone, then "senesce, age, get on, mature, maturate";
 * "inaugural" alone, then "first, initial, maiden"), its next sense too; not an adjective whose
 * lone sense has satellites ("tall": "lanky", "leggy"; its second is "grandiloquent"). A question
 * asks in the word's common sense ("Where is the mirror exhibited?"), and a lone first sense
 * gives it nothing to meet the record's word by. Verbs and adjectives: for nouns too, the
 * development set answered three questions fewer first (blind sets 3 and 4 one more each).
 */
function synonymSenses(base: string, pos: Pos): readonly number[] {
  const senses = sensesOf(base, pos);
  const first = senses.slice(0, SENSES);
  const lone = senses.length >= 2 ? synsetAt(pos, senses[0] as number) : null;
  // An adjective whose lone sense has satellites ("tall": "lanky", "leggy") is read through them.
  if (pos === 'noun' || !lone || lone.words.length !== 1 || lone.pointers.some((p) => p.symbol === '&')) return first;
  // Only a next sense about as common as the first: tagged more than half as often in WordNet's
  // concordance ("exhibit" 13 and 11; not "kill" 103 and 1, "kill, defeat, vote down"; nor "rank"
  // 2 and 1, "rate, order, place", which answered a development question asked of another article).
  const [once = 0, next = 0] = senseTagCounts(base, pos);
  return 2 * next > once ? senses.slice(0, SENSES + 1) : first;
}

/**
 * The roles of an act: the person nouns WordNet derives from a verb's own lemma in its first
 * `ROLE_SENSES` senses ("succeed" ~ "successor", "succeeder"), the converse of `actsOf`. A record
 * names the doer by the role: "Her successor, Ida Brandt, …" answers "Who succeeded the founder?".
 */
function rolesOf(verbs: readonly string[]): string[] {
  const out: string[] = [];
  for (const verb of verbs) {
    for (const offset of sensesOf(verb, 'verb').slice(0, ROLE_SENSES)) {
      const s = synsetAt('verb', offset);
      const own = s ? s.words.indexOf(verb) + 1 : 0;
      if (!s || own === 0) continue;
      for (const p of s.pointers) {
        if (p.symbol !== '+' || p.pos !== 'noun' || p.source !== own) continue;
        const role = synsetAt('noun', p.offset);
        const word = role?.lexname === 'noun.person' ? role.words[p.target - 1] : undefined;
        if (word) out.push(word);
      }
    }
  }
  return out;
}

const doerMemo = new Map<string, readonly string[]>();

/**
 * The acts by which a record names the doer of a verb's act: the person nouns WordNet derives
 * from any lemma of the verb's first `ROLE_SENSES` senses, and the verbs derived from each such
 * role's head lemma, with irregular forms. "start" is "begin, lead off, start, commence" in its
 * second sense, whose "begin" gives "founder, beginner, founding father, father", headed by
 * "founder", made by "found": "Who started the troupe?" asks for the doer of "a troupe founded in
 * 1911 by the Varga sisters". Only for reading the doer named after "by" (see `agentAfter`):
 * "start" is a verb questions use for any event and brings no words of its own to the ranking.
 */
export function doerActs(word: string): readonly string[] {
  const cached = doerMemo.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  for (const verb of /^[a-z]+$/.test(word) ? (basesOf(word).get('verb') ?? []) : []) {
    for (const offset of sensesOf(verb, 'verb').slice(0, ROLE_SENSES)) {
      for (const p of synsetAt('verb', offset)?.pointers ?? []) {
        if (p.symbol !== '+' || p.pos !== 'noun') continue;
        const role = synsetAt('noun', p.offset);
        if (role?.lexname !== 'noun.person') continue;
        for (const q of role.pointers) {
          if (q.symbol !== '+' || q.pos !== 'verb' || q.source !== 1) continue;
          const act = synsetAt('verb', q.offset)?.words[q.target - 1];
          if (act && /^[a-z]+$/.test(act)) out.add(act);
        }
      }
    }
  }
  // …and each act's synonyms in its most common sense, each where that is its own most common
  // sense too: "found" is "establish, set up, found, launch", so "The mill was established in 1902
  // by …" names who started it as "founded by" does (a phrasal synonym, "set up", is read through
  // `Related.phrases`). Not a light verb ("go" ~ "move, travel, go"), nor a word that is also a
  // noun: "launch" is a boat too ("bought an electric launch"), and a record writing it may mean it.
  const light = new Set(lightWords());
  for (const act of [...out]) {
    const first = sensesOf(act, 'verb')[0];
    const s = first === undefined ? null : synsetAt('verb', first);
    for (const w of s?.words ?? []) if (/^[a-z]+$/.test(w) && !light.has(w) && sensesOf(w, 'noun').length === 0 && sensesOf(w, 'verb')[0] === first) out.add(w);
  }
  const list = [...new Set([...out].flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  if (doerMemo.size > 10_000) doerMemo.clear();
  doerMemo.set(word, list);
  return list;
}

const roleMemo = new Map<string, readonly string[]>();

/**
 * The posts a record may name the doer of a question's act by, beside the doer's name: the person
 * nouns WordNet derives from the verb (`rolesOf`: "own" ~ "owner"), from the acts that name its doer
 * (`doerActs`: "start" ~ "found" ~ "founder") and the posts of running a body (`chargeRolesOf`:
 * "run" ~ "director", "manager"). "Owner Ada Renn said …" and "Its managing director, Ada Renn, …"
 * name who owns or runs the place as "founded by Ada Renn" names who started it (see `roleBeside`).
 */
export function doerRoles(word: string): readonly string[] {
  const cached = roleMemo.get(word);
  if (cached) return cached;
  const verbs = /^[a-z]+$/.test(word) ? (basesOf(word).get('verb') ?? []) : [];
  const roles = [...rolesOf(verbs), ...rolesOf(doerActs(word).filter((w) => basesOf(w).get('verb')?.includes(w))), ...chargeRolesOf(verbs)];
  const list = [...new Set(roles.filter((w) => /^[a-z]+$/.test(w)))];
  if (roleMemo.size > 10_000) roleMemo.clear();
  roleMemo.set(word, list);
  return list;
}

/**
 * The more general act a verb names, for a word that is only a verb: the first lemma of the
 * hypernym of its first sense ("financed" ~ "pay", "expanded" ~ "grow", "injured" ~ "hurt"). Not for
 * a word that is also a noun ("trains", "title": "Who trains her?" answered by "teaching" of another
 * article), nor where the hypernym holds the verb itself ("consider" is a kind of "think, consider":
 * a looser sense of the same word; on the dev set "considered" ~ "think" lost an answer).
 */
function actKindOf(bases: ReadonlyMap<Pos, string[]>): string[] {
  if (bases.has('noun')) return [];
  const out: string[] = [];
  for (const base of bases.get('verb') ?? []) {
    const first = sensesOf(base, 'verb')[0];
    const s = first === undefined ? null : synsetAt('verb', first);
    for (const p of s?.pointers ?? []) {
      if (p.symbol !== '@') continue;
      const kind = synsetAt('verb', p.offset);
      if (kind && !kind.words.includes(base) && kind.words[0]) out.push(kind.words[0]);
    }
  }
  return out;
}

/**
 * The verbs that make the same act as a verb's most common sense: the noun.act synsets that sense
 * derives (WordNet's derivational pointers from any of its lemmas), and the verbs each of those
 * is derived from, each only where that is the verb's own most common sense ("found" ~ "form",
 * "organize", "institute": all make "constitution, establishment, formation, organization" or
 * "initiation, founding, foundation"). Not a light verb.
 */
function sameActVerbs(verbs: readonly string[]): string[] {
  const out: [string, boolean][] = [];
  const light = new Set(lightWords());
  for (const verb of verbs) {
    const first = sensesOf(verb, 'verb')[0];
    const s = first === undefined ? null : synsetAt('verb', first);
    for (const p of s?.pointers ?? []) {
      if (p.symbol !== '+' || p.pos !== 'noun') continue;
      const act = synsetAt('noun', p.offset);
      if (act?.lexname !== 'noun.act') continue;
      for (const q of act.pointers) {
        if (q.symbol !== '+' || q.pos !== 'verb' || q.offset === first) continue;
        const w = synsetAt('verb', q.offset)?.words[q.target - 1];
        if (w && /^[a-z]+$/.test(w) && !light.has(w) && !out.some(([x]) => x === w) && sensesOf(w, 'verb')[0] === q.offset) out.push([w, synsetAt('verb', q.offset)?.lexname === s?.lexname]);
      }
    }
  }
  // Those of the verb's own kind of act first (WordNet's file: "found" and "form" are social acts, "originate" a creation).
  return [...out.filter(([, same]) => same), ...out.filter(([, same]) => !same)].map(([w]) => w);
}

/** A verb's senses read for the roles of its more general act (see `chargeRolesOf`): "run" is "operate, run" in its fourth. */
const CHARGE_SENSES = 4;
/** WordNet's leader, sense 1 ("a person who rules or guides or inspires others"): the posts `chargeRolesOf` reads are kinds of it. */
let leaderSense: ReadonlySet<string> | undefined;

/**
 * The roles of the more general act a verb names where it runs, leads or otherwise directs a body
 * (a sense of WordNet's verb.social among its first `CHARGE_SENSES`): the lemmas of the person
 * nouns derived from that sense's hypernym that are kinds of a leader ("run" in "operate, run" is
 * a kind of "direct", whose doer is "director, manager"; "register" in "enrol, recruit" gives no
 * "registrar" or "recruiter"). A record names who runs a place by the post they hold: "The
 * depot's manager, Ivo Reyes, said …" answers "Who runs the depot?"; the search weighs them as the
 * word's related words.
 */
function chargeRolesOf(verbs: readonly string[]): string[] {
  leaderSense ??= senseKeys('noun', ['leader', 1]);
  const out: string[] = [];
  for (const verb of verbs) {
    for (const offset of sensesOf(verb, 'verb').slice(0, CHARGE_SENSES)) {
      const s = synsetAt('verb', offset);
      if (s?.lexname !== 'verb.social') continue;
      for (const p of s.pointers) {
        if (p.symbol !== '@') continue;
        for (const q of synsetAt('verb', p.offset)?.pointers ?? []) {
          if (q.symbol !== '+' || q.pos !== 'noun') continue;
          const role = synsetAt('noun', q.offset);
          if (role?.lexname === 'noun.person' && synsetIsKindOf(role, leaderSense)) out.push(...role.words.filter((w) => /^[a-z]+$/.test(w)));
        }
      }
    }
  }
  return out;
}

/** A verb's senses whose kinds' kinds are read as its two-step words (see `twoStepWords`): "manage" is "oversee, administer" in its second. */
const TWO_STEP_SENSES = 2;
/** A two-step word counts only where its synset is one of its own first senses: "run" is "operate, run" in its fourth. */
const TWO_STEP_LEMMA_SENSES = 4;
/** Two-step words given per query word, at most. */
const MAX_TWO_STEP = 24;
const twoStepMemo = new Map<string, readonly string[]>();

/**
 * A verb's words two WordNet steps away, a step beyond its related words: (1) the lemmas of the
 * kinds of its kinds, in its first `TWO_STEP_SENSES` senses ("manage, deal, care, handle" has the
 * kind "direct", whose kind is "operate, run": "Who manages the reserve?" of "the reserve is run by
 * the Fenwick Trust"), each lemma only where that kind is one of its own first
 * `TWO_STEP_LEMMA_SENSES` senses (so not "have" and "make" of "hold, throw, have, make", a party
 * held); (2) the lemmas of its second to `TWO_STEP_LEMMA_SENSES`th senses for which that sense is
 * their own first ("run" in its fourth is "operate, run", operate's first). Looser than `related`:
 * the search weighs them below it and never lets them make the record hold a term. (1) only for a
 * word that is only a verb: a noun's kinds are its category's (see `categoryKinds`).
 */
export function twoStepWords(word: string): readonly string[] {
  const cached = twoStepMemo.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  const bases = /^[a-z]+$/.test(word) ? basesOf(word) : new Map<Pos, string[]>();
  const skip = new Set([word, ...[...bases.values()].flat()]);
  if (!bases.has('noun')) {
    for (const base of bases.get('verb') ?? []) {
      for (const offset of sensesOf(base, 'verb').slice(0, TWO_STEP_SENSES)) {
        const s = synsetAt('verb', offset);
        for (const p of s?.pointers ?? []) {
          if (p.symbol !== '~' || p.pos !== 'verb') continue;
          for (const q of synsetAt('verb', p.offset)?.pointers ?? []) {
            if (q.symbol !== '~' || q.pos !== 'verb') continue;
            const kind = synsetAt('verb', q.offset);
            for (const w of kind?.words ?? []) {
              if (/^[a-z]+$/.test(w) && !skip.has(w) && kind && sensesOf(w, 'verb').slice(0, TWO_STEP_LEMMA_SENSES).includes(kind.offset)) out.add(w);
            }
          }
        }
      }
    }
  }
  // (2), for a word that is also a noun too ("runs"): "Who runs the ferry?" of "the service is
  // operated by …"; "manage" ~ "oversee", "supervise".
  for (const base of bases.get('verb') ?? []) {
    for (const offset of sensesOf(base, 'verb').slice(1, TWO_STEP_LEMMA_SENSES)) {
      for (const w of synsetAt('verb', offset)?.words ?? []) if (/^[a-z]+$/.test(w) && !skip.has(w) && sensesOf(w, 'verb')[0] === offset) out.add(w);
    }
  }
  const close = new Set(relatedWords(word).related);
  const list = [...out].filter((w) => !close.has(w)).slice(0, MAX_TWO_STEP);
  const withForms = [...new Set(list.flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  if (twoStepMemo.size > 50_000) twoStepMemo.clear();
  twoStepMemo.set(word, withForms);
  return withForms;
}

/** Senses read for a role and its act (`actsOf`, `rolesOf`): "founder" is the person in its second noun sense. */
const ROLE_SENSES = 2;

/**
 * The acts of a role a person noun names: the verbs WordNet derives its person sense's lemmas
 * from, the noun's own lemma first, else the first other lemma of the sense that has one ("donor"
 * has none; its synonym "giver" gives "give"). A record names the role by its act: "given to the
 * town by a tanner" answers "What was the donor's trade?", "founded by Ada Lund" "the school's
 * founder". Only a sense that is a kind of person, among the noun's first `ROLE_SENSES`.
 */
function actsOf(nouns: readonly string[]): string[] {
  const out: string[] = [];
  for (const noun of nouns) {
    for (const offset of sensesOf(noun, 'noun').slice(0, ROLE_SENSES)) {
      const s = synsetAt('noun', offset);
      if (!s || s.lexname !== 'noun.person') continue;
      const verbsOf = (lemma: number): string[] =>
        s.pointers.filter((p) => p.symbol === '+' && p.pos === 'verb' && p.source === lemma).flatMap((p) => synsetAt(p.pos, p.offset)?.words[p.target - 1] ?? []);
      const own = s.words.indexOf(noun) + 1;
      let acts = own > 0 ? verbsOf(own) : [];
      for (let n = 1; acts.length === 0 && n <= s.words.length; n++) if (n !== own) acts = verbsOf(n);
      out.push(...acts);
    }
  }
  return out;
}

/** WordNet's files of events, processes and phenomena (see `eventKindOf`). */
const EVENT_FILES: ReadonlySet<string> = new Set(['noun.event', 'noun.process', 'noun.phenomenon']);

/**
 * The one-word lemmas of what an event, process or phenomenon noun's sense is a kind of, where
 * that is an event, process or phenomenon of the same file: "blaze" ~ "fire, flame" (a process),
 * "downpour" ~ "rain", "gale" ~ "wind" (phenomena). A question words the event by a vivid
 * word ("What was lost in the 1936 blaze?") that the record writes as the plain one ("A fire in
 * 1936 destroyed the pavilion"). Not things' kinds ("ship" ~ "vessel", tried and dropped: see
 * the wider circle), nor acts ("war" ~ "military action"), nor a kind in another file.
 */
function eventKindOf(s: Synset): string[] {
  if (!EVENT_FILES.has(s.lexname)) return [];
  return s.pointers.flatMap((p) => {
    if (p.symbol !== '@' || p.pos !== 'noun') return [];
    const kind = synsetAt('noun', p.offset);
    return kind && kind.lexname === s.lexname ? kind.words.filter((w) => /^[a-z]+$/.test(w)) : [];
  });
}

/**
 * The one-word lemmas of the verb senses a person noun's own lemma is derived from (WordNet's
 * derivational pointers of its first `ROLE_SENSES` person senses, as `actsOf` reads them), where
 * that sense is the act's most common one, and each lemma only where it is that lemma's most
 * common sense too: the act's synonyms in the sense that makes the role, "founder" ~ "establish,
 * launch" (the first sense of "found", "establish" and "launch" as verbs). Not a rarer sense of
 * the act ("farmer" ~ "farm" in "grow, raise, farm, produce"), nor a lemma's rarer sense
 * ("visitor" ~ "visit, see": "see" is most often to perceive), nor a light verb ("producer" ~
 * "make"), nor the acts of the role's other lemmas ("father" ~ "beget").
 */
function actSenseWords(nouns: readonly string[]): string[] {
  const out: string[] = [];
  const light = new Set(lightWords());
  for (const noun of nouns) {
    for (const offset of sensesOf(noun, 'noun').slice(0, ROLE_SENSES)) {
      const s = synsetAt('noun', offset);
      if (!s || s.lexname !== 'noun.person') continue;
      const own = s.words.indexOf(noun) + 1;
      for (const p of s.pointers) {
        if (p.symbol !== '+' || p.pos !== 'verb' || p.source !== own || own === 0) continue;
        const act = synsetAt('verb', p.offset);
        const lemma = act?.words[p.target - 1];
        if (!act || lemma === undefined || sensesOf(lemma, 'verb')[0] !== p.offset) continue;
        for (const w of act.words) if (/^[a-z]+$/.test(w) && !light.has(w) && sensesOf(w, 'verb')[0] === p.offset) out.push(w);
      }
    }
  }
  return out;
}

/**
 * The commoner kind of a person noun: the one direct kind of its first sense whose lemma WordNet
 * tagged more often (in that kind's sense, its first) than the noun in its first sense, with the
 * act it names (`actsOf`): "worker" (29 tags) ~ "employee" (57) ~ "employ". A reader asks by the
 * general role; a record writes the commoner, narrower one or its act. None where several are
 * commoner.
 */
function commonerKinds(nouns: readonly string[]): string[] {
  const out: string[] = [];
  for (const noun of nouns) {
    const first = sensesOf(noun, 'noun')[0];
    const s = first === undefined ? null : synsetAt('noun', first);
    if (!s || s.lexname !== 'noun.person') continue;
    const own = senseTagCounts(noun, 'noun')[0] ?? 0;
    const commoner = s.pointers.flatMap((p) =>
      p.symbol === '~' ? (synsetAt('noun', p.offset)?.words ?? []).filter((lemma) => sensesOf(lemma, 'noun')[0] === p.offset && (senseTagCounts(lemma, 'noun')[0] ?? 0) > own) : [],
    );
    // Only where one kind stands out: "adult" is met as "man" and "woman", "traveler" as five, none the usual one.
    if (commoner.length === 1) out.push(commoner[0]!, ...actsOf(commoner));
  }
  return out;
}

/**
 * The member of a body a noun names in its most common sense (WordNet's member meronym of a
 * noun.group sense: "staff" ~ "staff_member, staffer"), as the role that member is a kind of
 * ("employee") and that role's act (`actsOf`: "employ"). A reader counts a body's people by the
 * body ("How many staff …", "How large is the crew?"); a record counts them by the act or the role.
 */
let workerSense: ReadonlySet<string> | undefined;
function memberRoles(nouns: readonly string[]): string[] {
  const out: string[] = [];
  for (const noun of nouns) {
    const first = sensesOf(noun, 'noun')[0];
    const s = first === undefined ? null : synsetAt('noun', first);
    if (!s || s.lexname !== 'noun.group') continue;
    // Its members, and where a member is itself a body, that body's members: a workforce's are
    // gangs and crews ("gang, crew, work party"), whose member is the crewman, a kind of employee
    // ("How large is the workforce?" of "X employs 45 people").
    const members = s.pointers.filter((p) => p.symbol === '%m');
    for (const p of [...members]) if (synsetAt('noun', p.offset)?.lexname === 'noun.group') members.push(...(synsetAt('noun', p.offset)?.pointers ?? []).filter((q) => q.symbol === '%m'));
    for (const p of members) {
      const member = synsetAt('noun', p.offset);
      // A body of workers only: a team's member is a player, and "play" is no count of it.
      workerSense ??= senseKeys('noun', ['worker', 1]);
      if (!member || member.lexname !== 'noun.person' || !synsetIsKindOf(member, workerSense)) continue;
      const roles = member.pointers.filter((q) => q.symbol === '@').flatMap((q) => synsetAt('noun', q.offset)?.words ?? []);
      out.push(...member.words, ...roles, ...actsOf(roles));
    }
  }
  return out;
}

/** Levels of kinds read below a converse (see `converseWords`): child, then son and daughter. */
const CONVERSE_DEPTH = 2;
/**
 * The adjectives WordNet says pertain to a named place or people, which it writes from the
 * adjective only ("French" pertains to "France"; nothing leads from "France" back): "When did he
 * become a citizen of France?" of "In 1835 he obtained French citizenship". Only for a noun whose
 * first sense is an instance (a name: "France", "Nigeria"), not a common noun, whose relational
 * adjectives drift ("state" ~ "national", "civil").
 */
/** WordNet's pertainyms turned round: per noun synset, the adjectives that pertain to it (`pointersInto`). */
const pertainymsInto = (): ReturnType<typeof pointersInto> => pointersInto('adj', '\\', 'noun');

/** Builds the pertainym table now (`warmQuestionTables`), not on the first question naming a place (about 0.2 s). */
export function loadPertainyms(): void {
  pertainymsInto();
}

export function namedAdjectives(nouns: readonly string[]): string[] {
  const out: string[] = [];
  for (const noun of nouns) {
    const first = sensesOf(noun, 'noun')[0];
    const s = first === undefined ? null : synsetAt('noun', first);
    if (!s || !s.pointers.some((p) => p.symbol === '@i')) continue;
    const own = s.words.indexOf(noun) + 1;
    for (const p of pertainymsInto().get(s.offset) ?? []) {
      if (p.target !== 0 && p.target !== own) continue;
      const adj = synsetAt('adj', p.offset)?.words[p.source - 1];
      if (adj !== undefined && /^[a-z]+$/.test(adj) && !out.includes(adj)) out.push(adj);
    }
  }
  return out;
}

/** Converse words given per sense, at most. */
const MAX_CONVERSE = 8;

/**
 * The other side of a relation a person noun names, by WordNet's opposites: "father" is a kind
 * of "parent", whose opposite "child" is not a kind of what "parent" is a kind of (as "female"
 * is of "male": a sibling opposite, not a converse). Its lemmas and kinds, each only where that
 * kind is one of the lemma's first two senses and, below the converse itself ("child"), comes in
 * an opposite pair ("son", "daughter"; not "baby"): the record names a parent by the child ("Varga, the daughter of a millwright" answers "What was Varga's father's trade?").
 * Only a first-sense person noun's; "son" (its kind's opposite is "female offspring", a sibling)
 * gets none.
 */
function converseWords(s: Synset): string[] {
  if (s.pos !== 'noun' || s.lexname !== 'noun.person') return [];
  const out: string[] = [];
  for (const h of s.pointers) {
    if (h.symbol !== '@' || h.pos !== 'noun') continue;
    const hypernym = synsetAt('noun', h.offset);
    if (!hypernym) continue;
    const above = new Set(hypernym.pointers.filter((p) => p.symbol === '@').map((p) => p.offset));
    for (const a of hypernym.pointers) {
      if (a.symbol !== '!' || a.pos !== 'noun') continue;
      const other = synsetAt('noun', a.offset);
      if (!other || other.pointers.some((p) => p.symbol === '@' && above.has(p.offset))) continue;
      let level: Synset[] = [other];
      for (let depth = 0; depth <= CONVERSE_DEPTH && level.length > 0; depth++) {
        const next: Synset[] = [];
        for (const k of level) {
          // The converse itself ("child", "kid"), and its kinds that come in opposite pairs
          // ("son" / "daughter"), not every kind ("baby", "foundling").
          const paired = depth === 0 || k.pointers.some((p) => p.symbol === '!');
          if (paired) for (const w of k.words) if (/^[a-z]+$/.test(w) && sensesOf(w, 'noun').slice(0, 2).includes(k.offset)) out.push(w);
          for (const p of k.pointers) if (p.symbol === '~' && p.pos === 'noun') next.push(...[synsetAt('noun', p.offset)].filter((x): x is Synset => x !== undefined));
        }
        level = next;
      }
    }
  }
  return out.slice(0, MAX_CONVERSE);
}

/**
 * The adjectives that make a person noun sense's two-word lemmas ("husband" is also "married_man",
 * "wife" "married_woman": "married"): the record writes the sense as the event or state that
 * the adjective names ("she married the cellist"). Only an adjective WordNet knows as one
 * before a noun it knows, and mostly an adjective, not a noun ("union_soldier" of "federal", "line_of_work",
 * "police_force" give nothing), and not a modifier of the sense's own kind ("male_parent" of
 * "father" gives nothing).
 */
function modifiersOf(s: Synset): string[] {
  const out: string[] = [];
  // Of a kind of person only ("western" of "Samoa", "armed" of "military", "blessed" of the
  // named "Mary" are no event the record writes instead).
  if (s.lexname !== 'noun.person' || !s.pointers.some((p) => p.symbol === '@')) return out;
  const hypernyms = s.pointers.filter((p) => p.symbol === '@').flatMap((p) => synsetAt(p.pos, p.offset)?.words ?? []);
  for (const lemma of s.words) {
    const parts = lemma.split('_');
    if (parts.length !== 2) continue;
    const [modifier, head] = parts as [string, string];
    // "male_parent" of "father": a modifier telling a kind from its siblings under the sense's own
    // kind ("parent") says nothing of its own.
    if (hypernyms.includes(head)) continue;
    if (/^[a-z]+$/.test(modifier) && sensesOf(modifier, 'adj').length > sensesOf(modifier, 'noun').length && sensesOf(head, 'noun').length > 0) out.push(modifier);
  }
  return out;
}

/**
 * What a word's senses say about the same measure or event in other words, by WordNet's attribute
 * and cause pointers: an adjective's attribute and that attribute's other values ("tall" ~
 * "height", "high"; "heavy" ~ "weight"; "deep" ~ "depth"), a measure noun's values ("height" ~ "tall"),
 * and what a verb's first sense causes ("kill" ~ "die"). Opposite values ("tall" / "short") are
 * left out: they answer the same question only as a denial.
 */
function measureCircle(senses: readonly Synset[]): string[] {
  const out: string[] = [];
  const opposite = new Set<string>();
  const oppositeWords = new Set<string>();
  for (const s of senses) {
    for (const p of s.pointers) {
      if (p.symbol !== '!') continue;
      opposite.add(`${p.pos}:${p.offset}`);
      for (const w of synsetAt(p.pos, p.offset)?.words ?? []) oppositeWords.add(w);
    }
  }
  const values = (attr: Synset): void => {
    for (const p of attr.pointers) {
      if (p.symbol !== '=' || opposite.has(`${p.pos}:${p.offset}`)) continue;
      const value = synsetAt(p.pos, p.offset);
      if (!value || value.pointers.some((q) => q.symbol === '!' && senses.some((s) => s.pos === q.pos && s.offset === q.offset))) continue;
      out.push(...value.words.filter((w) => !oppositeWords.has(w)));
    }
  };
  for (const s of senses) {
    if (s.pos === 'noun') values(s);
    for (const p of s.pointers) {
      if (p.symbol === '=' && s.pos !== 'noun') {
        const attr = synsetAt(p.pos, p.offset);
        if (!attr) continue;
        out.push(...attr.words);
        for (const q of attr.pointers) if (q.symbol === '+') out.push(...(synsetAt(q.pos, q.offset)?.words ?? []));
        values(attr);
        // The attribute's name in its other common senses: "tall" is of a person's "stature,
        // height", whose first sense (an object's height) is what "high" and "tall" both measure.
        for (const w of attr.words) {
          for (const n of sensesOf(w, 'noun').slice(0, 2)) {
            const other = n === attr.offset ? null : synsetAt('noun', n);
            if (other) values(other);
          }
        }
      }
    }
  }
  const first = senses.find((s) => s.pos === 'verb');
  // What it causes, by the effect's first lemma: "die", not its looser "go" or "pass".
  if (first) for (const p of first.pointers) if (p.symbol === '>') out.push(...(synsetAt(p.pos, p.offset)?.words.slice(0, 1) ?? []));
  return out;
}

const dictionaryMemo = new Map<string, boolean>();

/**
 * Whether WordNet knows a folded word, as written or as an inflection of one of its lemmas
 * ("teams" → "team"). False when the dict files are missing.
 */
export function isDictionaryWord(word: string): boolean {
  const known = dictionaryMemo.get(word);
  if (known !== undefined) return known;
  const is = /^[a-z]+$/.test(word) && baseForms(word).size > 0;
  if (dictionaryMemo.size > 50_000) dictionaryMemo.clear();
  dictionaryMemo.set(word, is);
  return is;
}

/** Adverb particles that make a phrasal verb with the verb before them ("set up", "shut down"). */
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'over', 'back', 'away']);
/** Prepositions that are a phrasal verb's particle only right after it, closing the clause ("brought in?"). */
const CLOSING_PARTICLES = new Set(['in', 'on']);
/** Whether a word is an adverb particle of a phrasal verb ("up" of "set_up"; see `PARTICLES`, `CLOSING_PARTICLES`), not an idiom's word ("place" of "take_place"). */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word) || CLOSING_PARTICLES.has(word);
}
/** Words a particle may stand after its verb ("set the festival up"), at most. */
const PARTICLE_REACH = 3;

/** Words after a verb that an idiom of WordNet may hold (`lay_to_rest`: two), at most. */
const IDIOM_REACH = 3;
/** Possessive determiners, which WordNet's idioms write as "one's" ("lose_one's_temper"). */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * The multiword verbs of a question as WordNet knows them, by the verb's folded word: phrasal
 * verbs ("drew up" → "draw_up", "set the festival up" → "set_up", "shut down" → "shut_down": a
 * particle right after the verb, or up to `PARTICLE_REACH` words after it where the clause ends,
 * "set the festival up?") and idioms of a verb and the words right after it, up to `IDIOM_REACH`
 * of them, ending on a content word ("laid to rest" → "lay_to_rest", "gave birth" →
 * "give_birth", "took part" → "take_part"; a possessive as WordNet's "one's": "lost his temper" →
 * "lose_one's_temper"). `parts` holds the idioms' words after the verb: the idiom's meaning is
 * read through the verb, and "rest" of "laid to rest" is no topic of its own.
 */
export function multiwordVerbs(query: string, stranded = false): { verbs: Map<string, string>; parts: Set<string> } {
  const verbs = new Map<string, string>();
  const parts = new Set<string>();
  const words = [...query.matchAll(/[A-Za-z]+|[?!.,;:]/g)].map((m) => m[0].toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!/^[a-z]+$/.test(w) || PARTICLES.has(w) || CLOSING_PARTICLES.has(w)) continue;
    const bases = basesOf(w).get('verb') ?? [];
    const idiom = idiomAt(words, i, bases);
    if (idiom) {
      verbs.set(w, idiom.lemma);
      for (const p of idiom.parts) parts.add(p);
      continue;
    }
    const phrasal = phrasalAt(words, i, bases);
    if (phrasal && !(stranded && CLOSING_PARTICLES.has(words[i + 1] ?? '') && strandedAt(words, i))) verbs.set(w, phrasal);
  }
  return { verbs, parts };
}

/**
 * The phrasal verb a record's sentence writes as a word and the adverb particle right after it
 * ("was set up in 2012" → "set_up", "closed down" → "close_down"), or null where WordNet has no such verb.
 * The index holds it as one more term of the sentence, met by a question's word whose WordNet
 * synonym it is (`Related.phrases`: "When was it founded?"). Memoised.
 */
export function sentencePhrasal(word: string, particle: string): string | null {
  if (!PARTICLES.has(particle) || !/^[a-z]+$/.test(word)) return null;
  const key = `${word}_${particle}`;
  const known = phrasalMemo.get(key);
  if (known !== undefined) return known;
  let out: string | null = null;
  for (const base of basesOf(word).get('verb') ?? []) {
    if (base === 'be' || sensesOf(`${base}_${particle}`, 'verb').length === 0) continue;
    out = `${base}_${particle}`;
    break;
  }
  if (phrasalMemo.size > 50_000) phrasalMemo.clear();
  phrasalMemo.set(key, out);
  return out;
}
const phrasalMemo = new Map<string, string | null>();

/** The phrasal verbs of a question (see `multiwordVerbs`), by the verb's folded word. */
export function phrasalVerbs(query: string): Map<string, string> {
  return multiwordVerbs(query).verbs;
}

/**
 * The longest WordNet verb lemma made of a verb's base form and the words right after it (at
 * least one of them a content word, the last one too, in a base form), with "one's" for a
 * possessive. Null where WordNet has none.
 */
function idiomAt(words: readonly string[], i: number, verbBases: readonly string[]): { lemma: string; parts: string[] } | null {
  // "be" is a copula or an auxiliary: "was born", "was given" are its complements, not idioms.
  const bases = verbBases.filter((b) => b !== 'be');
  if (bases.length === 0) return null;
  const after: string[] = [];
  for (let j = i + 1; j < Math.min(words.length, i + 1 + IDIOM_REACH); j++) {
    const w = words[j] as string;
    if (!/^[a-z]+$/.test(w)) break;
    after.push(w);
  }
  for (let n = after.length; n >= 1; n--) {
    const tail = after.slice(0, n);
    const last = tail[n - 1] as string;
    if (readWord(last) === null || (n === 1 && (PARTICLES.has(last) || CLOSING_PARTICLES.has(last)))) continue;
    const lasts = [last, ...(basesOf(last).get('noun') ?? [])].filter((l) => !PARTICLES.has(l) && !CLOSING_PARTICLES.has(l));
    const middle = tail.slice(0, -1).map((t) => (POSSESSIVES.has(t) ? "one's" : t));
    for (const base of bases) {
      for (const l of lasts) {
        const lemma = [base, ...middle, l].join('_');
        // Only an idiom WordNet gives other words for: one it cannot put otherwise ("take_control")
        // is better read word by word.
        if (sensesOf(lemma, 'verb').length > 0 && phrasalWords(lemma).length > 0) return { lemma, parts: tail.filter((t) => readWord(t) !== null) };
      }
    }
  }
  return null;
}

/** Forms of "be" that make a passive with a participle after them. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Words that may open a question's noun phrase asked for ("which month", "what kind of building"). */
const WH_DETERMINERS = new Set(['which', 'what', 'whose']);

/**
 * Whether the "in" / "on" closing a question right after its verb at `i` is a preposition left
 * at the end, not the verb's particle: the question opens on a noun phrase asked for ("Which month
 * …", "What region …", no preposition before it) and the verb is a passive participle whose
 * subject stands between the form of "be" and it ("Which week is the regatta held in?": the regatta is
 * what is held, so the week is the preposition's). Not where nothing stands between them ("Which
 * crops were brought in?": the crops are brought in), nor an active verb ("What did the appeal
 * bring in?", whose asked thing is the phrasal verb's object).
 */
function strandedAt(words: readonly string[], i: number): boolean {
  if (!WH_DETERMINERS.has(words[0] ?? '') || BE_FORMS.has(words[1] ?? '') || !/^[a-z]+$/.test(words[1] ?? '')) return false;
  for (let b = i - 2; b >= 2; b--) if (BE_FORMS.has(words[b] as string)) return true;
  return false;
}

/**
 * Prepositions of direction, which may follow a particle separated from its verb by the verb's
 * object: "to" and "into" say where the object is brought, put or set, so the particle before them
 * is the verb's ("brought the barge back into service"), not a preposition of its own.
 */
const DIRECTIONS = new Set(['to', 'into']);

/** The phrasal verb of a verb and a particle after it (see `multiwordVerbs`), or null. */
function phrasalAt(words: readonly string[], i: number, bases: readonly string[]): string | null {
  for (let j = i + 1; j < Math.min(words.length, i + 1 + PARTICLE_REACH); j++) {
    const p = words[j] as string;
    if (!/^[a-z]+$/.test(p)) break;
    if (!PARTICLES.has(p) && !CLOSING_PARTICLES.has(p)) continue;
    // A particle set after its object closes the clause ("set the festival up?") or leads into where
    // the object goes ("brought the barge back into service", "brought rope making back to the town").
    const closes = j + 1 >= words.length || !/^[a-z]+$/.test(words[j + 1] as string) || (j > i + 1 && DIRECTIONS.has(words[j + 1] as string));
    // "in"/"on" closing a question after another word is its preposition ("go to school in?").
    if (PARTICLES.has(p) ? !(closes || j === i + 1) : !(closes && j === i + 1)) break;
    for (const base of bases) if (sensesOf(`${base}_${p}`, 'verb').length > 0) return `${base}_${p}`;
    // Through a synonym only with an adverb particle right after the verb: "did she toss out?" is
    // no "make_out", "hand in" no "give_in".
    for (const base of j === i + 1 && PARTICLES.has(p) ? bases : []) {
      const lemma = synonymPhrasal(base, p);
      if (lemma) return lemma;
    }
    return null;
  }
  return null;
}

/**
 * A phrasal verb WordNet does not write, read through a synonym of its verb that makes one with
 * the same particle: "hand back" is not a lemma, but "hand" is "give" in its most common sense,
 * and "give_back" is "return, repay, refund" ("What must members hand back?" of
 * "… and return a portion of the seed"). Only a phrasal verb WordNet gives other words for, and
 * only for an adverb particle right after the verb (see `phrasalAt`).
 */
function synonymPhrasal(base: string, particle: string): string | null {
  for (const offset of sensesOf(base, 'verb').slice(0, SENSES)) {
    for (const w of synsetAt('verb', offset)?.words ?? []) {
      if (w === base || w.includes('_')) continue;
      const lemma = `${w}_${particle}`;
      if (sensesOf(lemma, 'verb').length > 0 && phrasalWords(lemma).length > 0) return lemma;
    }
  }
  return null;
}

const twoWordMemo = new Map<string, readonly (readonly [string, string])[]>();

/**
 * The two-word verbs among a verb's WordNet synonyms (the senses `relatedWords` reads), as [verb,
 * second word]: "founded" ~ "set up" ("establish, set up, found, launch"), "assembled" ~ "put
 * together". `relatedWords` gives one-word lemmas only, and the record's index holds words one by
 * one, so a record writing the synonym as two words ("It was set up in 2016 by …") is met through
 * its verb where the second word follows it (see `writesTwoWord` in index.ts). The converse of
 * `phrasalVerbs`, which reads a question's own two-word verb as WordNet writes it. None for a word
 * that is also a noun.
 */
export function twoWordSynonyms(word: string): readonly (readonly [string, string])[] {
  const cached = twoWordMemo.get(word);
  if (cached) return cached;
  const out: [string, string][] = [];
  const bases = /^[a-z]+$/.test(word) ? basesOf(word) : new Map<Pos, string[]>();
  // Only a word that is only a verb, as for `actKindOf`: "line" of "How long is the line …" is
  // the noun, and its verb's "run along" no synonym of it.
  for (const base of bases.has('noun') ? [] : (bases.get('verb') ?? [])) {
    for (const offset of synonymSenses(base, 'verb')) {
      for (const lemma of synsetAt('verb', offset)?.words ?? []) {
        const parts = lemma.split('_');
        const [verb, second] = parts;
        if (parts.length !== 2 || verb === undefined || second === undefined || verb === base || !/^[a-z]+$/.test(verb) || !/^[a-z]+$/.test(second)) continue;
        // An adverb particle ("up", "out") or a content word ("together") after the verb, not a
        // preposition of the stop words: "known as" follows names everywhere ("a culture known as …"),
        // and read for "named"/"called" it answered another article's question.
        if (!PARTICLES.has(second) && readWord(second) === null) continue;
        if (!out.some(([v, w]) => v === verb && w === second)) out.push([verb, second]);
      }
    }
  }
  if (twoWordMemo.size > 50_000) twoWordMemo.clear();
  twoWordMemo.set(word, out);
  return out;
}

/**
 * The words of a phrasal verb's most common sense (`phrasalVerbs`): its synset's one-word lemmas
 * and their derivationally related forms, with irregular forms ("set_up" → "establish", "found",
 * "launch"…; "shut_down" → "close", "fold"). Memoised.
 */
export function phrasalWords(lemma: string): readonly string[] {
  const key = `phrasal:${lemma}`;
  const cached = memo.get(key);
  if (cached) return cached.related;
  const words = new Set<string>();
  // The next sense too where it is about as common (tagged more than half as often): "break_up"
  // is "disperse, scatter" (5) and "separate, part, split_up" (3), "the band broke up".
  const [once = 0, next = 0] = senseTagCounts(lemma, 'verb');
  for (const offset of sensesOf(lemma, 'verb').slice(0, 2 * next > once ? SENSES + 1 : SENSES)) {
    const s = synsetAt('verb', offset);
    if (!s) continue;
    for (const w of s.words) words.add(w);
    for (const p of s.pointers) {
      if (p.symbol !== '+') continue;
      const target = synsetAt(p.pos, p.offset)?.words[p.target - 1];
      if (target) words.add(target);
    }
  }
  const plain = [...words].filter((w) => /^[a-z]+$/.test(w)).slice(0, MAX_RELATED);
  const related = [...new Set(plain.flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  memo.set(key, { forms: [], related, wider: [] });
  return related;
}

/** Words that may stand between a form of "be" and "in" in a question's state ("Who is now in charge of …?"), at most. */
const STATE_REACH = 2;

/**
 * The states a question asks who or what is in, by their noun's folded word: "in N", after a form
 * of "be" (at most `STATE_REACH` words between) and before "of" or the question's end, where
 * WordNet has the verb "take_N" of entering that state ("Who is now in charge of this ferry?" →
 * "take_charge"; "in control" → "take_control"). The state is what that verb leads to, and WordNet
 * files it as the verb's more general act: see `stateWords`.
 */
export function questionStates(query: string): Map<string, string> {
  const out = new Map<string, string>();
  const words = [...query.matchAll(/[A-Za-z]+|[?!.,;:]/g)].map((m) => m[0].toLowerCase());
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'in') continue;
    const noun = words[i + 1] as string;
    const next = words[i + 2];
    if (!/^[a-z]+$/.test(noun) || !(next === undefined || next === 'of' || !/^[a-z]+$/.test(next))) continue;
    let be = false;
    for (let b = i - 1; b >= Math.max(0, i - 1 - STATE_REACH); b--) if (BE_FORMS.has(words[b] as string)) be = true;
    if (!be) continue;
    for (const base of basesOf(noun).get('noun') ?? []) {
      const lemma = `take_${base}`;
      if (sensesOf(lemma, 'verb').length > 0 && stateWords(lemma).length > 0) {
        out.set(noun, lemma);
        break;
      }
    }
  }
  return out;
}

/**
 * The words of the state a verb of entering it leads to (see `questionStates`): the lemmas of its
 * most common sense's more general act ("take_charge" is a kind of "head, lead", which WordNet
 * glosses "be in charge of"), the other ways of that act's own more general one, each only where
 * it is one of its lemma's first `TWO_STEP_LEMMA_SENSES` senses ("head" is a kind of "direct",
 * whose kinds are "operate, run", "administer", "guide, steer": a record writes "the ferry is run
 * by …"), and the posts of running a body those acts name (`chargeRolesOf`: "director", "manager").
 * Not the person nouns of the act itself ("leader", "chief"): "Council leader … said the borough had
 * chosen the firm" answered a question asking who is in charge of a firm, asked of another record (q80, one read
 * off-topic question). Not a light verb. Memoised.
 */
export function stateWords(lemma: string): readonly string[] {
  const key = `state:${lemma}`;
  const cached = memo.get(key);
  if (cached) return cached.related;
  const light = new Set(lightWords());
  const words = new Set<string>();
  const plain = (w: string): boolean => /^[a-z]+$/.test(w) && !light.has(w);
  const first = sensesOf(lemma, 'verb')[0];
  const s = first === undefined ? null : synsetAt('verb', first);
  for (const p of s?.pointers ?? []) {
    if (p.symbol !== '@') continue;
    const act = synsetAt('verb', p.offset);
    if (!act) continue;
    const lemmas = act.words.filter(plain);
    for (const w of lemmas) words.add(w);
    for (const q of act.pointers) {
      if (q.symbol !== '@') continue;
      for (const r of synsetAt('verb', q.offset)?.pointers ?? []) {
        if (r.symbol !== '~' || r.pos !== 'verb' || r.offset === act.offset) continue;
        for (const w of synsetAt('verb', r.offset)?.words ?? []) if (plain(w) && sensesOf(w, 'verb').slice(0, TWO_STEP_LEMMA_SENSES).includes(r.offset)) words.add(w);
      }
    }
    for (const w of chargeRolesOf(lemmas)) words.add(w);
  }
  const related = [...new Set([...words].flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  memo.set(key, { forms: [], related, wider: [] });
  return related;
}

/** Kinds a verb sense may have and still be read as a phrasal verb's more general act (see `phrasalKindOf`). */
const MAX_ACT_KINDS = 30;

/**
 * The more general act a phrasal verb names in its most common sense: the first lemma of that
 * sense's hypernym ("set_up" ~ "open", "give_up" ~ "abandon", "pull_down" ~ "destroy"), as
 * `actKindOf` reads a verb-only word. A reader asks "When did she set up on her own?" of a record
 * writing "She opened her own workshop in 1952". Not a light verb ("take_over" ~ "take"), nor an
 * act so general that WordNet files more than `MAX_ACT_KINDS` kinds under it ("take_on" ~
 * "change", "take_part" ~ "act"), nor one holding the phrasal verb itself. Memoised.
 */
export function phrasalKindOf(lemma: string): readonly string[] {
  const key = `phrasal-kind:${lemma}`;
  const cached = memo.get(key);
  if (cached) return cached.related;
  const out: string[] = [];
  const first = sensesOf(lemma, 'verb')[0];
  const s = first === undefined ? null : synsetAt('verb', first);
  for (const p of s?.pointers ?? []) {
    if (p.symbol !== '@') continue;
    const kind = synsetAt('verb', p.offset);
    const w = kind?.words[0];
    if (!kind || w === undefined || !/^[a-z]+$/.test(w) || kind.words.includes(lemma) || lightWords().includes(w)) continue;
    if (kind.pointers.filter((q) => q.symbol === '~').length > MAX_ACT_KINDS) continue;
    out.push(w, ...(exceptionLists().forms.get(w) ?? []));
  }
  memo.set(key, { forms: [], related: out, wider: [] });
  return out;
}

/**
 * The direct kinds of a noun's most common sense ("valley" ~ "dale", "glen"; "bed" ~
 * "bunk", "cot"), each lemma only where that kind is one of its own first `KIND_LEMMA_SENSES`
 * senses, with irregular forms. For a question's word the record never writes: a reader asks by
 * the general word ("Where in the valley is the inn?", "How many beds …") of a record that writes
 * the particular one ("at the head of Kell Dale", "twenty bunks"). Every other word reads them in
 * its wider circle only (see `Related.wider`): as related words of every word they were too loose.
 */
export function firstKinds(word: string): readonly string[] {
  const key = `kinds:${word}`;
  const cached = memo.get(key);
  if (cached) return cached.related;
  const out = new Set<string>();
  for (const [pos, list] of /^[a-z]+$/.test(word) ? basesOf(word) : new Map<Pos, string[]>()) {
    // Nouns only: a verb's kinds are manners of it ("run" ~ "sprint", "live" ~ "room": lodge),
    // and a noun spelt as one of them ("a drying room") is no kind of the act.
    if (pos !== 'noun') continue;
    for (const base of list) {
      const first: number | undefined = sensesOf(base, pos)[0];
      const sense: Synset | null = first === undefined ? null : synsetAt(pos, first);
      for (const p of sense?.pointers ?? []) {
        if (p.symbol !== '~' || p.pos !== pos) continue;
        const kind = synsetAt(pos, p.offset);
        for (const w of kind?.words ?? []) if (/^[a-z]+$/.test(w) && w !== base && sensesOf(w, pos).slice(0, KIND_LEMMA_SENSES).includes(p.offset)) out.add(w);
      }
    }
  }
  const related = [...new Set([...out].flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  if (memo.size > 50_000) memo.clear();
  memo.set(key, { forms: [], related, wider: [] });
  return related;
}

/**
 * Synsets a general word's sense must have above it and itself, at least (see `firstGenera`): a
 * thing a reader names ("wheel", "vessel", "building"), not a top category of WordNet ("group",
 * "time period", "act").
 */
const GENUS_DEPTH = 6;
/**
 * WordNet's files of things one can point at (see `firstGenera`): a made thing, a natural object, a
 * place, an animal, a plant, a food, a substance. An abstraction's general word is another
 * abstraction ("cost" ~ "spending"), which holds a question's asked measure by any sum spent.
 */
const THING_FILES: ReadonlySet<string> = new Set(['noun.artifact', 'noun.object', 'noun.location', 'noun.animal', 'noun.plant', 'noun.food', 'noun.substance']);

/**
 * The general words a noun's most common sense is a direct kind of ("waterwheel" ~ "wheel",
 * "ship" ~ "vessel"), each lemma only where that general sense is one of its own first
 * `KIND_LEMMA_SENSES` senses, with irregular forms: the converse of `firstKinds`, for a question's
 * word the record never writes ("Who made the waterwheel?" of a record writing "Its oak wheel was
 * made in 1790 by …"). Not instances' classes: a named river is no river to be asked by.
 */
export function firstGenera(word: string): readonly string[] {
  const key = `genera:${word}`;
  const cached = memo.get(key);
  if (cached) return cached.related;
  const out = new Set<string>();
  for (const base of /^[a-z]+$/.test(word) ? (basesOf(word).get('noun') ?? []) : []) {
    const first: number | undefined = sensesOf(base, 'noun')[0];
    const sense: Synset | null = first === undefined ? null : synsetAt('noun', first);
    if (!sense || !THING_FILES.has(sense.lexname)) continue;
    for (const p of sense.pointers) {
      if (p.symbol !== '@' || p.pos !== 'noun') continue;
      const genus = synsetAt('noun', p.offset);
      if (!genus || ancestorsOf(genus).size < GENUS_DEPTH) continue;
      for (const w of genus.words) if (/^[a-z]+$/.test(w) && w !== base && sensesOf(w, 'noun').slice(0, KIND_LEMMA_SENSES).includes(p.offset)) out.add(w);
    }
  }
  const related = [...new Set([...out].flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  if (memo.size > 50_000) memo.clear();
  memo.set(key, { forms: [], related, wider: [] });
  return related;
}

/** Senses of a question's word whose near kin are read (see `kinWords`). */
const KIN_SENSES = 2;
/** Levels up and down WordNet's kinds that make near kin (see `kinWords`). */
const KIN_LEVELS = 2;
/** Near kin given per word, at most (a general word's kinds two levels down run to hundreds; the vectors pick among them). */
const MAX_KIN = 2000;

/**
 * A question's noun's near kin in WordNet, for the word vectors to confirm (see `KIN_COSINE`):
 * the lemmas of its first `KIN_SENSES` senses, of what they are a kind of and of their kinds,
 * `KIN_LEVELS` steps up and down ("ships" ~ "vessel", "houses" ~ "building", "earthquake" ~
 * "tremor", "parade" ~ "procession", "firm" ~ "business"), each lemma only where that synset is one
 * of its own first `KIND_LEMMA_SENSES` senses, with irregular forms; no general word at WordNet's
 * top (`GENUS_DEPTH`). Not siblings: a mother is no father, trousers no jacket, however close their
 * vectors (0.87, 0.77). Not a time noun ("months" ~ "days", "years": see `DATE_NOUNS`). Alone these
 * are too loose (kinds and general words as related words lost dev answers, see `relatedWords`); a
 * word both near in WordNet and close in meaning is the same thing said otherwise.
 */
export function kinWords(word: string): readonly string[] {
  const key = `kin:${word}`;
  const cached = memo.get(key);
  if (cached) return cached.related;
  const out = new Set<string>();
  const own = (w: string, pos: Pos, offset: number): boolean => /^[a-z]+$/.test(w) && w !== word && sensesOf(w, pos).slice(0, KIND_LEMMA_SENSES).includes(offset);
  for (const base of /^[a-z]+$/.test(word) ? (basesOf(word).get('noun') ?? []) : []) {
    const senses = sensesOf(base, 'noun')
      .slice(0, KIN_SENSES)
      .map((o) => synsetAt('noun', o))
      .filter((s): s is Synset => s !== null);
    // Times are each other's kin by the vectors ("months" ~ "days", "years"): not read.
    if (senses[0]?.lexname === 'noun.time') continue;
    const add = (s: Synset): void => {
      for (const w of s.words) if (w !== base && own(w, 'noun', s.offset)) out.add(w);
    };
    for (const s of senses) add(s);
    // What the senses are a kind of, to `KIN_LEVELS`, not a top category of WordNet.
    let level = senses;
    for (let n = 0; n < KIN_LEVELS; n++) {
      level = level.flatMap((s) => s.pointers.filter((p) => p.symbol === '@' && p.pos === 'noun').map((p) => synsetAt('noun', p.offset))).filter((s): s is Synset => s !== null && ancestorsOf(s).size >= GENUS_DEPTH);
      level.forEach(add);
    }
    // …and their kinds, to `KIN_LEVELS`.
    level = senses;
    for (let n = 0; n < KIN_LEVELS && out.size < MAX_KIN; n++) {
      level = level.flatMap((s) => s.pointers.filter((p) => p.symbol === '~' && p.pos === 'noun').map((p) => synsetAt('noun', p.offset))).filter((s): s is Synset => s !== null);
      level.forEach(add);
    }
  }
  const related = [...new Set([...out].slice(0, MAX_KIN).flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  if (memo.size > 50_000) memo.clear();
  memo.set(key, { forms: [], related, wider: [] });
  return related;
}

/** Senses of an asked category noun whose kinds are read (see `categoryKinds`). */
const CATEGORY_SENSES = 2;
/** How many levels of kinds below the category noun's sense (a violin is a bowed instrument, a stringed instrument, a musical instrument). */
const CATEGORY_DEPTH = 3;
/** A kind's lemma counts only where that kind is one of its first senses: "a schoolmaster" is a kind of educator, not the fish. */
const KIND_LEMMA_SENSES = 2;
/** Kinds given per category noun, at most (a very general noun has thousands). */
const MAX_KINDS = 1000;
const kindsMemo = new Map<string, readonly string[]>();

/**
 * The kinds of what a category noun names, as the record may write them instead of it: the
 * lemmas of WordNet's hyponyms and instances of its first `CATEGORY_SENSES` noun senses, down to
 * `CATEGORY_DEPTH` levels ("disease" ~ "cholera", "vehicle" ~ "lorry", "metal" ~ "copper"), each
 * lemma only where that kind is one of its own common senses. For the noun a "what/which"
 * question asks for: "Which disease killed them?" is answered by "… died of cholera". Not for
 * other words: as general related words, kinds and hypernyms were too loose (see `relatedWords`).
 */
export function categoryKinds(word: string): readonly string[] {
  const cached = kindsMemo.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  if (/^[a-z]+$/.test(word)) {
    const seen = new Set<string>();
    let level: Synset[] = [];
    for (const base of basesOf(word).get('noun') ?? []) {
      for (const offset of sensesOf(base, 'noun').slice(0, CATEGORY_SENSES)) {
        const s = synsetAt('noun', offset);
        if (s && !seen.has(`${s.offset}`)) {
          seen.add(`${s.offset}`);
          level.push(s);
        }
      }
    }
    for (let depth = 1; depth <= CATEGORY_DEPTH && level.length > 0 && out.size < MAX_KINDS; depth++) {
      const next: Synset[] = [];
      for (const s of level) {
        for (const p of s.pointers) {
          // Instances are named kinds ("Avon" of river), but not of people: a surname the record
          // writes ("Whitman") is seldom WordNet's famous bearer of it.
          if ((p.symbol !== '~' && p.symbol !== '~i') || p.pos !== 'noun' || seen.has(`${p.offset}`)) continue;
          seen.add(`${p.offset}`);
          const kind = synsetAt('noun', p.offset);
          if (!kind || (p.symbol === '~i' && kind.lexname === 'noun.person')) continue;
          next.push(kind);
          for (const w of kind.words) {
            const lemma = w.toLowerCase();
            if (!/^[a-z]+$/.test(lemma) || lemma === word) continue;
            if (sensesOf(lemma, 'noun').slice(0, KIND_LEMMA_SENSES).includes(kind.offset)) out.add(lemma);
          }
        }
      }
      level = next;
    }
  }
  // An occupation is written as the person who follows it ("What was her profession?" of "she
  // worked as a surveyor", "the son of a ferryman"), not as a kind of occupation.
  const people = (basesOf(word).get('noun') ?? []).some(isOccupationNoun) ? occupationPeople() : [];
  const list = [...[...out].slice(0, MAX_KINDS), ...people.filter((w) => !out.has(w))];
  if (kindsMemo.size > 10_000) kindsMemo.clear();
  kindsMemo.set(word, list);
  return list;
}

/** Senses of a noun read for an occupation (see `isOccupationNoun`): "trade" and "profession" are one in their second. */
const OCCUPATION_SENSES = 2;
let occupationKey: ReadonlySet<string> | undefined;

/**
 * Whether a noun names an occupation: WordNet's occupation (sense 1: "occupation, business, job,
 * line of work") or a kind of it, in its first sense ("job", "career") or in its second where
 * that is about as common, tagged more than half as often as the first ("trade" 16 and 16,
 * "profession" 7 and 5, whose first sense is commerce or a body of people) — not "pottery"
 * (10 and 1: the ware, seldom the craft), so "What sort of pottery is Dunmere ware?" asks for no trade.
 */
export function isOccupationNoun(lemma: string): boolean {
  if (occupationKey === undefined) {
    const key = senseKey('occupation', 'noun', 1);
    occupationKey = new Set(key ? [key] : []);
  }
  const [once = 0, next = 0] = senseTagCounts(lemma, 'noun');
  return isKindOf(lemma, 'noun', occupationKey, 2 * next > once ? OCCUPATION_SENSES : 1);
}

/** The people who follow an occupation, as WordNet's branches of a person: a worker and a professional (sense 1 each). */
const OCCUPATION_ROLES = ['worker', 'professional'];
let occupationPeopleList: readonly string[] | undefined;

/**
 * What a record names an occupation by: the kinds of WordNet's worker and professional, to any
 * depth ("carpenter" is a woodworker, a craftsman, a skilled worker; "pharmacist" a health
 * professional), each lemma only where that kind is one of its first `KIND_LEMMA_SENSES` senses,
 * and the acts those roles name ("worker" ~ "work": "she worked as a surveyor"). Built once.
 */
function occupationPeople(): readonly string[] {
  if (occupationPeopleList) return occupationPeopleList;
  const out = new Set<string>(actsOf(OCCUPATION_ROLES));
  const seen = new Set<number>();
  let level = OCCUPATION_ROLES.flatMap((r) => sensesOf(r, 'noun').slice(0, 1)).flatMap((o) => [synsetAt('noun', o)].filter((x): x is Synset => x !== null));
  while (level.length > 0) {
    const next: Synset[] = [];
    for (const s of level) {
      for (const p of s.pointers) {
        if (p.symbol !== '~' || p.pos !== 'noun' || seen.has(p.offset)) continue;
        seen.add(p.offset);
        const kind = synsetAt('noun', p.offset);
        if (!kind) continue;
        next.push(kind);
        for (const w of kind.words) if (/^[a-z]+$/.test(w) && sensesOf(w, 'noun').slice(0, KIND_LEMMA_SENSES).includes(kind.offset)) out.add(w);
      }
    }
    level = next;
  }
  return (occupationPeopleList = [...out]);
}

const postMemo = new Map<string, readonly string[]>();

/**
 * The acts a post names its holder by: the verbs WordNet derives a person noun from, in its
 * person senses among its first `ROLE_SENSES` ("creator" ~ "create", "designer" ~ "design",
 * "owner" ~ "own"), where the noun's own lemma makes the verb (not a synonym of the sense). The
 * converse of `rolesOf`: "Who was the creator of the quiz show?" asks for the doer of "a quiz show
 * created by Ada Renn", as "Who created the quiz show?" does (see `QueryShape.posts`). With
 * `noun.act`, the verbs an act noun is made from ("creation" ~ "create": "Who was responsible for
 * the creation of …"). With the verbs' irregular forms ("write" ~ "written").
 */
export function postActs(noun: string, lexname: 'noun.person' | 'noun.act' = 'noun.person'): readonly string[] {
  const key = `${lexname} ${noun}`;
  const cached = postMemo.get(key);
  if (cached) return cached;
  const out = new Set<string>();
  if (/^[a-z]+$/.test(noun)) {
    for (const offset of sensesOf(noun, 'noun').slice(0, ROLE_SENSES)) {
      const s = synsetAt('noun', offset);
      const own = s ? s.words.indexOf(noun) + 1 : 0;
      if (!s || own === 0 || s.lexname !== lexname) continue;
      for (const p of s.pointers) {
        if (p.symbol !== '+' || p.pos !== 'verb' || p.source !== own) continue;
        const act = synsetAt('verb', p.offset)?.words[p.target - 1];
        if (act && /^[a-z]+$/.test(act)) out.add(act);
      }
    }
  }
  const list = [...new Set([...out].flatMap((w) => [w, ...(exceptionLists().forms.get(w) ?? [])]))];
  if (postMemo.size > 10_000) postMemo.clear();
  postMemo.set(key, list);
  return list;
}
