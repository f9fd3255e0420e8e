// The one rule that turns a figure and its qualifier into the interval of values it stands for: "at least 18",
// "about 200", "nearly 50". The extractor writes it into each claim's value (as written, without rounding); the
// conflict engine clusters by it and the citation code checks agreement with it, both widened by how precisely
// the figure is written ("1.2 million" stands for 1.15 to 1.25 million), through claimInterval.
import type { Claim, DateQualifier, QuantityKind, Qualifier } from './types';
import { WEEKDAYS } from './text/calendar';

/** The values a figure stands for, ends included. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * "At least 18" is read as "18, or a little more": reporters write it for a confirmed count. A figure half as large
 * again (31 against "at least 18") is a different count, not a compatible one; 33 against "at least 31" is not.
 */
export const AT_LEAST_SPAN = 1.5;

/** The upper end of an open-ended figure ("at least N", "more than N"). */
function openEnd(value: number): number {
  const end = Math.max(value * AT_LEAST_SPAN, value + 3);
  // A floor of 100 or more written with one significant digit ("more than 400") stops one short of the next such
  // figure (499): a count of 550 would be written "more than 500". Such a floor is a whole number.
  const step = 10 ** Math.floor(Math.log10(value));
  return value >= 100 && value % step === 0 ? Math.min(end, value + step - 1) : end;
}

/** A round figure (a multiple of a power of ten, or of a dozen) is written more loosely: "about 200" covers more than "about 213". */
function roundNumber(value: number): boolean {
  if (value < 10) return false;
  if (value % 12 === 0 && value <= 120) return true;
  const digits = String(Math.round(value)).replace(/0+$/, '');
  return digits.length <= 1 || (digits.length === 2 && digits.endsWith('5'));
}

/**
 * The interval [low, high] a figure stands for. `whole`: a count of whole things ("more than 100" is 101 or more);
 * `tolerance`: half the place of the last written digit of a figure written with decimals ("1.2 million": 50,000).
 */
export function intervalOf(value: number, qualifier: Qualifier, whole: boolean, tolerance = 0): [number, number] {
  switch (qualifier) {
    case 'at least':
      return [value - tolerance, openEnd(value)];
    case 'more than':
      // "More than 30" beside "30": a round figure is as often a floor written loosely, so it stays in.
      return [whole && !roundNumber(value) ? value + 1 : value + (roundNumber(value) ? 0 : tolerance), openEnd(value)];
    case 'nearly':
      return [whole ? Math.floor(value * 0.9) : value * 0.9, value];
    case 'about': {
      const band = roundNumber(value) ? 0.2 : 0.1;
      return whole
        ? [Math.floor(value * (1 - band)), Math.ceil(value * (1 + band))]
        : [value * (1 - band), value * (1 + band)];
    }
    case 'up to':
      return [0, value];
    case 'fewer than':
      return [0, whole ? value - 1 : value - tolerance];
    default:
      return [value - tolerance, value + tolerance];
  }
}

/** A count of whole things: a head count written as an integer (money, shares and measures are not). */
export function isWhole(value: number, kind: QuantityKind): boolean {
  return Number.isInteger(value) && kind !== 'money' && kind !== 'percent' && kind !== 'other';
}

const NUMBER_IN_TEXT = /\d[\d,]*(?:\.(\d+))?/;
const SCALE_IN_TEXT = /\b(thousand|million|billion|trillion|bn|tn|m|k)\b|\d(bn|tn|m|k)\b/i;

/** The first number written in digits in a figure's text, and what its scale word multiplies it by ("1.2 million"). */
function writtenNumber(
  text: string,
  value: number,
): { digits: string; decimals: number; written: number; scale: number } | null {
  const match = NUMBER_IN_TEXT.exec(text);
  if (!match) return null;
  const digits = match[0].replace(/,/g, '');
  const written = Number(digits);
  // The scale word is looked for only when the value is a thousand times the digits or more (most figures are not).
  const scale = written > 0 && value / written >= 999 && SCALE_IN_TEXT.test(text) ? value / written : 1;
  return { digits, decimals: match[1]?.length ?? 0, written, scale };
}

/**
 * Half of the last written digit's place (a little less, so that two neighbouring roundings never touch): "89%" →
 * 0.49, "89.4%" → 0.049, "1.2 million" → 49,000; 0 for a whole count written in full ("31 civilians").
 */
export function roundingTolerance(text: string, value: number, whole: boolean): number {
  const number = writtenNumber(text, value);
  if (!number) return whole ? 0 : 0.49;
  const { decimals, scale } = number;
  if (whole && decimals === 0 && scale === 1) return 0;
  return 0.49 * 10 ** -decimals * scale;
}

