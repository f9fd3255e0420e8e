// References (Shift+F12) on a claim: every mention of the same quantity across the workspace.
import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import type { Session } from '../session/session';
import { competingClaims, uriOf } from './describe';
import { toLspRange } from './handlers';

export function provideReferences(session: Session, params: ReferenceParams): Location[] {
  const claim = session.model.claimAt(params.textDocument.uri, params.position.line, params.position.character);
  if (!claim) return [];
  const locations: Location[] = [];
  for (const other of competingClaims(session, claim)) {
    if (other.id === claim.id && !params.context.includeDeclaration) continue;
    const uri = uriOf(session, other);
    if (uri) locations.push({ uri, range: toLspRange(other) });
  }
  return locations;
}
