// Semantic tokens: claims (type "claim", modifier "contested" when a finding involves them, "attributed"
// when someone is credited) and attribution sources (type "attribution"). Tokens never overlap and are
// split at line ends (clients without multiline token support).
import { SemanticTokensBuilder } from 'vscode-languageserver/node';
import type { SemanticTokens, SemanticTokensLegend, SemanticTokensParams } from 'vscode-languageserver/node';
import type { AnalysisService } from '../service/service';

export const TOKEN_TYPES = ['claim', 'attribution'] as const;
export const TOKEN_MODIFIERS = ['contested', 'attributed'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

export function provideSemanticTokens(service: AnalysisService, params: SemanticTokensParams): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const entry = service.model.getByUri(params.textDocument.uri);
  if (!entry?.lines) return builder.build();
  const tokens: Token[] = [];
  for (const claim of entry.analysis.claims) {
    let modifiers = 0;
    if (service.model.findingsOf(claim.id).length) modifiers |= 1 << TOKEN_MODIFIERS.indexOf('contested');
    if (claim.attribution) modifiers |= 1 << TOKEN_MODIFIERS.indexOf('attributed');
    tokens.push({ start: claim.start, end: claim.end, type: TOKEN_TYPES.indexOf('claim'), modifiers });
  }
  for (const attribution of entry.analysis.attributions) {
    tokens.push({ start: attribution.start, end: attribution.end, type: TOKEN_TYPES.indexOf('attribution'), modifiers: 0 });
  }
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  let covered = 0;
  const lines = entry.lines;
  for (const token of tokens) {
    if (token.start < covered || token.end <= token.start) continue;
    covered = token.end;
    const from = lines.positionAt(token.start);
    const to = lines.positionAt(token.end);
    for (let line = from.line; line <= to.line; line++) {
      const startChar = line === from.line ? from.character : 0;
      const endChar = line === to.line ? to.character : lines.lineEnd(line) - lines.offsetAt({ line, character: 0 });
      if (endChar > startChar) builder.push(line, startChar, endChar - startChar, token.type, token.modifiers);
    }
  }
  return builder.build();
}
