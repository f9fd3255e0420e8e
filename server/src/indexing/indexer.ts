// Reads and analyses many workspace files: extraction on worker threads (both cores), results reused
// from the persisted index in `cacheDir` when a file's content hash and the extractor version match.
// Document text is never kept: only the analyses are returned.
import { MAX_FILE_BYTES } from '../workspace/sizePolicy';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as core from '../core';
import type { DocumentAnalysis } from '../core';
import type { FileJob, FileJobResult } from './analyzeFile';
import { loadPersistedIndex, PersistedIndexWriter, readPersistedIndex } from './cache';
import type { CacheEntry, CacheStatus } from './cache';
import { analyzeFileJob } from './analyzeFile';
import { decodeRecord } from './codec';
import { StringInterner } from './intern';
import type { SkippedPath, SkipReason } from '../workspace/files';
import { defaultWorkerScript, runJobs } from './pool';

export interface FileToIndex {
  /** Absolute path on disk. */
  path: string;
  /** The name the analysis uses for it (workspace-relative path or URI). */
  file: string;
  /** Size and modification time when the caller has just listed the file; else the indexer stats it. */
  size?: number;
  mtimeMs?: number;
}

export interface IndexerOptions {
  log?: (message: string) => void;
  /** Called for each file that is not read, with why; without it, the skip is logged as "skipped <path>: <message>". */
  onSkip?: (skipped: SkippedPath) => void;
  /** Called after each file, for progress reports. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between batches of files; indexing stops early when it returns true. */
  isCancelled?: () => boolean;
  /** Folder of the persisted index (the extension's storage folder, never the workspace). No cache when absent. */
  cacheDir?: string;
  /** Worker threads; default: one per core, none for fewer than 64 files to read. 0 = in this thread. */
  workers?: number;
  /** Files larger than this many bytes are skipped (default 10 MB). */
  maxFileSize?: number;
  /** Paths (as in `FileToIndex.path`) to analyse before all others, e.g. the open editors'. */
  firstPaths?: string[];
  /** Drop cached entries of files not in this call's list (set it when the list is the whole workspace). */
  pruneCache?: boolean;
  /** Key of the cache; default: the core's EXTRACTOR_VERSION plus a fingerprint of the worker bundle. */
  extractorVersion?: string;
  /** Script of the worker threads; default dist/worker.js beside the running bundle. */
  workerScript?: string;
  /** Called with each analysis as soon as it is decoded, before indexFiles returns them all. */
  onAnalysis?: (analysis: DocumentAnalysis) => void;
  /** Called once at the end with what the run did. */
  onStats?: (stats: IndexStats) => void;
}

export interface IndexStats {
  files: number;
  /** Analysed from the text (new or changed files, or no cache). */
  analysed: number;
  /** Taken from the persisted index as they are (size and mtime unchanged). */
  fromCache: number;
  /** Read and hashed again (mtime changed) but the content was the same, so taken from the cache. */
  revalidated: number;
  skipped: number;
  cache: CacheStatus | 'none';
  cacheReason?: string;
  cacheSaved: boolean;
  workers: number;
  milliseconds: number;
}

/** Below this many files to read, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;
/** Used until the core exports EXTRACTOR_VERSION. */
const PLACEHOLDER_EXTRACTOR_VERSION = 'unversioned';

let bundleFingerprint: string | undefined;

/** The cache key of the analyses: the core's EXTRACTOR_VERSION and a hash of the worker bundle, so a rebuilt extractor never reads stale analyses. */
export function currentExtractorVersion(workerScript = defaultWorkerScript()): string {
  const declared = Reflect.get(core, 'EXTRACTOR_VERSION') as unknown;
  const version =
    typeof declared === 'string' || typeof declared === 'number' ? String(declared) : PLACEHOLDER_EXTRACTOR_VERSION;
  if (bundleFingerprint === undefined) {
    try {
      bundleFingerprint = crypto.createHash('sha1').update(fs.readFileSync(workerScript)).digest('hex').slice(0, 12);
    } catch {
      bundleFingerprint = 'nobundle';
    }
  }
  return `${version}+${bundleFingerprint}`;
}

