/**
 * What a thread's first document extraction loads and compiles, a step at a time. The first
 * document a thread reads requires the tagger's model, builds a pipeline on it, reads WordNet's
 * index files and runs every extractor's code for the first time (V8 compiles a function when it is
 * first called): about two thirds of a second in one turn of the event loop on a quiet machine
 * (bench/run.ts's cold start: the main thread's first document, while the first fact commands
 * wait), and seconds under load. Run as steps with turns in between (parallel.ts), the thread is
 * held one step at a time; the steps read the cache's probe document (cache.ts `PROBE`), and what
 * they find is dropped: the extractors are pure, so the facts of the record are the same.
 */
import { sentencesOf } from '../record/types.js';
import { hasWordNet } from '../wordnet.js';
import { analyzeDocument } from './analyze.js';
import { extractAgreements, resolveCollectiveSpeakers } from './agreements.js';
import { PROBE } from './cache.js';
import { extractTimes } from './dates.js';
import { loadTaggerModel, tag } from './nlp.js';
import { extractStatements, type DocView } from './statements.js';

/** Whether this thread has been warmed up (once a thread: what the steps below load stays loaded). */
let warmed = false;

/** Whether this thread's warm-up has run to its end. */
export function isWarm(): boolean {
  return warmed;
}

/**
 * The warm-up's steps (a generator that yields between them; none once this thread is warm).
 * `within` runs each reader as the extraction will (nlp.ts `withoutEntities`, or as it is), so
 * the pipeline built is the one the extraction tags with.
 */
export function* warmingUp(first: DocView | null, within: <T>(run: () => T) => T = (run) => run()): Generator<void, void, void> {
  // The pipeline (a second one, without the entity pass, is dropped after each extraction: nlp.ts).
  loadTaggerModel();
  yield;
  within(() => tag((PROBE.headline ?? sentencesOf(PROBE)[0])?.text ?? ''));
  if (warmed) return;
  yield;
  hasWordNet();
  yield;
  for (const s of sentencesOf(PROBE)) extractTimes(s.text, PROBE.reportDate);
  yield;
  // The readers a paragraph of the probe at a time (a reported statement, a quote, an attribution):
  // each compiles the code its kind of sentence runs, the first the most.
  const paragraphs = (doc: DocView): DocView[] => doc.paragraphs.map((p) => ({ ...doc, paragraphs: [p] }));
  for (const part of [...paragraphs(PROBE), PROBE, ...(first ? paragraphs(first) : [])]) {
    const raw = within(() => extractStatements(part));
    yield;
    within(() => extractAgreements(part, raw));
    yield;
    within(() => resolveCollectiveSpeakers(part, raw));
    yield;
  }
  within(() => analyzeDocument(PROBE));
  warmed = true;
}
