// The `crosscheck` command line: parses arguments, reads the files (and standard input), runs the core and
// writes a report. Exit status: 0 no reported finding at or above --fail-on (default error), 1 one is, 2 bad usage
// or nothing readable, 3 an internal error.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeDocument, checkDocuments, globMatcher, globProblem, globScan, withDeclared } from '../core';
import type { DocumentAnalysis, Finding, Severity } from '../core';
import { printable } from '../core/report/sources';
import {
  checkReport,
  extractReport,
  extractTextReport,
  jsonTextChunks,
  markdownReport,
  sarifReport,
  textReport,
  toJsonText,
} from '../core/report';
import type { SkippedFile } from '../core/report';
import { indexFiles } from '../indexing/indexer';
import { decodeText, listTextFilesWithSkips, readTextFile, type SkippedPath } from '../workspace/files';
import { ArchiveError } from '../archive/store';
import { checkWithArchive, indexIntoArchive, markArchived } from './archive';
import { CliConfigs } from './config';
import { UsageError } from './errors';

export { UsageError };

export const USAGE = `Crosscheck finds numeric claims in .txt and .md files and reports where files disagree.

Usage:
  crosscheck check [paths...]    check files, folders and globs (default: the current folder)
  crosscheck check --stdin-filename NAME - [paths...]
                                 check standard input, as the file NAME, against the other files
  crosscheck extract <file>      list one file's numeric claims and attributions (- for standard input)
  crosscheck index --store postgres://USER@HOST/DB PATH...
                                 fill a shared archive on PostgreSQL with the files' claims
  crosscheck check --store postgres://USER@HOST/DB PATH...
                                 check files against the archive as well
  crosscheck lsp --stdio         run the language server on standard input and output

Options of check:
  -f, --format FORMAT    text (default), json, sarif or markdown
  -c, --config FILE      settings for every file (default: the .crosscheck.json nearest to each
                         checked file, in its folder or a folder above)
      --fail-on LEVEL    exit with 1 when a reported finding is at least this severe:
                         error (default), warning, information, hint or never
  -q, --quiet            report only warnings and errors
      --verbose          tell on stderr which files were read, which were skipped and why
      --stdin-filename NAME
                         the name of the text read from standard input (-); default <stdin>
  -o, --output FILE      write the report to FILE instead of standard output (without --format,
                         FILE's extension chooses: .json, .sarif, .md)
      --no-color         no colours in the text report, even on a terminal
      --store URL        also compare with the archived articles of this PostgreSQL archive
                         (postgres://USER@HOST:PORT/DB; the password from PGPASSWORD or ~/.pgpass)

Options of index:
      --store URL        the archive (required); its schema is created or migrated as needed
      --prune            remove archived documents under PATH whose files are gone
      --batch-size N     documents written per transaction (default 500)
  -q, --quiet            no progress and no summary

Options of extract:
  -f, --format FORMAT    json (default) or text
  -o, --output FILE      write to FILE instead of standard output
      --stdin-filename NAME
                         the name of the text read from standard input (-); default <stdin>

  -h, --help             show this help
  -v, --version          show the version

Globs are matched by picomatch, as the include and exclude globs of .crosscheck.json; quote them so
that the shell leaves them alone: crosscheck check 'drafts/**/*.md'.

Exit status: 0 when no reported finding reaches --fail-on; 1 when one does; 2 on bad usage, when no
file could be read or when the archive (--store) cannot be used; 3 on an internal error. As linters
fail on errors and not on warnings, the default is --fail-on error, and no kind of finding is an error
until .crosscheck.json makes it one ("severities": { "conflict": "error" }): sources that disagree are
to be looked at, not always a mistake.`;

