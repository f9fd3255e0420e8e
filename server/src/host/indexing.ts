// Reading the workspace from disk: every .txt/.md of every folder that the include/exclude globs,
// `files.exclude`, `.crosscheck.json` and the size limit let through, open documents first, with
// window/workDoneProgress when the client supports it. Also the per-file re-read for watched-file events.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSnapshot, saveSnapshot } from '../indexing/cache';
import { currentEngineKey, indexFilesLazily } from '../indexing/indexer';
import type { FileToIndex, IndexerOptions } from '../indexing/indexer';
import { listTextFiles, listTextFilesWithSkips, outsideOf, readTextFile, realFolders } from '../workspace/files';
import { declaredMeta, globProblem, isIncluded as configIncludes, parseConfig, pathFilter } from '../core';
import { parseBibEntries } from '../core/citations';
import { engineConfigFrom, PROJECT_CONFIG_NAME } from '../service/projectConfig';
import { DELAYS } from '../features/scheduler';
import type { Scheduler } from '../features/scheduler';
import { isModelSnapshot } from '../service/workspace';
import type { WorkspaceFolderInfo, WorkspaceModel } from '../service/workspace';
import type { AnalysisService } from '../service/service';
import { pathToUri } from '../service/uris';
import type { EngineConfig } from '../core';
import type { Settings } from './settings';

/** A progress report the client shows while the workspace is read (window/workDoneProgress). */
export interface IndexingProgress {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
  readonly token: { readonly isCancellationRequested: boolean };
}

/** What reading the workspace needs of the server's state (features/session.ts): no LSP in it. */
export interface IndexingState {
  readonly service: AnalysisService;
  readonly model: WorkspaceModel;
  readonly settings: Settings;
  settingsOf(folderPath: string | undefined): Settings;
  /** `.crosscheck.json` of each workspace folder that has one, by folder path (filled by loadProjectConfigs). */
  readonly projectConfigs: Map<string, EngineConfig>;
  readonly storagePath: string | null;
  indexing: boolean;
  /** The model's engineRevision when its snapshot was last saved or restored (see saveEngineSnapshot). */
  savedEngineRevision: number;
  /** The server's scheduler: every timer and the one activity clock. */
  readonly scheduler: Scheduler;
  log(message: string): void;
  /** Tells the publishers now that the model changed. */
  notifyNow(): void;
  createProgress(): Promise<IndexingProgress | null>;
}

/** Whether a folder-relative path (forward slashes) passes include, exclude and files.exclude. */
export function isIncluded(relativePath: string, include: string[], exclude: string[]): boolean {
  return pathFilter(include, exclude)(relativePath);
}

/** Whether folder-relative paths pass the settings' globs, `files.exclude` and the folder's `.crosscheck.json`. */
function folderFilter(state: IndexingState, folder: WorkspaceFolderInfo): (relativePath: string) => boolean {
  const { enable, include, exclude, filesExclude } = state.settingsOf(folder.path);
  // A folder of a multi-root workspace may turn crosscheck.enable off for itself: none of its files is read.
  if (!enable) return () => false;
  const globs = pathFilter(include, [...exclude, ...filesExclude]);
  const project = state.projectConfigs.get(folder.path);
  return project ? (relativePath) => globs(relativePath) && configIncludes(project, relativePath) : globs;
}

/** Whether a folder-relative path passes the settings' globs, `files.exclude` and the folder's `.crosscheck.json`. */
export function passesFilters(state: IndexingState, folder: WorkspaceFolderInfo, relativePath: string): boolean {
  return folderFilter(state, folder)(relativePath);
}

/** Whether the server should read a file at this absolute path (in a folder, passing the globs, .txt/.md). */
export function shouldIndex(state: IndexingState, filePath: string): boolean {
  if (!/\.(txt|md)$/i.test(filePath)) return false;
  const folder = state.model.folderOf(filePath);
  if (!folder) return false;
  return passesFilters(state, folder, path.relative(folder.path, filePath).split(path.sep).join('/'));
}

