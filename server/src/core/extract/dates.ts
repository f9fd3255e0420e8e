// Dates and times in news text, found with one linear regular expression over the whole text.
// Explicit dates in the common formats ("January 31, 2026", "31 January 2026", "Saturday, 31
// January 2026", "January 29 and 30, 2026", "March 2025", "02-02-2026", "2026-02-02"), weekdays and
// a few relative words ("yesterday", "today"), resolved against a reference date. Times ("03:15:20
// am", "3pm", "10.30 a.m.") are found only so that their digits are not taken for quantities.
// Hand-written instead of chrono-node: news uses a handful of formats, and this runs over every
// sentence at corpus speed, where chrono would have to be limited to a pre-filtered few.

import type { Span } from '../types';

export interface DateMention extends Span {
  kind: 'date' | 'time' | 'weekday' | 'relative' | 'year' | 'decade';
  year: number | null;
  /** 1-12 or null. */
  month: number | null;
  day: number | null;
  /** A second day of a list ("January 29 and 30"). */
  secondDay: number | null;
  /** Lower-case weekday named with the date, if any. */
  weekday: string | null;
  /** Days from the reference date for relative words ("yesterday" = -1). */
  offsetDays: number | null;
  /** In a file without a date, the years "N years ago" counts back (year null): the engine counts from the story's. */
  yearsBack?: number;
}

import { MONTH_ABBREVIATIONS, MONTH_NAMES, monthNumber, WEEKDAYS } from '../text/calendar';
import type { Token } from '../text/tokens';
import { parseNumberAt } from './numbers';
import { matchQualifierBefore } from './quantities';

export { WEEKDAYS };

const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|')})\\.?`;
const WEEKDAY = `(?:${WEEKDAYS.map((day) => day[0].toUpperCase() + day.slice(1)).join('|')})`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

// Branches, in order: month-first date, day-first date, month and year ("June 1998", "June of 1998"), numeric dates, ISO date,
// times, weekday, relative words, a decade ("the 1950s", year: 1950), a bare year.
const DATE_SOURCE = [
  `(?<wd1>${WEEKDAY},?\\s+)?(?<m1>${MONTH})\\s+(?<d1>${DAY})(?:\\s+(?:and|&|-|to|or)\\s+(?<d1b>${DAY}))?(?![\\d:])(?:,?\\s+(?<y1>${YEAR}))?\\b`,
  `(?<wd2>${WEEKDAY},?\\s+)?(?<d2>${DAY})(?:\\s+(?:and|&|-|to|or)\\s+(?<d2b>${DAY}))?\\s+(?:of\\s+)?(?<m2>${MONTH})(?:,?\\s+(?<y2>${YEAR}))?\\b`,
  `(?<m3>${MONTH})\\s+(?:of\\s+)?(?<y3>${YEAR})\\b`,
  `\\b(?<nd>[0-3]?\\d)[-/.](?<nm>[01]?\\d)[-/.](?<ny>${YEAR})\\b`,
  `\\b(?<iy>${YEAR})-(?<im>[01]\\d)-(?<id>[0-3]\\d)\\b`,
  `\\b(?<time>(?:[01]?\\d|2[0-3])(?::[0-5]\\d){1,2}(?:\\s?(?:[ap]\\.m\\.|[ap]m|AM|PM|GMT|BST|UTC|ET|EST|PST|IST|PKT))?(?!\\s?mark\\b)|(?:1[0-2]|0?[1-9])(?:[.:][0-5]\\d)?\\s?(?:[ap]\\.m\\.|[ap]m|AM|PM)(?![A-Za-z])|(?:[01]\\d|2[0-3])[0-5]\\d\\s?(?:GMT|BST|UTC|CET|EST|PST|IST|PKT|hrs|local time)\\b)`,
  `\\b(?<wd>${WEEKDAY})(?:'s)?\\b`,
  `\\b(?<rel>yesterday|today|tonight|overnight)\\b`,
  `\\b(?<dec>(?:1[89]\\d|20\\d)0)s\\b`,
  `\\b(?<yr>${YEAR})(?!\\d|s\\b|,\\d|\\.\\d)`,
].join('|');

