// Huge and degenerate inputs through the real reading and analysis path. Each must finish within the bound stated
// beside it: generous (the machine has 2 cores shared by many processes), but far below what a super-linear
// regex or algorithm would need on inputs of this size. Analyses run in a worker thread that is stopped at the
// bound, so an overrun fails at once instead of hanging the suite. The times are printed for the record.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isIncluded, LineIndex, matchesGlob, parseConfig } from '../../server/src/core';
import { MAX_GLOB_WILDCARDS } from '../../server/src/core/config';
import { DEFAULT_MAX_FILE_BYTES, readTextFile } from '../../server/src/workspace/files';

const MB = 1024 * 1024;

interface Timing {
  input: string;
  ms: number;
  boundMs: number;
}

const timings: Timing[] = [];

/**
 * Inputs whose overrun is a known, reported bug (owner in brackets): they are skipped, not failed, while over the
 * bound, so that main stays green; they pass normally once fixed. Remove an entry when its bug is fixed.
 */
const KNOWN_SLOW: Record<string, string> = {};

/** While a known bug stands, its input is stopped after this long at most, not to waste the shared machine's time. */
const KNOWN_SLOW_STOP_MS = 60_000;

/** Documents analysed with the input, whose findings are looked for across all of them. */
interface Beside {
  text: string;
  file: string;
}

/** The seed reports, to put beside an input as a real workspace would. */
function seedDocuments(): Beside[] {
  const dir = path.join(__dirname, '../../seeds');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ text: fs.readFileSync(path.join(dir, name), 'utf8'), file: name }));
}

/** `count` lines made by `line(i)` for i = 1..count, joined by "\n" and ended by one. */
function numberedLines(count: number, line: (i: number) => string): string {
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) lines.push(line(i));
  return lines.join('\n') + '\n';
}

interface AnalysisTiming {
  analyzedMs: number;
  findingsMs: number;
  claims: number;
  findings: number;
}

