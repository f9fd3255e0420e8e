// The findings as Crosscheck's own requests give them (crosscheck/findings, crosscheck/report, crosscheck/status).
import type { Claim } from '../core';
import { checkReport, markdownReport, sarifReport, toJsonText } from '../core/report';
import type { Finding } from '../core';
import type {
  ArchiveStatus,
  FindingLocation,
  FindingsParams,
  FindingsResult,
  FindingView,
  ReportParams,
  ReportResult,
  StatusParams,
} from '../protocol';
import { sourceLabel } from '../core/sourceLabels';
import { dateOf, metaOf } from './describe';
import { keyOfUri } from './workspace';
import type { WorkspaceModel } from './workspace';

/** Where a claim of a finding stands; `speaker` is its timeline entry's (the CLI's and the hover's) when it has one. */
function locationOf(model: WorkspaceModel, spanId: string, speaker: string | null | undefined): FindingLocation | null {
  const span = model.span(spanId);
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
    source: speaker ?? claim?.attribution?.source ?? null,
    outlet: claim ? metaOf(model, claim).outlet : span.entry.analysis.meta.outlet,
    label: sourceLabel({ ...span.entry.analysis.meta, file: span.entry.file }),
    date: claim ? dateOf(model, claim) : span.entry.analysis.meta.date,
    ...(span.entry.archived ? { archive: true as const } : {}),
  };
}

/** Whether a finding involves a workspace file (not only articles of the shared archive, which are not this workspace's business). */
export function involvesWorkspace(model: WorkspaceModel, finding: Finding): boolean {
  return finding.claims.some((id) => model.entryOfSpanId(id)?.archived !== true);
}

/** The findings that involve a workspace file. */
function workspaceFindings(model: WorkspaceModel): Finding[] {
  const findings = model.findings();
  return model.archivedCount === 0 ? findings : findings.filter((finding) => involvesWorkspace(model, finding));
}

export function findingViews(model: WorkspaceModel, params: FindingsParams = {}): FindingsResult {
  const key = params.uri ? keyOfUri(params.uri) : null;
  const findings: FindingView[] = [];
  for (const finding of workspaceFindings(model)) {
    const speakers = new Map(finding.timeline.map((entry) => [entry.claimId, entry.source]));
    const locations = finding.claims
      .map((id) => locationOf(model, id, speakers.get(id)))
      .filter((l): l is FindingLocation => l !== null);
    if (key && !locations.some((l) => keyOfUri(l.uri) === key)) continue;
    findings.push({ ...finding, locations });
  }
  return { findings };
}

/** The findings as a report, by the CLI's report writers: JSON (the CLI's contract), SARIF 2.1.0 or Markdown. */
export function report(model: WorkspaceModel, params: ReportParams): ReportResult {
  const docs = model
    .all()
    .filter((e) => !e.archived)
    .map((e) => e.analysis)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const findings = workspaceFindings(model);
  if (params.format === 'markdown') return { content: markdownReport(docs, findings) };
  if (params.format === 'sarif') {
    const root = model.folders.length === 1 ? model.folders[0].uri.replace(/\/?$/, '/') : undefined;
    return { content: toJsonText(sarifReport(docs, findings, { toolVersion: '0.1.0', sourceRootUri: root })) };
  }
  return { content: toJsonText(checkReport(docs, findings)) };
}

export function statusOf(model: WorkspaceModel, indexing: boolean, archive?: ArchiveStatus): StatusParams {
  const archived = model.archivedCount;
  const status: StatusParams = { files: model.size - archived, findings: workspaceFindings(model).length, indexing };
  return archive
    ? { ...status, archive: archive.state === 'connected' ? { ...archive, documents: archived } : archive }
    : status;
}
