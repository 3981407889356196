import type { DocView } from './statements.js';
import type { Agreement, SentenceKey, Statement } from './types.js';

/** Agreements with resolved parties, per sentence. (Placeholder: lands with issue 3.) */
export function extractAgreements(
  _doc: DocView,
  _statements: ReadonlyMap<SentenceKey, readonly Statement[]>,
): Map<SentenceKey, Agreement[]> {
  return new Map();
}