/** analyzeDocument + detectFindings in a worker, stopped after `boundMs`; null when stopped. */
function analyzeInWorker(
  text: string,
  file: string,
  boundMs: number,
  beside: Beside[] = [],
): Promise<AnalysisTiming | null> {
  const entry = path.join(__dirname, 'analyzeWorker.ts');
  const worker = new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(entry)});`, {
    eval: true,
    workerData: { text, file, beside },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, boundMs);
    worker.once('message', (result: AnalysisTiming) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Analyses `text` within `boundMs` (findings included), records the time, fails or skips (known bug) on overrun. */
async function analyzedWithin(
  context: Mocha.Context,
  input: string,
  text: string,
  boundMs: number,
  beside: Beside[] = [],
  file = 'input.txt',
): Promise<AnalysisTiming> {
  const known = KNOWN_SLOW[input];
  const stopMs = known ? Math.min(boundMs, KNOWN_SLOW_STOP_MS) : boundMs;
  const result = await analyzeInWorker(text, file, stopMs, beside);
  if (result === null) {
    timings.push({ input, ms: stopMs, boundMs });
    console.log(
      `      ${input}: stopped after ${stopMs} ms (bound ${boundMs} ms)${known ? ` KNOWN BUG ${known}` : ''}`,
    );
    if (known) context.skip();
    assert.fail(`${input} did not finish within ${boundMs} ms`);
  }
  const ms = result.analyzedMs + result.findingsMs;
  timings.push({ input, ms, boundMs });
  console.log(
    `      ${input}: ${ms.toFixed(0)} ms (analysis ${result.analyzedMs.toFixed(0)} + findings ${result.findingsMs.toFixed(0)}; ${result.claims} claims; bound ${boundMs} ms)`,
  );
  assert.ok(ms < boundMs, `${input} took ${ms.toFixed(0)} ms, over the bound of ${boundMs} ms`);
  if (known) console.log(`      known bug fixed? "${input}" is within its bound: remove it from KNOWN_SLOW`);
  return result;
}

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
    const part =
      String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 9)))) +
      separators[Math.floor(random() * separators.length)];
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}

/** A minified JSON export with figures, news phrases and long unbroken runs, as scraped folders hold. */
function minifiedExport(bytes: number): string {
  const random = generator(31);
  const phrases = [
    'at least 31 civilians were killed',
    'militants killed',
    '177',
    'Interior Minister Mohsin Naqvi said',
    'n/a',
    '',
  ];
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
    if (slowest)
      console.log(`\n      slowest input: ${slowest.input}, ${slowest.ms.toFixed(0)} ms (bound ${slowest.boundMs} ms)`);
  });

  it('analyses a 1 MB line of digits and separators within 20 s', async function () {
    const text = digitLine(MB);
    assert.equal(text.length, MB);
    await analyzedWithin(this, '1 MB line of digits and separators', text, 20_000);
  });

  it('analyses a 1 MB line of one digit, of spaces and of letters (the worst cases for \\d+, \\s+, \\w+) within 20 s each', async function () {
    for (const [name, text] of [
      ['1 MB of "1"', '1'.repeat(MB)],
      ['1 MB of spaces then "x"', ' '.repeat(MB) + 'x'],
      ['1 MB of letters', 'a'.repeat(MB)],
      ['1 MB of "1," then "x"', '1,'.repeat(MB / 2) + 'x'],
    ] as const) {
      await analyzedWithin(this, name, text, 20_000);
    }
  });

  it('analyses 100,000 short lines within 30 s, and as many blank lines within 20 s', async function () {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++)
      lines.push(i % 3 === 0 ? `The attack killed ${i} civilians.` : i % 3 === 1 ? `By ${i}` : '');
    const text = lines.join('\n');
    assert.equal(new LineIndex(text).lineCount, 100_000);
    await analyzedWithin(this, '100,000 blank lines (CRLF) then "x"', '\r\n'.repeat(100_000) + 'x', 20_000);
    const result = await analyzedWithin(this, '100,000 short lines', text, 30_000);
    assert.ok(result.claims > 0, 'no claim found in 100,000 lines of "The attack killed N civilians."');
  });

  // Issue 17: the end-of-sentence test searched to the end of the document for each paragraph without one.
  // Before: 80,000 lines 13.2 s, 1,000,000 lines unfinished after 300 s; after: about 1.3 s for the CLI.
  it('analyses 1,000,000 short paragraphs without a sentence end ("1 2 3", 6 MB) within 30 s', async function () {
    const text = '1 2 3\n'.repeat(1_000_000);
    await analyzedWithin(this, '1,000,000 lines "1 2 3"', text, 30_000);
  });

  // Issue 17: each total looked at every claim of the document for its parts (findParts).
  // Before: 20,000 lines 19.9 s, 100,000 unfinished after 300 s; after: about 7 s for the CLI.
  it('analyses 100,000 figures, one a line ("i people killed said i"), beside the seeds within 60 s', async function () {
    const text = numberedLines(100_000, (i) => `${i} people killed said ${i}`);
    const result = await analyzedWithin(
      this,
      '100,000 lines "i people killed said i" and the seeds',
      text,
      60_000,
      seedDocuments(),
    );
    assert.ok(result.claims >= 100_000, `${result.claims} claims in 100,000 lines of one figure each`);
  });

  // Issue 14: event dates of any verb are compared per subject; 2,000 of them in one file took 34 s (pairs of dates).
  it('analyses 100,000 dated events, one a line ("Pageab vanished from view in 1957"), beside a copy, within 60 s', async function () {
    const name = (i: number) =>
      `Page${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}`;
    const text = numberedLines(
      100_000,
      (i) =>
        `${name(i)} vanished from view in ${1900 + (i % 120)}, and ${name(i + 1)} was arrested on ${1 + (i % 28)} March.`,
    );
    await analyzedWithin(this, '100,000 lines of dated events, and a copy', text, 60_000, [{ text, file: 'copy.txt' }]);
  });

  // Issue 17: a pronoun's person was looked for from the start of its sentence, once per pronoun; in a sentence
  // without an end that is quadratic. Before: 100 KB 4.0 s (1 MB about 400 s); after: 100 KB 0.3 s.
  it('analyses a 1 MB sentence without an end of quoted pronouns ("\'...\' she tweeted on January 20") within 30 s', async function () {
    const text = ` John Smith 'hi' she tweeted on January 20`.repeat(25_000);
    assert.ok(text.length > 1_000_000);
    await analyzedWithin(this, '1 MB sentence of pronoun statements', text, 30_000);
  });

  // Issue 17: a 6 MB line of digit groups followed by a claim, 300 times, took 84 s with the seeds beside it.
  it('analyses a 6 MB line of digit groups each followed by a claim, beside the seeds, within 30 s', async function () {
    const text = ('1,2,3,4,5,6,7,8,9,0 '.repeat(1000) + '9'.repeat(1000) + ' at least 5 of 6 killed, ').repeat(300);
    assert.ok(text.length > 6_000_000);
    await analyzedWithin(this, '6 MB line of digit groups and claims, and the seeds', text, 30_000, seedDocuments());
  });

  // Issue 14, ordinals: each rank looked back to its sentence's start for its subject, and each was checked against
  // every figure of its sentence (8,000 ranks and 8,000 counts in one sentence: 3.1 s of CPU; now 0.3 s).
  it('analyses one sentence of 100,000 ranks and 100,000 counts ("her fifth album and 12 singles, ...") within 30 s', async function () {
    const text = `Adele said ${'her fifth album and 12 singles, '.repeat(100_000)}sold.`;
    const result = await analyzedWithin(this, 'one sentence of 100,000 ranks and counts', text, 30_000);
    assert.ok(result.claims >= 200_000, `${result.claims} claims`);
  });

  // Issue 17: a committed .crosscheck.json with this glob and a file named by 60 "a" made the CLI spin for 120 s+
  // (a backtracking glob-to-regex). Refused now (more than MAX_GLOB_WILDCARDS), and the worst glob allowed is bounded.
  it('reads a catastrophic include glob at once, and matches 10,000 long names against the worst allowed glob within 30 s', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `${'a'.repeat(60 + (i % 190))}.txt`);
    timed('catastrophic glob refused, 10,000 names matched', 5_000, () => {
      const { config, errors } = parseConfig('{"include":["**a**a**a**a**a**a**a**a**a**b"]}');
      assert.equal(errors.length, 1);
      assert.equal(names.filter((name) => isIncluded(config, name)).length, names.length);
    });
    // The cost of a name grows with the cube of its length here (3 wildcards): about 7 s in all, 0.7 ms a name.
    timed(
      `10,000 names of 60-250 "a" against "*a*a*b" (${MAX_GLOB_WILDCARDS} wildcards, the most allowed)`,
      30_000,
      () => {
        assert.equal(names.filter((name) => matchesGlob(name, '*a*a*b')).length, 0);
      },
    );
  });

  it('reads 1 MB of degenerate Markdown (unclosed brackets, images, footnote markers, emphasis, tags, code spans, links) within 20 s each', async function () {
    for (const [name, unit] of [
      ['1 MB of "[" (Markdown)', '['],
      ['1 MB of "![" (Markdown)', '!['],
      ['1 MB of "[^" (Markdown)', '[^'],
      ['1 MB of "*a" (Markdown)', '*a'],
      ['1 MB of "<a " (Markdown)', '<a '],
      ['1 MB of "` x" (Markdown)', '` x'],
      ['1 MB of "[a](" (Markdown)', '[a]('],
      ['1 MB of "> " then "x" (Markdown)', '> '],
    ] as const) {
      await analyzedWithin(this, name, unit.repeat(Math.floor(MB / unit.length)) + 'x', 20_000, [], 'input.md');
    }
  });

  it(`skips a 50 MB file at the default limit (${DEFAULT_MAX_FILE_BYTES / MB} MB) within 2 s; with a raised limit reads it within 20 s and analyses it within 300 s`, async function () {
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
    assert.equal(read.text.length, 50 * MB);
    await analyzedWithin(this, '50 MB minified export (one line) analysed', read.text, 300_000);
  });
});
