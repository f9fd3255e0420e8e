// The `crosscheck` settings section as the server reads it. The server takes the size limit in bytes
// (`maxFileSize`); the user sets kilobytes (`crosscheck.maxFileSizeKB`). Pure: no VS Code import.

export function serverSettings(section: unknown): unknown {
  if (!section || typeof section !== 'object' || Array.isArray(section)) return section;
  const settings = { ...(section as Record<string, unknown>) };
  const kilobytes = settings.maxFileSizeKB;
  if (typeof kilobytes === 'number' && Number.isFinite(kilobytes) && kilobytes > 0 && settings.maxFileSize === undefined) {
    settings.maxFileSize = Math.round(kilobytes * 1024);
  }
  return settings;
}
