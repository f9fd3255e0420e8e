// Every code action the server offers on the seed workspace (and on a CRLF / emoji variant of it), checked
// over stdio: its edits lie inside the document on UTF-16 code point boundaries and do not overlap; a "Replace"
// replaces exactly the text its title quotes; "Cite", "Add attribution" and paragraph "Ignore" only insert;
// nothing but the document itself and the workspace's .crosscheck.json is touched; and applying the edits and
// then their inverse restores the text byte for byte.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEEDS_DIR, splitsSurrogatePair } from '../property/arbitraries';
import {
  makeSandbox,
  RawClient,
  seedFiles,
  SERVER,
  uriOf,
  type Diagnostic,
  type Message,
  type Sandbox,
} from '../robustness/lspHarness';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface TextEdit {
  range: LspRange;
  newText: string;
}

interface CodeAction {
  title: string;
  kind?: string;
  edit?: {
    changes?: Record<string, TextEdit[]>;
    documentChanges?: ({ textDocument: { uri: string }; edits: TextEdit[] } | { kind: string; uri: string })[];
  };
}

/** Text edits of an action, by URI; resource operations listed separately. */
function editsOf(action: CodeAction): { byUri: Map<string, TextEdit[]>; operations: { kind: string; uri: string }[] } {
  const byUri = new Map<string, TextEdit[]>();
  const operations: { kind: string; uri: string }[] = [];
  for (const [uri, edits] of Object.entries(action.edit?.changes ?? {}))
    byUri.set(uri, [...(byUri.get(uri) ?? []), ...edits]);
  for (const change of action.edit?.documentChanges ?? []) {
    if ('kind' in change) operations.push(change);
    else byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits]);
  }
  return { byUri, operations };
}

/** Checks one action's edits on `text`; returns the number of edits checked. */
function checkEdits(action: CodeAction, text: string): number {
  const document = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
  const edits = editsOf(action).byUri.get('DOC') ?? [];
  const spans = edits.map((edit) => {
    const start = document.offsetAt(edit.range.start);
    const end = document.offsetAt(edit.range.end);
    // offsetAt clamps: a position past its line or past the end would come back different.
    assert.deepEqual(
      document.positionAt(start),
      edit.range.start,
      `"${action.title}": start ${JSON.stringify(edit.range.start)} is not a position of the text`,
    );
    assert.deepEqual(
      document.positionAt(end),
      edit.range.end,
      `"${action.title}": end ${JSON.stringify(edit.range.end)} is not a position of the text`,
    );
    assert.ok(start <= end, `"${action.title}": range ends before it starts`);
    assert.ok(
      !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end),
      `"${action.title}": edit splits a surrogate pair`,
    );
    return { start, end, newText: edit.newText, oldText: text.slice(start, end) };
  });
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i - 1].end <= sorted[i].start, `"${action.title}": edits overlap`);
  }
  if (action.title.startsWith('Replace "')) {
    const quoted = /^Replace "(.*)" with "(.*)" \(/.exec(action.title);
    assert.ok(quoted, `unexpected title ${action.title}`);
    assert.equal(spans.length, 1, `"${action.title}" has ${spans.length} edits`);
    assert.equal(spans[0].oldText, quoted[1], `"${action.title}" replaces "${spans[0].oldText}"`);
    assert.equal(spans[0].newText, quoted[2], `"${action.title}" inserts "${spans[0].newText}"`);
  }
  if (/^(Cite |Add attribution|Ignore this finding in this paragraph)/.test(action.title)) {
    for (const span of spans)
      assert.equal(span.oldText, '', `"${action.title}" replaces "${span.oldText}" instead of inserting`);
  }
  // Apply from the end, then undo from the start of the result: the original text comes back.
  let applied = text;
  for (const span of [...sorted].reverse())
    applied = applied.slice(0, span.start) + span.newText + applied.slice(span.end);
  let shift = 0;
  const inverse = sorted.map((span) => {
    const start = span.start + shift;
    shift += span.newText.length - (span.end - span.start);
    return { start, end: start + span.newText.length, text: span.oldText };
  });
  let undone = applied;
  for (const edit of [...inverse].reverse()) undone = undone.slice(0, edit.start) + edit.text + undone.slice(edit.end);
  assert.equal(undone, text, `"${action.title}": applying and undoing does not restore the text`);
  return spans.length;
}

describe('LSP robustness: code action edits', function () {
  this.timeout(300_000);
  let sandbox: Sandbox | undefined;
  let client: RawClient | undefined;

  before(function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    if (!fs.existsSync(SEEDS_DIR)) this.skip();
  });

  afterEach(async () => {
    await client?.stop();
    if (sandbox) fs.rmSync(sandbox.root, { recursive: true, force: true });
    client = undefined;
    sandbox = undefined;
  });

  for (const variant of ['as written', 'CRLF, emoji before every line'] as const) {
    it(`only insert or replace what they name, and undo cleanly (seed reports, ${variant})`, async () => {
      const files = seedFiles();
      if (variant !== 'as written') {
        for (const name of Object.keys(files))
          files[name] = files[name]
            .split('\n')
            .map((line) => `😀 ${line}`)
            .join('\r\n');
      }
      sandbox = makeSandbox(files);
      client = new RawClient(sandbox);
      await client.initialize(sandbox.workspace);
      await client.indexed();
      for (const [name, text] of Object.entries(files)) {
        client.notify('textDocument/didOpen', {
          textDocument: { uri: uriOf(path.join(sandbox.workspace, name)), languageId: 'plaintext', version: 1, text },
        });
      }
      await client.finalState();
      const configUri = uriOf(path.join(sandbox.workspace, '.crosscheck.json'));
      let actions = 0;
      let edits = 0;
      let diagnostics = 0;
      const titles = new Set<string>();
      for (const [name, text] of Object.entries(files)) {
        const uri = uriOf(path.join(sandbox.workspace, name));
        const list: Diagnostic[] = client.diagnostics.get(uri) ?? [];
        diagnostics += list.length;
        for (const diagnostic of list) {
          const answer: Message = await client.request('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] },
          });
          assert.equal(answer.error, undefined, JSON.stringify(answer.error));
          for (const action of (answer.result ?? []) as CodeAction[]) {
            actions++;
            titles.add(action.title.replace(/".*"|\(.*\)|: .*/g, '…'));
            const { byUri, operations } = editsOf(action);
            for (const target of [...byUri.keys(), ...operations.map((o) => o.uri)]) {
              assert.ok(target === uri || target === configUri, `"${action.title}" touches ${target}`);
            }
            for (const operation of operations)
              assert.equal(operation.kind, 'create', `"${action.title}" does a ${operation.kind}`);
            const own = byUri.get(uri);
            if (own) edits += checkEdits({ ...action, edit: { changes: { DOC: own } } }, text);
          }
        }
      }
      console.log(
        `      ${diagnostics} diagnostics, ${actions} code actions, ${edits} edits checked; kinds: ${[...titles].sort().join(' | ')}`,
      );
      assert.ok(actions > 0, 'no code action offered on the seed reports: the test would prove nothing');
    });
  }
});
