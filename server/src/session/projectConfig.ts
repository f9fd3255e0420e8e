// `.crosscheck.json` at a workspace folder's root (parsed by the core's parseConfig): merging the folders'
// files for the one WorkspaceIndex, and rewriting a file for "ignore this finding" without dropping any key.

import { resolveConfig } from '../core';
import type { EngineConfig } from '../core';

/** One configuration for the workspace's single index: the first folder's, with every folder's "ignore" list. */
export function mergedConfig(configs: EngineConfig[]): Partial<EngineConfig> | undefined {
  if (!configs.length) return undefined;
  const ignore = [...new Set(configs.flatMap((c) => c.ignore))];
  return resolveConfig({ ...configs[0], ignore });
}

/** The text of `.crosscheck.json` once `findingId` is added to its "ignore" list (other keys kept). */
export function withIgnoredFinding(existingText: string | null, findingId: string): string {
  let record: Record<string, unknown> = {};
  if (existingText !== null) {
    try {
      const parsed: unknown = JSON.parse(existingText);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) record = parsed as Record<string, unknown>;
    } catch {
      record = {};
    }
  }
  const ignore = Array.isArray(record.ignore) ? record.ignore.filter((v): v is string => typeof v === 'string') : [];
  if (!ignore.includes(findingId)) ignore.push(findingId);
  return JSON.stringify({ ...record, ignore }, null, 2) + '\n';
}
