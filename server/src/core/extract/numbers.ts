// Numbers as written: digits with separators and decimals, number words and compounds
// ("sixty-five", "two dozen", "one hundred and twenty"), scale words and suffixes ("1.5 million",
// "11.1bn", "5k") and vague quantities ("dozens", "hundreds of thousands", "a handful").

import { isUnspacedHyphen, type Token } from '../text/tokens';
import { WordFilter } from '../text/wordFilter';
import { DURATION_UNITS, FRACTION_WORDS, SCALE_SUFFIXES, SCALE_WORDS, TENS_WORDS, UNITS_WORDS, VAGUE } from './lexicon';

export interface ParsedNumber {
  value: number;
  /** Index of the first and last token of the number (scale included). */
  first: number;
  last: number;
  /** An interval for vague quantities ("dozens" = [24, 99]). */
  vague: [number, number] | null;
  /** True when written as words. */
  words: boolean;
  /** True when a scale word or suffix multiplied the figure. */
  scaled: boolean;
  /** True when the digits had a decimal part. */
  decimal: boolean;
  /** A unit written attached to the digits ("5km", "40-hour"), lower case. */
  attachedUnit: string | null;
}

export function isNumberWord(lower: string): boolean {
  return (
    UNITS_WORDS.has(lower) ||
    TENS_WORDS.has(lower) ||
    lower === 'hundred' ||
    lower === 'thousand' ||
    lower === 'million' ||
    lower === 'billion' ||
    lower === 'trillion' ||
    lower === 'dozen'
  );
}

function attached(tokens: Token[], index: number): boolean {
  return index < tokens.length && !tokens[index].spaceBefore;
}

/** Parses a figure written in digits at tokens[i]. */
function parseDigits(tokens: Token[], i: number): ParsedNumber | null {
  const token = tokens[i];
  // What a reader reads (see Token.lower): other scripts' digits, invisible characters, a right-to-left override.
  const raw = token.lower;
  if (raw === '') return null;
  // Thousands separators must group by three; "2,3" is a list, not a number.
  if (raw.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return null;
  const decimal = raw.includes('.');
  if (decimal && raw.indexOf('.') !== raw.lastIndexOf('.')) return null; // "1.2.3": a version or section number
  let value = Number(raw.includes(',') ? raw.replace(/,/g, '') : raw);
  if (!Number.isFinite(value)) return null;
  let last = i;
  let scaled = false;
  let attachedUnit: string | null = null;
  // "1/4 of a cup", "1⁄8 teaspoon": a fraction (not "24/7", nor a date "1/4/2026").
  const fraction = fractionAt(tokens, i, raw);
  if (fraction)
    return {
      value: fraction.value,
      first: i,
      last: fraction.last,
      vague: null,
      words: false,
      scaled: false,
      decimal: true,
      attachedUnit: null,
    };
  // "6.02×10^23", "3 x 10²⁴": scientific notation.
  const power = powerOfTenAt(tokens, i);
  if (power)
    return {
      value: Number(`${raw.replace(/,/g, '')}e${power.exponent}`),
      first: i,
      last: power.last,
      vague: null,
      words: false,
      scaled: true,
      decimal,
      attachedUnit: null,
    };
  const next = tokens[i + 1];
  if (next?.text === '°' && attached(tokens, i + 1)) {
    // "39.4°C", "98.6°F", "30°": degrees.
    const scale = tokens[i + 2];
    const celsiusOrFahrenheit =
      scale !== undefined && attached(tokens, i + 2) && (scale.text === 'C' || scale.text === 'F');
    return {
      value,
      first: i,
      last: celsiusOrFahrenheit ? i + 2 : i + 1,
      vague: null,
      words: false,
      scaled: false,
      decimal,
      attachedUnit: celsiusOrFahrenheit ? scale.lower : 'degrees',
    };
  }
  if (next && attached(tokens, i + 1) && next.kind === 'word') {
    const lower = next.lower;
    if (SCALE_SUFFIXES.has(lower) || next.text === 'MM') {
      value *= next.text === 'MM' ? 1_000_000 : SCALE_SUFFIXES.get(lower)!; // "$200MM" is a finance million ("200mm" millimetres)
      scaled = true;
      last = i + 1;
    } else {
      attachedUnit = lower;
      last = i + 1;
    }
  }
  if (!scaled) {
    const spaced = tokens[last + 1];
    if (
      spaced &&
      spaced.kind === 'word' &&
      spaced.spaceBefore &&
      (SCALE_WORDS.has(spaced.lower) ||
        spaced.lower === 'bn' ||
        spaced.lower === 'tn' ||
        spaced.lower === 'mn' ||
        isSpacedScaleLetter(tokens, last + 1))
    ) {
      value *= SCALE_SUFFIXES.get(spaced.lower)!;
      scaled = true;
      last += 1;
    }
  }
  return { value, first: i, last, vague: null, words: false, scaled, decimal, attachedUnit };
}

/** "2 B users", "5 M viewers": a capital B, M or K standing alone between a figure and a lower-case word. */
function isSpacedScaleLetter(tokens: Token[], k: number): boolean {
  const letter = tokens[k].text;
  if (letter !== 'B' && letter !== 'M' && letter !== 'K') return false;
  const after = tokens[k + 1];
  return !!after && after.kind === 'word' && after.spaceBefore && after.text === after.lower;
}

const FRACTION_SLASHES = new Set(['/', '⁄']);
/** Denominators of fractions written with "/" in prose ("1/4", "2/3"); "9/11" and "7/7" are dates. */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100]);

