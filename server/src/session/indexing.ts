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
import type { Session } from './session';
import { isModelSnapshot } from '../service/workspace';
import type { WorkspaceFolderInfo } from '../service/workspace';
import { pathToUri } from '../service/uris';


/** Whether a folder-relative path (forward slashes) passes include, exclude and files.exclude. */
export function isIncluded(relativePath: string, include: string[], exclude: string[]): boolean {
  return pathFilter(include, exclude)(relativePath);
}

/** Whether folder-relative paths pass the settings' globs, `files.exclude` and the folder's `.crosscheck.json`. */
function folderFilter(session: Session, folder: WorkspaceFolderInfo): (relativePath: string) => boolean {
  const { enable, include, exclude, filesExclude } = session.settingsOf(folder.path);
  // A folder of a multi-root workspace may turn crosscheck.enable off for itself: none of its files is read.
  if (!enable) return () => false;
  const globs = pathFilter(include, [...exclude, ...filesExclude]);
  const project = session.projectConfigs.get(folder.path);
  return project ? (relativePath) => globs(relativePath) && configIncludes(project, relativePath) : globs;
}

/** Whether a folder-relative path passes the settings' globs, `files.exclude` and the folder's `.crosscheck.json`. */
export function passesFilters(session: Session, folder: WorkspaceFolderInfo, relativePath: string): boolean {
  return folderFilter(session, folder)(relativePath);
}

/** Whether the server should read a file at this absolute path (in a folder, passing the globs, .txt/.md). */
export function shouldIndex(session: Session, filePath: string): boolean {
  if (!/\.(txt|md)$/i.test(filePath)) return false;
  const folder = session.model.folderOf(filePath);
  if (!folder) return false;
  return passesFilters(session, folder, path.relative(folder.path, filePath).split(path.sep).join('/'));
}

/** Reads every folder's `.crosscheck.json` again and hands the engine its configuration (with the settings'). */
export function loadProjectConfigs(session: Session): void {
  session.projectConfigs.clear();
  const raws: Record<string, unknown>[] = [];
  for (const folder of session.model.folders) {
    const file = path.join(folder.path, PROJECT_CONFIG_NAME);
    if (!fs.existsSync(file)) continue;
    const read = readTextFile(file);
    if ('error' in read) {
      session.log(`could not read ${file}: ${read.error}`);
      continue;
    }
    const { config, errors } = parseConfig(read.text);
    for (const error of errors) session.log(`${file}: ${error}`);
    session.projectConfigs.set(folder.path, config);
    session.log(`read ${file}: ${config.ignore.length} ignore entr${config.ignore.length === 1 ? 'y' : 'ies'}`);
    try {
      const raw: unknown = JSON.parse(read.text.replace(/^\uFEFF/, '') || '{}');
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) raws.push(raw as Record<string, unknown>);
    } catch {
      // parseConfig has reported it
    }
  }
  session.model.declaredMetaOf = (filePath) => {
    const folder = session.model.folderOf(filePath);
    const sources = folder && session.projectConfigs.get(folder.path)?.sources;
    return folder && sources?.length ? declaredMeta(sources, path.relative(folder.path, filePath).split(path.sep).join('/')) : null;
  };
  session.model.redeclareOpen();
  const { config, errors } = engineConfigFrom(session.settings, raws);
  for (const error of errors) session.log(`settings: ${error}`);
  session.model.setConfig(config);
}

/** Reads the workspace's .bib files (all of them, or those of a listing the caller has just made). */
export function loadBibliography(session: Session, bibFiles?: string[]): void {
  const roots = session.model.folders.map((f) => f.path);
  session.service.bibliography = [];
  for (const file of bibFiles ?? listTextFiles(roots, ['.bib'])) {
    const read = readTextFile(file);
    if ('error' in read) continue;
    session.service.bibliography.push(...parseBibEntries(read.text));
  }
  if (session.service.bibliography.length) session.log(`bibliography: ${session.service.bibliography.length} entries`);
}

/**
 * The files of every folder that pass the filters (a log line for each skipped one), and the .bib files found on the
 * way (one walk of the folders for both).
 */
