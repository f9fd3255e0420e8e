// Small text helpers shared by the engine's modules: plurals, short file labels, dates, stable hashes.
import { listSources, readableFileLabel, sourceLabel } from '../sourceLabels';
import type { DocumentAnalysis, TimelineEntry } from '../types';

import { monthName as nameOfMonth } from '../text/calendar';

export { WEEKDAYS } from '../text/calendar';

export function pluralize(noun: string): string {
  const words = noun.split(' ');
  const last = words[words.length - 1];
  let plural: string;
  const irregular: Record<string, string> = {
    person: 'people',
    child: 'children',
    man: 'men',
    woman: 'women',
    policeman: 'policemen',
    policewoman: 'policewomen',
    mouse: 'mice',
    life: 'lives',
  };
  if (irregular[last]) plural = irregular[last];
  else if (/(personnel|people|staff|police|media|data|sheep|fish|deer|aircraft|series|troops)$/.test(last))
    plural = last;
  else if (/[^aeiou]y$/.test(last)) plural = last.slice(0, -1) + 'ies';
  else if (/(s|x|z|ch|sh)$/.test(last)) plural = last + 'es';
  else plural = last + 's';
  return [...words.slice(0, -1), plural].join(' ');
}

/** "seeds/000_753dc5942af7b371.txt" → "000"; "notes/report.md" → "report". */
export const shortFile = readableFileLabel;

/** How a person names a document: its outlet, else its byline, else its file (sourceLabel). */
export function labelOf(doc: Pick<DocumentAnalysis, 'file' | 'meta'>): string {
  return sourceLabel({ file: doc.file, outlet: doc.meta?.outlet, author: doc.meta?.author });
}

/** "The Hindu, Tatkaal Khabar, 003": the documents' labels, each once, in the order of their files. */
export function listDocs(docs: readonly Pick<DocumentAnalysis, 'file' | 'meta'>[]): string {
  return listSources(docs.map((doc) => ({ file: doc.file, label: labelOf(doc) })));
}

/** "2026-02-01" → "1 Feb"; with the year when asked; "2026-02" → "Feb 2026". */
export function formatDate(iso: string | null, withYear = false): string | null {
  if (!iso) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year;
  const monthName = nameOfMonth(Number(month), true) ?? month;
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName}${withYear ? ` ${year}` : ''}`;
}

/** "seeds/000_753dc5942af7b371.txt" → "000_753dc5942af7b371.txt": a file's name without its folder (for ids that must not depend on the folder). */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

/** FNV-1a, 32 bits, as 8 hex digits: stable across runs and platforms. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'x'
  );
}

// Formatters made once: toLocaleString builds a new one on each call.
const ENGLISH_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const ENGLISH_GROUPED = new Intl.NumberFormat('en-US');

/** As `value.toLocaleString('en-US')`: 1,234.568. */
export function groupDigits(value: number): string {
  return ENGLISH_GROUPED.format(value);
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return ENGLISH_NUMBER.format(Math.round(value * 100) / 100);
}

/**
 * Text that starts with a capital letter of any script. A module constant: a bundle for Node writes a literal with
 * \p{..} outside brackets as `new RegExp(..)`, made again at every call.
 */
export const CAPITAL_FIRST = /^\p{Lu}/u;

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Days between two ISO dates (YYYY-MM-DD or shorter, read as the first day), or null. */
export function daysBetween(a: string, b: string): number | null {
  const parse = (iso: string): number | null => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
    return m ? Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1')) : null;
  };
  const ta = parse(a),
    tb = parse(b);
  return ta === null || tb === null ? null : Math.abs(ta - tb) / 86_400_000;
}

/** Appends to the list under `key`, creating it: linear, unlike re-spreading the list each time. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One file's row of a timeline: the figure it gives, the claims (first one linked) that give it. */
export function fileEntry(
  doc: Pick<DocumentAnalysis, 'file' | 'meta'>,
  figure: string,
  claims: string[],
): TimelineEntry {
  return {
    claimId: claims[0],
    file: doc.file,
    figure,
    date: doc.meta.date,
    source: null,
    outlet: doc.meta.outlet,
    label: labelOf(doc),
    superseded: false,
    claims,
  };
}

/**
 * The timeline of dated readings of one event: a row for each group's readings in each file (the file's first
 * reading's id, all of them as its claims), named by `figureOf` (the file's readings, the group's index); rows in
 * the order of their figures, then files.
 */
export function timelineOf<E extends { date: { id: string }; doc: Pick<DocumentAnalysis, 'file' | 'meta'> }>(
  groups: readonly E[][],
  figureOf: (own: E[], group: number) => string,
): TimelineEntry[] {
  return groups
    .flatMap((g, group) => {
      const inFile = new Map<string, E[]>();
      for (const e of g) pushTo(inFile, e.doc.file, e);
      return [...inFile].map(([, own]) =>
        fileEntry(
          own[0].doc,
          figureOf(own, group),
          own.map((e) => e.date.id),
        ),
      );
    })
    .sort((a, b) => compareStrings(a.figure, b.figure) || compareStrings(a.file, b.file));
}
