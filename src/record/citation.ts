/**
 * Citations a user can read and type back: `<doc> ¶<paragraph>.<sentence>`, e.g. `my-doc ¶3.1`.
 * The headline is paragraph 0: `my-doc ¶0.1` (typing `my-doc headline`, `my-doc title` or
 * `my-doc ¶0` finds it too). Body paragraphs and their sentences count from 1.
 */
import type { Doc, Sentence } from './types.js';

export interface ParsedCitation {
  /** The document as typed (an id, or a unique prefix or part of one); null when omitted. */
  readonly doc: string | null;
  readonly paragraph: number;
  readonly sentence: number;
}

export type CitationResult =
  | { ok: true; sentence: Sentence; doc: Doc }
  | { ok: false; reason: string; candidates?: string[] };

/** The paragraph sign used in every citation shown to users. */
export const PARAGRAPH_SIGN = '¶';

export function citeOf(s: Pick<Sentence, 'doc' | 'paragraph' | 'sentence'>): string {
  return `${s.doc} ${PARAGRAPH_SIGN}${s.paragraph}.${s.sentence}`;
}

/**
 * Reads a citation leniently: `¶3.1`, `p3.1`, `para 3.1`, `3.1`, `3:1`, `my-doc 3.1`,
 * `my-doc#3.1`, `my-doc ¶ 3 . 1`, `my-doc headline`. A paragraph without a sentence (`¶3`)
 * means its first sentence. Returns null when the text names no paragraph.
 */
export function parseCitation(input: string): ParsedCitation | null {
  const s = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!s) return null;
  const headline = /^(.*?)[\s#:@,]*\b(?:headline|title)$/iu.exec(s);
  if (headline) return { doc: docPart(headline[1] ?? ''), paragraph: 0, sentence: 1 };
  const tail = /(\d{1,6})(?:\s*[.:,/]\s*(\d{1,6}))?$/u.exec(s);
  if (!tail) return null;
  const before = s.slice(0, tail.index);
  // A marker before the numbers (¶, §, p, para, paragraph), only as a word of its own so that
  // an id ending in "p" keeps its letter.
  const rest = before.replace(/(?:[¶§]|(?:^|(?<=[\s#:@,]))(?:p\.?|para\.?|paragraph))\s*$/iu, '').trimEnd();
  // Numbers glued to a name (`report-2020`, `doc7`) are part of a document id, not a citation.
  if (rest === before && rest !== '' && !/[\s#:@,]$/u.test(before)) return null;
  return { doc: docPart(rest), paragraph: Number(tail[1]), sentence: tail[2] === undefined ? 1 : Number(tail[2]) };
}

function docPart(raw: string): string | null {
  const d = raw.replace(/[\s#:@,]+$/u, '').trim();
  return d === '' ? null : d;
}

/**
 * Finds the sentence a citation names. The document may be given as its id, a unique prefix or a
 * unique part of one (case-insensitive); with a single document it may be left out.
 */
export function resolveCitation(docs: readonly Doc[], input: string): CitationResult {
  const parsed = parseCitation(input);
  if (!parsed) {
    return { ok: false, reason: `Not a citation: "${clip(input)}". Write the document and the paragraph.sentence, e.g. "${example(docs)}".` };
  }
  const found = findDoc(docs, parsed.doc);
  if (!found.ok) return found;
  const doc = found.doc;
  if (parsed.paragraph === 0) {
    if (!doc.headline) return { ok: false, reason: `${doc.id} has no headline; its paragraphs count from ${PARAGRAPH_SIGN}1.` };
    if (parsed.sentence !== 1) return { ok: false, reason: `The headline of ${doc.id} is one sentence: ${citeOf(doc.headline)}.` };
    return { ok: true, sentence: doc.headline, doc };
  }
  const paragraph = doc.paragraphs[parsed.paragraph - 1];
  if (!paragraph) {
    return { ok: false, reason: `${doc.id} has ${plural(doc.paragraphs.length, 'paragraph')}; there is no ${PARAGRAPH_SIGN}${parsed.paragraph}.` };
  }
  const sentence = paragraph.sentences[parsed.sentence - 1];
  if (!sentence) {
    return {
      ok: false,
      reason: `${doc.id} ${PARAGRAPH_SIGN}${parsed.paragraph} has ${plural(paragraph.sentences.length, 'sentence')}; there is no ${PARAGRAPH_SIGN}${parsed.paragraph}.${parsed.sentence}.`,
    };
  }
  return { ok: true, sentence, doc };
}

function findDoc(docs: readonly Doc[], name: string | null): { ok: true; doc: Doc } | { ok: false; reason: string; candidates?: string[] } {
  const ids = docs.map((d) => d.id);
  if (name === null) {
    const only = docs.length === 1 ? docs[0] : undefined;
    if (only) return { ok: true, doc: only };
    if (docs.length === 0) return { ok: false, reason: 'The record has no documents.' };
    return { ok: false, reason: `Which document? The record has ${docs.length}; put its name first, e.g. "${example(docs)}".`, candidates: ids };
  }
  const want = name.toLowerCase();
  const tiers: Array<(id: string) => boolean> = [
    (id) => id === want,
    (id) => id.split('/').pop() === want,
    (id) => id.startsWith(want),
    (id) => (id.split('/').pop() ?? id).startsWith(want),
    (id) => id.includes(want),
  ];
  for (const match of tiers) {
    const hits = docs.filter((d) => match(d.id.toLowerCase()));
    const one = hits.length === 1 ? hits[0] : undefined;
    if (one) return { ok: true, doc: one };
    if (hits.length > 1) {
      return { ok: false, reason: `"${clip(name)}" matches ${hits.length} documents; write more of the name.`, candidates: hits.map((d) => d.id) };
    }
  }
  return { ok: false, reason: `No document named "${clip(name)}" in the record.`, candidates: ids };
}

function example(docs: readonly Doc[]): string {
  return `${docs[0]?.id ?? 'my-doc'} ${PARAGRAPH_SIGN}1.1`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** User input echoed in a reason is cut short and kept on one line. */
function clip(s: string): string {
  const one = s.replace(/\s+/gu, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}
