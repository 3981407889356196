import { sentencesOf, type Dateline, type Sentence } from '../record/types.js';
import { extractAgreements, resolveCollectiveSpeakers } from './agreements.js';
import { extractTimes } from './dates.js';
import { withTagsAhead } from './nlp.js';
import { extractStatements, type DocView } from './statements.js';
import { sentenceKey, type SentenceFacts, type SentenceKey, type TimeMention } from './types.js';

/**
 * All facts of a document, per sentence key. Pure: the same document gives the same facts.
 * The dateline is metadata: a date inside it is when the story was filed, not an event of the
 * record, so it is not reported as a time of the sentence that carries it.
 */
export function analyzeDocument(doc: DocView & { readonly dateline?: Dateline | null }): Map<SentenceKey, SentenceFacts> {
  // Every sentence tagged first, in one run (`withTagsAhead`): the readers ask for most of them.
  return withTagsAhead(
    sentencesOf(doc).map((s) => s.text),
    () => readDocument(doc),
  );
}

function readDocument(doc: DocView & { readonly dateline?: Dateline | null }): Map<SentenceKey, SentenceFacts> {
  const none = new Map<SentenceKey, never[]>();
  const raw = guarded(doc, 'statements', () => extractStatements(doc), none);
  const agreements = guarded(doc, 'agreements', () => extractAgreements(doc, raw), none);
  const statements = guarded(doc, 'statements', () => resolveCollectiveSpeakers(doc, raw), raw);
  const out = new Map<SentenceKey, SentenceFacts>();
  for (const s of sentencesOf(doc)) {
    const key = sentenceKey(s);
    out.set(key, {
      times: outsideDateline(s, guarded(doc, 'times', () => extractTimes(s.text, doc.reportDate), []), doc.dateline ?? null),
      statements: statements.get(key) ?? [],
      agreements: agreements.get(key) ?? [],
    });
  }
  return out;
}

/**
 * One extractor's reading of a document, or `fallback` when it throws: a fault in one reader on
 * one odd sentence costs that document that kind of fact (reported once as a process warning, with
 * the document's id), never the record's load nor the document's other facts. Deterministic, as
 * the extractors are: the same document fails the same way, so the facts cache stays true.
 */
function guarded<T>(doc: DocView, kind: string, read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    process.emitWarning(`${kind} extraction failed on document ${doc.id}: ${error instanceof Error ? error.message : String(error)}`, { code: 'ONRECORD_EXTRACTION' });
    return fallback;
  }
}

/** Datelines open one of the first paragraphs: the sentence starts with it, or is all of it. */
function outsideDateline(s: Sentence, times: TimeMention[], dateline: Dateline | null): TimeMention[] {
  if (!dateline || s.paragraph < 1 || s.paragraph > 3 || times.length === 0) return times;
  if (dateline.text.includes(s.text.trim())) return [];
  if (!s.text.startsWith(dateline.text)) return times;
  return times.filter((t) => t.index >= dateline.text.length);
}

export const NO_FACTS: SentenceFacts = Object.freeze({ times: [], statements: [], agreements: [] });
