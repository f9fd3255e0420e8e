// package.json as VS Code reads it: every command, view, setting, walkthrough step and file it names
// exists, and the client registers exactly the commands it contributes; settings scoped and described; the
// JSON schema of .crosscheck.json, which accepts what the core's parseConfig accepts and rejects the rest.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { DEFAULT_ENABLED_LANGUAGES } from '../../client/src/documentSelector';
import { FINDING_KINDS as CLIENT_FINDING_KINDS } from '../../client/src/findingOrder';
import { FINDING_KINDS, parseConfig } from '../../server/src/core';
import { DEFAULT_SETTINGS } from '../../server/src/host/settings';
import { PACKAGED_FILES } from './packagedFiles';

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
    [...fs.readFileSync(file, 'utf8').matchAll(/register(?:TextEditor)?Command\(\s*'([^']+)'/g)].map(
      (match) => match[1]!,
    ),
  );
  return [...new Set(ids)].sort();
}

const contributedCommands: string[] = contributes.commands
  .map((command: { command: string }) => command.command)
  .sort();

describe('package.json (the extension manifest)', () => {
  it('contributes exactly the commands the client registers (crosscheck.openClaim is internal to the Claims view)', () => {
    assert.deepEqual(contributedCommands, [
      'crosscheck.exportReport',
      'crosscheck.filterKinds',
      'crosscheck.insertCitation',
      'crosscheck.openSeeds',
      'crosscheck.reindex',
      'crosscheck.revealFirstFinding',
      'crosscheck.setArchivePassword',
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
    const linked = [
      ...JSON.stringify([contributes.viewsWelcome, contributes.walkthroughs]).matchAll(/command:([\w.]+)/g),
    ].map((match) => match[1]!);
    assert.ok(linked.length >= 6);
    for (const command of [...menuCommands, ...linked]) assert.ok(contributedCommands.includes(command), command);
    assert.deepEqual(
      contributes.viewsContainers.activitybar.map((container: { id: string }) => container.id),
      ['crosscheck'],
    );
    assert.deepEqual(
      contributes.views.crosscheck.map((view: { id: string }) => view.id),
      ['crosscheck.claims'],
    );
    assert.deepEqual(
      contributes.viewsWelcome.map((welcome: { view: string }) => welcome.view),
      ['crosscheck.claims'],
    );
  });

  it('describes every setting in Markdown, and contributes each one the server reads', () => {
    const properties = contributes.configuration.properties as Record<
      string,
      { description?: string; markdownDescription?: string; scope?: string }
    >;
    assert.deepEqual(Object.keys(properties), [
      'crosscheck.enable',
      'crosscheck.enabledLanguages',
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
      'crosscheck.citationStyle',
      'crosscheck.archive',
    ]);
    for (const [key, property] of Object.entries(properties)) {
      assert.equal(property.description, undefined, key);
      assert.ok((property.markdownDescription ?? '').length > 40, key);
    }
    const kinds = (
      properties['crosscheck.severities'] as { properties: Record<string, { markdownDescription?: string }> }
    ).properties;
    for (const [kind, property] of Object.entries(kinds))
      assert.ok((property.markdownDescription ?? '').length > 20, kind);
    // The server keeps its size limit in bytes, read from crosscheck.maxFileSizeKB (server/src/workspace/sizePolicy.ts).
    const serverKeys = Object.keys(DEFAULT_SETTINGS).filter((key) => key !== 'filesExclude' && key !== 'maxFileSize');
    for (const key of serverKeys) assert.ok(`crosscheck.${key}` in properties, `crosscheck.${key}`);
    assert.equal((properties['crosscheck.workspaceDiagnostics'] as { default: boolean }).default, true);
    assert.equal((properties['crosscheck.inlayHints'] as { default: boolean }).default, false);
    assert.equal((properties['crosscheck.unattributed'] as { default: boolean }).default, false);
    assert.deepEqual(
      (properties['crosscheck.enabledLanguages'] as { default: object }).default,
      DEFAULT_ENABLED_LANGUAGES,
    );
    // One severity setting per kind the engine reports, in the engine's order, and the client lists the same kinds.
    assert.deepEqual(Object.keys(kinds), [...FINDING_KINDS]);
    assert.deepEqual([...CLIENT_FINDING_KINDS], [...FINDING_KINDS]);
  });

  it('scopes to each workspace folder the settings the server applies per folder, and the others to the window', () => {
    const scopes = Object.fromEntries(
      Object.entries(contributes.configuration.properties as Record<string, { scope?: string }>).map(
        ([key, property]) => [key, property.scope],
      ),
    );
    assert.deepEqual(scopes, {
      // The server reads these for each folder (workspace/configuration with the folder's scopeUri): test/lsp/server.test.ts.
      'crosscheck.enable': 'resource',
      'crosscheck.include': 'resource',
      'crosscheck.exclude': 'resource',
      'crosscheck.maxFileSizeKB': 'resource',
      'crosscheck.citationStyle': 'resource',
      // One engine compares files across folders, with one set of severities; one document selector; features of the window.
      'crosscheck.enabledLanguages': 'window',
      'crosscheck.workspaceDiagnostics': 'window',
      'crosscheck.inlayHints': 'window',
      'crosscheck.codeLens': 'window',
      'crosscheck.unattributed': 'window',
      'crosscheck.severities': 'window',
      'crosscheck.trace.server': 'window',
      // A workspace's own settings must not be able to send the server outside its folders.
      'crosscheck.followSymlinksOutside': 'machine',
      // ...nor at another database, where PGPASSWORD would go.
      'crosscheck.archive': 'machine',
    });
  });

  it('activates on the languages it checks, its walkthrough and .crosscheck.json, not in every folder with a .txt or .md file', () => {
    assert.equal(manifest.main, './dist/client.js');
    assert.deepEqual(manifest.activationEvents, [
      ...Object.keys(DEFAULT_ENABLED_LANGUAGES).map((language) => `onLanguage:${language}`),
      'onWalkthrough:crosscheck.gettingStarted',
      'workspaceContains:**/.crosscheck.json',
      'onWebviewPanel:crosscheck.timeline',
    ]);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
    assert.ok(manifest.capabilities.untrustedWorkspaces.description.length > 20);
    assert.ok(manifest.capabilities.virtualWorkspaces.description.length > 20);
  });

  it('ticks "Open a folder" on a context key the client sets at activation, and the walkthrough activates the client', () => {
    // VS Code ticks an onContext step only when the context changes after the walkthrough registers: a key
    // already true at start-up (workspaceFolderCount) never ticks it. The client sets its own key when it starts.
    const [walkthrough] = contributes.walkthroughs as {
      id: string;
      steps: { id: string; completionEvents: string[] }[];
    }[];
    const contextSource = fs.readFileSync(path.join(root, 'client/src/walkthroughContext.ts'), 'utf8');
    const FOLDER_OPEN_CONTEXT = /export const FOLDER_OPEN_CONTEXT = '([\w.]+)';/.exec(contextSource)![1];
    assert.equal(FOLDER_OPEN_CONTEXT, 'crosscheck.workspaceFolderOpen');
    const openFolder = walkthrough!.steps.find((step) => step.id === 'openFolder')!;
    assert.deepEqual(openFolder.completionEvents, [
      'onCommand:crosscheck.openSeeds',
      `onContext:${FOLDER_OPEN_CONTEXT}`,
    ]);
    assert.ok(manifest.activationEvents.includes(`onWalkthrough:${walkthrough!.id}`));
    const setsKey = sourceFiles(path.join(root, 'client/src')).filter((file) =>
      /executeCommand\(\s*'setContext',\s*FOLDER_OPEN_CONTEXT,/.test(fs.readFileSync(file, 'utf8')),
    );
    assert.deepEqual(
      setsKey.map((file) => path.relative(root, file)),
      ['client/src/walkthroughContext.ts'],
    );
    assert.match(fs.readFileSync(path.join(root, 'client/src/extension.ts'), 'utf8'), /registerWalkthroughContext\(\)/);
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
    assert.ok(
      contributes.grammars.some(
        (grammar: { path: string }) => grammar.path === './syntaxes/crosscheck-claims.tmLanguage.json',
      ),
    );
    for (const file of named) assert.ok(fs.existsSync(path.join(root, file)), file);
  });

  describe('the JSON schema of .crosscheck.json (jsonValidation)', () => {
    const schemaPath: string = contributes.jsonValidation[0].url;
    const schema = JSON.parse(fs.readFileSync(path.join(root, schemaPath), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true, allowMatchingProperties: true, strictTuples: false })
      .addKeyword('markdownDescription')
      .compile(schema);

    /** Configs the core accepts without a message: the README's example, the tests' and the seeds'-style ones. */
    const readmeExample = JSON.parse(
      /A `\.crosscheck\.json`[^]*?```json\n([^]*?)```/.exec(fs.readFileSync(path.join(root, 'README.md'), 'utf8'))![1],
    );
    const good: unknown[] = [
      readmeExample,
      {},
      { $schema: './node_modules/crosscheck/schemas/crosscheck.schema.json', unattributed: false },
      {
        ignore: ['name-variant', 'conflict/militants-killed'],
        severities: { conflict: 'error', revision: 'off' },
        synonyms: { Militant: ['Fighter'] },
        include: ['reports/**/*.md'],
        exclude: ['reports/drafts/**'],
        unattributed: true,
      },
      { severities: Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 'hint'])) },
      { exclude: ['drafts/**'] },
      {
        citationStyle: 'full',
        sources: {
          'wires/ap-*.txt': { outlet: 'AP', date: '2026-02-01', title: 'T', url: 'https://apnews.com/a', author: 'A' },
        },
      },
      { notComparable: { '**/003_*.txt': ['197 militants', '40'] } },
    ];
    /** Configs the core reports a problem in (test/core/config.test.ts), each with one mistake. */
    const bad: unknown[] = [
      [1],
      'conflict',
      { colour: 'red' },
      { ignore: 'conflict' },
      { include: [1] },
      { exclude: 'drafts/**' },
      { severities: { conflict: 'loud' } },
      { severities: { typo: 'hint' } },
      { severities: [] },
      { synonyms: { militant: 'fighter' } },
      { synonyms: { ' ': ['x'] } },
      { unattributed: 'yes' },
      { citationStyle: 'apa' },
      { sources: [] },
      { sources: { 'a.txt': 'AP' } },
      { sources: { 'a.txt': { colour: 'red' } } },
      { sources: { 'a.txt': { date: '1 Feb' } } },
      { sources: { 'a.txt': { outlet: '' } } },
      { notComparable: [] },
      { notComparable: { 'a.txt': '40' } },
      { notComparable: { 'a.txt': [''] } },
    ];

    it('is contributed for .crosscheck.json and shipped in the packages', () => {
      assert.deepEqual(contributes.jsonValidation, [
        { fileMatch: '.crosscheck.json', url: './schemas/crosscheck.schema.json' },
      ]);
      assert.ok(PACKAGED_FILES.includes(path.posix.normalize(schemaPath)));
    });

    it('accepts the configs the core reads without a message', () => {
      for (const config of good) {
        assert.deepEqual(parseConfig(JSON.stringify(config)).errors, [], JSON.stringify(config));
        assert.ok(validate(config), `${JSON.stringify(config)}: ${JSON.stringify(validate.errors)}`);
      }
    });

    it('rejects the configs the core reports a problem in', () => {
      for (const config of bad) {
        assert.notDeepEqual(parseConfig(JSON.stringify(config)).errors, [], JSON.stringify(config));
        assert.equal(validate(config), false, JSON.stringify(config));
      }
    });

    it('names every kind of finding, each with its description', () => {
      assert.deepEqual(Object.keys(schema.properties.severities.properties), [...FINDING_KINDS]);
      const settings = contributes.configuration.properties['crosscheck.severities'].properties;
      for (const kind of FINDING_KINDS)
        assert.equal(
          schema.properties.severities.properties[kind].description,
          settings[kind].markdownDescription,
          kind,
        );
    });
  });
});
