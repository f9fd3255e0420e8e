// Starts the Crosscheck language server on the connection the process was started with (--stdio, --node-ipc or
// --socket=N, as vscode-languageserver reads them from argv). Wiring only: capabilities and settings are in
// features/configuration.ts, document sync in features/documentSync.ts, every timer in features/scheduler.ts, each
// request in its own module (features/requests.ts registers them), the answers in service/.
import { createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArchiveLink } from './host/archiveClient';
import { guardedStdin } from './host/stdio';
import { removeStaleTempFiles } from './indexing/cache';
import { TextAnalyzer } from './indexing/textAnalyzer';
import { clientSupportOf, Session } from './session/session';
import { settingsFrom } from './session/settings';
import type { Settings } from './session/settings';
import { indexWorkspace, loadProjectConfigs, saveEngineSnapshot } from './session/indexing';
import { capabilities, filterSignature, foldersOf, loadSettings, pushedCrosscheckSection } from './features/configuration';
import { StatusNotifier } from './features/customRequests';
import { DiagnosticsPublisher } from './features/diagnostics';
import { DocumentSync } from './features/documentSync';
import { onWatchedFilesChanged, registerFileWatchers } from './features/fileWatching';
import { guardNotification, guardSync } from './features/handlers';
import { registerRequests } from './features/requests';
import { DELAYS } from './features/scheduler';

export function startServer(): void {
  const connection = process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, guardedStdin(), process.stdout)
    : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const session = new Session(connection);
  const diagnostics = new DiagnosticsPublisher({
    service: session.service,
    scheduler: session.scheduler,
    publishes: (entry) => {
      const folder = session.model.folderOf(entry.key);
      return session.settings.enable && session.settingsOf(folder?.path).enable && (entry.open || session.settings.workspaceDiagnostics);
    },
    sendDiagnostics: (uri, list) => void connection.sendDiagnostics({ uri, diagnostics: list }),
    log: (message) => session.log(message),
  });
  const status = new StatusNotifier((method, params) => void connection.sendNotification(method, params));
  const archive = new ArchiveLink(session);
  const sync = new DocumentSync(session, connection, documents, diagnostics, new TextAnalyzer((message) => session.log(message)));
  let initialized = false;
  /** The first read of the settings after `initialized`; requests wait for it so that `enable` is honoured. */
  let settingsLoaded: Promise<unknown> = Promise.resolve();

  const requestRefreshes = (): void =>
    session.scheduler.scheduleOnce('refresh', DELAYS.refresh, () => {
      if (session.support.semanticTokensRefresh) connection.languages.semanticTokens.refresh();
      if (session.support.codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
      if (session.support.inlayHintRefresh && session.settings.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
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
    if (Array.isArray(options.commands)) session.clientCommands = new Set(options.commands.filter((c): c is string => typeof c === 'string'));
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
    await registerFileWatchers(session).catch((e: unknown) => session.log(`could not watch files: ${(e as Error).message}`));
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
      for (const name of removeStaleTempFiles(session.storagePath)) session.log(`removed ${name} from the storage folder: a write that a stopped server left unfinished`);
    }
    initialized = true;
    if (session.settings.enable) await indexWorkspace(session);
    else session.modelChanged();
  });
  // What changed since the last save (edits of open documents, files changed on disk) is in the next start's snapshot.
  connection.onShutdown(() => {
    archive.close();
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

  // Opens and closes are gathered (see DELAYS.openCloseSpell); the edits of a document opened meanwhile wait for them.
  documents.onDidOpen(guardSync(session, 'didOpen', (event) => sync.noteOpenedOrClosed(event.document.uri)));
  documents.onDidChangeContent(guardSync(session, 'didChangeContent', (event) => sync.noteChanged(event.document)));
  documents.onDidClose(guardSync(session, 'didClose', (event) => sync.noteOpenedOrClosed(event.document.uri)));
  connection.onDidChangeWatchedFiles(guardNotification(session, 'didChangeWatchedFiles', (params) => onWatchedFilesChanged(session, params)));
  registerRequests(connection, session, sync, () => settingsLoaded);

  documents.listen(connection);
  connection.listen();
}
