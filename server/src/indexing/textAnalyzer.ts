// Analyses the text of large open documents on a worker thread (the indexer's worker script), so that the server
// keeps answering other requests meanwhile. One worker, started on first use and not keeping the process alive;
// when it cannot start or dies, the analysis runs in the calling thread instead (slower to answer, still right).
import { Worker } from 'node:worker_threads';
import { analyzeDocument } from '../core';
import type { DocumentAnalysis } from '../core';
import { decodeRecord } from './codec';
import { defaultWorkerScript } from './pool';

export interface TextRequest {
  id: number;
  text: string;
  file: string;
}

export type TextResponse = { id: number; record: Uint8Array } | { id: number; error: string };

interface Pending {
  resolve: (analysis: DocumentAnalysis) => void;
  reject: (error: Error) => void;
  text: string;
  file: string;
}

export class TextAnalyzer {
  private worker: Worker | null = null;
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly log: (message: string) => void,
    private readonly workerScript = defaultWorkerScript(),
  ) {}

  /** The analysis of `text` named `file`, made on the worker thread. */
  analyze(text: string, file: string): Promise<DocumentAnalysis> {
    const worker = this.started();
    if (!worker) return Promise.resolve().then(() => analyzeDocument(text, file));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject, text, file });
      if (this.pending.size === 1) worker.ref();
      const request: TextRequest = { id, text, file };
      worker.postMessage(request);
    });
  }

  /** Stops the worker (analyses in flight are made in this thread). */
  dispose(): void {
    const worker = this.worker;
    this.worker = null;
    this.failed = true;
    if (worker) void worker.terminate();
    this.runPendingHere();
  }

  private started(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const script = this.workerScript;
      const worker = script.endsWith('.ts')
        ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(script)});`, { eval: true })
        : new Worker(script);
      worker.unref();
      worker.on('message', (response: TextResponse) => this.answer(response));
      worker.on('error', (error) => this.stop(`failed (${error.message})`));
      worker.on('exit', (code) => this.stop(`exited with code ${code}`));
      this.worker = worker;
    } catch (error) {
      this.failed = true;
      this.log(
        `the worker for large documents could not start (${(error as Error).message}); they are analysed in this thread`,
      );
    }
    return this.worker;
  }

  private answer(response: TextResponse): void {
    const job = this.pending.get(response.id);
    if (!job) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) this.worker?.unref();
    if ('error' in response) job.reject(new Error(response.error));
    else {
      try {
        job.resolve(decodeRecord(response.record) as DocumentAnalysis);
      } catch (error) {
        job.reject(error as Error);
      }
    }
  }

  private stop(why: string): void {
    if (!this.worker) return;
    this.worker = null;
    this.failed = true;
    this.log(`the worker for large documents ${why}; they are analysed in this thread`);
    this.runPendingHere();
  }

  private runPendingHere(): void {
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) {
      try {
        job.resolve(analyzeDocument(job.text, job.file));
      } catch (error) {
        job.reject(error as Error);
      }
    }
  }
}
