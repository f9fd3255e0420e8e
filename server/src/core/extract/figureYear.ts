import type { QuantityFrame, QuantityKind } from '../types';
import { LAST_YEAR } from '../text/calendar';
import type { DateMention } from './dates';
import { isAgeFrame, boundsSpan, leadsToStart, textLeadsToBaseline } from './frames';

/**
 * Issue 14, one reading of a figure's year: the year its sentence dates it to, read once here and kept on its frame
 * (`QuantityFrame.year`), which the conflict engine keys its figures by.
 */

/** A year the sentence names ("in 2004", "Nov. 1993", "May 26, 2003"), where its date starts in the sentence. */
export interface NamedYear {
  at: number;
  end: number;
  year: number;
}

/** The years of a sentence's date mentions (the date reader's: one reading of what is a year), in the sentence's offsets. */
export function namedYears(dates: readonly DateMention[], sentenceStart: number): NamedYear[] {
  const years: NamedYear[] = [];
  for (const date of dates)
    if ((date.kind === 'year' || date.kind === 'date') && date.year !== null)
      years.push({
        at: date.start - sentenceStart,
        end: date.end - sentenceStart,
        year: date.year,
      });
  return years;
}

/**
 * Whether a date (start, end) stands in an aside before a figure (at figureStart): between two commas after the
 * sentence's start, the second before the figure ("The group, founded in 2004, said 30 fighters were killed").
 */
export function inAside(text: string, start: number, end: number, figureStart: number, sentenceStart: number): boolean {
  const close = text.indexOf(',', end);
  return text.lastIndexOf(',', start) > sentenceStart && close >= 0 && close < figureStart;
}

/** A rank's "since ..." up to a date of its clause: when its count starts ("the fourth coach since King took over in 2003"). */
const RANK_SINCE = /\bsince\b[^;:]*$/i;

/** How far (characters) either side of a figure the years of a sentence longer than LONG_SENTENCE may date it. */
const YEAR_REACH = 600;
const LONG_SENTENCE = 4000;

/** The characters before a year that hold the words leading to it. */
const BASELINE_LEAD = 80;

/** What a figure's year is read from: its sentence, where the figure stands in it, and the figure's reading. */
export interface FigureInSentence {
  sentence: string;
  /** Where the figure starts in the sentence (-1: not found in it). */
  at: number;
  text: string;
  /** The years the sentence names, in text order. */
  years: readonly NamedYear[];
  quantityKind: QuantityKind;
  frame: QuantityFrame;
  /** Whether the frame was read from the text (not stood in for an analysis built by hand). */
  read: boolean;
  /** The claim's context dates (ISO). */
  dates: string[];
  /** Those of them whose year the text writes ("June 2017", not "Sunday" nor "Nov. 7"); absent: all of them. */
  writtenYears?: string[];
}

/**
 * The year a figure's sentence dates it to, the dates of an aside before the figure left out ("The group, founded in
 * 2004, said 30 fighters were killed": 2004 dates the group; "In 2019, an attack killed 40" stays 2019), and so are a
 * comparison's baseline ("higher than in 2012") and a running count's start ("since 2003"); null when it names
 * none or several.
 */
