// The status bar item: "Crosscheck: N findings", a spinner while indexing; a click shows the findings.
import * as vscode from 'vscode';
import type { StatusParams } from './protocol';
import type { CrosscheckSession } from './session';

/** The item's text for a status; exported for tests of the wording. */
export function statusText(status: StatusParams | undefined): string {
  if (!status) return '$(sync~spin) Crosscheck';
  if (status.indexing) return '$(sync~spin) Crosscheck: indexing';
  const noun = status.findings === 1 ? 'finding' : 'findings';
  return `${status.findings > 0 ? '$(warning)' : '$(check)'} Crosscheck: ${status.findings} ${noun}`;
}

function statusTooltip(status: StatusParams | undefined): string {
  if (!status) return 'Crosscheck is starting';
  const files = `${status.files} ${status.files === 1 ? 'file' : 'files'}`;
  return status.indexing ? `Crosscheck is reading ${files}` : `Crosscheck checked ${files}. Click to show the findings.`;
}

export function registerStatusBar(session: CrosscheckSession): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Crosscheck';
  item.command = 'crosscheck.showFindings';
  const update = (status: StatusParams | undefined): void => {
    item.text = statusText(status);
    item.tooltip = statusTooltip(status);
  };
  update(session.lastStatus);
  item.show();
  return vscode.Disposable.from(item, session.onDidChangeStatus(update));
}