const CHECK_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
const EXTRACT_FORMATS = ['json', 'text'] as const;
const FAIL_ON_LEVELS = ['error', 'warning', 'information', 'hint', 'never'] as const;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
/** Like eslint's: a run fails on errors, not on warnings (see USAGE). */
const DEFAULT_FAIL_ON = 'error';
/** The name of the text read from standard input when --stdin-filename does not give one. */
const STDIN_NAME = '<stdin>';
const LSP_TRANSPORTS = /^--(stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether standard output is a terminal that shows colours. */
  colorTerminal: boolean;
  /** All of standard input. */
  readStdin: () => Promise<Uint8Array>;
  /** Whether standard error is a terminal, where a long run shows its progress. */
  progressTerminal?: boolean;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  colorTerminal: wantsColor(process.env, Boolean(process.stdout.isTTY)),
  progressTerminal: Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb',
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
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
    if (command === undefined)
      throw new UsageError(
        'no command given: run crosscheck check, extract, index or lsp (crosscheck --help tells more)',
      );
    if (command === '-h' || command === '--help' || command === 'help') return print(io, USAGE + '\n');
    if (command === '-v' || command === '--version') return print(io, `${version()}\n`);
    if (command === 'check') return await check(rest, io);
    if (command === 'extract') return await extract(rest, io);
    if (command === 'index') return await index(rest, io);
    if (command === 'lsp') return await lsp(rest);
    throw new UsageError(`unknown command "${command}" (expected check, extract, index or lsp; see crosscheck --help)`);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ArchiveError)) throw error;
    note(io, `${error.message}`);
    return 2;
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f' },
    config: { type: 'string', short: 'c' },
    'fail-on': { type: 'string', default: DEFAULT_FAIL_ON },
    quiet: { type: 'boolean', short: 'q', default: false },
    verbose: { type: 'boolean', default: false },
    'stdin-filename': { type: 'string' },
    output: { type: 'string', short: 'o' },
    'no-color': { type: 'boolean', default: false },
    store: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return print(io, USAGE + '\n');
  const output = values.output as string | undefined;
  const format = oneOf('format', (values.format as string | undefined) ?? formatForOutput(output), CHECK_FORMATS);
  const failOn = oneOf('--fail-on', values['fail-on'] as string, FAIL_ON_LEVELS);
  if (values.quiet && values.verbose) throw new UsageError('--quiet and --verbose cannot be used together');
  const stdinName = stdinNameOf(positionals, values['stdin-filename'] as string | undefined);
  const paths = positionals.filter((arg) => arg !== '-');
  const configs = new CliConfigs(values.config as string | undefined, io.cwd, (warning) => note(io, `${warning}`));

  const stdin = stdinName === null ? null : await readStdinDocument(io, stdinName, configs);
  const { docs: local, skipped } = await readDocuments(paths.length > 0 ? paths : ['.'], io, configs, {
    stdin,
    verbose: values.verbose as boolean,
  });
  const store = values.store as string | undefined;
  const {
    docs,
    findings: all,
    unmatched,
    archived,
  } = store === undefined
    ? { docs: local, ...checkDocuments(local, configs.engine()), archived: new Set<string>() }
    : await checkWithArchive(store, local, configs.engine(), {
        cwd: io.cwd,
        stdin,
        verbose: Boolean(values.verbose),
        stderr: io.stderr,
      });
  const findings = values.quiet
    ? all.filter((finding) => SEVERITY_RANK[finding.severity] <= SEVERITY_RANK.warning)
    : all;
  const color = format === 'text' && !output && !values['no-color'] && io.colorTerminal;
  const report = renderCheck(format, docs, findings, { cwd: io.cwd, color, skipped, unmatched, archived });
  writeReport(report, output, io);
  return failOn !== 'never' && findings.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[failOn]) ? 1 : 0;
}

/** The name of standard input's text when `-` is among the paths, else null. */
function stdinNameOf(positionals: string[], stdinFilename: string | undefined): string | null {
  const dashes = positionals.filter((arg) => arg === '-').length;
  if (dashes > 1) throw new UsageError('- (standard input) can only be given once');
  if (dashes === 0 && stdinFilename !== undefined) {
    throw new UsageError('--stdin-filename names the text read from standard input: add - to the paths');
  }
  if (stdinFilename === '') throw new UsageError('--stdin-filename needs a name');
  return dashes === 0 ? null : (stdinFilename ?? STDIN_NAME);
}

