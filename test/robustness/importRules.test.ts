// The layers' import rules (ARCHITECTURE.md), checked on the compiler's view of every source file: the core and
// the service know nothing of LSP or the file system; the host (the node world: disk, indexer, settings) knows
// nothing of LSP; the LSP layer reads no files, and its request modules hold no server state (they get the service
// and plain options, never the session or the host).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { importsOf, scannedSources } from './sourceScan';
import type { ScannedFile } from './sourceScan';

const LSP = /^vscode-languageserver|^vscode-jsonrpc|^vscode$/;
const FILE_SYSTEM = /^(node:)?fs(\/promises)?$/;

/** The LSP layer's modules that wire the server's state (the others are one module per request). */
const LSP_WIRING = [
  'configuration.ts',
  'documentSync.ts',
  'fileWatching.ts',
  'lifecycle.ts',
  'requests.ts',
  'session.ts',
].map((f) => `server/src/features/${f}`);
/** Server state: the session (features/session.ts) and everything of the host. */
const SERVER_STATE = (to: string) => to === 'server/src/features/session' || to.startsWith('server/src/host/');

/** Where an import leads: a repository path for relative imports, else the package name. */
function target(scanned: ScannedFile, specifier: string): string {
  return specifier.startsWith('.') ? path.posix.join(path.posix.dirname(scanned.file), specifier) : specifier;
}

/** "file:line imports X" for every import of the files under `folder` (or in `files`) that `forbidden` refuses. */
function violations(select: (file: string) => boolean, forbidden: (target: string) => boolean): string[] {
  const hits: string[] = [];
  for (const scanned of scannedSources()) {
    if (!select(scanned.file)) continue;
    for (const { specifier, line } of importsOf(scanned)) {
      if (forbidden(target(scanned, specifier))) hits.push(`${scanned.file}:${line} imports ${specifier}`);
    }
  }
  return hits;
}

const under = (folder: string) => (file: string) => file.startsWith(folder + '/');
const outside = (folder: string) => (to: string) => to.startsWith('server/src/') && !to.startsWith(folder + '/');

describe('import rules of the layers', function () {
  this.timeout(60_000);

  it('the core imports nothing from LSP, the file system or the rest of the server', () => {
    assert.deepEqual(
      violations(
        under('server/src/core'),
        (to) => LSP.test(to) || FILE_SYSTEM.test(to) || outside('server/src/core')(to),
      ),
      [],
    );
  });

  it('the service imports nothing from LSP or the file system, and of the server only the core and the protocol types', () => {
    const allowed = (to: string) =>
      to.startsWith('server/src/core') || to.startsWith('server/src/service/') || to === 'server/src/protocol';
    assert.deepEqual(
      violations(
        under('server/src/service'),
        (to) => LSP.test(to) || FILE_SYSTEM.test(to) || (to.startsWith('server/src/') && !allowed(to)),
      ),
      [],
    );
  });

  it('no module of the LSP layer reads files itself, and the request modules hold no server state', () => {
    assert.deepEqual(
      violations(under('server/src/features'), (to) => FILE_SYSTEM.test(to)),
      [],
    );
    const requestModule = (file: string) => under('server/src/features')(file) && !LSP_WIRING.includes(file);
    assert.deepEqual(violations(requestModule, SERVER_STATE), []);
  });

  it('the host imports nothing from LSP (the session hands it what it needs as plain interfaces)', () => {
    assert.deepEqual(
      violations(under('server/src/host'), (to) => LSP.test(to)),
      [],
    );
  });

  it('one glob engine: picomatch is imported by core/config.ts alone (globMatcher, globProblem, globScan)', () => {
    const importers = scannedSources()
      .filter((s) => importsOf(s).some((i) => i.specifier === 'picomatch'))
      .map((s) => s.file);
    assert.deepEqual(importers, ['server/src/core/config.ts']);
  });

  it('there is no session/ folder any more: the server state is features/session.ts, the node world host/', () => {
    assert.deepEqual(
      scannedSources()
        .filter((s) => s.file.startsWith('server/src/session/'))
        .map((s) => s.file),
      [],
    );
  });

  it('finds the imports it checks (a rule that sees no import cannot fail)', () => {
    const hover = scannedSources().find((s) => s.file === 'server/src/features/hover.ts')!;
    assert.ok(importsOf(hover).some((i) => i.specifier === 'vscode-languageserver/node'));
    assert.ok(
      violations(under('server/src/host'), (to) => FILE_SYSTEM.test(to)).length > 0,
      'the host reads files: the rule must see it',
    );
    const wiring = (file: string) => LSP_WIRING.includes(file);
    assert.ok(
      violations(wiring, SERVER_STATE).length > 0,
      'the wiring modules hold the session: the request-module rule must see it',
    );
    assert.ok(
      violations(under('server/src/features'), (to) => LSP.test(to)).length > 0,
      'the LSP layer imports LSP: the host rule must see it',
    );
  });
});
