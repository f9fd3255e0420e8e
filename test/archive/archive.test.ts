// The shared archive against a real PostgreSQL 15 (scripts/pg/cluster.ts: installed from Debian's packages when
// missing, a throw-away cluster in a temporary folder on a free loopback port), through the built `crosscheck`
// command (dist/cli.js: run `npm run build` first): index then check, unchanged files, re-analysis, prune, NOTIFY,
// a run killed mid-batch, a read-only role, a foreign or newer schema, a wrong password and a server that is down.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { freePort, type Cluster } from '../../scripts/pg/cluster';
import { ANALYSER_VERSION } from '../../server/src/archive/ingest';
import { CLI as cli, startArchiveFixture, type ArchiveFixture } from './pgArchive';
const SEEDS = [
  '000_753dc5942af7b371.txt',
  '001_2f94e5660727e969.txt',
  '002_f236f39115b0c122.txt',
  '003_0c6566569c3261f3.txt',
  '004_b956a5e68296c51b.txt',
];
const WRITER_PASSWORD = 'writer-secret-1';
const EDITOR_PASSWORD = 'editor-secret-2';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function crosscheck(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PGPASSWORD: undefined, PGPASSFILE: undefined, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('archive: crosscheck index and check --store on PostgreSQL', function () {
  this.timeout(120_000);
  let fixture: ArchiveFixture;
  let cluster: Cluster;
  let work: string;
  let archiveDir: string;
  let draftDir: string;
  let writerUrl: string;
  let editorUrl: string;
  let admin: Client;
  const writerEnv = (): NodeJS.ProcessEnv => ({ PGPASSWORD: WRITER_PASSWORD });
  let editorEnv: NodeJS.ProcessEnv;

  const query = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await admin.query<T>(sql, params)).rows;
  /** Every document's path, hash and number of claims, and whether its claims, the postings of its story keys and its story names (document_names) are all there. */
  const state = async (): Promise<Array<{ path: string; content_hash: string; claims: number; complete: boolean }>> =>
    query(`SELECT d.path, d.content_hash, d.claim_count AS claims, d.claim_count = (SELECT count(*) FROM crosscheck.claims c WHERE c.document_id = d.id)
             AND ARRAY(SELECT k.key FROM crosscheck.story_postings p JOIN crosscheck.story_keys k ON k.id = p.key_id WHERE p.document_id = d.id ORDER BY k.key)
                 = ARRAY(SELECT DISTINCT unnest(d.story_keys) ORDER BY 1)
             AND (SELECT ARRAY(SELECT s.name FROM unnest(n.names) AS i(id) JOIN crosscheck.story_names s ON s.id = i.id ORDER BY 1)
                  FROM crosscheck.document_names n WHERE n.document_id = d.id)
                 = ARRAY(SELECT DISTINCT unnest(d.fingerprint) ORDER BY 1) AS complete
           FROM crosscheck.documents d ORDER BY d.path`);

  before(async function () {
    this.timeout(600_000);
    fixture = await startArchiveFixture({
      seeds: SEEDS,
      writerPassword: WRITER_PASSWORD,
      editorPassword: EDITOR_PASSWORD,
    });
    ({ cluster, work, archiveDir, draftDir, writerUrl, editorUrl } = fixture);
    // The editor's password from a .pgpass file, as libpq reads it (PGPASSFILE names it; it must be private).
    editorEnv = { PGPASSFILE: fixture.pgpass };
    admin = new Client({ connectionString: cluster.url('archive') });
    await admin.connect();
  });

  after(async () => {
    await admin?.end();
    fixture?.stop();
  });

  it('creates its schema, indexes the files, and a check finds the draft disagreeing with archived articles', async () => {
    const index = crosscheck(['index', '--store', writerUrl, archiveDir], work, writerEnv());
    assert.equal(index.stderr, '');
    assert.match(
      index.stdout,
      /^postgres:\/\/writer@127\.0\.0\.1:\d+\/archive: 5 document\(s\) written with \d+ claim\(s\) in 1 batch\(es\) \(\d+ articles\/s\), 0 unchanged, 0 pruned\n$/,
    );
    assert.equal(index.status, 0);
    assert.deepEqual(await query(`SELECT product, version FROM crosscheck.schema_version ORDER BY version`), [
      { product: 'crosscheck-archive', version: 1 },
      { product: 'crosscheck-archive', version: 2 },
      { product: 'crosscheck-archive', version: 3 },
    ]);
    assert.deepEqual(
      (await state()).map((doc) => [path.basename(doc.path), doc.complete]),
      SEEDS.map((seed) => [seed, true]),
    );
    const [hindu] = await query(`SELECT outlet, published, analyser FROM crosscheck.documents WHERE path = $1`, [
      path.join(archiveDir, SEEDS[0]),
    ]);
    assert.deepEqual(hindu, { outlet: 'The Hindu', published: null, analyser: ANALYSER_VERSION });
    const [counted] = await query(`SELECT count(*)::int AS n FROM crosscheck.claims WHERE counted = 'q:militant'`);
    assert.ok((counted.n as number) >= 5);

    // Alone, the draft agrees with itself.
    const alone = crosscheck(['check', '--format', 'json', 'draft.md'], draftDir);
    assert.deepEqual(JSON.parse(alone.stdout).conflicts, []);

    const run = crosscheck(['check', '--store', writerUrl, '--format', 'json', 'draft.md'], draftDir, writerEnv());
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    const report = JSON.parse(run.stdout);
    assert.equal(report.conflicts.length, 1);
    const [finding] = report.conflicts;
    assert.equal(finding.kind, 'conflict');
    assert.equal(finding.subject, 'militants killed');
    const timeline = (
      finding.timeline as Array<{ file: string; figure: string; outlet: string | null; superseded: boolean }>
    ).map(
      (entry) =>
        `${entry.file === 'draft.md' ? entry.file : path.relative(archiveDir, entry.file)} ${entry.figure} ${entry.outlet} ${entry.superseded}`,
    );
    assert.deepEqual(timeline, [
      `${SEEDS[2]} 145 The Hindu true`,
      `${SEEDS[4]} 145 NewsGram true`,
      `${SEEDS[0]} 177 The Hindu false`,
      `${SEEDS[1]} 177 Tatkaal Khabar false`,
      `${SEEDS[3]} 177 null false`,
      `${SEEDS[3]} 197 null false`,
      `${SEEDS[4]} 177 NewsGram false`,
      'draft.md at least 40 null false',
    ]);
    // The archived documents are named by their path and outlet, and marked; the local file is not.
    const archived = (
      report.documents as Array<{ file: string; archive?: boolean; meta: { outlet: string | null } }>
    ).filter((doc) => doc.archive);
    assert.deepEqual(archived.map((doc) => path.basename(doc.file)).sort(), SEEDS);
    assert.equal(archived.find((doc) => doc.file === path.join(archiveDir, SEEDS[0]))?.meta.outlet, 'The Hindu');
    assert.equal(report.documents.find((doc: { file: string }) => doc.file === 'draft.md').archive, undefined);
    assert.ok(
      report.claims
        .filter((claim: { file: string }) => claim.file === 'draft.md')
        .every((claim: { archive?: boolean }) => claim.archive === undefined),
    );
    assert.ok(
      report.claims
        .filter((claim: { file: string }) => claim.file !== 'draft.md')
        .every((claim: { archive?: boolean }) => claim.archive === true),
    );

    // The text report cites the archived article by its path and outlet.
    const text = crosscheck(['check', '--store', writerUrl, 'draft.md'], draftDir, writerEnv());
    assert.ok(text.stdout.includes(`${path.join(archiveDir, SEEDS[0])}:2:129`), text.stdout);
    assert.match(text.stdout, /177 militants +Interior Minister Mohsin Naqvi · The Hindu · 2026-02-02/);
  });

  it('migrates a schema 2 archive to schema 3: the story names of every document filled, the same findings', async () => {
    const conflicts = (): unknown => {
      const run = crosscheck(['check', '--store', writerUrl, '--format', 'json', 'draft.md'], draftDir, writerEnv());
      assert.equal(run.stderr, '');
      return JSON.parse(run.stdout).conflicts;
    };
    const before = conflicts();
    // What schema 3 added, taken away: the archive as a schema 2 writer left it.
    await query(`DROP TABLE crosscheck.document_names, crosscheck.story_names;
                 DROP FUNCTION crosscheck.shared_names(integer[], integer[]);
                 DROP INDEX crosscheck.documents_content_hash;
                 DELETE FROM crosscheck.schema_version WHERE version = 3`);
    const check = crosscheck(['check', '--store', writerUrl, 'draft.md'], draftDir, writerEnv());
    assert.match(check.stderr, /has schema version 2, older than this Crosscheck's \(3\): run crosscheck index/);
    const run = crosscheck(['index', '--store', writerUrl, archiveDir], work, writerEnv());
    assert.match(run.stdout, /: 0 document\(s\) written with 0 claim\(s\) in 0 batch\(es\), 5 unchanged, 0 pruned\n$/);
    assert.deepEqual(
      (await query(`SELECT version FROM crosscheck.schema_version ORDER BY version`)).map((row) => row.version),
      [1, 2, 3],
    );
    assert.deepEqual(
      (await state()).map((doc) => [path.basename(doc.path), doc.complete]),
      SEEDS.map((seed) => [seed, true]),
    );
    assert.deepEqual(conflicts(), before);
  });

  it('re-indexing unchanged files writes nothing and notifies nobody', async () => {
    const rowVersions = async () =>
      query(`SELECT (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM crosscheck.documents) AS documents,
                                                  (SELECT string_agg(xmin::text, ',' ORDER BY document_id, ordinal) FROM crosscheck.claims) AS claims`);
    const before = await rowVersions();
    const listener = new Client({ connectionString: cluster.url('archive') });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (message) => heard.push(message.payload ?? ''));
    await listener.query('LISTEN crosscheck_archive');
    try {
      const run = crosscheck(['index', '--store', writerUrl, archiveDir], work, writerEnv());
      assert.equal(
        run.stdout.replace(/:\d+\//, ':PORT/'),
        'postgres://writer@127.0.0.1:PORT/archive: 0 document(s) written with 0 claim(s) in 0 batch(es), 5 unchanged, 0 pruned\n',
      );
      assert.deepEqual(await rowVersions(), before);

      // A new article is written in one batch, announced once on commit with what it counts.
      fs.writeFileSync(
        path.join(archiveDir, 'later.txt'),
        'Dawn\n\nOfficials said 12 soldiers were killed in Quetta on Sunday.\n',
      );
      const added = crosscheck(['index', '--store', writerUrl, archiveDir], work, writerEnv());
      assert.match(
        added.stdout,
        /: 1 document\(s\) written with 1 claim\(s\) in 1 batch\(es\) .*, 5 unchanged, 0 pruned\n$/,
      );
      await listener.query('SELECT 1');
      assert.deepEqual(
        heard.map((payload) => JSON.parse(payload)),
        [{ documents: 1, counted: ['q:soldier'], complete: true }],
      );
    } finally {
      await listener.end();
    }
  });

  it('analyses again a changed file or one written by another analyser version, and prunes files that are gone', async () => {
    await query(`UPDATE crosscheck.documents SET analyser = 'extractor 0.0.1; archive 0' WHERE path = $1`, [
      path.join(archiveDir, SEEDS[1]),
    ]);
    fs.appendFileSync(
      path.join(archiveDir, 'later.txt'),
      'Officials said 14 soldiers were killed in Quetta on Sunday.\n',
    );
    const run = crosscheck(['index', '--store', writerUrl, archiveDir], work, writerEnv());
    assert.match(
      run.stdout,
      /: 2 document\(s\) written with \d+ claim\(s\) in 1 batch\(es\) .*, 4 unchanged, 0 pruned\n$/,
    );
    const [later] = await query(`SELECT claim_count FROM crosscheck.documents WHERE path = $1`, [
      path.join(archiveDir, 'later.txt'),
    ]);
    assert.equal(later.claim_count, 2);
    assert.ok((await state()).every((doc) => doc.complete));

    fs.rmSync(path.join(archiveDir, 'later.txt'));
    const kept = crosscheck(['index', '--store', writerUrl, archiveDir], work, writerEnv());
    assert.match(kept.stdout, /, 5 unchanged, 0 pruned\n$/);
    assert.equal((await state()).length, 6);
    const pruned = crosscheck(['index', '--prune', '--store', writerUrl, archiveDir], work, writerEnv());
    assert.match(pruned.stdout, /, 5 unchanged, 1 pruned\n$/);
    assert.deepEqual(
      (await state()).map((doc) => path.basename(doc.path)),
      SEEDS,
    );
    // The postings of the pruned document went with it; those of the re-analysed ones were replaced.
    assert.ok((await state()).every((doc) => doc.complete));
    const [orphans] = await query(
      `SELECT count(*)::int AS n FROM crosscheck.story_postings p WHERE NOT EXISTS (SELECT 1 FROM crosscheck.documents d WHERE d.id = p.document_id)`,
    );
    assert.equal(orphans.n, 0);
    const [postings] = await query(`SELECT count(*)::int AS n FROM crosscheck.story_postings`);
    assert.ok((postings.n as number) > 0);
  });

  it('a run killed in the middle of a batch leaves the archive as it was before the batch', async () => {
    const before = await state();
    fs.appendFileSync(
      path.join(archiveDir, SEEDS[0]),
      '\nThe toll later rose to 180 militants killed, officials said.\n',
    );
    for (let i = 0; i < 3; i++)
      fs.writeFileSync(
        path.join(archiveDir, `new-${i}.txt`),
        `Reuters\n\nPolice said ${20 + i} protesters were arrested in Lahore.\n`,
      );
    // Hold the claims table so that the batch stops inside its transaction, after its documents are upserted.
    const blocker = new Client({ connectionString: cluster.url('archive') });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE crosscheck.claims IN SHARE MODE');
    const child = spawn(process.execPath, [cli, 'index', '--batch-size', '2', '--store', writerUrl, archiveDir], {
      env: { ...process.env, PGPASSWORD: WRITER_PASSWORD },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      let waiting = 0;
      for (let i = 0; i < 600 && waiting === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const [row] = await query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'crosscheck index' AND wait_event_type = 'Lock'`,
        );
        waiting = row.n as number;
      }
      assert.equal(waiting, 1, 'the index run never reached the locked table');
      child.kill('SIGKILL');
      await exited;
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    for (let i = 0; i < 200; i++) {
      const [row] = await query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'crosscheck index'`,
      );
      if (row.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(await state(), before);

    const resumed = crosscheck(['index', '--batch-size', '2', '--store', writerUrl, archiveDir], work, writerEnv());
    assert.match(
      resumed.stdout,
      /: 4 document\(s\) written with \d+ claim\(s\) in 2 batch\(es\) .*, 4 unchanged, 0 pruned\n$/,
    );
    const after = await state();
    assert.equal(after.length, 8);
    assert.ok(after.every((doc) => doc.complete));
    assert.notEqual(
      after.find((doc) => doc.path === path.join(archiveDir, SEEDS[0]))?.content_hash,
      before.find((doc) => doc.path === path.join(archiveDir, SEEDS[0]))?.content_hash,
    );
  });

  it('a read-only role can check against the archive but not write to it', async () => {
    fixture.grantEditor();
    const check = crosscheck(['check', '--store', editorUrl, '--format', 'json', 'draft.md'], draftDir, editorEnv);
    assert.equal(check.stderr, '');
    assert.equal(JSON.parse(check.stdout).conflicts.length, 1);

    fs.writeFileSync(path.join(archiveDir, 'editor.txt'), 'AFP\n\nOfficials said 9 soldiers were killed.\n');
    const index = crosscheck(['index', '--store', editorUrl, archiveDir], work, editorEnv);
    assert.equal(
      index.stderr,
      `crosscheck: the role at postgres://editor@127.0.0.1:${cluster.port}/archive may only read the archive: indexing needs the writer role (see docs/archive.md)\n`,
    );
    assert.equal(index.status, 2);
    const [row] = await query(`SELECT count(*)::int AS n FROM crosscheck.documents WHERE path = $1`, [
      path.join(archiveDir, 'editor.txt'),
    ]);
    assert.equal(row.n, 0);
    fs.rmSync(path.join(archiveDir, 'editor.txt'));
  });

  it('a wrong password, a server that is down and a missing archive each give one clear line and exit 2', async () => {
    const wrong = crosscheck(
      ['check', '--store', `postgres://writer:not-the-password@127.0.0.1:${cluster.port}/archive`, 'draft.md'],
      draftDir,
    );
    assert.equal(
      wrong.stderr,
      `crosscheck: cannot connect to the archive at postgres://writer@127.0.0.1:${cluster.port}/archive: password authentication failed for user "writer" (the password comes from the connection string, PGPASSWORD or ~/.pgpass)\n`,
    );
    assert.equal(wrong.status, 2);
    assert.equal(wrong.stdout, '');

    const none = crosscheck(['check', '--store', writerUrl, 'draft.md'], draftDir, { HOME: work });
    assert.equal(
      none.stderr,
      `crosscheck: cannot connect to the archive at ${writerUrl}: no password (give it in PGPASSWORD or ~/.pgpass)\n`,
    );
    assert.equal(none.status, 2);

    const port = await freePort();
    for (const command of [
      ['check', '--store', `postgres://writer@127.0.0.1:${port}/archive`, 'draft.md'],
      ['index', '--store', `postgres://writer@127.0.0.1:${port}/archive`, archiveDir],
    ]) {
      const down = crosscheck(command, draftDir, writerEnv());
      assert.equal(
        down.stderr,
        `crosscheck: cannot connect to the archive at postgres://writer@127.0.0.1:${port}/archive: connection refused (is PostgreSQL running there?)\n`,
      );
      assert.equal(down.status, 2);
    }

    const empty = crosscheck(
      ['check', '--store', `postgres://writer@127.0.0.1:${cluster.port}/postgres`, 'draft.md'],
      draftDir,
      writerEnv(),
    );
    assert.equal(
      empty.stderr,
      `crosscheck: there is no Crosscheck archive at postgres://writer@127.0.0.1:${cluster.port}/postgres yet: fill it with crosscheck index --store … PATH\n`,
    );
    assert.equal(empty.status, 2);
  });

  it('index: bad usage is one line and exit 2', () => {
    const empty = path.join(work, 'empty');
    fs.mkdirSync(empty, { recursive: true });
    for (const [args, message] of [
      [['index', archiveDir], 'crosscheck: index needs --store postgres://USER@HOST:PORT/DB (see crosscheck --help)\n'],
      [['index', '--store', writerUrl], 'crosscheck: index needs the files or folders to archive\n'],
      [['index', '--store', writerUrl, empty], `crosscheck: no .txt or .md files in ${empty}\n`],
      [
        ['index', '--store', 'mysql://writer@127.0.0.1/archive', archiveDir],
        'crosscheck: --store takes a postgres:// connection string (got mysql://…)\n',
      ],
      [
        ['index', '--batch-size', '0', '--store', writerUrl, archiveDir],
        'crosscheck: --batch-size takes a positive whole number (got 0)\n',
      ],
    ] as const) {
      const run = crosscheck([...args], work, writerEnv());
      assert.deepEqual([run.stderr, run.status], [message, 2], args.join(' '));
    }
  });

  it('refuses a schema of the same name made by another program, and a newer archive', async () => {
    cluster.psql(`CREATE DATABASE other OWNER writer`);
    cluster.psql(
      `CREATE SCHEMA crosscheck AUTHORIZATION writer; CREATE TABLE crosscheck.documents (id int); ALTER TABLE crosscheck.documents OWNER TO writer;`,
      'other',
    );
    const otherUrl = `postgres://writer@127.0.0.1:${cluster.port}/other`;
    const foreign = crosscheck(['index', '--store', otherUrl, archiveDir], work, writerEnv());
    assert.equal(
      foreign.stderr,
      `crosscheck: the schema "crosscheck" at ${otherUrl} holds tables but no schema_version: it is not a Crosscheck archive (refusing to touch it)\n`,
    );
    assert.equal(foreign.status, 2);

    await query(`INSERT INTO crosscheck.schema_version (product, version) VALUES ('crosscheck-archive', 99)`);
    try {
      const newer = crosscheck(['check', '--store', writerUrl, 'draft.md'], draftDir, writerEnv());
      assert.equal(
        newer.stderr,
        `crosscheck: the archive at ${writerUrl} has schema version 99, newer than this Crosscheck knows (3): upgrade Crosscheck\n`,
      );
      assert.equal(newer.status, 2);
    } finally {
      await query(`DELETE FROM crosscheck.schema_version WHERE version = 99`);
    }
  });
});
