// The persisted index: one file in the extension's storage folder holding, for each indexed file,
// its size, mtime, content hash and analysis, and beside it the engine's snapshot (its findings and
// buckets, as JSON). Written atomically (temp file + rename); a file that is missing, of another
// format or extractor version, truncated or corrupt is ignored (and rebuilt by the next save),
// never trusted and never a crash.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compactJsonChunks } from '../core/report/json';
import { varintBytes } from './codec';

/** Bumped when the layout of the cache file changes. */
export const CACHE_FORMAT = 2;
export const CACHE_FILE_NAME = 'crosscheck-index.bin';
const MAGIC = Buffer.from('CRXIDX\r\n', 'latin1');

export interface CacheEntry {
  /** Absolute path on disk. */
  path: string;
  /** The name the analysis gives the file (FileToIndex.file): an entry is only reused under the same name. */
  file: string;
  size: number;
  mtimeMs: number;
  /** SHA-1 of the file's bytes, hex. */
  hash: string;
  /** The analysis as an encoded record (codec.ts `encodeRecord`); decoded only when the file is asked for. */
  record: Uint8Array;
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
  count: number;
  checksum: string;
  bodyBytes: number;
}

/**
 * Opens a file of the storage folder for reading, refusing what is not a regular file: opened without blocking
 * (a FIFO put there would otherwise wait for a writer forever), then its type checked before anything is read.
 */
function openRegularFile(file: string): number {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (fs.fstatSync(fd).isFile()) return fd;
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
  fs.closeSync(fd);
  throw new Error('not a regular file (a FIFO, device or folder)');
}

