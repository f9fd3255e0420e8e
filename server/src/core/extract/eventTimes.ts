// The clock time of an event: "was hit as it approached the London airport at 12:50 BST on Sunday", "struck the front
// of a plane ... about noon (7 a.m. ET)", "lost contact with the aircraft at 7:24 a.m. Sunday, Singapore time (6:24
// a.m. in Indonesia)", "The last communication ... was at 6:12 a.m. Sunday (6:12 p.m. EST Saturday)". A time and the
// same time in other zones written beside it are one reading (EventDate.clock). The event is the clause's verb before
// the time: not a participle ("a plane landing at"), not the verb of an "as" or "when" clause when a main verb stands
// before it ("was hit as it approached ... at"); after "was" or "occurred", the subject's noun ("The last
// communication ... was at"). A time after "before", "after", "by" or "until" is an open bound: not read.

import type { ClockTime, EventDate } from '../types';
import { firstStartingAt, isCapitalized, type Token } from '../text/tokens';
import { WordFilter } from '../text/wordFilter';
import { WEEKDAY_HOLIDAYS, WEEKDAYS } from '../text/calendar';
import { isAbbreviationDot } from '../text/sentences';
import { eventKey, eventStem, isEventWord, isVerbForm } from './frames';
import { FUNCTION_WORDS, isSpeechCue } from './lexicon';
import type { EventDateContext } from './eventDates';

/** Words that stand for a time of day. */
const TIME_WORDS: ReadonlyMap<string, number> = new Map([
  ['noon', 12 * 60],
  ['midday', 12 * 60],
  ['midnight', 0],
]);
export const CLOCK_WORDS: readonly string[] = [...TIME_WORDS.keys()];
const TIME_WORD_FILTER = new WordFilter(CLOCK_WORDS);
/** Words before a time that make it approximate ("about noon", "around 7 a.m."). */
const APPROXIMATE = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some']);
/** How far (minutes) an approximate time, or one given to the hour ("noon", "7 a.m."), may be from the event's. */
const ROUGH = 30;
/** How far an approximate time given to the minute ("about 6:15") may be. */
const ABOUT = 15;
/**
 * How far a time given to the minute may be from the event's by rounding: "3:30" may be 3:33 (to the quarter hour),
 * "6:10" 6:12 (to five minutes); "6:12" is as given.
 */
function roundingOf(minute: number): number {
  if (minute % 15 === 0) return 7;
  return minute % 5 === 0 ? 2 : 0;
}
/** "shortly after 6 a.m.", "just before noon": the time is this many minutes after or before, give or take as much. */
const SHORTLY = 15;

interface Zone {
  /** Offsets from UTC in minutes: one; standard and summer time (seasonal); or a country's zones. */
  offsets: number[];
  /** The season the zone's name tells: BST is summer time, EST winter time. */
  season?: 'summer' | 'winter';
  /** offsets are [standard, summer]: "ET" is EST or EDT. */
  seasonal?: true;
}

