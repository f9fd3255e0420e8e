// How large a file Crosscheck reads: one policy, with a default per front end, in this one place. Every larger file
// is skipped with the typed reason 'too-large' (workspace/files.ts), logged by the server, printed by the CLI.

export const MAX_FILE_BYTES = {
  /**
   * The language server, when the client sends no crosscheck.maxFileSize: an open document is analysed again as it is
   * typed. (VS Code sends crosscheck.maxFileSizeKB × 1024, whose default 2000 gives 2,048,000 bytes.)
   */
  server: 2_000_000,
  /** The CLI and the indexing library: a batch run reads what it is given, up to 10 MiB a file. */
  cli: 10 * 1024 * 1024,
} as const;