/** The temporary files that saveSnapshot and PersistedIndexWriter write before renaming them: "<name>.<pid>.<hex>.tmp". */
const TEMP_FILE = /^(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that a server killed while writing left in the storage folder (those of a process
 * still running, another window's server, are left alone). Returns the names removed.
 */
export function removeStaleTempFiles(cacheDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(cacheDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_FILE.exec(name);
    if (!match || ![CACHE_FILE_NAME, SNAPSHOT_FILE_NAME].includes(match[1])) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && isRunning(pid)) continue;
    try {
      fs.rmSync(path.join(cacheDir, name), { force: true });
      removed.push(name);
    } catch {
      // Another server removed it first, or the folder is read-only: nothing to do.
    }
  }
  return removed;
}

export function cacheFilePath(cacheDir: string): string {
  return path.join(cacheDir, CACHE_FILE_NAME);
}

export function hashBytes(bytes: Uint8Array): string {
  return crypto.createHash('sha1').update(bytes).digest('hex');
}

const WRITE_CHUNK_BYTES = 1 << 20;

function writeFully(fd: number, bytes: Uint8Array, position: number | null): void {
  let written = 0;
  while (written < bytes.length)
    written += fs.writeSync(fd, bytes, written, bytes.length - written, position === null ? null : position + written);
}

/**
 * Writes a persisted index entry by entry: each entry is hashed and written (in chunks of about WRITE_CHUNK_BYTES) as
 * it is added, so no record has to stay in memory until the end. The header goes first in the file: its room is
 * reserved at the start and filled by commit() (JSON padded with spaces). The file replaces the old one atomically.
 */
export class PersistedIndexWriter {
  private readonly target: string;
  private readonly temp: string;
  private readonly fd: number;
  private readonly headerRoom: number;
  private readonly bodyHash = crypto.createHash('sha1');
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private bodyBytes = 0;
  private count = 0;

  constructor(
    cacheDir: string,
    private readonly extractorVersion: string,
  ) {
    fs.mkdirSync(cacheDir, { recursive: true });
    this.target = cacheFilePath(cacheDir);
    this.temp = `${this.target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const largest: CacheHeader = {
      format: CACHE_FORMAT,
      extractorVersion,
      count: Number.MAX_SAFE_INTEGER,
      checksum: 'f'.repeat(40),
      bodyBytes: Number.MAX_SAFE_INTEGER,
    };
    this.headerRoom = Buffer.byteLength(JSON.stringify(largest), 'utf8');
    this.fd = fs.openSync(this.temp, 'w');
    try {
      writeFully(this.fd, Buffer.alloc(MAGIC.length + 4 + this.headerRoom), null);
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  add(e: CacheEntry): void {
    const diskPath = Buffer.from(e.path, 'utf8');
    const name = Buffer.from(e.file, 'utf8');
    const fixed = Buffer.alloc(8 + 20);
    fixed.writeDoubleLE(e.mtimeMs, 0);
    fixed.write(e.hash, 8, 20, 'hex');
    for (const part of [
      varintBytes(diskPath.length),
      diskPath,
      varintBytes(name.length),
      name,
      varintBytes(e.size),
      fixed,
      varintBytes(e.record.length),
      e.record,
    ]) {
      this.bodyHash.update(part);
      this.bodyBytes += part.length;
      this.pending.push(part);
      this.pendingBytes += part.length;
    }
    this.count++;
    if (this.pendingBytes >= WRITE_CHUNK_BYTES) this.flush();
  }

  /** Writes the header, syncs and renames the file over the old index. */
  commit(): void {
    try {
      this.flush();
      const header: CacheHeader = {
        format: CACHE_FORMAT,
        extractorVersion: this.extractorVersion,
        count: this.count,
        checksum: this.bodyHash.digest('hex'),
        bodyBytes: this.bodyBytes,
      };
      const headerBytes = Buffer.alloc(this.headerRoom, ' ');
      headerBytes.write(JSON.stringify(header), 'utf8');
      const headerLength = Buffer.alloc(4);
      headerLength.writeUInt32LE(headerBytes.length);
      writeFully(this.fd, Buffer.concat([MAGIC, headerLength, headerBytes]), 0);
      fs.fsyncSync(this.fd);
    } catch (error) {
      this.abort();
      throw error;
    }
    fs.closeSync(this.fd);
    try {
      fs.renameSync(this.temp, this.target);
    } catch (error) {
      fs.rmSync(this.temp, { force: true });
      throw error;
    }
  }

  /** Drops the file being written; the old index stays. */
  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    fs.rmSync(this.temp, { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      writeFully(this.fd, chunk, null);
    } catch (error) {
      this.abort();
      throw error;
    }
  }
}

/** Writes the cache file atomically: a temp file in the same folder, fsync, rename over the old one. */
export function savePersistedIndex(cacheDir: string, extractorVersion: string, entries: Iterable<CacheEntry>): void {
  const writer = new PersistedIndexWriter(cacheDir, extractorVersion);
  try {
    for (const entry of entries) writer.add(entry);
  } catch (error) {
    writer.abort();
    throw error;
  }
  writer.commit();
}

/** Reads the cache file; anything unexpected gives an empty cache with status 'corrupt' or 'stale', never an exception. */
export function loadPersistedIndex(cacheDir: string, extractorVersion: string): LoadedCache {
  const entries = new Map<string, CacheEntry>();
  const { status, reason } = readPersistedIndex(cacheDir, extractorVersion, (entry) => entries.set(entry.path, entry));
  return { status, reason, entries: status === 'loaded' ? entries : new Map() };
}

const READ_CHUNK_BYTES = 1 << 20;

/** Sequential reads of part of a file through a window of about READ_CHUNK_BYTES, hashing the bytes as they are read. */
class ChunkedReader {
  private window = Buffer.alloc(0);
  private at = 0;
  readonly hash = crypto.createHash('sha1');

  constructor(
    private readonly fd: number,
    private position: number,
    private readonly end: number,
  ) {}

  get done(): boolean {
    return this.at >= this.window.length && this.position >= this.end;
  }

  /** The next `length` bytes: a view into the window, valid for as long as it is referenced. */
  take(length: number): Buffer {
    if (this.window.length - this.at < length) {
      const kept = this.window.subarray(this.at);
      if (kept.length + this.end - this.position < length) throw new Error('truncated entry');
      const next = Buffer.allocUnsafeSlow(Math.max(READ_CHUNK_BYTES, length));
      kept.copy(next);
      let filled = kept.length;
      const wanted = Math.min(next.length, kept.length + this.end - this.position);
      while (filled < wanted) {
        const read = fs.readSync(this.fd, next, filled, wanted - filled, this.position);
        if (read === 0) throw new Error('truncated entry');
        this.hash.update(next.subarray(filled, filled + read));
        filled += read;
        this.position += read;
      }
      this.window = next.subarray(0, filled);
      this.at = 0;
    }
    const part = this.window.subarray(this.at, this.at + length);
    this.at += length;
    return part;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (scale > 2 ** 49) throw new Error('truncated entry');
      const b = this.at < this.window.length ? this.window[this.at++] : this.take(1)[0];
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
    }
  }
}

/**
 * Reads the cache file a chunk at a time, handing each entry to `onEntry` as it is read (its record is a view into a
 * chunk: the chunks of the entries not kept are garbage at once, never the whole file in memory). The body's checksum
 * is checked as it is read, so only at the end: when the status is not 'loaded' the entries handed over must be dropped.
 */
export function readPersistedIndex(
  cacheDir: string,
  extractorVersion: string,
  onEntry: (entry: CacheEntry) => void,
): { status: CacheStatus; reason?: string } {
  let fd: number;
  try {
    fd = openRegularFile(cacheFilePath(cacheDir));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { status: 'missing' }
      : { status: 'corrupt', reason: `unreadable: ${code ?? (error as Error).message}` };
  }
  try {
    const fileBytes = fs.fstatSync(fd).size;
    const start = Buffer.alloc(MAGIC.length + 4);
    if (
      fileBytes < start.length ||
      fs.readSync(fd, start, 0, start.length, 0) !== start.length ||
      !start.subarray(0, MAGIC.length).equals(MAGIC)
    ) {
      return { status: 'corrupt', reason: 'not a Crosscheck index file' };
    }
    const headerLength = start.readUInt32LE(MAGIC.length);
    const headerStart = start.length;
    if (headerStart + headerLength > fileBytes) return { status: 'corrupt', reason: 'truncated header' };
    const headerBytes = Buffer.alloc(headerLength);
    if (fs.readSync(fd, headerBytes, 0, headerLength, headerStart) !== headerLength)
      return { status: 'corrupt', reason: 'truncated header' };
    const header = JSON.parse(headerBytes.toString('utf8')) as Partial<CacheHeader>;
    if (header.format !== CACHE_FORMAT)
      return { status: 'stale', reason: `cache format ${String(header.format)}, expected ${CACHE_FORMAT}` };
    if (header.extractorVersion !== extractorVersion) {
      return {
        status: 'stale',
        reason: `extractor version ${String(header.extractorVersion)}, expected ${extractorVersion}`,
      };
    }
    const bodyStart = headerStart + headerLength;
    if (header.bodyBytes !== fileBytes - bodyStart)
      return { status: 'corrupt', reason: 'length does not match the header' };
    const reader = new ChunkedReader(fd, bodyStart, fileBytes);
    let count = 0;
    while (!reader.done) {
      const diskPath = reader.take(reader.varint()).toString('utf8');
      const file = reader.take(reader.varint()).toString('utf8');
      const size = reader.varint();
      const fixed = reader.take(28);
      const record = reader.take(reader.varint());
      onEntry({
        path: diskPath,
        file,
        size,
        mtimeMs: fixed.readDoubleLE(0),
        hash: fixed.toString('hex', 8, 28),
        record,
      });
      count++;
    }
    if (reader.hash.digest('hex') !== header.checksum) return { status: 'corrupt', reason: 'checksum mismatch' };
    if (count !== header.count)
      return { status: 'corrupt', reason: `${count} entries, the header says ${header.count}` };
    return { status: 'loaded' };
  } catch (error) {
    return { status: 'corrupt', reason: (error as Error).message };
  } finally {
    fs.closeSync(fd);
  }
}

export const SNAPSHOT_FILE_NAME = 'crosscheck-engine.json';
const SNAPSHOT_FORMAT = 1;

interface SnapshotHeader {
  format: number;
  engine: string;
  checksum: string;
}

/**
 * Writes the engine's snapshot (any JSON value) beside the persisted index, atomically: a header line (format, the
 * engine that made it, checksum of the rest), then the JSON, written a megabyte at a time (never one string).
 */
export function saveSnapshot(cacheDir: string, engine: string, snapshot: unknown): void {
  fs.mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, SNAPSHOT_FILE_NAME);
  const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const headerLine = (checksum: string): Buffer =>
    Buffer.from(`${JSON.stringify({ format: SNAPSHOT_FORMAT, engine, checksum } satisfies SnapshotHeader)}\n`, 'utf8');
  const placeholder = headerLine('0'.repeat(40));
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'w');
    writeFully(fd, placeholder, null);
    const bodyHash = crypto.createHash('sha1');
    for (const chunk of compactJsonChunks(snapshot)) {
      const bytes = Buffer.from(chunk, 'utf8');
      bodyHash.update(bytes);
      writeFully(fd, bytes, null);
    }
    // The same length as the placeholder: a SHA-1 in hex is always 40 characters.
    writeFully(fd, headerLine(bodyHash.digest('hex')), 0);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** The snapshot saveSnapshot() wrote for this engine, or null with the reason (none when there is no file). */
export function loadSnapshot(cacheDir: string, engine: string): { snapshot: unknown; reason?: string } {
  let text: string;
  try {
    const fd = openRegularFile(path.join(cacheDir, SNAPSHOT_FILE_NAME));
    try {
      text = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { snapshot: null }
      : { snapshot: null, reason: `unreadable: ${code ?? (error as Error).message}` };
  }
  try {
    const newline = text.indexOf('\n');
    if (newline < 0) return { snapshot: null, reason: 'no header' };
    const header = JSON.parse(text.slice(0, newline)) as Partial<SnapshotHeader>;
    if (header.format !== SNAPSHOT_FORMAT)
      return { snapshot: null, reason: `format ${String(header.format)}, expected ${SNAPSHOT_FORMAT}` };
    if (header.engine !== engine) return { snapshot: null, reason: 'made by another version of the engine' };
    const body = text.slice(newline + 1);
    if (crypto.createHash('sha1').update(body).digest('hex') !== header.checksum)
      return { snapshot: null, reason: 'checksum mismatch' };
    return { snapshot: JSON.parse(body) as unknown };
  } catch (error) {
    return { snapshot: null, reason: (error as Error).message };
  }
}