const ZONES: ReadonlyMap<string, Zone> = new Map<string, Zone>([
  ['gmt', { offsets: [0] }],
  ['utc', { offsets: [0] }],
  ['bst', { offsets: [60], season: 'summer' }],
  ['cet', { offsets: [60], season: 'winter' }],
  ['cest', { offsets: [120], season: 'summer' }],
  ['est', { offsets: [-300], season: 'winter' }],
  ['edt', { offsets: [-240], season: 'summer' }],
  ['et', { offsets: [-300, -240], seasonal: true }],
  ['cst', { offsets: [-360], season: 'winter' }],
  ['cdt', { offsets: [-300], season: 'summer' }],
  ['ct', { offsets: [-360, -300], seasonal: true }],
  ['mst', { offsets: [-420], season: 'winter' }],
  ['mdt', { offsets: [-360], season: 'summer' }],
  ['mt', { offsets: [-420, -360], seasonal: true }],
  ['pst', { offsets: [-480], season: 'winter' }],
  ['pdt', { offsets: [-420], season: 'summer' }],
  ['pt', { offsets: [-480, -420], seasonal: true }],
  ['jst', { offsets: [540] }],
  ['sgt', { offsets: [480] }],
  ['hkt', { offsets: [480] }],
  ['wib', { offsets: [420] }],
  ['pkt', { offsets: [300] }],
  ['aest', { offsets: [600], season: 'winter' }],
  ['aedt', { offsets: [660], season: 'summer' }],
  // Places whose clock a time is given in ("Singapore time", "6:24 a.m. in Indonesia").
  ['london', { offsets: [0, 60], seasonal: true }],
  ['britain', { offsets: [0, 60], seasonal: true }],
  ['uk', { offsets: [0, 60], seasonal: true }],
  ['paris', { offsets: [60, 120], seasonal: true }],
  ['france', { offsets: [60, 120], seasonal: true }],
  ['germany', { offsets: [60, 120], seasonal: true }],
  ['singapore', { offsets: [480] }],
  ['malaysia', { offsets: [480] }],
  ['indonesia', { offsets: [420, 480, 540] }],
  ['jakarta', { offsets: [420] }],
  ['china', { offsets: [480] }],
  ['beijing', { offsets: [480] }],
  ['hong kong', { offsets: [480] }],
  ['japan', { offsets: [540] }],
  ['tokyo', { offsets: [540] }],
  ['korea', { offsets: [540] }],
  ['seoul', { offsets: [540] }],
  ['india', { offsets: [330] }],
  ['pakistan', { offsets: [300] }],
  ['moscow', { offsets: [180] }],
  ['eastern', { offsets: [-300, -240], seasonal: true }],
  ['pacific', { offsets: [-480, -420], seasonal: true }],
  ['central', { offsets: [-360, -300], seasonal: true }],
  ['mountain', { offsets: [-420, -360], seasonal: true }],
]);

const ABBREVIATED_ZONE =
  /\s*\b(GMT|UTC|BST|CEST|CET|EDT|EST|ET|CDT|CST|CT|MDT|MST|MT|PDT|PST|PT|JST|SGT|HKT|WIB|PKT|AEST|AEDT)\b/y;
const PLACE = '([A-Z][a-z]+(?: [A-Z][a-z]+)?)';
/** ", Singapore time", " Eastern time", " local time". */
const PLACE_TIME = new RegExp(`,?\\s*(?:${PLACE}|(local)) time\\b`, 'y');
/** "in Indonesia" (only inside the parentheses of another zone's time: a place after a time is where, not whose clock). */
const IN_PLACE = new RegExp(`\\s*in ${PLACE}`, 'y');
/** "noon"; "7:24 a.m.", "18:41", "6 p.m."; "1400 GMT", "0930 hrs" (four digits only before a zone or "hrs"). */
const CLOCK =
  /(noon|midday|midnight)|([01]\d|2[0-3])([0-5]\d)(?=\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|hrs|local time)\b)|(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)?/y;
/** "hrs" after a time of four digits. */
const HOURS = /\s?hrs\b/y;
const APPROXIMATE_IN = /\s*(?:about|around|approximately|roughly)\s+/y;
const WEEKDAY_AFTER = new RegExp(
  `,?\\s*(?:on\\s+)?(?:(?:last|this)\\s+)?(${[...WEEKDAYS, ...WEEKDAY_HOLIDAYS.map(([day]) => day)].join('|')})\\b`,
  'iy',
);

/** Each weekday holiday's pattern, whole, with the weekday it falls on. */
const HOLIDAY_WEEKDAYS = WEEKDAY_HOLIDAYS.map(([holiday, weekday]) => [new RegExp(`^${holiday}$`), weekday] as const);

/** The weekday a day after a time names: itself, or a holiday's ("on Father's Day": Sunday). */
function weekdayNamed(day: string): string {
  const lower = day.toLowerCase();
  return HOLIDAY_WEEKDAYS.find(([holiday]) => holiday.test(lower))?.[1] ?? lower;
}
const OPEN_PARENTHESIS = /\s*\(/y;
const CLOSE_PARENTHESIS = /\s*\)/y;

