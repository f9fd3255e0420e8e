// Finding and reading the workspace's text files on disk. Shared by the language server and the CLI.
// Hostile folders are the normal case: binary files saved as .txt, invalid UTF-8, UTF-16 exports, files that
// vanish or grow while being read, FIFOs, symlink loops. Nothing here throws: every file that is not read
// comes back with a reason that the caller logs (server) or prints on stderr (CLI).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES } from './sizePolicy';

export const DEFAULT_EXTENSIONS = ['.txt', '.md'];

/** Files larger than this are skipped unless the caller passes another `maxBytes` (see sizePolicy.ts). */
export const DEFAULT_MAX_FILE_BYTES = MAX_FILE_BYTES.cli;

/** How much of a file's start is inspected to tell binary from text. */
const BINARY_SAMPLE_BYTES = 64 * 1024;

/** A share of control characters (other than tab, line breaks, form feed and escape) above which a file is binary. */
const MAX_CONTROL_CHARACTER_RATIO = 0.1;

/** Why a file or folder was not read. Stable strings: callers may switch on them. */
export type SkipReason =
  'binary' | 'too-large' | 'not-found' | 'not-a-file' | 'permission-denied' | 'symlink-loop' | 'outside' | 'io-error';

export interface SkippedPath {
  path: string;
  reason: SkipReason;
  /** One line a person can read, e.g. "binary file (contains NUL bytes)". */
  message: string;
}

export interface ListOptions {
  extensions?: string[];
  /** Called for every path that is not listed because of a problem (not for files of other extensions). */
  onSkip?: (skipped: SkippedPath) => void;
  /**
   * Whether symbolic links that resolve outside the roots are followed (default false: they are skipped with
   * reason 'outside', so that a link `etc -> /etc` or `root -> /` does not bring other text into the reports).
   */
  followLinksOutside?: boolean;
  /** Where followed links may lead besides the roots (the other workspace folders). Default: the roots. */
  within?: string[];
}

export interface FileStat {
  size: number;
  mtimeMs: number;
}

export interface ListResult {
  files: string[];
  skipped: SkippedPath[];
  /** Size and modification time of each listed file, as seen while listing (callers need not stat again). */
  stats: Map<string, FileStat>;
}

/**
 * Every .txt and .md file under the given files or folders, sorted and absolute, with the paths that could
 * not be listed and why. Folders whose names start with "." and node_modules are not entered unless given
 * as roots. Symbolic links are followed when they resolve inside a root (or `within`; any link with
 * `followLinksOutside`), and each real folder is entered at most once, so link loops end.
 */
export function listTextFilesWithSkips(roots: string[], options: ListOptions = {}): ListResult {
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.toLowerCase());
  const found = new Map<string, FileStat>();
  const skipped: SkippedPath[] = [];
  const enteredFolders = new Set<string>();
  const skip = (p: string, reason: SkipReason, message: string): void => {
    const entry = { path: path.resolve(p), reason, message };
    skipped.push(entry);
    options.onSkip?.(entry);
  };

  const inside = options.followLinksOutside ? null : realFolders(options.within ?? roots);
  const visit = (p: string, explicit: boolean, link = false): void => {
    if (link && inside) {
      const outside = outsideOf(p, inside);
      if (outside) {
        skip(p, 'outside', outside);
        return;
      }
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ELOOP') skip(p, 'symlink-loop', 'symbolic link loop');
      else if (code === 'ENOENT' && !explicit)
        skip(p, 'not-found', 'broken symbolic link or file removed while listing');
      else skip(p, reasonForErrorCode(code), describeError(e));
      return;
    }
    if (stat.isDirectory()) {
      const name = path.basename(p);
      if (!explicit && (name.startsWith('.') || name === 'node_modules')) return;
      let real: string;
      let entries: fs.Dirent[];
      try {
        real = fs.realpathSync(p);
        if (enteredFolders.has(real)) {
          skip(p, 'symlink-loop', `folder already listed as ${real} (symbolic link loop or duplicate)`);
          return;
        }
        enteredFolders.add(real);
        entries = fs
          .readdirSync(p, { withFileTypes: true })
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (e) {
        skip(p, reasonForErrorCode(errorCode(e)), describeError(e));
        return;
      }
      for (const entry of entries) {
        // A regular file of another kind needs no stat (symbolic links may point at folders: they are visited).
        if (entry.isFile() && !extensions.includes(path.extname(entry.name).toLowerCase())) continue;
        visit(path.join(p, entry.name), false, entry.isSymbolicLink());
      }
    } else if (explicit || extensions.includes(path.extname(p).toLowerCase())) {
      if (stat.isFile()) found.set(path.resolve(p), { size: stat.size, mtimeMs: stat.mtimeMs });
      else skip(p, 'not-a-file', 'not a regular file (device, FIFO or socket)');
    }
  };
  for (const root of roots) visit(root, true);
  return { files: [...found.keys()].sort(), skipped, stats: found };
}