export function figureYear(figure: FigureInSentence): number | null {
  // Most sentences name no year: the figure's year is then its context's, if any.
  if (figure.years.length === 0) {
    if (isAgeFrame(figure.frame)) return null;
    const year = contextYear(figure);
    // "Floods last year killed 1,700": the year before its context's.
    return year !== null && figure.frame.time === LAST_YEAR ? year - 1 : year;
  }
  // In a sentence longer than LONG_SENTENCE, within YEAR_REACH of the figure: linear in the sentence however many
  // figures and years it has.
  const reach = figure.sentence.length > LONG_SENTENCE ? YEAR_REACH : LONG_SENTENCE;
  const from = Math.max(0, figure.at - reach);
  const sentence = figure.sentence.slice(from, Math.max(0, figure.at) + figure.text.length + reach);
  const at = figure.at < 0 ? -1 : figure.at - from;
  const years: NamedYear[] = [];
  for (let k = firstYearFrom(figure.years, from); k < figure.years.length; k++) {
    const y = figure.years[k];
    if (y.end - from > sentence.length) break;
    years.push({ at: y.at - from, end: y.end - from, year: y.year });
  }
  // A person's age is theirs in a year named before it ("In 1990, 17-year-old X was convicted"), not in one named
  // after it, which dates what they did ("61-year-old X is accused of a murder in 1967").
  if (isAgeFrame(figure.frame)) return onlyYear(years.filter((y) => y.at < at));
  if (years.length) {
    // A date of an aside before the figure dates the aside ("Ray Charles, who died in June 2004, has seven nominations").
    let own = years.filter((y) => at < 0 || !inAside(sentence, y.at, y.end, at, 0));
    if (figure.quantityKind === 'ordinal') own = own.filter((y) => !RANK_SINCE.test(sentence.slice(0, y.at)));
    // "the deadliest since 1996, when 70 people died": the year of the figure's "when" clause.
    const whenYears = own.filter((y) => at > y.end && opensWhenClause(sentence.slice(y.end, at)));
    if (whenYears.length) return onlyYear(whenYears);
    // Nor a running count's start ("since 2003") nor a span's ends ("guaranteed to make through 2017").
    const counted = own.filter((y) => {
      const lead = sentence.slice(Math.max(0, y.at - 60), y.at);
      return !leadsToStart(lead) && !boundsSpan(lead, sentence.slice(y.end, y.end + 12));
    });
    if (counted.length < own.length && counted.length === 0) return null;
    // Not a comparison's baseline's ("33 per cent higher than in 2012"), read from the figure when the year follows it.
    const figureEnd = at < 0 ? -1 : at + figure.text.length;
    const dating = counted.filter((y) => {
      const lead = figureEnd >= 0 && figureEnd <= y.at ? figureEnd : Math.max(0, y.at - BASELINE_LEAD);
      return !textLeadsToBaseline(sentence.slice(lead, y.at));
    });
    // A sentence whose only years are baselines dates no figure of it.
    if (counted.length) return onlyYear(dating);
  }
  return contextYear(figure);
}

/**
 * Whether the text between a year and a figure after it opens a clause of that year: "the deadliest since 1996, when
 * 70 people died" (the year is no running count's start for the figure of its "when" clause).
 */
export function opensWhenClause(between: string): boolean {
  return WHEN_CLAUSE.test(between);
}

const WHEN_CLAUSE = /^,\s*when\b[^,;]*$/i;

/** The year of a figure's context dates, for a figure its sentence's years do not date (see figureYear). */
function contextYear(figure: FigureInSentence): number | null {
  // The day of the sentence's event ("received a star Monday") does not date a count no verb governs, nor a sum, share
  // or measure ("Sunday's report showed that the average person produces 7 kg of electronic waste every year"): only
  // a year the text writes does. A length of time is of what lasted, which its day ends ("convicted on Nov. 7 after
  // 12 hours of deliberation").
  const governed = figure.frame.event !== null || !figure.read;
  if ((figure.quantityKind === 'count' && !governed) || figure.quantityKind === 'ordinal') return null;
  const dates = governed || figure.quantityKind === 'duration' ? figure.dates : (figure.writtenYears ?? figure.dates);
  // The one year (after 1900) of its full dates; null when they give none or several.
  let year: number | null = null;
  for (const d of dates) {
    if (d.length <= 4) continue;
    const y = Number(d.slice(0, 4));
    if (!(y > 1900)) continue;
    if (year === null) year = y;
    else if (y !== year) return null;
  }
  return year;
}

/** The index of the first year starting at or after `offset` (the list is in text order). */
function firstYearFrom(years: readonly NamedYear[], offset: number): number {
  let lo = 0,
    hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (years[mid].at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The one year of a list, or null when it has none or several. */
function onlyYear(years: readonly NamedYear[]): number | null {
  const first = years[0]?.year ?? null;
  return years.every((y) => y.year === first) ? first : null;
}
