// Crosscheck's own requests (server/src/protocol.ts): crosscheck/findings, crosscheck/report,
// crosscheck/reindex, and the crosscheck/status notification sent whenever the counts change.
import type { Claim } from '../core';
import type { FindingLocation, FindingsParams, FindingsResult, FindingView, ReportParams, ReportResult, StatusParams } from '../protocol';
import { Methods } from '../protocol';
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

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

/** The findings as a report: JSON (the CLI's contract), SARIF 2.1.0 or Markdown. */
export function report(session: Session, params: ReportParams): ReportResult {
  const entries = session.model.all();
  const findings = session.model.findings();
  if (params.format === 'markdown') {
    const lines = ['# Crosscheck report', '', `${findings.length} finding(s) in ${entries.length} file(s).`, ''];
    for (const finding of findings) {
      lines.push(`## ${finding.kind}: ${escapeCell(finding.subject)}`, '', finding.message, '', '| Figure | File | Line |', '|---|---|---:|');
      for (const id of finding.claims) {
        const span = session.model.span(id);
        if (span) lines.push(`| ${escapeCell(span.text)} | ${escapeCell(span.entry.file)} | ${span.range.line + 1} |`);
      }
      lines.push('');
    }
    return { content: lines.join('\n') };
  }
  if (params.format === 'sarif') {
    const results = findings.map((finding) => ({
      ruleId: finding.kind,
      level: finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'note',
      message: { text: finding.message },
      locations: finding.claims
        .map((id) => session.model.span(id))
        .filter((s) => s !== undefined)
        .map((span) => ({
          physicalLocation: {
            artifactLocation: { uri: span.entry.file },
            region: { startLine: span.range.line + 1, startColumn: span.range.character + 1, endLine: span.range.endLine + 1, endColumn: span.range.endCharacter + 1 },
          },
        })),
    }));
    const sarif = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'crosscheck', informationUri: 'https://github.com/crosscheck/crosscheck' } }, results }],
    };
    return { content: JSON.stringify(sarif, null, 2) + '\n' };
  }
  const claims = entries.flatMap((e) => e.analysis.claims);
  return { content: JSON.stringify({ files: entries.map((e) => e.file).sort(), claims, conflicts: findings }, null, 2) + '\n' };
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
