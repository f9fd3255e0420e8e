// The npm package as a user gets it: `npm pack` (its prepack builds dist/), the tarball installed into an empty
// folder without the registry, and the installed `crosscheck` command run on the seeds from there.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PACKAGED_FILES } from './packagedFiles';

const root = path.resolve(__dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package (npm pack, installed from the tarball)', function () {
  this.timeout(90_000);
  let stage: string;
  let installed: string;
  let packed: { filename: string; files: { path: string }[] };

  before(() => {
    stage = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-npm-'));
    // prepack builds dist/ (production bundles) before the files are collected.
    const out = execFileSync(npm, ['pack', '--json', '--pack-destination', stage], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    packed = JSON.parse(out.slice(out.indexOf('[')))[0];
    installed = path.join(stage, 'empty');
    fs.mkdirSync(installed);
    // --offline: the package needs nothing from the registry (its bundles hold its dependencies).
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', path.join(stage, packed.filename)], {
      cwd: installed,
      stdio: 'pipe',
    });
  });

  after(() => {
    fs.rmSync(stage, { recursive: true, force: true });
    // prepack left production bundles in dist/: the next suites (and the developer) get `npm run build`'s again.
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
  });

  it('holds exactly the built CLI and extension, their assets, README, CHANGELOG and LICENSE', () => {
    assert.deepEqual(packed.files.map((file) => file.path).sort(), PACKAGED_FILES);
  });

  it('is publishable: metadata, no dependency to fetch, nothing built at install', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'node_modules/crosscheck/package.json'), 'utf8'));
    assert.equal(manifest.private, undefined);
    for (const key of ['name', 'version', 'description', 'license', 'repository', 'bugs', 'homepage'])
      assert.ok(manifest[key], key);
    assert.equal(manifest.engines.node, '>=20');
    assert.equal(manifest.dependencies, undefined);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
      assert.equal(manifest.scripts[script], undefined, script);
    assert.equal(manifest.scripts.prepack, 'node scripts/build.mjs --production');
    assert.deepEqual(
      fs.readdirSync(path.join(installed, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['crosscheck'],
    );
  });

  it('runs `crosscheck --help` and `crosscheck --version` from the install', () => {
    const bin = path.join(installed, 'node_modules/.bin/crosscheck');
    const help = run(bin, ['--help'], installed);
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Crosscheck finds numeric claims/);
    assert.deepEqual(run(bin, ['--version'], installed), {
      status: 0,
      stdout: `${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`,
      stderr: '',
    });
  });

  it('runs `crosscheck check` on the seeds from the install', () => {
    const seeds = path.join(stage, 'seeds');
    fs.cpSync(path.join(root, 'seeds'), seeds, { recursive: true });
    const result = run(
      path.join(installed, 'node_modules/.bin/crosscheck'),
      ['check', '../seeds', '--format', 'json'],
      installed,
    );
    assert.equal(result.stderr, '');
    const report = JSON.parse(result.stdout);
    assert.deepEqual(
      report.files,
      fs
        .readdirSync(seeds)
        .sort()
        .map((name) => `../seeds/${name}`),
    );
    const claimsById = new Map(report.claims.map((claim: { id: string }) => [claim.id, claim]));
    const figures = report.conflicts.map((finding: { claims: string[] }) =>
      finding.claims.map((id) => (claimsById.get(id) as { value: { stated: unknown } } | undefined)?.value.stated),
    );
    assert.ok(
      figures.some((stated: unknown[]) => stated.includes(145) && stated.includes(177)),
      JSON.stringify(figures),
    );
  });

  it('indexes many files on its worker threads from the install (dist/worker.js is shipped)', () => {
    const many = path.join(stage, 'many');
    fs.mkdirSync(many);
    // 64 files and more are indexed on worker threads; a worker that cannot start is reported on stderr.
    for (let i = 0; i < 70; i++)
      fs.writeFileSync(
        path.join(many, `${String(i).padStart(2, '0')}.txt`),
        `Officials said ${i + 10} people were injured.\n`,
      );
    const result = run(
      path.join(installed, 'node_modules/.bin/crosscheck'),
      ['check', many, '--format', 'json'],
      installed,
    );
    assert.equal(result.stderr, '');
    assert.equal(JSON.parse(result.stdout).files.length, 70);
  });
});