/** A fraction at tokens[i]: "1/4" (a common denominator, larger than the numerator) or any "n⁄d". */
function fractionAt(tokens: Token[], i: number, raw: string): { value: number; last: number } | null {
  const slash = tokens[i + 1];
  const denominator = tokens[i + 2];
  if (
    !slash ||
    !denominator ||
    !FRACTION_SLASHES.has(slash.text) ||
    slash.spaceBefore ||
    denominator.spaceBefore ||
    denominator.kind !== 'number'
  )
    return null;
  if (!/^\d{1,3}$/.test(raw) || !/^\d{1,3}$/.test(denominator.text)) return null;
  const after = tokens[i + 3];
  if (after && !after.spaceBefore && (FRACTION_SLASHES.has(after.text) || after.kind !== 'punct')) return null;
  if (tokens[i - 1]?.text === '(' && after?.text === ')') return null; // a tie-break score "(6/8)"
  // What follows is what the fraction is of: "1/4 of a cup", "1/2 teaspoon", "3/4-inch" (not "1/2 CAD", a page counter).
  if (
    slash.text === '/' &&
    !(
      after &&
      after.spaceBefore !== undefined &&
      (after.lower === 'of' ||
        (after.kind === 'word' && after.text === after.lower) ||
        (after.text === '-' && !after.spaceBefore))
    )
  )
    return null;
  const n = Number(raw);
  const d = Number(denominator.text);
  if (d === 0) return null;
  if (slash.text === '/' && !(n < d && FRACTION_DENOMINATORS.has(d) && !isAboutBetting(tokens))) return null;
  return { value: n / d, last: i + 2 };
}

const BETTING_WORDS = new Set([
  'odds',
  'bookmakers',
  'bookies',
  'favourite',
  'favorite',
  'bet',
  'bets',
  'punters',
  'odds-on',
]);

