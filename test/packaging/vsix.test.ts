// The packaged extension holds only what runs: `vsce ls` on the checkout, and a real `vsce package`
// of the same files unzipped.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');

/** The grammars package.json contributes, as paths relative to the root. */
function contributedGrammars(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return manifest.contributes.grammars.map((grammar: { path: string }) => path.posix.normalize(grammar.path));
}

/** Every file the .vsix must hold, and nothing else (README.md once the project has one). */
function expectedFiles(): string[] {
  return [
    'LICENSE',
    'dist/client.js',
    'dist/server.js',
    'dist/worker.js',
    'media/activity-bar.svg',
    'media/icon.png',
    'media/walkthrough/cite.md',
    'media/walkthrough/export.md',
    'media/walkthrough/first-finding.md',
    'media/walkthrough/open-folder.md',
    'media/walkthrough/timeline.md',
    'package.json',
    ...(fs.existsSync(path.join(root, 'README.md')) ? ['README.md'] : []),
    ...contributedGrammars(),
  ].sort();
}

function runVsce(args: string[], cwd: string): string {
  return execFileSync(process.execPath, [vsce, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the packaged extension (.vsix)', function () {
  this.timeout(120_000);

  it('vsce ls lists exactly the bundles, grammar, media, manifest, README and LICENSE', () => {
    const listed = runVsce(['ls', '--no-dependencies'], root)
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .sort();
    assert.deepEqual(listed, expectedFiles());
  });

  it('vsce package builds a .vsix of those files, with no source, test, seed or node_modules', () => {
    const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-vsix-'));
    try {
      for (const file of [...expectedFiles(), '.vscodeignore']) {
        fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
        fs.copyFileSync(path.join(root, file), path.join(stage, file));
      }
      // The staged copy is packaged as it is: the production rebuild of dist/ is not this test's business.
      const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
      delete manifest.scripts['vscode:prepublish'];
      fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
      runVsce(['package', '--no-dependencies', '--out', 'crosscheck.vsix'], stage);
      const entries = execFileSync('unzip', ['-Z1', path.join(stage, 'crosscheck.vsix')], { encoding: 'utf8' })
        .split(/\r?\n/)
        .filter((line) => line !== '')
        .sort();
      const shipped = expectedFiles().map((file) => `extension/${file === 'LICENSE' ? 'LICENSE.txt' : file === 'README.md' ? 'readme.md' : file}`);
      assert.deepEqual(entries, ['[Content_Types].xml', 'extension.vsixmanifest', ...shipped].sort());
    } finally {
      fs.rmSync(stage, { recursive: true, force: true });
    }
  });
});
