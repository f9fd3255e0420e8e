// The quantity frame of every figure: what is measured, by which event, where, when, and whether the figure is
// a running total, an increment or an earlier report. Read from the sentence's structure around the figure
// (the counted noun phrase, the verb or noun that governs it, the clause's prepositional phrases), for any
// noun and any verb. The tables below normalise (lemmas, synonyms, units); they never limit what is read.

import type { FrameScope, FrameStage, QuantityFrame } from '../types';
import { isCapitalized, isWord, isUnspacedHyphen, type Token } from '../text/tokens';
import { isAbbreviationDot } from '../text/sentences';
import { WordFilter } from '../text/wordFilter';
import { LAST_YEAR, MONTH_WORDS, MONTHS_LOWER, WEEKDAYS } from '../text/calendar';
import { AREA_LOCATIVES, AREA_NOUNS, isTitleWord, ORG_HEADS } from './names';
import {
  BE_FORMS,
  BE_HAVE_AND_ADVERBS,
  BE_TENSED,
  CHANGE_PREDICATES,
  COMPASS_POINTS,
  DURATION_UNITS,
  FUNCTION_WORDS,
  IRREGULAR_PLURALS,
  isSpeechCue,
  NATIONALITY_WORDS,
  PERSON_PRONOUNS,
  PERSON_ROLES,
  NOUN_VERB_BRIDGE_WITH_MODALS,
  PREDICATE_WORDS,
  predicateWord,
  SAYING_VERB_FORMS,
  TENS_WORDS,
  THIRD_PERSON_POSSESSIVES,
  UNITS_WORDS,
  type PredicateName,
} from './lexicon';
import { isPluralWord, MAX_NAME_RUN, RATE, RATE_NOUNS, SHARE, singular, type RawQuantity } from './quantities';
import type { Tally } from './records';
import { WORD_STARTS } from './numbers';
import { ordinalWordValue } from './ordinals';

/** Irregular verb forms, by their lemma (regular -ed/-ing/-s forms are read by rule). */
const IRREGULAR_VERBS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    won: 'win',
    wins: 'win',
    winning: 'win',
    lost: 'lose',
    loses: 'lose',
    losing: 'lose',
    paid: 'pay',
    pays: 'pay',
    sold: 'sell',
    sells: 'sell',
    bought: 'buy',
    buys: 'buy',
    spent: 'spend',
    spends: 'spend',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    made: 'make',
    held: 'hold',
    left: 'leave',
    fled: 'flee',
    hit: 'hit',
    struck: 'strike',
    stricken: 'strike',
    shot: 'shoot',
    slain: 'slay',
    died: 'die',
    dies: 'die',
    dying: 'die',
    dead: 'die',
    fell: 'fall',
    fallen: 'fall',
    rose: 'rise',
    risen: 'rise',
    grew: 'grow',
    grown: 'grow',
    burnt: 'burn',
    brought: 'bring',
    caught: 'catch',
    drew: 'draw',
    drawn: 'draw',
    drove: 'drive',
    driven: 'drive',
    flew: 'fly',
    flown: 'fly',
    froze: 'freeze',
    frozen: 'freeze',
    got: 'get',
    gotten: 'get',
    went: 'go',
    freed: 'free',
    gone: 'go',
    ran: 'run',
    sank: 'sink',
    sunk: 'sink',
    saw: 'see',
    seen: 'see',
    sent: 'send',
    set: 'set',
    shut: 'shut',
    stole: 'steal',
    stolen: 'steal',
    swept: 'sweep',
    threw: 'throw',
    thrown: 'throw',
    wrote: 'write',
    written: 'write',
    beat: 'beat',
    beaten: 'beat',
    blew: 'blow',
    blown: 'blow',
    broke: 'break',
    broken: 'break',
    built: 'build',
    cut: 'cut',
    fought: 'fight',
    found: 'find',
    hurt: 'hurt',
    kept: 'keep',
    led: 'lead',
    met: 'meet',
    put: 'put',
    raised: 'raise',
    sought: 'seek',
    spread: 'spread',
    stood: 'stand',
    told: 'tell',
    underwent: 'undergo',
    withdrew: 'withdraw',
    wounded: 'wound',
    bid: 'bid',
    cast: 'cast',
    dealt: 'deal',
    drank: 'drink',
    ate: 'eat',
    eaten: 'eat',
    fed: 'feed',
    felt: 'feel',
    forgave: 'forgive',
    hid: 'hide',
    hidden: 'hide',
    knew: 'know',
    known: 'know',
    lent: 'lend',
    overtook: 'overtake',
    rode: 'ride',
    sang: 'sing',
    shook: 'shake',
    shaken: 'shake',
    slid: 'slide',
    sped: 'speed',
    spun: 'spin',
    swam: 'swim',
    taught: 'teach',
    thought: 'think',
    woke: 'wake',
    wore: 'wear',
    worn: 'wear',
    injured: 'injure',
    missing: 'miss',
  }),
);

/**
 * Events that are one event under several words: the canonical name is the participle a subject reads with
 * ("militants killed", "homes destroyed", "flights cancelled"). Keys are lemmas or stems (see eventStem).
 */
const EVENT_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    kill: 'killed',
    die: 'killed',
    death: 'killed',
    dead: 'killed',
    toll: 'killed',
    fatality: 'killed',
    slay: 'killed',
    perish: 'killed',
    murder: 'killed',
    massacre: 'killed',
    execute: 'killed',
    neutralize: 'killed',
    neutralise: 'killed',
    life: 'killed',
    casualty: 'killed',
    bodi: 'killed',
    body: 'killed',
    deceas: 'killed',
    drown: 'killed',
    wound: 'wounded',
    injur: 'wounded',
    injure: 'wounded',
    hurt: 'wounded',
    injury: 'wounded',
    injuri: 'wounded',
    arrest: 'arrested',
    detain: 'arrested',
    detention: 'arrested',
    apprehend: 'arrested',
    jail: 'arrested',
    imprison: 'arrested',
    custody: 'arrested',
    free: 'freed',
    fre: 'freed',
    releas: 'freed',
    release: 'freed',
    liberat: 'freed',
    rescu: 'rescued',
    rescue: 'rescued',
    sav: 'rescued',
    save: 'rescued',
    displac: 'displaced',
    displace: 'displaced',
    homeless: 'displaced',
    flee: 'displaced',
    uproot: 'displaced',
    evacuat: 'evacuated',
    evacuate: 'evacuated',
    evacuation: 'evacuated',
    miss: 'missing',
    disappear: 'missing',
    disappearanc: 'missing',
    vanish: 'missing',
    abduct: 'missing',
    kidnap: 'missing',
    destroy: 'destroyed',
    destruction: 'destroyed',
    burn: 'destroyed',
    raze: 'destroyed',
    raz: 'destroyed',
    flatten: 'destroyed',
    level: 'destroyed',
    gut: 'destroyed',
    damag: 'damaged',
    damage: 'damaged',
    cancel: 'cancelled',
    ground: 'cancelled',
    scrap: 'cancelled',
    axe: 'cancelled',
    ax: 'cancelled',
    cancellation: 'cancelled',
    delay: 'delayed',
    divert: 'diverted',
    seiz: 'seized',
    seize: 'seized',
    confiscat: 'seized',
    confiscate: 'seized',
    impound: 'seized',
    captur: 'seized',
    capture: 'seized',
    fire: 'fired',
    fir: 'fired',
    launch: 'fired',
    torch: 'destroyed',
    demolish: 'destroyed',
    build: 'built',
    construct: 'built',
    close: 'closed',
    clos: 'closed',
    shut: 'closed',
    closure: 'closed',
    win: 'won',
    los: 'lost',
    lose: 'lost',
    loss: 'lost',
    sell: 'sold',
    sale: 'sold',
    buy: 'bought',
    purchas: 'bought',
    acquir: 'bought',
    acquire: 'bought',
    pay: 'paid',
    payment: 'paid',
    spend: 'spent',
    spending: 'spent',
    cost: 'cost',
    fin: 'fined',
    fine: 'fined',
    sentenc: 'sentenced',
    sentence: 'sentenced',
    convict: 'convicted',
    charg: 'charged',
    charge: 'charged',
    indict: 'charged',
    summon: 'summoned',
    subpoena: 'summoned',
    vote: 'voted',
    vot: 'voted',
    ballot: 'voted',
    cast: 'voted',
    attend: 'attended',
    gather: 'attended',
    march: 'marched',
    protest: 'protested',
    rally: 'marched',
    infect: 'infected',
    infection: 'infected',
    sicken: 'infected',
    case: 'infected',
    test: 'tested',
    vaccinat: 'vaccinated',
    hospitaliz: 'hospitalised',
    hospitalis: 'hospitalised',
    treat: 'treated',
    strike: 'hit',
    hit: 'hit',
    attack: 'attacked',
    target: 'attacked',
    raid: 'attacked',
    raise: 'raised',
    rais: 'raised',
    donat: 'donated',
    donate: 'donated',
    hire: 'hired',
    hir: 'hired',
    employ: 'employed',
    cut: 'cut',
    lay: 'cut',
    layoff: 'cut',
    sack: 'cut',
    job: 'cut',
    earn: 'earned',
    revenue: 'earned',
    profit: 'earned',
    score: 'scored',
    scor: 'scored',
    goal: 'scored',
    rise: 'rose',
    increas: 'rose',
    grow: 'rose',
    jump: 'rose',
    climb: 'rose',
    soar: 'rose',
    surg: 'rose',
    gain: 'rose',
    fall: 'fell',
    drop: 'fell',
    declin: 'fell',
    decreas: 'fell',
    slump: 'fell',
    plung: 'fell',
    slip: 'fell',
    tumbl: 'fell',
    sink: 'fell',
    wear: 'wore',
    don: 'wore',
  }),
);

/**
 * Nouns that count people by what happened to them: "2 deaths" are two people killed, "56 cases" 56 people taken
 * ill, "12 arrests" 12 people arrested. The frame reads them as people and the event.
 */
const EVENT_NOUNS = new Set([
  'death',
  'fatality',
  'casualty',
  'injury',
  'arrest',
  'case',
  'infection',
  'evacuation',
  'abduction',
  'kidnapping',
  'drowning',
  'murder',
  'homicide',
  'killing',
]);

/** The predicates the older reader names, as events. */
const PREDICATE_EVENTS: Record<PredicateName, string> = {
  killed: 'killed',
  wounded: 'wounded',
  arrested: 'arrested',
  freed: 'freed',
  displaced: 'displaced',
  evacuated: 'evacuated',
  missing: 'missing',
  rose: 'rose',
  fell: 'fell',
};

const CHANGE_EVENTS = new Set(['rose', 'fell']);

/** Verbs that carry no event of their own: the figure's event is elsewhere. */
const LIGHT_VERBS = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'have',
  'has',
  'had',
  'having',
  'do',
  'does',
  'did',
  'get',
  'got',
  'include',
  'includ',
  'involv',
  'involve',
  'number',
  'numbered',
  'total',
  'totalled',
  'totaled',
  'reach',
  'stand',
  'stood',
  'say',
  'said',
  'tell',
  'told',
  'report',
  'confirm',
  'announc',
  'estimat',
  'put',
  'bring',
  'brought',
  'tak',
  'taking',
  'contain',
  'compris',
  'see',
  'saw',
  'expect',
  'mak',
  'make',
  'made',
  'count',
  'list',
  'record',
  'register',
  'show',
  'accord',
  'bas',
  'nam',
  'call',
  'us',
  'need',
  'want',
  'try',
  'tri',
  'seem',
  'becom',
  'become',
  'remain',
  'leav',
  'leave',
  'left',
  'claim',
  'believ',
  'think',
  'thought',
  'fear',
  'feared',
  'add',
  'take',
  'taken',
  'shelter',
  'liv',
  'live',
  'stay',
  'wait',
  'queu',
]);

/** Nouns after "in/at" that name an event, not a place ("killed in the attack"). */
export const EVENT_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'attack',
  'blast',
  'explosion',
  'bombing',
  'violence',
  'fighting',
  'clash',
  'crash',
  'fire',
  'incident',
  'accident',
  'operation',
  'raid',
  'strike',
  'storm',
  'flood',
  'earthquake',
  'quake',
  'shooting',
  'collision',
  'battle',
  'war',
  'conflict',
  'riot',
  'protest',
  'offensive',
  'assault',
  'ambush',
  'shelling',
  'disaster',
  'tragedy',
  'outbreak',
  'election',
  'vote',
  'poll',
  'race',
  'match',
  'game',
  'total',
  'all',
  'addition',
  'part',
  'response',
  'connection',
  'wake',
  'aftermath',
  'past',
  'end',
  'time',
  'way',
  'case',
  'hope',
  'order',
  'effort',
  'bid',
  'event',
  'stampede',
  'fact',
  'turn',
  'recent',
  'latest',
  'first',
  'same',
  'process',
  'course',
  'hand',
  'face',
  'light',
  'view',
  'terms',
  'term',
  'front',
  'line',
  'support',
  'contrast',
  'particular',
  'short',
  'general',
  'public',
  'place',
  'question',
]);
const DIRECTIONS = new Set([...COMPASS_POINTS, 'centre', 'center', 'capital']);
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around']);
const LOCATIVES_FILTER = new WordFilter(LOCATIVES);
const TIME_WORDS = new Set(['overnight', 'yesterday', 'today', 'tonight']);

/** Units of length, mass, volume and speed, with their factor to the base unit. */
const CONVERSIONS: ReadonlyMap<string, { dimension: string; unit: string; scale: number }> = new Map(
  Object.entries({
    kilometre: { dimension: 'length', unit: 'metre', scale: 1000 },
    metre: { dimension: 'length', unit: 'metre', scale: 1 },
    centimetre: { dimension: 'length', unit: 'metre', scale: 0.01 },
    millimetre: { dimension: 'length', unit: 'metre', scale: 0.001 },
    mile: { dimension: 'length', unit: 'metre', scale: 1609.344 },
    'nautical mile': { dimension: 'length', unit: 'metre', scale: 1852 },
    foot: { dimension: 'length', unit: 'metre', scale: 0.3048 },
    inch: { dimension: 'length', unit: 'metre', scale: 0.0254 },
    yard: { dimension: 'length', unit: 'metre', scale: 0.9144 },
    kilogram: { dimension: 'mass', unit: 'kilogram', scale: 1 },
    gram: { dimension: 'mass', unit: 'kilogram', scale: 0.001 },
    tonne: { dimension: 'mass', unit: 'kilogram', scale: 1000 },
    ton: { dimension: 'mass', unit: 'kilogram', scale: 907.18474 },
    'pound weight': { dimension: 'mass', unit: 'kilogram', scale: 0.45359237 },
    'metric ton': { dimension: 'mass', unit: 'kilogram', scale: 1000 },
    'metric tonne': { dimension: 'mass', unit: 'kilogram', scale: 1000 },
    litre: { dimension: 'volume', unit: 'litre', scale: 1 },
    millilitre: { dimension: 'volume', unit: 'litre', scale: 0.001 },
    gallon: { dimension: 'volume', unit: 'litre', scale: 3.785411784 },
    kph: { dimension: 'speed', unit: 'kph', scale: 1 },
    mph: { dimension: 'speed', unit: 'kph', scale: 1.609344 },
    acre: { dimension: 'area', unit: 'hectare', scale: 0.40468564 },
    hectare: { dimension: 'area', unit: 'hectare', scale: 1 },
    second: { dimension: 'duration', unit: 'second', scale: 1 },
    minute: { dimension: 'duration', unit: 'second', scale: 60 },
    hour: { dimension: 'duration', unit: 'second', scale: 3600 },
    day: { dimension: 'duration', unit: 'second', scale: 86400 },
    week: { dimension: 'duration', unit: 'second', scale: 604800 },
  }),
);

/**
 * A unit's dimension, base unit and factor: from CONVERSIONS, or for a square or cubic length ("square mile",
 * "cubic metre") from its length's (an area in hectares, a volume in litres).
 */
function conversionOf(unitKey: string): { dimension: string; unit: string; scale: number } | undefined {
  const conversion = CONVERSIONS.get(unitKey);
  if (conversion) return conversion;
  const space = unitKey.indexOf(' ');
  const length = space > 0 ? CONVERSIONS.get(unitKey.slice(space + 1)) : undefined;
  if (length?.dimension !== 'length') return undefined;
  const power = unitKey.slice(0, space);
  if (power === 'square') return { dimension: 'area', unit: 'hectare', scale: length.scale ** 2 / 10_000 };
  if (power === 'cubic') return { dimension: 'volume', unit: 'litre', scale: length.scale ** 3 * 1000 };
  return undefined;
}

/** The lemma-like stem of a word: "closed", "closing", "closes", "close" → "clos"; "cancelled" → "cancel". */
export function eventStem(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_VERBS.get(lower);
  if (irregular) return irregular;
  let stem = lower;
  if (stem.endsWith('ies') && stem.length > 4) stem = stem.slice(0, -3) + 'i';
  else if (stem.endsWith('ied') && stem.length > 4) stem = stem.slice(0, -3) + 'i';
  else if (stem.endsWith('ing') && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith('es') && stem.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !stem.endsWith('ss') && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.endsWith('e') && stem.length > 4) stem = stem.slice(0, -1);
  // Undouble a final consonant: "cancell" → "cancel", "stopp" → "stop".
  if (stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] && !/[aeiousl]/.test(stem[stem.length - 1]))
    stem = stem.slice(0, -1);
  if (stem.endsWith('ll') && stem.length > 5) stem = stem.slice(0, -1);
  return stem;
}

function synonymOf(lower: string): string | undefined {
  return (
    EVENT_SYNONYMS.get(lower) ??
    EVENT_SYNONYMS.get(IRREGULAR_VERBS.get(lower) ?? '') ??
    EVENT_SYNONYMS.get(eventStem(lower))
  );
}

/** An event as a frame names it: its synonym's canonical name ("burnt" → "destroyed"), else the word as written ("marched"). */
export function canonicalEvent(word: string): string {
  const lower = word.toLowerCase();
  return synonymOf(lower) ?? lower;
}

/** What two events must share to be one: the canonical name, else the stem ("closed", "closing" → "clos"). */
/** Whether a word names an event the synonyms know ("disappearance", "arrest", "killing"). */
export function isEventWord(lower: string): boolean {
  return synonymOf(lower) !== undefined;
}

export function eventKey(event: string): string {
  return synonymOf(event) ?? eventStem(event);
}

/** A word that reads as a verb form: -ed, -ing (not a noun in -ing we cannot tell), or an irregular form. */
export function isVerbForm(t: Token): boolean {
  return isVerbWord(t.lower);
}

/** isVerbForm of a lower-case word. */
function isVerbWord(lower: string): boolean {
  if (IRREGULAR_VERBS.has(lower)) return true;
  if (lower.endsWith('ed') && lower.length > 4 && !lower.endsWith('eed') && lower !== 'hundred') return true;
  return false;
}

/** Words in -ing that stand before a figure without being its verb ("during", "including", "following 12 days"). */
const NOT_PARTICIPLES = new Set([
  'during',
  'including',
  'following',
  'regarding',
  'concerning',
  'excluding',
  'according',
  'nothing',
  'something',
  'anything',
  'everything',
  'morning',
  'evening',
  'spring',
  'string',
  'king',
  'thing',
  'building',
  'meeting',
  'ceiling',
  'bring',
  'ring',
  'wing',
  'bearing',
  'pending',
  'notwithstanding',
  'beginning',
  'starting',
  'ending',
  'outstanding',
  'remaining',
  'averaging',
  'nearing',
  'approaching',
  'exceeding',
  'surpassing',
  'topping',
  'numbering',
  'reaching',
  'totalling',
  'totaling',
  'leaving',
  'bringing',
  'taking',
  'making',
  'putting',
  'raising',
]);

/** A participle in -ing that takes the figure as its object ("selling 23.5 million albums", "injuring 40"). */
function isParticipleWithObject(t: Token): boolean {
  return t.lower.length > 5 && t.lower.endsWith('ing') && !isCapitalized(t) && !NOT_PARTICIPLES.has(t.lower);
}

/** Whether the token at k ends a clause: not the colon of a time of day or a score ("21:00", "2:1"). */
function endsClauseAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text === ':' && !t.spaceBefore && tokens[k - 1]?.kind === 'number' && tokens[k + 1]?.kind === 'number')
    return tokens[k + 1].spaceBefore;
  return isClauseEnd(t);
}

function isClauseEnd(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === ':' || t.text === '?' || t.text === '!');
}

/**
 * After the counted noun: "31 civilians were killed", "12 flights cancelled", "30,000 people marched", "two dead".
 * '' when the verb there carries no event ("had taken shelter"), null when no verb follows.
 */
function eventAfter(tokens: Token[], from: number, others: Uint8Array): string | null {
  let skipped = 0;
  for (let j = from; j < tokens.length && skipped < 6; j++) {
    const t = tokens[j];
    if (t.kind === 'punct') {
      if (t.text === '(' || t.text === ')' || t.text === '"' || t.text === '“' || t.text === '”') {
        skipped++;
        continue;
      }
      return null;
    }
    if (others[j]) return null;
    const lower = t.lower;
    if (isStateWord(lower)) return canonicalEvent(lower);
    // "all three experts said the bridge was safe": the figure counts who spoke, and has no event of the story (nor
    // the toll's beside it); "were reported killed", "confirmed dead", "said to have died" bridge to one, and a
    // speech word that also names an event ("two men released from the camp") is that event.
    if (skipped === 0 && isSpeechCue(t) && synonymOf(lower) === undefined && !notSpeakers(tokens[j + 1])) return '';
    if (NOUN_VERB_BRIDGE_WITH_MODALS.has(lower)) {
      // "who were killed", "have died": keep going; "to" only in "said to have", "feared to be".
      if (lower === 'to' && !(tokens[j + 1]?.lower === 'have' || tokens[j + 1]?.lower === 'be')) return null;
      skipped++;
      continue;
    }
    if (isSpeechCue(t) || isName(tokens, j)) return null;
    if (isVerbForm(t) || (skipped === 0 && /s$/.test(lower) === false && false)) {
      const stem = eventStem(lower);
      // A verb that carries no event ("12 people are", "700 people had taken shelter"): the figure has none.
      return LIGHT_VERBS.has(stem) || LIGHT_VERBS.has(lower) ? '' : canonicalEvent(lower);
    }
    // A present/past tense verb without -ed: "30 people die", "protesters march": only right after the noun.
    if (skipped === 0 && EVENT_SYNONYMS.has(lower)) return canonicalEvent(lower);
    return null;
  }
  return null;
}

/** A word after a counted noun that says what befell it without a verb ("12 dead", "three missing"). */
function isStateWord(lower: string): boolean {
  return lower === 'dead' || lower === 'missing' || lower === 'homeless' || lower === 'injured' || lower === 'wounded';
}

/** Whether a state word ("dead", "missing") follows a counted noun, after "still", "now" or the like. */
function stateWordAfter(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + MAX_STATE_BRIDGE + 1); j++) {
    if (isStateWord(tokens[j].lower)) return true;
    if (!BE_HAVE_AND_ADVERBS.has(tokens[j].lower)) return false;
  }
  return false;
}

/** The most words ("were still", "are now") between a counted noun and its state word. */
const MAX_STATE_BRIDGE = 2;

/**
 * Whether a speech word after a counted noun leaves the figure no speaker: it goes on to an event ("said to have",
 * "confirmed dead", "reported killed") or is a passive's participle ("the 20 million jobs promised by EU leaders").
 */
function notSpeakers(next: Token | undefined): boolean {
  return (
    next !== undefined &&
    next.kind === 'word' &&
    (next.lower === 'to' || next.lower === 'by' || isStateWord(next.lower) || isVerbForm(next))
  );
}

/** Verbs of moving that say how, not what happened: "600 migrants walked through fields to cross into Croatia". */
const MANNER_OF_MOVING = new Set([
  'walk',
  'trek',
  'hike',
  'travel',
  'drive',
  'sail',
  'swim',
  'fly',
  'ride',
  'wade',
  'trudge',
  'journey',
  'head',
  'hurri',
  'rush',
  'stream',
  'pour',
  'flock',
  'queu',
]);

/** The event of a verb of moving followed in its clause by "to" and a verb: the purpose ("walked ... to cross" → "cross"). */
function purposeOf(tokens: Token[], from: number, event: string | null): string | null {
  if (!event || !MANNER_OF_MOVING.has(eventStem(event))) return event;
  for (let j = from; j + 1 < tokens.length && j < from + 16; j++) {
    const t = tokens[j];
    if (isClauseEnd(t) || t.text === ',') break;
    if (t.lower !== 'to') continue;
    const verb = tokens[j + 1];
    if (
      isWord(verb) &&
      !isCapitalized(verb) &&
      !FUNCTION_WORDS.has(verb.lower) &&
      !isVerbForm(verb) &&
      !/(?:ing|ly|[^s]s)$/.test(verb.lower)
    )
      return canonicalEvent(verb.lower);
  }
  return event;
}

/** Words that may stand between a verb and its object figure ("killed at least", "destroyed some", "closed all"). */
const OBJECT_BRIDGE = new Set([
  'the',
  'a',
  'an',
  'some',
  'all',
  'its',
  'their',
  'his',
  'her',
  'another',
  'about',
  'around',
  'nearly',
  'almost',
  'least',
  'at',
  'more',
  'than',
  'over',
  'up',
  'to',
  'roughly',
  'approximately',
  'an',
  'estimated',
  'total',
  'of',
  'only',
  'just',
  'well',
  'as',
  'many',
  'much',
  'exactly',
  'also',
  'additional',
  'further',
]);

/**
 * A capitalised word after a word or a comma: a name ("The top five includes Led Zeppelin"), never a verb of the
 * figure. The first word of a sentence, a quote, a bracket or a list item ("she must: - Spend three years") may be
 * either.
 */
function isName(tokens: Token[], j: number): boolean {
  if (j === 0 || !isCapitalized(tokens[j])) return false;
  const previous = tokens[j - 1];
  return previous.kind !== 'punct' || previous.text === ',';
}

/**
 * Nouns that share their form with a verb the events name, but not its event: "a target of 5%" is a goal, not an
 * attack; "a level of $110" no destruction; "the launch of a phone" no missile fired; "a case of wine" no one taken
 * ill; "a score of people" twenty. Read before "of", where the word can only be the noun.
 */
const NOUN_SENSES = new Set([
  'target',
  'goal',
  'level',
  'ground',
  'close',
  'charge',
  'launch',
  'case',
  'life',
  'score',
]);

/** Nouns of a figure one aims at: "its target of A$500m" tells what is hoped for, as "aims to" does. */
const AIMS = new Set(['target', 'goal']);

/**
 * Before the figure: "killed at least 31", "seized 12 trucks", "won 44 percent", "the deaths of 31" (then `governed`:
 * the figure is the object of an event noun); "a target of 5%" (no event; `valueNoun`: the noun the figure is the
 * value of).
 */
