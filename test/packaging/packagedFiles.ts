// What package.json's `files` puts in both the npm tarball and the .vsix (plus package.json itself).

/** Every file the tarball and the .vsix must hold, and nothing else: the CLI, the extension, their assets and the documents. */
export const PACKAGED_FILES = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'bin/crosscheck.js',
  'dist/cli.js',
  'dist/client.js',
  'dist/worker.js',
  'media/activity-bar.svg',
  'media/icon.png',
  'media/walkthrough/cite.md',
  'media/walkthrough/export.md',
  'media/walkthrough/first-finding.md',
  'media/walkthrough/open-folder.md',
  'media/walkthrough/timeline.md',
  'package.json',
  'schemas/crosscheck.schema.json',
  'syntaxes/crosscheck-claims.tmLanguage.json',
  'syntaxes/plaintext.tmLanguage.json',
];
