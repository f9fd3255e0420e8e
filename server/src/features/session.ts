// The language server's state: the connection, the analysis service (the documents and every query), settings,
// the client's capabilities, the scheduler (every timer, the activity clock), the log, and telling the publishers
// (diagnostics, status) that the model changed. Request modules never see it: they get the service and options.
import type { Connection, ClientCapabilities } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS } from '../host/settings';
import type { Settings } from '../host/settings';
import type { IndexingProgress, IndexingState } from '../host/indexing';
import { DELAYS, Scheduler } from './scheduler';
import type { AnalysisService } from '../service/service';
import type { WorkspaceModel } from '../service/workspace';
import type { EngineConfig } from '../core';
import type { CitationStyleSetting } from '../core/citationStyles';

export interface ClientSupport {
  configuration: boolean;
  workDoneProgress: boolean;
  watchedFilesDynamic: boolean;
  hierarchicalDocumentSymbols: boolean;
  createFiles: boolean;
  documentChanges: boolean;
  multilineTokens: boolean;
  configurationChangeDynamic: boolean;
  semanticTokensRefresh: boolean;
  codeLensRefresh: boolean;
  inlayHintRefresh: boolean;
  workspaceFoldersChange: boolean;
}

export function clientSupportOf(capabilities: ClientCapabilities): ClientSupport {
  return {
    configuration: capabilities.workspace?.configuration === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
    watchedFilesDynamic: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    hierarchicalDocumentSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    createFiles: capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    multilineTokens: capabilities.textDocument?.semanticTokens?.multilineTokenSupport === true,
    configurationChangeDynamic: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    semanticTokensRefresh: capabilities.workspace?.semanticTokens?.refreshSupport === true,
    codeLensRefresh: capabilities.workspace?.codeLens?.refreshSupport === true,
    inlayHintRefresh: capabilities.workspace?.inlayHint?.refreshSupport === true,
    workspaceFoldersChange: capabilities.workspace?.workspaceFolders === true,
  };
}

export class Session implements IndexingState {
  /** Window-level settings (features, engine); see settingsOf() for a folder's file filters. */
  settings: Settings = DEFAULT_SETTINGS;
  /** Settings scoped to each workspace folder (multi-root folders may set their own globs and size limit). */
  folderSettings = new Map<string, Settings>();
  /** `.crosscheck.json` of each workspace folder that has one, by folder path. */
  readonly projectConfigs = new Map<string, EngineConfig>();
  support: ClientSupport = clientSupportOf({});
  /** initializationOptions.storagePath, handed to the indexer as its cache folder. */
  storagePath: string | null = null;
  /** Client-side commands the client can run (initializationOptions.commands), e.g. crosscheck.showTimeline. */
  clientCommands = new Set<string>();
  /** Settings sent in initializationOptions or didChangeConfiguration, for clients without workspace/configuration. */
  pushedSettings: unknown = undefined;
  indexing = false;
  /** Every timer of the server, and its one clock of activity (work in the background waits for a pause). */
  readonly scheduler = new Scheduler((message) => this.log(message));
  /** The model's engineRevision when its snapshot was last saved or restored (see saveEngineSnapshot). */
  savedEngineRevision = -1;
  /** Whether `initialize` has been received: requests before it are answered with ServerNotInitialized. */
  initializeReceived = false;
  private readonly listeners: Array<() => void> = [];

  constructor(
    readonly connection: Connection,
    /** The documents and the answers to every query (no LSP, no `fs`). */
    readonly service: AnalysisService,
  ) {}

  get model(): WorkspaceModel {
    return this.service.model;
  }

  /** How quick fixes cite a source in a document: its folder's `.crosscheck.json` "citationStyle", else the setting. */
  citationStyleOf(uri: string): CitationStyleSetting {
    const entry = this.model.getByUri(uri);
    const folder = entry?.path ? this.model.folderOf(entry.path)?.path : undefined;
    return (folder && this.projectConfigs.get(folder)?.citationStyle) || this.settingsOf(folder).citationStyle;
  }

  /** The settings that apply to files of a folder (its own scope when the client gave one). */
  settingsOf(folderPath: string | undefined): Settings {
    return (folderPath !== undefined && this.folderSettings.get(folderPath)) || this.settings;
  }

  /** A progress report in the client (window/workDoneProgress), when it supports one. */
  async createProgress(): Promise<IndexingProgress | null> {
    return this.support.workDoneProgress ? this.connection.window.createWorkDoneProgress().catch(() => null) : null;
  }

  log(message: string): void {
    this.connection.console.log(`[crosscheck] ${message}`);
  }

  /** Registers something to run whenever the model changed (diagnostics, status, refresh requests). */
  onModelChanged(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * Tells every listener that files or findings changed, once for a burst of changes: notifications that
   * arrive together (an open/close storm, a batch of watched-file events) are published together. A short
   * timer rather than setImmediate, as the connection handles each message in its own macrotask.
   */
  modelChanged(): void {
    this.scheduler.scheduleOnce('publish', DELAYS.publish, () => this.notifyNow());
  }

  /** Runs the listeners now (and drops the scheduled run). */
  notifyNow(): void {
    this.scheduler.cancel('publish');
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (e) {
        this.log(`error while publishing: ${(e as Error).stack ?? e}`);
      }
    }
  }
}
