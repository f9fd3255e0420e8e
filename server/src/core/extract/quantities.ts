// Quantities in one sentence: the number, its qualifier and interval, what kind of quantity it is,
// and the counted noun phrase with its normalised head.

import type { QuantityFrame, QuantityKind, Qualifier } from '../types';
import { isCapitalized, tokenize, isUnspacedHyphen, type Token } from '../text/tokens';
import { MONTH_NAMES, WEEKDAYS } from '../text/calendar';
import {
  BE_TENSED,
  CURRENCY_PREFIX_WORDS,
  COMPASS_POINTS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DURATION_UNITS,
  FRACTION_WORDS,
  FUNCTION_WORDS,
  OPEN_QUOTES,
  IRREGULAR_PLURALS,
  MEASURE_PREFIXES,
  MEASURE_UNITS,
  NOT_PLURAL,
  PARTITIVE_HEADS,
  PREDICATE_WORDS,
  QUALIFIERS_BEFORE,
  isCurrencyWord,
  type PredicateName,
} from './lexicon';
import { parseNumberAt, WORD_STARTS, type ParsedNumber } from './numbers';
import { WordFilter } from '../text/wordFilter';
import { readTally, type Tally } from './records';
import { intervalOf, isWhole } from '../intervals';

export interface RawQuantity {
  start: number;
  end: number;
  /** Token indices covered by the claim (inclusive). */
  firstToken: number;
  lastToken: number;
  /** Token indices of the figure itself. */
  numberFirst: number;
  numberLast: number;
  stated: number | [number, number];
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  kind: QuantityKind;
  unit: string | null;
  unitKey: string | null;
  unitOf: string | null;
  /** The predicate written in a label ("Militants Killed: 145"). */
  labelPredicate: PredicateName | null;
  /** The level a toll of the dead stands at ("the death toll stood at 15", "put the toll at 15"): a count of the killed. */
  tollLevel?: boolean;
  /** A bare figure read as a person's age ("aged 85", "She was 85."): in years (see frames.ts isAge). */
  age?: boolean;
  /** A record, score or vote ("52-3", "2-0", "52-48"): its parts, kind and owner. */
  tally?: Tally;
  /** The frame, when the reader of the figure reads it itself (an ordinal: see ordinals.ts). */
  frame?: QuantityFrame;
}

const IDENTIFIER_WORDS = new Set([
  'number',
  'no',
  'nos',
  'section',
  'article',
  'chapter',
  'version',
  'page',
  'pages',
  'room',
  'flight',
  'route',
  'highway',
  'channel',
  'episode',
  'level',
  'phase',
  'grade',
  'row',
  'gate',
  'platform',
  'line',
  'item',
  'clause',
  'paragraph',
  'rule',
  'model',
  'type',
  'category',
  'act',
  'table',
  'figure',
  'fig',
  'vol',
  'volume',
  'issue',
  'edition',
  'series',
  'part',
  'stage',
  'week',
  'round',
  'game',
  'match',
  'division',
  'tier',
  'block',
  'sector',
  'zone',
  'district',
  'ward',
  'unit',
  'apartment',
  'flat',
  'house',
  'street',
  'road',
  'exit',
  'junction',
  'terminal',
  'bus',
  'train',
  'interstate',
  'resolution',
  'amendment',
  'proposition',
  'bill',
  'code',
  'id',
  'pin',
  'tel',
  'phone',
  'ext',
  'box',
  'suite',
  'floor',
  'storey',
  'hole',
  'lap',
  'seat',
  'ranked',
  'rank',
  'ranking',
  'top',
  'group',
  'heat',
  'stage',
  'day',
  'cesium',
  'caesium',
  'iodine',
  'strontium',
  'uranium',
  'plutonium',
  'tritium',
  'cobalt',
]);

/** Adjectives ending in -ly that stand before a counted noun ("four daily broadcasts", "200 elderly residents"). */
const LY_ADJECTIVES = new Set([
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'quarterly',
  'hourly',
  'nightly',
  'elderly',
  'early',
  'costly',
  'deadly',
  'friendly',
  'lonely',
  'lowly',
  'orderly',
  'unlikely',
  'likely',
]);

/** Words before a bare year that keep it a year ("in 2000 people" is rare; "in 2000" is a date). */
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'by',
  'of',
  'from',
  'until',
  'to',
  'during',
  'before',
  'after',
  'for',
  'between',
  'and',
  'the',
  'early',
  'late',
  'mid',
  'summer',
  'spring',
  'autumn',
  'winter',
  'fall',
  'around',
  'till',
  'through',
  'or',
  'year',
  'season',
  'fiscal',
  "'s",
]);

/** Currency names that are more often other words ("won the race", "marks", "p"). */
const AMBIGUOUS_CURRENCY = new Set(['won', 'p', 'mark', 'marks', 'rand', 'real', 'sol', 'soles', 'dong', 'cents']);

const HYPHEN_ADJECTIVES = new Set([
  'strong',
  'long',
  'old',
  'high',
  'wide',
  'deep',
  'tall',
  'way',
  'seater',
  'storey',
  'story',
  'lane',
  'legged',
  'sided',
  'pronged',
  'shot',
  'nil',
]);

const CHANGE_VERBS = new Set([
  'rose',
  'risen',
  'rise',
  'rises',
  'rising',
  'fell',
  'fallen',
  'fall',
  'falls',
  'falling',
  'increased',
  'decreased',
  'grew',
  'jumped',
  'climbed',
  'dropped',
  'declined',
  'slipped',
  'slumped',
  'surged',
  'soared',
  'gained',
  'lost',
  'up',
  'down',
  'cut',
  'raised',
  'lowered',
  'lifted',
  'revised',
  'widened',
  'narrowed',
  'shrank',
  'expanded',
  'slid',
  'edged',
]);
const SCORE_WORDS = new Set([
  'win',
  'won',
  'wins',
  'beat',
  'beats',
  'beating',
  'lost',
  'lose',
  'loss',
  'defeat',
  'defeated',
  'victory',
  'draw',
  'drew',
  'drawn',
  'score',
  'scored',
  'scoreline',
  'triumph',
  'led',
  'lead',
  'leads',
  'trailed',
  'trail',
  'edged',
  'thrashing',
  'thrashed',
  'hammered',
  'routed',
  'rout',
  'set',
  'sets',
  'tie-break',
  'game',
  'games',
  'match',
  'aggregate',
]);

/** "won 3-1", "beat Gaudio 5-7 6-1 6-4", "a 42-7 triumph", "Barbarians 19-47 New Zealand": a score, not a range. */
function isScore(tokens: Token[], first: number, second: number): boolean {
  for (let j = Math.max(0, first - 4); j < first; j++) if (SCORE_WORDS.has(tokens[j].lower)) return true;
  for (let j = second + 1; j < Math.min(tokens.length, second + 4); j++)
    if (SCORE_WORDS.has(tokens[j].lower)) return true;
  const prev = tokens[first - 1];
  if (prev && prev.kind === 'word' && isCapitalized(prev) && first > 1) return true;
  const next = tokens[second + 1];
  if (next && next.kind === 'word' && isCapitalized(next)) return true;
  // A run of scores: "6-3 6-7 (2-7)".
  const after = tokens[second + 2];
  if (next && (next.kind === 'number' || next.text === '(') && after && (after.text === '-' || after.kind === 'number'))
    return true;
  if (prev && (prev.text === '(' || (prev.kind === 'number' && tokens[first - 2]?.text === '-'))) return true;
  return false;
}

/** Words after "60m" that make it a distance: races, records, heights. */
const METRE_CONTEXT = new Set([
  'hurdles',
  'sprint',
  'race',
  'freestyle',
  'backstroke',
  'breaststroke',
  'butterfly',
  'medley',
  'relay',
  'dash',
  'final',
  'finals',
  'title',
  'record',
  'event',
  'high',
  'deep',
  'long',
  'tall',
  'wide',
  'away',
  'above',
  'below',
  'from',
  'world',
  'indoor',
  'outdoor',
  'heat',
  'heats',
  'semi',
  'gold',
  'silver',
  'bronze',
  'champion',
  'in',
  'at',
]);

const PAGE_FURNITURE = new Set([
  'views',
  'comments',
  'shares',
  'likes',
  'replies',
  'reads',
  'followers',
  'subscribers',
  'comment',
  'view',
  'share',
  'like',
  'reply',
]);

/** Heads whose noun modifier is part of what is counted ("security personnel", "police officers"). */
const MODIFIED_HEADS = new Set([
  'personnel',
  'forces',
  'force',
  'officers',
  'officer',
  'officials',
  'official',
  'workers',
  'worker',
  'staff',
  'guards',
  'guard',
  'members',
  'agents',
  'agent',
  'troops',
  'crew',
]);

const PRONOUN_ONE_BEFORE = new Set([
  'the',
  'no',
  'any',
  'every',
  'each',
  'this',
  'that',
  'which',
  'some',
  'someone',
  'anyone',
  'everyone',
  'no-one',
  'only',
  'another',
  'such',
  'last',
  'little',
]);
const PRONOUN_ONE_AFTER = new Set([
  'of',
  'another',
  "'s",
  'who',
  'which',
  'that',
  'thing',
  'way',
  'or',
  'and',
  'to',
  'in',
  'on',
  'at',
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'does',
  'did',
  'day',
  'time',
  'point',
  'side',
  'hand',
  'another',
  'but',
  'for',
  'with',
  'by',
  'from',
  'as',
  'than',
  'after',
  'before',
  'too',
  'else',
  'either',
  'least',
  'thing',
  'off',
  'such',
]);

export function isPluralWord(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOT_PLURAL.has(lower)) return false;
  if (lower.length < 3) return false;
  if (!lower.endsWith('s')) return false;
  if (lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is') || lower.endsWith("'s")) return false;
  return true;
}

/** A noun's singular, lower case ("militants" → "militant", "bodies" → "body", "people" → "person"). */
export function singular(word: string): string {
  let lower = word.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const irregular = IRREGULAR_PLURALS.get(lower);
  if (irregular !== undefined) return irregular;
  if (!isPluralWord(lower)) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return lower.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zzes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('oes') && lower.length > 4) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

function isVerbLike(lower: string): boolean {
  return (lower.endsWith('ed') && lower.length > 4) || (lower.endsWith('ing') && lower.length > 5);
}

interface UnitResult {
  unit: string | null;
  unitKey: string | null;
  unitOf: string | null;
  kind: QuantityKind | null;
  /** Last token of the unit. */
  last: number;
}

const NO_UNIT: UnitResult = { unit: null, unitKey: null, unitOf: null, kind: null, last: -1 };

function wordOk(t: Token | undefined): boolean {
  return !!t && t.kind === 'word';
}

/** Collects an adjective* noun phrase starting at tokens[k], up to its first plural head. */
function nounPhrase(
  tokens: Token[],
  k: number,
  allowSingular: boolean,
  maxWords = 4,
): { first: number; head: number } | null {
  let head = -1;
  let lastWord = -1;
  let words = 0;
  for (let j = k; j < tokens.length && words < maxWords; j++) {
    const t = tokens[j];
    if (t.kind === 'word') words++;
    if (t.kind !== 'word') {
      // Hyphenated compounds inside the phrase ("law-enforcement", "so-called") continue it.
      if (
        (t.text === '-' || t.text === '‐') &&
        !t.spaceBefore &&
        wordOk(tokens[j + 1]) &&
        !tokens[j + 1].spaceBefore &&
        lastWord === j - 1
      )
        continue;
      break;
    }
    const lower = t.lower;
    if (isCapitalized(t) && (isPluralWord(lower) || isModelNumberAfter(tokens, j))) {
      const noun = nounAfterNames(tokens, j);
      if (noun >= 0) {
        head = lastWord = noun;
        break;
      }
    }
    const inCompound = !t.spaceBefore && j > k && tokens[j - 1].text === '-';
    const acronym = t.text.length >= 2 && t.text === t.text.toUpperCase();
    if (lower === 'other' && j === k && tokens[j + 1]?.kind === 'word') continue; // "three other Africans"
    if (FUNCTION_WORDS.has(lower) && !IRREGULAR_PLURALS.has(lower) && !inCompound && !acronym) break;
    if (lower.endsWith('ly') && lower.length > 4 && !IRREGULAR_PLURALS.has(lower) && !LY_ADJECTIVES.has(lower)) break;
    if (CURRENCY_WORDS.has(lower) && j === k) break;
    const plural = isPluralWord(lower) || DURATION_UNITS.has(lower) || (MEASURE_UNITS.has(lower) && j === k);
    if (!plural && isVerbLike(lower) && !(PREDICATE_WORDS.has(lower) && j === k && false)) {
      // An -ed/-ing word is an adjective only when a noun follows ("armed men", "missing children").
      const next = tokens[j + 1];
      if (!next || next.kind !== 'word' || !next.spaceBefore || FUNCTION_WORDS.has(next.lower)) break;
    }
    if (isCapitalized(t) && lastWord >= 0 && isPluralWord(tokens[lastWord].lower)) break;
    if (lower.endsWith("'s") || lower.endsWith("'")) break; // a possessive starts a new phrase
    lastWord = j;
    if (plural) {
      head = j;
      break;
    }
  }
  if (head < 0 && allowSingular && lastWord >= k) {
    const lower = tokens[lastWord].lower;
    if (!isVerbLike(lower) && !FUNCTION_WORDS.has(lower)) head = lastWord;
  }
  if (head < 0) return null;
  return { first: k, head };
}

/** Whether a model number follows the name at tokens[j]: "A320", "F-16", "Boeing 737" (after a name that is no plural). */
function isModelNumberAfter(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next) return false;
  if (next.kind === 'number')
    return !next.spaceBefore || (isCapitalized(tokens[j]) && !isPluralWord(tokens[j].lower) && /^\d+$/.test(next.text));
  return isGluedHyphen(tokens, j + 1) && tokens[j + 2].kind === 'number';
}

function isGluedHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return (t.text === '-' || t.text === '‐') && !t.spaceBefore && !!tokens[j + 1] && !tokens[j + 1].spaceBefore;
}

/** The most tokens a run of names and model numbers before its noun takes ("Boeing 737 MAX jets"). */
export const MAX_NAME_RUN = 6;

