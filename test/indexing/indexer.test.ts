import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/core';
import type { DocumentAnalysis } from '../../server/src/core';
import { CACHE_FILE_NAME, loadPersistedIndex, savePersistedIndex } from '../../server/src/indexing/cache';
import { decodePlainData, decodeRecord, encodePlainData, encodeRecord } from '../../server/src/indexing/codec';
import { indexFiles } from '../../server/src/indexing/indexer';
import { StringInterner } from '../../server/src/indexing/intern';
import type { FileToIndex, IndexStats } from '../../server/src/indexing/indexer';
import { readTextFile } from '../../server/src/workspace/files';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const BBC = path.resolve(__dirname, '../../../shared/corpus/bbc');

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `crosscheck-${prefix}-`));
}

/** A small workspace whose files give claims, including a CRLF file, an emoji and a binary file. */
function makeWorkspace(): { dir: string; files: FileToIndex[] } {
  const dir = tempDir('ws');
  const texts: Record<string, string> = {
    'a.txt': 'Officials said at least 31 civilians were killed in the attack.\nPolice arrested 12 militants.',
    'b.md': '# Report\r\n\r\nNearly 40 civilians were killed, 😀 and 177 militants killed in the operation.\r\n',
    'c.txt': 'No figures here, only words.',
    'binary.txt': 'abc\u0000\u0001\u0002\u0003\u0000\u0000\u0000def',
  };
  for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(dir, name), text);
  const files = Object.keys(texts).map((name) => ({ path: path.join(dir, name), file: name }));
  return { dir, files };
}

function statsOf(run: (onStats: (s: IndexStats) => void) => Promise<unknown>): Promise<IndexStats> {
  let stats: IndexStats | undefined;
  return run((s) => (stats = s)).then(() => stats!);
}

describe('indexing: compact codec', () => {
  it('round-trips plain data exactly, sharing equal strings', () => {
    const value = {
      n: [0, 1, -1, 0x3fffffff, -0x40000000, 2 ** 40, -0, 1.5, NaN, Infinity],
      s: ['', 'a', 'a', '😀', '\ud800', 'x'.repeat(1000)],
      nested: { a: null, b: true, c: false, d: undefined, e: [[], {}] },
      __proto__key: 1,
    };
    const decoded = decodePlainData(encodePlainData(value)) as typeof value;
    assert.deepStrictEqual(decoded, value);
    assert.ok(Object.is(decoded.n[6], -0));
  });

  it('stores each distinct string and key list once', () => {
    const encoded = encodePlainData([
      { unit: 'civilians', qualifier: 'exact' },
      { unit: 'civilians', qualifier: 'exact' },
    ]);
    assert.deepEqual(encoded.strings, ['civilians', 'exact']);
    assert.deepEqual(encoded.shapes, [['unit', 'qualifier']]);
  });
});

describe('indexing: shared strings', () => {
  it('shares the short strings of different files but keeps no string of one file alone (its name, its ids)', () => {
    const interner = new StringInterner();
    const a = decodeRecord(
      encodeRecord({ file: 'a.txt', id: 'a.txt:1:4', unit: 'civilians' }),
      interner.forFile('a.txt'),
    ) as Record<string, string>;
    const b = decodeRecord(
      encodeRecord({ file: 'b.txt', id: 'b.txt:1:4', unit: 'civilians' }),
      interner.forFile('b.txt'),
    ) as Record<string, string>;
    assert.deepEqual(a, { file: 'a.txt', id: 'a.txt:1:4', unit: 'civilians' });
    assert.deepEqual(b, { file: 'b.txt', id: 'b.txt:1:4', unit: 'civilians' });
    // 'civilians' and the key names 'file', 'id', 'unit': nothing of a.txt or b.txt alone.
    assert.equal(interner.size, 4);
  });
});

