// crosscheck.showTimeline: the figure timeline of a finding: the one passed (from the Claims view), the
// one at the cursor, or one picked from the list.
import * as vscode from 'vscode';
import type { ClaimsViewNode } from '../claimsView';
import { findingsAt } from '../findingAt';
import type { FindingView } from '../protocol';
import type { CrosscheckSession } from '../session';
import { TimelinePanel } from '../timeline/panel';

/** A finding, its id, or a node of the Claims view. */
export type TimelineTarget = FindingView | string | ClaimsViewNode;

async function resolveTarget(
  session: CrosscheckSession,
  target: TimelineTarget | undefined,
): Promise<FindingView | undefined> {
  if (typeof target === 'string') return session.findingById(target);
  if (target && 'type' in target && (target.type === 'finding' || target.type === 'claim')) return target.finding;
  if (target && 'locations' in target) return target;
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const uri = editor.document.uri.toString();
    const atCursor = findingsAt(await session.requestFindings({ uri }), uri, editor.selection.active);
    if (atCursor.length > 0) return atCursor[0];
  }
  const findings = await session.refresh();
  if (findings.length === 0) {
    void vscode.window.showInformationMessage('Crosscheck: there is no finding to draw.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    findings.map((finding) => ({
      label: finding.subject,
      description: finding.kind,
      detail: finding.message,
      finding,
    })),
    { title: 'Crosscheck: show the timeline of which finding?', matchOnDetail: true },
  );
  return picked?.finding;
}

/** @returns the id of the finding shown, or undefined. */
export async function showTimeline(session: CrosscheckSession, target?: TimelineTarget): Promise<string | undefined> {
  const finding = await resolveTarget(session, target);
  if (!finding) return undefined;
  return TimelinePanel.show(finding).findingId;
}

export function registerShowTimeline(session: CrosscheckSession): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('crosscheck.showTimeline', (target?: TimelineTarget) =>
      showTimeline(session, target),
    ),
    // The panel follows edits: it redraws its finding when the findings are re-fetched, while that finding exists.
    session.onDidChangeFindings((findings) => {
      const panel = TimelinePanel.active;
      const fresh = panel && findings.find((finding) => finding.id === panel.findingId);
      if (panel && fresh) panel.update(fresh);
    }),
  );
}