const DATE_PATTERN = new RegExp(DATE_SOURCE, 'y');
/**
 * Where a date can start: a digit run, or at a word start a month or weekday abbreviation or a relative
 * word. A regular expression runs as native code from its first use, so it costs a cold process (an
 * indexing worker) no warm-up, and it scans faster than a loop over character codes.
 */
const CANDIDATE_WORDS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
  'Mon',
  'Tue',
  'Wed',
  'Thu',
  'Fri',
  'Sat',
  'Sun',
  'yesterday',
  'today',
  'tonight',
  'overnight',
];
const CANDIDATE = new RegExp(`\\d+|\\b(?:${CANDIDATE_WORDS.join('|')})`, 'g');

/** Length of the candidate found by nextCandidate. */
let candidateLength = 0;

/** Offset of the first candidate at or after `from`, or -1; its length is left in candidateLength. */
function nextCandidate(text: string, from: number): number {
  CANDIDATE.lastIndex = from;
  const found = CANDIDATE.exec(text);
  if (found === null) return -1;
  candidateLength = found[0].length;
  return found.index;
}

function monthIndex(name: string): number {
  return monthNumber(name);
}

function dayNumber(day: string | undefined): number | null {
  if (!day) return null;
  const n = parseInt(day, 10);
  return Number.isFinite(n) ? n : null;
}

function weekdayOf(prefix: string | undefined): string | null {
  if (!prefix) return null;
  const m = /[A-Za-z]+/.exec(prefix);
  return m ? m[0].toLowerCase() : null;
}

/** One mention, always built with the same property order (one object shape for the whole extractor). */
function mention(
  start: number,
  end: number,
  kind: DateMention['kind'],
  year: number | null,
  month: number | null,
  day: number | null,
  secondDay: number | null,
  weekday: string | null,
  offsetDays: number | null,
): DateMention {
  return { start, end, secondDay, weekday, offsetDays, kind, year, month, day };
}

/** The mention a match of DATE_PATTERN at [s, e) makes, by the branch that matched; null for an impossible numeric date. */
function mentionOf(g: Record<string, string | undefined>, s: number, e: number): DateMention | null {
  if (g.m1)
    return mention(
      s,
      e,
      'date',
      g.y1 ? +g.y1 : null,
      monthIndex(g.m1),
      dayNumber(g.d1),
      dayNumber(g.d1b),
      weekdayOf(g.wd1),
      null,
    );
  if (g.m2)
    return mention(
      s,
      e,
      'date',
      g.y2 ? +g.y2 : null,
      monthIndex(g.m2),
      dayNumber(g.d2),
      dayNumber(g.d2b),
      weekdayOf(g.wd2),
      null,
    );
  if (g.m3) return mention(s, e, 'date', +g.y3!, monthIndex(g.m3), null, null, null, null);
  if (g.ny) {
    let day = +g.nd!;
    let month = +g.nm!;
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return mention(s, e, 'date', +g.ny, month, day, null, null, null);
  }
  if (g.iy) return mention(s, e, 'date', +g.iy, +g.im!, +g.id!, null, null, null);
  if (g.time) return mention(s, e, 'time', null, null, null, null, null, null);
  if (g.wd) return mention(s, e, 'weekday', null, null, null, null, g.wd.toLowerCase(), null);
  if (g.rel) {
    const rel = g.rel.toLowerCase();
    return mention(s, e, 'relative', null, null, null, null, null, rel === 'yesterday' ? -1 : 0);
  }
  if (g.dec) return mention(s, e, 'decade', +g.dec, null, null, null, null, null);
  if (g.yr) return mention(s, e, 'year', +g.yr, null, null, null, null, null);
  return null;
}

