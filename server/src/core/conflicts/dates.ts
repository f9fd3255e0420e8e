// Date findings: the same event dated differently across a story's documents, and weekdays that do not
// match the date they go with.
import type { DocumentAnalysis, EventDate, Finding, TimelineEntry } from '../types';
import type { LocatedFinding, StoryGrouper } from './quantities';
import { demotedAcrossCores, storyGroups } from './stories';
import { compareStrings, formatDate, hash, listFiles, shortFile, slug, WEEKDAYS, pushTo } from './text';

const EVENTS: Record<string, string> = {
  began: 'began', begin: 'began', started: 'began', start: 'began', erupted: 'began', launched: 'began',
  'broke out': 'began', commenced: 'began', opened: 'began',
  ended: 'ended', end: 'ended', concluded: 'ended', stopped: 'ended', finished: 'ended', closed: 'ended',
};

const SUBJECT_CLASSES: Array<[RegExp, string]> = [
  [/\b(attack|assault|strike|raid|violence|escalation|offensive|bombing|blast|explosion|fighting|clash|unrest|hostilit|uprising|siege|shooting|massacre|riot)/i, 'attacks'],
  [/\b(operation|crackdown|campaign|counter-?offensive|mopping)/i, 'operations'],
];

export function dateBucket(eventDate: EventDate): string {
  const event = EVENTS[eventDate.event.toLowerCase()] ?? eventDate.event.toLowerCase();
  const subject = SUBJECT_CLASSES.find(([pattern]) => pattern.test(eventDate.subject))?.[1]
    ?? eventDate.subject.toLowerCase().split(/\s+/).pop() ?? 'event';
  return `d:${event}|${subject}`;
}

export interface DateDoc {
  file: string;
  doc: DocumentAnalysis;
  fingerprint: Set<string>;
}

function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Findings of one date bucket (same event kind and subject class) across the story groups of `docs`. */
export function dateFindings(bucket: string, docs: DateDoc[], group: StoryGrouper = storyGroups): LocatedFinding[] {
  const [event, subject] = bucket.slice(2).split('|');
  const label = `${subject} ${event}`;
  const results: LocatedFinding[] = [];
  const members = docs
    .map((d) => ({ ...d, dates: d.doc.eventDates.filter((e) => dateBucket(e) === bucket) }))
    .filter((d) => d.dates.length > 0);
  for (const story of group(members)) {
    const found: LocatedFinding[] = [];
    const all = story.flatMap((d) => d.dates.map((date) => ({ date, doc: d.doc })));
    // The most precise dates given: a year agrees with any day of it, a month with any of its days.
    const given = [...new Set(all.map((e) => e.date.date))];
    const days = given.filter((d) => !given.some((other) => other !== d && other.startsWith(d))).sort();
    if (days.length < 2) continue;
    // A file that gives two different dates of one event tells of an event that recurs ("won in 1997 and 2001").
    const leavesOf = (file: string) => new Set(all.filter((e) => e.doc.file === file).flatMap((e) => days.filter((day) => compatible(e.date.date, day))));
    if (story.some((d) => d.dates.length > 1 && leavesOf(d.doc.file).size > 1)) continue;
    const groups = days.map((day) => ({ day, entries: all.filter((e) => e.date.date === day || (e.date.date.length < 10 && compatible(e.date.date, day))) }));
    groups.sort((a, b) => b.entries.length - a.entries.length || compareStrings(a.day, b.day));
    const files = [...new Set(all.map((e) => e.doc.file))].sort();
    const involved = all.filter((e) => groups.some((g) => g.entries.includes(e)))
      .sort((a, b) => compareStrings(a.doc.file, b.doc.file) || a.date.start - b.date.start);
    const timeline: TimelineEntry[] = groups.flatMap((g) => {
      const perFile = new Map<string, typeof g.entries>();
      for (const e of g.entries) pushTo(perFile, e.doc.file, e);
      return [...perFile].map(([file, entries]) => ({
        claimId: entries[0].date.id, file, figure: formatDate(g.day, true)!, date: entries[0].doc.meta.date,
        source: null, outlet: entries[0].doc.meta.outlet, superseded: false, claims: entries.map((e) => e.date.id),
      }));
    }).sort((a, b) => compareStrings(a.figure, b.figure) || compareStrings(a.file, b.file));
    const described = groups.map((g) => `${formatDate(g.day, true)} in ${listFiles(g.entries.map((e) => e.doc.file))}`);
    const finding: Finding = {
      id: `date/${slug(label)}/${hash(['date', label, files.join(','), days.join(',')].join('|'))}`,
      kind: 'date', severity: 'warning', subject: label,
      claims: involved.map((e) => e.date.id),
      message: `Sources disagree on when the ${label}: ${described.join('; ')}`,
      timeline,
    };
    found.push({ finding, locations: involved.map((e) => ({ file: e.doc.file, line: e.date.line })) });
    results.push(...demotedAcrossCores(story, found));
  }
  return results;
}

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
    const occurrence = doc.eventDates.filter((d) => d.date === date.date && d.weekday === date.weekday && d.start < date.start).length;
    results.push({
      finding: {
        id: `weekday/${slug(shortFile(doc.file))}/${hash(['weekday', doc.file, date.date, named, occurrence].join('|'))}`,
        kind: 'weekday', severity: 'warning', subject: `${date.subject} ${date.event}`,
        claims: [date.id],
        message: `${cap(named)} does not match ${formatDate(date.date, true)}, which is a ${cap(actual)} ("${date.text}")`,
        timeline: [{ claimId: date.id, file: doc.file, figure: date.text, date: date.date, source: null, outlet: doc.meta.outlet, superseded: false }],
      },
      locations: [{ file: doc.file, line: date.line }],
    });
  }
  return results;
}
