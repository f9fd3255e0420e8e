// The analysis core's public surface: text to claims, claims to findings. No LSP or VS Code imports
// anywhere under core/: the server, the CLI, the benchmark and the tests all call these.
import { documentKeywords } from './conflicts/prepare';
import { findMarkers } from './conflicts/suppressions';
import { isMarkdownFile } from './extract/markdown';
import { analyzeDocument as extractDocument } from './extract';
import type { AnalyzeOptions } from './extract';
import type { DocumentAnalysis } from './types';

export * from './types';
export { LineIndex } from './text/lineIndex';
export { EXTRACTOR_VERSION } from './extract';
export type { AnalyzeOptions } from './extract';
export {
  checkDocuments,
  detectFindings,
  messageFor,
  FIGURE_KINDS,
  findMarkers,
  findSuppressions,
  markedNotComparable,
  targetMatches,
  weekdayOf,
  comparisonKeys,
  MAX_POSTING,
  STORY_MIN_SHARED_NAMES,
} from './conflicts';
export type { ComparisonKeys } from './conflicts';
export { WorkspaceIndex, compareFindings } from './workspaceIndex';
export type { IndexSnapshot } from './workspaceIndex';
export {
  parseConfig,
  resolveConfig,
  declaredMeta,
  withDeclared,
  defaultConfig,
  isIncluded,
  matchesGlob,
  pathFilter,
  globMatcher,
  globProblem,
  globScan,
  FINDING_KINDS,
  DEFAULT_SEVERITIES,
  DEFAULT_SYNONYMS,
} from './config';
export type { EngineConfig, KindSetting, SourceDeclaration } from './config';
export { sourceLabel, siteName, readableFileLabel, listSources } from './sourceLabels';
export { resolveCitationStyle, styledCitationEdits, CITATION_STYLES } from './citationStyles';
export type { CitationStyleSetting, ResolvedCitationStyle } from './citationStyles';
export * from './report';

/** Claims, attributions, dates and names of one document, plus its inline `crosscheck-ignore` and `crosscheck-not-comparable` markers and keywords. */
export function analyzeDocument(text: string, file: string, options?: AnalyzeOptions): DocumentAnalysis {
  const doc = extractDocument(text, file, options);
  const markers = findMarkers(text, isMarkdownFile(file));
  doc.suppressions = markers.suppressions;
  if (markers.notComparable.length) doc.notComparable = markers.notComparable;
  // A marker line is not prose: "crosscheck-not-comparable: 40 militants" gives no claim.
  if (markers.markerLines.length) {
    const markerLines = new Set(markers.markerLines);
    doc.claims = doc.claims.filter((claim) => !markerLines.has(claim.line));
  }
  doc.keywords ??= documentKeywords(text);
  return doc;
}