interface StdinDocument {
  /** Where the text would be on disk (a file of that name among the checked ones is replaced by it). */
  path: string;
  doc: DocumentAnalysis;
}

/** Standard input decoded as a file is (BOM, UTF-16, binary refused), analysed under its name. */
async function readStdinDocument(io: CliIo, name: string, configs: CliConfigs): Promise<StdinDocument> {
  const decoded = decodeText(await io.readStdin());
  if ('error' in decoded) throw new UsageError(`cannot read standard input: ${decoded.error}`);
  const absolute = path.resolve(io.cwd, name);
  // Its config comes first: the draft being checked sets the severities.
  configs.configOf(absolute);
  return {
    path: absolute,
    doc: analyzeDocument(decoded.text, name === STDIN_NAME ? name : relativeName(absolute, io.cwd)),
  };
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
  /** The files of the documents that come from the archive (marked `archive: true` in the JSON report). */
  archived: Set<string>;
}

/** The report, as one string or (JSON and SARIF, which can outgrow a string) as pieces to write one after another. */
function renderCheck(
  format: (typeof CHECK_FORMATS)[number],
  docs: DocumentAnalysis[],
  findings: Finding[],
  options: RenderOptions,
): string | Iterable<string> {
  switch (format) {
    case 'json':
      return jsonTextChunks(
        markArchived(
          checkReport(docs, findings, { skipped: options.skipped, unmatched: options.unmatched }),
          options.archived,
        ),
      );
    case 'sarif': {
      const sourceRootUri = `${pathToFileURL(options.cwd).href.replace(/\/$/, '')}/`;
      return jsonTextChunks(
        sarifReport(docs, findings, { toolVersion: version(), sourceRootUri, skipped: options.skipped }),
      );
    }
    case 'markdown':
      return markdownReport(docs, findings);
    case 'text':
      return textReport(docs, findings, { color: options.color, unmatched: options.unmatched });
  }
}

async function extract(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: 'string', short: 'f', default: 'json' },
    output: { type: 'string', short: 'o' },
    'stdin-filename': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return print(io, USAGE + '\n');
  const format = oneOf('format', values.format as string, EXTRACT_FORMATS);
  if (positionals.length !== 1) throw new UsageError(`extract takes exactly one file (got ${positionals.length})`);
  const stdinName = stdinNameOf(positionals, values['stdin-filename'] as string | undefined);
  const read = stdinName !== null ? await extractStdin(io, stdinName) : extractFile(positionals[0], io);
  // What the nearest .crosscheck.json declares about the file ("sources"), as `check` reads it.
  const configs = new CliConfigs(undefined, io.cwd, (warning) => io.stderr(`crosscheck: ${warning}\n`));
  const declared = configs.declaredMetaOf(path.resolve(io.cwd, stdinName ?? positionals[0]));
  const doc = declared ? { ...read, meta: withDeclared(read.meta, declared) } : read;
  writeReport(
    format === 'json' ? toJsonText(extractReport(doc)) : extractTextReport(doc),
    values.output as string | undefined,
    io,
  );
  return 0;
}

async function extractStdin(io: CliIo, name: string): Promise<DocumentAnalysis> {
  const decoded = decodeText(await io.readStdin());
  if ('error' in decoded) throw new UsageError(`cannot read standard input: ${decoded.error}`);
  return analyzeDocument(decoded.text, name === STDIN_NAME ? name : relativeName(path.resolve(io.cwd, name), io.cwd));
}

function extractFile(name: string, io: CliIo): DocumentAnalysis {
  const file = path.resolve(io.cwd, name);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`no such file: ${name}`);
  }
  if (stat.isDirectory()) throw new UsageError(`extract takes a file, not a folder: ${name}`);
  const read = readTextFile(file);
  if ('error' in read) throw new UsageError(`cannot read ${name}: ${read.error}`);
  return analyzeDocument(read.text, relativeName(file, io.cwd));
}

