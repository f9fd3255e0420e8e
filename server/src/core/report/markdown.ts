// The Markdown report: a section and a table per finding (figure, who said it, outlet, date, where),
// ready to paste into an editor's note.
import type { DocumentAnalysis, Finding } from '../types';
import { bySeverity, oneLine, ReportIndex, summaryLine } from './sources';

export interface MarkdownReportOptions {
  /** The report's first heading. */
  title?: string;
}

export function markdownReport(
  docs: readonly DocumentAnalysis[],
  findings: readonly Finding[],
  options: MarkdownReportOptions = {},
): string {
  const index = new ReportIndex(docs);
  const parts = [
    `# ${escapeMarkdown(options.title ?? 'Crosscheck report')}`,
    escapeMarkdown(summaryLine(docs, findings)),
  ];
  bySeverity(findings).forEach((finding, i) => {
    const severity = finding.severity[0].toUpperCase() + finding.severity.slice(1);
    parts.push(`## ${i + 1}. ${severity}: ${escapeMarkdown(oneLine(finding.subject))} (${finding.kind})`);
    parts.push(escapeMarkdown(oneLine(finding.message)));
    const rows = index.groupedRows(finding).map((row) => {
      const figure = escapeMarkdown(row.figure) + (row.superseded ? ' *(superseded)*' : '');
      const speaker = row.speaker ?? (row.isClaim ? 'unattributed' : null);
      return `| ${[figure, cell(speaker), cell(row.outlet), cell(row.date), codeCell(`${row.file}:${[...new Set([row, ...row.repeats].map((r) => r.line + 1))].join(',')}`)].join(' | ')} |`;
    });
    if (rows.length > 0) {
      parts.push(
        ['| Figure | Who said it | Outlet | Date | Where |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'),
      );
    }
  });
  return parts.join('\n\n') + '\n';
}

function cell(text: string | null): string {
  return text ? escapeMarkdown(text) : '—';
}

/** A code span, so that a path reads as written; pipes are still escaped, since they end a table cell. */
function codeCell(text: string): string {
  const literal = oneLine(text).replace(/\|/g, '\\|');
  const fence = literal.includes('`') ? '`` ' : '`';
  return `${fence}${literal}${fence.split('').reverse().join('')}`;
}

/** A letter or digit: an underscore between two of them ("002_f236.txt") emphasises nothing, so it stays as it is. */
const INNER = /^[\p{L}\p{N}]$/u;

/**
 * Makes text read literally in Markdown, a table cell included: no emphasis, links (bare URLs that GFM would
 * link included), HTML or column breaks.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]<>|~]/g, (c, at: number, line: string) =>
      c === '_' && INNER.test(line[at - 1] ?? '') && INNER.test(line[at + 1] ?? '') ? c : `\\${c}`,
    )
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
    .replace(/^[#+=-]/, (start) => `\\${start}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
