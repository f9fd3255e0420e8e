// A start with the storage folder of an earlier run takes the findings from the engine's snapshot there (see
// WorkspaceModel.setIndexed) and must end in the state a fresh server computes from scratch: with nothing changed,
// with files changed, added and removed in between, with an edited document open at the start, and with a snapshot
// that is corrupt or was made under another configuration. Over a real stdio connection to dist/server.js.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  fromScratch,
  makeSandbox,
  portable,
  RawClient,
  sandboxedServers,
  seedFiles,
  sizeOf,
  uriOf,
  type Sandbox,
} from '../robustness/lspHarness';

const SNAPSHOT_FILE = 'crosscheck-engine.json';

describe('LSP: warm start from the engine snapshot of an earlier run', function () {
  this.timeout(300_000);
  const { sandboxes, clients } = sandboxedServers();

  async function startOn(sandbox: Sandbox, open: Record<string, string> = {}): Promise<RawClient> {
    const client = new RawClient(sandbox);
    clients.push(client);
    await client.initialize(sandbox.workspace);
    for (const [name, text] of Object.entries(open)) {
      client.notify('textDocument/didOpen', {
        textDocument: { uri: uriOf(path.join(sandbox.workspace, name)), languageId: 'plaintext', version: 1, text },
      });
    }
    await client.indexed();
    return client;
  }

  /** A sandbox over the seeds whose storage folder holds the snapshot of a first run (ended by shutdown). */
  async function afterFirstRun(files = seedFiles()): Promise<{ sandbox: Sandbox; first: string }> {
    const sandbox = makeSandbox(files);
    sandboxes.push(sandbox);
    const client = await startOn(sandbox);
    const first = portable(await client.finalState(), sandbox);
    await client.stop();
    assert.ok(fs.existsSync(path.join(sandbox.storage, SNAPSHOT_FILE)), 'the first run saved the snapshot');
    return { sandbox, first };
  }

  const restoredLine = (client: RawClient): string | undefined =>
    client.logs.find((l) => l.includes("engine's snapshot of the last run"));
  const notUsedLine = (client: RawClient): string | undefined =>
    client.logs.find((l) => l.includes('engine snapshot not used'));

  it('with nothing changed, takes every finding from the snapshot and ends as the first run did', async () => {
    const { sandbox, first } = await afterFirstRun();
    const client = await startOn(sandbox);
    assert.match(
      restoredLine(client) ?? '',
      /findings taken from the engine's snapshot of the last run; 0 changed file\(s\) went through the engine/,
    );
    const state = portable(await client.finalState(), sandbox);
    assert.ok(
      sizeOf(state).findings >= 5 && sizeOf(state).diagnostics >= 10,
      `too little to compare: ${JSON.stringify(sizeOf(state))}`,
    );
    assert.equal(state, first);
  });

  it('answers a hover and references on a claim of a conflict as a fresh server does, before the files of the snapshot are decoded', async () => {
    const files = seedFiles();
    const name = Object.keys(files).find((f) => /\b177\b/.test(files[f]))!;
    const lines = files[name].split('\n');
    const line = lines.findIndex((l) => /\b177\b/.test(l));
    const position = { line, character: lines[line].search(/\b177\b/) + 1 };
    const hoverOn = async (client: RawClient, sandbox: Sandbox): Promise<string> => {
      const uri = uriOf(path.join(sandbox.workspace, name));
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'plaintext', version: 1, text: files[name] },
      });
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position });
      const references = await client.request('textDocument/references', {
        textDocument: { uri },
        position,
        context: { includeDeclaration: true },
      });
      const sorted = [...((references.result as { uri: string; range: unknown }[] | null) ?? [])].sort((a, b) =>
        JSON.stringify(a).localeCompare(JSON.stringify(b)),
      );
      return portable({ hover: hover.result, references: sorted }, sandbox);
    };
    const { sandbox } = await afterFirstRun();
    const client = await startOn(sandbox);
    assert.ok(restoredLine(client));
    const warm = await hoverOn(client, sandbox);
    const freshSandbox = makeSandbox(files);
    sandboxes.push(freshSandbox);
    const fresh = await hoverOn(await startOn(freshSandbox), freshSandbox);
    assert.match(fresh, /177/);
    assert.match(fresh, /145/, 'the hover lays out the competing figure');
    assert.ok((JSON.parse(fresh) as { references: unknown[] }).references.length >= 5, 'references in several files');
    assert.equal(warm, fresh);
  });

  it('with files changed, added and removed in between, ends as a fresh server over the new files', async () => {
    const { sandbox } = await afterFirstRun();
    const files = seedFiles();
    const [changed, removed] = Object.keys(files);
    files[changed] = files[changed].replace(/\b177\b/g, '171');
    assert.notEqual(files[changed], seedFiles()[changed], 'the changed file must change a figure');
    delete files[removed];
    files['added.txt'] = 'Officials said at least 150 militants were killed in the attacks on 31 January.\n';
    fs.writeFileSync(path.join(sandbox.workspace, changed), files[changed]);
    fs.rmSync(path.join(sandbox.workspace, removed));
    fs.writeFileSync(path.join(sandbox.workspace, 'added.txt'), files['added.txt']);
    const client = await startOn(sandbox);
    assert.match(restoredLine(client) ?? '', /; 3 changed file\(s\) went through the engine/);
    assert.equal(portable(await client.finalState(), sandbox), await fromScratch(files, {}));
  });

  it('with a document open at the start whose text differs from the disk, ends as a fresh server with it open', async () => {
    const { sandbox } = await afterFirstRun();
    const files = seedFiles();
    const name = Object.keys(files)[1];
    const edited = files[name].replace(/\b177\b/g, '171');
    assert.notEqual(edited, files[name]);
    const client = await startOn(sandbox, { [name]: edited });
    assert.match(restoredLine(client) ?? '', /; 1 changed file\(s\) went through the engine/);
    assert.equal(portable(await client.finalState(), sandbox), await fromScratch(files, { [name]: edited }));
  });

  it('ignores a corrupt snapshot, saying why, and ends as the first run did', async () => {
    const { sandbox, first } = await afterFirstRun();
    const file = path.join(sandbox.storage, SNAPSHOT_FILE);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/"buckets":\["/, '"buckets":["x'));
    const client = await startOn(sandbox);
    assert.equal(restoredLine(client), undefined);
    assert.match(notUsedLine(client) ?? '', /engine snapshot not used \(checksum mismatch\)/);
    assert.equal(portable(await client.finalState(), sandbox), first);
  });

  it('does not use a snapshot made under another configuration (.crosscheck.json)', async () => {
    const { sandbox } = await afterFirstRun();
    const config = { severities: { revision: 'off' } };
    fs.writeFileSync(path.join(sandbox.workspace, '.crosscheck.json'), JSON.stringify(config));
    const client = await startOn(sandbox);
    assert.equal(restoredLine(client), undefined);
    assert.match(notUsedLine(client) ?? '', /made under another configuration/, client.logs.join('\n'));
    const files = { ...seedFiles(), '.crosscheck.json': JSON.stringify(config) };
    assert.equal(portable(await client.finalState(), sandbox), await fromScratch(files, {}));
  });
});