/** Every date, time, weekday and year mention in text[start, end). */
export function findDates(text: string, start = 0, end = text.length): DateMention[] {
  const out: DateMention[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  let from = 0;
  for (let at = nextCandidate(slice, from); at >= 0; at = nextCandidate(slice, from)) {
    from = at + candidateLength;
    // A digit run inside a word or number ("A4", "1,200") cannot start a date.
    const prev = at > 0 ? slice.charCodeAt(at - 1) : 32;
    if ((prev >= 48 && prev <= 57) || prev === 44 || prev === 46) continue;
    // Every branch that starts with digits starts with a run of one, two or four (a day, hour, month number, year).
    const isDigitRun = slice.charCodeAt(at) <= 57;
    if (isDigitRun && (candidateLength === 3 || candidateLength > 4)) continue;
    DATE_PATTERN.lastIndex = at;
    const m = DATE_PATTERN.exec(slice);
    if (!m) continue;
    from = at + Math.max(1, m[0].length);
    const s = start + m.index;
    const found = mentionOf(m.groups!, s, s + m[0].length);
    if (found !== null) out.push(found);
  }
  return out;
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parses "YYYY-MM-DD" into a UTC day number, or null. */
export function dayIndex(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000);
}

export function isoFromDayIndex(index: number): string {
  const d = new Date(index * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function weekdayOfIso(iso: string): string | null {
  const index = dayIndex(iso);
  if (index === null) return null;
  return WEEKDAYS[new Date(index * 86_400_000).getUTCDay()];
}

/**
 * The ISO form of a mention: "YYYY-MM-DD", "YYYY-MM" or "YYYY". A date without a year takes the
 * reference's year (the year before, if that puts it more than two months after the reference).
 * A weekday is the latest such day on or before the reference; "yesterday" is the day before it.
 */
export function resolveDate(mention: DateMention, reference: string | null): string | null {
  const refIndex = reference ? dayIndex(reference) : null;
  const refYear = reference ? +reference.slice(0, 4) : null;
  if (mention.kind === 'date' || (mention.kind === 'relative' && mention.year !== null)) {
    let year = mention.year;
    if (year === null) {
      if (refYear === null || mention.month === null) return null;
      year = refYear;
      if (refIndex !== null && mention.day !== null) {
        const candidate = dayIndex(isoDate(year, mention.month, mention.day));
        if (candidate !== null && candidate - refIndex > 62) year -= 1;
      }
    }
    if (mention.month === null) return String(year);
    if (mention.day === null) return `${year}-${pad(mention.month)}`;
    return isoDate(year, mention.month, mention.day);
  }
  if (mention.kind === 'year') return String(mention.year);
  if (refIndex === null) return null;
  if (mention.kind === 'weekday' && mention.weekday) {
    const refDay = new Date(refIndex * 86_400_000).getUTCDay();
    const target = WEEKDAYS.indexOf(mention.weekday);
    const back = (refDay - target + 7) % 7;
    return isoFromDayIndex(refIndex - back);
  }
  if (mention.kind === 'relative' && mention.offsetDays !== null) return isoFromDayIndex(refIndex + mention.offsetDays);
  return null;
}

/** Calendar units a length of time before "ago" is counted back in; weeks fall in no one month, and are not read. */
const AGO_UNITS: ReadonlyMap<string, 'decade' | 'year' | 'month' | 'day'> = new Map([
  ['decade', 'decade'],
  ['decades', 'decade'],
  ['year', 'year'],
  ['years', 'year'],
  ['month', 'month'],
  ['months', 'month'],
  ['day', 'day'],
  ['days', 'day'],
]);

/**
 * The dates a sentence gives relative to the file's own date, as far as its words tell (a year, a month, a day):
 * a length of time before "ago" ("185 years ago", "a decade ago", "two days ago", "a year ago"), counted back; "last year", "this
 * year", "last month", "this month". Kind "relative", with the year, month and day it resolves to. Without the file's
 * date there is nothing to count from: none. A vague length ("several years ago", "decades ago") names no date.
 */
export function relativeDates(tokens: Token[], anchor: string | null): DateMention[] {
  const anchorIndex = anchor ? dayIndex(anchor) : null;
  if (anchor === null || anchorIndex === null) return yearsAgo(tokens);
  const out: DateMention[] = [];
  const year = +anchor.slice(0, 4);
  const month = +anchor.slice(5, 7);
  for (let k = 1; k < tokens.length; k++) {
    const lower = tokens[k].lower;
    if (lower === 'year' || lower === 'month') {
      // "last year", "this month": the calendar year or month before the file's, or its own.
      const which = tokens[k - 1].lower;
      // "over the last year" is the twelve months before the file's date, no calendar year.
      if ((which !== 'last' && which !== 'this') || tokens[k - 2]?.lower === 'the') continue;
      const back = which === 'last' ? 1 : 0;
      const start = tokens[k - 1].start;
      const end = tokens[k].end;
      if (lower === 'year') out.push(mention(start, end, 'relative', year - back, null, null, null, null, null));
      else out.push(monthsBack(start, end, year, month, back));
      continue;
    }
    if (lower !== 'ago' || k < 2) continue;
    const unit = AGO_UNITS.get(tokens[k - 1].lower);
    if (!unit) continue;
    const first = countBefore(tokens, k - 1);
    // "more than a decade ago", "nearly two years ago", "about 10 days ago": a round length, hedged, names no date.
    if (first < 0 || isRoughLength(tokens, first)) continue;
    const count = tokens[first].lower === 'a' || tokens[first].lower === 'an' ? 1 : parseNumberAt(tokens, first)!.value;
    const start = tokens[first].start;
    const end = tokens[k].end;
    if (unit === 'decade') out.push(mention(start, end, 'relative', year - 10 * count, null, null, null, null, null));
    else if (unit === 'year') out.push(mention(start, end, 'relative', year - count, null, null, null, null, null));
    else if (unit === 'month') out.push(monthsBack(start, end, year, month, count));
    else {
      const d = new Date((anchorIndex - count) * 86_400_000);
      out.push(
        mention(start, end, 'relative', d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), null, null, -count),
      );
    }
  }
  return out;
}

/** Words before "N years ago" that make it a comparison's baseline ("rose 15% from a year ago"), no event's date. */
const BASELINE_WORDS = new Set(['from', 'on', 'than', 'since', 'over']);

/**
 * In a file without a date, the years a sentence counts back ("185 years ago", "two decades ago"): kind "relative",
 * year null, `yearsBack` the count; a rough or vague length names none (see relativeDates), nor a baseline.
 */
function yearsAgo(tokens: Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k].lower !== 'ago') continue;
    const unit = AGO_UNITS.get(tokens[k - 1].lower);
    if (unit !== 'year' && unit !== 'decade') continue;
    const first = countBefore(tokens, k - 1);
    if (first < 0 || isRoughLength(tokens, first) || BASELINE_WORDS.has(tokens[first - 1]?.lower ?? '')) continue;
    const count = tokens[first].lower === 'a' || tokens[first].lower === 'an' ? 1 : parseNumberAt(tokens, first)!.value;
    const back = mention(tokens[first].start, tokens[k].end, 'relative', null, null, null, null, null, null);
    back.yearsBack = unit === 'decade' ? 10 * count : count;
    out.push(back);
  }
  return out;
}

