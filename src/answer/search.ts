import type { Corpus } from './corpus.js';
import { answered, excerptOfHit, notFound, round, suggestionsOf, type Paging } from './shared.js';
import type { Answer } from './types.js';
import type { SearchOptions } from '../search/types.js';

/** Search results the answer layer asks the index for; pages beyond this are not offered. */
export const MAX_RESULTS = 50;

export function notCovered(query: string): string {
  return `The record does not cover “${query}”.`;
}

/** `search <text>`: the sentences that best match, best first. */
export function searchAnswer(corpus: Corpus, query: string, paging: Paging & Pick<SearchOptions, 'meaning'> = {}): Answer {
  const outcome = corpus.index.search(query, paging.meaning ? { limit: MAX_RESULTS, meaning: paging.meaning } : { limit: MAX_RESULTS });
  if (outcome.hits.length === 0) {
    return notFound('search', query, notCovered(query), suggestionsOf(corpus, outcome.suggestions));
  }
  const all = outcome.hits.map((h) => ({ excerpt: excerptOfHit(corpus, h), score: round(h.score) }));
  return answered('search', query, all, paging);
}
