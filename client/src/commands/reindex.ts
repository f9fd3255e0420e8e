// crosscheck.reindex: the server re-reads every file of the workspace.
import * as vscode from 'vscode';
import type { CrosscheckSession } from '../session';

export function registerReindex(session: CrosscheckSession): vscode.Disposable {
  return vscode.commands.registerCommand('crosscheck.reindex', () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Crosscheck: re-indexing' },
      async () => {
        try {
          await session.reindex();
        } catch (error) {
          void vscode.window.showErrorMessage(
            `Crosscheck could not re-index: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      },
    ),
  );
}
