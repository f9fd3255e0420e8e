// package.json as VS Code reads it: every command, view, setting, walkthrough step and file it names
// exists, and the client registers exactly the commands it contributes.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDING_KINDS as CLIENT_FINDING_KINDS } from '../../client/src/findingOrder';
import { FINDING_KINDS } from '../../server/src/core';
import { DEFAULT_SETTINGS } from '../../server/src/session/settings';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Command ids the client registers with registerCommand / registerTextEditorCommand. */
function registeredCommands(): string[] {
  const ids = sourceFiles(path.join(root, 'client/src')).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/register(?:TextEditor)?Command\(\s*'([^']+)'/g)].map((match) => match[1]!),
  );
  return [...new Set(ids)].sort();
}

const contributedCommands: string[] = contributes.commands.map((command: { command: string }) => command.command).sort();

describe('package.json (the extension manifest)', () => {
  it('contributes exactly the commands the client registers (crosscheck.openClaim is internal to the Claims view)', () => {
    assert.deepEqual(contributedCommands, [
      'crosscheck.exportReport',
      'crosscheck.filterKinds',
      'crosscheck.insertCitation',
      'crosscheck.openSeeds',
      'crosscheck.reindex',
      'crosscheck.revealFirstFinding',
      'crosscheck.showFindings',
      'crosscheck.showTimeline',
    ]);
    assert.deepEqual(registeredCommands(), [...contributedCommands, 'crosscheck.openClaim'].sort());
    for (const command of contributes.commands) {
      assert.equal(command.category, 'Crosscheck', command.command);
      assert.ok(command.title.length > 0, command.command);
    }
  });

  it('names only contributed commands and views in its menus, welcome text and walkthrough', () => {
    const menuCommands = Object.values(contributes.menus as Record<string, { command: string }[]>).flatMap((items) =>
      items.map((item) => item.command),
    );
    const linked = [...JSON.stringify([contributes.viewsWelcome, contributes.walkthroughs]).matchAll(/command:([\w.]+)/g)].map(
      (match) => match[1]!,
    );
    assert.ok(linked.length >= 6);
    for (const command of [...menuCommands, ...linked]) assert.ok(contributedCommands.includes(command), command);
    assert.deepEqual(contributes.viewsContainers.activitybar.map((container: { id: string }) => container.id), ['crosscheck']);
    assert.deepEqual(contributes.views.crosscheck.map((view: { id: string }) => view.id), ['crosscheck.claims']);
    assert.deepEqual(contributes.viewsWelcome.map((welcome: { view: string }) => welcome.view), ['crosscheck.claims']);
  });

  it('describes every setting, and contributes each one the server reads', () => {
    const properties = contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>;
    assert.deepEqual(Object.keys(properties), [
      'crosscheck.enable',
      'crosscheck.include',
      'crosscheck.exclude',
      'crosscheck.workspaceDiagnostics',
      'crosscheck.maxFileSizeKB',
      'crosscheck.inlayHints',
      'crosscheck.codeLens',
      'crosscheck.unattributed',
      'crosscheck.severities',
      'crosscheck.trace.server',
      'crosscheck.followSymlinksOutside',
    ]);
    for (const [key, property] of Object.entries(properties)) {
      assert.ok((property.description ?? property.markdownDescription ?? '').length > 20, key);
    }
    // The server's size limit is in bytes; the client sends it from maxFileSizeKB (client/src/serverSettings.ts).
    const serverKeys = Object.keys(DEFAULT_SETTINGS).filter((key) => key !== 'filesExclude' && key !== 'maxFileSize');
    for (const key of serverKeys) assert.ok(`crosscheck.${key}` in properties, `crosscheck.${key}`);
    assert.equal((properties['crosscheck.workspaceDiagnostics'] as { default: boolean }).default, true);
    assert.equal((properties['crosscheck.inlayHints'] as { default: boolean }).default, false);
    assert.equal((properties['crosscheck.unattributed'] as { default: boolean }).default, false);
    // One severity setting per kind the engine reports, in the engine's order, and the client lists the same kinds.
    assert.deepEqual(Object.keys((properties['crosscheck.severities'] as { properties: object }).properties), [...FINDING_KINDS]);
    assert.deepEqual([...CLIENT_FINDING_KINDS], [...FINDING_KINDS]);
  });

  it('activates for plain text and Markdown, and declares its workspace capabilities with reasons', () => {
    assert.equal(manifest.main, './dist/client.js');
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
    assert.ok(manifest.capabilities.untrustedWorkspaces.description.length > 20);
    assert.ok(manifest.capabilities.virtualWorkspaces.description.length > 20);
  });

  it('names files that exist: a 128×128 PNG icon, the activity bar icon, the walkthrough pages, the grammar', () => {
    const icon = fs.readFileSync(path.join(root, manifest.icon));
    assert.deepEqual([...icon.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
    const named = [
      ...contributes.viewsContainers.activitybar.map((container: { icon: string }) => container.icon),
      ...contributes.walkthroughs.flatMap((walkthrough: { steps: { media: { markdown: string } }[] }) =>
        walkthrough.steps.map((step) => step.media.markdown),
      ),
      ...contributes.grammars.map((grammar: { path: string }) => grammar.path),
    ];
    assert.equal(named.length, 6 + contributes.grammars.length);
    assert.ok(contributes.grammars.some((grammar: { path: string }) => grammar.path === './syntaxes/crosscheck-claims.tmLanguage.json'));
    for (const file of named) assert.ok(fs.existsSync(path.join(root, file)), file);
  });
});
