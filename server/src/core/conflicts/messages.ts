// A finding's message from one claim's point of view, for that claim's diagnostic, on one short line: the other
// figures and who gives them (who said each and when, and the sources that agree with this claim, are in the
// diagnostic's related information, one row per source):
// "145 militants killed here (superseded); 177 in The Hindu, Tatkaal Khabar, 003, NewsGram; 197 in 003".
import type { DocumentAnalysis, Finding, TimelineEntry } from '../types';
import { listSources } from '../sourceLabels';
import { pushTo } from './text';

/** The kinds of finding that compare figures. */
export const FIGURE_KINDS = new Set(['conflict', 'revision', 'internal', 'attributed']);

function figureNumber(figure: string): string {
  return /\d[\d,]*(?:\.\d+)?/.exec(figure)?.[0] ?? figure;
}

function details(superseded: boolean): string {
  return superseded ? ' (superseded)' : '';
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
export const MAX_FIGURES_IN_MESSAGE = 5;

/** What messageFor needs of a finding, made once per finding: its messages cost time linear in its size in all. */
interface MessageParts {
  entryOf: Map<string, TimelineEntry>;
  /** The timeline's entries by figure, in timeline order. */
  groups: Map<string, TimelineEntry[]>;
  /** "177 in The Hindu, NewsGram (superseded)" by figure, for figures other than the claim's own. */
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

function figureText(entries: TimelineEntry[]): string {
  return `${entries[0].figure} in ${listSources(entries)}${details(entries.every((e) => e.superseded))}`;
}

export function messageFor(finding: Finding, claimId: string, _docs?: DocumentAnalysis[]): string {
  if (!FIGURE_KINDS.has(finding.kind) && finding.kind !== 'date') return finding.message;
  const parts = messageParts(finding);
  const own = parts.entryOf.get(claimId);
  if (own && finding.kind === 'date') return dateMessageFor(finding, own);
  if (!own || !FIGURE_KINDS.has(finding.kind)) return finding.message;
  const ownKey = figureNumber(own.figure);
  const memoKey = `${own.figure}\u0000${own.superseded}`;
  const known = parts.messages.get(memoKey);
  if (known !== undefined) return known;
  const head = `${own.figure} ${finding.subject} here${details(own.superseded)}`;
  // The other figures only: the sources that agree with this one are in the related information.
  const others: string[] = [];
  let shown = 0;
  for (const [key, entries] of parts.groups) {
    if (others.length >= MAX_FIGURES_IN_MESSAGE) break;
    if (key === ownKey) continue;
    let text = parts.texts.get(key);
    if (text === undefined) parts.texts.set(key, (text = figureText(entries)));
    others.push(text);
    shown++;
  }
  const more = parts.groups.size - 1 - shown;
  if (more > 0) others.push(`and ${more} other figure${more === 1 ? '' : 's'}`);
  const prefix =
    finding.kind === 'attributed' ? 'party claim: ' : finding.kind === 'internal' ? 'this file also says: ' : '';
  const figures = others.length > 0 ? `${head}; ${prefix}${others.join('; ')}` : head;
  // Why the figures may differ only as read: rounding, or frames that agree only in part.
  const note = finding.rounding ?? finding.frame?.partial?.why;
  const message = note ? `${figures} (${note})` : figures;
  parts.messages.set(memoKey, message);
  return message;
}
