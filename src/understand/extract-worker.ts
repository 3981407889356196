/**
 * A worker thread of `extractAll` (parallel.ts): analyses the documents it is sent, writes each
 * one's facts to the cache when a DATA_DIR is given, and answers with the facts it found (only the
 * sentences that carry any: most carry none, and less to copy back is less time).
 * Everything a worker loads (the extractors, the tagger's model) is loaded once per thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Doc } from '../record/types.js';
import { analyzeOne, foundFacts, type WorkerReply, type WorkerRequest, type WorkerSetup } from './parallel.js';

const { dataDir } = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('OnRecord: extract-worker.ts runs only as a worker thread');

port.on('message', (request: WorkerRequest) => {
  try {
    const writeErrors: [number, string][] = [];
    const facts = request.docs.map((doc: Doc, k) => foundFacts(analyzeOne(doc, dataDir, (_doc, error) => writeErrors.push([k, String(error)]))));
    port.postMessage({ id: request.id, facts, writeErrors } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply);
  }
});
