// `npm run bench:archive`: the shared archive at newsroom scale, in a throw-away local PostgreSQL 15 cluster.
// For each size (the bench's generated articles, bench/generate.ts): `crosscheck index --store` into an empty
// archive (articles/s), the archive's size on disk, a re-index of the unchanged files, and the archive query for
// one open draft (fetchComparable: the comparable documents by what is counted and story names, with their claims),
// p50/p95 over drafts generated with another seed (never in the archive). Asserts nothing.
// Usage: tsx bench/archive.ts [--sizes 10k,100k] [--drafts 100] [--keep DIR]
//   --keep DIR: keep each size's cluster in DIR/<size> and, when one is already there, start it again instead of
//   indexing into an empty archive (the first index is not timed then; the re-index still runs, and applies the
//   migrations a newer program brings): the query can be timed again without indexing 100,000 articles anew.
//   --explain: print EXPLAIN (ANALYZE, BUFFERS) of the archive query for the draft whose query was slowest.
//   --interleave: also time schema 2's query (SCHEMA_2_QUERY, which the schema 3 archive can still answer) against
//   the current one, draft by draft, alternating which goes first, and check that they answer the same: on a machine
//   shared with others, the load moves figures taken minutes apart more than a change of query does.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { startCluster } from '../scripts/pg/cluster';
import { analyzeDocument, comparisonKeys, detectFindings, STORY_MIN_SHARED_NAMES } from '../server/src/core';
import { commonStoryKeys, comparableDocuments, comparableQuery, loadDocuments } from '../server/src/archive/query';
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

