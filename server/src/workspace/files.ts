// Finding and reading the workspace's text files on disk. Shared by the language server and the CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DEFAULT_EXTENSIONS = ['.txt', '.md'];

/** Every .txt and .md file under the given files or folders, sorted; folders such as .git and node_modules are skipped. */
export function listTextFiles(roots: string[], extensions = DEFAULT_EXTENSIONS): string[] {
  const found = new Set<string>();
  const visit = (p: string, explicit: boolean): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      const name = path.basename(p);
      if (!explicit && (name.startsWith('.') || name === 'node_modules')) return;
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry), false);
    } else if (stat.isFile() && (explicit || extensions.includes(path.extname(p).toLowerCase()))) {
      found.add(path.resolve(p));
    }
  };
  for (const root of roots) visit(root, true);
  return [...found].sort();
}

/** The file's text, or an explanation of why it cannot be read as text. */
export function readTextFile(file: string): { text: string } | { error: string } {
  try {
    const bytes = fs.readFileSync(file);
    if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes)' };
    return { text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}
