// Texts of the edits Crosscheck offers on a claim: citations (inline, Markdown footnote, Pandoc),
// replacing a figure by another source's, adding attribution. Pure functions over text and claims;
// edits are offset-based ({ start, end, newText } in UTF-16 offsets), the server turns them into LSP ranges.
import { intervalsOverlap } from './intervals';
import { sourceLabel } from './sourceLabels';
import type { Claim } from './types';
import { monthName } from './text/calendar';
import { paragraphStartOf } from './conflicts/suppressions';

export { sourceLabel };

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Who and where a cited figure comes from. */
export interface CitedSource {
  /** The analysis name of the file, e.g. "seeds/000_753dc5942af7b371.txt". */
  file: string;
  outlet: string | null;
  /** The byline, named when no outlet is known. */
  author?: string | null;
  title?: string | null;
  url?: string | null;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or null. */
  date: string | null;
  /** The sentence that states the figure. */
  sentence: string;
}

export type CitationStyle = 'inline' | 'footnote' | 'pandoc';

/** "2026-02-01" → "1 February 2026"; "2026-02" → "February 2026"; "2026" → "2026"; anything else unchanged. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (!month) return year;
  const name = monthName(Number(month));
  if (!name) return iso;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The last path segment of an analysis file name. */
export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** "(The Hindu, 1 February 2026)", "(The Hindu)" or "(000, 1 February 2026)" (sourceLabel names it). */
export function inlineCitation(source: CitedSource): string {
  const parts = [sourceLabel(source)];
  if (source.date) parts.push(formatDate(source.date));
  return `(${parts.join(', ')})`;
}

function quoted(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? flat.slice(0, 239).trimEnd() + '…' : flat;
}

/** `[^3]: The Hindu, 1 February 2026, seeds/000.txt: "Security forces killed 177 militants."` */
export function footnoteDefinition(label: string, source: CitedSource): string {
  const parts = [];
  if (source.outlet || source.author) parts.push(sourceLabel(source));
  if (source.date) parts.push(formatDate(source.date));
  parts.push(source.file);
  return `[^${label}]: ${parts.join(', ')}: "${quoted(source.sentence)}"`;
}

