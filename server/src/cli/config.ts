// The CLI's settings: `--config FILE` for every file, or else the `.crosscheck.json` nearest to each checked
// path (in its folder or the folders above it), as eslint, markdownlint and cspell find theirs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { declaredMeta, isIncluded, parseConfig, type EngineConfig } from '../core/config';
import type { DocumentMeta } from '../core/types';
import { engineConfigFrom } from '../service/projectConfig';
import { settingsFrom } from '../host/settings';
import { UsageError } from './errors';

export const DEFAULT_CONFIG_FILE = '.crosscheck.json';

export interface ConfigFile {
  /** Absolute path of the file. */
  file: string;
  /** The config as written, so that several can be combined the way the language server combines its folders'. */
  raw: Record<string, unknown>;
  engine: EngineConfig;
}

/** Why a file found by walking a folder is not read under its config. */
export type ConfigExclusion = { reason: 'excluded' | 'not-included'; config: ConfigFile };

export class CliConfigs {
  /** The nearest config of each folder looked at (null: none up to the root). */
  private readonly nearest = new Map<string, ConfigFile | null>();
  private readonly read = new Map<string, ConfigFile>();
  private readonly explicit: ConfigFile | null;

  /**
   * @param explicit --config FILE (relative to cwd); a named file that is missing or not JSON is bad usage
   * @param warn called once per config file with each problem that did not stop the run (unknown keys, bad values)
   */
  constructor(
    explicit: string | undefined,
    private readonly cwd: string,
    private readonly warn: (message: string) => void,
  ) {
    this.explicit = explicit === undefined ? null : this.load(path.resolve(cwd, explicit), explicit);
  }

  /** The config that applies to a file or folder (absolute path): --config, else the nearest one, else none. */
  configOf(absolutePath: string, isFolder = false): ConfigFile | null {
    if (this.explicit) return this.explicit;
    return this.nearestFrom(isFolder ? absolutePath : path.dirname(absolutePath));
  }

  /** Why a file found by walking a folder is not read (its config's include and exclude globs), or null. */
  exclusionOf(absolutePath: string): ConfigExclusion | null {
    const config = this.configOf(absolutePath);
    if (!config) return null;
    const relative = path.relative(path.dirname(config.file), absolutePath).split(path.sep).join('/');
    if (isIncluded(config.engine, relative)) return null;
    return {
      reason: isIncluded({ include: config.engine.include, exclude: [] }, relative) ? 'excluded' : 'not-included',
      config,
    };
  }

  /** What the file's config declares about it in "sources" (globs relative to the config's folder), or null. */
  declaredMetaOf(absolutePath: string): Partial<DocumentMeta> | null {
    const config = this.configOf(absolutePath);
    if (!config || !config.engine.sources.length) return null;
    return declaredMeta(
      config.engine.sources,
      path.relative(path.dirname(config.file), absolutePath).split(path.sep).join('/'),
    );
  }

  /**
   * The engine's one configuration for the run: the first config used (severities, synonyms, unattributed) with
   * the "ignore" lists of all of them, as the language server combines the configs of its workspace folders.
   */
  engine(): EngineConfig {
    const used = this.explicit ? [this.explicit] : [...this.read.values()];
    return engineConfigFrom(
      settingsFrom(undefined),
      used.map((config) => config.raw),
    ).config;
  }

  private nearestFrom(folder: string): ConfigFile | null {
    const known = this.nearest.get(folder);
    if (known !== undefined) return known;
    const candidate = path.join(folder, DEFAULT_CONFIG_FILE);
    let found: ConfigFile | null;
    if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile())
      found = this.load(candidate, this.shown(candidate));
    else {
      const parent = path.dirname(folder);
      found = parent === folder ? null : this.nearestFrom(parent);
    }
    this.nearest.set(folder, found);
    return found;
  }

  private shown(file: string): string {
    return path.relative(this.cwd, file).split(path.sep).join('/') || file;
  }

  private load(file: string, shown: string): ConfigFile {
    const known = this.read.get(file);
    if (known) return known;
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      throw new UsageError(
        `cannot read the config ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    let raw: unknown;
    try {
      raw = text.trim() === '' ? {} : JSON.parse(text);
    } catch (error) {
      throw new UsageError(`the config ${shown} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = parseConfig(text);
    for (const message of parsed.errors) this.warn(`${shown}: ${message}`);
    const config: ConfigFile = {
      file,
      raw: raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {},
      engine: parsed.config,
    };
    this.read.set(file, config);
    return config;
  }

  /** How a config is named in messages: relative to the current folder. */
  nameOf(config: ConfigFile): string {
    return this.shown(config.file);
  }
}
