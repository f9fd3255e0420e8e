// textDocument/codeAction: the service's actions (server/src/service/codeActions.ts) as LSP code actions, with
// the diagnostics each one answers and its edits in line/character.
import { CodeActionKind, CodeActionTriggerKind, TextDocumentEdit } from 'vscode-languageserver/node';
import type {
  CancellationToken,
  CodeAction,
  CodeActionParams,
  Diagnostic,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { CitationStyleSetting } from '../core/citationStyles';
import type { ActionChange, ActionData } from '../service/codeActions';
import type { AnalysisService } from '../service/service';
import type { DiagnosticData } from './diagnostics';
import { checkCancelled, fromLspRange } from './handlers';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.crosscheck`;

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

function workspaceEdit(change: ActionChange): WorkspaceEdit {
  if ('create' in change) {
    const start = { line: 0, character: 0 };
    return {
      documentChanges: [
        { kind: 'create', uri: change.uri, options: { ignoreIfExists: true } },
        TextDocumentEdit.create({ uri: change.uri, version: null }, [
          { range: { start, end: start }, newText: change.create },
        ]),
      ],
    };
  }
  const edits: TextEdit[] = change.edits.map((e) => ({
    range: { start: change.lines.positionAt(e.start), end: change.lines.positionAt(e.end) },
    newText: e.newText,
  }));
  return { changes: { [change.uri]: edits } };
}

function toCodeAction(action: ActionData, diagnostics: Diagnostic[]): CodeAction {
  if (action.kind === 'fixAll') return { title: action.title, kind: FIX_ALL_KIND, edit: workspaceEdit(action.change) };
  const answered = diagnostics.filter((d) => (d.data as DiagnosticData | undefined)?.claimId === action.claimId);
  const result: CodeAction = { title: action.title, kind: CodeActionKind.QuickFix, diagnostics: answered };
  if ('isPreferred' in action) result.isPreferred = action.isPreferred;
  result.edit = workspaceEdit(action.change);
  return result;
}

export interface CodeActionOptions {
  /** The client can create a file in a workspace edit (resource operations and document changes). */
  canCreateFiles: boolean;
  /** How the document's folder cites a source (`.crosscheck.json` "citationStyle", else the setting). */
  citationStyle: CitationStyleSetting;
}

export function provideCodeActions(
  service: AnalysisService,
  params: CodeActionParams,
  options: CodeActionOptions,
  token?: CancellationToken,
): CodeAction[] {
  const only = params.context.only;
  // The whole-file action is computed when asked for by kind or by hand, not on every automatic request.
  const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic;
  const actions = service.codeActions({
    uri: params.textDocument.uri,
    range: fromLspRange(params.range),
    quickFixes: wants(only, CodeActionKind.QuickFix),
    fixAll: only ? wants(only, FIX_ALL_KIND) : !automatic,
    canCreateFiles: options.canCreateFiles,
    citationStyle: options.citationStyle,
    checkpoint: () => checkCancelled(token),
  });
  return actions.map((action) => toCodeAction(action, params.context.diagnostics));
}
