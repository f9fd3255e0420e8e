// The language server with a shared archive (crosscheck.archive) against a real PostgreSQL 15 (scripts/pg/cluster.ts),
// spawned over stdio (dist/server.js: run `npm run build` first): an open draft's hover shows the archived figures,
// marked as from the archive, through a read-only role whose password is in a .pgpass file; a NOTIFY from a colleague's
// index run brings a new article's figure in; a server that is down, a wrong password, or a password in the setting
// is one status and one log line, however many retries.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { freePort, type Cluster } from '../../scripts/pg/cluster';
import { positionOf, TestClient, uriOf } from '../lsp/lspClient';
import { CLI as cli, DRAFT, startArchiveFixture, type ArchiveFixture } from './pgArchive';
const SEEDS = ['000_753dc5942af7b371.txt', '001_2f94e5660727e969.txt', '002_f236f39115b0c122.txt'];
const WRITER_PASSWORD = 'writer-secret-3';
const EDITOR_PASSWORD = 'editor-secret-4';
/** What a colleague files later: another figure for the same story. */
const LATER =
  'Later report\n\nPublished 2026-02-03\n\nThe military said 212 militants were killed in the attacks in Balochistan, in Quetta, Mastung and Noshki.\n';

interface Hover {
  contents: { kind: string; value: string };
}
interface Status {
  files: number;
  findings: number;
  indexing: boolean;
  archive?: { state: string; archive: string; message?: string; documents?: number };
}

