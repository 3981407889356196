/**
 * Which documents not read yet could change the answer of `/agreed <topic>`, by their text alone:
 * what lets a cold start answer it in full once those are read (ondemand.ts).
 *
 * agreed.ts answers each word of a topic with the agreements whose parties hold it (a word of a
 * party or of the words the sentence used for them, or a party's initials), and, unless every word
 * is some party's, also with those whose facets do (the first five letters of a word of the
 * agreement's noun or its verb, or its status: "cancelled" asks for the voided ones). The
 * extractors take a party's name, the noun and the verb from the document's own sentences, save
 * that a country's other spellings and capitals stand for its name (lexicon.ts). So a document
 * can add an agreement that answers a word w only if
 *  - as a party: it writes w as a word, or a spelling of a country whose name has w among its
 *    words or initials, or one of its sentences has capitalised words whose initials hold w's
 *    letters in order (a party's initials);
 *  - as a facet: it writes a word that starts with w's stem; a status is no word of the text
 *    (any agreement may have been voided), so no document is ruled out for it.
 * Text is compared folded (accents off, lower case) on both sides: a superset of the exact match.
 */
import { sentencesOf, type Doc } from '../record/types.js';
import { literal } from '../regex.js';
import { TERM_CUE } from '../understand/agreements.js';
import { countrySpellings } from '../understand/lexicon.js';
import { facetStemOf, foldText, partyWords, stem5, type FactIndex } from './facts.js';
import { finish, type Steps } from './slices.js';

/**
 * Per country's other spelling (folded), the initials of the name it turns into ("washington" →
 * "us"); and per word of such a name (partyWords: its words and initials), those spellings.
 */
let countries:
  | { readonly initials: ReadonlyMap<string, string>; readonly byWord: ReadonlyMap<string, readonly string[]>; readonly anywhere: RegExp }
  | undefined;
function countryTables(): NonNullable<typeof countries> {
  if (!countries) {
    const initials = new Map<string, string>();
    const byWord = new Map<string, string[]>();
    for (const [spelling, name] of countrySpellings()) {
      const folded = foldText(spelling);
      initials.set(folded, initialsOf(name));
      for (const w of new Set(partyWords(name))) {
        const list = byWord.get(w) ?? [];
        list.push(folded);
        byWord.set(w, list);
      }
    }
    // Every spelling at every place it starts (a lookahead: "guinea" inside "papua new guinea" too), one pass over a text.
    const spellings = [...initials.keys()].sort((a, b) => b.length - a.length).map(literal);
    countries = { initials, byWord, anywhere: new RegExp(`(?<!\\p{L})(?=(${spellings.join('|')})(?!\\p{L}))`, 'gu') };
  }
  return countries;
}

/**
 * The initials of the capitalised words of `text`, folded: each capital that opens a run of
 * letters ("2024Acme" too, which a split into words and digits would not count).
 */
const initialsOf = (text: string): string => foldText((text.match(/(?<!\p{L})\p{Lu}/gu) ?? []).join(''));

/**
 * `word` as a word of a text: not inside a longer run of letters (or of digits), so that a name
 * run on from a number ("2024Acme") still counts, as the extractors' tokens part them.
 */
function asWord(word: string): RegExp {
  const edge = (c: string): string => (/\p{L}/u.test(c) ? '\\p{L}' : /\p{N}/u.test(c) ? '\\p{N}' : '(?!)');
  return new RegExp(`(?<!${edge(word.at(0) ?? '')})${literal(word)}(?!${edge(word.at(-1) ?? '')})`, 'u');
}

/** The initials of the names of the countries `folded` spells another way. */
function spelledIn(folded: string): string[] {
  const { initials, anywhere } = countryTables();
  return [...new Set([...folded.matchAll(anywhere)].map((m) => initials.get(m[1] as string) ?? ''))];
}

