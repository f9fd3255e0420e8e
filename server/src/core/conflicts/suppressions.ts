// Inline suppression markers, found by a pure function over the text, so that they move with the text they sit in.
//
//   Markdown:    <!-- crosscheck-ignore -->                 covers the next paragraph (or its own line if it ends one)
//                <!-- crosscheck-ignore conflict date -->   only those kinds (or finding ids, or id prefixes)
//                <!-- crosscheck-ignore-file name-variant --> the whole file
//   Plain text:  crosscheck-ignore: conflict/militants-killed   (a line of its own: covers the next paragraph)
//                crosscheck-ignore-file: name-variant
import type { Finding, Suppression } from '../types';

const MARKER = /<!--\s*crosscheck-ignore(-file)?\b([^>]*?)-->|^[ \t#/*>-]*crosscheck-ignore(-file)?(?![\w-])[ \t]*:?([^\r\n]*)$/gim;

function splitTargets(raw: string | undefined): string[] {
  return (raw ?? '').split(/[\s,]+/).map((t) => t.trim()).filter((t) => t.length > 0 && t !== ':');
}

export function findSuppressions(text: string): Suppression[] {
  if (!text.includes('crosscheck-ignore')) return [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const lineOf = (offset: number): number => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const lineText = (line: number): string =>
    text.slice(lineStarts[line], line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length).replace(/[\r\n]+$/, '');
  const lastLine = lineStarts.length - 1;
  const result: Suppression[] = [];
  for (const match of text.matchAll(MARKER)) {
    const line = lineOf(match.index!);
    const wholeFile = Boolean(match[1] ?? match[3]);
    const targets = splitTargets(match[2] ?? match[4]);
    if (wholeFile) {
      result.push({ line, fromLine: 0, toLine: lastLine, targets });
      continue;
    }
    const rest = lineText(line).replace(match[0], '').trim();
    if (match[2] !== undefined && rest.length > 0) {
      // A comment that shares its line with text covers that line's paragraph.
      let from = line;
      while (from > 0 && lineText(from - 1).trim() !== '') from--;
      result.push({ line, fromLine: from, toLine: line, targets });
      continue;
    }
    let from = line + 1;
    while (from <= lastLine && lineText(from).trim() === '') from++;
    let to = from;
    while (to + 1 <= lastLine && lineText(to + 1).trim() !== '') to++;
    result.push({ line, fromLine: Math.min(from, lastLine), toLine: Math.min(to, lastLine), targets });
  }
  return result;
}

/** Whether a target written in a marker or in `.crosscheck.json`'s "ignore" names this finding. */
export function targetMatches(target: string, finding: Finding): boolean {
  if (target === finding.kind || target === finding.id || target === '*' || target === 'all') return true;
  return finding.id.startsWith(target.endsWith('/') ? target : `${target}/`);
}