let engineFingerprint: string | undefined;

/** What the engine's snapshot depends on besides the files: the extractor (as for the analyses) and this bundle's engine. */
export function currentEngineKey(): string {
  if (engineFingerprint === undefined) {
    try {
      engineFingerprint = crypto.createHash('sha1').update(fs.readFileSync(__filename)).digest('hex').slice(0, 12);
    } catch {
      engineFingerprint = 'nobundle';
    }
  }
  return `${currentExtractorVersion()}/${engineFingerprint}`;
}

/** An entry of the persisted index reused as it was: its record stays in the cache file until the index is saved again. */
type ReusedEntry = Omit<CacheEntry, 'record'> & { record: null };

function withoutRecord(entry: CacheEntry): ReusedEntry {
  return {
    path: entry.path,
    file: entry.file,
    size: entry.size,
    mtimeMs: entry.mtimeMs,
    hash: entry.hash,
    record: null,
  };
}

/** The entries to save, the records of reused ones read from the cache file again (an entry it no longer holds is left out). */
function withRecords(
  entries: Iterable<CacheEntry | ReusedEntry>,
  cacheDir: string,
  extractorVersion: string,
): CacheEntry[] {
  const all = [...entries];
  if (all.every((e) => e.record !== null)) return all as CacheEntry[];
  const onDisk = loadPersistedIndex(cacheDir, extractorVersion).entries;
  const result: CacheEntry[] = [];
  for (const entry of all) {
    if (entry.record !== null) {
      result.push(entry);
      continue;
    }
    const stored = onDisk.get(entry.path);
    if (
      stored &&
      stored.file === entry.file &&
      stored.hash === entry.hash &&
      stored.size === entry.size &&
      stored.mtimeMs === entry.mtimeMs
    )
      result.push(stored);
  }
  return result;
}

