// The server's file filters (include, exclude and files.exclude globs) and the listing's stats.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isIncluded } from '../../server/src/host/indexing';
import { listTextFilesWithSkips } from '../../server/src/workspace/files';

describe('file filters', () => {
  const include = ['**/*.txt', '**/*.md'];

  it('takes a path that an include glob matches and no exclude glob does', () => {
    assert.equal(isIncluded('reports/a.txt', include, []), true);
    assert.equal(isIncluded('reports/a.json', include, []), false);
    assert.equal(isIncluded('.hidden/a.md', include, []), true, 'dot folders match like any other');
    assert.equal(isIncluded('a.txt', [], ['drafts/**']), true, 'no include glob: everything is included');
  });

  it('excludes a file when a glob matches it or any folder above it', () => {
    assert.equal(isIncluded('node_modules/pkg/readme.md', include, ['**/node_modules']), false);
    assert.equal(isIncluded('drafts/2026/a.txt', include, ['drafts']), false);
    assert.equal(isIncluded('drafts/2026/a.txt', include, ['**/2026']), false);
    assert.equal(isIncluded('final/2026/a.txt', include, ['drafts', '**/*.md']), true);
    assert.equal(isIncluded('final/2026/a.md', include, ['drafts', '**/*.md']), false);
  });

  it('gives the same answers when the same globs are asked again (compiled once)', () => {
    for (let i = 0; i < 3; i++) {
      assert.equal(isIncluded('drafts/a.txt', include, ['drafts']), false);
      assert.equal(isIncluded('final/a.txt', include, ['drafts']), true);
    }
  });

  it('lists each file with the size and modification time it had while listing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-list-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'twelve bytes');
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'sub', 'b.md'), '');
      fs.writeFileSync(path.join(dir, 'c.json'), '{}');
      const { files, stats } = listTextFilesWithSkips([dir]);
      assert.deepEqual(files, [path.join(dir, 'a.txt'), path.join(dir, 'sub', 'b.md')]);
      assert.deepEqual([...stats.keys()].sort(), files);
      assert.equal(stats.get(path.join(dir, 'a.txt'))!.size, 12);
      assert.equal(stats.get(path.join(dir, 'a.txt'))!.mtimeMs, fs.statSync(path.join(dir, 'a.txt')).mtimeMs);
      assert.equal(stats.get(path.join(dir, 'sub', 'b.md'))!.size, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
