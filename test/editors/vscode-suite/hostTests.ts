// Runs INSIDE VS Code (the extension host of the VS Code server in code-server), with seeds/ open.
// Checks the extension end to end against what the language server answered over plain LSP.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../client/src/extension';
import { HOST_TESTS, type HostExpectations } from './contract';

const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
const expected = JSON.parse(fs.readFileSync(path.join(folder, '..', 'expected.json'), 'utf8')) as HostExpectations;
const uri = vscode.Uri.file(expected.file145);

async function poll<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const sameRange = (range: vscode.Range, expectedRange: HostExpectations['diagnostic']['range']) =>
  range.start.line === expectedRange.start.line &&
  range.start.character === expectedRange.start.character &&
  range.end.line === expectedRange.end.line &&
  range.end.character === expectedRange.end.character;

const contentText = (content: vscode.MarkdownString | vscode.MarkedString): string =>
  typeof content === 'string' ? content : content.value;

describe('Crosscheck in VS Code (extension host)', function () {
  let api: CrosscheckApi;
  let document: vscode.TextDocument;
  let diagnostic: vscode.Diagnostic;

  it(HOST_TESTS.activates, async function () {
    const extension = vscode.extensions.getExtension<CrosscheckApi>('crosscheck.crosscheck');
    assert.ok(extension, 'extension crosscheck.crosscheck is not installed');
    api = await extension.activate();
    await api.ready;
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
  });

  it(HOST_TESTS.diagnostic, async function () {
    diagnostic = await poll('the diagnostic on 145', () =>
      vscode.languages
        .getDiagnostics(uri)
        .find((d) => d.source === 'crosscheck' && sameRange(d.range, expected.diagnostic.range)),
    );
    assert.equal(
      diagnostic.message,
      typeof expected.diagnostic.message === 'string' ? expected.diagnostic.message : expected.diagnostic.message.value,
    );
    assert.equal(document.getText(diagnostic.range).includes('145'), true);
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    assert.equal(code, expected.diagnostic.code);
    // The server's rows (one per competing figure), each at the same place.
    const rowOf = (file: string, line: number, character: number, message: string) =>
      `${path.basename(file)}:${line}:${character} ${message}`;
    assert.deepEqual(
      (diagnostic.relatedInformation ?? []).map((r) =>
        rowOf(r.location.uri.fsPath, r.location.range.start.line, r.location.range.start.character, r.message),
      ),
      (expected.diagnostic.relatedInformation ?? []).map((r) =>
        rowOf(
          vscode.Uri.parse(r.location.uri).fsPath,
          r.location.range.start.line,
          r.location.range.start.character,
          r.message,
        ),
      ),
    );
  });

  it(HOST_TESTS.hover, async function () {
    const position = new vscode.Position(expected.hoverAt.line, expected.hoverAt.character);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const texts = hovers.flatMap((hover) => hover.contents.map(contentText));
    assert.deepEqual(texts, [expected.hoverText]);
    // The table of competing figures in the hover's first lines, under the headline (VS Code shows the diagnostic
    // above it): the headline, a blank line, the table's header, then the first figure's row.
    const lines = texts[0].split('\n');
    assert.deepEqual(lines.slice(1, 4), [
      '',
      '| Figure | Qualifier | Said by | Source | Date | Where |',
      '|---:|---|---|---|---|---|',
    ]);
    assert.match(lines[4], /^\| (\*\*)?\d/);
  });

  it(HOST_TESTS.quickFix, async function () {
    // Asked again until the server's actions are among them: a request that meets the server's own work (it
    // answers a cancelled request with an error, which VS Code shows as no actions) is retried, as the light bulb is.
    let titles: string[] = [];
    const actions = await poll(
      'the quick fixes on 145',
      async () => {
        const offered = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider',
          uri,
          diagnostic.range,
          vscode.CodeActionKind.QuickFix.value,
        );
        titles = offered.map((action) => action.title);
        return expected.actionTitles.every((title) => titles.includes(title)) ? offered : undefined;
      },
      30_000,
    ).catch(() => [] as (vscode.CodeAction | vscode.Command)[]);
    for (const title of expected.actionTitles)
      assert.ok(titles.includes(title), `missing quick fix "${title}" in ${JSON.stringify(titles)}`);
    const citation = actions.find(
      (action): action is vscode.CodeAction => action.title === expected.citationTitle && 'edit' in action,
    );
    assert.ok(citation?.edit, `no "${expected.citationTitle}" with an edit`);
    assert.equal(await vscode.workspace.applyEdit(citation.edit), true);
    assert.equal(document.getText(), expected.textAfterCitation);
    await vscode.commands.executeCommand('undo');
  });

  it(HOST_TESTS.statusBar, async function () {
    const findings = await api.findings();
    const status = await poll('a status that is not indexing', () => {
      const current = api.status();
      return current && !current.indexing ? current : undefined;
    });
    assert.deepEqual({ files: status.files, findings: status.findings }, { files: 5, findings: findings.length });
  });

  it(HOST_TESTS.commands, async function () {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = expected.commands.filter((command) => !registered.has(command));
    assert.deepEqual(missing, []);
  });

  it(HOST_TESTS.claimsView, async function () {
    await vscode.commands.executeCommand('crosscheck.claims.focus'); // exists only when the view is contributed
    const findings = await api.findings();
    const finding = findings.find((f) =>
      f.locations.some((l) => l.uri === uri.toString() && l.line === expected.diagnostic.range.start.line),
    );
    assert.ok(finding, `no finding on 002 line ${expected.diagnostic.range.start.line + 1} among ${findings.length}`);
    const files = new Set(finding.locations.map((l) => path.basename(vscode.Uri.parse(l.uri).fsPath)));
    for (const file of [path.basename(expected.file145), ...expected.filesOf177])
      assert.ok(files.has(file), `the finding has no claim in ${file}`);
  });

  it(HOST_TESTS.timeline, async function () {
    const findings = await api.findings();
    const finding = findings.find((f) =>
      f.locations.some((l) => l.uri === uri.toString() && l.line === expected.diagnostic.range.start.line),
    );
    assert.ok(finding);
    const shown = await vscode.commands.executeCommand<string | undefined>('crosscheck.showTimeline', finding.id);
    assert.equal(shown, finding.id);
    const html = await poll('the timeline html', () => api.timelineHtml());
    for (const figure of ['145', '177', '197']) assert.match(html, new RegExp(`\\b${figure}\\b`));
    assert.match(html, /Content-Security-Policy/);
  });
});
