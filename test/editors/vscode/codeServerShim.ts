// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// No desktop VS Code can be downloaded here, so this takes the desktop CLI arguments
// (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, --extensions-dir=, [folder]),
// runs the VS Code server bundled in code-server, opens its workbench in headless Chromium with the
// test payload, and exits with the exit code the extension tests report.
// Settings from the environment: CODE_SERVER_DIR, CODE_SERVER_NODE (the node that runs the server),
// CHROMIUM, PLAYWRIGHT_E2E_DIR (where .e2e/tools is), SHIM_TIMEOUT_MS, SHIM_TMP.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHROMIUM_FLAGS, playwrightChromium } from '../support/playwright';

interface ShimArguments {
  developmentPaths: string[];
  testsPath: string;
  folder: string | undefined;
  profileDirs: string[];
}

function parseArguments(argv: string[]): ShimArguments {
  const developmentPaths: string[] = [];
  const profileDirs: string[] = [];
  let testsPath = '';
  let folder: string | undefined;
  for (const argument of argv) {
    const [, name, value] = /^--([a-zA-Z-]+)=(.*)$/.exec(argument) ?? [];
    if (name === 'extensionDevelopmentPath') developmentPaths.push(path.resolve(value));
    else if (name === 'extensionTestsPath') testsPath = path.resolve(value);
    else if (name === 'user-data-dir' || name === 'extensions-dir') profileDirs.push(argument);
    else if (!argument.startsWith('-')) folder ??= path.resolve(argument);
    // other desktop flags (--no-sandbox, --disable-updates, ...) mean nothing to the server
  }
  if (!testsPath) throw new Error('--extensionTestsPath= is required');
  return { developmentPaths, testsPath, folder, profileDirs };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  const codeServerDir = process.env.CODE_SERVER_DIR ?? '';
  const serverMain = path.join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');
  if (!fs.existsSync(serverMain)) throw new Error(`no VS Code server at ${serverMain} (set CODE_SERVER_DIR)`);
  const timeoutMs = Number(process.env.SHIM_TIMEOUT_MS ?? 240_000);
  const tmp = fs.mkdtempSync(path.join(process.env.SHIM_TMP ?? os.tmpdir(), 'shim-'));
  const profile = options.profileDirs.length
    ? options.profileDirs
    : [`--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`];
  // Without an existing extensions dir the server silently skips the extension under development.
  for (const flag of profile) fs.mkdirSync(flag.slice(flag.indexOf('=') + 1), { recursive: true });

  const port = await freePort();
  // server-main.js directly: VS Code 1.139 honours the test payload only with --enable-smoke-test-driver,
  // which code-server's own CLI rejects.
  const server = spawn(
    process.env.CODE_SERVER_NODE ?? process.execPath,
    [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
      '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust', '--server-data-dir', path.join(tmp, 'server'), ...profile],
    { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const stopServer = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stopServer);
  let serverLog = '';
  server.stderr.on('data', (chunk) => (serverLog += String(chunk)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the VS Code server did not start in 60 s:\n${serverLog}`)), 60_000);
    server.stdout.on('data', (chunk) => {
      serverLog += String(chunk);
      if (/listening on/i.test(String(chunk))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`the VS Code server exited with ${code}:\n${serverLog}`)));
  });

  const context = await playwrightChromium(process.env.PLAYWRIGHT_E2E_DIR ?? '').launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
    // The workbench calls this when the extension tests end (smoke-test driver protocol).
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    // The whole workbench console goes to a log file; the test reporter's lines and errors also to stdout.
    const consoleLog = fs.createWriteStream(path.join(tmp, 'workbench-console.log'));
    page.on('console', (message) => {
      const text = message.text().replace(/%c\s*\S+\s*color: #\w+\s*/g, '').replace(/%[sd]/g, '').trim();
      consoleLog.write(`[${message.type()}] ${text}\n`);
      const fromTests = /^(✔|✗|\d+\)|\d+ (passing|failing|pending))|AssertionError|extension-host test/.test(text);
      if (fromTests || (message.type() === 'error' && /crosscheck/i.test(text))) console.log(`[vscode] ${text}`);
    });
    console.log(`[shim] VS Code server on port ${port}; workbench console in ${path.join(tmp, 'workbench-console.log')}`);
    const authority = `127.0.0.1:${port}`;
    const payload = [
      ...options.developmentPaths.map((p) => ['extensionDevelopmentPath', `vscode-remote://${authority}${p}`]),
      ['extensionTestsPath', `vscode-remote://${authority}${options.testsPath}`],
    ];
    const target = options.folder ? `folder=${encodeURIComponent(options.folder)}` : 'ew=true';
    await page.goto(`http://${authority}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([exitCode, new Promise<number>((resolve) => setTimeout(() => resolve(124), timeoutMs))]);
    console.log(code === 124 ? `[shim] the extension tests did not end within ${timeoutMs} ms` : `[shim] extension host exited with code ${code}`);
    return code;
  } finally {
    await context.close().catch(() => undefined);
    stopServer();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[shim]', error);
    process.exit(1);
  },
);
