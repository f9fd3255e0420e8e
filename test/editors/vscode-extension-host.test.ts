// The extension in real VS Code: @vscode/test-electron's runTests() with the code-server shim as the
// "VS Code executable", on VS Code 1.100.3 (code-server 4.100.3 on node 20) and 1.139.1 (code-server
// 4.139.1 on node 24). The suite itself (test/editors/vscode-suite/) runs inside the extension host.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleEditorHarness, HOST_SUITE, SHIM } from './support/bundle';
import {
  E2E,
  editorEnvironment,
  ensureInstalled,
  freshSeedWorkspace,
  requireBuild,
  requireProgram,
  ROOT,
} from './support/environment';
import { referenceAnswers } from './support/referenceSession';
import { FILE_145, FILES_177, spotOf145 } from './support/seedFacts';
import { VSCODE_VERSIONS } from './support/versions';
import { HOST_TESTS, type HostExpectations, type HostResults } from './vscode-suite/contract';

const EXPECTED_COMMANDS = [
  'crosscheck.reindex',
  'crosscheck.showFindings',
  'crosscheck.exportReport',
  'crosscheck.insertCitation',
  'crosscheck.showTimeline',
];

for (const version of VSCODE_VERSIONS) {
  describe(`editors: VS Code ${version.vscode} extension host (runTests through code-server)`, function () {
    this.timeout(20 * 60_000);
    let results: HostResults | undefined;
    let runError = '';

    before(async function () {
      ensureInstalled(this, ['apt', 'tools', version.step]);
      requireProgram(this, 'chromium');
      requireBuild();
      await bundleEditorHarness();
      const workspace = freshSeedWorkspace(`vscode-${version.vscode}`);
      const reference = await referenceAnswers(workspace);
      const spot = spotOf145();
      const expectations: HostExpectations = {
        file145: path.join(workspace, FILE_145),
        hoverAt: { line: spot.line, character: spot.character + 1 },
        diagnostic: reference.diagnosticOn145,
        filesOf177: FILES_177,
        hoverText: reference.hoverText,
        actionTitles: reference.actionTitles,
        citationTitle: reference.citationAction.title,
        textAfterCitation: reference.textAfterCitation,
        commands: EXPECTED_COMMANDS,
      };
      const work = path.dirname(workspace);
      fs.writeFileSync(path.join(work, 'expected.json'), JSON.stringify(expectations, null, 2));
      const installDir = path.join(E2E, version.step);
      const started = Date.now();
      try {
        await runTests({
          vscodeExecutablePath: SHIM,
          extensionDevelopmentPath: ROOT,
          extensionTestsPath: HOST_SUITE,
          launchArgs: [
            workspace,
            `--user-data-dir=${path.join(work, 'user-data')}`,
            `--extensions-dir=${path.join(work, 'extensions')}`,
          ],
          extensionTestsEnv: {
            ...editorEnvironment(`vscode-${version.vscode}`),
            CODE_SERVER_DIR: path.join(installDir, 'node_modules', 'code-server'),
            CODE_SERVER_NODE: version.node ? path.join(installDir, version.node) : process.execPath,
            PLAYWRIGHT_E2E_DIR: E2E,
            SHIM_TMP: path.join(work),
          },
        });
      } catch (error) {
        runError = String(error);
      }
      const resultsFile = path.join(work, 'host-results.json');
      if (fs.existsSync(resultsFile)) results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as HostResults;
      console.log(
        `      VS Code ${results?.vscodeVersion ?? '?'}: runTests took ${Date.now() - started} ms${runError ? ` (${runError})` : ''}`,
      );
    });

    it(`runs the suite inside VS Code ${version.vscode}`, function () {
      assert.ok(results, `the extension-host suite wrote no results: ${runError}`);
      assert.equal(results.vscodeVersion, version.vscode);
    });

    for (const title of Object.values(HOST_TESTS)) {
      it(title, function () {
        assert.ok(results, 'the extension-host suite did not run');
        const failure = results.failed.find((f) => f.title === title);
        assert.equal(failure, undefined, failure?.error);
        assert.ok(results.passed.includes(title), `"${title}" did not run`);
      });
    }
  });
}
