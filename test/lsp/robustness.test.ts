// Protocol abuse over a real stdio connection to `node dist/server.js --stdio` (run `npm run build` first):
// malformed JSON, unknown methods, requests before initialize, unknown URIs, positions past the end, didChange
// for a closed document, 10,000 rapid edits, open/close storms. The server must answer with errors where due,
// stay up, write nothing outside its storage folder, and end with the diagnostics a fresh server computes
// from scratch for the same texts (a differential test).
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { editArbitrary, resolveEdit } from '../property/arbitraries';
import {
  ERROR,
  fromScratch,
  makeSandbox,
  portable,
  RawClient,
  sandboxedServers,
  seedFiles,
  sizeOf,
  snapshot,
  uriOf,
  type Message,
} from '../robustness/lspHarness';

/** JSON-RPC InvalidParams. */
const INVALID_PARAMS = -32602;

describe('LSP robustness: protocol abuse over stdio', function () {
  this.timeout(300_000);
  const { sandboxes, clients } = sandboxedServers();

  function start(files: Record<string, string>): RawClient {
    const sandbox = makeSandbox(files);
    sandboxes.push(sandbox);
    const client = new RawClient(sandbox);
    clients.push(client);
    return client;
  }

  it('survives malformed JSON, non-JSON-RPC messages and unknown methods, answering each request', async () => {
    const client = start({ 'a.txt': 'At least 31 civilians were killed.' });
    await client.initialize(client.sandbox.workspace);
    client.sendBytes('{not json');
    client.sendBytes(Buffer.from([0xff, 0xfe, 0x00, 0x7b]));
    client.sendBytes('[1, 2, 3]');
    client.sendBytes('"a string"');
    client.sendBytes('{"jsonrpc":"2.0"}');
    client.sendBytes('null');
    const unknown = await client.request('crosscheck/noSuchMethod', { x: 1 });
    assert.equal(unknown.error?.code, ERROR.methodNotFound);
    client.notify('crosscheck/noSuchNotification', { x: 1 });
    client.notify('$/noSuchNotification');
    const nullParams = await client.request('textDocument/hover', null);
    assert.equal(nullParams.error?.code, INVALID_PARAMS, `hover with null params: ${JSON.stringify(nullParams)}`);
    const noDocument = await client.request('textDocument/codeLens', { textDocument: 7 });
    assert.equal(noDocument.error?.code, INVALID_PARAMS, `codeLens without a document: ${JSON.stringify(noDocument)}`);
    const stringId = await client.requestWithId('a-string-id', 'crosscheck/findings', {});
    assert.equal(stringId.error, undefined);
    assert.ok(client.alive, 'the server exited');
    const after = await client.request('crosscheck/findings', {});
    assert.equal(after.error, undefined);
  });

  it('answers requests before initialize with an error (ServerNotInitialized), then initializes normally', async () => {
    const client = start({ 'a.txt': '31 civilians' });
    const early = await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///nowhere.txt' },
      position: { line: 0, character: 0 },
    });
    assert.equal(early.error?.code, ERROR.serverNotInitialized);
    const earlyCustom = await client.request('crosscheck/findings', {});
    assert.equal(earlyCustom.error?.code, ERROR.serverNotInitialized);
    const init = await client.initialize(client.sandbox.workspace);
    assert.ok((init.result as { capabilities: unknown }).capabilities);
    const after = await client.request('crosscheck/findings', {});
    assert.equal(after.error, undefined);
  });

  it('answers unknown URIs and positions past the end without errors or crashes', async () => {
    const client = start({ 'a.txt': 'At least 31 civilians were killed.\n' });
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const a = uriOf(path.join(client.sandbox.workspace, 'a.txt'));
    client.notify('textDocument/didOpen', {
      textDocument: { uri: a, languageId: 'plaintext', version: 1, text: '😀 At least 31 civilians were killed.\r\n' },
    });
    const uris = [
      a,
      'file:///no/such/file.txt',
      'untitled:Untitled-1',
      'not a uri at all',
      'http://example.com/x.txt',
      'file:///%zz',
      '',
    ];
    const positions = [
      { line: 0, character: 0 },
      { line: 0, character: 1 },
      { line: 0, character: 10_000 },
      { line: 10_000, character: 0 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
      { line: -1, character: -1 },
    ];
    const methods: [string, (uri: string, position: { line: number; character: number }) => unknown][] = [
      ['textDocument/hover', (uri, position) => ({ textDocument: { uri }, position })],
      [
        'textDocument/references',
        (uri, position) => ({ textDocument: { uri }, position, context: { includeDeclaration: true } }),
      ],
      [
        'textDocument/codeAction',
        (uri, position) => ({
          textDocument: { uri },
          range: { start: position, end: position },
          context: { diagnostics: [] },
        }),
      ],
      ['textDocument/codeLens', (uri) => ({ textDocument: { uri } })],
      ['textDocument/documentSymbol', (uri) => ({ textDocument: { uri } })],
      ['textDocument/semanticTokens/full', (uri) => ({ textDocument: { uri } })],
      [
        'textDocument/inlayHint',
        (uri, position) => ({ textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: position } }),
      ],
      ['crosscheck/findings', (uri) => ({ uri })],
    ];
    const internalErrors: string[] = [];
    let answered = 0;
    for (const uri of uris) {
      for (const position of positions) {
        for (const [method, params] of methods) {
          const answer = await client.request(method, params(uri, position));
          answered++;
          if (answer.error?.code === ERROR.internal)
            internalErrors.push(`${method} ${uri} ${JSON.stringify(position)}: ${answer.error.message}`);
        }
      }
    }
    console.log(`      ${answered} requests on unknown URIs / out-of-range positions answered`);
    assert.ok(client.alive);
    assert.deepEqual(internalErrors, [], 'requests that crashed a handler (InternalError)');
  });

  it('ignores didChange and didClose for documents that are not open, and keeps the disk version', async () => {
    const files = { 'a.txt': 'At least 31 civilians were killed.\n', 'b.txt': '18 civilians were killed.\n' };
    const client = start(files);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const a = uriOf(path.join(client.sandbox.workspace, 'a.txt'));
    client.notify('textDocument/didChange', {
      textDocument: { uri: a, version: 7 },
      contentChanges: [{ text: '999 civilians were killed.' }],
    });
    client.notify('textDocument/didChange', {
      textDocument: { uri: 'file:///never/opened.txt', version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: 'x' }],
    });
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///never/opened.txt' } });
    client.notify('textDocument/didClose', { textDocument: { uri: a } });
    client.notify('textDocument/didChange', { textDocument: { uri: a }, contentChanges: null });
    const state = portable(await client.finalState(), client.sandbox);
    assert.ok(client.alive);
    assert.equal(state, await fromScratch(files, {}));
  });

  it('applies hostile incremental changes (ranges past the end, inverted, splitting CRLF and emoji) like a fresh server given the result', async () => {
    const files = seedFiles();
    const name = Object.keys(files)[1];
    const client = start(files);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const uri = uriOf(path.join(client.sandbox.workspace, name));
    const initial = files[name].replace(/\n/g, '\r\n').replace(/ /, ' 😀 ');
    let document = TextDocument.create(uri, 'plaintext', 1, initial);
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: initial },
    });
    const p = (line: number, character: number) => ({ line, character });
    const emojiAt = initial.indexOf('😀');
    const changes = [
      // Replaces the low half of the emoji: a lone high surrogate stays in the text.
      { range: { start: document.positionAt(emojiAt + 1), end: document.positionAt(emojiAt + 2) }, text: 'x' },
      { range: { start: p(10_000, 0), end: p(10_000, 5) }, text: '\nAt least 31 civilians were killed.' },
      { range: { start: p(3, 50), end: p(1, 2) }, text: 'inverted ' },
      { range: { start: p(0, 10_000), end: p(0, 10_001) }, text: ' past the line end ' },
      { range: { start: p(0, 1), end: p(0, 2) }, text: '' },
      { range: { start: p(2, 0), end: p(5, 0) }, text: '177 militants\r\n' },
      { range: { start: p(0, 0), end: p(0, 0) }, text: '\uFEFF\u202e' },
      { text: document.getText().slice(0, 200) + '\n18 civilians were killed.\n' },
      { range: { start: p(1, 0), end: p(1, 0) }, text: '\r' },
      { range: { start: p(1, 0), end: p(2, 0) }, text: '\n' },
    ];
    for (const change of changes) {
      document = TextDocument.update(document, [change], document.version + 1);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: document.version },
        contentChanges: [change],
      });
    }
    const state = portable(await client.finalState(), client.sandbox);
    assert.ok(client.alive);
    assert.equal(state, await fromScratch(files, { [name]: document.getText() }));
  });

  it('publishes the diagnostics of an edit that a request applies before the debounce does', async () => {
    const files = seedFiles();
    const name = Object.keys(files)[0];
    const client = start(files);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const a = uriOf(path.join(client.sandbox.workspace, name));
    client.notify('textDocument/didOpen', {
      textDocument: { uri: a, languageId: 'plaintext', version: 1, text: files[name] },
    });
    const before = await client.finalState();
    assert.ok(
      (before.diagnostics[a] ?? []).length > 0,
      `no diagnostics on ${name} to begin with: the test would prove nothing`,
    );
    const edited = 'The weather was fine on Saturday.\n';
    client.notify('textDocument/didChange', {
      textDocument: { uri: a, version: 2 },
      contentChanges: [{ text: edited }],
    });
    // The request arrives within the server's 150 ms debounce, so the request applies the edit (and cancels the
    // debounce): only the request can publish the new diagnostics. The edited text has no figure left.
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: a },
      position: { line: 0, character: 4 },
    });
    assert.equal(hover.error, undefined);
    await client.waitFor(`new diagnostics of ${name}`, () => client.diagnostics.get(a)?.length === 0, 10_000);
    const state = portable(await client.finalState(true), client.sandbox);
    const expected = await fromScratch(files, { [name]: edited });
    assert.equal(state, expected);
  });

  it('after 10,000 rapid incremental edits (with requests in between), ends with the diagnostics of a fresh server', async () => {
    const files = seedFiles();
    const client = start(files);
    const before = snapshot(client.sandbox.workspace);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const name = Object.keys(files)[0];
    const uri = uriOf(path.join(client.sandbox.workspace, name));
    let document = TextDocument.create(uri, 'plaintext', 1, files[name]);
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: document.getText() },
    });
    const edits = fc.sample(editArbitrary, { numRuns: 10_000, seed: 31 });
    const requests: Promise<Message>[] = [];
    for (const [i, edit] of edits.entries()) {
      const text = document.getText();
      // Every other edit only inserts, so that the document grows rather than wearing away.
      const { start, end, insert } = resolveEdit(text, i % 2 === 0 ? { ...edit, length: 0 } : edit);
      const change = { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: insert };
      document = TextDocument.update(document, [change], document.version + 1);
      client.notify('textDocument/didChange', {
        textDocument: { uri, version: document.version },
        contentChanges: [change],
      });
      if (i % 1000 === 500) {
        requests.push(client.request('textDocument/hover', { textDocument: { uri }, position: change.range.start }));
        requests.push(
          client.request('textDocument/codeAction', {
            textDocument: { uri },
            range: change.range,
            context: { diagnostics: [] },
          }),
        );
      }
    }
    for (const answer of await Promise.all(requests))
      assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    const finalText = document.getText();
    console.log(`      10,000 edits applied; final text ${finalText.length} UTF-16 units, version ${document.version}`);
    const state = portable(await client.finalState(), client.sandbox);
    assert.ok(client.alive);
    const size = sizeOf(state);
    console.log(`      compared ${size.findings} findings and ${size.diagnostics} diagnostics with a fresh server`);
    assert.ok(size.diagnostics > 0, 'no diagnostics at all: the comparison would prove nothing');
    assert.equal(state, await fromScratch(files, { [name]: finalText }));
    await client.stop();
    assert.deepEqual(snapshot(client.sandbox.workspace), before, 'the server changed the workspace');
    assert.deepEqual(snapshot(client.sandbox.home), {}, 'the server wrote in HOME');
    assert.deepEqual(snapshot(client.sandbox.tmp), {}, 'the server wrote in TMPDIR');
    assert.deepEqual(snapshot(client.sandbox.cwd), {}, 'the server wrote in its working directory');
  });

  it('after open/close storms (300 cycles, unsaved texts, ghost files), ends with the diagnostics of a fresh server', async () => {
    const files = seedFiles();
    const client = start(files);
    const before = snapshot(client.sandbox.workspace);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const names = Object.keys(files);
    const texts = fc.sample(
      fc.constantFrom(
        '',
        '177 militants were killed.',
        '😀\r\n'.repeat(3) + 'at least 31 civilians were killed',
        ...Object.values(files),
      ),
      {
        numRuns: 300,
        seed: 7,
      },
    );
    for (const [i, text] of texts.entries()) {
      const name = i % 5 === 4 ? `ghost-${i % 3}.txt` : names[i % names.length];
      const uri = uriOf(path.join(client.sandbox.workspace, name));
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      if (i % 2 === 0)
        client.notify('textDocument/didChange', {
          textDocument: { uri, version: 2 },
          contentChanges: [{ text: text + ' 18 civilians were killed.' }],
        });
      if (i % 7 !== 3) client.notify('textDocument/didClose', { textDocument: { uri } });
      else
        client.notify('textDocument/didOpen', {
          textDocument: { uri, languageId: 'plaintext', version: 9, text: 'opened twice' },
        });
      if (i % 7 === 3) client.notify('textDocument/didClose', { textDocument: { uri } });
    }
    const started = Date.now();
    const state = portable(await client.finalState(), client.sandbox);
    console.log(`      the storm drained in ${Date.now() - started} ms after the last message`);
    assert.ok(client.alive);
    const size = sizeOf(state);
    console.log(`      compared ${size.findings} findings and ${size.diagnostics} diagnostics with a fresh server`);
    assert.ok(size.diagnostics > 0, 'no diagnostics at all: the comparison would prove nothing');
    assert.equal(state, await fromScratch(files, {}));
    await client.stop();
    assert.deepEqual(snapshot(client.sandbox.workspace), before, 'the server changed the workspace');
    assert.deepEqual(snapshot(client.sandbox.home), {}, 'the server wrote in HOME');
    assert.deepEqual(snapshot(client.sandbox.tmp), {}, 'the server wrote in TMPDIR');
  });
});
