// What the extension's own code may do, checked on the parsed sources of server/src and client/src:
// no code evaluation, no processes, no network, and file writes only where a write is the feature.
import { strict as assert } from 'node:assert';
import { isStringLike, lineOf, scannedSources, SyntaxKind, walk, type ScannedFile } from './sourceScan';
import type { Node } from 'typescript/unstable/ast';

/** Node modules that start processes, open sockets or evaluate code. */
const FORBIDDEN_MODULES = [
  'child_process',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'tls',
  'dns',
  'vm',
  'cluster',
  'inspector',
];

const WRITE_METHODS = new Set([
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'createWriteStream',
  'mkdir',
  'mkdirSync',
  'mkdtemp',
  'mkdtempSync',
  'rename',
  'renameSync',
  'rm',
  'rmSync',
  'rmdir',
  'rmdirSync',
  'unlink',
  'unlinkSync',
  'copyFile',
  'copyFileSync',
  'cp',
  'cpSync',
  'symlink',
  'symlinkSync',
  'link',
  'linkSync',
  'truncate',
  'truncateSync',
  'chmod',
  'chmodSync',
  'utimes',
  'utimesSync',
]);

/** The only files that may write: each write there is the feature itself. */
const WRITERS: Record<string, string> = {
  'server/src/indexing/cache.ts': 'the persisted index, in the extension storage folder (temp file, then rename)',
  'server/src/cli/run.ts': 'the CLI writes a report to the path the user names with --output',
  'client/src/commands/exportReport.ts': 'Export Report writes to the file the user picks in the save dialog',
};

interface Hit {
  where: string;
  what: string;
}

function moduleName(specifier: string): string {
  return specifier.replace(/^node:/, '').split('/')[0];
}

function scan(visit: (scanned: ScannedFile, node: Node, hit: (what: string) => void) => void): Hit[] {
  const hits: Hit[] = [];
  for (const scanned of scannedSources()) {
    walk(scanned.sourceFile, (node) =>
      visit(scanned, node, (what) => hits.push({ where: `${scanned.file}:${lineOf(scanned, node)}`, what })),
    );
  }
  return hits;
}

function calleeName(node: Node): string | undefined {
  const call = node as Node & { expression: Node & { text?: string; name?: Node & { text?: string } } };
  if (call.expression.kind === SyntaxKind.Identifier) return call.expression.text;
  if (call.expression.kind === SyntaxKind.PropertyAccessExpression) return call.expression.name?.text;
  return undefined;
}

describe('security: what server/src and client/src may do', function () {
  this.timeout(60_000);

  it('scans a non-trivial number of source files', () => {
    const files = scannedSources().map((s) => s.file);
    assert.ok(files.includes('server/src/workspace/files.ts'), 'files.ts missing from the scan');
    assert.ok(
      files.some((f) => f.startsWith('client/src/')),
      'no client source in the scan',
    );
    console.log(`      security scan: ${files.length} source files`);
  });

  it('imports no module that starts processes, opens sockets or evaluates code', () => {
    const hits = scan((_scanned, node, hit) => {
      let specifier: Node | undefined;
      if (node.kind === SyntaxKind.ImportDeclaration || node.kind === SyntaxKind.ExportDeclaration) {
        specifier = (node as Node & { moduleSpecifier?: Node }).moduleSpecifier;
      } else if (node.kind === SyntaxKind.CallExpression) {
        const call = node as Node & { expression: Node & { text?: string }; arguments: readonly Node[] };
        const isRequire = call.expression.kind === SyntaxKind.Identifier && call.expression.text === 'require';
        const isImport = call.expression.kind === SyntaxKind.ImportKeyword;
        if (isRequire || isImport) specifier = call.arguments[0];
      }
      if (isStringLike(specifier) && FORBIDDEN_MODULES.includes(moduleName(specifier.text)))
        hit(`imports ${specifier.text}`);
    });
    assert.deepEqual(hits, []);
  });

  it('never calls eval, new Function or Function(...)', () => {
    const hits = scan((_scanned, node, hit) => {
      if (node.kind !== SyntaxKind.CallExpression && node.kind !== SyntaxKind.NewExpression) return;
      const callee = (node as Node & { expression: Node & { text?: string } }).expression;
      if (callee.kind !== SyntaxKind.Identifier) return;
      if (callee.text === 'eval' || callee.text === 'Function') hit(`calls ${callee.text}`);
    });
    assert.deepEqual(hits, []);
  });

  it('writes files only where writing is the feature', () => {
    const hits = scan((scanned, node, hit) => {
      if (WRITERS[scanned.file]) return;
      if (node.kind === SyntaxKind.CallExpression) {
        const name = calleeName(node);
        if (name && WRITE_METHODS.has(name)) hit(`calls ${name}`);
      } else if (node.kind === SyntaxKind.ImportSpecifier) {
        const name = node as Node & { propertyName?: Node & { text: string }; name: Node & { text: string } };
        const imported = (name.propertyName ?? name.name).text;
        if (WRITE_METHODS.has(imported)) hit(`imports ${imported}`);
      }
    });
    assert.deepEqual(hits, [], `only ${Object.keys(WRITERS).join(', ')} may write files`);
  });
});
