// Diagnostics, pushed (textDocument/publishDiagnostics) so that old clients work: one per span of every
// finding, on open documents and, with crosscheck.workspaceDiagnostics, on every indexed file. After each
// change only the files whose diagnostics differ from what was last sent are published again.
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import type { Finding } from '../core';
import type { Session } from '../session/session';
import type { FileEntry } from '../session/workspace';
import { README_FINDING_KINDS, relatedMessage } from './describe';
import { toLspRange, toLspSeverity } from './handlers';

export interface DiagnosticData {
  findingId: string;
  claimId: string;
}

/** The message of a finding's diagnostic on one of its spans. */
export function diagnosticMessage(finding: Finding, _spanId: string): string {
  return finding.message;
}

/** Every diagnostic of the workspace, by URI. */
export function computeDiagnostics(session: Session): Map<string, Diagnostic[]> {
  const result = new Map<string, Diagnostic[]>();
  for (const finding of session.model.findings()) {
    const spans = finding.claims.map((id) => session.model.span(id)).filter((s) => s !== undefined);
    for (const span of spans) {
      const relatedInformation: DiagnosticRelatedInformation[] = spans
        .filter((other) => other.id !== span.id)
        .map((other) => ({
          location: { uri: other.entry.uri, range: toLspRange(other.range) },
          message: other.claim ? relatedMessage(session, other.claim) : `${other.text} — ${other.entry.file}:${other.range.line + 1}`,
        }));
      const data: DiagnosticData = { findingId: finding.id, claimId: span.id };
      const diagnostic: Diagnostic = {
        range: toLspRange(span.range),
        severity: toLspSeverity(finding.severity),
        code: finding.kind,
        codeDescription: { href: README_FINDING_KINDS },
        source: 'crosscheck',
        message: diagnosticMessage(finding, span.id),
        relatedInformation,
        data,
      };
      const list = result.get(span.entry.uri) ?? [];
      list.push(diagnostic);
      result.set(span.entry.uri, list);
    }
  }
  for (const list of result.values()) {
    list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
  return result;
}

/** Publishes what changed since the last call; files that no longer qualify get an empty list. */
export class DiagnosticsPublisher {
  private readonly sent = new Map<string, string>();

  constructor(private readonly session: Session) {}

  private eligible(entry: FileEntry): boolean {
    return this.session.settings.enable && (entry.open || this.session.settings.workspaceDiagnostics);
  }

  publish(): void {
    const all = computeDiagnostics(this.session);
    const wanted = new Map<string, Diagnostic[]>();
    for (const entry of this.session.model.all()) if (this.eligible(entry)) wanted.set(entry.uri, all.get(entry.uri) ?? []);
    for (const uri of this.sent.keys()) if (!wanted.has(uri)) wanted.set(uri, []);
    for (const [uri, diagnostics] of wanted) {
      const signature = JSON.stringify(diagnostics);
      const previous = this.sent.get(uri);
      if (previous === signature || (previous === undefined && diagnostics.length === 0)) continue;
      void this.session.connection.sendDiagnostics({ uri, diagnostics });
      if (diagnostics.length === 0) this.sent.delete(uri);
      else this.sent.set(uri, signature);
    }
  }

  /** Open documents always get a first (possibly empty) publication so that clients clear stale state. */
  publishEmptyIfNothingSent(uri: string): void {
    if (!this.sent.has(uri)) void this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
