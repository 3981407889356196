import type { Sentence } from '../../src/record/types.js';

/**
 * Builds citable sentences from paragraphs of our own writing: the document text is the
 * paragraphs joined by blank lines, each sentence a verbatim slice of it.
 */
export function record(doc: string, paragraphs: readonly (readonly string[])[]): Sentence[] {
  const out: Sentence[] = [];
  let text = '';
  paragraphs.forEach((sentences, p) => {
    if (p > 0) text += '\n\n';
    sentences.forEach((s, i) => {
      if (i > 0) text += ' ';
      out.push({ doc, paragraph: p + 1, sentence: i + 1, text: s, start: text.length, end: text.length + s.length });
      text += s;
    });
  });
  return out;
}

/** Short citation used in assertions: `doc ¶P.S`. */
export const cite = (s: Sentence): string => `${s.doc} ¶${s.paragraph}.${s.sentence}`;

/** A fictional news story about fishing talks (names and places invented for the tests). */
export const HARBOR = record('harbor-talks', [
  [
    'Negotiators from Norland and Vestria met in Geneva on Tuesday to discuss fishing rights in the northern sea.',
    'The talks lasted nine hours, officials said.',
  ],
  [
    'Norland’s foreign minister, Ana Kovač, said the communication channel between the two navies would stay open.',
    'Both sides agreed to hold a second round of talks in March.',
  ],
  [
    'Vestrian fishermen protested outside the ministry, demanding compensation for lost catches.',
    'In a statement released late on Wednesday after a long day of meetings with union leaders, port authorities, coastal mayors and representatives of several environmental groups, the ministry repeated that it would publish the full text of the draft accord on fishing quotas before the end of the month.',
  ],
  [
    'Critics called the “provisional” arrangement a cautious first step.',
    'The cafe owners on the quay welcomed the news.',
  ],
]);

/** A second story, about a court case, so that documents can be replaced and removed. */
export const COURT = record('court-ruling', [
  [
    'A district court in Vestria ruled on Friday that the port authority had broken its own tender rules.',
    'Judge Marta Oriol ordered a new tender within sixty days.',
  ],
  ['The port authority said it would appeal the ruling.'],
]);
