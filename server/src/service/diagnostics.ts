// The diagnostics of a file as plain data: one per claim (or date, or name) of this file that findings involve,
// on one short line, with one row of related information per other source (figure, who, outlet, date).
import type { Finding, Range } from '../core';
import { messageFor } from '../core';
import { relatedRowMessage, rowOfSpan, sourceRows } from './sources';
import type { SourceRow } from './sources';
import type { FileEntry, SpanRef } from './workspace';
import type { WorkspaceModel } from './workspace';

/**
 * Each diagnostic names this many other sources at most; a last row then says how many more the hover lists.
 * (VS Code shows the related information above the hover, a row of about 27 px each in a hover of 250 px: the
 * first rows name each other figure once, and the hover's table comes right after them.)
 */
export const MAX_RELATED = 8;

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
  /** The most serious finding of the span: its kind and severity are the diagnostic's. */
  finding: Finding;
  /** Every finding of the span, the most serious first. */
  findings: Finding[];
  spanId: string;
  range: Range;
  message: string;
  related: RelatedSpan[];
}

const SEVERITY_RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

/** "and 3 more sources: hover the figure for the table" */
export function moreSourcesMessage(count: number): string {
  return `and ${count} more ${count === 1 ? 'source' : 'sources'}: hover the figure for the table`;
}

/**
 * The other sources of a span's findings: each figure of another file, and the other figures of its own file,
 * once (by file and figure), other files first, in the findings' timeline order; the first source of each other
 * figure before the rest, so that the first rows name every figure the claim is set against.
 */
function otherSources(findings: Finding[], file: string, ownKey: string | null): SourceRow[] {
  const seen = new Set<string>();
  const elsewhere: SourceRow[] = [];
  const here: SourceRow[] = [];
  for (const finding of findings) {
    for (const row of sourceRows(finding)) {
      if (row.file === file && row.key === ownKey) continue;
      const key = `${row.file}\u0000${row.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (row.file === file ? here : elsewhere).push(row);
    }
  }
  const firstOfFigure = new Map<string, SourceRow>();
  for (const row of [...elsewhere, ...here]) if (row.key !== ownKey && !firstOfFigure.has(row.key)) firstOfFigure.set(row.key, row);
  const firsts = new Set(firstOfFigure.values());
  return [...firsts, ...[...elsewhere, ...here].filter((row) => !firsts.has(row))];
}

/** The diagnostics of one file, in document order. */
export function diagnosticsOfFile(model: WorkspaceModel, entry: FileEntry): DiagnosticInfo[] {
  // The findings of each span of this file, in the engine's order; a finding of a large archive can span
  // thousands of files: only this file's spans are looked up.
  const findingsOfSpan = new Map<string, { span: SpanRef; findings: Finding[] }>();
  for (const finding of model.findingsForFile(entry.file)) {
    for (const id of finding.claims) {
      if (model.entryOfSpanId(id)?.key !== entry.key) continue;
      const known = findingsOfSpan.get(id);
      if (known) {
        if (!known.findings.includes(finding)) known.findings.push(finding);
        continue;
      }
      if (findingsOfSpan.size >= MAX_DIAGNOSTICS_PER_FILE) continue;
      const span = model.span(id);
      if (span) findingsOfSpan.set(id, { span, findings: [finding] });
    }
  }
  // Spans of the same findings and figure share their related information: made once.
  const relatedOf = new Map<string, { rows: RelatedSpan[]; more: number }>();
  const result: DiagnosticInfo[] = [];
  for (const { span, findings } of findingsOfSpan.values()) {
    findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const [finding, ...others] = findings;
    const ownKey = rowOfSpan(finding, span.id)?.key ?? null;
    const memoKey = `${findings.map((f) => f.id).join('\u0000')}\u0001${ownKey}`;
    let shared = relatedOf.get(memoKey);
    if (!shared) {
      const sources = otherSources(findings, entry.file, ownKey);
      const rows = sources.slice(0, MAX_RELATED).flatMap((row): RelatedSpan[] => {
        const at = model.span(row.spanId);
        return at ? [{ uri: at.entry.uri, range: at.range, message: relatedRowMessage(model, row) }] : [];
      });
      shared = { rows, more: Math.max(0, sources.length - MAX_RELATED) };
      relatedOf.set(memoKey, shared);
    }
    // The last row leads back to the claim itself, whose hover lists every source.
    const rows = shared.more > 0 ? [...shared.rows, { uri: entry.uri, range: span.range, message: moreSourcesMessage(shared.more) }] : shared.rows;
    const also = others.length === 0 ? '' : others.length === 1 ? ` (also ${/^[aeiou]/.test(others[0].kind) ? 'an' : 'a'} ${others[0].kind} finding)` : ` (also ${others.length} other findings)`;
    result.push({ finding, findings, spanId: span.id, range: span.range, message: messageFor(finding, span.id) + also, related: rows });
  }
  return result.sort((a, b) => a.range.line - b.range.line || a.range.character - b.range.character);
}
