import type { Paragraph, Sentence } from '../../src/record/types.js';
import type { DocView } from '../../src/understand/statements.js';

/**
 * A document written by hand for extractor tests: paragraphs are separated by blank lines and
 * sentences by single line breaks, so no sentence splitter is involved. An optional headline
 * becomes paragraph 0.
 */
export function docOf(body: string, headline: string | null = null, reportDate: string | null = '2021-03-04'): DocView {
  let offset = 0;
  const sentence = (text: string, paragraph: number, index: number): Sentence => {
    const s: Sentence = { doc: 'fixture', paragraph, sentence: index, text, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return s;
  };
  const head = headline === null ? null : sentence(headline, 0, 1);
  const paragraphs: Paragraph[] = body
    .trim()
    .split(/\n\s*\n/)
    .map((block, pi) => {
      const start = offset;
      const sentences = block
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .map((line, si) => sentence(line, pi + 1, si + 1));
      return { index: pi + 1, start, end: offset, sentences };
    });
  return { id: 'fixture', reportDate, headline: head, paragraphs };
}
