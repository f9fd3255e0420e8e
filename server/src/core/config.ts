// The workspace's `.crosscheck.json`: what the conflict engine reports and how loudly.
// parseConfig never throws: bad values and unknown keys come back as messages, and the defaults stand in.
import picomatch from 'picomatch';
import { CITATION_STYLES } from './citationStyles';
import { siteName } from './sourceLabels';
import type { CitationStyleSetting } from './citationStyles';
import type { DocumentMeta, FindingKind, Severity } from './types';

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
  /** What the user declares about files (outlet, date, title, URL, author), by glob: the later glob wins a field. */
  sources: SourceDeclaration[];
  /** The citation style of quick fixes, or null to leave it to the editor's setting `crosscheck.citationStyle`. */
  citationStyle: CitationStyleSetting | null;
  /** Figures compared with nothing (a different count), by glob of the files that write them: "notComparable". */
  notComparable: NotComparableDeclaration[];
}

/** `"**\/003_*.txt": ["197 militants"]` of `.crosscheck.json`'s "notComparable": figures as written, normalised. */
export interface NotComparableDeclaration {
  glob: string;
  figures: string[];
}

/** `"wires/ap-*.txt": { "outlet": "AP" }` of `.crosscheck.json`'s "sources". */
export interface SourceDeclaration {
  glob: string;
  meta: Partial<DocumentMeta>;
}

const DECLARED_FIELDS = ['outlet', 'date', 'title', 'url', 'author'] as const;

export const FINDING_KINDS: readonly FindingKind[] = [
  'conflict',
  'revision',
  'internal',
  'attributed',
  'date',
  'weekday',
  'name-variant',
  'unattributed',
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
    'security force personnel',
    'security forces personnel',
    'member of law enforcement agencies',
    'law enforcement personnel',
    'police and security personnel',
    'security official',
  ],
  // A crowd's size counts people ("police estimated the crowd at 15,000").
  person: ['people', 'individual', 'crowd'],
  civilian: ['non-combatant'],
  soldier: ['troop', 'serviceman', 'service member', 'servicemember'],
  protester: ['demonstrator', 'protestor', 'marcher'],
  // One set of people or things in other words (the kinds of a thing are the engine's: KINDS_OF_THINGS in
  // conflicts/prepare.ts): outlets write "employees" for "workers", "pupils" for "students", "homes" for "houses",
  // "parishioners" for "worshippers", "handsets" for "phones" (scripts/noun-pairs.ts: one figure of one event under
  // two nouns).
  worker: ['employee', 'co-worker', 'coworker', 'staff', 'staffer', 'staff member', 'workman'],
  student: ['pupil'],
  house: ['home', 'dwelling'],
  car: ['automobile'],
  plane: ['airplane', 'aeroplane'],
  traveller: ['traveler'],
  worshipper: ['parishioner', 'congregant'],
  phone: ['handset'],
  firefighter: ['fireman', 'fire fighter'],
};

/** An object with no prototype, so that keys read from user JSON ("constructor", "__proto__") are plain keys. */
function dictionary<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const result = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) result[key] = value;
  return result;
}

export function defaultConfig(): EngineConfig {
  return {
    synonyms: dictionary(Object.entries(DEFAULT_SYNONYMS).map(([k, v]) => [k, [...v]] as const)),
    severities: { ...DEFAULT_SEVERITIES },
    ignore: [],
    include: ['**/*.txt', '**/*.md'],
    exclude: ['**/node_modules/**', '**/.git/**'],
    sources: [],
    citationStyle: null,
    notComparable: [],
  };
}

/** Fills what a partial config leaves out with the defaults (synonyms are added to the defaults, not replacing them). */
export function resolveConfig(partial?: Partial<EngineConfig>): EngineConfig {
  const base = defaultConfig();
  if (!partial) return base;
  const synonyms = dictionary(Object.entries(base.synonyms));
  for (const [key, values] of Object.entries(partial.synonyms ?? {})) {
    if (!Array.isArray(values)) continue;
    synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...values])];
  }
  return {
    synonyms,
    severities: { ...base.severities, ...knownSeverities(partial.severities) },
    ignore: partial.ignore ?? base.ignore,
    include: partial.include ?? base.include,
    exclude: partial.exclude ?? base.exclude,
    sources: partial.sources ?? base.sources,
    citationStyle: partial.citationStyle ?? base.citationStyle,
    notComparable: partial.notComparable ?? base.notComparable,
  };
}

