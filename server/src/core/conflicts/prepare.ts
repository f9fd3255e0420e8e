// Per-document preparation: everything the engine needs from one document alone, computed once per change.
// What is counted (canonical unit + predicate), the interval a figure stands for, its time window, the year of
// the event it belongs to, who stands behind it, the parts it sums, and the document's story fingerprint.
import type { EngineConfig } from '../config';
import { AGE, ageOwnerWord, eventKey, isAgeFrame, isPartOfWhole, PROPERTY_DIMENSIONS } from '../extract/frames';
import { figureYear, namedYears } from '../extract/figureYear';
import { findDates } from '../extract/dates';
import { claimInterval, tallyText, writtenSpan } from '../intervals';
import type { Claim, DocumentAnalysis, EventDate, NameMention, QuantityFrame } from '../types';
import { RATE, singular } from '../extract/quantities';
import { isNumberWord } from '../extract/numbers';
import { ordinalText } from '../extract/ordinals';
import { CAPITAL_FIRST, groupDigits, hash, pluralize, pushTo, WEEKDAYS } from './text';
import { declaredNotComparable, markedNotComparable } from './suppressions';
import { dateBucket } from './dates';
import { nameBucket } from './names';
import { kindOf } from './kinds';
import { MONTHS_LOWER } from '../text/calendar';
import { isCountry, PLAIN_SPEECH_CUES, UNITS_WORDS } from '../extract/lexicon';

export interface PreparedClaim {
  claim: Claim;
  /** Canonical thing measured, e.g. "militant", "security personnel"; for a measure its unit ("dollar", "percent", "second"). */
  unit: string;
  /** The event as read, e.g. "killed", "destroyed", "marched"; "" when the sentence names none. */
  predicate: string;
  /** eventKey(predicate): what two events must share to be one ("" for none). */
  event: string;
  /** `q:${unit}`: the typed key of what is measured; the engine separates events, places and times inside it. */
  bucket: string;
  /** The claim's frame (a frame from its unit and predicate for a claim built without one). */
  frame: QuantityFrame;
  /** The interval the figure stands for, after rounding tolerance and qualifier. */
  low: number;
  high: number;
  /** Why the claim never takes part in a comparison, or null. */
  excluded:
    | 'increment'
    | 'rejected'
    | 'vague'
    | 'duration'
    | 'change'
    | 'not-comparable'
    | 'conversion'
    | 'hypothetical'
    | 'whole'
    | null;
  /** A one-point window ("overnight", "day:saturday"): only compared with the same window. */
  window: string | null;
  /** The places (lower case) its sentence names in another figure's own phrase, not its own; null for none. */
  siblingPlaces: string[] | null;
  /** The year its own sentence dates it to, or null. */
  year: number | null;
  /** A party to the events (not an official source) stands behind the figure. */
  party: boolean;
  /** Parts stated elsewhere in the document that sum to this total (e.g. 18 civilians + 15 security personnel). */
  parts: PreparedClaim[] | null;
  /** Values its sentence says this figure was revised to ("145 ..., revised to 177"). */
  revisedTo: readonly number[];
  /** Its sentence says this figure is itself a revision ("rose to 177"). */
  revision: boolean;
  /** Values its sentence says this revision was made from ("updated the toll to 124, up from 112"). */
  revisedFrom: readonly number[];
  /** Figures its sentence says it corrects ("the note is eight pages long - not five as had been thought": 5). */
  corrects: readonly number[];
  /** The figure as read, e.g. "at least 145". */
  figure: string;
  /** Proper-noun tokens of its sentence. */
  sentenceTokens: Set<string>;
  /** Content words of its sentence (lower case, no function words, not its own unit or predicate). */
  contentWords: Set<string>;
  /** A figure that measures something (money, a share, a duration) rather than counting people or things. */
  measure: boolean;
  /** What the figure is not: the thing another figure of its sentence, in its unit, measures ("$82m deal and $80m" → the $80m is no deal). */
  notMeasured: string | null;
  /**
   * For a record, score or vote, the one quantity it can disagree with inside a story: what it is, whose (the
   * owner; both sides of a match) and when ("record/klitschko/", "record/klitschko/before", "score/arsenal/chelsea");
   * null for any other figure.
   */
  tally: string | null;
  /** The nouns its document uses of people (nounsOfPeople), set when the document is prepared. */
  peopleRoles: ReadonlySet<string>;
  /** The areas its document splits a quantity by (areasSplitByDocument), set when the document is prepared. */
  areaParts: ReadonlySet<string>;
}

/**
 * The bucket every count of a kind of thing (conflicts/kinds.ts: people, passengers, men; vehicles, cars) is filed in
 * besides its own: the fallback across buckets (crossFindings in quantities.ts) pairs two counts of one story that
 * name one set by two nouns of one kind, or by one noun with an event on one side only ("1,300 men", "1,200
 * people"). Not a thing measured: no other reading looks at it.
 */
export const CROSS_BUCKET = 'x:kind';

/**
 * Whether a claim is filed in CROSS_BUCKET: a compared count of things whose noun names a kind of thing, or people
 * by a role its report uses of people (saidOfPeople).
 */
function crossCounted(claim: PreparedClaim, roles: ReadonlySet<string>): boolean {
  return (
    !claim.excluded &&
    !claim.measure &&
    claim.tally === null &&
    claim.claim.quantityKind === 'count' &&
    (kindOf(claim.unit) !== undefined || saidOfPeople(claim, roles))
  );
}

/**
 * A noun a sentence writes before a relative pronoun of persons ("the 12 protesters who ...", "jurors, whom ...",
 * "the lawmakers whose ..."): the text uses it of people. English keeps "who", "whom" and "whose" (as a relative
 * after its noun) for persons, so the text itself says the noun names people, whatever the noun.
 */
const OF_PEOPLE = /(?<![\p{L}'-])(\p{L}[\p{L}'-]*),?\s+(?:who|whom|whose)\b/gu;

/**
 * A noun a sentence sets beside a noun of people in apposition ("the 12 protesters, all men,", "30 fans, most of them
 * women"): the second noun (a kind of person, kinds.ts) says the first names people.
 */
const APPOSED = /(?<![\p{L}'-])(\p{L}[\p{L}'-]*),\s+(?:all|both|mostly|(?:all|most|many) of them)\s+(\p{L}+)/gu;
/** What every APPOSED match holds: a comma and the word after it. */
const APPOSITION_CUE = /,\s+(?:all|both|most|many)/;

/** The nouns of people of a claim not yet prepared in its document. */
const NO_ROLES: ReadonlySet<string> = new Set();

/** The nouns (singular, lower case) a document's sentences use of people (OF_PEOPLE, APPOSED). */
function nounsOfPeople(claims: readonly PreparedClaim[]): Set<string> {
  const nouns = new Set<string>();
  let last = '';
  for (const claim of claims) {
    const sentence = claim.claim.sentence;
    if (sentence === last) continue;
    last = sentence;
    // Each pattern is tried at every word of a sentence: only a sentence with its pronoun or its cue after a comma.
    if (sentence.includes('who'))
      for (const match of sentence.matchAll(OF_PEOPLE)) nouns.add(singular(match[1].toLowerCase()));
    if (APPOSITION_CUE.test(sentence))
      for (const match of sentence.matchAll(APPOSED))
        if (kindOf(singular(match[2].toLowerCase()))?.kind === 'person') nouns.add(singular(match[1].toLowerCase()));
  }
  return nouns;
}

/**
 * Whether a count's noun names people by a role no lexicon lists (kinds.ts aside): its report uses the noun, as
 * counted or as written, of people (OF_PEOPLE: "12 protesters ... the protesters who").
 */
function saidOfPeople(claim: PreparedClaim, roles: ReadonlySet<string>): boolean {
  return roles.has(claim.unit) || (claim.claim.unitKey !== null && roles.has(singular(claim.claim.unitKey)));
}

/**
 * Whether a count names people by a role its report uses of people and no lexicon lists as a kind (saidOfPeople:
 * "protesters", "jurors", "lawmakers"): such a count may be one set with a count of people (crossApart in
 * quantities.ts).
 */
export function roleOfPeople(claim: PreparedClaim): boolean {
  return kindOf(claim.unit) === undefined && saidOfPeople(claim, claim.peopleRoles);
}

export interface PreparedDoc {
  doc: DocumentAnalysis;
  file: string;
  claims: PreparedClaim[];
  /** Proper-noun tokens of the whole document: its story fingerprint. */
  fingerprint: Set<string>;
  /** A hash of the fingerprint, so that story groups can be reused while it stays the same. */
  fingerprintKey: string;
  /** Set by the index: a number no other preparation shares, so that cached results can tell a changed document. */
  serial: number;
  /** Year of the events the document reports, or null. */
  year: number | null;
  /** The claims that count in each bucket (not excluded), in document order. */
  countedClaims: Map<string, PreparedClaim[]>;
  /** The claims (excluded ones too) that stand in the sentence of this index, in document order. */
  claimsInSentence(sentence: number): PreparedClaim[];
  /** The document's event dates by their bucket (dateBucket), each list in document order, the buckets in order of first date. */
  readonly datesByBucket: ReadonlyMap<string, EventDate[]>;
  /** The document's name mentions by their bucket (nameBucket; those in none left out), as datesByBucket. */
  readonly namesByBucket: ReadonlyMap<string, NameMention[]>;
}

const PREDICATES: Record<string, string> = {
  killed: 'killed',
  kill: 'killed',
  dead: 'killed',
  died: 'killed',
  die: 'killed',
  death: 'killed',
  deaths: 'killed',
  killing: 'killed',
  slain: 'killed',
  neutralized: 'killed',
  neutralised: 'killed',
  'death toll': 'killed',
  fatalities: 'killed',
  perished: 'killed',
  wounded: 'wounded',
  injured: 'wounded',
  hurt: 'wounded',
  injuries: 'wounded',
  wounding: 'wounded',
  injuring: 'wounded',
  arrested: 'arrested',
  detained: 'arrested',
  arrest: 'arrested',
  held: 'arrested',
};

export function canonicalPredicate(predicate: string): string {
  const key = predicate.trim().toLowerCase();
  return PREDICATES[key] ?? key;
}

export function normalizeNounPhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/\b[\p{L}.-]+['’]s?\b(?=\s)/gu, ' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map(singular)
    .join(' ');
}

function lastWord(phrase: string): string {
  return phrase.slice(phrase.lastIndexOf(' ') + 1);
}

/** How many written units a UnitCanon remembers before it starts again. */
const MAX_KNOWN_UNITS = 10_000;

/** Canonical unit lookup from a config's synonyms: longest phrase first, matched as the phrase's whole tail. */
export class UnitCanon {
  /** The synonym phrases by their last word, each list longest first. */
  private readonly phrasesEndingIn = new Map<string, Array<{ phrase: string; canonical: string }>>();

