// A small LSP client over stdio for the benchmark: starts the server as a child process, speaks JSON-RPC
// through vscode-jsonrpc, and records every publishDiagnostics / status notification with its arrival time.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  count: number;
  at: number;
}

export interface StatusNotification {
  files: number;
  findings: number;
  indexing: boolean;
  at: number;
}

export interface LoggedMessage {
  message: string;
  at: number;
}

type Waiter<T> = { match: (item: T) => boolean; resolve: (item: T) => void };

export class LspClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly startedAt = performance.now();
  readonly diagnostics: PublishedDiagnostics[] = [];
  readonly statuses: StatusNotification[] = [];
  readonly logs: string[] = [];
  private diagnosticWaiters: Waiter<PublishedDiagnostics>[] = [];
  private statusWaiters: Waiter<StatusNotification>[] = [];
  /** The server's window/logMessage notifications with their arrival times. */
  readonly messages: LoggedMessage[] = [];
  private messageWaiters: Waiter<LoggedMessage>[] = [];
  private peakRssKb = 0;
  private readonly rssTimer: NodeJS.Timeout;
  exited = false;

  constructor(command: string, args: string[], cwd: string) {
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.child.on('exit', () => (this.exited = true));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
        const item = {
          uri: params.uri,
          version: params.version,
          count: params.diagnostics.length,
          at: performance.now(),
        };
        this.diagnostics.push(item);
        this.diagnosticWaiters = this.diagnosticWaiters.filter((w) =>
          w.match(item) ? (w.resolve(item), false) : true,
        );
      },
    );
    this.connection.onNotification('crosscheck/status', (params: Omit<StatusNotification, 'at'>) => {
      const item = { ...params, at: performance.now() };
      this.statuses.push(item);
      this.statusWaiters = this.statusWaiters.filter((w) => (w.match(item) ? (w.resolve(item), false) : true));
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      const item = { message: params.message, at: performance.now() };
      this.messages.push(item);
      this.messageWaiters = this.messageWaiters.filter((w) => (w.match(item) ? (w.resolve(item), false) : true));
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => null),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.listen();
    this.rssTimer = setInterval(() => this.samplePeakRss(), 100);
  }

  /** Peak resident set of the server process so far (VmHWM), in MB. */
  samplePeakRss(): number {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const match = /VmHWM:\s+(\d+) kB/.exec(status);
      if (match) this.peakRssKb = Math.max(this.peakRssKb, Number(match[1]));
    } catch {
      // the process has exited; keep the last sample
    }
    return this.peakRssKb / 1024;
  }

  nextDiagnostics(
    match: (d: PublishedDiagnostics) => boolean,
    timeoutMs: number,
  ): Promise<PublishedDiagnostics | null> {
    return this.wait(this.diagnosticWaiters, match, timeoutMs);
  }

  nextStatus(match: (s: StatusNotification) => boolean, timeoutMs: number): Promise<StatusNotification | null> {
    return this.wait(this.statusWaiters, match, timeoutMs);
  }

  /** The first log message that matches, already received or still to come. */
  nextLog(match: (message: string) => boolean, timeoutMs: number): Promise<LoggedMessage | null> {
    const received = this.messages.find((m) => match(m.message));
    return received ? Promise.resolve(received) : this.wait(this.messageWaiters, (m) => match(m.message), timeoutMs);
  }

  private wait<T>(list: Waiter<T>[], match: (item: T) => boolean, timeoutMs: number): Promise<T | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const index = list.indexOf(waiter);
        if (index >= 0) list.splice(index, 1);
        resolve(null);
      }, timeoutMs);
      const waiter: Waiter<T> = {
        match,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      list.push(waiter);
    });
  }

  async initialize(rootPath: string, storagePath: string): Promise<void> {
    const rootUri = `file://${rootPath}`;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions: { storagePath },
      capabilities: {
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        workspace: { workspaceFolders: true, configuration: false },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  async stop(): Promise<void> {
    clearInterval(this.rssTimer);
    this.samplePeakRss();
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    await new Promise((resolve) => {
      if (this.exited) return resolve(undefined);
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve(undefined);
      }, 3000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
    this.connection.dispose();
  }
}
