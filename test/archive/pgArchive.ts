// The PostgreSQL set-up the archive's tests share (archive.test.ts: the CLI; languageServer.test.ts: the language
// server): a throw-away cluster (scripts/pg/cluster.ts), a writer role owning the database `archive` and a read-only
// editor role, a work folder with the seed reports to archive (`filed/`), a draft beside them (`drafts/draft.md`), and
// the editor's password in a private .pgpass file, as libpq reads it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCluster, type Cluster } from '../../scripts/pg/cluster';

export const REPO = path.join(__dirname, '..', '..');
/** The built command line (run `npm run build` first). */
export const CLI = path.join(REPO, 'dist', 'cli.js');

/** A local draft that gives another figure than the archived seed reports for the militants killed. */
export const DRAFT =
  'Draft: Balochistan attacks\n\nAt least 40 militants were killed in the attacks in Balochistan on Saturday, Interior Minister Mohsin Naqvi said. Security forces in Quetta, Mastung and Noshki responded.\n';

export interface ArchiveFixture {
  cluster: Cluster;
  /** The temporary folder holding the rest (removed by stop()). */
  work: string;
  /** The files to archive: copies of the seeds asked for. */
  archiveDir: string;
  draftDir: string;
  /** drafts/draft.md, holding DRAFT. */
  draft: string;
  /** Connection strings without passwords. */
  writerUrl: string;
  editorUrl: string;
  writerPassword: string;
  editorPassword: string;
  /** A .pgpass file (mode 0600) with the editor's password. */
  pgpass: string;
  /** What the editors' role may do once the writer has created the schema: read (docs/archive.md, "Roles"). */
  grantEditor(): void;
  stop(): void;
}

export async function startArchiveFixture(options: {
  /** Seed reports (file names under seeds/) to copy into filed/. */
  seeds: string[];
  writerPassword: string;
  editorPassword: string;
}): Promise<ArchiveFixture> {
  const { writerPassword, editorPassword } = options;
  const cluster = await startCluster();
  cluster.psql(
    `CREATE ROLE writer LOGIN PASSWORD '${writerPassword}'; CREATE ROLE editor LOGIN PASSWORD '${editorPassword}'; CREATE DATABASE archive OWNER writer;`,
  );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-archive-test-'));
  const archiveDir = path.join(work, 'filed');
  const draftDir = path.join(work, 'drafts');
  fs.mkdirSync(archiveDir);
  fs.mkdirSync(draftDir);
  for (const seed of options.seeds) fs.copyFileSync(path.join(REPO, 'seeds', seed), path.join(archiveDir, seed));
  const draft = path.join(draftDir, 'draft.md');
  fs.writeFileSync(draft, DRAFT);
  const pgpass = path.join(work, 'pgpass');
  fs.writeFileSync(pgpass, `127.0.0.1:${cluster.port}:archive:editor:${editorPassword}\n`, { mode: 0o600 });
  return {
    cluster,
    work,
    archiveDir,
    draftDir,
    draft,
    writerUrl: `postgres://writer@127.0.0.1:${cluster.port}/archive`,
    editorUrl: `postgres://editor@127.0.0.1:${cluster.port}/archive`,
    writerPassword,
    editorPassword,
    pgpass,
    grantEditor: () =>
      void cluster.psql(
        `GRANT USAGE ON SCHEMA crosscheck TO editor; GRANT SELECT ON ALL TABLES IN SCHEMA crosscheck TO editor;`,
        'archive',
      ),
    stop: () => {
      try {
        cluster.stop();
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    },
  };
}
