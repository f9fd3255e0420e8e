// Huge and degenerate inputs through the real reading and analysis path. Each must finish within the bound stated
// beside it: generous (the machine has 2 cores shared by many processes), but far below what a super-linear
// regex or algorithm would need on inputs of this size. The times are printed for the record.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDocument, detectFindings, LineIndex } from '../../server/src/core';
import { DEFAULT_MAX_FILE_BYTES, readTextFile } from '../../server/src/workspace/files';

const MB = 1024 * 1024;

interface Timing {
  input: string;
  ms: number;
  boundMs: number;
}

const timings: Timing[] = [];

function timed<T>(input: string, boundMs: number, run: () => T): T {
  const started = process.hrtime.bigint();
  const result = run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  timings.push({ input, ms, boundMs });
  console.log(`      ${input}: ${ms.toFixed(0)} ms (bound ${boundMs} ms)`);
  assert.ok(ms < boundMs, `${input} took ${ms.toFixed(0)} ms, over the bound of ${boundMs} ms`);
  return result;
}

/** Deterministic pseudo-random numbers, so that the inputs are the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One line of about `length` characters: digits and the separators numbers are written with. */
function digitLine(length: number): string {
  const random = generator(7);
  const separators = [',', '.', ' ', '-', '/', ':', '%', ', ', ' - ', '–', ' to ', ' and '];
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const part = String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 9)))) + separators[Math.floor(random() * separators.length)];
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}

/** A minified JSON export with figures, news phrases and long unbroken runs, as scraped folders hold. */
function minifiedExport(bytes: number): string {
  const random = generator(31);
  const phrases = ['at least 31 civilians were killed', 'militants killed', '177', 'Interior Minister Mohsin Naqvi said', 'n/a', ''];
  const records: string[] = [];
  let size = 0;
  for (let id = 0; size < bytes; id++) {
    const record = `{"id":${id},"count":${Math.floor(random() * 100_000)},"ratio":${random().toFixed(6)},"text":"${phrases[id % phrases.length]}","tags":["a","b"]},`;
    records.push(record);
    size += record.length;
  }
  return '[' + records.join('').slice(0, bytes - 2) + ']';
}

describe('linear time: huge and degenerate inputs', function () {
  this.timeout(600_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-huge-'))));
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    const slowest = [...timings].sort((a, b) => b.ms - a.ms)[0];
    if (slowest) console.log(`\n      slowest input: ${slowest.input}, ${slowest.ms.toFixed(0)} ms (bound ${slowest.boundMs} ms)`);
  });

  it('analyses a 1 MB line of digits and separators within 20 s', () => {
    const text = digitLine(MB);
    assert.equal(text.length, MB);
    const doc = timed('1 MB line of digits and separators', 20_000, () => analyzeDocument(text, 'digits.txt'));
    assert.equal(doc.file, 'digits.txt');
  });

  it('analyses a 1 MB line of one digit, of spaces and of letters (the worst cases for \\d+, \\s+, \\w+) within 20 s each', () => {
    for (const [name, text] of [
      ['1 MB of "1"', '1'.repeat(MB)],
      ['1 MB of spaces then "x"', ' '.repeat(MB) + 'x'],
      ['1 MB of letters', 'a'.repeat(MB)],
      ['1 MB of "1," then "x"', '1,'.repeat(MB / 2) + 'x'],
    ] as const) {
      timed(name, 20_000, () => analyzeDocument(text, 'degenerate.txt'));
    }
  });

  it('analyses 100,000 short lines within 30 s, and as many blank lines within 20 s', () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(i % 3 === 0 ? `The attack killed ${i} civilians.` : i % 3 === 1 ? `By ${i}` : '');
    const text = lines.join('\n');
    const doc = timed('100,000 short lines', 30_000, () => analyzeDocument(text, 'lines.txt'));
    assert.equal(new LineIndex(text).lineCount, 100_000);
    assert.ok(doc.claims.length > 0, 'no claim found in 100,000 lines of "The attack killed N civilians."');
    timed('100,000 blank lines (CRLF) then "x"', 20_000, () => analyzeDocument('\r\n'.repeat(100_000) + 'x', 'blank.txt'));
  });

  it(`skips a 50 MB file at the default limit (${DEFAULT_MAX_FILE_BYTES / MB} MB) within 2 s, and reads and analyses it with a raised limit within 300 s`, () => {
    const file = path.join(dir, 'export.txt');
    fs.writeFileSync(file, minifiedExport(50 * MB));
    assert.equal(fs.statSync(file).size, 50 * MB);
    const skipped = timed('50 MB file at the default limit (skipped)', 2_000, () => readTextFile(file));
    assert.deepEqual(skipped, {
      error: `file too large (${50 * MB} bytes; the limit is ${DEFAULT_MAX_FILE_BYTES} bytes)`,
      reason: 'too-large',
    });
    const read = timed('50 MB file read and decoded', 20_000, () => readTextFile(file, { maxBytes: 64 * MB }));
    assert.ok('text' in read, 'the 50 MB file was not read');
    const doc = timed('50 MB file analysed', 300_000, () => analyzeDocument(read.text, 'export.txt'));
    timed('50 MB file: findings against itself', 60_000, () => detectFindings([doc]));
  });
});
