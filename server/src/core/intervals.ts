// The one rule that turns a figure and its qualifier into the interval of values it stands for: "at least 18",
// "about 200", "nearly 50". The extractor writes it into each claim's value (as written, without rounding); the
// conflict engine clusters by it and the citation code checks agreement with it, both widened by how precisely
// the figure is written ("1.2 million" stands for 1.15 to 1.25 million), through claimInterval.
import type { Claim, QuantityKind, Qualifier } from './types';

/**
 * "At least 18" is read as "18, or a little more": reporters write it for a confirmed count. A figure half as large
 * again (31 against "at least 18") is a different count, not a compatible one; 33 against "at least 31" is not.
 */
export const AT_LEAST_SPAN = 1.5;

/** The upper end of an open-ended figure ("at least N", "more than N"). */
function openEnd(value: number): number {
  return Math.max(value * AT_LEAST_SPAN, value + 3);
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
      return whole ? [Math.floor(value * (1 - band)), Math.ceil(value * (1 + band))] : [value * (1 - band), value * (1 + band)];
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
const SCALE_IN_TEXT = /\b(thousand|million|billion|trillion|bn|m|k)\b|\d(bn|m|k)\b/i;

/**
 * Half of the last written digit's place (a little less, so that two neighbouring roundings never touch): "89%" →
 * 0.49, "89.4%" → 0.049, "1.2 million" → 49,000; 0 for a whole count written in full ("31 civilians").
 */
export function roundingTolerance(text: string, value: number, whole: boolean): number {
  const match = NUMBER_IN_TEXT.exec(text);
  if (!match) return whole ? 0 : 0.49;
  const decimals = match[1]?.length ?? 0;
  const written = Number(match[0].replace(/,/g, ''));
  const scale = SCALE_IN_TEXT.test(text) && written > 0 && value / written >= 999 ? value / written : 1;
  if (whole && decimals === 0 && scale === 1) return 0;
  return 0.49 * 10 ** -decimals * scale;
}

/** The interval a claim stands for, by the rule above: a range and a vague quantity ("dozens") keep their own. */
export function claimInterval(claim: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>): { low: number; high: number } | null {
  const stated = claim.value.stated;
  if (Array.isArray(stated)) return { low: Math.min(...stated), high: Math.max(...stated) };
  if (claim.qualifier === 'increment') return null;
  if (claim.qualifier === 'vague') {
    const { low, high } = claim.value;
    return low !== null && high !== null && low !== high ? { low, high } : null;
  }
  const whole = isWhole(stated, claim.quantityKind);
  const [low, high] = intervalOf(stated, claim.qualifier, whole, roundingTolerance(claim.text, stated, whole));
  return { low, high };
}

/** Whether two claims' figures can be the same value. */
export function intervalsOverlap(a: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>, b: Pick<Claim, 'value' | 'qualifier' | 'quantityKind' | 'text'>): boolean {
  const x = claimInterval(a) ?? { low: a.value.low ?? -Infinity, high: a.value.high ?? Infinity };
  const y = claimInterval(b) ?? { low: b.value.low ?? -Infinity, high: b.value.high ?? Infinity };
  return x.low <= y.high && y.low <= x.high;
}
