// Semantic tokens as plain data: the claims of a document (contested when a finding involves them, attributed
// when someone is credited) and the attribution sources, in document order, never overlapping.
import type { LineIndex } from '../core';
import type { WorkspaceModel } from './workspace';

export interface TokenData {
  start: number;
  end: number;
  type: 'claim' | 'attribution';
  contested: boolean;
  attributed: boolean;
}

/** The tokens of an open document, with the line index their offsets are in; null when it has no text here. */
export function semanticTokens(model: WorkspaceModel, uri: string): { lines: LineIndex; tokens: TokenData[] } | null {
  const entry = model.getByUri(uri);
  if (!entry?.lines) return null;
  const all: TokenData[] = [];
  for (const claim of entry.analysis.claims) {
    all.push({
      start: claim.start,
      end: claim.end,
      type: 'claim',
      contested: model.findingsOf(claim.id).length > 0,
      attributed: Boolean(claim.attribution),
    });
  }
  for (const attribution of entry.analysis.attributions) {
    all.push({
      start: attribution.start,
      end: attribution.end,
      type: 'attribution',
      contested: false,
      attributed: false,
    });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens: TokenData[] = [];
  let covered = 0;
  for (const token of all) {
    if (token.start < covered || token.end <= token.start) continue;
    covered = token.end;
    tokens.push(token);
  }
  return { lines: entry.lines, tokens };
}
