// The language server's state and the services the features share: the connection, the workspace model,
// settings, the client's capabilities, the log, and publishing (diagnostics, status).
import type { Connection, ClientCapabilities } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS } from './settings';
import type { Settings } from './settings';
import { WorkspaceModel } from './workspace';
import type { EngineConfig } from '../core';

/** How long after a change the listeners run, gathering the changes of a burst of messages. */
const PUBLISH_DELAY_MS = 20;

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

export interface BibliographyEntry {
  key: string;
  fields: Record<string, string>;
}

export class Session {
  readonly model = new WorkspaceModel();
  /** Window-level settings (features, engine); see settingsOf() for a folder's file filters. */
  settings: Settings = DEFAULT_SETTINGS;
  /** Settings scoped to each workspace folder (multi-root folders may set their own globs and size limit). */
  folderSettings = new Map<string, Settings>();
  /** `.crosscheck.json` of each workspace folder that has one, by folder path. */
  readonly projectConfigs = new Map<string, EngineConfig>();
  /** Entries of every .bib file of the workspace (for Pandoc citations). */
  bibliography: BibliographyEntry[] = [];
  support: ClientSupport = clientSupportOf({});
  /** initializationOptions.storagePath, handed to the indexer as its cache folder. */
  storagePath: string | null = null;
  /** Client-side commands the client can run (initializationOptions.commands), e.g. crosscheck.showTimeline. */
  clientCommands = new Set<string>();
  /** Settings sent in initializationOptions or didChangeConfiguration, for clients without workspace/configuration. */
  pushedSettings: unknown = undefined;
  indexing = false;
  /** When the last request or edit came in (performance.now()): work in the background waits for a pause. */
  lastActivityAt = 0;
  /** The model's engineRevision when its snapshot was last saved or restored (see saveEngineSnapshot). */
  savedEngineRevision = -1;
  /** Whether `initialize` has been received: requests before it are answered with ServerNotInitialized. */
  initializeReceived = false;
  private readonly listeners: Array<() => void> = [];

  constructor(readonly connection: Connection) {}

  /** The settings that apply to files of a folder (its own scope when the client gave one). */
  settingsOf(folderPath: string | undefined): Settings {
    return (folderPath !== undefined && this.folderSettings.get(folderPath)) || this.settings;
  }

  noteActivity(): void {
    this.lastActivityAt = performance.now();
  }

  log(message: string): void {
    this.connection.console.log(`[crosscheck] ${message}`);
  }

  /** Registers something to run whenever the model changed (diagnostics, status, refresh requests). */
  onModelChanged(listener: () => void): void {
    this.listeners.push(listener);
  }

  private scheduled = false;

  /**
   * Tells every listener that files or findings changed, once for a burst of changes: notifications that
   * arrive together (an open/close storm, a batch of watched-file events) are published together. A short
   * timer rather than setImmediate, as the connection handles each message in its own macrotask.
   */
  modelChanged(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      if (this.scheduled) this.notifyNow();
    }, PUBLISH_DELAY_MS);
  }

  /** Runs the listeners now (a scheduled run then finds nothing left to publish). */
  notifyNow(): void {
    this.scheduled = false;
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (e) {
        this.log(`error while publishing: ${(e as Error).stack ?? e}`);
      }
    }
  }
}
