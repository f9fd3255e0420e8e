// Reads and analyses many workspace files (first cut: in this thread, no cache; issue 6 adds
// worker threads and the persisted index behind the same interface).
import { analyzeDocument } from '../core';
import type { DocumentAnalysis } from '../core';
import { readTextFile } from '../workspace/files';

export interface FileToIndex {
  /** Absolute path on disk. */
  path: string;
  /** The name the analysis uses for it (workspace-relative path or URI). */
  file: string;
}

export interface IndexerOptions {
  log?: (message: string) => void;
  /** Called after each file, for progress reports. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between files; indexing stops early when it returns true. */
  isCancelled?: () => boolean;
}

export async function indexFiles(files: FileToIndex[], options: IndexerOptions = {}): Promise<DocumentAnalysis[]> {
  const results: DocumentAnalysis[] = [];
  let done = 0;
  for (const entry of files) {
    if (options.isCancelled?.()) break;
    const read = readTextFile(entry.path);
    if ('error' in read) options.log?.(`skipped ${entry.path}: ${read.error}`);
    else results.push(analyzeDocument(read.text, entry.file));
    options.onProgress?.(++done, files.length);
    if (done % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}
