// workspace/symbol: search the claims of every file by what they count ("militants killed", "civilians").
import { SymbolKind } from 'vscode-languageserver/node';
import type { SymbolInformation, WorkspaceSymbolParams, CancellationToken } from 'vscode-languageserver/node';
import type { AnalysisService } from '../service/service';
import { checkCancelled, toLspRange } from './handlers';

export function provideWorkspaceSymbols(
  service: AnalysisService,
  params: WorkspaceSymbolParams,
  token?: CancellationToken,
): SymbolInformation[] {
  return service
    .workspaceSymbols(params.query, () => checkCancelled(token))
    .map((s) => ({
      name: s.name,
      kind: SymbolKind.Number,
      location: { uri: s.uri, range: toLspRange(s.claim) },
      containerName: s.file,
    }));
}