/**
 * The lower-case plural noun that the run of names starting at tokens[j] modifies ("three Mars orbiters", "five
 * Sixers coaches", "40 Airbus A320 planes", "two F-16 jets"), or -1 when the run reaches none (a name alone, a
 * headline in Title Case).
 */
function nounAfterNames(tokens: Token[], j: number): number {
  const end = Math.min(tokens.length, j + 1 + MAX_NAME_RUN);
  for (let m = j + 1; m < end; m++) {
    const t = tokens[m];
    if (t.kind === 'number') {
      if (t.spaceBefore && !isModelNumberAfter(tokens, m - 1)) return -1;
      continue;
    }
    if (t.kind !== 'word') {
      if (isGluedHyphen(tokens, m)) continue;
      return -1;
    }
    if (!t.spaceBefore) continue; // "Airbus A320neo"
    if (isCapitalized(t)) {
      // A capitalised "Other" or "For" is a headline in Title Case, whose words run on into the sentence after it.
      if (FUNCTION_WORDS.has(t.lower) && t.text !== t.text.toUpperCase() && !isModelNumberAfter(tokens, m)) return -1;
      continue;
    }
    const lower = t.lower;
    return isPluralWord(lower) && !FUNCTION_WORDS.has(lower) && !isVerbLike(lower) ? m : -1;
  }
  return -1;
}

function headKey(tokens: Token[], first: number, head: number): string {
  const headWord = tokens[head].lower;
  let key = singular(headWord);
  if (MODIFIED_HEADS.has(headWord) && head > first) {
    const modifier = tokens[head - 1];
    const titleCase = isCapitalized(tokens[head]) && isCapitalized(modifier);
    if (modifier.kind === 'word' && (titleCase || !isCapitalized(modifier)) && !isVerbLike(modifier.lower)) {
      key = `${modifier.lower} ${headWord === 'personnel' || headWord === 'staff' || headWord === 'police' ? headWord : key}`;
    }
  }
  return key;
}

/** The phrase after "of" in a partitive ("members of Pakistan's law enforcement agencies"). */
function ofPhrase(
  tokens: Token[],
  k: number,
  afterFraction = false,
  overTotal = false,
  massWhole = false,
): { first: number; head: number; key: string; total: number } | null {
  let j = k;
  const det = tokens[j];
  const determined =
    det !== undefined &&
    det.kind === 'word' &&
    (det.lower === 'the' ||
      det.lower === 'their' ||
      det.lower === 'its' ||
      det.lower === 'his' ||
      det.lower === 'her' ||
      det.lower === 'our' ||
      det.lower === 'these' ||
      det.lower === 'those' ||
      (massWhole && det.lower === 'all'));
  if (determined) j++;
  // "a quarter of a cup": one of something, so a singular noun.
  const one = afterFraction && det !== undefined && (det.lower === 'a' || det.lower === 'an');
  if (one) j++;
  // A possessive owner ("Pakistan's") may precede the noun.
  const owned = tokens[j]?.kind === 'word' && tokens[j].lower.endsWith("'s") && isCapitalized(tokens[j]);
  if (owned) j++;
  // "two of the five men", "two of the thousands of synthetic molecules" (overTotal): the whole's own count stands
  // before the noun both count.
  const total = overTotal && determined ? totalAt(tokens, j) : null;
  if (total) j = total.last + (total.vague && tokens[total.last + 1]?.lower === 'of' ? 2 : 1);
  // "two-thirds of the budget", "of Pakistan's energy", "of all economic activity": a fraction of one determined
  // thing (massWhole) may be of a singular noun.
  const phrase = nounPhrase(tokens, j, one || (massWhole && (determined || owned)), 5);
  if (!phrase) return null;
  const words: string[] = [];
  for (let x = j; x < phrase.head; x++)
    if (tokens[x].kind === 'word' && !isCapitalized(tokens[x])) words.push(tokens[x].lower);
  words.push(singular(tokens[phrase.head].lower));
  return { first: k, head: phrase.head, key: words.join(' '), total: total ? total.first : -1 };
}

/** The count of a whole after its determiner ("the five", "the 12", "the thousands of"), or null. */
function totalAt(tokens: Token[], j: number): ParsedNumber | null {
  const t = tokens[j];
  if (!t || (t.kind !== 'number' && !WORD_STARTS.has(t.lower)) || t.lower === 'a' || t.lower === 'an') return null;
  if (t.kind === 'number' && /^(?:1[89]|20)\d\d$/.test(t.lower)) return null; // "half of the 2004 budget": a year
  const total = parseNumberAt(tokens, j);
  return total && !total.attachedUnit && !total.decimal ? total : null;
}

function isNumberStart(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.kind === 'number') return true;
  const p = parseNumberAt(tokens, j);
  return p !== null;
}

/** Coordinated nouns sharing one figure ("12 towns and cities", "31 civilians and security personnel"). */
function coordination(tokens: Token[], head: number): { head: number; first: number } | null {
  const conj = tokens[head + 1];
  if (!conj || (conj.lower !== 'and' && conj.lower !== 'or')) return null;
  if (isNumberStart(tokens, head + 2)) return null;
  const qual = tokens[head + 2];
  if (qual && qual.kind === 'word' && isVerbLike(qual.lower)) return null; // "five people and damaging buildings": a second clause
  if (qual && qual.kind === 'word' && QUALIFIER_FIRST_WORDS.has(qual.lower)) return null;
  const phrase = nounPhrase(tokens, head + 2, false, 3);
  if (!phrase || DURATION_UNITS.has(tokens[phrase.head].lower)) return null; // "six aircraft and next month"
  if (isNumberStart(tokens, phrase.head + 1)) return null;
  return { first: head + 2, head: phrase.head };
}

/**
 * The plural noun after a price ("$30,000 prizes", "£1m homes") or a figure joined to its words by hyphens
 * ("500-pound bombs", "12-year-old boys") that a whole count at `parsed` counts, or null.
 */
function pricedNounAt(tokens: Token[], parsed: ParsedNumber, k: number): { first: number; head: number } | null {
  if (parsed.vague || parsed.decimal || parsed.scaled || parsed.attachedUnit || parsed.value < 2) return null;
  let m = k;
  if (CURRENCY_SYMBOLS.has(tokens[m]?.text ?? '') && tokens[m + 1]?.kind === 'number' && !tokens[m + 1].spaceBefore) {
    const price = parseNumberAt(tokens, m + 1);
    if (!price || price.vague) return null;
    m = price.last + 1;
  } else if (tokens[m]?.kind === 'number' && isUnspacedHyphen(tokens, m + 1)) {
    // "500-pound", "10-storey", "12-year-old": the compound's words, each joined by a hyphen.
    m++;
    while (
      tokens[m]?.text === '-' &&
      !tokens[m].spaceBefore &&
      tokens[m + 1]?.kind === 'word' &&
      !tokens[m + 1].spaceBefore
    )
      m += 2;
    if (tokens[m - 1].kind !== 'word') return null;
  } else return null;
  const phrase = nounPhrase(tokens, m, false, 3);
  return phrase && isPluralWord(tokens[phrase.head].lower) ? phrase : null;
}

const QUALIFIER_FIRST_WORDS = new Set(QUALIFIERS_BEFORE.map(([words]) => words[0]));

function unitAfter(text: string, tokens: Token[], parsed: ParsedNumber, k: number): UnitResult {
  const j = k;
  const t = tokens[j];
  if (!t) return NO_UNIT;
  // "dozens of inmates", "millions of people", "two of the attacks", "31 of them".
  const fraction = parsed.decimal && parsed.value < 1;
  if (t.lower === 'of' && (parsed.vague || parsed.scaled || parsed.words || fraction)) {
    const of = ofPhrase(tokens, j + 1, fraction, !fraction);
    if (of)
      return {
        unit: text.slice(tokens[of.first].start, tokens[of.head].end),
        unitKey: headKey(tokens, of.first, of.head),
        unitOf: null,
        kind: 'count',
        // "three of the 12 victims": the whole's count in digits is read as a figure of its own.
        last: of.total >= 0 && tokens[of.total].kind === 'number' ? parsed.last : of.head,
      };
    return NO_UNIT;
  }
  // "up to three $30,000 prizes", "two 500-pound bombs": the noun after a price or a measure counts them; the price
  // or measure is read as a figure of its own.
  const priced = pricedNounAt(tokens, parsed, j);
  if (priced)
    return {
      unit: text.slice(tokens[priced.first].start, tokens[priced.head].end),
      unitKey: headKey(tokens, priced.first, priced.head),
      unitOf: null,
      kind: 'count',
      last: parsed.last,
    };
  // "20 square miles", "5 sq km", "2 metric tons": a unit named by two words.
  const prefix = MEASURE_PREFIXES.get(t.lower);
  const unitWord = tokens[j + 1];
  const prefixed =
    prefix && unitWord?.kind === 'word' && !FUNCTION_WORDS.has(unitWord.lower)
      ? MEASURE_UNITS.get(unitWord.lower)
      : undefined;
  if (prefixed) {
    const unitKey = `${prefix} ${prefixed}`;
    return { unit: text.slice(t.start, unitWord.end), unitKey, unitOf: null, kind: 'other', last: j + 1 };
  }
  const phrase = nounPhrase(tokens, j, parsed.value === 1 || parsed.decimal);
  if (!phrase) return NO_UNIT;
  const headLower = tokens[phrase.head].lower;
  if (DURATION_UNITS.has(headLower) && phrase.head === j) {
    return { unit: tokens[j].text, unitKey: DURATION_UNITS.get(headLower)!, unitOf: null, kind: 'duration', last: j };
  }
  if (MEASURE_UNITS.has(headLower) && phrase.head === j) {
    const speed = perHour(tokens, j);
    if (speed)
      return {
        unit: text.slice(tokens[j].start, tokens[j + 2].end),
        unitKey: speed,
        unitOf: null,
        kind: 'other',
        last: j + 2,
      };
    return { unit: tokens[j].text, unitKey: MEASURE_UNITS.get(headLower)!, unitOf: null, kind: 'other', last: j };
  }
  const first = phrase.first;
  let last = phrase.head;
  let key = headKey(tokens, phrase.first, phrase.head);
  let unitOf: string | null = null;
  const coord = coordination(tokens, last);
  if (coord) {
    key = `${key} and ${headKey(tokens, coord.first, coord.head)}`;
    last = coord.head;
  } else if (tokens[last + 1]?.lower === 'of' && PARTITIVE_HEADS.has(singular(headLower))) {
    const of = ofPhrase(tokens, last + 2);
    if (of) {
      unitOf = of.key;
      last = of.head;
    }
  }
  return { unit: text.slice(tokens[first].start, tokens[last].end), unitKey: key, unitOf, kind: 'count', last };
}

/** QUALIFIERS_BEFORE by their last word (the word right before the figure), each list in the table's order. */
const QUALIFIERS_BY_LAST_WORD = new Map<string, typeof QUALIFIERS_BEFORE>();
for (const entry of QUALIFIERS_BEFORE) {
  const lastWord = entry[0][entry[0].length - 1];
  const list = QUALIFIERS_BY_LAST_WORD.get(lastWord);
  if (list) list.push(entry);
  else QUALIFIERS_BY_LAST_WORD.set(lastWord, [entry]);
}

export function matchQualifierBefore(
  tokens: Token[],
  i: number,
  floor: number,
): { qualifier: Qualifier; first: number } | null {
  if (i - 1 < floor) return null;
  const candidates = QUALIFIERS_BY_LAST_WORD.get(tokens[i - 1].lower);
  if (candidates === undefined) return null;
  for (const [words, qualifier] of candidates) {
    const first = i - words.length;
    if (first < floor) continue;
    let ok = true;
    for (let w = 0; w < words.length; w++) {
      if (tokens[first + w].lower !== words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) return { qualifier: qualifier as Qualifier, first };
  }
  return null;
}

function currencyBefore(tokens: Token[], i: number, floor: number): { key: string; first: number } | null {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < floor) return null;
  if (CURRENCY_SYMBOLS.has(prev.text)) {
    let first = i - 1;
    const word = tokens[i - 2];
    if (
      word &&
      i - 2 >= floor &&
      word.kind === 'word' &&
      !prev.spaceBefore &&
      CURRENCY_PREFIX_WORDS.has(word.lower) &&
      word.text === word.text.toUpperCase()
    )
      first = i - 2;
    return { key: CURRENCY_SYMBOLS.get(prev.text)!, first };
  }
  if (
    prev.kind === 'word' &&
    (prev.text === prev.text.toUpperCase() || prev.lower === 'rs') &&
    CURRENCY_PREFIX_WORDS.has(prev.lower) &&
    prev.lower.length > 1
  ) {
    return { key: CURRENCY_PREFIX_WORDS.get(prev.lower)!, first: i - 1 };
  }
  if (prev.text === '.' && tokens[i - 2]?.lower === 'rs' && i - 2 >= floor) return { key: 'rupee', first: i - 2 };
  return null;
}

export interface QuantityOptions {
  /** Token indices that belong to dates or times. */
  excluded: Uint8Array;
  /** Token indices that are bare years. */
  years: Uint8Array;
  /** The headers of the table cell the sentence is (Markdown), read as a label. */
  label?: CellLabel | null;
  /** Computed once per sentence on first use. */
  facts?: { money: boolean; titleCase: boolean };
}

function sentenceFacts(tokens: Token[], options: QuantityOptions): { money: boolean; titleCase: boolean } {
  if (!options.facts) {
    let money = false;
    let words = 0;
    let capitals = 0;
    for (const x of tokens) {
      if (
        (x.kind === 'punct' && CURRENCY_SYMBOLS.has(x.text)) ||
        (x.kind === 'word' && isCurrencyWord(x) && !AMBIGUOUS_CURRENCY.has(x.lower))
      )
        money = true;
      if (x.kind === 'word') {
        words++;
        if (isCapitalized(x)) capitals++;
      }
    }
    options.facts = { money, titleCase: words >= 4 && capitals >= words * 0.6 };
  }
  return options.facts;
}

const LABEL_MAX_WORDS = 5;

export interface CellLabel {
  unit: string | null;
  unitKey: string | null;
  predicate: PredicateName | null;
}

