// The figure timeline webview panel: one panel, showing one finding at a time.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { placeLabel, revealLocation } from '../locations';
import type { FindingView } from '../protocol';
import { timelineHtml } from './html';

export const TIMELINE_VIEW_TYPE = 'crosscheck.timeline';

export class TimelinePanel {
  private static current: TimelinePanel | undefined;

  /** The panel on screen, if any (for tests and the extension's API). */
  static get active(): TimelinePanel | undefined {
    return TimelinePanel.current;
  }

  private finding: FindingView;
  private readonly disposables: vscode.Disposable[] = [];

  /** Shows the finding in the timeline panel, creating the panel beside the editor when needed. */
  static show(finding: FindingView): TimelinePanel {
    if (TimelinePanel.current) {
      TimelinePanel.current.update(finding);
      TimelinePanel.current.panel.reveal(undefined, true);
      return TimelinePanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      TIMELINE_VIEW_TYPE,
      'Figure timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
    );
    TimelinePanel.current = new TimelinePanel(panel, finding);
    return TimelinePanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    finding: FindingView,
  ) {
    this.finding = finding;
    this.render();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message)),
    );
  }

  get findingId(): string {
    return this.finding.id;
  }

  get html(): string {
    return this.panel.webview.html;
  }

  update(finding: FindingView): void {
    this.finding = finding;
    this.render();
  }

  private render(): void {
    const locations = new Map(this.finding.locations.map((location) => [location.claimId, location]));
    this.panel.title = `Timeline: ${this.finding.subject}`;
    this.panel.webview.html = timelineHtml({
      finding: this.finding,
      nonce: randomBytes(16).toString('hex'),
      cspSource: this.panel.webview.cspSource,
      place: (claimId) => {
        const location = locations.get(claimId);
        return location ? placeLabel(location) : claimId;
      },
    });
  }

  private async onMessage(message: unknown): Promise<void> {
    if (typeof message !== 'object' || message === null) return;
    const { type, claimId } = message as { type?: unknown; claimId?: unknown };
    if (type !== 'open' || typeof claimId !== 'string') return;
    const location = this.finding.locations.find((candidate) => candidate.claimId === claimId);
    if (location) await revealLocation(location, { viewColumn: vscode.ViewColumn.One });
  }

  dispose(): void {
    if (TimelinePanel.current === this) TimelinePanel.current = undefined;
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
