// Inlay hints (setting crosscheck.inlayHints, off by default): after a contested figure, the figures other
// files give, e.g. " 177 · 197 elsewhere".
import { InlayHintKind } from 'vscode-languageserver/node';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver/node';
import type { Claim } from '../core';
import type { Session } from '../session/session';
import { disagreeingClaims, numberLabel } from './describe';
import { intersects } from './handlers';

export function inlayLabel(session: Session, claim: Claim): string | null {
  const figures = [...new Set(disagreeingClaims(session, claim).map(numberLabel))];
  return figures.length ? `${figures.join(' · ')} elsewhere` : null;
}

export function provideInlayHints(session: Session, params: InlayHintParams): InlayHint[] {
  if (!session.settings.inlayHints) return [];
  const entry = session.model.getByUri(params.textDocument.uri);
  if (!entry) return [];
  const hints: InlayHint[] = [];
  for (const claim of entry.analysis.claims) {
    if (!intersects(params.range, claim)) continue;
    const label = inlayLabel(session, claim);
    if (label) hints.push({ position: { line: claim.endLine, character: claim.endCharacter }, label, kind: InlayHintKind.Parameter, paddingLeft: true });
  }
  return hints;
}
