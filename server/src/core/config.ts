// The workspace's `.crosscheck.json`: what the conflict engine reports and how loudly.
// parseConfig never throws: bad values and unknown keys come back as messages, and the defaults stand in.
import type { FindingKind, Severity } from './types';

export type KindSetting = Severity | 'off';

export interface EngineConfig {
  /** Canonical counted noun → other nouns counted as the same thing (lower case, singular or plural). */
  synonyms: Record<string, string[]>;
  /** Severity of each kind of finding; 'off' turns the kind off. */
  severities: Record<FindingKind, KindSetting>;
  /** Findings to drop: a kind ("name-variant"), a full finding id, or an id prefix ending at "/" ("conflict/militants-killed"). */
  ignore: string[];
  /** Glob patterns (workspace-relative, forward slashes) of the files to read. */
  include: string[];
  /** Glob patterns of files never read. */
  exclude: string[];
}

export const FINDING_KINDS: readonly FindingKind[] = [
  'conflict', 'revision', 'internal', 'attributed', 'date', 'weekday', 'name-variant', 'unattributed',
];

export const DEFAULT_SEVERITIES: Readonly<Record<FindingKind, KindSetting>> = {
  conflict: 'warning',
  revision: 'information',
  internal: 'warning',
  attributed: 'information',
  date: 'warning',
  weekday: 'warning',
  'name-variant': 'hint',
  unattributed: 'off',
};

/** Conservative on purpose: "fighters" and "attackers" are not "militants" unless a workspace says so. */
export const DEFAULT_SYNONYMS: Readonly<Record<string, string[]>> = {
  militant: ['insurgent', 'terrorist', 'rebel'],
  'security personnel': [
    'security force personnel', 'security forces personnel', 'member of law enforcement agencies',
    'law enforcement personnel', 'police and security personnel', 'security official',
  ],
  person: ['people', 'individual'],
  civilian: ['non-combatant'],
  soldier: ['troop', 'serviceman'],
};

export function defaultConfig(): EngineConfig {
  return {
    synonyms: Object.fromEntries(Object.entries(DEFAULT_SYNONYMS).map(([k, v]) => [k, [...v]])),
    severities: { ...DEFAULT_SEVERITIES },
    ignore: [],
    include: ['**/*.txt', '**/*.md'],
    exclude: ['**/node_modules/**', '**/.git/**'],
  };
}

/** Fills what a partial config leaves out with the defaults (synonyms are added to the defaults, not replacing them). */
export function resolveConfig(partial?: Partial<EngineConfig>): EngineConfig {
  const base = defaultConfig();
  if (!partial) return base;
  const synonyms = { ...base.synonyms };
  for (const [key, values] of Object.entries(partial.synonyms ?? {})) {
    synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...values])];
  }
  return {
    synonyms,
    severities: { ...base.severities, ...(partial.severities ?? {}) },
    ignore: partial.ignore ?? base.ignore,
    include: partial.include ?? base.include,
    exclude: partial.exclude ?? base.exclude,
  };
}

const SETTINGS: readonly KindSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const KNOWN_KEYS = ['$schema', 'synonyms', 'severities', 'ignore', 'include', 'exclude', 'unattributed'];

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `"${value}"` : typeof value === 'object' ? 'an object' : String(value);
}

/**
 * Parses `.crosscheck.json`. Example:
 * { "ignore": ["name-variant"], "severities": { "conflict": "error" }, "synonyms": { "militant": ["fighter"] },
 *   "include": ["**\/*.md"], "exclude": ["drafts/**"], "unattributed": true }
 */
export function parseConfig(jsonText: string): { config: EngineConfig; errors: string[] } {
  const errors: string[] = [];
  const config = defaultConfig();
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText.replace(/^\uFEFF/, '').trim() === '' ? '{}' : jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { config, errors: [`.crosscheck.json is not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config, errors: [`.crosscheck.json must hold an object, not ${describe(raw)}`] };
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.includes(key)) errors.push(`unknown key "${key}" (known keys: ${KNOWN_KEYS.slice(1).join(', ')})`);
  }
  for (const key of ['ignore', 'include', 'exclude'] as const) {
    if (!(key in input)) continue;
    const value = input[key];
    if (isStringArray(value)) config[key] = [...value];
    else errors.push(`"${key}" must be an array of strings, not ${describe(value)}`);
  }
  if ('severities' in input) {
    const value = input.severities;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`"severities" must be an object such as { "conflict": "error" }, not ${describe(value)}`);
    } else {
      for (const [kind, setting] of Object.entries(value)) {
        if (!(FINDING_KINDS as readonly string[]).includes(kind)) {
          errors.push(`"severities.${kind}": unknown kind of finding (kinds: ${FINDING_KINDS.join(', ')})`);
        } else if (typeof setting !== 'string' || !(SETTINGS as readonly string[]).includes(setting)) {
          errors.push(`"severities.${kind}" must be one of ${SETTINGS.join(', ')}, not ${describe(setting)}`);
        } else {
          config.severities[kind as FindingKind] = setting as KindSetting;
        }
      }
    }
  }
  if ('unattributed' in input) {
    const value = input.unattributed;
    if (typeof value !== 'boolean') errors.push(`"unattributed" must be true or false, not ${describe(value)}`);
    else if (!('severities' in input && typeof input.severities === 'object' && input.severities !== null && 'unattributed' in input.severities)) {
      config.severities.unattributed = value ? 'hint' : 'off';
    }
  }
  if ('synonyms' in input) {
    const value = input.synonyms;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`"synonyms" must be an object such as { "militant": ["fighter"] }, not ${describe(value)}`);
    } else {
      for (const [canonical, list] of Object.entries(value)) {
        if (!isStringArray(list)) {
          errors.push(`"synonyms.${canonical}" must be an array of strings, not ${describe(list)}`);
        } else if (canonical.trim() === '') {
          errors.push('"synonyms" has an empty key');
        } else {
          const key = canonical.trim().toLowerCase();
          config.synonyms[key] = [...new Set([...(config.synonyms[key] ?? []), ...list.map((s) => s.trim().toLowerCase())])];
        }
      }
    }
  }
  return { config, errors };
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      source += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const globCache = new Map<string, RegExp>();

export function matchesGlob(file: string, glob: string): boolean {
  let pattern = globCache.get(glob);
  if (!pattern) globCache.set(glob, (pattern = globToRegExp(glob)));
  return pattern.test(file.replace(/\\/g, '/').replace(/^\.\//, ''));
}

/** Whether a workspace-relative path is read under the config's include and exclude globs. */
export function isIncluded(config: Pick<EngineConfig, 'include' | 'exclude'>, file: string): boolean {
  return config.include.some((glob) => matchesGlob(file, glob)) && !config.exclude.some((glob) => matchesGlob(file, glob));
}
