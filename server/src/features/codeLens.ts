// Code lens over each contested claim: "<N> sources: 145 · 177 · 197" (N distinct files, figures ascending).
// Clicking it runs the client's `crosscheck.showTimeline` with the finding id when the client said (in
// initializationOptions.commands) that it has that command; other clients get a title-only lens.
import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import type { Claim } from '../core';
import type { Session } from '../session/session';
import { findingsOfClaim, numberLabel } from './describe';
import { toLspRange } from './handlers';

/** The lens title of a claim in a finding, or null when no finding involves it. */
export function lensTitle(session: Session, claim: Claim): string | null {
  const finding = findingsOfClaim(session, claim)[0];
  if (!finding) return null;
  const claims = finding.claims.map((id) => session.model.span(id)?.claim).filter((c): c is Claim => !!c);
  if (!claims.some((c) => c.id === claim.id)) claims.push(claim);
  const files = new Set(claims.map((c) => c.file)).size;
  const lowOf = (c: Claim) => (Array.isArray(c.value.stated) ? c.value.stated[0] : c.value.stated);
  const figures = [...new Map(claims.sort((a, b) => lowOf(a) - lowOf(b)).map((c) => [numberLabel(c), true])).keys()];
  return `${files} ${files === 1 ? 'source' : 'sources'}: ${figures.join(' · ')}`;
}

/** The client command a lens runs, with the finding id as its only argument. */
export const SHOW_TIMELINE_COMMAND = 'crosscheck.showTimeline';

export function provideCodeLenses(session: Session, params: CodeLensParams): CodeLens[] {
  if (!session.settings.codeLens) return [];
  const entry = session.model.getByUri(params.textDocument.uri);
  if (!entry) return [];
  const lenses: CodeLens[] = [];
  // The title depends on the claim's first finding only: computed once per finding.
  const titles = new Map<string, string | null>();
  for (const claim of entry.analysis.claims) {
    const findingId = findingsOfClaim(session, claim)[0]?.id;
    if (findingId === undefined) continue;
    if (!titles.has(findingId)) titles.set(findingId, lensTitle(session, claim));
    const title = titles.get(findingId);
    if (!title) continue;
    const command = session.clientCommands.has(SHOW_TIMELINE_COMMAND) ? { title, command: SHOW_TIMELINE_COMMAND, arguments: [findingId] } : { title, command: '' };
    lenses.push({ range: toLspRange(claim), command });
  }
  return lenses;
}