/** Reads every folder's `.crosscheck.json` again and hands the engine its configuration (with the settings'). */
export function loadProjectConfigs(state: IndexingState): void {
  state.projectConfigs.clear();
  const raws: Record<string, unknown>[] = [];
  for (const folder of state.model.folders) {
    const file = path.join(folder.path, PROJECT_CONFIG_NAME);
    if (!fs.existsSync(file)) continue;
    const read = readTextFile(file);
    if ('error' in read) {
      state.log(`could not read ${file}: ${read.error}`);
      continue;
    }
    const { config, errors } = parseConfig(read.text);
    for (const error of errors) state.log(`${file}: ${error}`);
    state.projectConfigs.set(folder.path, config);
    state.log(`read ${file}: ${config.ignore.length} ignore entr${config.ignore.length === 1 ? 'y' : 'ies'}`);
    try {
      const raw: unknown = JSON.parse(read.text.replace(/^\uFEFF/, '') || '{}');
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) raws.push(raw as Record<string, unknown>);
    } catch {
      // parseConfig has reported it
    }
  }
  state.model.declaredMetaOf = (filePath) => {
    const folder = state.model.folderOf(filePath);
    const sources = folder && state.projectConfigs.get(folder.path)?.sources;
    return folder && sources?.length
      ? declaredMeta(sources, path.relative(folder.path, filePath).split(path.sep).join('/'))
      : null;
  };
  state.model.redeclareOpen();
  const { config, errors } = engineConfigFrom(state.settings, raws);
  for (const error of errors) state.log(`settings: ${error}`);
  state.model.setConfig(config);
}

/** Reads the workspace's .bib files (all of them, or those of a listing the caller has just made). */
export function loadBibliography(state: IndexingState, bibFiles?: string[]): void {
  const roots = state.model.folders.map((f) => f.path);
  state.service.bibliography = [];
  for (const file of bibFiles ?? listTextFiles(roots, ['.bib'])) {
    const read = readTextFile(file);
    if ('error' in read) continue;
    state.service.bibliography.push(...parseBibEntries(read.text));
  }
  if (state.service.bibliography.length) state.log(`bibliography: ${state.service.bibliography.length} entries`);
}

/**
 * The files of every folder that pass the filters (a log line for each skipped one), and the .bib files found on the
 * way (one walk of the folders for both).
 */
export function filesToIndex(state: IndexingState): { files: FileToIndex[]; bibFiles: string[] } {
  const result: FileToIndex[] = [];
  const bibFiles: string[] = [];
  const filters = new Map(state.model.folders.map((folder) => [folder, folderFilter(state, folder)]));
  for (const folder of state.model.folders) {
    const { include, exclude, filesExclude } = state.settingsOf(folder.path);
    for (const glob of new Set([...include, ...exclude, ...filesExclude])) {
      const problem = globProblem(glob);
      if (problem) state.log(`settings of ${folder.path}: ${problem}; it matches nothing`);
    }
    const onSkip = (skipped: { path: string; message: string; reason: string }): void =>
      state.log(
        `skipped ${skipped.path}: ${skipped.message}${skipped.reason === 'outside' ? ' (crosscheck.followSymlinksOutside is off)' : ''}`,
      );
    const followLinksOutside = state.settingsOf(folder.path).followSymlinksOutside;
    const within = state.model.folders.map((f) => f.path);
    const { files: listedAll, stats } = listTextFilesWithSkips([folder.path], {
      extensions: ['.txt', '.md', '.bib'],
      onSkip,
      followLinksOutside,
      within,
    });
    const listed: string[] = [];
    for (const filePath of listedAll) (/\.bib$/i.test(filePath) ? bibFiles : listed).push(filePath);
    const maxFileSize = state.settingsOf(folder.path).maxFileSize;
    const under = folder.path.endsWith(path.sep) ? folder.path : folder.path + path.sep;
    let excluded = 0;
    for (const filePath of listed) {
      // The folder the file belongs to is the listed one, unless another workspace folder is nested in it.
      const owner =
        state.model.folders.length === 1 && filePath.startsWith(under) ? folder : state.model.folderOf(filePath);
      const relative =
        owner === folder && filePath.startsWith(under)
          ? filePath.slice(under.length)
          : owner
            ? path.relative(owner.path, filePath)
            : null;
      const forwardSlashes = relative !== null && path.sep !== '/' ? relative.split(path.sep).join('/') : relative;
      if (!owner || forwardSlashes === null || !filters.get(owner)!(forwardSlashes)) {
        excluded++;
        continue;
      }
      const { size, mtimeMs } = stats.get(filePath)!;
      if (size > maxFileSize) {
        state.log(`skipped ${filePath}: ${size} bytes, over crosscheck.maxFileSize (${maxFileSize})`);
        continue;
      }
      result.push({ path: filePath, file: state.model.fileNameIn(owner, forwardSlashes), size, mtimeMs });
    }
    state.log(`${folder.path}: ${listed.length} text file(s), ${excluded} excluded by globs`);
  }
  return { files: result, bibFiles };
}

