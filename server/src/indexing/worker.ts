// Entry point of dist/worker.js: a worker thread of the indexer. Receives batches of files, answers
// with their analyses (see pool.ts for the protocol).
import { parentPort } from 'node:worker_threads';
import { analyzeFileJob } from './analyzeFile';
import type { WorkerRequest, WorkerResponse } from './pool';

if (!parentPort) throw new Error('indexing worker started outside a worker thread');
const port = parentPort;
port.on('message', (request: WorkerRequest) => {
  const results = request.jobs.map(analyzeFileJob);
  const response: WorkerResponse = { batch: request.batch, results };
  const transfer = results.flatMap((r) => (r.ok && r.record ? [r.record.buffer as ArrayBuffer] : []));
  port.postMessage(response, transfer);
});
