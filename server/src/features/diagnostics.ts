// Diagnostics, pushed (textDocument/publishDiagnostics) so that old clients work: one per span of every
// finding, on open documents and, with crosscheck.workspaceDiagnostics, on every indexed file. After each
// change only the files whose diagnostics differ from what was last sent are published again.
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { messageFor } from '../core';
import { sourceLabel } from '../core/citations';
import type { DiagnosticData } from '../protocol';
import type { Session } from '../session/session';
import { hashOfText } from '../session/workspace';
import type { FileEntry, SpanRef } from '../session/workspace';
import { README_FINDING_KINDS, relatedMessage } from './describe';
import { toLspRange, toLspSeverity } from './handlers';

export type { DiagnosticData } from '../protocol';

/** Each diagnostic links to this many other spans of its finding at most (other files first). */
export const MAX_RELATED = 30;

/**
 * A file gets this many diagnostics at most (the findings in the engine's order): a document dense with figures
 * can have tens of thousands of contested spans, whose diagnostics would take hundreds of megabytes to send.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

/** Closed files' diagnostics wait for this pause in the edits of open documents and in requests... */
const CLOSED_FILES_AFTER_MS = 60;
/** ...or, while the edits go on, until one has waited this long. */
const CLOSED_FILES_AT_MOST_MS = 1000;
/** The longest run of publishing closed files' diagnostics before other messages get their turn... */
const PUBLISH_SLICE_MS = 8;
/** ...and while edits or requests go on (a slice that is overdue). */
const BUSY_PUBLISH_SLICE_MS = 2;

/** The diagnostics of one file: one per span of each of its findings that stands in this file. */
export function diagnosticsForFile(session: Session, entry: FileEntry): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const finding of session.model.findingsForFile(entry.file)) {
    if (result.length >= MAX_DIAGNOSTICS_PER_FILE) break;
    // A finding of a large archive can span thousands of files: only this file's spans and the first few
    // elsewhere are looked up.
    const own: SpanRef[] = [];
    const others: SpanRef[] = [];
    for (const id of finding.claims) {
      const owner = session.model.entryOfSpanId(id);
      if (!owner || (owner.key !== entry.key && others.length >= MAX_RELATED)) continue;
      const span = session.model.span(id);
      if (span) (span.entry.key === entry.key ? own : others).push(span);
    }
    if (!own.length) continue;
    const related = (other: SpanRef): DiagnosticRelatedInformation => ({
      location: { uri: other.entry.uri, range: toLspRange(other.range) },
      message: other.claim ? relatedMessage(session, other.claim) : `${other.text} in ${sourceLabel({ ...other.entry.analysis.meta, file: other.entry.file })}`,
    });
    // Computed once per finding: the links into other files are the same for every diagnostic of this file.
    const elsewhere = others.map(related);
    const here = own.length > 1 && elsewhere.length < MAX_RELATED ? own.slice(0, MAX_RELATED + 1).map((span) => ({ id: span.id, info: related(span) })) : [];
    for (const span of own.slice(0, MAX_DIAGNOSTICS_PER_FILE - result.length)) {
      const relatedInformation = [...elsewhere];
      for (const other of here) {
        if (relatedInformation.length >= MAX_RELATED) break;
        if (other.id !== span.id) relatedInformation.push(other.info);
      }
      const data: DiagnosticData = { findingId: finding.id, claimId: span.id };
      result.push({
        range: toLspRange(span.range),
        severity: toLspSeverity(finding.severity),
        code: finding.kind,
        codeDescription: { href: README_FINDING_KINDS },
        source: 'crosscheck',
        message: messageFor(finding, span.id),
        relatedInformation,
        data,
      });
    }
  }
  return result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * Publishes what changed since the last call (the files WorkspaceIndex reported, or all after a settings
 * or configuration change); files that no longer qualify get an empty list.
 */
export class DiagnosticsPublisher {
  /** Hash of the JSON of what was last sent, by URI; absent = nothing (or an empty list) was sent. */
  private readonly sent = new Map<string, string>();
  /** URI last published for each analysis file name, to clear it after the file is gone. */
  private readonly uriOfFile = new Map<string, string>();

  constructor(private readonly session: Session) {}