/** The first unused numeric footnote label of a Markdown text. */
export function nextFootnoteNumber(text: string): number {
  let max = 0;
  for (const m of text.matchAll(/\[\^(\d+)\]/g)) max = Math.max(max, Number(m[1]));
  return max + 1;
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The length of `text` without its trailing characters that `drop` accepts (linear, unlike a /…*$/ regex). */
function trimEndWhile(text: string, drop: (char: string) => boolean): number {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return end;
}

/** What to append at the end of a text so that `lines` stand as footnote definitions after a blank line. */
export function appendedBlock(text: string, lines: string[]): OffsetEdit {
  const eol = lineBreakOf(text);
  const trimmed = text.slice(
    0,
    trimEndWhile(text, (c) => c === '\n' || c === '\r'),
  );
  const lastLine = trimmed.slice(Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r')) + 1);
  const endsWithBreak = /(\r\n|\n|\r)$/.test(text);
  const separatedAlready = /(\r\n|\n|\r){2}$/.test(text) || /^\[\^[^\]]+\]:/.test(lastLine);
  let prefix = endsWithBreak || text.length === 0 ? '' : eol;
  if (text.length > 0 && !separatedAlready) prefix += eol;
  return { start: text.length, end: text.length, newText: prefix + lines.join(eol) + eol };
}

/** The BibTeX keys of a .bib text with the fields that identify them (lower-cased values). */
export function parseBibEntries(bib: string): { key: string; fields: Record<string, string> }[] {
  const entries: { key: string; fields: Record<string, string> }[] = [];
  for (const m of bib.matchAll(/@\w+\s*\{\s*([^,\s]+)\s*,([\s\S]*?)(?=\n\s*@|$)/g)) {
    const fields: Record<string, string> = {};
    for (const f of m[2].matchAll(/(\w+)\s*=\s*(?:\{((?:[^{}]|\{[^{}]*\})*)\}|"([^"]*)"|(\w+))/g)) {
      fields[f[1].toLowerCase()] = (f[2] ?? f[3] ?? f[4] ?? '').replace(/[{}]/g, '').trim();
    }
    entries.push({ key: m[1], fields });
  }
  return entries;
}

/**
 * The key of the bibliography entry for a source: one whose file, url, title or note names the source's
 * file, or whose journal / publisher / howpublished is its outlet and whose date matches.
 */
export function bibKeyFor(
  entries: { key: string; fields: Record<string, string> }[],
  source: CitedSource,
): string | null {
  const file = baseName(source.file).toLowerCase();
  const stem = file.replace(/\.[^.]+$/, '');
  for (const entry of entries) {
    const named = ['file', 'url', 'title', 'note'].some((k) => {
      const v = entry.fields[k]?.toLowerCase();
      return v !== undefined && (v.includes(file) || (stem.length >= 6 && v.includes(stem)));
    });
    if (named) return entry.key;
  }
  if (!source.outlet) return null;
  const outlet = source.outlet.toLowerCase();
  const byOutlet = entries.filter((e) =>
    ['journal', 'journaltitle', 'publisher', 'howpublished', 'organization'].some(
      (k) => e.fields[k]?.toLowerCase() === outlet,
    ),
  );
  const dated = source.date ? byOutlet.filter((e) => e.fields.date?.startsWith(source.date!)) : [];
  if (dated.length === 1) return dated[0].key;
  return byOutlet.length === 1 ? byOutlet[0].key : null;
}

/** The edits that cite `source` right after a claim that ends at `claimEnd`. */
export function citationEdits(
  text: string,
  claimEnd: number,
  source: CitedSource,
  style: CitationStyle,
  options: { footnoteNumber?: number; bibKey?: string | null } = {},
): OffsetEdit[] {
  if (style === 'pandoc' && options.bibKey)
    return [{ start: claimEnd, end: claimEnd, newText: ` [@${options.bibKey}]` }];
  if (style === 'footnote') {
    const n = String(options.footnoteNumber ?? nextFootnoteNumber(text));
    return [
      { start: claimEnd, end: claimEnd, newText: `[^${n}]` },
      appendedBlock(text, [footnoteDefinition(n, source)]),
    ];
  }
  return [{ start: claimEnd, end: claimEnd, newText: ` ${inlineCitation(source)}` }];
}

/** Citations for many claims of one text at once (the "cite every figure" action), one footnote each. */
export function citeAllEdits(
  text: string,
  items: { claimEnd: number; source: CitedSource; bibKey?: string | null }[],
  style: CitationStyle,
): OffsetEdit[] {
  const ordered = [...items].sort((a, b) => a.claimEnd - b.claimEnd);
  if (style !== 'footnote')
    return ordered.flatMap((item) =>
      citationEdits(text, item.claimEnd, item.source, style === 'pandoc' && !item.bibKey ? 'inline' : style, {
        bibKey: item.bibKey,
      }),
    );
  let n = nextFootnoteNumber(text);
  const markers: OffsetEdit[] = [];
  const definitions: string[] = [];
  for (const item of ordered) {
    markers.push({ start: item.claimEnd, end: item.claimEnd, newText: `[^${n}]` });
    definitions.push(footnoteDefinition(String(n), item.source));
    n++;
  }
  return ordered.length ? [...markers, appendedBlock(text, definitions)] : [];
}

const QUALIFIER_WORDS =
  /(?:at least|at most|more than|over|nearly|almost|about|around|roughly|some|approximately|up to|fewer than|less than|as many as)\s+$/i;
const DIGITS = /\d[\d,]*(?:\.\d+)?/y;
const SCALE = /\s*(?:million|billion|trillion|thousand|bn|m)\b/iy;
const RANGE_JOIN = /\s*(?:-|–|to|and)\s*/iy;
const BETWEEN = /between\s+$/i;

/** End of the amount starting at `at` (digits, decimals, a scale word: "5 million"), or -1. */
function amountEnd(text: string, at: number): number {
  DIGITS.lastIndex = at;
  if (!DIGITS.test(text)) return -1;
  SCALE.lastIndex = DIGITS.lastIndex;
  return SCALE.test(text) ? SCALE.lastIndex : DIGITS.lastIndex;
}

/**
 * Offsets (into claim.text) of the figure itself: its qualifier as written and its number, amount ("5 million")
 * or range ("200 to 250", "200-250", "between 200 and 250").
 */
export function figureSpan(claim: Pick<Claim, 'text'>): { start: number; end: number } | null {
  const text = claim.text;
  const first = text.search(/\d/);
  if (first < 0) return null;
  let end = amountEnd(text, first);
  const before = text.slice(0, first);
  const between = BETWEEN.exec(before);
  RANGE_JOIN.lastIndex = end;
  const join = RANGE_JOIN.exec(text);
  if (join && (between || !/and/i.test(join[0]))) {
    const second = amountEnd(text, RANGE_JOIN.lastIndex);
    if (second > 0) end = second;
  }
  const q = between ?? QUALIFIER_WORDS.exec(before);
  return { start: q ? q.index : first, end };
}

/** The figure as a person reads it: "at least 145", "177", or the whole claim text when it has no digits. */
export function figureOf(claim: Pick<Claim, 'text'>): string {
  const span = figureSpan(claim);
  return span ? claim.text.slice(span.start, span.end) : claim.text;
}

/** The edit that puts another claim's figure (qualifier and number) in place of this claim's. */
export function replacementEdit(claim: Claim, other: Pick<Claim, 'text'>): OffsetEdit | null {
  const ours = figureSpan(claim);
  const theirs = figureOf(other);
  if (!ours || !figureSpan(other)) return null;
  let newText = theirs;
  const oldText = claim.text.slice(ours.start, ours.end);
  if (/^[A-Z]/.test(oldText) && /^[a-z]/.test(newText)) newText = newText[0].toUpperCase() + newText.slice(1);
  else if (/^[a-z]/.test(oldText) && /^[A-Z]/.test(newText) && !/^[A-Z]{2}/.test(newText))
    newText = newText[0].toLowerCase() + newText.slice(1);
  if (newText === oldText) return null;
  return { start: claim.start + ours.start, end: claim.start + ours.end, newText };
}

/**
 * The edit that attributes a claim's sentence to `who`: ", according to X" before the sentence's final
 * punctuation, or " (according to X)" after the claim when the sentence cannot be found as written.
 */
export function attributionEdit(text: string, claim: Claim, who: string): OffsetEdit {
  const sentence = claim.sentence;
  let sentenceStart = sentence ? text.lastIndexOf(sentence, claim.start) : -1;
  if (sentenceStart >= 0 && sentenceStart + sentence.length < claim.end) sentenceStart = -1;
  if (sentenceStart >= 0) {
    const body = sentence.slice(
      0,
      trimEndWhile(sentence, (c) => /[\s"'”’)\]]/.test(c)),
    );
    const final = /[.!?]$/.exec(body);
    const insertAt = sentenceStart + (final ? body.length - 1 : body.length);
    if (insertAt >= claim.end) return { start: insertAt, end: insertAt, newText: `, according to ${who}` };
  }
  return { start: claim.end, end: claim.end, newText: ` (according to ${who})` };
}

/** Whether two claims' figures can both be true: their intervals (by the one rule of core/intervals.ts) overlap. */
export function agrees(
  a: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>,
  b: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>,
): boolean {
  return intervalsOverlap(a, b);
}

/**
 * The edit that puts an inline suppression marker on its own line before the paragraph of a claim:
 * `<!-- crosscheck-ignore ID -->` in Markdown, `crosscheck-ignore: ID` in plain text. The paragraph is the one the
 * marker then covers (core/conflicts/suppressions.ts): in a plain text without blank lines, the claim's line.
 */
export function suppressionEdit(text: string, claimStart: number, findingId: string, markdown: boolean): OffsetEdit {
  return markerLineEdit(
    text,
    claimStart,
    markdown ? `<!-- crosscheck-ignore ${findingId} -->` : `crosscheck-ignore: ${findingId}`,
    markdown,
  );
}

/**
 * The edit that marks one claim's figure as a different count, compared with nothing, by a marker line before its
 * paragraph that names the figure as written: `<!-- crosscheck-not-comparable 40 militants -->` in Markdown,
 * `crosscheck-not-comparable: 40 militants` in plain text.
 */
export function notComparableEdit(text: string, claim: Pick<Claim, 'start' | 'text'>, markdown: boolean): OffsetEdit {
  const figure = claim.text.replace(/\s+/g, ' ').replace(/-->/g, '');
  return markerLineEdit(
    text,
    claim.start,
    markdown ? `<!-- crosscheck-not-comparable ${figure} -->` : `crosscheck-not-comparable: ${figure}`,
    markdown,
  );
}

function markerLineEdit(text: string, claimStart: number, marker: string, markdown: boolean): OffsetEdit {
  const at = paragraphStartOf(text, claimStart, markdown);
  return { start: at, end: at, newText: marker + lineBreakOf(text) };
}

const COMMON_SPEAKERS = new Set([
  'officials',
  'authorities',
  'police',
  'analysts',
  'reports',
  'witnesses',
  'sources',
  'residents',
  'doctors',
  'rescuers',
  'hospitals',
  'experts',
  'observers',
  'activists',
  'investigators',
  'prosecutors',
  'organisers',
  'organizers',
]);

/**
 * A speaker as written at a sentence start, made readable mid-sentence after "according to":
 * "The provincial Chief Minister, Sarfraz Bugti" → "the provincial Chief Minister, Sarfraz Bugti",
 * "The Pakistani military" → "the Pakistani military", "Officials" → "officials"; names stay as they are
 * ("The Hindu", "Interior Minister Mohsin Naqvi", "Reuters").
 */
export function speakerMidSentence(source: string): string {
  const words = source.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (/^(The|A|An)$/.test(first) && words.slice(1).some((w) => /^[a-z]/.test(w)))
    return first.toLowerCase() + source.trim().slice(first.length);
  if (COMMON_SPEAKERS.has(first.toLowerCase()) && words.slice(1).every((w) => /^[a-z]/.test(w)))
    return source.trim()[0].toLowerCase() + source.trim().slice(1);
  return source.trim();
}
