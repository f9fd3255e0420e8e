// When an event took place, for any event word: "Page vanished from public view in 1958", "the man was arrested
// Thursday", "In 1957, Page disappeared", "the disappearance last Saturday, April 15, of Kristian Perez", "the 2006
// HBO movie, The Notorious Bettie Page", "disappeared from the public eye after 1957", "posed for Klaw in the 1950s". The event is the verb's or
// noun's key (synonyms joined, see eventKey); the subject is the word that names who or what. Each date is read
// in a window of a few tokens around it, so a sentence of any length costs time linear in its size.

import type { DateQualifier, EventDate } from '../types';
import type { LineIndex } from '../text/lineIndex';
import { firstStartingAt, isCapitalized, isUnspacedHyphen, type Token } from '../text/tokens';
import { resolveDate, type DateMention } from './dates';
import { EVENT_PLACE_NOUNS, eventKey, isEventWord, isVerbForm } from './frames';
import {
  BE_FORMS,
  BE_TENSED,
  FUNCTION_WORDS,
  isSpeechCue,
  PERSON_PRONOUNS,
  TENS_WORDS,
  THIRD_PERSON_POSSESSIVES,
  UNITS_WORDS,
} from './lexicon';
import { MONTHS_LOWER, WEEKDAYS } from '../text/calendar';
import { isSuperlative } from './ordinals';

/** Adverbs between a subject and its verb ("was first", "had suddenly", "the post, also built"). */
const ADVERBS_BEFORE_VERB = new Set([
  'first',
  'also',
  'later',
  'reportedly',
  'allegedly',
  'then',
  'finally',
  'seemingly',
  'apparently',
  'still',
  'never',
  'once',
  'eventually',
  'only',
]);
/** Words between a subject and its verb: auxiliaries and adverbs ("was first", "had suddenly", "went missing"). */
const BEFORE_VERB = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'had',
  'has',
  'have',
  'went',
  'got',
  'gone',
  ...ADVERBS_BEFORE_VERB,
]);
/** A negated auxiliary between a subject and its verb ("haven't", "wasn’t"). */
const NEGATED = /n['’]t$/;

/** Whether a word is an adverb that may stand before a verb (ADVERBS_BEFORE_VERB, or in -ly: "suddenly", "originally"). */
function isAdverbBeforeVerb(t: Token): boolean {
  return t.kind === 'word' && (ADVERBS_BEFORE_VERB.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4));
}
/** Subjects that name nothing another file could name the same way (beside function words, months and weekdays). */
const NOT_SUBJECTS = new Set([
  'one',
  'ones',
  'similar',
  'first',
  'last',
  'next',
  'new',
  'others',
  'someone',
  'something',
  'everyone',
  'nobody',
]);
const CALENDAR_WORDS = new Set([...MONTHS_LOWER, ...WEEKDAYS, 'today', 'yesterday', 'year', 'month', 'week']);
/** Relative pronouns that open a clause whatever stands after them ("who", "which"; "that" may be a determiner). */
const CLAUSE_RELATIVES = new Set(['who', 'which']);
/** Relative pronouns: the subject is the noun before them ("the teen who went missing"). */
const RELATIVES = new Set([...CLAUSE_RELATIVES, 'that']);
/**
 * Before a date: what it makes of the event's date ("in", "on", "during": the date itself). "since" dates a state or a
 * comparison ("the worst since 1981"), not an event: read only after a perfect, as the state's start (perfectSince).
 */
const QUALIFIERS: ReadonlyMap<string, DateQualifier> = new Map([
  ['after', 'after'],
  ['before', 'before'],
  ['by', 'by'],
]);
const POINT_PREPOSITIONS = new Set(['in', 'on', 'during', 'at']);
/** Determiners before a year that modifies a noun ("the 2006 HBO movie"). */
const DETERMINERS = new Set(['the', 'a', 'an', ...THIRD_PERSON_POSSESSIVES]);
/** Tokens no verb and its date are read across: clause punctuation, and words that open another clause. */
const BREAKS = new Set([',', ';', '.', ':', '(', ')', '"', '\u201c', '\u201d', '?', '!']);
const CLAUSE_WORDS = new Set(['but', 'while', 'although', 'though', 'whereas', 'because', 'until', 'unless']);
/** How far (tokens) a verb or an event noun is looked for before a date ("vanished from public view in 1958"). */
const VERB_BEFORE = 8;
/** How far a verb is looked for after a date that opens the sentence ("By 1958, at the peak of her fame, Page vanished"). */
const VERB_AFTER = 12;
/** The most characters between a verb and its date ("vanished from public view in 1958"). */
const MAX_VERB_GAP = 64;
/** Works named by the same noun under another word: "the 2006 movie" and "the 2005 film" are one film. */
const WORKS: ReadonlyMap<string, string> = new Map([
  ['movie', 'film'],
  ['movies', 'film'],
  ['films', 'film'],
  ['biopic', 'film'],
]);
/** Event dates read per sentence, at most: the first few are what a sentence dates. */
const MAX_PER_SENTENCE = 3;

export interface EventDateContext {
  text: string;
  tokens: Token[];
  /** The sentence's date mentions, in text order. */
  dates: DateMention[];
  /** What a date without a year, a weekday or "yesterday" is resolved against: the file's own date, or null. */
  anchor: string | null;
  /** Verbs another reader dates (the start of a story's event): not read here. */
  skipVerb: (token: Token) => boolean;
  /** The sentence's bounds in text. */
  sentenceStart: number;
  sentenceEnd: number;
  file: string;
  lines: LineIndex;
}

/** The event dates a sentence gives (at most MAX_PER_SENTENCE), for any event word. */
export function eventDatesOf(c: EventDateContext): EventDate[] {
  const out: EventDate[] = [];
  const { tokens } = c;
  let p = 0;
  for (let i = 0; i < c.dates.length; i++) {
    if (out.length >= MAX_PER_SENTENCE) break;
    // "caught fire yesterday (July 21st)": the day in brackets restates the one before, and is read in its place.
    if (restatedAfter(c, i)) continue;
    const date = restatedBefore(c, i) ?? c.dates[i];
    // "hacked the agencies in 2012 and 2013": an event that spans or recurs, no one date of it.
    if (joinedToNext(c, i) || (i > 0 && joinedToNext(c, i - 1))) continue;
    // "Friday's match": a weekday that modifies a noun dates the noun, not the verb before it.
    if (
      !isUsable(date, c.anchor) ||
      (date.kind === 'weekday' && (c.text.charCodeAt(date.end - 1) === 115 || c.text.charCodeAt(date.end) === 0x2019))
    )
      continue;
    p = firstStartingAt(tokens, date.start, p);
    let e = p;
    while (e < tokens.length && tokens[e].start < date.end) e++;
    // "in the 1950s": the article belongs to the decade; an open decade ("after the 1950s") is not read.
    const lead = phraseStart(tokens, date, p);
    if (date.kind === 'decade' && qualifierBefore(tokens, lead)) continue;
    const firstTime = tokens[lead - 1]?.lower === 'until' ? firstTimeUntil(c, date, lead) : null;
    if (firstTime) {
      out.push(firstTime);
      continue;
    }
    const loose = isLoose(date);
    const builtOn = date.kind === 'year' ? datesBackTo(c, date, lead) : null;
    if (builtOn) {
      out.push(builtOn);
      continue;
    }
    const since = tokens[lead - 1]?.lower === 'since' && !loose ? perfectSince(c, date, lead) : null;
    if (since) {
      out.push(since);
      continue;
    }
    // Most dates are years after a word that is no preposition ("1,000 in 2004 terms"): nothing reads them; nor a
    // date inside a compound ("pre-11 September 2001 levels").
    if (isUnspacedHyphen(tokens, lead - 1)) continue;
    if (
      !standsAlone(date) &&
      lead > 1 &&
      qualifierBefore(tokens, lead) === undefined &&
      !DETERMINERS.has(tokens[lead - 1].lower) &&
      !isNamePossessive(tokens[lead - 1])
    )
      continue;
    const found =
      nounBefore(c, date, lead, e) ??
      statementDate(c, date, lead, e, loose) ??
      objectAfterDate(c, date, lead, e) ??
      activityStart(c, date, lead) ??
      verbBefore(c, date, lead, loose) ??
      verbAfter(c, date, lead, e, loose) ??
      verbAfterSubject(c, date, lead, e) ??
      yearBeforeNoun(c, date, lead, e) ??
      modifiedNoun(c, date, lead, e);
    if (found) out.push(found);
  }
  return out;
}

/** Words that place a date within its year, month or decade ("in late 2016", "in mid-2010", "in the early 1950s"). */
const SPAN_PARTS = new Set(['early', 'late', 'mid']);

/**
 * Where the phrase of the date at token p starts: at its article for a decade ("the 1950s"), at a word that places it
 * within its span after a preposition ("in late 2016", "in early September 2013", "in mid-2010", "in the late
 * 1950s"), which then dates the event as the date itself does; else at p ("a late 2016 model").
 */
function phraseStart(tokens: Token[], date: DateMention, p: number): number {
  let k = p;
  if (isUnspacedHyphen(tokens, p - 1) && tokens[p - 2]?.lower === 'mid' && !tokens[p].spaceBefore) k = p - 2;
  else if (SPAN_PARTS.has(tokens[p - 1]?.lower ?? '')) k = p - 1;
  const part = k < p;
  if (date.kind === 'decade' && tokens[k - 1]?.lower === 'the') k--;
  return part && qualifierBefore(tokens, k) === undefined ? p : k;
}

/** Words that join a date to the next one ("in 2012 and 2013", "in late 1998 and early 1999"). */
const JOINED_DATES = /^\s*(?:and|or|to|through)\s+(?:(?:early|late|mid)[\s-]+)?$/;

/** Whether the date at i is joined to the next date by "and", "or", "to" or "through". */
function joinedToNext(c: EventDateContext, i: number): boolean {
  const next = c.dates[i + 1];
  return !!next && JOINED_DATES.test(c.text.slice(c.dates[i].end, next.start));
}

/** Whether the date at i is restated in brackets right after it ("yesterday (July 21st)", "Monday (June 5)"). */
function restatedAfter(c: EventDateContext, i: number): boolean {
  const next = c.dates[i + 1];
  return !!next && restates(c, c.dates[i], next);
}

/**
 * The date at i as it stands for the weekday or "yesterday" before it that it restates in brackets ("caught fire
 * yesterday (July 21st)": July 21st, from "yesterday" to the closing bracket); else null.
 */
function restatedBefore(c: EventDateContext, i: number): DateMention | null {
  const before = c.dates[i - 1];
  if (!before || !restates(c, before, c.dates[i])) return null;
  return { ...c.dates[i], start: before.start, end: c.dates[i].end + c.text.slice(c.dates[i].end).indexOf(')') + 1 };
}

/** Whether `day`, a day of a month, restates in brackets the weekday or relative day `date` right before it. */
function restates(c: EventDateContext, date: DateMention, day: DateMention): boolean {
  if ((date.kind !== 'weekday' && date.kind !== 'relative') || day.kind !== 'date' || day.day === null) return false;
  return /^\s*\($/.test(c.text.slice(date.end, day.start)) && /^\s*\)/.test(c.text.slice(day.end, day.end + 3));
}

/** Whether a date can date an event: a year, a day, a weekday; "yesterday" only in a file with its own date. */
function isUsable(date: DateMention, anchor: string | null): boolean {
  switch (date.kind) {
    case 'year':
    case 'decade':
    case 'weekday':
      return true;
    case 'date':
      return date.year !== null || (date.month !== null && date.day !== null);
    case 'relative':
      // "yesterday", or a date told relative to the file's date ("two days ago", "last year": see relativeDates).
      // Without the file's date, "185 years ago" is counted back from the story's year by the engine (yearsBack).
      if (anchor === null) return date.yearsBack !== undefined;
      return date.offsetDays === -1 || date.year !== null;
    default:
      return false;
  }
}

/** A weekday or a day without a year: it may stand without a preposition ("died Thursday", "arrested April 14"). */
function isLoose(date: DateMention): boolean {
  return date.kind !== 'year' && date.kind !== 'decade' && (date.kind !== 'date' || date.year === null);
}

/**
 * A date that may stand without a preposition after its verb: a weekday, a day ("died Thursday", "arrested April
 * 14"), in news style a day with its year too ("was born Oct. 10, 2010", "has been missing since June 9, 2017"); not
 * a year or a month and year ("1,000 in 2004 terms").
 */
function standsAlone(date: DateMention): boolean {
  return isLoose(date) || (date.kind === 'date' && date.day !== null);
}