const SETTINGS: readonly KindSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The severities of known kinds only, so that no other key reaches the engine's table. */
function knownSeverities(
  severities: Partial<Record<FindingKind, KindSetting>> | undefined,
): Partial<Record<FindingKind, KindSetting>> {
  const known: Partial<Record<FindingKind, KindSetting>> = {};
  for (const kind of FINDING_KINDS) {
    const setting = severities && Object.prototype.hasOwnProperty.call(severities, kind) ? severities[kind] : undefined;
    if (setting !== undefined && SETTINGS.includes(setting)) known[kind] = setting;
  }
  return known;
}
const KNOWN_KEYS = [
  '$schema',
  'synonyms',
  'severities',
  'ignore',
  'include',
  'exclude',
  'unattributed',
  'sources',
  'citationStyle',
  'notComparable',
];

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
  try {
    return readConfig(jsonText);
  } catch (error) {
    // Not expected: every value is checked. Still, a config never stops the analysis.
    return { config: defaultConfig(), errors: [`.crosscheck.json could not be read: ${(error as Error).message}`] };
  }
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function readConfig(jsonText: string): { config: EngineConfig; errors: string[] } {
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
  const input = dictionary(Object.entries(raw as Record<string, unknown>));
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.includes(key)) errors.push(`unknown key "${key}" (known keys: ${KNOWN_KEYS.slice(1).join(', ')})`);
  }
  for (const key of ['ignore', 'include', 'exclude'] as const) {
    if (!(key in input)) continue;
    const value = input[key];
    if (!isStringArray(value)) {
      errors.push(`"${key}" must be an array of strings, not ${describe(value)}`);
      continue;
    }
    const refused = value.map(globProblem).filter((problem): problem is string => problem !== null);
    for (const problem of refused) errors.push(`"${key}": ${problem}`);
    if (!refused.length) config[key] = [...value];
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
    else if (!(
      'severities' in input &&
      typeof input.severities === 'object' &&
      input.severities !== null &&
      hasOwn(input.severities, 'unattributed')
    )) {
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
          config.synonyms[key] = [
            ...new Set([...(config.synonyms[key] ?? []), ...list.map((s) => s.trim().toLowerCase())]),
          ];
        }
      }
    }
  }
  if ('citationStyle' in input) {
    const value = input.citationStyle;
    if (typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value))
      config.citationStyle = value as CitationStyleSetting;
    else errors.push(`"citationStyle" must be one of ${CITATION_STYLES.join(', ')}, not ${describe(value)}`);
  }
  if ('sources' in input) config.sources = readSources(input.sources, errors);
  if ('notComparable' in input) config.notComparable = readNotComparable(input.notComparable, errors);
  return { config, errors };
}

/** The "notComparable" map: each glob's figures as written ("197 militants", or "197"). */
function readNotComparable(value: unknown, errors: string[]): NotComparableDeclaration[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(
      `"notComparable" must be an object such as { "**/report.txt": ["40 militants"] }, not ${describe(value)}`,
    );
    return [];
  }
  const declarations: NotComparableDeclaration[] = [];
  for (const [glob, figures] of Object.entries(value)) {
    const problem = globProblem(glob);
    if (problem) errors.push(`"notComparable": ${problem}`);
    else if (!isStringArray(figures) || figures.some((figure) => figure.trim() === ''))
      errors.push(
        `"notComparable.${glob}" must be an array of figures as written, such as ["40 militants"], not ${describe(figures)}`,
      );
    else declarations.push({ glob, figures: [...figures] });
  }
  return declarations;
}

/** The "sources" map: each glob's declared fields, strings only; a date as YYYY, YYYY-MM or YYYY-MM-DD. */
function readSources(value: unknown, errors: string[]): SourceDeclaration[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`"sources" must be an object such as { "wires/ap-*.txt": { "outlet": "AP" } }, not ${describe(value)}`);
    return [];
  }
  const declarations: SourceDeclaration[] = [];
  for (const [glob, fields] of Object.entries(value)) {
    const problem = globProblem(glob);
    if (problem) {
      errors.push(`"sources": ${problem}`);
      continue;
    }
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      errors.push(
        `"sources.${glob}" must be an object such as { "outlet": "AP", "date": "2026-02-01" }, not ${describe(fields)}`,
      );
      continue;
    }
    const meta = dictionary<string>() as Partial<DocumentMeta>;
    for (const [field, text] of Object.entries(fields)) {
      if (!(DECLARED_FIELDS as readonly string[]).includes(field)) {
        errors.push(`"sources.${glob}.${field}": unknown field (fields: ${DECLARED_FIELDS.join(', ')})`);
      } else if (typeof text !== 'string' || text.trim() === '') {
        errors.push(`"sources.${glob}.${field}" must be a non-empty string, not ${describe(text)}`);
      } else if (field === 'date' && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text.trim())) {
        errors.push(`"sources.${glob}.date" must be written YYYY-MM-DD (or YYYY-MM, YYYY), not ${describe(text)}`);
      } else {
        meta[field as (typeof DECLARED_FIELDS)[number]] = text.trim();
      }
    }
    declarations.push({ glob, meta });
  }
  return declarations;
}

/**
 * What the config declares about a file (its path relative to the config's folder, forward slashes): the fields
 * of every glob that matches it, a later glob's over an earlier one's; null when none matches.
 */
