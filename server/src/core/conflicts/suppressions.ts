// Inline markers, found by a pure function over the text, so that they move with the text they sit in.
//
//   Markdown:    <!-- crosscheck-ignore ID -->                   this finding, in the paragraph that follows
//                <!-- crosscheck-ignore conflict date -->        those kinds (or finding ids, or id prefixes)
//                <!-- crosscheck-ignore -->                      every finding (at a line's end: that paragraph)
//                <!-- crosscheck-ignore-file name-variant -->    the whole file
//                <!-- crosscheck-not-comparable 40 militants --> that figure of the next paragraph is compared with nothing
//   Plain text:  crosscheck-ignore: ID                           (a line of its own, before the paragraph)
//                crosscheck-ignore-file: name-variant
//                crosscheck-not-comparable: 40 militants
//
// A marker covers the paragraph that follows it. In Markdown a paragraph is the block between blank lines; in plain
// text it is the paragraph the extractor reads (core/text/sentences.ts: it ends at a blank line or at a line break
// that is not a soft wrap), so that in a text without blank lines a marker covers the line after it, never the file.
// A suppression silences the findings it names on the claims it covers only: the finding stays, on the other
// claims, while they still disagree (WorkspaceIndex).
import type { Claim, ComparabilityMark, Finding, Span, Suppression } from '../types';
import { matchesGlob, type NotComparableDeclaration } from '../config';
import { paragraphsOf } from '../text/sentences';

const MARKER =
  /<!--\s*crosscheck-(ignore(?:-file)?|not-comparable)(?![\w-])([^>]*?)-->|^[ \t#/*>-]*crosscheck-(ignore(?:-file)?|not-comparable)(?![\w-])[ \t]*:?([^\r\n]*)$/gim;

function splitTargets(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t !== ':');
}

