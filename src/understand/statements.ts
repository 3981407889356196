import type { Doc } from '../record/types.js';
import type { SentenceKey, Statement } from './types.js';

export type DocView = Pick<Doc, 'id' | 'reportDate' | 'headline' | 'paragraphs'>;

/** Statements and their resolved speakers, per sentence. (Placeholder: lands with issue 3.) */
export function extractStatements(_doc: DocView): Map<SentenceKey, Statement[]> {
  return new Map();
}
