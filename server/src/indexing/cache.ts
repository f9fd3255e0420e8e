// The persisted index: one file in the extension's storage folder holding, for each indexed file,
// its size, mtime, content hash and analysis. Written atomically (temp file + rename); a file that
// is missing, of another format or extractor version, truncated or corrupt is ignored (and rebuilt
// by the next save), never trusted and never a crash.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentAnalysis } from '../core/types';
import { decodePlainData, encodePlainData } from './codec';

/** Bumped when the layout of the cache file changes. */
export const CACHE_FORMAT = 1;
export const CACHE_FILE_NAME = 'crosscheck-index.bin';
const MAGIC = Buffer.from('CRXIDX\r\n', 'latin1');

export interface CacheEntry {
  /** Absolute path on disk. */
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-1 of the file's bytes, hex. */
  hash: string;
  analysis: DocumentAnalysis;
}

export type CacheStatus = 'loaded' | 'missing' | 'stale' | 'corrupt';

export interface LoadedCache {
  status: CacheStatus;
  /** Why the cache was not used (stale or corrupt), for the log. */
  reason?: string;
  entries: Map<string, CacheEntry>;
}

interface CacheHeader {
  format: number;
  extractorVersion: string;
  checksum: string;
  stringsBytes: number;
  shapesBytes: number;
  payloadBytes: number;
}

export function cacheFilePath(cacheDir: string): string {
  return path.join(cacheDir, CACHE_FILE_NAME);
}

export function hashBytes(bytes: Uint8Array): string {
  return crypto.createHash('sha1').update(bytes).digest('hex');
}

export function savePersistedIndex(cacheDir: string, extractorVersion: string, entries: Iterable<CacheEntry>): void {
  const rows: unknown[] = [];
  for (const e of entries) rows.push([e.path, e.size, e.mtimeMs, e.hash, e.analysis]);
  const encoded = encodePlainData(rows);
  const strings = Buffer.from(JSON.stringify(encoded.strings), 'utf8');
  const shapes = Buffer.from(JSON.stringify(encoded.shapes), 'utf8');
  const payload = encoded.payload;
  const checksum = crypto.createHash('sha1').update(strings).update(shapes).update(payload).digest('hex');
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    extractorVersion,
    checksum,
    stringsBytes: strings.length,
    shapesBytes: shapes.length,
    payloadBytes: payload.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);

  fs.mkdirSync(cacheDir, { recursive: true });
  const target = cacheFilePath(cacheDir);
  const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    for (const part of [MAGIC, headerLength, headerBytes, strings, shapes, payload]) {
      let written = 0;
      while (written < part.length) written += fs.writeSync(fd, part, written, part.length - written);
    }
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

export function loadPersistedIndex(cacheDir: string, extractorVersion: string): LoadedCache {
  const empty = (status: CacheStatus, reason?: string): LoadedCache => ({ status, reason, entries: new Map() });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(cacheFilePath(cacheDir));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? empty('missing') : empty('corrupt', `unreadable: ${code ?? String(error)}`);
  }
  try {
    if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return empty('corrupt', 'not a Crosscheck index file');
    const headerLength = bytes.readUInt32LE(MAGIC.length);
    const headerStart = MAGIC.length + 4;
    if (headerStart + headerLength > bytes.length) return empty('corrupt', 'truncated header');
    const header = JSON.parse(bytes.toString('utf8', headerStart, headerStart + headerLength)) as Partial<CacheHeader>;
    if (header.format !== CACHE_FORMAT) return empty('stale', `cache format ${String(header.format)}, expected ${CACHE_FORMAT}`);
    if (header.extractorVersion !== extractorVersion) {
      return empty('stale', `extractor version ${String(header.extractorVersion)}, expected ${extractorVersion}`);
    }
    const { stringsBytes, shapesBytes, payloadBytes, checksum } = header;
    if (![stringsBytes, shapesBytes, payloadBytes].every((n) => Number.isSafeInteger(n) && n! >= 0)) return empty('corrupt', 'bad header');
    const bodyStart = headerStart + headerLength;
    if (bodyStart + stringsBytes! + shapesBytes! + payloadBytes! !== bytes.length) return empty('corrupt', 'length does not match the header');
    const body = bytes.subarray(bodyStart);
    if (hashBytes(body) !== checksum) return empty('corrupt', 'checksum mismatch');
    const strings = JSON.parse(body.toString('utf8', 0, stringsBytes)) as string[];
    const shapes = JSON.parse(body.toString('utf8', stringsBytes, stringsBytes! + shapesBytes!)) as string[][];
    const payload = body.subarray(stringsBytes! + shapesBytes!);
    const rows = decodePlainData({ strings, shapes, payload });
    if (!Array.isArray(rows)) return empty('corrupt', 'payload is not a list');
    const entries = new Map<string, CacheEntry>();
    for (const row of rows) {
      if (!isEntryRow(row)) return empty('corrupt', 'malformed entry');
      const [file, size, mtimeMs, hash, analysis] = row;
      entries.set(file, { path: file, size, mtimeMs, hash, analysis });
    }
    return { status: 'loaded', entries };
  } catch (error) {
    return empty('corrupt', (error as Error).message);
  }
}

type EntryRow = [string, number, number, string, DocumentAnalysis];

function isEntryRow(row: unknown): row is EntryRow {
  if (!Array.isArray(row) || row.length !== 5) return false;
  const [file, size, mtimeMs, hash, analysis] = row as unknown[];
  if (typeof file !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof hash !== 'string') return false;
  if (typeof analysis !== 'object' || analysis === null) return false;
  const a = analysis as Partial<DocumentAnalysis>;
  return typeof a.file === 'string' && Array.isArray(a.claims) && Array.isArray(a.attributions);
}