/**
 * Whether a day or weekday after a determiner modifies the word after it ("convicted of the June 20, 2005 attempted
 * murder", "delayed by the 11 September attacks"), which it then dates, not the verb before it; not a day the
 * article only introduces ("on the morning of the 22 December.") nor a time told back ("raped her two years ago").
 */
function nounAfterDate(tokens: Token[], date: DateMention, p: number): boolean {
  if (date.kind === 'relative' || !DETERMINERS.has(tokens[p - 1]?.lower ?? '')) return false;
  return tokens[firstStartingAt(tokens, date.end, p)]?.kind === 'word';
}

/** The date as far as the text gives it: ISO, "--MM-DD" without a year and anchor, "" for a weekday alone. */
function whenOf(date: DateMention, anchor: string | null): string {
  if (date.kind === 'year' || date.kind === 'decade') return String(date.year);
  if (date.kind === 'date' && (date.year !== null || anchor))
    return resolveDate(date, date.year !== null ? null : anchor) ?? '';
  if (date.kind === 'date') return `--${pad(date.month!)}-${pad(date.day!)}`;
  return (anchor ? resolveDate(date, anchor) : null) ?? '';
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The qualifier a preposition before the date gives; undefined when the word before it is not a preposition. */
function qualifierBefore(tokens: Token[], p: number): DateQualifier | null | undefined {
  const before = tokens[p - 1];
  if (!before || before.kind !== 'word') return undefined;
  const qualifier = QUALIFIERS.get(before.lower);
  if (qualifier) return qualifier;
  return POINT_PREPOSITIONS.has(before.lower) ? null : undefined;
}

function isBreak(t: Token): boolean {
  return t.kind === 'punct' && BREAKS.has(t.text);
}

/** Whether a word that opens another clause stands between tokens `from` and `to` (exclusive). */
function clauseWordBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (CLAUSE_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * The subject of the verb at v: the word before it past auxiliaries and adverbs, the antecedent of "who"; with
 * `apposition`, the subject before a comma-set apposition (see appositionSubject); `joined` when the verb at v was
 * reached from another (by "and" or a participle clause), so that no further step is taken.
 */
function subjectBefore(tokens: Token[], v: number, pronoun = false, apposition = false, joined = false): Token | null {
  let s = v - 1;
  while (
    s >= 0 &&
    s > v - 5 &&
    tokens[s].kind === 'word' &&
    (BEFORE_VERB.has(tokens[s].lower) || NEGATED.test(tokens[s].lower) || isAdverbBeforeVerb(tokens[s]))
  )
    s--;
  if (apposition && tokens[s]?.text === ',') return appositionSubject(tokens, s);
  // "Ward was convicted and sentenced in 1985": a verb joined to another by "and" shares its subject.
  // One such step only, so that a long chain of verbs costs no more than one.
  if (!joined && tokens[s]?.lower === 'and' && s > 0 && isVerbForm(tokens[s - 1]) && !isCapitalized(tokens[s - 1]))
    return subjectBefore(tokens, s - 1, pronoun, false, true);
  // "The operation was subsidized by the state and shut down in 2007": a verb joined by "and" to a verb phrase
  // shares that phrase's subject.
  if (!joined && tokens[s]?.lower === 'and' && s === v - 1) {
    const first = verbBeforeAnd(tokens, s, v);
    if (first >= 0) return subjectBefore(tokens, first, pronoun, false, true);
  }
  // "He was serving a life sentence after being convicted in June 1998": the main clause's subject.
  if (!joined && tokens[s]?.lower === 'being' && PARTICIPLE_OPENERS.has(tokens[s - 1]?.lower ?? ''))
    return mainClauseSubject(tokens, s - 1, pronoun);
  if (s >= 0 && RELATIVES.has(tokens[s].lower)) {
    s--;
    // "Smith, who was arrested in 2014,": the name before the comma.
    // "The remote prison, which opened in 1994,": a common noun after its determiner.
    if (
      tokens[s]?.text === ',' &&
      s > 0 &&
      tokens[s - 1].kind === 'word' &&
      (isCapitalized(tokens[s - 1]) || (isSubject(tokens[s - 1]) && determinedNear(tokens, s - 1)))
    )
      s--;
  }
  const named = tokens[s];
  // A word inside a compound names nothing by itself; an age as a whole describes whom ("The 23-year-old was arrested").
  if (s > 0 && !named?.spaceBefore && tokens[s - 1].text === '-') return ageDescription(tokens, s);
  if (named && isSubject(named) && isCapitalized(named)) {
    if (betweenNames(tokens, s)) return null;
    return titledWork(tokens, s) ?? nameOf(tokens, s);
  }
  return named && (isSubject(named) || (pronoun && PERSON_PRONOUNS.has(named.lower))) ? named : null;
}

/** How many tokens back from "and" the verb it joins another to is looked for ("subsidized by the state and shut"). */
const JOINED_REACH = 8;

/**
 * The verb that "and" at token `a` joins the verb at `v` to, when the word before "and" is none ("subsidized by the
 * state and shut down": subsidized): the nearest verb before it within the clause; -1 when there is none, when a
 * speech verb or a relative stands between, or when the word after the verb at v is a noun it modifies ("convicted of
 * murder and attempted murder": an adjective, no verb).
 */
function verbBeforeAnd(tokens: Token[], a: number, v: number): number {
  const next = tokens[v + 1];
  if (
    next &&
    next.kind === 'word' &&
    !isCapitalized(next) &&
    !FUNCTION_WORDS.has(next.lower) &&
    !PARTICLES.has(next.lower) &&
    !next.lower.endsWith('ly')
  )
    return -1;
  for (let k = a - 1; k > 0 && k >= a - JOINED_REACH; k--) {
    const t = tokens[k];
    if (isBreak(t) || CLAUSE_WORDS.has(t.lower) || RELATIVES.has(t.lower) || t.lower === 'and') return -1;
    if (t.kind !== 'word' || isCapitalized(t) || !isVerbForm(t)) continue;
    return isSpeechCue(t) ? -1 : k;
  }
  return -1;
}

/** Prepositions that open a participle clause whose subject is the main clause's ("after being convicted"). */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'upon', 'since', 'following']);
/** How many tokens back from a participle clause the main clause's verb is looked for. */
const MAIN_CLAUSE_REACH = 10;

/**
 * The subject of the clause a participle clause opened at token `o` hangs on ("He was serving a life sentence after
 * being convicted": He): the subject of the nearest verb or auxiliary before `o`, within the clause; else null.
 */
function mainClauseSubject(tokens: Token[], o: number, pronoun: boolean): Token | null {
  for (let k = o - 1; k > 0 && k >= o - MAIN_CLAUSE_REACH; k--) {
    const t = tokens[k];
    if (isBreak(t) || CLAUSE_WORDS.has(t.lower) || RELATIVES.has(t.lower)) return null;
    if (t.kind !== 'word' || !(isVerbForm(t) || BEFORE_VERB.has(t.lower))) continue;
    // The first of the verb's auxiliaries ("was first arrested": "was").
    let v = k;
    while (v > 0 && BEFORE_VERB.has(tokens[v - 1].lower)) v--;
    const before = tokens[v - 1].lower;
    return before === 'being' || before === 'and' ? null : subjectBefore(tokens, v, pronoun, false, true);
  }
  return null;
}

/**
 * Whether the word at s heads "the", "a" or a possessive, a name's too, one adjective at most between ("the remote
 * prison", "Harlin's film").
 */
function determinedNear(tokens: Token[], s: number): boolean {
  if (DETERMINERS.has(tokens[s - 1]?.lower ?? '') || (!!tokens[s - 1] && isNamePossessive(tokens[s - 1]))) return true;
  return tokens[s - 1]?.kind === 'word' && !isVerbForm(tokens[s - 1]) && DETERMINERS.has(tokens[s - 2]?.lower ?? '');
}

/** How many tokens an apposition between a subject and its verb may hold ("The victim, 31-year-old Jamel Dunn of Cocoa,"). */
const MAX_APPOSITION_TOKENS = 10;
/** How many tokens a relative clause set off by commas between a subject and its verb may hold. */
const MAX_RELATIVE_TOKENS = 24;

/**
 * The subject of a verb right after an apposition that ends at the comma `s`: the name the apposition gives ("The
 * victim, 31-year-old Jamel Dunn of Cocoa, drowned July 9": Dunn), else the word before it ("John Smith, 45, was
 * arrested Friday": Smith; "The man, who police said was drunk, crashed": man); null when no comma opens it.
 */
function appositionSubject(tokens: Token[], s: number): Token | null {
  let open = s - 1;
  while (open > 0 && open > s - MAX_RELATIVE_TOKENS && !isBreak(tokens[open])) open--;
  if (open <= 0 || tokens[open].text !== ',' || open === s - 1) return null;
  // A relative clause tells of the noun before it, whatever names it holds ("Sarah Shourd, who had been detained
  // along with Bauer and Fattal, was released"); any other apposition is short.
  const relative = CLAUSE_RELATIVES.has(tokens[open + 1].lower);
  if (!relative && s - open > MAX_APPOSITION_TOKENS) return null;
  for (let k = open + 1; !relative && k < s - 1; k++) {
    // The first name of two capitalised words or more: its last word.
    if (!isCapitalized(tokens[k]) || !isSubject(tokens[k])) continue;
    let last = k;
    while (last + 1 < s && isCapitalized(tokens[last + 1]) && isSubject(tokens[last + 1])) last++;
    if (last > k) return tokens[last];
    k = last;
  }
  const first = chainStart(tokens, open);
  const before = tokens[first - 1];
  return isSubject(before) ? (isCapitalized(before) ? nameOf(tokens, first - 1) : before) : null;
}

/** How many short appositions a chain holds at most before its subject ("Mr Love, 33, from Stradishall, Suffolk,"). */
const MAX_CHAIN = 3;
/** How many tokens an apposition in a chain holds at most ("from Stradishall", "33"). */
const MAX_CHAIN_PART = 4;

/**
 * The comma that opens a chain of appositions ending at the comma `open`: "Mr Love, 33, from Stradishall, Suffolk,
 * was" (the comma after Love), "Smith, 45, of Springfield, was". Each apposition passed over is an age or a place
 * after a preposition (its first token a number, or "from", "of", "in", "at"); a bare name is no such apposition
 * ("In Springfield, Illinois, Smith, 45, was": Smith). Else `open` itself.
 */
function chainStart(tokens: Token[], open: number): number {
  let first = open;
  for (let hops = 0; hops < MAX_CHAIN; hops++) {
    let q = first - 1;
    while (q > 0 && q >= first - MAX_CHAIN_PART && !isBreak(tokens[q])) q--;
    if (tokens[q]?.text !== ',' || q === first - 1 || q === 0) break;
    const lead = tokens[q + 1];
    if (lead.kind !== 'number' && !CHAIN_PREPOSITIONS.has(lead.lower)) break;
    if (tokens.slice(q + 1, first).some((t) => isVerbForm(t))) break;
    first = q;
  }
  return first;
}

/** Prepositions that open a place in a chain of appositions ("of Springfield", "from Stradishall"). */
const CHAIN_PREPOSITIONS = new Set(['from', 'of', 'in', 'at']);

/** Words inside an organisation's name ("Center on Wrongful Convictions at Northwestern University School of Law"). */
const NAME_CONNECTORS = new Set(['of', 'on', 'at', 'for']);
/** How many words a name is looked back over for its head. */
const NAME_WORDS = 12;

/**
 * The name that ends at token s, as one token, when connectors join its words ("Center on Wrongful Convictions at
 * Northwestern University School of Law": its head is the word before the first connector, "Center"); else token s.
 */
function nameOf(tokens: Token[], s: number): Token {
  let head = s;
  for (let k = s - 1; k >= 0 && k > s - NAME_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.spaceBefore) break;
    if (NAME_CONNECTORS.has(t.lower) ? !isCapitalized(tokens[k - 1] ?? t) : !isCapitalized(t) || !isSubject(t)) break;
    if (!NAME_CONNECTORS.has(t.lower)) head = k;
  }
  if (head === s || NAME_CONNECTORS.has(tokens[head].lower)) return tokens[s];
  const connected = tokens.slice(head, s).some((t) => NAME_CONNECTORS.has(t.lower));
  if (!connected) return tokens[s];
  const text = tokens
    .slice(head, s + 1)
    .map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.text)
    .join('');
  return { ...tokens[head], text, lower: text.toLowerCase(), end: tokens[s].end, kind: 'word', signature: -1 };
}

