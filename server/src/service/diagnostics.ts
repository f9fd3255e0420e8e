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

/** The sources of a set of findings as one file's diagnostics list them, made once per set and file. */
interface SourcesOfFindings {
  /** Each source once (by file and figure), other files first, in the findings' timeline order. */
  rows: SourceRow[];
  /** The first row of each figure, in the same order. */
  firstOfFigure: SourceRow[];
  /** The figures the file itself gives. */
  figuresHere: Set<string>;
}

function sourcesOfFindings(findings: Finding[], file: string): SourcesOfFindings {
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
  const rows = [...elsewhere, ...here];
  const figures = new Set<string>();
  const firstOfFigure = rows.filter((row) => !figures.has(row.key) && figures.add(row.key));
  return { rows, firstOfFigure, figuresHere: new Set(here.map((row) => row.key)) };
}

/**
 * The other sources of a span (all but its own figure in its own file), at most `limit`: the first source of
 * each other figure, so that the first rows name every figure the claim is set against, then the rest in order;
 * and how many more there are. Takes time in `limit`, not in the number of sources.
 */
function otherSources(
  sources: SourcesOfFindings,
  file: string,
  ownKey: string | null,
  limit: number,
): { shown: SourceRow[]; more: number } {
  const isOwn = (row: SourceRow) => row.file === file && row.key === ownKey;
  const shown: SourceRow[] = [];
  for (const row of sources.firstOfFigure) {
    if (shown.length >= limit) break;
    if (row.key !== ownKey) shown.push(row);
  }
  const picked = new Set(shown);
  for (const row of sources.rows) {
    if (shown.length >= limit) break;
    if (!isOwn(row) && !picked.has(row)) shown.push(row);
  }
  // The rows are unique by file and figure: at most one of them is the span's own.
  const others = sources.rows.length - (ownKey !== null && sources.figuresHere.has(ownKey) ? 1 : 0);
  return { shown, more: others - shown.length };
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
  const sourcesOf = new Map<string, SourcesOfFindings>();
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
      let sources = sourcesOf.get(findingsKey);
      if (!sources) sourcesOf.set(findingsKey, (sources = sourcesOfFindings(findings, entry.file)));
      const { shown, more } = otherSources(sources, entry.file, ownKey, MAX_RELATED);
      const rows = shown.flatMap((row): RelatedSpan[] => {
        const at = model.span(row.spanId);
        return at ? [{ uri: at.entry.uri, range: at.range, message: relatedRowMessage(model, row) }] : [];
      });
      shared = { rows, more };
      relatedOf.set(memoKey, shared);
    }
    // The last row leads back to the claim itself, whose hover lists every source.
    const rows =
      shared.more > 0
        ? [...shared.rows, { uri: entry.uri, range: span.range, message: moreSourcesMessage(shared.more) }]
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
