// Clock-time findings: one event of a story given at times of day that cannot be one time ("was hit ... at 12:50 BST
// on Sunday", "struck ... about noon (7 a.m. ET)"). Two times are compared on one clock: in UTC when both name a zone
// (a zone like "ET" is summer or winter time as another time of the event tells: BST is summer time), as written when
// neither does (the event's local clock) and both name one day; a time with a zone and one without are not compared.
import type { ClockTime, DocumentAnalysis, EventDate, Finding } from '../types';
import type { LocatedFinding } from './quantities';
import { FUNCTION_WORDS } from '../extract/lexicon';
import { STARTED } from '../extract/eventTimes';
import { compareStrings, hash, listDocs, pushTo, slug, timelineOf } from './text';

type Entry = { date: EventDate; doc: DocumentAnalysis };

const DAY = 24 * 60;

/** The season two readings' zones tell ("BST": summer), or null when none tells it or they disagree. */
function seasonOf(clocks: ClockTime[]): 'summer' | 'winter' | null {
  const seasons = new Set(clocks.map((c) => c.season).filter((s) => s !== undefined));
  return seasons.size === 1 ? [...seasons][0]! : null;
}

/** The minutes of a time on one clock: UTC for a time with a zone (each of its offsets), as written without one. */
function onOneClock(c: ClockTime, season: 'summer' | 'winter' | null): number[] {
  if (c.zone === null) return c.minutes;
  const offsets = c.seasonal && season ? [c.offsets[season === 'summer' ? 1 : 0]] : c.offsets;
  return c.minutes.flatMap((m) => offsets.map((o) => (((m - o) % DAY) + DAY) % DAY));
}

/** Minutes between two times of day, the shorter way round the clock. */
function apart(a: number, b: number): number {
  const d = Math.abs(a - b) % DAY;
  return Math.min(d, DAY - d);
}

/**
 * Whether two readings of an event's time agree, cannot be one time ('conflict'), or cannot be compared (null: no
 * two of their times are on one clock, or they name two different days).
 */
export function compareClocks(a: EventDate, b: EventDate): 'agree' | 'conflict' | null {
  if (!a.clock || !b.clock) return null;
  if (a.weekday && b.weekday && a.weekday !== b.weekday) return null;
  const season = seasonOf([...a.clock, ...b.clock]);
  // Two times without a zone may be on two clocks (the event's, the outlet's): compared only on a day both name.
  const oneDay = a.weekday !== null && a.weekday === b.weekday;
  let comparable = false;
  for (const x of a.clock) {
    for (const y of b.clock) {
      if ((x.zone === null) !== (y.zone === null) || (x.zone === null && !oneDay)) continue;
      comparable = true;
      const xs = onOneClock(x, season);
      const ys = onOneClock(y, season);
      if (xs.some((m) => ys.some((n) => apart(m, n) <= x.slack + y.slack + 1))) return 'agree';
    }
  }
  return comparable ? 'conflict' : null;
}

const CONTENT_WORD = /\p{L}{4,}/gu;

/** The content words of a sentence (four letters or more, no function word). */
function contentWords(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(CONTENT_WORD) ?? [];
  return new Set(words.filter((w) => !FUNCTION_WORDS.has(w)));
}

/** Whether two readings' sentences share a content word beside the event's time ("Geneva", "traffic"). */
function shareWord(a: EventDate, b: EventDate): boolean {
  const words = contentWords(a.sentence ?? a.text);
  const times = new Set([...(a.clock ?? []), ...(b.clock ?? [])].flatMap((c) => [...contentWords(c.text)]));
  for (const w of contentWords(b.sentence ?? b.text)) if (words.has(w) && !times.has(w)) return true;
  return false;
}

/** A reading as a finding names it: "12:50 BST on Sunday", "noon (7 a.m. ET)". */
function describe(d: EventDate): string {
  const [first, ...others] = d.clock ?? [];
  return others.length ? `${first.text} (${others.map((c) => c.text).join('; ')})` : (first?.text ?? d.text);
}

/** The finding of one event's clock times in one story, if two files' times of it cannot be one time. */
export function clockFinding(event: string, all: Entry[]): LocatedFinding | null {
  const entries = all
    .filter((e) => e.date.clock?.length)
    .sort((a, b) => compareStrings(a.doc.file, b.doc.file) || a.date.start - b.date.start);
  // A file that gives two times of one event that cannot be one time tells of an event that recurs.
  const perFile = new Map<string, Entry[]>();
  for (const e of entries) pushTo(perFile, e.doc.file, e);
  for (const own of perFile.values())
    if (own.some((a, i) => own.some((b, j) => j > i && compareClocks(a.date, b.date) === 'conflict'))) return null;
  const groups: Entry[][] = [];
  for (const e of entries) {
    const group = groups.find((g) => compareClocks(g[0].date, e.date) === 'agree');
    if (group) group.push(e);
    else groups.push([e]);
  }
  const kept = groups.filter((g) =>
    groups.some(
      (other) =>
        other !== g &&
        other[0].doc.file !== g[0].doc.file &&
        compareClocks(g[0].date, other[0].date) === 'conflict' &&
        shareWord(g[0].date, other[0].date),
    ),
  );
  if (kept.length < 2) return null;
  kept.sort((a, b) => b.length - a.length || compareStrings(describe(a[0].date), describe(b[0].date)));
  const involved = kept.flat().sort((a, b) => compareStrings(a.doc.file, b.doc.file) || a.date.start - b.date.start);
  const timeline = timelineOf(kept, (own) => describe(own[0].date));
  const described = kept.map((g) => `${describe(g[0].date)} in ${listDocs(g.map((e) => e.doc))}`);
  // "began fire": the start of what its first reading names ("the start of the fire").
  const label = event.startsWith(STARTED) ? `start of the ${involved[0].date.subject.toLowerCase()}` : event;
  const finding: Finding = {
    id: `time/${slug(event)}/${hash(['time', event, describe(kept[0][0].date)].join('|'))}`,
    kind: 'date',
    severity: 'warning',
    subject: label,
    claims: involved.map((e) => e.date.id),
    message: `Sources disagree on the time of day of the ${label}: ${described.join('; ')}`,
    timeline,
  };
  return { finding, locations: involved.map((e) => ({ file: e.doc.file, line: e.date.line })) };
}
