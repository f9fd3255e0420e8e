// Document sync: the open documents' texts into the service's model. Opens and closes of a burst are applied
// together (DELAYS.openCloseSpell), edits after a debounce (changeDebounceMs), large texts on a worker thread; a
// request applies whatever is pending first (flushPending). Every timer is the scheduler's.
import * as path from 'node:path';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readWorkspaceText } from '../host/nodeFiles';
import type { TextAnalyzer } from '../indexing/textAnalyzer';
import { hashOfText } from '../service/workspace';
import { uriToPath } from '../service/uris';
import { reindexFile, shouldIndex } from '../host/indexing';
import type { Session } from './session';
import type { DiagnosticsPublisher } from './diagnostics';
import { changeDebounceMs, DELAYS } from './scheduler';

/** Open documents of more characters than this are analysed on a worker thread, not to hold up other requests. */
const BACKGROUND_ANALYSIS_CHARS = 256 * 1024;

const OPEN_CLOSE_KEY = 'openClose';
const changeKey = (uri: string): string => `change ${uri}`;

export class DocumentSync {
  /** The latest background analysis started for each URI, and of which text: one that ends after a newer one started is dropped. */
  private readonly analysing = new Map<string, { job: number; text: string }>();
  private analyses = 0;
  /** Documents too large to check whose user has been told so (once, until they fit again). */
  private readonly toldTooLarge = new Set<string>();
  /** Documents opened or closed since the last flushOpenClose(); their state then is what counts. */
  private readonly openedOrClosed = new Set<string>();
  /** Documents whose edits wait for their debounce. */
  private readonly changed = new Set<string>();

  constructor(
    private readonly session: Session,
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly textAnalyzer: TextAnalyzer,
  ) {}

  private maxFileSizeOf(filePath: string | null | undefined): number {
    return this.session.settingsOf(filePath ? this.session.model.folderOf(filePath)?.path : undefined).maxFileSize;
  }

  /** Whether a file on disk holds exactly this text (then a closed document's analysis still stands). */
  private sameAsDisk(filePath: string, text: string | null): boolean {
    return text !== null && readWorkspaceText(filePath, this.maxFileSizeOf(filePath)) === text;
  }

  /**
   * Stores an open document's text in the model: analysed at once when small, on the worker thread when large
   * (the model keeps the document's previous state meanwhile), not at all over the size limit (a message says
   * so). Returns whether the model changed now.
   */
  private applyText(uri: string, text: string): boolean {
    const { session } = this;
    const filePath = uriToPath(uri);
    const limit = this.maxFileSizeOf(filePath);
    // A UTF-16 code unit is 1 to 3 bytes in UTF-8: the exact count is needed only near the limit.
    const bytes = text.length * 3 <= limit ? text.length : Buffer.byteLength(text, 'utf8');
    if (bytes > limit) {
      this.analysing.delete(uri);
      const entry = session.model.getByUri(uri);
      if (entry) session.model.delete(entry.key);
      if (!this.toldTooLarge.has(uri)) {
        this.toldTooLarge.add(uri);
        const message = `Crosscheck does not check ${path.basename(filePath ?? uri)}: ${bytes} bytes, over the limit of ${limit} bytes (crosscheck.maxFileSizeKB).`;
        session.log(`skipped open document ${uri}: ${bytes} bytes, over crosscheck.maxFileSize (${limit})`);
        void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
      }
      return entry !== undefined;
    }
    this.toldTooLarge.delete(uri);
    if (text.length < BACKGROUND_ANALYSIS_CHARS || !session.model.needsAnalysis(uri, text)) {
      this.analysing.delete(uri);
      session.model.set(uri, { text }, true);
      return true;
    }
    if (this.analysing.get(uri)?.text === text) return false;
    const job = ++this.analyses;
    this.analysing.set(uri, { job, text });
    this.textAnalyzer.analyze(text, session.model.fileNameOf(filePath ?? uri)).then(
      (analysis) => {
        if (this.analysing.get(uri)?.job !== job) return;
        this.analysing.delete(uri);
        if (this.documents.get(uri)?.getText() !== text) return;
        session.model.set(uri, { text, analysis }, true);
        session.notifyNow();
      },
      (error: Error) => {
        if (this.analysing.get(uri)?.job === job) this.analysing.delete(uri);
        session.log(`analysis of ${uri} failed: ${error.message}`);
      },
    );
    return false;
  }

