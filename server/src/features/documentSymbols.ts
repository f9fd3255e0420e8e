// Document symbols: an outline of the file's claims ("at least 145 militants" — killed · Sarfraz Bugti).
import { SymbolKind } from 'vscode-languageserver/node';
import type { DocumentSymbol, DocumentSymbolParams, SymbolInformation } from 'vscode-languageserver/node';
import type { Claim } from '../core';
import type { Session } from '../session/session';
import { toLspRange } from './handlers';

export function symbolDetail(claim: Claim): string {
  return [claim.predicate, claim.attribution?.source].filter((p) => p).join(' · ');
}

export function symbolName(claim: Claim): string {
  return claim.text.replace(/\s+/g, ' ').trim() || String(claim.value.stated);
}

export function provideDocumentSymbols(session: Session, params: DocumentSymbolParams): DocumentSymbol[] | SymbolInformation[] {
  const entry = session.model.getByUri(params.textDocument.uri);
  if (!entry) return [];
  if (!session.support.hierarchicalDocumentSymbols) {
    return entry.analysis.claims.map((claim) => ({
      name: symbolName(claim),
      kind: SymbolKind.Number,
      location: { uri: entry.uri, range: toLspRange(claim) },
      containerName: symbolDetail(claim) || undefined,
    }));
  }
  return entry.analysis.claims.map((claim) => ({
    name: symbolName(claim),
    detail: symbolDetail(claim),
    kind: SymbolKind.Number,
    range: toLspRange(claim),
    selectionRange: toLspRange(claim),
  }));
}
