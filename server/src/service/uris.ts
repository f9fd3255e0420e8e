// Converting between file paths and file URIs the way VS Code writes them, so that the URIs the server
// publishes match the ones the client opened.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a file: URI, or null for other schemes (untitled:, vscode-notebook-cell:, ...). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return null;
  }
}

/** A file: URI for an absolute path, percent-encoded like VS Code's URI.file(). */
export function pathToUri(filePath: string): string {
  let normalised = path.resolve(filePath).split(path.sep).join('/');
  if (/^[A-Za-z]:/.test(normalised)) normalised = '/' + normalised[0].toLowerCase() + normalised.slice(1);
  const encoded = normalised
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()),
    )
    .join('/');
  return 'file://' + encoded;
}
