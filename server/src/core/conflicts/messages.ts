// A finding's message from one claim's point of view, for that claim's diagnostic:
// "145 militants killed here (Chief Minister Sarfraz Bugti, 1 Feb; superseded); 177 in The Hindu, Tatkaal Khabar, 003, NewsGram (2 Feb); 197 in 003 (state media)".
import type { DocumentAnalysis, Finding, TimelineEntry } from '../types';
import { listSources } from '../sourceLabels';
import { formatDate, pushTo } from './text';

/** The kinds of finding that compare figures. */
export const FIGURE_KINDS = new Set(['conflict', 'revision', 'internal', 'attributed']);

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
  const others = new Map<string, TimelineEntry[]>();
  for (const entry of finding.timeline) {
    if (entry.figure === own.figure) continue;
    pushTo(others, entry.figure, entry);
  }
  const rest = [...others].map(([figure, entries]) => `${figure} in ${listSources(entries)}`);
  const head = `${finding.subject.charAt(0).toUpperCase()}${finding.subject.slice(1)} on ${own.figure} here`;
  return rest.length > 0 ? `${head}; ${rest.join('; ')}` : head;
}

/** A diagnostic's message names this many other figures at most, then how many more there are. */
export const MAX_FIGURES_IN_MESSAGE = 10;

/** What messageFor needs of a finding, made once per finding: its messages cost time linear in its size in all. */
interface MessageParts {
  entryOf: Map<string, TimelineEntry>;
  /** The timeline's entries by figure, in timeline order. */
  groups: Map<string, TimelineEntry[]>;
  /** "177 in 000, 001 (2 Feb)" by figure, for figures other than the claim's own. */
  texts: Map<string, string>;
  messages: Map<string, string>;
}

const partsOf = new WeakMap<Finding, MessageParts>();

function messageParts(finding: Finding): MessageParts {
  let parts = partsOf.get(finding);
  if (parts) return parts;
  const entryOf = new Map<string, TimelineEntry>();
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of finding.timeline) {
    for (const id of [entry.claimId, ...(entry.claims ?? [])]) if (!entryOf.has(id)) entryOf.set(id, entry);
    pushTo(groups, figureNumber(entry.figure), entry);
  }
  parts = { entryOf, groups, texts: new Map(), messages: new Map() };
  partsOf.set(finding, parts);
  return parts;
}

function figureText(entries: TimelineEntry[], also: boolean): string {
  return `${also ? 'also ' : ''}${entries[0].figure} in ${listSources(entries)}${details(entries, entries.every((e) => e.superseded))}`;
}

export function messageFor(finding: Finding, claimId: string, _docs?: DocumentAnalysis[]): string {
  if (!FIGURE_KINDS.has(finding.kind) && finding.kind !== 'date') return finding.message;
  const parts = messageParts(finding);
  const own = parts.entryOf.get(claimId);
  if (own && finding.kind === 'date') return dateMessageFor(finding, own);
  if (!own || !FIGURE_KINDS.has(finding.kind)) return finding.message;
  const ownKey = figureNumber(own.figure);
  const memoKey = `${own.figure}\u0000${own.file}\u0000${own.superseded}`;
  const known = parts.messages.get(memoKey);
  if (known !== undefined) return known;
  const ownGroup = parts.groups.get(ownKey)!;
  const ownEntries = ownGroup.filter((e) => e.file === own.file);
  const head = `${own.figure} ${finding.subject} here${details(ownEntries, own.superseded)}`;
  const others: string[] = [];
  const sameFigureElsewhere = ownGroup.filter((e) => e.file !== own.file);
  if (sameFigureElsewhere.length > 0) others.push(figureText(sameFigureElsewhere, true));
  let shown = 0;
  for (const [key, entries] of parts.groups) {
    if (others.length >= MAX_FIGURES_IN_MESSAGE) break;
    if (key === ownKey) continue;
    let text = parts.texts.get(key);
    if (text === undefined) parts.texts.set(key, (text = figureText(entries, false)));
    others.push(text);
    shown++;
  }
  const more = parts.groups.size - 1 - shown;
  if (more > 0) others.push(`and ${more} other figure${more === 1 ? '' : 's'}`);
  const prefix = finding.kind === 'attributed' ? 'party claim: ' : finding.kind === 'internal' ? 'this file also says: ' : '';
  const message = others.length > 0 ? `${head}; ${prefix}${others.join('; ')}` : head;
  parts.messages.set(memoKey, message);
  return message;
}
