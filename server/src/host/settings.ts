// The server's settings: `crosscheck.*` read through workspace/configuration (per workspace folder) when the
// client supports it, else from initializationOptions.settings or the didChangeConfiguration payload
// (what Neovim 0.7 and eglot 1.9 send).
import { CITATION_STYLES } from '../core/citationStyles';
import type { CitationStyleSetting } from '../core/citationStyles';

import { MAX_FILE_BYTES, maxFileBytesOf } from '../workspace/sizePolicy';

export interface Settings {
  enable: boolean;
  /** Globs relative to a workspace folder of the files to read. */
  include: string[];
  /** Globs of files never read, on top of `files.exclude`. */
  exclude: string[];
  /** Files larger than this many bytes are skipped (and logged): crosscheck.maxFileSizeKB (see sizePolicy.ts). */
  maxFileSize: number;
  /** Publish diagnostics for every file of the workspace, not only open ones. */
  workspaceDiagnostics: boolean;
  /** Inlay hints such as "177 elsewhere" after a contested figure. */
  inlayHints: boolean;
  /** Code lenses over contested figures. */
  codeLens: boolean;
  /** Also report figures nobody is said to have given (the engine's "unattributed" kind). */
  unattributed: boolean;
  /** Severity of each kind of finding ("error" ... "hint", or "off"), under `.crosscheck.json`'s. */
  severities: Record<string, string>;
  /** Globs that VS Code's `files.exclude` switches on. */
  filesExclude: string[];
  /** Follow symbolic links that resolve outside the workspace folders (off: they are skipped and logged). */
  followSymlinksOutside: boolean;
  /** How quick fixes cite a source (under `.crosscheck.json`'s "citationStyle"). */
  citationStyle: CitationStyleSetting;
  /** A shared archive's connection string (postgres://user@host:port/db, no password), or '' for none. */
  archive: string;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  include: ['**/*.txt', '**/*.md'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSize: MAX_FILE_BYTES.server,
  workspaceDiagnostics: true,
  inlayHints: false,
  codeLens: true,
  unattributed: false,
  severities: {},
  filesExclude: [],
  followSymlinksOutside: false,
  citationStyle: 'auto',
  archive: '',
};

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

function severitiesOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** Globs switched on in a `files.exclude` object ({ "**\/.git": true, ... }). */
export function enabledGlobs(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

/** Settings from a `crosscheck` section (any shape a client may send) and a `files.exclude` object. */
export function settingsFrom(section: unknown, filesExclude?: unknown): Settings {
  const raw = section && typeof section === 'object' ? (section as Record<string, unknown>) : {};
  const bool = (key: keyof Settings): boolean =>
    typeof raw[key] === 'boolean' ? (raw[key] as boolean) : (DEFAULT_SETTINGS[key] as boolean);
  const maxFileSize = maxFileBytesOf(raw, DEFAULT_SETTINGS.maxFileSize);
  return {
    enable: bool('enable'),
    include: stringArray(raw.include) ?? DEFAULT_SETTINGS.include,
    exclude: stringArray(raw.exclude) ?? DEFAULT_SETTINGS.exclude,
    maxFileSize,
    workspaceDiagnostics: bool('workspaceDiagnostics'),
    inlayHints: bool('inlayHints'),
    codeLens: bool('codeLens'),
    unattributed: bool('unattributed'),
    severities: severitiesOf(raw.severities),
    filesExclude: enabledGlobs(filesExclude),
    followSymlinksOutside: bool('followSymlinksOutside'),
    citationStyle: CITATION_STYLES.find((style) => style === raw.citationStyle) ?? DEFAULT_SETTINGS.citationStyle,
    archive: typeof raw.archive === 'string' ? raw.archive.trim() : DEFAULT_SETTINGS.archive,
  };
}
