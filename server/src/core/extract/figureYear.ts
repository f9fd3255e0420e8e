import type { QuantityFrame, QuantityKind } from '../types';
import { isAgeFrame, textLeadsToBaseline } from './frames';

/**
 * Issue 14, one reading of a figure's year: the year its sentence dates it to, read once here and kept on its frame
 * (`QuantityFrame.year`), which the conflict engine keys its figures by.
 */

const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
const MAY_HAVE_YEAR = /(?:19|20)\d\d/;

function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))];
}

/** "since", then up to three words before a date: "since his Nov. 1993 debut", "since records began in 1971". */
const SINCE_LEAD = String.raw`\bsince\s+(?:[^\s.,;]+\.?\s+){0,3}?`;

/** "since his Nov. 1993 debut": the year a running total counts from, not the year of its figure. */
const SINCE_YEAR = new RegExp(`${SINCE_LEAD}(?:19|20)\\d\\d\\b`, 'gi');
const SINCE_BEFORE = new RegExp(`${SINCE_LEAD}$`, 'i');

/** Whether the words before a date (its sentence's, up to it) make it the start of a running count ("since ..."). */
export function leadsToStart(textBefore: string): boolean {
  return SINCE_BEFORE.test(textBefore.slice(-60));
}

/** A rank's "since ..." to the end of its clause: when its count starts. */
const RANK_SINCE = /\bsince\b[^;:]*/gi;

/** The characters before a year that hold the words leading to it. */
const BASELINE_LEAD = 80;

/** What a figure's year is read from: its sentence, where the figure stands in it, and the figure's reading. */
export interface FigureInSentence {
  sentence: string;
  /** Where the figure starts in the sentence (-1: not found in it). */
  at: number;
  text: string;
  quantityKind: QuantityKind;
  frame: QuantityFrame;
  /** Whether the frame was read from the text (not stood in for an analysis built by hand). */
  read: boolean;
  /** The claim's context dates (ISO). */
  dates: string[];
}

/**
 * The year a figure's sentence dates it to, asides before the figure left out ("The group, founded in 2004, said 30
 * fighters were killed": 2004 dates the group, not the 30; "In 2019, an attack killed 40" stays 2019); null when it
 * names none or several.
 */
export function figureYear(figure: FigureInSentence): number | null {
  const { sentence, at, text } = figure;
  // A person's age is theirs in a year named before it ("In 1990, 17-year-old X was convicted"), not in one named
  // after it, which dates what they did ("61-year-old X is accused of a murder in 1967").
  if (isAgeFrame(figure.frame)) {
    const years = yearsIn(sentence.slice(0, Math.max(0, at)));
    return years.length === 1 ? years[0] : null;
  }
  let clause = '';
  let figureAt = -1;
  if (MAY_HAVE_YEAR.test(sentence)) ({ clause, figureAt } = ownClause(sentence, at));
  // "the fourth head coach since King took over ... on May 26, 2003": the year the count starts from.
  if (figure.quantityKind === 'ordinal') clause = clause.replace(RANK_SINCE, ' ');
  const since = clause.replace(SINCE_YEAR, ' ');
  if (since !== clause) {
    clause = since;
    if (yearsIn(clause).length === 0) return null;
  }
  // Where the figure stands in what is left (a "since" before it moves it).
  if (figureAt < 0 || !clause.startsWith(text, figureAt)) figureAt = clause.indexOf(text);
  const years = clause ? ownYears(clause, figureAt, text) : [];
  // "33 per cent higher than in 2012": a sentence whose only years are baselines dates no figure of it.
  if (years.length === 0 && clause && yearsIn(clause).length > 0) return null;
  if (years.length === 1) return years[0];
  if (years.length > 1) return null;
  // The day of the sentence's event ("received a star Monday") does not date a count no verb governs.
  if (
    (figure.quantityKind === 'count' && figure.frame.event === null && figure.read) ||
    figure.quantityKind === 'ordinal'
  )
    return null;
  const contextYears = [
    ...new Set(
      figure.dates
        .filter((d) => d.length > 4)
        .map((d) => Number(d.slice(0, 4)))
        .filter((y) => y > 1900),
    ),
  ];
  return contextYears.length === 1 ? contextYears[0] : null;
}

/** The years of a clause that may date its figure (at `at`): not those of a comparison's baseline (see textLeadsToBaseline). */
function ownYears(clause: string, at: number, figure: string): number[] {
  const figureEnd = at < 0 ? -1 : at + figure.length;
  const years = new Set<number>();
  for (const match of clause.matchAll(YEAR)) {
    const from = figureEnd >= 0 && figureEnd <= match.index ? figureEnd : Math.max(0, match.index - BASELINE_LEAD);
    if (!textLeadsToBaseline(clause.slice(from, match.index))) years.add(Number(match[1]));
  }
  return [...years];
}

/**
 * The figure's sentence without the asides before it: the comma-set segments between the sentence's first segment
 * and the figure's ("The group, founded in 2004, said 30 fighters were killed" → "The group said 30 ..."), and
 * where the figure stands in it.
 */
function ownClause(sentence: string, at: number): { clause: string; figureAt: number } {
  if (at < 0) return { clause: sentence, figureAt: -1 };
  const before = sentence.slice(0, at);
  const firstComma = before.indexOf(',');
  const lastComma = before.lastIndexOf(',');
  if (firstComma < 0 || firstComma === lastComma) return { clause: sentence, figureAt: at };
  return { clause: sentence.slice(0, firstComma) + sentence.slice(lastComma), figureAt: at - (lastComma - firstComma) };
}
