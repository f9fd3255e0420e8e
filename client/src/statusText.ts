// The status bar item's wording for a crosscheck/status notification. Pure: no VS Code import.
import type { StatusParams } from './protocol';

/** @param enabled the `crosscheck.enable` setting */
export function statusText(status: StatusParams | undefined, enabled = true): string {
  if (!enabled) return '$(circle-slash) Crosscheck: off';
  if (!status) return '$(sync~spin) Crosscheck';
  if (status.indexing) return '$(sync~spin) Crosscheck: indexing';
  const noun = status.findings === 1 ? 'finding' : 'findings';
  return `${status.findings > 0 ? '$(warning)' : '$(check)'} Crosscheck: ${status.findings} ${noun}${archiveText(status)}`;
}

/** The shared archive's part of the item (crosscheck.archive): nothing while it answers, a word when it does not. */
function archiveText(status: StatusParams): string {
  switch (status.archive?.state) {
    case 'unavailable':
      return ' · $(debug-disconnect) archive unavailable';
    case 'connecting':
      return ' · archive…';
    default:
      return '';
  }
}

function archiveTooltip(status: StatusParams): string {
  const archive = status.archive;
  if (!archive) return '';
  if (archive.state === 'unavailable')
    return `\nThe archive cannot be used: ${archive.message ?? archive.archive}. The local findings stand; Crosscheck retries.`;
  if (archive.state === 'connecting') return `\nConnecting to the archive at ${archive.archive}.`;
  const documents = archive.documents ?? 0;
  return `\nCompared with ${documents} archived ${documents === 1 ? 'article' : 'articles'} of ${archive.archive}.`;
}

export function statusTooltip(status: StatusParams | undefined, enabled = true): string {
  if (!enabled) return 'Crosscheck is switched off (setting crosscheck.enable)';
  if (!status) return 'Crosscheck is starting';
  const files = `${status.files} ${status.files === 1 ? 'file' : 'files'}`;
  return (
    (status.indexing ? `Crosscheck is reading ${files}` : `Crosscheck checked ${files}. Click to show the findings.`) +
    archiveTooltip(status)
  );
}
