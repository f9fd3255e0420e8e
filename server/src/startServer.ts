// Starts the Crosscheck language server on the connection the process was started with
// (--stdio, --node-ipc or --socket=N, as vscode-languageserver reads them from argv).
// LSP wiring only: each feature lives in server/src/features/, the state in server/src/session/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import {
  CodeActionKind,
  CodeActionRequest,
  CodeLensRequest,
  createConnection,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  ReferencesRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  DidChangeConfigurationNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { CancellationToken, InitializeParams, InitializeResult, WorkspaceFolder } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FramingGuard } from './framing';
import { removeStaleTempFiles } from './indexing/cache';
import { TextAnalyzer } from './indexing/textAnalyzer';
import { Methods } from './protocol';
import type { FindingsParams, ReportParams } from './protocol';
import { clientSupportOf, Session } from './session/session';
import { settingsFrom } from './session/settings';
import type { Settings } from './session/settings';
import { indexWorkspace, loadProjectConfigs, reindexFile, saveEngineSnapshot, shouldIndex } from './session/indexing';
import { uriToPath } from './session/uris';
import { readTextFile } from './workspace/files';
import { hashOfText } from './session/workspace';
import type { WorkspaceFolderInfo } from './session/workspace';
import { DiagnosticsPublisher } from './features/diagnostics';
import { provideHover } from './features/hover';
import { FIX_ALL_KIND, provideCodeActions } from './features/codeActions';
import { provideCodeLenses } from './features/codeLens';
import { provideReferences } from './features/references';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideWorkspaceSymbols } from './features/workspaceSymbols';
import { provideSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { provideInlayHints } from './features/inlayHints';
import { onWatchedFilesChanged, registerFileWatchers } from './features/fileWatching';
import { findingViews, report, StatusNotifier } from './features/customRequests';
import { guard, guardNotification, guardSync, requireObject, requireTextDocument } from './features/handlers';

/** Open documents of more characters than this are analysed on a worker thread, not to hold up other requests. */
const BACKGROUND_ANALYSIS_CHARS = 256 * 1024;

/**
 * Opens and closes that follow one another within this long are applied together: a storm of them (10,000 in half
 * a second) costs one update per document and spell, not one per message. A request applies them at once.
 */
const OPEN_CLOSE_DELAY_MS = 20;

/** The longest wait after the last keystroke before a changed document is analysed again. */
const CHANGE_DEBOUNCE_MS = 150;

/**
 * The wait scales with what re-analysing costs: about 1 ms per kilobyte, so a typical draft is analysed at once
 * while a very large one is not re-read on every keystroke of a burst.
 */
function changeDebounceMs(textLength: number): number {
  return Math.min(CHANGE_DEBOUNCE_MS, Math.floor(textLength / 1024));
}

function foldersOf(params: InitializeParams): WorkspaceFolderInfo[] {
  const folders: WorkspaceFolder[] = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []);
  const result: WorkspaceFolderInfo[] = [];
  for (const folder of folders) {
    const folderPath = uriToPath(folder.uri);
    if (folderPath) result.push({ uri: folder.uri, path: folderPath, name: folder.name || path.basename(folderPath) });
  }
  if (!result.length && params.rootPath) result.push({ uri: params.rootPath, path: path.resolve(params.rootPath), name: path.basename(params.rootPath) });
  return result;
}

function pushedCrosscheckSection(settings: unknown): unknown {
  if (!settings || typeof settings !== 'object') return undefined;
  const record = settings as Record<string, unknown>;
  return record.crosscheck ?? record;
}

/** Whether a file on disk holds exactly this text (then a closed document's analysis still stands). */
function sameAsDisk(filePath: string, text: string | null, maxBytes: number): boolean {
  if (text === null) return false;
  const read = readTextFile(filePath, { maxBytes });
  return !('error' in read) && read.text === text;
}

/** What decides which files are read, for the window and every folder. */
function filterSignature(session: Session): string {
  const of = (s: Settings) => [s.enable, s.include, s.exclude, s.filesExclude, s.maxFileSize, s.followSymlinksOutside];
  return JSON.stringify([of(session.settings), ...session.model.folders.map((f) => of(session.settingsOf(f.path)))]);
}

/**
 * Standard input through the framing guard: a broken stream ends the process (status 1) instead of leaving it
 * mute. What vscode-languageserver does for --stdio is kept: console output goes to stderr, never into the
 * protocol, and the end of the input (of the guard's output) ends the process.
 */