function eventBefore(
  tokens: Token[],
  first: number,
): { event: string | null; preposition: string | null; governed?: boolean; valueNoun?: string } {
  for (let j = first - 1, steps = 0; j >= 0 && steps < 5; j--, steps++) {
    const t = tokens[j];
    if (t.kind === 'punct') return { event: null, preposition: null };
    const lower = t.lower;
    if (lower === 'of') {
      const noun = tokens[j - 1];
      if (isWord(noun) && NOUN_SENSES.has(noun.lower)) return { event: null, preposition: 'of', valueNoun: noun.lower };
      if (isWord(noun) && !FUNCTION_WORDS.has(noun.lower) && !isName(tokens, j - 1)) {
        const event = canonicalEvent(intentBefore(tokens, j - 1) ?? noun.lower.replace(/s$/, ''));
        if (
          EVENT_SYNONYMS.has(noun.lower) ||
          EVENT_SYNONYMS.has(noun.lower.replace(/s$/, '')) ||
          EVENT_SYNONYMS.has(eventStem(noun.lower))
        )
          return { event, preposition: null, governed: true };
      }
      return { event: null, preposition: 'of' };
    }
    if (
      j === first - 1 &&
      (LOCATIVES.has(lower) ||
        lower === 'from' ||
        lower === 'to' ||
        lower === 'on' ||
        lower === 'by' ||
        lower === 'with' ||
        lower === 'for' ||
        lower === 'between' ||
        lower === 'among' ||
        lower === 'into')
    ) {
      return { event: null, preposition: lower };
    }
    if (OBJECT_BRIDGE.has(lower)) continue;
    if (isName(tokens, j)) return { event: null, preposition: null };
    if (isVerbForm(t) || EVENT_SYNONYMS.has(lower) || isParticipleWithObject(t) || afterModal(tokens, j)) {
      const stem = eventStem(lower);
      if (LIGHT_VERBS.has(stem) || LIGHT_VERBS.has(lower) || isSpeechCue(t)) return { event: null, preposition: null };
      return { event: canonicalEvent(intentBefore(tokens, j) ?? lower), preposition: null };
    }
    return { event: null, preposition: null };
  }
  return { event: null, preposition: null };
}

/** Stems of words of an act tried, planned or threatened, not done ("attempting to murder", "the attempted murder of"). */
const INTENT_STEMS = new Set(['attempt', 'try', 'tri', 'plot', 'plan', 'threaten', 'intend', 'conspir', 'vow']);
/** Events of harm to people that an act only tried or threatened did not do ("attempted to kill 12": none killed). */
const HARMS = new Set(['killed', 'wounded']);

/**
 * The word of an act only tried, planned or threatened that governs the harm at `j` ("attempting to murder at least
 * three", "threatened to kill 12", "the attempted murder of two"), or null: the figure counts no one the harm
 * befell. Other events keep their verb ("plans to cut 3,000 jobs" tells the cuts).
 */
function intentBefore(tokens: Token[], j: number): string | null {
  if (!HARMS.has(canonicalEvent(tokens[j].lower.replace(/s$/, '')))) return null;
  const to = tokens[j - 1]?.lower === 'to';
  const intent = tokens[to ? j - 2 : j - 1];
  if (!isWord(intent) || !INTENT_STEMS.has(eventStem(intent.lower))) return null;
  // Without "to", only the participle before a noun ("attempted murder"); "plan" is a noun there ("a plan of").
  return to || intent.lower.endsWith('ed') ? intent.lower : null;
}

/** Verbs whose object is asked or made to do what "to" and a verb after it say ("asked 30 women to wear"). */
const ASKING_VERBS = new Set([
  'ask',
  'tell',
  'told',
  'urg',
  'invit',
  'order',
  'forc',
  'allow',
  'encourag',
  'instruct',
  'requir',
  'recruit',
  'persuad',
  'pay',
]);

/** How far (tokens) a list of counted phrases is read back from its last figure: some eight phrases. */
const MAX_COUNTED_LIST = 24;

/**
 * The first token of a list of counted phrases that ends with the one starting at `first` ("30 men and 30 women":
 * "30"), read back over "and", "or" and commas, each figure followed by its noun; `first` when it stands alone.
 */
function countedListStart(tokens: Token[], first: number, others: Uint8Array): number {
  let start = first;
  for (;;) {
    const joiner = tokens[start - 1]?.lower;
    if (joiner !== 'and' && joiner !== 'or' && joiner !== ',') return start;
    let j = start - 2;
    if (isWord(tokens[j]) && !others[j] && isPluralWord(tokens[j].lower)) j--;
    if (j < 0 || !others[j]) return start;
    while (j > 0 && others[j - 1]) j--;
    if (first - j > MAX_COUNTED_LIST) return start;
    start = j;
  }
}

/**
 * Words that join or extend a list of counted phrases, read over between a counted noun and its "to" ("30 men and 30
 * other women to don"); the list's other words are its figures' own.
 */
const COUNTED_LIST_WORDS = new Set(['and', 'or', 'more', 'other', 'others']);

/**
 * The event of a count that is the object of a verb of asking or making and the subject of the verb after "to":
 * "asked 30 men and 30 women to don T-shirts" → "wore", as "30 women wore T-shirts"; "told 12 families to leave":
 * none ("leave" is light). It stands where the verb of asking tells no event of its own (a verb of saying: "asked",
 * "told", "urged"); "forced 200 residents to flee" stays "forced". `first` is the figure's phrase's (or list's)
 * first token, `from` the token after its counted noun. Null otherwise.
 */
function askedTo(tokens: Token[], first: number, from: number, others: Uint8Array): string | null {
  let j = first - 1;
  while (j >= 0 && isWord(tokens[j]) && OBJECT_BRIDGE.has(tokens[j].lower) && first - j < 4) j--;
  const verb = tokens[j];
  if (!isWord(verb) || isCapitalized(verb) || !ASKING_VERBS.has(eventStem(verb.lower))) return null;
  for (let k = from; k < tokens.length && k < from + 6; k++) {
    const t = tokens[k];
    if (others[k] || COUNTED_LIST_WORDS.has(t.lower)) continue;
    if (t.lower !== 'to') {
      // Another figure's counted noun ("and 30 women"): a plural noun right after a figure of the phrase.
      if (others[k - 1] && isPluralWord(t.lower)) continue;
      return null;
    }
    const next = tokens[k + 1];
    if (
      !isWord(next) ||
      isCapitalized(next) ||
      FUNCTION_WORDS.has(next.lower) ||
      isVerbForm(next) ||
      /(?:ing|ly|[^s]s)$/.test(next.lower)
    )
      return null;
    const stem = eventStem(next.lower);
    if (LIGHT_VERBS.has(stem) || LIGHT_VERBS.has(next.lower)) return null;
    return canonicalEvent(next.lower);
  }
  return null;
}

/** The forms of "be" before a passive participle ("were worn", "was attacked", "had been killed"). */
const PASSIVE_AUXILIARIES = BE_FORMS;

/**
 * The event of a count that is the agent of a passive verb: "T-shirts that were worn for three nights by 100 women"
 * → "wore", as "100 women wore T-shirts"; "the village was attacked by 300 militants" → "attacked". `by` is the
 * token before the figure's phrase (or list); the participle stands after a form of "be" earlier in its clause, a
 * few words (and figures) before it. Null when none does, and for a verb of change ("was cut by 30 jobs": the
 * change's size, see CHANGE_PREDICATES).
 */
function passiveBefore(tokens: Token[], by: number, clauseStart: number): string | null {
  for (let j = by - 1; j > clauseStart && by - j <= 8; j--) {
    const t = tokens[j];
    if (t.kind === 'punct') return null;
    if (!isWord(t)) continue;
    if (!PASSIVE_AUXILIARIES.has(tokens[j - 1]?.lower ?? '') || !isVerbForm(t)) continue;
    const stem = eventStem(t.lower);
    if (LIGHT_VERBS.has(stem) || LIGHT_VERBS.has(t.lower) || isSpeechCue(t)) return null;
    const change = predicateWord(t);
    if (change !== undefined && CHANGE_PREDICATES.has(change)) return null;
    // "who was shot dead by two officers": killed.
    if (tokens[j + 1]?.lower === 'dead') return canonicalEvent('dead');
    const event = canonicalEvent(t.lower);
    return CHANGE_EVENTS.has(event) ? null : event;
  }
  return null;
}

/** Prepositions a counted noun's own phrase may go on with before its verb ("40 firefighters from neighbouring departments fought"). */
const NOUN_PREPOSITIONS = new Set(['from', 'of', 'in', 'at', 'with', 'on', 'near', 'across', 'around', 'inside']);

/**
 * The verb after a counted noun and a prepositional phrase of its own: "as many as 40 firefighters from his and
 * neighboring departments fought the blaze" → "fought". Only where nothing nearer gave the figure its event.
 */
function verbAfterPhrase(tokens: Token[], from: number, others: Uint8Array): string | null {
  if (!NOUN_PREPOSITIONS.has(tokens[from]?.lower ?? '')) return null;
  for (let j = from + 1; j < Math.min(tokens.length, from + 8); j++) {
    const t = tokens[j];
    if (!isWord(t) || others[j] || isSpeechCue(t)) return null;
    if (NOUN_VERB_BRIDGE_WITH_MODALS.has(t.lower) || isVerbForm(t)) {
      const event = eventAfter(tokens, j, others);
      return event === '' ? null : event;
    }
  }
  return null;
}

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should']);

/** A verb's base form after a modal ("will send 400", "could cost $5m"). */
function afterModal(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return (
    j > 0 &&
    MODALS.has(tokens[j - 1].lower) &&
    !isCapitalized(t) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !/(?:[^s]s|ly)$/.test(t.lower)
  );
}

/** Whether token j is the count of the whole in "two of the five men", "two of the thousands of molecules". */
function isTotalOfWhole(tokens: Token[], j: number): boolean {
  return (
    WORD_STARTS.has(tokens[j].lower) &&
    tokens[j - 2]?.lower === 'of' &&
    (tokens[j - 1].lower === 'the' || tokens[j - 1].lower === 'these' || tokens[j - 1].lower === 'those')
  );
}

