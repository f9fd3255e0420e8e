// The packaged extension holds only what runs (package.json's `files`, shared with the npm package): `vsce ls`
// on the checkout, and a real `vsce package` of the same files unzipped.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PACKAGED_FILES } from './packagedFiles';

const root = path.resolve(__dirname, '../..');
const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');

/** Every file the .vsix must hold, and nothing else: the same `files` list as the npm package. */
function expectedFiles(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const grammars: string[] = manifest.contributes.grammars.map((grammar: { path: string }) =>
    path.posix.normalize(grammar.path),
  );
  for (const grammar of grammars) assert.ok(PACKAGED_FILES.includes(grammar), grammar);
  return PACKAGED_FILES;
}

function runVsce(args: string[], cwd: string): string {
  return execFileSync(process.execPath, [vsce, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the packaged extension (.vsix)', function () {
  this.timeout(120_000);

  it('vsce ls lists exactly the bundles, grammar, media, schema, manifest, README, CHANGELOG and LICENSE', () => {
    const listed = runVsce(['ls', '--no-dependencies'], root)
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '')
      .sort();
    assert.deepEqual(listed, expectedFiles());
  });

  it('vsce package builds a .vsix of those files, with no source, test, seed or node_modules', () => {
    const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-vsix-'));
    try {
      for (const file of expectedFiles()) {
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
      const renamed: Record<string, string> = {
        LICENSE: 'LICENSE.txt',
        'README.md': 'readme.md',
        'CHANGELOG.md': 'changelog.md',
      };
      const shipped = expectedFiles().map((file) => `extension/${renamed[file] ?? file}`);
      assert.deepEqual(entries, ['[Content_Types].xml', 'extension.vsixmanifest', ...shipped].sort());
    } finally {
      fs.rmSync(stage, { recursive: true, force: true });
    }
  });
});
