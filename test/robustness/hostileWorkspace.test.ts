// Issue 17 through the built CLI (`npm run build` first): a workspace that links outside itself, a committed
// .crosscheck.json with hostile keys or a catastrophic glob, file names with control characters.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

function runCli(
  cwd: string,
  args: string[],
  timeout = 60_000,
): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

describe('CLI in a hostile workspace (issue 17)', function () {
  this.timeout(120_000);
  let dir: string;
  let workspace: string;
  let outside: string;

  before(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  });
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-hostile-')));
    workspace = path.join(dir, 'workspace');
    outside = path.join(dir, 'private');
    fs.mkdirSync(path.join(workspace, 'sub'), { recursive: true });
    fs.mkdirSync(path.join(outside, 'deep'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'a.txt'), 'Officials said 12 people were injured.\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('does not follow symbolic links that resolve outside the paths named (a file, a folder, the root), one line each', () => {
    fs.writeFileSync(path.join(outside, 'notes.md'), 'Officials said 99 people were injured.\n');
    fs.writeFileSync(path.join(outside, 'deep', 'x.txt'), 'Officials said 98 people were injured.\n');
    fs.symlinkSync(path.join(outside, 'notes.md'), path.join(workspace, 'notes.md'));
    fs.symlinkSync(outside, path.join(workspace, 'private'));
    fs.symlinkSync('/', path.join(workspace, 'root'));
    fs.symlinkSync('../a.txt', path.join(workspace, 'sub', 'inside.txt'));
    const result = runCli(workspace, ['check', '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stderr.split('\n').filter(Boolean), [
      `crosscheck: skipped notes.md: symbolic link to ${path.join(outside, 'notes.md')}, outside the folders being read: not followed`,
      `crosscheck: skipped private: symbolic link to ${outside}, outside the folders being read: not followed`,
      'crosscheck: skipped root: symbolic link to /, outside the folders being read: not followed',
    ]);
    const report = JSON.parse(result.stdout) as { files: string[]; claims: { text: string }[] };
    assert.deepEqual(report.files, ['a.txt', 'sub/inside.txt'], 'a link inside the workspace is followed');
    assert.ok(!result.stdout.includes('99 people') && !result.stdout.includes('98 people'));
    // Named on the command line, the outside folder is read.
    const named = runCli(workspace, ['check', '--format', 'json', outside]);
    assert.deepEqual(JSON.parse(named.stdout).files, ['../private/deep/x.txt', '../private/notes.md']);
  });

  it('reads a .crosscheck.json whose synonyms or severities are named "constructor" or "__proto__", exit 0', () => {
    const seeds = path.resolve(__dirname, '..', '..', 'seeds');
    for (const name of fs.readdirSync(seeds).filter((n) => n.endsWith('.txt')))
      fs.copyFileSync(path.join(seeds, name), path.join(workspace, name));
    const plain = runCli(workspace, ['check', '--format', 'json']);
    assert.ok((JSON.parse(plain.stdout) as { conflicts: unknown[] }).conflicts.length > 0);
    for (const key of ['constructor', '__proto__']) {
      fs.writeFileSync(
        path.join(workspace, '.crosscheck.json'),
        `{"synonyms":{"${key}":["x"]},"severities":{"${key}":"error"}}`,
      );
      const result = runCli(workspace, ['check', '--format', 'json']);
      assert.equal(result.status, 0, result.stderr);
      assert.match(
        result.stderr,
        new RegExp(`^crosscheck: .crosscheck.json: "severities\\.${key}": unknown kind of finding`),
      );
      assert.equal(result.stdout, plain.stdout);
    }
  });

  it('refuses a catastrophic glob in .crosscheck.json at once, beside a file named by 60 "a"', () => {
    fs.writeFileSync(path.join(workspace, '.crosscheck.json'), '{"include":["**a**a**a**a**a**a**a**a**a**b"]}');
    fs.writeFileSync(path.join(workspace, 'a'.repeat(60)), 'Officials said 13 people were injured.\n');
    fs.writeFileSync(path.join(workspace, `${'a'.repeat(60)}.txt`), 'Officials said 13 people were injured.\n');
    const result = runCli(workspace, ['check', '--format', 'json'], 30_000);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stderr,
      'crosscheck: .crosscheck.json: "include": the glob "**a**a**a**a**a**a**a**a**a**b" has 10 wildcards ("*" or "**"); at most 3 are allowed, as matching more can take minutes\n',
    );
    assert.deepEqual(
      JSON.parse(result.stdout).files,
      ['a.txt', `${'a'.repeat(60)}.txt`],
      'the default include globs stand',
    );
    assert.ok(result.ms < 20_000, `${result.ms} ms`);
  });

  it('escapes control characters of file names and text in the text report, colours off', () => {
    const seeds = path.resolve(__dirname, '..', '..', 'seeds');
    const names = fs
      .readdirSync(seeds)
      .filter((n) => n.endsWith('.txt'))
      .sort();
    const evil = 'evil\x1b]0;pwned\x07\r\u202e.txt';
    fs.copyFileSync(path.join(seeds, names[0]), path.join(workspace, evil));
    for (const name of names.slice(1)) fs.copyFileSync(path.join(seeds, name), path.join(workspace, name));
    fs.appendFileSync(
      path.join(workspace, names[1]),
      '\nThe \x1b[2Jofficial\x08 toll: 31 civilians were killed, officials said.\n',
    );
    const result = runCli(workspace, ['check', '--no-color']);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.includes('evil\\x1b]0;pwned\\x07\\r\\u202e.txt:'), result.stdout);
    assert.doesNotMatch(result.stdout, /[\x00-\x09\x0b-\x1f\x7f\u202e]/, 'no control character but line breaks');
    const extract = runCli(workspace, ['extract', '--format', 'text', evil]);
    assert.equal(extract.status, 0, extract.stderr);
    assert.ok(extract.stdout.startsWith('evil\\x1b]0;pwned\\x07\\r\\u202e.txt: '), extract.stdout.slice(0, 80));
    assert.doesNotMatch(extract.stdout, /[\x00-\x09\x0b-\x1f\x7f\u202e]/);
  });

  it('escapes control characters of file names on stderr too (skipped and --verbose lines)', () => {
    const evil = 'bin\x1b]0;pwned\x07\u202e.txt';
    fs.writeFileSync(path.join(workspace, evil), Buffer.from([0x00, 0x01, 0x02, 0x00, 0x00]));
    const result = runCli(workspace, ['check', '--no-color', '--verbose']);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stderr.includes('crosscheck: skipped bin\\x1b]0;pwned\\x07\\u202e.txt [binary]: '), result.stderr);
    assert.doesNotMatch(result.stderr, /[\x00-\x09\x0b-\x1f\x7f\u202e]/, 'no control character but line breaks');
  });
});
