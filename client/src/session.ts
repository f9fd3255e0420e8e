// The client's view of the server's state: the last crosscheck/status, and the findings, re-fetched
// with crosscheck/findings whenever the status changes. Views and commands read it; none analyses.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  Methods,
  type FindingView,
  type FindingsParams,
  type FindingsResult,
  type ReportParams,
  type ReportResult,
  type StatusParams,
} from './protocol';

export class CrosscheckSession implements vscode.Disposable {
  private status: StatusParams | undefined;
  private findings: FindingView[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly statusChanged = new vscode.EventEmitter<StatusParams>();
  private readonly findingsChanged = new vscode.EventEmitter<readonly FindingView[]>();
  private readonly disposables: vscode.Disposable[] = [this.statusChanged, this.findingsChanged];

  /** Fires with each crosscheck/status notification. */
  readonly onDidChangeStatus = this.statusChanged.event;
  /** Fires when the findings have been re-fetched. */
  readonly onDidChangeFindings = this.findingsChanged.event;

  constructor(
    readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      client.onNotification(Methods.status, (params: StatusParams) => {
        this.status = params;
        this.statusChanged.fire(params);
        this.scheduleRefresh();
      }),
      client.onDidChangeState((event) => {
        if (event.newState === State.Running) this.scheduleRefresh();
      }),
    );
  }

  get lastStatus(): StatusParams | undefined {
    return this.status;
  }

  /** The findings as last fetched (all of the workspace). */
  get currentFindings(): readonly FindingView[] {
    return this.findings;
  }

  get isRunning(): boolean {
    return this.client.state === State.Running;
  }

  /** Re-fetches every finding from the server now. */
  async refresh(): Promise<readonly FindingView[]> {
    clearTimeout(this.refreshTimer);
    this.findings = await this.requestFindings({});
    this.findingsChanged.fire(this.findings);
    return this.findings;
  }

  /**
   * The finding with this id, once the server has it: while the server is still indexing (after a
   * window reload, say), waits for it to finish, up to `patienceMs`.
   */
  async findingById(id: string, patienceMs = 30_000): Promise<FindingView | undefined> {
    const deadline = Date.now() + patienceMs;
    for (;;) {
      const found = (await this.refresh()).find((finding) => finding.id === id);
      if (found) return found;
      const status = this.status;
      if ((status && !status.indexing) || Date.now() > deadline) return undefined;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          subscription.dispose();
          resolve();
        };
        const timer = setTimeout(done, 1000);
        const subscription = this.onDidChangeStatus(done);
      });
    }
  }

  /** The findings that involve one document (or all), straight from the server. */
  async requestFindings(params: FindingsParams): Promise<FindingView[]> {
    if (!this.isRunning) return [];
    try {
      const result = await this.client.sendRequest<FindingsResult | null>(Methods.findings, params);
      return result?.findings ?? [];
    } catch (error) {
      this.output.error(`${Methods.findings} failed: ${String(error)}`);
      return [];
    }
  }

  async report(format: ReportParams['format']): Promise<string> {
    const params: ReportParams = { format };
    const result = await this.client.sendRequest<ReportResult>(Methods.report, params);
    return result.content;
  }

  /** Asks the server to re-read every file; starts it first if it had stopped. */
  async reindex(): Promise<void> {
    if (this.client.state === State.Stopped || this.client.state === State.StartFailed) await this.client.start();
    await this.client.sendRequest(Methods.reindex);
    await this.refresh();
  }

  /** Starts the server again (it reads its environment, the archive's password, at start); starts it if it had stopped. */
  async restart(): Promise<void> {
    if (this.client.state === State.Stopped || this.client.state === State.StartFailed) await this.client.start();
    else await this.client.restart();
    await this.refresh();
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 200);
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
