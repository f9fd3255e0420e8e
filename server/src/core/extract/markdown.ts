// Markdown read as Markdown (CommonMark + GFM tables + footnotes, by markdown-it): which characters of a .md
// file a reader sees as prose. The answer is the file's text with everything else blanked (spaces, of the same
// length, so every offset stays the offset in the file): code (fenced, indented, inline), HTML (blocks, tags
// with their attributes, comments), link and image destinations and titles, images, footnote markers and
// definition labels, reference definitions, list and quote markers, emphasis delimiters, table pipes.
// Headings, paragraphs, list items, block quotes, footnote text and table cells stay: each is a block, and a
// sentence never runs from one block into the next. Line breaks inside a block become spaces (a Markdown
// paragraph is one paragraph however it is wrapped); line breaks between blocks stay.
// A table cell is a block of its own with a label: its row header and its column header
// ("| Militants | 145 |" under "| Group | Killed |" is read as "Militants Killed: 145").

import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { Sentence } from '../text/sentences';
import type { Span } from '../types';

export interface ProseBlock extends Span {
  /** Blocks of one group (the cells of a table row) form one paragraph. */
  group: number;
  /** A table body cell's headers, as a label ("Militants Killed"); null elsewhere. */
  label: string | null;
}

export interface MarkdownProse {
  /** The text with everything that is not prose blanked: same length, same offsets. */
  prose: string;
  /** The prose blocks in text order. */
  blocks: ProseBlock[];
}

export function isMarkdownFile(file: string): boolean {
  return /\.(?:md|markdown|mdown|mkdn?|mdx)$/i.test(file);
}

type Token = ReturnType<MarkdownIt['parse']>[number];
type InlineState = Parameters<Parameters<MarkdownIt['inline']['ruler']['push']>[1]>[0];
type InlineRule = (state: InlineState, silent: boolean) => boolean;

/** The inline rules whose source is never prose, and what of it is blanked. */
const HIDDEN_INLINE = new Set([
  'backticks',
  'html_inline',
  'autolink',
  'image',
  'footnote_ref',
  'footnote_inline',
  'linkify',
]);

/** Ranges of the inline content being parsed that are not prose (content offsets), filled by the wrapped rules. */
let hiddenRanges: number[] = [];
const hiddenOfInline = new WeakMap<Token[], number[]>();

function createParser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false }).use(footnote);
  // Line ends and NUL characters are normalised by readMarkdown, keeping every offset.
  md.core.ruler.disable('normalize');
  // Destinations are hidden, never rendered: no URL parsing and encoding, and every destination is a link's
  // (markdown-it would leave a "javascript:" one as text, and so as prose).
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (url) => url;
  md.validateLink = () => true;
  const ruler = md.inline.ruler as unknown as {
    __rules__: Array<{ name: string; fn: InlineRule }>;
    at(name: string, fn: InlineRule): void;
  };
  for (const { name, fn } of [...ruler.__rules__]) {
    if (name === 'link') {
      // "[text](url "title")" and "[text][ref]": the text is prose, the brackets and what follows are not.
      ruler.at(name, (state, silent) => {
        const start = state.pos;
        if (!fn(state, silent)) return false;
        if (!silent) {
          const end = state.pos;
          const labelEnd = md.helpers.parseLinkLabel(state, start, true);
          if (labelEnd > start) hiddenRanges.push(start, start + 1, labelEnd, end);
          else hiddenRanges.push(start, end);
        }
        return true;
      });
    } else if (name === 'emphasis' || name === 'strikethrough') {
      // Emphasis only needs its delimiters hidden, not paired: a run of "*", "_" or "~" is hidden as it is.
      ruler.at(name, (state, silent) => {
        const start = state.pos;
        const marker = state.src.charCodeAt(start);
        if (marker !== (name === 'emphasis' ? 0x2a : 0x7e) && !(name === 'emphasis' && marker === 0x5f)) return false;
        let end = start + 1;
        while (end < state.posMax && state.src.charCodeAt(end) === marker) end++;
        if (!silent) {
          hiddenRanges.push(start, end);
          state.pending += state.src.slice(start, end);
        }
        state.pos = end;
        return true;
      });
    } else if (HIDDEN_INLINE.has(name)) {
      ruler.at(name, (state, silent) => {
        const start = state.pos;
        if (!fn(state, silent)) return false;
        if (!silent) hiddenRanges.push(start, state.pos);
        return true;
      });
    }
  }
  // A footnote marker without its definition ("[^1]") is text to markdown-it, and still no figure.
  md.inline.ruler.after('footnote_ref', 'footnote_marker', (state, silent) => {
    const src = state.src;
    const start = state.pos;
    if (src.charCodeAt(start) !== 0x5b || src.charCodeAt(start + 1) !== 0x5e) return false;
    let end = start + 2;
    while (end < state.posMax && end - start < 64 && !/[\]\s]/.test(src[end])) end++;
    if (end === start + 2 || src.charCodeAt(end) !== 0x5d) return false;
    if (!silent) {
      hiddenRanges.push(start, end + 1);
      state.pending += src.slice(start, end + 1);
    }
    state.pos = end + 1;
    return true;
  });
  const parseInline = md.inline.parse.bind(md.inline);
  md.inline.parse = (src, mdInstance, env, outTokens) => {
    // Most paragraphs of news hold no inline mark-up at all: nothing of them is hidden, nothing to parse.
    if (!MAY_HOLD_MARKUP.test(src)) return;
    const outer = hiddenRanges;
    hiddenRanges = [];
    hiddenOfInline.set(outTokens, hiddenRanges);
    try {
      parseInline(src, mdInstance, env, outTokens);
    } finally {
      hiddenRanges = outer;
    }
  };
  return md;
}

