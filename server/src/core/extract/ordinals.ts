// Ordinals that rank or count something of someone: "the fourth head coach since King took over", "his sixth defense
// of the IBF belt", "retained his title for the fifth time", "her 16th album", "the third straight win". Each is a
// claim whose frame says what is ranked, whose it is and in what window. Positions are no such claim: "in the
// seventh round", "the second half", "the fourth quarter", "the 10th anniversary", "the 21st century", "May 5th",
// "second-largest", "First Minister", "Fifth Avenue"; nor is "first", which far more often places than counts.

import type { QuantityFrame } from '../types';
import { isCapitalized, isUnspacedHyphen, type Token } from '../text/tokens';
import { WordFilter } from '../text/wordFilter';
import { MONTHS_LOWER, WEEKDAYS } from '../text/calendar';
import { FUNCTION_WORDS, TENS_WORDS, UNITS_WORDS } from './lexicon';
import { singular, type RawQuantity } from './quantities';
import { eventKey, isVerbForm } from './frames';

const UNITS = ['', '', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const TENS_ORDINAL = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

/** Ordinal words and their values: "second" 2 ... "ninety-ninth" 99 (the tens word and its unit are two tokens). */
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i) => [w, i] as [string, number]).filter(([w]) => w !== ''),
  ...TEENS.map((w, i) => [w, 10 + i] as [string, number]),
  ...TENS_ORDINAL.map((w, i) => [w, 10 * i] as [string, number]).filter(([w]) => w !== ''),
  ['hundredth', 100],
]);

/** The value of an ordinal written as one word ("first" 1, "seventh" 7), or undefined. */
export function ordinalWordValue(lower: string): number | undefined {
  return lower === 'first' ? 1 : ORDINAL_WORDS.get(lower);
}

/** The words an ordinal may be written with, for the sentence filter: "sixth", "twenty" (in "twenty-second"), "th". */
export const ORDINAL_CUES: readonly string[] = [...ORDINAL_WORDS.keys(), ...TENS_WORDS.keys()];

/** The words an ordinal may start with, tested by signature first (most words of a sentence are none of them). */
const ORDINAL_START = new WordFilter(ORDINAL_CUES);

