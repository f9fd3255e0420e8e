// A finding's message from one claim's point of view, for that claim's diagnostic:
// "145 militants killed here (Chief Minister Sarfraz Bugti, 1 Feb; superseded); 177 in 000, 001, 003, 004 (2 Feb); 197 in 003 (state media)".
import type { DocumentAnalysis, Finding, TimelineEntry } from '../types';
import { formatDate, listFiles, pushTo } from './text';

const FIGURE_KINDS = new Set(['conflict', 'revision', 'internal', 'attributed']);

function entryHolds(entry: TimelineEntry, claimId: string): boolean {
  return entry.claimId === claimId || (entry.claims?.includes(claimId) ?? false);
}

function figureNumber(figure: string): string {
  return /\d[\d,]*(?:\.\d+)?/.exec(figure)?.[0] ?? figure;
}

function details(entries: TimelineEntry[], superseded: boolean): string {
  const parts: string[] = [];
  const ordered = [...entries].sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0)
    || (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file));
  const source = ordered.find((e) => e.source)?.source;
  if (source) parts.push(source);
  const date = ordered.find((e) => e.date)?.date;
  if (date) parts.push(formatDate(date)!);
  const text = parts.join(', ');
  const flag = superseded ? 'superseded' : '';
  return text || flag ? ` (${[text, flag].filter(Boolean).join('; ')})` : '';
}

/** "Attacks began on 29 Jan 2026 here; 31 Jan 2026 in 000, 002, 004". */
function dateMessageFor(finding: Finding, own: TimelineEntry): string {
  const others = new Map<string, string[]>();
  for (const entry of finding.timeline) {
    if (entry.figure === own.figure) continue;
    pushTo(others, entry.figure, entry.file);
  }
  const rest = [...others].map(([figure, files]) => `${figure} in ${listFiles(files)}`);
  const head = `${finding.subject.charAt(0).toUpperCase()}${finding.subject.slice(1)} on ${own.figure} here`;
  return rest.length > 0 ? `${head}; ${rest.join('; ')}` : head;
}

export function messageFor(finding: Finding, claimId: string, _docs?: DocumentAnalysis[]): string {
  const own = finding.timeline.find((entry) => entryHolds(entry, claimId));
  if (own && finding.kind === 'date') return dateMessageFor(finding, own);
  if (!own || !FIGURE_KINDS.has(finding.kind)) return finding.message;
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of finding.timeline) {
    const key = figureNumber(entry.figure);
    pushTo(groups, key, entry);
  }
  const ownKey = figureNumber(own.figure);
  const ownEntries = groups.get(ownKey)!.filter((e) => e.file === own.file);
  const head = `${own.figure} ${finding.subject} here${details(ownEntries, own.superseded)}`;
  const others = [...groups]
    .map(([key, entries]) => [key, key === ownKey ? entries.filter((e) => e.file !== own.file) : entries] as const)
    .filter(([, entries]) => entries.length > 0)
    .sort((a, b) => Number(b[0] === ownKey) - Number(a[0] === ownKey))
    .map(([key, entries]) => `${key === ownKey ? 'also ' : ''}${entries[0].figure} in ${listFiles(entries.map((e) => e.file))}${details(entries, entries.every((e) => e.superseded))}`);
  const prefix = finding.kind === 'attributed' ? 'party claim: ' : finding.kind === 'internal' ? 'this file also says: ' : '';
  return others.length > 0 ? `${head}; ${prefix}${others.join('; ')}` : head;
}