export function filesToIndex(session: Session): { files: FileToIndex[]; bibFiles: string[] } {
  const result: FileToIndex[] = [];
  const bibFiles: string[] = [];
  const filters = new Map(session.model.folders.map((folder) => [folder, folderFilter(session, folder)]));
  for (const folder of session.model.folders) {
    const { include, exclude, filesExclude } = session.settingsOf(folder.path);
    for (const glob of new Set([...include, ...exclude, ...filesExclude])) {
      const problem = globProblem(glob);
      if (problem) session.log(`settings of ${folder.path}: ${problem}; it matches nothing`);
    }
    const onSkip = (skipped: { path: string; message: string; reason: string }): void =>
      session.log(`skipped ${skipped.path}: ${skipped.message}${skipped.reason === 'outside' ? ' (crosscheck.followSymlinksOutside is off)' : ''}`);
    const followLinksOutside = session.settingsOf(folder.path).followSymlinksOutside;
    const within = session.model.folders.map((f) => f.path);
    const { files: listedAll, stats } = listTextFilesWithSkips([folder.path], { extensions: ['.txt', '.md', '.bib'], onSkip, followLinksOutside, within });
    const listed: string[] = [];
    for (const filePath of listedAll) (/\.bib$/i.test(filePath) ? bibFiles : listed).push(filePath);
    const maxFileSize = session.settingsOf(folder.path).maxFileSize;
    const under = folder.path.endsWith(path.sep) ? folder.path : folder.path + path.sep;
    let excluded = 0;
    for (const filePath of listed) {
      // The folder the file belongs to is the listed one, unless another workspace folder is nested in it.
      const owner = session.model.folders.length === 1 && filePath.startsWith(under) ? folder : session.model.folderOf(filePath);
      const relative = owner === folder && filePath.startsWith(under) ? filePath.slice(under.length) : owner ? path.relative(owner.path, filePath) : null;
      const forwardSlashes = relative !== null && path.sep !== '/' ? relative.split(path.sep).join('/') : relative;
      if (!owner || forwardSlashes === null || !filters.get(owner)!(forwardSlashes)) {
        excluded++;
        continue;
      }
      const { size, mtimeMs } = stats.get(filePath)!;
      if (size > maxFileSize) {
        session.log(`skipped ${filePath}: ${size} bytes, over crosscheck.maxFileSize (${maxFileSize})`);
        continue;
      }
      result.push({ path: filePath, file: session.model.fileNameIn(owner, forwardSlashes), size, mtimeMs });
    }
    session.log(`${folder.path}: ${listed.length} text file(s), ${excluded} excluded by globs`);
  }
  return { files: result, bibFiles };
}

let generation = 0;

/** Reads every file of the workspace again (open documents keep their live text). */
export async function indexWorkspace(session: Session): Promise<void> {
  const run = ++generation;
  session.indexing = true;
  session.notifyNow();
  const progress = session.support.workDoneProgress ? await session.connection.window.createWorkDoneProgress().catch(() => null) : null;
  try {
    loadProjectConfigs(session);
    const { files, bibFiles } = filesToIndex(session);
    loadBibliography(session, bibFiles);
    const openPaths = session.model.all().filter((e) => e.open && e.path).map((e) => e.path as string);
    const open = new Set(openPaths);
    const toRead = files.filter((f) => !open.has(f.path));
    progress?.begin('Crosscheck: indexing', 0, `${toRead.length} files`, true);
    let lastPercent = -1;
    const options: IndexerOptions & { cacheDir?: string; maxFileSize?: number; firstPaths?: string[]; pruneCache?: boolean } = {
      log: (message) => session.log(message),
      isCancelled: () => run !== generation || (progress?.token.isCancellationRequested ?? false),
      onProgress: (done, total) => {
        const percent = total ? Math.floor((done / total) * 100) : 100;
        if (percent !== lastPercent) {
          lastPercent = percent;
          progress?.report(percent, `${done}/${total} files`);
        }
      },
      maxFileSize: Math.max(...session.model.folders.map((f) => session.settingsOf(f.path).maxFileSize), session.settings.maxFileSize),
      firstPaths: openPaths,
      pruneCache: true,
      // The engine's per-file work is done while the other files are still being read, not after the last one.
      onAnalysis: (analysis) => session.model.prepareAhead(analysis),
    };
    if (session.storagePath) options.cacheDir = session.storagePath;
    const started = Date.now();
    // The engine's snapshot of the last run is only of use to a model that has no closed files yet (a start).
    const fromLastRun = session.storagePath && !session.model.all().some((e) => !e.open) ? loadSnapshot(session.storagePath, currentEngineKey()) : null;
    const snapshot = fromLastRun && isModelSnapshot(fromLastRun.snapshot) ? fromLastRun.snapshot : null;
    const unusable = fromLastRun?.reason ?? (fromLastRun?.snapshot && !snapshot ? 'malformed' : undefined);
    if (unusable) session.log(`engine snapshot not used (${unusable}); every file goes through the engine`);
    const indexed = await indexFilesLazily(toRead, options);
    if (run !== generation) return;
    const byFile = new Map(toRead.map((f) => [f.file, f]));
    const keep = new Set(files.map((f) => f.path));
    for (const entry of session.model.all()) {
      if (!entry.open && entry.path && !keep.has(entry.path)) session.model.delete(entry.key);
      // Open documents keep their live text, but their analysis name follows the folders (multi-root prefix).
      else if (entry.open && entry.text !== null && entry.file !== session.model.fileNameOf(entry.key)) session.model.set(entry.uri, { text: entry.text }, true);
    }
    const items = indexed.filter((item) => byFile.has(item.file));
    const { restored, analysed } = session.model.setIndexed(items, snapshot);
    session.log(`indexed ${indexed.length} of ${toRead.length} file(s) in ${Date.now() - started} ms (${open.size} open)`);
    if (snapshot && !restored) session.log('engine snapshot not used (made under another configuration, or malformed); every file went through the engine');
    if (restored) {
      session.log(`findings taken from the engine's snapshot of the last run; ${analysed} changed file(s) went through the engine`);
      decodeInBackground(session, run);
    }
    if (!restored || analysed > 0) saveEngineSnapshotWhenQuiet(session, run);
    else session.savedEngineRevision = session.model.engineRevision;
  } finally {
    progress?.done();
    if (run === generation) {
      session.indexing = false;
      session.notifyNow();
    }
  }
}

