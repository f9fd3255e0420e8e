// What the service asks of the world around it: reading a workspace file. The node host reads the disk
// (server/src/host/nodeFiles.ts); tests hand in an in-memory workspace.

export interface WorkspaceFiles {
  /** The text of a file, or null when it does not exist or cannot be read. */
  readText(path: string): string | null;
  /** A path inside a folder (the host's path syntax). */
  join(folder: string, name: string): string;
}
