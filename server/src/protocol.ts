// Crosscheck's own requests and notifications between the VS Code client and the server, beyond LSP.
// Plain method names and types only, so that the client can import this file without the server.
import type { Finding } from './core/types';

export const Methods = {
  /** client → server request: FindingsParams → FindingsResult */
  findings: 'crosscheck/findings',
  /** client → server request: ReportParams → ReportResult */
  report: 'crosscheck/report',
  /** client → server request: no params → null; re-reads every file of the workspace */
  reindex: 'crosscheck/reindex',
  /** server → client notification: StatusParams, sent whenever the counts change */
  status: 'crosscheck/status',
} as const;

export interface FindingsParams {
  /** Only the findings that involve this document; all findings when absent. */
  uri?: string;
}

/** Where one claim of a finding stands, with what a view needs to show it. */
export interface FindingLocation {
  claimId: string;
  uri: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** The figure as written, e.g. "at least 145 militants". */
  text: string;
  source: string | null;
  outlet: string | null;
  /** How a person names the claim's document: its outlet, else its byline, else a short form of its file name. */
  label: string;
  date: string | null;
}

export interface FindingView extends Finding {
  locations: FindingLocation[];
}

export interface FindingsResult {
  findings: FindingView[];
}

export interface ReportParams {
  format: 'json' | 'sarif' | 'markdown';
}

export interface ReportResult {
  content: string;
}

export interface StatusParams {
  files: number;
  findings: number;
  indexing: boolean;
}

/** The `data` of every Crosscheck diagnostic: which finding it shows, on which of its claims (or spans). */
export interface DiagnosticData {
  findingId: string;
  claimId: string;
}