describe('indexing: persisted index', function () {
  this.timeout(60_000);

  it('round-trips entries through the cache file', () => {
    const cacheDir = tempDir('cache');
    const analysis = analyzeDocument('At least 31 civilians were killed.\n177 militants killed.', 'x.txt');
    const hash = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
    savePersistedIndex(cacheDir, 'v1', [
      { path: '/abs/x.txt', file: 'x.txt', size: 10, mtimeMs: 1234.5, hash, record: encodeRecord(analysis) },
    ]);
    const loaded = loadPersistedIndex(cacheDir, 'v1');
    assert.equal(loaded.status, 'loaded');
    const entries = [...loaded.entries.values()];
    assert.deepStrictEqual(
      entries.map(({ record, ...rest }) => ({ ...rest, analysis: decodeRecord(record) })),
      [{ path: '/abs/x.txt', file: 'x.txt', size: 10, mtimeMs: 1234.5, hash, analysis }],
    );
    assert.deepEqual(fs.readdirSync(cacheDir), [CACHE_FILE_NAME], 'no temp file left behind');
  });

  it('a second run takes every file from the cache and returns the same analyses', async () => {
    const { files } = makeWorkspace();
    const cacheDir = tempDir('cache');
    let cold: DocumentAnalysis[] = [];
    const coldStats = await statsOf(
      async (onStats) => (cold = await indexFiles(files, { cacheDir, workers: 0, onStats })),
    );
    assert.deepEqual(
      [coldStats.cache, coldStats.analysed, coldStats.skipped, coldStats.cacheSaved],
      ['missing', 3, 1, true],
    );
    let warm: DocumentAnalysis[] = [];
    const warmStats = await statsOf(
      async (onStats) => (warm = await indexFiles(files, { cacheDir, workers: 0, onStats })),
    );
    assert.deepEqual(
      [warmStats.cache, warmStats.fromCache, warmStats.analysed, warmStats.cacheSaved],
      ['loaded', 3, 0, false],
    );
    assert.deepStrictEqual(warm, cold);
    assert.deepEqual(
      warm.map((d) => d.file),
      ['a.txt', 'b.md', 'c.txt'],
    );
  });

  it('re-analyses a changed file and revalidates a touched one by its content hash', async () => {
    const { dir, files } = makeWorkspace();
    const cacheDir = tempDir('cache');
    await indexFiles(files, { cacheDir, workers: 0 });
    fs.writeFileSync(path.join(dir, 'a.txt'), 'At least 45 civilians were killed.');
    const touched = path.join(dir, 'c.txt');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(touched, later, later);
    let docs: DocumentAnalysis[] = [];
    const stats = await statsOf(async (onStats) => (docs = await indexFiles(files, { cacheDir, workers: 0, onStats })));
    assert.deepEqual([stats.analysed, stats.revalidated, stats.fromCache], [1, 1, 1]);
    const a = docs.find((d) => d.file === 'a.txt')!;
    assert.deepStrictEqual(a, analyzeDocument('At least 45 civilians were killed.', 'a.txt'));
  });

  for (const [name, damage] of [
    ['truncated', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    [
      'a flipped byte in the body',
      (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i === bytes.length - 3 ? b ^ 0xff : b))),
    ],
    ['garbage', () => Buffer.from('not an index at all')],
    ['empty', () => Buffer.alloc(0)],
  ] as const) {
    it(`rebuilds a corrupt cache file (${name}) without trusting it`, async () => {
      const { files } = makeWorkspace();
      const cacheDir = tempDir('cache');
      const expected = await indexFiles(files, { cacheDir, workers: 0, extractorVersion: 'test-v' });
      const cacheFile = path.join(cacheDir, CACHE_FILE_NAME);
      fs.writeFileSync(cacheFile, damage(fs.readFileSync(cacheFile)));
      const logs: string[] = [];
      let docs: DocumentAnalysis[] = [];
      const stats = await statsOf(
        async (onStats) =>
          (docs = await indexFiles(files, {
            cacheDir,
            workers: 0,
            extractorVersion: 'test-v',
            onStats,
            log: (m) => logs.push(m),
          })),
      );
      assert.equal(stats.cache, 'corrupt');
      assert.equal(stats.analysed, 3);
      assert.equal(stats.cacheSaved, true);
      assert.deepStrictEqual(docs, expected);
      assert.ok(
        logs.some((m) => m.startsWith('persisted index corrupt')),
        logs.join('\n'),
      );
      assert.equal(loadPersistedIndex(cacheDir, 'test-v').status, 'loaded', 'the rebuilt cache is valid');
    });
  }

  it('ignores a cache written by another extractor version', async () => {
    const { files } = makeWorkspace();
    const cacheDir = tempDir('cache');
    const poisoned = analyzeDocument('999 civilians were killed.', 'a.txt');
    const stats0 = files.map((f) => fs.statSync(f.path));
    savePersistedIndex(
      cacheDir,
      'old-extractor',
      files.map((f, i) => ({
        path: f.path,
        file: f.file,
        size: stats0[i].size,
        mtimeMs: stats0[i].mtimeMs,
        hash: '00'.repeat(20),
        record: encodeRecord({ ...poisoned, file: f.file }),
      })),
    );
    assert.equal(
      loadPersistedIndex(cacheDir, 'old-extractor').entries.size,
      4,
      'the poisoned cache is valid for its own version',
    );
    let docs: DocumentAnalysis[] = [];
    const stats = await statsOf(
      async (onStats) =>
        (docs = await indexFiles(files, { cacheDir, workers: 0, extractorVersion: 'new-extractor', onStats })),
    );
    assert.equal(stats.cache, 'stale');
    assert.equal(stats.cacheReason, 'extractor version old-extractor, expected new-extractor');
    assert.equal(stats.analysed, 3);
    assert.ok(docs.every((d) => d.claims.every((c) => c.value.stated !== 999)));
    assert.equal(loadPersistedIndex(cacheDir, 'new-extractor').status, 'loaded');
    assert.equal(loadPersistedIndex(cacheDir, 'old-extractor').status, 'stale');
  });

  it('never trusts a cached entry whose stored size and mtime match but whose name differs', async () => {
    const { files } = makeWorkspace();
    const cacheDir = tempDir('cache');
    await indexFiles(files, { cacheDir, workers: 0 });
    const renamed = files.map((f) => ({ ...f, file: `renamed/${f.file}` }));
    const docs = await indexFiles(renamed, { cacheDir, workers: 0 });
    assert.deepEqual(
      docs.map((d) => d.file),
      ['renamed/a.txt', 'renamed/b.md', 'renamed/c.txt'],
    );
    assert.ok(docs.every((d) => d.claims.every((c) => c.file.startsWith('renamed/'))));
  });
});

