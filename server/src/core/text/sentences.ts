// Paragraph and sentence segmentation for news prose, in one linear pass.
//
// A paragraph ends at a blank line, or at a single line break unless the line is soft-wrapped
// (it ends without terminal punctuation and the next line starts in lower case). A sentence ends at
// ".", "!" or "?" (plus closing quotes/brackets) followed by white space and an upper-case letter,
// a digit or an opening quote, unless the word before the period is a known abbreviation or a
// single initial. Hand-written rather than Intl.Segmenter: Segmenter breaks after "Mr." and "U.S."
// and is several times slower on the BBC corpus.

import type { Span } from '../types';
import type { Token } from './tokens';

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Segmentation {
  paragraphs: Span[];
  sentences: Sentence[];
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'const',
  'cpl',
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'eg',
  'ie',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'bros',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'vol',
  'pp',
  'ft',
  'mt',
  'rs',
  'al',
]);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether a word written before a period is an abbreviation ("Jr", "Sgt", "Mr") or an initial ("J"): the period ends no clause. */
export function isAbbreviation(word: string): boolean {
  return (
    (word.length === 1 && isUpper(word)) ||
    (word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word.toLowerCase()))
  );
}
/** Whether token v is the period of an abbreviation or an initial ("Eugene Blackwell Jr. at 6:34", "the U.S. program"). */
export function isAbbreviationDot(tokens: readonly Token[], v: number): boolean {
  const word = tokens[v - 1];
  return tokens[v].text === '.' && !tokens[v].spaceBefore && word?.kind === 'word' && isAbbreviation(word.text);
}
/** "U.S.", "U.K." (the period that ended the search is added back): two or more letters each followed by a dot. */
const DOTTED_ACRONYM = /^(?:[A-Za-z]\.){2,}$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isCloser(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93 || code === 0xbb
  );
}
const OPENERS = '"\'“‘([«';

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && (isSpace(text.charCodeAt(start)) || isLineBreak(text.charCodeAt(start)))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || isLineBreak(text.charCodeAt(end - 1)))) end--;
  return end > start ? { start, end } : null;
}

const LINE_BREAK = /[\r\n]/g;

/** Offset of the first "\r" or "\n" at or after `from`, or -1; indexOf alone when the text has no "\r". */
function nextLineBreak(text: string, from: number, hasReturns: boolean): number {
  if (!hasReturns) return text.indexOf('\n', from);
  LINE_BREAK.lastIndex = from;
  const found = LINE_BREAK.exec(text);
  return found ? found.index : -1;
}

/** Splits text into paragraphs (Span) by line structure. */
export function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  let paraStart = 0;
  let i = 0;
  const n = text.length;
  const hasReturns = text.indexOf('\r') >= 0;
  while (i < n) {
    const found = nextLineBreak(text, i, hasReturns);
    if (found < 0) break;
    i = found;
    const code = text.charCodeAt(i);
    const lineEnd = i;
    const next = i + (code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    // Look at what follows: another line break (blank line) or the next line's first character.
    let j = next;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    const blank = j >= n || isLineBreak(text.charCodeAt(j));
    let breakHere = true;
    if (!blank) {
      let k = lineEnd - 1;
      while (k >= paraStart && isSpace(text.charCodeAt(k))) k--;
      const last = k >= paraStart ? text[k] : '';
      const softWrapped = last !== '' && !'.!?:;"”’)'.includes(last) && isLower(text[j]);
      breakHere = !softWrapped;
    }
    if (breakHere) {
      const span = trimSpan(text, paraStart, lineEnd);
      if (span) paragraphs.push(span);
      paraStart = next;
    }
    i = next;
  }
  const span = trimSpan(text, paraStart, n);
  if (span) paragraphs.push(span);
  return paragraphs;
}

/** Abbreviations that, written in capitals, are acronyms ("the FT.", "IE.", "AL."): titles, months and "INC." stay abbreviations. */
const ACRONYMS_IN_CAPITALS = new Set(['ie', 'eg', 'ft', 'al', 'mt', 'est', 'pp', 'rs', 'co']);

/** "FT", "IE": the capitals of an abbreviation that is then an acronym, not the abbreviation "ft." or "i.e.". */
function isAcronym(word: string): boolean {
  if (word.length < 2 || !ACRONYMS_IN_CAPITALS.has(word.toLowerCase())) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

function wordBefore(text: string, end: number, floor: number): string {
  let s = end;
  const limit = Math.max(floor, end - 24); // abbreviations are short: never scan further back
  while (s > limit) {
    const c = text.charCodeAt(s - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) s--;
    else break;
  }
  return text.slice(s, end);
}

const TERMINAL = /[.!?\u2026]/g;

/**
 * The first ".", "!", "?" or "…" at or after an offset of one text, searched forward only: a search that runs past
 * a paragraph is kept for the next ones, so that paragraphs without a terminal cost no search over the rest each.
 */
class Terminals {
  /** No terminal lies in [searchedFrom, found); found is -1 when none lies after searchedFrom at all. */
  private searchedFrom = -1;
  private found = -1;

  constructor(private readonly text: string) {}

  /** Offset of the first terminal in [from, end), or -1. */
  next(from: number, end: number): number {
    if (this.searchedFrom < 0 || from < this.searchedFrom || (this.found >= 0 && from > this.found)) {
      TERMINAL.lastIndex = from;
      this.searchedFrom = from;
      // A terminal is one character: a match ends just after it.
      this.found = TERMINAL.test(this.text) ? TERMINAL.lastIndex - 1 : -1;
    }
    return this.found >= 0 && this.found < end ? this.found : -1;
  }
}

/** Splits one paragraph into sentence spans. */
function sentencesOf(text: string, para: Span, out: Span[], terminals: Terminals): void {
  let start = para.start;
  let i = para.start;
  const end = para.end;
  while (i < end) {
    i = terminals.next(i, end);
    if (i < 0) break;
    const ch = text[i];
    let j = i + 1;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 46 || c === 33 || c === 63) j++;
      else break;
    }
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j >= end) break;
    if (!isSpace(text.charCodeAt(j)) && !isLineBreak(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && (isSpace(text.charCodeAt(k)) || isLineBreak(text.charCodeAt(k)))) k++;
    if (k >= end) break;
    const nextCh = text[k];
    const startsSentence = isUpper(nextCh) || (nextCh >= '0' && nextCh <= '9') || OPENERS.includes(nextCh);
    let boundary = startsSentence;
    if (boundary && ch === '.') {
      const word = wordBefore(text, i, start);
      const dotted = word.includes('.');
      const bare = dotted ? word.replace(/\./g, '') : word;
      // An abbreviation, a single initial ("J. Smith") or dotted acronym inside a name ("U.S. officials") does not end
      // a sentence.
      if (isAbbreviation(bare) && !isAcronym(bare)) boundary = false;
      else if (dotted && DOTTED_ACRONYM.test(word + '.') && !isUpper(nextCh)) boundary = false;
    }
    if (boundary) {
      const span = trimSpan(text, start, j);
      if (span) out.push(span);
      start = k;
    }
    i = k;
  }
  const span = trimSpan(text, start, end);
  if (span) out.push(span);
}

export function segment(text: string): Segmentation {
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = [];
  const buffer: Span[] = [];
  const terminals = new Terminals(text);
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    buffer.length = 0;
    sentencesOf(text, paragraphs[paragraph], buffer, terminals);
    for (const span of buffer) sentences.push({ start: span.start, end: span.end, index: sentences.length, paragraph });
  }
  return { paragraphs, sentences };
}