  private opened(uri: string, text: string): void {
    const known = this.session.model.getByUri(uri);
    if (known && !known.open && known.textHash === null && known.path) {
      // An indexed file: learn which text its analysis is of, so that opening it unchanged costs no analysis.
      const diskText = readWorkspaceText(known.path, this.maxFileSizeOf(known.path));
      if (diskText !== null) this.session.model.noteTextHash(known.key, hashOfText(diskText));
    }
    this.applyText(uri, text);
    this.diagnostics.publishEmptyIfNothingSent(uri);
  }

  private closed(uri: string): void {
    const { session } = this;
    session.scheduler.cancel(changeKey(uri));
    this.changed.delete(uri);
    this.analysing.delete(uri);
    this.toldTooLarge.delete(uri);
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
    else if (!this.sameAsDisk(filePath, analysedText)) reindexFile(session, filePath);
  }

  /** Applies the opens and closes received since the last time: once per document, in its final state. */
  private flushOpenClose(): void {
    if (!this.openedOrClosed.size) return;
    const uris = [...this.openedOrClosed];
    this.openedOrClosed.clear();
    for (const uri of uris) {
      const document = this.documents.get(uri);
      if (document) this.opened(uri, document.getText());
      else this.closed(uri);
    }
    this.session.modelChanged();
  }

  /**
   * An open or close after a quiet spell is applied at once (so that the didChangeContent that follows an open
   * finds the text analysed); the ones that follow within DELAYS.openCloseSpell are gathered and applied together.
   */
  noteOpenedOrClosed(uri: string): void {
    const { scheduler } = this.session;
    this.openedOrClosed.add(uri);
    if (scheduler.isPending(OPEN_CLOSE_KEY)) return;
    this.flushOpenClose();
    const endOfSpell = (): void => {
      if (!this.openedOrClosed.size) return;
      this.flushOpenClose();
      scheduler.schedule(OPEN_CLOSE_KEY, DELAYS.openCloseSpell, endOfSpell);
    };
    scheduler.schedule(OPEN_CLOSE_KEY, DELAYS.openCloseSpell, endOfSpell);
  }

  /** An edit of an open document: analysed once the burst of keystrokes pauses (changeDebounceMs). */
  noteChanged(document: TextDocument): void {
    const { session } = this;
    const uri = document.uri;
    session.scheduler.noteActivity();
    if (this.openedOrClosed.has(uri)) return;
    const entry = session.model.getByUri(uri);
    if (entry?.open && entry.text === document.getText()) return;
    this.changed.add(uri);
    session.scheduler.schedule(changeKey(uri), changeDebounceMs(document.getText().length), () => {
      this.changed.delete(uri);
      const current = this.documents.get(uri);
      if (!current) return;
      // The debounce already gathered the burst: publish now rather than after the model's own delay.
      if (this.applyText(uri, current.getText())) session.notifyNow();
    });
  }

  /** Applies the opens, closes and debounced edits of open documents now (before a request reads the model). */
  flushPending(): void {
    this.flushOpenClose();
    if (!this.changed.size) return;
    for (const uri of [...this.changed]) {
      this.session.scheduler.cancel(changeKey(uri));
      this.changed.delete(uri);
      const document = this.documents.get(uri);
      if (document) this.applyText(uri, document.getText());
    }
    // The debounce would have published these edits; the request took them over, so it publishes them.
    this.session.modelChanged();
  }
}
