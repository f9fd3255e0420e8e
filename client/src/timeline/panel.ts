// The figure timeline webview panel: one panel, showing one finding at a time.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { placeLabel, revealLocation } from '../locations';
import type { FindingView } from '../protocol';
import { timelineHtml } from './html';

export const TIMELINE_VIEW_TYPE = 'crosscheck.timeline';

const TIMELINE_WEBVIEW_OPTIONS: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: [] };

export class TimelinePanel {
  private static current: TimelinePanel | undefined;

  /** The panel on screen, if any (for tests and the extension's API). */
  static get active(): TimelinePanel | undefined {
    return TimelinePanel.current;
  }

  private finding: FindingView;
  private readonly disposables: vscode.Disposable[] = [];

  /** Takes over a panel VS Code restored after a reload, showing the finding it showed before. */
  static revive(panel: vscode.WebviewPanel, finding: FindingView): TimelinePanel {
    TimelinePanel.current?.dispose();
    panel.webview.options = TIMELINE_WEBVIEW_OPTIONS;
    TimelinePanel.current = new TimelinePanel(panel, finding);
    return TimelinePanel.current;
  }

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
      { ...TIMELINE_WEBVIEW_OPTIONS, enableFindWidget: true },
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
    if (location?.archive && /^https?:/i.test(location.uri))
      await vscode.env.openExternal(vscode.Uri.parse(location.uri));
    else if (location) await revealLocation(location, { viewColumn: vscode.ViewColumn.One });
  }

  dispose(): void {
    if (TimelinePanel.current === this) TimelinePanel.current = undefined;
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/**
 * Restores the timeline panel after a window reload: the page stored the id of its finding with
 * setState; the panel shows that finding again once the server has it, and closes if it is gone.
 */
export function registerTimelineSerializer(
  findings: (id: string) => Promise<FindingView | undefined>,
): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
      const findingId = (state as { findingId?: unknown } | undefined)?.findingId;
      const finding = typeof findingId === 'string' ? await findings(findingId) : undefined;
      if (finding) TimelinePanel.revive(panel, finding);
      else panel.dispose();
    },
  });
}