  constructor(synonyms: Record<string, string[]>) {
    const phrases: Array<{ phrase: string; canonical: string }> = [];
    for (const [canonical, list] of Object.entries(synonyms)) {
      const key = normalizeNounPhrase(canonical);
      phrases.push({ phrase: key, canonical: key });
      for (const synonym of list) phrases.push({ phrase: normalizeNounPhrase(synonym), canonical: key });
    }
    const sorted = phrases
      .filter((p) => p.phrase.length > 0)
      .sort((a, b) => b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : 1));
    // A phrase can be a text's tail only if both end in the same word: each text is checked against those alone.
    for (const entry of sorted) pushTo(this.phrasesEndingIn, lastWord(entry.phrase), entry);
  }

  /** Canonical units by written unit and head: a workspace writes the same few units thousands of times. */
  private readonly known = new Map<string, Map<string, string | null>>();

  canonical(claim: Pick<Claim, 'unit' | 'unitKey'>): string | null {
    const unit = claim.unit || '';
    let byHead = this.known.get(unit);
    if (!byHead) {
      if (this.known.size >= MAX_KNOWN_UNITS) this.known.clear();
      this.known.set(unit, (byHead = new Map()));
    }
    let canonical = byHead.get(claim.unitKey || '');
    if (canonical === undefined) byHead.set(claim.unitKey || '', (canonical = this.canonicalOf(claim)));
    return canonical;
  }

  private canonicalOf(claim: Pick<Claim, 'unit' | 'unitKey'>): string | null {
    const written = claim.unit ? normalizeNounPhrase(claim.unit) : '';
    const head = claim.unitKey ? normalizeNounPhrase(claim.unitKey) : '';
    if (/\bbody\b/.test(written) || /\bcorpse\b/.test(written)) return 'body';
    for (const text of [written, head]) {
      if (!text) continue;
      for (const { phrase, canonical } of this.phrasesEndingIn.get(lastWord(text)) ?? []) {
        if (text === phrase || text.endsWith(` ${phrase}`)) return canonical;
      }
    }
    return head || written.split(' ').pop() || null;
  }
}

function statedNumber(claim: Claim): number {
  const stated = claim.value.stated;
  return Array.isArray(stated) ? stated[0] : stated;
}

/** Where the claim's figure sits in its sentence, and the nearest other numbers around it. */
function clauseAround(claim: Claim): { before: string; after: string } {
  const sentence = claim.sentence;
  let at = sentence.indexOf(claim.text);
  if (at < 0) at = 0;
  const end = at + (at === 0 && !sentence.startsWith(claim.text) ? 0 : claim.text.length);
  let after = sentence.slice(end);
  const nextNumber = /\d/.exec(after);
  if (nextNumber) after = after.slice(0, nextNumber.index);
  let before = sentence.slice(0, at);
  let lastDigit = before.length - 1;
  while (lastDigit >= 0 && !isDigit(before.charCodeAt(lastDigit))) lastDigit--;
  if (lastDigit >= 0) before = before.slice(lastDigit + 1);
  return { before, after };
}

const POINT_WINDOW = new RegExp(
  `\\b(overnight|yesterday|today|on (${WEEKDAYS.join('|')})|on the (?:first|second|third|fourth) day)\\b`,
  'i',
);

const SPEECH_BEFORE_DAY = new RegExp(`\\b(${[...PLAIN_SPEECH_CUES, 'according'].join('|')})\\b`, 'i');
/** Words of a running count ("the total rose to", "so far", "bringing the number to"). */
const RUNNING = ['total', 'tally', 'overall', 'in all', 'so far', 'cumulative', 'altogether', 'taking', 'bringing'];
const RUNNING_WORDS = new RegExp(`\\b(${RUNNING.join('|')})\\b`, 'i');
/** A running count's words and "toll". */
const CUMULATIVE_WORDS = new RegExp(`\\b(toll|${RUNNING.join('|')})\\b`, 'i');

/** A toll's one event between its figure and the event's day ("the death toll at 15 in the attack on Tuesday"). */
const TOLL_OF_ONE_EVENT = /^\s*(?:[Ii]n|[Ff]rom) (?:the|a|an|this|that|its|their) [\p{L}-]+\s*$/u;

/**
 * "92 fighters were killed on Saturday": a one-day count. Not when the figure is a toll ("the toll rose to 177 after
 * raids overnight"), unless it is the toll of the one event its clause dates ("put the death toll at 15 in the attack
 * on Tuesday", as "12 people were killed in the attack on Tuesday").
 */
function pointWindow(before: string, after: string, sentence: string): string | null {
  const part = partOfEvent(before, after);
  if (part !== null) return part;
  const earlier = EARLIER_PERIOD.exec(after);
  if (earlier && after.slice(0, earlier.index).length <= 30 && !/[,;()–—]/.test(after.slice(0, earlier.index)))
    return `previous ${(earlier[1] ?? earlier[2]).toLowerCase()}`;
  // "Last year the firm cut 600 jobs": a sentence that opens with the period, no other figure before this one.
  const opening = EARLIER_OPENING.exec(before);
  if (opening && sentence.startsWith(before)) return `previous ${(opening[1] ?? opening[2]).toLowerCase()}`;
  const match = POINT_WINDOW.exec(after);
  if (!match) return null;
  const between = after.slice(0, match.index);
  // Only a day that qualifies the count itself ("92 fighters were killed on Saturday"), not one further on
  // ("30 injured when a bus plunged into a gorge in Kullu on Monday").
  if (between.length > 30 || /[,;()–—]/.test(between)) return null;
  if (CUMULATIVE_WORDS.test(between)) return null;
  if (CUMULATIVE_WORDS.test(before) && !(TOLL_OF_ONE_EVENT.test(between) && !RUNNING_WORDS.test(before))) return null;
  // "95 people, police said on Saturday": the day of the statement, not of the count.
  if (SPEECH_BEFORE_DAY.test(between)) return null;
  const word = match[1].toLowerCase();
  return match[2] ? `day:${match[2].toLowerCase()}` : word;
}

/**
 * A numbered part of an event the figure's clause sets it in ("In the sixth, he landed one punch", "28 punches in the
 * sixth round", "two goals in the second half"): a count of that part, never of the whole.
 */
function partOfEvent(before: string, after: string): string | null {
  const opening = PART_OPENING.exec(before);
  const closing = opening ? null : PART_AFTER.exec(after);
  const match = opening ?? closing;
  if (!match) return null;
  if (closing && /[,;()–—]/.test(after.slice(0, closing.index))) return null;
  return `part:${match[1].toLowerCase()}${match[2] ? ` ${match[2].toLowerCase()}` : ''}`;
}

/**
 * The period before the story's, named after a figure in its clause ("$377bn in the previous year", "the 13.7% rise
 * the previous month", "a year earlier"): a figure of that period, compared only with another of it.
 */
const EARLIER_PERIOD =
  /\b(?:(?:in|for|during) )?(?:the (?:previous|prior|preceding) (year|month|quarter|week)|a (year|month|quarter|week) (?:earlier|before|ago))\b/i;
/**
 * The period before the story's, opening a sentence ("Last year the firm cut 600 jobs", "A year earlier, ..."). Not
 * "last year" after a figure: "a record deficit of $412bn last year" is often the story's own year, told later.
 */
const EARLIER_OPENING = /^\s*(?:last (year|quarter)|a (year|quarter) (?:ago|earlier)),? /i;

const PART_ORDINALS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th)';
const PART_NOUNS = 'round|half|quarter|period|inning|innings|set|lap';
const PART_OPENING = new RegExp(`^\\s*(?:in|during) the (${PART_ORDINALS})(?: (${PART_NOUNS}))?\\s*,`, 'i');
const PART_AFTER = new RegExp(`\\b(?:in|during) the (${PART_ORDINALS}) (${PART_NOUNS})\\b`, 'i');

/**
 * Words before a figure in its clause that make it a supposition, no report: a condition ("If the track sold
 * 500,000 copies, ...") or a generic "you" ("You lose one game and it doesn't make you a bad team").
 */
function isSupposition(claim: Claim): boolean {
  // The sentence itself, not clauseAround's text: "If the Band Aid 20 track sold 500,000" has a figure between.
  return HYPOTHETICAL_BEFORE.test(sentenceBefore(claim));
}

/** Up to REACH_BEFORE_FIGURE characters of the claim's sentence before its figure ("" when the figure is not found). */
function sentenceBefore(claim: Claim): string {
  return textBeforeFigure(claim, REACH_BEFORE_FIGURE);
}

/** The figure's sentence before it, at most `reach` characters of it ("" when the figure is not found in it). */
function textBeforeFigure(claim: Claim, reach = Infinity): string {
  const at = claim.sentence.indexOf(claim.text);
  return at < 0 ? '' : claim.sentence.slice(Math.max(0, at - reach), at);
}

/**
 * Whether a price or a rate is the level a change moved from or to ("Southcorp's shares rose 12% to A$4.76", "fell
 * marginally to £180,226, from £180,444"): one reading of a level that moves, not the figure of one quantity.
 */
function isMovedLevel(claim: Claim): boolean {
  if (claim.quantityKind !== 'money' && claim.quantityKind !== 'percent') return false;
  return MOVED_TO_BEFORE.test(sentenceBefore(claim));
}

/**
 * Whether a figure of change is the amount one named thing moved by ("the Dow had dropped 127 points", "BP's shares
 * rose by 5%"): one quantity, which two reports of the change give alike (changesOf keeps it apart from levels, from
 * other periods and from a text's other changes). A figure the change moved to, from or at ("fell to 14,500 points",
 * "closing at 14,500"), or of a change nobody's ("prices rose 5%"), is no such amount: a reading of a level that moves.
 */
function isChangeOfOne(claim: Claim, frame: QuantityFrame): boolean {
  return frame.agent !== null && !LEVEL_BEFORE.test(sentenceBefore(claim));
}

/** Whether a claim that counts is the amount of a change (isChangeOfOne): a change predicate it was not excluded for. */
export function isChangeAmount(claim: PreparedClaim): boolean {
  return CHANGE_PREDICATES.has(claim.predicate) && claim.excluded === null;
}

/**
 * The spans a change amount's sentence says the change took, as a key ("" for none read): a moment of trading
 * ("within two minutes", "between 1:08 p.m. and 1:10 p.m.", "briefly", "in early trading"), a day's close ("closed",
 * "on the day"), a longer period ("this week", "over the past year", "since January"). Reports of one change say the
 * same span, or none: "dropped 127 points within two minutes" is no report of "fell 20 points on the day".
 */
export function changeSpan(sentence: string): string {
  return CHANGE_SPANS.filter(([, pattern]) => pattern.test(sentence))
    .map(([span]) => span)
    .join('+');
}

const CHANGE_SPANS: Array<[string, RegExp]> = [
  [
    'moment',
    /\b(?:(?:within|in|inside|over)\s+(?:the\s+)?(?:(?:first|next|few|a few|\d+|\w+)\s+){1,2}(?:seconds?|minutes?|hours?)|between\s+\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|briefly|momentarily|at one (?:point|stage)|intraday|(?:early|late|morning|afternoon) (?:trading|trade|deals))\b/i,
  ],
  ['day', /\b(?:clos(?:ed|e|ing)|ended|finished|on the day|for the day|session)\b/i],
  [
    'period',
    // Not "their lowest since 2015", "the biggest fall since": a comparison with the past, no span of the change.
    /\b(?:(?<!(?:est|first|worst|best|most|least)\s+(?:\w+\s+)?)since|(?:this|last|past|previous|the)\s+(?:week|month|quarter|year)|(?:weekly|monthly|quarterly|annual|yearly)|year-on-year|a year (?:ago|earlier))\b/i,
  ],
];

/** The words that make the figure after them a level a change reached or left ("to", "from", "at"). */
const LEVEL_BEFORE = /\b(?:to|from|at)\s+$/i;

const MOVED_TO_BEFORE =
  /\b(?:rose|fell|climbed|dropped|jumped|slipped|gained|declined|increased|decreased|grew|slumped|tumbled|soared|plunged|edged|eased|rising|falling)\b[^;:!?]{0,40}\b(?:to|from)\s+$/i;

/**
 * Whether a figure is the whole a part of it is counted from ("lost nine of their last 14 matches", "eight of the 13
 * games"): the span the part is counted over, no quantity of the story.
 */
function isWholeOfPart(claim: Claim): boolean {
  if (claim.quantityKind !== 'count') return false;
  return PART_BEFORE.test(sentenceBefore(claim));
}

