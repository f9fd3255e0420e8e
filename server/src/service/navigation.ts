// References and symbols: every mention of the quantity a claim counts, the outline of a file's claims, and the
// claims of the workspace that match a search.
import type { Claim } from '../core';
import { competingClaims, uriOf } from './describe';
import type { WorkspaceModel } from './workspace';

/** A claim and the URI of the document it stands in. */
export interface ClaimLocation {
  uri: string;
  claim: Claim;
}

export interface WorkspaceSymbolData extends ClaimLocation {
  name: string;
  /** The analysis name of the file. */
  file: string;
}

const MAX_WORKSPACE_SYMBOLS = 1000;

/**
 * Every mention of the same quantity across the workspace as the claim at the offset: the claims of its findings
 * and every claim that counts the same thing with the same verb, in time order.
 */
export function referencesAt(
  model: WorkspaceModel,
  uri: string,
  offset: number,
  includeDeclaration: boolean,
): ClaimLocation[] {
  const claim = model.claimAtOffset(uri, offset);
  if (!claim) return [];
  const mentions = new Map<string, Claim>();
  for (const other of [...competingClaims(model, claim), ...model.sameQuantity(claim)]) mentions.set(other.id, other);
  const locations: ClaimLocation[] = [];
  for (const other of mentions.values()) {
    if (other.id === claim.id && !includeDeclaration) continue;
    const otherUri = uriOf(model, other);
    if (otherUri) locations.push({ uri: otherUri, claim: other });
  }
  return locations;
}

/** "killed · Sarfraz Bugti": the verb and the speaker of a claim. */
export function symbolDetail(claim: Claim): string {
  return [claim.predicate, claim.attribution?.source].filter((p) => p).join(' · ');
}

export function symbolName(claim: Claim): string {
  return claim.text.replace(/\s+/g, ' ').trim() || String(claim.value.stated);
}

/** The claims of a document, in its order (an outline), with the URI it was stored under. */
export function documentClaims(model: WorkspaceModel, uri: string): ClaimLocation[] {
  const entry = model.getByUri(uri);
  return entry ? entry.analysis.claims.map((claim) => ({ uri: entry.uri, claim })) : [];
}

/** Whether every word of the query occurs in what the claim counts, its verb, its text or its speaker. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w);
  const text = haystack.toLowerCase();
  return words.every((w) => text.includes(w) || (w.endsWith('s') && text.includes(w.slice(0, -1))));
}

/** The claims of the workspace that match a query (at most 1,000); `checkpoint` runs before each file (cancellation). */
export function workspaceSymbols(
  model: WorkspaceModel,
  query: string,
  checkpoint: () => void = () => undefined,
): WorkspaceSymbolData[] {
  const results: WorkspaceSymbolData[] = [];
  for (const entry of model.all()) {
    if (entry.archived) continue;
    checkpoint();
    for (const claim of entry.analysis.claims) {
      const haystack = [claim.unit, claim.unitKey, claim.predicate, claim.text, claim.attribution?.source]
        .filter((p) => p)
        .join(' ');
      if (!matchesQuery(haystack, query)) continue;
      results.push({ uri: entry.uri, claim, name: symbolName(claim), file: entry.file });
      if (results.length >= MAX_WORKSPACE_SYMBOLS) return results;
    }
  }
  return results;
}
