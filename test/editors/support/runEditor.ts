// Runs a headless editor script that writes what the editor saw as JSON to $OUT.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { E2E, editorEnvironment, SERVER_COMMAND } from './environment';
import { FILE_145, spotOf145 } from './seedFacts';

export interface EditorRun<T> {
  exitCode: number | null;
  output: string;
  seen: T;
  milliseconds: number;
}

export function runEditor<T>(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  outFile: string,
  timeoutMs: number,
): Promise<EditorRun<T>> {
  fs.rmSync(outFile, { force: true });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // its own process group, so that a timeout also ends the language server the editor started
    const child = spawn(command, args, {
      env: { ...env, OUT: outFile },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(killGroup, timeoutMs);
    child.on('error', reject);
    // 'exit', not 'close': a server left behind may hold the pipes open
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      killGroup();
      if (!fs.existsSync(outFile)) {
        reject(new Error(`${command} exited with ${exitCode} and wrote no result; output:\n${output.slice(-4000)}`));
        return;
      }
      resolve({
        exitCode,
        output,
        seen: JSON.parse(fs.readFileSync(outFile, 'utf8')) as T,
        milliseconds: Date.now() - started,
      });
    });
  });
}

/** What an insertion-only edit added: the text of `after` that is not in `before` (common prefix/suffix removed). */
export function insertedText(before: string, after: string): { at: number; removed: string; inserted: string } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  return {
    at: prefix,
    removed: before.slice(prefix, before.length - suffix),
    inserted: after.slice(prefix, after.length - suffix),
  };
}

/**
 * Runs a headless editor's LSP script against Crosscheck on 002 of a seed workspace: the script opens the file,
 * waits for diagnostics, hovers "145" and applies the code action titled `actionTitle`.
 */
export function runSeedLspScript<T>(
  name: string,
  command: string,
  args: string[],
  workspace: string,
  actionTitle: string,
): Promise<EditorRun<T>> {
  const spot = spotOf145();
  return runEditor<T>(
    command,
    args,
    {
      ...editorEnvironment(name),
      LSP_TEST_FILE: path.join(workspace, FILE_145),
      LSP_ROOT: workspace,
      LSP_CMD: JSON.stringify(SERVER_COMMAND),
      HOVER_LINE: String(spot.line),
      HOVER_CHAR: String(spot.character + 1),
      ACTION_TITLE: actionTitle,
      TIMEOUT_MS: '30000',
    },
    path.join(E2E, 'work', name, 'seen.json'),
    120_000,
  );
}
