// Date findings: the same event dated differently across a story's documents, and weekdays that do not
// match the date they go with.
import type { DocumentAnalysis, EventDate, Finding } from '../types';
import type { LocatedFinding, StoryGrouper } from './quantities';
import { demotedAcrossCores, storyGroups } from './stories';
import { datePrecision, datesAgree } from '../intervals';
import { MONTHS_LOWER } from '../text/calendar';
import { SHARED_QUOTE_WORDS, STATEMENT } from '../extract/eventDates';
import { PERSON_DESCRIPTIONS, PERSON_PRONOUNS } from '../extract/lexicon';
import { clockFinding } from './clocks';
import {
  baseName,
  compareStrings,
  formatDate,
  hash,
  labelOf,
  listDocs,
  shortFile,
  slug,
  WEEKDAYS,
  pushTo,
  timelineOf,
  CAPITAL_FIRST,
} from './text';

const EVENTS: Record<string, string> = {
  began: 'began',
  begin: 'began',
  started: 'began',
  start: 'began',
  erupted: 'began',
  launched: 'began',
  'broke out': 'began',
  commenced: 'began',
  opened: 'began',
  ended: 'ended',
  end: 'ended',
  concluded: 'ended',
  stopped: 'ended',
  finished: 'ended',
  closed: 'ended',
};

const SUBJECT_CLASSES: Array<[RegExp, string]> = [
  [
    /\b(attack|assault|strike|raid|violence|escalation|offensive|bombing|blast|explosion|fighting|clash|unrest|hostilit|uprising|siege|shooting|massacre|riot)/i,
    'attacks',
  ],
  [/\b(operation|crackdown|campaign|counter-?offensive|mopping)/i, 'operations'],
];

/** The prefix of the bucket of an event's clock times ("t:hit"): compared by clocks.ts, whoever the subject. */
const CLOCK_BUCKET = 't:';

/**
 * The bucket of an event date: the start or end of a story's event by its subject's class ("d:began|attacks"); any
 * other event by its key alone ("d:missing"), its subjects told apart inside (see sameSubject); a clock time by its
 * event ("t:hit").
 */
export function dateBucket(eventDate: EventDate): string {
  if (eventDate.clock) return `${CLOCK_BUCKET}${eventDate.event.toLowerCase()}`;
  const event = EVENTS[eventDate.event.toLowerCase()] ?? eventDate.event.toLowerCase();
  if (event !== 'began' && event !== 'ended') return `d:${event}`;
  const subject =
    SUBJECT_CLASSES.find(([pattern]) => pattern.test(eventDate.subject))?.[1] ?? lastWord(eventDate.subject);
  return `d:${event}|${subject}`;
}

/** The head of a name of several words joined by connectors ("Center on Wrongful Convictions": "center"), else null. */
function headOf(subject: string): string | null {
  const words = subject.split(/\s+/);
  return words.length > 2 && CAPITAL_FIRST.test(words[0]) ? words[0].toLowerCase() : null;
}

function lastWord(subject: string): string {
  return subject.toLowerCase().split(/\s+/).pop() ?? 'event';
}

/** Words for a building that name no kind of it: one thing in a story ("the 86-year-old structure", "the building"). */
const BUILDING_WORDS = new Set(['structure', 'edifice']);

/** The word a subject is grouped by: its last word, a building by any word that names no kind of it. */
function subjectWord(subject: string): string {
  const word = lastWord(subject);
  return BUILDING_WORDS.has(word) ? 'building' : word;
}

export interface DateDoc {
  file: string;
  doc: DocumentAnalysis;
  fingerprint: Set<string>;
  /** The document's dates in the bucket, when the caller has them filed by bucket (else read from doc.eventDates). */
  dates?: EventDate[];
}

type Entry = { date: EventDate; doc: DocumentAnalysis };

/** How many subjects of one event kind a story's dates are linked across (by a name one sentence gives): a bound on the work. */
const MAX_LINKED_SUBJECTS = 24;
/** How many different dates of one subject's event make it an event that recurs, not one event dated differently. */
const MAX_DATES = 8;
/** How much of a sentence is searched for another date's subject (a longer sentence: the date's own text). */
const MAX_SENTENCE_SEARCHED = 600;

