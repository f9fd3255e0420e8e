// How large a file Crosscheck reads: one policy, in this one place. The user sets kilobytes of 1024 bytes
// (crosscheck.maxFileSizeKB, or a client's crosscheck.maxFileSize in bytes); each front end has its default. Every
// larger file is skipped with the typed reason 'too-large' (workspace/files.ts), logged by the server, printed by the
// CLI.

/** The one conversion from the setting's kilobytes to the bytes every check counts. */
export function bytesOfKilobytes(kilobytes: number): number {
  return Math.round(kilobytes * 1024);
}

/** The default limit of each front end, in kilobytes. */
export const MAX_FILE_KB = {
  /** The language server (package.json's default of crosscheck.maxFileSizeKB): an open document is analysed as it is typed. */
  server: 2000,
  /** The CLI and the indexing library: a batch run reads what it is given, up to 10 MiB a file. */
  cli: 10 * 1024,
} as const;

export const MAX_FILE_BYTES = {
  server: bytesOfKilobytes(MAX_FILE_KB.server),
  cli: bytesOfKilobytes(MAX_FILE_KB.cli),
} as const;

/**
 * The limit in bytes a `crosscheck` settings section sets: `maxFileSize` (bytes) when a client sends it, else
 * `maxFileSizeKB`, else `fallback`. A value that is not a positive number is not a setting.
 */
export function maxFileBytesOf(section: { maxFileSize?: unknown; maxFileSizeKB?: unknown }, fallback: number): number {
  const positive = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value) && value > 0;
  if (positive(section.maxFileSize)) return section.maxFileSize;
  if (positive(section.maxFileSizeKB)) return bytesOfKilobytes(section.maxFileSizeKB);
  return fallback;
}
