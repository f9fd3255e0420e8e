// Which open documents the language client hands the server: `crosscheck.enabledLanguages` (language id → on
// or off, as cspell's enabledFileTypes), saved files and untitled drafts alike. Pure: no VS Code import.

/** The default of `crosscheck.enabledLanguages` (package.json says the same, and the manifest test checks it). */
export const DEFAULT_ENABLED_LANGUAGES: Readonly<Record<string, boolean>> = { plaintext: true, markdown: true };

/** The language ids switched on, in the order the setting gives them; the defaults when the value is not an object. */
export function enabledLanguageIds(setting: unknown): string[] {
  const languages =
    setting && typeof setting === 'object' && !Array.isArray(setting)
      ? (setting as Record<string, unknown>)
      : DEFAULT_ENABLED_LANGUAGES;
  return Object.entries(languages)
    .filter(([language, on]) => on === true && language.trim() !== '')
    .map(([language]) => language);
}

/** Saved files and untitled (never saved) documents of each language. */
export function documentSelectorFor(languages: readonly string[]): { scheme: 'file' | 'untitled'; language: string }[] {
  return languages.flatMap((language) => [
    { scheme: 'file' as const, language },
    { scheme: 'untitled' as const, language },
  ]);
}