/** A sentence about betting: "1/4" there is odds, not a fraction. */
function isAboutBetting(tokens: Token[]): boolean {
  for (const t of tokens) if (t.kind === 'word' && BETTING_WORDS.has(t.lower)) return true;
  return false;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "×10^23", "x 10²³", "* 10^-3" after the figure at tokens[i]: the exponent and the last token. */
function powerOfTenAt(tokens: Token[], i: number): { exponent: number; last: number } | null {
  const times = tokens[i + 1];
  if (!times || !(times.text === '×' || times.text === '*' || times.lower === 'x')) return null;
  const ten = tokens[i + 2];
  if (!ten || ten.text !== '10' || times.spaceBefore !== ten.spaceBefore) return null;
  let k = i + 3;
  let sign = 1;
  let digits = '';
  if (tokens[k]?.text === '^' && !tokens[k].spaceBefore) {
    k++;
    if ((tokens[k]?.text === '-' || tokens[k]?.text === '−') && !tokens[k].spaceBefore) {
      sign = -1;
      k++;
    }
    if (!tokens[k] || tokens[k].kind !== 'number' || tokens[k].spaceBefore || !/^\d{1,3}$/.test(tokens[k].text))
      return null;
    return { exponent: sign * Number(tokens[k].text), last: k };
  }
  if (tokens[k]?.text === '⁻' && !tokens[k].spaceBefore) {
    sign = -1;
    k++;
  }
  while (
    tokens[k] &&
    !tokens[k].spaceBefore &&
    tokens[k].text.length === 1 &&
    SUPERSCRIPT_DIGITS.includes(tokens[k].text) &&
    digits.length < 3
  ) {
    digits += SUPERSCRIPT_DIGITS.indexOf(tokens[k].text);
    k++;
  }
  if (!digits) return null;
  return { exponent: sign * Number(digits), last: k - 1 };
}

/** Parses number words at tokens[i] ("sixty-five", "one hundred and twenty", "two dozen", "a dozen"). */
function parseWords(tokens: Token[], i: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let last = i - 1;
  let j = i;
  let scaled = false;
  const startsWithArticle = tokens[i].lower === 'a' || tokens[i].lower === 'an';
  if (startsWithArticle) {
    const next = tokens[i + 1];
    if (next && isShareOfScale(tokens, i + 1)) {
      // "a quarter-million patients", "a half-billion dollars".
      const share = next.lower === 'quarter' ? 0.25 : 0.5;
      return {
        value: share * SCALE_WORDS.get(tokens[i + 3].lower)!,
        first: i,
        last: i + 3,
        vague: null,
        words: true,
        scaled: true,
        decimal: false,
        attachedUnit: null,
      };
    }
    if (!next || !(SCALE_WORDS.has(next.lower) || next.lower === 'dozen')) return null;
    current = 1;
    seen = true;
    j = i + 1;
  }
  while (j < tokens.length) {
    const t = tokens[j];
    const lower = t.lower;
    if (t.kind !== 'word') {
      // A hyphen inside a compound ("sixty-five") joins two number words.
      if (
        (t.text === '-' || t.text === '‐') &&
        seen &&
        attached(tokens, j) &&
        attached(tokens, j + 1) &&
        tokens[j + 1] &&
        UNITS_WORDS.has(tokens[j + 1].lower)
      ) {
        j++;
        continue;
      }
      break;
    }
    if (UNITS_WORDS.has(lower)) {
      if (seen && current % 10 !== 0 && current < 100) break; // "two three" is two numbers
      if (seen && current >= 20 && current % 10 === 0 && current < 100 && UNITS_WORDS.get(lower)! >= 10) break;
      current += UNITS_WORDS.get(lower)!;
    } else if (TENS_WORDS.has(lower)) {
      if (seen && current % 100 !== 0) break;
      current += TENS_WORDS.get(lower)!;
    } else if (lower === 'hundred') {
      current = (current || 1) * 100;
      scaled = true;
    } else if (lower === 'dozen') {
      current = (current || 1) * 12;
    } else if (SCALE_WORDS.has(lower)) {
      total += (current || 1) * SCALE_WORDS.get(lower)!;
      current = 0;
      scaled = true;
    } else if (
      lower === 'and' &&
      seen &&
      tokens[j + 1] &&
      (UNITS_WORDS.has(tokens[j + 1].lower) || TENS_WORDS.has(tokens[j + 1].lower)) &&
      (current >= 100 || total > 0)
    ) {
      j++;
      continue;
    } else {
      break;
    }
    seen = true;
    last = j;
    j++;
  }
  if (!seen || last < i) return null;
  if (startsWithArticle && last === i) return null;
  const value = total + current;
  return { value, first: i, last, vague: null, words: true, scaled, decimal: false, attachedUnit: null };
}

/** A vague quantity over tokens first..last: its value is the interval's low end. */
function vagueNumber(interval: [number, number], first: number, last: number): ParsedNumber {
  return {
    value: interval[0],
    first,
    last,
    vague: interval,
    words: true,
    scaled: false,
    decimal: false,
    attachedUnit: null,
  };
}

/** Vague quantities: "dozens", "scores of", "hundreds of thousands", "a handful", "several hundred". */
function parseVague(tokens: Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  const lower = t.lower;
  const next = tokens[i + 1];
  const afterNext = tokens[i + 2];
  if (lower === 'tens' || lower === 'hundreds') {
    if (
      next?.lower === 'of' &&
      afterNext &&
      (afterNext.lower === 'thousands' || afterNext.lower === 'millions' || afterNext.lower === 'billions')
    ) {
      const scale =
        afterNext.lower === 'thousands' ? 1_000 : afterNext.lower === 'millions' ? 1_000_000 : 1_000_000_000;
      const interval: [number, number] =
        lower === 'tens' ? [20 * scale, 100 * scale - 1] : [200 * scale, 1_000 * scale - 1];
      return vagueNumber(interval, i, i + 2);
    }
    if (lower === 'tens') return null;
  }
  if (VAGUE.has(lower)) {
    if (lower === 'scores' && next?.lower !== 'of') return null;
    const interval = VAGUE.get(lower)!;
    return vagueNumber(interval, i, i);
  }
  if ((lower === 'a' || lower === 'an') && next?.lower === 'handful') {
    return vagueNumber([2, 10], i, i + 1);
  }
  // "a couple of hundred", "a couple thousand": two or three of the scale.
  if (lower === 'a' && next?.lower === 'couple') {
    const s = afterNext?.lower === 'of' ? i + 3 : i + 2;
    const scaleWord = tokens[s]?.lower ?? '';
    const unit = scaleWord === 'dozen' ? 12 : SCALE_WORDS.get(scaleWord);
    return unit ? vagueNumber([2 * unit, 3 * unit], i, s) : null;
  }
  if ((lower === 'several' || lower === 'a' || lower === 'few') && next) {
    const few = lower === 'a' ? next.lower === 'few' : true;
    const scaleToken = lower === 'a' ? tokens[i + 2] : next;
    if (!few || !scaleToken) return null;
    const unit = scaleToken.lower === 'dozen' ? 12 : SCALE_WORDS.get(scaleToken.lower);
    if (!unit || scaleToken.lower === 'lakh' || scaleToken.lower === 'crore') return null;
    const interval: [number, number] = lower === 'several' ? [3 * unit, 9 * unit] : [2 * unit, 5 * unit];
    return vagueNumber(interval, i, lower === 'a' ? i + 2 : i + 1);
  }
  return null;
}

/** Words that can start a figure written in words. */
export const WORD_STARTS = new Set([
  ...UNITS_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...VAGUE.keys(),
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'dozen',
  'a',
  'an',
  'several',
  'few',
  'tens',
  'half',
]);

const WORD_START_FILTER = new WordFilter(WORD_STARTS);
const SCALE_WORD_FILTER = new WordFilter(SCALE_WORDS.keys());

/** "five and a half", "2 and a half": adds the half. */
function withHalf(parsed: ParsedNumber | null, tokens: Token[]): ParsedNumber | null {
  if (!parsed || parsed.vague || parsed.scaled || parsed.attachedUnit) return parsed;
  const k = parsed.last;
  if (tokens[k + 1]?.lower === 'and' && tokens[k + 2]?.lower === 'a' && tokens[k + 3]?.lower === 'half') {
    // "one and a half million": the scale after the half multiplies both.
    const scale = SCALE_WORDS.get(tokens[k + 4]?.lower ?? '');
    if (scale !== undefined)
      return { ...parsed, value: (parsed.value + 0.5) * scale, last: k + 4, scaled: true, decimal: false };
    return { ...parsed, value: parsed.value + 0.5, last: k + 3, decimal: true };
  }
  // "one-and-a-half"
  if (
    tokens[k + 1]?.text === '-' &&
    tokens[k + 2]?.lower === 'and' &&
    tokens[k + 3]?.text === '-' &&
    tokens[k + 4]?.lower === 'a' &&
    tokens[k + 5]?.text === '-' &&
    tokens[k + 6]?.lower === 'half'
  ) {
    return { ...parsed, value: parsed.value + 0.5, last: k + 6, decimal: true };
  }
  return parsed;
}

/** "quarter-million", "half-billion" at tokens[k]. */
function isShareOfScale(tokens: Token[], k: number): boolean {
  const share = tokens[k];
  return (
    share !== undefined &&
    (share.lower === 'quarter' || share.lower === 'half') &&
    tokens[k + 1]?.text === '-' &&
    attached(tokens, k + 1) &&
    attached(tokens, k + 2) &&
    SCALE_WORDS.has(tokens[k + 2]?.lower ?? '')
  );
}

/** Things made or worn in pairs: "a pair of glasses" or "of shoes" is one thing, no two. */
const PAIRED_ITEMS = new Set([
  'glasses',
  'spectacles',
  'sunglasses',
  'goggles',
  'binoculars',
  'trousers',
  'jeans',
  'pants',
  'shorts',
  'tights',
  'scissors',
  'pliers',
  'shoes',
  'boots',
  'trainers',
  'sneakers',
  'socks',
  'gloves',
  'earrings',
  'eyelashes',
  'skates',
  'skis',
  'headphones',
  'earphones',
  'handcuffs',
]);
/** How many words after "a pair of" the paired thing is looked for ("a pair of dark brown leather shoes"). */
const PAIR_REACH = 4;

function pairedItemAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + PAIR_REACH; j++) if (PAIRED_ITEMS.has(tokens[j].lower)) return true;
  return false;
}

