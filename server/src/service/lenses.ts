// Code lenses and inlay hints: one line over a contested claim ("3 sources: 145 · 177 · 197", or "this file: 30 · 42"
// when its finding is within one file) and the figures other files give after it ("177 · 197 elsewhere").
import type { Claim } from '../core';
import { disagreeingClaims, findingsOfClaim, numberLabel } from './describe';
import type { WorkspaceModel } from './workspace';

export interface LensData {
  claim: Claim;
  title: string;
  findingId: string;
}

export interface InlayHintData {
  claim: Claim;
  label: string;
}

/** The lens title of a claim in a finding, or null when no finding involves it. */
export function lensTitle(model: WorkspaceModel, claim: Claim): string | null {
  const finding = findingsOfClaim(model, claim)[0];
  if (!finding) return null;
  const claims = finding.claims.map((id) => model.span(id)?.claim).filter((c): c is Claim => !!c);
  if (!claims.some((c) => c.id === claim.id)) claims.push(claim);
  const files = new Set(claims.map((c) => c.file)).size;
  const lowOf = (c: Claim) => (Array.isArray(c.value.stated) ? c.value.stated[0] : c.value.stated);
  const figures = [...new Map(claims.sort((a, b) => lowOf(a) - lowOf(b)).map((c) => [numberLabel(c), true])).keys()];
  return `${files === 1 ? 'this file' : `${files} sources`}: ${figures.join(' · ')}`;
}

/** A lens over each claim of the document that a finding involves. */
export function codeLenses(model: WorkspaceModel, uri: string): LensData[] {
  const entry = model.getByUri(uri);
  if (!entry) return [];
  const lenses: LensData[] = [];
  // The title depends on the claim's first finding only: computed once per finding.
  const titles = new Map<string, string | null>();
  for (const claim of entry.analysis.claims) {
    const findingId = findingsOfClaim(model, claim)[0]?.id;
    if (findingId === undefined) continue;
    if (!titles.has(findingId)) titles.set(findingId, lensTitle(model, claim));
    const title = titles.get(findingId);
    if (title) lenses.push({ claim, title, findingId });
  }
  return lenses;
}

export function inlayLabel(model: WorkspaceModel, claim: Claim): string | null {
  const figures = [...new Set(disagreeingClaims(model, claim).map(numberLabel))];
  return figures.length ? `${figures.join(' · ')} elsewhere` : null;
}

/** The hints of the document's claims that `inRange` keeps. */
export function inlayHints(model: WorkspaceModel, uri: string, inRange: (claim: Claim) => boolean): InlayHintData[] {
  const entry = model.getByUri(uri);
  if (!entry) return [];
  const hints: InlayHintData[] = [];
  for (const claim of entry.analysis.claims) {
    if (!inRange(claim)) continue;
    const label = inlayLabel(model, claim);
    if (label) hints.push({ claim, label });
  }
  return hints;
}
