// textDocument/documentSymbol: an outline of the file's claims ("at least 145 militants" — killed · Sarfraz Bugti).
import { SymbolKind } from 'vscode-languageserver/node';
import type { DocumentSymbol, DocumentSymbolParams, SymbolInformation } from 'vscode-languageserver/node';
import { symbolDetail, symbolName } from '../service/navigation';
import type { AnalysisService } from '../service/service';
import { toLspRange } from './handlers';

export function provideDocumentSymbols(
  service: AnalysisService,
  params: DocumentSymbolParams,
  hierarchical: boolean,
): DocumentSymbol[] | SymbolInformation[] {
  const claims = service.documentClaims(params.textDocument.uri);
  if (!hierarchical) {
    return claims.map(({ uri, claim }) => ({
      name: symbolName(claim),
      kind: SymbolKind.Number,
      location: { uri, range: toLspRange(claim) },
      containerName: symbolDetail(claim) || undefined,
    }));
  }
  return claims.map(({ claim }) => ({
    name: symbolName(claim),
    detail: symbolDetail(claim),
    kind: SymbolKind.Number,
    range: toLspRange(claim),
    selectionRange: toLspRange(claim),
  }));
}