function guardedStdin(): NodeJS.ReadableStream {
  const guard = new FramingGuard((error) => {
    try {
      fs.writeSync(2, `crosscheck: the input stream is broken (${error.message}); exiting so that the client restarts the server\n`);
    } finally {
      process.exit(1);
    }
  });
  process.stdin.pipe(guard);
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[method] = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
  }
  return guard;
}

export function startServer(): void {
  const connection = process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, guardedStdin(), process.stdout)
    : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const session = new Session(connection);
  const diagnostics = new DiagnosticsPublisher(session);
  const status = new StatusNotifier(session);
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let initialized = false;
  /** The first read of the settings after `initialized`; requests wait for it so that `enable` is honoured. */
  let settingsLoaded: Promise<unknown> = Promise.resolve();
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const requestRefreshes = (): void => {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      if (session.support.semanticTokensRefresh) connection.languages.semanticTokens.refresh();
      if (session.support.codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
      if (session.support.inlayHintRefresh && session.settings.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    }, 300);
  };

  session.onModelChanged(() => {
    if (session.indexing && !initialized) return;
    diagnostics.publish();
    status.notify();
    requestRefreshes();
  });

  const textAnalyzer = new TextAnalyzer((message) => session.log(message));
  /** The latest background analysis started for each URI, and of which text: one that ends after a newer one started is dropped. */
  const analysing = new Map<string, { job: number; text: string }>();
  let analyses = 0;
  /** Documents too large to check whose user has been told so (once, until they fit again). */
  const toldTooLarge = new Set<string>();

  /**
   * Stores an open document's text in the model: analysed at once when small, on the worker thread when large
   * (the model keeps the document's previous state meanwhile), not at all over the size limit (a message says
   * so). Returns whether the model changed now.
   */
  const applyText = (uri: string, text: string): boolean => {
    const filePath = uriToPath(uri);
    const limit = session.settingsOf(filePath ? session.model.folderOf(filePath)?.path : undefined).maxFileSize;
    // A UTF-16 code unit is 1 to 3 bytes in UTF-8: the exact count is needed only near the limit.
    const bytes = text.length * 3 <= limit ? text.length : Buffer.byteLength(text, 'utf8');
    if (bytes > limit) {
      analysing.delete(uri);
      const entry = session.model.getByUri(uri);
      if (entry) session.model.delete(entry.key);
      if (!toldTooLarge.has(uri)) {
        toldTooLarge.add(uri);
        const message = `Crosscheck does not check ${path.basename(filePath ?? uri)}: ${bytes} bytes, over the limit of ${limit} bytes (crosscheck.maxFileSizeKB).`;
        session.log(`skipped open document ${uri}: ${bytes} bytes, over crosscheck.maxFileSize (${limit})`);
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
      }
      return entry !== undefined;
    }
    toldTooLarge.delete(uri);
    if (text.length < BACKGROUND_ANALYSIS_CHARS || !session.model.needsAnalysis(uri, text)) {
      analysing.delete(uri);
      session.model.set(uri, { text }, true);
      return true;
    }
    if (analysing.get(uri)?.text === text) return false;
    const job = ++analyses;
    analysing.set(uri, { job, text });
    textAnalyzer.analyze(text, session.model.fileNameOf(filePath ?? uri)).then(
      (analysis) => {
        if (analysing.get(uri)?.job !== job) return;
        analysing.delete(uri);
        if (documents.get(uri)?.getText() !== text) return;
        session.model.set(uri, { text, analysis }, true);
        session.notifyNow();
      },
      (error: Error) => {
        if (analysing.get(uri)?.job === job) analysing.delete(uri);
        session.log(`analysis of ${uri} failed: ${error.message}`);
      },
    );
    return false;
  };

  /** Documents opened or closed since the last flushOpenClose(); their state then is what counts. */
  const openedOrClosed = new Set<string>();
  let openCloseTimer: ReturnType<typeof setTimeout> | undefined;

  const opened = (uri: string, text: string): void => {
    const known = session.model.getByUri(uri);
    if (known && !known.open && known.textHash === null && known.path) {
      // An indexed file: learn which text its analysis is of, so that opening it unchanged costs no analysis.
      const read = readTextFile(known.path, { maxBytes: session.settingsOf(session.model.folderOf(known.path)?.path).maxFileSize });
      if (!('error' in read)) session.model.noteTextHash(known.key, hashOfText(read.text));
    }
    applyText(uri, text);
    diagnostics.publishEmptyIfNothingSent(uri);
  };

  const closed = (uri: string): void => {
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    analysing.delete(uri);
    toldTooLarge.delete(uri);
    const entry = session.model.getByUri(uri);
    const filePath = entry?.path ?? uriToPath(uri);
    if (!entry?.open) {
      // Never stored as open (too large, still on the worker, or opened and closed in one burst): a workspace file
      // keeps its analysis from disk, or gets it back.
      if (!entry && filePath && shouldIndex(session, filePath)) reindexFile(session, filePath);
      return;
    }
    const analysedText = entry.text;
    session.model.markClosed(entry.key);
    if (!filePath || !shouldIndex(session, filePath)) session.model.delete(entry.key);
    else if (!sameAsDisk(filePath, analysedText, session.settingsOf(session.model.folderOf(filePath)?.path).maxFileSize)) reindexFile(session, filePath);
  };

  /** Applies the opens and closes received since the last time: once per document, in its final state. */
  const flushOpenClose = (): void => {
    if (!openedOrClosed.size) return;
    const uris = [...openedOrClosed];
    openedOrClosed.clear();
    for (const uri of uris) {
      const document = documents.get(uri);
      if (document) opened(uri, document.getText());
      else closed(uri);
    }
    session.modelChanged();
  };

  /**
   * An open or close after a quiet spell is applied at once (so that the didChangeContent that follows an open
   * finds the text analysed); the ones that follow within OPEN_CLOSE_DELAY_MS are gathered and applied together.
   */
  const noteOpenedOrClosed = (uri: string): void => {
    openedOrClosed.add(uri);
    if (openCloseTimer) return;
    flushOpenClose();
    const endOfSpell = (): void => {
      openCloseTimer = undefined;
      if (!openedOrClosed.size) return;
      flushOpenClose();
      openCloseTimer = setTimeout(guardNotification(session, 'didOpen/didClose', endOfSpell), OPEN_CLOSE_DELAY_MS);
    };
    openCloseTimer = setTimeout(guardNotification(session, 'didOpen/didClose', endOfSpell), OPEN_CLOSE_DELAY_MS);
  };

  /** Applies the opens, closes and debounced edits of open documents now (before a request reads the model). */
  const flushPending = (): void => {
    flushOpenClose();
    if (!pending.size) return;
    for (const [uri, timer] of pending) {
      clearTimeout(timer);
      pending.delete(uri);
      const document = documents.get(uri);
      if (document) applyText(uri, document.getText());
    }
    // The debounce would have published these edits; the request took them over, so it publishes them.
    session.modelChanged();
  };

  /** Reads the window's settings, and each folder's own (session.folderSettings); returns the window's. */
  const loadSettings = async (): Promise<Settings> => {
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
        const at = (i: number) => settingsFrom(answers[2 * i] ?? pushedCrosscheckSection(session.pushedSettings), answers[2 * i + 1]);
        folders.forEach((folder, i) => session.folderSettings.set(folder.path, at(i + 1)));
        return at(0);
      } catch (e) {
        session.log(`workspace/configuration failed (${(e as Error).message}); using defaults`);
      }
    }
    return settingsFrom(pushedCrosscheckSection(session.pushedSettings));
  };

  connection.onInitialize((params): InitializeResult => {
    session.initializeReceived = true;
    session.support = clientSupportOf(params.capabilities);
    session.model.setFolders(foldersOf(params));
    const options = (params.initializationOptions ?? {}) as Record<string, unknown>;
    if (typeof options.storagePath === 'string') session.storagePath = options.storagePath;
    if (Array.isArray(options.commands)) session.clientCommands = new Set(options.commands.filter((c): c is string => typeof c === 'string'));
    if (options.settings !== undefined) session.pushedSettings = options.settings;
    session.settings = settingsFrom(pushedCrosscheckSection(session.pushedSettings));
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
          const added = foldersOf({ workspaceFolders: event.added } as InitializeParams);
          session.model.setFolders([...kept, ...added]);
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
    if (!session.indexing) saveEngineSnapshot(session);
  });
  connection.onInitialized(() => {
    // Synchronously, so that a request right behind `initialized` already waits for the settings.
    const loading = loadSettings().then((settings) => (session.settings = settings));
    settingsLoaded = loading.catch(() => undefined);
    afterInitialized(loading);
  });

  connection.onDidChangeConfiguration(
    guardNotification(session, 'didChangeConfiguration', async (params) => {
      if (params.settings !== undefined && params.settings !== null) session.pushedSettings = params.settings;
      const previous = session.settings;
      const previousFilters = filterSignature(session);
      session.settings = await loadSettings();
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

  // Opens and closes are gathered (see OPEN_CLOSE_DELAY_MS); the edits of a document opened meanwhile wait for them.
  documents.onDidOpen(guardSync(session, 'didOpen', (event) => noteOpenedOrClosed(event.document.uri)));

  documents.onDidChangeContent(
    guardSync(session, 'didChangeContent', (event) => {
      const uri = event.document.uri;
      session.noteActivity();
      if (openedOrClosed.has(uri)) return;
      const entry = session.model.getByUri(uri);
      if (entry?.open && entry.text === event.document.getText()) return;
      clearTimeout(pending.get(uri));
      pending.set(
        uri,
        setTimeout(
          guardNotification(session, 'didChange', () => {
            pending.delete(uri);
            const document = documents.get(uri);
            if (!document) return;
            // The debounce already gathered the burst: publish now rather than after the model's own delay.
            if (applyText(uri, document.getText())) session.notifyNow();
          }),
          changeDebounceMs(event.document.getText().length),
        ),
      );
    }),
  );

  documents.onDidClose(guardSync(session, 'didClose', (event) => noteOpenedOrClosed(event.document.uri)));

  connection.onDidChangeWatchedFiles(guardNotification(session, 'didChangeWatchedFiles', (params) => onWatchedFilesChanged(session, params)));

  /** Waits for the first settings, applies pending edits; answers `empty` while crosscheck.enable is off. */
  const withFreshModel =
    <P, R, E>(empty: E, handler: (params: P, token: CancellationToken) => R) =>
    async (params: P, token: CancellationToken): Promise<R | E> => {
      diagnostics.noteActivity();
      session.noteActivity();
      await settingsLoaded;
      if (!session.settings.enable) return empty;
      flushPending();
      return handler(params, token);
    };

  // Registered with onRequest rather than onHover & co.: those read params.workDoneToken first, so a request
  // with `params: null` failed inside the library (InternalError) instead of getting InvalidParams from us.
  connection.onRequest(HoverRequest.type, guard(session, 'hover', requireTextDocument(withFreshModel(null, (params) => provideHover(session, params)))));
  connection.onRequest(CodeActionRequest.type, guard(session, 'codeAction', requireTextDocument(withFreshModel([], (params, token) => provideCodeActions(session, params, token)))));
  connection.onRequest(CodeLensRequest.type, guard(session, 'codeLens', requireTextDocument(withFreshModel([], (params) => provideCodeLenses(session, params)))));
  connection.onRequest(ReferencesRequest.type, guard(session, 'references', requireTextDocument(withFreshModel([], (params) => provideReferences(session, params)))));
  connection.onRequest(DocumentSymbolRequest.type, guard(session, 'documentSymbol', requireTextDocument(withFreshModel([], (params) => provideDocumentSymbols(session, params)))));
  connection.onRequest(WorkspaceSymbolRequest.type, guard(session, 'workspaceSymbol', requireObject(withFreshModel([], (params, token) => provideWorkspaceSymbols(session, params, token)))));
  connection.onRequest(SemanticTokensRequest.type, guard(session, 'semanticTokens', requireTextDocument(withFreshModel({ data: [] }, (params) => provideSemanticTokens(session, params)))));
  connection.onRequest(InlayHintRequest.type, guard(session, 'inlayHint', requireTextDocument(withFreshModel([], (params) => provideInlayHints(session, params)))));

  connection.onRequest(Methods.findings, guard(session, 'findings', withFreshModel({ findings: [] }, (params: FindingsParams | undefined) => findingViews(session, params ?? {}))));
  connection.onRequest(
    Methods.report,
    guard(session, 'report', (params: ReportParams) => {
      flushPending();
      return report(session, params);
    }),
  );
  connection.onRequest(
    Methods.reindex,
    guard(session, 'reindex', async () => {
      await indexWorkspace(session);
      return null;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