/** The characters that start every inline construct with something to hide: code, HTML, links, images, footnote markers, emphasis. */
const MAY_HOLD_MARKUP = /[`<[*_~]/;

let parser: MarkdownIt | null = null;

/** Table column headers whose name adds nothing to the row header ("| Militants killed | 145 |" under "Number"). */
const GENERIC_HEADERS = new Set([
  '',
  '#',
  'n',
  'no',
  'no.',
  'number',
  'numbers',
  'count',
  'total',
  'totals',
  'figure',
  'figures',
  'value',
  'values',
  'amount',
  'sum',
  'tally',
  'reported',
]);

/** The text of a header cell without Markdown marks. */
function headerText(content: string): string {
  return content
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function cellLabel(rowHeader: string | null, columnHeader: string | null): string | null {
  const column =
    columnHeader !== null && !GENERIC_HEADERS.has(columnHeader.toLowerCase()) && !/\d/.test(columnHeader)
      ? columnHeader
      : null;
  if (rowHeader && column) return `${rowHeader} ${column}`;
  return rowHeader || column || null;
}

/**
 * The prose of a Markdown text. `bodyStart` is where the front matter ends (0 without): the front matter is
 * metadata, never prose.
 */
export function readMarkdown(text: string, bodyStart = 0): MarkdownProse {
  parser ??= createParser();
  // markdown-it turns "\r\n" and "\r" into "\n": the same length is kept by "\r\n" → " \n".
  let src = text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')) : text;
  if (src.indexOf('\0') >= 0) src = src.replace(/\0/g, '\ufffd');
  if (bodyStart > 0) src = src.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + src.slice(bodyStart);
  const lineStarts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineEnd = (line: number): number => (line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : src.length);

  const tokens = parser.parse(src, {});
  /** Kept ranges [start, end) in text order, with the block each belongs to. */
  const kept: number[] = [];
  const blocks: ProseBlock[] = [];
  let group = 0;

  const keep = (start: number, end: number): void => {
    if (end > start) kept.push(start, end);
  };
  /** Keeps content[from, to) mapped to the source at `at`, minus the hidden content ranges. */
  const keepPiece = (at: number, from: number, to: number, hidden: number[]): void => {
    let cursor = from;
    for (let h = 0; h < hidden.length; h += 2) {
      const hs = Math.max(hidden[h], from);
      const he = Math.min(hidden[h + 1], to);
      if (he <= hs) continue;
      if (hs > cursor) keep(at + cursor - from, at + hs - from);
      cursor = Math.max(cursor, he);
    }
    if (to > cursor) keep(at + cursor - from, at + to - from);
  };
  const pushBlock = (start: number, end: number, label: string | null, blockGroup: number): void => {
    if (end > start) blocks.push({ start, end, group: blockGroup, label });
  };

  let inTable = false;
  let headers: string[] = [];
  let inHeader = false;
  let rowLine = -1;
  let rowCursor = 0;
  let column = 0;
  let rowHeader: string | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case 'table_open':
        inTable = true;
        headers = [];
        break;
      case 'table_close':
        inTable = false;
        break;
      case 'thead_open':
        inHeader = true;
        break;
      case 'thead_close':
        inHeader = false;
        break;
      case 'tr_open':
        rowLine = token.map ? token.map[0] : -1;
        rowCursor = rowLine >= 0 ? lineStarts[rowLine] : 0;
        column = 0;
        rowHeader = null;
        group++;
        break;
      case 'inline': {
        const hidden = hiddenOfInline.get(token.children ?? []) ?? [];
        const content = token.content;
        if (inTable) {
          if (rowLine < 0) break;
          const at = content ? src.indexOf(content, rowCursor) : -1;
          if (at >= 0 && at + content.length <= lineEnd(rowLine)) {
            rowCursor = at + content.length;
            let label: string | null = null;
            const figure = /\d/.test(content);
            if (column === 0 && !figure) rowHeader = headerText(content);
            if (inHeader) {
              headers[column] = headerText(content);
              // A key-value table whose first row is data ("| Militants killed | 92 |" over "|---|---|").
              if (figure && column > 0) label = rowHeader;
            } else label = cellLabel(column > 0 ? rowHeader : null, headers[column] ?? null);
            const before = kept.length;
            keepPiece(at, 0, content.length, hidden);
            if (kept.length > before) pushBlock(kept[before], kept[kept.length - 1], label, group);
          }
          column++;
          break;
        }
        if (!token.map) break;
        group++;
        const before = kept.length;
        if (!keepInline(src, content, token.map[0], lineStarts, lineEnd, hidden, keepPiece)) {
          // Not mapped back to the source (tabs expanded in a container, say): its lines are read as they are.
          kept.length = before;
          keep(lineStarts[token.map[0]], lineEnd(token.map[1] - 1));
        }
        if (kept.length > before) pushBlock(kept[before], kept[kept.length - 1], null, group);
        break;
      }
      default:
        break;
    }
  }
  // Footnote definitions come last in markdown-it's tokens: back to text order.
  if (!isSorted(blocks)) {
    blocks.sort((a, b) => a.start - b.start);
    const pairs: Array<[number, number]> = [];
    for (let k = 0; k < kept.length; k += 2) pairs.push([kept[k], kept[k + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    kept.length = 0;
    for (const [start, end] of pairs) kept.push(start, end);
  }
  return { prose: proseOf(text, kept, blocks), blocks };
}

function isSorted(blocks: ProseBlock[]): boolean {
  for (let b = 1; b < blocks.length; b++) if (blocks[b].start < blocks[b - 1].start) return false;
  return true;
}

/**
 * Maps an inline token's content (its source lines, each less its container markers and indentation, joined
 * by "\n" and trimmed) back to the source line by line, and keeps each line's piece less the hidden ranges.
 * False when a line is not found where it should be.
 */
function keepInline(
  src: string,
  content: string,
  firstLine: number,
  lineStarts: number[],
  lineEnd: (line: number) => number,
  hidden: number[],
  keepPiece: (at: number, from: number, to: number, hidden: number[]) => void,
): boolean {
  let from = 0;
  let line = firstLine;
  while (from <= content.length) {
    let to = content.indexOf('\n', from);
    if (to < 0) to = content.length;
    if (line >= lineStarts.length) return false;
    const lineStart = lineStarts[line];
    const piece = content.slice(from, to);
    const at = src.lastIndexOf(piece, lineEnd(line) - piece.length);
    if (at < lineStart) return false;
    keepPiece(at, from, to, hidden);
    if (to === content.length) break;
    from = to + 1;
    line++;
  }
  return true;
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The prose: the kept ranges of `text`; everything else spaces, but for line breaks between blocks; line
 * breaks inside a block are spaces too. Built in one array of UTF-16 code units (a lone surrogate, which no
 * reader reads, becomes U+FFFD: same length).
 */
function proseOf(text: string, kept: number[], blocks: ProseBlock[]): string {
  const codes = new Uint16Array(text.length).fill(32);
  // Line breaks outside blocks stay.
  let from = 0;
  for (let b = 0; b <= blocks.length; b++) {
    const to = b < blocks.length ? blocks[b].start : text.length;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 13) codes[i] = code;
    }
    if (b < blocks.length) from = Math.max(from, blocks[b].end);
  }
  for (let k = 0; k < kept.length; k += 2) {
    for (let i = kept[k]; i < kept[k + 1]; i++) {
      const code = text.charCodeAt(i);
      codes[i] = code === 10 || code === 13 ? 32 : code;
    }
  }
  return UTF16.decode(codes);
}

/** A sentence of a Markdown text: never across two blocks; a table cell's carries the cell's label. */
export interface BlockSentence extends Sentence {
  label: string | null;
}

/**
 * The sentences of `prose` (segmented as plain text) cut at the start and end of every block, numbered
 * again; each block starts a paragraph (the cells of a table row share one).
 */
export function sentencesInBlocks(prose: string, sentences: Sentence[], blocks: ProseBlock[]): BlockSentence[] {
  const out: BlockSentence[] = [];
  let b = 0;
  let paragraph = -1;
  let lastGroup = -1;
  let lastParagraph = -1;
  for (const s of sentences) {
    let start = s.start;
    while (start < s.end) {
      while (b < blocks.length && blocks[b].end <= start) b++;
      if (b >= blocks.length) break;
      const block = blocks[b];
      if (block.start >= s.end) break;
      if (block.start > start) start = block.start;
      const end = Math.min(s.end, block.end);
      let from = start;
      let to = end;
      while (from < to && isBlank(prose.charCodeAt(from))) from++;
      while (to > from && isBlank(prose.charCodeAt(to - 1))) to--;
      if (to > from) {
        if (block.group !== lastGroup || s.paragraph !== lastParagraph) paragraph++;
        lastGroup = block.group;
        lastParagraph = s.paragraph;
        out.push({ start: from, end: to, index: out.length, paragraph, label: block.label });
      }
      start = end;
    }
  }
  return out;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
