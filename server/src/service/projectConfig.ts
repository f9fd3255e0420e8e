// `.crosscheck.json` at a workspace folder's root (parsed by the core's parseConfig): merging the folders'
// files for the one WorkspaceIndex, and rewriting a file for "ignore this finding" without dropping any key.

import { parseConfig } from '../core';
import type { EngineConfig } from '../core';

/** The name of a workspace folder's own configuration file. */
export const PROJECT_CONFIG_NAME = '.crosscheck.json';

/** What the editor's settings say about the engine (the rest of the settings are the server's). */
export interface EngineSettings {
  severities: Record<string, string>;
  unattributed: boolean;
}

/**
 * The engine's one configuration for the workspace: the settings' severities and "unattributed", overridden
 * by the first folder's `.crosscheck.json` (raw object, so that only the keys it sets override), with every
 * folder's "ignore" list and "notComparable" figures. Goes through parseConfig, so bad values are reported the same way.
 */
export function engineConfigFrom(
  settings: EngineSettings,
  folderConfigs: Record<string, unknown>[],
): { config: EngineConfig; errors: string[] } {
  const first = folderConfigs[0] ?? {};
  const combined: Record<string, unknown> = { ...first };
  const firstSeverities =
    first.severities && typeof first.severities === 'object' ? (first.severities as Record<string, unknown>) : {};
  combined.severities = { ...settings.severities, ...firstSeverities };
  if (!('unattributed' in first) && settings.unattributed && !('unattributed' in (combined.severities as object)))
    combined.unattributed = true;
  const ignore = folderConfigs.flatMap((c) => (Array.isArray(c.ignore) ? c.ignore : []));
  if (ignore.length) combined.ignore = [...new Set(ignore)];
  const notComparable = folderConfigs.filter(
    (c) => c.notComparable && typeof c.notComparable === 'object' && !Array.isArray(c.notComparable),
  );
  if (notComparable.length > 1)
    combined.notComparable = Object.assign({}, ...notComparable.map((c) => c.notComparable));
  return parseConfig(JSON.stringify(combined));
}

/** The object a `.crosscheck.json` holds (an empty one when it is missing or not an object). */
function configRecord(existingText: string | null): Record<string, unknown> {
  if (existingText === null) return {};
  try {
    const parsed: unknown = JSON.parse(existingText);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // A file that is not JSON is rewritten from nothing, as the editor shows before it is applied.
  }
  return {};
}

/** The text of `.crosscheck.json` once `findingId` is added to its "ignore" list (other keys kept). */
export function withIgnoredFinding(existingText: string | null, findingId: string): string {
  const record = configRecord(existingText);
  const ignore = Array.isArray(record.ignore) ? record.ignore.filter((v): v is string => typeof v === 'string') : [];
  if (!ignore.includes(findingId)) ignore.push(findingId);
  return JSON.stringify({ ...record, ignore }, null, 2) + '\n';
}

/** The text of `.crosscheck.json` once `figure` of the files `glob` matches is in its "notComparable" map (other keys kept). */
export function withNotComparable(existingText: string | null, glob: string, figure: string): string {
  const record = configRecord(existingText);
  const existing =
    record.notComparable && typeof record.notComparable === 'object' && !Array.isArray(record.notComparable)
      ? (record.notComparable as Record<string, unknown>)
      : {};
  const figures = Array.isArray(existing[glob])
    ? (existing[glob] as unknown[]).filter((v): v is string => typeof v === 'string')
    : [];
  if (!figures.includes(figure)) figures.push(figure);
  return JSON.stringify({ ...record, notComparable: { ...existing, [glob]: figures } }, null, 2) + '\n';
}
