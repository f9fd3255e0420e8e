// The context key that ticks the walkthrough's "Open a folder" step. VS Code ticks a step on an
// `onContext:` event only when the context changes after the walkthrough is registered: a key that is
// already true then (such as `workspaceFolderCount`) never ticks it. The client sets its own key at
// activation (the walkthrough activates the extension) and whenever the folders change.
import * as vscode from 'vscode';

/** The context key set while the window has a workspace folder open; package.json's walkthrough names it. */
export const FOLDER_OPEN_CONTEXT = 'crosscheck.workspaceFolderOpen';

function update(): Thenable<unknown> {
  return vscode.commands.executeCommand(
    'setContext',
    FOLDER_OPEN_CONTEXT,
    (vscode.workspace.workspaceFolders?.length ?? 0) > 0,
  );
}

export function registerWalkthroughContext(): vscode.Disposable {
  void update();
  return vscode.workspace.onDidChangeWorkspaceFolders(() => void update());
}
