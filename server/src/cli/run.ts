// The `crosscheck` command line: parses arguments, reads the files, runs the core and writes a report.
// Exit status: 0 the run succeeded (whatever it found), 1 a finding at or above --fail-on, 2 bad usage or
// nothing readable.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeDocument, checkDocuments } from '../core';
import type { DocumentAnalysis, Finding, Severity } from '../core';
import { checkReport, extractReport, extractTextReport, jsonTextChunks, markdownReport, sarifReport, textReport, toJsonText } from '../core/report';
import type { SkippedFile } from '../core/report';
import { indexFiles } from '../indexing/indexer';
import { listTextFilesWithSkips, readTextFile } from '../workspace/files';
import { loadCliConfig, type CliConfig } from './config';
import { UsageError } from './errors';

export { UsageError };

export const USAGE = `Crosscheck finds numeric claims in .txt and .md files and reports where files disagree.

Usage:
  crosscheck check [paths...]    check files and folders (default: the current folder)
  crosscheck extract <file>      list one file's numeric claims and attributions
  crosscheck lsp --stdio         run the language server on standard input and output

Options of check:
  -f, --format FORMAT    text (default), json, sarif or markdown
  -c, --config FILE      settings (default: .crosscheck.json in the current folder, if present)
      --fail-on LEVEL    exit with 1 when a finding is at least this severe:
                         error, warning, information, hint or never (default: never)
  -o, --output FILE      write the report to FILE instead of standard output (without --format,
                         FILE's extension chooses: .json, .sarif, .md)
      --no-color         no colours in the text report, even on a terminal

Options of extract:
  -f, --format FORMAT    json (default) or text
  -o, --output FILE      write to FILE instead of standard output

  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 when the run succeeded, whatever it found; 1 when --fail-on matched a finding;
2 on bad usage or when no file could be read; 3 on an internal error.`;

const CHECK_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
const EXTRACT_FORMATS = ['json', 'text'] as const;
const FAIL_ON_LEVELS = ['error', 'warning', 'information', 'hint', 'never'] as const;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const LSP_TRANSPORTS = /^--(stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;


export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether standard output is a terminal that shows colours. */
  colorTerminal: boolean;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  colorTerminal: wantsColor(process.env, Boolean(process.stdout.isTTY)),
};

/** Colours on a terminal; NO_COLOR (set and not empty) turns them off, FORCE_COLOR (other than "0") on without one. */
function wantsColor(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return isTerminal && env.TERM !== 'dumb';
}

/** Runs one command; resolves to the exit status, or undefined when a long-running server was started. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number | undefined> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('no command given: run crosscheck check, extract or lsp (crosscheck --help tells more)');
    if (command === '-h' || command === '--help' || command === 'help') return print(io, USAGE + '\n');
    if (command === '-v' || command === '--version') return print(io, `${version()}\n`);
    if (command === 'check') return await check(rest, io);
    if (command === 'extract') return extract(rest, io);
    if (command === 'lsp') return await lsp(rest);
    throw new UsageError(`unknown command "${command}" (expected check, extract or lsp; see crosscheck --help)`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`crosscheck: ${error.message}\n`);
    return 2;
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    'fail-on': { type: 'string', default: 'never' },
    output: { type: 'string', short: 'o' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return print(io, USAGE + '\n');
  const output = values.output as string | undefined;
  const format = oneOf('format', (values.format as string | undefined) ?? formatForOutput(output), CHECK_FORMATS);
  const failOn = oneOf('--fail-on', values['fail-on'] as string, FAIL_ON_LEVELS);
  const config = loadCliConfig(values.config as string | undefined, io.cwd);
  for (const warning of config.warnings) io.stderr(`crosscheck: ${warning}\n`);

  const { docs, skipped } = await readDocuments(positionals.length > 0 ? positionals : ['.'], io, config);
  const { findings, unmatched } = checkDocuments(docs, config.engine);
  const color = format === 'text' && !output && !values['no-color'] && io.colorTerminal;
  const report = renderCheck(format, docs, findings, { cwd: io.cwd, color, skipped, unmatched });
  writeReport(report, output, io);
  return failOn !== 'never' && findings.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[failOn]) ? 1 : 0;
}

/** Without --format, the --output file's extension chooses: .json, .sarif, .md; text otherwise. */
function formatForOutput(output: string | undefined): string {
  const extension = output ? path.extname(output).toLowerCase() : '';
  if (extension === '.json') return 'json';
  if (extension === '.sarif') return 'sarif';
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  return 'text';
}

interface RenderOptions {
  cwd: string;
  color: boolean;
  skipped: SkippedFile[];
  unmatched: string[];
}

/** The report, as one string or (JSON and SARIF, which can outgrow a string) as pieces to write one after another. */
function renderCheck(format: (typeof CHECK_FORMATS)[number], docs: DocumentAnalysis[], findings: Finding[], options: RenderOptions): string | Iterable<string> {
  switch (format) {
    case 'json':
      return jsonTextChunks(checkReport(docs, findings, { skipped: options.skipped, unmatched: options.unmatched }));
    case 'sarif': {
      const sourceRootUri = `${pathToFileURL(options.cwd).href.replace(/\/$/, '')}/`;
      return jsonTextChunks(sarifReport(docs, findings, { toolVersion: version(), sourceRootUri, skipped: options.skipped }));
    }
    case 'markdown':
      return markdownReport(docs, findings);
    case 'text':
      return textReport(docs, findings, { color: options.color, unmatched: options.unmatched });
  }
}