/** A table cell's headers read as the label of its figure ("Militants Killed"), or null when they are no label. */
export function readCellLabel(label: string): CellLabel | null {
  const tokens = tokenize(label, 0, label.length);
  if (!tokens.length || tokens.some((t) => t.kind !== 'word')) return null;
  const read = labelBefore(label, tokens, tokens.length);
  return read && read.first === 0 ? { unit: read.unit, unitKey: read.unitKey, predicate: read.predicate } : null;
}

/** A label before a colon on its own line or clause: "Militants Killed: 145", "Death toll: 50". */
function labelBefore(
  text: string,
  tokens: Token[],
  colon: number,
): { first: number; unit: string | null; unitKey: string | null; predicate: PredicateName | null } | null {
  let first = colon;
  while (first > 0 && tokens[first - 1].kind === 'word' && colon - first < LABEL_MAX_WORDS) first--;
  if (first === colon) return null;
  if (first > 0 && !/^[,;–—-]$/.test(tokens[first - 1].text)) return null;
  const words = tokens.slice(first, colon);
  let predicate: PredicateName | null = null;
  let unitWords = words;
  const lastLower = words[words.length - 1].lower;
  if (PREDICATE_WORDS.has(lastLower)) {
    predicate = PREDICATE_WORDS.get(lastLower)!;
    unitWords = words.slice(0, -1);
  }
  if (words.length >= 2 && words[words.length - 2].lower === 'death' && lastLower === 'toll') {
    unitWords = words.slice(0, -2);
  }
  if (unitWords.length === 0) return { first, unit: null, unitKey: null, predicate };
  const head = unitWords[unitWords.length - 1];
  const headIndex = first + unitWords.length - 1;
  return {
    first,
    unit: text.slice(unitWords[0].start, head.end),
    unitKey: headKey(tokens, first, headIndex),
    predicate,
  };
}

/**
 * Words before "toll" or "number" that say how far or by whom the figure is counted, not what is counted ("the
 * official death toll", "the national toll", "the provisional toll", "the latest tally").
 */
const TOLL_STANDINGS = new Set([
  'official',
  'unofficial',
  'national',
  'nationwide',
  'global',
  'worldwide',
  'provisional',
  'preliminary',
  'confirmed',
  'estimated',
  'updated',
  'revised',
  'latest',
  'final',
  'current',
  'total',
]);

/** "the death toll of militants rose to 177", "the two-day militant death toll to 177", "the number of attackers ... 1,000". */
function unitBefore(text: string, tokens: Token[], i: number, floor: number): { unit: string; unitKey: string } | null {
  const limit = Math.max(floor, i - 14);
  for (let j = i - 1; j >= limit; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === ':')) break;
    if (t.kind !== 'word') continue;
    const lower = t.lower;
    if (lower === 'toll' || lower === 'number' || lower === 'tally' || lower === 'count' || lower === 'total') {
      // "X death toll" or "toll of X".
      if (tokens[j + 1]?.lower === 'of') {
        const of = ofPhrase(tokens, j + 2);
        if (of && of.head < i)
          return {
            unit: text.slice(tokens[of.head].start, tokens[of.head].end),
            unitKey: headKey(tokens, of.head, of.head),
          };
      }
      let m = j - 1;
      if (tokens[m]?.lower === 'death') m--;
      const modifier = tokens[m];
      if (
        modifier &&
        modifier.kind === 'word' &&
        !FUNCTION_WORDS.has(modifier.lower) &&
        !isVerbLike(modifier.lower) &&
        !/-/.test(modifier.text) &&
        !isCapitalized(modifier) &&
        !PREDICATE_WORDS.has(modifier.lower) &&
        !TOLL_STANDINGS.has(modifier.lower)
      ) {
        if (tokens[m - 1]?.text === '-') return null; // "two-day" is not what is counted
        return { unit: modifier.text, unitKey: singular(modifier.lower) };
      }
      return null;
    }
  }
  return null;
}

/** Verbs after which "at" gives a toll's level ("stood at 15", "was put at 15"). */
const TOLL_AT_VERBS = new Set(['stood', 'stands', 'stand', 'remained', 'remains', 'put', 'placed']);
/** Verbs after which "to" gives a toll's level ("rose to 15", "has climbed to 15"). */
const TOLL_TO_VERBS = new Set([
  'rose',
  'risen',
  'climbed',
  'increased',
  'jumped',
  'grew',
  'soared',
  'surged',
  'mounted',
]);
/** Verbs whose object is a toll's level ("reached 15", "was 15"). */
const TOLL_LINK_VERBS = new Set([...BE_TENSED, 'reached', 'hit', 'totalled', 'totaled']);
/** Words between a toll and its verb ("has now reached", "had been put at"). */
const TOLL_AUXILIARIES = new Set([...BE_TENSED, 'has', 'have', 'had', 'been', 'now', 'already', 'officially', 'later']);
/** Verbs whose object a toll is, its level after "at" ("officials put the death toll at 15"). */
const TOLL_ESTIMATE_VERBS = new Set([
  'put',
  'puts',
  'putting',
  'placed',
  'places',
  'placing',
  'estimated',
  'estimates',
]);
/** Nouns that count the dead after "number of", "count of", "tally of", "total of" ("the number of dead"). */
const DEAD_NOUNS = new Set(['dead', 'deaths', 'fatalities', 'killed', 'died']);
/** Words of harm short of death: "the number of dead and injured" counts no dead alone. */
const HARM_WORDS = new Set(['injured', 'wounded', 'hurt', 'injuries', 'casualties', 'missing']);
/** Words that open a clause or report speech, which a toll's phrase does not cross ("the attack that killed 5"). */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'said', 'says', 'and', 'but', 'while', 'as']);
/** Nouns that count what the phrase after "of" names ("the number of dead"). */
const TALLY_NOUNS = new Set(['number', 'count', 'tally', 'total']);

/**
 * Whether the figure at token `first` is the level of a toll of the dead: the value a death toll "stands at", "is",
 * "reached", "rose to", "was put at" ("the death toll from the attack stood at 15", "the number of dead has risen to
 * 15"), or the level someone "put/puts the toll at" ("other reports put the death toll at 15").
 */
function isTollLevel(tokens: Token[], first: number): boolean {
  let k = first - 1;
  const link = tokens[k]?.lower;
  if (link === 'at') {
    if (TOLL_AT_VERBS.has(tokens[k - 1]?.lower ?? '')) k -= 2;
    else {
      // "put the death toll (from the attack) at 15".
      const toll = tollNounBefore(tokens, k - 1);
      if (toll < 0) return false;
      for (let j = toll - 1; j >= 0 && toll - j <= 4; j--) {
        if (TOLL_ESTIMATE_VERBS.has(tokens[j].lower)) return true;
        if (tokens[j].kind !== 'word') return false;
      }
      return false;
    }
  } else if (link === 'to' && TOLL_TO_VERBS.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  else if (link !== undefined && TOLL_LINK_VERBS.has(link)) k -= 1;
  else return false;
  while (k >= 0 && TOLL_AUXILIARIES.has(tokens[k].lower)) k--;
  return tollNounBefore(tokens, k) >= 0;
}

/**
 * The token of the toll whose phrase ends at token `end` ("the death toll", "the toll from Tuesday's attack", "the
 * number of dead in Kabul"), or -1: "toll", or "number", "count", "tally", "total" of the dead.
 */
function tollNounBefore(tokens: Token[], end: number): number {
  let dead = false;
  for (let j = end; j >= 0 && end - j < 10; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '’' && t.text !== '-') return -1;
    const lower = t.lower;
    if (HARM_WORDS.has(lower) || CLAUSE_WORDS.has(lower)) return -1;
    if (DEAD_NOUNS.has(lower)) dead = true;
    if (lower === 'toll') return j;
    if (TALLY_NOUNS.has(lower) && tokens[j + 1]?.lower === 'of') return dead ? j : -1;
  }
  return -1;
}

/** "estimating the attackers in the latest wave at between 200 and 250": the object of a "put/estimate ... at". */
function estimateObject(
  text: string,
  tokens: Token[],
  i: number,
  floor: number,
): { unit: string; unitKey: string } | null {
  if (tokens[i - 1]?.lower !== 'at' && tokens[i - 2]?.lower !== 'at') return null;
  const limit = Math.max(floor, i - 12);
  for (let j = i - 2; j >= limit; j--) {
    const lower = tokens[j].lower;
    if (tokens[j].kind === 'punct') return null;
    if (/^(?:estimat|put|putting|plac|numbered|numbering)/.test(lower)) {
      let k = j + 1;
      if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'its' || tokens[k]?.lower === 'their') k++;
      const phrase = nounPhrase(tokens, k, true);
      if (phrase && phrase.head < i)
        return {
          unit: text.slice(tokens[phrase.first].start, tokens[phrase.head].end),
          unitKey: headKey(tokens, phrase.first, phrase.head),
        };
      return null;
    }
  }
  return null;
}

/** Finds the quantities of one sentence. */
export function findQuantities(text: string, tokens: Token[], options: QuantityOptions): RawQuantity[] {
  const out: RawQuantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (options.excluded[i] || (t.kind !== 'number' && t.kind !== 'word')) {
      i++;
      continue;
    }
    const tally = t.kind === 'number' ? readTally(tokens, i, options.excluded, options.years) : null;
    if (tally) {
      out.push(tallyQuantity(tokens, tally));
      i = tally.last + 1;
      continue;
    }
    const mark = t.kind === 'number' ? elapsedMarkAt(tokens, i) : null;
    if (mark) {
      out.push(mark);
      i = mark.lastToken + 1;
      continue;
    }
    const parsed = parseNumberAt(tokens, i);
    const share = shareAt(text, tokens, i, parsed, options);
    if (share) {
      // A share of a whole not read ("half of them", "two-thirds of Italy's economy") is no figure to compare.
      if (share.unitOf !== null) out.push(share);
      i = share.lastToken + 1;
      continue;
    }
    if (!parsed) {
      if (t.kind === 'word' && OCCASION_WORD_FILTER.has(t)) {
        const occasions = occasionsAt(tokens, i);
        if (occasions) out.push(occasions);
      } else if (t.lower === 'a' || t.lower === 'an' || t.lower === 'half') {
        const single = singleDistanceAt(tokens, i) ?? (t.lower === 'half' ? null : singlePeriodAt(tokens, i));
        if (single) {
          out.push(single);
          i = single.lastToken + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    const quantity = buildQuantity(text, tokens, i, parsed, options, out);
    if (quantity) {
      out.push(quantity);
      i = Math.max(quantity.numberLast, quantity.lastToken) + 1;
    } else {
      i = parsed.last + 1;
    }
  }
  shareUnitsOfChanges(tokens, out);
  bareTemperatures(tokens, out);
  return joinDurations(tokens, out);
}

/** The unit key of a figure that is a rate's value ("the maternal mortality rate is 167"); its unit is the rate's name. */
export const RATE = 'rate';

/** Nouns that name a rate, whatever its unit ("the maternal mortality rate is 167", "the sex ratio stood at 105"). */
export const RATE_NOUNS = new Set(['rate', 'ratio']);

/** Verbs that link a rate to its value ("is 167", "stood at 205"). */
const RATE_LINKS = new Set([...BE_TENSED, 'remains', 'remained', 'stands', 'stood', 'at']);

/** Marks that open and close an aside between a subject and its verb ("– defined as deaths per 100,000 live births –"). */
const ASIDE_CLOSERS: ReadonlyMap<string, string> = new Map([
  ['–', '–'],
  ['—', '—'],
  [')', '('],
  [',', ','],
]);

/**
 * The name of the rate a bare figure is the value of, as written ("maternal mortality rate" in "The country's
 * maternal mortality rate – defined as deaths per 100,000 live births – is 167"): a copula before the figure, an
 * aside between dashes, brackets or commas skipped, and a noun phrase whose head is "rate"; else null.
 */
function rateBefore(text: string, tokens: Token[], first: number): string | null {
  let j = first - 1;
  if (tokens[j]?.lower === 'at' && (tokens[j - 1]?.lower === 'stood' || tokens[j - 1]?.lower === 'stands')) j--;
  if (!tokens[j] || tokens[j].kind !== 'word' || !RATE_LINKS.has(tokens[j].lower) || tokens[j].lower === 'at')
    return null;
  j--;
  const opener = tokens[j] ? ASIDE_CLOSERS.get(tokens[j].text) : undefined;
  if (opener !== undefined) {
    let k = j - 1;
    while (k >= 0 && j - k <= 16 && tokens[k].text !== opener) k--;
    if (k < 0 || j - k > 16) return null;
    j = k - 1;
  }
  const head = tokens[j];
  if (!head || head.kind !== 'word' || !RATE_NOUNS.has(head.lower)) return null;
  let start = j;
  while (
    start > 0 &&
    j - start < 3 &&
    tokens[start - 1].kind === 'word' &&
    !FUNCTION_WORDS.has(tokens[start - 1].lower) &&
    !tokens[start - 1].lower.endsWith("'s") &&
    !isCapitalized(tokens[start - 1])
  )
    start--;
  return text.slice(tokens[start].start, head.end).toLowerCase();
}

/** The unit key of a share written in words ("half", "two-thirds", "one in five"): a percentage, read as one. */
export const SHARE = 'share';

/** Words before "half" that make it no share: "the second half", "two and a half", "a half". */
const NOT_SHARE_BEFORE = new Set(['the', 'a', 'an', 'and', 'first', 'second', 'other', 'one', 'each', 'every', 'last']);

/** Determiners that open the whole "half" is of without "of" ("half the women", "half their income"). */
const SHARE_DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'your', 'these', 'those', 'all']);

/**
 * Where the whole a share is of begins: after "of" ("a third of voters"), or at a determiner after "half" ("half
 * the women"); -1 if none, or if it is one thing ("a quarter of a century", "half an hour": no share of a group).
 */
function wholeAt(tokens: Token[], k: number, determiner: boolean): number {
  const t = tokens[k];
  if (t?.kind !== 'word') return -1;
  if (t.lower === 'of') {
    const next = tokens[k + 1];
    return next && next.lower !== 'a' && next.lower !== 'an' ? k + 1 : -1;
  }
  return determiner && SHARE_DETERMINERS.has(t.lower) ? k : -1;
}

