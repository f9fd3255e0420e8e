// Headless Neovim (Debian's 0.7, vim.lsp.start_client) as a real client of `crosscheck lsp --stdio`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureInstalled, freshSeedWorkspace, requireBuild, requireProgram } from './support/environment';
import { runSeedLspScript, type EditorRun } from './support/runEditor';
import { assertCitationOf145, assertSeedBehaviour, messageText, referenceAnswers, type ReferenceAnswers } from './support/referenceSession';
import { FILE_145, spotOf145 } from './support/seedFacts';

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
    run = await runSeedLspScript<NeovimSaw>('nvim', 'nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'nvim', 'lsp_e2e.lua')}`], workspace, reference.citationAction.title);
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
    const shown = run.seen.diagnostics.find((d) => d.lnum === spot.line && d.col <= column145 && d.end_col >= column145 + 3);
    assert.ok(shown, `no diagnostic on "145": ${JSON.stringify(run.seen.diagnostics)}`);
    const { start, end } = expected.range;
    assert.deepEqual(
      { lnum: shown.lnum, col: shown.col, end_lnum: shown.end_lnum, end_col: shown.end_col, message: shown.message },
      { lnum: start.line, col: byteColumn(start.line, start.character), end_lnum: end.line, end_col: byteColumn(end.line, end.character), message: messageText(expected) },
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