/**
 * The entries of a story in groups of one subject (byNamedSubject); an entry whose subject is a pronoun ("she tweeted
 * on January 20") names nobody, and joins a group only by its file's most mentioned name (withPronouns).
 */
function bySubject(all: Entry[]): Entry[][] {
  const entries = all.filter((e) => !PERSON_PRONOUNS.has(lastWord(e.date.subject)));
  const groups = byNamedSubject(entries);
  return entries.length === all.length ? groups : withPronouns(groups, all);
}

/**
 * "She posed for her first pin-up photos in 1947" in a file whose most mentioned name is Page: a pronoun joins the
 * group of that name, if the story dates its event by that name; otherwise it is left out (it names nobody). An act
 * of a pronoun other than a start or a statement joins only from a file that does not date it by the name.
 */
function withPronouns(groups: Entry[][], all: Entry[]): Entry[][] {
  for (const e of all) {
    if (!PERSON_PRONOUNS.has(lastWord(e.date.subject))) continue;
    const name = e.doc.keywords?.[0];
    const group = name ? groups.find((g) => g.some((x) => lastWord(x.date.subject) === name)) : undefined;
    // An act of "he" in a file that dates the same act by the name: the name's date is the file's, "he" may be another.
    if (group && isPronounAct(e.date) && group.some((x) => x.doc.file === e.doc.file)) continue;
    group?.push(e);
  }
  return groups;
}

/**
 * The entries of a story in groups of one subject: the same word ("Page" and "Page"), or linked by a name one
 * gives that the other's sentence names ("the disappearance ... of Kristian Perez" and "the teen who went missing on
 * April 14, Kristian Perez").
 */
