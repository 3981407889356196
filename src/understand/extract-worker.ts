/**
 * A worker thread of `extractAll` (parallel.ts): analyses the documents it is sent and answers
 * with the facts it found (only the sentences that carry any: most carry none, and less to copy
 * back is less time). The calling thread keeps the facts cache. Everything a worker loads (the
 * extractors, the tagger's model) is loaded once per thread.
 */
import { parentPort } from 'node:worker_threads';
import type { Doc } from '../record/types.js';
import { analyzeDocumentToPost } from './analyze.js';
import { foundFacts } from './cache.js';
import { tagWithoutEntities } from './nlp.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';

const port = parentPort;
if (!port) throw new Error('OnRecord: extract-worker runs only as a worker thread');
// The extractors never read the tagger's entities.
tagWithoutEntities();

port.on('message', (request: WorkerRequest) => {
  try {
    const facts = request.docs.map((doc: Doc) => foundFacts(analyzeDocumentToPost(doc)));
    port.postMessage({ id: request.id, facts } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply);
  }
});
