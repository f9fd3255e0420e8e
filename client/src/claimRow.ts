// What the Claims view writes for one claim: the figure, then its source's label (outlet, else byline) and its
// file, who gave it and when. Pure: no VS Code import, so that it can be unit-tested.
import { readableFileLabel } from '../../server/src/core/sourceLabels';
import type { FindingLocation } from './protocol';
import { readableDate } from './timeline/html';

export interface ClaimRowText {
  /** The figure as written, on one line. */
  label: string;
  /** "The Hindu · seeds/002.txt:2 · Sarfraz Bugti · 1 Feb 2026". */
  description: string;
  tooltip: string;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * `place` names the claim's file and line as a person reads it, e.g. "seeds/002_f236.txt:2". The source's label
 * is left out of the description when it is only the file's name (the place names the file already).
 */
export function claimRow(location: FindingLocation, place: string): ClaimRowText {
  const fileName = readableFileLabel(decodeURIComponent(location.uri.replace(/[?#].*$/, '')));
  const named = location.label && location.label !== fileName ? oneLine(location.label) : null;
  const source = location.source ? oneLine(location.source) : null;
  const date = location.date ? readableDate(location.date) : null;
  const label = oneLine(location.text);
  return {
    label,
    description: [named, place, source, date].filter((part): part is string => part !== null).join(' · '),
    tooltip: [
      label,
      `Source: ${named ?? 'no outlet or byline known'}`,
      `Said by: ${source ?? 'unattributed'}`,
      `Date: ${date ?? 'unknown'}`,
      `File: ${place}`,
    ].join('\n'),
  };
}
