// The status bar item's wording for a crosscheck/status notification. Pure: no VS Code import.
import type { StatusParams } from './protocol';

/** @param enabled the `crosscheck.enable` setting */
export function statusText(status: StatusParams | undefined, enabled = true): string {
  if (!enabled) return '$(circle-slash) Crosscheck: off';
  if (!status) return '$(sync~spin) Crosscheck';
  if (status.indexing) return '$(sync~spin) Crosscheck: indexing';
  const noun = status.findings === 1 ? 'finding' : 'findings';
  return `${status.findings > 0 ? '$(warning)' : '$(check)'} Crosscheck: ${status.findings} ${noun}`;
}

export function statusTooltip(status: StatusParams | undefined, enabled = true): string {
  if (!enabled) return 'Crosscheck is switched off (setting crosscheck.enable)';
  if (!status) return 'Crosscheck is starting';
  const files = `${status.files} ${status.files === 1 ? 'file' : 'files'}`;
  return status.indexing ? `Crosscheck is reading ${files}` : `Crosscheck checked ${files}. Click to show the findings.`;
}
