// Bad files on disk: each is read correctly or skipped with a stated reason, never a crash or a hang.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  decodeText,
  listTextFiles,
  listTextFilesWithSkips,
  readTextFile,
  type SkippedPath,
} from '../../server/src/workspace/files';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-files-'));
}

function write(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

function utf16be(text: string): Buffer {
  const buffer = Buffer.from(text, 'utf16le');
  buffer.swap16();
  return buffer;
}

describe('readTextFile: encodings', () => {
  let dir: string;
  before(() => (dir = tempDir()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads plain UTF-8 as is, CRLF kept', () => {
    const file = write(dir, 'plain.txt', 'At least 31 civilians\r\nwere killed 😀.');
    assert.deepEqual(readTextFile(file), {
      text: 'At least 31 civilians\r\nwere killed 😀.',
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('strips a UTF-8 byte order mark', () => {
    const file = write(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('177 militants')]));
    assert.deepEqual(readTextFile(file), { text: '177 militants', encoding: 'utf-8', warnings: [] });
  });

  it('keeps a second BOM inside the text (only the leading one is a mark)', () => {
    const file = write(dir, 'two-boms.txt', '\uFEFF\uFEFFx');
    assert.deepEqual(readTextFile(file), { text: '\uFEFFx', encoding: 'utf-8', warnings: [] });
  });

  it('reads an empty file as empty text', () => {
    const file = write(dir, 'empty.txt', '');
    assert.deepEqual(readTextFile(file), { text: '', encoding: 'utf-8', warnings: [] });
  });

  it('replaces invalid UTF-8 with U+FFFD and says how many sequences', () => {
    // 0xff is never valid; 0xc3 at the end is a truncated two-byte sequence; EF BF BD is a real U+FFFD.
    const bytes = Buffer.concat([
      Buffer.from('a'),
      Buffer.from([0xff]),
      Buffer.from('b \uFFFD c'),
      Buffer.from([0xc3]),
    ]);
    const file = write(dir, 'invalid.txt', bytes);
    assert.deepEqual(readTextFile(file), {
      text: 'a\uFFFDb \uFFFD c\uFFFD',
      encoding: 'utf-8',
      warnings: ['invalid UTF-8: 2 byte sequence(s) replaced with U+FFFD'],
    });
  });

  it('decodes UTF-16 LE with a BOM, surrogate pairs included', () => {
    const file = write(
      dir,
      'le.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('31 civilians 😀\r\nق', 'utf16le')]),
    );
    assert.deepEqual(readTextFile(file), { text: '31 civilians 😀\r\nق', encoding: 'utf-16le', warnings: [] });
  });

  it('decodes UTF-16 BE with a BOM', () => {
    const file = write(dir, 'be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('177 militants 😀')]));
    assert.deepEqual(readTextFile(file), { text: '177 militants 😀', encoding: 'utf-16be', warnings: [] });
  });

  it('recognises mostly-ASCII UTF-16 LE and BE without a BOM', () => {
    assert.deepEqual(decodeText(Buffer.from('At least 31 civilians were killed.', 'utf16le')), {
      text: 'At least 31 civilians were killed.',
      encoding: 'utf-16le',
      warnings: [],
    });
    assert.deepEqual(decodeText(utf16be('At least 31 civilians were killed.')), {
      text: 'At least 31 civilians were killed.',
      encoding: 'utf-16be',
      warnings: [],
    });
  });

  it('drops the dangling last byte of an odd-length UTF-16 file and says so', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])]);
    assert.deepEqual(decodeText(bytes), {
      text: 'ab',
      encoding: 'utf-16le',
      warnings: ['UTF-16LE file has an odd number of bytes; the last byte was dropped'],
    });
  });
});

