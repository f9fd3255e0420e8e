// Runs every mocha suite under test/ and ends with one plain summary line ("N passed, N failed, N skipped").
// Usage: tsx test/run.ts [--only core,lsp,...] [--skip editors] [--grep pattern]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import Mocha from 'mocha';

const { values } = parseArgs({
  options: { only: { type: 'string' }, skip: { type: 'string' }, grep: { type: 'string' } },
});
const only = values.only?.split(',');
const skip = values.skip?.split(',') ?? [];

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

async function main(): Promise<void> {
  const root = __dirname;
  const mocha = new Mocha({ reporter: 'spec', timeout: 10_000, grep: values.grep });
  for (const file of testFiles(root).sort()) {
    const group = path.relative(root, file).split(path.sep)[0];
    if ((only && !only.includes(group)) || skip.includes(group)) continue;
    mocha.addFile(file);
  }
  await mocha.loadFilesAsync();
  const runner = mocha.run();
  runner.on('end', () => {
    const stats = runner.stats!;
    const code = stats.failures > 0 || stats.passes === 0 ? 1 : 0;
    // Exit once the summary is written, as `mocha --exit` does: a handle a suite leaves open must not hang CI.
    process.stdout.write(`\ntests: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped\n`, () =>
      process.exit(code),
    );
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
