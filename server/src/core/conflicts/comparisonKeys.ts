// What each figure of a document counts and which story it tells, as the engine reads them: the bucket keys and
// the story fingerprint of prepareDocument. For stores that look figures up by what they count (the shared
// archive): the very functions the engine compares by, never a second version of them.
import { resolveConfig, type EngineConfig } from '../config';
import type { DocumentAnalysis } from '../types';
import { prepareDocument, UnitCanon } from './prepare';
import { MAX_POSTING, STORY_MIN_SHARED_NAMES } from './stories';

export { MAX_POSTING, STORY_MIN_SHARED_NAMES };

export interface ComparisonKeys {
  /** Claim id → the key of the bucket the engine compares that claim in; claims the engine never compares are absent. */
  counted: Map<string, string>;
  /** The names the engine tells stories apart by (two documents share at least STORY_MIN_SHARED_NAMES of them to tell one story), sorted. */
  fingerprint: string[];
}

export function comparisonKeys(doc: DocumentAnalysis, config?: Partial<EngineConfig>): ComparisonKeys {
  const resolved = resolveConfig(config);
  const prepared = prepareDocument(doc, resolved, new UnitCanon(resolved.synonyms));
  const counted = new Map<string, string>();
  for (const claim of prepared.claims) if (!claim.excluded) counted.set(claim.claim.id, claim.bucket);
  return { counted, fingerprint: [...prepared.fingerprint].sort() };
}
