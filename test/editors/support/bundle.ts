// Bundles the code that runs outside mocha: the code-server shim (an executable for runTests) and the
// extension-host suite (loaded by VS Code). Output under .e2e/out/, never committed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { E2E, ROOT } from './environment';

export const SHIM = path.join(E2E, 'out', 'code-server-shim.js');
export const HOST_SUITE = path.join(E2E, 'out', 'vscode-suite', 'index.js');

export async function bundleEditorHarness(): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    sourcemap: 'inline',
  } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'test/editors/vscode/codeServerShim.ts')],
      outfile: SHIM,
      banner: { js: '#!/usr/bin/env node' },
    }),
    // mocha stays external: inside VS Code it resolves from the project's node_modules (.e2e/ is inside the project)
    build({
      ...common,
      entryPoints: [path.join(ROOT, 'test/editors/vscode-suite/index.ts')],
      outfile: HOST_SUITE,
      external: ['vscode', 'mocha'],
    }),
  ]);
  fs.chmodSync(SHIM, 0o755);
}