/** Nouns of works whose titles may hold a person's name ("a movie called The Notorious Bettie Page"). */
const WORK_NOUNS = new Set([
  ...WORKS.keys(),
  ...WORKS.values(),
  'book',
  'novel',
  'memoir',
  'album',
  'song',
  'play',
  'musical',
  'show',
  'series',
  'documentary',
]);
/** Words that give a work's title after its noun ("a movie called", "a book titled"). */
const TITLE_CUES = new Set(['called', 'titled', 'entitled', 'named']);

/**
 * The work whose title ends at token s ("A movie called The Notorious Bettie Page was released": movie), so that a
 * name in the title is not taken for the subject; else null.
 */
function titledWork(tokens: Token[], s: number): Token | null {
  let k = s - 1;
  while (k > 0 && k > s - NAME_WORDS && tokens[k].kind === 'word' && isCapitalized(tokens[k])) k--;
  return TITLE_CUES.has(tokens[k]?.lower ?? '') && WORK_NOUNS.has(tokens[k - 1]?.lower ?? '') ? tokens[k - 1] : null;
}

/** How far back over names, titles and "and" a "between" is looked for. */
const BETWEEN_REACH = 8;

/**
 * Whether the name ending at token s closes a "between X and Y" phrase, which modifies the noun before it ("The
 * e-mails between General Allen and Ms. Kelley were sent": the e-mails were sent, not Kelley).
 */
function betweenNames(tokens: Token[], s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - BETWEEN_REACH; k--) {
    const t = tokens[k];
    if (t.lower === 'between') return true;
    const inNames = t.kind === 'word' ? isCapitalized(t) || t.lower === 'and' : t.text === '.';
    if (!inNames) return false;
  }
  return false;
}

/** Units of an age written as one compound ("23-year-old", "six-month-old"). */
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);

/** The compound "N-year-old" that ends at token `s`, as one token, or null. */
function ageDescription(tokens: Token[], s: number): Token | null {
  const [figure, dash1, unit, dash2, old] = tokens.slice(s - 4, s + 1);
  if (
    s < 4 ||
    old.lower !== 'old' ||
    dash2.text !== '-' ||
    !AGE_UNITS.has(unit.lower) ||
    unit.spaceBefore ||
    dash1.text !== '-' ||
    dash1.spaceBefore ||
    (figure.kind !== 'number' && !UNITS_WORDS.has(figure.lower) && !TENS_WORDS.has(figure.lower))
  )
    return null;
  const text = tokens
    .slice(s - 4, s + 1)
    .map((t) => t.text)
    .join('');
  return { ...figure, text, lower: text.toLowerCase(), end: old.end, kind: 'word', signature: -1 };
}

/** Nouns in -ing that name a thing or an occasion, no verb's participle ("The building was constructed in 1935"). */
const ING_NOUNS = new Set([
  'building',
  'wedding',
  'meeting',
  'hearing',
  'shooting',
  'bombing',
  'painting',
  'ruling',
  'recording',
  'uprising',
  'sibling',
  'dwelling',
]);

function isSubject(t: Token): boolean {
  return (
    t.kind === 'word' &&
    t.text.length >= 3 &&
    !FUNCTION_WORDS.has(t.lower) &&
    !NOT_SUBJECTS.has(t.lower) &&
    !CALENDAR_WORDS.has(t.lower) &&
    !isVerbForm(t) &&
    (!t.lower.endsWith('ing') || ING_NOUNS.has(t.lower))
  );
}

/** Words that make "since" a comparison or a run, not a start ("the first time since", "every year since"). */
const SINCE_COMPARISONS = new Set(['first', 'only', 'every', 'each', 'all']);
/** Auxiliaries of a perfect ("has served", "had been held"). */
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);

/**
 * "Comey had served as FBI Director since 2013", "two hikers have been held in Iran since 2009": a perfect verb
 * before "since" (token p - 1) and its date tells when a state began; the event is "began" and the verb's key. A
 * figure between ("has spent $225 million since 2009": a running total) or no perfect ("the biggest since 1975", "for
 * the first time since 2005": a comparison) reads nothing.
 */
function perfectSince(c: EventDateContext, date: DateMention, p: number): EventDate | null {
  const { tokens } = c;
  for (let k = p - 2; k > 0 && k >= p - 1 - VERB_BEFORE; k--) {
    const t = tokens[k];
    if (t.kind === 'number' || isBreak(t) || CLAUSE_WORDS.has(t.lower) || /^[$£€¥]/.test(t.text)) return null;
    // "has picked the most conservative leader since 1981", "have met in every Finals since 2015": a comparison, a run.
    if (isSuperlative(t.lower) || SINCE_COMPARISONS.has(t.lower)) return null;
    if (PERFECT_AUXILIARIES.has(t.lower)) return null;
    if (t.kind !== 'word' || c.skipVerb(t) || isSpeechCue(t)) continue;
    const been = tokens[k - 1].lower === 'been';
    const participle = isVerbForm(t) || (been && t.lower.endsWith('ing') && t.lower.length > 5);
    if (!participle) continue;
    const auxiliary = been ? k - 2 : k - 1;
    if (!PERFECT_AUXILIARIES.has(tokens[auxiliary]?.lower ?? '')) return null;
    const subject = subjectBefore(tokens, auxiliary + 1, true);
    // "more than 80,000 care places had been lost since 1997": a counted subject tells a running total.
    if (!subject || countedBefore(tokens, firstStartingAt(tokens, subject.start))) return null;
    return eventDate(c, `began ${eventKey(t.lower)}`, subject.text, null, date, subject.start, date.end);
  }
  return null;
}

/** Whether a figure stands in the noun phrase before the word at s ("80,000 long term care places"). */
function countedBefore(tokens: Token[], s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - NOUN_PHRASE_WORDS; k--) {
    if (tokens[k].kind === 'number') return true;
    if (!inNounPhrase(tokens[k])) return false;
  }
  return false;
}

/** Verbs that start an activity named after them ("began modeling", "started a career in acting"). */
const START_WORDS = new Set(['began', 'begun', 'begin', 'begins', 'started', 'start', 'starts']);
/** Words before "first" that make it the first of the subject's own ("posed for her first pin-up photos"). */
const FIRST_OF = new Set(THIRD_PERSON_POSSESSIVES);
/** Nouns after "first" that count time, not an activity ("on its first day", "for the first time"). */
const FIRST_TIMES = new Set([...CALENDAR_WORDS, 'day', 'days', 'time', 'weeks', 'months', 'years', 'half', 'round']);
/** Prepositions between a verb and its object ("posed for her first photos"). */
const PREPOSITIONS = new Set(['for', 'in', 'on', 'at', 'with', 'to', 'as']);

/**
 * The start of an activity, by the activity's event: "She began modeling in 1950", "Page left her job ... to begin a
 * career in modeling in 1950", "She posed for her first pin-up photos in 1947" (the first time: the start of posing).
 * The event is "began" and the activity's key ("began model"), so that the starts of two activities are not compared.
 */
function activityStart(c: EventDateContext, date: DateMention, p: number): EventDate | null {
  const { tokens } = c;
  const qualifier = qualifierBefore(tokens, p);
  if (qualifier === undefined) return null;
  for (let k = p - 2; k >= 0 && k >= p - 1 - VERB_BEFORE; k--) {
    const t = tokens[k];
    if (t.text === '-') continue;
    if (t.kind !== 'word') return null;
    if (t.lower === 'first' && FIRST_OF.has(tokens[k - 1]?.lower ?? '')) return firstActivity(c, date, qualifier, k);
    if (!START_WORDS.has(t.lower)) continue;
    const activity = activityAfter(tokens, k, p - 1);
    if (!activity) return null;
    const subject = starter(c, k);
    return subject ? eventDate(c, `began ${activity}`, subject.text, qualifier, date, subject.start, date.end) : null;
  }
  return null;
}

/**
 * The start of an activity told by its first time, "first" being token k: the verb just before, or before a
 * preposition ("made his first film", "posed for her first photos"). A first day or time is no start of an activity
 * ("sold on its first day").
 */
function firstActivity(
  c: EventDateContext,
  date: DateMention,
  qualifier: DateQualifier | null,
  k: number,
): EventDate | null {
  const { tokens } = c;
  if (FIRST_TIMES.has(tokens[k + 1]?.lower ?? '')) return null;
  const v = PREPOSITIONS.has(tokens[k - 2]?.lower ?? '') ? k - 3 : k - 2;
  const verb = v >= 0 ? eventOfVerb(c, v) : null;
  // Posing for photos is modeling ("posed for her first pin-up photos", "began modeling").
  const event = verb === 'pos' && tokens[k - 2].lower === 'for' ? 'model' : verb;
  const subject = event ? subjectBefore(tokens, v, true) : null;
  return subject ? eventDate(c, `began ${event}`, subject.text, qualifier, date, subject.start, date.end) : null;
}

/** The activity a start verb at k names before `end`: "modeling", "a career in modeling", "her career as a model". */
function activityAfter(tokens: Token[], k: number, end: number): string | null {
  let a = k + 1;
  if (a < end && tokens[a].lower.endsWith('ing') && tokens[a].lower.length > 5) return eventKey(tokens[a].lower);
  if (DETERMINERS.has(tokens[a]?.lower ?? '')) a++;
  if (tokens[a]?.lower !== 'career' || (tokens[a + 1]?.lower !== 'in' && tokens[a + 1]?.lower !== 'as')) return null;
  a += 2;
  if (DETERMINERS.has(tokens[a]?.lower ?? '')) a++;
  return a < end && a === end - 1 && tokens[a].kind === 'word' ? eventKey(tokens[a].lower) : null;
}

/** Who starts: the start verb's subject, or for "to begin" the subject of the verb before it ("Page left ... to begin"). */
function starter(c: EventDateContext, k: number): Token | null {
  const { tokens } = c;
  if (tokens[k - 1]?.lower !== 'to') return subjectBefore(tokens, k, true);
  for (let v = k - 2; v >= 0 && v >= k - 1 - VERB_BEFORE; v--) {
    if (isBreak(tokens[v])) return null;
    if (eventOfVerb(c, v)) return subjectBefore(tokens, v, true);
  }
  return null;
}

/** "did" before a negation and a base form ("Smith did not return"). */
const DO_FORMS = new Set(['did', 'does', 'do']);

/** Whether a word negates the verb after it ("not", "never", "wasn't", "didn't"). */
function isNegation(t: Token): boolean {
  return t.lower === 'not' || t.lower === 'never' || t.lower.endsWith("n't") || t.lower.endsWith('n\u2019t');
}

/**
 * "Love was not charged until 2015", "the body wasn't found until Monday", "Smith did not return until 1960": the
 * event happened first at the date after "until" (token p - 1). Without the negation "until" ends a state: not read.
 */
function firstTimeUntil(c: EventDateContext, date: DateMention, p: number): EventDate | null {
  const { tokens } = c;
  for (let v = p - 2; v >= 1 && v >= p - 1 - VERB_BEFORE; v--) {
    const t = tokens[v];
    if (isBreak(t) || CLAUSE_WORDS.has(t.lower)) return null;
    // The verb just after its negation, a participle ("was not charged") or a base form ("did not return").
    const negation = isNegation(tokens[v - 1]) ? v - 1 : tokens[v - 2] && isNegation(tokens[v - 2]) ? v - 2 : -1;
    if (negation < 0 || t.kind !== 'word' || FUNCTION_WORDS.has(t.lower) || c.skipVerb(t) || isSpeechCue(t)) continue;
    const subject = subjectBefore(
      tokens,
      DO_FORMS.has(tokens[negation - 1]?.lower ?? '') ? negation - 1 : negation,
      true,
    );
    return subject ? eventDate(c, eventKey(t.lower), subject.text, null, date, subject.start, date.end) : null;
  }
  return null;
}