/**
 * A share written in words, as a percentage: "(about) half the women", "a third of voters", "two-thirds of",
 * "three quarters of", "one in five adults", "three out of four", "174 of every 100,000 pregnancies". What it is a
 * share of is its unitOf, read from the phrase after it. `parsed` is the figure read at tokens[i], if any.
 */
function shareAt(
  text: string,
  tokens: Token[],
  i: number,
  parsed: ParsedNumber | null,
  options: QuantityOptions,
): RawQuantity | null {
  const t = tokens[i];
  let last = -1;
  let value = 0;
  let whole = -1;
  let fraction = false;
  if (t.lower === 'half' && !parsed) {
    const prev = tokens[i - 1];
    if (prev && (NOT_SHARE_BEFORE.has(prev.lower) || prev.kind !== 'word')) return null;
    whole = wholeAt(tokens, i + 1, true);
    if (whole < 0) return null;
    last = i;
    value = 50;
  } else if (((t.lower === 'a' || t.lower === 'an') && !parsed) || (parsed?.words && parsed.last === i)) {
    // "a third of", "one-third of", "two thirds of"; not "the third of May".
    const numerator = parsed ? parsed.value : 1;
    let k = i + 1;
    if (isUnspacedHyphen(tokens, k)) k++;
    const denominator = tokens[k]?.kind === 'word' ? FRACTION_WORDS.get(tokens[k].lower) : undefined;
    if (denominator !== undefined) {
      if (numerator >= denominator || tokens[i - 1]?.lower === 'the') return null;
      whole = wholeAt(tokens, k + 1, false);
      if (whole < 0) return null;
      last = k;
      value = (numerator * 100) / denominator;
      // Not "one half of the show Bethan and Huw": one of two, no share of a thing.
      fraction = denominator !== 2;
    }
  }
  // "number one in 10 countries": a rank, no share.
  if (last < 0 && parsed && !parsed.vague && !IDENTIFIER_WORDS.has(tokens[i - 1]?.lower ?? '')) {
    const ratio = ratioAt(tokens, parsed, options);
    if (!ratio) return null;
    last = ratio.last;
    value = (parsed.value * 100) / ratio.denominator;
    whole = tokens[last + 1]?.lower === 'of' ? wholeAt(tokens, last + 1, false) : last + 1;
  }
  if (last < 0) return null;
  let unitOf: string | null = null;
  if (whole >= 0) {
    // A fraction's whole may be one thing ("two-thirds of the budget") with its own count ("of its 28,000 staff").
    const from = tokens[whole]?.lower === 'all' && !fraction ? whole + 1 : whole;
    unitOf = ofPhrase(tokens, from, false, fraction, fraction)?.key ?? null;
  }
  const figure: ParsedNumber = {
    value,
    first: i,
    last,
    vague: null,
    words: true,
    scaled: false,
    decimal: true,
    attachedUnit: null,
  };
  const draft = new QuantityDraft(i, figure);
  draft.kind = 'percent';
  applyQualifierBefore(draft, tokens, i);
  applyInterval(draft, figure);
  return {
    start: tokens[draft.first].start,
    end: tokens[last].end,
    firstToken: draft.first,
    lastToken: last,
    numberFirst: i,
    numberLast: last,
    stated: draft.stated,
    low: draft.low,
    high: draft.high,
    qualifier: draft.qualifier,
    kind: 'percent',
    unit: text.slice(t.start, tokens[last].end),
    unitKey: SHARE,
    unitOf,
    labelPredicate: null,
  };
}

/**
 * The denominator of "N in M", "N out of M", "N in every M", "N of every M" after a figure: a larger number, no
 * year, and no length of time after it ("one in 100 years" is how often, not a share).
 */
function ratioAt(
  tokens: Token[],
  parsed: ParsedNumber,
  options: QuantityOptions,
): { denominator: number; last: number } | null {
  let k = parsed.last + 1;
  const link = tokens[k]?.lower;
  if (link === 'in') k++;
  else if (link === 'out' && tokens[k + 1]?.lower === 'of') k += 2;
  else if (link === 'of' && tokens[k + 1]?.lower === 'every') k++;
  else return null;
  if (tokens[k]?.lower === 'every') k++;
  if (!tokens[k] || options.years[k] === 1 || options.excluded[k]) return null;
  const denominator = parseNumberAt(tokens, k);
  if (!denominator || denominator.vague || denominator.value <= parsed.value || parsed.value <= 0) return null;
  const after = tokens[denominator.last + 1];
  if (after?.kind === 'word' && (DURATION_UNITS.has(after.lower) || MEASURE_UNITS.has(after.lower))) return null;
  return { denominator: denominator.value, last: denominator.last };
}

/** A record, score or vote as a quantity: its first number stands for it where one number must ("52-3": 52). */
function tallyQuantity(tokens: Token[], tally: Tally): RawQuantity {
  return {
    start: tokens[tally.first].start,
    end: tokens[tally.last].end,
    firstToken: tally.first,
    lastToken: tally.last,
    numberFirst: tally.first,
    numberLast: tally.last,
    stated: tally.parts[0],
    low: tally.parts[0],
    high: tally.parts[0],
    qualifier: 'exact',
    kind: 'other',
    unit: null,
    unitKey: tally.kind,
    unitOf: null,
    labelPredicate: null,
    tally,
  };
}

/** Words between "temperatures" and a bare figure that is their value ("temperatures were minus 20", "temperatures of 40"). */
const TEMPERATURE_LINKS = new Set([
  'were',
  'was',
  'are',
  'is',
  'of',
  'at',
  'to',
  'reached',
  'hit',
  'fell',
  'dropped',
  'rose',
  'plunged',
  'sank',
  'climbed',
  'stood',
  'hovered',
  'hovering',
  'around',
  'about',
  'near',
  'nearly',
  'below',
  'above',
  'reaching',
  'topped',
  'topping',
]);

/** "Outside temperatures were minus 20": a bare figure given as a temperature's value is in degrees. */
function bareTemperatures(tokens: Token[], out: RawQuantity[]): void {
  for (const q of out) {
    if (q.kind !== 'count' || q.unitKey !== null) continue;
    for (let j = q.firstToken - 1; j >= Math.max(0, q.firstToken - 5); j--) {
      const lower = tokens[j].lower;
      if (lower === 'temperature' || lower === 'temperatures') {
        if (j < q.firstToken - 1) {
          q.kind = 'other';
          q.unitKey = 'degree';
        }
        break;
      }
      if (!TEMPERATURE_LINKS.has(lower)) break;
    }
  }
}

/** Counts of occasions written as one word ("married twice"), read like "three times". */
export const OCCASION_WORDS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
]);
const OCCASION_WORD_FILTER = new WordFilter(OCCASION_WORDS.keys());
/** After "twice": a ratio ("twice as many", "twice the size") or a frequency ("twice a week"), no count of occasions. */
const NOT_OCCASIONS_AFTER = new Set([
  'as',
  'the',
  'a',
  'an',
  'that',
  'what',
  'more',
  'less',
  'over',
  'its',
  'his',
  'her',
  'their',
  'than',
  'per',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'annually',
  'likely',
  'higher',
  'larger',
  'bigger',
  'faster',
  'each',
  'every',
]);

function occasionsAt(tokens: Token[], i: number): RawQuantity | null {
  const t = tokens[i];
  const value = OCCASION_WORDS.get(t.lower);
  if (value === undefined || NOT_OCCASIONS_AFTER.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]?.text === '-')
    return null;
  return {
    start: t.start,
    end: t.end,
    firstToken: i,
    lastToken: i,
    numberFirst: i,
    numberLast: i,
    stated: value,
    low: value,
    high: value,
    qualifier: 'exact',
    kind: 'count',
    unit: t.text,
    unitKey: 'time',
    unitOf: null,
    labelPredicate: null,
  };
}

/**
 * "a week after suffering a heart attack", "a day before the vote": one unit of time between two named events, a
 * length of time like "nine days after". Not after a qualifier ("almost a week after" is read no more than before),
 * nor before "ago", "earlier" or "later", which date one event ("a year ago").
 */
function singlePeriodAt(tokens: Token[], i: number): RawQuantity | null {
  const unit = tokens[i + 1];
  const unitKey = unit?.kind === 'word' ? DURATION_UNITS.get(unit.lower) : undefined;
  const link = tokens[i + 2]?.lower;
  if (!unitKey || unit.lower !== unitKey || (link !== 'after' && link !== 'before')) return null;
  const before = tokens[i - 1]?.lower ?? '';
  if (QUALIFIER_FIRST_WORDS.has(before) || QUALIFIERS_BY_LAST_WORD.has(before) || before === 'than') return null;
  return {
    start: tokens[i].start,
    end: unit.end,
    firstToken: i,
    lastToken: i + 1,
    numberFirst: i,
    numberLast: i,
    stated: 1,
    low: 1,
    high: 1,
    qualifier: 'exact',
    kind: 'duration',
    unit: unit.text,
    unitKey,
    unitOf: null,
    labelPredicate: null,
  };
}

/**
 * "at the 2:15 mark": minutes and seconds into a round, half or quarter, a length of time in seconds (a clock reads
 * hours and minutes, "at 2:15 p.m.", never with "mark").
 */
function elapsedMarkAt(tokens: Token[], i: number): RawQuantity | null {
  const colon = tokens[i + 1],
    seconds = tokens[i + 2],
    mark = tokens[i + 3];
  if (
    colon?.text !== ':' ||
    seconds?.kind !== 'number' ||
    colon.spaceBefore ||
    seconds.spaceBefore ||
    mark?.lower !== 'mark' ||
    !/^\d{1,2}$/.test(tokens[i].text) ||
    !/^[0-5]\d$/.test(seconds.text)
  )
    return null;
  const value = Number(tokens[i].text) * 60 + Number(seconds.text);
  return {
    start: tokens[i].start,
    end: mark.end,
    firstToken: i,
    lastToken: i + 3,
    numberFirst: i,
    numberLast: i + 2,
    stated: value,
    low: value,
    high: value,
    qualifier: 'exact',
    kind: 'duration',
    unit: mark.text,
    unitKey: 'second',
    unitOf: null,
    labelPredicate: null,
  };
}

/** Units of length a distance is written in with "a" ("a mile away", "half a kilometre from"). */
const SINGLE_LENGTH_UNITS = new Set(['mile', 'kilometre', 'kilometer', 'metre', 'meter', 'yard']);
/** Words after a distance that make it how far one place is from another ("a mile away", "half a mile north of"). */
const DISTANCE_LINKS = new Set(['away', 'from', 'off', 'outside', ...COMPASS_POINTS, 'inland', 'offshore']);

/**
 * "half a mile away", "a mile and a half from", "a kilometre north of": a distance of one unit, a half or one and a
 * half, written with "a". Only before a word that places ("away", "from", "north"): "a mile-long queue" is no distance.
 */
function singleDistanceAt(tokens: Token[], i: number): RawQuantity | null {
  let k = i;
  let value = 1;
  if (tokens[k].lower === 'half') {
    value = 0.5;
    k++;
  }
  if (tokens[k]?.lower !== 'a' && tokens[k]?.lower !== 'an') return null;
  const unit = tokens[k + 1];
  if (unit?.kind !== 'word' || !SINGLE_LENGTH_UNITS.has(unit.lower)) return null;
  let last = k + 1;
  if (
    value === 1 &&
    tokens[last + 1]?.lower === 'and' &&
    tokens[last + 2]?.lower === 'a' &&
    tokens[last + 3]?.lower === 'half'
  ) {
    value = 1.5;
    last += 3;
  }
  if (!DISTANCE_LINKS.has(tokens[last + 1]?.lower ?? '')) return null;
  const before = matchQualifierBefore(tokens, i, 0);
  const qualifier = before?.qualifier ?? 'exact';
  const first = before?.first ?? i;
  const [low, high] = intervalOf(value, qualifier, isWhole(value, 'other'));
  return {
    start: tokens[first].start,
    end: tokens[last].end,
    firstToken: first,
    lastToken: last,
    numberFirst: i,
    numberLast: last,
    stated: value,
    low,
    high,
    qualifier,
    kind: 'other',
    unit: unit.text,
    unitKey: MEASURE_UNITS.get(unit.lower)!,
    unitOf: null,
    labelPredicate: null,
  };
}

const SECONDS_IN: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  week: 604_800,
  day: 86_400,
  hour: 3_600,
  minute: 60,
  second: 1,
});

/**
 * Figures written in two units of one dimension, one figure in the smaller unit: a length of time ("1 hour 35
 * minutes", "two hours and 10 minutes", "3 hours, 12 minutes and 5 seconds": 11,525 seconds) and a height in feet and
 * inches ("5-foot-8", "about 5 feet 8", "6 ft 2 in": 68, about 68, 74 inches). Linear.
 */
function joinDurations(tokens: Token[], out: RawQuantity[]): RawQuantity[] {
  let joined: RawQuantity[] | null = null;
  for (let k = 0; k < out.length; k++) {
    let a = feetAndInchesAfter(tokens, out[k]) ?? out[k];
    let merged: RawQuantity | null;
    while (
      k + 1 < out.length &&
      (merged = joinedDuration(tokens, a, out[k + 1]) ?? joinedHeight(tokens, a, out[k + 1]))
    ) {
      joined ??= out.slice(0, k);
      a = merged;
      k++;
    }
    if (a !== out[k] || joined) (joined ??= out.slice(0, k)).push(a);
  }
  return joined ?? out;
}

/** Whether the figure b follows a with nothing between but a space, "and" or, when `comma`, a comma. */
function nextTo(tokens: Token[], a: RawQuantity, b: RawQuantity, comma: boolean): boolean {
  const gap = b.firstToken - a.lastToken;
  if (gap === 1) return true;
  const link = tokens[a.lastToken + 1].lower;
  return gap === 2 && (link === 'and' || (comma && link === ','));
}

function joinedDuration(tokens: Token[], a: RawQuantity, b: RawQuantity): RawQuantity | null {
  if (a.kind !== 'duration' || b.kind !== 'duration' || a.qualifier !== 'exact' || b.qualifier !== 'exact') return null;
  if (!nextTo(tokens, a, b, true)) return null;
  const big = SECONDS_IN[a.unitKey ?? ''],
    small = SECONDS_IN[b.unitKey ?? ''];
  if (!big || !small || big <= small || typeof a.stated !== 'number' || typeof b.stated !== 'number') return null;
  const value = (a.stated * big + b.stated * small) / small;
  const [low, high] = intervalOf(value, 'exact', isWhole(value, 'duration'));
  return { ...b, start: a.start, firstToken: a.firstToken, numberFirst: a.numberFirst, stated: value, low, high };
}