/** The suffix a figure's ordinal takes: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
function suffixOf(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

/** Possessive pronouns and articles an ordinal that ranks something stands after. */
const RANK_DETERMINERS = new Set(['the', 'a', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Words between an ordinal and what it ranks that say how it is counted, not what: "third straight win". */
const RANK_INTENSIFIERS = new Set([
  'straight',
  'consecutive',
  'successive',
  'career',
  'overall',
  'ever',
  'total',
  'such',
  'different',
  'official',
  'full',
  'major',
]);

/**
 * Nouns an ordinal places rather than counts of anyone: a part of a game, a period or a calendar, a storey, a
 * standing in a table, a generation, an edition of a recurring event, an office ("first lady"), a reading.
 */
const POSITION_NOUNS = new Set([
  'round',
  'half',
  'quarter',
  'period',
  'inning',
  'innings',
  'set',
  'frame',
  'leg',
  'stage',
  'lap',
  'hole',
  'heat',
  'game',
  'rubber',
  'ceremony',
  'incarnation',
  'minute',
  'hour',
  'day',
  'night',
  'morning',
  'afternoon',
  'evening',
  'week',
  'weekend',
  'month',
  'year',
  'season',
  'decade',
  'century',
  'millennium',
  'anniversary',
  'birthday',
  'annual',
  'edition',
  'floor',
  'storey',
  'story',
  'row',
  'place',
  'position',
  'spot',
  'slot',
  'rank',
  'seed',
  'pick',
  'choice',
  'tier',
  'division',
  'district',
  'ward',
  'precinct',
  'circuit',
  'constituency',
  'battalion',
  'regiment',
  'brigade',
  'fleet',
  'corps',
  'avenue',
  'street',
  'grade',
  'class',
  'form',
  'generation',
  'lady',
  'minister',
  'reading',
  'draft',
  'phase',
  'part',
  'chapter',
  'page',
  'line',
  'paragraph',
  'verse',
  'act',
  'scene',
  'item',
  'point',
  'base',
  'gear',
  'semester',
  'hand',
  'opinion',
  'thought',
  'look',
  'wave',
  'estate',
  'amendment',
  'world',
  'string',
  'team',
  'tee',
  'option',
  'language',
  'home',
  'cousin',
  'party',
  'official',
]);

/** Words after an ordinal that are no noun it ranks: "a second rather than", "a third late on", "the second one". */
const NOT_NOUNS = new Set([
  'rather',
  'ahead',
  'late',
  'later',
  'early',
  'earlier',
  'faster',
  'slower',
  'quicker',
  'again',
  'instead',
  'away',
  'back',
  'behind',
  'one',
  'ones',
  'successive',
  'consecutive',
  'straight',
]);

/** Nouns in -ing an ordinal may rank: "his third meeting", "the second ruling", "her fourth wedding". */
const ING_NOUNS = new Set([
  'meeting',
  'ruling',
  'hearing',
  'wedding',
  'signing',
  'outing',
  'offering',
  'sitting',
  'finding',
  'building',
  'painting',
  'recording',
  'screening',
  'sighting',
  'landing',
  'bombing',
  'shooting',
  'killing',
  'beating',
  'stabbing',
  'sacking',
  'booking',
  'setting',
]);

/** What may follow "and" between an ordinal and its noun: "16th and most recent", "fifth and final", "third and latest". */
const LATEST_ASIDE = /^(?:most recent|latest|last|final|newest)\b/;

/** Up to `count` words from token `from`, lower case, joined by spaces. */
function wordsFrom(tokens: Token[], from: number, count: number): string {
  const words: string[] = [];
  for (let k = from; k < from + count && isWord(tokens[k]); k++) words.push(tokens[k].lower);
  return words.join(' ');
}

/** Nouns in -est that are no superlative ("the third contest"). */
const NOT_SUPERLATIVES = new Set([
  'interest',
  'contest',
  'forest',
  'protest',
  'request',
  'arrest',
  'harvest',
  'conquest',
  'quest',
  'guest',
  'test',
  'west',
  'nest',
  'chest',
  'rest',
  'vest',
  'crest',
  'priest',
  'inquest',
  'manifest',
]);

/** "second largest", "third most popular": a place in a ranking by size or degree, not a count. */
export function isSuperlative(lower: string): boolean {
  return (
    lower === 'most' ||
    lower === 'least' ||
    lower === 'best' ||
    lower === 'worst' ||
    (lower.length > 4 && lower.endsWith('est') && !NOT_SUPERLATIVES.has(lower))
  );
}

/** Periods after "for the Nth ... in a row" that rank the clause's event, like "time": "for the third year in a row". */
const RUN_PERIODS = new Set(['year', 'season', 'month', 'week', 'day', 'night', 'game', 'match', 'race']);

/** Nouns that name an occasion of an event: the ordinal ranks the event ("his sixth defense" = the sixth time he defended). */
const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['defense', 'defend'],
  ['defence', 'defend'],
  ['victory', 'win'],
  ['win', 'win'],
  ['triumph', 'win'],
  ['defeat', 'lose'],
  ['loss', 'lose'],
  ['appearance', 'appear'],
  ['marriage', 'marry'],
  ['attempt', 'attempt'],
  ['bid', 'attempt'],
  ['visit', 'visit'],
  ['trip', 'visit'],
  ['arrest', 'arrest'],
  ['conviction', 'convict'],
  ['election', 'elect'],
  ['nomination', 'nominat'],
]);