/** "Page vanished from public view in 1958", "was arrested in a Paris suburb last Wednesday". */
function verbBefore(c: EventDateContext, date: DateMention, p: number, loose: boolean): EventDate | null {
  const { tokens } = c;
  const qualifier = qualifierBefore(tokens, p);
  // A year or a month and year needs its preposition; a weekday or a day may stand alone ("died Thursday"), but not
  // as a noun's modifier (nounAfterDate).
  if (qualifier === undefined && (!standsAlone(date) || nounAfterDate(tokens, date, p))) return null;
  if (tokens[p - 1]?.lower === 'of') return null; // "as of Monday": when something was seen, not when it happened
  // "He was wanted when in May 2004 police arrested Smith": the date is the clause's after it (see verbAfter).
  if (opensInnerClause(tokens, p)) return null;
  for (let v = p - 1; v >= 0 && v >= p - VERB_BEFORE && date.start - tokens[v].end <= MAX_VERB_GAP; v--) {
    const t = tokens[v];
    if (isBreak(t)) break;
    // The date of an act in -ing after "after", "before", "since": that act's alone, whatever verb stands before.
    const gerund = gerundAfterOpener(c, date, v, p);
    if (gerund !== undefined) return gerund;
    const event = eventOfVerb(c, v);
    // "was arrested on Monday and released on Tuesday": the date is the nearest verb's, even one that reads nothing.
    if (!event && isStatementVerb(t) && !DETERMINERS.has(tokens[v - 1]?.lower ?? '')) return null;
    if (!event) continue;
    return datedVerb(c, date, v, p, event, loose);
  }
  // Past a break or the reach: a verb whose objects and their phrases alone stand before the date ("Lohan hit a truck
  // with her Porsche on Pacific Coast Highway on June 8"), not a weekday of a title ("by Sunday Telegraph journalist").
  if (inTitle(tokens, date, p, firstStartingAt(tokens, date.end, p))) return null;
  const v = verbBeforePhrases(c, p);
  // Another date between tells the time of what stands between ("married in 1990 in Paris ... on June 8").
  const dateBefore = c.dates[firstStartingAt(c.dates, date.start) - 1];
  const event = v >= 0 && !(dateBefore && dateBefore.start > tokens[v].start) ? eventOfVerb(c, v) : null;
  const found = event ? datedVerb(c, date, v, p, event, loose) : null;
  // Its subject opens its clause: no noun after a preposition ("a sex offender sentenced to life in prison pulled").
  if (!found || found.start >= tokens[v].start) return found;
  return opensClause(tokens, firstStartingAt(tokens, found.start)) ? found : null;
}

/** The date at p of the verb at v, its event `event`: by the verb's subject (null when it has none). */
function datedVerb(
  c: EventDateContext,
  date: DateMention,
  v: number,
  p: number,
  event: string,
  loose: boolean,
): EventDate | null {
  const { tokens } = c;
  // The verb right before its date may follow an apposition ("The victim, Jamel Dunn, drowned July 9"); its subject
  // may be a pronoun ("He was first charged in 2013": see conflicts/dates.ts withPronouns).
  const subject = subjectBefore(tokens, v, true, true) ?? participleSubject(tokens, v, p, loose);
  if (!subject || clauseWordBetween(tokens, v, p)) return null;
  // "Police arrested Smith on March 3": an authority's act is dated as the passive tells it ("Smith was arrested").
  const done = AUTHORITIES.has(subject.lower) ? nameActedOn(tokens, v, p) : null;
  // A subject after the date ("Founded in 1998, the company"): the text runs from the verb to it.
  const [start, end] =
    subject.start < date.start ? [subject.start, date.end] : [tokens[v].start, Math.max(date.end, subject.end)];
  return eventDate(c, event, (done ?? subject).text, qualifierBefore(tokens, p) ?? null, date, start, end);
}

/** How far (tokens) a verb is looked for before a date over its objects and their phrases alone. */
const PHRASES_BEFORE = 20;
/** The most characters between a verb and its date over its objects and their phrases. */
const MAX_PHRASES_GAP = 150;
/** Prepositions that open a phrase of place, means or time between a verb and its date ("with her Porsche", "at the courthouse"). */
const PHRASE_PREPOSITIONS = new Set([
  ...PREPOSITIONS,
  'of',
  'from',
  'by',
  'into',
  'onto',
  'near',
  'outside',
  'inside',
  'during',
  'along',
  'across',
  'through',
  'aboard',
  'off',
]);
/** Prepositions whose event noun is the verb's matter, whose date it may be ("convicted of the murder of a woman on Sept. 13"). */
const MATTER_PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'in']);
/** Object pronouns after their verb or a preposition ("arrested him at his home in Marietta on March 3"). */
const OBJECT_PRONOUNS = new Set(['him', 'them']);
/** How many words a quoted modifier holds at most ("an "unexplained and sudden" cause"). */
const QUOTED_MODIFIER_WORDS = 5;
/** Double quotes, straight and curly. */
const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d']);
/** Prepositions before a place ("in Moline", "near Hrabove", "on Pacific Coast Highway"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'outside', 'from']);
/** How many tokens a place's name or a place set off by commas holds at most ("in western Illinois", "Los Angeles"). */
const PLACE_TOKENS = 5;

/**
 * The verb before a date at p when nothing but its objects and their prepositional phrases stand between ("Lohan hit
 * a truck with her Porsche on Pacific Coast Highway on June 8", "escaped from custody at the Fulton County Courthouse
 * during his rape trial on March 11, 2005"), within PHRASES_BEFORE tokens: noun phrases, prepositions of
 * PHRASE_PREPOSITIONS, a place set off by commas ("in Moline, in western Illinois, on"), a quoted modifier ("an
 * "unexplained" cause"). Any other word (another verb form, a clause word, "and") or break ends the look: -1. So does
 * an event noun after a preposition of matter ("convicted of the murder of a woman on Sept. 13": the murder's date).
 */
function verbBeforePhrases(c: EventDateContext, p: number): number {
  const { tokens } = c;
  const lead = qualifierBefore(tokens, p) === undefined ? p : p - 1;
  const limit = tokens[p].start - MAX_PHRASES_GAP;
  let eventNoun = false;
  for (let k = lead - 1; k > 0 && k >= p - PHRASES_BEFORE && tokens[k].start >= limit; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') {
      if (
        t.text === ',' ? !placeComma(tokens, k, lead) : !isAbbreviationDot(tokens, k) && !isUnspacedHyphen(tokens, k)
      ) {
        const open = DOUBLE_QUOTES.has(t.text) ? quotedModifierOpening(tokens, k) : -1;
        if (open < 0) return -1;
        k = open;
      }
      continue;
    }
    if (t.text === BORN) return k;
    if (isVerbForm(t) && !isCapitalized(t)) {
      // A participle joined to a word by a hyphen modifies a noun ("a snow-covered street") unless an object follows
      // ("rear-ended a truck"); a form after a figure or a determiner is a noun ("two comfortable wins", "a record").
      if (isUnspacedHyphen(tokens, k - 1)) {
        if (isCompoundVerb(tokens, k - 2)) return k - 2;
        continue;
      }
      if (countedOrDetermined(tokens, k)) continue;
      return k;
    }
    // "took over as host of The Tonight Show in 1992": the particle of a phrasal verb (no preposition: "imposed in").
    const particle = PARTICLES.has(t.lower) && !PHRASE_PREPOSITIONS.has(t.lower);
    if (particle && isVerbForm(tokens[k - 1]) && !isCapitalized(tokens[k - 1])) return k - 1;
    // "in previous years": a time the phrase gives of its own (a length is none: "in four months", "one-day").
    if (TIME_NOUNS.has(t.lower) && tokens[k - 1].kind !== 'number' && !isUnspacedHyphen(tokens, k - 1)) return -1;
    if (PHRASE_PREPOSITIONS.has(t.lower)) {
      // "to" before a base form opens a clause of its own ("a decision to abdicate on June 2").
      if (t.lower === 'to' && !opensNounPhrase(tokens[k + 1])) return -1;
      if (eventNoun && MATTER_PREPOSITIONS.has(t.lower)) return -1;
      eventNoun = false;
      continue;
    }
    // "arrested him at his home", "campaigned with him in Evansville": a pronoun after its verb or preposition.
    if (OBJECT_PRONOUNS.has(t.lower)) {
      if (isVerbForm(tokens[k - 1]) && !isCapitalized(tokens[k - 1])) return k - 1;
      if (PHRASE_PREPOSITIONS.has(tokens[k - 1].lower)) continue;
      return -1;
    }
    // "sacked Mr Sears and Ms Druyun in November 2003": "and" between two names joins them.
    if (t.lower === 'and' && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1])) continue;
    if (!inNounPhrase(t) && !ING_NOUNS.has(t.lower)) return -1;
    if (!isCapitalized(t) && (nounEvent(t.lower, true) || EVENT_PLACE_NOUNS.has(t.lower))) eventNoun = true;
  }
  return -1;
}

/** Times a phrase between a verb and its date may give of its own ("in previous years"). */
const TIME_NOUNS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades']);

/** Whether the word at k follows a figure or a determiner, an adjective at most between ("two comfortable wins"). */
function countedOrDetermined(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before.kind === 'number' || DETERMINERS.has(before.lower)) return true;
  return tokens[k - 2]?.kind === 'number' && before.kind === 'word' && !isCapitalized(before) && inNounPhrase(before);
}

/** Whether a token opens a noun phrase for certain: a determiner, a name or a figure ("to the scene", "to Utah"). */
function opensNounPhrase(t: Token): boolean {
  return DETERMINERS.has(t.lower) || isCapitalized(t) || t.kind === 'number';
}

/** Whether token k is the dot of an abbreviation ("Calif.", "U.S.", "St."): no space before it, after a short capitalised word. */
function isAbbreviationDot(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return (
    tokens[k].text === '.' && !tokens[k].spaceBefore && !!before && isCapitalized(before) && before.text.length <= 5
  );
}

/**
 * Whether the comma at k sets off a place between a verb and its date's phrase at `lead` ("in Moline, in western
 * Illinois, on", "in Brooklyn, New York, on", "in Los Angeles, California on"): a place's name before it back to its
 * preposition or the comma before, and after it a place up to the next comma or the date's phrase; or, for the comma
 * that closes such a place, nothing.
 */
function placeComma(tokens: Token[], k: number, lead: number): boolean {
  let next = k + 1;
  while (next < lead && tokens[next].text !== ',' && next <= k + PLACE_TOKENS) next++;
  if (next > k + PLACE_TOKENS || !isPlace(tokens, k + 1, next)) return false;
  if (!isCapitalized(tokens[k - 1]) && !isAbbreviationDot(tokens, k - 1)) return false;
  // A comma that closes a place needs the one that opens it ("in Barstow, California, on"; not "in Santa Rosa, on").
  const closing = next === k + 1;
  for (let b = k - 2; b >= 0 && b >= k - 1 - PLACE_TOKENS; b--) {
    const t = tokens[b];
    if (t.text === ',') return !closing || isPlace(tokens, b + 1, k);
    if (PLACE_PREPOSITIONS.has(t.lower) && !closing) return true;
    if (!isAbbreviationDot(tokens, b) && !inNounPhrase(t) && !PLACE_PREPOSITIONS.has(t.lower)) return false;
  }
  return false;
}

/** Whether tokens [from, to) name a place: nothing, a name ("New York", "Calif."), or "in western Illinois". */
function isPlace(tokens: Token[], from: number, to: number): boolean {
  if (from === to) return true;
  const preposition = PLACE_PREPOSITIONS.has(tokens[from].lower);
  const last = tokens[to - 1];
  if (preposition && (to - from < 2 || !(isCapitalized(last) || isAbbreviationDot(tokens, to - 1)))) return false;
  for (let k = preposition ? from + 1 : from; k < to; k++) {
    const t = tokens[k];
    if (isAbbreviationDot(tokens, k)) continue;
    if (preposition ? !inNounPhrase(t) || t.kind !== 'word' : !isCapitalized(t)) return false;
  }
  return true;
}

/**
 * The opening quote of a quoted modifier whose closing quote is token k ("an "unexplained and sudden" cause"): a few
 * words, after a word of a noun phrase or a preposition and before the noun they modify; else -1.
 */
