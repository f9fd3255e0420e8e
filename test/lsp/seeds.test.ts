// The seed workspace (seeds/, the spec in ../shared/seeds/EXPECTED.md) through the built server: the C1
// conflict on 002's "at least 145 militants", as a user opening 002 sees it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { applyEdits, makeWorkspace, positionOf, REPO, TestClient, uriOf } from './lspClient';

const SEED_002 = '002_f236f39115b0c122.txt';

describe('language server on the seeds', function () {
  this.timeout(20_000);
  let dir: string;
  let client: TestClient;
  let text: string;
  let uri: string;
  let diagnostic: Diagnostic;

  before(async () => {
    dir = makeWorkspace(path.join(REPO, 'seeds'));
    client = await TestClient.start({ folders: [dir] });
    text = await client.open(path.join(dir, SEED_002));
    uri = uriOf(path.join(dir, SEED_002));
    await client.indexed();
    const at145 = positionOf(text, '145');
    diagnostic = await client.waitFor('the diagnostic on 145', () =>
      client.diagnostics
        .get(uri)
        ?.find(
          (d) =>
            d.code === 'conflict' &&
            d.range.start.line === at145.line &&
            d.range.start.character <= at145.character &&
            at145.character < d.range.end.character,
        ),
    );
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('flags "at least 145 militants" in 002 with one row of related information per competing figure, 177 and 197', () => {
    const line = text.split(/\r?\n/)[diagnostic.range.start.line];
    assert.equal(
      line.slice(diagnostic.range.start.character, diagnostic.range.end.character),
      'at least 145 militants',
    );
    assert.equal(diagnostic.source, 'crosscheck');
    assert.equal(
      diagnostic.message,
      '145 militants killed here (superseded); 177 in The Hindu, Tatkaal Khabar, 003, NewsGram; 197 in 003',
    );
    // One row per competing figure, linked to its first source, with how many more sources give it (000, 001, 003
    // and 004 say 177): the hover's table, below them, has a row and a link for every source.
    assert.deepEqual(
      diagnostic.relatedInformation!.map(
        (r) => `${path.basename(r.location.uri).slice(0, 3)}:${r.location.range.start.line}: ${r.message}`,
      ),
      [
        '000:1: 177 — Interior Minister Mohsin Naqvi · The Hindu · 2026-02-02 · +3 more sources',
        '003:1: 197 — state media reports · 2026-02-02',
      ],
    );
  });

  it('hovers 145 with the competing figures and the timeline 145 → 177 and the outlier 197', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, '145'),
    });
    const lines = (hover.contents as { value: string }).value.split('\n');
    assert.equal(lines[0], '**Crosscheck: 5 sources disagree on militants killed**');
    const rows = lines.filter((l) => /^\| (\*\*)?\d/.test(l));
    assert.ok(rows[0].startsWith('| **145** | at least | '), rows[0]);
    // The outlet names the source ("Source The Hindu"); the link, to the file, reads its name without the hash.
    // One row per source: 002 says 145 twice (+1); the speaker is the one the CLI names for that figure.
    assert.ok(rows[0].endsWith(`| The Hindu | 2026-02-01 | [002:2](${uri}#L2) +1 |`), rows[0]);
    const hindu177 = rows.find((r) => r.includes('[000:2]'));
    assert.ok(
      hindu177?.startsWith('| 177 | exact | Interior Minister Mohsin Naqvi | The Hindu | 2026-02-02 | '),
      hindu177,
    );
    assert.equal(rows.length, 7);
    // Every source one click away: the related information links the first source of each figure, the table all.
    assert.deepEqual([...new Set(rows.map((r) => /\[(\d{3}):\d+\]\(/.exec(r)?.[1]))].sort(), [
      '000',
      '001',
      '002',
      '003',
      '004',
    ]);
    assert.deepEqual([...new Set(rows.map((r) => r.split(' | ')[0].replace(/[|* ]/g, '')))], ['145', '177', '197']);
    const timeline = lines.find((l) => l.startsWith('Timeline: '));
    assert.match(
      timeline ?? '',
      /^Timeline: 145 \(2026-02-01; .*superseded\) → 177 \(2026-02-02; .*\) → 197 \(2026-02-02; .*\)$/,
    );
  });

  it('prefers citing 004 (NewsGram), which also gives 145, and offers 177 and 197 as replacements last, never preferred', async () => {
    const at = positionOf(text, '145');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [diagnostic] },
    });
    // The light bulb's first item, which Enter applies, cites; the titles name outlets ("Author : NewsGram Desk", "Source The Hindu").
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Cite source: NewsGram (145)', true],
        ['Ignore this finding in this paragraph', false],
        ['Ignore this finding in .crosscheck.json', false],
        ['Mark "at least 145 militants" as a different count', false],
        ['Mark "at least 145 militants" as a different count in .crosscheck.json', false],
        ['Replace "at least 145" with "177" (The Hindu)', false],
        ['Replace "at least 145" with "197" (003)', false],
        ['Cite every figure of this file', false],
      ],
    );
    const edited = applyEdits(text, actions[0].edit!.changes![uri]);
    assert.ok(
      edited.includes('killed at least 145 militants (NewsGram, 1 February 2026) following'),
      edited.split('\n')[1],
    );
    assert.ok(applyEdits(text, actions[5].edit!.changes![uri]).includes('have killed 177 militants following'));
    // 002 has no blank line: the markers go on a line of their own before the claim's line (line 1), not atop the file.
    const findingId = (diagnostic.data as { findingId: string }).findingId;
    const lineStart = { line: at.line, character: 0 };
    assert.deepEqual(actions[1].edit!.changes![uri], [
      { range: { start: lineStart, end: lineStart }, newText: `crosscheck-ignore: ${findingId}\n` },
    ]);
    assert.deepEqual(actions[3].edit!.changes![uri], [
      { range: { start: lineStart, end: lineStart }, newText: 'crosscheck-not-comparable: at least 145 militants\n' },
    ]);
  });

  it('hovers the date of the attacks in 002 with the date finding and every source (003 says 29 January)', async () => {
    const at = positionOf(text, 'violence erupted early Saturday');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at });
    const lines = (hover.contents as { value: string }).value.split('\n');
    assert.equal(lines[0], '**Crosscheck: attacks began** (`date`)');
    assert.match(lines[2], /^Sources disagree on when the attacks began: .*29 Jan 2026 in 003/);
    assert.ok(
      lines.includes(`- **violence erupted early Saturday** — [002:${at.line + 1}](${uri}#L${at.line + 1})`),
      lines.join('\n'),
    );
    assert.ok(
      lines.some(
        (l) =>
          l.startsWith('- escalation began with a series of coordinated attacks on January 29') && l.includes('[003:'),
      ),
    );
  });

  type Lens = { range: Diagnostic['range']; command: { title: string; command: string; arguments?: unknown[] } };

  it('puts a code lens "5 sources: 145 · 177 · 197" over the contested figure (title only for a client without the command)', async () => {
    const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const lens = lenses.find((l) => l.range.start.line === diagnostic.range.start.line);
    assert.deepEqual(lens?.command, { title: '5 sources: 145 · 177 · 197', command: '' });
  });

  it('makes the lens run crosscheck.showTimeline with the finding id when the client has that command', async () => {
    const withCommands = await TestClient.start({
      folders: [dir],
      initializationOptions: { commands: ['crosscheck.showTimeline'] },
    });
    try {
      await withCommands.open(path.join(dir, SEED_002));
      await withCommands.indexed();
      const lenses = await withCommands.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
      const lens = lenses.find(
        (l) =>
          l.range.start.line === diagnostic.range.start.line &&
          l.range.start.character === diagnostic.range.start.character,
      );
      const findingId = (diagnostic.data as { findingId: string }).findingId;
      assert.match(findingId, /^conflict\/militants-killed\//);
      assert.deepEqual(lens?.command, {
        title: '5 sources: 145 · 177 · 197',
        command: 'crosscheck.showTimeline',
        arguments: [findingId],
      });
      assert.ok(lenses.length > 1);
      for (const other of lenses) assert.equal(other.command.command, 'crosscheck.showTimeline', JSON.stringify(other));
    } finally {
      await withCommands.stop();
    }
  });
});