/** The tokens no event is looked for across: a sentence's or a clause's end (not a comma: "..., Switzerland, about noon"). */
const BREAKS = new Set([';', '.', ':', '(', ')', '"', '\u201c', '\u201d', '?', '!']);
/** Clock times read per sentence, at most: the first few are what a sentence times (a table's row of times is not). */
const MAX_PER_SENTENCE = 3;
/** How far (tokens) the event's verb is looked for before the time. */
const VERB_BEFORE = 20;
/** Verbs of the page itself, not of an event ("Last updated at 11:11 GMT", "Posted at 9am"). */
const PAGE_VERBS = new Set(['updated', 'posted', 'published', 'modified', 'edited']);
/** Words that open a clause told inside another's time ("was hit as it approached ... at"). */
const WHILE_WORDS = new Set(['as', 'when', 'while']);
/** Words before a gerund that make it the event of the time after it ("before fleeing on foot at 9 a.m."). */
const GERUND_OPENERS = new Set(['before', 'after', 'while', 'when', 'since', 'by']);
/** After a time: a position in a round, a race or a recording ("stopping the fight at 2:56 of the fourth round"). */
const POSITION_AFTER =
  /\s*(?:of|into|in) the (?:\w+ )?(?:round|period|quarter|half|inning|set|game|match|race|video|clip|film|song)\b/y;
/** Verbs that say a noun's event happened at the time: "The last communication ... was at 6:12". */
const HAPPENED = new Set(['was', 'were', 'occurred', 'happened', 'came']);
/** Words before an event noun that are no part of its name. */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'last', 'first', 'final', 'initial']);
/** Nouns of a contact, whose last one is its loss ("the last communication", "lost contact"). */
const CONTACT = new Set(['contact', 'communication', 'communications', 'transmission', 'signal', 'touch']);
/** The event of a lost contact, however it is told. */
const LOST_CONTACT = 'lost contact';

interface Parsed {
  clock: ClockTime;
  weekday: string | null;
  end: number;
}

/** The clock time written at `at` with its zone and weekday ("12:50 BST on Sunday", "7:24 a.m. Sunday, Singapore time"). */
function parseClock(text: string, at: number, slack: number, shift: number, inside: boolean): Parsed | null {
  CLOCK.lastIndex = at;
  const m = CLOCK.exec(text);
  if (!m || m[0].length === 0) return null;
  let end = at + m[0].trimEnd().length;
  let minutes: number[];
  let rounding = ROUGH;
  if (m[1]) minutes = [TIME_WORDS.get(m[1].toLowerCase())!];
  else if (m[2]) {
    minutes = [Number(m[2]) * 60 + Number(m[3])];
    rounding = roundingOf(Number(m[3]));
    HOURS.lastIndex = end;
    if (HOURS.exec(text)) end = HOURS.lastIndex;
  } else {
    const hour = Number(m[4]);
    const minute = m[5] ? Number(m[5]) : 0;
    if (hour > 23 || (!m[5] && !m[6])) return null;
    if (m[5] !== undefined) rounding = roundingOf(minute);
    const pm = m[6] ? /^p/i.test(m[6]) : null;
    if (pm !== null) {
      if (hour < 1 || hour > 12) return null;
      minutes = [((hour % 12) + (pm ? 12 : 0)) * 60 + minute];
    } else if (hour === 0 || hour > 12 || m[4].startsWith('0')) minutes = [hour * 60 + minute];
    // "at 6:12" without a.m. or p.m.: either.
    else minutes = [(hour % 12) * 60 + minute, ((hour % 12) + 12) * 60 + minute];
  }
  minutes = minutes.map((x) => (x + shift + 1440) % 1440);
  let zone: string | null = null;
  ABBREVIATED_ZONE.lastIndex = end;
  const abbreviation = ABBREVIATED_ZONE.exec(text);
  if (abbreviation) {
    zone = abbreviation[1];
    end = ABBREVIATED_ZONE.lastIndex;
  }
  let weekday: string | null = null;
  WEEKDAY_AFTER.lastIndex = end;
  const day = WEEKDAY_AFTER.exec(text);
  if (day) {
    weekday = weekdayNamed(day[1]);
    end = WEEKDAY_AFTER.lastIndex;
  }
  if (!zone) {
    PLACE_TIME.lastIndex = end;
    const place = PLACE_TIME.exec(text);
    if (place && (place[2] || ZONES.has((place[1] ?? '').toLowerCase()))) {
      zone = place[2] ? null : place[1];
      end = PLACE_TIME.lastIndex;
    } else if (inside) {
      IN_PLACE.lastIndex = end;
      const where = IN_PLACE.exec(text);
      if (where && ZONES.has(where[1].toLowerCase())) {
        zone = where[1];
        end = IN_PLACE.lastIndex;
      }
    }
  }
  const known = zone ? ZONES.get(zone.toLowerCase()) : undefined;
  const clock: ClockTime = {
    text: text.slice(at, end),
    minutes,
    slack: Math.max(slack, rounding),
    zone: known ? zone : null,
    offsets: known ? known.offsets : [],
  };
  if (known?.season) clock.season = known.season;
  if (known?.seasonal) clock.seasonal = true;
  return { clock, weekday, end };
}