export function declaredMeta(
  sources: readonly SourceDeclaration[],
  relativePath: string,
): Partial<DocumentMeta> | null {
  let matchers = sourceMatchers.get(sources);
  if (!matchers) sourceMatchers.set(sources, (matchers = sources.map((source) => globMatcher([source.glob]))));
  let declared: Partial<DocumentMeta> | null = null;
  const file = normalized(relativePath);
  sources.forEach((source, i) => {
    if (matchers![i](file)) declared = { ...(declared ?? {}), ...source.meta };
  });
  return declared;
}

/** The matchers of each "sources" list, compiled once (globMatcher's cache holds 64 lists; a config may have more globs). */
const sourceMatchers = new WeakMap<readonly SourceDeclaration[], ((path: string) => boolean)[]>();

/** A document's meta with what the user declares in place of what was read from the text. */
export function withDeclared(meta: DocumentMeta, declared: Partial<DocumentMeta> | null): DocumentMeta {
  if (!declared) return meta;
  const merged = { ...meta };
  for (const field of DECLARED_FIELDS) if (declared[field]) merged[field] = declared[field]!;
  if (declared.url && !declared.outlet && !meta.outlet) merged.outlet = siteName(declared.url);
  return merged;
}

/**
 * The glob engine of the whole program (the CLI, the server's settings and `.crosscheck.json`): picomatch, with
 * its limit on a pattern's length, and a limit of our own on wildcards. picomatch's regular expressions backtrack
 * once per way of splitting a name among the wildcards of a pattern: `**a**a**a**a**a**a**a**a**a**b` against a
 * name of 40 "a" takes seconds, of 60 "a" minutes. With at most MAX_GLOB_WILDCARDS runs of "*" the cost of a name
 * is bounded by the cube of its length: under a millisecond for a 255-character name against the worst such glob.
 */
export const MAX_GLOB_WILDCARDS = 3;
export const MAX_GLOB_LENGTH = 1024;
const GLOB_OPTIONS = { dot: true, maxLength: MAX_GLOB_LENGTH } as const;

/** Why a glob is refused (too long, too many wildcards, not a pattern picomatch reads), or null. */
export function globProblem(glob: string): string | null {
  if (glob.length > MAX_GLOB_LENGTH)
    return `the glob "${glob.slice(0, 40)}…" is longer than ${MAX_GLOB_LENGTH} characters`;
  const wildcards = glob.match(/\*+/g)?.length ?? 0;
  if (wildcards > MAX_GLOB_WILDCARDS) {
    return `the glob "${glob}" has ${wildcards} wildcards ("*" or "**"); at most ${MAX_GLOB_WILDCARDS} are allowed, as matching more can take minutes`;
  }
  try {
    picomatch.makeRe(glob, GLOB_OPTIONS);
  } catch (error) {
    return `the glob "${glob}" is not valid: ${(error as Error).message}`;
  }
  return null;
}

/** How a command-line argument reads as a glob: whether it is one, whether it is negated, and the folder it starts in. */
export function globScan(glob: string): { isGlob: boolean; negated: boolean; base: string } {
  const { isGlob, negated, base } = picomatch.scan(glob);
  return { isGlob, negated, base };
}

const compiledGlobs = new Map<string, (path: string) => boolean>();

/**
 * One matcher for a list of globs (forward-slash paths), compiled on first use. A glob refused by globProblem
 * matches nothing (the settings and the CLI report it where they read it).
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let matcher = compiledGlobs.get(key);
  if (!matcher) {
    const usable = globs.filter((glob) => globProblem(glob) === null);
    matcher = usable.length ? picomatch(usable, GLOB_OPTIONS) : () => false;
    if (compiledGlobs.size >= 64) compiledGlobs.clear();
    compiledGlobs.set(key, matcher);
  }
  return matcher;
}

/** Forward slashes, without a leading "./" or "../" (a path outside the globs' folder is matched from its first name). */
function normalized(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\.?\/)+/, '');
}

export function matchesGlob(file: string, glob: string): boolean {
  return globMatcher([glob])(normalized(file));
}

/**
 * Whether relative paths (forward slashes) pass include and exclude globs: no include glob includes everything,
 * and a folder that is excluded excludes what is in it (every prefix of the path is tried).
 */
export function pathFilter(include: readonly string[], exclude: readonly string[]): (relativePath: string) => boolean {
  const included = include.length ? globMatcher(include) : () => true;
  const excluded = globMatcher(exclude);
  return (file) => {
    const relativePath = normalized(file);
    if (!included(relativePath)) return false;
    for (let end = relativePath.indexOf('/'); end !== -1; end = relativePath.indexOf('/', end + 1)) {
      if (excluded(relativePath.slice(0, end))) return false;
    }
    return !excluded(relativePath);
  };
}

/** Whether a workspace-relative path is read under the config's include and exclude globs. */
export function isIncluded(config: Pick<EngineConfig, 'include' | 'exclude'>, file: string): boolean {
  return pathFilter(config.include, config.exclude)(file);
}
