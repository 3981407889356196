import { resolveCitation } from '../record/citation.js';
import type { Corpus } from './corpus.js';
import { excerptOf, invalid } from './shared.js';
import type { Answer } from './types.js';

/** `context <citation>`: the paragraph around a sentence, the sentence marked. */
export function contextAnswer(corpus: Corpus, citation: string): Answer {
  const found = resolveCitation(corpus.docs, citation);
  if (!found.ok) {
    const hint = found.candidates?.length ? ` Did you mean: ${found.candidates.slice(0, 5).join(', ')}?` : '';
    return invalid('context', citation, `${found.reason}${hint}`);
  }
  const { sentence, doc } = found;
  const target = excerptOf(corpus, sentence);
  const siblings = sentence.paragraph === 0 ? [sentence] : (doc.paragraphs[sentence.paragraph - 1]?.sentences ?? [sentence]);
  return {
    command: 'context',
    query: citation,
    status: 'answered',
    message: null,
    results: [{ excerpt: target, score: 1 }],
    suggestions: [],
    context: { target, sentences: siblings.map((s) => excerptOf(corpus, s)) },
  };
}
