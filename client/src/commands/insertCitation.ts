// crosscheck.insertCitation: applies the server's "cite the source" quick fix for the claim at the cursor.
import * as vscode from 'vscode';

/** A quick fix is a citation when its title says so ("Cite The Hindu, 1 February 2026", "Insert citation …"). */
export function isCitationAction(action: vscode.CodeAction): boolean {
  const quickFix = !action.kind || vscode.CodeActionKind.QuickFix.contains(action.kind);
  return quickFix && /\bcit(e|ation)/i.test(action.title);
}

/** The citation quick fixes at the editor's selection (or cursor), preferred first. */
export async function citationActions(editor: vscode.TextEditor): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      editor.selection,
      vscode.CodeActionKind.QuickFix.value,
      10,
    )) ?? [];
  return actions
    .filter((action): action is vscode.CodeAction => typeof action.command !== 'string')
    .filter(isCitationAction)
    .sort((a, b) => Number(Boolean(b.isPreferred)) - Number(Boolean(a.isPreferred)));
}

export async function applyCodeAction(action: vscode.CodeAction): Promise<boolean> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}

/** Which citation to insert when there are several: its index, or (part of) its title. */
export type CitationChoice = number | string;

async function chooseAction(
  actions: vscode.CodeAction[],
  choice: CitationChoice | undefined,
): Promise<vscode.CodeAction | undefined> {
  if (typeof choice === 'number') return actions[choice];
  if (typeof choice === 'string')
    return actions.find((action) => action.title === choice) ?? actions.find((action) => action.title.includes(choice));
  if (actions.length === 1) return actions[0];
  const preferred = actions.filter((action) => action.isPreferred);
  if (preferred.length === 1) return preferred[0];
  const picked = await vscode.window.showQuickPick(
    actions.map((action) => ({ label: action.title, action })),
    { title: 'Crosscheck: insert which citation?' },
  );
  return picked?.action;
}

/**
 * Applies the citation quick fix of the figure at the cursor; asks which one when there are several
 * (unless `choice` says).
 * @returns the title of the quick fix applied, or undefined when there was none (or the user cancelled).
 */
export async function insertCitation(choice?: CitationChoice): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(
      'Crosscheck: open a document and put the cursor on a figure to cite its source.',
    );
    return undefined;
  }
  const actions = await citationActions(editor);
  if (actions.length === 0) {
    void vscode.window.showInformationMessage('Crosscheck: no citation to insert for the figure at the cursor.');
    return undefined;
  }
  const action = await chooseAction(actions, choice);
  if (!action) return undefined;
  return (await applyCodeAction(action)) ? action.title : undefined;
}

export function registerInsertCitation(): vscode.Disposable {
  return vscode.commands.registerCommand('crosscheck.insertCitation', (choice?: CitationChoice) =>
    insertCitation(choice),
  );
}
