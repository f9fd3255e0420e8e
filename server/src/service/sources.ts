// The sources of a finding as a person reads them: one row per figure a document gives (an entry of the engine's
// timeline: the same figure said again in one file is one row), with who gave it, the document's label and its
// date. The hover's table (a line per row) and the diagnostics' related information (a line per figure, from its
// first row) are made of these rows, so that they name the same speakers and outlets as the CLI (whose rows take the
// speaker of the same timeline entries).
import type { Claim, Finding, TimelineEntry } from '../core';
import { readableFileLabel } from '../core/sourceLabels';
import { archiveMarked, dateOf } from './describe';
import type { WorkspaceModel } from './workspace';

export interface SourceRow {
  /** The entry's first claim (or span): where the row links to. */
  spanId: string;
  /** Every claim (or span) the row stands for. */
  ids: readonly string[];
  file: string;
  /** The figure as a person reads it, e.g. "at least 145". */
  figure: string;
  /** What the row is compared by: the number of its figure ("145"), or the text of a date or name. */
  key: string;
  entry: TimelineEntry;
}

/** "at least 145" → "145"; "31 Jan 2026" and names as written, in lower case. */
export function figureKey(figure: string): string {
  return /\d[\d,]*(?:\.\d+)?/.exec(figure)?.[0] ?? figure.toLowerCase();
}

const rowsOfFinding = new WeakMap<Finding, SourceRow[]>();

/** The rows of a finding, in its timeline's order (made once per finding). */
export function sourceRows(finding: Finding): SourceRow[] {
  let rows = rowsOfFinding.get(finding);
  if (rows) return rows;
  rows = finding.timeline.map((entry) => ({
    spanId: entry.claimId,
    ids: entry.claims ?? [entry.claimId],
    file: entry.file,
    figure: entry.figure,
    key: figureKey(entry.figure),
    entry,
  }));
  rowsOfFinding.set(finding, rows);
  return rows;
}

const rowOfSpanByFinding = new WeakMap<Finding, Map<string, SourceRow>>();

/** The row of a finding that stands for a claim (or span), if any. */
export function rowOfSpan(finding: Finding, spanId: string): SourceRow | undefined {
  let bySpan = rowOfSpanByFinding.get(finding);
  if (!bySpan) {
    bySpan = new Map();
    for (const row of sourceRows(finding)) for (const id of row.ids) if (!bySpan.has(id)) bySpan.set(id, row);
    rowOfSpanByFinding.set(finding, bySpan);
  }
  return bySpan.get(spanId);
}

/** Who gave a row's figure: its timeline entry's speaker, else the attribution of its first claim (as the CLI says). */
export function speakerOf(model: WorkspaceModel, row: SourceRow): string | null {
  return row.entry.source ?? model.span(row.spanId)?.claim?.attribution?.source ?? null;
}

/** When a row's figure was given: its entry's date, else its first claim's (asOf, else its document's). */
export function rowDate(model: WorkspaceModel, row: SourceRow): string | null {
  if (row.entry.date) return row.entry.date;
  const claim: Claim | null | undefined = model.span(row.spanId)?.claim;
  return claim ? dateOf(model, claim) : null;
}

/**
 * The row's outlet (or byline) for a place that names its file already: null when the label is the file's own;
 * an article of the shared archive is always named, marked "[archive]" (archiveMarked).
 */
export function outletOf(model: WorkspaceModel, row: SourceRow): string | null {
  if (model.entryOfSpanId(row.spanId)?.archived === true) return archiveMarked(row.entry.label, true);
  return row.entry.label === readableFileLabel(row.file) ? null : row.entry.label;
}

/**
 * One line of related information, for a figure and the first source that gives it:
 * "177 — Interior Minister Mohsin Naqvi · The Hindu · 2026-02-02 · +3 more sources" ("The Hindu [archive]" for an
 * article of the shared archive; "+N more sources" when N other sources give the same figure).
 * No file name: the editor writes the file and line before it.
 */
export function relatedFigureMessage(model: WorkspaceModel, row: SourceRow, moreSources: number): string {
  const details = [
    speakerOf(model, row),
    outletOf(model, row),
    rowDate(model, row),
    row.entry.superseded ? 'superseded' : null,
    moreSources > 0 ? `+${moreSources} more ${moreSources === 1 ? 'source' : 'sources'}` : null,
  ];
  const known = details.filter((part): part is string => !!part);
  const figure = row.figure.replace(/\s+/g, ' ').trim();
  return known.length ? `${figure} — ${known.join(' · ')}` : figure;
}
