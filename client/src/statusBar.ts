// The status bar item: "Crosscheck: N findings", a spinner while indexing; a click shows the findings.
import * as vscode from 'vscode';
import type { StatusParams } from './protocol';
import type { CrosscheckSession } from './session';
import { statusText, statusTooltip } from './statusText';

export function registerStatusBar(session: CrosscheckSession): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Crosscheck';
  item.command = 'crosscheck.showFindings';
  const update = (status: StatusParams | undefined): void => {
    const enabled = vscode.workspace.getConfiguration('crosscheck').get<boolean>('enable', true);
    item.text = statusText(status, enabled);
    item.tooltip = statusTooltip(status, enabled);
  };
  update(session.lastStatus);
  item.show();
  return vscode.Disposable.from(
    item,
    session.onDidChangeStatus(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('crosscheck.enable')) update(session.lastStatus);
    }),
  );
}
