// The service's view of the workspace on the node host: files read from the local disk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceFiles } from '../service/host';
import { readTextFile } from '../workspace/files';

export const nodeFiles: WorkspaceFiles = {
  readText(filePath: string): string | null {
    try {
      return fs.readFileSync(filePath, 'utf8');
    } catch {
      return null;
    }
  },
  join: (folder, name) => path.join(folder, name),
};

/** A workspace file's text as the indexer decodes it (BOM, UTF-16, binary refused), or null when it cannot be read. */
export function readWorkspaceText(filePath: string, maxBytes: number): string | null {
  const read = readTextFile(filePath, { maxBytes });
  return 'error' in read ? null : read.text;
}
