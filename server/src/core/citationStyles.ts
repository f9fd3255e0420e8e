// Which citation a quick fix inserts, from the `crosscheck.citationStyle` setting or `.crosscheck.json`'s
// `citationStyle`: the outlet and date, the outlet with title, date and URL, a Markdown footnote, or a Pandoc key.
import { citationEdits, formatDate, inlineCitation } from './citations';
import type { CitedSource, OffsetEdit } from './citations';
import { sourceLabel } from './sourceLabels';

export type CitationStyleSetting = 'auto' | 'outlet-date' | 'full' | 'footnote' | 'pandoc';
export const CITATION_STYLES: readonly CitationStyleSetting[] = ['auto', 'outlet-date', 'full', 'footnote', 'pandoc'];

/** What a citation looks like once the setting is applied to a file. */
export type ResolvedCitationStyle = 'outlet-date' | 'full' | 'footnote' | 'pandoc';

/**
 * The style for one citation: the setting, where "auto" is a Pandoc key when the bibliography has one for the
 * source, a footnote in Markdown, else the outlet and date. A footnote asked for in a plain-text file, and a Pandoc
 * key in a file that is not Markdown, fall back to the outlet and date.
 */
export function resolveCitationStyle(
  setting: CitationStyleSetting,
  markdown: boolean,
  bibKey: string | null,
): ResolvedCitationStyle {
  if (setting === 'auto') return markdown ? (bibKey ? 'pandoc' : 'footnote') : 'outlet-date';
  if (!markdown && (setting === 'footnote' || setting === 'pandoc')) return 'outlet-date';
  return setting;
}

/** `(The Hindu, "Pakistan Launches Crackdown", 1 February 2026, https://thehindu.com/a)`: what is known, in that order. */
export function fullCitation(source: CitedSource): string {
  const parts = [sourceLabel(source)];
  if (source.title) parts.push(`"${source.title.replace(/\s+/g, ' ').trim()}"`);
  if (source.date) parts.push(formatDate(source.date));
  if (source.url) parts.push(source.url);
  return `(${parts.join(', ')})`;
}

/** A Pandoc citation key made from the source when the bibliography has none: "thehindu2026", "newsgram2026". */
export function pandocKey(source: CitedSource): string {
  const name = sourceLabel(source)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
  return `${name || 'source'}${source.date?.slice(0, 4) ?? ''}`;
}

/** The edits that cite `source` after a claim ending at `claimEnd`, in a resolved style. */
export function styledCitationEdits(
  text: string,
  claimEnd: number,
  source: CitedSource,
  style: ResolvedCitationStyle,
  bibKey: string | null = null,
): OffsetEdit[] {
  if (style === 'full') return [{ start: claimEnd, end: claimEnd, newText: ` ${fullCitation(source)}` }];
  if (style === 'pandoc')
    return citationEdits(text, claimEnd, source, 'pandoc', { bibKey: bibKey ?? pandocKey(source) });
  if (style === 'footnote') return citationEdits(text, claimEnd, source, 'footnote');
  return [{ start: claimEnd, end: claimEnd, newText: ` ${inlineCitation(source)}` }];
}
