// Headless Emacs with eglot (Debian's emacs-nox + elpa-eglot) as a real client of `crosscheck lsp --stdio`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureInstalled, freshSeedWorkspace, requireBuild, requireProgram } from './support/environment';
import { runSeedLspScript, type EditorRun } from './support/runEditor';
import {
  assertCitationOf145,
  assertSeedBehaviour,
  messageText,
  referenceAnswers,
  type ReferenceAnswers,
} from './support/referenceSession';
import { FILE_145, spotOf145 } from './support/seedFacts';

interface EglotSaw {
  emacs: string;
  error?: string;
  diagnostics: { start: [number, number]; end: [number, number]; type: string; message: string }[];
  hover: string;
  hover_shown: string;
  action_titles: string[];
  applied?: string;
  text_after: string;
}

describe('editors: Emacs eglot headless against crosscheck lsp --stdio', function () {
  this.timeout(10 * 60_000);
  let reference: ReferenceAnswers;
  let run: EditorRun<EglotSaw>;
  let original: string;
  const spot = spotOf145();

  before(async function () {
    ensureInstalled(this, ['apt']);
    requireProgram(this, 'emacs');
    requireBuild();
    // the same folder for both: hovers link to files by absolute URI
    const workspace = freshSeedWorkspace('emacs');
    reference = await referenceAnswers(workspace);
    original = fs.readFileSync(path.join(workspace, FILE_145), 'utf8');
    run = await runSeedLspScript<EglotSaw>(
      'emacs',
      'emacs',
      ['--batch', '-q', '-l', path.join(__dirname, 'emacs', 'eglot-e2e.el')],
      workspace,
      reference.citationAction.title,
    );
    console.log(`      Emacs ${run.seen.emacs}: run took ${run.milliseconds} ms`);
  });

  it('is served what the seeds require (C1: 145 against 177 and 197), which the editor must show', function () {
    assertSeedBehaviour(reference);
  });

  it('runs to the end without error', function () {
    assert.equal(run.seen.error, undefined);
    assert.equal(run.exitCode, 0, run.output);
  });

  it('shows the diagnostic on "145" in 002 (flymake) with the server\'s exact range and message', function () {
    const expected = reference.diagnosticOn145;
    const shown = run.seen.diagnostics.find(
      (d) => d.start[0] === spot.line && d.start[1] <= spot.character && d.end[1] >= spot.character + 3,
    );
    assert.ok(shown, `no diagnostic on "145": ${JSON.stringify(run.seen.diagnostics)}`);
    assert.deepEqual(
      { start: shown.start, end: shown.end },
      {
        start: [expected.range.start.line, expected.range.start.character],
        end: [expected.range.end.line, expected.range.end.character],
      },
    );
    // flymake shows the message, after eglot's "[source] " prefix when the diagnostic has a source
    assert.equal(
      shown.message.endsWith(messageText(expected)),
      true,
      `${shown.message} does not end with ${messageText(expected)}`,
    );
    assert.match(shown.message, /177/);
  });

  it('gets the hover on "145" exactly as the server wrote it', function () {
    assert.equal(run.seen.hover, reference.hoverText);
    assert.match(run.seen.hover_shown, /177/);
  });

  it('offers the citation quick fix (eglot-code-actions) and applies its exact edit', function () {
    assert.deepEqual(run.seen.action_titles, reference.actionTitles);
    assert.equal(run.seen.applied, reference.citationAction.title);
    assert.equal(run.seen.text_after, reference.textAfterCitation);
    assertCitationOf145(original, reference);
  });
});