/** A document's text as the tests below read it, each part worked out once when first asked. */
export class DocText<D extends Pick<Doc, 'headline' | 'paragraphs'> = Doc> {
  #folded: string | undefined;
  #spelled: string[] | undefined;
  #initials: string[][] | undefined;
  #capitals: string | undefined;

  constructor(readonly doc: D) {}

  /** The sentences' text, a line each (not kept: only its folded form is asked of again). */
  get #plain(): string {
    return sentencesOf(this.doc).map((s) => s.text).join('\n');
  }

  get folded(): string {
    return (this.#folded ??= foldText(this.#plain));
  }

  /** The initials of the names of the countries the document spells another way (`spelledIn`). */
  get #countries(): readonly string[] {
    return (this.#spelled ??= spelledIn(this.folded));
  }

  /**
   * Per sentence, the strings of initials a party's or a mention's initials are pieced from: those
   * of its capitalised words, and of the name of each country it spells another way.
   */
  get initials(): readonly (readonly string[])[] {
    if (!this.#initials) {
      const spelled = this.#countries.length > 0;
      this.#initials = sentencesOf(this.doc).map((s) => [initialsOf(s.text), ...(spelled ? spelledIn(foldText(s.text)) : [])]);
    }
    return this.#initials;
  }

  /** Every letter a string of `initials` may hold: a cheap test first (a "q" no capital opens rules the document out). */
  get capitals(): string {
    return (this.#capitals ??= initialsOf(this.#plain) + this.#countries.join(''));
  }
}

/**
 * The texts of a record's documents as the tests read them, kept from one round of a fact command
 * to the next while the record's facts fill in (ondemand.ts): each unread document's text is
 * folded once, not at every round, and forgotten once its facts are in (`keepUnread`), so what is
 * kept shrinks as the cold start reads on and is gone when it ends.
 */
export class DocTexts {
  readonly #texts = new Map<Doc, DocText>();

  /** The text of `doc`, kept. */
  of(doc: Doc): DocText {
    let text = this.#texts.get(doc);
    if (!text) this.#texts.set(doc, (text = new DocText(doc)));
    return text;
  }

  /** Forgets the documents `read` tells are read (their text is asked of no more). */
  keepUnread(read: (doc: Doc) => boolean): void {
    for (const doc of this.#texts.keys()) if (read(doc)) this.#texts.delete(doc);
  }

  /** Forgets every document. */
  clear(): void {
    this.#texts.clear();
  }

  /** Documents kept. */
  get size(): number {
    return this.#texts.size;
  }
}

/**
 * Whether `word` is pieced from runs of the initials of one sentence (`pieces`): each piece of it
 * a run of one string of them. A party's initials are those of a name, whose capitalised words
 * follow each other (a "the" or "of" between is not capitalised), or of a country's name; a mention
 * the reader puts together ("X and Y") joins the names the sentence gives, in any order.
 */
function piecedFrom(word: string, pieces: readonly string[]): boolean {
  const reach = new Uint8Array(word.length + 1);
  reach[0] = 1;
  for (let i = 0; i < word.length && !reach[word.length]; i++) {
    if (!reach[i]) continue;
    for (const piece of pieces) {
      for (let at = piece.indexOf(word[i] as string); at >= 0; at = piece.indexOf(word[i] as string, at + 1)) {
        for (let k = 0; i + k < word.length && piece[at + k] === word[i + k]; k++) reach[i + k + 1] = 1;
      }
    }
  }
  return reach[word.length] === 1;
}

/**
 * The verb the agreement reader gives a term of an earlier deal of its own rather than a word of
 * the sentence ("has undertaken to replace the roof": agreements.ts `TERM_CUE`): any document may
 * hold it. bench/agreed-bound-check.ts finds any other such word.
 */
const TERM_STEM = stem5(TERM_CUE);

interface WordTest {
  /** The word as agreed.ts looks it up. */
  readonly word: string;
  /** Its facet is a status: no text rules a document out. */
  readonly status: boolean;
  party(text: DocText<Pick<Doc, 'headline' | 'paragraphs'>>): boolean;
  facet(text: DocText<Pick<Doc, 'headline' | 'paragraphs'>>): boolean;
}

function wordTest(word: string): WordTest {
  const folded = foldText(word);
  const written = folded ? asWord(folded) : null;
  const spellings = (countryTables().byWord.get(word) ?? []).map(asWord);
  // Initials are of two capitalised words or more: letters only.
  const initials = /^\p{L}{2,}$/u.test(folded);
  const facetStem = facetStemOf(word);
  const status = facetStem.startsWith('status:');
  // A facet is the stem of a word of more than two letters: a shorter query word is none.
  const stem = !status && word.length > 2 ? new RegExp(`(?<!\\p{L})${literal(foldText(stem5(word)))}`, 'u') : null;
  const ownCue = stem5(word) === TERM_STEM;
  return {
    word,
    status,
    party: (text) =>
      written !== null &&
      ((text.folded.includes(folded) && written.test(text.folded)) || spellings.some((s) => s.test(text.folded)) || (initials && [...folded].every((c) => text.capitals.includes(c)) && text.initials.some((pieces) => piecedFrom(folded, pieces)))),
    facet: (text) => status || ownCue || (stem !== null && stem.test(text.folded)),
  };
}

/**
 * The documents of `unread` (in their order) that could change the answer of `/agreed` for topic
 * `words` (agreed.ts `topicWords`), given `read`, the record's lists over the documents read;
 * null when no text bounds them (every word a status and not every word a party's yet).
 */
export function agreedAsks(unread: readonly Doc[], words: readonly string[], read: Pick<FactIndex, 'byPartyWord'>, texts = new DocTexts()): Doc[] | null {
  return finish(agreedAsking(unread, words, read, texts));
}

/**
 * `agreedAsks` one document a step (slices.ts): at 100,000 sentences its first round reads the
 * text of three thousand documents, seconds of this thread's time, which a cold start runs in
 * slices between its other work. `texts` keeps each document's folded text for the next round.
 */
export function* agreedAsking(unread: readonly Doc[], words: readonly string[], read: Pick<FactIndex, 'byPartyWord'>, texts: DocTexts): Steps<Doc[] | null> {
  if (unread.length === 0) return [];
  const tests = words.map(wordTest);
  // Every word some party's already: only parties answer, and only an agreement with a party of
  // each word (one document's) is added.
  const parties = words.every((w) => read.byPartyWord.has(w));
  // Else facets answer too, unless the documents not read make every word a party's.
  if (!parties && tests.every((x) => x.status)) return null;
  const open = parties ? [] : tests.filter((x) => !read.byPartyWord.has(x.word));
  const asked: boolean[] = [];
  // Per word not a party's yet, the documents that could make it one.
  const could: number[][] = open.map(() => []);
  for (const [i, doc] of unread.entries()) {
    const text = texts.of(doc);
    asked[i] = parties ? tests.every((x) => x.party(text)) : tests.every((x) => x.party(text) || x.facet(text));
    open.forEach((x, k) => {
      if (x.party(text)) (could[k] as number[]).push(i);
    });
    yield;
  }
  // Whether the rest may yet be parties all: read the fewest that could make one word a party's.
  if (could.length > 0 && could.every((o) => o.length > 0)) for (const i of could.reduce((a, b) => (b.length < a.length ? b : a))) asked[i] = true;
  return unread.filter((_, i) => asked[i]);
}

/**
 * Whether the text of `doc` could hold an agreement with a party answering `word` and one with a
 * facet answering it, by the tests above: bench/agreed-bound-check.ts asks it of every party word
 * and facet word the extractors find, which must all be true.
 */
export function mayAnswer(doc: Pick<Doc, 'headline' | 'paragraphs'>, word: string): { party: boolean; facet: boolean } {
  const test = wordTest(word);
  const text = new DocText(doc);
  return { party: test.party(text), facet: test.facet(text) };
}