/** The same time in another zone, in parentheses after a time: "(7 a.m. ET)", "(6:24 a.m. in Indonesia)". */
function parseEquivalent(text: string, at: number): Parsed | null {
  OPEN_PARENTHESIS.lastIndex = at;
  if (!OPEN_PARENTHESIS.exec(text)) return null;
  let start = OPEN_PARENTHESIS.lastIndex;
  APPROXIMATE_IN.lastIndex = start;
  const approximate = APPROXIMATE_IN.exec(text) !== null;
  if (approximate) start = APPROXIMATE_IN.lastIndex;
  const parsed = parseClock(text, start, approximate ? ABOUT : 0, 0, true);
  if (!parsed) return null;
  CLOSE_PARENTHESIS.lastIndex = parsed.end;
  if (!CLOSE_PARENTHESIS.exec(text)) return null;
  return { ...parsed, end: CLOSE_PARENTHESIS.lastIndex };
}

/**
 * The clock times a sentence dates events by: each time after "at" or "about" (or "shortly after", "just before"),
 * with the same time in other zones beside it, and the event of the clause's verb before it.
 */
export function eventTimesOf(c: EventDateContext, taken: EventDate[]): EventDate[] {
  const { tokens, text } = c;
  const starts: number[] = [];
  for (const date of c.dates) if (date.kind === 'time') starts.push(date.start);
  for (const t of tokens) if (TIME_WORD_FILTER.has(t)) starts.push(t.start);
  if (starts.length === 0) return [];
  starts.sort((a, b) => a - b);
  const out: EventDate[] = [];
  let readUntil = -1;
  for (const at of starts) {
    if (out.length >= MAX_PER_SENTENCE) break;
    if (at < readUntil) continue;
    const p = firstStartingAt(tokens, at);
    const lead = leadOf(tokens, p);
    if (!lead) continue;
    const primary = parseClock(text, at, lead.slack, lead.shift, false);
    if (!primary) continue;
    POSITION_AFTER.lastIndex = primary.end;
    if (POSITION_AFTER.test(text)) continue;
    const clocks = [primary.clock];
    let end = primary.end;
    const other = parseEquivalent(text, end);
    if (other) {
      clocks.push(other.clock);
      end = other.end;
    }
    readUntil = end;
    const before = eventBefore(c, lead.from);
    const after = before ? null : eventAfter(c, lead.from, end);
    const event = before ?? after;
    if (!event) continue;
    // "At 12:50, the plane was hit": the reading runs from the time to the verb.
    const start = after ? tokens[lead.from + 1].start : event.start;
    const stop = after ? after.end : end;
    // One reading per start (its id).
    if (taken.some((d) => d.start === start) || out.some((d) => d.start === start)) continue;
    const range = c.lines.rangeOf(start, stop);
    out.push({
      line: range.line,
      character: range.character,
      endLine: range.endLine,
      endCharacter: range.endCharacter,
      start,
      end: stop,
      id: `${c.file}:${range.line}:${range.character}`,
      event: event.key,
      subject: event.subject,
      date: '',
      weekday: primary.weekday ?? weekdayBefore(tokens, lead.from),
      text: text.slice(start, stop),
      sentence: text.slice(c.sentenceStart, c.sentenceEnd),
      clock: clocks,
    });
  }
  return out;
}

/** The words before a time's token p that read it: "at", "about", "at around", "shortly after"; null for none or "before". */
function leadOf(tokens: Token[], p: number): { from: number; slack: number; shift: number } | null {
  let k = p - 1;
  let slack = 0;
  let shift = 0;
  const word = tokens[k]?.lower;
  if (word && APPROXIMATE.has(word)) {
    slack = ABOUT;
    k--;
  } else if ((word === 'after' || word === 'before') && /^(?:shortly|just|soon)$/.test(tokens[k - 1]?.lower ?? '')) {
    slack = SHORTLY;
    shift = word === 'after' ? SHORTLY : -SHORTLY;
    k -= 2;
  }
  if (tokens[k]?.lower === 'at') k--;
  else if (slack === 0) return null;
  return { from: k, slack, shift };
}

