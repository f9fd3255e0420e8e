// crosscheck.openSeeds (walkthrough): opens the seeds folder (five reports of one attack that disagree)
// when the workspace holds the Crosscheck repository, else lets the user pick a folder of reports.
import * as vscode from 'vscode';

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** The seeds folder of an open workspace folder, if there is one. */
async function findSeeds(): Promise<vscode.Uri | undefined> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const seeds = vscode.Uri.joinPath(folder.uri, 'seeds');
    if (await isFolder(seeds)) return seeds;
  }
  return undefined;
}

export async function openSeeds(): Promise<void> {
  const seedsOpen = (vscode.workspace.workspaceFolders ?? []).some((folder) => /\/seeds\/?$/.test(folder.uri.path));
  if (seedsOpen) {
    await vscode.commands.executeCommand('crosscheck.revealFirstFinding');
    return;
  }
  const folder =
    (await findSeeds()) ??
    (
      await vscode.window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: 'Open with Crosscheck',
        title: 'Open a folder of reports (for example the seeds folder of the Crosscheck repository)',
      })
    )?.[0];
  if (folder) await vscode.commands.executeCommand('vscode.openFolder', folder, { forceNewWindow: false });
}

export function registerOpenSeeds(): vscode.Disposable {
  return vscode.commands.registerCommand('crosscheck.openSeeds', () => openSeeds());
}