/** The real paths of the given files or folders (those that exist), to tell where a symbolic link leads. */
export function realFolders(paths: string[]): string[] {
  const result: string[] = [];
  for (const p of paths) {
    try {
      result.push(fs.realpathSync(p));
    } catch {
      // A root that does not exist holds nothing a link could lead to.
    }
  }
  return result;
}

/** Whether `real` is `folder` or under it. */
function isUnder(real: string, folder: string): boolean {
  return real === folder || real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

/**
 * Why the file or link at `p` is not followed: it resolves outside every one of the `inside` real paths
 * (as realFolders gives them); null when it resolves inside one, or does not resolve (the read reports that).
 */
export function outsideOf(p: string, inside: string[]): string | null {
  let real: string;
  try {
    real = fs.realpathSync(p);
  } catch {
    return null;
  }
  if (inside.some((folder) => isUnder(real, folder))) return null;
  return `symbolic link to ${real}, outside the folders being read: not followed`;
}

/** Every .txt and .md file under the given files or folders, sorted; problems are reported through `onSkip`. */
export function listTextFiles(
  roots: string[],
  extensions = DEFAULT_EXTENSIONS,
  onSkip?: (skipped: SkippedPath) => void,
): string[] {
  return listTextFilesWithSkips(roots, { extensions, onSkip }).files;
}

export interface ReadOptions {
  /** Files larger than this many bytes are skipped with reason 'too-large'. Default DEFAULT_MAX_FILE_BYTES. */
  maxBytes?: number;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface TextFileContent {
  /** The decoded text without its byte order mark; invalid UTF-8 sequences become U+FFFD. */
  text: string;
  encoding: TextEncodingName;
  /** Problems that did not stop the read, e.g. "invalid UTF-8: 3 sequences replaced with U+FFFD". */
  warnings: string[];
}

export interface TextFileError {
  /** One line a person can read. */
  error: string;
  reason: SkipReason;
}

/** The file's text, or an explanation of why it cannot be read as text. Never throws, never blocks on a FIFO. */
export function readTextFile(file: string, options: ReadOptions = {}): TextFileContent | TextFileError {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const read = readBytes(file, maxBytes);
    if ('error' in read) return read;
    bytes = read.bytes;
  } catch (e) {
    const code = errorCode(e);
    const message =
      code === 'ENOENT' ? 'file not found: it vanished after listing or never existed (ENOENT)' : describeError(e);
    return { error: message, reason: reasonForErrorCode(code) };
  }
  return decodeText(bytes);
}

/** Decodes a file's bytes as readTextFile does: BOM-detected UTF-16 or UTF-8, binary refused. */
export function decodeText(bytes: Uint8Array): TextFileContent | TextFileError {
  const encoding = detectUtf16(bytes);
  if (encoding) {
    const bomLength = hasBom(bytes, encoding) ? 2 : 0;
    const text = decodeUtf16(bytes.subarray(bomLength), encoding);
    const warnings =
      bytes.length % 2 === 1
        ? [`${encoding.toUpperCase()} file has an odd number of bytes; the last byte was dropped`]
        : [];
    const binary = binaryReason(text);
    if (binary) return { error: binary, reason: 'binary' };
    return { text, encoding, warnings };
  }
  const binary = binaryBytesReason(bytes);
  if (binary) return { error: binary, reason: 'binary' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    const replaced = countChar(text, 0xfffd) - countEncodedReplacementCharacters(body);
    warnings.push(`invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD`);
  }
  return { text, encoding: 'utf-8', warnings };
}

function readBytes(file: string, maxBytes: number): { bytes: Buffer } | TextFileError {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it has no effect on regular files.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a directory, not a file (EISDIR)', reason: 'not-a-file' };
    if (!stat.isFile()) return { error: 'not a regular file (device, FIFO or socket)', reason: 'not-a-file' };
    if (stat.size > maxBytes) return { error: tooLarge(stat.size, maxBytes), reason: 'too-large' };
    // The file may grow or shrink while it is read: read until end of file, but never past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = Math.max(1, Math.min(Math.max(stat.size, 64 * 1024), maxBytes + 1));
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      if (chunk.length === 0) break;
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { error: tooLarge(total, maxBytes, true), reason: 'too-large' };
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } finally {
    fs.closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number, grew = false): string {
  return `file too large (${grew ? 'more than ' : ''}${size} bytes; the limit is ${maxBytes} bytes)`;
}

function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Without a BOM: mostly-ASCII UTF-16 has a zero in nearly every other byte and almost none in the rest.
  const sample = Math.min(bytes.length, BINARY_SAMPLE_BYTES) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function hasBom(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  return encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const even = bytes.subarray(0, bytes.length & ~1);
  if (encoding === 'utf-16le') return Buffer.from(even.buffer, even.byteOffset, even.length).toString('utf16le');
  const swapped = Buffer.from(even);
  swapped.swap16();
  return swapped.toString('utf16le');
}

function isControlCode(code: number): boolean {
  // Tab, LF, VT, FF, CR and ESC appear in real text files (and terminal logs); the rest of C0 does not.
  return (
    code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b
  );
}

function binaryBytesReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  if (sample.includes(0)) return 'binary file (contains NUL bytes)';
  let controls = 0;
  for (const byte of sample) if (isControlCode(byte)) controls++;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_CHARACTER_RATIO) {
    return `binary file (${Math.round((100 * controls) / sample.length)}% control characters)`;
  }
  return null;
}

