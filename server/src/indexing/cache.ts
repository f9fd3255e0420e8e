// The persisted index: one file in the extension's storage folder holding, for each indexed file,
// its size, mtime, content hash and analysis. Written atomically (temp file + rename); a file that
// is missing, of another format or extractor version, truncated or corrupt is ignored (and rebuilt
// by the next save), never trusted and never a crash.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

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

export function cacheFilePath(cacheDir: string): string {
  return path.join(cacheDir, CACHE_FILE_NAME);
}

export function hashBytes(bytes: Uint8Array): string {
  return crypto.createHash('sha1').update(bytes).digest('hex');
}

function varintBytes(value: number): Buffer {
  const bytes: number[] = [];
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  bytes.push(value);
  return Buffer.from(bytes);
}

const WRITE_CHUNK_BYTES = 1 << 20;

/** The parts joined into chunks of about WRITE_CHUNK_BYTES, so that writing takes few system calls. */
function* chunksOf(parts: Uint8Array[]): Generator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  for (const part of parts) {
    pending.push(part);
    pendingBytes += part.length;
    if (pendingBytes >= WRITE_CHUNK_BYTES) {
      yield Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
    }
  }
  if (pending.length) yield Buffer.concat(pending, pendingBytes);
}

/** Writes the cache file atomically: a temp file in the same folder, fsync, rename over the old one. */
export function savePersistedIndex(cacheDir: string, extractorVersion: string, entries: Iterable<CacheEntry>): void {
  const parts: Uint8Array[] = [];
  let count = 0;
  for (const e of entries) {
    const diskPath = Buffer.from(e.path, 'utf8');
    const name = Buffer.from(e.file, 'utf8');
    const fixed = Buffer.alloc(8 + 20);
    fixed.writeDoubleLE(e.mtimeMs, 0);
    fixed.write(e.hash, 8, 20, 'hex');
    parts.push(varintBytes(diskPath.length), diskPath, varintBytes(name.length), name, varintBytes(e.size), fixed, varintBytes(e.record.length), e.record);
    count++;
  }
  // The body is hashed and written part by part: never a second copy of every record in memory.
  const bodyHash = crypto.createHash('sha1');
  let bodyBytes = 0;
  for (const part of parts) {
    bodyHash.update(part);
    bodyBytes += part.length;
  }
  const header: CacheHeader = { format: CACHE_FORMAT, extractorVersion, count, checksum: bodyHash.digest('hex'), bodyBytes };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);

  fs.mkdirSync(cacheDir, { recursive: true });
  const target = cacheFilePath(cacheDir);
  const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    for (const chunk of chunksOf([MAGIC, headerLength, headerBytes, ...parts])) {
      let written = 0;
      while (written < chunk.length) written += fs.writeSync(fd, chunk, written, chunk.length - written);
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

/** Reads the cache file; anything unexpected gives an empty cache with status 'corrupt' or 'stale', never an exception. */
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
    const bodyStart = headerStart + headerLength;
    if (header.bodyBytes !== bytes.length - bodyStart) return empty('corrupt', 'length does not match the header');
    const body = bytes.subarray(bodyStart);
    if (hashBytes(body) !== header.checksum) return empty('corrupt', 'checksum mismatch');
    const entries = new Map<string, CacheEntry>();
    let position = 0;
    const varint = (): number => {
      let result = 0;
      let scale = 1;
      for (;;) {
        if (position >= body.length || scale > 2 ** 49) throw new Error('truncated entry');
        const b = body[position++];
        result += (b & 0x7f) * scale;
        if (b < 0x80) return result;
        scale *= 0x80;
      }
    };
    const take = (length: number): Buffer => {
      if (position + length > body.length) throw new Error('truncated entry');
      const part = body.subarray(position, position + length);
      position += length;
      return part;
    };
    while (position < body.length) {
      const diskPath = take(varint()).toString('utf8');
      const file = take(varint()).toString('utf8');
      const size = varint();
      const fixed = take(28);
      const record = take(varint());
      entries.set(diskPath, { path: diskPath, file, size, mtimeMs: fixed.readDoubleLE(0), hash: fixed.toString('hex', 8, 28), record });
    }
    if (entries.size !== header.count) return empty('corrupt', `${entries.size} entries, the header says ${header.count}`);
    return { status: 'loaded', entries };
  } catch (error) {
    return empty('corrupt', (error as Error).message);
  }
}
