// textDocument/semanticTokens/full: the service's tokens (server/src/service/tokens.ts) in LSP's encoding: type
// "claim" (modifiers "contested", "attributed") or "attribution", split at line ends (clients without multiline
// token support).
import { SemanticTokensBuilder } from 'vscode-languageserver/node';
import type { SemanticTokens, SemanticTokensLegend, SemanticTokensParams } from 'vscode-languageserver/node';
import type { AnalysisService } from '../service/service';

export const TOKEN_TYPES = ['claim', 'attribution'] as const;
export const TOKEN_MODIFIERS = ['contested', 'attributed'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

export function provideSemanticTokens(service: AnalysisService, params: SemanticTokensParams): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const found = service.semanticTokens(params.textDocument.uri);
  if (!found) return builder.build();
  const { lines, tokens } = found;
  for (const token of tokens) {
    const type = TOKEN_TYPES.indexOf(token.type);
    let modifiers = 0;
    if (token.contested) modifiers |= 1 << TOKEN_MODIFIERS.indexOf('contested');
    if (token.attributed) modifiers |= 1 << TOKEN_MODIFIERS.indexOf('attributed');
    const from = lines.positionAt(token.start);
    const to = lines.positionAt(token.end);
    for (let line = from.line; line <= to.line; line++) {
      const startChar = line === from.line ? from.character : 0;
      const endChar = line === to.line ? to.character : lines.lineEnd(line) - lines.offsetAt({ line, character: 0 });
      if (endChar > startChar) builder.push(line, startChar, endChar - startChar, type, modifiers);
    }
  }
  return builder.build();
}
