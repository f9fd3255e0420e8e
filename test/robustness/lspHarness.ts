// A raw JSON-RPC client for the language server over stdio, for the protocol-abuse tests (test/lsp/robustness.test.ts):
// it can send bytes that are not JSON-RPC at all, runs the server in a sandbox (its own HOME, TMPDIR, cwd and
// storage folder) and compares final states between two servers.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEEDS_DIR } from '../property/arbitraries';

export const REPO = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(REPO, 'dist', 'server.js');

export const ERROR = {
  parse: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  internal: -32603,
  serverNotInitialized: -32002,
};

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
  code?: unknown;
}

/** A JSON-RPC peer over the server's stdio that can also send bytes that are not JSON-RPC at all. */
export class RawClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  /** The window/showMessage notifications received: { type, message }. */
  readonly shown: { type: number; message: string }[] = [];
  readonly statuses: { indexing: boolean }[] = [];
  readonly stderr: string[] = [];
  readonly unmatched: Message[] = [];
  private readonly process: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number | string, (message: Message) => void>();
  private waiters: Array<() => void> = [];
  lastNotificationAt = Date.now();
  exit: { code: number | null; signal: string | null } | null = null;

  constructor(readonly sandbox: Sandbox) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: sandbox.cwd,
      env: { ...process.env, HOME: sandbox.home, TMPDIR: sandbox.tmp, TMP: sandbox.tmp, TEMP: sandbox.tmp },
    });
    this.process.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.process.on('exit', (code, signal) => {
      this.exit = { code, signal };
      this.wake();
    });
    this.process.stdin!.on('error', () => undefined);
  }

  get alive(): boolean {
    return this.exit === null;
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(message: Message): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      this.send({ jsonrpc: '2.0', id: message.id, result: this.answerServerRequest(message) });
    } else if (message.method !== undefined) {
      this.lastNotificationAt = Date.now();
      if (message.method === 'textDocument/publishDiagnostics') {
        const params = message.params as { uri: string; diagnostics: Diagnostic[] };
        this.diagnostics.set(params.uri, params.diagnostics);
      } else if (message.method === 'window/showMessage') {
        this.shown.push(message.params as { type: number; message: string });
      } else if (message.method === 'window/logMessage') {
        this.logs.push((message.params as { message: string }).message);
      } else if (message.method === 'crosscheck/status') {
        this.statuses.push(message.params as { indexing: boolean });
      }
    } else {
      const resolve = message.id === undefined || message.id === null ? undefined : this.pending.get(message.id);
      if (resolve) {
        this.pending.delete(message.id!);
        resolve(message);
      } else {
        this.unmatched.push(message);
      }
    }
    this.wake();
  }

  private answerServerRequest(message: Message): unknown {
    if (message.method === 'workspace/configuration')
      return (message.params as { items: unknown[] }).items.map(() => null);
    return null;
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  sendBytes(body: Buffer | string, contentLength?: number): void {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    this.process.stdin!.write(`Content-Length: ${contentLength ?? bytes.length}\r\n\r\n`);
    this.process.stdin!.write(bytes);
  }

  /** Writes bytes as they are, framing included (or not). */
  writeRaw(bytes: Buffer | string): void {
    this.process.stdin!.write(bytes);
  }

  send(message: Message): void {
    this.sendBytes(JSON.stringify(message));
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  request(method: string, params?: unknown, ms = 30_000): Promise<Message> {
    const id = this.nextId++;
    return this.requestWithId(id, method, params, ms);
  }

  requestWithId(id: number | string, method: string, params?: unknown, ms = 30_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new Error(
            `no answer to ${method} (id ${id}) within ${ms} ms; alive: ${this.alive}; stderr: ${this.stderr.join('')}`,
          ),
        );
      }, ms);
      this.pending.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  async waitFor(what: string, condition: () => boolean, ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!condition()) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `timed out waiting for ${what}; logs:\n${this.logs.slice(-20).join('\n')}\nstderr: ${this.stderr.join('')}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until the server has sent no notification for `quietMs` (it may be draining a storm: up to `ms`). */
  async settle(quietMs = 1000, ms = 240_000): Promise<void> {
    await this.waitFor('the server to go quiet', () => Date.now() - this.lastNotificationAt >= quietMs, ms);
  }

  async initialize(folder: string): Promise<Message> {
    const answer = await this.request('initialize', {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: { storagePath: this.sandbox.storage },
    });
    this.notify('initialized', {});
    return answer;
  }

  async indexed(): Promise<void> {
    await this.waitFor('the end of indexing', () => {
      const last = this.statuses[this.statuses.length - 1];
      return this.statuses.some((s) => s.indexing) && last !== undefined && !last.indexing;
    });
  }

  /**
   * The findings (sorted by id) and the non-empty diagnostics by URI once the server has gone quiet, i.e. after
   * its debounce has applied every edit. `immediate` asks at once instead, flushing pending edits through the request.
   */
  async finalState(immediate = false): Promise<{ findings: unknown; diagnostics: Record<string, Diagnostic[]> }> {
    if (!immediate) {
      // A request the server does not know is answered in order, without touching the model: once it is answered,
      // every earlier message has been read. Then the server's 150 ms debounce applies the last edit by itself.
      const ping = await this.request('crosscheck/test/ping', {}, 240_000);
      assert.equal(ping.error?.code, ERROR.methodNotFound);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await this.settle(1500);
    }
    const findings = await this.request('crosscheck/findings', {}, 240_000);
    assert.equal(findings.error, undefined, `crosscheck/findings failed: ${JSON.stringify(findings.error)}`);
    await this.settle();
    const diagnostics: Record<string, Diagnostic[]> = {};
    for (const [uri, list] of [...this.diagnostics].sort(([a], [b]) => a.localeCompare(b))) {
      if (list.length) diagnostics[uri] = [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    }
    const list = (findings.result as { findings: { id: string }[] }).findings;
    return { findings: [...list].sort((a, b) => a.id.localeCompare(b.id)), diagnostics };
  }

  async stop(): Promise<void> {
    if (this.alive) {
      await Promise.race([
        this.request('shutdown', undefined, 5000).catch(() => undefined),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
      this.notify('exit');
      await this.waitFor('the server to exit', () => !this.alive, 5000).catch(() => this.process.kill());
    }
  }
}

/**
 * The hooks of a mocha suite of sandboxed servers (call it inside `describe`): it needs dist/server.js and skips
 * without the seeds; after each test it stops every client in `clients` and removes every sandbox in `sandboxes`.
 */
export function sandboxedServers(): { sandboxes: Sandbox[]; clients: RawClient[] } {
  const sandboxes: Sandbox[] = [];
  const clients: RawClient[] = [];
  before(function () {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    if (!fs.existsSync(SEEDS_DIR)) this.skip();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.stop();
    for (const sandbox of sandboxes.splice(0)) fs.rmSync(sandbox.root, { recursive: true, force: true });
  });
  return { sandboxes, clients };
}

/** Folders the server may see: the workspace, its storage folder, and HOME / TMPDIR that must stay empty. */
export interface Sandbox {
  root: string;
  workspace: string;
  storage: string;
  home: string;
  tmp: string;
  cwd: string;
}

export function makeSandbox(files: Record<string, string>): Sandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-abuse-'));
  const sandbox = {
    root,
    workspace: path.join(root, 'workspace'),
    storage: path.join(root, 'storage'),
    home: path.join(root, 'home'),
    tmp: path.join(root, 'tmp'),
    cwd: path.join(root, 'cwd'),
  };
  for (const dir of [sandbox.workspace, sandbox.home, sandbox.tmp, sandbox.cwd]) fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(sandbox.workspace, name), text);
  return sandbox;
}

/** Every path under a folder with its size and modification time. */
export function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const visit = (p: string): void => {
    for (const entry of fs.readdirSync(p, { withFileTypes: true })) {
      const full = path.join(p, entry.name);
      const stat = fs.lstatSync(full);
      result[path.relative(dir, full)] = entry.isDirectory() ? 'dir' : `${stat.size} ${stat.mtimeMs}`;
      if (entry.isDirectory()) visit(full);
    }
  };
  if (fs.existsSync(dir)) visit(dir);
  return result;
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export function seedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    files[name] = fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
  }
  return files;
}

/** How many findings and diagnostics a final state holds, so that a comparison of empty states is noticed. */
export function sizeOf(state: string): { findings: number; diagnostics: number } {
  const parsed = JSON.parse(state) as { findings: unknown[]; diagnostics: Record<string, unknown[]> };
  return {
    findings: parsed.findings.length,
    diagnostics: Object.values(parsed.diagnostics).reduce((n, list) => n + list.length, 0),
  };
}

/** Replaces workspace paths so that two sandboxes' results compare equal. */
export function portable(value: unknown, sandbox: Sandbox): string {
  return JSON.stringify(value)
    .split(uriOf(sandbox.workspace))
    .join('WORKSPACE')
    .split(sandbox.workspace)
    .join('WORKSPACE');
}

/** Starts a fresh server on a copy of `files`, opens `open` (uri-relative name → text), and returns its final state. */
export async function fromScratch(files: Record<string, string>, open: Record<string, string>): Promise<string> {
  const sandbox = makeSandbox(files);
  const client = new RawClient(sandbox);
  try {
    await client.initialize(sandbox.workspace);
    await client.indexed();
    for (const [name, text] of Object.entries(open)) {
      client.notify('textDocument/didOpen', {
        textDocument: { uri: uriOf(path.join(sandbox.workspace, name)), languageId: 'plaintext', version: 1, text },
      });
    }
    return portable(await client.finalState(), sandbox);
  } finally {
    await client.stop();
    fs.rmSync(sandbox.root, { recursive: true, force: true });
  }
}