function binaryReason(text: string): string | null {
  const sampleLength = Math.min(text.length, BINARY_SAMPLE_BYTES / 2);
  let controls = 0;
  for (let i = 0; i < sampleLength; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return 'binary file (contains NUL characters)';
    if (isControlCode(code)) controls++;
  }
  if (sampleLength > 0 && controls / sampleLength > MAX_CONTROL_CHARACTER_RATIO) {
    return `binary file (${Math.round((100 * controls) / sampleLength)}% control characters)`;
  }
  return null;
}

function countChar(text: string, code: number): number {
  let count = 0;
  for (let i = text.indexOf(String.fromCharCode(code)); i !== -1; i = text.indexOf(String.fromCharCode(code), i + 1))
    count++;
  return count;
}

/** U+FFFD written correctly in the file (EF BF BD), which the lenient decoder keeps and must not be counted. */
function countEncodedReplacementCharacters(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

export function reasonForErrorCode(code: string | undefined): SkipReason {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EACCES':
    case 'EPERM':
      return 'permission-denied';
    case 'EISDIR':
      return 'not-a-file';
    case 'ELOOP':
      return 'symlink-loop';
    default:
      return 'io-error';
  }
}

function describeError(e: unknown): string {
  const code = errorCode(e);
  switch (code) {
    case 'ENOENT':
      return 'file not found (ENOENT)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'EISDIR':
      return 'is a directory, not a file (EISDIR)';
    case 'ELOOP':
      return 'symbolic link loop (ELOOP)';
    default:
      return code ? `cannot read (${code})` : `cannot read (${(e as Error | undefined)?.message ?? String(e)})`;
  }
}
