// fast-check generators of hostile news text: figures, qualifiers, attribution cues, names and dates mixed with
// emoji, combining marks, right-to-left script, CRLF / lone CR, BOMs, NULs, lone surrogates and long digit runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

export const SEEDS_DIR = '/work/shared/seeds';

const WORDS = [
  'at least',
  'nearly',
  'about',
  'around',
  'more than',
  'up to',
  'fewer than',
  'between',
  'and',
  'to',
  'some',
  'dozens of',
  'hundreds of',
  'two dozen',
  'a',
  'the',
  'were',
  'was',
  'killed',
  'wounded',
  'injured',
  'arrested',
  'civilians',
  'militants',
  'security personnel',
  'people',
  'soldiers',
  'bodies',
  'said',
  'confirmed',
  'claimed',
  'according to',
  'state media',
  'Interior Minister Mohsin Naqvi',
  'Chief Minister Sarfraz Bugti',
  'police',
  'the Baloch Liberation Army (BLA)',
  'Balochistan',
  'Pakistan',
  'on Saturday',
  'Sunday, February 1, 2026',
  'January 29',
  '31 January 2026',
  '02-02-2026',
  'per cent',
  '%',
  '$',
  '£',
  'million',
  'bn',
  'hours',
  'the toll rose to',
  'revised',
  'denied',
  'rejected reports of',
  'Source The Hindu',
  'By',
  'Author :',
];
const FIGURES = [
  '0',
  '1',
  '18',
  '31',
  '145',
  '177',
  '197',
  '1,000',
  '2,000',
  '12.5',
  '45',
  '1.2',
  '-3',
  '10,00,000',
  '٣١',
  '３１',
];
const PUNCTUATION = [
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '-',
  '–',
  '—',
  '/',
  '#',
  '*',
  '>',
  '[^1]',
  '|',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\u2028', '\u200b'];
const HOSTILE = [
  '😀',
  '👨‍👩‍👧',
  '🇵🇰',
  '\u0301',
  'e\u0301',
  '\u200d',
  '\u200f',
  '\u202e',
  'قتل ۳۱ شخصا',
  'נהרגו 31',
  '\uFEFF',
  '\u0000',
  '\uD83D',
  '\uDE00',
  '\uFFFD',
  '𝟑𝟏',
  '<script>alert(1)</script>',
  '${x}',
  '\\',
  '\u0085',
];

const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...FIGURES) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 5, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('1', '2', ',', '.', ' '), maxLength: 40 }) },
);

const figure = fc.oneof(fc.constantFrom(...FIGURES), fc.integer({ min: 0, max: 100_000 }).map(String));

/** "at least 31 civilians were killed", "Interior Minister Mohsin Naqvi said 177 militants died", ... */
const claimPhrase = fc
  .tuple(
    fc.constantFrom(
      '',
      '',
      'at least ',
      'nearly ',
      'about ',
      'more than ',
      'up to ',
      'between 200 and ',
      'some ',
      'around ',
    ),
    figure,
    fc.constantFrom(
      ' civilians',
      ' militants',
      ' security personnel',
      ' people',
      ' soldiers',
      ' per cent',
      ' hours',
      ' bodies',
      '',
    ),
    fc.constantFrom(' were killed', ' killed', ' wounded', ' died', ' arrested', ' dead', ''),
    fc.constantFrom('', '', ', police said', ', according to state media', ' on Saturday, January 31, 2026'),
    fc.constantFrom('. ', '.\n', '.\r\n', ' ', '\n\n', ''),
  )
  .map((parts) => parts.join(''));

const attributionPhrase = fc
  .tuple(
    fc.constantFrom(
      'Interior Minister Mohsin Naqvi',
      'The provincial Chief Minister, Sarfraz Bugti,',
      'State media',
      'The BLA',
      'Police',
    ),
    fc.constantFrom(' said ', ' confirmed ', ' claimed ', ' denied that ', ' told reporters '),
  )
  .map((parts) => parts.join(''));

const chunk = fc.oneof(
  { weight: 3, arbitrary: claimPhrase },
  { weight: 1, arbitrary: attributionPhrase },
  { weight: 6, arbitrary: fc.tuple(token, fc.constantFrom(' ', ' ', '')).map(([t, glue]) => t + glue) },
);

/** News-like text: claim and attribution phrases among tokens of the vocabulary above, hostile characters included. */
export const newsText = fc.array(chunk, { maxLength: 80 }).map((chunks) => chunks.join(''));

/** Any string of UTF-16 code units, lone surrogates included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 300 });

/** Either of the above, mostly news-like. */
export const hostileText = fc.oneof({ weight: 4, arbitrary: newsText }, { weight: 1, arbitrary: anyText });

/** The seed reports, as real-world starting points for edits. */
export function seedTexts(): string[] {
  if (!fs.existsSync(SEEDS_DIR)) return [];
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
}

export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** An edit given as fractions of the current length, so that it applies to any text. */
export const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.constant(''),
    fc.constantFrom(...FIGURES, ...WORDS, ...SEPARATORS, ...HOSTILE),
    newsText.map((t) => t.slice(0, 60)),
  ),
});

export function resolveEdit(text: string, edit: { at: number; length: number; insert: string }): TextEdit {
  const start = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  const end = Math.min(text.length, start + edit.length);
  return { start, end, insert: edit.insert };
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when the offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Totals printed at the end of the property suites. */
export const runTotals = { properties: 0, cases: 0 };

export function countRuns(numRuns: number): number {
  runTotals.properties++;
  runTotals.cases += numRuns;
  return numRuns;
}