/**
 * Whether a qualifier that makes a length rough stands before its count at token `first` ("more than", "nearly",
 * "about", "at least": see QUALIFIERS_BEFORE); "exactly" and "another" leave it as stated.
 */
function isRoughLength(tokens: Token[], first: number): boolean {
  const qualifier = matchQualifierBefore(tokens, first, 0)?.qualifier;
  return qualifier !== undefined && qualifier !== 'exact' && qualifier !== 'increment';
}

/** The month `count` months before year-month, as a relative mention over [start, end). */
function monthsBack(start: number, end: number, year: number, month: number, count: number): DateMention {
  const months = year * 12 + month - 1 - count;
  return mention(start, end, 'relative', Math.floor(months / 12), (months % 12) + 1, null, null, null, null);
}

/** The first token of a whole count that ends just before token `unit` ("185", "two", "twenty-one", "a"), or -1. */
function countBefore(tokens: Token[], unit: number): number {
  const before = tokens[unit - 1];
  if (before.lower === 'a' || before.lower === 'an') return unit - 1;
  // The longest count first: "twenty-one" rather than its "one".
  for (let first = Math.max(0, unit - 3); first < unit; first++) {
    const parsed = parseNumberAt(tokens, first);
    if (parsed && parsed.last === unit - 1) {
      const whole = !parsed.vague && !parsed.decimal && !parsed.attachedUnit && Number.isInteger(parsed.value);
      return whole && parsed.value > 0 ? first : -1;
    }
  }
  return -1;
}