const PART_BEFORE = new RegExp(
  `(?:\\d|\\b(?:${[...UNITS_WORDS.keys()].join('|')}))\\s+of\\s+(?:the|their|his|her|its)\\s+(?:(?:last|first|past|previous|opening|final)\\s+)?$`,
  'i',
);

/** How many characters of its sentence before a figure are read for what sets it apart (a condition, a whole). */
const REACH_BEFORE_FIGURE = 80;

/** "if"/"unless" at most 40 characters before the figure in its clause, or "you" and one or two words before it. */
const HYPOTHETICAL_BEFORE = /(?:^|[^a-z])(?:(?:if|unless)\b[^,;:.!?]{0,40}|you(?: [a-z'’]+){1,2} )$/i;

/** Words after a figure that add it to a count told before ("12 more", "12 additional"). */
const MORE_WORDS = 'more|additional|further|extra';
/** After the figure's own text, or as the second word of it. */
const MORE_AFTER = new RegExp(`^\\s*(?:${MORE_WORDS})\\b`, 'i');
const MORE_IN_TEXT = new RegExp(`^\\S+\\s+(?:${MORE_WORDS})\\b`, 'i');
/** "another 12", "an additional 12". */
/** Words of an addition to a count: "another", "a further", "an additional", "an extra". */
const ANOTHER = '(?:an? additional|another|a further|an extra)';
const ANOTHER_BEFORE = new RegExp(`\\b${ANOTHER}\\s*$`, 'i');
/** "12 other people": a figure besides others, no addition to a count. */
const OTHER_IN_TEXT = /^\S+\s+(?:other|others)\b/i;
/**
 * "Savvas and Amy Savopoulos and two others": the rest of a set whose other members a list before it names (not
 * "killed two and wounded three others": all of the wounded).
 */
const LISTED_BEFORE = /\band\s+(?:the\s+)?$/i;
const OTHERS_AFTER = /^\s*others\b/i;
/** "rose by 12", "by 5%": a figure of change. */
const BY_BEFORE = /\bby\s*$/i;
/**
 * "by" after a past participle (regular, or a common irregular one), an adverb or a particle between: "has been
 * downloaded by", "will be overseen by", "was voted for by", "a fire set by". Its participle is captured.
 */
const PARTICIPLE_BY_BEFORE =
  /\b([a-z][a-z-]*(?:ed|en)|made|held|set|run|brought|struck|drawn|seen|heard|sent|built|bought|caught|found|kept|told|paid|sold|shot|hit|known|shown)(?:\s+(?:[a-z]+ly|for|up|out|in|on))?\s+by\s*$/i;
/**
 * Participles after which "by" takes the amount of a change or a margin, not who acted ("was reduced by two thirds",
 * "was beaten by two goals", "was re-valued upwards by one band"); with CHANGE_PREDICATES and REDUCED_BY_BEFORE's verbs.
 */
const MARGIN_PARTICIPLES = new Set([
  'raised',
  'lifted',
  'boosted',
  'extended',
  'exceeded',
  'outnumbered',
  'outvoted',
  'defeated',
  'beaten',
  'overloaded',
  'revalued',
  're-valued',
  'widened',
  'narrowed',
  'doubled',
  'tripled',
  'halved',
  'multiplied',
  'overpaid',
  'overcharged',
  'underpaid',
]);

const LAST_WORD = /(\p{L}{3,})\s*$/u;

/**
 * Whether "by" before a count names who acted ("has been downloaded by six million people", "a fire set by three
 * teenagers", "will be attended by 3,300 people"): a count of its own, no amount of change. Only a count that names
 * what it counts, after a participle that is no change's or margin's.
 */
function isAgentCount(claim: Claim, before: string): boolean {
  const last = LAST_WORD.exec(claim.text)?.[1].toLowerCase();
  if (claim.quantityKind !== 'count' || last === undefined || isNumberWord(last.replace(/s$/, ''))) return false;
  const participle = PARTICIPLE_BY_BEFORE.exec(before)?.[1].toLowerCase();
  if (participle === undefined || MARGIN_PARTICIPLES.has(participle)) return false;
  return !CHANGE_PREDICATES.has(canonicalPredicate(participle)) && !REDUCED_BY_BEFORE.test(`${participle} by`);
}

/**
 * What an addition's predicate and event start with ("more arrested"): the figures added to a count are compared
 * only with one another, never with the count, and never within one text, whose additions are successive.
 */
export const ADDED = 'more ';

/** Whether a claim that counts is an addition to a count of a named event ("arrested another 12 people"). */
export function isAddition(claim: PreparedClaim): boolean {
  return claim.predicate.startsWith(ADDED);
}

/** Predicates of change ("rose to 310 from 287", "fell 32 cents"): a series of values in time, not one quantity. */
const CHANGE_PREDICATES = new Set([
  'rose',
  'fell',
  'rise',
  'fall',
  'increased',
  'decreased',
  'grew',
  'dropped',
  'climbed',
  'declined',
]);

/** Words that tell nothing of what a sentence is about (function, speech, time, counting and casualty words). */
const NOT_CONTENT_WORDS = new Set([
  'about',
  'above',
  'after',
  'again',
  'against',
  'also',
  'among',
  'another',
  'around',
  'because',
  'been',
  'before',
  'being',
  'below',
  'between',
  'both',
  'but',
  'could',
  'does',
  'down',
  'during',
  'each',
  'early',
  'either',
  'even',
  'every',
  'following',
  'from',
  'further',
  'have',
  'having',
  'here',
  'into',
  'just',
  'last',
  'least',
  'less',
  'like',
  'many',
  'more',
  'most',
  'much',
  'must',
  'near',
  'nearly',
  'never',
  'only',
  'other',
  'others',
  'over',
  'same',
  'several',
  'should',
  'since',
  'some',
  'such',
  'than',
  'that',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'through',
  'under',
  'until',
  'upon',
  'very',
  'were',
  'what',
  'when',
  'where',
  'which',
  'while',
  'will',
  'with',
  'within',
  'without',
  'would',
  'your',
  ...PLAIN_SPEECH_CUES,
  'according',
  'reports',
  'report',
  'claimed',
  'claims',
  'officials',
  'official',
  'authorities',
  'also',
  'year',
  'years',
  'week',
  'weeks',
  'month',
  'months',
  'today',
  'yesterday',
  ...WEEKDAYS,
  'least',
  'total',
  'number',
  'figure',
  'figures',
  'toll',
  'death',
  'deaths',
  'killed',
  'killing',
  'dead',
  'died',
  'wounded',
  'injured',
  'people',
  'thousand',
  'thousands',
  'million',
  'millions',
  'hundred',
  'hundreds',
  'dozen',
  'dozens',
  'billion',
  'percent',
  'cent',
  'dying',
  'die',
  'dies',
  'kill',
  'kills',
  'injuring',
  'wounding',
  'injuries',
  'casualties',
  'fatalities',
  'including',
  'among',
]);

const CANDIDATE_WORD = /\p{L}[\p{L}'’-]{3,}/gu;

/** A sentence's words that may be content words (see contentWordsOf), each with its stem, in text order. */
function candidateWordsOf(sentence: string): Array<{ word: string; stem: string }> {
  const words: Array<{ word: string; stem: string }> = [];
  for (const match of sentence.toLowerCase().matchAll(CANDIDATE_WORD)) {
    const word = match[0].replace(/['’]s?$/, '');
    if (word.length < 4 || NOT_CONTENT_WORDS.has(word)) continue;
    words.push({ word, stem: singular(word) });
  }
  return words;
}

/** The stems of a sentence's content words (candidateWordsOf) but the figure's own unit and predicate. */
function contentWordsOf(
  candidates: ReadonlyArray<{ word: string; stem: string }>,
  unit: string,
  predicate: string,
): Set<string> {
  const own = new Set([...unit.split(' '), predicate].map((w) => w.toLowerCase()));
  const words = new Set<string>();
  for (const { word, stem } of candidates) if (!own.has(word) && !own.has(stem)) words.add(stem);
  return words;
}
/**
 * A share a thing was reduced by ("cut the weight of wild mammals by 85 percent", "slashed its workforce by a third")
 * is the share of it lost ("the loss of 83% of all wild mammals"): no increment, the event "lost".
 */
const REDUCED_BY_BEFORE =
  /\b(?:cut|cuts|cutting|reduced|reduces|reducing|slashed|slashes|slashing|shrank|shrunk|shrinks|lowered|lowers|trimmed|trims)\b[^.;:!?]{0,80}\bby\s*$/i;
const SHARE_LOST = 'lost';

/**
 * Whether a figure adds to another ("12 more", "another 12", "12 additional"): 'added', an addition to a count of a
 * named event or of a noun its own words name, a quantity of its own compared only with other additions (ADDED:
 * "Police arrested another 12 people"; "called in an additional six engines" and "called a further four appliances"
 * are two reports of one reinforcement, never set against the total of engines); else 'increment', a figure
 * besides or on top of another, compared with none ("12 other people", "rose by 5%"); else null. `before` and
 * `after` are its clause's text around it.
 */
function additionOf(
  claim: Claim,
  before: string,
  after: string,
  predicate: string,
  change: boolean,
): 'added' | 'increment' | null {
  const more = claim.qualifier === 'increment' || MORE_IN_TEXT.test(claim.text) || MORE_AFTER.test(after);
  const another = ANOTHER_BEFORE.test(before);
  if ((more || another) && !change && claim.quantityKind === 'count' && (predicate !== '' || namesItsNoun(claim)))
    return 'added';
  if (more || OTHER_IN_TEXT.test(claim.text) || (OTHERS_AFTER.test(after) && LISTED_BEFORE.test(before)))
    return 'increment';
  return (another || (BY_BEFORE.test(before) && !isAgentCount(claim, before))) && predicate !== SHARE_LOST
    ? 'increment'
    : null;
}

/**
 * Whether "another N" counts others besides an earlier figure of the text that the same noun counts with another
 * outcome ("killing 16 people ... Another 100 people were wounded"): the wounded are all of them, no addition to a
 * count of the wounded the text never gave.
 */
function othersBesides(
  claim: Claim,
  before: string,
  unit: string,
  predicate: string,
  earlier: PreparedClaim[],
): boolean {
  if (predicate === '' || !(ANOTHER_IN_TEXT.test(claim.text) || ANOTHER_BEFORE.test(before))) return false;
  let otherOutcome = false;
  for (const c of earlier) {
    if (c.unit !== unit || c.predicate === '') continue;
    if (c.predicate === predicate) return false;
    otherOutcome = true;
  }
  return otherOutcome;
}

const ANOTHER_IN_TEXT = new RegExp(`^${ANOTHER}\\b`, 'i');

/**
 * Whether a figure's own words name what it counts ("an additional six engines"), not a noun read from its context ("a
 * further five [points] back from Chelsea"): an addition with no event is compared only by the noun it names.
 */
function namesItsNoun(claim: Claim): boolean {
  const noun = claim.unit?.trim().split(/\s+/).pop();
  return noun !== undefined && noun !== '' && claim.text.toLowerCase().includes(noun.toLowerCase());
}

/** Beginnings of the words of a source that speaks for a state beyond doubt, even beside a party's name. */
const GOVERNMENT_VOICE_STEMS = ['minist', 'government', 'official', 'police', 'spokes', 'state media'];
const GOVERNMENT_VOICE = new RegExp(`\\b(${GOVERNMENT_VOICE_STEMS.join('|')})`, 'i');
const OFFICIAL = new RegExp(
  `\\b(${GOVERNMENT_VOICE_STEMS.join('|')}|authorit|military|army|forces|president|governor|department|agenc|ispr|prime|chief|administration|hospital|doctor|health|united nations|\\bun\\b|coroner|medical|court|officer|mayor|embassy|cabinet|commission)`,
  'i',
);
const PARTY =
  /\b(liberation (army|front)|taliban|hamas|hezbollah|islamic state|isis|isil|al[- ]qaeda|al[- ]shabaab?|boko haram|the group|militant group|rebels?|insurgents?|separatists?|jihadists?|militants|brigade|bla|pkk|ltte|ira|houthis?|wagner)\b/i;
const CLAIM_WORD = /claim/i;
const PARTY_CLAIM_BEFORE = new RegExp(`${PARTY.source}[^.;]{0,160}\\bclaim(s|ed)?\\b[^.;]*$`, 'i');

function isPartyClaim(claim: Claim, before: string): boolean {
  const source = claim.attribution?.source ?? '';
  if (source) {
    if (PARTY.test(source) && !GOVERNMENT_VOICE.test(source)) return true;
    if (OFFICIAL.test(source)) return false;
  }
  // Cheap first: a party claim names a party and a claim.
  if (!CLAIM_WORD.test(claim.sentence) && !CLAIM_WORD.test(before)) return false;
  return PARTY_CLAIM_BEFORE.test(
    (textBeforeFigure(claim) || before).replace(/\bclaim(s|ed)? responsibility\b/gi, 'took responsibility'),
  );
}

const REVISION_VERBS = '(revised|raised|rose|risen|increased|climbed|jumped|updated|grew|corrected|lifted)';
/** A verb of revision anywhere, even glued to the figure before it: what REVISED_TO and IS_REVISION_BEFORE need. */
const MAY_BE_REVISION = new RegExp(`${REVISION_VERBS}\\b`, 'i');
const REVISED_TO = new RegExp(
  `\\b${REVISION_VERBS}\\b(?:\\s+\\w+){0,6}?\\s+to\\s+(?:at least\\s+|nearly\\s+|about\\s+|around\\s+|more than\\s+)?(\\d[\\d,]*(?:\\.\\d+)?)`,
  'gi',
);
const IS_REVISION_BEFORE = new RegExp(
  `\\b${REVISION_VERBS}\\b(?:\\s+\\w+){0,6}?\\s+to\\s+(?:at least\\s+|nearly\\s+|about\\s+|around\\s+|more than\\s+)?$`,
  'i',
);

/**
 * "the note is eight pages long - not five as had been thought", "killed 12, not 15 as first reported": after the
 * figure, in its clause, "not" and another figure of its sentence that an earlier account gave ("as thought",
 * "as (first) reported", "as was said"). CORRECTION_LEAD reads from the figure to "not"; AS_EARLIER_ACCOUNT reads
 * what follows the corrected figure.
 */
const CORRECTION_LEAD = /^[^.;:!?]{0,40}?\bnot\s+/i;
const AS_EARLIER_ACCOUNT =
  /^\s+as\s+(?:(?:had|has|have|was|were|is|been|first|initially|previously|earlier|originally|widely|once)\s+){0,3}(?:thought|reported|believed|said|stated|claimed|announced|suggested|estimated|feared)\b/i;
/** No figure: what most claims revise to or correct, one array for them all. */
const NO_FIGURES: readonly number[] = Object.freeze([]);
/** A figure no revision is read of. */
const NO_REVISIONS = Object.freeze({ revisedTo: NO_FIGURES, revision: false, revisedFrom: NO_FIGURES });

/** How many of the figures after a claim may be the one it corrects (the next figure, or one just after it). */
const CORRECTED_WITHIN = 2;

/**
 * The figures a claim's sentence says it corrects: of the next figures of its sentence (`next`), one that follows
 * CORRECTION_LEAD and precedes AS_EARLIER_ACCOUNT.
 */
function corrections(claim: Claim, next: Claim[]): readonly number[] {
  const sentence = claim.sentence;
  const at = sentence.indexOf(claim.text);
  if (at < 0) return NO_FIGURES;
  const lead = CORRECTION_LEAD.exec(sentence.slice(at + claim.text.length, at + claim.text.length + 60));
  if (!lead) return NO_FIGURES;
  const from = at + claim.text.length + lead[0].length;
  const rest = sentence.slice(from, from + 160);
  const corrected = next.find(
    (mate) =>
      mate.sentenceIndex === claim.sentenceIndex &&
      rest.toLowerCase().startsWith(mate.text.toLowerCase()) &&
      AS_EARLIER_ACCOUNT.test(rest.slice(mate.text.length, mate.text.length + 80)),
  );
  return corrected ? [statedNumber(corrected)] : NO_FIGURES;
}

function revisions(claim: Claim): {
  revisedTo: readonly number[];
  revision: boolean;
  revisedFrom: readonly number[];
} {
  const sentence = claim.sentence;
  // Cheap first: a revision says "to" and a verb of revision.
  if (!/\bto\b/i.test(sentence) || !MAY_BE_REVISION.test(sentence)) return NO_REVISIONS;
  const at = sentence.indexOf(claim.text);
  const revisedTo: number[] = [];
  if (at >= 0) {
    const after = sentence.slice(at + claim.text.length);
    for (const match of after.matchAll(REVISED_TO)) revisedTo.push(Number(match[2].replace(/,/g, '')));
  }
  const before = at >= 0 ? sentence.slice(0, at) : '';
  const revision = IS_REVISION_BEFORE.test(before);
  // "updated the toll to at least 124, up from 112 earlier today": the figure the revision was made from.
  const from = revision && at >= 0 ? REVISED_FROM_AFTER.exec(sentence.slice(at + claim.text.length)) : null;
  return { revisedTo, revision, revisedFrom: from ? [Number(from[1].replace(/,/g, ''))] : NO_FIGURES };
}

/** What follows a revised figure to name the figure it was revised from (", up from 112"). */
const REVISED_FROM_AFTER = /^,?\s+(?:up|down)\s+from\s+(\d[\d,]*(?:\.\d+)?)/i;

/** The year the extractor read for the figure (see figureYear), read the same way for a frame built by hand. */
function claimYear(claim: Claim, frame: QuantityFrame): number | null {
  if (frame.year !== undefined) return frame.year;
  return figureYear({
    sentence: claim.sentence,
    at: claim.sentence.indexOf(claim.text),
    text: claim.text,
    years: namedYears(findDates(claim.sentence), 0),
    quantityKind: claim.quantityKind,
    frame,
    read: claim.frame !== undefined,
    dates: claim.context.dates,
  });
}

/** The most frequent value; the latest on ties. */
function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null,
    bestCount = 0;
  for (const [v, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (c >= bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

const NOT_NAMES = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'for',
  'with',
  'from',
  'his',
  'her',
  'its',
  'their',
  'our',
  'mr',
  'mrs',
  'ms',
  'dr',
  'minister',
  'president',
  'chief',
  'prime',
  'government',
  'police',
  'army',
  'officials',
  'official',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'general',
  'state',
  'federal',
  'national',
  ...MONTHS_LOWER,
  ...WEEKDAYS,
  'he',
  'she',
  'they',
  'it',
  'we',
  'you',
  'there',
  'when',
  'while',
  'after',
  'before',
  'however',
  'according',
  'meanwhile',
  'also',
  'said',
  'says',
  'news',
  'reuters',
  'afp',
  'bbc',
  'associated',
  'press',
  'agency',
  'source',
  'author',
  'desk',
  'killed',
  'wounded',
  'injured',
  'dead',
  'civilians',
  'militants',
  'security',
  'personnel',
  'ministry',
  'department',
  'city',
  'province',
  'district',
  'north',
  'south',
  'east',
  'west',
  'key',
  'points',
  'read',
  'more',
  'suggested',
  'reading',
  'subscribe',
  'in',
  'on',
  'at',
  'of',
  'to',
  'as',
  'by',
  'an',
  'a',
  'if',
  'what',
  'who',
  'how',
  'why',
  'one',
  'two',
  'three',
  'new',
  'last',
  'first',
]);

const WORD = /[\p{Lu}][\p{L}'’-]*[\p{L}]|[\p{Lu}]{2,}/gu;

/** Capitalised words that are not a sentence's first word: the names a sentence mentions, lower-cased. */
export function properTokens(sentence: string, into = new Set<string>()): Set<string> {
  // A word at or before this offset has only white space before it: the sentence's first word.
  const firstContent = sentence.search(/\S/);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence); match !== null; match = WORD.exec(sentence)) {
    const index = match.index;
    if (index <= firstContent || followsSentenceEnd(sentence, 0, index)) continue;
    const token = nameOf(match[0]);
    if (token !== null) into.add(token);
  }
  return into;
}

/**
 * A capitalised word lower-cased, without a possessive "'s"; null for one too short, no name ("The", "Minister") or
 * a contraction ("I'm", "I've", "Don't": a quote's words, named in any story).
 */
function nameOf(word: string): string | null {
  const token = withoutPossessive(word.toLowerCase());
  return token.length < 3 || NOT_NAMES.has(token) || CONTRACTION.test(token) ? null : token;
}

/** "i'm", "we're", "i've", "i'll", "i'd", "don't", "y'all", "o'clock", but not "o'brien" nor "d'arcy". */
const CONTRACTION = /['’](?:m|re|ve|ll|d|t|all|clock)$/;

/**
 * A sentence's first word, lower-cased, when the document names it elsewhere (its fingerprint holds it: "O'Brien
 * just finished ..."): properTokens leaves a first word out, as capitalised anyway. Null otherwise.
 */
export function firstWordName(sentence: string, fingerprint: Set<string>): string | null {
  const first = FIRST_WORD.exec(sentence);
  if (!first) return null;
  const token = withoutPossessive(first[1].toLowerCase());
  return token.length >= 3 && !NOT_NAMES.has(token) && fingerprint.has(token) ? token : null;
}

const FIRST_WORD = /^[\s"“'‘(]*([\p{Lu}][\p{L}'’-]*[\p{L}])/u;

/**
 * Whether the (up to) three characters before `index`, from `start` on, end in a full stop, colon or opening quote,
 * then white space only.
 */
function followsSentenceEnd(text: string, start: number, index: number): boolean {
  for (let i = index - 1; i >= Math.max(start, index - 3); i--) {
    const code = text.charCodeAt(i);
    if (SENTENCE_END_CODES.has(code)) return true;
    if (!isWhiteSpace(code)) return false;
  }
  return false;
}

const SENTENCE_END_CODES = new Set([...'.!?:"“'].map((c) => c.charCodeAt(0)));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return code > 127 && WHITE_SPACE.test(String.fromCharCode(code));
}

const WHITE_SPACE = /\s/;

/** "jones's" and "jones’s" as "jones": a WORD ends in a letter, so its only possessive ending is an apostrophe and s. */
function withoutPossessive(token: string): string {
  const length = token.length;
  if (length < 2 || token.charCodeAt(length - 1) !== 115 /* s */) return token;
  const apostrophe = token.charCodeAt(length - 2);
  return apostrophe === 39 /* ' */ || apostrophe === 0x2019 /* ’ */ ? token.slice(0, -2) : token;
}

/** Headlines and menu lines ("Pakistan Launches Massive Crackdown") capitalise every word: no names to learn there. */
function isTitleCase(line: string): boolean {
  return !endsInPunctuation(line, 0, line.length) && mostWordsCapitalised(line);
}

/** Whether the line has at least four words, and at least 60% of them start with a capital. */
function mostWordsCapitalised(line: string): boolean {
  let words = 0;
  let capitalised = 0;
  LETTER_WORD.lastIndex = 0;
  for (let word = LETTER_WORD.exec(line); word !== null; word = LETTER_WORD.exec(line)) {
    words++;
    // An ASCII letter up to "Z" is a capital one.
    const code = line.charCodeAt(word.index);
    if (code < 128 ? code <= 90 : CAPITAL_FIRST.test(word[0])) capitalised++;
  }
  return words >= 4 && capitalised / words >= 0.6;
}

// Module constants, not literals in the function: a bundle for Node writes a literal with \p{..} outside brackets as
// `new RegExp(..)`, made again at every call.
const LETTER_WORD = /\p{L}[\p{L}'’-]*/gu;

/** How many of a text's names make its story fingerprint (the most frequent first). */
export const KEYWORD_LIMIT = 40;

/**
 * The names a text mentions most, lower-cased: its story fingerprint. Linear in the text's length: one pass of WORD
 * over the text, each name counted once for each piece of it (see Pieces) that names it; a piece longer than 2,000
 * characters or in title case counts none.
 */
export function documentKeywords(text: string, limit = KEYWORD_LIMIT): string[] {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // Each name's count of pieces, and the last piece that counted it.
  const tallies = new Map<string, { count: number; piece: number }>();
  const pieces = new Pieces(sample);
  // Whether the current piece counts its names, read at its first capitalised word (most pieces have one).
  let read = -1;
  let counts = false;
  let firstContent = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match !== null; match = WORD.exec(sample)) {
    const index = match.index;
    // A word never spans two pieces: WORD holds no white space, full stop, question or exclamation mark.
    while (index >= pieces.end) pieces.next();
    const { start, end, index: piece } = pieces;
    if (read !== piece) {
      read = piece;
      counts =
        end - start <= 2000 &&
        (endsInPunctuation(sample, start, end) || !mostWordsCapitalised(sample.slice(start, end)));
      firstContent = start;
      while (isWhiteSpace(sample.charCodeAt(firstContent))) firstContent++;
    }
    // Not the piece's first word, nor one after a full stop, colon or opening quote, unless a name joined by "&"
    // ("Harlow & Finch shares fell"), nor part of a longer word: a web address's path
    // ("/Lindsay-Lohan-checks-into-rehab"), a handle or hashtag ("@JimCarrey", "#FIFAWorldCup").
    if (!counts || inLongerWord(sample, index)) continue;
    if (
      (index === firstContent || followsSentenceEnd(sample, start, index)) &&
      !joinedByAmpersand(sample, index + match[0].length)
    )
      continue;
    const token = nameOf(match[0]);
    if (token === null) continue;
    const tally = tallies.get(token);
    if (tally === undefined) tallies.set(token, { count: 1, piece });
    else if (tally.piece !== piece) {
      tally.count++;
      tally.piece = piece;
    }
  }
  // The most frequent first, alphabetical among equals: every name counted more often than the limit-th most
  // frequent, then those counted as often as it, alphabetically, as many as the limit leaves room for.
  const least = leastCountAmongTop(tallies, limit);
  const above: Array<[string, number]> = [];
  const tied: string[] = [];
  for (const [token, { count }] of tallies) {
    if (count > least) above.push([token, count]);
    else if (count === least) tied.push(token);
  }
  above.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [...above.map(([token]) => token), ...tied.sort().slice(0, limit - above.length)];
}

/** Whether " & " and a capital letter follow `end`: the first word of a firm's name ("Marks & Spencer"). */
function joinedByAmpersand(text: string, end: number): boolean {
  return AMPERSAND_NAME.test(text.slice(end, end + 4));
}

const AMPERSAND_NAME = /^ & \p{Lu}/u;

/** Whether the character before `index` joins the word there to a longer one: a letter, digit or one of / @ # _ . = &. */
function inLongerWord(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 128) return WORD_JOINERS[code] === 1;
  return LETTER_OR_DIGIT.test(text[index - 1]);
}

const WORD_JOINERS = new Uint8Array(128);
for (const c of '/@#_.=&0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
  WORD_JOINERS[c.charCodeAt(0)] = 1;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The pieces of a text cut where white space follows a full stop, question or exclamation mark, and at line breaks,
 * one after the other as offsets [start, end): the pieces `text.split(/(?<=[.!?])\s+|\n+/)` gives, without a
 * look-behind tried at every character. The white space between two pieces is in neither.
 */
class Pieces {
  /** The current piece: the index-th, text[start, end); none before the first next(). */
  index = -1;
  start = 0;
  end = -1;
  private nextStart = 0;

  constructor(private readonly text: string) {}

  next(): void {
    const text = this.text;
    this.index++;
    this.start = this.nextStart;
    SENTENCE_BREAK.lastIndex = this.nextStart;
    const found = SENTENCE_BREAK.exec(text);
    if (found === null) {
      this.end = this.nextStart = text.length;
      return;
    }
    const newline = found[0] === '\n';
    const at = newline ? found.index : found.index + 1;
    let end = at + 1;
    if (newline) while (end < text.length && text.charCodeAt(end) === 10) end++;
    else while (end < text.length && isWhiteSpace(text.charCodeAt(end))) end++;
    this.end = at;
    this.nextStart = end;
  }
}

/** Where Pieces cuts: a full stop, question or exclamation mark before white space, or a line break. */
const SENTENCE_BREAK = /[.!?](?=\s)|\n/g;

/** Whether the last character of text[start, end) other than white space closes a sentence, clause, quote or bracket. */
function endsInPunctuation(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && isWhiteSpace(text.charCodeAt(at))) at--;
  return at >= start && CLOSING_CODES.has(text.charCodeAt(at));
}

const CLOSING_CODES = new Set([...'.!?:;"”’)'].map((c) => c.charCodeAt(0)));

/** The count of the limit-th most frequent name (1 when there are no more names than that). */
function leastCountAmongTop(counts: Map<string, { count: number }>, limit: number): number {
  if (counts.size <= limit) return 1;
  const names = new Map<number, number>();
  let most = 1;
  for (const { count } of counts.values()) {
    names.set(count, (names.get(count) ?? 0) + 1);
    if (count > most) most = count;
  }
  let atLeast = 0;
  for (let count = most; count > 1; count--) {
    atLeast += names.get(count) ?? 0;
    if (atLeast >= limit) return count;
  }
  return 1;
}

const CASUALTY_PREDICATES = new Set(['killed', 'wounded']);
const PEOPLE_WORDS = /\b(death toll|toll|people|persons|dead|deaths|casualties|fatalities|lives)\b/i;
const CAPITAL = /\p{Lu}/u;

/**
 * The unit a bare figure leaves implied: "12 people were killed and 30 injured" (the sentence's earlier unit),
 * "the death toll rose to 157" (people). Null when the sentence does not say.
 */
function impliedUnit(claim: Claim, earlier: PreparedClaim[]): string | null {
  // A rank before it ("his third album and 12 singles") lends it nothing.
  let last = earlier.length - 1;
  while (last >= 0 && earlier.length - last <= 4 && earlier[last].claim.quantityKind === 'ordinal') last--;
  const previous = earlier.length - last <= 4 ? earlier[last] : undefined;
  const sameSentence =
    previous && (previous.claim.sentenceIndex === claim.sentenceIndex || previous.claim.sentence === claim.sentence);
  if (previous && sameSentence && (previous.claim.unitKey || previous.claim.unit)) {
    // Only an elliptical coordination: "12 people were killed and 30 injured".
    const gap = claim.sentence.slice(
      claim.sentence.indexOf(previous.claim.text) + previous.claim.text.length,
      claim.sentence.indexOf(claim.text),
    );
    if (gap.length > 0 && gap.length <= 40 && /\band\b|,/.test(gap) && !CAPITAL.test(gap)) return previous.unit;
  }
  const predicate = claim.predicate ? canonicalPredicate(claim.predicate) : null;
  return predicate && CASUALTY_PREDICATES.has(predicate) && PEOPLE_WORDS.test(claim.sentence) ? 'person' : null;
}

/** Around each claim, this many characters either side of its figure are read in a sentence longer than LONG_SENTENCE. */
const SENTENCE_WINDOW = 600;
const LONG_SENTENCE = 4000;

/**
 * The claim as the engine reads it: itself, or, in a "sentence" of thousands of characters (a minified export, a
 * table without full stops), a copy whose sentence is the part within SENTENCE_WINDOW of its figure, so that the
 * work per claim stays bounded. A figure is found once per sentence by search; the next ones of the same sentence
 * by their offsets in the document.
 */
function claimReader(): (claim: Claim) => Claim {
  const sentenceStarts = new Map<number, number>();
  return (claim) => {
    const sentence = claim.sentence;
    if (sentence.length <= LONG_SENTENCE) return claim;
    const sentenceStart = sentenceStarts.get(claim.sentenceIndex);
    let at = sentenceStart === undefined ? -1 : claim.start - sentenceStart;
    if (at < 0 || at > sentence.length || !sentence.startsWith(claim.text, at)) {
      const found = sentence.indexOf(claim.text, Math.max(0, at));
      at = Math.max(0, found);
      if (found >= 0 || sentenceStart === undefined) sentenceStarts.set(claim.sentenceIndex, claim.start - at);
    }
    let from = Math.max(0, at - SENTENCE_WINDOW);
    let to = Math.min(sentence.length, at + claim.text.length + SENTENCE_WINDOW);
    // Whole words only at the cut ends.
    if (from > 0) from = Math.min(at, from + Math.max(0, sentence.slice(from, from + 40).search(/\s/) + 1));
    if (to < sentence.length)
      to = Math.max(
        at + claim.text.length,
        to -
          Math.max(
            0,
            sentence
              .slice(to - 40, to)
              .split('')
              .reverse()
              .join('')
              .search(/\s/) + 1,
          ),
      );
    return { ...claim, sentence: sentence.slice(from, to) };
  };
}

export function prepareDocument(doc: DocumentAnalysis, config: EngineConfig, canon: UnitCanon): PreparedDoc {
  const fingerprint = new Set<string>(doc.keywords ?? []);
  const reading = new SentenceReading();
  // The text's most frequent names are the fingerprint; without them (an analysis built by hand), the names
  // around its claims, attributions and organisations stand in.
  if (!doc.keywords) {
    for (const claim of doc.claims) {
      if (!isTitleCase(claim.sentence)) for (const token of reading.tokensOf(claim.sentence)) fingerprint.add(token);
      for (const name of [...claim.context.places, ...claim.context.organisations, ...claim.context.people]) {
        for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u))
          if (word.length >= 3 && !NOT_NAMES.has(word)) fingerprint.add(word);
      }
    }
    for (const record of doc.attributions) properTokens(`x ${record.source} ${record.content}`, fingerprint);
    for (const mention of doc.names) {
      for (const word of mention.name.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        if (word.length >= 3 && !NOT_NAMES.has(word)) fingerprint.add(word);
    }
  }
  for (const mention of doc.names) if (mention.acronym) fingerprint.add(mention.acronym.toLowerCase());

  const metaYear = doc.meta.date ? Number(doc.meta.date.slice(0, 4)) : null;
  // Only a date the document gives for itself or its events: the years its sentences name are as often
  // earlier events ("Hurricane Mitch killed about 10,000 people in 1998"), and so are the dates of other
  // verbs' events ("Page vanished in 1958"): only the start of the document's own event counts.
  const year =
    metaYear ?? mode(doc.eventDates.filter((d) => d.event === 'began').map((d) => Number(d.date.slice(0, 4))));

  const readable = claimReader();
  const claims: PreparedClaim[] = [];
  for (let index = 0; index < doc.claims.length; index++) {
    const written = doc.claims[index];
    const sumBefore = index > 0 ? doc.claims[index - 1] : null;
    const writtenFrame = written.frame ?? frameOfWritten(written);
    if (!comparableFrame(written, writtenFrame)) continue;
    const claim = readable(written);
    const measuredAs = measuredUnit(claim, writtenFrame, canon, claims);
    const unit = senseInSetting(written, measuredAs);
    if (!unit) continue;
    const frame = unit === measuredAs ? writtenFrame : inSense(writtenFrame, measuredAs!, unit);
    const { before, after } = clauseAround(claim);
    const predicate =
      claim.quantityKind === 'percent' && REDUCED_BY_BEFORE.test(before)
        ? SHARE_LOST
        : frame.event
          ? canonicalPredicate(frame.event)
          : '';
    const change = CHANGE_PREDICATES.has(predicate);
    const besides = othersBesides(claim, before, unit, predicate, claims);
    const addition = besides ? null : additionOf(claim, before, after, predicate, change);
    const added = addition === 'added';
    const range = claimInterval(added || besides ? { ...claim, qualifier: 'exact' } : claim);
    const incremental = addition === 'increment';
    const excluded: PreparedClaim['excluded'] =
      markedNotComparable(doc.notComparable, written) || declaredNotComparable(config.notComparable, written)
        ? 'not-comparable'
        : claim.stance === 'rejected'
          ? 'rejected'
          : incremental
            ? 'increment'
            : isConversion(written, sumBefore, writtenFrame)
              ? 'conversion'
              : (change && !isChangeOfOne(claim, frame)) || isMovedLevel(claim)
                ? 'change'
                : range === null
                  ? 'vague'
                  : isSupposition(claim)
                    ? 'hypothetical'
                    : isWholeOfPart(claim)
                      ? 'whole'
                      : null;
    // "improved his record to 52-3" tells a record, no revision of a figure.
    const { revisedTo, revision, revisedFrom } = claim.value.parts ? NO_REVISIONS : revisions(claim);
    const fields: PreparedFields = {
      claim: written,
      unit,
      predicate: added ? `${ADDED}${predicate}` : predicate,
      event: `${added ? ADDED : ''}${predicate ? eventKey(predicate) : ''}`,
      bucket: `q:${bucketUnit(claim, unit, predicate)}`,
      frame,
      // In the frame's base unit: "5 km" and "3.1 miles" compare in metres.
      low: range ? range.low * frame.scale : -Infinity,
      high: range ? range.high * frame.scale : Infinity,
      excluded,
      // A day dates an event: a count no verb governs ("a 16-time nominee ... received a star Monday") has none.
      // A rank's window is the calendar one its count runs in ("the fifth coach fired this season"), never a day.
      // A running count's day is the day it stood at its level ("reached 1,283 on Wednesday"), no window it counts.
      window:
        claim.quantityKind === 'ordinal' || isAgeFrame(frame)
          ? frame.time
          : (claim.quantityKind === 'count' && frame.event === null && claim.frame) ||
              claim.value.parts ||
              (frame.scope === 'running' && claim.quantityKind === 'count')
            ? null
            : pointWindow(before, after, claim.sentence),
      siblingPlaces: null,
      year: claimYear(claim, frame),
      party: isPartyClaim(claim, before),
      parts: null,
      revisedTo,
      revisedFrom,
      revision,
      corrects: corrections(claim, doc.claims.slice(index + 1, index + 1 + CORRECTED_WITHIN)),
      measure: claim.quantityKind !== 'count',
      notMeasured: null,
      tally: tallyKey(written, frame),
    };
    claims.push(new ReadClaim(fields, claim, reading));
  }
  inheritFromOriginals(claims);
  markSiblings(claims);
  dropSiblingPlaces(claims);
  findParts(claims, year);
  const countedClaims = new Map<string, PreparedClaim[]>();
  for (const claim of claims) if (!claim.excluded) pushTo(countedClaims, claim.bucket, claim);
  const roles = nounsOfPeople(claims);
  const areaParts = areasSplitByDocument(claims);
  for (const claim of claims) {
    claim.peopleRoles = roles;
    claim.areaParts = areaParts;
    if (crossCounted(claim, roles)) pushTo(countedClaims, CROSS_BUCKET, claim);
  }
  return new PreparedDocument(doc, claims, fingerprint, year, countedClaims);
}

/**
 * A prepared document. Its fingerprint key is read only to tell whether an edit changed the fingerprint: a document
 * indexed for the first time never needs it. (A class, not a literal with a getter: V8 keeps such a literal as a
 * dictionary, whose fields every later step would look up by name.)
 */
class PreparedDocument implements PreparedDoc {
  readonly file: string;
  serial = 0;
  #fingerprintKey: string | undefined;
  // Made when first asked for: most documents have no figure whose sentence is read for other measures.
  #claimsBySentence: Map<number, PreparedClaim[]> | undefined;
  // Made when first asked for: a document's dates and names are filed into their buckets once, not read again for
  // each bucket.
  #datesByBucket: Map<string, EventDate[]> | undefined;
  #namesByBucket: Map<string, NameMention[]> | undefined;

  constructor(
    readonly doc: DocumentAnalysis,
    readonly claims: PreparedClaim[],
    readonly fingerprint: Set<string>,
    readonly year: number | null,
    readonly countedClaims: Map<string, PreparedClaim[]>,
  ) {
    this.file = doc.file;
  }

  get fingerprintKey(): string {
    return (this.#fingerprintKey ??= hash([...this.fingerprint].sort().join(' ')));
  }

  claimsInSentence(sentence: number): PreparedClaim[] {
    if (!this.#claimsBySentence) {
      this.#claimsBySentence = new Map();
      for (const c of this.claims) pushTo(this.#claimsBySentence, c.claim.sentenceIndex, c);
    }
    return this.#claimsBySentence.get(sentence) ?? [];
  }

  get datesByBucket(): ReadonlyMap<string, EventDate[]> {
    if (!this.#datesByBucket) {
      this.#datesByBucket = new Map();
      for (const date of this.doc.eventDates) pushTo(this.#datesByBucket, dateBucket(date), date);
    }
    return this.#datesByBucket;
  }

  get namesByBucket(): ReadonlyMap<string, NameMention[]> {
    if (!this.#namesByBucket) {
      this.#namesByBucket = new Map();
      for (const name of this.doc.names) {
        const bucket = nameBucket(name);
        if (bucket) pushTo(this.#namesByBucket, bucket, name);
      }
    }
    return this.#namesByBucket;
  }
}

/** What a prepared claim reads when it is prepared: all of it but what only a comparison reads. */
type PreparedFields = Omit<PreparedClaim, 'figure' | 'sentenceTokens' | 'contentWords' | 'peopleRoles' | 'areaParts'>;

/** A sentence's candidate content words, and its content words by the unit and predicate left out. */
interface SentenceWords {
  candidates: ReadonlyArray<{ word: string; stem: string }>;
  byKey: Map<string, Set<string>>;
}

/** The names and content words of a document's sentences, each sentence read once. */
class SentenceReading {
  // Made when first asked for: most documents have no figure compared with another.
  private tokens: Map<string, Set<string>> | null = null;
  // By sentence (its candidate words read once), then by unit and predicate.
  private words: Map<string, SentenceWords> | null = null;

  tokensOf(sentence: string): Set<string> {
    this.tokens ??= new Map();
    let tokens = this.tokens.get(sentence);
    if (!tokens) this.tokens.set(sentence, (tokens = properTokens(sentence)));
    return tokens;
  }

  contentWordsOf(sentence: string, unit: string, predicate: string): Set<string> {
    this.words ??= new Map();
    let ofSentence = this.words.get(sentence);
    if (!ofSentence)
      this.words.set(sentence, (ofSentence = { candidates: candidateWordsOf(sentence), byKey: new Map() }));
    const key = `${unit}\u0000${predicate}`;
    let words = ofSentence.byKey.get(key);
    if (!words) ofSentence.byKey.set(key, (words = contentWordsOf(ofSentence.candidates, unit, predicate)));
    return words;
  }
}

/**
 * A prepared claim. What only a comparison reads (most figures are compared with none) is read from the claim as the
 * engine reads it (see claimReader) when it is first asked for. A class, not a literal with getters: V8 keeps such a
 * literal as a dictionary, whose fields every comparison would look up by name.
 */
class ReadClaim implements PreparedClaim {
  claim: Claim;
  unit: string;
  predicate: string;
  event: string;
  bucket: string;
  frame: QuantityFrame;
  low: number;
  high: number;
  excluded: PreparedClaim['excluded'];
  window: string | null;
  siblingPlaces: string[] | null;
  year: number | null;
  party: boolean;
  parts: PreparedClaim[] | null;
  revisedTo: readonly number[];
  revision: boolean;
  revisedFrom: readonly number[];
  corrects: readonly number[];
  measure: boolean;
  notMeasured: string | null;
  tally: string | null;
  peopleRoles: ReadonlySet<string> = NO_ROLES;
  areaParts: ReadonlySet<string> = NO_AREAS;
  readonly #read: Claim;
  readonly #reading: SentenceReading;
  #figure: string | undefined;
  #sentenceTokens: Set<string> | undefined;
  #contentWords: Set<string> | undefined;

  constructor(fields: PreparedFields, read: Claim, reading: SentenceReading) {
    this.claim = fields.claim;
    this.unit = fields.unit;
    this.predicate = fields.predicate;
    this.event = fields.event;
    this.bucket = fields.bucket;
    this.frame = fields.frame;
    this.low = fields.low;
    this.high = fields.high;
    this.excluded = fields.excluded;
    this.window = fields.window;
    this.siblingPlaces = fields.siblingPlaces;
    this.year = fields.year;
    this.party = fields.party;
    this.parts = fields.parts;
    this.revisedTo = fields.revisedTo;
    this.revision = fields.revision;
    this.revisedFrom = fields.revisedFrom;
    this.corrects = fields.corrects;
    this.measure = fields.measure;
    this.notMeasured = fields.notMeasured;
    this.tally = fields.tally;
    this.#read = read;
    this.#reading = reading;
  }

  get figure(): string {
    return (this.#figure ??= figureText(this.#read, statedNumber(this.#read)));
  }

  get sentenceTokens(): Set<string> {
    return (this.#sentenceTokens ??= this.#reading.tokensOf(this.#read.sentence));
  }

  get contentWords(): Set<string> {
    return (this.#contentWords ??= this.#reading.contentWordsOf(this.#read.sentence, this.unit, this.predicate));
  }
}

/** A sum or share whose frame leaves what it measures unsaid is not what another figure of its sentence, in its unit, measures. */
function markSiblings(claims: PreparedClaim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    if (!claim.measure || claim.frame.measured !== null) continue;
    for (let j = Math.max(0, i - 4); j < Math.min(claims.length, i + 5); j++) {
      const other = claims[j];
      if (
        j === i ||
        other.bucket !== claim.bucket ||
        other.claim.sentenceIndex !== claim.claim.sentenceIndex ||
        other.frame.measured === null
      )
        continue;
      if (other.claim.value.stated !== claim.claim.value.stated) claim.notMeasured = other.frame.measured;
    }
  }
}

/**
 * A place its sentence names in another figure's own phrase is not this figure's place: "23.5 million albums in the
 * United States and 37 million albums worldwide" sets the 37 million nowhere.
 */
function dropSiblingPlaces(claims: PreparedClaim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    if (claim.claim.context.places.length === 0 || !claim.claim.frame) continue;
    const own = claim.frame.place?.toLowerCase() ?? null;
    for (let j = Math.max(0, i - 4); j < Math.min(claims.length, i + 5); j++) {
      const place = claims[j].frame.place?.toLowerCase();
      if (j === i || !place || place === own || claims[j].claim.sentenceIndex !== claim.claim.sentenceIndex) continue;
      (claim.siblingPlaces ??= []).push(place);
    }
  }
}

/**
 * Repeated text ("repeatOf") reads as its first occurrence did: same window, same speaker's side. An exclusion is
 * never inherited: it is read from one mention's own words, not from the value. A supposition is its clause's ("If
 * the track sold 500,000 copies, ..."; "The track sold 500,000 copies"), an increment its phrase's ("lifted the
 * rating by one notch"; "is now one notch below investment grade"; "three other executives"; "three executives"), a
 * conversion its brackets', a change its verb's, a whole its "of the" ("Seven of the 34 women"; "all 34 women"). Only
 * a figure the user declared not comparable stays so wherever it is repeated.
 */
function inheritFromOriginals(claims: PreparedClaim[]): void {
  if (!claims.some((c) => c.claim.repeatOf)) return;
  const byId = new Map(claims.map((c) => [c.claim.id, c]));
  for (const claim of claims) {
    const original = claim.claim.repeatOf ? byId.get(claim.claim.repeatOf) : undefined;
    if (!original || original.claim.value.stated !== claim.claim.value.stated) continue;
    claim.window = original.window;
    claim.party = original.party;
    claim.year = claim.year ?? original.year;
    if (original.excluded === 'not-comparable') claim.excluded = original.excluded;
  }
}

/**
 * Whether a figure's frame says enough to be compared at all: a head count needs its event ("12 towns" alone is
 * no quantity of the story), a length of time what lasted, a sum or share what it is of.
 */
function comparableFrame(claim: Claim, frame: QuantityFrame): boolean {
  // A record, score or vote is compared only when the text says whose it is; an age only when it is a named person's.
  if (claim.value.parts || isAgeFrame(frame)) return tallyKey(claim, frame) !== null;
  // A count of a thing no verb governs ("17 nominations", "a five-page letter") is compared only by what it
  // counts and its sentence's words (see `comparable`); a count with neither ("nine") never.
  if (claim.quantityKind === 'count')
    return frame.event !== null || (claim.frame !== undefined && frame.measured !== null);
  // A rank is compared only when it says what it ranks and whose Nth it is.
  if (claim.quantityKind === 'ordinal') return frame.measured !== null && frame.agent !== null;
  if (!claim.frame) return frame.event !== null; // built without a frame: by its predicate, as before frames
  // A sum or a share whose frame leaves what it is of unsaid ("paid $292 million", "15 per cent of gross domestic
  // product") is still compared: by its sentence's words, as information (see `comparable`). A length of time never
  // is without what lasted.
  return frame.measured !== null || claim.quantityKind !== 'duration';
}

/**
 * Whether a sum is the writer's conversion of the sum before it: in brackets right after it, or after a semicolon
 * inside them ("1bn euros ($1.3bn; £690m)", "$11bn (£5.7bn)", "$US1 million ($1.52 million)"). A conversion
 * restates a figure at some day's rate; the figure itself is what sources give and what is compared. So is a
 * measure's in another unit of its dimension that gives about the same amount ("3,000 km (1,800 miles)", "580 m
 * (1,900 ft)"): one statement, whose first figure is compared.
 */
function isConversion(claim: Claim, before: Claim | null, frame: QuantityFrame): boolean {
  if (before === null || before.quantityKind !== claim.quantityKind) return false;
  if (claim.quantityKind !== 'money' && !isMeasureConversion(claim, frame, before)) return false;
  if (before.sentenceIndex !== claim.sentenceIndex || before.file !== claim.file) return false;
  // Only brackets or a semicolon between them; a sentence longer than a reader's is a table, read no further
  // (each check stays bounded however many sums a line holds).
  if (claim.start - before.end > 3 || claim.sentence.length > MAX_CONVERSION_SENTENCE) return false;
  const sentence = claim.sentence;
  const at = sentence.indexOf(before.text);
  if (at < 0) return false;
  const next = sentence.indexOf(claim.text, at + before.text.length);
  return next >= 0 && CONVERSION_GAP.test(sentence.slice(at + before.text.length, next));
}

/**
 * Whether a measure restates the one before it in another unit of its dimension: the two, each read as rounded to
 * its last written digit, meet ("580 m (1,900 ft)"). One converted wrongly ("1,700ft (580m)": 1,700 ft is 518 m)
 * is a figure of its own, compared.
 */
function isMeasureConversion(claim: Claim, frame: QuantityFrame, before: Claim): boolean {
  if (!PROPERTY_DIMENSIONS.has(frame.dimension) || claim.unitKey === before.unitKey) return false;
  const beforeFrame = before.frame ?? frameOfWritten(before);
  if (beforeFrame.dimension !== frame.dimension || beforeFrame.unit !== frame.unit) return false;
  const span = writtenSpan(claim);
  const spanBefore = writtenSpan(before);
  if (!span || !spanBefore) return false;
  return (
    span.low * frame.scale <= spanBefore.high * beforeFrame.scale &&
    spanBefore.low * beforeFrame.scale <= span.high * frame.scale
  );
}

/** The longest sentence whose sums are looked at for conversions. */
const MAX_CONVERSION_SENTENCE = 2000;

/** What stands between a sum and its conversion: an opening bracket, or a semicolon between two conversions. */
const CONVERSION_GAP = /^\s*[(;]\s*$/;

/**
 * The quantity a record, score, vote or person's age is of (see PreparedClaim.tally): an age, record or vote needs its owner, a score
 * both sides of its match (in either order); a record "after" the event is the one a record whose time is unsaid
 * gives, one "before" it or over a span ("since knocking out Lewis") is another quantity. Null for any other figure,
 * or one whose owner is not read.
 */
function tallyKey(claim: Claim, frame: QuantityFrame): string | null {
  if (isAgeFrame(frame)) return frame.agent === null ? null : `${AGE}/${ageOwnerWord(frame.agent)}/`;
  if (!claim.value.parts) return null;
  if (frame.measured === 'score') {
    const sides = frame.sides?.map((side) => side.toLowerCase()).sort();
    return sides ? `score/${sides.join('/')}` : null;
  }
  if (!frame.agent) return null;
  const time = frame.time === 'after' ? '' : (frame.time ?? '');
  return `${frame.measured}/${frame.agent.toLowerCase()}/${time}`;
}

/** What a rank's bucket is named by: "which title defense", "which coach". */
export const RANK_PREFIX = 'which ';

/** The frame of a claim built without one (by hand, or by an older extractor): its unit and predicate. */
function frameOfWritten(claim: Claim): QuantityFrame {
  const count = claim.quantityKind === 'count';
  return {
    measured: count ? claim.unitKey : null,
    head: count ? claim.unitKey : null,
    modifiers: [],
    event: claim.predicate,
    agent: null,
    place: null,
    time: null,
    scope: null,
    stage: null,
    dimension: claim.quantityKind,
    unit: claim.quantityKind === 'count' ? null : claim.unitKey,
    scale: 1,
  };
}

/**
 * What a claim measures, as its bucket names it: the counted noun (config synonyms applied) for a count; the
 * currency, share or base unit for a measure ("dollar", "percent", "metre"): a measure is compared only within one
 * currency or unit, and by what it is of (the frame's `measured`) inside it.
 */
function measuredUnit(claim: Claim, frame: QuantityFrame, canon: UnitCanon, earlier: PreparedClaim[]): string | null {
  if (isAgeFrame(frame)) return AGE;
  if (claim.quantityKind === 'ordinal') return frame.measured === null ? null : `${RANK_PREFIX}${frame.measured}`;
  if (claim.quantityKind === 'count') {
    if (isPartOfWhole(frame)) return null;
    // A frame that reads the counted noun as people ("2 deaths", "12 others") counts people.
    if (frame.head !== null && frame.head !== claim.unitKey)
      return canon.canonical({ unit: frame.head, unitKey: frame.head });
    return claim.unitKey || claim.unit ? canon.canonical(claim) : impliedUnit(claim, earlier);
  }
  return frame.unit ?? claim.unitKey;
}

/**
 * Counted nouns that name one set of things with another noun in a setting their sentence names: the votes a
 * petition garners are its signatures; in fire reporting, appliances and tenders are fire engines. A normalisation of
 * words (each figure still needs its event, story and frame to be compared with another), never a list of what may be.
 */
const SENSES_IN_SETTING: ReadonlyArray<{ noun: string; setting: RegExp; sense: string }> = [
  { noun: 'vote', setting: /\bpetition/i, sense: 'signature' },
  { noun: 'appliance', setting: /\b(?:fire|firefighters?|firemen)\b/i, sense: 'engine' },
  { noun: 'tender', setting: /\b(?:fire|firefighters?|firemen)\b/i, sense: 'engine' },
];

/** The noun a count's unit names in the setting its sentence names (see SENSES_IN_SETTING): the unit itself for most. */
function senseInSetting(claim: Claim, unit: string | null): string | null {
  if (unit === null || claim.quantityKind !== 'count') return unit;
  for (const { noun, setting, sense } of SENSES_IN_SETTING)
    if (unit === noun && setting.test(claim.sentence)) return sense;
  return unit;
}

/** A frame whose counted noun is read in its sense: "vote" → "signature" ("more than 17,000 votes" on a petition). */
function inSense(frame: QuantityFrame, noun: string, sense: string): QuantityFrame {
  const measured = frame.measured?.split(' ');
  if (!measured || measured[measured.length - 1] !== noun) return frame;
  measured[measured.length - 1] = sense;
  return { ...frame, measured: measured.join(' '), head: frame.head === noun ? sense : frame.head };
}

/** Whether a counted noun names any of its kind ("people", "victims", "vehicles"). */
function namesAny(unit: string): boolean {
  return kindOf(unit)?.any === true;
}

/**
 * What a claim's bucket is named by: its unit, or the noun of any of its kind (KINDS_OF_THINGS: "person" for
 * passengers, "vehicle" for cars) for a head count that says what befell them (without an event, "the three
 * victims" and "the two women" may be a whole and its part).
 */
function bucketUnit(claim: Claim, unit: string, predicate: string): string {
  if (claim.quantityKind !== 'count' || predicate === '') return unit;
  return kindOf(unit)?.kind ?? unit;
}

/**
 * Whether two claims of one bucket count two sets: two nouns that both name a kind ("two men", "a woman"; "12
 * passengers", "3 crew"; "cars", "trucks"), or two nouns of which one names no event (the set the event befell is
 * the same one only when both say what befell it: "the three victims" and "the two women" are a whole and its part).
 * A noun of any of a kind and a noun of one kind of it ("1,200 people", "1,300 workers"; "vehicles", "cars") may
 * name one set: outlets name it in other words.
 */
export function distinctSets(x: PreparedClaim, y: PreparedClaim): boolean {
  if (x.unit === y.unit) return false;
  if ((!namesAny(x.unit) && !namesAny(y.unit)) || x.event === '' || y.event === '') return true;
  // "36 structures, most of them homes", "150 people, including 144 passengers": a sentence that counts any of a
  // kind and names a kind of it too counts a whole of which that kind is a part.
  return (
    (namesAny(x.unit) && !namesAny(y.unit) && namesKind(x, y)) ||
    (namesAny(y.unit) && !namesAny(x.unit) && namesKind(y, x))
  );
}

/**
 * Whether the sentence of a count of any of a kind names the noun another count names a kind of it by (read by
 * crossApart in quantities.ts too).
 */
export function namesKind(whole: PreparedClaim, part: PreparedClaim): boolean {
  const words = singularWordsOf(whole.claim.sentence);
  const named = words.has(part.unit) || (part.claim.unitKey !== null && words.has(singular(part.claim.unitKey)));
  // A nation's name is an adjective too ("the overall Palestinian death toll"): it names them as a part only as the
  // noun the part counts them by ("1,300 people, most of them Palestinians").
  const noun = part.claim.unit;
  if (!named || noun === null || !/^\p{Lu}/u.test(noun)) return named;
  return hasWord(whole.claim.sentence.toLowerCase(), noun.toLowerCase());
}

/** Whether `word` stands in `text` as a whole word. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1],
      after = text[at + word.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return true;
  }
  return false;
}

/** How many sentences' words singularWordsOf remembers before it starts again. */
const MAX_KNOWN_SENTENCES = 1_000;
const knownSentenceWords = new Map<string, Set<string>>();

/** A sentence's words, lower case and singular ("homes" → "home", "men" → "man"). */
function singularWordsOf(sentence: string): Set<string> {
  let words = knownSentenceWords.get(sentence);
  if (words) return words;
  if (knownSentenceWords.size >= MAX_KNOWN_SENTENCES) knownSentenceWords.clear();
  words = new Set((sentence.match(/[\p{L}-]+/gu) ?? []).map(singular));
  knownSentenceWords.set(sentence, words);
  return words;
}

/**
 * Whether two claims of one bucket name what they count alike: by one noun, or both by a noun of any of their kind
 * ("victims", "people"). Two nouns that do not ("1,300 men", "1,200 people") denote one set only in part: they are
 * compared only when their figures are near, and never as a warning.
 */
export function namedAlike(x: PreparedClaim, y: PreparedClaim): boolean {
  return x.unit === y.unit || (namesAny(x.unit) && namesAny(y.unit));
}

export function figureText(claim: Claim, stated = statedNumber(claim)): string {
  if (claim.value.parts) return tallyText(claim.value.parts);
  // A vague quantity reads as written ("hundreds", "several dozen"), never as the low end of its interval.
  if (claim.qualifier === 'vague') return vagueWords(claim);
  const value = claim.value.stated;
  if (claim.quantityKind === 'money') return `${qualifierWords(claim)}${moneyText(claim, value)}`;
  const number = Array.isArray(value) ? `${groupDigits(value[0])}–${groupDigits(value[1])}` : groupDigits(stated);
  if (claim.quantityKind === 'percent') return `${qualifierWords(claim)}${number}%`;
  if (claim.quantityKind === 'ordinal') return ordinalText(stated);
  // A length of time names its unit: lengths in days and in hours meet in one quantity ("2 days" against "2 hours").
  if (claim.quantityKind === 'duration' && claim.unitKey)
    return `${qualifierWords(claim)}${number} ${stated === 1 ? claim.unitKey : pluralize(claim.unitKey)}`;
  // A measure names its unit as written: measures in feet and in metres meet in one quantity ("1,700 ft" against "580 m").
  if (claim.quantityKind === 'other' && claim.unit && claim.unitKey !== RATE)
    return `${qualifierWords(claim)}${number} ${claim.unit}`;
  return `${qualifierWords(claim)}${number}`;
}

const QUALIFIER_WORDS: Partial<Record<Claim['qualifier'], string>> = {
  'at least': 'at least ',
  'more than': 'more than ',
  nearly: 'nearly ',
  about: 'about ',
  'up to': 'up to ',
  'fewer than': 'fewer than ',
  increment: '+',
};

function qualifierWords(claim: Claim): string {
  return QUALIFIER_WORDS[claim.qualifier] ?? '';
}

const MONEY_SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

const ENDS_IN_WORD = /\p{L}{2,}$/u;

/**
 * A sum as a reader writes it: its currency as the text gives it, large sums in millions, billions or trillions
 * ("$184 million", "$145–175 million", "367 billion riyals", "£1.7 trillion"), small ones in full ("$30,000").
 */
function moneyText(claim: Claim, value: number | [number, number]): string {
  const [low, high] = Array.isArray(value) ? value : [value, value];
  const [size, name] = MONEY_SCALES.find(([size]) => Math.abs(high) >= size) ?? [1, ''];
  const scaled = (n: number) => groupDigits(Math.round((n / size) * 1000) / 1000);
  const amount = `${low === high ? scaled(high) : `${scaled(low)}–${scaled(high)}`}${name ? ` ${name}` : ''}`;
  const currency = claim.unit?.trim() ?? '';
  if (!currency) return amount;
  return ENDS_IN_WORD.test(currency) ? `${amount} ${currency}` : `${currency}${amount}`;
}

/** "Hundreds of other people" → "hundreds"; "several dozen protesters" → "several dozen". */
function vagueWords(claim: Claim): string {
  let words = claim.text;
  if (claim.unit && words.endsWith(claim.unit)) words = words.slice(0, words.length - claim.unit.length);
  return (
    words
      .replace(/\s+of\s*$/i, '')
      .trim()
      .toLowerCase() || claim.text.toLowerCase()
  );
}

/** How many sentences away from its total a part may be stated. */
const PARTS_DISTANCE = 3;

const TOTAL_UNITS = new Set(['person', 'casualty', 'death', 'fatality', 'victim']);

/** Marks totals ("at least 33 people dead") whose stated parts in the same document sum to them. */
function findParts(claims: PreparedClaim[], docYear: number | null): void {
  const usable = (c: PreparedClaim) =>
    c.predicate !== '' && !c.excluded && !c.window && !c.party && (c.year ?? docYear) === docYear;
  // The parts a total may have, grouped once by predicate and kind and by sentence and paragraph, so that each total
  // looks at its own groups only: time linear in the number of claims, however many totals.
  const inSentence = new Map<string, PreparedClaim[]>();
  const inParagraph = new Map<string, PreparedClaim[]>();
  for (const c of claims) {
    if (TOTAL_UNITS.has(c.unit) || !usable(c) || Array.isArray(c.claim.value.stated) || c.claim.qualifier === 'about')
      continue;
    const key = partsKey(c);
    pushTo(inSentence, `${key}\u0000${c.claim.sentenceIndex}`, c);
    pushTo(inParagraph, `${key}\u0000${c.claim.paragraphIndex}`, c);
  }
  const memo = new Map<string, PreparedClaim[]>();
  const memoised = (memoKey: string, make: () => PreparedClaim[]): PreparedClaim[] => {
    let found = memo.get(memoKey);
    if (!found) memo.set(memoKey, (found = make()));
    return found;
  };
  for (const total of claims) {
    if (!TOTAL_UNITS.has(total.unit) || !usable(total) || Array.isArray(total.claim.value.stated)) continue;
    const key = partsKey(total);
    const { sentenceIndex, paragraphIndex } = total.claim;
    // Parts are stated with their total: in its sentence, else in its paragraph or within PARTS_DISTANCE sentences of
    // it, in the same place and window (figures of other incidents elsewhere in the article never add up to it).
    const sameScope = (c: PreparedClaim) =>
      mayBeOnePlace(c.frame.place, total.frame.place) &&
      (c.frame.time === null || total.frame.time === null || c.frame.time === total.frame.time);
    const sameSentence = memoised(`s${key}\u0000${sentenceIndex}`, () =>
      representatives(inSentence.get(`${key}\u0000${sentenceIndex}`) ?? []),
    );
    const scope = `${total.frame.place ?? ''}\u0000${total.frame.time ?? ''}`;
    const inItsParagraph = memoised(`p${key}\u0000${paragraphIndex}\u0000${scope}`, () =>
      (inParagraph.get(`${key}\u0000${paragraphIndex}`) ?? []).filter(sameScope),
    );
    const closeBy: PreparedClaim[] = [];
    for (let s = sentenceIndex - PARTS_DISTANCE; s <= sentenceIndex + PARTS_DISTANCE; s++) {
      for (const c of inSentence.get(`${key}\u0000${s}`) ?? [])
        if (c.claim.paragraphIndex !== paragraphIndex && sameScope(c)) closeBy.push(c);
    }
    const nearby =
      closeBy.length === 0
        ? memoised(`r${key}\u0000${paragraphIndex}\u0000${scope}`, () => representatives(inItsParagraph))
        : representatives([...inItsParagraph, ...closeBy]);
    total.parts = bestParts(total, sameSentence) ?? bestParts(total, nearby);
    if (total.parts && total.claim.qualifier !== 'exact') {
      const sum = total.parts.reduce((s, p) => s + (p.claim.value.stated as number), 0);
      total.low = sum - 0.49;
      total.high = sum + 0.49;
    }
  }
}

/** What a total and its parts share: the predicate and the kind of quantity. */
function partsKey(claim: PreparedClaim): string {
  return `${claim.predicate}\u0000${claim.claim.quantityKind}`;
}

/** One claim per counted unit: the value the document states most often for it (first on ties). */
function representatives(candidates: PreparedClaim[]): PreparedClaim[] {
  const byUnit = new Map<string, PreparedClaim[]>();
  for (const c of candidates) pushTo(byUnit, c.unit, c);
  const result: PreparedClaim[] = [];
  for (const unit of [...byUnit.keys()].sort()) {
    const list = byUnit.get(unit)!;
    const counts = new Map<number, number>();
    for (const c of list)
      counts.set(c.claim.value.stated as number, (counts.get(c.claim.value.stated as number) ?? 0) + 1);
    let best = list[0];
    for (const c of list) {
      const more = counts.get(c.claim.value.stated as number)! - counts.get(best.claim.value.stated as number)!;
      if (
        more > 0 ||
        (more === 0 &&
          c.claim.value.stated === best.claim.value.stated &&
          c.claim.qualifier === 'exact' &&
          best.claim.qualifier !== 'exact')
      )
        best = c;
    }
    result.push(best);
  }
  return result.slice(0, 6);
}

function sumFits(total: PreparedClaim, sum: number): boolean {
  const stated = total.claim.value.stated as number;
  switch (total.claim.qualifier) {
    case 'exact':
    case 'at least':
      return sum === stated;
    case 'more than':
      return sum > stated && sum <= stated * 1.2;
    case 'nearly':
      return sum >= stated * 0.9 && sum < stated;
    case 'about':
      return sum >= stated * 0.85 && sum <= stated * 1.15;
    case 'up to':
      return sum <= stated && sum >= stated * 0.8;
    default:
      return false;
  }
}

function bestParts(total: PreparedClaim, units: PreparedClaim[]): PreparedClaim[] | null {
  let best: PreparedClaim[] | null = null;
  const count = units.length;
  for (let mask = 1; mask < 1 << count; mask++) {
    const subset = units.filter((_, i) => mask & (1 << i));
    if (subset.length < 2) continue;
    const sum = subset.reduce((s, p) => s + (p.claim.value.stated as number), 0);
    if (!sumFits(total, sum)) continue;
    if (!best || subset.length > best.length) best = subset;
  }
  return best;
}

/** Whether two figures' places may be one: either unsaid, the same, or a country and a place in it at another scale. */
function mayBeOnePlace(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || isCountry(a) !== isCountry(b);
}

const NO_AREAS: ReadonlySet<string> = new Set();

/**
 * The areas a document splits a quantity by: where it gives one quantity (a bucket, at one time) at two areas with different
 * figures ("41 people died in Sindh", "23 people were killed in Balochistan"), each area is a part of the story's
 * whole, for every quantity of the story ("6,100 houses were destroyed in the province" is Sindh's, not the
 * nation's). A country is a whole ("112 people in Pakistan").
 */
function areasSplitByDocument(claims: PreparedClaim[]): ReadonlySet<string> {
  const figuresByBucket = new Map<string, Map<string, string>>();
  for (const claim of claims) {
    const place = claim.frame.place;
    if (claim.excluded || !place || !CAPITAL_FIRST.test(place) || isCountry(place)) continue;
    // One quantity (a thing and its event) at one time: a figure of another day or year ("In February, a woman opened fire at the University
    // of Alabama, killing three") is another incident, no part of this one.
    const quantity = `${claim.bucket}\u0000${claim.event}\u0000${claim.frame.time ?? ''}\u0000${claim.year ?? ''}`;
    let figures = figuresByBucket.get(quantity);
    if (!figures) figuresByBucket.set(quantity, (figures = new Map()));
    figures.set(place, `${claim.low}-${claim.high}`);
  }
  let parts: Set<string> | null = null;
  for (const figures of figuresByBucket.values())
    if (new Set(figures.values()).size > 1) for (const place of figures.keys()) (parts ??= new Set()).add(place);
  return parts ?? NO_AREAS;
}