describe('readTextFile: files that are skipped', () => {
  let dir: string;
  before(() => (dir = tempDir()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips a file with NUL bytes as binary', () => {
    const file = write(dir, 'scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    assert.deepEqual(readTextFile(file), { error: 'binary file (contains NUL bytes)', reason: 'binary' });
  });

  it('skips a file that is mostly control characters as binary', () => {
    const bytes = Buffer.alloc(100, 0x41);
    for (let i = 0; i < 20; i++) bytes[i * 5] = 0x01;
    const file = write(dir, 'controls.txt', bytes);
    assert.deepEqual(readTextFile(file), { error: 'binary file (20% control characters)', reason: 'binary' });
  });

  it('reads text with a few control characters (tabs, form feeds, escapes, a stray BEL)', () => {
    const text = 'Col\tumn\f\x1b[1mbold\x1b[0m\x07 and 177 militants killed in a long enough line of real prose.';
    const file = write(dir, 'few-controls.txt', text);
    assert.deepEqual(readTextFile(file), { text, encoding: 'utf-8', warnings: [] });
  });

  it('skips a UTF-16 file whose text holds NUL characters as binary', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\u0000b', 'utf16le')]);
    assert.deepEqual(decodeText(bytes), { error: 'binary file (contains NUL characters)', reason: 'binary' });
  });

  it('skips files over the size limit, and reads one exactly at it', () => {
    const over = write(dir, 'over.txt', '12345678901');
    const at = write(dir, 'at.txt', '1234567890');
    assert.deepEqual(readTextFile(over, { maxBytes: 10 }), {
      error: 'file too large (11 bytes; the limit is 10 bytes)',
      reason: 'too-large',
    });
    assert.deepEqual(readTextFile(at, { maxBytes: 10 }), { text: '1234567890', encoding: 'utf-8', warnings: [] });
  });

  it('says a file vanished between listing and reading', () => {
    const file = write(dir, 'vanishing/gone.txt', '31 civilians');
    const listed = listTextFiles([path.join(dir, 'vanishing')]);
    assert.deepEqual(listed, [file]);
    fs.rmSync(file);
    assert.deepEqual(readTextFile(listed[0]), {
      error: 'file not found: it vanished after listing or never existed (ENOENT)',
      reason: 'not-found',
    });
  });

  it('refuses a directory passed as a file', () => {
    const folder = path.join(dir, 'folder.txt');
    fs.mkdirSync(folder);
    assert.deepEqual(readTextFile(folder), { error: 'is a directory, not a file (EISDIR)', reason: 'not-a-file' });
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    assert.deepEqual(readTextFile(fifo), {
      error: 'not a regular file (device, FIFO or socket)',
      reason: 'not-a-file',
    });
  });

  it('reports a file without read permission', function () {
    if (process.getuid?.() === 0) {
      // root reads any file regardless of its mode bits, so there is no unreadable file to make here.
      this.skip();
    }
    const file = write(dir, 'secret.txt', '31 civilians');
    fs.chmodSync(file, 0o000);
    assert.deepEqual(readTextFile(file), { error: 'permission denied (EACCES)', reason: 'permission-denied' });
  });
});

describe('listTextFiles: hostile folders', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists .txt and .md files sorted, skipping dot folders and node_modules', () => {
    const a = write(dir, 'b/a.md', 'x');
    const b = write(dir, 'a.TXT', 'x');
    write(dir, 'c.json', 'x');
    write(dir, '.git/d.txt', 'x');
    write(dir, 'node_modules/e.txt', 'x');
    const listed = listTextFilesWithSkips([dir]);
    assert.deepEqual({ files: listed.files, skipped: listed.skipped }, { files: [b, a].sort(), skipped: [] });
    assert.deepEqual(
      [...listed.stats.values()].map((s) => s.size),
      [1, 1],
    );
  });

  it('ends on a symlink loop, listing each real file once and naming the loop', () => {
    const file = write(dir, 'news/report.txt', '31 civilians');
    fs.symlinkSync('..', path.join(dir, 'news', 'up'));
    fs.symlinkSync(path.join(dir, 'news'), path.join(dir, 'news', 'self'));
    const seen: SkippedPath[] = [];
    const result = listTextFilesWithSkips([dir], { onSkip: (s) => seen.push(s) });
    assert.deepEqual(result.files, [file]);
    assert.deepEqual(
      result.skipped.map((s) => [path.relative(dir, s.path), s.reason]),
      [
        ['news/self', 'symlink-loop'],
        ['news/up', 'symlink-loop'],
      ],
    );
    assert.deepEqual(seen, result.skipped);
  });

  it('reports a link to itself and a dangling link without throwing', () => {
    fs.symlinkSync('self.txt', path.join(dir, 'self.txt'));
    fs.symlinkSync('missing.txt', path.join(dir, 'dangling.txt'));
    const result = listTextFilesWithSkips([dir]);
    assert.deepEqual(result.files, []);
    assert.deepEqual(
      result.skipped.map((s) => [path.basename(s.path), s.reason, s.message]),
      [
        ['dangling.txt', 'not-found', 'broken symbolic link or file removed while listing'],
        ['self.txt', 'symlink-loop', 'symbolic link loop'],
      ],
    );
  });

  it('reports a root that does not exist', () => {
    const missing = path.join(dir, 'nope');
    assert.deepEqual(listTextFilesWithSkips([missing]), {
      files: [],
      skipped: [{ path: missing, reason: 'not-found', message: 'file not found (ENOENT)' }],
      stats: new Map(),
    });
  });

  it('lists a FIFO with a text extension as skipped rather than blocking later', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    const result = listTextFilesWithSkips([dir]);
    assert.deepEqual(result.files, []);
    assert.deepEqual(
      result.skipped.map((s) => [path.basename(s.path), s.reason]),
      [['pipe.md', 'not-a-file']],
    );
  });

  it('keeps the old call signature: listTextFiles(roots, extensions)', () => {
    const md = write(dir, 'x.md', 'x');
    write(dir, 'y.txt', 'x');
    assert.deepEqual(listTextFiles([dir], ['.md']), [md]);
  });
});