/** A figure as a not-comparable marker names it: its words in lower case, single-spaced, without quotes. */
function normalisedFigure(text: string): string {
  return text
    .trim()
    .replace(/^["“'‘]|["”'’]$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export interface Markers {
  suppressions: Suppression[];
  notComparable: ComparabilityMark[];
  /** The lines that hold nothing but a marker: not prose (analyzeDocument drops the claims read there). */
  markerLines: number[];
}

/** The lines of a text: where each starts, which line an offset is on, a line's text. */
class Lines {
  readonly starts = [0];
  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  get last(): number {
    return this.starts.length - 1;
  }

  lineOf(offset: number): number {
    let lo = 0,
      hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  textOf(line: number): string {
    return this.text
      .slice(this.starts[line], line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length)
      .replace(/[\r\n]+$/, '');
  }

  blank(line: number): boolean {
    return this.textOf(line).trim() === '';
  }
}

/** The paragraph that holds a (non-blank) line, as lines, by the rule above. */
function paragraphOf(
  lines: Lines,
  line: number,
  markdown: boolean,
  paragraphs: () => Span[],
): { fromLine: number; toLine: number } {
  if (markdown) {
    let from = line,
      to = line;
    while (from > 0 && !lines.blank(from - 1)) from--;
    while (to < lines.last && !lines.blank(to + 1)) to++;
    return { fromLine: from, toLine: to };
  }
  const offset = lines.starts[line] + (lines.textOf(line).length - lines.textOf(line).trimStart().length);
  const list = paragraphs();
  let lo = 0,
    hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const paragraph = list[lo];
  if (!paragraph || paragraph.end <= offset) return { fromLine: line, toLine: line };
  return { fromLine: lines.lineOf(paragraph.start), toLine: lines.lineOf(paragraph.end - 1) };
}

/** The inline markers of a text: suppressions and not-comparable marks, with the lines each covers. */
export function findMarkers(text: string, markdown = false): Markers {
  const found: Markers = { suppressions: [], notComparable: [], markerLines: [] };
  if (!text.includes('crosscheck-')) return found;
  const lines = new Lines(text);
  let paragraphList: Span[] | null = null;
  const paragraphs = () => (paragraphList ??= paragraphsOf(text));
  const matches = [...text.matchAll(MARKER)].map((match) => {
    const line = lines.lineOf(match.index!);
    return {
      match,
      line,
      alone: match[2] === undefined || lines.textOf(line).replace(match[0], '').trim().length === 0,
    };
  });
  const markerLines = new Set(matches.filter((m) => m.alone).map((m) => m.line));
  found.markerLines = [...markerLines];
  for (const { match, line, alone } of matches) {
    const name = (match[1] ?? match[3]).toLowerCase();
    const raw = match[2] ?? match[4];
    let covered: { fromLine: number; toLine: number };
    if (name === 'ignore-file') {
      covered = { fromLine: 0, toLine: lines.last };
    } else if (!alone) {
      // A comment that shares its line with text covers that line's paragraph, up to the comment.
      covered = { fromLine: paragraphOf(lines, line, true, paragraphs).fromLine, toLine: line };
    } else {
      // Markers stacked before one paragraph all cover it.
      let next = line + 1;
      while (next <= lines.last && (lines.blank(next) || markerLines.has(next))) next++;
      covered =
        next > lines.last
          ? { fromLine: lines.last, toLine: lines.last }
          : { fromLine: next, toLine: paragraphOf(lines, next, markdown, paragraphs).toLine };
    }
    if (name === 'not-comparable') {
      const figure = normalisedFigure(raw ?? '');
      found.notComparable.push({ line, ...covered, figure: figure === '' ? null : figure });
    } else {
      found.suppressions.push({ line, ...covered, targets: splitTargets(raw) });
    }
  }
  return found;
}

/** The suppression markers of a text (see findMarkers). */
export function findSuppressions(text: string, markdown = false): Suppression[] {
  return findMarkers(text, markdown).suppressions;
}

/** Where a marker before the paragraph of an offset goes: the start of that paragraph's first line. */
export function paragraphStartOf(text: string, offset: number, markdown: boolean): number {
  const lines = new Lines(text);
  const line = lines.lineOf(Math.min(offset, text.length));
  const from = lines.blank(line) ? line : paragraphOf(lines, line, markdown, () => paragraphsOf(text)).fromLine;
  return lines.starts[from];
}

/** Whether a figure as a marker names it ("40 militants", or its first words, "40") is this claim's. */
function namesFigure(figure: string, written: string): boolean {
  return written === figure || written.startsWith(`${figure} `);
}

/** Whether a not-comparable mark covers a claim: on a line it covers, with the figure it names (none: every figure). */
export function markedNotComparable(
  marks: readonly ComparabilityMark[] | undefined,
  claim: Pick<Claim, 'line' | 'text'>,
): boolean {
  if (!marks?.length) return false;
  const written = normalisedFigure(claim.text);
  return marks.some(
    (mark) =>
      mark.fromLine <= claim.line &&
      claim.line <= mark.toLine &&
      (mark.figure === null || namesFigure(mark.figure, written)),
  );
}

/** Whether `.crosscheck.json`'s "notComparable" names a claim: a glob that matches its file, with its figure. */
export function declaredNotComparable(
  declarations: readonly NotComparableDeclaration[],
  claim: Pick<Claim, 'file' | 'text'>,
): boolean {
  if (!declarations.length) return false;
  const written = normalisedFigure(claim.text);
  return declarations.some(
    (declaration) =>
      matchesGlob(claim.file, declaration.glob) &&
      declaration.figures.some((figure) => namesFigure(normalisedFigure(figure), written)),
  );
}

/** Whether a target written in a marker or in `.crosscheck.json`'s "ignore" names this finding. */
export function targetMatches(target: string, finding: Finding): boolean {
  if (target === finding.kind || target === finding.id || target === '*' || target === 'all') return true;
  return finding.id.startsWith(target.endsWith('/') ? target : `${target}/`);
}