const INCHES_IN_A_FOOT = 12;
const INCH = 'inch';

/** Whether a figure is of whole inches under a foot: a height's inches after its feet. */
function isInchesOfAFoot(value: number | [number, number]): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < INCHES_IN_A_FOOT;
}

/** a, feet, with the inches figure b after it ("5 feet 8", "6 ft 2 in", "6 feet and 2 inches"): in inches, or null. */
function joinedHeight(tokens: Token[], a: RawQuantity, b: RawQuantity): RawQuantity | null {
  if (a.unitKey !== 'foot' || typeof a.stated !== 'number' || !isInchesOfAFoot(b.stated)) return null;
  if (b.qualifier !== 'exact' || b.tally || !(b.unitKey === INCH || (b.unitKey === null && b.kind === 'count')))
    return null;
  if (!nextTo(tokens, a, b, false) || (b.unitKey === null && b.firstToken !== a.lastToken + 1)) return null;
  return inInches(a, a.stated * INCHES_IN_A_FOOT + b.stated, b.end, b.lastToken, b.numberLast);
}

/** a, feet, with its inches joined by a hyphen ("5-foot-8"), in inches; or null. */
function feetAndInchesAfter(tokens: Token[], a: RawQuantity): RawQuantity | null {
  const hyphen = tokens[a.lastToken + 1],
    inches = tokens[a.lastToken + 2];
  if (a.unitKey !== 'foot' || typeof a.stated !== 'number' || hyphen?.text !== '-' || hyphen.spaceBefore) return null;
  if (inches?.kind !== 'number' || inches.spaceBefore || tokens[a.lastToken + 3]?.text === '-') return null;
  const value = Number(inches.text);
  if (!isInchesOfAFoot(value)) return null;
  return inInches(a, a.stated * INCHES_IN_A_FOOT + value, inches.end, a.lastToken + 2, a.lastToken + 2);
}

/** The height a (feet) ends at `end`, as `value` inches. */
function inInches(a: RawQuantity, value: number, end: number, lastToken: number, numberLast: number): RawQuantity {
  const [low, high] = intervalOf(value, a.qualifier, true);
  return { ...a, end, lastToken, numberLast, stated: value, low, high, unit: 'inches', unitKey: INCH };
}

/** "rose from 120 to 145 units", "from $3 to $5": the figure before "to" counts what the one after it counts. */
function shareUnitsOfChanges(tokens: Token[], out: RawQuantity[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const from = out[k];
    const to = out[k + 1];
    if (from.unitKey !== null || to.unitKey === null || from.kind !== 'count' || to.firstToken !== from.lastToken + 2)
      continue;
    if (tokens[from.lastToken + 1].lower !== 'to' || tokens[from.firstToken - 1]?.lower !== 'from') continue;
    from.kind = to.kind;
    from.unit = to.unit;
    from.unitKey = to.unitKey;
  }
}

/** A quantity while it is built: what the steps of buildQuantity have found so far. */
class QuantityDraft {
  value: number;
  /** Token indices: the claim's first, the figure's last, and the unit's last (-1 while none). */
  first: number;
  last: number;
  /** The last token of the figure's own words: the second end's of a range ("three to four"). */
  numberLast: number;
  unitLast = -1;
  kind: QuantityKind = 'count';
  unit: string | null = null;
  unitKey: string | null = null;
  unitOf: string | null = null;
  labelPredicate: PredicateName | null = null;
  /** Set by a step that finds the figure is part of a name ("two-door"). */
  notAFigure = false;
  qualifier: Qualifier;
  low: number | null = null;
  high: number | null = null;
  stated: number | [number, number];

  constructor(i: number, parsed: ParsedNumber) {
    this.value = parsed.value;
    this.first = i;
    this.last = parsed.last;
    this.numberLast = parsed.last;
    this.qualifier = parsed.vague ? 'vague' : 'exact';
    this.stated = parsed.value;
  }
}

function buildQuantity(
  text: string,
  tokens: Token[],
  i: number,
  parsed: ParsedNumber,
  options: QuantityOptions,
  earlier: RawQuantity[],
): RawQuantity | null {
  if (parsed.words ? isNumberWordInName(tokens, i, parsed, options) : isCodeOrIdentifierDigits(tokens, i, parsed))
    return null;
  if (isInWebAddress(text, tokens, i, parsed)) return null;
  const point = isPointBefore(tokens, i, parsed);
  if (point) {
    if (isCalibre(tokens, parsed.last + 1)) return null; // ".40-caliber", ".22 calibre rifle": a gun's bore
    parsed = { ...parsed, value: parsed.value / 10 ** tokens[i].text.length, decimal: true };
  }
  const floor = earlier.length ? earlier[earlier.length - 1].lastToken + 1 : 0;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (prev?.lower === 'per' && !parsed.vague) return null; // "2.54 per 1 million": a rate's denominator
  // "multi-billion dollar contracts": a size, no figure.
  if (prev?.text === '-' && !tokens[i].spaceBefore && !prev.spaceBefore && tokens[i - 2]?.lower === 'multi')
    return null;

  // A bare year is a date, unless money, a share, a qualifier or a counted plural noun makes it a figure.
  const isYear = (options.years[i] === 1 || isEarlyYear(tokens, i, options)) && !parsed.scaled && !parsed.decimal;
  const draft = new QuantityDraft(i, parsed);
  if (point) draft.first = i - 1;

  // Currency before the figure.
  const currency = currencyBefore(tokens, i, floor);
  if (currency) {
    draft.kind = 'money';
    draft.unitKey = currency.key;
    draft.unit = text.slice(tokens[currency.first].start, tokens[i - 1].end);
    draft.first = currency.first;
  }
  if (!currency) applyMagnitudeBefore(draft, tokens, i, floor);
  applySign(draft, tokens, floor);
  if (parsed.attachedUnit && !applyAttachedUnit(draft, tokens, parsed, currency !== null)) return null;
  // "between $2tn and $2.5tn": "between" stands before the currency, when one opens the figure.
  const head = currency ? currency.first : i;
  const between = followsBetween(tokens, head);
  // "from 200 megawatts in 2000 to 14,098 megawatts in 2014": a year after its preposition opens no range.
  const yearOpens = isYear && YEAR_PREPOSITIONS.has(prev?.lower ?? '');
  if (!yearOpens && !applyRange(draft, tokens, i, parsed, options, currency !== null, between ? head - 1 : -1))
    return null;
  applyUnitAfterFigure(draft, text, tokens, parsed, currency !== null);
  if (draft.unitLast < 0 && !currency) applyMagnitudeAfter(draft, text, tokens, parsed);
  if (draft.unitLast < 0) applyHyphenatedUnit(draft, text, tokens, parsed);
  const increment = applyQualifierAfter(draft, tokens);

  // The counted noun after the figure.
  let unitStart = -1;
  if (draft.unitLast < 0 && draft.kind !== 'percent') {
    let k = draft.last + 1;
    if (increment) k++; // "22 more militants"
    if (tokens[k]?.text === '+' || tokens[k]?.lower === 'plus') k++;
    if (tokens[k]?.lower === 'or' && (tokens[k + 1]?.lower === 'so' || tokens[k + 1]?.lower === 'more')) k += 2;
    const u = unitAfter(text, tokens, parsed, k);
    // With money ("$5m deal") the currency is the unit; the noun is what the money is for.
    if (u.last >= 0 && draft.kind !== 'money') {
      draft.unit = u.unit;
      draft.unitKey = u.unitKey;
      draft.unitOf = u.unitOf;
      draft.kind = u.kind ?? draft.kind;
      draft.unitLast = u.last;
      unitStart = k;
    }
  }
  if (
    draft.kind !== 'money' &&
    parsed.scaled &&
    !parsed.words &&
    tokens[parsed.last].lower === 'm' &&
    !currency &&
    tokens[parsed.last].spaceBefore === false
  ) {
    applyMetres(draft, tokens, i, parsed, options);
  }
  if (increment) {
    if (draft.qualifier === 'exact') draft.qualifier = 'increment';
    else if (draft.qualifier === 'vague') draft.qualifier = 'increment';
    draft.last += 1;
  }
  if (draft.notAFigure || isNotAFigure(draft, tokens, i, isYear, unitStart, currency !== null)) return null;
  if (unitStart >= 0 && isTitleOfWork(tokens, i, draft, unitStart, options)) return null;

  // Labels: "Militants Killed: 145".
  if (prev && prev.text === ':' && draft.unitLast < 0) {
    const label = labelBefore(text, tokens, i - 1);
    if (label) {
      draft.first = label.first;
      draft.unit = label.unit;
      draft.unitKey = label.unitKey;
      draft.labelPredicate = label.predicate;
    }
  } else if (options.label) {
    // A table cell: its headers are its label ("| Militants | 145 |" under "Killed").
    if (draft.unitKey === null && draft.kind === 'count') {
      draft.unit = options.label.unit;
      draft.unitKey = options.label.unitKey;
    }
    draft.labelPredicate = options.label.predicate;
  }

  const qualifierAt = draft.first === head && between ? head - 1 : draft.first;
  if (draft.qualifier === 'exact' || draft.qualifier === 'vague' || draft.qualifier === 'increment')
    applyQualifierBefore(draft, tokens, qualifierAt);

  // The unit written before: "the death toll of militants rose to 177", "estimating the attackers ... at 200"; the
  // toll itself is no unit ("put the death toll at 15": a count of the killed, as "the death toll rose to 15").
  const tollLevel = draft.kind === 'count' && isTollLevel(tokens, draft.first);
  if (draft.unit === null && draft.unitKey === null && draft.kind === 'count') {
    const before =
      unitBefore(text, tokens, qualifierAt, 0) ?? (tollLevel ? null : estimateObject(text, tokens, qualifierAt, 0));
    if (before) {
      draft.unit = before.unit;
      draft.unitKey = before.unitKey;
    }
  }
  // "the maternal mortality rate – defined as deaths per 100,000 live births – is 167": a rate, not a count.
  if (draft.unit === null && draft.unitKey === null && draft.kind === 'count') {
    const rate = rateBefore(text, tokens, draft.first);
    if (rate) {
      draft.kind = 'other';
      draft.unit = rate;
      draft.unitKey = RATE;
    }
  }
  applyInterval(draft, parsed);

  const lastToken = Math.max(draft.last, draft.unitLast);
  return {
    start: tokens[draft.first].start,
    end: tokens[lastToken].end,
    firstToken: draft.first,
    lastToken,
    numberFirst: i,
    numberLast: draft.numberLast,
    stated: draft.stated,
    low: draft.low,
    high: draft.high,
    qualifier: draft.qualifier,
    kind: draft.kind,
    unit: draft.unit,
    unitKey: draft.unitKey,
    unitOf: draft.unitOf,
    labelPredicate: draft.labelPredicate,
    ...(tollLevel ? { tollLevel } : {}),
  };
}

/** Digits glued to letters are codes and names ("G8", "MP3", "F-16", "Covid-19"), ordinals ("31st") and decades ("1990s"); digit groups in a row are phone numbers. */
function isCodeOrIdentifierDigits(tokens: Token[], i: number, parsed: ParsedNumber): boolean {
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  // Glued to a word: a code ("A320", "S24"), unless the word is a currency ("RM4.5mil", "Rs500", "US5m").
  if (
    prev &&
    !t.spaceBefore &&
    prev.kind === 'word' &&
    !(
      CURRENCY_PREFIX_WORDS.has(prev.lower) &&
      prev.text.length > 1 &&
      (prev.text === prev.text.toUpperCase() || prev.lower === 'rs')
    )
  )
    return true;
  if (
    prev &&
    !t.spaceBefore &&
    (prev.text === '-' || prev.text === '/') &&
    i > 1 &&
    !prev.spaceBefore &&
    tokens[i - 2].kind !== 'punct' &&
    tokens[i - 2].lower !== 'minus' && // "minus-20 degree temperatures": a sign
    tokens[i - 2].lower !== 'magnitude' // "a magnitude-5.2 quake"
  )
    return true;
  if (prev && !t.spaceBefore && prev.text === '#') return true;
  // A note marker: glued after a closing quotation ("the Savior.”3") or after a sentence's full stop ("walk by
  // faith.3"), or a number opening a sentence before "The".
  if (prev && !t.spaceBefore && (prev.text === '”' || prev.text === '’') && parsed.last === i) return true;
  // A year cut to two digits after an opening apostrophe: "(1983, '86, '87)", "class of '83".
  if (prev?.text === "'" && prev.spaceBefore && !t.spaceBefore && /^\d\d$/.test(t.text)) return true;
  if (prev && !t.spaceBefore && prev.text === '.' && !prev.spaceBefore && tokens[i - 2]?.kind === 'word') return true;
  if (isPhoneNumberAt(tokens, i) || isPageListNumber(tokens, i, parsed)) return true;
  if (parsed.last === i && (isStreetNumber(tokens, i) || isListItemNumber(tokens, i))) return true;
  // A live blog's minute: "55’: GOAL! Diego Costa Makes Portugal Pay".
  const mark = tokens[parsed.last + 1];
  if (mark && !mark.spaceBefore && (mark.text === '’' || mark.text === "'") && tokens[parsed.last + 2]?.text === ':')
    return true;
  const afterFigure = tokens[parsed.last + 1];
  if (
    i === 0 &&
    parsed.last === i &&
    afterFigure?.kind === 'word' &&
    isCapitalized(afterFigure) &&
    FUNCTION_WORDS.has(afterFigure.lower)
  )
    return true;
  if (parsed.attachedUnit && /^(?:st|nd|rd|th|s)$/.test(parsed.attachedUnit)) return true;
  if (/^0\d/.test(t.text)) return true; // "0800", "007": codes and phone numbers
  // Digit groups in a row ("0800 123 4567", "+44 20 7946"): a phone number or code.
  const next = parsed.last + 1 < tokens.length ? tokens[parsed.last + 1] : undefined;
  if (
    (prev && prev.kind === 'number' && t.spaceBefore) ||
    (next && next.kind === 'number' && next.spaceBefore && parsed.last === i)
  )
    return true;
  if (prev && prev.text === '+' && !t.spaceBefore) return true;
  if (/^\d{7,}$/.test(t.text)) return true;
  if (
    next &&
    !next.spaceBefore &&
    (next.text === ':' || next.text === '/') &&
    tokens[parsed.last + 2]?.kind === 'number' &&
    !tokens[parsed.last + 2].spaceBefore
  )
    return true;
  return false;
}

