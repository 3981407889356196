/**
 * Part-of-speech tags, lemmas and entity spans for one sentence, from wink-nlp with its English
 * lite web model (MIT, offline, about 500,000 tokens a second on one core). Both fact extractors
 * (statements, agreements) and the question reader take their tags from here, so the project
 * carries one tagger, loaded once per process on first use: the model (about 25 MB, and 50 MB
 * more once a tagger is built from it) is required then, not when this module is imported, so a
 * restart that reads every fact from the cache does not load it before a question needs it.
 *
 * Every token carries its character offsets in the text it was read from, so callers can cut
 * verbatim spans: `text.slice(token.start, token.end)` is the token as written.
 */
import { createRequire } from 'node:module';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';

let model: typeof Model | null = null;
/** The model, required on first use (a CommonJS package, so it loads synchronously). */
const theModel = (): typeof Model => (model ??= createRequire(import.meta.url)('wink-eng-lite-web-model') as typeof Model);

/** Universal Dependencies part-of-speech tags, as the model assigns them. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface TaggedToken {
  /** The token as written (a slice of the text). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: Upos;
  /** Lower-case lemma ("said" → "say", "talks" → "talk"). */
  readonly lemma: string;
}

/** An entity the model recognises (dates, numbers, money, percentages …), as a token range. */
export interface TaggedEntity {
  readonly type: string;
  /** First and last token index, inclusive. */
  readonly first: number;
  readonly last: number;
}

export interface Tagged {
  readonly tokens: readonly TaggedToken[];
  readonly entities: readonly TaggedEntity[];
}

/** A wink collection (tokens, entities): `out(helper)` reads one property of each item. */
interface Outable {
  out(helper: unknown): unknown[];
}

let loaded: WinkMethods | null = null;
/** Whether this thread's tagger finds entities (see `tagWithoutEntities`). */
let entityPass = true;

/**
 * No negation pass: it only sets a flag in each token's fourth slot, which neither the tagger,
 * the entity finder nor `tagAfresh` reads, and it took about an eighth of the tagging time (61 →
 * 53 µs a sentence, best of 3 alternating runs; tokens, tags, lemmas and entities compared on all
 * 22,014 sentences of a generated 20,000-sentence record, knowledge/ and the MEANTIME articles:
 * identical). The sentence splitter stays: without it a
 * few tokens come out split otherwise ("A380's").
 */
function tagger(): WinkMethods {
  loaded ??= winkNLP(theModel(), entityPass ? ['sbd', 'pos', 'ner'] : ['sbd', 'pos']);
  return loaded;
}

/**
 * For a thread that only extracts facts (extract-worker.ts), called before its first tag: its
 * tagger has no entity pass, and every text's `entities` comes back empty. The extractors read
 * tokens only, and a pipeline without the entity pass gives the very same tokens, tags and
 * lemmas (compared on all 95,025 distinct sentences of the 100,000-sentence bench record) for
 * about a fifth less tagging time (45 → 36 µs a sentence in a loop). The calling thread keeps the
 * full pipeline: questions read entities, and a second pipeline there would hold 9 MB more.
 */
export function tagWithoutEntities(): void {
  entityPass = false;
}

/**
 * The texts tagged last, with their tags: the extractors of a document (statements, then
 * agreements and deals) ask for the same sentences in turn, a document apart.
 */
const recent = new Map<string, Tagged>();
const RECENT = 128;

/**
 * Tags one sentence (or any short text). Pure: the same text always gives the same tags.
 * `entities: false` leaves `entities` out of the result, for callers that read only tags and
 * lemmas. (A pipeline without the entity pass gives the very same tokens, tags and lemmas; one
 * pipeline per thread serves both, so a text asked for twice is tagged once: see
 * `tagWithoutEntities` for the threads that never need entities.)
 */
export function tag(text: string, options: { readonly entities?: boolean } = {}): Tagged {
  let tagged = recent.get(text);
  if (tagged === undefined) {
    tagged = tagAfresh(text);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
    recent.set(text, tagged);
  }
  return options.entities === false ? { tokens: tagged.tokens, entities: [] } : tagged;
}

/** How many texts this thread has tagged afresh (not from `recent`): what benches and tests count. */
let tagsComputed = 0;
export const taggedAfresh = (): number => tagsComputed;

function tagAfresh(text: string): Tagged {
  tagsComputed++;
  const nlp = tagger();
  // wink's helpers are plain functions read off `its`; its typings model them as methods.
  const its = nlp.its as unknown as Readonly<Record<'value' | 'pos' | 'lemma' | 'type' | 'span', unknown>>;
  const doc = nlp.readDoc(text);
  const words = doc.tokens() as unknown as Outable;
  const values = words.out(its.value) as string[];
  const pos = words.out(its.pos) as Upos[];
  const lemmas = words.out(its.lemma) as string[];
  const tokens: TaggedToken[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    // wink keeps each token's characters as written; find it from where the last one ended.
    let start = text.indexOf(value, at);
    if (start < 0) start = at;
    const end = Math.min(text.length, start + value.length);
    tokens.push({ text: text.slice(start, end), start, end, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? value).toLowerCase() });
    at = end;
  }
  const entities: TaggedEntity[] = [];
  const found = doc.entities() as unknown as Outable;
  const types = found.out(its.type) as string[];
  const spans = found.out(its.span) as Array<[number, number]>;
  for (let i = 0; i < types.length; i++) {
    const span = spans[i];
    if (span) entities.push({ type: types[i] ?? 'X', first: span[0], last: span[1] });
  }
  return { tokens, entities };
}