/** A figure written "40-odd" is 40 or a few more, not 40 rounded. */
const ODD_IN_TEXT = /\d-?odd\b/i;

/**
 * The place of the last non-zero digit an approximate figure is written to ("about 50": 10; "about 22 million": a
 * million; "about 2.5": 0.1), a figure written in words ("about half", "about a third") to its first digit (10);
 * null for zero. Digits that do not give the figure's value ("one in 10") are read as words.
 */
function roundedPlace(text: string, value: number): number | null {
  if (!(value > 0)) return null;
  const number = writtenNumber(text, value);
  if (!number || Math.abs(number.written * number.scale - value) > value * 1e-9)
    return 10 ** Math.floor(Math.log10(value));
  const [whole, fraction = ''] = number.digits.split('.');
  const decimals = fraction.replace(/0+$/, '').length;
  if (decimals > 0) return 10 ** -decimals * number.scale;
  const zeros = /0*$/.exec(whole)![0].length;
  return zeros === whole.length ? null : 10 ** zeros * number.scale;
}

/**
 * An approximate figure read as the value rounded to its last written non-zero digit: a writer who had 40% would not
 * write "about 50%", which stands for 45% to 55% ("about 200" for 150 to 250, so 213 agrees; "about $22 million" for
 * $21.5 to $22.5 million). Null for any other figure, a range and "40-odd": their interval is the one claimInterval gives.
 */
export function roundedInterval(claim: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>): Interval | null {
  const stated = claim.value.stated;
  if (claim.qualifier !== 'about' || Array.isArray(stated) || claim.value.parts || ODD_IN_TEXT.test(claim.text))
    return null;
  const place = roundedPlace(claim.text, stated);
  return place === null ? null : { low: stated - place / 2, high: stated + place / 2 };
}

/**
 * The amounts a figure written as it is may round, to its last written non-zero digit whatever its qualifier ("580"
 * for 575 to 585, "3,000" for 2,500 to 3,500), or a range's ends: how far a writer's conversion of it may stray
 * ("3,000 km (1,800 miles)"). Null for zero or a record.
 */
export function writtenSpan(claim: Pick<Claim, 'value' | 'text'>): Interval | null {
  const stated = claim.value.stated;
  if (claim.value.parts) return null;
  if (Array.isArray(stated)) return { low: stated[0], high: stated[1] };
  const place = roundedPlace(claim.text, stated);
  return place === null ? null : { low: stated - place / 2, high: stated + place / 2 };
}

/**
 * How far a figure written without a qualifier may be from the value it rounds, at most: a tenth of it. Its last
 * written digit alone would let "1 ton" stand for 1.2 tons and "$1 million" for $1.4 million; a writer who had those
 * would write "1.2 tons" or "about $1 million". "$5bn" for $4.83bn and "3%" for 3.2% are within it.
 */
const ROUNDED_FIGURE_SPAN = 0.1;

/**
 * A figure written without a qualifier read as rounded by at most ROUNDED_FIGURE_SPAN of it ("1 ton" stands for
 * 0.9 to 1.1 tons); null where its last written digit already says as much (claimInterval), and for a range.
 */
function plainInterval(claim: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>): Interval | null {
  const stated = claim.value.stated;
  if (claim.qualifier !== 'exact' || Array.isArray(stated) || claim.value.parts || !(stated > 0)) return null;
  const written = claimInterval(claim);
  const span = stated * ROUNDED_FIGURE_SPAN;
  if (!written || (stated - written.low <= span && written.high - stated <= span)) return null;
  return { low: Math.max(written.low, stated - span), high: Math.min(written.high, stated + span) };
}

/**
 * How a figure bounds its quantity: a floor ("at least 7", "more than 30"), a cap ("up to 40", "fewer than 20"), or
 * a range ("30 to 40"), read by its low or its high end.
 */
export type Bound = 'floor' | 'cap' | 'range low' | 'range high';
export const BOUNDS: readonly Bound[] = ['floor', 'cap', 'range low', 'range high'];

/** Whether a figure bounds its quantity so (Bound). */
export function statesBound(claim: Pick<Claim, 'value' | 'qualifier'>, bound: Bound): boolean {
  if (claim.value.parts) return false;
  if (Array.isArray(claim.value.stated)) return claim.qualifier === 'range' && bound.startsWith('range');
  if (bound === 'floor') return claim.qualifier === 'at least' || claim.qualifier === 'more than';
  return bound === 'cap' && isCap(claim);
}