function quotedModifierOpening(tokens: Token[], k: number): number {
  const noun = tokens[k + 1];
  if (!noun || noun.kind !== 'word' || isCapitalized(noun) || !inNounPhrase(noun)) return -1;
  for (let j = k - 1; j > 0 && j >= k - 1 - QUOTED_MODIFIER_WORDS; j--) {
    const t = tokens[j];
    if (DOUBLE_QUOTES.has(t.text)) {
      const before = tokens[j - 1];
      const opens = j < k - 1 && (inNounPhrase(before) || PHRASE_PREPOSITIONS.has(before.lower));
      return opens ? j : -1;
    }
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

/** Words in -ing after "after" or "since" that name no act of the subject ("after nothing", "since morning"). */
const NOT_GERUNDS = new Set(['nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'during']);

/**
 * "After graduating from high school in 1995, Motes auditioned": an act in -ing after a preposition that opens a
 * participle clause (token v - 1) and the sentence, its subject the one after the clause. Inside a sentence ("Motes
 * joined the cast after graduating in 1995") the date is that act's, not the verb's before it, but the main clause's
 * subject is a guess (measured: it linked two stories' dates): null, read nothing. Undefined when the word at v is no
 * such act.
 */
function gerundAfterOpener(c: EventDateContext, date: DateMention, v: number, p: number): EventDate | null | undefined {
  const { tokens } = c;
  const t = tokens[v];
  const opener = tokens[v - 1];
  if (!opener || !PARTICIPLE_OPENERS.has(opener.lower) || t.kind !== 'word' || isCapitalized(t)) return undefined;
  if (!t.lower.endsWith('ing') || t.lower.length <= 5 || NOT_GERUNDS.has(t.lower)) return undefined;
  if (c.skipVerb(t) || isSpeechCue(t) || clauseWordBetween(tokens, v, p)) return null;
  // Inside a sentence the main clause's subject is a guess (the nearest verb's): such a date is left unread.
  const subject = v === 1 ? subjectAfterClause(tokens, v, p) : null;
  if (!subject) return null;
  const [start, end] =
    subject.start < t.start ? [subject.start, date.end] : [opener.start, Math.max(date.end, subject.end)];
  return eventDate(c, eventKey(t.lower), subject.text, qualifierBefore(tokens, p) ?? null, date, start, end);
}

/** How many tokens after a date the comma that closes a sentence-opening participle clause is looked for. */
const PARTICIPLE_CLAUSE_REACH = 8;

/**
 * The subject of a participle set off by commas, when the verb at v is one: the noun before its comma ("The group,
 * founded in 1998, runs": group; "Smith, arrested in 2004,": Smith), or, for a participle that opens the sentence,
 * the subject after the comma that closes its clause ("Founded in 1998, the company now employs": company), when its
 * date is a year or a full date. Null for any other verb, and for a weekday inside a title ("serialised in the Sunday
 * Times").
 */
function participleSubject(tokens: Token[], v: number, p: number, loose: boolean): Token | null {
  if (!(isVerbForm(tokens[v]) || tokens[v].lower === BORN) || isCapitalized(tokens[v]) !== (v === 0)) return null;
  // "The book, serialised in the Sunday Times": a weekday inside a title.
  if (loose && isCapitalized(tokens[p + 1] ?? tokens[p])) return null;
  if (v > 0) {
    // An adverb may stand after the comma ("The trading post, also built in 1935,").
    const comma = isAdverbBeforeVerb(tokens[v - 1]) ? v - 2 : v - 1;
    const before = tokens[comma - 1];
    if (tokens[comma]?.text !== ',' || !before || !isSubject(before)) return null;
    // The noun's phrase opens its clause: no object of a verb or a preposition ("under the Ayush ministry, formed").
    if (!opensClause(tokens, comma - 1)) return null;
    return isCapitalized(before) ? nameOf(tokens, comma - 1) : determinedNear(tokens, comma - 1) ? before : null;
  }
  // "Founded in 1998, the company": nothing but the date's phrase between the participle and its date; a weekday or
  // "yesterday" there tells a reporter's contact more often than an event ("Reached by telephone yesterday, O'Brien").
  return loose ? null : subjectAfterClause(tokens, v, p);
}

/**
 * The subject after the comma that closes a clause opening the sentence at token `v` with a date at p ("Founded in
 * 1998, the company now employs": company), when nothing but the date's phrase stands between the clause's verb and
 * its date; else null.
 */
function subjectAfterClause(tokens: Token[], v: number, p: number): Token | null {
  for (let k = v + 1; k < p; k++) if (isVerbForm(tokens[k]) || RELATIVES.has(tokens[k].lower)) return null;
  let k = p;
  while (k < tokens.length && k < p + PARTICIPLE_CLAUSE_REACH && tokens[k].text !== ',') {
    if (isBreak(tokens[k])) return null;
    k++;
  }
  if (tokens[k]?.text !== ',') return null;
  k++;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  const head = tokens[k];
  if (!head || !isSubject(head)) return null;
  // A name: its last word ("Founded in 1998, Acme Corp. employs"); a common noun: itself, then the verb or auxiliary.
  let last = k;
  while (isCapitalized(tokens[last]) && tokens[last + 1]?.kind === 'word' && isCapitalized(tokens[last + 1])) last++;
  const next = tokens[last + 1];
  return next && next.kind === 'word' && !isCapitalized(next) ? tokens[last] : null;
}

/** Subjects that act on a person in the name of the law ("Police arrested Smith", "A jury convicted Smith"). */
const AUTHORITIES = new Set([
  'police',
  'officers',
  'authorities',
  'agents',
  'detectives',
  'troopers',
  'deputies',
  'prosecutors',
  'jury',
  'judge',
  'court',
]);

/** The name right after the verb at v, before the date at p ("arrested John Smith on"): its last word; else null. */
function nameActedOn(tokens: Token[], v: number, p: number): Token | null {
  let k = v + 1;
  if (k >= p || !isCapitalized(tokens[k]) || !isSubject(tokens[k])) return null;
  while (k + 1 < p && tokens[k + 1].kind === 'word' && isCapitalized(tokens[k + 1]) && tokens[k + 1].spaceBefore) k++;
  if (/['\u2019]s$/.test(tokens[k].lower) || /^['\u2019]$/.test(tokens[k + 1]?.text ?? '')) return null;
  return tokens[k];
}

/** "the disappearance last Saturday, April 15, of Kristian Perez", "Page's arrest on 3 May". */
function nounBefore(c: EventDateContext, date: DateMention, p: number, e: number): EventDate | null {
  const { tokens } = c;
  // Its subject: "of" and a name after the date, else a possessive before the noun (looked at first: most dates have neither).
  let k = tokens[e]?.text === ',' ? e + 1 : e;
  const ofAfter = tokens[k]?.lower === 'of';
  for (let n = p - 1; n >= 0 && n >= p - 3; n--) {
    const t = tokens[n];
    if (t.kind !== 'word') return null;
    const before = tokens[n - 1];
    // A name's possessive ("Page's arrest"), or "his" or "her" right before the noun ("Her breakdown in 1972": she).
    // Not after "of": "the discovery of her body on Dec. 26" dates the discovery.
    const person =
      n === p - 2 && tokens[n - 2]?.lower !== 'of' ? POSSESSIVE_PERSONS.get(before?.lower ?? '') : undefined;
    const possessor =
      before !== undefined && ((before.lower.endsWith("'s") && isCapitalized(before)) || person) ? before : undefined;
    if (!ofAfter && !possessor) continue;
    // "took up Bunch's case in 2007": the object of a verb; the date is the verb's (see verbBefore).
    if (possessor && objectOfVerb(tokens, n - 2)) return null;
    const event = isVerbForm(t) ? null : nounEvent(t.lower, n === p - 2 && !isLoose(date));
    if (!event) continue;
    // A noun made from a verb is an event of its possessor where its phrase is no object of a verb or a preposition
    // ("her position in 2016" after "resigned from" is the resignation's date), save after "of" or a word of time.
    if (!isEventWord(t.lower) && possessor && !subjectPhrase(tokens, n)) return null;
    let subject: Token | null = possessor ? (person ? { ...possessor, text: person } : possessor) : null;
    let end = date.end;
    if (!subject) {
      for (k++; k < tokens.length && k < e + 6 && tokens[k].kind === 'word' && isCapitalized(tokens[k]); k++)
        subject = tokens[k];
      if (!subject) return null;
      end = subject.end;
    }
    return eventDate(
      c,
      event,
      subject.text,
      qualifierBefore(tokens, p) ?? null,
      date,
      Math.min(t.start, subject.start),
      end,
    );
  }
  return null;
}

/** Particles of a phrasal verb before its object ("took up Bunch's case", "took on the case"). */
const PARTICLES = new Set(['up', 'on', 'over', 'in', 'out', 'off']);

/** Whether token k, the word before a possessor, is a verb or a verb's particle: what follows is that verb's object. */
function objectOfVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (isVerbForm(t)) return !isSpeechCue(t);
  return PARTICLES.has(t.lower) && !!tokens[k - 1] && isVerbForm(tokens[k - 1]) && !isSpeechCue(tokens[k - 1]);
}

/** "In 1957, Page disappeared from the flash of the cameras", "By 1958, at the peak of her fame, Page vanished". */
function verbAfter(c: EventDateContext, date: DateMention, p: number, e: number, loose: boolean): EventDate | null {
  const { tokens } = c;
  // Only a date that opens the sentence, or a clause after "that" set off by a comma ("Mormons believe that 185 years
  // ago, Smith received"), after its preposition; or the date of a timeline's line ("27 February 2014: Mr Love is
  // charged").
  const open = clauseOpening(tokens, p, e);
  if (p - open > 1 || (p - open === 1 && qualifierBefore(tokens, p) === undefined)) return null;
  // A year alone before a colon may head anything ("2013: a year of protest"); a month or a day heads a timeline's line.
  const timeline = p === 0 && date.kind === 'date' && tokens[e]?.text === ':';
  if (!loose && p === open && !timeline) return null;
  for (let v = timeline ? e + 1 : e; v < tokens.length && v < e + VERB_AFTER; v++) {
    const t = tokens[v];
    if (t.kind === 'punct' && t.text !== ',') return null;
    // "In 2012, she said the plan had failed": the date is the statement's, not the failure's; nor is it a relative
    // clause's ("In the early 1980s the firm was a rival to Atari, which produced").
    if (v > e && ((isStatementVerb(t) && !isPassiveEvent(tokens, v)) || CLAUSE_RELATIVES.has(t.lower))) return null;
    const event = eventOfVerb(c, v);
    if (!event) continue;
    // "In 1947, she filed for divorce": a pronoun names nobody, see conflicts/dates.ts withPronouns.
    const subject = subjectBefore(tokens, v, true);
    // "In 2013, police arrested Love": an authority's act is dated as the passive tells it ("Love was arrested").
    const done = subject && AUTHORITIES.has(subject.lower) ? nameActedOn(tokens, v, v + 1 + NAME_AFTER_VERB) : null;
    if (
      !subject ||
      subject.start < date.end ||
      !(done || isCapitalized(subject) || determined(tokens, subject) || PERSON_PRONOUNS.has(subject.lower))
    )
      return null;
    const caused = causedEvent(c, v);
    if (caused)
      return eventDate(
        c,
        caused.event,
        caused.subject.text,
        qualifierBefore(tokens, p) ?? null,
        date,
        date.start,
        caused.end,
      );
    const end = done ? done.end : t.end;
    return eventDate(c, event, (done ?? subject).text, qualifierBefore(tokens, p) ?? null, date, date.start, end);
  }
  return null;
}

/** How many tokens a name acted on may span after its verb ("arrested Lauri Love"). */
const NAME_AFTER_VERB = 4;

/**
 * Where the clause a date opens starts: after "that" when a comma closes the date ("that in 1831, Smith received",
 * "that 185 years ago, Smith received"), else the sentence's start (0).
 */
function clauseOpening(tokens: Token[], p: number, e: number): number {
  if (opensInnerClause(tokens, p)) return p - 1;
  if (tokens[e]?.text !== ',') return 0;
  if (tokens[p - 1]?.lower === 'that') return p;
  if (tokens[p - 2]?.lower === 'that') return p - 1;
  return qualifierBefore(tokens, p) === null ? afterOpeningAdverbial(tokens, p - 1) : 0;
}

/**
 * Words that open a clause inside a sentence, where a date's phrase right after them opens that clause ("was on
 * trial when on March 11, 2005 he overpowered a guard"). "that" is left out: without a comma its date may belong to
 * the clause before ("Police said that in 2010 Smith was arrested"); so are words that open the sentence ("While in
 * 2016, Smith resigned").
 */
const INNER_CLAUSE_OPENERS = new Set(['when', 'where', 'but', 'because']);

/** Whether the date's phrase, its preposition at token p - 1, opens a clause inside the sentence (INNER_CLAUSE_OPENERS). */
function opensInnerClause(tokens: Token[], p: number): boolean {
  return p > 2 && qualifierBefore(tokens, p) !== undefined && INNER_CLAUSE_OPENERS.has(tokens[p - 2].lower);
}

/** How many words a sentence-opening adverbial before a date may hold ("Two months later, in November 2016,"). */
const MAX_OPENING_ADVERBIAL = 3;

/** Conjunctions that may open a sentence before a date's phrase without a comma ("But in 2016, she"). */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'then']);
/** Adverbs of time that may open a sentence before a date's phrase without a comma ("Earlier in 2004, Smith"). */
const OPENING_ADVERBS = new Set(['earlier', 'later', 'also']);

/**
 * Where a date's phrase, its point preposition at token `k` ("in", "on"), opens the main clause after a short
 * adverbial that opens the sentence: "Then, in 1980, his two half-brothers died", "But in 2016, she", "Two months
 * later, in November 2016, Rudd signed", "Earlier in 2004, Smith": a few words closed by a comma, or a conjunction
 * or an adverb of time alone; no verb, no figure
 * and no word that opens a clause of its own ("Although in 2010, ..."); else 0. A preposition that bounds the date
 * ("Prior to Thursday,", "Since Jan. 20,") is no point preposition, and a noun before the date ("Senate in 2016,")
 * no adverbial.
 */
function afterOpeningAdverbial(tokens: Token[], k: number): number {
  const comma = tokens[k - 1]?.text === ',';
  const end = comma ? k - 1 : k;
  if (end === 0 || end > MAX_OPENING_ADVERBIAL) return 0;
  if (!comma && (end !== 1 || !(OPENING_CONJUNCTIONS.has(tokens[0].lower) || OPENING_ADVERBS.has(tokens[0].lower))))
    return 0;
  for (let i = 0; i < end; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || isVerbForm(t)) return 0;
    if (!OPENING_CONJUNCTIONS.has(t.lower) && (CLAUSE_WORDS.has(t.lower) || CLAUSE_OPENERS.has(t.lower))) return 0;
    if (t.lower === 'if' || t.lower === 'as' || isSpeechCue(t)) return 0;
  }
  return k;
}

