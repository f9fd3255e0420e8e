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
    ['a message without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":9,"method":"shutdown"}'],
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
      assert.match(client.stderr.join(''), /^crosscheck: the input stream is broken \(.+\); exiting so that the client restarts the server\n$/m);
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
    const bad: unknown[] = [null, { line: 0.5, character: 'x' }, { line: 0, character: 1.5 }, { line: '0', character: 0 }, { line: 0 }, 'here', [0, 0], { line: NaN, character: 0 }];
    const codes: (number | undefined)[] = [];
    for (const position of bad) {
      codes.push((await client.request('textDocument/hover', { textDocument: { uri }, position })).error?.code);
      codes.push((await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } })).error?.code);
      codes.push((await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).error?.code);
    }
    codes.push((await client.request('textDocument/inlayHint', { textDocument: { uri }, range: null })).error?.code);
    assert.deepEqual(codes, Array(bad.length * 3 + 1).fill(INVALID_PARAMS));
    const good = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } });
    assert.equal(good.error, undefined);
  });

  it('escapes file names and file text in hover Markdown: a file named [x](https:example.com).txt makes no link', async () => {
    const seeds = seedFiles();
    const names = Object.keys(seeds).sort();
    const evil = '[x](https:example.com) *b* <img src=x>.txt';
    const files: Record<string, string> = { ...seeds, [evil]: seeds[names[2]] };
    delete files[names[2]];
    const client = start(files);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    // The URI as the server writes it (its encoding of "[", "(" and ":" differs from pathToFileURL's).
    const listed = (await client.request('crosscheck/findings', {})).result as { findings: { locations: { uri: string }[] }[] };
    const uri = listed.findings.flatMap((f) => f.locations.map((l) => l.uri)).find((u) => decodeURIComponent(u).endsWith(evil));
    assert.ok(uri, JSON.stringify(listed).slice(0, 500));
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: seeds[names[2]] } });
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(seeds[names[2]], '145') });
    const value = (hover.result as { contents: { value: string } }).contents.value;
    const row = value.split('\n').find((line) => line.startsWith('| **145** |'));
    assert.ok(row, value);
    const link = `[\\[x\\](https:example.com) \\*b\\* \\<img src=x\\>.txt:2](${uri.replace(/\(/g, '%28').replace(/\)/g, '%29')}#L2)`;
    assert.ok(row.endsWith(`| ${link} |`), row);
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
    for (const [link, target] of [['notes.md', path.join(real, 'notes.md')], ['private', real]]) {
      const line = `[crosscheck] skipped ${path.join(client.sandbox.workspace, link)}: symbolic link to ${target}, outside the folders being read: not followed (crosscheck.followSymlinksOutside is off)`;
      assert.ok(client.logs.includes(line), `${line}\n${client.logs.join('\n')}`);
    }
  });

  it('indexes a workspace whose .crosscheck.json names synonyms "constructor" and "__proto__", logging the bad severity', async () => {
    const files = { ...seedFiles(), '.crosscheck.json': '{"synonyms":{"constructor":["x"],"__proto__":["y"]},"severities":{"constructor":"error"}}' };
    const client = start(files);
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const answer: Message = await client.request('crosscheck/findings', {});
    const findings = (answer.result as { findings: { kind: string }[] }).findings;
    assert.ok(findings.filter((f) => f.kind === 'conflict').length > 0, JSON.stringify(findings));
    assert.ok(client.logs.some((line) => line.endsWith('"severities.constructor": unknown kind of finding (kinds: conflict, revision, internal, attributed, date, weekday, name-variant, unattributed)')), client.logs.join('\n'));
  });

  it('starts with FIFOs as the index and snapshot files of its storage folder, logs them, and removes temporary files a kill left', async () => {
    const client = start(seedFiles());
    const storage = client.sandbox.storage;
    fs.mkdirSync(storage, { recursive: true });
    execFileSync('mkfifo', [path.join(storage, 'crosscheck-index.bin'), path.join(storage, 'crosscheck-engine.json')]);
    const dead = 999_999_999;
    const leftovers = [`crosscheck-index.bin.${dead}.0a1b2c3d.tmp`, `crosscheck-engine.json.${dead}.0a1b2c3d.tmp`];
    for (const name of leftovers) fs.writeFileSync(path.join(storage, name), 'half written');
    fs.writeFileSync(path.join(storage, `crosscheck-engine.json.${process.pid}.0a1b2c3d.tmp`), 'a running process writes it');
    fs.writeFileSync(path.join(storage, 'notes.tmp'), 'not ours');
    await client.initialize(client.sandbox.workspace);
    await client.indexed();
    const answer = await client.request('crosscheck/findings', {}, 10_000);
    assert.ok((answer.result as { findings: unknown[] }).findings.length > 0);
    assert.ok(client.logs.includes('[crosscheck] engine snapshot not used (unreadable: not a regular file (a FIFO, device or folder)); every file goes through the engine'), client.logs.join('\n'));
    for (const name of leftovers) assert.ok(client.logs.includes(`[crosscheck] removed ${name} from the storage folder: a write that a stopped server left unfinished`), client.logs.join('\n'));
    const left = fs.readdirSync(storage).filter((name) => name.endsWith('.tmp')).sort();
    assert.deepEqual(left, [`crosscheck-engine.json.${process.pid}.0a1b2c3d.tmp`, 'notes.tmp']);
  });
});
