// `.crosscheck.json` at a workspace folder's root: extra include/exclude globs and ignored findings.
// Read here until the engine's parseConfig lands; unknown keys are kept so that rewriting the file for
// "ignore this finding" never drops what someone else put there.

export interface ProjectConfig {
  include: string[];
  exclude: string[];
  /** Finding ids that are never reported. */
  ignore: string[];
  /** Problems found while reading the file, for the log. */
  problems: string[];
}

export const EMPTY_PROJECT_CONFIG: ProjectConfig = { include: [], exclude: [], ignore: [], problems: [] };

function strings(value: unknown, key: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  problems.push(`"${key}" must be an array of strings`);
  return [];
}

export function parseProjectConfig(text: string): ProjectConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ...EMPTY_PROJECT_CONFIG, problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ...EMPTY_PROJECT_CONFIG, problems: ['must be a JSON object'] };
  }
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];
  return {
    include: strings(record.include, 'include', problems),
    exclude: strings(record.exclude, 'exclude', problems),
    ignore: strings(record.ignore, 'ignore', problems),
    problems,
  };
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
