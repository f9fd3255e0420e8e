// What every report shows for a finding: one row per claim (or dated span, or name) it involves, with
// where it stands and who said it, when, in which outlet. Shared by the text, Markdown and SARIF reports.
import { sourceName } from '../sourceLabels';
import type { DocumentAnalysis, DocumentMeta, Finding, Range, Severity } from '../types';

export interface SourceRow extends Range {
  /** The claim, event date or name mention id the finding refers to. */
  id: string;
  file: string;
  /** The figure (or date, or name) exactly as the text gives it, on one line. */
  figure: string;
  /** Who said it, or null when the text names nobody. */
  speaker: string | null;
  outlet: string | null;
  /** ISO date the figure refers to or was reported, or null. */
  date: string | null;
  /** True when a later figure supersedes this one (a revision's earlier figures). */
  superseded: boolean;
  /** True when the row is a numeric claim (so a missing speaker means "unattributed"). */
  isClaim: boolean;
  /** The sentence a claim stands in, as the text gives it; null for event dates and names. */
  sentence: string | null;
}

/** A row for a person to read: the same figure said again in the same file by the same speaker is one row. */
export interface GroupedRow extends SourceRow {
  /** Where the same file repeats the figure (the other rows folded into this one), with the sentence of each. */
  repeats: Array<Range & { figure: string; sentence: string | null }>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The findings, most severe first; the engine's order is kept among findings of one severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map((entry) => entry.finding);
}

/** Control characters (C0, DEL, C1), line and paragraph separators and bidirectional controls. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from a file or a file name as a terminal shows it literally: control characters (an escape sequence
 * that would recolour or retitle the terminal, a carriage return that would overwrite the line, a bidirectional
 * override that would reorder it) are written as escapes such as "\x1b" or "\u202e".
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return (
      NAMED_ESCAPES[char] ??
      (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
    );
  });
}

/** Text from the files on one line for a terminal: white space collapsed, control characters escaped. */
export function terminalLine(text: string): string {
  return printable(oneLine(text));
}

/** Collapses runs of white space (line breaks included) into one space and trims. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "3 findings in 5 files (2 warnings, 1 information), from 87 claims." */
export function summaryLine(docs: readonly DocumentAnalysis[], findings: readonly Finding[]): string {
  const files = plural(docs.length, 'file');
  const claims = plural(
    docs.reduce((sum, doc) => sum + doc.claims.length, 0),
    'claim',
  );
  if (findings.length === 0) return `No conflicting figures in ${files} (${claims} read).`;
  const counts = (['error', 'warning', 'information', 'hint'] as const)
    .map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) =>
      entry.severity === 'information' ? `${entry.count} information` : plural(entry.count, entry.severity),
    );
  return `${plural(findings.length, 'finding')} in ${files} (${counts.join(', ')}), from ${claims}.`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

interface Located extends Range {
  file: string;
  figure: string;
  speaker: string | null;
  date: string | null;
  isClaim: boolean;
  sentence: string | null;
}

/** Looks up, across all analysed documents, the claims, event dates and names that findings refer to. */
export class ReportIndex {
  private readonly located = new Map<string, Located>();
  private readonly metaByFile = new Map<string, DocumentMeta>();

  constructor(docs: readonly DocumentAnalysis[]) {
    for (const doc of docs) {
      this.metaByFile.set(doc.file, doc.meta);
      const published = doc.meta?.date ?? null;
      for (const claim of doc.claims) {
        this.located.set(claim.id, {
          ...rangeOf(claim),
          file: claim.file,
          figure: oneLine(claim.text),
          isClaim: true,
          sentence: claim.sentence,
          speaker: claim.attribution?.source ?? null,
          date: claim.asOf ?? published,
        });
      }
      for (const dated of doc.eventDates ?? []) {
        this.located.set(dated.id, {
          ...rangeOf(dated),
          file: doc.file,
          figure: oneLine(dated.text),
          speaker: null,
          date: published,
          isClaim: false,
          sentence: null,
        });
      }
      for (const name of doc.names ?? []) {
        this.located.set(name.id, {
          ...rangeOf(name),
          file: doc.file,
          figure: oneLine(name.name),
          speaker: null,
          date: published,
          isClaim: false,
          sentence: null,
        });
      }
    }
  }

  /** The rows of a finding with repeats folded: in time order (undated last) when it has a timeline, then by file and position. */
  groupedRows(finding: Finding): GroupedRow[] {
    const groups = new Map<string, GroupedRow>();
    const inTextOrder = this.rows(finding).sort(
      (a, b) => compareText(a.file, b.file) || a.line - b.line || a.character - b.character,
    );
    for (const row of inTextOrder) {
      const key = JSON.stringify([row.file, row.figure.toLowerCase(), row.speaker, row.date, row.superseded]);
      const group = groups.get(key);
      if (group) group.repeats.push({ ...rangeOf(row), figure: row.figure, sentence: row.sentence });
      else groups.set(key, { ...row, repeats: [] });
    }
    const inTime = (finding.timeline ?? []).length > 0;
    return [...groups.values()].sort(
      (a, b) =>
        (inTime
          ? (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || Number(b.superseded) - Number(a.superseded)
          : 0) ||
        compareText(a.file, b.file) ||
        a.line - b.line ||
        a.character - b.character,
    );
  }

  /** Every row of a finding: in its timeline's order where it has one, then any other ids it names. */
  rows(finding: Finding): SourceRow[] {
    const rows: SourceRow[] = [];
    const seen = new Set<string>();
    for (const entry of finding.timeline ?? []) {
      const at = this.located.get(entry.claimId);
      if (!at || seen.has(entry.claimId)) continue;
      seen.add(entry.claimId);
      rows.push({
        ...at,
        id: entry.claimId,
        speaker: entry.source ?? at.speaker,
        outlet: entry.outlet ?? this.outletOf(at.file),
        date: entry.date ?? at.date,
        superseded: entry.superseded,
      });
    }
    for (const id of finding.claims) {
      const at = this.located.get(id);
      if (!at || seen.has(id)) continue;
      seen.add(id);
      rows.push({ ...at, id, outlet: this.outletOf(at.file), superseded: false });
    }
    return rows;
  }

  /** The outlet column: the outlet, else the byline (the row's file is shown beside it). */
  private outletOf(file: string): string | null {
    const meta = this.metaByFile.get(file);
    return meta ? sourceName(meta) : null;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rangeOf(range: Range): Range {
  return { line: range.line, character: range.character, endLine: range.endLine, endCharacter: range.endCharacter };
}
