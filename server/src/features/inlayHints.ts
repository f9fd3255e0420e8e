// textDocument/inlayHint (setting crosscheck.inlayHints, off by default): after a contested figure, the figures
// other files give, e.g. " 177 · 197 elsewhere" (server/src/service/lenses.ts).
import { InlayHintKind } from 'vscode-languageserver/node';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver/node';
import type { AnalysisService } from '../service/service';
import { fromLspRange } from './handlers';

export function provideInlayHints(service: AnalysisService, params: InlayHintParams, enabled: boolean): InlayHint[] {
  if (!enabled) return [];
  return service.inlayHints(params.textDocument.uri, fromLspRange(params.range)).map(({ claim, label }) => ({
    position: { line: claim.endLine, character: claim.endCharacter },
    label,
    kind: InlayHintKind.Parameter,
    paddingLeft: true,
  }));
}
