// The server's picture of the workspace: every indexed file with its text and analysis, the open
// documents' live text, the findings over all of them, and the lookups the features need
// (claim by id, findings of a claim, claims of the same quantity).
import * as path from 'node:path';
import { analyzeDocument, detectFindings, LineIndex } from '../core';
import type { Claim, DocumentAnalysis, Finding, Range } from '../core';
import { pathToUri, uriToPath } from './uris';

export interface WorkspaceFolderInfo {
  uri: string;
  path: string;
  name: string;
}

export interface FileEntry {
  /** Absolute path for file: URIs, else the URI itself. */
  key: string;
  uri: string;
  path: string | null;
  /** The name the analysis uses: folder-relative path (prefixed by the folder name in multi-root). */
  file: string;
  /** The live text of open documents; null for closed files (their analysis is all that is kept). */
  text: string | null;
  analysis: DocumentAnalysis;
  open: boolean;
  /** Line index of `text`, for open documents. */
  lines: LineIndex | null;
}

/** Any span a finding can point at: a claim, an event date or a name mention. */
export interface SpanRef {
  id: string;
  entry: FileEntry;
  range: Range;
  text: string;
  claim: Claim | null;
}

export function keyOfUri(uri: string): string {
  return uriToPath(uri) ?? uri;
}

/** What makes two claims talk about the same quantity, until the engine exposes its own key. */
export function quantityKeyOf(claim: Claim): string | null {
  if (!claim.unitKey || !claim.predicate) return null;
  return `${claim.unitKey}|${claim.predicate}`;
}

export class WorkspaceModel {
  folders: WorkspaceFolderInfo[] = [];
  private readonly entries = new Map<string, FileEntry>();
  private ignoredFindings = new Set<string>();
  private findingsCache: Finding[] = [];
  private spans = new Map<string, SpanRef>();
  private findingsOfSpan = new Map<string, Finding[]>();
  private claimsOfQuantity = new Map<string, Claim[]>();
  private dirty = true;

  setFolders(folders: WorkspaceFolderInfo[]): void {
    this.folders = folders;
  }

  folderOf(key: string): WorkspaceFolderInfo | null {
    let best: WorkspaceFolderInfo | null = null;
    for (const folder of this.folders) {
      const rel = path.relative(folder.path, key);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }

  /** The analysis name of a file: folder-relative with forward slashes, prefixed by the folder in multi-root. */
  fileNameOf(key: string): string {
    const folder = this.folderOf(key);
    if (!folder) return key;
    const rel = path.relative(folder.path, key).split(path.sep).join('/');
    return this.folders.length > 1 ? `${folder.name}/${rel}` : rel;
  }

  get(key: string): FileEntry | undefined {
    return this.entries.get(key);
  }

  getByUri(uri: string): FileEntry | undefined {
    return this.entries.get(keyOfUri(uri));
  }

  all(): FileEntry[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }

  /** Stores an open document's text (analysing it) or a closed file's analysis (from the indexer). */
  set(uri: string, content: { text: string } | { analysis: DocumentAnalysis }, open = false): FileEntry {
    const key = keyOfUri(uri);
    const previous = this.entries.get(key);
    const file = this.fileNameOf(key);
    let analysis: DocumentAnalysis;
    if ('analysis' in content && content.analysis.file === file) analysis = content.analysis;
    else if ('analysis' in content) analysis = { ...content.analysis, file };
    else analysis = analyzeDocument(content.text, file);
    const text = 'text' in content ? content.text : null;
    const entry: FileEntry = {
      key,
      uri: open || !previous ? uri : previous.uri,
      path: uriToPath(uri),
      file,
      text: open ? text : null,
      analysis,
      open,
      lines: open && text !== null ? new LineIndex(text) : null,
    };
    this.entries.set(key, entry);
    this.dirty = true;
    return entry;
  }

  delete(key: string): boolean {
    const removed = this.entries.delete(key);
    if (removed) this.dirty = true;
    return removed;
  }

  /** Drops every file that is not open (before a full re-index). */
  clearClosed(): void {
    for (const [key, entry] of this.entries) if (!entry.open) this.entries.delete(key);
    this.dirty = true;
  }

  setIgnoredFindings(ids: Iterable<string>): void {
    this.ignoredFindings = new Set(ids);
    this.dirty = true;
  }

  uriOfFile(file: string): string | undefined {
    for (const entry of this.entries.values()) if (entry.file === file) return entry.uri;
    return undefined;
  }

  /** Recomputes findings and lookups when something changed since the last call. */
  refresh(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const entries = this.all();
    const analyses = entries.map((e) => e.analysis);
    this.findingsCache = detectFindings(analyses).filter((f) => !this.ignoredFindings.has(f.id));
    this.spans = new Map();
    this.claimsOfQuantity = new Map();
    for (const entry of entries) {
      const a = entry.analysis;
      for (const claim of a.claims) {
        this.spans.set(claim.id, { id: claim.id, entry, range: claim, text: claim.text, claim });
        const key = quantityKeyOf(claim);
        if (key) this.claimsOfQuantity.set(key, [...(this.claimsOfQuantity.get(key) ?? []), claim]);
      }
      for (const date of a.eventDates) this.spans.set(date.id, { id: date.id, entry, range: date, text: date.text, claim: null });
      for (const name of a.names) this.spans.set(name.id, { id: name.id, entry, range: name, text: name.name, claim: null });
    }
    this.findingsOfSpan = new Map();
    for (const finding of this.findingsCache) {
      for (const id of finding.claims) this.findingsOfSpan.set(id, [...(this.findingsOfSpan.get(id) ?? []), finding]);
    }
  }

  findings(): Finding[] {
    this.refresh();
    return this.findingsCache;
  }

  span(id: string): SpanRef | undefined {
    this.refresh();
    return this.spans.get(id);
  }

  findingsOf(spanId: string): Finding[] {
    this.refresh();
    return this.findingsOfSpan.get(spanId) ?? [];
  }

  /** Every claim of the workspace about the same quantity as this one (itself included). */
  sameQuantity(claim: Claim): Claim[] {
    this.refresh();
    const key = quantityKeyOf(claim);
    return key ? this.claimsOfQuantity.get(key) ?? [claim] : [claim];
  }

  /** The claim under a position of an indexed document (the innermost when several overlap). */
  claimAt(uri: string, line: number, character: number): Claim | undefined {
    const entry = this.getByUri(uri);
    if (!entry?.lines) return undefined;
    const offset = entry.lines.offsetAt({ line, character });
    let best: Claim | undefined;
    for (const claim of entry.analysis.claims) {
      if (claim.start <= offset && offset <= claim.end && (!best || claim.end - claim.start < best.end - best.start)) best = claim;
    }
    return best;
  }

  entryOfClaim(claim: Claim): FileEntry | undefined {
    return this.span(claim.id)?.entry;
  }
}

export { pathToUri };
