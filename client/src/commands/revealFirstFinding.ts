// crosscheck.revealFirstFinding (walkthrough): opens the most severe finding's first claim and its hover.
import * as vscode from 'vscode';
import { compareFindings } from '../findingOrder';
import { revealLocation } from '../locations';
import type { CrosscheckSession } from '../session';

/** @returns the id of the finding shown, or undefined when there is none yet. */
export async function revealFirstFinding(session: CrosscheckSession): Promise<string | undefined> {
  const findings = [...(await session.refresh())].sort(compareFindings);
  const finding = findings.find((candidate) => candidate.locations.length > 0);
  if (!finding) {
    const indexing = session.lastStatus?.indexing
      ? ' Crosscheck is still reading the files: try again in a moment.'
      : '';
    void vscode.window.showInformationMessage(
      `Crosscheck has no finding in this workspace yet. Open a folder of reports that disagree, such as the seeds folder of the Crosscheck repository.${indexing}`,
    );
    return undefined;
  }
  await revealLocation(finding.locations[0]!);
  await vscode.commands.executeCommand('editor.action.showHover');
  return finding.id;
}

export function registerRevealFirstFinding(session: CrosscheckSession): vscode.Disposable {
  return vscode.commands.registerCommand('crosscheck.revealFirstFinding', () => revealFirstFinding(session));
}
