// Entry point of dist/worker.js: a worker thread of the indexer. Receives batches of files, answers
// with their analyses (see pool.ts for the protocol); or one open document's text (see textAnalyzer.ts).
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../core';
import { analyzeFileJob } from './analyzeFile';
import { encodeRecord } from './codec';
import type { WorkerRequest, WorkerResponse } from './pool';
import type { TextRequest, TextResponse } from './textAnalyzer';

if (!parentPort) throw new Error('indexing worker started outside a worker thread');
const port = parentPort;
port.on('message', (request: WorkerRequest | TextRequest) => {
  if ('text' in request) {
    let response: TextResponse;
    try {
      response = { id: request.id, record: encodeRecord(analyzeDocument(request.text, request.file)) };
    } catch (error) {
      response = { id: request.id, error: (error as Error).message ?? String(error) };
    }
    port.postMessage(response, 'record' in response ? [response.record.buffer as ArrayBuffer] : []);
    return;
  }
  const results = request.jobs.map(analyzeFileJob);
  const response: WorkerResponse = { batch: request.batch, results };
  const transfer = results.flatMap((r) => (r.ok && r.record ? [r.record.buffer as ArrayBuffer] : []));
  port.postMessage(response, transfer);
});