/** "a pair of left hooks": two, over the article and "pair" (the noun after "of" is what is counted). */
function pairAt(i: number): ParsedNumber {
  return {
    value: 2,
    first: i,
    last: i + 1,
    vague: null,
    words: true,
    scaled: false,
    decimal: false,
    attachedUnit: null,
  };
}

/**
 * "a full day passes", "stayed on the lists for a full year": the article at i, "full" and a unit of time; not "a full
 * year operating loss", where "full year" describes the noun after it.
 */
function isWholeLength(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'full' || !DURATION_UNITS.has(tokens[i + 2]?.lower ?? '')) return false;
  const after = tokens[i + 3];
  return !(after?.kind === 'word' && after.lower.endsWith('ing'));
}

/** "a full day", "a full year": one of the unit after, stressed as whole (over the article and "full"). */
function wholeLengthAt(i: number): ParsedNumber {
  return { ...pairAt(i), value: 1 };
}

/**
 * A share of a scale word: "half a million", "half a dozen" (tokens i..i+2), "a quarter of a million", "three-quarters
 * of a million", "two thirds of a billion" (to the scale word); else null.
 */
function shareOfScaleAt(tokens: Token[], i: number): ParsedNumber | null {
  let share: number;
  let k: number;
  const lower = tokens[i].lower;
  if (lower === 'half') {
    share = 0.5;
    k = i + 1;
  } else {
    const numerator = lower === 'a' || lower === 'an' ? 1 : (UNITS_WORDS.get(lower) ?? 0);
    let f = i + 1;
    if (isUnspacedHyphen(tokens, f)) f++;
    const denominator = FRACTION_WORDS.get(tokens[f]?.lower ?? '');
    if (!numerator || !denominator || numerator >= denominator || tokens[f + 1]?.lower !== 'of') return null;
    share = numerator / denominator;
    k = f + 2;
  }
  const scaleWord = tokens[k]?.lower === 'a' ? (tokens[k + 1]?.lower ?? '') : '';
  const scale = scaleWord === 'dozen' ? 12 : SCALE_WORDS.get(scaleWord);
  if (scale === undefined) return null;
  return {
    value: Math.round(share * scale),
    first: i,
    last: k + 1,
    vague: null,
    words: true,
    scaled: true,
    decimal: false,
    attachedUnit: null,
  };
}