/** Words before a year of the centuries the dates leave out ("in 1799", "since 1497", "from 1180 to 1190"). */
const EARLY_YEAR_BEFORE = new Set(['in', 'since', 'from', 'until', 'till', 'during', 'before', 'after', 'between']);

/**
 * Four digits from 1000 to 1799 read as a year: after EARLY_YEAR_BEFORE, or as an end of a span of years ("from 1180
 * to 1190", "1780–1830"). The dates read years from 1800 on only.
 */
function isEarlyYear(tokens: Token[], i: number, options: QuantityOptions): boolean {
  if (!isEarlyYearDigits(tokens[i])) return false;
  const linksSpan = (t: Token | undefined): boolean =>
    t !== undefined && (SPAN_LINKS.has(t.lower) || t.lower === 'and');
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const spanEnd = linksSpan(next) && (isEarlyYearDigits(tokens[i + 2]) || options.years[i + 2] === 1) ? i + 2 : i;
  // "fell from 1500 to 1200 people": a counted noun after the figures makes them counts.
  const after = tokens[spanEnd + 1];
  if (after?.kind === 'word' && !isCapitalized(after) && !FUNCTION_WORDS.has(after.lower)) return false;
  if (prev && EARLY_YEAR_BEFORE.has(prev.lower)) return true;
  if (linksSpan(prev) && (isEarlyYearDigits(tokens[i - 2]) || options.years[i - 2] === 1)) return true;
  return spanEnd > i;
}

/** Links of a span of years: "1180 to 1190", "1780–1830". */
const SPAN_LINKS = new Set(['to', '-', '–', '—']);

function isEarlyYearDigits(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && /^1[0-7]\d\d$/.test(t.text);
}

/** Words after the counted noun of a listicle's title: "9 Celebs Who Launched Their Own Brand", "5 Ways To Save". */
const LISTICLE_WORDS = new Set(['who', 'that', 'which', 'you', 'to', 'we', 'your', 'everyone']);

/**
 * A figure that opens the title of a work or of a listicle, its capitalized noun followed by a capitalized word (or
 * "a" before one): in quotation marks ('"60 Minutes Sports"'); in a sentence not written in title case, before a
 * capitalized function word or "a" ("3 Days To Kill", "12 Years a Slave") or as a singular noun after a figure above
 * one ("24 Hour Party People"); in a headline, before LISTICLE_WORDS ("VIDEO: 9 Celebs Who Launched Their Own Brand").
 */
function isTitleOfWork(
  tokens: Token[],
  i: number,
  draft: QuantityDraft,
  unitStart: number,
  options: QuantityOptions,
): boolean {
  const next = tokens[draft.unitLast + 1];
  if (unitStart > draft.unitLast || !isCapitalized(tokens[unitStart]) || next?.kind !== 'word') return false;
  const article = next.lower === 'a' || next.lower === 'an';
  const named = article ? tokens[draft.unitLast + 2] : next;
  if (named?.kind !== 'word' || !isCapitalized(named)) return false;
  if (i > 0 && OPEN_QUOTES.has(tokens[i - 1].text)) return true;
  if (sentenceFacts(tokens, options).titleCase)
    return (i === 0 || tokens[i - 1].text === ':') && LISTICLE_WORDS.has(next.lower);
  if (i === 0) return false;
  const head = tokens[draft.unitLast];
  return article || FUNCTION_WORDS.has(next.lower) || (draft.value > 1 && !isPluralWord(head.lower));
}

/** The furthest a web address is looked for on either side of a figure glued to its neighbours. */
const ADDRESS_REACH = 300;

/** A web address: "http://…", "www.…", a page name ("….html?cat=8", "viewtopic.php?f=44"), a DOI. */
const WEB_ADDRESS = /:\/\/|^www\.|\.(?:s?html?|php|cfm|aspx?)\b|^doi:/i;

/** A figure inside a web address ("…/red-sox-make--1.html", "…/breaking-news-three-people-shot-…"). */
function isInWebAddress(text: string, tokens: Token[], i: number, parsed: ParsedNumber): boolean {
  const after = tokens[parsed.last + 1];
  if (tokens[i].spaceBefore && (!after || after.spaceBefore)) return false;
  let from = tokens[i].start;
  const floor = Math.max(0, from - ADDRESS_REACH);
  while (from > floor && !/\s/.test(text[from - 1])) from--;
  let to = tokens[parsed.last].end;
  const ceiling = Math.min(text.length, to + ADDRESS_REACH);
  while (to < ceiling && !/\s/.test(text[to])) to++;
  return WEB_ADDRESS.test(text.slice(from, to));
}

/**
 * A decimal written without its zero: ".41" (a blood-alcohol level), "(.454)" (a winning percentage), "(. 535)" (the
 * same with a stray space), the digits after a point that follows a space or a bracket.
 */
function isPointBefore(tokens: Token[], i: number, parsed: ParsedNumber): boolean {
  const point = tokens[i - 1];
  if (point?.text !== '.' || parsed.last !== i || !/^\d+$/.test(tokens[i].text)) return false;
  const bracket = tokens[i - 2]?.text === '(';
  if (tokens[i].spaceBefore && !(bracket && tokens[i + 1]?.text === ')')) return false;
  return i === 1 || point.spaceBefore || bracket;
}

function isCalibre(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.text === '-' ? tokens[k + 1] : tokens[k];
  return word?.lower === 'caliber' || word?.lower === 'calibre';
}

/** Verbs whose bare figure is a telephone number: "called 911", "dial 999". */
const CALL_VERBS = new Set([
  'call',
  'calls',
  'called',
  'calling',
  'dial',
  'dials',
  'dialed',
  'dialled',
  'dialing',
  'dialling',
]);

/** Words that end a street's name after its number ("10 Downing Street", "3821 Alemany Blvd"). */
const STREET_WORDS = new Set([
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'boulevard',
  'blvd',
  'plaza',
  'lane',
  'drive',
  'freeway',
  'highway',
  'expressway',
]);

/** Capitalized words that are no function words, from `from` on, at most `max`: how many. */
function nameRun(tokens: Token[], from: number, max: number): number {
  let n = 0;
  while (
    n < max &&
    tokens[from + n]?.kind === 'word' &&
    isCapitalized(tokens[from + n]) &&
    !FUNCTION_WORDS.has(tokens[from + n].lower)
  )
    n++;
  return n;
}

/**
 * A street number or a road's: "10 Downing Street", "490 L'Enfant Plaza", "the 605 Freeway", "in the 12000 block of
 * East 223rd Street".
 */
function isStreetNumber(tokens: Token[], i: number): boolean {
  const run = nameRun(tokens, i + 1, 4);
  if (run >= 1 && STREET_WORDS.has(tokens[i + run].lower)) return true;
  return tokens[i + 1]?.lower === 'block' && tokens[i + 2]?.lower === 'of';
}

/**
 * The number of an item of a list, opening the sentence before a full stop ("2. Chris Christie") or a name: "2 Andy
 * Roddick (US)", "5 Woody Harrelson's Dad Was a Contract Killer". A name with a possessive or a bracket after it is no
 * counted noun.
 */
function isListItemNumber(tokens: Token[], i: number): boolean {
  if (i !== 0) return false;
  // "2. Chris Christie", "1. It keeps the kids off television": a numbered item.
  const point = tokens[1];
  if (point?.text === '.' && !point.spaceBefore) {
    // A figure alone on its line stays one ("9,033." under a match report is its crowd); an item's number is small.
    if (!tokens[2]) return /^\d{1,2}$/.test(tokens[0].text);
    if (tokens[2].spaceBefore && isCapitalized(tokens[2])) return true;
  }
  const run = nameRun(tokens, 1, 3);
  if (run === 0) return false;
  for (let k = 1; k <= run; k++) if (tokens[k].lower.endsWith("'s")) return true;
  return run >= 2 && tokens[1 + run]?.text === '(';
}

/** A digit group of "413-448-9700", "1-800-273-TALK" or "(202) 314-6100": a telephone number. */
function isPhoneNumberAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^\d{1,4}$/.test(t.text)) return false;
  // "(202) 314-6100": an area code in brackets before a digit group, or the group after it.
  if (
    /^\d{3}$/.test(t.text) &&
    tokens[i - 1]?.text === '(' &&
    tokens[i + 1]?.text === ')' &&
    isDigitGroup(tokens[i + 2], 3)
  )
    return true;
  if (tokens[i - 1]?.text === ')' && /^\d{3}$/.test(tokens[i - 2]?.text ?? '') && tokens[i - 3]?.text === '(')
    return true;
  // Groups glued by hyphens, three or more, every one after the first of three or four digits.
  let groups = 1;
  for (let k = i + 1; tokens[k]?.text === '-' && !tokens[k].spaceBefore; k += 2) {
    if (!isDigitGroup(tokens[k + 1], 3) || tokens[k + 1].spaceBefore) break;
    groups++;
  }
  // "1-800-CALL-FBI": a toll-free number.
  return groups >= 3 || (t.text === '1' && groups === 2 && tokens[i + 2].text.startsWith('8'));
}

/** A token of three or four digits (at least `min`), no separator. */
function isDigitGroup(t: Token | undefined, min: number): boolean {
  return t !== undefined && t.kind === 'number' && t.text.length >= min && t.text.length <= 4 && /^\d+$/.test(t.text);
}

/** A page number of a pager, "1 | 2 | 3 | 4 Next": a whole number beside the one before or after it across a bar. */
function isPageListNumber(tokens: Token[], i: number, parsed: ParsedNumber): boolean {
  const n = parsed.value;
  const before = tokens[i - 1]?.text === '|' ? tokens[i - 2] : undefined;
  const after = tokens[parsed.last + 1]?.text === '|' ? tokens[parsed.last + 2] : undefined;
  return (
    (before?.kind === 'number' && Number(before.lower) === n - 1) ||
    (after?.kind === 'number' && Number(after.lower) === n + 1)
  );
}

/** A number word that is not a figure: the pronoun "one" ("one of the", "no one"), or part of a name ("Six Nations", "Channel Five"). */
function isNumberWordInName(tokens: Token[], i: number, parsed: ParsedNumber, options: QuantityOptions): boolean {
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (t.lower === 'one' && parsed.last === i) {
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    // "Goce's one-tonne mass", "a one-mile walk": a measure's figure, no pronoun.
    const unit = tokens[i + 2];
    if (
      isUnspacedHyphen(tokens, i + 1) &&
      unit &&
      !unit.spaceBefore &&
      unit.text.length > 1 &&
      MEASURE_UNITS.has(unit.lower)
    )
      return false;
    if (
      !next ||
      next.kind !== 'word' ||
      PRONOUN_ONE_AFTER.has(next.lower) ||
      (prev && PRONOUN_ONE_BEFORE.has(prev.lower))
    )
      return true;
    if (next.lower.endsWith('ly') || isVerbLike(next.lower)) return true;
  }
  if (isCapitalized(t) && !parsed.vague) {
    const next = parsed.last + 1 < tokens.length ? tokens[parsed.last + 1] : undefined;
    const nextIsName = next && next.kind === 'word' && isCapitalized(next) && next.text !== next.text.toUpperCase();
    const sentenceStart = i === 0 || (i === 1 && tokens[0].kind === 'punct');
    // In a headline ("Eight MPs Suspended") a capital says nothing.
    if (sentenceFacts(tokens, options).titleCase) return false;
    // "Four British athletes were banned": at the start of a sentence, names before a lower-case plural noun say
    // what the figure counts; a name that is a plural itself ("Six Nations", "Four Seasons") stays a name.
    if (
      nextIsName &&
      sentenceStart &&
      parsed.value > 1 &&
      !isPluralWord(next.lower) &&
      nounAfterNames(tokens, parsed.last + 1) >= 0
    )
      return false;
    if (
      nextIsName ||
      (!sentenceStart &&
        !(next && next.kind === 'word' && !isCapitalized(next) && !FUNCTION_WORDS.has(next.lower)) &&
        !(next && (next.text === '-' || next.text === '%')))
    )
      return true;
  }
  return false;
}

/** An attached unit: "5km", "£600m" (handled as scale), "40-hour". False when the attachment makes it no quantity ("3G", "4x4", "A4"). */
function applyAttachedUnit(draft: QuantityDraft, tokens: Token[], parsed: ParsedNumber, currency: boolean): boolean {
  const a = parsed.attachedUnit!;
  const written = tokens[parsed.last].text;
  if (
    written.length <= 2 &&
    written !== written.toLowerCase() &&
    !/^(?:C|F|K|GB|MB|TB|KB|MW|GW|KW|kW|HP|MP|GHz|MHz|Hz)$/.test(written)
  )
    return false; // "3G", "4K": names
  if (MEASURE_UNITS.has(a) && !(draft.kind === 'money')) {
    // "100m" without a currency: a length in metres; "120km/h" a speed.
    draft.kind = 'other';
    draft.unit = written;
    draft.unitKey = MEASURE_UNITS.get(a)!;
    draft.unitLast = parsed.last;
    if (perHour(tokens, parsed.last)) {
      draft.unit = `${written}/${tokens[parsed.last + 2].text}`;
      draft.unitKey = a === 'km' ? 'kph' : 'mph';
      draft.unitLast = parsed.last + 2;
    }
  } else if (DURATION_UNITS.has(a)) {
    draft.kind = 'duration';
    draft.unit = written;
    draft.unitKey = DURATION_UNITS.get(a)!;
    draft.unitLast = parsed.last;
  } else if (a === 'pc' || a === 'pct') {
    draft.kind = 'percent';
    draft.unit = written;
    draft.unitKey = 'percent';
    draft.unitLast = parsed.last;
  } else if (a === 'p' && !currency) {
    // "rose 3p to 245p": pence.
    draft.kind = 'money';
    draft.unit = written;
    draft.unitKey = 'penny';
    draft.unitLast = parsed.last;
  } else if (!currency) {
    return false;
  }
  return true;
}

