// Headless Neovim (Debian's 0.7, vim.lsp.start_client) as a real client of `crosscheck lsp --stdio`, started by the
// test's own script and by the README's Neovim snippet, exactly as the README gives it, as Neovim's init.lua.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  E2E,
  editorEnvironment,
  ensureInstalled,
  freshSeedWorkspace,
  requireBuild,
  requireProgram,
  ROOT,
} from './support/environment';
import { runEditor, runSeedLspScript, type EditorRun } from './support/runEditor';
import {
  assertCitationOf145,
  assertSeedBehaviour,
  messageText,
  referenceAnswers,
  type ReferenceAnswers,
} from './support/referenceSession';
import { FILE_145, FILES_177, spotOf145 } from './support/seedFacts';

interface NeovimSaw {
  nvim: string;
  error?: string;
  diagnostics: { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string }[];
  hover: string[];
  action_titles: string[];
  applied?: string;
  text_after: string;
}

describe('editors: Neovim headless (vim.lsp) against crosscheck lsp --stdio', function () {
  this.timeout(10 * 60_000);
  let reference: ReferenceAnswers;
  let run: EditorRun<NeovimSaw>;
  let original: string;
  const spot = spotOf145();

  before(async function () {
    ensureInstalled(this, ['apt']);
    requireProgram(this, 'nvim');
    requireBuild();
    // the same folder for both: hovers link to files by absolute URI
    const workspace = freshSeedWorkspace('nvim');
    reference = await referenceAnswers(workspace);
    original = fs.readFileSync(path.join(workspace, FILE_145), 'utf8');
    run = await runSeedLspScript<NeovimSaw>(
      'nvim',
      'nvim',
      ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'nvim', 'lsp_e2e.lua')}`],
      workspace,
      reference.citationAction.title,
    );
    console.log(`      Neovim ${run.seen.nvim}: run took ${run.milliseconds} ms`);
  });

  it('is served what the seeds require (C1: 145 against 177 and 197), which the editor must show', function () {
    assertSeedBehaviour(reference);
  });

  it('runs to the end without error', function () {
    assert.equal(run.seen.error, undefined);
    assert.equal(run.exitCode, 0, run.output);
    assert.match(run.seen.nvim, /^0\.\d+\.\d+$/);
  });

  it('shows the diagnostic on "145" in 002 with the server\'s exact range and message', function () {
    // Neovim counts columns in UTF-8 bytes; the line has an em dash (1 UTF-16 unit, 3 bytes) before 145.
    const lines = original.split(/\r?\n/);
    const byteColumn = (line: number, utf16: number) => Buffer.byteLength(lines[line].slice(0, utf16), 'utf8');
    const expected = reference.diagnosticOn145;
    const column145 = byteColumn(spot.line, spot.character);
    const shown = run.seen.diagnostics.find(
      (d) => d.lnum === spot.line && d.col <= column145 && d.end_col >= column145 + 3,
    );
    assert.ok(shown, `no diagnostic on "145": ${JSON.stringify(run.seen.diagnostics)}`);
    const { start, end } = expected.range;
    assert.deepEqual(
      { lnum: shown.lnum, col: shown.col, end_lnum: shown.end_lnum, end_col: shown.end_col, message: shown.message },
      {
        lnum: start.line,
        col: byteColumn(start.line, start.character),
        end_lnum: end.line,
        end_col: byteColumn(end.line, end.character),
        message: messageText(expected),
      },
    );
    assert.ok(column145 > spot.character, 'the tested line should have multi-byte characters before 145');
    assert.match(shown.message, /177/);
    assert.equal(run.seen.diagnostics.length, reference.diagnostics.length);
  });

  it('shows the hover on "145" as the server wrote it, naming 177 and another file', function () {
    assert.equal(run.seen.hover.length, 1);
    assert.equal(run.seen.hover[0], reference.hoverText.trim());
    assert.match(run.seen.hover[0], /177/);
    assert.match(run.seen.hover[0], /00[0134]_/);
  });

  it('offers the citation quick fix and applies its exact edit to the buffer', function () {
    assert.deepEqual(run.seen.action_titles, reference.actionTitles);
    assert.equal(run.seen.applied, reference.citationAction.title);
    // Neovim's buffer lines drop the final end of line.
    assert.equal(run.seen.text_after, reference.textAfterCitation.replace(/\r?\n$/, ''));
    assertCitationOf145(original, reference);
  });
});

interface ReadmeSnippetSaw {
  nvim: string;
  error?: string;
  filetype: string;
  diagnostic_count: number;
  hover: string[];
  hover_error?: string;
  first_clients: number[];
  second_clients: number[];
  clients: { id: number; name: string; root_dir: string }[];
}

/** The README's Neovim 0.7+ snippet, as written there (its server path is the one placeholder to fill in). */
function readmeNeovimSnippet(readme: string): string {
  const blocks = [...readme.matchAll(/```lua\n(-- Neovim 0\.7\+[^]*?)```/g)].map((match) => match[1]!);
  assert.equal(blocks.length, 1, 'README.md has one Lua block headed "-- Neovim 0.7+"');
  return blocks[0]!;
}

describe("editors: Neovim headless with the README's Neovim snippet as init.lua", function () {
  this.timeout(10 * 60_000);
  let reference: ReferenceAnswers;
  let run: EditorRun<ReadmeSnippetSaw>;
  let workspace: string;
  const spot = spotOf145();
  const placeholder = '/path/to/crosscheck/dist/cli.js';

  before(async function () {
    ensureInstalled(this, ['apt']);
    requireProgram(this, 'nvim');
    requireBuild();
    workspace = freshSeedWorkspace('nvim-readme');
    // the root marker the snippet looks for first; without it the root would be the checkout (its .git)
    fs.writeFileSync(path.join(workspace, '.crosscheck.json'), '{}\n');
    reference = await referenceAnswers(workspace);
    const snippet = readmeNeovimSnippet(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    assert.ok(snippet.includes(`'${placeholder}'`), 'the snippet names the server as /path/to/crosscheck/dist/cli.js');
    const initLua = path.join(E2E, 'work', 'nvim-readme', 'init.lua');
    fs.writeFileSync(initLua, snippet.split(placeholder).join(path.join(ROOT, 'dist', 'cli.js')));
    run = await runEditor<ReadmeSnippetSaw>(
      'nvim',
      [
        '--headless',
        '-u',
        initLua,
        '-i',
        'NONE',
        '-n',
        '-c',
        `luafile ${path.join(__dirname, 'nvim', 'readme_e2e.lua')}`,
      ],
      {
        ...editorEnvironment('nvim-readme'),
        LSP_TEST_FILE: path.join(workspace, FILE_145),
        SECOND_FILE: path.join(workspace, FILES_177[0]!),
        HOVER_LINE: String(spot.line),
        HOVER_CHAR: String(spot.character + 1),
        TIMEOUT_MS: '30000',
      },
      path.join(E2E, 'work', 'nvim-readme', 'seen.json'),
      120_000,
    );
    console.log(`      Neovim ${run.seen.nvim} with the README's snippet: run took ${run.milliseconds} ms`);
  });

  it('runs to the end without error', function () {
    assert.equal(run.seen.error, undefined, run.output);
    assert.equal(run.exitCode, 0, run.output);
  });

  it('attaches the client to the text buffer, which gets the diagnostics of the whole folder', function () {
    assert.equal(run.seen.filetype, 'text');
    assert.equal(run.seen.diagnostic_count, reference.diagnostics.length);
  });

  it('answers a hover on "145" with the server\'s text', function () {
    assert.equal(run.seen.hover_error, undefined);
    assert.deepEqual(run.seen.hover, [reference.hoverText.trim()]);
  });

  it('serves two files of one root with one client, whose root is the folder with .crosscheck.json', function () {
    assert.equal(run.seen.clients.length, 1, JSON.stringify(run.seen.clients));
    const [client] = run.seen.clients;
    assert.deepEqual(
      {
        name: client!.name,
        root_dir: client!.root_dir,
        first: run.seen.first_clients,
        second: run.seen.second_clients,
      },
      { name: 'crosscheck', root_dir: workspace, first: [client!.id], second: [client!.id] },
    );
  });
});
