// Issue 17 over a real stdio connection to `node dist/server.js --stdio` (run `npm run build` first): a broken
// stream ends the server, bad positions get InvalidParams, hovers read file text literally, links out of the
// workspace are not followed, a hostile .crosscheck.json does not stop indexing.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeSandbox, RawClient, sandboxedServers, seedFiles, uriOf, type Message } from './lspHarness';

const INVALID_PARAMS = -32602;

function positionOf(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('LSP over stdio: issue 17', function () {
  this.timeout(120_000);
  const { sandboxes, clients } = sandboxedServers();

  function start(files: Record<string, string>): RawClient {
    const sandbox = makeSandbox(files);
    sandboxes.push(sandbox);
    const client = new RawClient(sandbox);
    clients.push(client);
    return client;
  }

  for (const [name, bytes] of [
    [
      'a message without Content-Length',
      'Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":9,"method":"shutdown"}',
    ],
    ['a Content-Length that is not a number', 'Content-Length: ten\r\n\r\n{}'],
    ['a header line without ":"', 'hello\r\n\r\n'],
    ['headers that never end', 'Content-Length: 2' + ' '.repeat(20_000)],
    ['a Content-Length of 10 GB', `Content-Length: ${10 * 1024 ** 3}\r\n\r\n{"jsonrpc":`],
  ] as const) {
    it(`exits with status 1 and a line on stderr after ${name}, so that the client restarts it`, async () => {
      const client = start({ 'a.txt': 'At least 31 civilians were killed.\n' });
      await client.initialize(client.sandbox.workspace);
      await client.indexed();
      client.writeRaw(bytes);
      await client.waitFor('the server to exit', () => !client.alive, 10_000);
      assert.deepEqual(client.exit, { code: 1, signal: null });
      assert.match(
        client.stderr.join(''),
        /^crosscheck: the input stream is broken \(.+\); exiting so that the client restarts the server\n$/m,
      );
    });
  }

  it('keeps serving after a well-framed body that is not JSON', async () => {
    const client = start({ 'a.txt': 'At least 31 civilians were killed.\n' });
    await client.initialize(client.sandbox.workspace);
    client.sendBytes('{"jsonrpc": "2.0", "id": ');
    const answer = await client.request('crosscheck/findings', {});
    assert.equal(answer.error, undefined);
    assert.ok(client.alive);
  });

  it('answers InvalidParams (-32602) to positions and ranges that are not non-negative integers', async () => {
    const client = start({ 'a.txt': 'At least 31 civilians were killed.\n' });
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const uri = uriOf(path.join(client.sandbox.workspace, 'a.txt'));
    const bad: unknown[] = [
      null,
      { line: 0.5, character: 'x' },
      { line: 0, character: 1.5 },
      { line: '0', character: 0 },
      { line: 0 },
      'here',
      [0, 0],
      { line: NaN, character: 0 },
    ];
    const codes: (number | undefined)[] = [];
    for (const position of bad) {
      codes.push((await client.request('textDocument/hover', { textDocument: { uri }, position })).error?.code);
      codes.push(
        (
          await client.request('textDocument/references', {
            textDocument: { uri },
            position,
            context: { includeDeclaration: true },
          })
        ).error?.code,
      );
      codes.push(
        (
          await client.request('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: position, end: { line: 0, character: 0 } },
            context: { diagnostics: [] },
          })
        ).error?.code,
      );
    }
    codes.push((await client.request('textDocument/inlayHint', { textDocument: { uri }, range: null })).error?.code);
    assert.deepEqual(codes, Array(bad.length * 3 + 1).fill(INVALID_PARAMS));
    const good = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 10 },
    });
    assert.equal(good.error, undefined);
  });

  it('escapes file names and file text in hover Markdown: a file named [x](https:example.com).txt makes no link', async () => {
    const seeds = seedFiles();
    const names = Object.keys(seeds).sort();
    const evil = '[x](https:example.com) *b* <img src=x>.txt';
    // Without its "Source The Hindu" line, the file is named by its file name in the table and the messages.
    const text = seeds[names[2]].replace(/^Source The Hindu$/m, '');
    const files: Record<string, string> = { ...seeds, [evil]: text };
    delete files[names[2]];
    const client = start(files);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    // The URI as the server writes it (its encoding of "[", "(" and ":" differs from pathToFileURL's).
    const listed = (await client.request('crosscheck/findings', {})).result as {
      findings: { locations: { uri: string }[] }[];
    };
    const uri = listed.findings
      .flatMap((f) => f.locations.map((l) => l.uri))
      .find((u) => decodeURIComponent(u).endsWith(evil));
    assert.ok(uri, JSON.stringify(listed).slice(0, 500));
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, '145'),
    });
    const value = (hover.result as { contents: { value: string } }).contents.value;
    const row = value.split('\n').find((line) => line.startsWith('| **145** |'));
    assert.ok(row, value);
    // The link reads the file's name without its extension (core/sourceLabels.ts), escaped.
    const link = `[\\[x\\](https:example.com) \\*b\\* \\<img src=x\\>:2](${uri.replace(/\(/g, '%28').replace(/\)/g, '%29')}#L2)`;
    assert.ok(row.endsWith(`| ${link} +1 |`), row);
    assert.ok(row.includes(' | \\[x\\](https:example.com) \\*b\\* \\<img src=x\\> | '), row);
    assert.ok(!value.includes('[x](https:example.com)'), value);
    const message = value.split('\n').find((line) => line.startsWith('`conflict`: '));
    assert.ok(message?.includes(', \\[x\\](https:example.com) \\*b\\* \\<img src=x\\> ('), value);
  });

  it('does not index a link out of the workspace folder, with a log line', async () => {
    const client = start({ 'a.txt': 'At least 31 civilians were killed.\n' });
    const outside = path.join(client.sandbox.root, 'private');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'notes.md'), 'At least 99 civilians were killed.\n');
    fs.symlinkSync(path.join(outside, 'notes.md'), path.join(client.sandbox.workspace, 'notes.md'));
    fs.symlinkSync(outside, path.join(client.sandbox.workspace, 'private'));
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const findings = await client.request('crosscheck/report', { format: 'json' });
    assert.equal(findings.error, undefined);
    const files = (JSON.parse((findings.result as { content: string }).content) as { files: string[] }).files;
    assert.deepEqual(files, ['a.txt']);
    const real = fs.realpathSync(outside);
    for (const [link, target] of [
      ['notes.md', path.join(real, 'notes.md')],
      ['private', real],
    ]) {
      const line = `[crosscheck] skipped ${path.join(client.sandbox.workspace, link)}: symbolic link to ${target}, outside the folders being read: not followed (crosscheck.followSymlinksOutside is off)`;
      assert.ok(client.logs.includes(line), `${line}\n${client.logs.join('\n')}`);
    }
  });

  it('indexes a workspace whose .crosscheck.json names synonyms "constructor" and "__proto__", logging the bad severity', async () => {
    const files = {
      ...seedFiles(),
      '.crosscheck.json': '{"synonyms":{"constructor":["x"],"__proto__":["y"]},"severities":{"constructor":"error"}}',
    };
    const client = start(files);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const answer: Message = await client.request('crosscheck/findings', {});
    const findings = (answer.result as { findings: { kind: string }[] }).findings;
    assert.ok(findings.filter((f) => f.kind === 'conflict').length > 0, JSON.stringify(findings));
    assert.ok(
      client.logs.some((line) =>
        line.endsWith(
          '"severities.constructor": unknown kind of finding (kinds: conflict, revision, internal, attributed, date, weekday, name-variant, unattributed)',
        ),
      ),
      client.logs.join('\n'),
    );
  });

  it('starts with FIFOs as the index and snapshot files of its storage folder, logs them, and removes temporary files a kill left', async () => {
    const client = start(seedFiles());
    const storage = client.sandbox.storage;
    fs.mkdirSync(storage, { recursive: true });
    execFileSync('mkfifo', [path.join(storage, 'crosscheck-index.bin'), path.join(storage, 'crosscheck-engine.json')]);
    const dead = 999_999_999;
    const leftovers = [`crosscheck-index.bin.${dead}.0a1b2c3d.tmp`, `crosscheck-engine.json.${dead}.0a1b2c3d.tmp`];
    for (const name of leftovers) fs.writeFileSync(path.join(storage, name), 'half written');
    fs.writeFileSync(
      path.join(storage, `crosscheck-engine.json.${process.pid}.0a1b2c3d.tmp`),
      'a running process writes it',
    );
    fs.writeFileSync(path.join(storage, 'notes.tmp'), 'not ours');
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const answer = await client.request('crosscheck/findings', {}, 10_000);
    assert.ok((answer.result as { findings: unknown[] }).findings.length > 0);
    assert.ok(
      client.logs.includes(
        '[crosscheck] engine snapshot not used (unreadable: not a regular file (a FIFO, device or folder)); every file goes through the engine',
      ),
      client.logs.join('\n'),
    );
    for (const name of leftovers)
      assert.ok(
        client.logs.includes(
          `[crosscheck] removed ${name} from the storage folder: a write that a stopped server left unfinished`,
        ),
        client.logs.join('\n'),
      );
    const left = fs
      .readdirSync(storage)
      .filter((name) => name.endsWith('.tmp'))
      .sort();
    assert.deepEqual(left, [`crosscheck-engine.json.${process.pid}.0a1b2c3d.tmp`, 'notes.tmp']);
  });

  it('drains 10,000 didOpen/didClose cycles sent at once and answers the next request with the final state', async () => {
    const files = seedFiles();
    const client = start(files);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const names = Object.keys(files).sort();
    const chunks: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const uri = uriOf(path.join(client.sandbox.workspace, names[i % names.length]));
      for (const message of [
        {
          jsonrpc: '2.0',
          method: 'textDocument/didOpen',
          params: { textDocument: { uri, languageId: 'plaintext', version: i, text: `${i} militants were killed.\n` } },
        },
        { jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri } } },
      ]) {
        const body = JSON.stringify(message);
        chunks.push(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      }
    }
    const started = Date.now();
    client.writeRaw(chunks.join(''));
    // Without coalescing, each open and close was applied on its own: 24 s here (52 s in the report of issue 17);
    // gathered, under a second.
    const answer = await client.request('crosscheck/findings', {}, 10_000);
    console.log(`      10,000 open/close cycles answered after ${Date.now() - started} ms`);
    const fresh = start(files);
    await fresh.initialize(fresh.sandbox.workspace);
    await fresh.indexed();
    const expected = await fresh.request('crosscheck/findings', {});
    const ids = (m: Message) => (m.result as { findings: { id: string }[] }).findings.map((f) => f.id).sort();
    assert.ok(ids(expected).length > 0);
    assert.deepEqual(ids(answer), ids(expected));
  });

  it('does not analyse an open document over the size limit, says so once, and keeps answering', async () => {
    const client = start({
      'a.txt': 'At least 31 civilians were killed.\n',
      'b.txt': 'At least 18 civilians were killed.\n',
    });
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const uri = uriOf(path.join(client.sandbox.workspace, 'huge.txt'));
    const text = 'At least 12 civilians were killed. '.repeat(60_000); // 2.1 MB, over the default 2000 KB (2,048,000 bytes)
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: text + 'x' }],
    });
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.result, []);
    await client.waitFor('the warning', () => client.shown.length > 0, 10_000);
    await client.request('crosscheck/findings', {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(client.shown, [
      {
        type: 2,
        message: `Crosscheck does not check huge.txt: ${text.length} bytes, over the limit of 2048000 bytes (crosscheck.maxFileSizeKB).`,
      },
    ]);
    assert.ok(
      client.logs.includes(
        `[crosscheck] skipped open document ${uri}: ${text.length} bytes, over crosscheck.maxFileSize (2048000)`,
      ),
      client.logs.join('\n'),
    );
    const small = 'At least 12 civilians were killed.\n';
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: small }] });
    const fits = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal((fits.result as unknown[]).length, 1, 'the document is analysed once it fits');
  });

  it('analyses a large open document on a worker thread: a hover on another file is answered before its diagnostics', async () => {
    const client = start({
      'a.txt': 'At least 31 civilians were killed, officials said.\n',
      'b.txt': 'At least 18 civilians were killed, officials said.\n',
    });
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const a = uriOf(path.join(client.sandbox.workspace, 'a.txt'));
    client.notify('textDocument/didOpen', {
      textDocument: {
        uri: a,
        languageId: 'plaintext',
        version: 1,
        text: 'At least 31 civilians were killed, officials said.\n',
      },
    });
    const big = uriOf(path.join(client.sandbox.workspace, 'big.txt'));
    const lines: string[] = [];
    for (let i = 0; i < 25_000; i++)
      lines.push(`${i} people killed in Kalba, said ${i % 97} officials; at least ${i + 3} wounded.`);
    // About 1.8 MB (under the default size limit), dense with figures; one place named in every line, so that one file's counts are of one subject.
    const text = lines.join('\n');
    const analysed = (): boolean => (client.diagnostics.get(big) ?? []).length > 0;
    await client.request('textDocument/hover', { textDocument: { uri: a }, position: { line: 0, character: 10 } });
    client.notify('textDocument/didOpen', { textDocument: { uri: big, languageId: 'plaintext', version: 1, text } });
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: a },
      position: { line: 0, character: 10 },
    });
    assert.equal(hover.error, undefined);
    assert.equal(analysed(), false, 'the hover waited for the analysis of the large document');
    await client.waitFor('diagnostics of the large document', analysed, 60_000);
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: big } }, 120_000);
    assert.ok((symbols.result as unknown[]).length > 10_000, 'the large document was analysed');
  });
});
