// textDocument/codeLens: "<N> sources: 145 · 177 · 197" over each contested claim (server/src/service/lenses.ts).
// Clicking it runs the client's `crosscheck.showTimeline` with the finding id when the client said (in
// initializationOptions.commands) that it has that command; other clients get a title-only lens.
import type { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import type { AnalysisService } from '../service/service';
import { toLspRange } from './handlers';

/** The client command a lens runs, with the finding id as its only argument. */
export const SHOW_TIMELINE_COMMAND = 'crosscheck.showTimeline';

export interface CodeLensOptions {
  enabled: boolean;
  clientCommands: ReadonlySet<string>;
}

export function provideCodeLenses(
  service: AnalysisService,
  params: CodeLensParams,
  options: CodeLensOptions,
): CodeLens[] {
  if (!options.enabled) return [];
  const runs = options.clientCommands.has(SHOW_TIMELINE_COMMAND);
  return service.codeLenses(params.textDocument.uri).map(({ claim, title, findingId }) => ({
    range: toLspRange(claim),
    command: runs ? { title, command: SHOW_TIMELINE_COMMAND, arguments: [findingId] } : { title, command: '' },
  }));
}