/** Whether a single figure caps its quantity ("up to 40", "fewer than 20"): its interval runs down from it. */
export function isCap(claim: Pick<Claim, 'qualifier'>): boolean {
  return claim.qualifier === 'up to' || claim.qualifier === 'fewer than';
}

/**
 * A bound read as its writer wrote it: "at least 7" is 7, "more than 17,000" 17,001 ("more than 30" is 30 to 31, as
 * "at least 31" is 31), "up to 40" 40, "30 to 40" by its low end 30 and by its high end 40. Read so against a figure
 * that bounds the quantity the same way only: two floors (or caps, or ranges) of one quantity are the bounds their
 * writers had, and differ when those do ("at least 6" and "at least 7", "more than 100" and "more than 150"
 * killed; "30 to 40" and "35 to 40"). Against a figure written otherwise, a bound is a less precise statement that
 * may hold it: a floor leaves room for more ("at least 31" and 33: see AT_LEAST_SPAN), a cap is reached ("up to
 * $400" and $400) and holds a range below it ("less than 36 inches" and "between 1 and 18 inches").
 */
function boundInterval(
  claim: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>,
  bound: Bound,
): Interval | null {
  if (!statesBound(claim, bound)) return null;
  const written = claimInterval(claim);
  const stated = claim.value.stated;
  if (!written) return null;
  if (bound === 'range low') return { low: written.low, high: written.low };
  if (bound === 'range high') return { low: written.high, high: written.high };
  if (Array.isArray(stated)) return null;
  const whole = isWhole(stated, claim.quantityKind);
  const tolerance = roundingTolerance(claim.text, stated, whole);
  if (bound === 'floor') {
    const high = whole && claim.qualifier === 'more than' ? stated + 1 : stated + tolerance;
    return { low: written.low, high: Math.max(written.low, high) };
  }
  const low = whole && claim.qualifier === 'fewer than' ? stated - 1 : stated - tolerance;
  return { low: Math.min(low, written.high), high: written.high };
}

/**
 * The interval a figure stands for read as strictly as its writing allows, where that is narrower than
 * claimInterval: "about N" as N rounded (roundedInterval), a figure without a qualifier as rounded by a little
 * (plainInterval), and, against a figure that bounds the quantity the same way (`among`), a bound as its writer
 * wrote it (boundInterval). Two figures whose strict readings do not meet are not one value as written, though a writer
 * may round loosely: the conflict engine reports them for information.
 */
export function strictInterval(
  claim: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>,
  among: Bound | null,
): Interval | null {
  return roundedInterval(claim) ?? plainInterval(claim) ?? (among ? boundInterval(claim, among) : null);
}

/**
 * One number for a record, score or vote that two share only when every part agrees ("52-3": 52,003; "45-7-2":
 * 45,007,002): such a figure is a point, never an interval.
 */
export function tallyValue(parts: readonly number[]): number {
  return parts.reduce((value, part) => value * 1000 + part, 0);
}

/** A record, score or vote as people write it: "52-3", "45-7-2"; a match of sets "6-4 6-3". */
export function tallyText(parts: readonly number[]): string {
  if (parts.length <= 3) return parts.join('-');
  const sets: string[] = [];
  for (let k = 0; k + 1 < parts.length; k += 2) sets.push(`${parts[k]}-${parts[k + 1]}`);
  return sets.join(' ');
}

/** The interval a claim stands for, by the rule above: a range and a vague quantity ("dozens") keep their own. */
export function claimInterval(claim: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>): Interval | null {
  if (claim.value.parts) {
    const value = tallyValue(claim.value.parts);
    return { low: value, high: value };
  }
  const stated = claim.value.stated;
  if (Array.isArray(stated)) return { low: Math.min(...stated), high: Math.max(...stated) };
  if (claim.qualifier === 'increment') return null;
  if (claim.qualifier === 'vague') {
    const { low, high } = claim.value;
    return low !== null && high !== null && low !== high ? { low, high } : null;
  }
  const whole = isWhole(stated, claim.quantityKind);
  let tolerance = roundingTolerance(claim.text, stated, whole);
  if (claim.quantityKind === 'other') tolerance = Math.max(tolerance, roundMeasureTolerance(stated));
  const [low, high] = intervalOf(stated, claim.qualifier, whole, tolerance);
  return { low, high };
}

/** How far a round measure may be from what it rounds, at most: a hundredth of it. */
const ROUND_MEASURE_SPAN = 0.01;

