import { sentencesOf } from '../record/types.js';
import type { Corpus } from './corpus.js';
import type { Answer } from './types.js';

/** `sources`: the documents of the record, and the files that could not be read and why. */
export function sourcesAnswer(corpus: Corpus): Answer {
  const documents = corpus.docs.map((d) => ({
    doc: d.id,
    title: d.title,
    published: d.published,
    source: d.source ?? d.dateline?.source ?? null,
    url: d.url,
    paragraphs: d.paragraphs.length,
    sentences: sentencesOf(d).length,
    bytes: d.bytes,
  }));
  return {
    command: 'sources',
    query: '',
    status: documents.length ? 'answered' : 'not_found',
    message: documents.length ? null : 'The record has no documents.',
    results: [],
    suggestions: [],
    sources: { documents, problems: corpus.problems },
  };
}
