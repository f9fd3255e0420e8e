// textDocument/hover: the service's hover content (server/src/service/hover.ts) as an LSP Hover.
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import type { AnalysisService } from '../service/service';
import { toLspRange } from './handlers';

export function provideHover(service: AnalysisService, params: HoverParams): Hover | null {
  const { uri } = params.textDocument;
  const offset = service.offsetAt(uri, params.position);
  if (offset === null) return null;
  const hover = service.hover(uri, offset);
  return hover && { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toLspRange(hover.range) };
}