  private eligible(entry: FileEntry): boolean {
    const folder = this.session.model.folderOf(entry.key);
    return this.session.settings.enable && this.session.settingsOf(folder?.path).enable && (entry.open || this.session.settings.workspaceDiagnostics);
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    const signature = hashOfText(JSON.stringify(diagnostics));
    const previous = this.sent.get(uri);
    if (previous === signature || (previous === undefined && diagnostics.length === 0)) return;
    void this.session.connection.sendDiagnostics({ uri, diagnostics });
    if (diagnostics.length === 0) this.sent.delete(uri);
    else this.sent.set(uri, signature);
  }

  private publishFile(file: string): void {
    const entry = this.session.model.getByFile(file);
    const previousUri = this.uriOfFile.get(file);
    if (previousUri && previousUri !== entry?.uri) this.send(previousUri, []);
    if (!entry) {
      this.uriOfFile.delete(file);
      return;
    }
    this.uriOfFile.set(file, entry.uri);
    this.send(entry.uri, this.eligible(entry) ? diagnosticsForFile(this.session, entry) : []);
  }

  /**
   * Publishes the open documents among the changed files at once, and queues the others: an edit can change
   * the diagnostics of thousands of closed files, which must not delay the answer to the next keystroke.
   */
  publish(): void {
    const changed = this.session.model.takeChangedFiles();
    const files = changed === 'all' ? new Set([...this.uriOfFile.keys(), ...this.session.model.all().map((e) => e.file)]) : changed;
    this.lastActivityAt = performance.now();
    for (const file of files) {
      if (this.session.model.getByFile(file)?.open) this.publishFile(file);
      else if (!this.closedFilesToPublish.has(file)) {
        if (this.closedFilesToPublish.size === 0) this.oldestWaitingSince = this.lastActivityAt;
        this.closedFilesToPublish.add(file);
      }
    }
    this.publishClosedFilesLater();
  }

  /** A request came in: what the person waits for goes before the closed files' diagnostics. */
  noteActivity(): void {
    this.lastActivityAt = performance.now();
  }

  /** Closed files whose diagnostics wait for a pause in the edits (each is computed when its turn comes). */
  private readonly closedFilesToPublish = new Set<string>();
  private closedFilesTimer: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | undefined;
  private lastActivityAt = 0;
  private oldestWaitingSince = 0;

  /**
   * Closed files are published once the edits and requests pause for CLOSED_FILES_AFTER_MS (or, while typing goes on, when
   * one has waited CLOSED_FILES_AT_MOST_MS), in slices of PUBLISH_SLICE_MS (BUSY_PUBLISH_SLICE_MS while edits or
   * requests go on) so that messages get their turn.
   */
  private publishClosedFilesLater(): void {
    if (this.closedFilesTimer !== undefined || this.closedFilesToPublish.size === 0) return;
    const now = performance.now();
    const quietIn = this.lastActivityAt + CLOSED_FILES_AFTER_MS - now;
    const overdueIn = this.oldestWaitingSince + CLOSED_FILES_AT_MOST_MS - now;
    const wait = Math.min(quietIn, overdueIn);
    const run = (): void => {
      this.closedFilesTimer = undefined;
      this.publishClosedFilesSlice();
    };
    this.closedFilesTimer = wait > 0 ? setTimeout(run, wait) : setImmediate(run);
  }

  private publishClosedFilesSlice(): void {
    const now = performance.now();
    const quiet = now - this.lastActivityAt >= CLOSED_FILES_AFTER_MS;
    const overdue = now - this.oldestWaitingSince >= CLOSED_FILES_AT_MOST_MS;
    if (quiet || overdue) {
      const until = now + (quiet ? PUBLISH_SLICE_MS : BUSY_PUBLISH_SLICE_MS);
      for (const file of this.closedFilesToPublish) {
        this.closedFilesToPublish.delete(file);
        try {
          this.publishFile(file);
        } catch (e) {
          this.session.log(`error while publishing ${file}: ${(e as Error).stack ?? e}`);
        }
        if (performance.now() >= until) break;
      }
      this.oldestWaitingSince = performance.now();
    }
    this.publishClosedFilesLater();
  }

  /** Open documents always get a first (possibly empty) publication so that clients clear stale state. */
  publishEmptyIfNothingSent(uri: string): void {
    if (!this.sent.has(uri)) void this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