describe('archive: the language server compares open documents with the shared archive', function () {
  this.timeout(120_000);
  let fixture: ArchiveFixture;
  let cluster: Cluster;
  let work: string;
  let archiveDir: string;
  let draftDir: string;
  let draft: string;
  let writerUrl: string;
  let editorUrl: string;
  let pgpass: string;
  const clients: TestClient[] = [];

  const index = (): string => {
    const run = spawnSync(process.execPath, [cli, 'index', '--store', writerUrl, archiveDir], {
      encoding: 'utf8',
      env: { ...process.env, PGPASSWORD: WRITER_PASSWORD },
      timeout: 120_000,
    });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    return run.stdout;
  };
  /** A server whose only password source is what `env` gives (no PGPASSWORD of the test's own). */
  const start = async (archive: string, env: NodeJS.ProcessEnv): Promise<TestClient> => {
    const base: NodeJS.ProcessEnv = { ...process.env, HOME: work };
    delete base.PGPASSWORD;
    delete base.PGPASSFILE;
    const client = await TestClient.start({
      folders: [draftDir],
      configuration: { crosscheck: { archive } },
      env: { ...base, ...env },
    });
    clients.push(client);
    return client;
  };
  const lastStatus = (client: TestClient): Status | undefined =>
    client.statuses[client.statuses.length - 1] as Status | undefined;
  const hoverOn = async (client: TestClient, needle: string): Promise<string> => {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriOf(draft) },
      position: positionOf(DRAFT, needle),
    });
    return hover?.contents.value ?? '';
  };
  const archiveLogs = (client: TestClient): string[] => client.logs.filter((line) => line.includes('archive:'));

  before(async function () {
    this.timeout(600_000);
    fixture = await startArchiveFixture({
      seeds: SEEDS,
      writerPassword: WRITER_PASSWORD,
      editorPassword: EDITOR_PASSWORD,
    });
    ({ cluster, work, archiveDir, draftDir, draft, writerUrl, editorUrl, pgpass } = fixture);
    index();
    fixture.grantEditor();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) await client.stop();
  });

  after(() => fixture?.stop());

  it('shows archived figures in the hover and the diagnostics of an open draft, and a newly indexed article after its NOTIFY', async () => {
    const client = await start(editorUrl, { PGPASSFILE: pgpass });
    await client.indexed();
    await client.open(draft);
    // Local findings first: alone, the draft agrees with itself.
    assert.match(await hoverOn(client, '40'), /^\*\*Crosscheck: only this file gives militants killed\*\*/);

    await client.waitFor("the archive's figures", () => client.diagnosticsOf(draft).length > 0, 20_000);
    let hover = await hoverOn(client, '40');
    const rows = hover.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Figure'));
    const archived = (seed: string, line: number) =>
      `archive [${seed.slice(0, 3)}:${line}](${uriOf(path.join(archiveDir, seed))}#L${line})`;
    assert.equal(hover.split('\n')[0], '**Crosscheck: 4 sources disagree on militants killed**');
    // The rows a workspace holding these articles would show, the archived ones marked and linked to their path.
    assert.deepEqual(rows, [
      `| 145 | at least | The provincial Chief Minister, Sarfraz Bugti | The Hindu | 2026-02-01 | ${archived(SEEDS[2], 2)} +1 |`,
      `| 177 | exact | Interior Minister Mohsin Naqvi | The Hindu | 2026-02-02 | ${archived(SEEDS[0], 2)} +1 |`,
      `| 177 | exact | officials | Tatkaal Khabar | 2026-02-02 | ${archived(SEEDS[1], 1)} +3 |`,
      `| **40** | at least | Interior Minister Mohsin Naqvi | draft | — | [draft:3](${uriOf(draft)}#L3) |`,
    ]);
    const [diagnostic] = client.diagnosticsOf(draft);
    // One row per competing figure, at its first source, the archived ones' outlets marked.
    assert.deepEqual(
      diagnostic.relatedInformation!.map((r) => [
        path.basename(r.location.uri),
        r.location.range.start.line,
        r.message,
      ]),
      [
        [
          SEEDS[2],
          1,
          '145 — The provincial Chief Minister, Sarfraz Bugti · The Hindu [archive] · 2026-02-01 · superseded',
        ],
        [SEEDS[0], 1, '177 — Interior Minister Mohsin Naqvi · The Hindu [archive] · 2026-02-02 · +1 more source'],
      ],
    );
    // Archived articles are compared with, never published, and not counted as the workspace's files.
    assert.deepEqual(
      [...client.diagnostics.keys()].filter(
        (uri) => uri !== uriOf(draft) && (client.diagnostics.get(uri) ?? []).length > 0,
      ),
      [],
    );
    const status = await client.waitFor('a connected status', () => {
      const last = lastStatus(client);
      return last?.archive?.state === 'connected' && last.archive.documents === 3 && last;
    });
    assert.deepEqual(status, {
      files: 1,
      findings: 1,
      indexing: false,
      archive: { state: 'connected', archive: editorUrl, documents: 3 },
    });
    const findings = await client.request<{
      findings: Array<{ locations: Array<{ uri: string; archive?: boolean }> }>;
    }>('crosscheck/findings', { uri: uriOf(draft) });
    assert.deepEqual(
      [...new Set(findings.findings[0].locations.map((l) => `${path.basename(l.uri)} ${l.archive ?? false}`))].sort(),
      [`${SEEDS[0]} true`, `${SEEDS[1]} true`, `${SEEDS[2]} true`, 'draft.md false'],
    );

    // Quick fixes name the archived source, marked.
    const actions = await client.request<Array<{ title: string }>>('textDocument/codeAction', {
      textDocument: { uri: uriOf(draft) },
      range: { start: positionOf(DRAFT, '40'), end: positionOf(DRAFT, '40') },
      context: { diagnostics: client.diagnosticsOf(draft) },
    });
    assert.deepEqual(
      actions.map((a) => a.title).filter((title) => title.startsWith('Replace')),
      [
        'Replace "At least 40" with "177" (The Hindu [archive])',
        'Replace "At least 40" with "At least 145" (The Hindu [archive])',
      ],
    );

    // A colleague files a new article: its NOTIFY brings its figure into the open draft's hover.
    fs.writeFileSync(path.join(archiveDir, 'later.txt'), LATER);
    assert.match(index(), /: 1 document\(s\) written/);
    await client.waitFor('the new article in the status', () => lastStatus(client)?.archive?.documents === 4, 20_000);
    hover = await hoverOn(client, '40');
    assert.equal(hover.split('\n')[0], '**Crosscheck: 5 sources disagree on militants killed**');
    assert.ok(
      hover.includes(
        `| 212 | exact | The military | later | 2026-02-03 | archive [later:5](${uriOf(path.join(archiveDir, 'later.txt'))}#L5) |`,
      ),
      hover,
    );
    assert.match(hover, /→ 212 \(2026-02-03; The military\) →/);
    assert.deepEqual(
      archiveLogs(client).map((line) => line.replace(/:\d+\//, ':PORT/')),
      ['[crosscheck] archive: connected to postgres://editor@127.0.0.1:PORT/archive, listening for new articles'],
    );
  });

  it('drops an archived figure after the NOTIFY of a re-index that no longer counts it', async () => {
    const client = await start(editorUrl, { PGPASSFILE: pgpass });
    await client.indexed();
    await client.open(draft);
    const archivedFigures = (): string[] =>
      (client.diagnosticsOf(draft)[0]?.relatedInformation ?? []).map((r) => r.message.split(' — ')[0]).sort();
    await client.waitFor("the archive's figures", () => archivedFigures().length > 0, 20_000);
    const before = archivedFigures();
    // A colleague files another figure for the militants killed: it comes in (its NOTIFY names q:militant) ...
    const revised = path.join(archiveDir, 'revised.txt');
    fs.writeFileSync(
      revised,
      'Revised report\n\nPublished 2026-02-04\n\nThe army said 230 militants were killed in the attacks in Balochistan, in Quetta, Mastung and Noshki.\n',
    );
    assert.match(index(), /: 1 document\(s\) written/);
    await client.waitFor('the revised figure', () => archivedFigures().includes('230'), 20_000);
    assert.deepEqual(archivedFigures(), [...before, '230'].sort());
    // ... is corrected under the same path (the same archived document): the open draft loads it again.
    fs.writeFileSync(
      revised,
      'Revised report\n\nPublished 2026-02-04\n\nThe army said 235 militants were killed in the attacks in Balochistan, in Quetta, Mastung and Noshki.\n',
    );
    assert.match(index(), /: 1 document\(s\) written/);
    await client.waitFor('the corrected figure', () => archivedFigures().includes('235'), 20_000);
    assert.deepEqual(archivedFigures(), [...before, '235'].sort());
    // ... then re-files the article counting something else: what it counted before is in the NOTIFY too, so the
    // draft asks again and the figure that is gone leaves its findings.
    fs.writeFileSync(
      revised,
      'Revised report\n\nPublished 2026-02-04\n\nThe army said 235 vehicles were destroyed in the attacks in Balochistan, in Quetta, Mastung and Noshki.\n',
    );
    assert.match(index(), /: 1 document\(s\) written/);
    await client.waitFor('the revised figure gone', () => !archivedFigures().includes('235'), 20_000);
    assert.deepEqual(archivedFigures(), before);
    fs.rmSync(revised);
  });

  it('cancels in PostgreSQL an archive query that typing superseded, and answers the latest text', async () => {
    const client = await start(editorUrl, { PGPASSFILE: pgpass });
    await client.indexed();
    await client.open(draft);
    await client.waitFor("the archive's figures", () => client.diagnosticsOf(draft).length > 0, 20_000);
    const serverLog = path.join(cluster.dir, 'server.log');
    const cancelled = (): number =>
      (fs.readFileSync(serverLog, 'utf8').match(/ERROR: {2}canceling statement due to user request/g) ?? []).length;
    const before = cancelled();
    // A writer holds the story keys' table: the next archive query waits in PostgreSQL, an answer that never comes.
    const blocker = new Client({ connectionString: cluster.url('archive') });
    await blocker.connect();
    try {
      await blocker.query('BEGIN; LOCK TABLE crosscheck.story_keys IN ACCESS EXCLUSIVE MODE');
      const waiting = async (): Promise<boolean> =>
        (
          await blocker.query(
            `SELECT 1 FROM pg_stat_activity WHERE application_name = 'crosscheck language server' AND wait_event_type = 'Lock'`,
          )
        ).rowCount === 1;
      // The writer adds a figure that counts something new: the draft asks the archive again, and waits.
      const first = `${DRAFT}Officials said 12 soldiers were killed in Quetta.\n`;
      await client.change(draft, first);
      for (let tries = 0; !(await waiting()); tries++) {
        assert.ok(tries < 100, 'the archive query never waited for the lock');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // The writer types again: the waiting query is superseded and cancelled in PostgreSQL, not left to run.
      const latest = `${first}Police said 3 vehicles were burned in Mastung.\n`;
      await client.change(draft, latest);
      await client.waitFor('the cancel in the server log', () => cancelled() > before, 20_000);
      await blocker.query('COMMIT');
      // The latest text's question is answered; the cancel was no failure of the archive.
      await client.waitFor(
        'a connected status after the cancel',
        () =>
          lastStatus(client)?.archive?.state === 'connected' &&
          !(client.statuses as Status[]).some((s) => s.archive?.state === 'unavailable'),
      );
      assert.deepEqual(
        archiveLogs(client).map((line) => line.replace(/:\d+\//, ':PORT/')),
        ['[crosscheck] archive: connected to postgres://editor@127.0.0.1:PORT/archive, listening for new articles'],
      );
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }
  });

  it('a server that is down is one status and one log line, however many retries', async () => {
    const port = await freePort();
    const down = `postgres://editor@127.0.0.1:${port}/archive`;
    const client = await start(down, { PGPASSFILE: pgpass });
    await client.indexed();
    await client.open(draft);
    const message = `cannot connect to the archive at ${down}: connection refused (is PostgreSQL running there?)`;
    await client.waitFor('an unavailable status', () => lastStatus(client)?.archive?.state === 'unavailable');
    // Retries after 1 s and 2 s fail the same way: nothing more is said.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    assert.deepEqual(lastStatus(client), {
      files: 1,
      findings: 0,
      indexing: false,
      archive: { state: 'unavailable', archive: down, message },
    });
    assert.deepEqual(archiveLogs(client), [
      `[crosscheck] archive: ${message} (the local findings stand; retrying with a growing delay)`,
    ]);
    // The local findings stand.
    assert.match(await hoverOn(client, '40'), /^\*\*Crosscheck: only this file gives militants killed\*\*/);
  });

  it('a wrong password, and a password written into the setting, are one clear message', async () => {
    const wrong = await start(editorUrl, { PGPASSWORD: 'not-the-password' });
    await wrong.waitFor('an unavailable status', () => lastStatus(wrong)?.archive?.state === 'unavailable');
    const refused = `cannot connect to the archive at ${editorUrl}: password authentication failed for user "editor" (the password comes from the connection string, PGPASSWORD or ~/.pgpass)`;
    // The first retry (after 1 s) fails the same way: nothing more is said.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(lastStatus(wrong)?.archive?.message, refused);
    assert.deepEqual(archiveLogs(wrong), [
      `[crosscheck] archive: ${refused} (the local findings stand; retrying with a growing delay)`,
    ]);

    const inSetting = await start(`postgres://editor:${EDITOR_PASSWORD}@127.0.0.1:${cluster.port}/archive`, {});
    await inSetting.waitFor('an unavailable status', () => lastStatus(inSetting)?.archive?.state === 'unavailable');
    const message = `the setting crosscheck.archive holds a password: settings are no place for one (give it with the command "Crosscheck: Set Archive Password", in PGPASSWORD or ~/.pgpass); not connecting to ${editorUrl}`;
    assert.equal(lastStatus(inSetting)?.archive?.message, message);
    assert.deepEqual(archiveLogs(inSetting), [`[crosscheck] archive: ${message}`]);
    assert.ok(!inSetting.logs.join('\n').includes(EDITOR_PASSWORD));
  });
});
