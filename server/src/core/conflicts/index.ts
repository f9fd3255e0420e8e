// The conflict engine's public surface. detectFindings(docs) fills a WorkspaceIndex from scratch, so a
// server that keeps one index up to date incrementally always reports exactly what a fresh run would.
import type { EngineConfig } from '../config';
import type { DocumentAnalysis, Finding } from '../types';
import { WorkspaceIndex } from '../workspaceIndex';

export function detectFindings(docs: DocumentAnalysis[], config?: Partial<EngineConfig>): Finding[] {
  // The findings alone: the unmatched files (a pass over every file's buckets) are checkDocuments' to look for.
  const index = new WorkspaceIndex(config);
  index.setMany(docs);
  return index.findings();
}

/** The findings of these documents, and the files whose figures matched no story (see WorkspaceIndex.unmatchedFiles). */
export function checkDocuments(
  docs: DocumentAnalysis[],
  config?: Partial<EngineConfig>,
): { findings: Finding[]; unmatched: string[] } {
  const index = new WorkspaceIndex(config);
  index.setMany(docs);
  return { findings: index.findings(), unmatched: index.unmatchedFiles() };
}

export { messageFor, FIGURE_KINDS } from './messages';
export { findMarkers, findSuppressions, markedNotComparable, targetMatches } from './suppressions';
export { weekdayOf } from './dates';
export { areVariants } from './names';
export { canonicalPredicate, normalizeNounPhrase, UnitCanon } from './prepare';
export { comparisonKeys, MAX_POSTING, STORY_MIN_SHARED_NAMES } from './comparisonKeys';
export type { ComparisonKeys } from './comparisonKeys';
