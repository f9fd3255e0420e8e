// Diagnostics, pushed (textDocument/publishDiagnostics) so that old clients work: one per span of every
// finding (server/src/service/diagnostics.ts), on open documents and, with crosscheck.workspaceDiagnostics, on
// every indexed file. After each change only the files whose diagnostics differ from what was last sent are
// published again.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { DiagnosticData } from '../protocol';
import { README_FINDING_KINDS } from '../service/describe';
import { hashOfText } from '../service/workspace';
import type { FileEntry } from '../service/workspace';
import type { AnalysisService } from '../service/service';
import { toLspRange, toLspSeverity } from './handlers';
import { DELAYS } from './scheduler';
import type { Scheduler } from './scheduler';

export type { DiagnosticData } from '../protocol';

const CLOSED_FILES_KEY = 'closedFilesDiagnostics';

/** The LSP diagnostics of one file. */
export function diagnosticsForFile(service: AnalysisService, entry: FileEntry): Diagnostic[] {
  return service.diagnostics(entry).map((d) => {
    const data: DiagnosticData = { findingId: d.finding.id, claimId: d.spanId };
    return {
      range: toLspRange(d.range),
      severity: toLspSeverity(d.finding.severity),
      code: d.finding.kind,
      codeDescription: { href: README_FINDING_KINDS },
      source: 'crosscheck',
      message: d.message,
      relatedInformation: d.related.map((r) => ({
        location: { uri: r.uri, range: toLspRange(r.range) },
        message: r.message,
      })),
      data,
    };
  });
}

/**
 * Publishes what changed since the last call (the files WorkspaceIndex reported, or all after a settings
 * or configuration change); files that no longer qualify get an empty list.
 */
/** What the publisher needs of the server: the service, the scheduler, the settings, the log and the wire. */
export interface PublisherHost {
  readonly service: AnalysisService;
  readonly scheduler: Scheduler;
  /** Whether a file's diagnostics are published (crosscheck.enable of the window and of its folder; open or workspaceDiagnostics). */
  publishes(entry: FileEntry): boolean;
  sendDiagnostics(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export class DiagnosticsPublisher {
  /** Hash of the JSON of what was last sent, by URI; absent = nothing (or an empty list) was sent. */
  private readonly sent = new Map<string, string>();
  /** URI last published for each analysis file name, to clear it after the file is gone. */
  private readonly uriOfFile = new Map<string, string>();

  constructor(private readonly host: PublisherHost) {}

  private get model() {
    return this.host.service.model;
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    const signature = hashOfText(JSON.stringify(diagnostics));
    const previous = this.sent.get(uri);
    if (previous === signature || (previous === undefined && diagnostics.length === 0)) return;
    this.host.sendDiagnostics(uri, diagnostics);
    if (diagnostics.length === 0) this.sent.delete(uri);
    else this.sent.set(uri, signature);
  }

  private publishFile(file: string): void {
    const entry = this.model.getByFile(file);
    const previousUri = this.uriOfFile.get(file);
    if (previousUri && previousUri !== entry?.uri) this.send(previousUri, []);
    if (!entry) {
      this.uriOfFile.delete(file);
      return;
    }
    this.uriOfFile.set(file, entry.uri);
    this.send(entry.uri, this.host.publishes(entry) ? diagnosticsForFile(this.host.service, entry) : []);
  }

  /**
   * Publishes the open documents among the changed files at once, and queues the others: an edit can change
   * the diagnostics of thousands of closed files, which must not delay the answer to the next keystroke.
   */
  publish(): void {
    const changed = this.model.takeChangedFiles();
    const files =
      changed === 'all' ? new Set([...this.uriOfFile.keys(), ...this.model.all().map((e) => e.file)]) : changed;
    const { scheduler } = this.host;
    scheduler.noteActivity();
    for (const file of files) {
      if (this.model.getByFile(file)?.open) this.publishFile(file);
      else if (!this.closedFilesToPublish.has(file)) {
        if (this.closedFilesToPublish.size === 0) this.oldestWaitingSince = scheduler.lastActivityAt;
        this.closedFilesToPublish.add(file);
      }
    }
    this.publishClosedFilesLater();
  }

  /** Closed files whose diagnostics wait for a pause in the edits (each is computed when its turn comes). */
  private readonly closedFilesToPublish = new Set<string>();
  private oldestWaitingSince = 0;

  /**
   * Closed files are published once the edits and requests pause for DELAYS.closedFilesAfterQuiet (or, while typing
   * goes on, when one has waited DELAYS.closedFilesAtMost), in slices of DELAYS.publishSlice (DELAYS.busyPublishSlice
   * while edits or requests go on) so that messages get their turn.
   */
  private publishClosedFilesLater(): void {
    const { scheduler } = this.host;
    if (scheduler.isPending(CLOSED_FILES_KEY) || this.closedFilesToPublish.size === 0) return;
    const overdueIn = this.oldestWaitingSince + DELAYS.closedFilesAtMost - performance.now();
    const wait = Math.min(scheduler.quietIn(DELAYS.closedFilesAfterQuiet), overdueIn);
    scheduler.schedule(CLOSED_FILES_KEY, wait, () => this.publishClosedFilesSlice());
  }

  private publishClosedFilesSlice(): void {
    const now = performance.now();
    const quiet = this.host.scheduler.quietIn(DELAYS.closedFilesAfterQuiet) <= 0;
    const overdue = now - this.oldestWaitingSince >= DELAYS.closedFilesAtMost;
    if (quiet || overdue) {
      const until = now + (quiet ? DELAYS.publishSlice : DELAYS.busyPublishSlice);
      for (const file of this.closedFilesToPublish) {
        this.closedFilesToPublish.delete(file);
        try {
          this.publishFile(file);
        } catch (e) {
          this.host.log(`error while publishing ${file}: ${(e as Error).stack ?? e}`);
        }
        if (performance.now() >= until) break;
      }
      this.oldestWaitingSince = performance.now();
    }
    this.publishClosedFilesLater();
  }

  /** Open documents always get a first (possibly empty) publication so that clients clear stale state. */
  publishEmptyIfNothingSent(uri: string): void {
    if (!this.sent.has(uri)) this.host.sendDiagnostics(uri, []);
  }
}
