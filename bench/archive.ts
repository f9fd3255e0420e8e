// `npm run bench:archive`: the shared archive at newsroom scale, in a throw-away local PostgreSQL 15 cluster.
// For each size (the bench's generated articles, bench/generate.ts): `crosscheck index --store` into an empty
// archive (articles/s), the archive's size on disk, a re-index of the unchanged files, and the archive query for
// one open draft (fetchComparable: the comparable documents by what is counted and story names, with their claims),
// p50/p95 over drafts generated with another seed (never in the archive). Asserts nothing.
// Usage: tsx bench/archive.ts [--sizes 10k,100k] [--drafts 100]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { startCluster } from '../scripts/pg/cluster';
import { analyzeDocument, comparisonKeys, detectFindings, STORY_MIN_SHARED_NAMES } from '../server/src/core';
import { fetchComparable } from '../server/src/archive/query';
import { connect } from '../server/src/archive/store';
import { generateCorpus } from './generate';

const REPO = path.resolve(__dirname, '..');
const SHARED = path.resolve(REPO, '../shared');
const BBC = path.join(SHARED, 'corpus/bbc');
const SEEDS = path.join(SHARED, 'seeds');
const GENERATED_PARENT = path.join(os.tmpdir(), 'crosscheck-bench');
const SEED = 20260122;
const DRAFT_SEED = 7;
const DRAFT_POOL = 1000;
const RESULTS = path.join(REPO, 'bench/results');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k' },
    drafts: { type: 'string', default: '100' },
    'no-build': { type: 'boolean', default: false },
  },
});
const sizes = values
  .sizes!.split(',')
  .map((size) => ({ name: size, count: Number(size.replace(/k$/, '')) * (size.endsWith('k') ? 1000 : 1) }));
const draftCount = Number(values.drafts);

