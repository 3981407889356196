import type { TimeMention } from './types.js';

/**
 * Every time expression of a sentence, normalised to an ISO day range relative to the
 * document's reporting date. (Placeholder signature: the implementation lands with issue 3.)
 */
export function extractTimes(_text: string, _reportDate: string | null): TimeMention[] {
  return [];
}
