// Workspace symbols: search the claims of every file by what they count ("militants killed", "civilians").
import { SymbolKind } from 'vscode-languageserver/node';
import type { SymbolInformation, WorkspaceSymbolParams, CancellationToken } from 'vscode-languageserver/node';
import type { Session } from '../session/session';
import { symbolName } from './documentSymbols';
import { checkCancelled, toLspRange } from './handlers';

const MAX_RESULTS = 1000;

/** Whether every word of the query occurs in what the claim counts, its verb, its text or its speaker. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w);
  const text = haystack.toLowerCase();
  return words.every((w) => text.includes(w) || (w.endsWith('s') && text.includes(w.slice(0, -1))));
}

export function provideWorkspaceSymbols(session: Session, params: WorkspaceSymbolParams, token?: CancellationToken): SymbolInformation[] {
  const results: SymbolInformation[] = [];
  for (const entry of session.model.all()) {
    checkCancelled(token);
    for (const claim of entry.analysis.claims) {
      const haystack = [claim.unit, claim.unitKey, claim.predicate, claim.text, claim.attribution?.source].filter((p) => p).join(' ');
      if (!matchesQuery(haystack, params.query)) continue;
      results.push({ name: symbolName(claim), kind: SymbolKind.Number, location: { uri: entry.uri, range: toLspRange(claim) }, containerName: entry.file });
      if (results.length >= MAX_RESULTS) return results;
    }
  }
  return results;
}