/**
 * The event a time after token `from` dates: the nearest verb before it that is no participle, past an "as" or
 * "when" clause's verb to the main verb before it (that clause's own when none stands before); or, after "was" or
 * "occurred", its subject's event noun. Null for a verb of saying, or none within the clause.
 */
function eventBefore(c: EventDateContext, from: number): { key: string; subject: string; start: number } | null {
  const { tokens } = c;
  if (from >= 0 && HAPPENED.has(tokens[from].lower)) return nounEvent(c, from);
  let inner: { key: string; subject: string; start: number } | null = null;
  for (let v = from; v >= 0 && v > from - VERB_BEFORE; v--) {
    const t = tokens[v];
    if (t.kind === 'punct' && BREAKS.has(t.text) && !isAbbreviationDot(tokens, v)) break;
    // "..., when he signed out of the prom at 9:32 p.m.": a clause set apart by a comma is not inside another's time.
    if (inner && t.text === ',') return inner;
    if (t.kind !== 'word') continue;
    // "when he delivers his ninth Budget at 1230 GMT", "scheduled to start the meeting at 1830 GMT", "will be
    // broadcast at 2010 GMT": a clause whose verb is not read (present, infinitive, future) is the time's.
    if (!inner && (WHILE_WORDS.has(t.lower) || MODALS.has(t.lower) || isInfinitive(tokens, v))) return null;
    // "before fleeing on foot at around 9 a.m.": the event is the gerund's.
    if (t.lower.endsWith('ing') && GERUND_OPENERS.has(tokens[v - 1]?.lower ?? '') && from - v <= GERUND_REACH)
      return inner ?? { key: eventKey(t.lower), subject: '', start: t.start };
    if (!STARTS.has(t.lower) && (t.lower.endsWith('ing') || !isVerbForm(t))) continue;
    const start = STARTS.has(t.lower) ? startOf(tokens, v) : null;
    if (!start && (isSpeechCue(t) || c.skipVerb(t) || PAGE_VERBS.has(t.lower))) return inner;
    const found = start ?? { key: verbKey(tokens, v), subject: subjectOf(tokens, v), start: t.start };
    if (inner) return found;
    if (!WHILE_WORDS.has(tokens[v - 1]?.lower ?? '') && !WHILE_WORDS.has(tokens[v - 2]?.lower ?? '')) return found;
    inner = found;
  }
  return inner;
}

/** The event key of a start, before what starts ("began fire"). */
export const STARTED = 'began ';
/** Verbs of a start, read with what starts ("the fire, which started about 9:40 p.m.", "the blaze broke out at 3 a.m."). */
const STARTS = new Set(['began', 'begun', 'started', 'erupted', 'broke']);
/** Words between a start verb and the noun that starts. */
const START_GAP = new Set([',', 'which', 'that', 'had', 'has', 'was', 'first', 'reportedly', 'apparently']);

/** The start of what the noun before the start verb at v names ("began fire"), or null ("it started", "broke the law"). */
function startOf(tokens: Token[], v: number): { key: string; subject: string; start: number } | null {
  if (tokens[v].lower === 'broke' && tokens[v + 1]?.lower !== 'out') return null;
  let s = v - 1;
  while (s >= 0 && s > v - 5 && START_GAP.has(tokens[s].lower)) s--;
  const noun = tokens[s];
  if (!noun || noun.kind !== 'word' || isCapitalized(noun) || FUNCTION_WORDS.has(noun.lower) || isVerbForm(noun))
    return null;
  return { key: `${STARTED}${eventStem(noun.lower)}`, subject: noun.text, start: tokens[v].start };
}

/** Modal verbs: what follows has not happened ("will be broadcast at 2010 GMT"). */
const MODALS = new Set(['will', 'would', 'could', 'can', 'shall', 'should', 'may', 'might', 'must']);
/** How far (tokens) before the time a gerund after "before" or "after" is its event ("before fleeing on foot at"). */
const GERUND_REACH = 6;