describe('indexing: worker threads', function () {
  this.timeout(120_000);

  for (const [name, dir] of [
    ['seeds', SEEDS],
    ['the BBC corpus', BBC],
  ] as const) {
    it(`give exactly the analyses of in-thread extraction (${name})`, async function () {
      if (!fs.existsSync(dir)) this.skip();
      const files = fs
        .readdirSync(dir)
        .filter((n) => /\.(txt|md)$/.test(n))
        .sort()
        .map((n) => ({ path: path.join(dir, n), file: n }));
      // In-thread extraction, straight from the core: the workers' path (encode, transfer, decode, share strings) must not change a bit.
      const inThread = files.map((f) => {
        const read = readTextFile(f.path);
        assert.ok(!('error' in read));
        return analyzeDocument(read.text, f.file);
      });
      let stats: IndexStats | undefined;
      const logs: string[] = [];
      const onWorkers = await indexFiles(files, { workers: 2, onStats: (s) => (stats = s), log: (m) => logs.push(m) });
      assert.equal(stats!.workers, Math.min(2, Math.ceil(files.length / 16)));
      assert.deepEqual(logs, [], 'no worker fell back to the calling thread');
      assert.equal(onWorkers.length, files.length);
      assert.deepStrictEqual(onWorkers, inThread);
    });
  }

  it('indexes in the calling thread the files of a worker that fails, and says so', async () => {
    const dir = tempDir('ws');
    const files: FileToIndex[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `f${String(i).padStart(2, '0')}.txt`;
      fs.writeFileSync(path.join(dir, name), `Officials said ${i + 3} civilians were killed in the attack.`);
      files.push({ path: path.join(dir, name), file: name });
    }
    const badWorker = path.join(dir, 'bad-worker.js');
    fs.writeFileSync(badWorker, "throw new Error('boom');\n");
    const logs: string[] = [];
    let stats: IndexStats | undefined;
    const docs = await indexFiles(files, {
      workers: 2,
      workerScript: badWorker,
      extractorVersion: 'x',
      log: (m) => logs.push(m),
      onStats: (s) => (stats = s),
    });
    assert.deepEqual(logs, [
      'indexing worker failed (boom); its files are indexed in this thread',
      'indexing worker failed (boom); its files are indexed in this thread',
    ]);
    assert.equal(stats!.analysed, 40);
    assert.deepStrictEqual(
      docs,
      files.map((f) => analyzeDocument(fs.readFileSync(f.path, 'utf8'), f.file)),
    );
  });
});
