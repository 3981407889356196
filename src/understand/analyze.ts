import { sentencesOf, type Dateline, type Sentence } from '../record/types.js';
import { extractAgreements, resolveCollectiveSpeakers } from './agreements.js';
import { extractTimes } from './dates.js';
import { withTagsAhead } from './nlp.js';
import { mayReadDeal } from './deals.js';
import { extractStatements, mayReadStatement, type DocView } from './statements.js';
import { sentenceKey, type SentenceFacts, type SentenceKey, type TimeMention } from './types.js';

/**
 * All facts of a document, per sentence key. Pure: the same document gives the same facts.
 * The dateline is metadata: a date inside it is when the story was filed, not an event of the
 * record, so it is not reported as a time of the sentence that carries it.
 */
export function analyzeDocument(doc: DocView & { readonly dateline?: Dateline | null }): Map<SentenceKey, SentenceFacts> {
  const read = oneByteView(doc);
  const facts = readTagged(read);
  // A name or a quote cut from a sentence's one-byte copy would keep the copy alive for as long as
  // the facts are kept (in the thread that opened the record: a worker's facts are copied to it
  // anyway, see `analyzeDocumentToPost`): the facts are copied out once, as a worker's message copies them.
  return read === doc ? facts : structuredClone(facts);
}

/**
 * `analyzeDocument` for facts that are copied as soon as they are found (an extraction worker posts
 * them to the thread that keeps them: extract-worker.ts): the same facts, without copying them out
 * of the one-byte copies first, since the message copies them anyway (a clone of every fact of
 * every document whose text was copied was about 2 % of a worker's extraction time on news text).
 */
export function analyzeDocumentToPost(doc: DocView & { readonly dateline?: Dateline | null }): Map<SentenceKey, SentenceFacts> {
  return readTagged(oneByteView(doc));
}

/**
 * The sentences a reader may tag, tagged first, in one run (`withTagsAhead`): those the statement
 * readers may read a cue or a quote in (`mayReadStatement`) and those the deal reader may read a
 * deal in (`mayReadDeal`), by the readers' own gates. Any other sentence a reader asks about is
 * tagged when it asks, with the same tags (`tag` is a function of its text), so the facts are the
 * same whichever sentences are tagged ahead; what changes is the work: tagging a sentence in the
 * loop costs about a third of tagging it in the middle of the readers' work, and a sentence no
 * reader asks about costs nothing. Before, every sentence was tagged ahead, and the readers asked
 * for 71 % of the bench record's sentences and 59 % of the real text's (bench/real-docs.ts).
 */
function readTagged(read: DocView & { readonly dateline?: Dateline | null }): Map<SentenceKey, SentenceFacts> {
  return withTagsAhead(
    sentencesOf(read)
      .map((s) => s.text)
      .filter((text) => mayReadStatement(text) || mayReadDeal(text)),
    () => readDocument(read),
  );
}

/**
 * The document with each sentence's text in V8's one-byte form where every character fits one
 * byte: the same characters, so the same facts, read several times faster. A file holding any
 * character past U+00FF (a curly quote, a dash) is decoded as a two-byte string, and its sentences
 * are slices of it, two bytes a character even when they hold plain letters only; a regular
 * expression with a Unicode class (`\p{L}`, `\p{Lu}`: most of the readers' patterns) runs its
 * code for every UTF-16 unit on such a string, and its one-byte code, which knows the class holds
 * Latin-1 letters only, on a one-byte one: a name pattern of names.ts costs 15 µs a sentence on
 * the first and 0.5 µs on the second. A sentence that holds a character past U+00FF stays as it is.
 * A document none of whose sentences holds one is left as it is: its file was decoded one byte a
 * character (unless a character past U+00FF stood outside every sentence: then the readers only
 * run slower on it, with the same facts), so a copy would cost the copy, and the facts' clone, for nothing.
 */
function oneByteView<D extends DocView & { readonly dateline?: Dateline | null }>(doc: D): D {
  if (sentencesOf(doc).every((s) => LATIN1.test(s.text))) return doc;
  let copied = false;
  const oneByte = (s: Sentence): Sentence => {
    if (!LATIN1.test(s.text)) return s;
    copied = true;
    return { ...s, text: Buffer.from(s.text, 'latin1').toString('latin1') };
  };
  const headline = doc.headline && oneByte(doc.headline);
  const paragraphs = doc.paragraphs.map((p) => ({ ...p, sentences: p.sentences.map(oneByte) }));
  return copied ? { ...doc, headline, paragraphs } : doc;
}

const LATIN1 = /^[\u0000-\u00ff]*$/;

function readDocument(doc: DocView & { readonly dateline?: Dateline | null }): Map<SentenceKey, SentenceFacts> {
  const none = new Map<SentenceKey, never[]>();
  const raw = guarded(doc, 'statements', () => extractStatements(doc), none);
  const agreements = guarded(doc, 'agreements', () => extractAgreements(doc, raw), none);
  const statements = guarded(doc, 'statements', () => resolveCollectiveSpeakers(doc, raw), raw);
  const out = new Map<SentenceKey, SentenceFacts>();
  for (const s of sentencesOf(doc)) {
    const key = sentenceKey(s);
    out.set(key, {
      times: sentenceTimes(doc, s),
      statements: statements.get(key) ?? [],
      agreements: agreements.get(key) ?? [],
    });
  }
  return out;
}

/**
 * The dated mentions the extraction gives sentence `s` of `doc`: from the sentence's text, the
 * document's reporting date and its dateline alone, so they can be read ahead of the document's
 * other facts, the same (a digest planned during a cold start: src/digest/inFull.ts).
 */
export function sentenceTimes(doc: Pick<DocView, 'id' | 'reportDate'> & { readonly dateline?: Dateline | null }, s: Sentence): TimeMention[] {
  return outsideDateline(s, guarded(doc, 'times', () => extractTimes(s.text, doc.reportDate), []), doc.dateline ?? null);
}

/**
 * One extractor's reading of a document, or `fallback` when it throws: a fault in one reader on
 * one odd sentence costs that document that kind of fact (reported once as a process warning, with
 * the document's id), never the record's load nor the document's other facts. Deterministic, as
 * the extractors are: the same document fails the same way, so the facts cache stays true.
 */
function guarded<T>(doc: Pick<DocView, 'id'>, kind: string, read: () => T, fallback: T): T {
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