async function index(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    store: { type: 'string' },
    prune: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    config: { type: 'string', short: 'c' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return print(io, USAGE + '\n');
  const store = values.store as string | undefined;
  if (!store) throw new UsageError('index needs --store postgres://USER@HOST:PORT/DB (see crosscheck --help)');
  if (positionals.length === 0) throw new UsageError('index needs the files or folders to archive');
  if (positionals.includes('-')) throw new UsageError('index reads files, not standard input');
  const batchText = values['batch-size'] as string | undefined;
  const batchSize = batchText === undefined ? undefined : Number(batchText);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0))
    throw new UsageError(`--batch-size takes a positive whole number (got ${batchText})`);
  const configs = new CliConfigs(values.config as string | undefined, io.cwd, (warning) => note(io, warning));
  const listed = listArguments(positionals, io.cwd);
  const quiet = Boolean(values.quiet);
  const noteSkip = (entry: SkippedPath): void => {
    if (!quiet) note(io, `skipped ${relativeName(entry.path, io.cwd)}: ${entry.message}`);
  };
  for (const entry of listed.skipped) noteSkip(entry);
  const files = listed.files.filter((file) => listed.explicit.has(file) || !configs.exclusionOf(file));
  // With --prune, an emptied folder is a legitimate run: its archived documents go.
  if (files.length === 0 && !values.prune) throw new UsageError(`no .txt or .md files in ${positionals.join(' ')}`);
  const { stats, shown } = await indexIntoArchive(store, files, {
    roots: positionals.map((arg) => path.resolve(io.cwd, arg)).filter((root) => fs.existsSync(root)),
    prune: Boolean(values.prune),
    batchSize,
    progress: !quiet && io.progressTerminal === true,
    stderr: io.stderr,
    onSkip: noteSkip,
    log: (message) => {
      if (!quiet) note(io, relativeMessage(message, io.cwd));
    },
    declaredMetaOf: (file) => configs.declaredMetaOf(file),
  });
  if (!quiet) {
    const seconds = stats.milliseconds / 1000;
    const rate = stats.written > 0 && seconds > 0 ? ` (${Math.round(stats.written / seconds)} articles/s)` : '';
    io.stdout(
      `${shown}: ${stats.written} document(s) written with ${stats.claims} claim(s) in ${stats.batches} batch(es)${rate}, ${stats.unchanged} unchanged, ${stats.pruned} pruned\n`,
    );
  }
  return 0;
}

async function lsp(args: string[]): Promise<undefined> {
  const unknown = args.filter((arg) => !LSP_TRANSPORTS.test(arg));
  if (unknown.length > 0)
    throw new UsageError(`unknown option of lsp: ${unknown[0]} (use --stdio, --node-ipc or --socket=PORT)`);
  if (!args.some((arg) => /^--(stdio|node-ipc|socket=|pipe=)/.test(arg))) {
    throw new UsageError('lsp needs a transport: crosscheck lsp --stdio (or --node-ipc, --socket=PORT)');
  }
  const { startServer } = await import('../startServer');
  startServer();
  return undefined;
}

interface ReadOptions {
  stdin: StdinDocument | null;
  verbose: boolean;
}

