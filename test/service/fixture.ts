// Fixtures for the service's tests, rust-analyzer style: one text holds every file of a workspace, each after a
// `//- /path` line (`//- /path open` for a document open in the editor), and `$0` marks the cursor. No process,
// no disk: the service reads the workspace from memory.
import { AnalysisService } from '../../server/src/service/service';
import type { WorkspaceFiles } from '../../server/src/service/host';
import { pathToUri } from '../../server/src/service/uris';

export const CURSOR = '$0';
export const ROOT = '/ws';

export interface FixtureFile {
  path: string;
  text: string;
  open: boolean;
}

export interface Fixture {
  files: FixtureFile[];
  /** The file the cursor is in, and its offset there. */
  cursor: { path: string; uri: string; offset: number } | null;
}

export function parseFixture(source: string): Fixture {
  const files: FixtureFile[] = [];
  let cursor: Fixture['cursor'] = null;
  for (const chunk of source.split(/^\/\/- /m).slice(1)) {
    const newline = chunk.indexOf('\n');
    const [name, ...flags] = chunk.slice(0, newline).trim().split(/\s+/);
    let text = chunk.slice(newline + 1).replace(/\n$/, '');
    const at = text.indexOf(CURSOR);
    if (at >= 0) {
      text = text.slice(0, at) + text.slice(at + CURSOR.length);
      cursor = { path: ROOT + name, uri: pathToUri(ROOT + name), offset: at };
    }
    files.push({ path: ROOT + name, text, open: flags.includes('open') || at >= 0 });
  }
  return { files, cursor };
}

/** An in-memory workspace: the files the service may read (`.crosscheck.json`), by path. */
export function memoryFiles(files: Map<string, string>): WorkspaceFiles {
  return { readText: (path) => files.get(path) ?? null, join: (folder, name) => `${folder}/${name}` };
}

/** A service over the fixture's files: the .txt/.md ones analysed, the others only readable. */
export function serviceOf(fixture: Fixture): AnalysisService {
  const readable = new Map(fixture.files.map((f) => [f.path, f.text]));
  const service = new AnalysisService(memoryFiles(readable));
  service.model.setFolders([{ uri: pathToUri(ROOT), path: ROOT, name: 'ws' }]);
  for (const file of fixture.files) {
    if (/\.(txt|md)$/.test(file.path)) service.model.set(pathToUri(file.path), { text: file.text }, file.open);
  }
  return service;
}

/** A text with offset edits applied (the edits do not overlap; applied from the last). */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
