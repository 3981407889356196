/**
 * The record's data model. Everything an answer quotes is a `Sentence`: its `text` is exactly
 * `doc.text.slice(start, end)`, so a citation always resolves back to the same characters.
 */

/** A citable sentence. `paragraph` counts from 1 in the body; the headline is paragraph 0. */
export interface Sentence {
  readonly doc: string;
  readonly paragraph: number;
  readonly sentence: number;
  /** Verbatim text: `doc.text.slice(start, end)`. */
  readonly text: string;
  /** Character offsets into the document's full text. */
  readonly start: number;
  readonly end: number;
}

export interface Paragraph {
  /** 1-based position among the body's paragraphs. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly Sentence[];
}

/** A news dateline such as `BEIJING (Agency / Wire - 29th October, 2020)`: metadata, not text. */
export interface Dateline {
  /** The dateline as written, e.g. `NAIROBI (Coast Wire - 4th March, 2019)`. */
  readonly text: string;
  readonly place: string;
  readonly source: string | null;
  /** ISO day of the reporting date when the dateline carries one. */
  readonly date: string | null;
}

export interface Doc {
  /** Path relative to the knowledge folder, without extension, `/`-separated. */
  readonly id: string;
  /** Path of the file as loaded (for messages). */
  readonly file: string;
  readonly title: string | null;
  /** ISO day from the header or front matter. */
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly dateline: Dateline | null;
  /**
   * The day relative expressions are resolved against: the dateline's date when present, else
   * the header date, else null (then relative dates stay unresolved).
   */
  readonly reportDate: string | null;
  /** The headline as a citable sentence (paragraph 0) when a header names it. */
  readonly headline: Sentence | null;
  readonly paragraphs: readonly Paragraph[];
  /** The decoded file content; every sentence is a slice of it. */
  readonly text: string;
  readonly bytes: number;
  /** sha256 of the raw bytes, hex. */
  readonly hash: string;
}

/** A file that could not be served, with the reason a user can act on. */
export interface LoadProblem {
  readonly file: string;
  readonly reason: string;
}

/** Every citable sentence of a document in reading order: headline first, then the body. */
export function sentencesOf(doc: Pick<Doc, 'headline' | 'paragraphs'>): Sentence[] {
  const out: Sentence[] = doc.headline ? [doc.headline] : [];
  for (const p of doc.paragraphs) out.push(...p.sentences);
  return out;
}
