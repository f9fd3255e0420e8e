// Starts the VS Code server that ships in code-server (lib/vscode/out/server-main.js) on a free port.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export interface VsCodeServer {
  port: number;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function serverMainOf(codeServerDir: string): string {
  const serverMain = path.join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');
  if (!fs.existsSync(serverMain)) throw new Error(`no VS Code server at ${serverMain}`);
  return serverMain;
}

/** `--install-extension` with the server's own CLI, as a user of a remote VS Code would. */
export function installExtension(
  node: string,
  codeServerDir: string,
  vsix: string,
  profile: string[],
  env: NodeJS.ProcessEnv,
): string {
  const result = spawnSync(node, [serverMainOf(codeServerDir), '--install-extension', vsix, '--force', ...profile], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`--install-extension ${vsix} failed (${result.status}):\n${output}`);
  return output;
}

/**
 * The server with the test payload honoured (--enable-smoke-test-driver, which code-server's own CLI
 * rejects), no connection token, and all its state in `stateDir`.
 */
export async function startVsCodeServer(
  node: string,
  codeServerDir: string,
  stateDir: string,
  profile: string[],
  env: NodeJS.ProcessEnv,
): Promise<VsCodeServer> {
  // Without an existing extensions dir the server silently skips the extension under development.
  for (const flag of profile) fs.mkdirSync(flag.slice(flag.indexOf('=') + 1), { recursive: true });
  const port = await freePort();
  const server = spawn(
    node,
    [
      serverMainOf(codeServerDir),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--server-data-dir',
      path.join(stateDir, 'server'),
      ...profile,
    ],
    { env: { ...env, TMPDIR: stateDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  let log = '';
  server.stderr.on('data', (chunk) => (log += String(chunk)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the VS Code server did not start in 60 s:\n${log}`)), 60_000);
    server.stdout.on('data', (chunk) => {
      log += String(chunk);
      if (/listening on/i.test(String(chunk))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the VS Code server exited with ${code}:\n${log}`));
    });
  });
  return { port, stop };
}