const SIGNS = new Set(['-', '−', '–']);

/** "-0.8%", "a net -12 yards", "minus 40 degrees", "-$5m": a negative value (not "F-16", "3-1" or "10 -12"). */
function applySign(draft: QuantityDraft, tokens: Token[], floor: number): void {
  const at = draft.first - 1;
  if (at < floor) return;
  const sign = tokens[at];
  const figure = tokens[at + 1];
  const before = at > 0 ? tokens[at - 1] : undefined;
  if (
    SIGNS.has(sign.text) &&
    before?.lower === 'minus' &&
    !sign.spaceBefore &&
    !figure.spaceBefore &&
    at - 1 >= floor
  ) {
    // "minus-20 degree temperatures"
    draft.value = -draft.value;
    draft.stated = draft.value;
    draft.first = at - 1;
    return;
  }
  if (sign.lower === 'minus') {
    if (before?.lower === 'or' || before?.lower === 'plus') return; // "plus or minus 3"
  } else if (!SIGNS.has(sign.text) || figure.spaceBefore || !(sign.spaceBefore || at === 0 || before?.text === '('))
    return;
  // "10 -12" is a span; "RM0.22 -0.01 -2.22%", a ticker's decimal change, is negative.
  else if (
    before &&
    (before.kind === 'number' || before.text === '%') &&
    !(figure.text.includes('.') && before.text.includes('.'))
  )
    return;
  draft.value = -draft.value;
  draft.stated = draft.value;
  draft.first = at;
}

/** "two-door", "four-wheel", "five-star": a number in a compound that names a kind of thing, not a count of it. */
const MODEL_COMPOUNDS = new Set([
  'door',
  'wheel',
  'star',
  'seat',
  'bedroom',
  'speed',
  'cylinder',
  'stroke',
  'piece',
  'party',
  'state',
  'point',
  'wheeler',
  'sided',
  'tone',
  'button',
  'hander',
  'dimensional',
]);

/** A distance per hour ("km/h", "miles per hour", "kilometres an hour"): the speed's unit, else null. */
function perHour(tokens: Token[], j: number): 'kph' | 'mph' | null {
  const distance = MEASURE_UNITS.get(tokens[j].lower);
  if (distance !== 'kilometre' && distance !== 'mile') return null;
  const per = tokens[j + 1];
  const hour = tokens[j + 2];
  if (!per || !hour) return null;
  const glued =
    per.text === '/' && !per.spaceBefore && !hour.spaceBefore && (hour.lower === 'h' || hour.lower === 'hr');
  const written = (per.lower === 'per' || per.lower === 'an' || per.lower === 'a') && hour.lower === 'hour';
  if (!glued && !written) return null;
  return distance === 'kilometre' ? 'kph' : 'mph';
}

/** "between 200", or "between the ages of 16": a range whose "between" stands further back. */
function followsBetween(tokens: Token[], i: number): boolean {
  if (i < 1) return false;
  if (tokens[i - 1].lower === 'between') return true;
  return (
    i >= 4 &&
    tokens[i - 1].lower === 'of' &&
    tokens[i - 2].lower === 'ages' &&
    tokens[i - 3].lower === 'the' &&
    tokens[i - 4].lower === 'between'
  );
}

/**
 * Ranges: "200-250", "4,000 to 5,000", "between 200 and 250", "between $2tn and $2.5tn", "1.5 to 2 million". False for
 * a score ("won 3-1"). `betweenAt` is the "between" the range follows, or -1.
 */
function applyRange(
  draft: QuantityDraft,
  tokens: Token[],
  i: number,
  parsed: ParsedNumber,
  options: QuantityOptions,
  currency: boolean,
  betweenAt: number,
): boolean {
  const between = betweenAt >= 0;
  let connectorAt = draft.last + 1;
  if (tokens[connectorAt]?.text === '%' && tokens[connectorAt + 2] && tokens[connectorAt + 3]?.text === '%')
    connectorAt++;
  // "1 percent to 2 percent", "between 5 miles and 10 miles": the unit written twice.
  const unitWord = tokens[connectorAt];
  const unitLink = tokens[connectorAt + 1]?.lower;
  if (
    unitWord?.kind === 'word' &&
    (unitLink === 'to' || (between && unitLink === 'and')) &&
    tokens[connectorAt + 2]?.kind === 'number' &&
    tokens[connectorAt + 3]?.lower === unitWord.lower &&
    RANGE_UNIT_WORDS.has(unitWord.lower)
  )
    connectorAt++;
  // "between $30,000 (£16,000) and $50,000 (£27,000)": the first end's conversion in brackets is passed over.
  if (between && tokens[connectorAt]?.text === '(') {
    const close = bracketedFigureEnd(tokens, connectorAt);
    if (close > 0 && tokens[close + 1]?.lower === 'and') connectorAt = close + 1;
  }
  const connector = tokens[connectorAt];
  if (
    !connector ||
    !(
      connector.lower === 'to' ||
      connector.text === '-' ||
      connector.text === '–' ||
      connector.text === '—' ||
      (between && connector.lower === 'and') ||
      connector.lower === 'or'
    )
  )
    return true;
  let k = connectorAt + 1;
  if (currency && tokens[k] && CURRENCY_SYMBOLS.has(tokens[k].text)) k++;
  const second = tokens[k] ? parseNumberAt(tokens, k) : null;
  const hyphen = connector.text === '-';
  const glued = hyphen && !connector.spaceBefore && tokens[k] && !tokens[k].spaceBefore;
  if (
    !second ||
    second.vague ||
    (hyphen && !glued) ||
    options.excluded[k] ||
    options.years[k] ||
    second.attachedUnit?.match(/^(?:st|nd|rd|th)$/)
  )
    return true;
  // "six or seven people", "10 or 12": two close whole figures written alike are a range; others are alternatives.
  if (connector.lower === 'or' && !isCloseAlternative(parsed, second)) return true;
  let lo = draft.value;
  const hi = second.value;
  if (second.scaled && !parsed.scaled) {
    const secondRaw = Number(tokens[k].lower.replace(/,/g, ''));
    const factor = Number.isFinite(secondRaw) && secondRaw > 0 ? second.value / secondRaw : 1;
    if (lo * factor <= hi) lo *= factor;
  }
  const verbAt = tokens[i - 1]?.lower === 'from' || tokens[i - 1]?.lower === 'by' ? i - 2 : i - 1;
  const changeBefore =
    !between &&
    tokens[verbAt] !== undefined &&
    (CHANGE_VERBS.has(tokens[verbAt].lower) ||
      (connector.lower === 'to' && tokens[i - 1]?.lower !== 'by' && changeNear(tokens, verbAt)));
  if (glued && isScore(tokens, i, k)) return false;
  if (glued && lo >= hi && hi < 100) return false; // a score ("won 3-1"), not a range
  if (changeBefore || !(lo < hi)) return true;
  draft.qualifier = 'range';
  draft.stated = [lo, hi];
  draft.low = lo;
  draft.high = hi;
  draft.last = second.last;
  draft.numberLast = second.last;
  draft.value = hi;
  if (between) draft.first = Math.min(draft.first, betweenAt);
  if (tokens[i - 1]?.lower === 'from' && !currency) draft.first = Math.min(draft.first, i - 1);
  if (second.attachedUnit && !parsed.attachedUnit) {
    const a = second.attachedUnit;
    if (MEASURE_UNITS.has(a)) {
      draft.kind = 'other';
      draft.unit = tokens[second.last].text;
      draft.unitKey = MEASURE_UNITS.get(a)!;
      draft.unitLast = second.last;
    } else if (DURATION_UNITS.has(a)) {
      draft.kind = 'duration';
      draft.unit = tokens[second.last].text;
      draft.unitKey = DURATION_UNITS.get(a)!;
      draft.unitLast = second.last;
    }
  }
  return true;
}

/** The closing bracket of a bare figure in brackets opened at `open` ("(£16,000)"), or -1. */
function bracketedFigureEnd(tokens: Token[], open: number): number {
  let k = open + 1;
  if (tokens[k] && CURRENCY_SYMBOLS.has(tokens[k].text)) k++;
  const figure = tokens[k] ? parseNumberAt(tokens, k) : null;
  return figure && tokens[figure.last + 1]?.text === ')' ? figure.last + 1 : -1;
}

/** Whether "first or second" gives a range: whole figures written alike, the second above the first, at most twice it. */
function isCloseAlternative(first: ParsedNumber, second: ParsedNumber): boolean {
  return (
    first.words === second.words &&
    !first.vague &&
    !first.decimal &&
    !second.decimal &&
    !first.attachedUnit &&
    first.scaled === second.scaled &&
    first.value > 0 &&
    second.value > first.value &&
    second.value <= first.value * 2
  );
}

/** Units written on both ends of a range ("1 percent to 2 percent"). */
const RANGE_UNIT_WORDS = new Set([
  'percent',
  'pc',
  'points',
  'degrees',
  'years',
  'days',
  'hours',
  'minutes',
  'months',
  'weeks',
  'miles',
  'metres',
  'meters',
  'feet',
  'inches',
]);
/** A change said a little before "from X to Y" ("increased significantly in black children (from 1.36 to 2.54"). */
const CHANGE_WORDS = new Set([
  'rose',
  'fell',
  'increased',
  'decreased',
  'grew',
  'jumped',
  'climbed',
  'dropped',
  'declined',
  'increase',
  'decrease',
  'rise',
  'fall',
  'drop',
  'decline',
  'growth',
  'changed',
  'change',
]);

