// The built language server (dist/server.js --stdio) driven over a real JSON-RPC connection, on a small
// workspace whose sentences every extractor reads the same way: 145 in dawn.txt against 177 elsewhere.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  Location,
  SemanticTokens,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { applyEdits, FULL_CAPABILITIES, makeWorkspace, positionOf, TestClient, uriOf } from './lspClient';

const STORY = 'after attacks by the Baloch Liberation Army in Balochistan near Quetta, Pakistan.';
/** One sentence of the shared story with its own figure of militants killed. */
const report = (figure: number) => `Security forces killed ${figure} militants, ${STORY}\n`;

const FILES = {
  'dawn.txt': report(145),
  'hindu.txt': report(177),
  'reuters.txt': report(177),
  'notes.md': `# Notes\n\nOfficials say security forces killed 177 militants, ${STORY}\n`,
};

function at(text: string, needle: string) {
  const start = positionOf(text, needle);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

function diagnosticAt(diagnostics: Diagnostic[], line: number, character: number): Diagnostic | undefined {
  return diagnostics.find(
    (d) => d.range.start.line === line && d.range.start.character <= character && character < d.range.end.character,
  );
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

describe('language server over stdio', function () {
  this.timeout(20_000);
  let dir: string;
  let client: TestClient;
  const file = (name: string) => path.join(dir, name);

  beforeEach(() => {
    dir = makeWorkspace(FILES);
  });
  afterEach(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('declares its features and indexes every file of the folder with progress', async () => {
    client = await TestClient.start({ folders: [dir] });
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.deepEqual(caps.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.crosscheck'],
      resolveProvider: false,
    });
    assert.deepEqual(caps.semanticTokensProvider?.legend, {
      tokenTypes: ['claim', 'attribution'],
      tokenModifiers: ['contested', 'attributed'],
    });
    await client.indexed();
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.deepEqual(client.statuses[client.statuses.length - 1], { files: 4, findings: 1, indexing: false });
    assert.deepEqual(client.registrations.map((r) => r.method).sort(), [
      'workspace/didChangeConfiguration',
      'workspace/didChangeWatchedFiles',
    ]);
    // The only file watchers (the VS Code client registers no static ones): every file kind the server reads.
    const watchers = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')?.registerOptions;
    assert.deepEqual(watchers, {
      watchers: [
        { globPattern: '**/*.txt' },
        { globPattern: '**/*.md' },
        { globPattern: '**/.crosscheck.json' },
        { globPattern: '**/*.bib' },
      ],
    });
  });

  it('publishes a diagnostic on 145 with one related row for 177 that counts every file saying it, even unopened', async () => {
    client = await TestClient.start({ folders: [dir] });
    const text = await client.open(file('dawn.txt'));
    const where = positionOf(text, '145');
    const diagnostic = await client.waitFor('the diagnostic on 145', () =>
      diagnosticAt(client.diagnosticsOf(file('dawn.txt')), where.line, where.character),
    );
    assert.equal(diagnostic.code, 'conflict');
    assert.equal(diagnostic.source, 'crosscheck');
    assert.equal(diagnostic.severity, 2);
    assert.deepEqual(diagnostic.codeDescription, { href: 'https://github.com/crosscheck/crosscheck#finding-kinds' });
    assert.deepEqual(diagnostic.range.start, where);
    // One row per competing figure, at its first source (hindu.txt): figure, who, outlet and date where known (these
    // files name none), and how many more sources give it (reuters.txt, notes.md); never the file's name, which the
    // editor writes before the row.
    const at177 = positionOf(FILES['hindu.txt'], '177');
    assert.deepEqual(
      diagnostic.relatedInformation!.map((r) => [
        path.basename(r.location.uri),
        r.location.range.start.line,
        r.location.range.start.character,
        r.message,
      ]),
      [['hindu.txt', at177.line, at177.character, '177 — +2 more sources']],
    );
    // Workspace diagnostics: the unopened files get theirs too.
    await client.waitFor('diagnostics of unopened hindu.txt', () => client.diagnosticsOf(file('hindu.txt')).length > 0);
  });

  it('answers a hover on 145 with the table of competing figures', async () => {
    client = await TestClient.start({ folders: [dir] });
    const text = await client.open(file('dawn.txt'));
    await client.indexed();
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: uriOf(file('dawn.txt')) },
      position: positionOf(text, '145'),
    });
    const value = (hover.contents as { kind: string; value: string }).value;
    const lines = value.split('\n');
    assert.equal(lines[0], '**Crosscheck: 4 sources disagree on militants killed**');
    // The table first (editors show the diagnostics above the hover), then the finding.
    assert.deepEqual(lines.slice(1, 9), [
      '',
      '| Figure | Qualifier | Said by | Source | Date | Where |',
      '|---:|---|---|---|---|---|',
      `| **145** | exact | — | dawn | — | [dawn:1](${uriOf(file('dawn.txt'))}#L1) |`,
      `| 177 | exact | — | hindu | — | [hindu:1](${uriOf(file('hindu.txt'))}#L1) |`,
      `| 177 | exact | Officials | notes | — | [notes:3](${uriOf(file('notes.md'))}#L3) |`,
      `| 177 | exact | — | reuters | — | [reuters:1](${uriOf(file('reuters.txt'))}#L1) |`,
      '',
    ]);
    assert.match(lines[9], /^`conflict`: /);
    assert.deepEqual(hover.range?.start, positionOf(text, '145'));
  });

  it('says "All N sources agree" when every figure agrees', async () => {
    fs.rmSync(file('dawn.txt'));
    client = await TestClient.start({ folders: [dir] });
    const text = await client.open(file('hindu.txt'));
    await client.indexed();
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: uriOf(file('hindu.txt')) },
      position: positionOf(text, '177'),
    });
    assert.equal(
      (hover.contents as { value: string }).value.split('\n')[0],
      '**Crosscheck: All 3 sources agree on militants killed**',
    );
    assert.deepEqual(client.diagnosticsOf(file('hindu.txt')), []);
  });

  it('offers code actions with exact edits: replace the figure, ignore the finding', async () => {
    client = await TestClient.start({ folders: [dir] });
    const text = await client.open(file('dawn.txt'));
    const uri = uriOf(file('dawn.txt'));
    await client.indexed();
    const range = at(text, '145');
    const diagnostics = client.diagnosticsOf(file('dawn.txt'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics },
    });
    // The attributed source ("Officials say") is preferred among those that say 177.
    const replace = actions.find((a) => a.title === 'Replace "145" with "177" (notes)');
    assert.ok(replace, `titles: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(replace.kind, 'quickfix');
    // Nothing to cite here: the first item ignores, and rewriting a figure is never preferred.
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Ignore this finding in this paragraph', false],
        ['Ignore this finding in .crosscheck.json', false],
        ['Mark "145 militants" as a different count', false],
        ['Mark "145 militants" as a different count in .crosscheck.json', false],
        ['Replace "145" with "177" (notes)', false],
      ],
    );
    assert.deepEqual(
      replace.diagnostics,
      diagnostics.filter((d) => d.range.start.line === range.start.line),
    );
    assert.deepEqual(editsOf(replace, uri), [{ range, newText: '177' }]);
    assert.equal(applyEdits(text, editsOf(replace, uri)), report(177));

    const findingId = (diagnostics[0].data as { findingId: string }).findingId;
    const inline = actions.find((a) => a.title === 'Ignore this finding in this paragraph');
    assert.ok(inline);
    assert.deepEqual(editsOf(inline, uri), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        newText: `crosscheck-ignore: ${findingId}\n`,
      },
    ]);

    const different = actions.find((a) => a.title === 'Mark "145 militants" as a different count');
    assert.deepEqual(editsOf(different!, uri), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        newText: 'crosscheck-not-comparable: 145 militants\n',
      },
    ]);

    const differentInConfig = actions.find(
      (a) => a.title === 'Mark "145 militants" as a different count in .crosscheck.json',
    );
    assert.deepEqual(differentInConfig!.edit!.documentChanges![1], {
      textDocument: { uri: uriOf(file('.crosscheck.json')), version: null },
      edits: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          newText: '{\n  "notComparable": {\n    "**/dawn.txt": [\n      "145 militants"\n    ]\n  }\n}\n',
        },
      ],
    });

    const ignore = actions.find((a) => a.title === 'Ignore this finding in .crosscheck.json');
    assert.ok(ignore);
    const configUri = uriOf(file('.crosscheck.json'));
    const changes = ignore.edit!.documentChanges!;
    assert.deepEqual(changes[0], { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    assert.deepEqual(changes[1], {
      textDocument: { uri: configUri, version: null },
      edits: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          newText: `{\n  "ignore": [\n    ${JSON.stringify(findingId)}\n  ]\n}\n`,
        },
      ],
    });
    assert.ok(!actions.some((a) => a.title.startsWith('Cite source')), 'nothing else says 145');
  });

  it('cites the agreeing source inline in .txt and as a footnote in .md; cites every figure as a source action', async () => {
    client = await TestClient.start({ folders: [dir] });
    const hindu = await client.open(file('hindu.txt'));
    const notes = await client.open(file('notes.md'));
    await client.indexed();
    const hinduUri = uriOf(file('hindu.txt'));
    const claimEnd = positionOf(hindu, ', after');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: hinduUri },
      range: at(hindu, '177'),
      context: { diagnostics: [] },
    });
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Cite source')).map((a) => a.title),
      ['Cite source: notes (177)', 'Cite source: reuters (177)'],
    );
    const cite = actions.find((a) => a.title === 'Cite source: reuters (177)')!;
    assert.deepEqual(editsOf(cite, hinduUri), [{ range: { start: claimEnd, end: claimEnd }, newText: ' (reuters)' }]);
    assert.equal(
      applyEdits(hindu, editsOf(cite, hinduUri)),
      `Security forces killed 177 militants (reuters), ${STORY}\n`,
    );

    const attribute = actions.find((a) => a.title === 'Add attribution: according to officials');
    assert.ok(attribute, actions.map((a) => a.title).join(' | '));
    assert.equal(
      applyEdits(hindu, editsOf(attribute, hinduUri)),
      `Security forces killed 177 militants, ${STORY.replace(/\.$/, ', according to officials.')}\n`,
    );

    const notesUri = uriOf(file('notes.md'));
    const mdActions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: notesUri },
      range: at(notes, '177'),
      context: { diagnostics: [] },
    });
    const footnote = mdActions.find((a) => a.title === 'Cite source: hindu (177)')!;
    const claims: { file: string; sentence: string }[] = JSON.parse(
      (await client.request<{ content: string }>('crosscheck/report', { format: 'json' })).content,
    ).claims;
    const sentence = claims.find((c) => c.file === 'hindu.txt')!.sentence;
    assert.ok(sentence.startsWith('Security forces killed 177 militants, after attacks'), sentence);
    assert.equal(
      applyEdits(notes, editsOf(footnote, notesUri)),
      `# Notes\n\nOfficials say security forces killed 177 militants[^1], ${STORY}\n\n[^1]: hindu.txt: "${sentence}"\n`,
    );
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: notesUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(
      fixAll.map((a) => [a.title, a.kind]),
      [['Cite every figure of this file', 'source.fixAll.crosscheck']],
    );
    assert.equal(applyEdits(notes, editsOf(fixAll[0], notesUri)), applyEdits(notes, editsOf(footnote, notesUri)));
  });

  it('cites with a Pandoc key when the workspace has a bibliography entry for the source', async () => {
    fs.writeFileSync(file('refs.bib'), '@article{hindu2026,\n  title = {Militants killed},\n  note = {hindu.txt}\n}\n');
    client = await TestClient.start({ folders: [dir] });
    const notes = await client.open(file('notes.md'));
    await client.indexed();
    const notesUri = uriOf(file('notes.md'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: notesUri },
      range: at(notes, '177'),
      context: { diagnostics: [] },
    });
    const cite = actions.find((a) => a.title === 'Cite source: hindu (177)')!;
    assert.equal(
      applyEdits(notes, editsOf(cite, notesUri)),
      `# Notes\n\nOfficials say security forces killed 177 militants [@hindu2026], ${STORY}\n`,
    );
    const other = actions.find((a) => a.title === 'Cite source: reuters (177)')!;
    assert.match(
      applyEdits(notes, editsOf(other, notesUri)),
      /militants\[\^1\], /,
      'no bibliography entry: a footnote',
    );
  });

  it('names and cites a source as .crosscheck.json declares it, in the style that the setting or .crosscheck.json chooses', async () => {
    fs.writeFileSync(
      file('.crosscheck.json'),
      JSON.stringify({
        sources: { 'reut*.txt': { outlet: 'Reuters', date: '2026-02-02', url: 'https://www.reuters.com/a' } },
      }),
    );
    // The setting is read for the file's folder (scope "resource").
    client = await TestClient.start({
      folders: [dir],
      scopedConfiguration: { [uriOf(dir)]: { crosscheck: { citationStyle: 'full' } } },
    });
    await client.open(file('reuters.txt')); // open: its analysis is kept while its text is the same
    const hindu = await client.open(file('hindu.txt'));
    await client.indexed();
    const hinduUri = uriOf(file('hindu.txt'));
    const claimEnd = positionOf(hindu, ', after');
    const cites = async () =>
      (
        await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: hinduUri },
          range: at(hindu, '177'),
          context: { diagnostics: [] },
        })
      ).filter((a) => a.title.startsWith('Cite source'));
    const full = await cites();
    // The attributed source ("Officials say") comes first; reuters.txt is named by its declared outlet.
    assert.deepEqual(
      full.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Cite source: notes (177)', true],
        ['Cite source: Reuters (177)', false],
      ],
    );
    assert.deepEqual(editsOf(full[1], hinduUri), [
      { range: { start: claimEnd, end: claimEnd }, newText: ' (Reuters, 2 February 2026, https://www.reuters.com/a)' },
    ]);
    fs.writeFileSync(
      file('.crosscheck.json'),
      JSON.stringify({
        citationStyle: 'outlet-date',
        sources: { 'reut*.txt': { outlet: 'Reuters', date: '2026-02-02' } },
      }),
    );
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('.crosscheck.json')), type: 2 }],
    });
    let first: CodeAction | undefined;
    for (let tries = 0; tries < 80; tries++) {
      first = (await cites())[1];
      if (first && editsOf(first, hinduUri)[0]?.newText === ' (Reuters, 2 February 2026)') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(
      [first?.title, editsOf(first!, hinduUri)[0]?.newText],
      ['Cite source: Reuters (177)', ' (Reuters, 2 February 2026)'],
    );
    // Without the declaration, the file is named by its name again.
    fs.writeFileSync(file('.crosscheck.json'), JSON.stringify({ citationStyle: 'outlet-date' }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('.crosscheck.json')), type: 2 }],
    });
    let titles: string[] = [];
    for (let tries = 0; tries < 80 && !titles.includes('Cite source: reuters (177)'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      titles = (await cites()).map((a) => a.title);
    }
    assert.deepEqual(titles, ['Cite source: notes (177)', 'Cite source: reuters (177)']);
  });

  it('stops reporting a finding once the inline ignore marker is inserted', async () => {
    client = await TestClient.start({ folders: [dir] });
    const text = await client.open(file('dawn.txt'));
    const uri = uriOf(file('dawn.txt'));
    const diagnostics = await client.waitFor('dawn.txt diagnostics', () =>
      client.diagnosticsOf(file('dawn.txt')).length ? client.diagnosticsOf(file('dawn.txt')) : null,
    );
    await client.waitFor('hindu.txt diagnostics', () => client.diagnosticsOf(file('hindu.txt')).length > 0);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: at(text, '145'),
      context: { diagnostics },
    });
    const inline = actions.find((a) => a.title === 'Ignore this finding in this paragraph')!;
    await client.change(file('dawn.txt'), applyEdits(text, editsOf(inline, uri)));
    await client.waitFor('dawn.txt cleared', () => client.diagnostics.get(uri)?.length === 0);
    await client.waitFor('hindu.txt cleared too', () => client.diagnostics.get(uriOf(file('hindu.txt')))?.length === 0);
  });

  it('silences a finding in the marked file only: the others keep their diagnostics while they still disagree', async () => {
    client = await TestClient.start({ folders: [dir] });
    const text = await client.open(file('hindu.txt'));
    const uri = uriOf(file('hindu.txt'));
    const diagnostics = await client.waitFor('hindu.txt diagnostics', () =>
      client.diagnosticsOf(file('hindu.txt')).length ? client.diagnosticsOf(file('hindu.txt')) : null,
    );
    await client.waitFor(
      'dawn.txt and reuters.txt diagnostics',
      () => client.diagnosticsOf(file('dawn.txt')).length > 0 && client.diagnosticsOf(file('reuters.txt')).length > 0,
    );
    const before = {
      dawn: client.diagnosticsOf(file('dawn.txt')).length,
      reuters: client.diagnosticsOf(file('reuters.txt')).length,
    };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: at(text, '177'),
      context: { diagnostics },
    });
    const inline = actions.find((a) => a.title === 'Ignore this finding in this paragraph')!;
    const published = client.publications.length;
    await client.change(file('hindu.txt'), applyEdits(text, editsOf(inline, uri)));
    await client.waitFor('hindu.txt cleared', () => client.diagnostics.get(uri)?.length === 0);
    // The finding changed (without hindu.txt's claim): the other files are published again.
    const dawnUri = uriOf(file('dawn.txt'));
    await client.waitFor('dawn.txt published again', () => client.publications.slice(published).includes(dawnUri));
    // dawn.txt (145) and reuters.txt, notes.md (177) still disagree: their diagnostics stay.
    assert.deepEqual(
      {
        dawn: client.diagnosticsOf(file('dawn.txt')).length,
        reuters: client.diagnosticsOf(file('reuters.txt')).length,
      },
      before,
    );
    assert.ok(before.dawn > 0);
  });

  it('updates the diagnostics of other files when an open document is edited', async () => {
    client = await TestClient.start({ folders: [dir] });
    await client.open(file('dawn.txt'));
    await client.waitFor('diagnostics on hindu.txt', () => client.diagnosticsOf(file('hindu.txt')).length > 0);
    await client.change(file('dawn.txt'), FILES['dawn.txt'].replace('145', '177'));
    await client.waitFor('hindu.txt cleared', () => client.diagnostics.get(uriOf(file('hindu.txt')))?.length === 0);
    assert.deepEqual(client.diagnosticsOf(file('dawn.txt')), []);
    await client.change(file('dawn.txt'), FILES['dawn.txt'].replace('145', '150'));
    await client.waitFor('hindu.txt flagged again', () => client.diagnosticsOf(file('hindu.txt')).length > 0);
  });

  it('keeps related information short: one row per competing figure, at most 8, then "and N more" back to the claim', async () => {
    const outlets = ['Reuters', 'AP', 'BBC News', 'Al Jazeera', 'NPR', 'CNN', 'Variety', 'People', 'Yahoo', 'Dawn'];
    outlets.forEach((outlet, i) =>
      fs.writeFileSync(file(`wire-${i}.txt`), `Source ${outlet}\n\n${report(150 + i)}${report(150 + i)}`),
    );
    client = await TestClient.start({ folders: [dir] });
    const text = await client.open(file('dawn.txt'));
    const where = positionOf(text, '145');
    const diagnostic = await client.waitFor('the diagnostic on 145 with every wire', () => {
      const found = diagnosticAt(client.diagnosticsOf(file('dawn.txt')), where.line, where.character);
      return found && found.relatedInformation!.length === 9 ? found : undefined;
    });
    assert.equal(client.diagnosticsOf(file('dawn.txt')).length, 1);
    assert.equal(String(diagnostic.message).split('\n').length, 1);
    const rows = diagnostic.relatedInformation!.map(
      (r) => `${path.basename(r.location.uri)}:${r.location.range.start.line} ${r.message}`,
    );
    // 11 competing figures: 177 (hindu, reuters and notes: one row, at hindu) and each wire's, once although it says
    // its figure twice.
    assert.deepEqual(rows, [
      'hindu.txt:0 177 — +2 more sources',
      'wire-0.txt:2 150 — Reuters',
      'wire-1.txt:2 151 — AP',
      'wire-2.txt:2 152 — BBC News',
      'wire-3.txt:2 153 — Al Jazeera',
      'wire-4.txt:2 154 — NPR',
      'wire-5.txt:2 155 — CNN',
      'wire-6.txt:2 156 — Variety',
      `dawn.txt:${where.line} and 3 more figures: hover the figure for the table`,
    ]);
  });

  it('publishes the edited document before the closed files its edit changes', async () => {
    for (let i = 0; i < 60; i++) fs.writeFileSync(file(`agency-${String(i).padStart(2, '0')}.txt`), report(177));
    client = await TestClient.start({ folders: [dir] });
    await client.open(file('dawn.txt'));
    const everyFile = fs.readdirSync(dir).map((name) => file(name));
    await client.waitFor('diagnostics on every file', () => everyFile.every((f) => client.diagnosticsOf(f).length > 0));
    const before = client.publications.length;
    await client.change(file('dawn.txt'), FILES['dawn.txt'].replace('145', '150'));
    await client.waitFor('the closed files republished', () =>
      client.diagnosticsOf(file('agency-59.txt')).some((d) => String(d.message).includes('150')),
    );
    const after = client.publications.slice(before);
    assert.equal(after[0], uriOf(file('dawn.txt')));
    assert.equal(after.filter((uri) => uri.includes('/agency-')).length, 60);
  });

  it('follows files created, changed and deleted on disk', async () => {
    client = await TestClient.start({ folders: [dir] });
    await client.open(file('hindu.txt'));
    await client.indexed();
    const relatedFiles = () =>
      new Set(
        client
          .diagnosticsOf(file('hindu.txt'))
          .flatMap((d) => d.relatedInformation!.map((r) => path.basename(r.location.uri))),
      );
    assert.ok(relatedFiles().has('dawn.txt'));
    fs.writeFileSync(file('ap.txt'), report(197));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('ap.txt')), type: 1 }],
    });
    await client.waitFor('ap.txt in related information', () => relatedFiles().has('ap.txt'));
    await client.waitFor('ap.txt diagnostics', () => client.diagnosticsOf(file('ap.txt')).length > 0);
    fs.writeFileSync(file('dawn.txt'), FILES['hindu.txt']);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('dawn.txt')), type: 2 }],
    });
    const relatedMessages = () =>
      client
        .diagnosticsOf(file('hindu.txt'))
        .flatMap((d) => d.relatedInformation!.map((r) => `${path.basename(r.location.uri)}: ${r.message}`));
    // dawn.txt now agrees with hindu.txt: only ap.txt's 197 competes.
    await client.waitFor('dawn.txt says 177 now', () => relatedMessages().join('\n') === 'ap.txt: 197');
    fs.rmSync(file('ap.txt'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('ap.txt')), type: 3 }],
    });
    await client.waitFor('no finding left', () => client.diagnostics.get(uriOf(file('hindu.txt')))?.length === 0);
    // Closed files are published after the open ones, in the next turns of the event loop.
    await client.waitFor('the deleted file cleared', () => client.diagnostics.get(uriOf(file('ap.txt')))?.length === 0);
  });

  it('drops a finding listed in .crosscheck.json and re-reads the file when it changes', async () => {
    client = await TestClient.start({ folders: [dir] });
    await client.open(file('dawn.txt'));
    const findingId = await client.waitFor(
      'a finding id',
      () => (client.diagnosticsOf(file('dawn.txt'))[0]?.data as { findingId: string } | undefined)?.findingId,
    );
    fs.writeFileSync(file('.crosscheck.json'), JSON.stringify({ ignore: [findingId] }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('.crosscheck.json')), type: 1 }],
    });
    await client.waitFor('dawn.txt cleared', () => client.diagnostics.get(uriOf(file('dawn.txt')))?.length === 0);
    fs.writeFileSync(file('.crosscheck.json'), JSON.stringify({ ignore: [] }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('.crosscheck.json')), type: 2 }],
    });
    await client.waitFor('dawn.txt flagged again', () => client.diagnosticsOf(file('dawn.txt')).length > 0);
    // dawn.txt's 145 declared a different count: compared with nothing, nothing disagrees any more.
    fs.writeFileSync(file('.crosscheck.json'), JSON.stringify({ notComparable: { '**/dawn.txt': ['145 militants'] } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('.crosscheck.json')), type: 2 }],
    });
    await client.waitFor(
      'dawn.txt cleared by notComparable',
      () => client.diagnostics.get(uriOf(file('dawn.txt')))?.length === 0,
    );
  });

  it('honours crosscheck.exclude, files.exclude and crosscheck.workspaceDiagnostics from workspace/configuration', async () => {
    client = await TestClient.start({
      folders: [dir],
      configuration: {
        crosscheck: { exclude: ['reuters.txt'], workspaceDiagnostics: false },
        'files.exclude': { '**/*.md': true },
      },
    });
    await client.open(file('dawn.txt'));
    await client.indexed();
    const diagnostics = await client.waitFor('dawn.txt diagnostics', () =>
      client.diagnosticsOf(file('dawn.txt')).length ? client.diagnosticsOf(file('dawn.txt')) : null,
    );
    assert.deepEqual(
      diagnostics[0].relatedInformation!.map((r) => path.basename(r.location.uri)),
      ['hindu.txt'],
    );
    assert.equal(client.diagnostics.has(uriOf(file('hindu.txt'))), false, 'no diagnostics for unopened files');
    assert.ok(
      client.logs.some((l) => l.includes('2 excluded by globs')),
      client.logs.join('\n'),
    );
  });

  it('takes severities from crosscheck.severities, overridden by .crosscheck.json', async () => {
    client = await TestClient.start({
      folders: [dir],
      configuration: { crosscheck: { severities: { conflict: 'error' } } },
    });
    await client.open(file('dawn.txt'));
    await client.waitFor('an error on dawn.txt', () => client.diagnosticsOf(file('dawn.txt'))[0]?.severity === 1);
    fs.writeFileSync(file('.crosscheck.json'), JSON.stringify({ severities: { conflict: 'hint' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('.crosscheck.json')), type: 1 }],
    });
    await client.waitFor('a hint on dawn.txt', () => client.diagnosticsOf(file('dawn.txt'))[0]?.severity === 4);
    client.configuration = { crosscheck: { severities: { conflict: 'off' } } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    fs.rmSync(file('.crosscheck.json'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('.crosscheck.json')), type: 3 }],
    });
    await client.waitFor(
      'conflicts turned off by the setting',
      () => client.diagnostics.get(uriOf(file('dawn.txt')))?.length === 0,
    );
  });

  it('reports nothing and answers empty while crosscheck.enable is off, and starts when it is turned on', async () => {
    client = await TestClient.start({ folders: [dir], configuration: { crosscheck: { enable: false } } });
    const text = await client.open(file('dawn.txt'));
    const position = positionOf(text, '145');
    assert.equal(
      await client.request('textDocument/hover', { textDocument: { uri: uriOf(file('dawn.txt')) }, position }),
      null,
    );
    assert.deepEqual(client.diagnosticsOf(file('dawn.txt')), []);
    client.configuration = { crosscheck: { enable: true } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('diagnostics once enabled', () => client.diagnosticsOf(file('hindu.txt')).length > 0);
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri: uriOf(file('dawn.txt')) }, position }));
  });

  it('skips files over crosscheck.maxFileSize and says so in the log', async () => {
    fs.writeFileSync(file('big.txt'), report(999) + 'x'.repeat(5000));
    client = await TestClient.start({ folders: [dir], configuration: { crosscheck: { maxFileSize: 1000 } } });
    await client.indexed();
    assert.ok(client.logs.some((l) => l.includes('big.txt') && l.includes('maxFileSize')));
    assert.deepEqual(client.statuses[client.statuses.length - 1], { files: 4, findings: 1, indexing: false });
  });

  it('logs what reading a changed file replaced (invalid UTF-8)', async () => {
    client = await TestClient.start({ folders: [dir] });
    await client.indexed();
    fs.writeFileSync(
      file('mangled.txt'),
      Buffer.concat([
        Buffer.from('At least 31 civilians '),
        Buffer.from([0xff, 0xfe, 0x41, 0xc3]),
        Buffer.from(' were killed.'),
      ]),
    );
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('mangled.txt')), type: 1 }],
    });
    const line = await client.waitFor('the warning in the log', () =>
      client.logs.find((l) => l.includes('mangled.txt:')),
    );
    assert.equal(
      line,
      `[crosscheck] read ${file('mangled.txt')}: invalid UTF-8: 3 byte sequence(s) replaced with U+FFFD`,
    );
  });

  it('works for an old client: no configuration requests, no dynamic registration, settings pushed', async () => {
    client = await TestClient.start({
      folders: [dir],
      capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      initializationOptions: { settings: { crosscheck: { workspaceDiagnostics: false } } },
    });
    await client.open(file('dawn.txt'));
    await client.waitFor('dawn.txt diagnostics', () => client.diagnosticsOf(file('dawn.txt')).length > 0);
    await client.indexed();
    assert.deepEqual(client.registrations, []);
    assert.deepEqual(client.progress, []);
    assert.equal(client.diagnostics.has(uriOf(file('hindu.txt'))), false);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { crosscheck: { workspaceDiagnostics: true } },
    });
    await client.waitFor(
      'hindu.txt diagnostics after the setting changed',
      () => client.diagnosticsOf(file('hindu.txt')).length > 0,
    );
  });

  it('compares the files of every folder of a multi-root workspace', async () => {
    const other = makeWorkspace({ 'wire.txt': report(200) });
    try {
      client = await TestClient.start({ folders: [dir, other] });
      await client.open(file('dawn.txt'));
      await client.indexed();
      const related = await client.waitFor('related information into the second folder', () =>
        client
          .diagnosticsOf(file('dawn.txt'))[0]
          ?.relatedInformation?.find((r) => r.location.uri === uriOf(path.join(other, 'wire.txt'))),
      );
      assert.equal(related.message, '200');
      const findings = await client.request<{ findings: { claims: string[] }[] }>('crosscheck/findings', {});
      const ids = findings.findings.flatMap((f) => f.claims);
      assert.ok(
        ids.some((id) => id.startsWith(`${path.basename(other)}/wire.txt:`)),
        ids.join(', '),
      );
      assert.ok(
        ids.some((id) => id.startsWith(`${path.basename(dir)}/dawn.txt:`)),
        ids.join(', '),
      );
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it("applies a folder's own crosscheck.exclude in a multi-root workspace", async () => {
    const other = makeWorkspace({ 'wire.txt': report(200), 'agency.txt': report(210) });
    try {
      client = await TestClient.start({
        folders: [dir, other],
        scopedConfiguration: { [uriOf(other)]: { crosscheck: { exclude: ['wire.txt'] } } },
      });
      await client.open(file('dawn.txt'));
      await client.indexed();
      const related = await client.waitFor('related information into agency.txt', () => {
        const rows = client
          .diagnosticsOf(file('dawn.txt'))
          .flatMap((d) => d.relatedInformation!.map((r) => `${path.basename(r.location.uri)}: ${r.message}`));
        return rows.some((row) => row.startsWith('agency.txt')) ? rows.sort() : null;
      });
      // wire.txt (200) is excluded in its own folder; the first folder keeps its defaults: reuters.txt gives 177 too.
      assert.deepEqual(related, ['agency.txt: 210', 'hindu.txt: 177 — +2 more sources']);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('reads nothing of a folder whose own crosscheck.enable is off in a multi-root workspace (a resource setting)', async () => {
    const other = makeWorkspace({ 'wire.txt': report(200), 'agency.txt': report(210) });
    try {
      client = await TestClient.start({
        folders: [dir, other],
        scopedConfiguration: { [uriOf(other)]: { crosscheck: { enable: false } } },
      });
      await client.open(file('dawn.txt'));
      await client.indexed();
      const related = await client.waitFor('related information on 177 counting reuters.txt', () => {
        const rows = client
          .diagnosticsOf(file('dawn.txt'))
          .flatMap((d) => d.relatedInformation!.map((r) => `${path.basename(r.location.uri)}: ${r.message}`));
        return rows.includes('hindu.txt: 177 — +2 more sources') ? rows : null;
      });
      // Nothing of the other folder: neither wire.txt's 200 nor agency.txt's 210.
      assert.deepEqual(related, ['hindu.txt: 177 — +2 more sources']);
      const findings = await client.request<{ findings: { claims: string[] }[] }>('crosscheck/findings', {});
      assert.ok(!findings.findings.flatMap((f) => f.claims).some((id) => id.startsWith(`${path.basename(other)}/`)));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('indexes a workspace folder added later and forgets a removed one', async () => {
    const other = makeWorkspace({ 'wire.txt': report(200) });
    try {
      client = await TestClient.start({
        folders: [dir],
        capabilities: { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, workspaceFolders: true } },
      });
      await client.open(file('dawn.txt'));
      await client.indexed();
      const wireUri = uriOf(path.join(other, 'wire.txt'));
      const relatedUris = () =>
        client.diagnosticsOf(file('dawn.txt')).flatMap((d) => d.relatedInformation!.map((r) => r.location.uri));
      assert.ok(!relatedUris().includes(wireUri));
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: uriOf(other), name: 'other' }], removed: [] },
      });
      await client.waitFor('wire.txt in related information', () => relatedUris().includes(wireUri));
      await client.waitFor('wire.txt diagnostics', () => (client.diagnostics.get(wireUri)?.length ?? 0) > 0);
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [{ uri: uriOf(other), name: 'other' }] },
      });
      await client.waitFor('wire.txt forgotten', () => !relatedUris().includes(wireUri));
      await client.waitFor('wire.txt diagnostics cleared', () => client.diagnostics.get(wireUri)?.length === 0);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('lists references, symbols, code lenses, semantic tokens and (when enabled) inlay hints', async () => {
    client = await TestClient.start({ folders: [dir], configuration: { crosscheck: { inlayHints: true } } });
    const text = await client.open(file('dawn.txt'));
    const uri = uriOf(file('dawn.txt'));
    await client.indexed();
    const position = positionOf(text, '145');
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      references.map((r) => path.basename(r.uri)),
      ['dawn.txt', 'hindu.txt', 'notes.md', 'reuters.txt'],
    );

    const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    assert.deepEqual(
      lenses.map((l) => l.command.title),
      ['4 sources: 145 · 177'],
    );

    const hints = await client.request<{ label: string; position: unknown }[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
    });
    assert.deepEqual(
      hints.map((h) => h.label),
      ['177 elsewhere'],
    );

    const symbols = await client.request<{ name: string; kind: number }[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.equal(symbols.length, 1);
    assert.match(symbols[0].name, /145 militants/);
    assert.equal(symbols[0].kind, 16);

    const found = await client.request<{ location: Location }[]>('workspace/symbol', { query: 'militants' });
    assert.deepEqual(found.map((s) => path.basename(s.location.uri)).sort(), [
      'dawn.txt',
      'hindu.txt',
      'notes.md',
      'reuters.txt',
    ]);
    assert.deepEqual(await client.request('workspace/symbol', { query: 'civilians' }), []);

    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const [line, character, length, type, modifiers] = tokens.data;
    assert.deepEqual([line, character, type, modifiers], [position.line, position.character, 0, 1]);
    assert.ok(length >= 3);
  });

  it('answers crosscheck/findings, crosscheck/report and crosscheck/reindex', async () => {
    client = await TestClient.start({ folders: [dir] });
    await client.indexed();
    const result = await client.request<{ findings: { kind: string; locations: { uri: string; text: string }[] }[] }>(
      'crosscheck/findings',
      { uri: uriOf(file('dawn.txt')) },
    );
    assert.equal(result.findings.length, 1);
    assert.deepEqual(
      result.findings[0].locations.map((l) => [path.basename(l.uri), l.text]),
      [
        ['dawn.txt', '145 militants'],
        ['hindu.txt', '177 militants'],
        ['notes.md', '177 militants'],
        ['reuters.txt', '177 militants'],
      ],
    );
    const json = JSON.parse(
      (await client.request<{ content: string }>('crosscheck/report', { format: 'json' })).content,
    );
    assert.deepEqual(json.files, ['dawn.txt', 'hindu.txt', 'notes.md', 'reuters.txt']);
    assert.equal(json.conflicts.length, 1);
    const sarif = JSON.parse(
      (await client.request<{ content: string }>('crosscheck/report', { format: 'sarif' })).content,
    );
    assert.equal(sarif.version, '2.1.0');
    const markdown = (await client.request<{ content: string }>('crosscheck/report', { format: 'markdown' })).content;
    assert.ok(markdown.startsWith('# Crosscheck report'));
    const before = client.statuses.length;
    assert.equal(await client.request('crosscheck/reindex', null), null);
    assert.ok(client.statuses.length > before);
  });

  it('analyses an untitled document against the workspace without placing it in a folder', async () => {
    client = await TestClient.start({ folders: [dir] });
    await client.indexed();
    const uri = 'untitled:Untitled-1';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: report(300) },
    });
    const diagnostic = await client.waitFor(
      'a diagnostic on the untitled document',
      () => client.diagnostics.get(uri)?.[0],
    );
    assert.equal(diagnostic.code, 'conflict');
    assert.ok(diagnostic.relatedInformation!.some((r) => r.location.uri === uriOf(file('hindu.txt'))));
    const result = await client.request<{ findings: { claims: string[] }[] }>('crosscheck/findings', { uri });
    assert.ok(
      result.findings[0].claims.some((id) => id.startsWith('untitled:Untitled-1:0:')),
      result.findings[0].claims.join(', '),
    );
  });

  it('turns an exception or a bad request into an error response and keeps serving', async () => {
    client = await TestClient.start({ folders: [dir] });
    await client.indexed();
    await assert.rejects(client.request('crosscheck/report', null));
    const text = await client.open(file('dawn.txt'));
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriOf(file('dawn.txt')) },
      position: positionOf(text, '145'),
    });
    assert.ok(hover);
    assert.ok(client.logs.some((l) => l.includes('report failed')));
  });
});
