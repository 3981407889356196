import { sentencesOf, type Sentence } from '../record/types.js';
import type { Agreement, Statement } from '../understand/types.js';
import { perCorpusSteps, type Corpus } from './corpus.js';
import type { Steps } from './slices.js';

/**
 * The record's statements and agreements gathered once per corpus. /who-said with a person and
 * /agreed without a topic list facts of the whole record; walking every sentence per question
 * cost ~100 ms at 100,000 sentences. A corpus is immutable (a reload makes a new one), so the
 * lists are kept with it and built on first use.
 */
export interface FactIndex {
  /** Speakers, most statements first, with the folded words of their name. */
  readonly speakers: readonly { readonly name: string; readonly statements: number }[];
  /** Per folded word of a speaker's name, the positions in `speakers` of the speakers it names, ascending. */
  readonly speakersByWord: ReadonlyMap<string, readonly number[]>;
  readonly statementsBy: ReadonlyMap<string, readonly StatementEntry[]>;
  /** Every agreement in reading order, with the words its parties answer to. */
  readonly agreements: readonly AgreementEntry[];
  /**
   * Per word a party answers to, the positions in `agreements` of the agreements with that party,
   * ascending; its keys are every party word (a topic with another word is not a list of parties).
   */
  readonly byPartyWord: ReadonlyMap<string, readonly number[]>;
  /** Per stem of what an agreement is or what became of it (see `facetStemOf`), the same. */
  readonly byFacet: ReadonlyMap<string, readonly number[]>;
}

export interface StatementEntry {
  readonly sentence: Sentence;
  readonly statement: Statement;
}

export interface AgreementEntry {
  readonly sentence: Sentence;
  readonly agreement: Agreement;
}

/** A word's first five letters: "settlement" and "settled", "merger" and "merged" share one. */
export const stem5 = (w: string): string => w.toLowerCase().slice(0, 5);

/** The status a query word asks for: "cancelled" asks for the voided ones. */
const STATUS_WORDS: ReadonlyMap<string, string> = new Map([
  ...['propo', 'plann', 'pendi', 'draft'].map((w) => [w, 'proposed'] as const),
  ...['reach', 'struc', 'concl'].map((w) => [w, 'reached'] as const),
  ...['signe', 'inked'].map((w) => [w, 'signed'] as const),
  ...['appro', 'endor', 'clear'].map((w) => [w, 'approved'] as const),
  ...['ratif'].map((w) => [w, 'ratified'] as const),
  ...['force', 'effec'].map((w) => [w, 'in force'] as const),
  ...['breac', 'viola', 'broke', 'break'].map((w) => [w, 'breached'] as const),
  ...['void', 'voide', 'annul', 'cance', 'scrap', 'termi', 'revok'].map((w) => [w, 'voided'] as const),
  ...['colla', 'faile', 'fell'].map((w) => [w, 'collapsed'] as const),
  ...['rejec', 'vetoe', 'veto'].map((w) => [w, 'rejected'] as const),
]);

/** The status stem a query word stands for ("cancelled" → the stem of "voided"), else its own stem. */
export const facetStemOf = (w: string): string => {
  const status = STATUS_WORDS.get(stem5(w));
  return status ? `status:${status}` : stem5(w);
};

/** Stems of what the agreement is and what became of it: its noun, its verb, its status. */
function facetsOf(a: Agreement): Set<string> {
  const words = [...(a.noun ?? '').split(/[^\p{L}]+/u), a.cue].filter((w) => w.length > 2);
  return new Set([...words.map(stem5), `status:${a.status}`]);
}

/** Text as speakers' names are matched: accents off, lower case. */
export const foldText = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export const foldWords = (s: string): string[] => foldText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A party's words and its initials: "the United States" answers to "united", "states" and "us". */
export function partyWords(party: string): string[] {
  const words = party.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const out = words.map((w) => w.toLowerCase());
  if (capitals.length > 1) out.push(capitals.map((w) => w[0]).join('').toLowerCase());
  return out;
}

function listAt(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** The ascending positions in either list (each ascending, without repeats). */
export function unionOf(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    out.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}

/** The ascending positions in both lists (each ascending). */
export function intersectionOf(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) out.push(x);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}

/**
 * The record's lists built a document a step (slices.ts), the documents and sentences in reading
 * order: a probe builds them in slices while a cold start reads the record's facts (ondemand.ts),
 * where one step over every document held the main thread up to ~1.4 s at 100,000 sentences.
 */
function* buildFactIndex(corpus: Corpus): Steps<FactIndex> {
  const statementsBy = new Map<string, StatementEntry[]>();
  const agreements: AgreementEntry[] = [];
  // Inverted lists rather than a set of words per agreement: /agreed with a topic looks a few
  // words up instead of testing every agreement of the record (31,000 at 100,000 sentences).
  const byPartyWord = new Map<string, number[]>();
  const byFacet = new Map<string, number[]>();
  for (const doc of corpus.docs) {
    for (const sentence of sentencesOf(doc)) {
      const facts = corpus.facts(sentence);
      for (const statement of facts.statements) {
        const list = statementsBy.get(statement.speaker.name);
        if (list) list.push({ sentence, statement });
        else statementsBy.set(statement.speaker.name, [{ sentence, statement }]);
      }
      for (const agreement of facts.agreements) {
        // The words the sentence used count too: "what did the companies agree?" asks for the
        // agreements whose parties the record called "the companies".
        // A mention that is the agreement itself ("the merger" of an earlier deal) names no party.
        const mention = agreement.mention === agreement.noun ? [] : [agreement.mention];
        const at = agreements.push({ sentence, agreement }) - 1;
        for (const w of new Set([...agreement.parties, ...mention].flatMap(partyWords))) listAt(byPartyWord, w).push(at);
        for (const f of facetsOf(agreement)) listAt(byFacet, f).push(at);
      }
    }
    yield;
  }
  const speakers = [...statementsBy]
    .map(([name, list]) => ({ name, statements: list.length }))
    .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
  const speakersByWord = new Map<string, number[]>();
  speakers.forEach(({ name }, at) => {
    for (const w of new Set(foldWords(name))) listAt(speakersByWord, w).push(at);
  });
  return { speakers, speakersByWord, statementsBy, agreements, byPartyWord, byFacet };
}

/** The record's lists of `corpus`, built once per corpus (at once when called). */
export const factIndex = perCorpusSteps(buildFactIndex);

/**
 * `factIndex(corpus)` a document a step, kept as `factIndex(corpus)`'s value once built, so the
 * answers that read the lists afterwards reuse it; no steps when it is built already.
 */
export const factIndexSteps = factIndex.steps;
