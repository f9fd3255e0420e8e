// The built `crosscheck` command (dist/cli.js, so run `npm run build` first), spawned as a user would run it:
// exit statuses, messages, the JSON contract on the seeds, the other formats, --fail-on, --quiet, --verbose,
// --output, standard input, globs, the configuration (--config, or the nearest .crosscheck.json), extract and lsp.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const SEEDS = [
  '000_753dc5942af7b371.txt',
  '001_2f94e5660727e969.txt',
  '002_f236f39115b0c122.txt',
  '003_0c6566569c3261f3.txt',
  '004_b956a5e68296c51b.txt',
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function crosscheck(
  args: string[],
  cwd = root,
  env: NodeJS.ProcessEnv = { NO_COLOR: '1' },
  input?: string | Buffer,
): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempFolders: string[] = [];

function tempFolder(files: Record<string, string | Buffer>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-'));
  tempFolders.push(folder);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

/** Two files that disagree on one figure (a conflict, a warning by default). */
const MILITANTS = {
  'a.txt':
    'Security forces killed 145 militants, after attacks by the Baloch Liberation Army in Balochistan near Quetta, Pakistan.\n',
  'drafts/b.txt':
    'Security forces killed 177 militants, after attacks by the Baloch Liberation Army in Balochistan near Quetta, Pakistan.\n',
};

interface JsonReport {
  files: string[];
  claims: { id: string; file: string; text: string }[];
  conflicts: { kind: string; severity: string; claims: string[] }[];
}

/** The files of a finding, from its claims' ids. */
function filesOf(report: JsonReport, finding: JsonReport['conflicts'][number]): string[] {
  return [
    ...new Set(finding.claims.map((id) => report.claims.find((claim) => claim.id === id)?.file)),
  ].sort() as string[];
}

const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;

describe('crosscheck CLI', function () {
  this.timeout(120_000);

  before(() => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  });

  after(() => {
    for (const folder of tempFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  describe('usage', () => {
    it('prints its version and its help, with exit status 0', () => {
      assert.deepEqual(crosscheck(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
      const help = crosscheck(['--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Crosscheck finds numeric claims/);
      for (const text of [
        'crosscheck check [paths...]',
        'crosscheck extract <file>',
        'crosscheck lsp --stdio',
        '--format',
        '--config',
        '--fail-on',
        '--output',
        '--quiet',
        '--verbose',
        '--stdin-filename',
        'error (default)',
      ]) {
        assert.ok(help.stdout.includes(text), text);
      }
      assert.equal(crosscheck(['check', '--help']).stdout, help.stdout);
    });

    it('runs through the package bin (what `npx crosscheck` runs)', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
      assert.equal(manifest.bin.crosscheck, 'bin/crosscheck.js');
      const result = spawnSync(process.execPath, [path.join(root, manifest.bin.crosscheck), '--version'], {
        encoding: 'utf8',
      });
      assert.deepEqual([result.status, result.stdout], [0, `${version}\n`]);
    });

    const badUsage: [string[], string][] = [
      [[], 'crosscheck: no command given: run crosscheck check, extract, index or lsp (crosscheck --help tells more)'],
      [['chek'], 'crosscheck: unknown command "chek" (expected check, extract, index or lsp; see crosscheck --help)'],
      [
        ['check', '--format', 'html', 'seeds'],
        'crosscheck: unknown format "html" (expected text, json, sarif, markdown)',
      ],
      [
        ['check', '--fail-on', 'warnings', 'seeds'],
        'crosscheck: unknown --fail-on "warnings" (expected error, warning, information, hint, never)',
      ],
      [['check', '--bogus'], "crosscheck: Unknown option '--bogus' (see crosscheck --help)"],
      [['check', 'no/such/folder'], 'crosscheck: no such file or folder: no/such/folder'],
      [
        ['check', 'seeds', '--config', 'no-such-config.json'],
        'crosscheck: cannot read the config no-such-config.json: ENOENT',
      ],
      [['extract'], 'crosscheck: extract takes exactly one file (got 0)'],
      [['extract', 'seeds'], 'crosscheck: extract takes a file, not a folder: seeds'],
      [
        ['extract', '--format', 'sarif', 'seeds/000_753dc5942af7b371.txt'],
        'crosscheck: unknown format "sarif" (expected json, text)',
      ],
      [['lsp'], 'crosscheck: lsp needs a transport: crosscheck lsp --stdio (or --node-ipc, --socket=PORT)'],
      [['check', '-', '-'], 'crosscheck: - (standard input) can only be given once'],
      [
        ['check', '--stdin-filename', 'draft.md', 'seeds'],
        'crosscheck: --stdin-filename names the text read from standard input: add - to the paths',
      ],
      [['check', '--quiet', '--verbose', 'seeds'], 'crosscheck: --quiet and --verbose cannot be used together'],
      [['check', 'seeds/*.rst'], 'crosscheck: no .txt or .md files match seeds/*.rst'],
      [
        ['check', '!seeds/*.txt'],
        'crosscheck: negated globs are not taken (!seeds/*.txt): exclude files in .crosscheck.json',
      ],
    ];
    for (const [args, message] of badUsage) {
      it(`exits with 2 and one clear line for: ${args.join(' ') || '(nothing)'}`, () => {
        const result = crosscheck(args);
        assert.equal(result.status, 2);
        assert.equal(result.stdout, '');
        assert.equal(result.stderr, `${message}\n`);
      });
    }
  });

  describe('check on the seeds and a draft that names none of their story', () => {
    const draft =
      'At least 20 civilians and 15 soldiers were killed when militants attacked 12 towns on Saturday, officials said.\n';
    it('says that the draft matched no story, in the text report and the JSON', () => {
      const folder = tempFolder({
        ...Object.fromEntries(SEEDS.map((name) => [name, fs.readFileSync(path.join(root, 'seeds', name))])),
        'draft.txt': draft,
      });
      const text = crosscheck(['check', '.'], folder);
      assert.equal(text.status, 0, text.stderr);
      const lines = text.stdout.trimEnd().split('\n');
      assert.equal(
        lines[lines.length - 3],
        'note: the figures of draft.txt matched no story of the other files (they name none of its places, groups or people), so they were not compared',
      );
      const json = JSON.parse(crosscheck(['check', '.', '--format', 'json'], folder).stdout);
      assert.deepEqual(json.unmatched, ['draft.txt']);
    });
  });

  describe('check on the seeds', () => {
    let report: { files: string[]; claims: Record<string, unknown>[]; conflicts: Record<string, unknown>[] };
    before(() => {
      const result = crosscheck(['check', 'seeds', '--format', 'json']);
      assert.equal(result.status, 0, result.stderr);
      report = JSON.parse(result.stdout);
    });

    it('lists the files relative to the current folder, with forward slashes', () => {
      assert.deepEqual(
        report.files,
        SEEDS.map((name) => `seeds/${name}`),
      );
    });

    it('keeps the JSON contract: the claim fields and their types', () => {
      assert.ok(report.claims.length >= 20, `only ${report.claims.length} claims`);
      const ids = new Set<unknown>();
      for (const claim of report.claims) {
        assert.equal(typeof claim.id, 'string');
        ids.add(claim.id);
        assert.ok(report.files.includes(claim.file as string), String(claim.file));
        for (const key of ['line', 'character', 'endLine', 'endCharacter'])
          assert.ok(Number.isInteger(claim[key]) && (claim[key] as number) >= 0, key);
        assert.equal(typeof claim.text, 'string');
        assert.ok(
          (claim.sentence as string).includes((claim.text as string).split('\n')[0]),
          `${claim.text} in ${claim.sentence}`,
        );
        const value = claim.value as { stated: unknown; low: unknown; high: unknown };
        assert.ok(
          typeof value.stated === 'number' || (Array.isArray(value.stated) && value.stated.length === 2),
          JSON.stringify(value),
        );
        for (const bound of [value.low, value.high]) assert.ok(bound === null || typeof bound === 'number');
        assert.equal(typeof claim.qualifier, 'string');
        for (const key of ['unit', 'predicate', 'asOf'])
          assert.ok(claim[key] === null || typeof claim[key] === 'string', key);
        const attribution = claim.attribution as { source: unknown; cue: unknown } | null;
        assert.ok(
          attribution === null || (typeof attribution.source === 'string' && typeof attribution.cue === 'string'),
        );
      }
      assert.equal(ids.size, report.claims.length, 'claim ids are unique');
      for (const finding of report.conflicts) {
        for (const key of ['id', 'kind', 'subject', 'message']) assert.equal(typeof finding[key], 'string', key);
        assert.ok(['error', 'warning', 'information', 'hint'].includes(finding.severity as string));
        assert.ok(Array.isArray(finding.claims));
      }
    });

    it('gives each claim and each figure finding its frame (fields added to the contract)', () => {
      for (const claim of report.claims) {
        const frame = claim.frame as Record<string, unknown>;
        for (const key of ['measured', 'head', 'event', 'agent', 'place', 'time', 'scope', 'stage', 'unit'])
          assert.ok(frame[key] === null || typeof frame[key] === 'string', key);
        assert.ok(
          Array.isArray(frame.modifiers) && typeof frame.dimension === 'string' && typeof frame.scale === 'number',
        );
      }
      const militants = report.conflicts.find((f) => f.kind === 'conflict' && f.subject === 'militants killed')!;
      assert.deepEqual(militants.frame, {
        measured: 'militant',
        event: 'killed',
        place: null,
        time: null,
        scope: null,
        unit: null,
        words: 'killed',
      });
      assert.deepEqual((report as unknown as { unmatched: string[] }).unmatched, []);
    });

    it('reports the 145/177/197 militants and the 18/31 civilians disagreements', () => {
      const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
      const figuresOf = (finding: Record<string, unknown>): Set<number> =>
        new Set(
          (finding.claims as string[])
            .map((id) => claimsById.get(id)?.value)
            .filter(Boolean)
            .map((value) => (value as { stated: number }).stated),
        );
      const hasFigures = (...figures: number[]): boolean =>
        report.conflicts.some((finding) => figures.every((figure) => figuresOf(finding).has(figure)));
      assert.ok(hasFigures(145, 177), 'a finding with 145 and 177 militants killed');
      assert.ok(hasFigures(177, 197), 'a finding with 177 and 197 militants killed');
      assert.ok(hasFigures(18, 31), 'a finding with 18 and 31 civilians killed');
    });

    it('prints a text report for a person, most severe first, ending with a summary line', () => {
      const result = crosscheck(['check', 'seeds']);
      assert.equal(result.status, 0);
      const lines = result.stdout.trimEnd().split('\n');
      assert.match(lines[lines.length - 1], /^\d+ findings? in 5 files \(.+\), from \d+ claims\.$/);
      const severities = lines
        .filter((line) => /^\S/.test(line))
        .slice(0, -1)
        .map((line) => line.split(':')[0]);
      const rank = ['error', 'warning', 'information', 'hint'];
      assert.deepEqual(
        severities,
        [...severities].sort((a, b) => rank.indexOf(a) - rank.indexOf(b)),
      );
      assert.match(result.stdout, /^ {4}seeds\/002_f236f39115b0c122\.txt:\d+:\d+ +\S/m);
      assert.ok(!result.stdout.includes('\x1b'), 'no colours when stdout is not a terminal');
    });

    it('colours the text report under FORCE_COLOR, never with --no-color, NO_COLOR or another format', () => {
      assert.match(
        crosscheck(['check', 'seeds'], root, { FORCE_COLOR: '1' }).stdout,
        /^\x1b\[1;3\dm(error|warning|information|hint)\x1b\[0m: /,
      );
      assert.ok(!crosscheck(['check', 'seeds', '--no-color'], root, { FORCE_COLOR: '1' }).stdout.includes('\x1b'));
      assert.ok(!crosscheck(['check', 'seeds'], root, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout.includes('\x1b'));
      assert.ok(
        !crosscheck(['check', 'seeds', '--format', 'markdown'], root, { FORCE_COLOR: '1' }).stdout.includes('\x1b'),
      );
    });

    it('writes SARIF that the official 2.1.0 schema accepts', () => {
      const result = crosscheck(['check', 'seeds', '--format', 'sarif']);
      assert.equal(result.status, 0);
      const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false });
      addFormats(ajv);
      const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
      const log: Sarif.Log = JSON.parse(result.stdout);
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
      const run = log.runs[0];
      assert.equal(run.tool.driver.version, version);
      assert.equal(run.originalUriBaseIds?.['%SRCROOT%'].uri, `${pathToFileURL(root).href}/`);
      assert.ok(run.results!.length >= report.conflicts.length);
    });

    it('writes Markdown with a table per finding', () => {
      const result = crosscheck(['check', 'seeds', '--format', 'markdown']);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^# Crosscheck report\n\n\d+ findings? in 5 files/);
      assert.equal(
        result.stdout.split('| Figure | Who said it | Outlet | Date | Where |').length - 1,
        report.conflicts.length,
      );
    });
  });

  describe('exit status and output', () => {
    it('exits with 1 when a finding is an error (--fail-on error by default), with 0 on warnings', () => {
      // The seeds' findings are warnings and milder under the default severities.
      assert.equal(crosscheck(['check', 'seeds']).status, 0);
      assert.equal(crosscheck(['check', 'seeds', '--fail-on', 'error']).status, 0);
      assert.equal(crosscheck(['check', 'seeds', '--fail-on', 'hint']).status, 1);
      assert.equal(crosscheck(['check', 'seeds', '--fail-on', 'warning']).status, 1);
      const folder = tempFolder({
        ...MILITANTS,
        '.crosscheck.json': JSON.stringify({ severities: { conflict: 'error' } }),
      });
      assert.deepEqual(
        [crosscheck(['check'], folder).status, crosscheck(['check', '--fail-on', 'never'], folder).status],
        [1, 0],
      );
    });

    it('exits with 0 under --fail-on hint when nothing disagrees', () => {
      const folder = tempFolder({ 'calm.md': 'The council met on Tuesday. It discussed the budget.\n' });
      const result = crosscheck(['check', '.', '--fail-on', 'hint'], folder);
      assert.deepEqual(result, {
        status: 0,
        stdout: 'No conflicting figures in 1 file (0 claims read).\n',
        stderr: '',
      });
    });

    it('reports an unreadable file on stderr and goes on with the others', () => {
      const folder = tempFolder({
        'good.txt': 'Officials said 12 people were injured.\n',
        'sub/bad.txt': Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff]),
      });
      const result = crosscheck(['check', '--format', 'json'], folder);
      assert.equal(result.status, 0);
      const report = JSON.parse(result.stdout);
      assert.deepEqual(report.files, ['good.txt']);
      assert.match(result.stderr, /^crosscheck: skipped sub\/bad\.txt: .*binary/);
      assert.deepEqual(
        report.skipped.map((entry: { file: string }) => entry.file),
        ['sub/bad.txt'],
      );
      assert.match(report.skipped[0].reason, /binary/);
      assert.equal(report.skipped[0].code, 'binary');
      const sarif: Sarif.Log = JSON.parse(crosscheck(['check', '--format', 'sarif'], folder).stdout);
      const notifications = sarif.runs[0].invocations![0].toolExecutionNotifications!;
      assert.deepEqual(
        notifications.map((n) => [n.level, n.locations![0].physicalLocation!.artifactLocation!.uri]),
        [['warning', 'sub/bad.txt']],
      );
    });

    it('exits with 2 when no file could be read', () => {
      const onlyBinary = tempFolder({ 'bad.txt': Buffer.from([0x00, 0x00, 0x00]) });
      const result = crosscheck(['check'], onlyBinary);
      assert.equal(result.status, 2);
      assert.match(
        result.stderr,
        /^crosscheck: skipped bad\.txt: .*\ncrosscheck: none of the 1 file\(s\) in \. could be read\n/,
      );
      const empty = tempFolder({ 'notes.json': '{}' });
      assert.equal(crosscheck(['check'], empty).stderr.split('\n')[0], 'crosscheck: no .txt or .md files in .');
    });

    it('writes the report to --output (its extension choosing the format) and nothing to stdout; an unwritable --output is bad usage', () => {
      const folder = tempFolder({});
      const target = path.join(folder, 'report.json');
      const result = crosscheck(['check', 'seeds', '--format', 'json', '--output', target]);
      assert.deepEqual([result.status, result.stdout], [0, '']);
      assert.deepEqual(JSON.parse(fs.readFileSync(target, 'utf8')).files.length, 5);
      for (const [name, start] of [
        ['r.sarif', '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json"'],
        ['r.md', '# Crosscheck report\n'],
        ['r.txt', ''],
      ] as const) {
        assert.equal(crosscheck(['check', 'seeds', '-o', path.join(folder, name)]).status, 0);
        const written = fs.readFileSync(path.join(folder, name), 'utf8');
        assert.ok(
          written.startsWith(start) && (name !== 'r.txt' || /\n\d+ findings? in 5 files/.test(written)),
          `${name}: ${written.slice(0, 60)}`,
        );
      }
      const unwritable = crosscheck(['check', 'seeds', '--output', path.join(folder, 'missing', 'dir', 'r.txt')]);
      assert.equal(unwritable.status, 2);
      assert.match(unwritable.stderr, /^crosscheck: cannot write .*r\.txt: ENOENT\n/);
    });
  });

  describe('pipes', () => {
    it('stops quietly when the reader closes the pipe early (crosscheck check | head -1)', async () => {
      // Far more output than a pipe holds, so that the writer is still writing when the reader goes away.
      const folder = tempFolder({ 'long.txt': 'Officials said 12 people were injured in the blast.\n'.repeat(3000) });
      const child = spawn(process.execPath, [cli, 'extract', 'long.txt'], {
        cwd: folder,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      let received = 0;
      child.stdout.once('data', (chunk: Buffer) => {
        received = chunk.length;
        child.stdout.destroy();
      });
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.deepEqual({ status, stderr }, { status: 0, stderr: '' });
      assert.ok(received > 0 && received < 3000 * 100, `read ${received} bytes of the output only`);
    });
  });

  describe('config', () => {
    it('reads .crosscheck.json from the current folder and applies its exclude globs to folders walked', () => {
      const folder = tempFolder({
        '.crosscheck.json': JSON.stringify({ exclude: ['drafts/**'] }),
        'a.txt': 'Officials said 12 people were injured.\n',
        'drafts/b.txt': 'Officials said 40 people were injured.\n',
      });
      assert.deepEqual(JSON.parse(crosscheck(['check', '--format', 'json'], folder).stdout).files, ['a.txt']);
      assert.deepEqual(
        JSON.parse(crosscheck(['check', '--format', 'json', 'a.txt', 'drafts/b.txt'], folder).stdout).files,
        ['a.txt', 'drafts/b.txt'],
      );
    });

    it('names the files by what .crosscheck.json\'s "sources" declares (globs relative to its folder) in the JSON report', () => {
      const folder = tempFolder({
        'project/.crosscheck.json': JSON.stringify({
          sources: { 'wires/ap-*.txt': { outlet: 'AP', date: '2026-02-01' }, 'wires/ap-2.txt': { date: '2026-02-02' } },
        }),
        'project/wires/ap-1.txt': MILITANTS['a.txt'],
        'project/wires/ap-2.txt': MILITANTS['drafts/b.txt'],
        'project/b.txt': 'Source Dawn\n' + MILITANTS['drafts/b.txt'],
      });
      const report = JSON.parse(crosscheck(['check', 'project', '--format', 'json'], folder).stdout);
      assert.deepEqual(
        report.documents.map((d: { file: string; meta: { outlet: string | null; date: string | null } }) => [
          d.file,
          d.meta.outlet,
          d.meta.date,
        ]),
        [
          ['project/b.txt', 'Dawn', null],
          ['project/wires/ap-1.txt', 'AP', '2026-02-01'],
          ['project/wires/ap-2.txt', 'AP', '2026-02-02'],
        ],
      );
      const extracted = crosscheck(
        ['extract', '--format', 'text', 'wires/ap-2.txt'],
        path.join(folder, 'project'),
      ).stdout.split('\n');
      assert.deepEqual(extracted.slice(0, 2), ['wires/ap-2.txt: 1 claim, 0 attributions', '  AP · 2026-02-02']);
    });

    it('finds the .crosscheck.json nearest to each checked path, walking up from it (checking a folder from its parent)', () => {
      const folder = tempFolder({
        'strict.json': JSON.stringify({ exclude: ['**/drafts/**'] }),
        'project/.crosscheck.json': JSON.stringify({ exclude: ['drafts/**'], severities: { conflict: 'error' } }),
        'project/a.txt': MILITANTS['a.txt'],
        'project/drafts/b.txt': MILITANTS['drafts/b.txt'],
        'project/reports/c.txt': MILITANTS['drafts/b.txt'],
        'project/reports/deep/.crosscheck.json': JSON.stringify({ exclude: ['*.txt'] }),
        'project/reports/deep/d.txt': MILITANTS['a.txt'],
      });
      const fromParent = crosscheck(['check', 'project', '--format', 'json'], folder);
      const report: JsonReport = JSON.parse(fromParent.stdout);
      assert.deepEqual(report.files, ['project/a.txt', 'project/reports/c.txt']);
      // project/.crosscheck.json makes the conflict an error: exit status 1.
      assert.deepEqual([fromParent.status, report.conflicts.map((finding) => finding.severity)], [1, ['error']]);
      // From a folder below: the config above it still applies.
      const fromBelow = crosscheck(['check', '.', '--format', 'json'], path.join(folder, 'project/reports'));
      assert.deepEqual(JSON.parse(fromBelow.stdout).files, ['c.txt']);
      // --config replaces the discovery for every file.
      const explicit = crosscheck(['check', 'project', '--format', 'json', '--config', 'strict.json'], folder);
      assert.deepEqual(JSON.parse(explicit.stdout).files, [
        'project/a.txt',
        'project/reports/c.txt',
        'project/reports/deep/d.txt',
      ]);
      assert.equal(explicit.status, 0);
    });

    it('gives the same finding ids from any folder, and honours an id in .crosscheck.json\'s "ignore" and an inline marker', () => {
      const folder = tempFolder({
        'project/a.txt': MILITANTS['a.txt'],
        'project/drafts/b.txt': MILITANTS['drafts/b.txt'],
        'project/drafts/c.txt': `Officials said on Monday that ${MILITANTS['drafts/b.txt'].charAt(0).toLowerCase()}${MILITANTS['drafts/b.txt'].slice(1)}`,
      });
      const idsFrom = (cwd: string, target: string) =>
        (
          JSON.parse(crosscheck(['check', target, '--format', 'json'], path.join(folder, cwd)).stdout) as {
            conflicts: { id: string }[];
          }
        ).conflicts.map((f) => f.id);
      const ids = idsFrom('project', '.');
      assert.deepEqual(ids, ['conflict/militants-killed/36b693c2']);
      assert.deepEqual(idsFrom('.', 'project'), ids);
      assert.deepEqual(idsFrom('project/drafts', '..'), ids);
      // An inline marker silences the finding on b's claim only: a and c still disagree.
      fs.writeFileSync(
        path.join(folder, 'project/drafts/b.txt'),
        `crosscheck-ignore: ${ids[0]}\n${MILITANTS['drafts/b.txt']}`,
      );
      const marked: JsonReport = JSON.parse(crosscheck(['check', 'project', '--format', 'json'], folder).stdout);
      assert.deepEqual(
        marked.conflicts.map((f) => [f.kind, filesOf(marked, f)]),
        [['conflict', ['project/a.txt', 'project/drafts/c.txt']]],
      );
      // The id in .crosscheck.json drops the finding, whether the folder is checked from itself or from its parent.
      fs.writeFileSync(path.join(folder, 'project/.crosscheck.json'), JSON.stringify({ ignore: ids }));
      assert.deepEqual(idsFrom('project', '.'), []);
      assert.deepEqual(idsFrom('.', 'project'), []);
    });

    it('takes --config FILE; invalid JSON is bad usage, an unknown key a warning', () => {
      const folder = tempFolder({
        'broken.json': '{ "ignore": [',
        'odd.json': '{ "colour": "red" }',
        'a.txt': 'Officials said 12 people were injured.\n',
      });
      const broken = crosscheck(['check', '--config', 'broken.json'], folder);
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /^crosscheck: the config broken\.json is not valid JSON: /);
      const odd = crosscheck(['check', '--config', 'odd.json'], folder);
      assert.equal(odd.status, 0);
      assert.match(odd.stderr, /^crosscheck: odd\.json: unknown key "colour"/);
    });
  });

  describe('standard input', () => {
    it('extract - lists the claims of the text on standard input, named <stdin> or by --stdin-filename', () => {
      const text = 'Officials said at least 31 civilians were killed.\n';
      const result = crosscheck(['extract', '-'], root, undefined, text);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(
        JSON.parse(result.stdout).claims.map((claim: { file: string; text: string }) => [claim.file, claim.text]),
        [['<stdin>', 'at least 31 civilians']],
      );
      const named = crosscheck(
        ['extract', '--format', 'text', '--stdin-filename', 'drafts/note.md', '-'],
        root,
        undefined,
        text,
      );
      assert.match(named.stdout, /^drafts\/note\.md: 1 claim, 1 attribution\n/);
    });

    it('check --stdin-filename draft.md - checks the text against the other files, in place of a file of that name', () => {
      const folder = tempFolder({ ...MILITANTS, 'drafts/draft.md': 'Nothing here yet.\n' });
      const draft =
        'Security forces killed 200 militants, after attacks by the Baloch Liberation Army in Balochistan near Quetta, Pakistan.\n';
      const result = crosscheck(
        ['check', '--format', 'json', '--stdin-filename', 'drafts/draft.md', '-'],
        folder,
        undefined,
        draft,
      );
      assert.equal(result.status, 0, result.stderr);
      const report: JsonReport = JSON.parse(result.stdout);
      assert.deepEqual(report.files, ['drafts/draft.md', 'a.txt', 'drafts/b.txt']);
      assert.deepEqual(
        report.claims.filter((claim) => claim.file === 'drafts/draft.md').map((claim) => claim.text),
        ['200 militants'],
      );
      assert.deepEqual(
        report.conflicts.map((finding) => [finding.kind, filesOf(report, finding)]),
        [['conflict', ['a.txt', 'drafts/b.txt', 'drafts/draft.md']]],
      );
      // Only the other paths given: the text against drafts/ alone.
      const drafts: JsonReport = JSON.parse(
        crosscheck(['check', '--format', 'json', '-', 'drafts'], folder, undefined, draft).stdout,
      );
      assert.deepEqual(drafts.files, ['<stdin>', 'drafts/b.txt', 'drafts/draft.md']);
    });

    it('refuses binary input as it refuses a binary file', () => {
      const result = crosscheck(['check', '-'], root, undefined, Buffer.from([0, 1, 2, 0]));
      assert.deepEqual(
        [result.status, result.stderr],
        [2, 'crosscheck: cannot read standard input: binary file (contains NUL bytes)\n'],
      );
    });
  });

  describe('globs', () => {
    it('checks the files a glob matches (picomatch: **, braces, classes), relative or absolute', () => {
      const folder = tempFolder({
        ...MILITANTS,
        'drafts/c.md': 'Officials said 12 people were injured.\n',
        'drafts/old/d.md': 'Nothing.\n',
        'notes.md': 'Nothing.\n',
      });
      const files = (...args: string[]): string[] =>
        JSON.parse(crosscheck(['check', '--format', 'json', ...args], folder).stdout).files;
      assert.deepEqual(files('drafts/**/*.md'), ['drafts/c.md', 'drafts/old/d.md']);
      assert.deepEqual(files('drafts/*.md'), ['drafts/c.md']);
      assert.deepEqual(files('./{a.txt,notes.md}'), ['a.txt', 'notes.md']);
      assert.deepEqual(files('**/[ab].txt'), ['a.txt', 'drafts/b.txt']);
      assert.deepEqual(files('notes.md', 'drafts/*.txt'), ['drafts/b.txt', 'notes.md']);
      assert.deepEqual(files(`${folder.split(path.sep).join('/')}/drafts/*.txt`), [
        path.relative(folder, path.join(folder, 'drafts/b.txt')),
      ]);
    });

    it('applies the configuration to the files a glob matches', () => {
      const folder = tempFolder({
        ...MILITANTS,
        'drafts/c.md': 'Nothing.\n',
        '.crosscheck.json': JSON.stringify({ exclude: ['**/*.md'] }),
      });
      assert.deepEqual(JSON.parse(crosscheck(['check', '--format', 'json', 'drafts/*'], folder).stdout).files, [
        'drafts/b.txt',
      ]);
    });
  });

  describe('--quiet and --verbose', () => {
    it('--quiet reports only warnings and errors, in every format', () => {
      const full: JsonReport = JSON.parse(crosscheck(['check', 'seeds', '--format', 'json']).stdout);
      const quiet: JsonReport = JSON.parse(crosscheck(['check', 'seeds', '--format', 'json', '--quiet']).stdout);
      assert.ok(full.conflicts.some((finding) => finding.severity === 'information' || finding.severity === 'hint'));
      assert.deepEqual(
        quiet.conflicts,
        full.conflicts.filter((finding) => finding.severity === 'warning' || finding.severity === 'error'),
      );
      assert.ok(quiet.conflicts.length > 0);
      const text = crosscheck(['check', 'seeds', '-q']);
      assert.match(
        text.stdout,
        new RegExp(
          `\\n${quiet.conflicts.length} findings in 5 files \\(${quiet.conflicts.length} warnings\\), from \\d+ claims\\.\\n$`,
        ),
      );
      assert.equal(crosscheck(['check', 'seeds', '--quiet', '--fail-on', 'hint']).status, 1);
    });

    it('--verbose tells what was read, what was skipped and why (the typed reason), and which settings applied', () => {
      const folder = tempFolder({
        ...MILITANTS,
        'sub/.crosscheck.json': JSON.stringify({ include: ['**/*.md'], exclude: ['old/**'] }),
        'sub/c.md': 'Nothing.\n',
        'sub/c.txt': 'Nothing.\n',
        'sub/old/d.md': 'Nothing.\n',
        'bad.txt': Buffer.from([0, 1, 2, 0]),
      });
      const result = crosscheck(['check', '--verbose'], folder);
      assert.equal(result.status, 0);
      assert.deepEqual(result.stderr.split('\n').filter(Boolean), [
        'crosscheck: skipped sub/c.txt [not-included]: matches no include glob of sub/.crosscheck.json',
        'crosscheck: skipped sub/old/d.md [excluded]: matches an exclude glob of sub/.crosscheck.json',
        'crosscheck: skipped bad.txt [binary]: binary file (contains NUL bytes)',
        'crosscheck: read a.txt: 1 claim(s)',
        'crosscheck: read drafts/b.txt: 1 claim(s)',
        'crosscheck: read sub/c.md: 0 claim(s), settings from sub/.crosscheck.json',
      ]);
      // Without --verbose: only what went wrong.
      assert.equal(
        crosscheck(['check'], folder).stderr,
        'crosscheck: skipped bad.txt: binary file (contains NUL bytes)\n',
      );
    });
  });

  describe('extract', () => {
    it('prints { claims, attributions } for one file, in JSON by default', () => {
      const result = crosscheck(['extract', 'seeds/000_753dc5942af7b371.txt']);
      assert.equal(result.status, 0, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.deepEqual(Object.keys(report).slice(0, 2), ['claims', 'attributions']);
      assert.ok(report.claims.length > 0);
      for (const claim of report.claims) assert.equal(claim.file, 'seeds/000_753dc5942af7b371.txt');
      for (const attribution of report.attributions) {
        assert.deepEqual(
          ['source', 'cue', 'line', 'character', 'endLine', 'endCharacter', 'content'].map(
            (key) => typeof attribution[key],
          ),
          ['string', 'string', 'number', 'number', 'number', 'number', 'string'],
        );
      }
    });

    it('reports no figure of a Markdown note from its code, HTML comments and attributes, URLs or footnote markers', () => {
      const note = 'test/core/fixtures/markdown/note.md';
      const result = crosscheck(['extract', note]);
      assert.equal(result.status, 0, result.stderr);
      const claims: Array<{ text: string; line: number }> = JSON.parse(result.stdout).claims;
      assert.deepEqual(
        claims.map((c) => [c.line, c.text]),
        [
          [6, '177 militants'],
          [8, 'at least 145 militants'],
          [8, 'two days'],
          [20, '12'],
          [23, '40 homes'],
          [24, '12 schools'],
          [26, '23 suspects'],
          [28, '31 civilians'],
          [32, '145'],
          [33, '31'],
          [33, '12'],
          [35, '92'],
          [38, '17 security personnel'],
        ],
      );
    });

    it('lists the claims for a person with --format text', () => {
      const result = crosscheck(['extract', '--format', 'text', 'seeds/002_f236f39115b0c122.txt']);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^seeds\/002_f236f39115b0c122\.txt: \d+ claims?, \d+ attributions?\n/);
      assert.match(result.stdout, /^ {2}7:1 +Militants Killed: 145 +\[145\]/m);
    });

    it('exits with 2 on a missing or unreadable file', () => {
      assert.equal(crosscheck(['extract', 'nope.txt']).stderr.split('\n')[0], 'crosscheck: no such file: nope.txt');
      const folder = tempFolder({ 'bad.txt': Buffer.from([0, 0, 0]) });
      const result = crosscheck(['extract', 'bad.txt'], folder);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^crosscheck: cannot read bad\.txt: .*binary/);
    });
  });

  describe('lsp', () => {
    it('starts the language server on stdio and answers initialize', async () => {
      const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
      try {
        const body = JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: { processId: null, rootUri: null, capabilities: {} },
        });
        server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        const response = await new Promise<{ id: number; result: { capabilities: Record<string, unknown> } }>(
          (resolve, reject) => {
            let received = Buffer.alloc(0);
            server.stdout.on('data', (chunk: Buffer) => {
              received = Buffer.concat([received, chunk]);
              for (;;) {
                const headerEnd = received.indexOf('\r\n\r\n');
                if (headerEnd < 0) return;
                const length = Number(
                  /Content-Length: (\d+)/i.exec(received.subarray(0, headerEnd).toString('ascii'))?.[1],
                );
                if (received.length < headerEnd + 4 + length) return;
                const message = JSON.parse(received.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
                received = received.subarray(headerEnd + 4 + length);
                if (message.id === 1) resolve(message);
              }
            });
            server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
          },
        );
        assert.equal(response.id, 1);
        assert.ok(response.result.capabilities.textDocumentSync !== undefined);
      } finally {
        server.kill();
      }
    });
  });
});