/** Schema 2's archive query (the story keys' postings, then each candidate's names counted on its documents row). */
const SCHEMA_2_QUERY = `
  WITH probe AS MATERIALIZED (
    SELECT DISTINCT p.document_id AS id
    FROM crosscheck.story_keys k JOIN crosscheck.story_postings p ON p.key_id = k.id
    WHERE k.key = ANY($1::text[])
  )
  SELECT d.id
  FROM probe JOIN crosscheck.documents d ON d.id = probe.id,
    LATERAL (SELECT count(*) AS shared FROM unnest(d.fingerprint) AS name WHERE name = ANY($6::text[])) names
  WHERE names.shared >= $2
    AND d.path <> ALL($3::text[])
    AND d.content_hash <> ALL($4::text[])
  ORDER BY names.shared DESC, d.published DESC NULLS LAST, d.id
  LIMIT $5`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k' },
    drafts: { type: 'string', default: '100' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'string' },
    explain: { type: 'boolean', default: false },
    interleave: { type: 'boolean', default: false },
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
    const cluster = await startCluster({
      settings: { fsync: 'on', shared_buffers: '256MB', max_wal_size: '2GB' },
      keep: values.keep ? path.join(values.keep, size.name) : undefined,
    });
    try {
      const url = cluster.url('archive');
      let indexMs: number | null = null;
      if (cluster.reused) log(`${size.name}: the archive kept in ${cluster.dir}, not indexed again`);
      else {
        cluster.psql('CREATE DATABASE archive');
        const started = performance.now();
        const index = spawnSync(process.execPath, [cli, 'index', '--store', url, corpus.dir], { encoding: 'utf8' });
        indexMs = performance.now() - started;
        if (index.status !== 0) throw new Error(`index failed: ${index.stderr}`);
        log(`${size.name}: ${index.stdout.trim()}`);
      }
      const reStarted = performance.now();
      const again = spawnSync(process.execPath, [cli, 'index', '--store', url, corpus.dir], { encoding: 'utf8' });
      const reindexMs = performance.now() - reStarted;
      if (again.status !== 0) throw new Error(`re-index failed: ${again.stderr}`);
      log(`${size.name}: re-index: ${again.stdout.trim()}`);
      cluster.psql('VACUUM ANALYZE', 'archive');
      const [database, documents, claims, claimRows, schemaVersion] = cluster
        .psql(
          `SELECT pg_database_size('archive'), pg_total_relation_size('crosscheck.documents'), pg_total_relation_size('crosscheck.claims'), (SELECT count(*) FROM crosscheck.claims), (SELECT max(version) FROM crosscheck.schema_version)`,
          'archive',
        )
        .trim()
        .split('|')
        .map(Number);

      const connection = await connect(url, { applicationName: 'bench' });
      const timings: number[] = [];
      // fetchComparable's three steps, timed apart: the common story keys (statistics), the comparable documents'
      // ids (the archive query), their loading with their claims.
      // The editor's question for one open draft is the last two (the language server reads the common keys on
      // connecting and after a NOTIFY, not per question): timed as `editor`.
      const steps = {
        common: [] as number[],
        candidates: [] as number[],
        load: [] as number[],
        editor: [] as number[],
      };
      const engineTimings: number[] = [];
      const fetched: number[] = [];
      let findings = 0;
      let slowest = { ms: -1, doc: draftDocs[0]?.doc, file: draftDocs[0]?.file };
      for (let pass = 0; pass < 2; pass++) {
        for (const draft of draftDocs) {
          const exclusions = { paths: [draft.file], hashes: [] };
          const t0 = performance.now();
          const common = await commonStoryKeys(connection);
          const t1 = performance.now();
          const ids = await comparableDocuments(connection, draft.doc, exclusions, common);
          const t2 = performance.now();
          const archived = await loadDocuments(connection, ids);
          const t3 = performance.now();
          if (pass === 0) continue; // warm-up pass: the first query of each kind plans and reads pages in
          const found = detectFindings([draft.doc, ...archived]);
          engineTimings.push(performance.now() - t3);
          timings.push(t3 - t0);
          steps.common.push(t1 - t0);
          steps.candidates.push(t2 - t1);
          steps.load.push(t3 - t2);
          steps.editor.push(t3 - t1);
          if (t2 - t1 > slowest.ms) slowest = { ms: t2 - t1, doc: draft.doc, file: draft.file };
          fetched.push(archived.length);
          findings += found.filter((f) => f.claims.some((id) => id.startsWith(`${draft.file}:`))).length;
        }
      }
      let interleaved: unknown = undefined;
      if (values.interleave) {
        const common = await commonStoryKeys(connection);
        const times = { schema2: [] as number[], current: [] as number[] };
        let differ = 0;
        for (let pass = 0; pass < 3; pass++) {
          for (const [i, draft] of draftDocs.entries()) {
            const query = comparableQuery(draft.doc, { paths: [draft.file], hashes: [] }, common);
            if (!query) continue;
            const run = async (text: string, values: unknown[]): Promise<[number, string]> => {
              const t0 = performance.now();
              const rows = (await connection.client.query<{ id: string }>(text, values)).rows;
              return [performance.now() - t0, rows.map((row) => row.id).join(',')];
            };
            const old = () => run(SCHEMA_2_QUERY, query.values.slice(0, 6));
            const now = () => run(query.text, query.values);
            const [[oldMs, oldIds], [nowMs, nowIds]] =
              (i + pass) % 2 === 0 ? [await old(), await now()] : (([b, a]) => [a, b])([await now(), await old()]);
            if (oldIds !== nowIds) differ++;
            if (pass === 0) continue; // warm-up
            times.schema2.push(oldMs);
            times.current.push(nowMs);
          }
        }
        for (const list of Object.values(times)) list.sort((a, b) => a - b);
        interleaved = {
          timings: times.current.length,
          differentAnswers: differ,
          schema2: { p50: percentile(times.schema2, 50), p95: percentile(times.schema2, 95) },
          current: { p50: percentile(times.current, 50), p95: percentile(times.current, 95) },
        };
      }
      if (values.explain && slowest.doc) {
        const common = await commonStoryKeys(connection);
        const query = comparableQuery(slowest.doc, { paths: [slowest.file], hashes: [] }, common)!;
        const plan = await connection.client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`,
          query.values,
        );
        process.stderr.write(
          `EXPLAIN (ANALYZE, BUFFERS) of the slowest draft's archive query (${slowest.ms.toFixed(1)} ms in the timed pass; ${(query.values[0] as string[]).length} story keys probed):\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}\n`,
        );
      }
      await connection.close();
      timings.sort((a, b) => a - b);
      for (const list of Object.values(steps)) list.sort((a, b) => a - b);
      engineTimings.sort((a, b) => a - b);
      fetched.sort((a, b) => a - b);
      const row = {
        size: size.name,
        articles: size.count,
        schemaVersion,
        corpusMB: corpus.bytes / 1e6,
        indexSeconds: indexMs === null ? null : indexMs / 1000,
        articlesPerSecond: indexMs === null ? null : size.count / (indexMs / 1000),
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
        steps: Object.fromEntries(
          Object.entries(steps).map(([step, list]) => [step, { p50: percentile(list, 50), p95: percentile(list, 95) }]),
        ),
        engine: { p50: percentile(engineTimings, 50), p95: percentile(engineTimings, 95) },
        ...(interleaved ? { interleaved } : {}),
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
      `| ${r.articles.toLocaleString('en-US')} | ${r.indexSeconds === null || r.articlesPerSecond === null ? 'kept' : `${r.indexSeconds.toFixed(0)} s (${r.articlesPerSecond.toFixed(0)}/s)`} | ${r.reindexSeconds.toFixed(1)} s | ${r.databaseMB.toFixed(0)} MB (documents ${r.documentsMB.toFixed(0)}, claims ${r.claimsMB.toFixed(0)}) | ${r.claims.toLocaleString('en-US')} | ${r.query.p50.toFixed(1)} ms | ${r.query.p95.toFixed(1)} ms | ${r.comparableDocuments.p50}/${r.comparableDocuments.p95} | ${r.engine.p50.toFixed(1)}/${r.engine.p95.toFixed(1)} ms |\n`,
    );
  }
}

interface ArchiveRow {
  articles: number;
  indexSeconds: number | null;
  articlesPerSecond: number | null;
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