function extract(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f', default: 'json' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return print(io, USAGE + '\n');
  const format = oneOf('format', values.format as string, EXTRACT_FORMATS);
  if (positionals.length !== 1) throw new UsageError(`extract takes exactly one file (got ${positionals.length})`);
  const file = path.resolve(io.cwd, positionals[0]);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`no such file: ${positionals[0]}`);
  }
  if (stat.isDirectory()) throw new UsageError(`extract takes a file, not a folder: ${positionals[0]}`);
  const read = readTextFile(file);
  if ('error' in read) throw new UsageError(`cannot read ${positionals[0]}: ${read.error}`);
  const doc = analyzeDocument(read.text, relativeName(file, io.cwd));
  writeReport(format === 'json' ? toJsonText(extractReport(doc)) : extractTextReport(doc), values.output as string | undefined, io);
  return 0;
}

async function lsp(args: string[]): Promise<undefined> {
  const unknown = args.filter((arg) => !LSP_TRANSPORTS.test(arg));
  if (unknown.length > 0) throw new UsageError(`unknown option of lsp: ${unknown[0]} (use --stdio, --node-ipc or --socket=PORT)`);
  if (!args.some((arg) => /^--(stdio|node-ipc|socket=|pipe=)/.test(arg))) {
    throw new UsageError('lsp needs a transport: crosscheck lsp --stdio (or --node-ipc, --socket=PORT)');
  }
  const { startServer } = await import('../startServer');
  startServer();
  return undefined;
}

/** Lists and analyses the files under the given paths; unreadable ones are reported on stderr and skipped. */
async function readDocuments(roots: string[], io: CliIo, config: CliConfig): Promise<{ docs: DocumentAnalysis[]; skipped: SkippedFile[] }> {
  const absoluteRoots = roots.map((root) => path.resolve(io.cwd, root));
  const missing = absoluteRoots.findIndex((root) => !fs.existsSync(root));
  if (missing >= 0) throw new UsageError(`no such file or folder: ${roots[missing]}`);
  const listed = listTextFilesWithSkips(absoluteRoots);
  const skipped: SkippedFile[] = listed.skipped.map((entry) => ({ file: relativeName(entry.path, io.cwd), reason: entry.message }));
  for (const entry of skipped) io.stderr(`crosscheck: skipped ${entry.file}: ${entry.reason}\n`);
  const explicitFiles = new Set(absoluteRoots.filter((root) => fs.statSync(root, { throwIfNoEntry: false })?.isFile()));
  const files = listed.files
    .filter((file) => explicitFiles.has(file) || config.includes(file))
    .map((file) => ({ path: file, file: relativeName(file, io.cwd) }));
  if (files.length === 0) throw new UsageError(`no .txt or .md files in ${roots.join(' ')}`);
  const readFailures = new Map<string, string>();
  const docs = await indexFiles(files, {
    log: (message) => {
      const failed = files.find((entry) => message.startsWith(`skipped ${entry.path}: `));
      if (failed) readFailures.set(failed.file, message.slice(`skipped ${failed.path}: `.length));
      io.stderr(`crosscheck: ${failed ? `skipped ${failed.file}: ${readFailures.get(failed.file)}` : relativeMessage(message, io.cwd)}\n`);
    },
  });
  const read = new Set(docs.map((doc) => doc.file));
  for (const entry of files) {
    if (!read.has(entry.file)) skipped.push({ file: entry.file, reason: readFailures.get(entry.file) ?? 'could not be read' });
  }
  if (docs.length === 0) throw new UsageError(`none of the ${files.length} file(s) in ${roots.join(' ')} could be read`);
  return { docs, skipped };
}

/** A path relative to the current folder, with forward slashes. */
export function relativeName(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}

/** The indexer logs absolute paths; a person reads them relative to where they ran the command. */
function relativeMessage(message: string, cwd: string): string {
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  return message.split(prefix).join('');
}

function writeReport(report: string | Iterable<string>, output: string | undefined, io: CliIo): void {
  const pieces = typeof report === 'string' ? [report] : report;
  if (!output) {
    for (const piece of pieces) io.stdout(piece);
    return;
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(path.resolve(io.cwd, output), 'w');
    for (const piece of pieces) fs.writeFileSync(fd, piece);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

function parse(args: string[], options: OptionSpec): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0].replace(/\. To specify a positional.*$/, '').replace(/\.$/, '');
    throw new UsageError(`${message} (see crosscheck --help)`);
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${name} "${value}" (expected ${allowed.join(', ')})`);
}

function print(io: CliIo, text: string): number {
  io.stdout(text);
  return 0;
}

let cachedVersion: string | undefined;

/** The version in package.json beside dist/ (where the bundle runs from). */
export function version(): string {
  if (cachedVersion === undefined) {
    try {
      cachedVersion = String(JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version ?? 'unknown');
    } catch {
      cachedVersion = 'unknown';
    }
  }
  return cachedVersion;
}
