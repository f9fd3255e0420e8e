// The server's lifecycle over LSP: `initialize` (what the client supports, its folders, pushed settings; the
// capabilities), `initialized` (settings, watchers, the first reading of the workspace), configuration changes (the
// workspace is read again when its file filters change), `shutdown` (the engine's snapshot is saved), and what runs
// whenever the model changed: diagnostics, the status, refresh requests.
import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';
import { removeStaleTempFiles } from '../indexing/cache';
import { indexWorkspace, loadProjectConfigs, saveEngineSnapshot } from '../host/indexing';
import { settingsFrom } from '../host/settings';
import type { Settings } from '../host/settings';
import { capabilities, filterSignature, foldersOf, loadSettings, pushedCrosscheckSection } from './configuration';
import type { StatusNotifier } from './customRequests';
import type { DiagnosticsPublisher } from './diagnostics';
import { registerFileWatchers } from './fileWatching';
import { guardNotification } from './handlers';
import { DELAYS } from './scheduler';
import { clientSupportOf } from './session';
import type { Session } from './session';

/**
 * Registers the lifecycle's handlers on the connection; returns what requests wait for: the first read of the
 * settings after `initialized`, so that `enable` is honoured.
 */
export function registerLifecycle(
  connection: Connection,
  session: Session,
  diagnostics: DiagnosticsPublisher,
  status: StatusNotifier,
  onShutdown: () => void = () => undefined,
): () => Promise<unknown> {
  let initialized = false;
  let settingsLoaded: Promise<unknown> = Promise.resolve();

  const requestRefreshes = (): void =>
    session.scheduler.scheduleOnce('refresh', DELAYS.refresh, () => {
      if (session.support.semanticTokensRefresh) connection.languages.semanticTokens.refresh();
      if (session.support.codeLensRefresh)
        void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
      if (session.support.inlayHintRefresh && session.settings.inlayHints)
        void connection.languages.inlayHint.refresh().catch(() => undefined);
    });

  session.onModelChanged(() => {
    if (session.indexing && !initialized) return;
    diagnostics.publish();
    status.notify(session.service.status(session.indexing));
    requestRefreshes();
  });

  connection.onInitialize((params) => {
    session.initializeReceived = true;
    session.support = clientSupportOf(params.capabilities);
    session.model.setFolders(foldersOf(params));
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
    if (typeof options.storagePath === 'string') session.storagePath = options.storagePath;
    if (Array.isArray(options.commands))
      session.clientCommands = new Set(options.commands.filter((c): c is string => typeof c === 'string'));
    if (options.settings !== undefined) session.pushedSettings = options.settings;
    session.settings = settingsFrom(pushedCrosscheckSection(session.pushedSettings));
    return capabilities();
  });

  const afterInitialized = guardNotification(session, 'initialized', async (loading: Promise<Settings>) => {
    if (session.support.configurationChangeDynamic) {
      await connection.client
        .register(DidChangeConfigurationNotification.type, { section: ['crosscheck', 'files.exclude'] })
        .catch((e: unknown) => session.log(`could not register for configuration changes: ${(e as Error).message}`));
    }
    await registerFileWatchers(session).catch((e: unknown) =>
      session.log(`could not watch files: ${(e as Error).message}`),
    );
    await loading;
    session.log(`workspace folders: ${session.model.folders.map((f) => f.path).join(', ') || '(none)'}`);
    if (session.support.workspaceFoldersChange) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guardNotification(session, 'didChangeWorkspaceFolders', async (event) => {
          const removed = new Set(event.removed.map((f) => f.uri));
          const kept = session.model.folders.filter((f) => !removed.has(f.uri));
          session.model.setFolders([...kept, ...foldersOf({ workspaceFolders: event.added })]);
          await indexWorkspace(session);
        }),
      );
    }
    if (session.storagePath) {
      for (const name of removeStaleTempFiles(session.storagePath))
        session.log(`removed ${name} from the storage folder: a write that a stopped server left unfinished`);
    }
    initialized = true;
    if (session.settings.enable) await indexWorkspace(session);
    else session.modelChanged();
  });
  // What changed since the last save (edits of open documents, files changed on disk) is in the next start's snapshot.
  connection.onShutdown(() => {
    onShutdown();
    if (!session.indexing) saveEngineSnapshot(session);
  });
  connection.onInitialized(() => {
    // Synchronously, so that a request right behind `initialized` already waits for the settings.
    const loading = loadSettings(session, connection).then((settings) => (session.settings = settings));
    settingsLoaded = loading.catch(() => undefined);
    afterInitialized(loading);
  });

  connection.onDidChangeConfiguration(
    guardNotification(session, 'didChangeConfiguration', async (params) => {
      if (params.settings !== undefined && params.settings !== null) session.pushedSettings = params.settings;
      const previous = session.settings;
      const previousFilters = filterSignature(session);
      session.settings = await loadSettings(session, connection);
      session.model.invalidateAll();
      if (!initialized) return;
      if (session.settings.enable && (filterSignature(session) !== previousFilters || !previous.enable)) {
        await indexWorkspace(session);
      } else {
        loadProjectConfigs(session);
        session.modelChanged();
      }
    }),
  );
  return () => settingsLoaded;
}
