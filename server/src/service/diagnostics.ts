// The diagnostics of a file as plain data: one per claim (or date, or name) of this file that findings involve,
// on one short line, with one row of related information per competing figure (its first source: figure, who,
// outlet, date, and how many more sources give it); the hover's table lists every source.
import type { Finding, Range } from '../core';
import { messageFor } from '../core';
import { relatedFigureMessage, rowOfSpan, sourceRows } from './sources';
import type { SourceRow } from './sources';
import type { FileEntry, SpanRef } from './workspace';
import type { WorkspaceModel } from './workspace';

/**
 * Each diagnostic names this many competing figures at most; a last row then says how many more the hover lists.
 * (VS Code shows the diagnostic and its related information above the extension's hover, a row of about 20 px each,
 * in a hover of at most max(editor height / 4, 250) px: few rows, so that the hover's table starts on its first
 * screen.)
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

/** "and 3 more figures: hover the figure for the table" */
export function moreFiguresMessage(count: number): string {
  return `and ${count} more ${count === 1 ? 'figure' : 'figures'}: hover the figure for the table`;
}

/** A figure of a set of findings: the first source that gives it, and how many sources give it. */
interface FigureSources {
  first: SourceRow;
  sources: number;
}

/**
 * The figures of a set of findings as one file's diagnostics list them, made once per set and file: each figure
 * once, by its first source (each source once, by file and figure, other files first, in the findings' timeline
 * order).
 */
function figuresOfFindings(findings: Finding[], file: string): FigureSources[] {
  const seen = new Set<string>();
  const elsewhere: SourceRow[] = [];
  const here: SourceRow[] = [];
  for (const finding of findings) {
    for (const row of sourceRows(finding)) {
      const key = `${row.file}\u0000${row.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (row.file === file ? here : elsewhere).push(row);
    }
  }
  const figures = new Map<string, FigureSources>();
  for (const row of [...elsewhere, ...here]) {
    const known = figures.get(row.key);
    if (known) known.sources++;
    else figures.set(row.key, { first: row, sources: 1 });
  }
  return [...figures.values()];
}

/** The diagnostics of one file, in document order. */
export function diagnosticsOfFile(model: WorkspaceModel, entry: FileEntry): DiagnosticInfo[] {
  if (entry.archived) return [];
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
  const figuresOf = new Map<string, FigureSources[]>();
  const relatedOf = new Map<string, { rows: RelatedSpan[]; more: number }>();
  const result: DiagnosticInfo[] = [];
  for (const { span, findings } of findingsOfSpan.values()) {
    findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const [finding, ...others] = findings;
    const ownKey = rowOfSpan(finding, span.id)?.key ?? null;
    const findingsKey = findings.map((f) => f.id).join('\u0000');
    const memoKey = `${findingsKey}\u0001${ownKey}`;
    let shared = relatedOf.get(memoKey);
    if (!shared) {
      let figures = figuresOf.get(findingsKey);
      if (!figures) figuresOf.set(findingsKey, (figures = figuresOfFindings(findings, entry.file)));
      // The competing figures: every figure but the span's own.
      const competing = figures.filter((figure) => figure.first.key !== ownKey);
      const rows = competing.slice(0, MAX_RELATED).flatMap(({ first, sources }): RelatedSpan[] => {
        const at = model.span(first.spanId);
        return at
          ? [{ uri: at.entry.uri, range: at.range, message: relatedFigureMessage(model, first, sources - 1) }]
          : [];
      });
      shared = { rows, more: Math.max(0, competing.length - MAX_RELATED) };
      relatedOf.set(memoKey, shared);
    }
    // The last row leads back to the claim itself, whose hover lists every source.
    const rows =
      shared.more > 0
        ? [...shared.rows, { uri: entry.uri, range: span.range, message: moreFiguresMessage(shared.more) }]
        : shared.rows;
    const also =
      others.length === 0
        ? ''
        : others.length === 1
          ? ` (also ${/^[aeiou]/.test(others[0].kind) ? 'an' : 'a'} ${others[0].kind} finding)`
          : ` (also ${others.length} other findings)`;
    result.push({
      finding,
      findings,
      spanId: span.id,
      range: span.range,
      message: messageFor(finding, span.id) + also,
      related: rows,
    });
  }
  return result.sort((a, b) => a.range.line - b.range.line || a.range.character - b.range.character);
}