/** Whether a common noun is the head of "the" or "a" and it alone ("In 2006, the center joined", "On Sunday, a drone struck"). */
function determined(tokens: Token[], subject: Token): boolean {
  const s = firstStartingAt(tokens, subject.start);
  return DETERMINERS.has(tokens[s - 1]?.lower ?? '');
}

/** "Palmer voters in 2010 approved a bond", "Page in 1957 was arrested": a date between its subject and the verb. */
function verbAfterSubject(c: EventDateContext, date: DateMention, p: number, e: number): EventDate | null {
  const { tokens } = c;
  const qualifier = qualifierBefore(tokens, p);
  if (qualifier === undefined) return null;
  if (!opensWithSubject(tokens, p)) return null;
  const subject = tokens[p - 2];
  // Auxiliaries and adverbs may stand before the verb ("in 2010 was approved", "in 1957 suddenly vanished").
  let v = e;
  while (v < tokens.length && v < e + 3 && BEFORE_VERB.has(tokens[v].lower)) v++;
  const verb = tokens[v];
  const event = verb ? eventOfVerb(c, v) : null;
  if (!event) return null;
  return eventDate(c, event, subject.text, qualifier, date, subject.start, verb.end);
}

/**
 * "An investigation initiated by Senator Kefauver in 1955 called Page as a witness", "Police on Thursday arrested
 * Smith": a date just before an active verb and the name it acts on. The event is the name's, as the passive tells
 * it ("Page was called", "Smith was arrested").
 */
function objectAfterDate(c: EventDateContext, date: DateMention, p: number, e: number): EventDate | null {
  const { tokens } = c;
  const qualifier = qualifierBefore(tokens, p);
  // A subject that opens the clause is the event's ("Trump on Thursday named ...": see verbAfterSubject).
  const event = qualifier === undefined || !tokens[e] || opensWithSubject(tokens, p) ? null : eventOfVerb(c, e);
  if (!event) return null;
  let k = e + 1;
  if (!tokens[k] || !isCapitalized(tokens[k]) || !isSubject(tokens[k])) return null;
  // A full name: its last word ("called Bettie Page"); a possessive names no object ("destroyed Palmer's church").
  while (tokens[k + 1]?.kind === 'word' && isCapitalized(tokens[k + 1]) && tokens[k + 1].spaceBefore) k++;
  if (/['\u2019]s$/.test(tokens[k].lower) || /^['\u2019]$/.test(tokens[k + 1]?.text ?? '')) return null;
  return eventDate(c, event, tokens[k].text, qualifier ?? null, date, date.start, tokens[k].end);
}

/** The event of a dated statement: known by the words it quotes (EventDate.quote), not by its verb. */
export const STATEMENT = 'said';
/** Closing quotes by their opening one. */
const CLOSING: ReadonlyMap<string, string> = new Map([
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['"', '"'],
  ["'", "'"],
]);
/** Opening quotes by their closing one. */
const OPENING: ReadonlyMap<string, string> = new Map([...CLOSING].map(([open, close]) => [close, open]));
/** The most characters a quotation is read over (it may span sentences). */
const MAX_QUOTE = 600;
/** How many words in a row two quotations share to be one statement: a shorter quotation tells no statement apart. */
export const SHARED_QUOTE_WORDS = 5;
/** How many of a quotation's words are kept: enough for two files' quotes of one statement to overlap. */
const QUOTE_WORDS = 60;
/** How far (tokens) a speech verb is looked for before the quotation a date follows ("tweeted a string of ... including '...' on"). */
const QUOTE_VERB_BEFORE = 16;
/** Punctuation that ends the clause a statement's quotation is looked for in. */
const QUOTE_STOPS = new Set(['.', ';', '?', '!', ')']);
/** How many tokens after a statement's date its quotation may open ("wrote on Jan. 19 under the handle @Dabbs76, “So my"). */
const QUOTE_AFTER = 12;

/**
 * The date of a statement, known by the words it quotes: "'So my sister said ...' she tweeted on January 20", "Motes
 * wrote on Jan. 19 under the handle @Dabbs76, “So my ‘sister’ said ...”", "tweeted a string of messages, including
 * '...' on January 20". Two files that quote the same words tell one statement (see conflicts/dates.ts).
 */
function statementDate(c: EventDateContext, date: DateMention, p: number, e: number, loose: boolean): EventDate | null {
  const { tokens, text } = c;
  const qualifier = qualifierBefore(tokens, p);
  if (qualifier === undefined && !loose) return null;
  const at = qualifier === undefined ? p : p - 1;
  if (inTitle(tokens, date, p, e)) return null;
  // "including '...' on January 20": the quotation just before the date, its speech verb before the quotation.
  const closed = quoteEndingAt(text, tokens[at - 1]?.end ?? -1);
  if (closed) {
    const speaker = speakerBeforeQuote(tokens, at, closed);
    return speaker ? statement(c, speaker, qualifier, date, closed) : null;
  }
  // "'...' she tweeted on January 20", "Motes wrote on Jan. 19 ..., “So my ...”", "'...', the mayor told reporters
  // on Tuesday": the verb just before the date, or before its object.
  let v = at - 1;
  while (v >= 0 && v >= at - 3 && tokens[v].kind === 'word' && !isStatementVerb(tokens[v])) v--;
  if (v < 0 || !isStatementVerb(tokens[v])) return null;
  const subject = subjectBefore(tokens, v, true);
  if (!subject) return null;
  const quote = quotationOf(c, subject, e);
  return quote ? statement(c, subject, qualifier, date, quote) : null;
}

/**
 * Who speaks a quotation that closes just before a date's token `at` ("tweeted a string of messages, including '...'
 * on"): the subject of the speech verb before the quotation, within QUOTE_VERB_BEFORE tokens and the clause; or null.
 */
function speakerBeforeQuote(tokens: Token[], at: number, quote: { start: number; end: number }): Token | null {
  let v = at - 1;
  while (v >= 0 && tokens[v].start >= quote.start - 1) v--;
  for (let k = v; k >= 0 && k > v - QUOTE_VERB_BEFORE; k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') return null;
    if (isStatementVerb(tokens[k])) return subjectBefore(tokens, k, true);
  }
  return null;
}

/**
 * The quotation a dated statement's subject speaks: the one closing before the subject's noun phrase ("'...,' the
 * mayor said"), or the one the first quote within QUOTE_AFTER tokens after the date (token e on) opens; or null.
 * Each date reads at most MAX_QUOTE characters.
 */
function quotationOf(c: EventDateContext, subject: Token, e: number): { start: number; end: number } | null {
  const { tokens, text } = c;
  let n = firstStartingAt(tokens, subject.start);
  for (let k = 0; k < NOUN_PHRASE_WORDS && n > 0 && tokens[n - 1].kind === 'word' && inNounPhrase(tokens[n - 1]); k++)
    n--;
  const before = quoteEndingAt(text, tokens[n - 1]?.end ?? -1);
  if (before) return before;
  for (let k = e; k < tokens.length && k < e + QUOTE_AFTER; k++) {
    if (tokens[k].kind === 'punct' && QUOTE_STOPS.has(tokens[k].text)) break;
    if (CLOSING.has(tokens[k].text)) return quoteStartingAt(text, tokens[k].start);
  }
  return null;
}

/**
 * Whether a weekday is part of a title: "told the Sunday Times", "told BBC Radio Scotland's Sunday Politics", "told
 * the Mail on Sunday" (a name, then "on" and the weekday).
 */
function inTitle(tokens: Token[], date: DateMention, p: number, e: number): boolean {
  if (date.kind !== 'weekday') return false;
  if (tokens[e] && tokens[e].kind === 'word' && isCapitalized(tokens[e])) return true;
  return (
    tokens[p - 1]?.lower === 'on' && !!tokens[p - 2] && isCapitalized(tokens[p - 2]) && tokens[p - 3]?.lower === 'the'
  );
}

/** Past forms of speech that are no -ed form ("said", "told"): beside them, any speech verb in the past ("tweeted", "wrote"). */
const PAST_SPEECH = new Set(['said', 'told']);

/** Whether a word is the verb of a dated statement: a speech verb in a verb's form ("tweeted", "wrote", "said"). */
function isStatementVerb(t: Token): boolean {
  return isSpeechCue(t) && (isVerbForm(t) || PAST_SPEECH.has(t.lower));
}

/** The statement, if its quotation is long enough to be told apart from another's (SHARED_QUOTE_WORDS). */
function statement(
  c: EventDateContext,
  subject: Token,
  qualifier: DateQualifier | null | undefined,
  date: DateMention,
  quote: { start: number; end: number },
): EventDate | null {
  const words =
    c.text
      .slice(quote.start, quote.end)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHARED_QUOTE_WORDS) return null;
  const dated = eventDate(c, STATEMENT, subject.text, qualifier ?? null, date, subject.start, date.end);
  dated.quote = words.slice(0, QUOTE_WORDS).join(' ');
  return dated;
}

