// The built CLI (`node dist/cli.js check`, run `npm run build` first) over a folder of bad files: each skipped
// file is named on stderr with its reason, the readable ones are checked, and the exit status is 2 only when
// nothing at all could be read.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

function runCli(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI over bad files', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  });
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cli-bad-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips binary files, FIFOs, dangling links and link loops with a reason each, reads the rest, exits 0', () => {
    const bad = path.join(dir, 'bad');
    fs.mkdirSync(path.join(bad, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(bad, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    fs.writeFileSync(
      path.join(bad, 'invalid.txt'),
      Buffer.concat([
        Buffer.from('At least 31 civilians were killed '),
        Buffer.from([0xff]),
        Buffer.from(' on Saturday.\n'),
      ]),
    );
    fs.writeFileSync(
      path.join(bad, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('18 civilians were killed on Saturday.\n', 'utf16le')]),
    );
    fs.writeFileSync(path.join(bad, 'empty.md'), '');
    fs.symlinkSync('..', path.join(bad, 'sub', 'up'));
    fs.symlinkSync('nowhere.txt', path.join(bad, 'dangling.txt'));
    execFileSync('mkfifo', [path.join(bad, 'pipe.txt')]);
    const result = runCli(dir, ['check', 'bad', '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stderr.split('\n').filter(Boolean).sort(), [
      'crosscheck: skipped bad/dangling.txt: broken symbolic link or file removed while listing',
      'crosscheck: skipped bad/pipe.txt: not a regular file (device, FIFO or socket)',
      'crosscheck: skipped bad/scan.txt: binary file (contains NUL bytes)',
      `crosscheck: skipped bad/sub/up: folder already listed as ${fs.realpathSync(bad)} (symbolic link loop or duplicate)`,
    ]);
    const report = JSON.parse(result.stdout) as { files: string[]; claims: { file: string; text: string }[] };
    assert.deepEqual(report.files, ['bad/empty.md', 'bad/invalid.txt', 'bad/utf16.txt']);
    assert.deepEqual(
      report.claims.map((c) => [c.file, c.text]).filter(([, text]) => /civilians/.test(text)),
      [
        ['bad/invalid.txt', 'At least 31 civilians'],
        ['bad/utf16.txt', '18 civilians'],
      ],
    );
  });

  it('exits 2 with one line per skipped file when nothing could be read', () => {
    fs.mkdirSync(path.join(dir, 'only-bad'));
    fs.writeFileSync(path.join(dir, 'only-bad', 'a.txt'), Buffer.from([0, 0, 0]));
    fs.writeFileSync(path.join(dir, 'only-bad', 'b.md'), Buffer.alloc(64, 0x01));
    const result = runCli(dir, ['check', 'only-bad']);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    const lines = result.stderr.split('\n').filter(Boolean);
    assert.deepEqual(lines.slice(0, 2).sort(), [
      'crosscheck: skipped only-bad/a.txt: binary file (contains NUL bytes)',
      'crosscheck: skipped only-bad/b.md: binary file (100% control characters)',
    ]);
    assert.match(lines[2], /none of the 2 file\(s\) in only-bad could be read/);
  });
});
