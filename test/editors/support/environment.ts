// Where the real-editor tests keep their state, how they install editors on demand, and fresh
// copies of the seed workspace. Everything lives under .e2e/ (git-ignored).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const E2E = path.join(ROOT, '.e2e');
export const SEEDS = path.join(ROOT, 'seeds');
export const INSTALL_SCRIPT = path.join(ROOT, 'scripts', 'e2e', 'install.sh');
export const IN_CI = process.env.CI === 'true';

export type InstallStep = 'apt' | 'tools' | 'vscode-1.100.3' | 'vscode-1.139.1';

/**
 * Runs scripts/e2e/install.sh for the given steps (a no-op when already installed). When it fails,
 * the suite is skipped on a developer's machine, but fails in CI: a missing editor is never a skip there.
 */
export function ensureInstalled(context: Mocha.Context, steps: InstallStep[]): void {
  try {
    const output = execFileSync('bash', [INSTALL_SCRIPT, ...steps], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const installing = output.split('\n').filter((line) => line.includes('done in'));
    if (installing.length > 1) console.log(installing.map((line) => `      ${line}`).join('\n'));
  } catch (error) {
    const detail = error as { stderr?: string; stdout?: string; message: string };
    const reason = `scripts/e2e/install.sh ${steps.join(' ')} failed: ${detail.stderr || detail.stdout || detail.message}`;
    if (IN_CI) throw new Error(reason, { cause: error });
    console.log(`      skipped: ${reason.slice(0, 500)}`);
    context.skip();
  }
}

/** Fails (in CI) or skips the suite when a program is not on PATH after the install. */
export function requireProgram(context: Mocha.Context, program: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
  } catch {
    if (IN_CI) throw new Error(`${program} is not installed (scripts/e2e/install.sh should have installed it)`);
    context.skip();
  }
}

/** HOME, XDG folders and TMPDIR inside .e2e/, so that editors and browsers write nothing elsewhere. */
export function editorEnvironment(name: string): NodeJS.ProcessEnv {
  const home = path.join(E2E, 'home', name);
  const tmp = path.join(E2E, 'tmp', name);
  for (const dir of [home, tmp]) fs.mkdirSync(dir, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    TMPDIR: tmp,
  };
}

/** A fresh copy of seeds/ that an editor may change, under .e2e/work/<name>/seeds. */
export function freshSeedWorkspace(name: string): string {
  const workspace = path.join(E2E, 'work', name, 'seeds');
  fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  fs.mkdirSync(workspace, { recursive: true });
  for (const file of fs.readdirSync(SEEDS)) {
    fs.copyFileSync(path.join(SEEDS, file), path.join(workspace, file));
    fs.chmodSync(path.join(workspace, file), 0o644); // the checkout's seeds may be read-only
  }
  return workspace;
}

/**
 * The language server as every LSP editor starts it: `node dist/cli.js lsp --stdio`.
 * CROSSCHECK_E2E_SERVER (a server script taking --stdio) replaces it when debugging the harness.
 */
export const SERVER_COMMAND = process.env.CROSSCHECK_E2E_SERVER
  ? [process.execPath, process.env.CROSSCHECK_E2E_SERVER, '--stdio']
  : [process.execPath, path.join(ROOT, 'dist', 'cli.js'), 'lsp', '--stdio'];

export function requireBuild(): void {
  for (const bundle of ['cli.js', 'server.js', 'client.js']) {
    if (!fs.existsSync(path.join(ROOT, 'dist', bundle)))
      throw new Error(`dist/${bundle} is missing: run npm run build first`);
  }
}
