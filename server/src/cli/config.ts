// The CLI's settings: `--config FILE`, or `.crosscheck.json` in the current folder when there is one.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, isIncluded, parseConfig, type EngineConfig } from '../core/config';
import { UsageError } from './errors';

export const DEFAULT_CONFIG_FILE = '.crosscheck.json';

export interface CliConfig {
  engine: EngineConfig;
  /** The config file read, or null when the defaults apply. */
  file: string | null;
  /** Whether a file found by walking a folder is read; include and exclude globs are relative to the config's folder. */
  includes(absolutePath: string): boolean;
  /** Problems in the config that did not stop the run, one line each. */
  warnings: string[];
}

/** Reads the config. A named file that is missing or not JSON is bad usage; unknown keys and bad values are warnings. */
export function loadCliConfig(explicit: string | undefined, cwd: string): CliConfig {
  const file = explicit !== undefined ? path.resolve(cwd, explicit) : path.join(cwd, DEFAULT_CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return withEngine(defaultConfig(), null, cwd, []);
    throw new UsageError(`cannot read the config ${explicit ?? DEFAULT_CONFIG_FILE}: ${code ?? (error as Error).message}`);
  }
  const shown = explicit ?? DEFAULT_CONFIG_FILE;
  try {
    if (text.replace(/^\uFEFF/, '').trim() !== '') JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`the config ${shown} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseConfig(text);
  return withEngine(parsed.config, file, path.dirname(file), parsed.errors.map((message) => `${shown}: ${message}`));
}

function withEngine(engine: EngineConfig, file: string | null, root: string, warnings: string[]): CliConfig {
  return {
    engine,
    file,
    warnings,
    includes: (absolutePath) => isIncluded(engine, path.relative(root, absolutePath).split(path.sep).join('/')),
  };
}
