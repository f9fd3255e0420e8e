// Turning the server's claim locations into VS Code ranges, labels and editor jumps.
import * as vscode from 'vscode';
import type { FindingLocation } from './protocol';

export function locationRange(location: FindingLocation): vscode.Range {
  return new vscode.Range(location.line, location.character, location.endLine, location.endCharacter);
}

/** "seeds/002_f236f39115b0c122.txt:15" (1-based line, as people count). */
export function placeLabel(location: FindingLocation): string {
  const place = `${vscode.workspace.asRelativePath(vscode.Uri.parse(location.uri), false)}:${location.line + 1}`;
  // An article of the shared archive (crosscheck.archive): its URL or path, marked.
  return location.archive ? `archive: ${place}` : place;
}

/** Opens the claim's document with the claim selected. */
export async function revealLocation(
  location: FindingLocation,
  options: { preserveFocus?: boolean; viewColumn?: vscode.ViewColumn } = {},
): Promise<vscode.TextEditor> {
  const range = locationRange(location);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
  return vscode.window.showTextDocument(document, {
    selection: range,
    preserveFocus: options.preserveFocus ?? false,
    viewColumn: options.viewColumn,
  });
}
