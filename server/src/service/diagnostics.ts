// The diagnostics of a file as plain data: one per span of each of its findings that stands in this file, with
// links to the finding's other spans.
import type { Finding, Range } from '../core';
import { messageFor } from '../core';
import { sourceLabel } from '../core/citations';
import { relatedMessage } from './describe';
import type { FileEntry, SpanRef } from './workspace';
import type { WorkspaceModel } from './workspace';

/** Each diagnostic links to this many other spans of its finding at most (other files first). */
export const MAX_RELATED = 30;

/**
 * A file gets this many diagnostics at most (the findings in the engine's order): a document dense with figures
 * can have tens of thousands of contested spans, whose diagnostics would take hundreds of megabytes to send.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

export interface RelatedSpan {
  uri: string;
  range: Range;
  message: string;
}

export interface DiagnosticInfo {
  finding: Finding;
  spanId: string;
  range: Range;
  message: string;
  related: RelatedSpan[];
}

/** The diagnostics of one file, in document order. */
export function diagnosticsOfFile(model: WorkspaceModel, entry: FileEntry): DiagnosticInfo[] {
  const result: DiagnosticInfo[] = [];
  if (entry.archived) return result;
  for (const finding of model.findingsForFile(entry.file)) {
    if (result.length >= MAX_DIAGNOSTICS_PER_FILE) break;
    // A finding of a large archive can span thousands of files: only this file's spans and the first few
    // elsewhere are looked up.
    const own: SpanRef[] = [];
    const others: SpanRef[] = [];
    for (const id of finding.claims) {
      const owner = model.entryOfSpanId(id);
      if (!owner || (owner.key !== entry.key && others.length >= MAX_RELATED)) continue;
      const span = model.span(id);
      if (span) (span.entry.key === entry.key ? own : others).push(span);
    }
    if (!own.length) continue;
    const related = (other: SpanRef): RelatedSpan => ({
      uri: other.entry.uri,
      range: other.range,
      message: other.claim ? relatedMessage(model, other.claim) : `${other.text} in ${sourceLabel({ ...other.entry.analysis.meta, file: other.entry.file })}`,
    });
    // Computed once per finding: the links into other files are the same for every diagnostic of this file.
    const elsewhere = others.map(related);
    const here = own.length > 1 && elsewhere.length < MAX_RELATED ? own.slice(0, MAX_RELATED + 1).map((span) => ({ id: span.id, info: related(span) })) : [];
    for (const span of own.slice(0, MAX_DIAGNOSTICS_PER_FILE - result.length)) {
      const relatedSpans = [...elsewhere];
      for (const other of here) {
        if (relatedSpans.length >= MAX_RELATED) break;
        if (other.id !== span.id) relatedSpans.push(other.info);
      }
      result.push({ finding, spanId: span.id, range: span.range, message: messageFor(finding, span.id), related: relatedSpans });
    }
  }
  return result.sort((a, b) => a.range.line - b.range.line || a.range.character - b.range.character);
}
