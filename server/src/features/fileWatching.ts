// Watching the workspace on disk: workspace/didChangeWatchedFiles (registered dynamically when the client
// allows it) re-reads created or changed .txt/.md files, drops deleted ones, re-reads .crosscheck.json
// (and re-indexes, as its globs may change) and .bib files.
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import type { DidChangeWatchedFilesParams } from 'vscode-languageserver/node';
import { indexWorkspace, loadBibliography, reindexFile } from '../host/indexing';
import { PROJECT_CONFIG_NAME } from '../service/projectConfig';
import type { Session } from './session';
import { uriToPath } from '../service/uris';

export const WATCHED_GLOBS = ['**/*.txt', '**/*.md', `**/${PROJECT_CONFIG_NAME}`, '**/*.bib'];

export async function registerFileWatchers(session: Session): Promise<void> {
  if (!session.support.watchedFilesDynamic) return;
  await session.connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
  });
}

export async function onWatchedFilesChanged(session: Session, params: DidChangeWatchedFilesParams): Promise<void> {
  let changed = false;
  let configChanged = false;
  let bibChanged = false;
  for (const change of params.changes) {
    const filePath = uriToPath(change.uri);
    if (!filePath) continue;
    const name = path.basename(filePath);
    if (name === PROJECT_CONFIG_NAME) {
      configChanged = true;
      continue;
    }
    if (/\.bib$/i.test(name)) {
      bibChanged = true;
      continue;
    }
    if (!/\.(txt|md)$/i.test(name)) continue;
    const kind =
      change.type === FileChangeType.Deleted
        ? 'deleted'
        : change.type === FileChangeType.Created
          ? 'created'
          : 'changed';
    session.log(`${kind} on disk: ${filePath}`);
    if (change.type === FileChangeType.Deleted) {
      const entry = session.model.get(filePath);
      if (entry && !entry.open) changed = session.model.delete(filePath) || changed;
    } else {
      changed = reindexFile(session, filePath) || changed;
    }
  }
  if (bibChanged) loadBibliography(session);
  if (configChanged) {
    session.log(`${PROJECT_CONFIG_NAME} changed: re-indexing`);
    await indexWorkspace(session);
    return;
  }
  if (changed || bibChanged) session.modelChanged();
}
