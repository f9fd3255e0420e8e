// Hover content: what the hover says about a claim, or about a dated event or a name a finding involves.
// The exact format below is stable: editor tests assert it. Change it only together with them.
// The table comes first: editors show the diagnostics above the hover, and the table must be seen unscrolled.
//
// HOVER FORMAT (stable):
//   **Crosscheck: N sources disagree on <subject>**      (findings set the claim against other files' figures)
//   **Crosscheck: this file gives N figures for <subject>** (a finding sets the claim against its own file's)
//   **Crosscheck: All N sources agree on <subject>**     (every figure of the same quantity agrees)
//   **Crosscheck: N sources give <subject>**             (figures differ but no finding was raised)
//   **Crosscheck: only this file gives <subject>**       (no other file states it)
//   then the table, one row per source (a figure one file gives; the same figure said again there is one row):
//   | Figure | Qualifier | Said by | Source | Date | Where |
//   |---:|---|---|---|---|---|
//   | **145** | at least | Chief Minister Sarfraz Bugti | Dawn | 2026-02-01 | [002:3](file:///…/002_x.txt#L3) +1 |
//   (the hovered claim's row in bold; "Said by" and "Date" as the CLI gives them, from the finding's timeline;
//   empty cells are "—"; "+K" after the link when the file says the figure K more times; at most 20 rows, then
//   "… and K more"; a figure of the shared archive has "archive" before its link:
//   `archive [002:3](https://… or file:///…#L3)`)
//   then one line per finding: `<kind>`: <message>
//   then, when a finding has a timeline of two or more entries:
//   Timeline: at least 145 (2026-02-01; Sarfraz Bugti; superseded) → 177 (2026-02-02; Pakistani military)
//   (one step per figure, only when the finding is a revision or supersedes a figure)
import { escapeMarkdown } from '../core';
import type { Claim, Finding, Range, Span, TimelineEntry } from '../core';
import { agrees, sourceLabel } from '../core/citations';
import { readableFileLabel } from '../core/sourceLabels';
import {
  citedSource,
  competingClaims,
  dateOf,
  DISAGREEING_KINDS,
  findingsOfClaim,
  isArchived,
  numberLabel,
  subjectOf,
  uriOf,
} from './describe';
import { rowDate, sourceRows, speakerOf } from './sources';
import type { WorkspaceModel } from './workspace';

/** The hover's table lists this many sources at most, then how many more there are. */
export const MAX_ROWS = 20;

/** What a hover shows: Markdown, and the span it is about (offsets and line/character). */
export interface HoverContent {
  markdown: string;
  range: Range & Span;
}

/** Document or file text in the hover's Markdown: read literally (escapeMarkdown), "—" when there is none. */
function cell(value: string | null | undefined): string {
  if (!value) return '—';
  return escapeMarkdown(value);
}

/** A link to a place in a file: the label read literally, the URI's parentheses encoded so that they end nothing. */
function fileLink(label: string, uri: string, line: number): string {
  return `[${cell(label)}](${uri.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')}#L${line})`;
}

/** One row of the hover's table: a figure one file gives (its first claim), who gave it, where and when. */
interface HoverRow {
  claim: Claim;
  /** Every claim the row stands for. */
  ids: readonly string[];
  speaker: string | null;
  source: string;
  date: string | null;
}

/** "this file gives 3 figures for X", "5 sources disagree on X", … (see HOVER FORMAT). */
export function headline(claim: Claim, claims: Claim[], findings: Finding[]): string {
  const subject = cell(subjectOf(claim, findings[0]));
  const files = new Set(claims.map((c) => c.file)).size;
  if (findings.some((f) => DISAGREEING_KINDS.has(f.kind))) {
    if (files > 1) return `**Crosscheck: ${files} sources disagree on ${subject}**`;
    return `**Crosscheck: this file gives ${new Set(claims.map(numberLabel)).size} figures for ${subject}**`;
  }
  if (files <= 1) return `**Crosscheck: only this file gives ${subject}**`;
  const allAgree = claims.every((a) => claims.every((b) => agrees(a, b)));
  return allAgree
    ? `**Crosscheck: All ${files} sources agree on ${subject}**`
    : `**Crosscheck: ${files} sources give ${subject}**`;
}

/** The rows of the claim's disagreeing findings, from their timelines: the speakers and dates the CLI gives. */
function findingRows(model: WorkspaceModel, findings: Finding[]): HoverRow[] {
  const rows = new Map<string, HoverRow>();
  for (const finding of findings) {
    if (!DISAGREEING_KINDS.has(finding.kind)) continue;
    for (const row of sourceRows(finding)) {
      const claim = model.span(row.spanId)?.claim;
      if (!claim || rows.has(row.spanId)) continue;
      rows.set(row.spanId, {
        claim,
        ids: row.ids,
        speaker: speakerOf(model, row),
        source: row.entry.label,
        date: rowDate(model, row),
      });
    }
  }
  return [...rows.values()];
}

/** The rows of claims no finding involves: one per file, figure and speaker. */
function claimRows(model: WorkspaceModel, claims: Claim[]): HoverRow[] {
  const rows = new Map<string, HoverRow & { ids: string[] }>();
  for (const claim of claims) {
    const speaker = claim.attribution?.source ?? null;
    const key = JSON.stringify([claim.file, numberLabel(claim), claim.qualifier, speaker]);
    const row = rows.get(key);
    if (row) row.ids.push(claim.id);
    else
      rows.set(key, {
        claim,
        ids: [claim.id],
        speaker,
        source: sourceLabel(citedSource(model, claim)),
        date: dateOf(model, claim),
      });
  }
  return [...rows.values()];
}