/** Events one ranks by the same count: "retained his title for the fifth time" is his fifth defense of it. */
const RANK_EVENTS: ReadonlyMap<string, string> = new Map([
  ['retain', 'defend'],
  ['defend', 'defend'],
  ['won', 'win'],
  ['win', 'win'],
  ['beat', 'win'],
  ['lost', 'lose'],
  ['marri', 'marry'],
  ['elect', 'elect'],
  ['re-elect', 'elect'],
  ['visit', 'visit'],
  ['arrest', 'arrest'],
]);

/** Nouns for one thing ranked: a boxer's "belt" and "crown" are his title. */
const RANK_OBJECTS: ReadonlyMap<string, string> = new Map([
  ['belt', 'title'],
  ['crown', 'title'],
  ['championship', 'title'],
  ['title', 'title'],
]);

/** Calendar windows that set a count apart from the whole career: "third this year", "his fifth win of the season". */
const WINDOW_PERIODS = new Set(['year', 'season', 'month', 'week', 'campaign', 'tournament']);

interface Ordinal {
  value: number;
  first: number;
  last: number;
}

/** The ordinal at token i ("sixth", "twenty-second", "16th"), or null. */
function ordinalAt(tokens: Token[], i: number): Ordinal | null {
  const t = tokens[i];
  if (t.kind === 'number') {
    const suffix = tokens[i + 1];
    if (!/^\d{1,3}$/.test(t.lower) || !suffix || suffix.kind !== 'word' || suffix.spaceBefore) return null;
    const value = Number(t.lower);
    if (value < 2 || suffix.lower !== suffixOf(value)) return null;
    return { value, first: i, last: i + 1 };
  }
  if (t.kind !== 'word') return null;
  const tens = TENS_WORDS.get(t.lower);
  if (tens !== undefined) {
    const unit = tokens[i + 2];
    if (tokens[i + 1]?.text !== '-' || !unit || unit.kind !== 'word') return null;
    const value = unit.lower === 'first' ? 1 : ORDINAL_WORDS.get(unit.lower);
    if (value === undefined || value >= 10) return null;
    return { value: tens + value, first: i, last: i + 2 };
  }
  const value = ORDINAL_WORDS.get(t.lower);
  return value === undefined ? null : { value, first: i, last: i };
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** The name whose Nth it is when a possessive says so ("Klitschko's sixth defense"); "the season's" names no one. */
function possessor(t: Token | undefined): string | null {
  if (!isWord(t) || !isCapitalized(t) || !/['’]s$/.test(t.text) || t.text.length <= 2) return null;
  const name = t.text.replace(/['’]s$/, '');
  return NOT_SUBJECTS.has(name.toLowerCase()) ? null : name; // "Sunday's 25th race"
}

function isPossessive(t: Token | undefined): boolean {
  return isWord(t) && /['’]s?$/.test(t.text);
}

/** Speech verbs after a name that make it a speaker, not the subject of what it reports ("Smith said Jones ..."). */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'reported',
  'announced',
  'claimed',
  'believes',
  'thinks',
]);

/** Capitalised words that open a clause, or date it, without naming anyone. */
const NOT_SUBJECTS = new Set([
  'certainly',
  'however',
  'meanwhile',
  'now',
  'still',
  'yet',
  'then',
  'also',
  'today',
  'yesterday',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  ...MONTHS_LOWER,
  ...WEEKDAYS,
]);

/** The verbs a subject's name may stand before: "Cheeks will be", "Cheeks, who ..., is". */
const AUXILIARIES = new Set([
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'has',
  'had',
  'have',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'became',
  'become',
  'won',
  'took',
  'made',
  'set',
  'got',
  'went',
  'came',
]);

/** The most tokens before an ordinal its subject is looked for in: a text without stops is read in linear time. */
const MAX_SUBJECT_REACH = 60;

/**
 * Whose Nth it is when no possessive name says so: the name the ordinal's clause is about, its first name run that a
 * verb follows, read after the last dash, colon or semicolon before the ordinal and past asides in brackets or
 * between commas ("Cheeks, who was fired as head coach of the Blazers, is the fourth head coach": Cheeks).
 */
function clauseSubject(tokens: Token[], before: number): string | null {
  let start = before;
  while (start > 0 && before - start < MAX_SUBJECT_REACH) {
    const t = tokens[start - 1];
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–')) break;
    if (t.text === '-' && tokens[start - 2]?.text === '-') break;
    if (t.text === '-' && t.spaceBefore && tokens[start]?.spaceBefore) break;
    start--;
  }
  let depth = 0;
  let aside = false;
  let name: Token | null = null;
  for (let j = start; j < before; j++) {
    const t = tokens[j];
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === ')') continue;
    if (t.text === ',') {
      // ", who was fired ... ," is an aside; any other comma ends the name run looked at.
      const next = tokens[j + 1]?.lower;
      if (aside) aside = false;
      else if (next === 'who' || next === 'which' || next === 'whose' || next === 'a' || next === 'the') aside = true;
      else name = null;
      continue;
    }
    if (aside) continue;
    if (isWord(t) && isCapitalized(t) && !NOT_SUBJECTS.has(t.lower) && !FUNCTION_WORDS.has(t.lower)) {
      name = t;
      continue;
    }
    if (name && isWord(t)) {
      if (SPEECH_VERBS.has(t.lower)) {
        name = null;
        continue;
      }
      // The name's verb: "Cheeks will be", "Klitschko retained", "Marchionne becomes"; not "Europe's largest economy".
      if (AUXILIARIES.has(t.lower) || isVerbForm(t) || /[^s']s$/.test(t.lower)) return name.text.replace(/['’]s$/, '');
      name = null;
      continue;
    }
    name = null;
  }
  return null;
}

/** "this year", "of the season", "so far this season": the calendar window a rank is counted in, or null. */
function windowAfter(tokens: Token[], from: number): string | null {
  for (let j = from; j < Math.min(tokens.length, from + 8); j++) {
    const t = tokens[j];
    // "sixth defense of the IBF belt - and third this year": another count's window.
    if (t.kind === 'punct' || t.lower === 'and' || t.lower === 'but' || ordinalAt(tokens, j)) return null;
    const next = tokens[j + 1];
    if ((t.lower === 'this' || t.lower === 'last') && isWord(next) && WINDOW_PERIODS.has(next.lower))
      return `${t.lower} ${next.lower}`;
    if (t.lower === 'of' && tokens[j + 1]?.lower === 'the' && WINDOW_PERIODS.has(tokens[j + 2]?.lower ?? ''))
      return `this ${tokens[j + 2].lower}`;
  }
  return null;
}

/** The verb and its object's head before "for the Nth time": "retained his International Boxing Federation title". */
function clauseEvent(tokens: Token[], forAt: number): { event: string; object: string | null } | null {
  let object: string | null = null;
  for (let j = forAt - 1; j >= Math.max(0, forAt - 9); j--) {
    const t = tokens[j];
    if (!isWord(t)) return null;
    if (object === null && j === forAt - 1 && !isCapitalized(t) && !FUNCTION_WORDS.has(t.lower) && !isVerbForm(t))
      object = singular(t.lower);
    if (isVerbForm(t) && !isCapitalized(t)) return { event: eventKey(t.lower), object };
    // "will host the show for the second time", "hopes to win it for a third time": a base form after a modal or "to".
    // ("to rise for the fourth time": the verb is no object of its own; "taken to three sets": no verb.)
    if (
      !isCapitalized(t) &&
      !FUNCTION_WORDS.has(t.lower) &&
      !UNITS_WORDS.has(t.lower) &&
      !TENS_WORDS.has(t.lower) &&
      MODALS.has(tokens[j - 1]?.lower ?? '')
    )
      return { event: eventKey(t.lower), object: j === forAt - 1 ? null : object };
    if (/^(?:win|wins|beat|beats|visit|visits|retain|retains|defend|defends|lose|loses|marry|marries)$/.test(t.lower))
      return { event: eventKey(t.lower), object };
  }
  return null;
}

/** Words before a verb's base form ("will host", "to win"). */
const MODALS = new Set(['will', 'would', 'to', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);
/** Helping verbs between a subject and its verb ("the fourth time Nadal has won"). */
const HELPING_VERBS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'will', 'would']);
/** Determiners and possessives before a verb's object ("won the tournament", "defended his title"). */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that']);

/**
 * "It is the fourth time Nadal has won the tournament", "the third time that Smith was arrested": the clause after
 * "time" tells whose Nth event it is, and of what; null unless a name is its subject (a pronoun names nobody to compare).
 */
function clauseAfter(tokens: Token[], from: number): { event: string; object: string | null; agent: string } | null {
  let k = from;
  if (tokens[k]?.lower === 'that') k++;
  let name: Token | null = null;
  while (isWord(tokens[k]) && isCapitalized(tokens[k]) && !FUNCTION_WORDS.has(tokens[k].lower) && k - from < 4)
    name = tokens[k++];
  if (name === null || NOT_SUBJECTS.has(name.lower) || /['’]s?$/.test(name.text)) return null;
  const afterName = k;
  while (isWord(tokens[k]) && HELPING_VERBS.has(tokens[k].lower)) k++;
  // After an auxiliary, the verb in any form ("has won"); else a verb form ("Smith defended").
  const verb = tokens[k];
  if (!isWord(verb) || isCapitalized(verb) || FUNCTION_WORDS.has(verb.lower)) return null;
  if (k === afterName && !isVerbForm(verb)) return null;
  k++;
  while (isWord(tokens[k]) && OBJECT_DETERMINERS.has(tokens[k].lower)) k++;
  let object: string | null = null;
  for (
    let j = k;
    j < k + 3 &&
    isWord(tokens[j]) &&
    !isCapitalized(tokens[j]) &&
    !FUNCTION_WORDS.has(tokens[j].lower) &&
    !isVerbForm(tokens[j]) &&
    !AUXILIARIES.has(tokens[j].lower); // "the fourth time Nadal has won the tournament came": the clause ends
    j++
  )
    object = singular(tokens[j].lower);
  return { event: eventKey(verb.lower), object, agent: name.text };
}

/** The noun a ranked event is counted by: "defend" → "defense" (his sixth defense). */
const EVENT_COUNT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['defend', 'defense'],
  ['lose', 'defeat'],
  ['appear', 'appearance'],
  ['marry', 'marriage'],
  ['convict', 'conviction'],
  ['elect', 'election'],
  ['nominat', 'nomination'],
]);

/**
 * What is ranked, one key for one count: an event with its object ("title defense" for "his sixth defense of the
 * belt" and "retained his title for the fifth time"), else the noun ("coach", "album").
 */
function rankedKey(event: string | null, object: string | null): string | null {
  if (event === null) return object;
  const ranked = RANK_EVENTS.get(event) ?? event;
  const noun = EVENT_COUNT_NOUNS.get(ranked) ?? ranked;
  const thing = object === null ? null : (RANK_OBJECTS.get(object) ?? object);
  return thing ? `${thing} ${noun}` : noun;
}

/** An ordinal as a person writes it: 5 → "5th", 22 → "22nd". */
export function ordinalText(value: number): string {
  return `${value}${suffixOf(value)}`;
}

/** The ranking ordinals of one sentence, each with its frame; positions and "first" give none. */
export function findOrdinals(tokens: Token[], excluded: Uint8Array): RawQuantity[] {
  const out: RawQuantity[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (excluded[i] || (t.kind === 'word' ? !ORDINAL_START.has(t) : t.kind !== 'number')) continue;
    const ordinal = ordinalAt(tokens, i);
    if (!ordinal) continue;
    const read = rankAt(tokens, ordinal);
    if (read) out.push(read);
    i = ordinal.last;
  }
  // A headline in title case ("Sixth Defense For Klitschko") is read by its article's sentences.
  return out.length > 0 && isTitleCase(tokens) ? [] : out;
}

function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    if (isCapitalized(t)) capitals++;
  }
  return words >= 4 && capitals >= words * 0.6;
}