/**
 * A measure written with zeros at its end is rounded to its last other digit ("1,700 ft" is 518 m, and its
 * conversion is written "520 m"), by no more than ROUND_MEASURE_SPAN of it, so that 1,700 ft and 520 m agree, 1,700
 * ft and 580 m do not, and neither do 1,700 and 1,650 ft; 0 for a figure that does not end in a zero.
 */
function roundMeasureTolerance(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place === 1 ? 0 : Math.min(0.49 * place, Math.abs(value) * ROUND_MEASURE_SPAN);
}

/**
 * Whether two claims' figures can be the same value: their intervals overlap, and so do their strict readings
 * (strictInterval: "about 50%" and "40%" overlap loosely, but 40% is not rounded to 50%; "at least 6" and "at least
 * 7" are two floors; "30 to 40" and "35 to 40" two ranges).
 */
export function intervalsOverlap(
  a: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>,
  b: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>,
): boolean {
  const x = claimInterval(a) ?? { low: a.value.low ?? -Infinity, high: a.value.high ?? Infinity };
  const y = claimInterval(b) ?? { low: b.value.low ?? -Infinity, high: b.value.high ?? Infinity };
  if (!(x.low <= y.high && y.low <= x.high)) return false;
  const shared = BOUNDS.filter((bound) => statesBound(a, bound) && statesBound(b, bound));
  for (const among of shared.length ? shared : [null]) {
    const p = strictInterval(a, among) ?? x;
    const q = strictInterval(b, among) ?? y;
    if (!(p.low <= q.high && q.low <= p.high)) return false;
  }
  return true;
}

/** An event's date as the extractor gives it (EventDate): ISO or part of it, a weekday, an open end. */
export interface DatedEvent {
  date: string;
  weekday: string | null;
  qualifier?: DateQualifier;
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/**
 * The days (UTC day numbers, ends included) a date with a year stands for: "1958" is all of 1958, "1958-03" all of
 * March, "after 1957" from 1958 on, "before 1958" up to 1957, "by 1958" up to the end of
 * 1958, "the 1950s" (1950, decade) from 1950 to 1959. Null for a date without a year ("--04-14") or a weekday alone ("").
 */
export function dateInterval(d: DatedEvent): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d.date);
  if (!m) return null;
  const year = +m[1];
  const first = dayNumber(year, m[2] ? +m[2] : 1, m[3] ? +m[3] : 1);
  const last = m[3] ? first : m[2] ? dayNumber(year, +m[2] + 1, 1) - 1 : dayNumber(year + 1, 1, 1) - 1;
  switch (d.qualifier) {
    case 'after':
      return [last + 1, Infinity];
    case 'before':
      return [-Infinity, first - 1];
    case 'by':
      return [-Infinity, last];
    case 'decade':
      return [first, dayNumber(year + 10, 1, 1) - 1];
    case 'age':
      return [dayNumber(year - 1, 1, 1), last];
    default:
      return [first, last];
  }
}

/** The weekday a date names: the one written with it, else that of a full date. */
function weekdayOf(d: DatedEvent): string | null {
  if (d.weekday) return d.weekday;
  if (d.qualifier || !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) return null;
  return WEEKDAYS[new Date(Date.parse(`${d.date}T00:00:00Z`)).getUTCDay()];
}

/** Month and day ("04-14") of a date, as far as it gives them. */
function monthDay(date: string): string {
  return date.startsWith('--') ? date.slice(2) : date.slice(5);
}

/**
 * Whether two dates of one event can be the same day: their intervals meet (see dateInterval); a date without a
 * year agrees with a day of the same month and day and weekday; a weekday alone agrees with any date.
 */
export function datesAgree(a: DatedEvent, b: DatedEvent): boolean {
  // A weekday alone (in a file without a date of its own) may be of any week: it agrees with any date.
  if (!a.date || !b.date) return true;
  const x = dateInterval(a);
  const y = dateInterval(b);
  if (x && y) return x[0] <= y[1] && y[0] <= x[1];
  // A day without a year: the weekday of the other's day, and its month and day.
  const wa = weekdayOf(a);
  const wb = weekdayOf(b);
  if (wa && wb && wa !== wb) return false;
  if ((x && (a.qualifier || a.date.length === 4)) || (y && (b.qualifier || b.date.length === 4))) return true;
  const p = monthDay(a.date);
  const q = monthDay(b.date);
  return p.startsWith(q) || q.startsWith(p);
}

/** How precisely a date names a day: a full date most, a weekday or an open end least. */
export function datePrecision(d: DatedEvent): number {
  if (d.qualifier || !d.date) return 0;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d.date)) return 4;
  if (d.date.startsWith('--')) return 3;
  return d.date.length === 7 ? 2 : 1;
}