/** The files under the given paths and globs (sorted, absolute), with the paths that could not be listed. */
function listArguments(
  args: string[],
  cwd: string,
): { files: string[]; explicit: Set<string>; skipped: SkippedPath[] } {
  const roots: string[] = [];
  const globbed = new Set<string>();
  const skipped: SkippedPath[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    if (fs.existsSync(absolute)) {
      roots.push(absolute);
      continue;
    }
    const scan = globScan(arg);
    if (!scan.isGlob) throw new UsageError(`no such file or folder: ${arg}`);
    if (scan.negated) throw new UsageError(`negated globs are not taken (${arg}): exclude files in .crosscheck.json`);
    // Relative globs are matched against paths relative to the current folder, absolute ones against absolute paths.
    const pattern = arg.replace(/^\.\//, '');
    const problem = globProblem(pattern);
    if (problem) throw new UsageError(problem);
    const matches = globMatcher([pattern]);
    const nameOf = path.isAbsolute(pattern)
      ? (file: string) => file.split(path.sep).join('/')
      : (file: string) => relativeName(file, cwd);
    const base = path.resolve(cwd, scan.base || '.');
    const listed = fs.existsSync(base) ? listTextFilesWithSkips([base]) : { files: [], skipped: [] };
    const found = listed.files.filter((file) => matches(nameOf(file)));
    if (found.length === 0) throw new UsageError(`no .txt or .md files match ${arg}`);
    for (const file of found) globbed.add(file);
    skipped.push(...listed.skipped.filter((entry) => matches(nameOf(entry.path))));
  }
  const listed = listTextFilesWithSkips(roots);
  const explicit = new Set(roots.filter((root) => fs.statSync(root, { throwIfNoEntry: false })?.isFile()));
  return {
    files: [...new Set([...listed.files, ...globbed])].sort(),
    explicit,
    skipped: [...listed.skipped, ...skipped],
  };
}

/** One line on stderr, "crosscheck: …", with the control and bidirectional characters of file names and texts escaped. */
function note(io: CliIo, text: string): void {
  io.stderr(`crosscheck: ${printable(text)}\n`);
}

/** Lists and analyses the files under the given paths; unreadable ones are reported on stderr and skipped. */
async function readDocuments(
  args: string[],
  io: CliIo,
  configs: CliConfigs,
  options: ReadOptions,
): Promise<{ docs: DocumentAnalysis[]; skipped: SkippedFile[] }> {
  const listed = listArguments(args, io.cwd);
  const skipped: SkippedFile[] = [];
  const noteSkip = (entry: SkippedPath): void => {
    const file = relativeName(entry.path, io.cwd);
    skipped.push({ file, reason: entry.message, code: entry.reason });
    note(io, `skipped ${file}${options.verbose ? ` [${entry.reason}]` : ''}: ${entry.message}`);
  };
  for (const entry of listed.skipped) noteSkip(entry);
  const files: { path: string; file: string }[] = [];
  for (const file of listed.files) {
    // The text on standard input stands in for the file of its name.
    if (file === options.stdin?.path) continue;
    const exclusion = listed.explicit.has(file) ? null : configs.exclusionOf(file);
    if (exclusion) {
      const globs = exclusion.reason === 'excluded' ? 'matches an exclude glob' : 'matches no include glob';
      if (options.verbose)
        note(
          io,
          `skipped ${relativeName(file, io.cwd)} [${exclusion.reason}]: ${globs} of ${configs.nameOf(exclusion.config)}`,
        );
      continue;
    }
    files.push({ path: file, file: relativeName(file, io.cwd) });
  }
  const shown = args.join(' ');
  if (files.length === 0 && !options.stdin) throw new UsageError(`no .txt or .md files in ${shown}`);
  const docs = await indexFiles(files, {
    onSkip: noteSkip,
    log: (message) => {
      note(io, relativeMessage(message, io.cwd));
    },
  });
  if (options.stdin) docs.unshift(options.stdin.doc);
  if (options.verbose) {
    for (const doc of docs) {
      const config = configs.configOf(options.stdin?.doc === doc ? options.stdin.path : path.resolve(io.cwd, doc.file));
      note(
        io,
        `read ${doc.file}: ${doc.claims.length} claim(s)${config ? `, settings from ${configs.nameOf(config)}` : ''}`,
      );
    }
  }
  if (docs.length === 0) throw new UsageError(`none of the ${files.length} file(s) in ${shown} could be read`);
  const declaredDocs = docs.map((doc) => {
    const declared = configs.declaredMetaOf(
      options.stdin?.doc === doc ? options.stdin.path : path.resolve(io.cwd, doc.file),
    );
    return declared ? { ...doc, meta: withDeclared(doc.meta, declared) } : doc;
  });
  return { docs: declaredDocs, skipped };
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
    throw new UsageError(
      `cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

function parse(
  args: string[],
  options: OptionSpec,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message
      .split('\n')[0]
      .replace(/\. To specify a positional.*$/, '')
      .replace(/\.$/, '');
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
      cachedVersion = String(
        JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version ?? 'unknown',
      );
    } catch {
      cachedVersion = 'unknown';
    }
  }
  return cachedVersion;
}