function rankAt(tokens: Token[], ordinal: Ordinal): RawQuantity | null {
  const { first, last, value } = ordinal;
  const word = tokens[first];
  // "Fifth Avenue", "Second World War", "the Third Reich": a name.
  if (isCapitalized(word)) return null;
  const determiner = tokens[first - 1];
  const owner = possessor(determiner);
  if (!isWord(determiner) || (!owner && !isPossessive(determiner) && !RANK_DETERMINERS.has(determiner.lower)))
    return null;
  // "the seventh ended his challenge": no noun, the round of a fight.
  if (isWord(tokens[last + 1]) && isVerbForm(tokens[last + 1])) return null;
  // "Friday the 13th", "Henry the Eighth": a date or a name.
  if (determiner.lower === 'the' && isWord(tokens[first - 2]) && isCapitalized(tokens[first - 2])) {
    const before = tokens[first - 2].lower;
    if (WEEKDAYS.includes(before) || MONTHS_LOWER.includes(before)) return null;
  }
  // "second-largest", "19th-century", "sixth-round".
  if (tokens[last + 1]?.text === '-' || tokens[last + 1]?.text === '–') return null;
  // The ranked noun phrase: intensifiers, modifiers, the head before a function word or punctuation.
  const modifiers: string[] = [];
  let head = -1;
  let j = last + 1;
  // "her 16th and most recent studio album", "his fifth and final novel": the noun after the aside.
  const aside = tokens[j]?.lower === 'and' ? LATEST_ASIDE.exec(wordsFrom(tokens, j + 1, 2)) : null;
  if (aside) j += 1 + aside[0].split(' ').length;
  const phraseStart = j;
  for (; j < Math.min(tokens.length, phraseStart + 5); j++) {
    const t = tokens[j];
    if (!isWord(t) || FUNCTION_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower) || /ly$/.test(t.lower)) break;
    if (isPossessive(t)) return null; // "the seventh ended Rahman's challenge"
    if (isSuperlative(t.lower)) return null;
    if (isVerbForm(t) && head >= 0) break;
    // "a second UN resolution sanctioning military action", "his sixth straight victory following ...".
    if (head >= 0 && t.lower.endsWith('ing') && !ING_NOUNS.has(t.lower)) break;
    // "the fourth time Nadal has won": a clause after "time" (see clauseAfter).
    if (head >= 0 && isCapitalized(t) && tokens[head].lower === 'time') break;
    // "the 25th Cross Internacional de Venta de Banos": a name.
    if (head >= 0 && isCapitalized(t) && !isCapitalized(tokens[head])) return null;
    if (isUnspacedHyphen(tokens, j + 1)) return null; // "fifth world-record", a compound
    head = j;
    // "the 21st century began", "the second half goal": the position is the phrase's noun whatever follows.
    if (POSITION_NOUNS.has(singular(t.lower))) break;
  }
  if (head < 0) return null;
  const headToken = tokens[head];
  if (isCapitalized(headToken) || /['’]s$/.test(headToken.text)) return null;
  if (NOT_NOUNS.has(headToken.lower)) return null;
  if (headToken.lower.endsWith('ing') && !ING_NOUNS.has(headToken.lower)) return null; // "nearly a fifth saying"
  // "a second rather than", "one gigabit a second": a unit of time.
  if (
    word.lower === 'second' &&
    determiner.lower === 'a' &&
    !/^(?:seek|win|serv|for|to|at|of)/.test(tokens[first - 2]?.lower ?? '')
  )
    return null;
  const headKey = singular(headToken.lower);
  const streak =
    tokens.slice(phraseStart, head).some((t) => RANK_INTENSIFIERS.has(t.lower)) ||
    (tokens[head + 1]?.lower === 'in' && tokens[head + 2]?.lower === 'a' && tokens[head + 3]?.lower === 'row') ||
    tokens[head + 1]?.lower === 'running';
  // "for the third year in a row" ranks the clause's event; "a ninth successive game without a win" counts games;
  // "the seventh game of the final set" is a place in it.
  if (POSITION_NOUNS.has(headKey) && !(streak && RUN_PERIODS.has(headKey))) return null;
  if (
    determiner.lower === 'the' &&
    !streak &&
    tokens[head + 1]?.lower === 'of' &&
    /^(?:the|this|that)$/.test(tokens[head + 2]?.lower ?? '') &&
    isWord(tokens[head + 3]) &&
    !isCapitalized(tokens[head + 3])
  )
    return null;
  for (let k = phraseStart; k < head; k++) {
    const t = tokens[k];
    if (RANK_INTENSIFIERS.has(t.lower)) continue;
    if (isCapitalized(t)) continue; // "the fifth Sixers coach": whose, not which kind
    modifiers.push(t.lower);
  }
  let event: string | null = null;
  let object: string | null = headKey;
  let agent = owner;
  const timeLike = headKey === 'time' || (RUN_PERIODS.has(headKey) && tokens[first - 2]?.lower === 'for');
  if (timeLike) {
    // "retained his title for the fifth time": the fifth retaining of the title; "the fourth time Nadal has won the
    // tournament": the fourth winning of it, Nadal's.
    const after = tokens[first - 2]?.lower === 'for' ? null : clauseAfter(tokens, head + 1);
    const clause = after ?? (tokens[first - 2]?.lower === 'for' ? clauseEvent(tokens, first - 2) : null);
    if (!clause) return null;
    event = clause.event;
    object = clause.object;
    if (after) agent ??= after.agent;
    modifiers.length = 0;
  } else if (EVENT_NOUNS.has(headKey)) {
    // "his sixth defense of the IBF belt", "his sixth title defense": the event its noun names, of its object.
    event = EVENT_NOUNS.get(headKey)!;
    object = null;
    if (tokens[head + 1]?.lower === 'of') {
      let k = head + 2;
      while (isWord(tokens[k]) && RANK_DETERMINERS.has(tokens[k].lower)) k++;
      while (isWord(tokens[k + 1]) && !FUNCTION_WORDS.has(tokens[k + 1].lower) && k < head + 6) k++;
      if (isWord(tokens[k]) && !isCapitalized(tokens[k])) object = singular(tokens[k].lower);
    } else if (modifiers.length > 0) object = singular(modifiers[modifiers.length - 1]);
    modifiers.length = 0;
  }
  const ranked = rankedKey(event, object);
  if (ranked === null) return null;
  agent ??= clauseSubject(tokens, determiner && !owner ? first - 1 : first);
  const frame: QuantityFrame = {
    measured: ranked,
    head: object,
    modifiers,
    event: null,
    agent,
    place: null,
    time: windowAfter(tokens, head + 1),
    // "for the tenth straight month", "a ninth successive game": a streak grows from one day's report to the next.
    scope: RUN_PERIODS.has(headKey) ? 'running' : null,
    stage: null,
    dimension: 'ordinal',
    unit: null,
    scale: 1,
  };
  return {
    start: tokens[first].start,
    end: headToken.end,
    firstToken: first,
    lastToken: head,
    numberFirst: first,
    numberLast: last,
    stated: value,
    low: value,
    high: value,
    qualifier: 'exact',
    kind: 'ordinal',
    unit: tokens
      .slice(phraseStart, head + 1)
      .map((t) => t.text)
      .join(' '),
    unitKey: headKey,
    unitOf: null,
    labelPredicate: null,
    frame,
  };
}