/** The quotation whose closing quote ends at `end`, or null. */
function quoteEndingAt(text: string, end: number): { start: number; end: number } | null {
  if (end <= 0) return null;
  const close = text[end - 1];
  const open = OPENING.get(close);
  if (!open) return null;
  for (let i = end - 2; i >= 0 && i >= end - MAX_QUOTE; i--) {
    if (text[i] !== open) continue;
    // An ASCII quote opens after a space or a line start; an apostrophe inside a word ("doesn't") does not.
    if ((open === "'" || open === '"') && i > 0 && !/[\s(\u201c]/.test(text[i - 1])) continue;
    return { start: i + 1, end: end - 1 };
  }
  return null;
}

const LETTER = /\p{L}/u;

/** The quotation whose opening quote starts at `start`, or null. */
function quoteStartingAt(text: string, start: number): { start: number; end: number } | null {
  const close = CLOSING.get(text[start]);
  if (!close) return null;
  for (let i = start + 1; i < text.length && i <= start + MAX_QUOTE; i++) {
    if (text[i] !== close) continue;
    // A closing apostrophe-like quote is followed by no letter ("doesn’t" is no end).
    if ((close === "'" || close === '\u2019') && LETTER.test(text[i + 1] ?? '')) continue;
    return { start: start + 1, end: i };
  }
  return null;
}

/** Phrasal verbs by the event they tell: taking up a case or a cause is joining it ("took up Bunch's case", "join the case"). */
const PHRASAL: ReadonlyMap<string, string> = new Map([
  ['take up', eventKey('joined')],
  ['take on', eventKey('joined')],
]);
/**
 * The event of a verb's key and its particle at token k, when an object follows it ("took up Bunch's case", "took on
 * the case"; not "were taken on July 2004"), else undefined.
 */
function phrasalEvent(tokens: Token[], key: string, k: number): string | undefined {
  const object = tokens[k + 1];
  if (!object || (!DETERMINERS.has(object.lower) && !/['\u2019]s$/.test(object.lower))) return undefined;
  return PHRASAL.get(`${key} ${tokens[k]?.lower ?? ''}`);
}
/** "dead", a verb's form of "die" that may be another verb's complement ("was found dead"). */
const DEAD = 'dead';
/** The key of "set", whose "set in" may tell a story's setting (isSetting). */
const SET = eventKey('set');
/** Forms of "be" that tell a setting before "set in" ("the game is set in 1992"). */
const SETTING_BE = new Set(['is', 'are']);

/**
 * Whether "set in" at token v tells a story's setting, no event: after a comma, "is" or "are", or a noun it
 * modifies ("The History Boys, set in a grammar school in the early 1980s", "the game is set in 1992", "a tale of
 * love set in the 1930s"); not after "was" or a subject ("the record was set in 2000", "which she set in 2003").
 */
function isSetting(tokens: Token[], v: number): boolean {
  const before = tokens[v - 1];
  if (tokens[v + 1]?.lower !== 'in' || !before) return false;
  return before.text === ',' || SETTING_BE.has(before.lower) || (isSubject(before) && !isCapitalized(before));
}
/** Verbs whose object does what follows "to": "Ricks convinced the Northwestern center to join the case". */
const CAUSATIVES = new Set(['convinced', 'persuaded']);
/** How many tokens after a causative verb its "to" is looked for ("convinced the Northwestern center to"). */
const CAUSED_REACH = 6;

/**
 * The event a causative verb at v makes its object do, and that object: "convinced the Northwestern center to join the
 * case" is the center's joining; null for any other verb.
 */
function causedEvent(c: EventDateContext, v: number): { event: string; subject: Token; end: number } | null {
  const { tokens } = c;
  if (!CAUSATIVES.has(tokens[v].lower)) return null;
  for (let k = v + 2; k < tokens.length && k <= v + CAUSED_REACH; k++) {
    if (tokens[k].kind !== 'word') return null;
    if (tokens[k].lower !== 'to') continue;
    const object = tokens[k - 1];
    const verb = tokens[k + 1];
    if (!verb || verb.kind !== 'word' || isCapitalized(verb) || !isSubject(object)) return null;
    const key = eventKey(verb.lower);
    return { event: phrasalEvent(tokens, key, k + 2) ?? key, subject: object, end: verb.end };
  }
  return null;
}

/** Pleas a verb of speech makes a court's event, by the event: pleading guilty and pleading not guilty are two. */
const PLEAS: ReadonlyMap<string, string> = new Map([
  ['guilty', 'plead guilty'],
  ['no', 'plead guilty'], // "no contest"
  ['not', 'plead not guilty'],
  ['innocent', 'plead not guilty'],
]);

/** Verdicts "found" tells by the words after it ("was found guilty", "was found not guilty"). */
const VERDICTS: ReadonlyMap<string, string> = new Map([
  ['guilty', eventKey('convicted')],
  ['not guilty', eventKey('acquitted')],
]);

/**
 * Court and police idioms whose verb alone tells another event: "was taken into custody on March 3" is an arrest,
 * "pleaded guilty on Monday" a plea (no speech), "pleaded not guilty" another, "was found guilty" a conviction.
 * Undefined for any other verb.
 */
function courtIdiom(tokens: Token[], key: string, v: number): string | undefined {
  const next = tokens[v + 1]?.lower;
  if (key === eventKey('taken') && next === 'into' && tokens[v + 2]?.lower === 'custody') return eventKey('arrested');
  if (/^plead/.test(tokens[v].lower) && next !== undefined) return PLEAS.get(next);
  if (tokens[v].lower === 'found' && next !== undefined)
    return VERDICTS.get(next === 'not' ? `not ${tokens[v + 2]?.lower ?? ''}` : next);
  return undefined;
}

/**
 * Whether no other verb stands between "born" at token v and the date after it: the tokens up to the first number,
 * month or weekday, at most VERB_BEFORE of them, hold no verb and no "is", "was" ("Cearra born this month was due
 * November 4" dates the due date).
 */
function nothingBetweenBornAndDate(tokens: Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + VERB_BEFORE; k++) {
    const t = tokens[k];
    if (t.kind === 'number' || DATE_WORDS.has(t.lower)) return true;
    if (isVerbForm(t) || BE_TENSED.has(t.lower)) return false;
  }
  return true;
}

/** Words a date may open with: a month or a weekday. */
const DATE_WORDS = new Set([...MONTHS_LOWER, ...WEEKDAYS]);
/** Forms of "be" that make a finite verb of their own. */

/** The event of a birth: "born" is a verb's participle that isVerbForm does not know (it reads no -ed). */
export const BORN = 'born';
/** How many tokens after a verb its phrase is read for what makes it another event ("called Page as a witness"). */
const PHRASE_REACH = 5;
/** Words that make a call a summons: "called Page as a witness", "called to testify". */
const SUMMONS_WORDS = new Set(['witness', 'testify', 'testimony']);

/**
 * The event of the verb at v, normalised by its phrase ("called Page as a witness" is "summoned"), or null when it
 * is no verb, tells speech ("said", "called for") or is another reader's (see skipVerb).
 */
function eventOfVerb(c: EventDateContext, v: number): string | null {
  const { tokens } = c;
  const t = tokens[v];
  // "was born on April 22, 1923": the participle of "bear" that no -ed tells (a compound "Ukrainian-born" has no
  // subject; "A Star Is Born" is a title). No other verb stands between it and its date ("Cearra, born this month,
  // was due November 4").
  if (t.kind === 'word' && t.lower === BORN)
    return (t.text === BORN || v === 0) && nothingBetweenBornAndDate(tokens, v) ? BORN : null;
  // "Lohan rear-ended a truck": a compound verb, read at its first word, its event the whole.
  if (isCompoundVerb(tokens, v)) return eventKey(`${t.lower}-${tokens[v + 2].lower}`);
  // "his stake in Manchester United in late 2003": a capitalised word after another word is a name's.
  if (v > 0 && isCapitalized(t) && tokens[v - 1].kind === 'word') return null;
  if (v > 1 && isCompoundVerb(tokens, v - 2)) return null;
  if (t.kind !== 'word' || !isVerbForm(t) || c.skipVerb(t)) return null;
  // "was found dead", "shot dead": "dead" after a verb is its complement; the verb tells the event.
  if (t.lower === DEAD && v > 0 && isVerbForm(tokens[v - 1])) return null;
  const key = eventKey(t.lower);
  const phrasal = phrasalEvent(tokens, key, v + 1);
  if (phrasal) return phrasal;
  const idiom = courtIdiom(tokens, key, v);
  if (idiom) return idiom;
  if (movesToFigure(tokens, v)) return null;
  if (key === SET && isSetting(tokens, v)) return null;
  if (key === 'call') {
    for (let k = v + 1; k < tokens.length && k <= v + PHRASE_REACH; k++)
      if (SUMMONS_WORDS.has(tokens[k].lower)) return eventKey('summoned');
  }
  return isSpeechCue(t) && !isPassiveEvent(tokens, v) ? null : key;
}

/**
 * Verbs of speech whose passive tells an event of its subject, no speech ("was released from prison", "the survey,
 * released in February 2018", "was found dead", "a warrant was issued", "was questioned by police", "was admitted
 * to hospital", "was declared insolvent").
 */
const PASSIVE_EVENTS = new Set(['released', 'found', 'issued', 'questioned', 'admitted', 'declared']);

/** Whether the word at v is a verb of PASSIVE_EVENTS in the passive ("was released"): an event, no speech. */
function isPassiveEvent(tokens: Token[], v: number): boolean {
  return PASSIVE_EVENTS.has(tokens[v].lower) && isPassive(tokens, v);
}

/**
 * Whether the participle at v is passive: after a form of "be", adverbs between ("was later released"), or after the
 * comma that sets it off from the noun it tells of ("the survey, released in").
 */
function isPassive(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const t = tokens[k];
    if (BE_FORMS.has(t.lower) || t.text === ',') return true;
    if (!isAdverbBeforeVerb(t)) return false;
  }
  return false;
}

/**
 * Whether the word at v opens a compound verb with an object: a word, a hyphen and a verb form, then a determiner
 * or a name ("rear-ended a truck", "co-founded the company"; not "a snow-covered street").
 */
function isCompoundVerb(tokens: Token[], v: number): boolean {
  const [first, second, object] = [tokens[v], tokens[v + 2], tokens[v + 3]];
  return (
    first.kind === 'word' &&
    !isCapitalized(first) &&
    !FUNCTION_WORDS.has(first.lower) &&
    isUnspacedHyphen(tokens, v + 1) &&
    second !== undefined &&
    !second.spaceBefore &&
    isVerbForm(second) &&
    object !== undefined &&
    (DETERMINERS.has(object.lower) || isCapitalized(object))
  );
}

/**
 * Whether the verb at `v` tells a price or a level moving ("crude closed at $40.15 on Thursday", "crude ended Monday
 * down $1.33", "Oil pushed higher too on Monday"): a reading that recurs day after day, no event of the story.
 */
function movesToFigure(tokens: Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + MOVE_REACH; k++) {
    const lower = tokens[k].lower;
    if (lower === 'higher' || lower === 'lower') return true;
    if (lower === 'at' || lower === 'up' || lower === 'down') {
      const next = tokens[k + 1];
      if (next === undefined || !(next.kind === 'number' || /^[$£€¥]/.test(next.text))) return false;
      // "happened at 0400 GMT", "at 10.38am": a clock time dates the event.
      return !/^\d{1,2}[:.]\d\d|^\d{4}$|(?:am|pm)$/i.test(next.text) && !CLOCK_AFTER.has(tokens[k + 2]?.lower ?? '');
    }
    if (lower !== 'too' && lower !== 'on' && !WEEKDAYS.includes(lower)) return false;
  }
  return false;
}

/** Words after a number that make it a clock time ("0400 GMT", "7 a.m."). */
const CLOCK_AFTER = new Set(['am', 'pm', 'a', 'p', 'gmt', 'bst', 'utc', 'et', 'est', 'edt', 'pst', 'hours', 'hrs']);

/** How many words after a verb its movement is looked for in ("ended Monday down", "pushed higher too"). */
const MOVE_REACH = 3;

/** Whether the word before the date's preposition at p - 1 is a subject that opens its clause ("Palmer voters in 2010"). */
function opensWithSubject(tokens: Token[], p: number): boolean {
  const subject = tokens[p - 2];
  return !!subject && isSubject(subject) && !namesAnEvent(subject) && opensClause(tokens, p - 2);
}

/** Words after which a noun phrase opens a clause ("Officials said that voters in 2010 approved"). */
const CLAUSE_OPENERS = new Set(['that', 'when', 'where', 'after', 'but', 'while', 'because', 'although', 'though']);
/** How many words a subject's noun phrase is looked back over ("the Palmer city voters"). */
const NOUN_PHRASE_WORDS = 4;

/**
 * Whether the noun phrase that ends at token `s` opens its clause: the subject of what follows ("Palmer voters in
 * 2010 approved"), not a noun inside a phrase whose date it gives ("the investigation of Freddie Mac in June 2003
 * sparked", "the defeat to Spain on Wednesday dominated", "observers said the quiet trade on Thursday had").
 */
function opensClause(tokens: Token[], s: number): boolean {
  let k = s - 1;
  for (; k >= 0 && k >= s - NOUN_PHRASE_WORDS && inNounPhrase(tokens[k]); k--);
  return k < 0 || isBreak(tokens[k]) || CLAUSE_OPENERS.has(tokens[k].lower);
}

/** An event noun dates itself ("the defection on Saturday has cast a shadow", "China's admission in 2001 took 15 years"). */
function namesAnEvent(t: Token): boolean {
  return isEventWord(t.lower) || /(?:tion|sion|ment|ance|ence)s?$/.test(t.lower);
}

function inNounPhrase(t: Token): boolean {
  if (t.kind === 'number' || t.text === '-') return true;
  if (t.kind !== 'word') return false;
  if (DETERMINERS.has(t.lower) || isCapitalized(t)) return true;
  return !FUNCTION_WORDS.has(t.lower) && !isVerbForm(t) && !t.lower.endsWith('ing');
}

/** How long a noun made from a verb is at least ("arrival", "election"): shorter words in -al or -tion are no such noun. */
const MIN_NOMINAL = 7;

/**
 * The event a noun names, keyed as its verb's: a noun the synonyms know ("arrest", "disappearance"), or a noun made
 * from a verb by -tion, -ment or -al, keyed by that verb's -ed form ("conviction" as "convicted", "retirement" as
 * "retired", "arrival" as "arrived", "trial" as "tried"), so that "his conviction in 1998" and "was convicted in 1998"
 * are one event; else null. Nouns in -sion are left out: their verbs change form ("admission", "admitted").
 */
function nounEvent(lower: string, nominal: boolean): string | null {
  if (isEventWord(lower)) return eventKey(lower);
  if (!nominal || (lower.length < MIN_NOMINAL && lower !== TRIAL)) return null;
  const base = lower.endsWith('tion')
    ? lower.slice(0, -3)
    : lower.endsWith('ment')
      ? lower.slice(0, -4)
      : /(?:val|sal)$/.test(lower) || lower === TRIAL
        ? lower.slice(0, -2)
        : null;
  if (base === null) return null;
  return eventKey(base.endsWith('e') ? `${base}d` : `${base}ed`);
}

/** "trial": the noun of "tried", shorter than other nouns made from verbs. */
const TRIAL = 'trial';
/** Words before a possessive whose noun phrase still tells its possessor's event ("after his election in 2010"). */
const EVENT_PHRASE_OPENERS = new Set(['of', 'after', 'before', 'since', 'following', 'until', 'with']);

/**
 * Whether the noun phrase that ends at token `n` (a possessive and its noun) is a clause's subject or the object of
 * "of" or a word of time ("Her retirement in 2010 ended", "since his election in 2010", "out of CGI Group's
 * acquisition in 2004"), not the object of another verb or preposition ("resigned from her position in 2016").
 */
function subjectPhrase(tokens: Token[], n: number): boolean {
  if (opensClause(tokens, n)) return true;
  let k = n - 1;
  while (k > 0 && k >= n - NOUN_PHRASE_WORDS && inNounPhrase(tokens[k])) k--;
  return EVENT_PHRASE_OPENERS.has(tokens[k]?.lower ?? '');
}

/** A name's possessive ("Page's"). */
function isNamePossessive(t: Token): boolean {
  return t.kind === 'word' && (t.lower.endsWith("'s") || t.lower.endsWith('\u2019s')) && isCapitalized(t);
}

/** The person a possessive pronoun before an event noun stands for ("her 1972 arrest": she; see withPronouns). */
const POSSESSIVE_PERSONS: ReadonlyMap<string, string> = new Map([
  ['her', 'she'],
  ['his', 'he'],
]);

/**
 * A year that modifies an event noun whose subject the phrase names: "Page's 1972 arrest", "her 1972 breakdown",
 * "the 2004 purchase of American Management Systems". Without a subject ("the 2016 referendum", "the 2008 election",
 * "a 1999 incident") the year names a thing, and nothing is read.
 */
function yearBeforeNoun(c: EventDateContext, date: DateMention, p: number, e: number): EventDate | null {
  const { tokens } = c;
  const before = tokens[p - 1];
  const person = before ? POSSESSIVE_PERSONS.get(before.lower) : undefined;
  const possessed = person !== undefined || (before !== undefined && isNamePossessive(before));
  // After a possessive, a modifier or two may stand between the year and the event noun ("his 2004 Senate election",
  // "her 1999 drunk-driving arrest"), when the noun heads its phrase (no noun after it: "his 2010 arrest record").
  const n = possessed ? modifiedHead(tokens, e) : e;
  const noun = tokens[n];
  if (date.kind !== 'year' || !before || !noun || noun.kind !== 'word' || isCapitalized(noun)) return null;
  const event = isVerbForm(noun) ? null : nounEvent(noun.lower, true);
  if (!event) return null;
  if (possessed) {
    const subject = person ?? before.text;
    return eventDate(c, event, subject, null, date, before.start, noun.end);
  }
  if (before.lower !== 'the' || tokens[e + 1]?.lower !== 'of') return null;
  let subject: Token | null = null;
  for (let k = e + 2; k < tokens.length && k < e + 8 && tokens[k].kind === 'word' && isCapitalized(tokens[k]); k++)
    subject = tokens[k];
  return subject ? eventDate(c, event, subject.text, null, date, before.start, subject.end) : null;
}

/** How many modifiers may stand between a possessive's year and its event noun ("his 2004 Senate election"). */
const MAX_MODIFIERS = 2;

/**
 * The event noun that heads the phrase after a year at token `e`: the first word, up to MAX_MODIFIERS words on, that
 * is an event noun and is followed by no word of the phrase (punctuation, a function word or a verb); else `e`.
 */
function modifiedHead(tokens: Token[], e: number): number {
  // A hyphen joins the words of one modifier ("drunk-driving"): it and the word after it count as none.
  for (let n = e, words = 0; n < tokens.length && words <= MAX_MODIFIERS; n++) {
    const t = tokens[n];
    if (t.text === '-' && !t.spaceBefore) {
      n++;
      continue;
    }
    words++;
    if (t.kind !== 'word' || FUNCTION_WORDS.has(t.lower) || isVerbForm(t)) return e;
    if (isCapitalized(t) || nounEvent(t.lower, true) === null) continue;
    const next = tokens[n + 1];
    const heads = !next || next.kind !== 'word' || FUNCTION_WORDS.has(next.lower) || isVerbForm(next);
    return heads ? n : e;
  }
  return e;
}

/** "the 2006 HBO movie, The Notorious Bettie Page", "the 2005 film The Notorious Bettie Page": the work is named after. */
function modifiedNoun(c: EventDateContext, date: DateMention, p: number, e: number): EventDate | null {
  const { tokens } = c;
  if (date.kind !== 'year' || !DETERMINERS.has(tokens[p - 1]?.lower ?? '')) return null;
  let n = e;
  while (n < tokens.length && n < e + 3 && tokens[n].kind === 'word' && isCapitalized(tokens[n])) n++;
  const noun = tokens[n];
  if (!noun || noun.kind !== 'word' || isCapitalized(noun) || isVerbForm(noun) || noun.text.length < 3) return null;
  let k = n + 1;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '"' || tokens[k]?.text === '\u201c') k++;
  const first = tokens[k];
  let last: Token | null = null;
  let words = 0;
  for (
    ;
    k < tokens.length &&
    words < 8 &&
    tokens[k].kind === 'word' &&
    (isCapitalized(tokens[k]) || (last !== null && (tokens[k].lower === 'of' || tokens[k].lower === 'the')));
    k++, words++
  ) {
    if (isCapitalized(tokens[k])) last = tokens[k];
  }
  if (last === null || words < 2) return null;
  return eventDate(
    c,
    WORKS.get(noun.lower) ?? eventKey(noun.lower),
    c.text.slice(first.start, last.end),
    null,
    date,
    date.start,
    last.end,
  );
}