function articleStartsFigure(next: Token | undefined): boolean {
  if (!next) return false;
  const lower = next.lower;
  return (
    lower === 'handful' || lower === 'few' || lower === 'dozen' || lower === 'couple' || SCALE_WORD_FILTER.has(next)
  );
}

export function parseNumberAt(tokens: Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (t.kind === 'number') return withHalf(parseDigits(tokens, i), tokens);
  if (t.kind !== 'word' || !WORD_START_FILTER.has(t)) return null;
  // "half a million", "a quarter of a million": a share of the scale.
  const shareOfScale = shareOfScaleAt(tokens, i);
  if (shareOfScale) return shareOfScale;
  if (t.lower === 'half') return null;
  // An article starts a figure only before "handful", "few", "dozen", a scale word ("a million") or "pair of": most do not.
  if ((t.lower === 'a' || t.lower === 'an') && !articleStartsFigure(tokens[i + 1])) {
    if (isWholeLength(tokens, i)) return wholeLengthAt(i);
    if (tokens[i + 1]?.lower === 'pair' && tokens[i + 2]?.lower === 'of' && !pairedItemAfter(tokens, i + 3))
      return pairAt(i);
    return isShareOfScale(tokens, i + 1) ? parseWords(tokens, i) : null;
  }
  const vague = parseVague(tokens, i);
  if (vague) return vague;
  if (isNumberWord(t.lower) || t.lower === 'a' || t.lower === 'an') return withHalf(parseWords(tokens, i), tokens);
  return null;
}