let generation = 0;

/** Reads every file of the workspace again (open documents keep their live text). */
export async function indexWorkspace(state: IndexingState): Promise<void> {
  const run = ++generation;
  state.indexing = true;
  state.notifyNow();
  const progress = await state.createProgress();
  try {
    loadProjectConfigs(state);
    const { files, bibFiles } = filesToIndex(state);
    loadBibliography(state, bibFiles);
    const openPaths = state.model
      .all()
      .filter((e) => e.open && e.path)
      .map((e) => e.path as string);
    const open = new Set(openPaths);
    const toRead = files.filter((f) => !open.has(f.path));
    progress?.begin('Crosscheck: indexing', 0, `${toRead.length} files`, true);
    let lastPercent = -1;
    const options: IndexerOptions & {
      cacheDir?: string;
      maxFileSize?: number;
      firstPaths?: string[];
      pruneCache?: boolean;
    } = {
      log: (message) => state.log(message),
      isCancelled: () => run !== generation || (progress?.token.isCancellationRequested ?? false),
      onProgress: (done, total) => {
        const percent = total ? Math.floor((done / total) * 100) : 100;
        if (percent !== lastPercent) {
          lastPercent = percent;
          progress?.report(percent, `${done}/${total} files`);
        }
      },
      maxFileSize: Math.max(
        ...state.model.folders.map((f) => state.settingsOf(f.path).maxFileSize),
        state.settings.maxFileSize,
      ),
      firstPaths: openPaths,
      pruneCache: true,
      // The engine's per-file work is done while the other files are still being read, not after the last one.
      onAnalysis: (analysis) => state.model.prepareAhead(analysis),
    };
    if (state.storagePath) options.cacheDir = state.storagePath;
    const started = Date.now();
    // The engine's snapshot of the last run is only of use to a model that has no closed files yet (a start).
    const fromLastRun =
      state.storagePath && !state.model.all().some((e) => !e.open)
        ? loadSnapshot(state.storagePath, currentEngineKey())
        : null;
    const snapshot = fromLastRun && isModelSnapshot(fromLastRun.snapshot) ? fromLastRun.snapshot : null;
    const unusable = fromLastRun?.reason ?? (fromLastRun?.snapshot && !snapshot ? 'malformed' : undefined);
    if (unusable) state.log(`engine snapshot not used (${unusable}); every file goes through the engine`);
    const indexed = await indexFilesLazily(toRead, options);
    if (run !== generation) return;
    const byFile = new Map(toRead.map((f) => [f.file, f]));
    const keep = new Set(files.map((f) => f.path));
    for (const entry of state.model.all()) {
      if (!entry.open && entry.path && !keep.has(entry.path)) state.model.delete(entry.key);
      // Open documents keep their live text, but their analysis name follows the folders (multi-root prefix).
      else if (entry.open && entry.text !== null && entry.file !== state.model.fileNameOf(entry.key))
        state.model.set(entry.uri, { text: entry.text }, true);
    }
    const items = indexed.filter((item) => byFile.has(item.file));
    const { restored, analysed } = state.model.setIndexed(items, snapshot);
    state.log(
      `indexed ${indexed.length} of ${toRead.length} file(s) in ${Date.now() - started} ms (${open.size} open)`,
    );
    if (snapshot && !restored)
      state.log(
        'engine snapshot not used (made under another configuration, or malformed); every file went through the engine',
      );
    if (restored) {
      state.log(
        `findings taken from the engine's snapshot of the last run; ${analysed} changed file(s) went through the engine`,
      );
      decodeInBackground(state, run);
    }
    if (!restored || analysed > 0) saveEngineSnapshotWhenQuiet(state, run);
    else state.savedEngineRevision = state.model.engineRevision;
  } finally {
    progress?.done();
    if (run === generation) {
      state.indexing = false;
      state.notifyNow();
    }
  }
}

