// crosscheck.showFindings: reveals the Claims view with fresh findings.
import * as vscode from 'vscode';
import { CLAIMS_VIEW_ID } from '../claimsView';
import type { CrosscheckSession } from '../session';

export function registerShowFindings(session: CrosscheckSession): vscode.Disposable {
  return vscode.commands.registerCommand('crosscheck.showFindings', async () => {
    await vscode.commands.executeCommand(`${CLAIMS_VIEW_ID}.focus`);
    await session.refresh();
  });
}