/** Whether token v is the "to" of an infinitive ("to start the meeting"), not a preposition ("flown to London"). */
function isInfinitive(tokens: Token[], v: number): boolean {
  const next = tokens[v + 1];
  return (
    tokens[v].lower === 'to' &&
    next?.kind === 'word' &&
    !isCapitalized(next) &&
    !FUNCTION_WORDS.has(next.lower) &&
    !next.lower.endsWith('s') &&
    !isVerbForm(next)
  );
}

/** How far (tokens) a verb is looked for after a time that opens its sentence ("At 12:50, the plane was hit"). */
const VERB_AFTER = 12;

/**
 * The event of a time that opens its sentence (its lead ends at token `from`): the first verb after it, its subject
 * before it; null for a verb of saying or a time inside the sentence.
 */
function eventAfter(
  c: EventDateContext,
  from: number,
  end: number,
): { key: string; subject: string; start: number; end: number } | null {
  const { tokens } = c;
  if (from >= 0) return null;
  const first = firstStartingAt(tokens, end);
  for (let v = first; v < tokens.length && v < first + VERB_AFTER; v++) {
    const t = tokens[v];
    if (t.kind === 'punct' && BREAKS.has(t.text)) return null;
    if (t.kind !== 'word') continue;
    if (isSpeechCue(t) || c.skipVerb(t) || PAGE_VERBS.has(t.lower)) return null;
    if (t.lower.endsWith('ing') || !isVerbForm(t)) continue;
    return { key: verbKey(tokens, v), subject: subjectOf(tokens, v), start: t.start, end: t.end };
  }
  return null;
}

/** A weekday just before a time's lead ("was hit on Sunday at 12:50", "died Thursday at 6:41 p.m."), or null. */
function weekdayBefore(tokens: Token[], from: number): string | null {
  const word = tokens[from]?.lower ?? '';
  return WEEKDAYS.includes(word) ? word : null;
}

/**
 * The event of the verb at v: a lost contact told as one ("lost contact with the aircraft"), a departure told as one
 * ("left Cusco at 10:15", "took off at 10:17", "departed at 10:15"), a landing ("touched down at 11:02").
 */
function verbKey(tokens: Token[], v: number): string {
  const key = eventKey(tokens[v].lower);
  const next = tokens[v + 1]?.lower ?? '';
  if (key === eventKey('lost') && CONTACT.has(next)) return LOST_CONTACT;
  if ((key === eventKey('took') && next === 'off') || key === eventKey('left') || key === eventKey('departed'))
    return DEPARTURE;
  if ((key === eventKey('touched') && next === 'down') || key === eventKey('landed')) return LANDING;
  return key;
}

/** The event of a departure, however it is told ("left", "departed", "took off"), and of a landing. */
const DEPARTURE = 'departure';
const LANDING = 'landing';

/** The word just before the verb at v (past auxiliaries), or "". */
function subjectOf(tokens: Token[], v: number): string {
  let s = v - 1;
  while (s >= 0 && /^(?:was|were|had|has|have|been|be)$/.test(tokens[s].lower)) s--;
  return s >= 0 && tokens[s].kind === 'word' && !FUNCTION_WORDS.has(tokens[s].lower) ? tokens[s].text : '';
}

/** "The last communication between the pilot and air traffic control was at 6:12": the clause's opening noun. */
function nounEvent(c: EventDateContext, verb: number): { key: string; subject: string; start: number } | null {
  const { tokens } = c;
  let k = verb - 1;
  while (
    k >= 0 &&
    k > verb - VERB_BEFORE &&
    !(tokens[k].kind === 'punct' && (BREAKS.has(tokens[k].text) || tokens[k].text === ','))
  )
    k--;
  let n = k + 1;
  let last = false;
  while (n < verb && NOUN_OPENERS.has(tokens[n].lower)) {
    if (tokens[n].lower === 'last') last = true;
    n++;
  }
  const noun = tokens[n];
  if (n >= verb || !noun || noun.kind !== 'word') return null;
  if (last && CONTACT.has(noun.lower)) return { key: LOST_CONTACT, subject: noun.text, start: noun.start };
  return isEventWord(noun.lower) ? { key: eventKey(noun.lower), subject: noun.text, start: noun.start } : null;
}
