// dist/server.js over Node IPC (--node-ipc), `crosscheck lsp --node-ipc` (how the VS Code client starts it) and
// `crosscheck lsp --stdio`.
import * as assert from 'node:assert/strict';
import { fork, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type {
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { makeWorkspace, REPO, SERVER, uriOf } from './lspClient';

const TEXTS = {
  'a.txt':
    'Security forces killed 145 militants, after attacks by the Baloch Liberation Army in Balochistan near Quetta, Pakistan.\n',
  'b.txt':
    'Security forces killed 177 militants, after attacks by the Baloch Liberation Army in Balochistan near Quetta, Pakistan.\n',
};

async function firstDiagnostics(connection: ProtocolConnection, dir: string): Promise<PublishDiagnosticsParams> {
  const published = new Promise<PublishDiagnosticsParams>((resolve) =>
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (params.diagnostics.length) resolve(params);
    }),
  );
  connection.listen();
  const result: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uriOf(dir),
    workspaceFolders: [{ uri: uriOf(dir), name: 'w' }],
    capabilities: {},
  });
  assert.equal(result.serverInfo?.name, 'crosscheck');
  await connection.sendNotification('initialized', {});
  return published;
}

describe('language server transports', function () {
  this.timeout(20_000);
  let dir: string;
  beforeEach(() => {
    dir = makeWorkspace(TEXTS);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('speaks LSP over Node IPC (--node-ipc)', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const params = await firstDiagnostics(connection, dir);
      assert.ok([uriOf(path.join(dir, 'a.txt')), uriOf(path.join(dir, 'b.txt'))].includes(params.uri));
      assert.equal(params.diagnostics[0].source, 'crosscheck');
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('speaks LSP over Node IPC from the CLI bundle, as the VS Code client starts it (dist/cli.js lsp --node-ipc)', async () => {
    const child = fork(path.join(REPO, 'dist', 'cli.js'), ['lsp', '--node-ipc', `--clientProcessId=${process.pid}`], {
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    try {
      const params = await firstDiagnostics(connection, dir);
      assert.ok([uriOf(path.join(dir, 'a.txt')), uriOf(path.join(dir, 'b.txt'))].includes(params.uri));
      assert.equal(params.diagnostics[0].source, 'crosscheck');
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('is started by `crosscheck lsp --stdio`', async () => {
    const child = spawn(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'lsp', '--stdio'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    try {
      const params = await firstDiagnostics(connection, dir);
      assert.equal(params.diagnostics[0].code, 'conflict');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