function regularFileStat(filePath: string): { size: number; mtimeMs: number } | null {
  try {
    const stat = fs.statSync(filePath);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/** A file as indexFilesLazily() gives it: the hash of its bytes and its analysis, or what decodes it from the persisted index. */
export interface IndexedFile {
  path: string;
  file: string;
  /** SHA-1 of the file's bytes, hex (as in the persisted index). */
  contentHash: string;
  analysis: DocumentAnalysis | (() => DocumentAnalysis);
}

export async function indexFiles(files: FileToIndex[], options: IndexerOptions = {}): Promise<DocumentAnalysis[]> {
  const indexed = await indexFilesAndHashes(files, options, false);
  return indexed.map((f) => f.analysis as DocumentAnalysis);
}

/**
 * indexFiles, except that the analyses of files unchanged since the persisted index are not decoded: each is decoded
 * when its function is first called (a record that fails to decode then is analysed from the file again).
 */
export async function indexFilesLazily(files: FileToIndex[], options: IndexerOptions = {}): Promise<IndexedFile[]> {
  return indexFilesAndHashes(files, options, true);
}

async function indexFilesAndHashes(
  files: FileToIndex[],
  options: IndexerOptions,
  lazily: boolean,
): Promise<IndexedFile[]> {
  const started = performance.now();
  const log = options.log;
  // A skip is typed (reason and message) for a caller that takes it, else a log line.
  const skip = (filePath: string, reason: SkipReason, message: string): void => {
    if (options.onSkip) options.onSkip({ path: filePath, reason, message });
    else log?.(`skipped ${filePath}: ${message}`);
  };
  const workerScript = options.workerScript ?? defaultWorkerScript();
  const extractorVersion = options.extractorVersion ?? currentExtractorVersion(workerScript);
  const maxFileSize = options.maxFileSize ?? MAX_FILE_BYTES.cli;

  const results: (DocumentAnalysis | (() => DocumentAnalysis) | undefined)[] = new Array(files.length);
  const contentHashes: string[] = new Array(files.length);
  /** The entries of the next persisted index; reused ones without their record (read from the file again to save). */
  const fresh = new Map<string, CacheEntry | ReusedEntry>();
  const stats = { analysed: 0, fromCache: 0, revalidated: 0, skipped: 0 };
  let done = 0;
  const progress = (): void => options.onProgress?.(++done, files.length);
  // Every analysis is decoded from its record, on this thread, through one table of shared strings.
  const interner = new StringInterner();
  /** `now`: decoded while indexing (handed to onAnalysis), not later on demand. */
  const decode = (record: Uint8Array, file: string, now = true): DocumentAnalysis | null => {
    try {
      const analysis = decodeRecord(record, interner.forFile(file)) as Partial<DocumentAnalysis> | null;
      if (analysis && analysis.file === file && Array.isArray(analysis.claims)) {
        if (now) options.onAnalysis?.(analysis as DocumentAnalysis);
        return analysis as DocumentAnalysis;
      }
      log?.(`cached analysis of ${file} is malformed; analysing the file again`);
    } catch (error) {
      log?.(`cached analysis of ${file} is corrupt (${(error as Error).message}); analysing the file again`);
    }
    return null;
  };

  const decodeLater =
    (record: Uint8Array, listed: FileToIndex): (() => DocumentAnalysis) =>
    () => {
      const analysis = decode(record, listed.file, false);
      if (analysis) return analysis;
      const again = analyzeFileJob({ index: 0, path: listed.path, file: listed.file, knownHash: null, maxFileSize });
      const reanalysed = again.ok && again.record ? decode(again.record, listed.file, false) : null;
      if (!reanalysed)
        skip(
          listed.path,
          again.ok ? 'io-error' : again.reason,
          again.ok ? 'its analysis could not be decoded' : again.error,
        );
      return reanalysed ?? core.analyzeDocument('', listed.file);
    };

  // The persisted index is read a chunk at a time and each file still the same is decoded as its entry is read,
  // so the cache file is never in memory whole: only the records of files to hash again are kept.
  const cached = new Map<string, ReusedEntry>();
  const knownRecords = new Map<string, Uint8Array>();
  let cacheStatus: CacheStatus | 'none' = 'none';
  let cacheReason: string | undefined;
  if (options.cacheDir) {
    const indexOfPath = new Map(files.map((f, index) => [f.path, index]));
    const fromCache: number[] = [];
    const loaded = readPersistedIndex(options.cacheDir, extractorVersion, (hit) => {
      const reused = withoutRecord(hit);
      cached.set(hit.path, reused);
      const index = indexOfPath.get(hit.path);
      if (index === undefined || hit.file !== files[index].file) return;
      const listed = files[index];
      const stat =
        listed.size !== undefined && listed.mtimeMs !== undefined
          ? { size: listed.size, mtimeMs: listed.mtimeMs }
          : regularFileStat(hit.path);
      const unchanged = stat !== null && stat.size === hit.size && stat.mtimeMs === hit.mtimeMs;
      // A record kept for later is copied out of the chunk it was read in, so that each is freed once decoded.
      const analysis = !unchanged
        ? null
        : lazily
          ? decodeLater(new Uint8Array(hit.record), listed)
          : decode(hit.record, hit.file);
      if (analysis) {
        results[index] = analysis;
        contentHashes[index] = hit.hash;
        fromCache.push(index);
        fresh.set(hit.path, reused);
      } else {
        knownRecords.set(hit.path, hit.record);
      }
    });
    cacheStatus = loaded.status;
    cacheReason = loaded.reason;
    if (loaded.status === 'loaded') {
      stats.fromCache = fromCache.length;
      for (let i = 0; i < fromCache.length; i++) progress();
    } else {
      // Entries read before the file proved corrupt are not trusted.
      for (const index of fromCache) results[index] = undefined;
      cached.clear();
      knownRecords.clear();
      fresh.clear();
    }
    if (loaded.status === 'stale' || loaded.status === 'corrupt')
      log?.(`persisted index ${loaded.status} (${loaded.reason}); rebuilding it`);
  }

  const jobs: FileJob[] = [];
  for (let index = 0; index < files.length; index++) {
    if (results[index] !== undefined) continue;
    const entry = files[index];
    const known = knownRecords.has(entry.path) ? cached.get(entry.path) : undefined;
    jobs.push({ index, path: entry.path, file: entry.file, knownHash: known?.hash ?? null, maxFileSize });
  }
  if (options.firstPaths?.length) {
    const first = new Set(options.firstPaths);
    jobs.sort((a, b) => Number(first.has(b.path)) - Number(first.has(a.path)) || a.index - b.index);
  }

  // The next persisted index is written once it is known to change: the entries reused as they were first (copied
  // from the old file), then each new record as it comes, so that none is kept in memory until the end.
  let writer = null as PersistedIndexWriter | null;
  let saveError = null as Error | null;
  const persist = (entries: (CacheEntry | ReusedEntry)[]): void => {
    if (!writer) return;
    try {
      for (const entry of withRecords(entries, options.cacheDir!, extractorVersion)) writer.add(entry);
    } catch (error) {
      saveError = error as Error;
      writer.abort();
      writer = null;
    }
  };
  const startWriting = (): void => {
    if (writer || saveError || !options.cacheDir || options.isCancelled?.()) return;
    try {
      writer = new PersistedIndexWriter(options.cacheDir, extractorVersion);
    } catch (error) {
      saveError = error as Error;
      return;
    }
    persist([...fresh.values()]);
  };

  const requested = options.workers ?? (jobs.length >= MIN_FILES_FOR_WORKERS ? os.availableParallelism() : 0);
  const workers = Math.max(0, Math.min(requested, Math.ceil(jobs.length / 16)));
  const onResult = (result: FileJobResult): void => {
    const entry = files[result.index];
    if (!result.ok) {
      skip(entry.path, result.reason, result.error);
      stats.skipped++;
      progress();
      return;
    }
    let record = result.record;
    let analysis: DocumentAnalysis | null;
    if (record === null) {
      // Same bytes as when cached: the cached analysis stands (its record passed the file's checksum).
      record = knownRecords.get(entry.path)!;
      analysis = decode(record, entry.file);
      if (analysis === null)
        return onResult(
          analyzeFileJob({ index: result.index, path: entry.path, file: entry.file, knownHash: null, maxFileSize }),
        );
      stats.revalidated++;
    } else {
      analysis = decode(record, entry.file);
      if (analysis === null) {
        skip(entry.path, 'io-error', 'its analysis could not be decoded');
        stats.skipped++;
        progress();
        return;
      }
      stats.analysed++;
    }
    results[result.index] = analysis;
    contentHashes[result.index] = result.hash;
    const indexed: CacheEntry = {
      path: entry.path,
      file: entry.file,
      size: result.size,
      mtimeMs: result.mtimeMs,
      hash: result.hash,
      record,
    };
    startWriting();
    fresh.set(entry.path, withoutRecord(indexed));
    persist([indexed]);
    progress();
  };
  await runJobs(jobs, { workers, workerScript, isCancelled: options.isCancelled, onResult, log });

  let cacheSaved = false;
  const changed =
    stats.analysed > 0 ||
    stats.revalidated > 0 ||
    cacheStatus !== 'loaded' ||
    (options.pruneCache && cached.size !== fresh.size);
  if (options.cacheDir && changed && !options.isCancelled?.()) {
    startWriting();
    if (!options.pruneCache) persist([...cached.values()].filter((entry) => !fresh.has(entry.path)));
    if (writer) {
      try {
        writer.commit();
        cacheSaved = true;
      } catch (error) {
        saveError = error as Error;
      }
    }
  } else {
    writer?.abort();
  }
  if (saveError) log?.(`could not save the persisted index in ${options.cacheDir}: ${saveError.message}`);

  options.onStats?.({
    files: files.length,
    ...stats,
    cache: cacheStatus,
    cacheReason,
    cacheSaved,
    workers,
    milliseconds: performance.now() - started,
  });
  const indexed: IndexedFile[] = [];
  results.forEach((analysis, index) => {
    if (analysis !== undefined)
      indexed.push({ path: files[index].path, file: files[index].file, contentHash: contentHashes[index], analysis });
  });
  return indexed;
}
