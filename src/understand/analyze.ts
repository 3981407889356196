import { sentencesOf } from '../record/types.js';
import { extractAgreements } from './agreements.js';
import { extractTimes } from './dates.js';
import { extractStatements, type DocView } from './statements.js';
import { sentenceKey, type SentenceFacts, type SentenceKey } from './types.js';

/** All facts of a document, per sentence key. Pure: the same document gives the same facts. */
export function analyzeDocument(doc: DocView): Map<SentenceKey, SentenceFacts> {
  const statements = extractStatements(doc);
  const agreements = extractAgreements(doc, statements);
  const out = new Map<SentenceKey, SentenceFacts>();
  for (const s of sentencesOf(doc)) {
    const key = sentenceKey(s);
    out.set(key, {
      times: extractTimes(s.text, doc.reportDate),
      statements: statements.get(key) ?? [],
      agreements: agreements.get(key) ?? [],
    });
  }
  return out;
}

export const NO_FACTS: SentenceFacts = Object.freeze({ times: [], statements: [], agreements: [] });
