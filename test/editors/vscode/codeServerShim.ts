// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// No desktop VS Code can be downloaded here, so this takes the desktop CLI arguments
// (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, --extensions-dir=, [folder]),
// runs the VS Code server bundled in code-server, opens its workbench in headless Chromium with the
// test payload, and exits with the exit code the extension tests report.
// Settings from the environment: CODE_SERVER_DIR, CODE_SERVER_NODE (the node that runs the server),
// CHROMIUM, PLAYWRIGHT_E2E_DIR (where .e2e/tools is), SHIM_TIMEOUT_MS, SHIM_TMP.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CHROMIUM_FLAGS, playwrightChromium } from '../support/playwright';
import { startVsCodeServer } from '../support/vscodeServer';

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

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  const codeServerDir = process.env.CODE_SERVER_DIR ?? '';
  const timeoutMs = Number(process.env.SHIM_TIMEOUT_MS ?? 240_000);
  const tmp = fs.mkdtempSync(path.join(process.env.SHIM_TMP ?? os.tmpdir(), 'shim-'));
  const profile = options.profileDirs.length
    ? options.profileDirs
    : [`--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`];
  const server = await startVsCodeServer(
    process.env.CODE_SERVER_NODE ?? process.execPath,
    codeServerDir,
    tmp,
    profile,
    process.env,
  );
  const port = server.port;
  const stopServer = server.stop;

  const context = await playwrightChromium(process.env.PLAYWRIGHT_E2E_DIR ?? '').launchPersistentContext(
    path.join(tmp, 'chromium'),
    {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
    },
  );
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (reportExit = resolve));
    // The workbench calls this when the extension tests end (smoke-test driver protocol).
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    // The whole workbench console goes to a log file; the test reporter's lines and errors also to stdout.
    const consoleLog = fs.createWriteStream(path.join(tmp, 'workbench-console.log'));
    page.on('console', (message) => {
      const text = message
        .text()
        .replace(/%c\s*\S+\s*color: #\w+\s*/g, '')
        .replace(/%[sd]/g, '')
        .trim();
      consoleLog.write(`[${message.type()}] ${text}\n`);
      // (the outer mocha test reports each extension-host test; only failures are worth echoing here)
      const fromTests = /^(\d+\)|\d+ (failing|pending))|AssertionError|extension-host test/.test(text);
      if (fromTests || (message.type() === 'error' && /crosscheck/i.test(text))) console.log(`[vscode] ${text}`);
    });
    console.log(
      `[shim] VS Code server on port ${port}; workbench console in ${path.join(tmp, 'workbench-console.log')}`,
    );
    const authority = `127.0.0.1:${port}`;
    const payload = [
      ...options.developmentPaths.map((p) => ['extensionDevelopmentPath', `vscode-remote://${authority}${p}`]),
      ['extensionTestsPath', `vscode-remote://${authority}${options.testsPath}`],
    ];
    const target = options.folder ? `folder=${encodeURIComponent(options.folder)}` : 'ew=true';
    await page.goto(`http://${authority}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await Promise.race([
      exitCode,
      new Promise<number>((resolve) => setTimeout(() => resolve(124), timeoutMs)),
    ]);
    console.log(
      code === 124
        ? `[shim] the extension tests did not end within ${timeoutMs} ms`
        : `[shim] extension host exited with code ${code}`,
    );
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