function log(message: string): void {
  process.stderr.write(`[bench:archive ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function main(): Promise<void> {
  if (!values['no-build']) spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  const cli = path.join(REPO, 'dist', 'cli.js');
  // Drafts from another seed (never in the archive); only those the archive is asked about (a figure the engine
  // compares, and enough story names) are timed: the others never reach the database.
  const drafts = generateCorpus({
    count: DRAFT_POOL,
    seed: DRAFT_SEED,
    bbcDir: BBC,
    seedsDir: SEEDS,
    parentDir: GENERATED_PARENT,
  });
  const pool = filesUnder(drafts.dir).map((file) => ({
    file,
    doc: analyzeDocument(fs.readFileSync(file, 'utf8'), file),
  }));
  const asking = pool.filter((draft) => {
    const keys = comparisonKeys(draft.doc);
    return keys.counted.size > 0 && keys.fingerprint.length >= STORY_MIN_SHARED_NAMES;
  });
  const draftDocs = asking.slice(0, draftCount);
  log(
    `drafts: ${asking.length} of ${pool.length} generated drafts have a figure the engine compares; timing ${draftDocs.length}`,
  );
  const results: unknown[] = [];
  log(
    `machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (const size of sizes) {
    const corpus = generateCorpus({
      count: size.count,
      seed: SEED,
      bbcDir: BBC,
      seedsDir: SEEDS,
      parentDir: GENERATED_PARENT,
    });
    log(
      `${size.name}: ${corpus.reused ? 'reused' : 'generated'} ${corpus.dir} (${(corpus.bytes / 1e6).toFixed(0)} MB)`,
    );
    const cluster = await startCluster({ settings: { fsync: 'on', shared_buffers: '256MB', max_wal_size: '2GB' } });
    try {
      cluster.psql('CREATE DATABASE archive');
      const url = cluster.url('archive');
      const started = performance.now();
      const index = spawnSync(process.execPath, [cli, 'index', '--store', url, corpus.dir], { encoding: 'utf8' });
      const indexMs = performance.now() - started;
      if (index.status !== 0) throw new Error(`index failed: ${index.stderr}`);
      log(`${size.name}: ${index.stdout.trim()}`);
      const reStarted = performance.now();
      const again = spawnSync(process.execPath, [cli, 'index', '--store', url, corpus.dir], { encoding: 'utf8' });
      const reindexMs = performance.now() - reStarted;
      log(`${size.name}: re-index: ${again.stdout.trim()}`);
      cluster.psql('VACUUM ANALYZE', 'archive');
      const [database, documents, claims, claimRows] = cluster
        .psql(
          `SELECT pg_database_size('archive'), pg_total_relation_size('crosscheck.documents'), pg_total_relation_size('crosscheck.claims'), (SELECT count(*) FROM crosscheck.claims)`,
          'archive',
        )
        .trim()
        .split('|')
        .map(Number);

      const connection = await connect(url, { applicationName: 'bench' });
      const timings: number[] = [];
      const engineTimings: number[] = [];
      const fetched: number[] = [];
      let findings = 0;
      for (let pass = 0; pass < 2; pass++) {
        for (const draft of draftDocs) {
          const t0 = performance.now();
          const archived = await fetchComparable(connection, [draft.doc], { paths: [draft.file], hashes: [] });
          const t1 = performance.now();
          if (pass === 0) continue; // warm-up pass: the first query of each kind plans and reads pages in
          const found = detectFindings([draft.doc, ...archived]);
          engineTimings.push(performance.now() - t1);
          timings.push(t1 - t0);
          fetched.push(archived.length);
          findings += found.filter((f) => f.claims.some((id) => id.startsWith(`${draft.file}:`))).length;
        }
      }
      await connection.close();
      timings.sort((a, b) => a - b);
      engineTimings.sort((a, b) => a - b);
      fetched.sort((a, b) => a - b);
      const row = {
        size: size.name,
        articles: size.count,
        corpusMB: corpus.bytes / 1e6,
        indexSeconds: indexMs / 1000,
        articlesPerSecond: size.count / (indexMs / 1000),
        reindexSeconds: reindexMs / 1000,
        databaseMB: database / 1e6,
        documentsMB: documents / 1e6,
        claimsMB: claims / 1e6,
        claims: claimRows,
        query: {
          drafts: timings.length,
          p50: percentile(timings, 50),
          p95: percentile(timings, 95),
          max: timings[timings.length - 1],
        },
        engine: { p50: percentile(engineTimings, 50), p95: percentile(engineTimings, 95) },
        comparableDocuments: {
          p50: percentile(fetched, 50),
          p95: percentile(fetched, 95),
          max: fetched[fetched.length - 1],
        },
        draftFindings: findings,
      };
      results.push(row);
      log(JSON.stringify(row));
    } finally {
      cluster.stop();
    }
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS, 'archive-latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        cores: os.cpus().length,
        draftsAsking: asking.length,
        draftPool: pool.length,
        results,
      },
      null,
      2,
    ),
  );
  process.stdout.write(
    '\n| articles | index (articles/s) | re-index unchanged | database on disk | claims | query p50 | query p95 | comparable docs p50/p95 | engine p50/p95 |\n|---|---|---|---|---|---|---|---|---|\n',
  );
  for (const r of results as ArchiveRow[]) {
    process.stdout.write(
      `| ${r.articles.toLocaleString('en-US')} | ${r.indexSeconds.toFixed(0)} s (${r.articlesPerSecond.toFixed(0)}/s) | ${r.reindexSeconds.toFixed(1)} s | ${r.databaseMB.toFixed(0)} MB (documents ${r.documentsMB.toFixed(0)}, claims ${r.claimsMB.toFixed(0)}) | ${r.claims.toLocaleString('en-US')} | ${r.query.p50.toFixed(1)} ms | ${r.query.p95.toFixed(1)} ms | ${r.comparableDocuments.p50}/${r.comparableDocuments.p95} | ${r.engine.p50.toFixed(1)}/${r.engine.p95.toFixed(1)} ms |\n`,
    );
  }
}

interface ArchiveRow {
  articles: number;
  indexSeconds: number;
  articlesPerSecond: number;
  reindexSeconds: number;
  databaseMB: number;
  documentsMB: number;
  claimsMB: number;
  claims: number;
  query: { p50: number; p95: number };
  comparableDocuments: { p50: number; p95: number };
  engine: { p50: number; p95: number };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
