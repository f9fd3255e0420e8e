// textDocument/references (Shift+F12) on a claim: every mention of the same quantity (server/src/service/navigation.ts).
import type { Location, ReferenceParams } from 'vscode-languageserver/node';
import type { AnalysisService } from '../service/service';
import { toLspRange } from './handlers';

export function provideReferences(service: AnalysisService, params: ReferenceParams): Location[] {
  const { uri } = params.textDocument;
  const offset = service.offsetAt(uri, params.position);
  if (offset === null) return [];
  return service
    .references(uri, offset, params.context.includeDeclaration)
    .map((l) => ({ uri: l.uri, range: toLspRange(l.claim) }));
}
