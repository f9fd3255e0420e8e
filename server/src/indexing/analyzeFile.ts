// Reads one file from disk, hashes its bytes and analyses its text: the unit of work of the indexer,
// run in a worker thread or, for small jobs and as a fallback, in the calling thread.
import * as fs from 'node:fs';
import { analyzeDocument } from '../core';
import { decodeText, reasonForErrorCode, type SkipReason } from '../workspace/files';
import { hashBytes } from './cache';
import { encodeRecord } from './codec';

export interface FileJob {
  /** Position of the file in the caller's list. */
  index: number;
  path: string;
  file: string;
  /** Content hash from the persisted index: when the bytes still hash to it the analysis is not redone. */
  knownHash: string | null;
  maxFileSize: number;
}

export type FileJobResult =
  /** `record`: the analysis encoded (codec.ts), or null when the content still hashes to `knownHash`. */
  | { index: number; ok: true; size: number; mtimeMs: number; hash: string; record: Uint8Array | null }
  | { index: number; ok: false; error: string; reason: SkipReason };

export function analyzeFileJob(job: FileJob): FileJobResult {
  try {
    const stat = fs.statSync(job.path);
    if (!stat.isFile()) return { index: job.index, ok: false, error: 'not a file', reason: 'not-a-file' };
    if (stat.size > job.maxFileSize) {
      return {
        index: job.index,
        ok: false,
        error: `too large (${stat.size} bytes, limit ${job.maxFileSize})`,
        reason: 'too-large',
      };
    }
    // Regular files only (checked above), so reading cannot block on a FIFO.
    const bytes = fs.readFileSync(job.path);
    if (bytes.length > job.maxFileSize)
      return {
        index: job.index,
        ok: false,
        error: `too large (${bytes.length} bytes, limit ${job.maxFileSize})`,
        reason: 'too-large',
      };
    const hash = hashBytes(bytes);
    const base = { index: job.index, ok: true as const, size: bytes.length, mtimeMs: stat.mtimeMs, hash };
    if (hash === job.knownHash) return { ...base, record: null };
    const decoded = decodeText(bytes);
    if ('error' in decoded) return { index: job.index, ok: false, error: decoded.error, reason: decoded.reason };
    // Encoded here, on the worker's core: the main thread only decodes, and the cache stores the bytes as they are.
    return { ...base, record: encodeRecord(analyzeDocument(decoded.text, job.file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      index: job.index,
      ok: false,
      error: code ?? (error as Error).message ?? String(error),
      reason: reasonForErrorCode(code),
    };
  }
}