/** The head noun's modifiers inside the counted phrase (lower case, lemmatised), "other" excepted. */
function modifiersOf(tokens: Token[], q: RawQuantity, headIndex: number): string[] {
  const modifiers: string[] = [];
  let codeEnd = -1;
  for (let j = q.numberLast + 1; j < headIndex; j++) {
    const t = tokens[j];
    // A model number is one modifier with what is glued to it ("A320", "F-16", "737-800"), or its own after a
    // name ("Boeing 737").
    if (codeEnd === j - 1 && !t.spaceBefore) {
      modifiers[modifiers.length - 1] += t.lower;
      codeEnd = j;
      continue;
    }
    if (t.kind === 'number' && j > q.numberLast + 1) {
      let code = t.lower;
      let from = j;
      while (from > q.numberLast + 1 && !tokens[from].spaceBefore) code = tokens[--from].lower + code;
      const name = from < j ? tokens[from] : tokens[j - 1];
      if (isCapitalized(name)) {
        if (from < j && modifiers[modifiers.length - 1] === name.lower) modifiers.pop();
        modifiers.push(code);
        codeEnd = j;
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    const lower = t.lower;
    if (
      FUNCTION_WORDS.has(lower) ||
      isTotalOfWhole(tokens, j) ||
      lower === 'other' ||
      lower === 'more' ||
      lower === 'plus' ||
      lower === 'so' ||
      lower === 'odd'
    )
      continue;
    modifiers.push(lower.replace(/['’]s$/, ''));
  }
  return modifiers;
}

/** The first of a list of heads ("deaths and injuries": "deaths"), or the head. */
function firstOfList(head: string): string {
  const and = head.indexOf(' and ');
  return and < 0 ? head : head.slice(0, and);
}

function headIndexOf(tokens: Token[], q: RawQuantity): number {
  if (q.unitKey === null) return -1;
  const lastWord = q.unitKey.slice(q.unitKey.lastIndexOf(' ') + 1);
  for (let j = q.lastToken; j > q.numberLast; j--) {
    const t = tokens[j];
    if (t.kind !== 'word') continue;
    const lower = t.lower;
    if (
      lower === lastWord ||
      lower.startsWith(lastWord.slice(0, Math.max(3, lastWord.length - 2))) ||
      IRREGULAR_PLURALS.get(lower) === lastWord
    )
      return j;
  }
  return -1;
}

/** Where: the figure's own locative phrase in its clause ("at the market", "in Kabul", "in the north"). */
function placeOf(
  tokens: Token[],
  q: RawQuantity,
  clauseStart: number,
  clauseEnd: number,
  excluded: Uint8Array,
): string | null {
  for (let j = q.lastToken + 1; j < clauseEnd; j++) {
    if (isSpeechCue(tokens[j])) break;
    const place = placeAt(tokens, j, excluded);
    if (place && !baselineAt(tokens, q, clauseStart, j)) return place;
  }
  // The word right before the claim takes the claim as its object ("put its strength at magnitude-5.4"): no place.
  for (let j = q.firstToken - 1; j >= clauseStart; j--) {
    if (isSpeechCue(tokens[j])) break;
    if (j === q.firstToken - 1) continue;
    const place = placeAt(tokens, j, excluded);
    if (place && !baselineAt(tokens, q, clauseStart, j)) return place;
  }
  return openingPlace(tokens, q, excluded) ?? (q.kind === 'count' ? tollPlace(tokens, q, clauseStart) : null);
}

/** The most words an opening place phrase takes before its comma ("In Hyderabad district alone,"). */
const OPENING_PLACE_WORDS = 5;

/**
 * The place a sentence opens with, before a comma, for every clause after it ("In Hyderabad district alone, 12 people
 * died when roofs collapsed, while 60 others were injured"); not a place named in a longer opening clause.
 */
function openingPlace(tokens: Token[], q: RawQuantity, excluded: Uint8Array): string | null {
  let comma = 1;
  while (comma <= OPENING_PLACE_WORDS && comma < q.firstToken && tokens[comma].text !== ',') comma++;
  if (comma > OPENING_PLACE_WORDS || comma >= q.firstToken) return null;
  const place = placeAt(tokens, 0, excluded);
  if (place === null || !/^\p{Lu}/u.test(place)) return null;
  // "In the Countryfile survey,", "In the TV categories,": a name before a common noun names no place; before an
  // area noun it does ("In Hyderabad district alone,").
  const after = tokens[(tokens[1]?.lower === 'the' ? 2 : 1) + place.split(' ').length];
  return isWord(after) && !isCapitalized(after) && !AREA_NOUNS.has(after.lower) ? null : place;
}

/** Words before a toll that tell its standing or whose it is, capitalised where they open a line ("National toll"). */
const TOLL_STANDINGS: ReadonlySet<string> = new Set([
  'national',
  'official',
  'overall',
  'final',
  'latest',
  'total',
  'confirmed',
  'provisional',
  'new',
  'initial',
  'civilian',
  'global',
  'worldwide',
  'daily',
]);

/** A people's name ("Palestinian", "Lebanese", "Iraqi", "British") rather than a place's. */
const PEOPLE_NAME_ENDING = /(?:an|ese|i|ish)$/;

/**
 * The place a toll is of, named right before it ("Sindh toll reaches 41", "the Gaza death toll rose to 124"): a
 * capitalised word, not a standing ("National toll") nor a people's name ("Palestinian death toll").
 */
function tollPlace(tokens: Token[], q: RawQuantity, clauseStart: number): string | null {
  for (let j = q.firstToken - 1; j > clauseStart; j--) {
    if (tokens[j].text !== 'toll') continue;
    const p = tokens[j - 1]?.lower === 'death' ? j - 2 : j - 1;
    const t = tokens[p];
    if (
      p < clauseStart ||
      !isWord(t) ||
      !isCapitalized(t) ||
      FUNCTION_WORDS.has(t.lower) ||
      TOLL_STANDINGS.has(t.lower) ||
      PEOPLE_NAME_ENDING.test(t.lower) ||
      isCalendarWord(t)
    )
      return null;
    return t.text.replace(/['’]s$/, '');
  }
  return null;
}

/** Nouns an area noun qualifies ("in the state capital", "the city council"): no reference to the area itself. */
const AREA_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'capital',
  'government',
  'assembly',
  'council',
  'legislature',
  'parliament',
  'police',
  'department',
  'jail',
  'prison',
  'hospital',
  'centre',
  'center',
  'border',
  'media',
  'election',
  'elections',
  'line',
  'lines',
]);
/** How a frame's place that refers back to an area is written until it is resolved: "the province". */
const AREA_REFERENCE = 'the ';

/** The area noun of a place that refers back to an area named before ("the province": province), else null. */
export function areaReferredTo(place: string): string | null {
  if (!place.startsWith(AREA_REFERENCE)) return null;
  const noun = place.slice(AREA_REFERENCE.length);
  return AREA_NOUNS.has(noun) ? noun : null;
}

/** The ending of an adjective of a people ("British", "Japanese", "Italian"). */
const PEOPLES_ADJECTIVE = /(?:ish|ese|ian)$/;

/** Determiners a phrase of a place's parts may hold ("in that part of Leicestershire"). */
const PARTS_DETERMINERS: ReadonlySet<string> = new Set([
  'that',
  'this',
  'these',
  'those',
  'some',
  'many',
  'most',
  'all',
]);
/** Nouns of parts of a place that the place names ("low-lying areas of Sindh", "parts of Texas"). */
const PARTS_OF_PLACES: ReadonlySet<string> = new Set(['area', 'areas', 'part', 'parts', 'region', 'regions']);

/**
 * The place whose parts a phrase at token j names ("in parts of Texas", "from low-lying areas of Sindh", "across
 * northern regions of Kenya"): the name after "of", at most two words before the noun of parts.
 */
function partsOfAPlace(tokens: Token[], j: number): string | null {
  const preposition = tokens[j].lower;
  if (!AREA_LOCATIVES.has(preposition) && preposition !== 'from') return null;
  let k = j + 1;
  if (tokens[k]?.lower === 'the') k++;
  // Two words at most before the noun, a hyphenated one counted as one ("low-lying areas").
  for (let m = k; m <= k + 4 && m < tokens.length; m++) {
    if (isUnspacedHyphen(tokens, m)) continue;
    if (!isWord(tokens[m])) return null;
    if (!PARTS_OF_PLACES.has(tokens[m].lower)) {
      // Words of the phrase only ("eastern", "that"): "across the globe as part of Operation Buccaneer" is none.
      if (FUNCTION_WORDS.has(tokens[m].lower) && !PARTS_DETERMINERS.has(tokens[m].lower)) return null;
      continue;
    }
    const name = tokens[m + 2];
    if (tokens[m + 1]?.lower !== 'of' || !isWord(name) || !isCapitalized(name) || isCalendarWord(name)) return null;
    const words: string[] = [];
    for (let n = m + 2; n < tokens.length && words.length < 3 && isWord(tokens[n]) && isCapitalized(tokens[n]); n++)
      words.push(tokens[n].text.replace(/['’]s$/, ''));
    return words.join(' ');
  }
  return null;
}

/** The place a locative phrase at token j names ("at the market", "in Kabul"), or null when j starts none. */
function placeAt(tokens: Token[], j: number, excluded: Uint8Array): string | null {
  const parts = partsOfAPlace(tokens, j);
  if (parts !== null) return parts;
  if (!LOCATIVES_FILTER.has(tokens[j])) return null;
  let k = j + 1;
  if (excluded[k]) return null;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') k++;
  const t = tokens[k];
  if (!isWord(t) || excluded[k]) return null;
  if (isCapitalized(t)) {
    if (isCalendarWord(t)) return null;
    const words: string[] = [];
    // The run ends at a day ("at Kraft Plant Thursday").
    for (
      let m = k;
      m < tokens.length &&
      words.length < 3 &&
      isWord(tokens[m]) &&
      isCapitalized(tokens[m]) &&
      !isCalendarWord(tokens[m]);
      m++
    )
      words.push(tokens[m].text.replace(/['’]s$/, ''));
    // A headline's capitalised event ("1 Wounded in Shooting", "2 Women in Kraft Factory Shooting") is no place.
    if (EVENT_PLACE_NOUNS.has(words[words.length - 1].toLowerCase().replace(/s$/, ''))) return null;
    // "Shares in British retailer Harlow & Finch": a people's adjective before a noun, no place.
    const next = tokens[k + words.length];
    if (words.length === 1 && PEOPLES_ADJECTIVE.test(words[0]) && isWord(next) && !isCapitalized(next)) return null;
    return words.join(' ');
  }
  // A common noun: "at the market", "outside a school", "in the north"; after "in" only a direction ("in the
  // region", "in the province" name no place of their own).
  const preposition = tokens[j].lower;
  // "died in the province": the area a text named before, resolved by its reader (areaReferredTo).
  if (
    tokens[k - 1]?.lower === 'the' &&
    AREA_NOUNS.has(t.lower) &&
    AREA_LOCATIVES.has(preposition) &&
    !AREA_COMPOUND_HEADS.has(tokens[k + 1]?.lower)
  )
    return `${AREA_REFERENCE}${t.lower}`;
  // "at least five wounded": a qualifier, no place.
  if (preposition === 'at' && (t.lower === 'least' || t.lower === 'most')) return null;
  // "at the three-story structure": past the hyphenated adjective to its noun.
  while (isUnspacedHyphen(tokens, k + 1) && isWord(tokens[k + 2]) && isWord(tokens[k + 3])) k += 3;
  let m = k;
  while (m + 1 < tokens.length && isWord(tokens[m + 1]) && !FUNCTION_WORDS.has(tokens[m + 1].lower) && m - k < 2) m++;
  const noun = tokens[m].lower.replace(/s$/, '');
  if (FUNCTION_WORDS.has(noun) || EVENT_PLACE_NOUNS.has(noun) || /(?:ing|ly)$/.test(noun) || /^\d/.test(noun))
    return null;
  const next = tokens[m + 1];
  if (
    next &&
    (next.lower === 'in' || next.lower === 'of') &&
    isWord(tokens[m + 2]) &&
    isCapitalized(tokens[m + 2]) &&
    !MONTH_WORDS.has(tokens[m + 2].lower)
  ) {
    return `${noun} in ${tokens[m + 2].text.replace(/['’]s$/, '')}`;
  }
  if (preposition === 'in' || preposition === 'across' || preposition === 'throughout' || preposition === 'around')
    return DIRECTIONS.has(noun) ? noun : null;
  return noun;
}

/**
 * When: the day the figure's clause gives its event ("on Tuesday", "overnight"), not the day of a statement. A
 * participle clause after a comma that counts ("struck southern Iran in September ..., killing seven and injuring
 * 40") tells the toll of its main clause's event, at its time.
 */
function timeOf(
  tokens: Token[],
  q: RawQuantity,
  clauseStart: number,
  clauseEnd: number,
  cues: number[],
): string | null {
  const own = timeIn(tokens, q, clauseStart, clauseEnd, cues);
  if (own !== null || q.kind !== 'count') return own;
  // "Last year, floods that covered a third of the country killed 1,739 people": a sentence's opening time is its
  // main clause's, however long the subject before the figure.
  if (tokens[clauseStart - 1]?.text === ',' && clauseStart - 1 <= OPENING_TIME_WORDS)
    return timeIn(tokens, q, 0, clauseStart - 1, cues);
  if (!opensParticipleClause(tokens, clauseStart)) return own;
  let mainStart = clauseStart - 1;
  const floor = Math.max(0, clauseStart - MAX_CLAUSE_SIDE);
  while (mainStart > floor && !isClauseEnd(tokens[mainStart - 1])) mainStart--;
  return timeIn(tokens, q, mainStart, clauseStart - 1, cues);
}

/** The most words a sentence's opening time takes before its comma ("Last year,", "On Tuesday night,"). */
const OPENING_TIME_WORDS = 3;

/** Whether a clause opens, after a comma, with a present participle ("..., killing seven people"). */
function opensParticipleClause(tokens: Token[], clauseStart: number): boolean {
  const first = tokens[clauseStart];
  return (
    tokens[clauseStart - 1]?.text === ',' &&
    isWord(first) &&
    !isCapitalized(first) &&
    /[^aeiou]ing$/.test(first.lower) &&
    !NOT_PARTICIPLES.has(first.lower)
  );
}

/** Words between "in" and a month that narrow the window to a part of it ("in early March", "in mid-March"). */
const MONTH_PARTS = new Set(['early', 'late', 'mid']);

/** The time timeOf reads among the words from clauseStart to clauseEnd. */
function timeIn(
  tokens: Token[],
  q: RawQuantity,
  clauseStart: number,
  clauseEnd: number,
  cues: number[],
): string | null {
  for (const j of cues) {
    if (j < clauseStart || j >= clauseEnd || (j >= q.firstToken && j <= q.lastToken)) continue;
    const time = timeAt(tokens, j, clauseStart);
    // Read only for a time word: most cues are none.
    if (time !== null && !baselineAt(tokens, q, clauseStart, j) && !(time === LAST_YEAR && figureBetween(tokens, q, j)))
      return time;
  }
  return null;
}

/** The time the cue at j names in a clause from clauseStart, or null (a word of no time, a statement's day). */
function timeAt(tokens: Token[], j: number, clauseStart: number): string | null {
  const lower = tokens[j].lower;
  // "in December", "in its first week": a month or a first period sets a window too.
  const month = MONTH_WORDS.has(lower) && isCapitalized(tokens[j]) && monthWindowAt(tokens, j);
  if (month) return lower;
  if (
    ORDINAL_PERIODS.has(lower) &&
    /^(?:week|day|weekend|month|year|hour|quarter|half)s?$/.test(tokens[j + 1]?.lower ?? '')
  )
    return `${lower} ${tokens[j + 1].lower}`;
  if (isLastYearAt(tokens, j)) return LAST_YEAR;
  if (!WEEKDAY_SET.has(lower) && !TIME_WORDS.has(lower)) return null;
  // "police said on Monday": the statement's day.
  for (let k = Math.max(clauseStart, j - 3); k < j; k++) if (isSpeechCue(tokens[k])) return null;
  return lower;
}

/**
 * Whether "last year" or "the previous year" stands at j as a figure's time ("Floods last year killed 1,700"), not
 * as the start of a running count ("since last year"), the twelve months to now ("over the last year") nor inside a
 * longer span ("last year and this").
 */
function isLastYearAt(tokens: Token[], j: number): boolean {
  // "over the last year" is the twelve months to now; "the previous year" the year before.
  const the = tokens[j - 1]?.lower === 'the';
  return (
    LAST_WORDS.has(tokens[j].lower) &&
    tokens[j + 1]?.lower === 'year' &&
    (tokens[j].lower === 'last' ? !the : the) &&
    tokens[j - 1]?.lower !== 'since' &&
    tokens[j + 2]?.lower !== 'and' &&
    tokens[j + 2]?.lower !== 'or'
  );
}
const LAST_WORDS = new Set(['last', 'previous']);

/**
 * Whether another figure stands between a figure and "last year" after it, whose year it is then ("took $121.9m,
 * compared with $165.8m last year"; "$125.4m, a 4.3% increase on the same weekend last year").
 */
function figureBetween(tokens: Token[], q: RawQuantity, j: number): boolean {
  for (let k = q.lastToken + 1; k < j; k++) if (tokens[k].kind === 'number') return true;
  return false;
}

/** Whether the month at j is the window of an event: "in March", "in early March", "in mid-March". */
function monthWindowAt(tokens: Token[], j: number): boolean {
  let k = j - 1;
  if (tokens[k]?.text === '-' && tokens[k - 1]?.lower === 'mid') k--;
  if (MONTH_PARTS.has(tokens[k]?.lower ?? '')) k--;
  return tokens[k]?.lower === 'in';
}

/** Words that pick one period of several: "in its first week", "in the fourth quarter". */
const ORDINAL_PERIODS = new Set(['first', 'opening', 'second', 'third', 'fourth']);

/**
 * Whether a time or place word stands in a comparison's baseline: after "than", "compared with/to" or
 * "up/down from" ("33 per cent higher than in 2012", "compared with the same month in 2010", "up from 5 in 2009").
 * The baseline's time and place are the baseline's, not those of the figure compared with it. `lead`: the lowercase
 * words and marks before the word, back to the figure after which it stands or a few words (nearest last).
 */
function inBaseline(lead: readonly string[]): boolean {
  // "33 per cent higher than now by 2017": a time after "by" or "until" bounds the whole comparison.
  if (DEADLINE_PREPOSITIONS.has(lead[lead.length - 1] ?? '')) return false;
  for (let k = lead.length - 1; k >= Math.max(0, lead.length - BASELINE_REACH); k--) {
    const word = lead[k];
    const previous = lead[k - 1] ?? '';
    // "9% lower than a year earlier in Wales": the baseline closed at its own time, before the place.
    if (word === ',' || word === ';' || word === ':' || BASELINE_CLOSERS.has(word)) return false;
    // "more than 2,000 injured in March": a bound of a figure, no comparison.
    if (word === 'than') return !DEADLINE_COMPARATIVES.has(previous) && !BOUND_FIGURE.test(lead[k + 1] ?? '');
    if ((word === 'with' || word === 'to') && (previous === 'compared' || previous === 'comparison')) return true;
    // ", up from 5 in 2009"; not "picking the ball up from Glen Johnson's throw".
    if (word === 'from' && (previous === 'up' || previous === 'down')) return CHANGE_OPENERS.test(lead[k - 2] ?? '');
  }
  return false;
}

/** A figure right after "than" ("more than 2,000", "fewer than half", "more than tenfold"). */
const BOUND_FIGURE =
  /^(?:[\d$£€¥]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|half|twice|double|triple|dozens?)$|\w+fold$)/;

/** What stands before "up from" or "down from" that closes a change: a mark, "and", or the changed figure ("rose 5% up from"). */
const CHANGE_OPENERS = /^(?:[,(\-–—]|and|[\d$£€¥].*|.*%)$/;

/** Whether the words of a text lead to a baseline's time or place right after it (see inBaseline). */
export function textLeadsToBaseline(text: string): boolean {
  return inBaseline(text.toLowerCase().match(/[,;:]|[^\s,;:]+/g) ?? []);
}

/** "since", then up to three words before a date: "since his Nov. 1993 debut", "since records began in 1971". */
const SINCE_BEFORE = /\bsince\s+(?:[^\s.,;]+\.?\s+){0,3}?$/i;

/** Whether the words before a date (its sentence's, up to it) make it the start of a running count ("since ..."). */
export function leadsToStart(textBefore: string): boolean {
  return SINCE_BEFORE.test(textBefore.slice(-60));
}

/**
 * "through", "until" or "till", then up to three words before a date, none a preposition that opens a time of its own:
 * "through 2017", "until the end of 2020", not "a hastily pushed through referendum in 2003".
 */
const UNTIL_BEFORE = /\b(?:through|thru|until|till)\s+(?:(?!(?:in|on|at|during)\s)[^\s.,;]+\.?\s+){0,3}?$/i;
/** A span's start, before its end: "from 2004 through 2013". */
const UNTIL_AFTER = /^\s*(?:through|thru|until|till)\s/i;

/**
 * Whether the words around a date (its sentence's before it, and after it) make it an end of a span ("is guaranteed
 * to make through 2017", "from 2004 through 2013"): the span's figure is of every year in it, not dated by either.
 */
export function boundsSpan(textBefore: string, textAfter: string): boolean {
  return UNTIL_BEFORE.test(textBefore.slice(-60)) || UNTIL_AFTER.test(textAfter.slice(0, 12));
}

/** The few words before token j, as text: what leadsToStart reads ("since records began in" before "1971"). */
function wordsBefore(tokens: Token[], j: number): string {
  let text = ' ';
  for (let k = j - 1; k >= Math.max(0, j - 6); k--) text = ` ${tokens[k].text}${text}`;
  return text;
}

/** The most words between a baseline's opening word and its time or place ("than" … "in": "than the same period of"). */
const BASELINE_REACH = 8;

/** Words that end a baseline's own time ("than a year earlier", "than two years ago"). */
const BASELINE_CLOSERS = new Set(['earlier', 'ago', 'before', 'previously']);

/** The prepositions of a deadline ("by 2011", "until 2020"). */
const DEADLINE_PREPOSITIONS = new Set(['by', 'until', 'till']);

/** "no later than 2015": a deadline, not a baseline. */
const DEADLINE_COMPARATIVES = new Set(['later', 'earlier', 'sooner']);

/** Whether the word at j is in a baseline of the figure's clause (see inBaseline): led from the figure or from before j. */
function baselineAt(tokens: Token[], q: RawQuantity, clauseStart: number, j: number): boolean {
  // From the mark that opens the clause: ", down from 23% in February".
  const from = j > q.lastToken ? q.lastToken + 1 : Math.max(0, clauseStart - 1);
  const lead: string[] = [];
  for (let k = Math.max(from, j - BASELINE_REACH - 3); k < j; k++) lead.push(tokens[k].lower);
  return inBaseline(lead);
}

/** The words before a year that set a figure's event in it ("in 2010", "for 2004", "during 2009", "of 2004"). */
const YEAR_PREPOSITIONS = new Set(['in', 'for', 'during', 'of']);

/**
 * Words before a figure in its clause that make it projected, not reported: a condition ("if the track sold 500,000
 * copies"), and before "to" or "that" a forecast ("is expected to sell at least 300,000", "it is predicted that the
 * song will sell 300,000 copies") or an intention ("it was hopeful that it could save some 110 jobs").
 */
const CONDITIONS = new Set(['if', 'unless']);
const FORECASTS = new Set([
  'expected',
  'predicted',
  'forecast',
  'projected',
  'hope',
  'hopes',
  'hoped',
  'hopeful',
  'plans',
  'planned',
  'aims',
  'intends',
]);

/**
 * Nouns of a campaign that lasts and whose figures add up ("killed in the war", "the death toll from the 23-day
 * offensive", "cases in the outbreak"): a figure of one is its running total.
 */
const CAMPAIGNS = new Set([
  'war',
  'conflict',
  'offensive',
  'insurgency',
  'uprising',
  'epidemic',
  'outbreak',
  'pandemic',
]);
/** Prepositions that make a figure the campaign's ("in the war", "from the offensive", "during the conflict"). */
const CAMPAIGN_PREPOSITIONS = new Set(['in', 'from', 'during', 'of']);
/** The most tokens between such a preposition and the campaign's noun ("from Israel's 23-day offensive": 6). */
const CAMPAIGN_REACH = 7;

/** Words of a forecast whose object is the figure's phrase ("forecast profit of £110m", "had predicted 158 million"). */
const FORECAST_OBJECT_WORDS = new Set(['forecast', 'forecasts', 'predicted', 'predicts', 'projected']);
/** Words before a forecast that set a figure against it ("beat forecasts of £110m"): the figure is no forecast's. */
const AGAINST_FORECAST = new Set([
  'beat',
  'beating',
  'missed',
  'exceeded',
  'topped',
  'than',
  'above',
  'below',
  'against',
]);
/** Tokens from a forecast word to its object's figure at most ("forecast pre-tax profit of £110m"). */
const FORECAST_OBJECT_REACH = 5;

/**
 * Whether the word at j is a forecast whose object the figure at `first` is ("analysts forecast profit of £110m next
 * year", "had on average predicted 158 million pounds"), not a figure set against one ("beat forecasts of £110m").
 */
function forecastObject(tokens: Token[], j: number, first: number): boolean {
  if (!FORECAST_OBJECT_WORDS.has(tokens[j].lower) || first - j > FORECAST_OBJECT_REACH) return false;
  for (let k = j + 1; k < first; k++) if (tokens[k].kind === 'punct' && !/^[-£$€¥]$/.test(tokens[k].text)) return false;
  const previous = tokens[j - 1]?.lower ?? '';
  return !AGAINST_FORECAST.has(previous) && !AGAINST_FORECAST.has(tokens[j - 2]?.lower ?? '');
}

/** Every word timeOf, scopeOf and stageOf look at. */
const CUE_FILTER = new WordFilter([
  ...WEEKDAYS,
  ...TIME_WORDS,
  ...MONTH_WORDS,
  ...ORDINAL_PERIODS,
  ...LAST_WORDS,
  'so',
  'to',
  'in',
  'altogether',
  'cumulative',
  'overall',
  'tally',
  'since',
  'earlier',
  'initially',
  'originally',
  'previously',
  'later',
  'now',
  ...CONDITIONS,
  ...FORECASTS,
  ...CAMPAIGNS,
  ...FORECAST_OBJECT_WORDS,
]);

/** What a streak is of, and the words for one: "a four-match losing run", "an eight-game unbeaten streak". */
const STREAK_KINDS = new Set(['losing', 'winning', 'unbeaten', 'winless', 'scoring']);
const STREAKS = new Set(['run', 'streak', 'sequence']);

const RUNNING_AFTER_SINCE = new Set([
  'the',
  'its',
  'it',
  'then',
  'last',
  ...MONTHS_LOWER,
  ...WEEKDAYS,
  'early',
  'late',
  'mid',
]);

/** Whether a superlative or "first" stands right before "since" at j, or one noun before it ("the worst attack since"). */
function superlativeBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (SUPERLATIVES.has(t.lower) || (/est$/.test(t.lower) && t.lower.length > 4 && !NOT_SUPERLATIVES.has(t.lower)))
      return true;
  }
  return false;
}
const SUPERLATIVES: ReadonlySet<string> = new Set(['first', 'worst', 'best', 'most', 'least', 'last']);
/** Words in -est that are no superlatives. */
const NOT_SUPERLATIVES: ReadonlySet<string> = new Set([
  'interest',
  'protest',
  'arrest',
  'request',
  'harvest',
  'contest',
  'forest',
  'guest',
  'test',
  'west',
  'rest',
  'quest',
  'chest',
  'nest',
  'vest',
  'honest',
  'modest',
  'unrest',
  'suggest',
  'digest',
  'invest',
  'manifest',
  'behest',
]);

/** Running total ("so far", "since the war began", "in total"), increment ("another 22", "22 more"), or none. */
function scopeOf(
  tokens: Token[],
  q: RawQuantity,
  clauseStart: number,
  clauseEnd: number,
  years: Uint8Array,
  cues: number[],
): FrameScope | null {
  if (q.qualifier === 'increment') return 'increment';
  // "a four-match losing run", "a 10-game winning streak": a streak, counted up to now.
  if (STREAK_KINDS.has(tokens[q.lastToken + 1]?.lower ?? '') && STREAKS.has(tokens[q.lastToken + 2]?.lower ?? ''))
    return 'running';
  // "Since March 7, ... have sickened 153 people and been blamed in four deaths": a sentence that opens with
  // "since" counts from then on, every figure of it.
  const first = tokens[0]?.kind === 'punct' ? 1 : 0;
  if (
    tokens[first]?.lower === 'since' &&
    (RUNNING_AFTER_SINCE.has(tokens[first + 1]?.lower ?? '') || years[first + 1] === 1)
  )
    return 'running';
  for (const j of cues) {
    if (j < clauseStart || j >= clauseEnd) continue;
    const lower = tokens[j].lower;
    const next = tokens[j + 1]?.lower;
    if (
      (lower === 'so' && next === 'far') ||
      (lower === 'to' && next === 'date') ||
      (lower === 'in' && (next === 'total' || next === 'all')) ||
      lower === 'altogether' ||
      lower === 'cumulative' ||
      lower === 'overall' ||
      lower === 'tally'
    )
      return 'running';
    if (
      lower === 'since' &&
      (RUNNING_AFTER_SINCE.has(next ?? '') || years[j + 1] === 1 || /^\d{4}$/.test(next ?? ''))
    ) {
      // "their lowest since 2015", "the first ... since 1996": a comparison with the past, no count from then.
      if (superlativeBefore(tokens, j)) continue;
      return sinceWhen(tokens, q, j) ? null : 'running';
    }
    if (
      CAMPAIGNS.has(lower) &&
      q.kind !== 'duration' &&
      ofCampaign(tokens, j) &&
      !namesADay(tokens, cues, clauseStart, clauseEnd, q)
    )
      return 'running';
  }
  return null;
}

/** Whether the campaign noun at `j` follows its preposition ("in the war", "from Israel's 23-day offensive"). */
function ofCampaign(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - CAMPAIGN_REACH; k--) {
    const t = tokens[k];
    if (CAMPAIGN_PREPOSITIONS.has(t.lower)) return k < j - 1;
    // Only a determiner, a name and its possessive, a number and a hyphenated compound stand between.
    const inPhrase =
      t.kind === 'number' ||
      t.text === '-' ||
      t.text === "'" ||
      t.text === '’' ||
      t.lower === 's' ||
      CAMPAIGN_DETERMINERS.has(t.lower) ||
      isCapitalized(t) ||
      tokens[k - 1]?.text === '-';
    if (!inPhrase) return false;
  }
  return false;
}

const CAMPAIGN_DETERMINERS = new Set(['the', 'this', 'our', ...THIRD_PERSON_POSSESSIVES]);

/**
 * Whether a figure's clause names a weekday, unless its figure is a toll's level ("killed in the offensive on
 * Tuesday" is that day's incident; "the death toll from the offensive reached 1,283 on Wednesday" is the running
 * total that day).
 */
function namesADay(tokens: Token[], cues: number[], clauseStart: number, clauseEnd: number, q: RawQuantity): boolean {
  if (q.tollLevel || hasWordBetween(tokens, clauseStart, q.firstToken - 1, 'toll')) return false;
  return cues.some((j) => j >= clauseStart && j < clauseEnd && WEEKDAY_SET.has(tokens[j].lower));
}

/**
 * Whether the figure stands in a "when" clause of the date after "since" at j: "the deadliest since 1996, when 70
 * people died" counts the deaths of 1996, not a running total since.
 */
function sinceWhen(tokens: Token[], q: RawQuantity, j: number): boolean {
  // The date's words ("1996", "March 2008", "May 26, 2003") up to the comma before "when".
  let comma = j + 2;
  while (comma < j + SINCE_DATE_WORDS && comma < q.firstToken && tokens[comma + 1]?.lower !== 'when') comma++;
  if (tokens[comma]?.text !== ',' || tokens[comma + 1]?.lower !== 'when' || q.firstToken <= comma + 1) return false;
  for (let k = comma + 2; k < q.firstToken; k++) if (isClauseEnd(tokens[k]) || tokens[k].text === ',') return false;
  return true;
}

/** The most tokens from "since" to the comma after its date ("since May 26, 2003,"). */
const SINCE_DATE_WORDS = 6;

/**
 * An earlier report ("the UN earlier said", "initially", "first reports"), a later one ("later", "has since risen"),
 * or a projection (CONDITIONS, FORECASTS), written before the figure in its clause.
 */
function stageOf(tokens: Token[], q: RawQuantity, clauseStart: number, cues: number[]): FrameStage | null {
  const from = Math.max(clauseStart, q.firstToken - 10);
  for (const j of cues) {
    if (j < from || j >= q.firstToken) continue;
    const lower = tokens[j].lower;
    if (
      lower === 'earlier' ||
      lower === 'initially' ||
      lower === 'originally' ||
      lower === 'previously' ||
      (lower === 'first' && /^(?:reports?|reported|said|put|estimated)$/.test(tokens[j + 1]?.lower ?? ''))
    )
      return 'earlier';
    if (
      lower === 'later' ||
      lower === 'now' ||
      (lower === 'since' && /^(?:risen|rose|climbed|increased|grown|jumped|reached)$/.test(tokens[j + 1]?.lower ?? ''))
    )
      return 'later';
    if (
      CONDITIONS.has(lower) ||
      (FORECASTS.has(lower) && (tokens[j + 1]?.lower === 'to' || tokens[j + 1]?.lower === 'that')) ||
      forecastObject(tokens, j, q.firstToken)
    )
      return 'projected';
  }
  return null;
}

/** What a party wins in a vote: its seats and its votes. */
const ELECTED = new Set(['seat', 'vote']);
/**
 * Verbs of taking seats or votes ("took 62 seats", "securing 6,000 votes", "captured 20 seats"); not "take", which
 * as often requires ("Repeal Will Take 60 Votes").
 */
const TAKING_VERBS = new Set([
  'took',
  'taking',
  'secured',
  'secure',
  'secures',
  'securing',
  'captured',
  'capture',
  'captures',
  'capturing',
]);

/**
 * Whether a verb of taking, or a future "have" ("will have 61 seats"), stands right before a figure; not "it took 60
 * votes to pass", a need.
 */
function takenBefore(tokens: Token[], first: number): boolean {
  const verb = tokens[first - 1]?.lower ?? '';
  if (TAKING_VERBS.has(verb)) return tokens[first - 2]?.lower !== 'it';
  const modal = tokens[first - 2]?.lower ?? '';
  return verb === 'have' && (modal === 'will' || modal === 'would');
}

/**
 * Whether a share is a poll's ("A poll published a week before the vote had put Civic Union on 31%", "the poll
 * suggests 45% would vote against"): a poll's noun, then its verb of showing, before the share in its sentence. Not
 * the election a poll may name ("Civic Union tops the poll", "turnout in the poll was 61%"), nor a survey's finding
 * ("the survey found 39 nations", "the Geological Survey put the quake at magnitude 5.4").
 */
function polled(tokens: Token[], q: RawQuantity): boolean {
  if (q.kind !== 'percent') return false;
  let shown = false;
  for (let j = q.firstToken - 1; j >= 0 && q.firstToken - j <= POLL_REACH; j--) {
    const t = tokens[j];
    if (isClauseEnd(t)) return false;
    if (!isWord(t)) continue;
    if (POLL_VERBS.has(t.lower)) shown = true;
    else if (shown && POLL_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Nouns of a poll before a vote. */
const POLL_NOUNS = new Set(['poll', 'polls']);
/** Verbs a poll tells its figures with ("put Labour on 31%", "gave the Tories 33%", "showed 60% backed it"). */
const POLL_VERBS = new Set([
  'put',
  'puts',
  'gave',
  'gives',
  'showed',
  'shows',
  'found',
  'finds',
  'suggested',
  'suggests',
  'suggest',
  'show',
]);
/** The most tokens from a poll's noun to its figure. */
const POLL_REACH = 30;

/** The clause of a figure: from the last clause mark before it to the first after it (commas close a clause only when a verb has been seen). */
function clauseBounds(tokens: Token[], q: RawQuantity): [number, number] {
  let start = q.firstToken;
  const floor = Math.max(0, q.firstToken - MAX_CLAUSE_SIDE);
  while (
    start > floor &&
    !endsClauseAt(tokens, start - 1) &&
    !(tokens[start - 1].text === ',' && q.firstToken - start > 6)
  )
    start--;
  let end = q.lastToken + 1;
  const ceiling = Math.min(tokens.length, q.lastToken + 1 + MAX_CLAUSE_SIDE);
  while (end < ceiling && !endsClauseAt(tokens, end) && !(tokens[end].text === ',' && end - q.lastToken > 8)) end++;
  return [start, end];
}

/** The most tokens a clause reaches on each side of its figure: a text without stops is read in linear time. */
const MAX_CLAUSE_SIDE = 60;

/**
 * Whether a figure is the second of two counts of one thing joined by "and"/"or" with no verb between ("selling 23.5
 * million albums in the United States and 37 million albums worldwide"): it shares the first one's event.
 */
function conjoined(tokens: Token[], first: RawQuantity, second: RawQuantity): boolean {
  if (first.kind !== second.kind || first.unitKey === null || first.unitKey !== second.unitKey) return false;
  const link = tokens[second.firstToken - 1]?.lower;
  if ((link !== 'and' && link !== 'or') || second.firstToken - first.lastToken > 8) return false;
  for (let j = first.lastToken + 1; j < second.firstToken - 1; j++) {
    const t = tokens[j];
    if (isClauseEnd(t) || t.text === ',' || (isWord(t) && !isCapitalized(t) && isVerbForm(t))) return false;
  }
  return true;
}

/**
 * Whether a count is a second object of the verb of the figure before it, of another kind: "won 34.2% of the vote and
 * 62 seats", "seized $2m in cash and 40 guns". Only "and" and the first figure's own phrase between them (no verb, no
 * comma), the count's noun written and no verb after it (not "rose 3% and 200 jobs will go"), and no change.
 */
function secondObject(tokens: Token[], first: RawQuantity, second: RawQuantity, event: string): boolean {
  if (first.kind === second.kind || second.kind !== 'count' || second.unitKey === null || CHANGE_EVENTS.has(event))
    return false;
  if (tokens[second.firstToken - 1]?.lower !== 'and' || second.firstToken - first.lastToken > 6) return false;
  for (let j = first.lastToken + 1; j < second.firstToken - 1; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' || (isWord(t) && isVerbForm(t))) return false;
  }
  const next = tokens[second.lastToken + 1];
  if (next === undefined || isClauseEnd(next) || next.text === ',') return true;
  return isWord(next) && !isVerbForm(next) && !AUXILIARY_AFTER.has(next.lower);
}

/** Words after a count that make it a subject ("and 200 jobs will go", "and 40 guns were found"). */
const AUXILIARY_AFTER = new Set([
  ...BE_FORMS,
  'will',
  'would',
  'could',
  'may',
  'might',
  'must',
  'should',
  'have',
  'has',
  'had',
  'who',
  'that',
  'which',
]);

export interface FrameInput {
  tokens: Token[];
  quantities: RawQuantity[];
  predicates: Array<PredicateName | null>;
  excluded: Uint8Array;
  years: Uint8Array;
  /** The one plural noun the sentence before counts (see countedGroup): what "three of them" may count. */
  groupBefore?: CountedGroup | null;
}

export interface CountedGroup {
  head: string;
  measured: string;
  /** The exact figures the sentence counts the group by ("12 detainees": 12); none when it only names it. */
  sizes: readonly number[];
}

/**
 * The one plural noun a sentence counts ("The researchers tested thousands of synthetic molecules"), which "Three
 * of them reacted" in the sentence after counts; null when the sentence counts none, or several different things.
 */
export function countedGroup(quantities: RawQuantity[], frames: QuantityFrame[]): CountedGroup | null {
  let group: CountedGroup | null = null;
  const sizes: number[] = [];
  for (let index = 0; index < quantities.length; index++) {
    const q = quantities[index];
    const { head, measured } = frames[index];
    if (q.kind !== 'count' || q.frame || q.tally || q.unitKey === null || head === null || measured === null) continue;
    if (q.high !== null && q.high <= 1) continue;
    if (group && group.measured !== measured) return null;
    const size = statedSize(q);
    if (size !== null) sizes.push(size);
    group = { head, measured, sizes };
  }
  return group;
}

/** Verbs a sentence's object follows besides verb forms: "His team has molecules", "The victims were ...". */
const COPULAS_AND_HAVE = new Set([...BE_TENSED, 'has', 'have', 'had']);

/**
 * The plural noun a sentence that counts nothing names first after its verb ("His team used laboratory-made
 * molecules called peptoids as antigen surrogates": molecules), which "Three of them reacted" in the sentence after
 * counts; null when it names none.
 */
export function namedGroup(tokens: Token[]): CountedGroup | null {
  let verb = false;
  for (const t of tokens) {
    if (!isWord(t)) continue;
    if (!verb) {
      verb = isVerbForm(t) || COPULAS_AND_HAVE.has(t.lower);
      continue;
    }
    if (isCommonNoun(t) && isPluralWord(t.lower) && !DURATION_UNITS.has(t.lower)) {
      const head = singular(t.lower);
      return { head, measured: head, sizes: [] };
    }
  }
  return null;
}

/** Pronouns after "of" that name a group of an earlier sentence ("whom" and "which" name a noun of their own). */
const ANAPHORS = new Set(['them', 'those', 'these']);

/**
 * Whether a sentence counts a group it names by a pronoun ("Three of them", "two of those") or by a figure whose
 * noun it leaves out ("the other three", "Nine of the ten were found"; see elidedGroup).
 */
export function countsPartOfPronoun(tokens: Token[]): boolean {
  for (let j = 1; j + 1 < tokens.length; j++) {
    if (tokens[j].lower === 'of' && ANAPHORS.has(tokens[j + 1].lower)) return true;
    if (ELIDING_DETERMINERS.has(tokens[j - 1].lower) && isFigureWord(tokens[j])) return true;
  }
  return false;
}

/** Whether a word stands among tokens from..to (inclusive). */
function hasWordBetween(tokens: Token[], from: number, to: number, word: string): boolean {
  for (let j = from; j <= to && j < tokens.length; j++) if (tokens[j].lower === word) return true;
  return false;
}

/** The frame of each quantity of a sentence. */
export function assignFrames(input: FrameInput): QuantityFrame[] {
  const { tokens, quantities } = input;
  const frames: QuantityFrame[] = [];
  if (quantities.length === 0) return frames;
  const others = new Uint8Array(tokens.length);
  for (const q of quantities) for (let k = q.numberFirst; k <= q.numberLast; k++) others[k] = 1;
  // The words time, scope and stage are read by, found once per sentence (most sentences have none).
  const cues: number[] = [];
  const dated: number[] = [];
  for (let j = 0; j < tokens.length; j++) {
    if (tokens[j].kind === 'word' && CUE_FILTER.has(tokens[j])) cues.push(j);
    else if (
      input.years[j] === 1 &&
      j > 0 &&
      YEAR_PREPOSITIONS.has(tokens[j - 1].lower) &&
      !leadsToStart(wordsBefore(tokens, j))
    )
      dated.push(j);
  }
  for (let index = 0; index < quantities.length; index++) {
    const own = quantities[index].frame;
    if (own) {
      frames.push({ ...own, modifiers: [...own.modifiers] });
      continue;
    }
    const frame = frameOf(input, others, cues, dated, index);
    if (quantities[index].tally || isAgeFrame(frame)) {
      frames.push(frame);
      continue;
    }
    const previous = quantities[index - 1]?.tally ? undefined : frames[index - 1];
    if (frame.event === null && previous?.event && conjoined(tokens, quantities[index - 1], quantities[index]))
      frame.event = previous.event;
    else if (
      frame.event === null &&
      previous?.event &&
      secondObject(tokens, quantities[index - 1], quantities[index], previous.event)
    ) {
      frame.event = previous.event;
      frame.agent ??= previous.agent;
    }
    if (frame.head === null && quantities[index].kind === 'count') partOfGroup(input, frames, index, frame, others);
    if (frame.head === null && frame.measured === null && quantities[index].kind === 'count')
      elidedGroup(input, frames, index, frame, others);
    if (frame.head === null) partOfOpeningWhole(input, frames, index, frame);
    if (frame.head === null && frame.measured === null && quantities[index].kind === 'count')
      predicateNoun(tokens, quantities[index], frame);
    if (
      frame.head === null &&
      previous &&
      isAppositivePart(tokens, quantities[index - 1], quantities[index], previous)
    ) {
      // "At least five people were wounded, two from gunshots": a part of the figure before, by cause or manner.
      frame.event = null;
      frame.measured = null;
    }
    restated(tokens, quantities, frames, index, frame);
    if (frame.event !== null && EFFECT_PARTICIPLES.has(frame.event)) frame.event = effectEvent(frame.event, frames);
    frames.push(frame);
  }
  return frames;
}

function frameOf(input: FrameInput, others: Uint8Array, cues: number[], dated: number[], index: number): QuantityFrame {
  const { tokens, quantities, predicates, excluded, years } = input;
  const q = quantities[index];
  if (q.tally) return tallyFrame(q.tally);
  const isAged = isAge(tokens, q);
  if (isAged && q.kind === 'count') inYears(q);
  const aged = isAged ? agedPerson(tokens, q) : null;
  if (aged !== null) return ageFrame(aged, q);
  const headIndex = headIndexOf(tokens, q);
  let head = q.unitKey;
  // "12 others were injured": the figure counts people, and its verb follows "others".
  let after0 = q.lastToken + 1;
  if (head === null && q.kind === 'count' && tokens[after0]?.lower === 'others') {
    head = 'person';
    after0++;
  }
  let modifiers: string[] = [];
  if (q.kind === 'count' && headIndex >= 0) modifiers = modifiersOf(tokens, q, headIndex);
  // The counted noun elsewhere in the phrase: "a delegation of 400", "a 550-member delegation", "10,000 of the demonstrators".
  const group =
    q.kind === 'count' && (head === null || GROUP_SIZE_WORDS.has(head)) ? groupNoun(tokens, q, others) : null;
  // "11 of the 12 awards": a part of a counted whole, measured as such ("award out of 12"); it heads no count of
  // awards, so it is compared with none.
  let partOf: string | null = null;
  if (group) {
    head = group.noun;
    modifiers = [];
    if (group.whole !== undefined) partOf = wholeSize(quantities, group.whole);
    // "10,000 of the demonstrators marched"; not "landed 28 of his 68 punches thrown", the whole's own verb.
    else if (group.at > q.lastToken) after0 = group.at + 1;
  }
  // "will send a delegation of 400": the verb before the group's phrase governs the figure.
  const phraseStart = group && group.at < q.firstToken ? group.at - 1 : q.firstToken;
  if (head === 'other') head = 'person'; // "12 others were injured"
  if (head === 'time' && q.kind === 'count') {
    // "a 16-time Grammy nominee" counts nominations; "11 times as much" is a ratio, no count of anything.
    const titled = hyphenTimeNoun(tokens, q);
    if (titled) ({ head, modifiers } = titled);
    else if (RATIO_AFTER_TIMES.has(tokens[q.lastToken + 1]?.lower ?? '')) return { ...EMPTY_FRAME, dimension: q.kind };
  }
  const [clauseStart, clauseEnd] = clauseBounds(tokens, q);
  const predicate = predicates[index];
  const before = eventBefore(tokens, phraseStart);
  // "2 deaths", "56 cases": people, counted by the event the noun names; not the object of another event noun
  // ("sales of 39m cases": cases sold).
  const firstHead = q.kind === 'count' && head !== null ? firstOfList(head) : null;
  const eventNoun =
    firstHead !== null && EVENT_NOUNS.has(firstHead) && !(before.governed && before.event !== canonicalEvent(firstHead))
      ? canonicalEvent(firstHead)
      : null;
  if (eventNoun) {
    head = 'person';
    modifiers = [];
  }

  // The event: the passive verb whose agent the figure counts, the verb after the counted noun, the verb or event
  // noun before the figure, the verb after "to" of a figure asked to do it, else what the older reader found
  // (labels, tolls, "left 33 people dead").
  let event: string | null = null;
  const listStart = q.kind === 'count' ? countedListStart(tokens, phraseStart, others) : phraseStart;
  const asked = q.kind === 'count' ? askedTo(tokens, listStart, after0, others) : null;
  const passiveAgent =
    q.kind === 'count' && tokens[listStart - 1]?.lower === 'by'
      ? passiveBefore(tokens, listStart - 1, clauseStart)
      : null;
  const after = purposeOf(tokens, after0, eventAfter(tokens, after0, others));
  // A length of time is the object of "for" ("hospitalised for three weeks"): its verb stands before the "for".
  const forAt = q.kind === 'duration' ? forVerbAt(tokens, q.firstToken) : -1;
  const durationFor = forAt >= 0 ? lastedBefore(tokens, forAt) : null;
  const inPhrase =
    durationFor === null &&
    before.preposition !== null &&
    before.preposition !== 'to' &&
    before.preposition !== 'of' &&
    before.preposition !== 'by' &&
    before.preposition !== 'from' &&
    // "with one person killed": the participle after the figure is its event; so is a state word after any
    // preposition ("searched for 30 people still missing").
    !((before.preposition === 'with' || stateWordAfter(tokens, after0)) && after);
  // The amount of a change stands after its verb or "by", its levels after "from", "to" and "at": a count of things
  // in a phrase of means or scope ("dropped Rahman early in the sixth with two hard lefts", "fell in seven out of 10
  // regions"), or after a verb's "from" with no "to" after it (a cause: "fell from three consecutive left hooks"; not
  // "fell from 300 employees to 250", "an increase from 50,000 sets"), is neither, and the change is not its event.
  const changeCause =
    !!predicate &&
    CHANGE_EVENTS.has(predicate) &&
    q.kind === 'count' &&
    head !== null &&
    ((inPhrase && before.preposition !== 'at') ||
      (before.preposition === 'from' &&
        phraseStart >= 2 &&
        isVerbForm(tokens[phraseStart - 2]) &&
        !hasWordBetween(tokens, q.lastToken + 1, clauseEnd, 'to')));
  // "died at the age of 85", "aged 85", "the 23-year-old": who someone is, no quantity of the story.
  const age = isAge(tokens, q);
  if (age) event = null;
  else if (q.labelPredicate) event = PREDICATE_EVENTS[q.labelPredicate];
  else if (q.tollLevel) event = PREDICATE_EVENTS.killed;
  else if (eventNoun) event = eventNoun;
  else if (durationFor?.event) event = durationFor.event;
  else if (inPhrase)
    event = null; // "attacks across 12 towns", "in 12 countries": a scope, not a count of the event
  else if (passiveAgent !== null) event = passiveAgent;
  // "killing at least 15 people who had taken shelter there", "arrested 12 men who were protesting": a relative
  // clause after the counted noun says who they are; the verb the figure is the object of says what befell them.
  else if (before.event && RELATIVE_OPENERS.has(tokens[after0]?.lower ?? '') && !CHANGE_EVENTS.has(before.event))
    event = before.event;
  else if (after && !CHANGE_EVENTS.has(after)) event = after;
  else if (after === '') event = null;
  else if (before.event && !(predicate && CHANGE_EVENTS.has(before.event))) event = before.event;
  else if (asked !== null) event = asked;
  else if (changeCause) event = null;
  else if (predicate) event = PREDICATE_EVENTS[predicate];
  else if (q.kind === 'count' && head !== null && after === null) event = verbAfterPhrase(tokens, after0, others);
  if (event === null && predicate && CHANGE_EVENTS.has(predicate) && !age && !changeCause)
    event = PREDICATE_EVENTS[predicate];
  if (event !== null) event = eitherEvent(tokens, q, clauseEnd, event);

  // What is measured: the counted noun; for money and shares, what they are of ("$5m in damages", "40% of homes");
  // for a length, mass or speed, the object it is a property of, if it is one.
  const property =
    q.kind === 'other' && PROPERTY_DIMENSIONS.has(CONVERSIONS.get(q.unitKey ?? '')?.dimension ?? '')
      ? propertyOf(tokens, q)
      : null;
  // "seven km east of Dargahan", "12 miles from the crash site": how far from a place, whatever else the sentence says.
  const reference =
    q.kind === 'other' && conversionOf(q.unitKey ?? '')?.dimension === 'length' ? distanceFrom(tokens, q) : null;
  let measured: string | null = null;
  if (age) measured = null;
  else if (q.kind === 'count')
    measured =
      head === null
        ? null
        : partOf === null
          ? (MEASURED_SYNONYMS.get(head) ?? head)
          : partMeasured(MEASURED_SYNONYMS.get(head) ?? head, partOf);
  else if (q.kind === 'percent') measured = shareOf(tokens, q, subjectOf(tokens, q.firstToken)) ?? rateOf(tokens, q);
  else if (q.kind === 'money') measured = perPeriod(moneyObject(tokens, q), ratePeriod(tokens, q));
  else if (q.kind === 'other' && q.unitKey === RATE) {
    measured = q.unit; // "the maternal mortality rate ... is 167": the rate, not the deaths it counts
    event = null;
  } else if (reference !== null) {
    measured = reference;
    if (property) event = null;
  } else if (property) {
    // A property of an object ("the 70-foot fir", "the plane was 1,700 feet in the air"): whatever verb its sentence
    // tells ("the fir cost taxpayers", "workers hoisted the spruce") is no event of the measure.
    measured = property.object;
    event = null;
  } else if (q.kind === 'other' && q.unitKey !== null && q.unitKey !== 'degree') measured = measureObject(tokens, q);
  else if (
    q.kind === 'duration' &&
    (RECORD_NOUNS.has(tokens[q.lastToken + 1]?.lower ?? '') || isRate(tokens, q.lastToken + 1))
  ) {
    // "a nine-year low": a record; "five hours a day": a rate. Neither is a length of what its sentence tells.
    event = null;
  } else if (q.kind === 'duration') {
    const lasted =
      durationObject(tokens, q) ??
      durationFor?.lasted ??
      subjectThatLasted(tokens, q) ??
      event ??
      durationLabel(tokens, q) ??
      durationVerb(tokens, q) ??
      tookTo(tokens, q);
    measured =
      timeBetween(tokens, q, clauseStart) ??
      timeIntoPeriod(tokens, q) ??
      (lasted === null ? untilVerbBefore(tokens, q) : durationKey(lasted));
    const role = roleAfter(tokens, q.lastToken + 1);
    if (measured !== null && role !== null) measured = `${measured} as ${role}`;
  }

  // "took 62 seats", "secured 1,204,332 votes", "will have 61 seats", "took 34.2 per cent of the vote": what a party
  // takes in a vote it has won (not "the judges will have 50% of the vote": a say in it).
  if (
    q.kind === 'count'
      ? ELECTED.has(head ?? '') && takenBefore(tokens, phraseStart)
      : measured === 'vote' && q.kind === 'percent' && TAKING_VERBS.has(tokens[q.firstToken - 1]?.lower ?? '')
  )
    event = 'won';

  // "its target of A$500m": a sum or share that says nothing else it is of is the value of that noun.
  if (measured === null && before.valueNoun && (q.kind === 'money' || q.kind === 'percent'))
    measured = before.valueNoun;

  let dimension: string = q.kind;
  let unit: string | null = null;
  let scale = 1;
  if (q.kind === 'money') {
    dimension = 'money';
    unit = q.unitKey;
  } else if (q.kind === 'percent') {
    dimension = 'percent';
    unit = q.unitKey === null || q.unitKey === SHARE ? 'percent' : q.unitKey;
  } else if (q.kind === 'other' || q.kind === 'duration') {
    const conversion = q.unitKey ? conversionOf(q.unitKey) : undefined;
    if (conversion) ({ dimension, unit, scale } = conversion);
    else unit = q.unitKey;
    if (isTemperature(tokens, q, clauseStart, clauseEnd)) {
      dimension = 'temperature';
      measured = 'temperature';
      // "minus 160 degrees centigrade": the scale written after the unit.
      const scale = tokens[q.lastToken + 1]?.lower;
      if (unit === 'degree' && (scale === 'celsius' || scale === 'centigrade')) unit = 'degree celsius';
      else if (unit === 'degree' && scale === 'fahrenheit') unit = 'degree fahrenheit';
    }
  }

  const frame: QuantityFrame = {
    measured: measured && q.kind === 'count' ? withModifiers(measured, modifiers) : measured,
    head: q.kind === 'count' && partOf === null ? head : null,
    modifiers,
    event,
    agent: agentOf(tokens, q, clauseStart) ?? listedOwner(tokens, q, clauseStart),
    place: placeOf(tokens, q, clauseStart, clauseEnd, excluded),
    time:
      timeOf(tokens, q, clauseStart, clauseEnd, cues) ??
      yearOf(tokens, q, clauseStart, clauseEnd, dated, others) ??
      sampleOf(tokens, q, clauseStart, clauseEnd),
    scope: scopeOf(tokens, q, clauseStart, clauseEnd, years, cues),
    stage: AIMS.has(before.valueNoun ?? '') || polled(tokens, q) ? 'projected' : stageOf(tokens, q, clauseStart, cues),
    dimension,
    unit,
    scale,
  };
  if (property?.extent) frame.extent = property.extent;
  return frame;
}

/**
 * A record's, score's or vote's frame: what it is ("record", "score", "vote"), whose (the owner, and the two sides
 * of a match), and when a record stands ("before" or "after" the event, or the span of a part-record).
 */
function tallyFrame(tally: Tally): QuantityFrame {
  const frame: QuantityFrame = {
    measured: tally.kind,
    head: null,
    modifiers: [],
    event: tally.kind,
    agent: tally.owner,
    place: null,
    time: tally.time,
    scope: null,
    stage: null,
    dimension: tally.kind,
    unit: null,
    scale: 1,
  };
  if (tally.sides.length === 2) frame.sides = tally.sides;
  return frame;
}

/** The token after the words that may stand between a verb and "for" + a length of time ("hospitalized for the past"). */
function forVerbAt(tokens: Token[], first: number): number {
  let j = first - 1;
  while (
    j > 0 &&
    isWord(tokens[j]) &&
    (tokens[j].lower === 'the' ||
      tokens[j].lower === 'past' ||
      tokens[j].lower === 'last' ||
      tokens[j].lower === 'nearly' ||
      tokens[j].lower === 'about' ||
      tokens[j].lower === 'almost')
  )
    j--;
  if (tokens[j]?.lower === 'for') return j;
  // "sentenced (Karl Moss) to 10 years": after "to", a length only a sentence gives (not "cut to two years").
  if (tokens[j]?.lower === 'to' && j === first - 1) {
    const verb = verbAt(tokens, j);
    if (verb >= 0 && SENTENCING.has(eventStem(tokens[verb].lower))) return j;
  }
  return -1;
}

/** Verbs whose length of time follows "to": a sentence. */
const SENTENCING = new Set(['sentenc', 'condemn']);

/**
 * The event of a length of time after "for"/"to" and what lasted, as written ("hospitalized for three weeks":
 * hospitalised, "hospitalized"; "in hospital for three weeks": no event, "hospital"), or null.
 */
function lastedBefore(tokens: Token[], at: number): { event: string | null; lasted: string } | null {
  const verb = verbAt(tokens, at);
  if (verb >= 0) return { event: canonicalEvent(tokens[verb].lower), lasted: tokens[verb].lower };
  // "in hospital for", "in the custody of ... for": the place one stays in names what lasted.
  let j = at - 1;
  const noun = tokens[j];
  if (!isWord(noun) || isCapitalized(noun) || FUNCTION_WORDS.has(noun.lower)) return null;
  j--;
  if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'a') j--;
  return tokens[j]?.lower === 'in' ? { event: null, lasted: noun.lower } : null;
}

/**
 * The verb a "for" phrase belongs to, a few words back in its clause ("hospitalized in Los Angeles for"), a
 * participle in -ing with its object too ("an order suspending the program for 120 days", "sentencing him to 15
 * years"; not "people coming to the UK for", "managing for five years", "an operating loss for"). The period
 * of an abbreviation or an initial ends no clause ("barred from Mt. Tabor for 30 days", "the U.S. program").
 */
function verbAt(tokens: Token[], at: number): number {
  for (let j = at - 1; j >= Math.max(0, at - 8); j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '’' && !isAbbreviationDot(tokens, j)) return -1;
    if (
      (isVerbForm(t) || (isParticipleWithObject(t) && takesObject(tokens, j))) &&
      !LIGHT_VERBS.has(eventStem(t.lower)) &&
      !LIGHT_VERBS.has(t.lower) &&
      !isSpeechCue(t)
    )
      return j;
  }
  return -1;
}

/** Pronouns that stand as a verb's object ("sentencing him", "handling it"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'it', 'them', 'me', 'us', 'you', 'these', 'those']);

/**
 * Whether the word after a word in -ing opens its object, so that the word is a verb: a determiner or an object
 * pronoun ("suspending the program", "sentencing him"). A bare noun after it may be what it qualifies ("an
 * operating loss", "a working relationship", "recycling programs"): no verb is read there.
 */
function takesObject(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return isWord(next) && (DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower));
}

const EMPTY_FRAME: QuantityFrame = {
  measured: null,
  head: null,
  modifiers: [],
  event: null,
  agent: null,
  place: null,
  time: null,
  scope: null,
  stage: null,
  dimension: 'count',
  unit: null,
  scale: 1,
};

/** "11 times as much", "three times more", "twice the size": a ratio, not a count of occasions. */
const RATIO_AFTER_TIMES = new Set([
  'as',
  'more',
  'less',
  'fewer',
  'the',
  'that',
  'what',
  'higher',
  'larger',
  'bigger',
  'greater',
  'faster',
  'lower',
  'smaller',
  'over',
  'its',
  'their',
  'his',
  'her',
  'a',
  'an',
  'per',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'than',
]);

/** The noun a count of occasions names when it says what one is ("nominee": one nomination each time). */
const OCCASION_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    nominee: 'nomination',
    winner: 'win',
    champion: 'title',
    medallist: 'medal',
    medalist: 'medal',
    finalist: 'final',
  }),
);

/**
 * "a 16-time Grammy nominee", "the three-time world champion": the hyphenated count of occasions and the noun it
 * qualifies, read as what is counted (nominations, titles), its names and adjectives as modifiers.
 */
function hyphenTimeNoun(tokens: Token[], q: RawQuantity): { head: string; modifiers: string[] } | null {
  if (tokens[q.lastToken - 1]?.text !== '-' || tokens[q.lastToken]?.lower !== 'time') return null;
  const modifiers: string[] = [];
  for (let j = q.lastToken + 1; j < Math.min(tokens.length, q.lastToken + 5); j++) {
    const t = tokens[j];
    if (!isWord(t) || FUNCTION_WORDS.has(t.lower)) return null;
    const noun = t.lower.replace(/s$/, '');
    if (!isCapitalized(t) && !/(?:al|ic|an|ian)$/.test(t.lower)) {
      if (isVerbForm(t) || /ly$/.test(t.lower)) return null;
      return { head: OCCASION_NOUNS.get(noun) ?? noun, modifiers };
    }
    modifiers.push(t.lower.replace(/['’]s$/, '').replace(/s$/, ''));
  }
  return null;
}

/** Nouns a length of time qualifies without lasting: "a nine-year low", "a 46-year high", "a 10-year record". */
const RECORD_NOUNS = new Set(['low', 'lows', 'high', 'highs', 'record', 'records', 'best', 'worst', 'peak', 'peaks']);

/** "per day", "a week", "each year" right after a figure: a rate. */
function isRate(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (word !== 'per' && word !== 'a' && word !== 'an' && word !== 'each' && word !== 'every') return false;
  return /^(?:second|minute|hour|day|night|week|month|year|season|game|match)s?$/.test(tokens[at + 1]?.lower ?? '');
}

/** Words between a verb and the length of time it lasted ("runs a long 95 minutes"). */
const DURATION_BRIDGE = new Set([
  'a',
  'an',
  'long',
  'short',
  'brisk',
  'lean',
  'mere',
  'tight',
  'just',
  'only',
  'about',
  'nearly',
  'almost',
  'around',
  'roughly',
  'some',
  'approximately',
  'whopping',
  'full',
]);
/** Words of a label that say a length of time, not what lasted ("Running time:", "Total length:"). */
const DURATION_LABEL_WORDS = new Set(['time', 'length', 'duration', 'total', 'running-time']);

/** What a length of time after a label measures: "Running time: 1 hour 35 minutes" → "run". */
function durationLabel(tokens: Token[], q: RawQuantity): string | null {
  if (tokens[q.firstToken - 1]?.text !== ':') return null;
  let first = q.firstToken - 1;
  while (first > 0 && isWord(tokens[first - 1]) && q.firstToken - first < 4) first--;
  if (first > 0 && tokens[first - 1].kind !== 'punct') return null;
  for (let j = first; j < q.firstToken - 1; j++) {
    const lower = tokens[j].lower;
    if (!DURATION_LABEL_WORDS.has(lower) && !FUNCTION_WORDS.has(lower)) return eventStem(lower);
  }
  return null;
}

/** What a length of time right after its verb measures: "runs a long 95 minutes", "lasted two hours" → the verb's stem. */
function durationVerb(tokens: Token[], q: RawQuantity): string | null {
  let j = q.firstToken - 1;
  let bridged = 0;
  while (j >= 0 && isWord(tokens[j]) && DURATION_BRIDGE.has(tokens[j].lower)) {
    j--;
    bridged++;
  }
  const t = tokens[j];
  if (!isWord(t) || isCapitalized(t) || FUNCTION_WORDS.has(t.lower) || isSpeechCue(t)) return null;
  // A verb in -ed, or a present tense in -s with an article between ("runs a long"): a noun takes neither.
  const article = tokens[q.firstToken - bridged]?.lower;
  if (!isVerbForm(t) && !(bridged > 0 && (article === 'a' || article === 'an') && /[^su]s$/.test(t.lower))) return null;
  const stem = eventStem(t.lower);
  return LIGHT_VERBS.has(stem) || LIGHT_VERBS.has(t.lower) ? null : stem;
}

/** Forms of "last" that a length of time follows: "The standoff lasted two hours". */
const LAST_FORMS = new Set(['last', 'lasts', 'lasted', 'lasting']);

/**
 * Words between what lasted and "lasted": "the tremor only lasted", "the standoff that lasted", "the trial is
 * expected to last", "the operation will take".
 */
const LASTED_BRIDGE = new Set([
  ...BE_FORMS,
  ...MODALS,
  'that',
  'which',
  'has',
  'had',
  'have',
  'only',
  'just',
  'still',
  'reportedly',
  'to',
  'expected',
  'likely',
  'set',
  'due',
  'need',
  'needs',
  'needed',
  'going',
  'able',
  'supposed',
]);

/** Prepositions whose object is no subject: "the judge in the case, which lasted", "production through the venture". */
const OBJECT_PREPOSITIONS = new Set([...NOUN_PREPOSITIONS, 'through', 'by', 'for', 'to', 'into', 'under', 'over']);

/**
 * What a length of time after "lasted" (or "took", with no act after it) measures: its subject noun ("The standoff
 * lasted two hours", "the police standoff that lasted two hours", "The surgery, which lasted 10 hours": the
 * standoff, the surgery; "the trial is expected to last three weeks": the trial; "The operation took 10 hours": the
 * operation), so that it meets "a two-hour standoff". Null when no lower-case noun stands right before the verb ("It
 * lasted", "Ayers, who lasted 52 games": the verb itself is then what lasted).
 */
function subjectThatLasted(tokens: Token[], q: RawQuantity): string | null {
  let j = q.firstToken - 1;
  while (j >= 0 && isWord(tokens[j]) && DURATION_BRIDGE.has(tokens[j].lower)) j--;
  const verb = tokens[j]?.lower ?? '';
  if (!LAST_FORMS.has(verb) && !(TAKE_FORMS.has(verb) && tookTo(tokens, q) === null)) return null;
  j--;
  // "a match lasting four hours", "the standoff that lasted": the noun the verb describes, wherever it stands.
  let attributive = verb === 'lasting';
  while (j >= 0 && isWord(tokens[j]) && (LASTED_BRIDGE.has(tokens[j].lower) || /ly$/.test(tokens[j].lower))) {
    if (RELATIVE_PRONOUNS.has(tokens[j].lower) || tokens[j].lower === 'that') attributive = true;
    j--;
  }
  // "The surgery, which lasted": the noun before the relative clause's comma.
  if (tokens[j]?.text === ',' && (tokens[j + 1]?.lower === 'which' || tokens[j + 1]?.lower === 'that')) j--;
  if (attributive) return isHeadNoun(tokens, j) ? tokens[j].lower : null;
  // The subject's head: the noun phrase before the verb, or, when a preposition opens it, the noun phrase that
  // preposition's phrase describes ("The standoff in Kalba lasted", "Dissolution of the corporation has taken").
  for (let hop = 0; hop <= MAX_SUBJECT_HOPS && j >= 0; hop++) {
    let k = j;
    while (
      k >= 0 &&
      j - k < MAX_PREDICATE_NOUNS &&
      (isCommonNoun(tokens[k]) || (isWord(tokens[k]) && isCapitalized(tokens[k])))
    )
      k--;
    while (k >= 0 && DETERMINERS.has(tokens[k].lower)) k--;
    if (k < 0 || !OBJECT_PREPOSITIONS.has(tokens[k].lower)) return isHeadNoun(tokens, j) ? tokens[j].lower : null;
    j = k - 1;
  }
  return null;
}

/** How many prepositional phrases the subject of "lasted" may stand before ("the standoff with police in Kalba"). */
const MAX_SUBJECT_HOPS = 2;

/**
 * Whether the word at `j` may head what lasted: a lower-case noun, or the sentence's first word when an "of" phrase
 * follows it ("Dissolution of the corporation"; "Smith lasted" names someone); no pronoun.
 */
function isHeadNoun(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!isWord(t) || PRONOUNS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) return false;
  return isCommonNoun(t) || (j === 0 && !isVerbForm(t) && tokens[1]?.lower === 'of');
}

/** Forms of "take" that a length of time follows: "It took about three hours to knock the fire down". */
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/** How far after its length of time "to" and the act may stand: "took six months for the diocese to go public". */
const MAX_TOOK_TO = 6;

/**
 * What a length of time that something took measures: the act after "to" ("It took about three hours to knock the
 * fire down": knock; "it took six months for the diocese to go public": go), as "deliberated for 40 hours" measures
 * deliberating. Null when "take" does not stand right before the length or no "to" + act follows it.
 */
function tookTo(tokens: Token[], q: RawQuantity): string | null {
  let j = q.firstToken - 1;
  while (j >= 0 && isWord(tokens[j]) && DURATION_BRIDGE.has(tokens[j].lower)) j--;
  if (!TAKE_FORMS.has(tokens[j]?.lower ?? '')) return null;
  for (let k = q.lastToken + 1; k < Math.min(tokens.length - 1, q.lastToken + 1 + MAX_TOOK_TO); k++) {
    if (tokens[k].kind === 'punct') return null;
    if (tokens[k].lower !== 'to') continue;
    const act = tokens[k + 1];
    return isWord(act) && !isCapitalized(act) && !FUNCTION_WORDS.has(act.lower) ? eventStem(act.lower) : null;
  }
  return null;
}

/** Adverbs that say an event did not happen: "almost doubled their lead". */
const NEAR_MISSES = new Set(['almost', 'nearly']);

/** How many lower-case words may stand between a verb and "after" + a length of time ("pulled over after"). */
const MAX_UNTIL_GAP = 2;

/**
 * What a length of time after "after" measures: the time until the verb just before it ("he finally pulled over
 * after about 15 minutes": "until pull"; "talks have ended without agreement after 90 minutes": "until end"), as
 * "15 minutes before he pulled over" does. Null when "after" does not stand right before the length, or no verb
 * stands within MAX_UNTIL_GAP lower-case words before it.
 */
function untilVerbBefore(tokens: Token[], q: RawQuantity): string | null {
  const after = q.firstToken - 1;
  if (tokens[after]?.lower !== 'after') return null;
  for (let j = after - 1; j >= 0 && after - j <= MAX_UNTIL_GAP + 1; j--) {
    const t = tokens[j];
    // A passive speech verb tells no speech ("the boy was found after 18 hours").
    if (!isWord(t) || isCapitalized(t) || (isSpeechCue(t) && !BE_FORMS.has(tokens[j - 1]?.lower ?? ''))) return null;
    if (!isVerbForm(t)) continue;
    const stem = eventStem(t.lower);
    // "United almost doubled their lead after 48 minutes": what almost happened ends no length of time.
    if (LIGHT_VERBS.has(stem) || LIGHT_VERBS.has(t.lower) || NEAR_MISSES.has(tokens[j - 1]?.lower ?? '')) return null;
    return `until ${durationKey(canonicalEvent(t.lower))}`;
  }
  return null;
}

/** Words after "as" that name no role ("as part of", "as a result", "as well"). */
const NOT_ROLES = new Set([
  'part',
  'result',
  'well',
  'such',
  'usual',
  'expected',
  'planned',
  'long',
  'much',
  'many',
  'soon',
]);

/** Prepositions that end a role's noun phrase ("as director of personnel", "as coach at Leeds"). */
const ROLE_ENDS = new Set(['of', 'for', 'with', 'at', 'in']);

/**
 * The role a length of time was spent in, when "as" and a noun phrase follow it ("four seasons as the team's
 * director of personnel": "director"): a part of a career, not its whole ("19 seasons with the 76ers"). Null when
 * "as" opens a clause ("three years as prices rose") or names no role.
 */
function roleAfter(tokens: Token[], at: number): string | null {
  if (tokens[at]?.lower !== 'as') return null;
  let j = at + 1;
  let role: Token | null = null;
  while (j < tokens.length && j - at <= 6 && isWord(tokens[j])) {
    const t = tokens[j];
    if (ROLE_ENDS.has(t.lower)) break;
    if (isVerbForm(t) && !isCapitalized(t)) return null;
    if (!DETERMINERS.has(t.lower) && !/['’]s$/.test(t.text)) role = t;
    j++;
  }
  if (role === null || NOT_ROLES.has(role.lower) || FUNCTION_WORDS.has(role.lower)) return null;
  return singular(role.lower);
}

/** What lasted, as a key that an act and its noun share: "deliberated", "deliberation" → "deliber". */
function durationKey(word: string): string {
  const key = word
    .toLowerCase()
    .replace(/(?:ation|ion|ed|ing|es|s|e)$/, '')
    .replace(/at$/, '');
  return LASTED_SYNONYMS.get(key) ?? key;
}

/** What lasted under several words (keys as durationKey leaves them): a stay in hospital, a prison sentence. */
const LASTED_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    hospitaliz: 'hospital',
    hospitalis: 'hospital',
    jail: 'sentenc',
    jailed: 'sentenc',
    imprison: 'sentenc',
  }),
);

/**
 * What lasted: "a 40-hour operation", "a two-day trek", "30 hours of deliberation", "four months' treatment", "30
 * days' worth of treatment"; not "in five years' time", a point in time.
 */
function durationObject(tokens: Token[], q: RawQuantity): string | null {
  let k = q.lastToken + 1;
  if (tokens[k]?.lower === 'of') k++;
  else if (tokens[k]?.text === "'" || tokens[k]?.text === '’') {
    k++;
    if (tokens[k]?.lower === 'time') return null;
    if (tokens[k]?.lower === 'worth' && tokens[k + 1]?.lower === 'of') k += 2;
    // The possessive's head noun, after its modifiers: "three years' close monitoring", "two hours' free training".
    while (k - q.lastToken < MAX_POSSESSED_WORDS && isLastedWord(tokens[k]) && isLastedWord(tokens[k + 1])) k++;
  }
  const t = tokens[k];
  return isLastedWord(t) ? measuredNoun(t.lower) : null;
}

/** How many words after a length of time's possessive ("four months' ...") may name what lasted. */
const MAX_POSSESSED_WORDS = 5;

/** Whether a word after a length of time may name what lasted: a lower-case content word, no verb or adverb. */
function isLastedWord(t: Token | undefined): t is Token {
  return (
    isWord(t) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !NOT_MEASURED.has(t.lower) &&
    !isCapitalized(t) &&
    !/ly$/.test(t.lower) &&
    !(isVerbForm(t) && !t.lower.endsWith('ion'))
  );
}

/** "armoured" + "vehicle" → "armoured vehicle"; a modifier the key already holds ("security personnel") once. */
function withModifiers(key: string, modifiers: string[]): string {
  if (modifiers.length === 0 || key.includes(' and ')) return key;
  const own = new Set(key.split(' '));
  const extra = modifiers.filter((m) => !own.has(m));
  return extra.length ? `${extra.join(' ')} ${key}` : key;
}

/** Nouns that name one thing measured under several words ("deal", "contract"): normalisation, not a limit. */
const MEASURED_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    contract: 'deal',
    agreement: 'deal',
    pact: 'deal',
    extension: 'deal',
    pay: 'salary',
    wage: 'salary',
    paycheck: 'salary',
    compensation: 'salary',
    penalty: 'fine',
    settlement: 'settlement',
    payout: 'payment',
    severance: 'payment',
    package: 'payment',
    crowd: 'person',
    demonstrator: 'protester',
    marcher: 'protester',
    protestor: 'protester',
    fatality: 'death',
    victim: 'death',
    hike: 'trek',
  }),
);

/** Words that date or qualify a sum rather than say what it is for ("$80 million last summer"). */
const NOT_MEASURED = new Set([
  'due',
  'ago',
  'earlier',
  'later',
  'after',
  'before',
  'old',
  'long',
  'last',
  'next',
  'this',
  'each',
  'every',
  'per',
  'a',
  'year',
  'month',
  'week',
  'day',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'season',
  'annually',
  'apiece',
  'total',
  'more',
  'less',
  'over',
]);

function measuredNoun(lower: string): string {
  const noun = lower.replace(/(?<!s)s$/, '');
  return MEASURED_SYNONYMS.get(noun) ?? noun;
}

/**
 * What a sum of money is for: "$5m in damages", "a $5m fine", "a fine of $5m", "a deal worth $80m", "$35,000 a month
 * in legal fees" (past its rate).
 */
function moneyObject(tokens: Token[], q: RawQuantity): string | null {
  let k = q.lastToken + 1;
  if (isWord(tokens[k]) && /^[A-Z]{3}$/.test(tokens[k].text)) k++; // "$30,000 USD in prizes"
  // "$35,000 a month in legal fees": what a sum paid by the period is for, after "in".
  if (
    TIME_RATES.has(ratePeriod(tokens, k) ?? '') &&
    (tokens[k].lower === 'a' || tokens[k].lower === 'per') &&
    tokens[k + 2]?.lower === 'in' &&
    tokens[k + 3]?.lower !== 'order'
  )
    k += 2;
  if (tokens[k]?.lower === 'in' || tokens[k]?.lower === 'for' || tokens[k]?.lower === 'of') k++;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') k++;
  const t = tokens[k];
  if (
    isWord(t) &&
    !isTimeWindowAt(tokens, k) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !NOT_MEASURED.has(t.lower) &&
    !isCapitalized(t) &&
    !isVerbForm(t) &&
    !/ly$/.test(t.lower)
  ) {
    let m = k;
    while (
      isWord(tokens[m + 1]) &&
      !FUNCTION_WORDS.has(tokens[m + 1].lower) &&
      !isCapitalized(tokens[m + 1]) &&
      !isVerbForm(tokens[m + 1]) &&
      m - k < 2
    )
      m++;
    // "£1.5bn for the fifth month in a row": a time, not what the sum is for.
    if (NOT_MEASURED.has(measuredNoun(tokens[m].lower))) return null;
    // "$30,000 in prize money": a generic noun is named with the word before it ("prize money", not "money").
    if (m > k && GENERIC_SUMS.has(measuredNoun(tokens[m].lower)) && !isRateWord(tokens[m - 1].lower))
      return `${measuredNoun(tokens[m - 1].lower)} ${measuredNoun(tokens[m].lower)}`;
    return measuredNoun(tokens[m].lower);
  }
  const subject = subjectBefore(tokens, q.firstToken);
  if (subject !== null) return measuredNoun(tokens[subject].lower);
  // "expected to be valued at $2 trillion": a valuation, whatever is valued.
  let j = q.firstToken - 1;
  while (j > 0 && isWord(tokens[j]) && HEDGES.has(tokens[j].lower) && q.firstToken - j < 5) j--;
  if (tokens[j + 1]?.lower === 'at' && /^(?:valued|estimated|priced)$/.test(tokens[j]?.lower ?? '')) return 'value';
  return null;
}

/** The periods of a sum paid by time ("a month", "per week"), not by the unit bought ("a barrel", "a share"). */
const TIME_RATES = new Set(['year', 'month', 'week', 'day', 'hour']);

/** "late 2017", "early January", "mid-2019": a part of a year or month, a time (no noun a sum is of). */
function isTimeWindowAt(tokens: Token[], k: number): boolean {
  if (!MONTH_PARTS.has(tokens[k]?.lower ?? '')) return false;
  const next: Token | undefined = tokens[k + 1]?.text === '-' ? tokens[k + 2] : tokens[k + 1];
  if (next === undefined) return false;
  return /^\d{4}$/.test(next.text) || (MONTH_WORDS.has(next.lower) && isCapitalized(next));
}

function isRateWord(lower: string): boolean {
  return /^(?:annual|yearly|monthly|weekly|daily|average)$/.test(lower);
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const SUBJECT_PREPOSITIONS = new Set([
  'to',
  'of',
  'in',
  'for',
  'on',
  'at',
  'from',
  'with',
  'by',
  'among',
  'across',
  'throughout',
]);

const COPULAS = new Set([...BE_FORMS, 'stands', 'stood', 'totals', 'totalled', 'totaled', 'reached', 'hit', 'topped']);
const HEDGES = new Set([
  'likely',
  'reportedly',
  'now',
  'estimated',
  'expected',
  'said',
  'thought',
  'believed',
  'roughly',
  'about',
  'around',
  'nearly',
  'almost',
  'at',
  'an',
  'some',
  'just',
  'still',
  'already',
  'probably',
  'possibly',
  'officially',
  'currently',
]);

/**
 * The noun a figure before it is the value of: "a fine of $5m", "a deal worth $80m", "a contract valued at $80m",
 * "Leno's new salary is likely around $20 million". Its token index, or null.
 */
function subjectBefore(tokens: Token[], first: number): number | null {
  let j = first - 1;
  while (j >= 0 && isWord(tokens[j]) && HEDGES.has(tokens[j].lower) && first - j < 5) j--;
  const link = tokens[j];
  if (!isWord(link)) return null;
  if (link.lower === 'valued' && tokens[j + 1]?.lower === 'at') {
    // "a contract valued at $80m" ("at" is read as a hedge above).
    j -= 1;
    // "a company he valued at $2.5tn": the noun before the valuer.
    if (isWord(tokens[j]) && PRONOUNS.has(tokens[j].lower)) j--;
  } else if (
    link.lower === 'of' ||
    link.lower === 'worth' ||
    link.lower === 'totalling' ||
    link.lower === 'totaling' ||
    COPULAS.has(link.lower)
  )
    j -= 1;
  else return null;
  while (j >= 0 && isWord(tokens[j]) && HEDGES.has(tokens[j].lower) && first - j < 8) j--;
  // "the $93 million contract, now worth $293 million": the noun before the comma.
  if ((link.lower === 'worth' || link.lower === 'valued') && tokens[j]?.text === ',') j--;
  // "the estimated loss to bondholders is up to 70%": the subject is the noun the prepositional phrase follows.
  if (COPULAS.has(link.lower)) {
    let p = j - 1;
    if (isWord(tokens[p]) && DETERMINERS.has(tokens[p].lower)) p--;
    if (isWord(tokens[p]) && SUBJECT_PREPOSITIONS.has(tokens[p].lower) && isWord(tokens[p - 1]) && p < j) j = p - 1;
  }
  const noun = tokens[j];
  if (
    isWord(noun) &&
    !FUNCTION_WORDS.has(noun.lower) &&
    !NOT_MEASURED.has(noun.lower) &&
    !NOT_MEASURED.has(measuredNoun(noun.lower)) &&
    !isCapitalized(noun) &&
    !isVerbForm(noun) &&
    !/ly$/.test(noun.lower)
  )
    return j;
  return null;
}

/**
 * Whose figure it is, when a name says so: a possessive right before it ("Brand's 15.9 points", "Britain's $2.8
 * trillion economy") or the name that is the subject of its clause's verb ("Iguodala is averaging 14.9 points",
 * "China produced 12 million tons"). The name's last word, as written.
 */
function agentOf(tokens: Token[], q: RawQuantity, clauseStart: number): string | null {
  const before = tokens[q.firstToken - 1];
  if (isWord(before) && isCapitalized(before) && /['’]s$/.test(before.text)) return before.text.replace(/['’]s$/, '');
  // "Leno's new salary is $20m": the owner of the noun the figure is the value of.
  const owned = subjectBefore(tokens, q.firstToken);
  if (owned !== null) {
    for (let k = owned - 1; k >= Math.max(clauseStart, owned - 3); k--) {
      const t = tokens[k];
      if (isWord(t) && isCapitalized(t) && /['’]s$/.test(t.text)) return t.text.replace(/['’]s$/, '');
      if (!isWord(t) || FUNCTION_WORDS.has(t.lower)) break;
    }
  }
  // "Charlie Hodgson will be the first-choice kicker despite his three missed penalties": the name "his" stands for.
  const possessor = PERSONAL_POSSESSIVES.has(tokens[q.firstToken - 1]?.lower ?? '')
    ? nearestSubject(tokens, q.firstToken - 1)
    : null;
  if (possessor !== null) return possessor;
  let j = q.firstToken - 1;
  // "rose by 5%": a change's verb before "by" (not a passive's: "attended by 3,300 people").
  if (
    tokens[j]?.lower === 'by' &&
    isWord(tokens[j - 1]) &&
    CHANGES.has(canonicalEvent(tokens[j - 1].lower)) &&
    !PASSIVE_AUXILIARIES.has(tokens[j - 2]?.lower ?? '')
  )
    j--;
  while (j >= clauseStart && isWord(tokens[j]) && OBJECT_BRIDGE.has(tokens[j].lower)) j--;
  const verb = tokens[j];
  if (
    !isWord(verb) ||
    isCapitalized(verb) ||
    (FUNCTION_WORDS.has(verb.lower) && !NOUN_VERB_BRIDGE_WITH_MODALS.has(verb.lower)) ||
    // "Naqvi said 177 militants were killed": who speaks does not own the figure.
    SAYING_VERBS.has(verb.lower)
  )
    return null;
  j--;
  while (
    j >= clauseStart &&
    isWord(tokens[j]) &&
    NOUN_VERB_BRIDGE_WITH_MODALS.has(tokens[j].lower) &&
    tokens[j].lower !== 'who' &&
    tokens[j].lower !== 'that' &&
    tokens[j].lower !== 'which'
  ) {
    // "Mr Lamberty said that 92 flights ...": the speaker again.
    if (SAYING_VERBS.has(tokens[j].lower)) return null;
    j--;
  }
  // "Black Spider said it had stopped 1 million copies": "it" is who says so.
  if (tokens[j]?.lower === 'it') {
    const say = tokens[j - 1]?.lower === 'that' ? j - 2 : j - 1;
    if (say > 0 && isWord(tokens[say]) && SAYING_VERBS.has(tokens[say].lower)) return nameAt(tokens, say - 1);
  }
  // "South Korea, which has about $200bn", "Ronan O'Gara, who kicked 13 points": a relative clause's figure is the
  // name's it describes.
  if (j >= clauseStart && RELATIVE_PRONOUNS.has(tokens[j].lower) && tokens[j - 1]?.text === ',')
    return nameAt(tokens, j - 2);
  // "Klitschko, who was coming off a knockout in July, landed 178 punches": the subject before an aside.
  if (tokens[j]?.text === ',') {
    for (let k = j - 1; k > 0 && k >= j - MAX_ASIDE; k--) {
      if (isClauseEnd(tokens[k])) return null;
      if (tokens[k].text === ',') return nameAt(tokens, k - 1);
    }
    return null;
  }
  const subject = tokens[j];
  if (j >= clauseStart && isWord(subject) && !isCapitalized(subject) && OWNED_SUBJECTS.has(subject.lower))
    return ownerOfNoun(tokens, j, clauseStart);
  if (
    j < clauseStart ||
    !isWord(subject) ||
    !isCapitalized(subject) ||
    FUNCTION_WORDS.has(subject.lower) ||
    isCalendarWord(subject)
  )
    return null;
  // A sentence's first word is capitalised anyway: a name only when it reads as one ("Mutu scored six goals"), not a
  // plural or an institution ("Officials", "Police arrested 12").
  if (j === 0 && !isCapitalized(tokens[j + 1] ?? subject) && !firstWordIsName(subject)) return null;
  return subject.text.replace(/['’]s$/, '');
}

/** The events of a change by an amount ("rose by 5%", "cut by a third"), as canonicalEvent names them. */
const CHANGES: ReadonlySet<string> = new Set(['rose', 'fell', 'cut', 'reduced', 'shrank', 'expanded', 'slid']);

/**
 * Nouns of what a company, an index or a country has that moves or is counted ("BP's shares rose 5%", "Apple shares
 * fell 3%", "Toyota's profit fell 20%"): their owner, named before them, owns the figure.
 */
const OWNED_SUBJECTS: ReadonlySet<string> = new Set([
  'shares',
  'share',
  'stock',
  'stocks',
  'profit',
  'profits',
  'sales',
  'revenue',
  'revenues',
  'earnings',
  'output',
  'exports',
  'imports',
  'economy',
  'index',
  'price',
  'prices',
  'valuation',
  'debt',
  'deficit',
  'turnover',
]);

/**
 * The owner named right before a noun ("BP's shares", "Harlow & Finch shares", "the Nikkei index"), its last word as
 * written; null when a common word stands there ("the company's shares", "its shares") or the name opens the sentence
 * and reads as no name ("Bank shares fell").
 */
function ownerOfNoun(tokens: Token[], noun: number, clauseStart: number): string | null {
  const k = noun - 1;
  // "the FTSE 250 index": a name with its number.
  if (tokens[k]?.kind === 'number' && k - 1 >= clauseStart && isWord(tokens[k - 1]) && isCapitalized(tokens[k - 1]))
    return `${tokens[k - 1].text} ${tokens[k].text}`;
  const owner = tokens[k];
  if (k < clauseStart || !isWord(owner) || !isCapitalized(owner) || FUNCTION_WORDS.has(owner.lower)) return null;
  if (isCalendarWord(owner) || isTitleWord(owner) || isUnspacedHyphen(tokens, k - 1)) return null;
  // A sentence's first word is capitalised anyway ("Net profit", "House prices"): an owner only as a possessive.
  if (k === 0 && !/['’]s$/.test(owner.text)) return null;
  return owner.text.replace(/['’]s$/, '');
}

/**
 * Whose share or sum it is in a list of several owners' figures, when no verb says so: the name right before it
 * ("Trump 18%, Bush 15%", "Labour, 35%"), after a list's boundary, or before "at" or "with" ("Trump at 18% and Bush
 * at 15%", "Jeb Bush just behind at 15%", "Scott Walker, with 10% support"). The name's last word, as written.
 */
function listedOwner(tokens: Token[], q: RawQuantity, clauseStart: number): string | null {
  if (q.kind !== 'percent' && q.kind !== 'money') return null;
  let j = q.firstToken - 1;
  const link = tokens[j]?.lower;
  // "the Liberal Democrats on 19%", "the Tories were on 33%": a share's owner before "on" (not "free on $1m bail").
  const onShare = link === 'on' && q.kind === 'percent';
  if (link === 'at' || link === 'with' || onShare) {
    j--;
    if (link === 'with' && tokens[j]?.text === ',') j--;
    else while (j > q.firstToken - 5 && isWord(tokens[j]) && isStanding(tokens[j].lower)) j--;
    const near = !onShare || COPULAS.has(tokens[j]?.lower ?? '');
    return ownerName(tokens, j) ?? (near ? subjectNear(tokens, j, clauseStart) : null);
  }
  // "16% Bush and 12% Walker": the name right after an item's figure; "against 29.8% for the Labour Front": the name
  // it is for.
  const after = namedAfter(tokens, q) ?? namedFor(tokens, q);
  if (after !== null) return after;
  // Bare, a name owns a figure only where a list's item begins: "In Britain, 15% of ..." is no item.
  if (tokens[j]?.text === ',') j--;
  if (j < clauseStart) return null;
  let first = j;
  const inName = (t: Token | undefined) => isWord(t) && isCapitalized(t) && !FUNCTION_WORDS.has(t.lower);
  while (first > clauseStart && j - first < MAX_NAME_RUN && inName(tokens[first - 1])) first--;
  const boundary = tokens[first - 1];
  const atItemStart =
    first === clauseStart ||
    (boundary !== undefined && (LIST_BOUNDARIES.has(boundary.text) || boundary.lower === 'and'));
  return first <= j && atItemStart ? ownerName(tokens, j) : null;
}

/**
 * The subject of the few words before "at" or "with" a figure: a name followed by its verb ("Jeb Bush follows in
 * second place with 15 percent", "Bush running second at 14%", "Trump was at 17%"); null past a comma or a speaker.
 */
function subjectNear(tokens: Token[], from: number, clauseStart: number): string | null {
  for (let k = from - 1; k >= clauseStart && from - k <= SUBJECT_REACH; k--) {
    const word = tokens[k],
      next = tokens[k + 1];
    if (!isWord(word) || !isWord(next)) return null;
    if (!isCapitalized(word) || isCapitalized(next)) continue;
    if (SAYING_VERBS.has(next.lower)) return null;
    const verb =
      isVerbForm(next) ||
      NOUN_VERB_BRIDGE_WITH_MODALS.has(next.lower) ||
      PLACING_VERBS.has(next.lower) ||
      /[^s]s$|ing$/.test(next.lower);
    return verb ? (leaderOf(tokens, k) ?? ownerName(tokens, k)) : null;
  }
  return null;
}

/** Irregular verbs of a place in a ranking ("came second with 29.8%", "ran third at 9%"). */
const PLACING_VERBS = new Set(['came', 'ran']);

/**
 * The name a leader's name is of ("the Labour Front of Prime Minister Pavel Dorn came second": the Labour Front): a
 * name before "of" and a title; null when the name at `at` is no such leader's.
 */
function leaderOf(tokens: Token[], at: number): string | null {
  let first = at,
    titled = false;
  while (first > 0 && at - first < MAX_NAME_RUN && isWord(tokens[first - 1]) && isCapitalized(tokens[first - 1])) {
    first--;
    titled ||= isTitleWord(tokens[first]);
  }
  return titled && tokens[first - 1]?.lower === 'of' ? ownerName(tokens, first - 2) : null;
}

/** Words between a name and "at", "on" or "with" its figure: a standing ("just behind") or a place ("in second place"). */
function isStanding(lower: string): boolean {
  return STANDING_WORDS.has(lower) || PLACES_IN_RANKING.has(lower) || ordinalWordValue(lower) !== undefined;
}

/** Nouns of a place in a ranking ("in second place with 15 percent"). */
const PLACES_IN_RANKING = new Set(['place', 'position', 'in']);

/**
 * The name a share is for, when the name ends the item ("against 29.8% for the Labour Front", "18.6% for the US"); not
 * "79% for Protonix patients", "33% for Prilosec and Prevacid patients".
 */
function namedFor(tokens: Token[], q: RawQuantity): string | null {
  if (q.kind !== 'percent' || tokens[q.lastToken + 1]?.lower !== 'for') return null;
  let first = q.lastToken + 2;
  if (tokens[first]?.lower === 'the') first++;
  let last = first;
  if (!isWord(tokens[last]) || !isCapitalized(tokens[last]) || FUNCTION_WORDS.has(tokens[last].lower)) return null;
  while (last - first < MAX_NAME_RUN && isWord(tokens[last + 1]) && isCapitalized(tokens[last + 1])) last++;
  return endsItem(tokens, last + 1) ? ownerName(tokens, last) : null;
}

/** The most words between a figure's "at" or "with" and its subject's verb (subjectNear). */
const SUBJECT_REACH = 5;

/**
 * The name right after a share that begins a list's item and ends it ("24% back him, 16% Bush and 12% Walker"): the
 * share is the name's.
 */
function namedAfter(tokens: Token[], q: RawQuantity): string | null {
  const before = tokens[q.firstToken - 1];
  if (q.kind !== 'percent' || !before || !(LIST_BOUNDARIES.has(before.text) || before.lower === 'and')) return null;
  let last = q.lastToken + 1;
  if (!isWord(tokens[last]) || !isCapitalized(tokens[last])) return null;
  while (last - q.lastToken < MAX_NAME_RUN && isWord(tokens[last + 1]) && isCapitalized(tokens[last + 1])) last++;
  return endsItem(tokens, last + 1) ? ownerName(tokens, last) : null;
}

/**
 * Whether a list's item ends at `at`, after its name: a comma, the clause's end, or "and" before no other name that
 * shares a noun with it ("33% for Prilosec and Prevacid patients").
 */
function endsItem(tokens: Token[], at: number): boolean {
  const end = tokens[at];
  if (end === undefined || end.text === ',' || isClauseEnd(end)) return true;
  return end.lower === 'and' && !(isWord(tokens[at + 1]) && isCapitalized(tokens[at + 1]));
}

/** Words that may stand between a name and "at" its figure ("Bush just behind at 15%", "Walker close behind at 9%"). */
const STANDING_WORDS = new Set(['just', 'close', 'closely', 'behind', 'ahead', 'right', 'not', 'far', 'well', 'next']);

/** Marks that begin a list's item ("Trump 18%, Bush 15%; Walker 9%"). */
const LIST_BOUNDARIES = new Set([',', ';', ':']);

/** The name a word ends, when it may own a figure: not a month or a day ("March 18%" dates nothing of anyone). */
function ownerName(tokens: Token[], at: number): string | null {
  const word = tokens[at];
  if (!word || isCalendarWord(word)) return null;
  return nameAt(tokens, at);
}

/** Possessives that stand for a person or a group named before them in their sentence. */
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their']);

/**
 * The subject nearest before `before` in its sentence: the last name followed by a verb (a past form, an auxiliary or
 * a modal, or a present form in -s), or null.
 */
function nearestSubject(tokens: Token[], before: number): string | null {
  for (let k = before - 2; k >= 0 && before - k <= MAX_POSSESSIVE_REACH; k--) {
    const next = tokens[k + 1];
    if (!isWord(tokens[k]) || !isCapitalized(tokens[k]) || !isWord(next) || isCapitalized(next)) continue;
    if (isVerbForm(next) || NOUN_VERB_BRIDGE_WITH_MODALS.has(next.lower) || /[^s]s$/.test(next.lower))
      return nameAt(tokens, k);
  }
  return null;
}

/** The most tokens before a possessive its subject is looked for in: a text without stops is read in linear time. */
const MAX_POSSESSIVE_REACH = 40;

/**
 * A count of people of two fates ("440 Britons were either dead or missing", "12 killed or injured") is no count of
 * one of them: its event is both, "killed or missing".
 */
function eitherEvent(tokens: Token[], q: RawQuantity, clauseEnd: number, event: string): string {
  for (let j = q.lastToken + 1; j < Math.min(clauseEnd, q.lastToken + MAX_EITHER_REACH) - 2; j++) {
    if (tokens[j + 1].lower !== 'or' || !isWord(tokens[j + 2]) || canonicalEvent(tokens[j].lower) !== event) continue;
    const other = canonicalEvent(tokens[j + 2].lower);
    if (other !== event && (isEventWord(tokens[j + 2].lower) || FATES.has(other))) return `${event} or ${other}`;
  }
  return event;
}

/** How far after its figure a count's "X or Y" fate is looked for. */
const MAX_EITHER_REACH = 8;

/** Fates a count of people may be given besides an event ("dead or missing"). */
const FATES = new Set(['missing', 'unaccounted', 'homeless', 'displaced']);

/** Pronouns that open a relative clause about the name before its comma. */
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** Words that open a relative clause right after a counted noun ("15 people who had taken shelter"). */
const RELATIVE_OPENERS = new Set([...RELATIVE_PRONOUNS, 'that', 'whom']);

/** The most tokens an aside between commas spans, for the name before it to be its clause's subject. */
const MAX_ASIDE = 16;

/** The name a capitalised word at `at` ends, as written (a sentence's first word only when it reads as a name). */
/** A month or a weekday ("In February, a woman opened fire ..., killing three"): no owner. */
function isCalendarWord(t: Token): boolean {
  return MONTH_WORDS.has(t.lower) || WEEKDAY_SET.has(t.lower);
}

function nameAt(tokens: Token[], at: number): string | null {
  const named = tokens[at];
  if (!named || !isWord(named) || !isCapitalized(named) || FUNCTION_WORDS.has(named.lower) || isCalendarWord(named))
    return null;
  if (at === 0 && !firstWordIsName(named)) return null;
  return named.text.replace(/['’]s$/, '');
}

/** Plural nouns of occasions a record or an average is over ("in 133 career playoff games", "in 20 appearances"). */
const OCCASIONS = new Set([
  'games',
  'matches',
  'appearances',
  'starts',
  'outings',
  'races',
  'fights',
  'bouts',
  'innings',
  'tournaments',
  'tests',
  'internationals',
]);

/** Words that may stand between "in" and the count of occasions ("in his first five games"). */
const OCCASION_DETERMINERS = new Set([...THIRD_PERSON_POSSESSIVES, 'the', 'first', 'last', 'opening', 'past']);

/**
 * The occasions a figure is over, when its clause counts them ("he averaged 14.4 points in 133 career playoff
 * games": "133 games"; "six goals in his first five games": "five games"): an average or a tally over 133 games is
 * not one over 1,101. Null when the clause counts none.
 */
function sampleOf(tokens: Token[], q: RawQuantity, clauseStart: number, clauseEnd: number): string | null {
  for (let j = clauseStart; j < clauseEnd - 1; j++) {
    const lower = tokens[j].lower;
    if (lower !== 'in' && lower !== 'over' && lower !== 'across' && lower !== 'from') continue;
    let k = j + 1;
    while (k < clauseEnd && k - j <= 3 && OCCASION_DETERMINERS.has(tokens[k].lower)) k++;
    const count = tokens[k];
    if (!count || count.kind !== 'number' || (k >= q.firstToken && k <= q.lastToken)) continue;
    for (let m = k + 1; m < Math.min(clauseEnd, k + 5); m++) {
      const t = tokens[m];
      if (!isWord(t)) break;
      if (OCCASIONS.has(t.lower)) return `${count.text} ${t.lower}`;
    }
  }
  return null;
}

/** Participles that tell a figure as the effect of the clause before them ("..., affecting 5,000 passengers"). */
const EFFECT_PARTICIPLES = new Set(['affecting', 'involving', 'impacting', 'disrupting']);

/**
 * An effect's event with its cause: the last event of the sentence's figures before it that is no effect and no
 * change ("cancel 77 flights, affecting about 5,000 passengers": passengers affected by the cancellations, not by the
 * delays another sentence tells of). The effect alone when no figure before it has such an event.
 */
function effectEvent(effect: string, before: QuantityFrame[]): string {
  const cause = before.findLast(
    (f) => f.event !== null && !EFFECT_PARTICIPLES.has(f.event) && !CHANGE_EVENTS.has(f.event),
  );
  return cause ? `${effect} by ${cause.event}` : effect;
}

/** Verbs of saying whose object is a clause, and their base form ("they say 177 militants were killed"): their
 * subject speaks, and owns no figure of the clause. */
const SAYING_VERBS = new Set([...SAYING_VERB_FORMS, 'say']);

/** Sentence-initial words that are no one's name though they stand as a subject (plurals are known by their form or
 * as IRREGULAR_PLURALS). */
const NOT_FIRST_NAMES = new Set([
  'everyone',
  'everybody',
  'nobody',
  'someone',
  'somebody',
  'each',
  'either',
  'neither',
  'none',
  'one',
  'rain',
  'turnout',
  'inflation',
  'unemployment',
  'growth',
  'traffic',
  'demand',
  'production',
  'output',
]);

/**
 * Whether a sentence's capitalised first word, standing alone as its clause's subject, is a name: not a plural,
 * an institution ("Police", "Government") or a word for everyone or an amount ("Nobody", "Turnout").
 */
function firstWordIsName(word: Token): boolean {
  const lower = word.lower;
  if (word.text.length < 2 || /[^\p{L}'’-]/u.test(word.text) || /ly$/.test(lower)) return false;
  if (isPluralWord(lower) || IRREGULAR_PLURALS.has(lower) || NOT_FIRST_NAMES.has(lower)) return false;
  return !ORG_HEADS.has(lower) && !isEventWord(lower) && !isVerbForm(word);
}

/**
 * Whether a figure is a person's or a thing's age: "at the age of 85", "at age 85", "Smith, age 85", "aged 85", "85 years of age",
 * "the 23-year-old", "7 years old", "11 year olds", "She was 85." (statedAgeSubject). An age says who someone is; it is no
 * quantity of the story.
 */
function isAge(tokens: Token[], q: RawQuantity): boolean {
  if (q.age) return true;
  const before = tokens[q.firstToken - 1]?.lower;
  if (q.kind === 'count' && q.unitKey === null) {
    if (before === 'aged') return true;
    // "at age 85"; "Smith, age 61,".
    if (before === 'age' && (tokens[q.firstToken - 2]?.lower === 'at' || tokens[q.firstToken - 2]?.text === ','))
      return true;
    if (before === 'of' && tokens[q.firstToken - 2]?.lower === 'age' && tokens[q.firstToken - 3]?.lower === 'the')
      return true;
    if (statedAgeSubject(tokens, q) >= 0) return true;
  }
  if (q.kind !== 'duration') return false;
  const next = tokens[q.lastToken + 1]?.lower ?? '';
  return (
    /-olds?$/i.test(q.unit ?? '') || /^olds?$/.test(next) || (next === 'of' && tokens[q.lastToken + 2]?.lower === 'age')
  );
}

/** A bare figure that is an age ("aged 85", "She was 85."): a length in years, as "the 85-year-old" is. */
function inYears(q: RawQuantity): void {
  q.age = true;
  q.kind = 'duration';
  q.unitKey = 'year';
}

/** The oldest age a bare figure after a person's "is" or "was" is read as. */
const MAX_STATED_AGE = 120;
/** Words between a person's "is" or "was" and their age: "who is now 37", "he was just 20", "he was aged 63". */
const BEFORE_STATED_AGE = new Set(['now', 'then', 'only', 'just', 'still', 'aged']);
/** Words a stated age stands before, its clause ended: "who is 27 and asked", "he was 17 when", "33 at the time". */
const AFTER_STATED_AGE = new Set(['and', 'but', 'when', 'at', 'in']);
/** Marks that end the clause of a stated age: "She was 85.", "who is 27, said". */
const AFTER_STATED_AGE_MARKS = new Set(['.', ',', ';', ':', '!', '?', ')', '—', '–', '"', '”', '’']);

/**
 * The subject of the "is" or "was" a bare whole figure is the age of, the figure ending its clause: "She was 85.",
 * "The woman, who is 27 and asked", "Jones was 85 when", "the victim was 27". The index of the pronoun, "who", the
 * name's last word or the role ("victim"); -1 for any other figure ("The score was 2.", "there were 16.").
 */
function statedAgeSubject(tokens: Token[], q: RawQuantity): number {
  if (q.qualifier !== 'exact' || typeof q.stated !== 'number' || !Number.isInteger(q.stated)) return -1;
  if (q.stated < 1 || q.stated > MAX_STATED_AGE || q.numberFirst !== q.firstToken) return -1;
  const next = tokens[statedAgeEnd(tokens, q) + 1];
  if (next && !AFTER_STATED_AGE_MARKS.has(next.text) && !AFTER_STATED_AGE.has(next.lower)) return -1;
  let verb = q.firstToken - 1;
  if (BEFORE_STATED_AGE.has(tokens[verb]?.lower ?? '')) verb--;
  if (!BE_TENSED.has(tokens[verb]?.lower ?? '')) return -1;
  const s = verb - 1;
  const subject = tokens[s];
  if (!isWord(subject)) return -1;
  const lower = subject.lower;
  if (PERSON_PRONOUNS.has(lower) || lower === 'who' || lower === 'i') return s;
  if (PERSON_ROLES.has(lower)) return tokens[s - 1]?.lower === 'the' ? s : -1;
  if (!isCapitalized(subject) || FUNCTION_WORDS.has(lower) || ABSTRACT_NOUN.test(lower)) return -1;
  // A sentence's first word is a name when it is no common word; "Jones was", "Williams is": a name that looks plural.
  const singularVerb = tokens[verb].lower === 'was' || tokens[verb].lower === 'is';
  return s > 0 || firstWordIsName(subject) || (singularVerb && isPluralWord(lower) && !ORG_HEADS.has(lower)) ? s : -1;
}

/** Endings of abstract nouns, no names: "Attendance was 85.", "Employment is 60". */
const ABSTRACT_NOUN = /(?:ance|ment|tion|sion|ness|ity|ship)$/;

/** The last token of a stated age: its figure, or the "old" after its years ("she is 27 years old."). */
function statedAgeEnd(tokens: Token[], q: RawQuantity): number {
  return q.kind === 'duration' && tokens[q.lastToken + 1]?.lower === 'old' ? q.lastToken + 1 : q.lastToken;
}

/**
 * The person "she" or "he" alone in a sentence of its own stands for ("She was 85."): the name the sentence before opens
 * with, followed by its verb or an apposition ("Bettie Page, the pin-up model, has died."); null when it opens with
 * none ("Legendary pinup queen Bettie Page died", "Cause of death was not released") or with a speaker ("Patrick
 * Kennedy says Lawford died", "Patrick Kennedy, told The Associated Press": "he" is whom they speak of).
 */
export function openingName(tokens: Token[]): string | null {
  let end = 0;
  while (isWord(tokens[end]) && isCapitalized(tokens[end])) end++;
  const next = tokens[end];
  if (
    end === 0 ||
    !next ||
    !(next.text === ',' || (isWord(next) && (isVerbForm(next) || COPULAS_AND_HAVE.has(next.lower))))
  )
    return null;
  const verb = next.text === ',' ? tokens[end + 1] : next;
  if (isWord(verb) && isSpeechCue(verb)) return null;
  return end === 1 && !firstWordIsName(tokens[0]) ? null : nameKey(tokens, 0, 1);
}

/** Words that open a clause of another time than the story's: "when he was 13", "since he was 15", "by the time she was 26". */
const OTHER_TIME_OPENERS = new Set(['when', 'since', 'until', 'till', 'before', 'after', 'while', 'once', 'time']);

/**
 * The person a stated age is of (see statedAgeSubject): a name ("Jones was 85": Jones), the name or role a "who"
 * follows ("Whitmer, who is now 37"), "she" or "he" alone in a sentence of its own ("She was 85.": read as the name
 * the sentence before opens with, see openingName), "the victim". Null for an age of another time ("when he was 13", "was
 * 33 at the time") and of anyone else ("I was 20", "The woman, who is 27").
 */
function statedAgeOwner(tokens: Token[], q: RawQuantity, s: number): string | null {
  const end = statedAgeEnd(tokens, q);
  const after = tokens[end + 1]?.lower;
  if (after === 'when' || after === 'at' || OTHER_TIME_OPENERS.has(tokens[s - 1]?.lower ?? '')) return null;
  const subject = tokens[s];
  if (PERSON_PRONOUNS.has(subject.lower)) return s === 0 && end + 2 >= tokens.length ? subject.lower : null;
  if (subject.lower === 'who') {
    const noun = tokens[s - 1]?.text === ',' ? s - 2 : s - 1;
    if (isWord(tokens[noun]) && isCapitalized(tokens[noun])) return nameKey(tokens, noun, -1);
    return PERSON_ROLES.has(tokens[noun]?.lower ?? '') && tokens[noun - 1]?.lower === 'the' ? tokens[noun].lower : null;
  }
  if (PERSON_ROLES.has(subject.lower)) return subject.lower;
  return subject.lower === 'i' ? null : nameKey(tokens, s, -1);
}

/** What the frame of a named person's age measures, and its dimension (see agedPerson); its agent is the person. */
export const AGE = 'age';

/** Whether a frame is a named person's age (not a count of ages: "Age: 27"). */
export function isAgeFrame(frame: QuantityFrame): boolean {
  return frame.dimension === AGE;
}

/** What joins a part's counted noun to the size of its whole in `measured` ("award out of 12"). */
const OUT_OF = ' out of ';

/** The measured of a part of a counted whole ("11 of the 12 awards": "award out of 12"). */
function partMeasured(measured: string, whole: string): string {
  return `${measured}${OUT_OF}${whole}`;
}

/**
 * Whether a frame counts a part of a counted whole ("11 of the 12 awards", "Of the 298 people who died, 193 were
 * Dutch"): it heads no count of the whole's noun, so it is compared with none.
 */
export function isPartOfWhole(frame: QuantityFrame): boolean {
  return (
    frame.dimension === 'count' && frame.head === null && frame.measured !== null && frame.measured.includes(OUT_OF)
  );
}

/** Words after a surname that are part of the name ("Eugene Blackwell Jr."). */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii']);

/**
 * The word two reports' ages of one person are filed by: a name's surname, lower case ("Sharron Smith" and "Smith":
 * "smith"; "Eugene Blackwell Jr": "blackwell"), a role as it is ("victim"); see sameAgeOwner.
 */
export function ageOwnerWord(agent: string): string {
  const words = agent.toLowerCase().split(' ');
  if (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words[words.length - 1];
}

/**
 * Whether two owners of ages are one person: one name, or a surname alone and a name it ends ("Smith" and "Sharron
 * Smith"); not two names of one surname ("Sharron Smith" and "Jane Smith").
 */
export function sameAgeOwner(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  return (!a.includes(' ') || !b.includes(' ')) && ageOwnerWord(a) === ageOwnerWord(b);
}

/**
 * The person an age is of, when a name stands right beside it: "61-year-old Sharron Diane Crawford Smith", "Sharron
 * Smith, age 61,", "Smith, aged 61", "Jane Doe, 61 years old", "the 23-year-old victim", or is the subject of its "is"
 * or "was" ("Jones was 85": statedAgeOwner). Named by the first and last words of the name, titles left out ("Police
 * Chief Jim Williams": "Jim Williams"), or its one word ("Jones"); null for an age of no named person ("a 60-year-old
 * woman") or of another time ("the then-17-year-old").
 */
function agedPerson(tokens: Token[], q: RawQuantity): string | null {
  const before = tokens[q.firstToken - 1];
  if (/-olds?$/i.test(q.unit ?? '')) {
    if (before?.lower === 'then' || (before?.text === '-' && tokens[q.firstToken - 2]?.lower === 'then')) return null;
    const role = tokens[q.lastToken + 1]?.lower ?? '';
    // "the 23-year-old victim".
    if (PERSON_ROLES.has(role) && before?.lower === 'the') return role;
    return nameKey(tokens, q.lastToken + 1, 1);
  }
  // "Smith, age 61", "Smith, aged 61": the name before the comma.
  if ((before?.lower === 'age' || before?.lower === 'aged') && tokens[q.firstToken - 2]?.text === ',')
    return nameKey(tokens, q.firstToken - 3, -1);
  // "Jane Doe, 61 years old,".
  if (tokens[q.lastToken + 1]?.lower === 'old' && before?.text === ',') return nameKey(tokens, q.firstToken - 2, -1);
  const subject = statedAgeSubject(tokens, q);
  return subject >= 0 ? statedAgeOwner(tokens, q, subject) : subjectOfAgedVerb(tokens, q);
}

/**
 * The person an age after a verb is of: the verb's subject, a name right before it ("Jane Doe died at age 61", "Jane
 * Doe retired at the age of 61", "Jane Doe died aged 61"), one auxiliary or adverb at most between. Null when the
 * age phrase follows no verb ("a woman, age 61") or its subject is no name of two words or more.
 */
function subjectOfAgedVerb(tokens: Token[], q: RawQuantity): string | null {
  const before = tokens[q.firstToken - 1]?.lower;
  // Where the age phrase opens: "aged", "at age", "at the age of".
  const open =
    before === 'aged'
      ? q.firstToken - 1
      : before === 'age' && tokens[q.firstToken - 2]?.lower === 'at'
        ? q.firstToken - 2
        : before === 'of' && tokens[q.firstToken - 3]?.lower === 'the' && tokens[q.firstToken - 4]?.lower === 'at'
          ? q.firstToken - 4
          : -1;
  const verb = tokens[open - 1];
  if (open < 2 || !verb || !isWord(verb) || isCapitalized(verb) || !isVerbForm(verb) || isSpeechCue(verb)) return null;
  let s = open - 2;
  if (tokens[s] && isWord(tokens[s]) && !isCapitalized(tokens[s])) s--;
  return tokens[s] && isCapitalized(tokens[s]) ? nameKey(tokens, s, -1) : null;
}

/**
 * The key of the person's name that starts (step 1) or ends (step -1) at token `from`: its first and last words, with
 * a suffix ("Eugene Blackwell Jr"), or its one word ("Jones"); null when no name stands there, or the name is a
 * preposition's object ("died in Los Angeles, aged 85": a place).
 */
function nameKey(tokens: Token[], from: number, step: 1 | -1): string | null {
  const words: Token[] = [];
  let possessive = false;
  let k = from;
  for (; k >= 0 && k < tokens.length && words.length < 8; k += step) {
    const t = tokens[k];
    if (t.text === '.' && !t.spaceBefore) continue; // "Jr.", "J."
    if (!isWord(t) || !isCapitalized(t) || FUNCTION_WORDS.has(t.lower)) break;
    if (MONTH_WORDS.has(t.lower) || WEEKDAY_SET.has(t.lower) || ORG_HEADS.has(t.lower)) break;
    if (/['’]s$/.test(t.text)) {
      // "Fifteen-year-old Donald Young's first appearance": the name ends in its possessive.
      possessive = step === 1 && words.length > 0;
      if (possessive) words.push({ ...t, text: t.text.slice(0, -2) });
      break;
    }
    words.push(t);
  }
  if (step === -1) words.reverse();
  // "a 24-year-old Los Angeles man", "the 22-year-old Czech Republic international": names before a noun modify it.
  if (step === 1 && !possessive && isNounAfterName(tokens[k])) return null;
  if (step === -1 && NOUN_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
  let first = 0;
  while (first < words.length && isTitleWord(words[first])) first++;
  const name = words.slice(first);
  const suffix = name.length > 2 && NAME_SUFFIXES.has(name[name.length - 1].lower) ? name.pop() : undefined;
  if (name.length === 0) return null;
  // "the 25-year-old Briton", "the 50-year-old MP": a word for a kind of person, no name.
  if (name.length === 1) return NATIONALITY_WORDS.has(name[0].lower) || isAcronym(name[0]) ? null : name[0].text;
  return [name[0], name[name.length - 1], ...(suffix ? [suffix] : [])].map((t) => t.text).join(' ');
}

/**
 * A lower-case word after capitalised words that is no verb ("was", "contemplates", "drowned") nor function word: a
 * noun they modify ("man"), or a participle that makes them a modifier ("World Cup winning scrum-half").
 */
function isNounAfterName(t: Token | undefined): boolean {
  if (!isWord(t) || isCapitalized(t) || FUNCTION_WORDS.has(t.lower)) return false;
  // "the 34-year-old Leicester lock's final match": a possessive is a noun's.
  return t.lower.endsWith('ing') || /['’]s$/.test(t.text) || (!isVerbForm(t) && !t.lower.endsWith('s'));
}

/** A word written in capitals ("MP", "CEO"): an abbreviation, no person's name. */
function isAcronym(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase();
}

/** The frame of a named person's age: the person's, of no event, place or time of the story; in years. */
function ageFrame(person: string, q: RawQuantity): QuantityFrame {
  const conversion = q.kind === 'duration' && q.unitKey ? conversionOf(q.unitKey) : undefined;
  const yearScale = conversionOf('year')?.scale ?? 1;
  return {
    ...EMPTY_FRAME,
    measured: AGE,
    agent: person,
    dimension: AGE,
    unit: 'year',
    scale: conversion ? conversion.scale / yearScale : 1,
  };
}

/** The hyphenated words that give a group's size, the group named after them ("a 550-member delegation", "a 5,000-strong crowd"). */
const GROUP_SIZE_WORDS = new Set(['member', 'strong', 'man', 'woman', 'person', 'people']);

/**
 * Nouns before "of" + a figure that name no group of things counted but a measure or a figure itself ("a total of
 * 400", "the age of 85", "a height of 30"): normalisation of what is not counted, not a list of what may be.
 */
const NOT_GROUPS = new Set([
  'total',
  'number',
  'figure',
  'toll',
  'tally',
  'count',
  'sum',
  'average',
  'maximum',
  'minimum',
  'majority',
  'minority',
  'rest',
  'age',
  'height',
  'depth',
  'length',
  'width',
  'distance',
  'weight',
  'speed',
  'rate',
  'level',
  'margin',
  'score',
  'record',
  'capacity',
  'temperature',
  'increase',
  'rise',
  'fall',
  'drop',
  'decline',
  'gain',
  'loss',
  'value',
  'price',
  'cost',
  'budget',
  'amount',
  'size',
  'peak',
  'low',
  'high',
  'range',
  'turnout',
  'share',
  'ratio',
  'part',
  'half',
  'percentage',
  'proportion',
  'top',
  'bottom',
  'list',
  'out',
  'one',
  'each',
  'some',
  'most',
  'all',
  'none',
  'any',
  'both',
  'many',
  'few',
  'estimate',
  'population',
  'magnitude',
  'scale',
]);

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** "of the demonstrators"; not "of those cases", a part of a figure already given. */
const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** A lower-case content word that may head a noun phrase (no function word, verb form, adverb or number). */
function isCommonNoun(t: Token | undefined): t is Token {
  return (
    isWord(t) &&
    !isCapitalized(t) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !isVerbForm(t) &&
    !/ly$/.test(t.lower) &&
    !/^\d/.test(t.lower)
  );
}

/**
 * The group a bare figure counts when its noun stands elsewhere in the phrase: before "of" ("a delegation of more
 * than 400", "a crowd of 5,000"), after a hyphenated size ("a 550-member delegation", "a 5,000-strong crowd"), or
 * after a partitive "of the" ("more than 10,000 of the demonstrators"). The noun, singular, and its token index.
 */
function groupNoun(
  tokens: Token[],
  q: RawQuantity,
  others: Uint8Array,
): { noun: string; at: number; whole?: number } | null {
  // "a 550-member delegation": the noun after the size, past names and adjectives ("a 550-member North Korean delegation").
  if (tokens[q.lastToken - 1]?.text === '-' && GROUP_SIZE_WORDS.has(tokens[q.lastToken].lower)) {
    for (let j = q.lastToken + 1; j < Math.min(tokens.length, q.lastToken + 4); j++) {
      const t = tokens[j];
      if (isWord(t) && isCapitalized(t)) continue;
      if (!isCommonNoun(t)) return null;
      let last = j;
      while (isCommonNoun(tokens[last + 1]) && last - j < 2) last++;
      return { noun: singular(tokens[last].lower), at: last };
    }
    return null;
  }
  if (q.unitKey !== null) return null;
  // The figure's own partitive first: "winners of 11 of the 12 main awards" counts awards.
  const part = partitiveNoun(tokens, q, others);
  if (part) return part;
  // "a delegation of more than 400": a determiner, the group's noun, "of", the figure.
  const noun = tokens[q.firstToken - 2];
  if (
    tokens[q.firstToken - 1]?.lower === 'of' &&
    isCommonNoun(noun) &&
    DETERMINERS.has(tokens[q.firstToken - 3]?.lower ?? '') &&
    !NOT_GROUPS.has(singular(noun.lower)) &&
    !isEventWord(noun.lower) &&
    !isEventWord(singular(noun.lower))
  )
    return { noun: singular(noun.lower), at: q.firstToken - 2 };
  return null;
}

/**
 * The plural noun of a count's partitive "of" phrase: "more than 10,000 of the demonstrators", "two of all
 * entrants", "11 of the 12 main awards", "62 of parliament's 150 seats", "three of a possible five nominations" (a
 * whole with a figure of its own: "a" only there). Adjectives and the whole's figure may stand before the noun.
 */
function partitiveNoun(
  tokens: Token[],
  q: RawQuantity,
  others: Uint8Array,
): { noun: string; at: number; whole?: number } | null {
  const of = q.lastToken + 1;
  const determiner = tokens[of + 1]?.lower ?? '';
  if (tokens[of]?.lower !== 'of') return null;
  const first = of + 2;
  if (determiner === 'a' || determiner === 'an') {
    // "of a possible five nominations": a whole that is itself a figure.
    let k = first;
    while (k < first + 2 && isCommonNoun(tokens[k]) && !others[k]) k++;
    if (!others[k]) return null;
  } else if (!PARTITIVE_DETERMINERS.has(determiner) && determiner !== 'all' && !isPossessiveDeterminer(determiner))
    return null;
  let whole = -1;
  for (let j = first; j < Math.min(tokens.length, first + 5); j++) {
    if (others[j]) {
      if (whole < 0) whole = j; // the whole's own figure ("of the 12 main awards")
      continue;
    }
    const t = tokens[j];
    if (!isWord(t) || FUNCTION_WORDS.has(t.lower) || isVerbForm(t)) return null;
    if (!isCapitalized(t) && isPluralWord(t.lower))
      return whole < 0 ? { noun: singular(t.lower), at: j } : { noun: singular(t.lower), at: j, whole };
  }
  return null;
}

/**
 * Whether a word is an owner's possessive that may open a partitive's whole ("of parliament's 150 seats", "of Snoop's
 * favorite recipes"); not a plural's ("thousands of people's life savings": thousands of people).
 */
function isPossessiveDeterminer(lower: string): boolean {
  return /['’]s$/.test(lower) && !isPluralWord(lower.slice(0, -2));
}

/** The size of the counted whole whose figure stands at token `at` ("11 of the 12 awards": "12"), or null. */
function wholeSize(quantities: RawQuantity[], at: number): string | null {
  for (const q of quantities) {
    if (at < q.numberFirst || at > q.numberLast) continue;
    return Array.isArray(q.stated) ? q.stated.join('-') : String(q.stated);
  }
  return null;
}

const PART_PRONOUNS = new Set(['them', 'whom', 'which', 'these', 'those']);
/** Words after "those" that say who they are ("those who", "those in the car"). */
const DESCRIBED_BY = new Set([
  'who',
  'whose',
  'that',
  'with',
  'without',
  'in',
  'at',
  'on',
  'from',
  'under',
  'over',
  'aged',
]);

/**
 * Whether a plural noun stands in tokens[0..end) ("Tests on the patients showed three of them ..."): whom a pronoun
 * after may name. A sentence longer than a clause before the figure may hold one too (and is not read again).
 */
function pluralNounBefore(tokens: Token[], end: number): boolean {
  if (end > MAX_CLAUSE_SIDE) return true;
  for (let j = 0; j < end; j++) {
    const t = tokens[j];
    if (!isWord(t) || (isCapitalized(t) && j > 0) || FUNCTION_WORDS.has(t.lower) || isVerbForm(t)) continue;
    if (isPluralWord(t.lower) && !DURATION_UNITS.has(t.lower)) return true;
  }
  return false;
}
const PART_COPULAS = new Set([...BE_FORMS, 'all', 'also', 'mostly']);

/**
 * "Four people were arrested, two of them women", "300 were evacuated, 40 of whom were children": the figure counts
 * the noun its "of them/whom" says it is ("women", "children"), else the noun of the group it is part of, named in
 * its sentence before it (the figure before it, or the plural noun before its comma), with the verb after "whom".
 */
function partOfGroup(
  input: FrameInput,
  frames: QuantityFrame[],
  index: number,
  frame: QuantityFrame,
  others: Uint8Array,
): void {
  const { tokens, quantities } = input;
  const q = quantities[index];
  const of = q.lastToken + 1;
  if (tokens[of]?.lower !== 'of' || !PART_PRONOUNS.has(tokens[of + 1]?.lower ?? '')) return;
  let j = of + 2;
  while (isWord(tokens[j]) && PART_COPULAS.has(tokens[j].lower)) j++;
  const own = tokens[j];
  const demonstrative = tokens[of + 1].lower === 'those' || tokens[of + 1].lower === 'these';
  if (isCommonNoun(own) && isPluralWord(own.lower)) {
    if (demonstrative) return; // "14,000 of those cases": a part of a figure already given, no group of its own
    frame.head = singular(own.lower);
    frame.measured = MEASURED_SYNONYMS.get(frame.head) ?? frame.head;
    return;
  }
  // "one in 50 of those driving", "two of those who ...": a group the words after "those" describe, no group before.
  if (demonstrative && isWord(own) && (DESCRIBED_BY.has(own.lower) || /[^aeiou]ing$/.test(own.lower))) return;
  let head: string | null = null;
  let measured: string | null = null;
  let previous = index - 1;
  while (previous >= 0 && index - previous <= 4 && !(quantities[previous].kind === 'count' && frames[previous].head))
    previous--;
  if (previous >= 0 && index - previous <= 4) {
    head = frames[previous].head;
    measured = frames[previous].measured;
  } else {
    for (let k = q.firstToken - 1; k >= Math.max(0, q.firstToken - 3); k--) {
      const t = tokens[k];
      if (t.text === ',') continue;
      if (isCommonNoun(t) && isPluralWord(t.lower) && !DURATION_UNITS.has(t.lower)) head = measured = singular(t.lower);
      break;
    }
  }
  // "The researchers tested thousands of synthetic molecules ... Three of them reacted": the group the sentence
  // before counts, when no plural noun of its own sentence stands before the figure.
  const group = input.groupBefore;
  const anaphor = demonstrative || tokens[of + 1].lower === 'them'; // "whom" and "which" name a noun of their sentence
  if (head === null && group && anaphor && !pluralNounBefore(tokens, q.firstToken)) {
    head = group.head;
    measured = group.measured;
  }
  if (head === null) return;
  frame.head = head;
  frame.measured = measured;
  const verb = eventAfter(tokens, of + 2, others);
  if (verb) frame.event = verb;
}

/**
 * Words before a figure that make it a noun phrase of its own, its noun left out ("the other three", "all four");
 * not "these two" or "those two", which point at what the text names, as often as at what it counts.
 */
const ELIDING_DETERMINERS = new Set(['the', 'other', 'remaining', 'all']);

/** Of ELIDING_DETERMINERS, those that make the figure a part of the group, not all of it ("the other three"). */
const PART_DETERMINERS = new Set(['other', 'remaining']);

/** Whether a token is a figure's first word in digits or in words ("12", "three"; not "a", "half" or "few"). */
function isFigureWord(t: Token): boolean {
  return t.kind === 'number' || (WORD_STARTS.has(t.lower) && !VAGUE_STARTS.has(t.lower));
}

/** Words that start a figure in words but no exact count a noun may be left out of ("a few", "half", "several"). */
const VAGUE_STARTS = new Set(['a', 'an', 'half', 'few', 'several', 'tens', 'hundred', 'thousand', 'dozen']);

/** How many figures back a figure whose noun is left out looks for the counted noun it repeats. */
const ELIDED_REACH = 4;

/** A figure's one stated number ("12", "at least 12"), or null for a range or a fraction. */
function statedSize(q: RawQuantity): number | null {
  return typeof q.stated === 'number' && Number.isInteger(q.stated) ? q.stated : null;
}

/**
 * Whether what follows a figure shows its noun left out: the sentence's end, a clause's punctuation (not the hyphen
 * of "a 15,800-square-metre building"), a verb or a function word ("the three who voted", "all four were charged");
 * not a noun, a name or "of" ("the two of us").
 */
function endsElidedPhrase(next: Token | undefined): boolean {
  if (next === undefined) return true;
  if (next.kind === 'punct') return next.text !== '-' && next.text !== '–' && next.text !== '/';
  if (next.kind !== 'word' || next.lower === 'of') return false;
  return isVerbForm(next) || FUNCTION_WORDS.has(next.lower);
}

/**
 * A definite figure whose noun is left out ("Police arrested five suspects. The other three were released.", "the
 * 12 were being held", "Nine of the ten were found") counts the noun of the group counted just before it: the last
 * counted noun of its sentence (within ELIDED_REACH figures), else the one plural noun the sentence before counts
 * (see countedGroup), when no plural noun of its own sentence stands before it. The figures must say it is that group:
 * "the 12", "all 12" or "of the 12" repeat a group of 12, "the other three" or "the remaining three" are fewer than
 * it ("Larson joined two female co-workers ... the three curled up" counts no co-workers). "Nine of the ten" is a
 * part of that whole ("suspect out of 10", compared with none), its event the verb after the whole; the whole itself
 * counts the group, whatever befell its part.
 */
function elidedGroup(
  input: FrameInput,
  frames: QuantityFrame[],
  index: number,
  frame: QuantityFrame,
  others: Uint8Array,
): void {
  const { tokens, quantities } = input;
  const q = quantities[index];
  const size = statedSize(q);
  if (q.unitKey !== null || q.numberFirst !== q.firstToken || size === null || size < 2) return;
  let after = q.lastToken + 1;
  // "Nine of the ten were found": the whole's figure, its noun left out too.
  let whole: RawQuantity | null = null;
  const determiner = tokens[q.firstToken - 1]?.lower ?? '';
  if (tokens[after]?.lower === 'of' && tokens[after + 1]?.lower === 'the' && others[after + 2]) {
    // The whole is the next figure (no search: a table row may hold thousands).
    const next = quantities[index + 1];
    whole = next !== undefined && next.firstToken === after + 2 ? next : null;
    const wholeSize = whole === null || whole.unitKey !== null ? null : statedSize(whole);
    if (wholeSize === null || wholeSize <= size) return;
    after = whole!.lastToken + 1;
  }
  // "Organisers put the crowd at 40,000; police said 12,000": a second estimate of the group counted before it.
  const estimate =
    whole === null && SAYING_VERBS.has(determiner) && (tokens[after] === undefined || isClauseEnd(tokens[after]));
  if (whole === null && !ELIDING_DETERMINERS.has(determiner) && !estimate) return;
  if (!endsElidedPhrase(tokens[after])) return;
  // The size the group must have: the whole's, or this figure's own (a part's: larger).
  const groupSize = whole ? statedSize(whole)! : size;
  const part = whole === null && PART_DETERMINERS.has(determiner);
  const fits = (sizes: readonly number[]) => estimate || sizes.some((n) => (part ? n > groupSize : n === groupSize));
  let group: CountedGroup | null = null;
  for (let k = index - 1; k >= 0 && index - k <= ELIDED_REACH; k--) {
    const { head, measured } = frames[k];
    if (quantities[k].kind !== 'count' || head === null || measured === null) continue;
    const sizeBefore = statedSize(quantities[k]);
    group = { head, measured, sizes: sizeBefore === null ? [] : [sizeBefore] };
    break;
  }
  if (group === null && input.groupBefore && !estimate && !pluralNounBefore(tokens, q.firstToken))
    group = input.groupBefore;
  if (group === null || !fits(group.sizes)) return;
  // The whole of "Nine of the ten were found": the verb after it tells what befell its part.
  const partitiveWhole = tokens[q.firstToken - 2]?.lower === 'of' && others[q.firstToken - 3] === 1;
  if (partitiveWhole) frame.event = null;
  else frame.event ??= eventAfter(tokens, after, others) || null;
  if (whole) {
    frame.measured = partMeasured(group.measured, String(groupSize));
    return;
  }
  frame.head = group.head;
  frame.measured = group.measured;
}

/** How many words a noun phrase after "were" may hold ("12 were police officers"). */
const MAX_PREDICATE_NOUNS = 3;

/**
 * A bare figure whose verb says what it counts ("just four are women", "Of the dead, 12 were children", "three were
 * police officers"): the plural noun after "are"/"were" heads it, when that noun phrase ends there (not "12 were
 * children's toys", "two were students' parents"). An adjective ("155 are Indonesian") names no noun.
 */
function predicateNoun(tokens: Token[], q: RawQuantity, frame: QuantityFrame): void {
  if (q.unitKey !== null) return;
  let j = q.lastToken + 1;
  if (!BE_TENSED.has(tokens[j]?.lower ?? '')) return;
  j++;
  while (isWord(tokens[j]) && PART_COPULAS.has(tokens[j].lower)) j++;
  let last = -1;
  // A noun phrase: no verb in -ing ("10 are attending ballet classes" counts no classes).
  for (let k = j; k < j + MAX_PREDICATE_NOUNS && isCommonNoun(tokens[k]) && !BE_FORMS.has(tokens[k].lower); k++) {
    if (tokens[k].lower.endsWith('ing')) return;
    last = k;
  }
  if (last < 0 || !isPluralWord(tokens[last].lower) || DURATION_UNITS.has(tokens[last].lower)) return;
  const next = tokens[last + 1];
  if (
    next !== undefined &&
    !(next.kind === 'punct' && next.text !== "'" && next.text !== '’') &&
    !FUNCTION_WORDS.has(next.lower)
  )
    return;
  const head = singular(tokens[last].lower);
  frame.head = head;
  frame.measured = MEASURED_SYNONYMS.get(head) ?? head;
}

/** Verbs that say what a part of a whole is ("Of the 298 people who died, 193 were Dutch"). */
const PART_OF_WHOLE_VERBS = BE_TENSED;

/**
 * "Of the 298 people who died aboard the flight, 193 were Dutch citizens": a bare count after the comma that closes
 * a sentence's opening "Of the <figure> <noun>" (its qualifier too: "Of the more than 298 people") is a part of that
 * counted whole, as "193 of the 298 people" is ("person out of 298"): no count of the whole's event of its own.
 */
function partOfOpeningWhole(input: FrameInput, frames: QuantityFrame[], index: number, frame: QuantityFrame): void {
  const { tokens, quantities } = input;
  const q = quantities[index];
  if (q.kind !== 'count' || q.unitKey !== null || index === 0) return;
  if (tokens[0]?.lower !== 'of' || !PARTITIVE_DETERMINERS.has(tokens[1]?.lower ?? '')) return;
  const whole = quantities[0];
  // The whole's phrase, its qualifier included, starts right after "Of the".
  if (whole.kind !== 'count' || whole.firstToken !== 2 || frames[0].head === null || frames[0].measured === null)
    return;
  if (tokens[q.firstToken - 1]?.text !== ',' || !PART_OF_WHOLE_VERBS.has(tokens[q.lastToken + 1]?.lower ?? '')) return;
  for (let j = whole.lastToken + 1; j < q.firstToken - 1; j++)
    if (tokens[j].text === ',' || isClauseEnd(tokens[j])) return;
  const size = Array.isArray(whole.stated) ? whole.stated.join('-') : String(whole.stated);
  frame.measured = partMeasured(frames[0].measured, size);
  frame.head = null;
}

/** What follows a bare figure that counts a part of the figure before it: a cause, a manner, a degree. */
const PART_CAUSES = new Set(['from', 'by', 'with']);

/**
 * Whether a bare figure right after a comma counts part of the count before it, in the same clause ("At least five
 * people were wounded, two from gunshots", "Seven people were injured, two seriously"): a smaller number with no
 * noun, followed by a cause ("from", "by", "with") or an adverb of manner or degree, never by a verb of its own.
 */
function isAppositivePart(tokens: Token[], whole: RawQuantity, part: RawQuantity, wholeFrame: QuantityFrame): boolean {
  if (whole.kind !== 'count' || part.kind !== 'count' || part.unitKey !== null || wholeFrame.event === null)
    return false;
  if (tokens[part.firstToken - 1]?.text !== ',' || part.numberFirst !== part.firstToken) return false;
  for (let j = whole.lastToken + 1; j < part.firstToken - 1; j++) if (tokens[j].kind === 'punct') return false;
  const value = (q: RawQuantity) => (Array.isArray(q.stated) ? q.stated[1] : q.stated);
  if (!(value(part) < value(whole))) return false;
  const next = tokens[part.lastToken + 1];
  if (!isWord(next) || isCapitalized(next)) return false;
  return PART_CAUSES.has(next.lower) || (/ly$/.test(next.lower) && !isVerbForm(next));
}

/** How many figures back a restated figure may look for the one it restates ("367 billion riyals ($98 billion) or 15 per cent"). */
const RESTATED_REACH = 3;

/**
 * A figure that restates the one before it in another unit or as a share or rate ("a deficit of 367 billion riyals
 * ($98 billion) or 15 per cent of GDP", "a deal worth $184 million or $23 million per season") is of what that one
 * is of, when its own phrase does not say.
 */
function restated(
  tokens: Token[],
  quantities: RawQuantity[],
  frames: QuantityFrame[],
  index: number,
  frame: QuantityFrame,
): void {
  const q = quantities[index];
  if (q.kind !== 'money' && q.kind !== 'percent' && q.kind !== 'other') return;
  let k = index - 1;
  let after = q.firstToken;
  let linked = false;
  while (k >= 0 && index - k <= RESTATED_REACH) {
    if (quantities[k].tally) return; // a record or score restates no measure
    // Only brackets, commas and "or" between the two figures.
    for (let j = quantities[k].lastToken + 1; j < after; j++) {
      const t = tokens[j];
      if (t.lower === 'or') linked = true;
      else if (t.text === '(' || t.text === ')') linked = true;
      else if (t.text === '.' && tokens[j + 1]?.text === '(')
        continue; // "43 lbs. (20 kg)"
      else if (t.text !== ',') return;
    }
    // A measure restates a measure ("about 43 lbs. (20 kg)", "a speed of 1.35km/h (0.83mph)"); a sum or share, a sum or share.
    const said = frames[k].measured !== null || frames[k].extent !== undefined;
    const kind = quantities[k].kind;
    if (said && (q.kind === 'other' ? kind === 'other' : kind === 'money' || kind === 'percent')) break;
    after = quantities[k].firstToken;
    k--;
  }
  if (k < 0 || index - k > RESTATED_REACH || !linked) return;
  const base = frames[k].measured?.replace(/ (?:per|of) .*$/, '') ?? null;
  // The same quantity in another unit or as a share: the same event and owner.
  frame.event ??= frames[k].event;
  frame.agent ??= frames[k].agent;
  if (frames[k].extent !== undefined) {
    // A property's measure in another unit ("a range of 3,000 km (1,800 miles)"): the same object and extent.
    frame.measured = base;
    frame.event = frames[k].event;
    frame.extent = frames[k].extent;
  } else if (q.kind === 'percent') {
    const own = subjectOf(tokens, q.firstToken);
    if (own === null) frame.measured = shareOf(tokens, q, base);
  } else if (frame.measured === null || frame.measured.startsWith('value per ')) {
    const period = ratePeriod(tokens, q);
    frame.measured = perPeriod(base, period);
  }
}

/** The long form of a whole a share is of, by its usual short name. */
const WHOLE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'gross domestic product': 'gdp',
    'gross national product': 'gnp',
    'gross national income': 'gni',
  }),
);

/**
 * What a share measures: what it is of, and the thing that is that share ("a budget deficit of 16 per cent of GDP"
 * → "deficit of gdp"; "40% of homes" → "home"; "a turnout of 60%" → "turnout").
 */
function shareOf(tokens: Token[], q: RawQuantity, subject: string | null): string | null {
  let whole = q.unitOf;
  let named = false;
  const of = q.lastToken + 1;
  if (whole === null && tokens[of]?.lower === 'of') {
    let first = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1;
    // "45% of Italy's economy": the owner's name stands before the whole, as a share in words reads it.
    const owner = tokens[first];
    if (isWord(owner) && isCapitalized(owner) && /['’]s$/.test(owner.lower)) first++;
    const words: string[] = [];
    for (let j = first; j < first + 3 && isWord(tokens[j]) && !FUNCTION_WORDS.has(tokens[j].lower); j++)
      words.push(tokens[j].lower);
    const name = WHOLE_NAMES.get(words.join(' '));
    const t = tokens[first];
    if (name) whole = name;
    else if (isWord(t) && /^[A-Z]{2,5}$/.test(t.text)) whole = t.lower; // an acronym: "GDP", "EU"
    named = whole !== null;
    // "1% of the population", "40% of the total debt": the whole's noun, singular or mass (a plural one is the
    // share's unitOf).
    whole ??= nounOfPhrase(tokens, first);
  } else if (whole !== null && WHOLE_NAMES.has(whole)) {
    whole = WHOLE_NAMES.get(whole)!;
    named = true;
  }
  if (whole === null) return null;
  if (TURNOUT_WHOLES.has(whole) && turnedOut(tokens, q.lastToken + 1)) return 'turnout';
  if (subject) return `${subject} of ${whole}`;
  // "80% of GDP" alone says what it is a share of, not what that share is (debt, spending, a deficit).
  return named ? null : whole;
}

/** Wholes whose share that turned out is a turnout ("64% of voters turned out"). */
const TURNOUT_WHOLES = new Set(['voter', 'electorate', 'elector']);

/** Whether "turned out" (or "turn out") follows within a few words from token `from`, in one clause. */
function turnedOut(tokens: Token[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length - 1, from + 4); j++) {
    if (!isWord(tokens[j])) return false;
    if (/^turn(?:s|ed|ing)?$/.test(tokens[j].lower) && tokens[j + 1].lower === 'out') return true;
  }
  return false;
}

/** Nouns that are a rate when a percentage is their value, besides RATE_NOUNS ("mortality is 90%", "turnout was 60%"). */
const PERCENT_RATE_NOUNS = new Set(['mortality', 'turnout']);

/** Rates named in other words: a fatality rate, mortality and a mortality rate are a death rate (longest first). */
const RATE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['mortality rate', 'death rate'],
  ['fatality rate', 'death rate'],
  ['mortality', 'death rate'],
]);

/** Words that tell when or how a rate is read, not which rate it is ("the current death rate", "the official rate"). */
const RATE_QUALIFIERS = new Set(['current', 'overall', 'latest', 'new', 'official', 'estimated', 'reported', 'actual']);

/** Verbs after which "to" or "at" sets a level: those of a change ("has increased to 70%", "fell to 5%": see
 * CHANGE_PREDICATES) and of a level that stands ("stood at 60%"). */
const LEVEL_VERBS = new Set([
  ...[...PREDICATE_WORDS]
    .filter(([word, name]) => CHANGE_PREDICATES.has(name) && isVerbWord(word))
    .map(([word]) => word),
  'stood',
  'stands',
]);

/** Words that may stand between a rate and its verb ("has increased", "had been", "is now"). */
const RATE_AUXILIARIES = new Set(['has', 'have', 'had', 'been', 'now', 'since']);

/**
 * The rate a percentage with no whole is the value of, when it is its clause's subject: "the death rate was around
 * 50 percent", "the death rate in the current outbreak has increased to 70 percent", "the fatality rate stood at
 * 60%". The rate's noun with the one word before it that names it ("death rate", "unemployment rate", "maternal
 * mortality"), in the words RATE_SYNONYMS gives; null when nothing names it ("the rate is 5%", "the ratio was 2%").
 */
function rateOf(tokens: Token[], q: RawQuantity): string | null {
  let j = q.firstToken - 1;
  while (j >= 0 && isWord(tokens[j]) && HEDGES.has(tokens[j].lower) && tokens[j].lower !== 'at' && q.firstToken - j < 4)
    j--;
  const link = tokens[j];
  if (!isWord(link)) return null;
  if ((link.lower === 'to' || link.lower === 'at') && isWord(tokens[j - 1]) && LEVEL_VERBS.has(tokens[j - 1].lower))
    j -= 2;
  else if (COPULAS.has(link.lower)) j -= 1;
  else return null;
  while (j >= 0 && isWord(tokens[j]) && RATE_AUXILIARIES.has(tokens[j].lower)) j--;
  // "the death rate in the current Ebola outbreak has increased": the rate the prepositional phrase follows.
  let rate = -1;
  for (let k = j; k >= 0 && k >= j - 6; k--) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (
      (RATE_NOUNS.has(t.lower) || PERCENT_RATE_NOUNS.has(t.lower)) &&
      (k === j || SUBJECT_PREPOSITIONS.has(tokens[k + 1]?.lower ?? ''))
    ) {
      rate = k;
      break;
    }
    if (isVerbForm(t)) break;
  }
  if (rate < 0) return null;
  const words = [tokens[rate].lower];
  for (let k = rate - 1; k >= rate - 2 && isCommonNoun(tokens[k]); k--)
    if (!RATE_QUALIFIERS.has(tokens[k].lower)) words.unshift(tokens[k].lower);
  if (words.length === 1 && RATE_NOUNS.has(words[0])) return null;
  const named = words.join(' ');
  for (const [written, key] of RATE_SYNONYMS)
    if (named === written || named.endsWith(` ${written}`))
      return `${named.slice(0, named.length - written.length)}${key}`;
  return named;
}

/** Determiners of a share's whole ("of its workforce", "of all income"). */
const WHOLE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'all', 'a', 'an', 'this', 'that']);

/**
 * The head of the common noun phrase at tokens[at], after one determiner, as a measured noun: its last word, or its
 * first plural one ("the total debt" → "debt", "the working-age population" → "population", "all users" → "user").
 * Null when no common noun starts there, when a possessive leaves open which noun is measured ("of men's
 * exonerations"), when a name ends it ("the UK market") or it is one a name abbreviates ("gross domestic
 * product"), when "and" joins a second word to it ("medium and large companies"), or when it only dates or
 * qualifies ("of the year", "of the total").
 */
function nounOfPhrase(tokens: Token[], at: number): string | null {
  let j = at;
  if (WHOLE_DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
  const words: string[] = [];
  while (words.length < 4 && isCommonNoun(tokens[j])) {
    // A hyphenated compound is one word ("e-mail", "working-age").
    let word = tokens[j].lower;
    while (isUnspacedHyphen(tokens, j + 1) && isWord(tokens[j + 2]) && !tokens[j + 2].spaceBefore) {
      word += `-${tokens[j + 2].lower}`;
      j += 2;
    }
    j++;
    if (/['’]s?$/.test(word)) return null; // "of men's exonerations": men, or their exonerations?
    words.push(word);
    if (isPluralWord(word)) break;
  }
  const next = tokens[j];
  const head = words[words.length - 1];
  if (
    head === undefined ||
    (isWord(next) && isCapitalized(next)) ||
    ((next?.lower === 'and' || next?.lower === 'or') && isCommonNoun(tokens[j + 1])) ||
    [...WHOLE_NAMES.keys()].some((name) => words.join(' ').endsWith(name))
  )
    return null;
  const noun = isPluralWord(head) ? singular(head) : head;
  return NOT_MEASURED.has(noun) ? null : (MEASURED_SYNONYMS.get(noun) ?? noun);
}

/** The noun a figure is the value of, as a measured noun ("a deficit of 16%" → "deficit"), or null. */
function subjectOf(tokens: Token[], first: number): string | null {
  const at = subjectBefore(tokens, first);
  if (at === null) return null;
  const noun = measuredNoun(tokens[at].lower);
  return GENERIC_SUMS.has(noun) ? null : noun;
}

/** Nouns of a sum that say nothing of what it is for ("prize money" is a prize; "a $23 million value"): the word before names it. */
const GENERIC_SUMS = new Set(['money', 'cash', 'fund', 'funds', 'sum', 'amount', 'value', 'figure']);

/**
 * What a physical measure is of: the noun after "of" ("7 kg of electronic waste every year" → "waste per year",
 * "30 cm of snow" → "snow"), else the noun it is the value of ("the distance was 10 km"); null if unsaid.
 */
function measureObject(tokens: Token[], q: RawQuantity): string | null {
  if (tokens[q.lastToken + 1]?.lower !== 'of') {
    const subject = subjectBefore(tokens, q.firstToken);
    return subject === null
      ? null
      : perPeriod(measuredNoun(tokens[subject].lower), ratePeriod(tokens, q.lastToken + 1));
  }
  let k = q.lastToken + 2;
  if (isWord(tokens[k]) && (tokens[k].lower === 'the' || tokens[k].lower === 'a')) k++;
  let last = -1;
  for (let j = k; j < k + 3 && isCommonNoun(tokens[j]) && !NOT_MEASURED.has(tokens[j].lower); j++) last = j;
  if (last < 0) return null;
  return perPeriod(measuredNoun(tokens[last].lower), ratePeriod(tokens, last + 1));
}

/** Directions a distance from a place is given in ("seven km east of Dargahan"). */
const COMPASS: ReadonlySet<string> = new Set(COMPASS_POINTS);

/**
 * "The epicentre was seven km east of Dargahan", "the building, 15 miles from the crash site": a distance of a thing
 * from a place, keyed by the thing, the direction and the place (its last capitalised word, else its noun): "epicentre
 * east of dargahan", "building from site". Null when no place follows ("half a mile away", "within 10 miles of the
 * coast") or no thing is named before it ("the quake struck 12 km east of Dargahan").
 */
function distanceFrom(tokens: Token[], q: RawQuantity): string | null {
  let k = q.lastToken + 1;
  // "10 kilometres (6 miles) from the capital": past the conversion in brackets.
  if (tokens[k]?.text === '(') {
    const close = tokens.slice(k, k + 6).findIndex((t) => t.text === ')');
    if (close < 0) return null;
    k += close + 1;
  }
  if (tokens[k]?.lower === 'away') k++;
  let link: string;
  if (isWord(tokens[k]) && COMPASS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of') {
    link = `${tokens[k].lower} of`;
    k += 2;
  } else if (tokens[k]?.lower === 'from' || tokens[k]?.lower === 'off') {
    link = tokens[k].lower;
    k++;
  } else return null;
  if (isWord(tokens[k]) && (tokens[k].lower === 'the' || tokens[k].lower === 'a' || tokens[k].lower === 'an')) k++;
  const t = tokens[k];
  if (!isWord(t)) return null;
  let place: string | null = null;
  if (isCapitalized(t)) {
    let m = k;
    while (m - k < 3 && isWord(tokens[m + 1]) && isCapitalized(tokens[m + 1]) && tokens[m + 1].spaceBefore) m++;
    place = tokens[m].lower.replace(/['’]s$/, '');
  } else {
    let last = -1;
    for (let j = k; j < k + 3 && isCommonNoun(tokens[j]) && !FUNCTION_WORDS.has(tokens[j].lower); j++) last = j;
    if (last >= 0) place = measuredNoun(tokens[last].lower);
  }
  const object = place === null ? null : distantObject(tokens, q);
  return object === null ? null : `${object} ${link} ${place}`;
}

/**
 * What is at a distance from a place: the noun the figure follows ("the building, about 15 miles north of Detroit",
 * "a motorist 50 miles north of Detroit") or the subject of "is" ("The epicentre was seven km east of Dargahan"). A
 * story gives many things' distances from one place: without its object a distance is of nothing said.
 */
function distantObject(tokens: Token[], q: RawQuantity): string | null {
  let j = q.firstToken - 1;
  if (tokens[j]?.text === ',') j--;
  const t = tokens[j];
  if (!isWord(t)) return null;
  if (BE.has(t.lower)) {
    const subject = subjectBefore(tokens, q.firstToken);
    return subject === null ? null : measuredNoun(tokens[subject].lower);
  }
  return isCommonNoun(t) && !FUNCTION_WORDS.has(t.lower) && !isVerbForm(t) ? measuredNoun(t.lower) : null;
}

/**
 * Dimensions whose figure may be a property of an object (its height, mass, range) rather than of an event: the
 * measures, written in units converted into one another ("km", "miles").
 */
export const PROPERTY_DIMENSIONS = new Set(['length', 'mass', 'area', 'volume', 'speed']);

/**
 * Verbs that only name the dimension of the measure they take, by their event key: "weighing 130 pounds", "stands 6ft",
 * "measures 30 metres", "spans 300 metres", "lasted three hours", "cost $5m", "priced at", "worth", "valued at". A
 * measure so told and one told with no verb ("5-foot-8, 135 pounds") are of one event; `null`: any property's.
 */
const DIMENSION_VERBS: ReadonlyMap<string, string | null> = new Map(
  (
    [
      ['weighs', 'mass'],
      ['stands', 'length'],
      ['measures', null],
      ['spans', 'length'],
      ['stretches', 'length'],
      ['lasts', 'duration'],
      ['costs', 'money'],
      ['priced', 'money'],
      ['worth', 'money'],
      ['valued', 'money'],
    ] as const
  ).map(([verb, dimension]) => [eventKey(verb), dimension]),
);

/** Whether an event (its key) only names the dimension of a measure: "weigh" of a mass (see DIMENSION_VERBS). */
export function namesDimension(event: string, dimension: string): boolean {
  const named = DIMENSION_VERBS.get(event);
  return named === undefined ? false : named === null ? PROPERTY_DIMENSIONS.has(dimension) : named === dimension;
}

/** Nouns naming which extent of an object a measure is ("a range of", "its height is"). */
const EXTENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['height', 'height'],
  ['altitude', 'height'],
  ['elevation', 'height'],
  ['length', 'length'],
  ['width', 'width'],
  ['breadth', 'width'],
  ['depth', 'depth'],
  ['thickness', 'thickness'],
  ['diameter', 'diameter'],
  ['radius', 'radius'],
  ['wingspan', 'wingspan'],
  ['range', 'range'],
  ['distance', 'distance'],
  ['weight', 'mass'],
  ['mass', 'mass'],
  ['speed', 'speed'],
  ['area', 'area'],
  ['capacity', 'capacity'],
]);

/** Adjectives naming an extent after a measure ("72 feet tall", "a 10-metre-high wall"). */
const EXTENT_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['tall', 'height'],
  ['high', 'height'],
  ['long', 'length'],
  ['wide', 'width'],
  ['broad', 'width'],
  ['deep', 'depth'],
  ['thick', 'thickness'],
  ['heavy', 'mass'],
]);

/**
 * Nouns a hyphenated measure names a kind of, not a property of one thing: a contest or a shot ("the 100-metre final",
 * "the 800m gold", "a 25-yard free kick", "a 10km run"). A story tells several.
 */
const MEASURED_KINDS = new Set([
  'race',
  'final',
  'event',
  'record',
  'title',
  'hurdle',
  'hurdles',
  'sprint',
  'relay',
  'freestyle',
  'backstroke',
  'breaststroke',
  'butterfly',
  'medley',
  'dash',
  'heat',
  'walk',
  'run',
  'swim',
  'ride',
  'marathon',
  'gold',
  'silver',
  'bronze',
  'medal',
  'champion',
  'championship',
  'course',
  'lap',
  'leg',
  'stage',
  'crown',
  'win',
  'victory',
  'time',
  'best',
  'lead',
  'putt',
  'kick',
  'goal',
  'shot',
  'strike',
  'effort',
  'drive',
  'pass',
  'penalty',
  'jump',
  'throw',
  'category',
  'class',
  'limit',
]);

/** Adverbs that end a noun phrase after a measure ("a 10-mile drive away"). */
const ADVERBS_OF_PLACE = new Set(['away', 'off', 'out', 'apart', 'back', 'across', 'around', 'ahead', 'behind']);

/** Verbs whose length, after "capable of", "can" or "able to", is a range ("capable of traveling 1,500 miles"). */
const RANGE_VERBS = new Set(['travel', 'traveling', 'travelling', 'fly', 'flying', 'reach', 'reaching']);

/** Verbs that state a property of their subject, and the extent they name (null: the word after says, "across"). */
const PROPERTY_VERBS: ReadonlyMap<string, string | null> = new Map([
  ['weigh', 'mass'],
  ['weighs', 'mass'],
  ['weighed', 'mass'],
  ['weighing', 'mass'],
  ['measure', null],
  ['measures', null],
  ['measured', null],
  ['measuring', null],
]);

/** Words between a subject and its verb of a property ("a vehicle that can weigh"). */
const SUBJECT_LINKS = new Set(['that', 'which', 'can', 'could', 'will', 'would', 'may', 'might', 'to', 'does', 'did']);

/** Copulas that state a property ("the plane was 1,700 feet in the air"), not a change ("reached", "topped"). */
const BE = new Set([...BE_FORMS, 'stands', 'stood']);

/**
 * A length, mass or speed read as a property of an object: the object (its noun, singular; null when unsaid) and which
 * extent it is (null when unsaid). "a 72-foot tall Norway spruce": spruce, height; "the 70-foot fir": fir; "the plane
 * was 1,700 feet in the air": plane, height; "a missile with a design range of 3,000 km", "a missile capable of
 * traveling 1,500 miles": missile, range; "Goce's one-tonne mass": mass. Null for any other reading ("flew 500
 * miles", "30 cm of snow", "10 km from the border", "the 100-metre final").
 */
function propertyOf(tokens: Token[], q: RawQuantity): { object: string | null; extent: string | null } | null {
  // "a 70-foot fir", "a 72-foot tall Norway spruce", "the 1.2-ton (1,100-kg) GOCE satellite", "a 10-metre-high wall".
  if (tokens[q.lastToken - 1]?.text === '-' && q.lastToken - 1 > q.firstToken) {
    let k = q.lastToken + 1;
    if (tokens[k]?.text === ')') k++;
    else if (tokens[k]?.text === '(') {
      const close = tokens.slice(k, k + 8).findIndex((t) => t.text === ')');
      if (close > 0) k += close + 1;
    }
    if (tokens[k]?.text === '-') k++;
    const extent = EXTENT_ADJECTIVES.get(tokens[k]?.lower ?? '') ?? null;
    if (extent !== null) k++;
    let last = -1;
    for (let j = k; j < k + 4 && isWord(tokens[j]); j++) {
      if (isCapitalized(tokens[j])) continue;
      // "a 10-tonne lorry carrying ...": a participle after the noun starts another phrase.
      // "a 10-mile drive away", "a 20-mile stretch north of": an adverb ends the noun phrase.
      if (
        !isCommonNoun(tokens[j]) ||
        (last >= 0 && tokens[j].lower.endsWith('ing')) ||
        NOT_MEASURED.has(tokens[j].lower) ||
        DIRECTIONS.has(tokens[j].lower) ||
        ADVERBS_OF_PLACE.has(tokens[j].lower)
      )
        break;
      last = j;
      if (EXTENT_NOUNS.has(singular(tokens[j].lower))) break; // "a 3,000-km range puts Guam in reach"
    }
    if (last < 0) return null;
    // "a 25-yard free-kick": the compound's last word.
    while (tokens[last + 1]?.text === '-' && isCommonNoun(tokens[last + 2])) last += 2;
    const noun = singular(tokens[last].lower);
    if (MEASURED_KINDS.has(noun) || MEASURED_KINDS.has(tokens[last].lower)) return null;
    const named = EXTENT_NOUNS.get(noun);
    // "a 3,000-km range", "Goce's one-tonne mass": the noun is the extent; its object is whose it is.
    if (named !== undefined) return { object: ownerBefore(tokens, q.firstToken), extent: named };
    return { object: measuredNoun(tokens[last].lower), extent };
  }
  let j = q.firstToken - 1;
  while (j > 0 && isWord(tokens[j]) && HEDGES.has(tokens[j].lower) && tokens[j].lower !== 'at' && q.firstToken - j < 4)
    j--;
  const link = tokens[j];
  if (!isWord(link)) return null;
  // "The plane was 1,700 feet in the air", "the tree is 20 metres tall", "its range is 3,000 km".
  if (BE.has(link.lower)) {
    const subject = subjectBefore(tokens, q.firstToken);
    if (subject === null) return null;
    const noun = singular(tokens[subject].lower);
    const named = EXTENT_NOUNS.get(noun);
    if (named !== undefined) return { object: ownerBefore(tokens, subject), extent: named };
    const extent = extentAfter(tokens, q.lastToken + 1);
    return extent === null ? null : { object: measuredNoun(tokens[subject].lower), extent };
  }
  // "a missile with a design range of more than 3,000 km".
  if (link.lower === 'of' && isWord(tokens[j - 1])) {
    const named = EXTENT_NOUNS.get(singular(tokens[j - 1].lower));
    if (named === undefined) return null;
    return { object: ownerBefore(tokens, j - 1), extent: named };
  }
  // "the satellite weighs 1.1 tonnes", "a site measuring 250 acres", "a crater that measures 1.5 miles across".
  const verb = PROPERTY_VERBS.get(link.lower);
  if (verb !== undefined) {
    let n = j - 1;
    while (n > 0 && j - n < 4 && isWord(tokens[n]) && SUBJECT_LINKS.has(tokens[n].lower)) n--;
    // The subject may be a name ("the Automated Transfer Vehicle can weigh"); without one, the verb's reading stands.
    const subject = tokens[n];
    if (!isWord(subject) || FUNCTION_WORDS.has(subject.lower) || isVerbForm(subject) || PRONOUNS.has(subject.lower))
      return null;
    return { object: measuredNoun(subject.lower), extent: verb ?? extentAfter(tokens, q.lastToken + 1) };
  }
  // "a missile capable of traveling 1,500 miles", "which can fly 3,000 km", "able to reach 500 km".
  if (RANGE_VERBS.has(link.lower)) {
    const before = tokens[j - 1]?.lower;
    let at = -1;
    if (before === 'of' && tokens[j - 2]?.lower === 'capable') at = j - 2;
    else if (before === 'can' || before === 'could') at = j - 1;
    else if (before === 'to' && tokens[j - 2]?.lower === 'able') at = j - 2;
    if (at < 0) return null;
    let n = at - 1;
    while (
      n > 0 &&
      at - n < 3 &&
      isWord(tokens[n]) &&
      (BE.has(tokens[n].lower) || tokens[n].lower === 'that' || tokens[n].lower === 'which')
    )
      n--;
    return { object: isCommonNoun(tokens[n]) ? measuredNoun(tokens[n].lower) : null, extent: 'range' };
  }
  return null;
}

/** The extent an adjective or phrase after a measure names: "tall", "long", "in the air", "above the ground"; else null. */
function extentAfter(tokens: Token[], k: number): string | null {
  const word = tokens[k]?.lower ?? '';
  if (word === 'in' && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'air') return 'height';
  if (word === 'above') return 'height';
  if (word === 'across') return 'width';
  return EXTENT_ADJECTIVES.get(word) ?? null;
}

/**
 * Whose an extent named at `at` is: "the missile's range", "a missile with a range", "the jet has a top speed"; null
 * when unsaid or a name ("Goce's"). `at` is the extent noun, or the first token of a measure that modifies it.
 */
function ownerBefore(tokens: Token[], at: number): string | null {
  let j = at - 1;
  // Modifiers of the extent ("design", "top", "maximum"), then its determiner.
  for (let n = 0; n < 2 && isCommonNoun(tokens[j]) && !/['’]s$/.test(tokens[j].lower); n++) j--;
  const possessive = tokens[j];
  if (isWord(possessive) && /['’]s$/.test(possessive.lower)) {
    return isCapitalized(possessive) ? null : measuredNoun(possessive.lower.slice(0, -2));
  }
  if (isWord(tokens[j]) && DETERMINERS.has(tokens[j].lower)) j--;
  const link = tokens[j]?.lower;
  if (link !== 'with' && link !== 'has' && link !== 'have' && link !== 'had') return null;
  return isCommonNoun(tokens[j - 1]) ? measuredNoun(tokens[j - 1].lower) : null;
}

/** The period of a rate written after a sum or in its phrase: "$23 million per season", "$5m a year", "annually", "a $23 million average annual value". */
function ratePeriod(tokens: Token[], q: RawQuantity | number): string | null {
  let k = typeof q === 'number' ? q : q.lastToken + 1;
  if (isWord(tokens[k]) && /^[A-Z]{3}$/.test(tokens[k].text)) k++; // "$30,000 USD"
  const word = tokens[k]?.lower ?? '';
  if (word === 'annually' || word === 'yearly') return 'year';
  if (word === 'monthly') return 'month';
  if (word === 'weekly') return 'week';
  if (word === 'daily') return 'day';
  if (word === 'per' || word === 'a' || word === 'an' || word === 'each' || word === 'every') {
    const unit = tokens[k + 1];
    // "$45.9bn a year ago", "a year earlier": a date, no rate.
    if (/^(?:ago|earlier|before|later|after|since|from)$/.test(tokens[k + 2]?.lower ?? '')) return null;
    if (isWord(unit) && !isCapitalized(unit) && !FUNCTION_WORDS.has(unit.lower)) {
      const period = singular(unit.lower);
      if (/^(?:year|season|annum)$/.test(period)) return 'year';
      if (/^(?:month|week|day|hour|game|match|share|head|capita|person|barrel|night)$/.test(period)) return period;
    }
    return null;
  }
  // "a $23 million average annual value", "a $5m annual salary".
  for (let j = k; j < k + 3 && isWord(tokens[j]); j++) {
    const lower = tokens[j].lower;
    if (lower === 'annual' || lower === 'yearly') return 'year';
    if (lower === 'monthly') return 'month';
    if (lower === 'weekly') return 'week';
    if (lower === 'daily') return 'day';
    if (FUNCTION_WORDS.has(lower)) break;
  }
  return null;
}

/** Sums that are yearly by what they are: "a salary of $20 million" and "a salary of $27 million a year" are one quantity. */
const YEARLY_SUMS = new Set(['salary', 'income', 'budget', 'revenue', 'turnover', 'earning', 'earnings', 'profit']);

/** A rate's measured: "deal per year"; a sum whose noun is generic ("a $23 million average annual value") is a "value" per its period; one whose noun is unsaid stays unsaid. */
function perPeriod(measured: string | null, period: string | null): string | null {
  if (period === null || measured === null || (period === 'year' && YEARLY_SUMS.has(measured))) return measured;
  // "$23 million per season" of a deal is the deal's value per year, as "a $23 million average annual value" is.
  return `${GENERIC_SUMS.has(measured) || measured === 'deal' ? 'value' : measured} per ${period}`;
}

/**
 * The length of time between two events: "nine days after suffering a heart attack" and "suffered a heart attack
 * nine days earlier" both measure the time since the attack ("since attack"); "two days before the vote" the time
 * until the vote ("until vote"). The earlier event is the one after "after", or the clause's own before "earlier"
 * and "ago"; the later one, the one after "before", or the clause's own before "later".
 */
function timeBetween(tokens: Token[], q: RawQuantity, clauseStart: number): string | null {
  const next = tokens[q.lastToken + 1]?.lower;
  let event: string | null;
  let relation: 'since' | 'until';
  if (next === 'after' || next === 'before') {
    event = eventWordAfter(tokens, q.lastToken + 2);
    relation = next === 'after' ? 'since' : 'until';
  } else if (next === 'since' && forVerbAt(tokens, q.firstToken) < 0) {
    // "It's been about 48 hours since Kristian Perez vanished", "in the five days since he was named"; not "in the
    // band for more than 10 years since its formation", what lasted being the stay in the band.
    event = eventWordAfter(tokens, q.lastToken + 2);
    relation = 'since';
  } else if (next === 'earlier' || next === 'ago' || next === 'later') {
    event = eventWordBefore(tokens, q.firstToken, clauseStart);
    relation = next === 'later' ? 'until' : 'since';
  } else return null;
  return event === null ? null : `${relation} ${durationKey(canonicalEvent(event))}`;
}

/** How far back a mark ("at the 2:15 mark") looks for the numbered round it is in ("in the seventh with ..."). */
const MARK_PERIOD_REACH = 30;

/**
 * "44 seconds into the seventh round", "after 44 seconds of the seventh round", "at the 2:15 mark" of a round
 * numbered before it ("wrapping it up in the seventh with ... at the 2:15 mark"): how far into a numbered round,
 * half or quarter, keyed by its number ("time into 7"). Null for a period without a number ("an hour into the flight").
 */
function timeIntoPeriod(tokens: Token[], q: RawQuantity): string | null {
  const next = tokens[q.lastToken + 1]?.lower;
  const mark = tokens[q.lastToken]?.lower === 'mark';
  if (next === 'into' || next === 'of') {
    let k = q.lastToken + 2;
    if (isWord(tokens[k]) && (tokens[k].lower === 'the' || tokens[k].lower === 'a')) k++;
    const n = isWord(tokens[k]) ? ordinalWordValue(tokens[k].lower) : undefined;
    if (n !== undefined && !countsTime(tokens[k + 1])) return `${TIME_INTO}${n}`;
  }
  if (!mark) return null;
  for (let j = q.firstToken - 1; j >= Math.max(0, q.firstToken - MARK_PERIOD_REACH); j--) {
    const n = isWord(tokens[j]) && tokens[j - 1]?.lower === 'the' ? ordinalWordValue(tokens[j].lower) : undefined;
    if (n !== undefined) return `${TIME_INTO}${n}`;
  }
  return null;
}

/** Whether a word after an ordinal makes it a length of time's ("into the second six months"), no round's number. */
function countsTime(t: Token | undefined): boolean {
  if (!t) return false;
  return t.kind === 'number' || UNITS_WORDS.has(t.lower) || TENS_WORDS.has(t.lower) || DURATION_UNITS.has(t.lower);
}

/** The measured of a length of time into a numbered round, half or quarter ("time into 7"). */
const TIME_INTO = 'time into ';

/** The last content word of the phrase or clause after "after"/"before": "suffering a heart attack" → "attack", "he was arrested" → "arrested". */
function eventWordAfter(tokens: Token[], from: number): string | null {
  let last: string | null = null;
  let lastIsVerb = false;
  for (let j = from; j < Math.min(tokens.length, from + 8); j++) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (FUNCTION_WORDS.has(t.lower) || NOUN_VERB_BRIDGE_WITH_MODALS.has(t.lower) || isCapitalized(t)) {
      if (last !== null && !lastIsVerb) break;
      continue;
    }
    last = t.lower;
    lastIsVerb = isVerbForm(t) || /ing$/.test(t.lower);
  }
  return last;
}

/** The event word just before a length of time in its clause ("suffered a heart attack nine days earlier" → "attack"; "a heart attack suffered three weeks ago" → "attack"; "was arrested two days ago" → "arrested"). */
function eventWordBefore(tokens: Token[], first: number, clauseStart: number): string | null {
  let j = first - 1;
  while (j >= clauseStart && isWord(tokens[j]) && DURATION_BRIDGE.has(tokens[j].lower)) j--;
  const t = tokens[j];
  if (j < clauseStart || !isWord(t) || isCapitalized(t) || FUNCTION_WORDS.has(t.lower)) return null;
  // "a heart attack suffered": a participle after its noun; the noun names the event.
  if (isVerbForm(t) && isCommonNoun(tokens[j - 1]) && j - 1 >= clauseStart) return tokens[j - 1].lower;
  return t.lower;
}

/** Words of a clause that make a figure in degrees a temperature, not an angle. */
const TEMPERATURE_WORDS = new Set([
  'temperature',
  'temperatures',
  'minus',
  'freezing',
  'zero',
  'heat',
  'cold',
  'chill',
  'warm',
  'hot',
  'fahrenheit',
  'celsius',
  'centigrade',
  'thermometer',
  'thermometers',
]);

/** Whether a figure is a temperature: in Celsius or Fahrenheit, or in degrees in a clause that speaks of temperature or cold. */
function isTemperature(tokens: Token[], q: RawQuantity, clauseStart: number, clauseEnd: number): boolean {
  const unit = q.unitKey ?? '';
  if (unit === 'degree celsius' || unit === 'degree fahrenheit') return true;
  if (unit !== 'degree') return false;
  for (let j = Math.max(clauseStart, q.firstToken - 8); j < Math.min(clauseEnd, q.lastToken + 4); j++)
    if (isWord(tokens[j]) && TEMPERATURE_WORDS.has(tokens[j].lower)) return true;
  return false;
}

/** The most tokens either side of a year that an aside holding it spans (inAsideBefore). */
const MAX_YEAR_ASIDE = 12;

/**
 * Whether the token at j stands in an aside between two commas that closes before a figure ("Shares in the company,
 * which floated in 1998, fell 18%": the aside's year, not the figure's).
 */
function inAsideBefore(tokens: Token[], j: number, figure: number): boolean {
  let open = -1;
  for (let k = j - 1; k > 0 && k >= j - MAX_YEAR_ASIDE; k--)
    if (tokens[k].text === ',') {
      open = k;
      break;
    }
  // An aside that describes the noun before it: a relative clause or a participle ("which floated", "founded in").
  const first = tokens[open + 1];
  if (open < 0 || !isWord(first) || !(RELATIVE_PRONOUNS.has(first.lower) || /(?:ed|en)$/.test(first.lower)))
    return false;
  // The aside closes before the figure and its clause goes on ("..., fell 18%"), not a phrase after it ("..., in which").
  for (let k = j + 1; k < figure && k <= j + MAX_YEAR_ASIDE; k++)
    if (tokens[k].text === ',') return !AFTER_NO_ASIDE.has(tokens[k + 1]?.lower ?? '');
  return false;
}

/** Words after a comma that open a phrase of their own: the comma before them closes no aside. */
const AFTER_NO_ASIDE: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'with',
  'for',
  'of',
  'from',
  'by',
  'to',
  'under',
  'after',
  'before',
  'during',
  'which',
  'who',
]);

/** The year a figure's clause sets its event in ("Net income for 2004 was $3.5bn", "voters in 2010 approved"), as written. */
function yearOf(
  tokens: Token[],
  q: RawQuantity,
  clauseStart: number,
  clauseEnd: number,
  dated: number[],
  others: Uint8Array,
): string | null {
  // The nearest before the figure, else after it up to the next figure ("£36.3bn, £4.5bn higher than ... in 2003").
  let before = -1;
  // From the first year near the figure (the list is in text order): linear in the sentence however many years.
  let lo = 0,
    hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dated[mid] < q.firstToken - 16) lo = mid + 1;
    else hi = mid;
  }
  for (let d = lo; d < dated.length; d++) {
    const j = dated[d];
    if (j >= clauseStart && j < clauseEnd && baselineAt(tokens, q, clauseStart, j)) continue;
    if (j < q.firstToken && j >= Math.max(clauseStart, q.firstToken - 16)) {
      if (!inAsideBefore(tokens, j, q.firstToken)) before = j;
    } else if (j > q.lastToken) {
      if (before >= 0) break;
      if (j >= Math.min(clauseEnd, q.lastToken + 16)) break;
      for (let k = q.lastToken + 1; k < j; k++) if (others[k]) return null;
      return tokens[j].text;
    }
  }
  return before >= 0 ? tokens[before].text : null;
}