/** Decodes and prepares, in slices between messages, the files a restored snapshot left for later. */
function decodeInBackground(state: IndexingState, run: number): void {
  const started = performance.now();
  const { scheduler } = state;
  const slice = (): void => {
    if (run !== generation) return;
    const quietIn = state.model.decodingForOpenDocuments ? 0 : scheduler.quietIn(DELAYS.decodeAfterQuiet);
    if (quietIn > 0) {
      scheduler.schedule('decode', quietIn, slice);
      return;
    }
    if (state.model.decodeSome(performance.now() + DELAYS.decodeSlice) > 0) scheduler.schedule('decode', 0, slice);
    else state.log(`decoded the files of the snapshot in ${Math.round(performance.now() - started)} ms`);
  };
  scheduler.schedule('decode', 0, slice);
}

/** saveEngineSnapshot once the server is quiet (and indexing has not started again). */
function saveEngineSnapshotWhenQuiet(state: IndexingState, run: number): void {
  const { scheduler } = state;
  const attempt = (): void => {
    if (run !== generation) return;
    const quietIn = scheduler.quietIn(DELAYS.saveAfterQuiet, startedWaiting);
    if (quietIn > 0) scheduler.schedule('saveSnapshot', quietIn, attempt);
    else saveEngineSnapshot(state);
  };
  const startedWaiting = performance.now();
  scheduler.schedule('saveSnapshot', DELAYS.saveAfterQuiet, attempt);
}

/** Writes the engine's snapshot to the storage folder when it changed since it was last written or read. */
export function saveEngineSnapshot(state: IndexingState): void {
  if (!state.storagePath || state.model.engineRevision === state.savedEngineRevision) return;
  try {
    const started = performance.now();
    saveSnapshot(state.storagePath, currentEngineKey(), state.model.snapshot());
    state.savedEngineRevision = state.model.engineRevision;
    state.log(
      `saved the engine's snapshot of ${state.model.size} file(s) in ${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    state.log(`could not save the engine's snapshot in ${state.storagePath}: ${(error as Error).message}`);
  }
}

/** Re-reads one file after a change on disk; returns whether the model changed. */
export function reindexFile(state: IndexingState, filePath: string): boolean {
  const entry = state.model.get(filePath);
  if (entry?.open) return false;
  if (!shouldIndex(state, filePath)) return entry ? state.model.delete(filePath) : false;
  let size: number;
  try {
    size = fs.statSync(filePath).size;
  } catch {
    return state.model.delete(filePath);
  }
  const settings = state.settingsOf(state.model.folderOf(filePath)?.path);
  const outside = settings.followSymlinksOutside
    ? null
    : outsideOf(filePath, realFolders(state.model.folders.map((f) => f.path)));
  if (outside) {
    state.log(`skipped ${filePath}: ${outside} (crosscheck.followSymlinksOutside is off)`);
    return entry ? state.model.delete(filePath) : false;
  }
  const maxFileSize = settings.maxFileSize;
  if (size > maxFileSize) {
    state.log(`skipped ${filePath}: ${size} bytes, over crosscheck.maxFileSize`);
    return state.model.delete(filePath);
  }
  const read = readTextFile(filePath, { maxBytes: maxFileSize });
  if ('error' in read) {
    state.log(`skipped ${filePath}: ${read.error}`);
    return state.model.delete(filePath);
  }
  for (const warning of read.warnings) state.log(`read ${filePath}: ${warning}`);
  state.model.set(pathToUri(filePath), { text: read.text });
  return true;
}
