// Entry point of the extension-host suite (`extensionTestsPath`): runs the mocha tests inside VS Code
// and writes which passed to host-results.json beside the workspace folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { HostResults } from './contract';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'hostTests', mocha);
  require('./hostTests');
  const results: HostResults = { vscodeVersion: vscode.version, passed: [], failed: [] };
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (folder) fs.writeFileSync(path.join(folder, '..', 'host-results.json'), JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => results.passed.push(test.title));
    runner.on('fail', (test, error: Error) =>
      results.failed.push({ title: test.title, error: String(error?.stack ?? error) }),
    );
  });
}
