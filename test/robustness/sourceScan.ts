// Parses the extension's own sources (server/src, client/src) with the TypeScript compiler API (typescript 7's
// sync API, which runs the native compiler) so that tests can inspect every regular expression and import.
import * as path from 'node:path';
import { API } from 'typescript/unstable/sync';
import { SyntaxKind, type Node, type SourceFile } from 'typescript/unstable/ast';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SCANNED_FOLDERS = ['server/src', 'client/src'];

export interface ScannedFile {
  /** Repository-relative path with forward slashes. */
  file: string;
  text: string;
  sourceFile: SourceFile;
}

let cached: ScannedFile[] | undefined;

/** Every .ts file of server/src and client/src that tsconfig.json includes, parsed. */
export function scannedSources(): ScannedFile[] {
  if (cached) return cached;
  const api = new API({ cwd: REPO_ROOT });
  try {
    const snapshot = api.updateSnapshot({ openProject: path.join(REPO_ROOT, 'tsconfig.json') });
    const program = snapshot.getProjects()[0].program;
    const files: ScannedFile[] = [];
    for (const name of program.getSourceFileNames()) {
      const file = path.relative(REPO_ROOT, name).split(path.sep).join('/');
      if (!SCANNED_FOLDERS.some((folder) => file.startsWith(folder + '/'))) continue;
      const sourceFile = program.getSourceFile(name);
      if (!sourceFile) throw new Error(`the compiler has no source file for ${name}`);
      files.push({ file, text: sourceFile.text, sourceFile });
    }
    cached = files.sort((a, b) => a.file.localeCompare(b.file));
    return cached;
  } finally {
    api.close();
  }
}

/** Calls `visit` on every node of the file, depth first. */
export function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  node.forEachChild((child) => {
    walk(child, visit);
    return undefined;
  });
}

/** 1-based line of a node's first token. */
export function lineOf(scanned: ScannedFile, node: Node): number {
  const start = node.getStart(scanned.sourceFile);
  let line = 1;
  for (let i = scanned.text.indexOf('\n'); i !== -1 && i < start; i = scanned.text.indexOf('\n', i + 1)) line++;
  return line;
}

export function isStringLike(node: Node | undefined): node is Node & { text: string } {
  return (
    node !== undefined &&
    (node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral)
  );
}

export { SyntaxKind };

/** The module specifiers a file imports (import and export declarations, require() and import() calls), with their lines. */
export function importsOf(scanned: ScannedFile): { specifier: string; line: number }[] {
  const found: { specifier: string; line: number }[] = [];
  walk(scanned.sourceFile, (node) => {
    let specifier: Node | undefined;
    if (node.kind === SyntaxKind.ImportDeclaration || node.kind === SyntaxKind.ExportDeclaration) {
      specifier = (node as Node & { moduleSpecifier?: Node }).moduleSpecifier;
    } else if (node.kind === SyntaxKind.CallExpression) {
      const call = node as Node & { expression: Node & { text?: string }; arguments: readonly Node[] };
      const isRequire = call.expression.kind === SyntaxKind.Identifier && call.expression.text === 'require';
      if (isRequire || call.expression.kind === SyntaxKind.ImportKeyword) specifier = call.arguments[0];
    }
    if (isStringLike(specifier)) found.push({ specifier: specifier.text, line: lineOf(scanned, node) });
  });
  return found;
}
