// The report for a person at a terminal (the CLI's default): findings grouped, most severe first, each with
// its message and one indented line per source (a claim's line followed by a quote of the words around it, and
// of each repeat in other words after its position, so that a claim far into a long line can be read without
// opening the file), then a summary line.
import type { DocumentAnalysis, Finding, Severity } from '../types';
import {
  bySeverity,
  printable,
  ReportIndex,
  terminalLine,
  summaryLine,
  type GroupedRow,
  type SourceRow,
} from './sources';

export interface TextReportOptions {
  /** Colour the severities and dim the details with ANSI escapes (for a terminal). */
  color?: boolean;
  /** The files whose figures matched no story (checkDocuments): a note says so, before the summary. */
  unmatched?: readonly string[];
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };
const LOCATION_WIDTH_LIMIT = 60;
const FIGURE_WIDTH_LIMIT = 40;
/** How many characters of the sentence a quote keeps on each side of the figure (then to the end of the word). */
const QUOTE_CONTEXT = 40;

export function textReport(
  docs: readonly DocumentAnalysis[],
  findings: readonly Finding[],
  options: TextReportOptions = {},
): string {
  const paint = (code: string, text: string): string => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const index = new ReportIndex(docs);
  const blocks = bySeverity(findings).map((finding) => {
    const heading = `${paint(`1;${SEVERITY_COLOR[finding.severity]}`, finding.severity)}: ${paint('1', terminalLine(finding.subject))} ${paint('2', `[${finding.kind}]`)}`;
    const lines = [heading, `  ${terminalLine(finding.message)}`];
    const rows = index.groupedRows(finding);
    const locations = rows.map(locationOf);
    const locationWidth = Math.min(LOCATION_WIDTH_LIMIT, Math.max(0, ...locations.map((l) => l.length)));
    const figures = rows.map((row) => shorten(printable(row.figure), FIGURE_WIDTH_LIMIT));
    const figureWidth = Math.max(0, ...figures.map((figure) => figure.length));
    rows.forEach((row, i) => {
      const details = detailsOf(row);
      const columns = [locations[i].padEnd(locationWidth), details ? figures[i].padEnd(figureWidth) : figures[i]];
      if (details) columns.push(paint('2', details));
      lines.push(`    ${columns.join('  ')}`.trimEnd());
      const quote = row.sentence === null ? null : quoteAround(row.sentence, row.figure);
      if (quote !== null) lines.push(`      ${paint('2', `“${quote}”`)}`);
      // A repeat in other words is quoted too, after its position: in a long line it is as far out of sight.
      const quoted = new Set([quote]);
      for (const repeat of row.repeats) {
        const again = repeat.sentence === null ? null : quoteAround(repeat.sentence, repeat.figure);
        if (again === null || quoted.has(again)) continue;
        quoted.add(again);
        lines.push(`      ${paint('2', `${repeat.line + 1}:${repeat.character + 1} “${again}”`)}`);
      }
    });
    return lines.join('\n');
  });
  const notes = options.unmatched?.length ? [unmatchedNote(options.unmatched)] : [];
  return [...blocks, ...notes, summaryLine(docs, findings)].join('\n\n') + '\n';
}

/** One line: which files' figures were compared with nothing, and why. */
export function unmatchedNote(files: readonly string[]): string {
  const list = files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
  return `note: the figures of ${list} matched no story of the other files (they name none of its places, groups or people), so they were not compared`;
}

/**
 * The words around a figure in its sentence, on one line: "…forces have killed at least 145 militants following
 * a wave of…", QUOTE_CONTEXT characters on each side and the rest of the words they cut into, with an ellipsis where cut.
 * Null when the sentence says nothing but the figure ("Militants Killed: 145."): the row says it already.
 */
export function quoteAround(sentence: string, figure: string): string | null {
  const text = terminalLine(sentence);
  figure = printable(figure);
  const at = text.indexOf(figure);
  if (at >= 0 && !/[\p{L}\p{N}]/u.test(text.slice(0, at) + text.slice(at + figure.length))) return null;
  if (at < 0) return shorten(text, 2 * QUOTE_CONTEXT);
  let from = Math.max(0, at - QUOTE_CONTEXT);
  let to = Math.min(text.length, at + figure.length + QUOTE_CONTEXT);
  if (from > 0 && text[from - 1] !== ' ') from = text.lastIndexOf(' ', from - 1) + 1;
  if (to < text.length && text[to] !== ' ') {
    const space = text.indexOf(' ', to);
    to = space < 0 ? text.length : space;
  }
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** The text cut to `limit` characters with an ellipsis: the location leads to the whole of it. */
function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** file:line:column, 1-based, as compilers print it (terminals and editors make it a link). */
export function locationOf(row: SourceRow): string {
  return `${printable(row.file)}:${row.line + 1}:${row.character + 1}`;
}

/** "Chief Minister Sarfraz Bugti · Tatkaal Khabar · 2026-02-01 · superseded · again at 9:3" (the parts that are known). */
function detailsOf(row: GroupedRow): string {
  const speaker = row.speaker ?? (row.isClaim ? 'unattributed' : null);
  const repeats =
    row.repeats.length > 0 ? `again at ${row.repeats.map((r) => `${r.line + 1}:${r.character + 1}`).join(', ')}` : null;
  return [speaker, row.outlet, row.date, row.superseded ? 'superseded' : null, repeats]
    .filter((part): part is string => Boolean(part))
    .map(terminalLine)
    .join(' · ');
}
