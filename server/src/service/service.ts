// The analysis service: the documents (open texts and the workspace's analyses, in WorkspaceModel) and the
// answers to every query as plain data (offsets and the core's line/character ranges). No LSP, no `fs`:
// the LSP layer (server/src/features/) translates, the host (server/src/host/) reads the disk.
import type { Claim, LineIndex, Range } from '../core';
import { codeActions } from './codeActions';
import type { ActionData, ActionRequest, BibliographyEntry } from './codeActions';
import { diagnosticsOfFile } from './diagnostics';
import type { DiagnosticInfo } from './diagnostics';
import { findingViews, report, statusOf } from './findings';
import { hoverAt } from './hover';
import type { HoverContent } from './hover';
import { codeLenses, inlayHints } from './lenses';
import type { InlayHintData, LensData } from './lenses';
import { documentClaims, referencesAt, workspaceSymbols } from './navigation';
import type { ClaimLocation, WorkspaceSymbolData } from './navigation';
import { rangesMeet } from './describe';
import { semanticTokens } from './tokens';
import type { TokenData } from './tokens';
import type { WorkspaceFiles } from './host';
import { WorkspaceModel } from './workspace';
import type { FileEntry } from './workspace';
import type {
  ArchiveStatus,
  FindingsParams,
  FindingsResult,
  ReportParams,
  ReportResult,
  StatusParams,
} from '../protocol';

export class AnalysisService {
  readonly model = new WorkspaceModel();
  /** Entries of every .bib file of the workspace (for Pandoc citations). */
  bibliography: BibliographyEntry[] = [];
  /** The shared archive's state, when crosscheck.archive is set (the host's archive link keeps it). */
  archiveStatus: ArchiveStatus | undefined = undefined;

  constructor(readonly files: WorkspaceFiles) {}

  /** The offset of a line/character position in an open document (null when it has no text here). */
  offsetAt(uri: string, position: { line: number; character: number }): number | null {
    return this.model.offsetAt(uri, position);
  }

  hover(uri: string, offset: number): HoverContent | null {
    return hoverAt(this.model, uri, offset);
  }

  codeActions(request: Omit<ActionRequest, 'bibliography'>): ActionData[] {
    return codeActions(this.model, this.files, { ...request, bibliography: this.bibliography });
  }

  codeLenses(uri: string): LensData[] {
    return codeLenses(this.model, uri);
  }

  inlayHints(uri: string, range: Range): InlayHintData[] {
    return inlayHints(this.model, uri, (claim: Claim) => rangesMeet(range, claim));
  }

  references(uri: string, offset: number, includeDeclaration: boolean): ClaimLocation[] {
    return referencesAt(this.model, uri, offset, includeDeclaration);
  }

  documentClaims(uri: string): ClaimLocation[] {
    return documentClaims(this.model, uri);
  }

  workspaceSymbols(query: string, checkpoint?: () => void): WorkspaceSymbolData[] {
    return workspaceSymbols(this.model, query, checkpoint);
  }

  semanticTokens(uri: string): { lines: LineIndex; tokens: TokenData[] } | null {
    return semanticTokens(this.model, uri);
  }

  diagnostics(entry: FileEntry): DiagnosticInfo[] {
    return diagnosticsOfFile(this.model, entry);
  }

  findings(params: FindingsParams): FindingsResult {
    return findingViews(this.model, params);
  }

  report(params: ReportParams): ReportResult {
    return report(this.model, params);
  }

  status(indexing: boolean): StatusParams {
    return statusOf(this.model, indexing, this.archiveStatus);
  }
}
