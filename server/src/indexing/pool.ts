// Runs file jobs on worker threads (both cores), a few batches in flight per worker, results handed
// back as they arrive. A worker that fails or exits has its unfinished jobs run in the calling thread.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeFileJob } from './analyzeFile';
import type { FileJob, FileJobResult } from './analyzeFile';

export interface WorkerRequest {
  batch: number;
  jobs: FileJob[];
}

export interface WorkerResponse {
  batch: number;
  results: FileJobResult[];
}

const BATCH_SIZE = 16;
const BATCHES_IN_FLIGHT = 2;
/**
 * A worker's young generation stays resident while it indexes, and V8 sizes it by default for a long-running main
 * thread. An analysis is garbage as soon as it is encoded, so 8 MB collects it as well: about 25 MB less peak RSS at
 * 10,000 files with two workers, for the same CPU time.
 */
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };

/** dist/worker.js next to the bundle that runs this code, or worker.ts beside this file under tsx. */
export function defaultWorkerScript(): string {
  const bundled = path.join(__dirname, 'worker.js');
  if (fs.existsSync(bundled)) return bundled;
  return path.join(__dirname, 'worker.ts');
}

export interface PoolOptions {
  workers: number;
  workerScript: string;
  isCancelled?: () => boolean;
  onResult: (result: FileJobResult) => void;
  log?: (message: string) => void;
}

/** Runs every job (in order of the list, as far as parallelism allows) unless cancelled. */
export async function runJobs(jobs: FileJob[], options: PoolOptions): Promise<void> {
  let next = 0;
  const takeBatch = (): FileJob[] => {
    if (options.isCancelled?.()) return [];
    const batch = jobs.slice(next, next + BATCH_SIZE);
    next += batch.length;
    return batch;
  };
  const runInThread = async (batch: FileJob[]): Promise<void> => {
    for (let i = 0; i < batch.length; i++) {
      options.onResult(analyzeFileJob(batch[i]));
      if (i % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
    }
  };

  if (options.workers <= 0) {
    for (let batch = takeBatch(); batch.length > 0; batch = takeBatch()) await runInThread(batch);
    return;
  }

  const orphans: FileJob[][] = [];
  let batchIds = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        // A .ts worker (tests and tools run under tsx) registers tsx's require hook in its thread first.
        worker = options.workerScript.endsWith('.ts')
          ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(options.workerScript)});`, {
              eval: true,
              ...WORKER_OPTIONS,
            })
          : new Worker(options.workerScript, WORKER_OPTIONS);
      } catch (error) {
        options.log?.(`indexing worker could not start (${(error as Error).message}); indexing in this thread`);
        resolve();
        return;
      }
      const inFlight = new Map<number, FileJob[]>();
      let finished = false;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        for (const batch of inFlight.values()) orphans.push(batch);
        inFlight.clear();
        void worker.terminate();
        resolve();
      };
      const feed = (): void => {
        while (inFlight.size < BATCHES_IN_FLIGHT) {
          const jobsOfBatch = takeBatch();
          if (jobsOfBatch.length === 0) break;
          const batch = batchIds++;
          inFlight.set(batch, jobsOfBatch);
          const request: WorkerRequest = { batch, jobs: jobsOfBatch };
          worker.postMessage(request);
        }
        if (inFlight.size === 0) finish();
      };
      worker.on('message', (response: WorkerResponse) => {
        if (!inFlight.delete(response.batch)) return;
        for (const result of response.results) options.onResult(result);
        feed();
      });
      worker.on('error', (error) => {
        options.log?.(`indexing worker failed (${error.message}); its files are indexed in this thread`);
        finish();
      });
      worker.on('exit', (code) => {
        if (!finished) options.log?.(`indexing worker exited with code ${code}; its files are indexed in this thread`);
        finish();
      });
      feed();
    });

  await Promise.all(Array.from({ length: options.workers }, runWorker));
  for (const batch of orphans) await runInThread(batch);
  for (let batch = takeBatch(); batch.length > 0; batch = takeBatch()) await runInThread(batch);
}