/** Decodes and prepares, in slices between messages, the files a restored snapshot left for later. */
function decodeInBackground(session: Session, run: number): void {
  const started = performance.now();
  const { scheduler } = session;
  const slice = (): void => {
    if (run !== generation) return;
    const quietIn = session.model.decodingForOpenDocuments ? 0 : scheduler.quietIn(DELAYS.decodeAfterQuiet);
    if (quietIn > 0) {
      scheduler.schedule('decode', quietIn, slice);
      return;
    }
    if (session.model.decodeSome(performance.now() + DELAYS.decodeSlice) > 0) scheduler.schedule('decode', 0, slice);
    else session.log(`decoded the files of the snapshot in ${Math.round(performance.now() - started)} ms`);
  };
  scheduler.schedule('decode', 0, slice);
}

/** saveEngineSnapshot once the server is quiet (and indexing has not started again). */
function saveEngineSnapshotWhenQuiet(session: Session, run: number): void {
  const { scheduler } = session;
  const attempt = (): void => {
    if (run !== generation) return;
    const quietIn = scheduler.quietIn(DELAYS.saveAfterQuiet, startedWaiting);
    if (quietIn > 0) scheduler.schedule('saveSnapshot', quietIn, attempt);
    else saveEngineSnapshot(session);
  };
  const startedWaiting = performance.now();
  scheduler.schedule('saveSnapshot', DELAYS.saveAfterQuiet, attempt);
}

/** Writes the engine's snapshot to the storage folder when it changed since it was last written or read. */
export function saveEngineSnapshot(session: Session): void {
  if (!session.storagePath || session.model.engineRevision === session.savedEngineRevision) return;
  try {
    const started = performance.now();
    saveSnapshot(session.storagePath, currentEngineKey(), session.model.snapshot());
    session.savedEngineRevision = session.model.engineRevision;
    session.log(`saved the engine's snapshot of ${session.model.size} file(s) in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    session.log(`could not save the engine's snapshot in ${session.storagePath}: ${(error as Error).message}`);
  }
}

/** Re-reads one file after a change on disk; returns whether the model changed. */
export function reindexFile(session: Session, filePath: string): boolean {
  const entry = session.model.get(filePath);
  if (entry?.open) return false;
  if (!shouldIndex(session, filePath)) return entry ? session.model.delete(filePath) : false;
  let size: number;
  try {
    size = fs.statSync(filePath).size;
  } catch {
    return session.model.delete(filePath);
  }
  const settings = session.settingsOf(session.model.folderOf(filePath)?.path);
  const outside = settings.followSymlinksOutside ? null : outsideOf(filePath, realFolders(session.model.folders.map((f) => f.path)));
  if (outside) {
    session.log(`skipped ${filePath}: ${outside} (crosscheck.followSymlinksOutside is off)`);
    return entry ? session.model.delete(filePath) : false;
  }
  const maxFileSize = settings.maxFileSize;
  if (size > maxFileSize) {
    session.log(`skipped ${filePath}: ${size} bytes, over crosscheck.maxFileSize`);
    return session.model.delete(filePath);
  }
  const read = readTextFile(filePath, { maxBytes: maxFileSize });
  if ('error' in read) {
    session.log(`skipped ${filePath}: ${read.error}`);
    return session.model.delete(filePath);
  }
  for (const warning of read.warnings) session.log(`read ${filePath}: ${warning}`);
  session.model.set(pathToUri(filePath), { text: read.text });
  return true;
}