/**
 * Things made by building, whose age or "dates to" dates their making (event `built`): a building by any of its
 * names, a bridge, a ship. People, animals and institutions are not among them ("the 86-year-old man", "a
 * 150-year-old company").
 */
export const BUILT_THINGS: ReadonlySet<string> = new Set([
  'building',
  'structure',
  'house',
  'warehouse',
  'barn',
  'church',
  'chapel',
  'cathedral',
  'mosque',
  'temple',
  'synagogue',
  'bridge',
  'dam',
  'tower',
  'mill',
  'factory',
  'hotel',
  'theater',
  'theatre',
  'schoolhouse',
  'courthouse',
  'lighthouse',
  'mansion',
  'cottage',
  'cabin',
  'ship',
  'vessel',
  'ferry',
]);
/** The verb between a built thing and its age ("the building is 86 years old"). */
const AGE_BE_FORMS = new Set(['is', 'was']);
/** The event an age or a "dates to" of a built thing dates. */
export const BUILT = 'built';
/** Nouns a built thing modifies in a compound: what the age is of ("the 86-year-old house owner", "building fire"). */
const COMPOUND_HEADS = new Set([
  'owner',
  'owners',
  'keeper',
  'manager',
  'tenant',
  'tenants',
  'resident',
  'residents',
  'worker',
  'workers',
  'fire',
  'blaze',
  'site',
  'crew',
  'captain',
  'passenger',
  'passengers',
]);
/** Words an age may stand apart from its thing by ("the 86-year-old brick Mat Maid building"). */
const AGE_MODIFIERS = 3;

/**
 * The making of built things an age describes ("the 86-year-old structure", "the building is 86 years old"), dated
 * back from the file's date: "the 86-year-old structure" in a
 * report of 7 August 2012 was built in 1925 or 1926 (qualifier `age`; the year is the later one); in a file without
 * a date, from the story's year (`yearsBack`, see conflicts/dates.ts). An age in tens ("the 100-year-old church") is
 * a round figure, and dates nothing; so do ages of anything else.
 */
export function ageDatesOf(c: EventDateContext): EventDate[] {
  const { tokens } = c;
  const out: EventDate[] = [];
  for (let k = 3; k < tokens.length; k++) {
    if (tokens[k].lower !== 'old') continue;
    // "the 86-year-old structure", or "the building is 86 years old".
    const compound = tokens[k - 2].lower === 'year' && k >= 4 && ageDescription(tokens, k) !== null;
    const stated = !compound && tokens[k - 1].lower === 'years' && AGE_BE_FORMS.has(tokens[k - 3].lower);
    if (!compound && !stated) continue;
    const figure = tokens[compound ? k - 4 : k - 2];
    // "eighty-six-year-old": a number in words of two parts is not read.
    if (!figure.spaceBefore && tokens[compound ? k - 5 : k - 3]?.text === '-') continue;
    const years = figure.kind === 'number' ? Number(figure.text.replace(/,/g, '')) : UNITS_WORDS.get(figure.lower);
    if (years === undefined || !Number.isInteger(years) || years < 2 || years % 10 === 0) continue;
    const thing = compound ? builtThingAfter(tokens, k) : subjectBefore(tokens, k - 3);
    if (!thing || !BUILT_THINGS.has(thing.lower)) continue;
    // In a file without a date, the engine counts back from the story's year (yearsBack).
    const date: DateMention = {
      kind: c.anchor ? 'year' : 'relative',
      year: c.anchor ? Number(c.anchor.slice(0, 4)) - years : null,
      month: null,
      day: null,
      secondDay: null,
      weekday: null,
      offsetDays: null,
      start: figure.start,
      end: tokens[k].end,
    };
    if (!c.anchor) date.yearsBack = years;
    const start = Math.min(figure.start, thing.start);
    out.push(eventDate(c, BUILT, thing.text, 'age', date, start, Math.max(thing.end, tokens[k].end)));
  }
  return out;
}

/** The built thing an age at token `k` ("old") describes: the noun a few words on, heading its phrase; else null. */
function builtThingAfter(tokens: Token[], k: number): Token | null {
  for (let n = k + 1; n < tokens.length && n <= k + AGE_MODIFIERS + 1; n++) {
    const t = tokens[n];
    if (t.kind !== 'word' || FUNCTION_WORDS.has(t.lower)) return null;
    if (!BUILT_THINGS.has(t.lower)) continue;
    // "the 86-year-old house owner": the thing is a word of a compound that heads something else.
    return COMPOUND_HEADS.has(tokens[n + 1]?.lower ?? '') ? null : t;
  }
  return null;
}

/**
 * "The building dates to 1935", "the church dates back to 1856": a built thing's making (event `built`), when the
 * subject is one (BUILT_THINGS); a custom or a name that "dates to" a year is left out.
 */
function datesBackTo(c: EventDateContext, date: DateMention, p: number): EventDate | null {
  const { tokens } = c;
  if (tokens[p - 1]?.lower !== 'to') return null;
  let v = p - 2;
  if (tokens[v]?.lower === 'back') v--;
  if (v < 1 || (tokens[v].lower !== 'dates' && tokens[v].lower !== 'dated')) return null;
  const subject = subjectBefore(tokens, v);
  if (!subject || !BUILT_THINGS.has(subject.lower)) return null;
  return eventDate(c, BUILT, subject.text, null, date, subject.start, date.end);
}

function eventDate(
  c: EventDateContext,
  event: string,
  subject: string,
  qualifier: DateQualifier | null,
  date: DateMention,
  start: number,
  end: number,
): EventDate {
  const range = c.lines.rangeOf(start, end);
  const dated: EventDate = {
    line: range.line,
    character: range.character,
    endLine: range.endLine,
    endCharacter: range.endCharacter,
    start,
    end,
    id: `${c.file}:${range.line}:${range.character}`,
    event,
    subject: subject.replace(/['\u2019]s$/, ''),
    date: whenOf(date, c.anchor),
    weekday: date.weekday,
    text: c.text.slice(start, end),
    sentence: c.text.slice(c.sentenceStart, c.sentenceEnd),
  };
  if (date.kind === 'decade') dated.qualifier = 'decade';
  else if (qualifier) dated.qualifier = qualifier;
  // "185 years ago" in a file without a date: a year (or the one before) the engine counts from the story's.
  if (date.yearsBack !== undefined) {
    dated.yearsBack = date.yearsBack;
    dated.qualifier = 'age';
  }
  return dated;
}