function byNamedSubject(entries: Entry[]): Entry[][] {
  const byWord = new Map<string, Entry[]>();
  for (const e of entries) pushTo(byWord, subjectWord(e.date.subject), e);
  const words = [...byWord.keys()];
  if (words.length <= 1 || words.length > MAX_LINKED_SUBJECTS) return [...byWord.values()];
  const { root, join } = disjointSets(words.length);
  const described = describedAlike(entries, words);
  for (let i = 1; i < described.length; i++) join(words.indexOf(described[i]), words.indexOf(described[0]));
  // "the Northwestern center" and "Center on Wrongful Convictions at ... School of Law": a common noun that heads one name.
  words.forEach((word, i) => {
    if (CAPITAL_FIRST.test(byWord.get(word)![0].date.subject)) return;
    const headed = words.filter((other) => byWord.get(other)!.some((e) => headOf(e.date.subject) === word));
    if (headed.length === 1) join(i, words.indexOf(headed[0]));
  });
  words.forEach((word, i) => {
    const named = byWord.get(word)!.some((e) => /^[A-Z]/.test(e.date.subject.split(/\s+/).pop() ?? ''));
    if (!named) return;
    const pattern = new RegExp(`\\b${word.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'iu');
    words.forEach((other, j) => {
      if (j === i || root(i) === root(j)) return;
      // A name is a subject of its own ("Jon Stewart, who hosted in 2008, and Ellen DeGeneres"): never another's.
      if (byWord.get(other)!.some((e) => CAPITAL_FIRST.test(e.date.subject))) return;
      const says = byWord
        .get(other)!
        .some((e) =>
          pattern.test(
            e.date.sentence && e.date.sentence.length <= MAX_SENTENCE_SEARCHED ? e.date.sentence : e.date.text,
          ),
        );
      if (says) join(j, i);
    });
  });
  const groups = new Map<number, Entry[]>();
  words.forEach((word, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), ...byWord.get(word)!]));
  return [...groups.values()];
}

/**
 * The dated statements of a story in groups of one statement: two quotations that share SHARED_QUOTE_WORDS words in a row
 * ("'So my sister said that ... love. Just so you all know ...' she tweeted on January 20", "Motes wrote on Jan. 19
 * ..., “So my ‘sister’ said that ...”"), whoever the verb's subject is.
 */
function byQuote(entries: Entry[]): Entry[][] {
  const { root, join } = disjointSets(entries.length);
  const firstWith = new Map<string, number>();
  entries.forEach((e, i) => {
    const words = e.date.quote?.split(' ') ?? [];
    for (let k = 0; k + SHARED_QUOTE_WORDS <= words.length; k++) {
      const run = words.slice(k, k + SHARED_QUOTE_WORDS).join(' ');
      const first = firstWith.get(run);
      if (first === undefined) firstWith.set(run, i);
      else join(i, first);
    }
  });
  const groups = new Map<number, Entry[]>();
  entries.forEach((e, i) => {
    if (e.date.quote) pushTo(groups, root(i), e);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Sets of the indices 0 to n - 1: `join` puts one's set into another's, `root` names the set an index is in. */
function disjointSets(n: number): { root: (i: number) => number; join: (from: number, into: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const join = (from: number, into: number) => {
    parent[root(from)] = root(into);
  };
  return { root, join };
}

/** A person described by an age alone ("the 23-year-old"). */
const AGE = /^[\p{L}\p{N}]+-(?:year|month|week|day)-old$/u;

function isDescription(word: string): boolean {
  return PERSON_DESCRIPTIONS.has(word) || AGE.test(word);
}

/**
 * The subject words of an event that describe one person in different words across files ("the man was arrested
 * Thursday", "the 23-year-old was arrested last Wednesday"): when each file describes one person, and not both a
 * man and a woman. Otherwise none.
 */
function describedAlike(entries: Entry[], words: string[]): string[] {
  const described = words.filter(isDescription);
  if (described.length < 2) return [];
  const sexes = new Set(described.map((w) => PERSON_DESCRIPTIONS.get(w) ?? 'any'));
  if (sexes.has('male') && sexes.has('female')) return [];
  const perFile = new Map<string, Set<string>>();
  for (const e of entries) {
    const word = lastWord(e.date.subject);
    if (!described.includes(word)) continue;
    const own = perFile.get(e.doc.file) ?? new Set<string>();
    perFile.set(e.doc.file, own.add(word));
  }
  return [...perFile.values()].every((own) => own.size === 1) ? described : [];
}

/** A date as a finding names it: "15 April 2017", "after 1957", "the 1950s", "14 April", "a Friday". */
function describe(d: EventDate): string {
  if (!d.date) return `a ${d.weekday ? d.weekday.charAt(0).toUpperCase() + d.weekday.slice(1) : 'weekday'}`;
  // A day without a year is written as one of a year (2000), without the year.
  const day = d.date.startsWith('--') ? formatDate(`2000${d.date.slice(1)}`, false)! : formatDate(d.date, true)!;
  if (d.qualifier === 'decade') return `the ${day}s`;
  if (d.qualifier === 'age') return `${Number(day) - 1} or ${day} ("${d.text}")`;
  return d.qualifier ? `${d.qualifier} ${day}` : day;
}

/** The key of a date as given: its date, open end, and for a weekday alone the weekday. */
function dateKey(d: EventDate): string {
  return `${d.qualifier ?? ''}${d.date}${d.date ? '' : (d.weekday ?? '')}`;
}

/** Findings of one date bucket (same event kind) across the story groups of `docs`, per subject. */
export function dateFindings(bucket: string, docs: DateDoc[], group: StoryGrouper = storyGroups): LocatedFinding[] {
  const results: LocatedFinding[] = [];
  const isClock = bucket.startsWith(CLOCK_BUCKET);
  const findingOf = (all: Entry[]) =>
    isClock ? clockFinding(bucket.slice(CLOCK_BUCKET.length), all) : subjectFinding(bucket, all);
  const members = docs
    .map((d) => ({ ...d, dates: d.dates ?? d.doc.eventDates.filter((e) => dateBucket(e) === bucket) }))
    .filter((d) => d.dates.length > 0);
  for (const story of group(members)) {
    const year = storyYear(story.map((d) => d.doc));
    const entries = story.flatMap((d) =>
      d.dates.flatMap((date) => {
        const counted = countedBack(date, year);
        return counted ? [{ date: counted, doc: d.doc }] : [];
      }),
    );
    // A statement is one by its quoted words; the start or end of a story's event one subject by its class ("attacks").
    const subjects =
      bucket === `d:${STATEMENT}` ? byQuote(entries) : bucket.includes('|') || isClock ? [entries] : bySubject(entries);
    for (const all of subjects) {
      const found = findingOf(all);
      if (!found) continue;
      // What the finding becomes without some of its dates (an inline marker's): computed again from the rest.
      const within = (located: LocatedFinding, dated: Entry[]): LocatedFinding => ({
        ...located,
        without: (excluded) => {
          const rest = dated.filter((e) => !excluded.has(e.date.id));
          const again = findingOf(rest);
          return again ? demotedAcrossCores(story, [within(again, rest)]) : [];
        },
      });
      results.push(...demotedAcrossCores(story, [within(found, all)]));
    }
  }
  return results;
}

/** The year most of a story's documents are dated to (the latest on ties), or null when none is dated. */
function storyYear(docs: DocumentAnalysis[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const doc of docs) {
    if (!doc.meta.date) continue;
    const year = Number(doc.meta.date.slice(0, 4));
    const count = (counts.get(year) ?? 0) + 1;
    counts.set(year, count);
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  }
  return best;
}

/**
 * A date counted back from a file without a date of its own ("185 years ago", "the 86-year-old structure"), counted
 * from the story's year; null when no report of the story is dated. Any other date as it is.
 */
function countedBack(date: EventDate, year: number | null): EventDate | null {
  if (date.yearsBack === undefined || date.date) return date;
  return year === null ? null : { ...date, date: String(year - date.yearsBack) };
}

/**
 * Whether two dates can be one day: as datesAgree, and two weekdays alone (in files without a date of their own) only
 * when they are the same weekday ("arrested Thursday", "arrested last Wednesday": whatever the week, not one day).
 */
function canBeOneDay(a: EventDate, b: EventDate): boolean {
  if (!a.date && !b.date && a.weekday && b.weekday) return a.weekday === b.weekday;
  return datesAgree(a, b);
}

/** The finding of one subject's dates in one story, if two of them cannot be the same day. */
function subjectFinding(bucket: string, all: Entry[]): LocatedFinding | null {
  const [event, subjectClass] = bucket.slice(2).split('|');
  // Dates of one event done to two named things ("won the Rugby World Cup in 2003", "won the first Rugby World Cup
  // Sevens in 1993") date two events.
  if (new Set(all.map((e) => objectNames(e.date)).filter((names) => names !== '')).size > 1) return null;
  // The most precise dates given: a year agrees with any day of it, "after 1957" with 1958, a weekday with its days.
  const given = new Map<string, EventDate>();
  for (const e of all) if (!given.has(dateKey(e.date))) given.set(dateKey(e.date), e.date);
  if (given.size > MAX_DATES) return null;
  const days = [...given.values()]
    .filter(
      (d) =>
        ![...given.values()].some(
          (other) => other !== d && datePrecision(other) > datePrecision(d) && canBeOneDay(other, d),
        ),
    )
    .sort((a, b) => compareStrings(dateKey(a), dateKey(b)));
  if (!days.some((d, i) => days.some((other, j) => j > i && !canBeOneDay(d, other)))) return null;
  // A file that gives two dates of one event that cannot be one day tells of an event that recurs ("won in 1997 and 2001").
  const perFile = new Map<string, Map<string, EventDate>>();
  for (const e of all) {
    const own = perFile.get(e.doc.file) ?? new Map<string, EventDate>();
    perFile.set(e.doc.file, own.set(dateKey(e.date), e.date));
  }
  for (const own of perFile.values()) {
    const dates = [...own.values()];
    if (dates.some((a, i) => dates.some((b, j) => j > i && !canBeOneDay(a, b)))) return null;
  }
  const groups = days.map((day) => ({ day, entries: all.filter((e) => canBeOneDay(e.date, day)) }));
  groups.sort((a, b) => b.entries.length - a.entries.length || compareStrings(dateKey(a.day), dateKey(b.day)));
  const subjects = all.map((e) => lastWord(e.date.subject)).filter((word) => !PERSON_PRONOUNS.has(word));
  const label = `${subjectClass ?? subjects.sort(compareStrings)[0] ?? 'statement'} ${event}`;
  const grouped = new Set(groups.flatMap((g) => g.entries));
  const involved = all
    .filter((e) => grouped.has(e))
    .sort((a, b) => compareStrings(a.doc.file, b.doc.file) || a.date.start - b.date.start);
  const timeline = timelineOf(
    groups.map((g) => g.entries),
    (_, group) => describe(groups[group].day),
  );
  const described = groups.map((g) => `${describe(g.day)} in ${listDocs(g.entries.map((e) => e.doc))}`);
  const finding: Finding = {
    // The day most of its sources give, as a conflict's id keeps its commonest figure: another source leaves it.
    id: `date/${slug(label)}/${hash(['date', label, dateKey(groups[0].day)].join('|'))}`,
    kind: 'date',
    // A year counted back from an age ("the 86-year-old structure") is as exact as the writer's sum, and an act of
    // "he" or "she" ("He was not charged until 2015") is its file's main name's only by a guess: information.
    severity: involved.some((e) => e.date.qualifier === 'age' || isPronounAct(e.date)) ? 'information' : 'warning',
    subject: label,
    claims: involved.map((e) => e.date.id),
    message: `Sources disagree on when the ${label}: ${described.join('; ')}`,
    timeline,
  };
  return { finding, locations: involved.map((e) => ({ file: e.doc.file, line: e.date.line })) };
}

/** An act dated with a pronoun for its subject ("He was first charged in 2013"), other than a start or a statement. */
function isPronounAct(date: EventDate): boolean {
  return PERSON_PRONOUNS.has(lastWord(date.subject)) && date.event !== STATEMENT && !date.event.startsWith('began ');
}

/**
 * The names of what an event was done to, as its text gives them right after the event's word, up to the date's
 * preposition ("won the first Rugby World Cup Sevens in 1993": "cup rugby sevens world"); "" when it names none.
 */
function objectNames(date: EventDate): string {
  const words = date.text.split(/\s+/);
  const at = words.findIndex((word) => word.toLowerCase() === date.event);
  if (at < 0) return '';
  const names: string[] = [];
  for (const word of words.slice(at + 1)) {
    if (OBJECT_ENDS.has(word.toLowerCase()) || /\d/.test(word)) break;
    if (CAPITAL_FIRST.test(word) && !MONTHS_LOWER.includes(word.toLowerCase())) names.push(word.toLowerCase());
  }
  return names.sort(compareStrings).join(' ');
}

/** Words that end an event's object in its date's text: the date's preposition. */
const OBJECT_ENDS = new Set(['in', 'on', 'at', 'since', 'during', 'by', 'after', 'before', 'last', 'this', 'until']);

/** Weekday of an ISO date (YYYY-MM-DD), lower case, or null. */
export function weekdayOf(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(day.getTime()) ? null : WEEKDAYS[day.getUTCDay()];
}

export function weekdayFindings(doc: DocumentAnalysis): LocatedFinding[] {
  const results: LocatedFinding[] = [];
  for (const date of doc.eventDates) {
    if (!date.weekday) continue;
    const named = date.weekday.toLowerCase();
    const actual = weekdayOf(date.date);
    if (!actual || !WEEKDAYS.includes(named) || actual === named) continue;
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    const occurrence = doc.eventDates.filter(
      (d) => d.date === date.date && d.weekday === date.weekday && d.start < date.start,
    ).length;
    results.push({
      finding: {
        id: `weekday/${slug(shortFile(doc.file))}/${hash(['weekday', baseName(doc.file), date.date, named, occurrence].join('|'))}`,
        kind: 'weekday',
        severity: 'warning',
        subject: `${date.subject} ${date.event}`,
        claims: [date.id],
        message: `${cap(named)} does not match ${formatDate(date.date, true)}, which is a ${cap(actual)} ("${date.text}")`,
        timeline: [
          {
            claimId: date.id,
            file: doc.file,
            figure: date.text,
            date: date.date,
            source: null,
            outlet: doc.meta.outlet,
            label: labelOf(doc),
            superseded: false,
          },
        ],
      },
      locations: [{ file: doc.file, line: date.line }],
    });
  }
  return results;
}