function changeNear(tokens: Token[], at: number): boolean {
  for (let k = at; k >= 0 && k > at - 10; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === '.' || t.text === ',' || t.kind === 'number') return false;
    if (CHANGE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Percentages and currency words after the figure: "5%", "5 per cent", "5 percent", "2 percentage points", "50 euros"; and "5% of X". */
function applyUnitAfterFigure(
  draft: QuantityDraft,
  text: string,
  tokens: Token[],
  parsed: ParsedNumber,
  currency: boolean,
): void {
  const last = draft.last;
  const afterNumber = tokens[last + 1];
  if (afterNumber && draft.unitLast < 0) {
    if (afterNumber.text === '%') {
      draft.kind = 'percent';
      draft.unit = '%';
      draft.unitKey = 'percent';
      draft.unitLast = last + 1;
    } else if (afterNumber.lower === 'per' && tokens[last + 2]?.lower === 'cent') {
      draft.kind = 'percent';
      draft.unit = text.slice(afterNumber.start, tokens[last + 2].end);
      draft.unitKey = 'percent';
      draft.unitLast = last + 2;
    } else if (afterNumber.lower === 'percent' || afterNumber.lower === 'pc') {
      draft.kind = 'percent';
      draft.unit = afterNumber.text;
      draft.unitKey = 'percent';
      draft.unitLast = last + 1;
    } else if (
      afterNumber.lower === 'percentage' &&
      (tokens[last + 2]?.lower === 'points' || tokens[last + 2]?.lower === 'point')
    ) {
      draft.kind = 'percent';
      draft.unit = text.slice(afterNumber.start, tokens[last + 2].end);
      draft.unitKey = 'percentage point';
      draft.unitLast = last + 2;
    } else if (!currency && isPoundsWeight(tokens, draft.first, last + 1, parsed)) {
      draft.kind = 'other';
      draft.unit = afterNumber.text;
      draft.unitKey = MEASURE_UNITS.get('lb')!;
      draft.unitLast = last + 1;
    } else if (
      CURRENCY_WORDS.has(afterNumber.lower) &&
      !currency &&
      (!AMBIGUOUS_CURRENCY.has(afterNumber.lower) ||
        ((afterNumber.lower === 'rand' || afterNumber.lower === 'won') && (parsed.scaled || draft.value >= 1000)))
    ) {
      draft.kind = 'money';
      draft.unit = afterNumber.text;
      draft.unitKey = CURRENCY_WORDS.get(afterNumber.lower)!;
      draft.unitLast = last + 1;
    } else if (afterNumber.lower === 'p' && !afterNumber.spaceBefore) {
      draft.kind = 'money';
      draft.unit = 'p';
      draft.unitKey = 'penny';
      draft.unitLast = last + 1;
    }
  }
  if (draft.unitLast >= 0 && draft.kind === 'percent' && tokens[draft.unitLast + 1]?.lower === 'of') {
    const of = ofPhrase(tokens, draft.unitLast + 2);
    if (of) draft.unitOf = of.key;
  }
}

const MAGNITUDE = 'magnitude';
/** Nouns that name an earthquake, after a magnitude written bare ("a 5.6 quake"). */
const QUAKE_WORDS = new Set(['quake', 'earthquake', 'tremor', 'aftershock', 'temblor']);

/** "magnitude-5.2", "a magnitude 6.2 earthquake", "a magnitude of 5.6": an earthquake's magnitude, named before it. */
function magnitudeWordBefore(tokens: Token[], i: number): number {
  const prev = tokens[i - 1];
  if (!prev) return -1;
  if (prev.lower === MAGNITUDE) return i - 1;
  const word = tokens[i - 2];
  if (word?.lower !== MAGNITUDE) return -1;
  if (prev.lower === 'of') return i - 2;
  return (prev.text === '-' || prev.text === '‐') && !prev.spaceBefore && !tokens[i].spaceBefore ? i - 2 : -1;
}

function applyMagnitudeBefore(draft: QuantityDraft, tokens: Token[], i: number, floor: number): void {
  const first = magnitudeWordBefore(tokens, i);
  if (first < floor) return;
  draft.kind = 'other';
  draft.unit = tokens[first].text;
  draft.unitKey = MAGNITUDE;
  draft.first = first;
  draft.unitLast = draft.last;
}

/** "6.1 on the Richter scale", "a 6 magnitude earthquake", "a 5.6 quake": an earthquake's magnitude, named after it. */
function applyMagnitudeAfter(draft: QuantityDraft, text: string, tokens: Token[], parsed: ParsedNumber): void {
  const k = draft.last + 1;
  const next = tokens[k];
  if (!next || next.kind !== 'word' || draft.value >= 10) return;
  let unitLast = -1;
  if (next.lower === 'on') {
    const richter = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (tokens[richter]?.lower === 'richter') unitLast = tokens[richter + 1]?.lower === 'scale' ? richter + 1 : richter;
  } else if (next.lower === MAGNITUDE && next.spaceBefore) {
    unitLast = k;
  } else if (QUAKE_WORDS.has(next.lower) && parsed.decimal) {
    draft.kind = 'other';
    draft.unit = MAGNITUDE;
    draft.unitKey = MAGNITUDE;
    draft.unitLast = draft.last;
    return;
  }
  if (unitLast < 0) return;
  draft.kind = 'other';
  draft.unit = text.slice(next.start, tokens[unitLast].end);
  draft.unitKey = MAGNITUDE;
  draft.unitLast = unitLast;
}

/** Words near "pounds" that make it a weight ("weighs 180 pounds", "6 feet tall and 135 pounds"). */
const WEIGHT_WORDS = new Set([
  'weigh',
  'weighs',
  'weighed',
  'weighing',
  'weight',
  'weights',
  'heavy',
  'heavier',
  'heaviest',
  'lighter',
  'tall',
  'overweight',
  'overloaded',
]);

/** Nouns after "pounds of" that make them money ("pounds of taxpayers' money"). */
const MONEY_OF = new Set(['money', 'cash', 'funding', 'funds', 'taxpayers', 'public', 'investment', 'aid', 'debt']);

/** Metric masses a weight in pounds is converted to in brackets ("440 pounds (200 kilograms)"). */
const METRIC_MASSES = new Set(['kilogram', 'gram', 'tonne']);

/** Pounds a person's weight stays under. */
const BODY_WEIGHT_LIMIT = 1000;

/** Words of a height in feet and inches ("5-foot-8", "5 feet 8", "6ft 2in"). */
const FEET = new Set(['foot', 'feet', 'ft']);

/** Whether a height in feet and inches stands at `j`: "foot" or "feet", then the inches ("5-foot-8", "5 feet 8"). */
function isFeetAndInches(tokens: Token[], j: number): boolean {
  if (!FEET.has(tokens[j].lower)) return false;
  const next = tokens[j + 1]?.text === '-' ? tokens[j + 2] : tokens[j + 1];
  return next?.kind === 'number';
}

/** Whether a height in feet is listed just before the figure at `first`, as a build is: "6 feet and 250 pounds". */
function afterHeight(tokens: Token[], first: number): boolean {
  const link = tokens[first - 1];
  return (link?.lower === 'and' || link?.text === ',') && FEET.has(tokens[first - 2]?.lower ?? '');
}

/**
 * Whether "pounds" at `at` is a weight, not money: a weight word near it ("weighs 180 pounds", "6 feet tall and 135
 * pounds"), a person's height in feet and inches ("5-foot-8 and 130 pounds") or feet just before it ("6 feet and 250
 * pounds"), its metric conversion in brackets ("440 pounds (200 kilograms)"), or a figure in digits
 * of a substance ("18,000 pounds of jet fuel"; sums in pounds of something are "millions of pounds of ...").
 */
function isPoundsWeight(tokens: Token[], first: number, at: number, parsed: ParsedNumber): boolean {
  const word = tokens[at].lower;
  if (word !== 'pounds' && word !== 'pound') return false;
  // A height tells a body's weight, under a thousand pounds (a sum is larger: "a 30-foot yacht for 200,000 pounds").
  const body = parsed.value < BODY_WEIGHT_LIMIT;
  if (body && afterHeight(tokens, first)) return true;
  for (let j = Math.max(0, first - 6); j <= Math.min(tokens.length - 1, at + 6); j++)
    if (tokens[j].kind === 'word' && (WEIGHT_WORDS.has(tokens[j].lower) || (body && isFeetAndInches(tokens, j))))
      return true;
  const next = tokens[at + 1];
  if (next?.text === '(' && tokens[at + 2]?.kind === 'number') {
    const unit = MEASURE_UNITS.get(tokens[at + 3]?.lower ?? '');
    if (unit !== undefined && METRIC_MASSES.has(unit)) return true;
  }
  if (next?.lower === 'of' && !parsed.scaled && !parsed.vague && !parsed.words) {
    const noun = tokens[at + 2];
    return noun?.kind === 'word' && !FUNCTION_WORDS.has(noun.lower) && !MONEY_OF.has(noun.lower);
  }
  return false;
}

/** "40-hour", "50-year-old", "two-day", "10-member": a hyphenated unit adjective. */
function applyHyphenatedUnit(draft: QuantityDraft, text: string, tokens: Token[], parsed: ParsedNumber): void {
  const last = draft.last;
  const dash = tokens[last + 1];
  const word = tokens[last + 2];
  if (!(
    dash &&
    word &&
    (dash.text === '-' || dash.text === '‐') &&
    !dash.spaceBefore &&
    !word.spaceBefore &&
    word.kind === 'word'
  ))
    return;
  let end = last + 2;
  let lower = word.lower;
  if (tokens[end + 1]?.text === '-' && tokens[end + 2]?.lower === 'old' && !tokens[end + 1].spaceBefore) {
    end += 2;
    lower = `${lower}-old`;
  }
  if (DURATION_UNITS.has(lower)) {
    draft.kind = 'duration';
    draft.unit = text.slice(word.start, tokens[end].end);
    draft.unitKey = DURATION_UNITS.get(lower)!;
    draft.unitLast = end;
  } else if (MEASURE_UNITS.has(lower)) {
    draft.kind = 'other';
    draft.unit = word.text;
    draft.unitKey = MEASURE_UNITS.get(lower)!;
    draft.unitLast = end;
  } else if (MODEL_COMPOUNDS.has(lower) && parsed.value < 10) {
    draft.notAFigure = true;
  } else if (HYPHEN_ADJECTIVES.has(lower)) {
    draft.last = end; // "1,000-strong": no unit
  } else if (lower === 'odd' || lower === 'plus') {
    draft.qualifier = lower === 'odd' ? 'about' : 'at least';
    draft.last = end;
  } else if (!FUNCTION_WORDS.has(lower) && !PREDICATE_WORDS.has(lower) && !isVerbLike(lower) && parsed.value < 10_000) {
    draft.kind = 'count';
    draft.unit = word.text;
    draft.unitKey = singular(lower);
    draft.unitLast = end;
  }
}

/** Qualifiers written after the figure: "22 more", "50 or more", "100-plus", "50+", "20 or so". True for an increment ("22 more"). */
function applyQualifierAfter(draft: QuantityDraft, tokens: Token[]): boolean {
  const k = Math.max(draft.last, draft.unitLast) + 1;
  const a = tokens[k];
  const b = tokens[k + 1];
  if (a && a.text === '+' && !a.spaceBefore) {
    draft.qualifier = draft.qualifier === 'exact' ? 'at least' : draft.qualifier;
    draft.last = Math.max(draft.last, k);
  } else if (a?.lower === 'or' && b?.lower === 'more') {
    draft.qualifier = 'at least';
  } else if (a?.lower === 'or' && b?.lower === 'so') {
    draft.qualifier = 'about';
  } else if (a?.lower === 'more' && b?.lower !== 'than' && draft.unitLast < 0) {
    return true;
  } else if (a?.lower === 'plus' && draft.unitLast < 0 && draft.qualifier === 'exact') {
    draft.qualifier = 'at least';
  }
  return false;
}

/** "60m hurdles", "the 100m": metres, not millions, when no money is in sight. */
function applyMetres(
  draft: QuantityDraft,
  tokens: Token[],
  i: number,
  parsed: ParsedNumber,
  options: QuantityOptions,
): void {
  // A range's counted noun follows its second end ("between 2m and 3m viewers").
  const next = tokens[draft.last + 1];
  const moneyNearby = sentenceFacts(tokens, options).money;
  const raw = Number(tokens[i].lower.replace(/,/g, ''));
  const countedNext =
    next &&
    next.kind === 'word' &&
    !METRE_CONTEXT.has(next.lower) &&
    (isPluralWord(next.lower) || CURRENCY_WORDS.has(next.lower));
  if (!moneyNearby && raw < 10_000 && Number.isInteger(raw) && !countedNext) {
    draft.kind = 'other';
    draft.unit = 'm';
    draft.unitKey = 'metre';
    draft.unitLast = draft.last;
    if (draft.qualifier === 'range' && draft.low !== null && draft.high !== null) {
      // "waves of 2m to 3m": both ends were read as millions.
      const scale = parsed.value / raw;
      draft.low /= scale;
      draft.high /= scale;
      draft.stated = [draft.low, draft.high];
      draft.value = draft.high;
      return;
    }
    draft.value = raw;
    draft.stated = raw;
  }
}

/** A year that stays a date, page furniture ("269 Views"), a rank ("number one") or an identifier ("Flight 370", "Windows 95"). */
function isNotAFigure(
  draft: QuantityDraft,
  tokens: Token[],
  i: number,
  isYear: boolean,
  unitStart: number,
  currency: boolean,
): boolean {
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const { qualifier, kind, unitLast, last } = draft;
  // A year stays a date unless something made it a figure.
  if (isYear && qualifier === 'exact' && kind === 'count') {
    const prevLower = prev?.lower ?? '';
    if (unitLast < 0 || YEAR_PREPOSITIONS.has(prevLower) || (prev && isCapitalized(prev))) return true;
    // "its 2004 results", "the 1979 series", "former 2016 presidential primary rival": a year before a noun; a count
    // that high is written with a separator, a round hundred aside ("2000 tents").
    if (unitStart >= 0 && tokens[unitStart].spaceBefore && draft.value % 100 !== 0) return true;
  }
  if (isYear && kind === 'count' && unitLast < 0) return true;

  // Page furniture: "269 Views", "0 Comments".
  const following = tokens[Math.max(last, unitLast) + 1 === unitLast + 1 && unitLast >= 0 ? unitLast : last + 1];
  if (
    unitLast >= 0 &&
    unitStart >= 0 &&
    unitStart === unitLast &&
    PAGE_FURNITURE.has(tokens[unitStart].lower) &&
    isCapitalized(tokens[unitStart])
  )
    return true;
  if (following && PAGE_FURNITURE.has(following.lower) && isCapitalized(following) && unitLast < 0) return true;

  // An age after a name ("John Smith, 58, said"): who the person is, not a figure of the story (issue 15).
  if (qualifier === 'exact' && !currency && kind === 'count' && unitLast < 0 && isAgeAfterName(tokens, i, last))
    return true;
  // A number to call: "called 911", "dial 999".
  if (qualifier === 'exact' && !currency && kind === 'count' && unitLast < 0 && prev && CALL_VERBS.has(prev.lower))
    return true;
  // Ranks: "number one", "No 2".
  if (
    qualifier === 'exact' &&
    !currency &&
    prev &&
    (prev.lower === 'number' || prev.lower === 'no') &&
    kind === 'count'
  )
    return true;
  // Identifiers: "Operation Herof 2.0", "Windows 95", "No. 10", "section 5", "Flight 370".
  if (qualifier === 'exact' && !currency && kind === 'count' && unitLast < 0 && prev) {
    const prevWord = prev.text === '.' ? tokens[i - 2] : prev;
    const nextWord = tokens[last + 1];
    const possessiveOwner =
      prevWord &&
      prevWord.lower.endsWith("'s") &&
      !(nextWord && nextWord.kind === 'word' && !FUNCTION_WORDS.has(nextWord.lower));
    if (
      prevWord &&
      prevWord.kind === 'word' &&
      !possessiveOwner &&
      (IDENTIFIER_WORDS.has(prevWord.lower) ||
        /^[a-z]+[A-Z]/.test(prevWord.text) ||
        (isCapitalized(prevWord) &&
          i - 1 > 0 &&
          !FUNCTION_WORDS.has(prevWord.lower) &&
          !QUALIFIER_FIRST_WORDS.has(prevWord.lower)))
    )
      return true;
  }
  return false;
}

/** tokens[i..last] is a bare whole number between commas right after a name: "Smith, 58,", "Mrs Parker Bowles, 57,". */
export function isAgeAfterName(tokens: Token[], i: number, last: number): boolean {
  const name = tokens[i - 2];
  if (
    last !== i ||
    i < 2 ||
    tokens[i - 1].text !== ',' ||
    tokens[i + 1]?.text !== ',' ||
    !/^\d{1,3}$/.test(tokens[i].text) ||
    Number(tokens[i].text) > 120
  )
    return false;
  return (
    name.kind === 'word' &&
    isCapitalized(name) &&
    !FUNCTION_WORDS.has(name.lower) &&
    !(MONTH_NAMES as readonly string[]).includes(name.text) &&
    !WEEKDAYS.includes(name.lower)
  );
}

/** Qualifier before the figure (or before its currency): "at least", "more than", "nearly", "another". */
function applyQualifierBefore(draft: QuantityDraft, tokens: Token[], qualifierAt: number): void {
  const before = matchQualifierBefore(tokens, qualifierAt, 0);
  if (!before) return;
  const q = before.qualifier;
  if (draft.qualifier === 'increment' && q !== 'increment') {
    // "another 22 more" keeps increment
  } else if (draft.qualifier === 'vague' && q === 'increment') {
    draft.qualifier = 'increment';
    draft.first = before.first;
  } else if (draft.qualifier === 'vague' && q !== 'exact') {
    draft.first = before.first; // "some dozens": keep the vague interval
  } else {
    draft.qualifier = q;
    draft.first = before.first;
  }
}

/** The interval the qualifier implies (a range's was set with it). */
function applyInterval(draft: QuantityDraft, parsed: ParsedNumber): void {
  if (draft.qualifier === 'range') return;
  if (parsed.vague) {
    [draft.low, draft.high] = parsed.vague;
    draft.stated = parsed.vague[0];
    if (draft.qualifier === 'about' || draft.qualifier === 'nearly') draft.qualifier = 'vague';
    return;
  }
  [draft.low, draft.high] = intervalOf(draft.value, draft.qualifier, isWhole(draft.value, draft.kind));
  // A negative value's band is the other way round ("about -40": -48 to -32).
  if (draft.low !== null && draft.high !== null && draft.low > draft.high)
    [draft.low, draft.high] = [draft.high, draft.low];
  draft.stated = draft.value;
}
