// References (Shift+F12) on a claim: every mention of the same quantity across the workspace: the claims of
// its findings and every claim that counts the same thing with the same verb, in time order.
import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import type { Claim } from '../core';
import type { Session } from '../session/session';
import { competingClaims, uriOf } from './describe';
import { toLspRange } from './handlers';

export function provideReferences(session: Session, params: ReferenceParams): Location[] {
  const claim = session.model.claimAt(params.textDocument.uri, params.position.line, params.position.character);
  if (!claim) return [];
  const mentions = new Map<string, Claim>();
  for (const other of [...competingClaims(session, claim), ...session.model.sameQuantity(claim)]) mentions.set(other.id, other);
  const locations: Location[] = [];
  for (const other of mentions.values()) {
    if (other.id === claim.id && !params.context.includeDeclaration) continue;
    const uri = uriOf(session, other);
    if (uri) locations.push({ uri, range: toLspRange(other) });
  }
  return locations;
}
