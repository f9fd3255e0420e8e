// The `crosscheck` command line: check, extract, lsp.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument, detectFindings } from '../core';
import type { DocumentAnalysis } from '../core';
import { listTextFiles, readTextFile } from '../workspace/files';

const USAGE = `usage: crosscheck check [paths...] [--format text|json]
       crosscheck extract <file> [--format text|json]
       crosscheck lsp --stdio`;

function fail(message: string): never {
  process.stderr.write(`crosscheck: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function analyzePaths(paths: string[]): DocumentAnalysis[] {
  const files = listTextFiles(paths.length ? paths : ['.']);
  const docs: DocumentAnalysis[] = [];
  for (const file of files) {
    const read = readTextFile(file);
    if ('error' in read) {
      process.stderr.write(`crosscheck: skipped ${file}: ${read.error}\n`);
      continue;
    }
    docs.push(analyzeDocument(read.text, path.relative(process.cwd(), file).split(path.sep).join('/')));
  }
  if (docs.length === 0) fail(`no readable .txt or .md files in ${paths.join(' ') || '.'}`);
  return docs;
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command === 'lsp') {
    require('../startServer').startServer();
    return;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
  } catch (e) {
    fail((e as Error).message);
  }
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'json') fail(`unknown format "${format}"`);
  if (command === 'check') {
    const docs = analyzePaths(parsed.positionals);
    const findings = detectFindings(docs);
    const claims = docs.flatMap((d) => d.claims);
    if (format === 'json') {
      process.stdout.write(JSON.stringify({ files: docs.map((d) => d.file), claims, conflicts: findings }, null, 2) + '\n');
    } else {
      for (const f of findings) process.stdout.write(`${f.severity}: ${f.message}\n`);
      process.stdout.write(`${findings.length} finding(s) in ${docs.length} file(s)\n`);
    }
  } else if (command === 'extract') {
    if (parsed.positionals.length !== 1) fail('extract takes exactly one file');
    const doc = analyzePaths(parsed.positionals)[0];
    process.stdout.write(JSON.stringify({ claims: doc.claims, attributions: doc.attributions }, null, 2) + '\n');
  } else {
    fail(command ? `unknown command "${command}"` : 'no command given');
  }
}

main(process.argv.slice(2));
