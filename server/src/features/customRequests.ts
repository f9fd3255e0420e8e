// Crosscheck's own requests (server/src/protocol.ts): crosscheck/findings, crosscheck/report,
// crosscheck/reindex, and the crosscheck/status notification sent whenever the counts change.
import type { Claim } from '../core';
import type { FindingLocation, FindingsParams, FindingsResult, FindingView, ReportParams, ReportResult, StatusParams } from '../protocol';
import { Methods } from '../protocol';
import { checkReport, markdownReport, sarifReport, toJsonText } from '../core/report';
import type { Session } from '../session/session';
import { keyOfUri } from '../session/workspace';
import { dateOf, metaOf } from './describe';

function locationOf(session: Session, spanId: string): FindingLocation | null {
  const span = session.model.span(spanId);
  if (!span) return null;
  const claim: Claim | null = span.claim;
  return {
    claimId: spanId,
    uri: span.entry.uri,
    line: span.range.line,
    character: span.range.character,
    endLine: span.range.endLine,
    endCharacter: span.range.endCharacter,
    text: span.text,
    source: claim?.attribution?.source ?? null,
    outlet: claim ? metaOf(session, claim).outlet : span.entry.analysis.meta.outlet,
    date: claim ? dateOf(session, claim) : span.entry.analysis.meta.date,
  };
}

export function findingViews(session: Session, params: FindingsParams = {}): FindingsResult {
  const key = params.uri ? keyOfUri(params.uri) : null;
  const findings: FindingView[] = [];
  for (const finding of session.model.findings()) {
    const locations = finding.claims.map((id) => locationOf(session, id)).filter((l): l is FindingLocation => l !== null);
    if (key && !locations.some((l) => keyOfUri(l.uri) === key)) continue;
    findings.push({ ...finding, locations });
  }
  return { findings };
}

/** The findings as a report, by the CLI's report writers: JSON (the CLI's contract), SARIF 2.1.0 or Markdown. */
export function report(session: Session, params: ReportParams): ReportResult {
  const docs = session.model
    .all()
    .map((e) => e.analysis)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const findings = session.model.findings();
  if (params.format === 'markdown') return { content: markdownReport(docs, findings) };
  if (params.format === 'sarif') {
    const root = session.model.folders.length === 1 ? session.model.folders[0].uri.replace(/\/?$/, '/') : undefined;
    return { content: toJsonText(sarifReport(docs, findings, { toolVersion: '0.1.0', sourceRootUri: root })) };
  }
  return { content: toJsonText(checkReport(docs, findings)) };
}

export function statusOf(session: Session): StatusParams {
  return { files: session.model.size, findings: session.model.findings().length, indexing: session.indexing };
}

/** Sends crosscheck/status when the counts differ from the last one sent. */
export class StatusNotifier {
  private last = '';

  constructor(private readonly session: Session) {}

  notify(): void {
    const status = statusOf(this.session);
    const signature = JSON.stringify(status);
    if (signature === this.last) return;
    this.last = signature;
    void this.session.connection.sendNotification(Methods.status, status);
  }
}
