// Capabilities and configuration: what the server offers in `initialize`, the workspace folders it was given, and
// the settings read through workspace/configuration (per folder) or pushed by clients without it.
import * as path from 'node:path';
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { Connection, InitializeParams, InitializeResult, WorkspaceFolder } from 'vscode-languageserver/node';
import { uriToPath } from '../service/uris';
import type { WorkspaceFolderInfo } from '../service/workspace';
import type { Session } from './session';
import { settingsFrom } from '../host/settings';
import type { Settings } from '../host/settings';
import { FIX_ALL_KIND } from './codeActions';
import { SEMANTIC_TOKENS_LEGEND } from './semanticTokens';

export function capabilities(): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      codeLensProvider: { resolveProvider: false },
      referencesProvider: true,
      documentSymbolProvider: { label: 'Crosscheck claims' },
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
      inlayHintProvider: { resolveProvider: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'crosscheck', version: '0.1.0' },
  };
}

export function foldersOf(
  params: Partial<Pick<InitializeParams, 'workspaceFolders' | 'rootUri' | 'rootPath'>>,
): WorkspaceFolderInfo[] {
  const folders: WorkspaceFolder[] =
    params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  const result: WorkspaceFolderInfo[] = [];
  for (const folder of folders) {
    const folderPath = uriToPath(folder.uri);
    if (folderPath) result.push({ uri: folder.uri, path: folderPath, name: folder.name || path.basename(folderPath) });
  }
  if (!result.length && params.rootPath)
    result.push({ uri: params.rootPath, path: path.resolve(params.rootPath), name: path.basename(params.rootPath) });
  return result;
}

export function pushedCrosscheckSection(settings: unknown): unknown {
  if (!settings || typeof settings !== 'object') return undefined;
  const record = settings as Record<string, unknown>;
  return record.crosscheck ?? record;
}

/** What decides which files are read, for the window and every folder. */
export function filterSignature(session: Session): string {
  const of = (s: Settings) => [s.enable, s.include, s.exclude, s.filesExclude, s.maxFileSize, s.followSymlinksOutside];
  return JSON.stringify([of(session.settings), ...session.model.folders.map((f) => of(session.settingsOf(f.path)))]);
}

/** Reads the window's settings, and each folder's own (session.folderSettings); returns the window's. */
export async function loadSettings(session: Session, connection: Connection): Promise<Settings> {
  session.folderSettings = new Map();
  if (session.support.configuration) {
    try {
      const folders = session.model.folders;
      const scopes = [undefined, ...folders.map((f) => f.uri)];
      const answers = await connection.workspace.getConfiguration(
        scopes.flatMap((scopeUri) => [
          { section: 'crosscheck', scopeUri },
          { section: 'files.exclude', scopeUri },
        ]),
      );
      const at = (i: number) =>
        settingsFrom(answers[2 * i] ?? pushedCrosscheckSection(session.pushedSettings), answers[2 * i + 1]);
      folders.forEach((folder, i) => session.folderSettings.set(folder.path, at(i + 1)));
      return at(0);
    } catch (e) {
      session.log(`workspace/configuration failed (${(e as Error).message}); using defaults`);
    }
  }
  return settingsFrom(pushedCrosscheckSection(session.pushedSettings));
}
