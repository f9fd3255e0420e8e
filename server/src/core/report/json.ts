// The JSON reports: THE contract of `crosscheck check --format json` ({ files, claims, conflicts }) and of
// `crosscheck extract --format json` ({ claims, attributions }). Fields may be added, never renamed or removed.
import type { AttributionRecord, Claim, DocumentAnalysis, DocumentMeta, EventDate, Finding, NameMention } from '../types';

/** A file the run could not read, and why ("binary file (contains NUL bytes)"). */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface CheckReportOptions {
  skipped?: readonly SkippedFile[];
}

export interface CheckReport {
  /** The files read, relative paths with forward slashes. */
  files: string[];
  /** Every claim of every file, whether or not it conflicts. */
  claims: Claim[];
  /** The findings (all kinds, not only "conflict"). */
  conflicts: Finding[];
  /** Added: each file's outlet, author, date, title and URL. */
  documents: { file: string; meta: DocumentMeta }[];
  /** Added: the dated events and organisation names that date and name-variant findings refer to by id. */
  eventDates: (EventDate & { file: string })[];
  names: (NameMention & { file: string })[];
  /** Added: the files that could not be read, with the reason. */
  skipped: SkippedFile[];
}

export interface ExtractReport {
  claims: Claim[];
  attributions: AttributionRecord[];
}

export function checkReport(docs: readonly DocumentAnalysis[], findings: readonly Finding[], options: CheckReportOptions = {}): CheckReport {
  return {
    files: docs.map((doc) => doc.file),
    claims: docs.flatMap((doc) => doc.claims),
    conflicts: [...findings],
    documents: docs.map((doc) => ({ file: doc.file, meta: doc.meta })),
    eventDates: docs.flatMap((doc) => (doc.eventDates ?? []).map((dated) => ({ ...dated, file: doc.file }))),
    names: docs.flatMap((doc) => (doc.names ?? []).map((name) => ({ ...name, file: doc.file }))),
    skipped: [...(options.skipped ?? [])],
  };
}

export function extractReport(doc: DocumentAnalysis): ExtractReport {
  return { claims: doc.claims, attributions: doc.attributions };
}

/** Pretty-printed JSON with a final newline, as the CLI writes it. */
export function toJsonText(report: unknown): string {
  return JSON.stringify(report, null, 2) + '\n';
}