/** The rows of a hover's table in time order (undated last), then by file and place. */
function hoverRows(model: WorkspaceModel, claim: Claim, findings: Finding[], claims: Claim[]): HoverRow[] {
  const rows = findingRows(model, findings);
  const covered = new Set(rows.flatMap((row) => row.ids));
  rows.push(
    ...claimRows(
      model,
      claims.filter((c) => !covered.has(c.id)),
    ),
  );
  return rows.sort((a, b) => {
    const da = a.date ?? '9999',
      db = b.date ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    if (a.claim.file !== b.claim.file) return a.claim.file < b.claim.file ? -1 : 1;
    return a.claim.start - b.claim.start;
  });
}

function row(model: WorkspaceModel, source: HoverRow, hovered: Claim): string {
  const { claim } = source;
  const figure = source.ids.includes(hovered.id) ? `**${numberLabel(claim)}**` : numberLabel(claim);
  let saidBy = source.speaker;
  if (saidBy && claim.stance === 'rejected') saidBy += ' (rejected)';
  const uri = uriOf(model, claim);
  const label = `${readableFileLabel(claim.file)}:${claim.line + 1}`;
  const more = source.ids.length > 1 ? ` +${source.ids.length - 1}` : '';
  const link = uri ? fileLink(label, uri, claim.line + 1) : cell(label);
  const where = (isArchived(model, claim) ? `archive ${link}` : link) + more;
  return `| ${figure} | ${cell(claim.qualifier)} | ${cell(saidBy)} | ${cell(source.source)} | ${cell(source.date)} | ${where} |`;
}

/**
 * "Timeline: at least 145 (2026-02-01; Sarfraz Bugti; superseded) → 177 (2026-02-02; Pakistani military)":
 * the figures of a revised finding in time order, one step per figure, or null when nothing was revised.
 */
export function timelineLine(finding: Finding): string | null {
  if (finding.timeline.length < 2 || (finding.kind !== 'revision' && !finding.timeline.some((t) => t.superseded)))
    return null;
  const steps = new Map<string, TimelineEntry[]>();
  for (const entry of finding.timeline) {
    const key = /\d[\d,.]*/.exec(entry.figure)?.[0] ?? entry.figure;
    steps.set(key, [...(steps.get(key) ?? []), entry]);
  }
  const parts = [...steps.values()].map((entries) => {
    const dates = entries
      .map((e) => e.date)
      .filter((d): d is string => !!d)
      .sort();
    const sources = [...new Set(entries.map((e) => e.source ?? e.outlet).filter((s): s is string => !!s))].slice(0, 2);
    const details = [dates[0], sources.join(' / '), entries.every((e) => e.superseded) ? 'superseded' : null].filter(
      (d) => d,
    );
    const figure = cell(entries[0].figure);
    return details.length ? `${figure} (${details.map((d) => cell(d)).join('; ')})` : figure;
  });
  return parts.length > 1 ? `Timeline: ${parts.join(' → ')}` : null;
}

/** The hover Markdown for a claim. */
export function hoverMarkdown(model: WorkspaceModel, claim: Claim): string {
  const findings = findingsOfClaim(model, claim);
  const claims = competingClaims(model, claim);
  const rows = hoverRows(model, claim, findings, claims);
  const lines = [headline(claim, claims, findings), ''];
  lines.push('| Figure | Qualifier | Said by | Source | Date | Where |', '|---:|---|---|---|---|---|');
  for (const source of rows.slice(0, MAX_ROWS)) lines.push(row(model, source, claim));
  if (rows.length > MAX_ROWS) lines.push('', `… and ${rows.length - MAX_ROWS} more`);
  for (const finding of findings) lines.push('', `\`${finding.kind}\`: ${cell(finding.message)}`);
  const timelines = findings.map(timelineLine).filter((t): t is string => t !== null);
  if (timelines.length) lines.push('', ...timelines);
  return lines.join('\n');
}

/**
 * The hover Markdown for a dated event or a name that a finding involves (kinds date, weekday, name-variant):
 *   **Crosscheck: <subject>** (`<kind>`)
 *   <message>
 *   - **<text as written>** — [file:line](uri#Lline)      (one per span, the hovered one in bold)
 */
export function spanHoverMarkdown(model: WorkspaceModel, spanId: string, findings: Finding[]): string {
  const lines: string[] = [];
  for (const finding of findings) {
    lines.push(`**Crosscheck: ${cell(finding.subject)}** (\`${finding.kind}\`)`, '', cell(finding.message), '');
    for (const id of finding.claims) {
      const span = model.span(id);
      if (!span) continue;
      const label = `${readableFileLabel(span.entry.file)}:${span.range.line + 1}`;
      const text = cell(span.text);
      lines.push(`- ${id === spanId ? `**${text}**` : text} — ${fileLink(label, span.entry.uri, span.range.line + 1)}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

/** The hover at an offset of an open document: on a claim, else on a date or name that a finding involves. */
export function hoverAt(model: WorkspaceModel, uri: string, offset: number): HoverContent | null {
  const claim = model.claimAtOffset(uri, offset);
  if (claim) return { markdown: hoverMarkdown(model, claim), range: claim };
  const entry = model.getByUri(uri);
  if (!entry?.lines) return null;
  const spans = [...entry.analysis.eventDates, ...entry.analysis.names];
  for (const span of spans) {
    if (offset < span.start || offset > span.end) continue;
    const findings = model.findingsOf(span.id);
    if (findings.length) return { markdown: spanHoverMarkdown(model, span.id, findings), range: span };
  }
  return null;
}
