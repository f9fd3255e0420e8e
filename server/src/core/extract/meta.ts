// Document metadata from YAML front matter or from the opening lines of a news file:
// "Source The Hindu", "Source: Reuters", "By Tatkaal Khabar / 02-02-2026 03:15:20 am | 269 Views",
// "Author : NewsGram Desk", "Published: 2 February 2026", a URL (whose site names the outlet when no line does),
// a Pandoc title block ("% Title" / "% Author" / "% Date"), and a headline-like title.

import type { DocumentMeta } from '../types';
import { siteName } from '../sourceLabels';
import { findDates, resolveDate, type DateMention } from './dates';

const OPENING_LINES = 12;

export interface MetaResult {
  meta: DocumentMeta;
  /** Offset where the body starts (after front matter), or 0. */
  bodyStart: number;
}

function unquote(value: string): string {
  const v = value.trim();
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1);
  return v;
}

/**
 * The first full date of a line, as the file's date. A date in figures whose day and month may be read either way is
 * read month first when an American time zone follows it ("UPDATED 05/03/2013 at 11:00 AM EDT": May 3), else as
 * written, day first (see dateAsInUrl).
 */
function firstDate(value: string): string | null {
  for (const d of findDates(value)) {
    if (d.kind !== 'date' || d.year === null) continue;
    const american = isEitherWay(value, d) && AMERICAN_ZONE.test(value.slice(d.end));
    return resolveDate(american ? { ...d, day: d.month, month: d.day } : d, null);
  }
  return null;
}

/** An American time zone after a time ("11:00 AM EDT", "1:26 PM ET"). */
const AMERICAN_ZONE = /^[^\n]{0,20}\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*[ECMP][SD]?T\b/;

/** Whether a date is written in figures that may be day then month or month then day ("4/9/2007"). */
function isEitherWay(value: string, d: DateMention): boolean {
  return d.day !== null && d.day !== d.month && d.day <= 12 && /^\d{1,2}[-/.]\d/.test(value.slice(d.start, d.end));
}

function frontMatter(text: string): { fields: Map<string, string>; end: number } | null {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return null;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = m[0].length - 1;
  const c = close.exec(text);
  if (!c) return null;
  const fields = new Map<string, string>();
  for (const line of text.slice(m[0].length, c.index).split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields.set(kv[1].toLowerCase(), unquote(kv[2]));
  }
  return { fields, end: c.index + c[0].length };
}

/** A "Source" line that credits a picture ("Source: Jdarsie11 / Wikimedia Commons"), not the article. */
const PHOTO_CREDIT = /[/|]|\b(?:Wikimedia|Commons|Getty|Shutterstock|Flickr|Photo|Image)\b/i;

/** Whether a line is one date with at most a weekday before it and a time after it. */
function isDateLine(line: string): boolean {
  const d = findDates(line).find((x) => x.kind === 'date' && x.year !== null && x.day !== null);
  if (!d) return false;
  return (
    /^[\s,]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,]*$/i.test(line.slice(0, d.start)) &&
    /^[\s,.]*(?:(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$/i.test(line.slice(d.end))
  );
}

/** A byline with a page's counters ("By Tatkaal Khabar / 02-02-2026 | 269 Views | 0 Comments"): a site posting as itself. */
const PAGE_COUNTERS = /\b\d[\d,]*\s+(?:Views|Comments|Shares|Reads)\b/i;

/** A byline that names no one: "our political reporter", "a staff writer", "our correspondents". */
const UNNAMED_BYLINE = /^(?:our|a|an)\s+(?:[a-z-]+\s+){0,2}(?:reporter|correspondent|writer|editor|staff)s?$/i;

/** A byline that names a newsroom, not a person: "NewsGram Desk", "Dawn Staff", "Reuters Bureau" → the outlet. */
const NEWSROOM_BYLINE = /^(.+?)\s+(?:News\s+)?(?:Desk|Staff|Bureau|Newsroom|Web Team|Team)$/i;

/** A Pandoc title block: "% Title", "% Author(s)", "% Date" as the first lines. */
function pandocTitleBlock(
  text: string,
): { title: string | null; author: string | null; date: string | null; end: number } | null {
  // "%" then a space or the end of the line, as Pandoc writes it ("%PDF-1.4" is no title block).
  const m = /^\uFEFF?%(?:[ \t]+(.*))?\r?\n(?:%(?:[ \t]+(.*))?(?:\r?\n|$))?(?:%(?:[ \t]+(.*))?(?:\r?\n|$))?/.exec(
    text.slice(0, 2000),
  );
  if (!m) return null;
  return { title: m[1]?.trim() || null, author: m[2]?.trim() || null, date: m[3]?.trim() || null, end: m[0].length };
}

/** The first OPENING_LINES lines of `head` (split by a string when no "\r" ends a line: faster than by a regular expression). */
function openingLines(head: string): string[] {
  return head.indexOf('\r') < 0 ? head.split('\n', OPENING_LINES) : head.split(/\r\n|\r|\n/, OPENING_LINES);
}

/** A date in a URL's path: "/2007-04-11-office-shooting_N.htm", "/story/2007/04/11/". */
const URL_DATE = /\/((?:19|20)\d\d)[-/](0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])(?=[-/_.]|$)/;

/**
 * A numeric date whose day and month may be read either way ("Updated 4/11/2007" is 11 April in an American paper,
 * 4 November in a British one): the reading the page's URL gives ("/2007-04-11-office-shooting") when it is the other.
 */
function dateAsInUrl(date: string, url: string): string {
  const m = URL_DATE.exec(url);
  if (!m) return date;
  const [year, month, day] = date.split('-');
  return year === m[1] && month === m[3] && day === m[2] ? `${m[1]}-${m[2]}-${m[3]}` : date;
}

export function readMeta(text: string): MetaResult {
  const meta: DocumentMeta = { title: null, outlet: null, author: null, date: null, url: null };
  let bodyStart = 0;
  const fm = frontMatter(text);
  if (fm) {
    const f = fm.fields;
    meta.title = f.get('title') || null;
    meta.outlet =
      f.get('outlet') || f.get('source') || f.get('publisher') || f.get('publication') || f.get('site') || null;
    meta.author = f.get('author') || f.get('by') || f.get('byline') || null;
    const date = f.get('date') || f.get('published') || f.get('pubdate') || f.get('published_at') || f.get('updated');
    if (date) meta.date = /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : firstDate(date);
    meta.url = f.get('url') || f.get('link') || f.get('source_url') || f.get('canonical') || null;
    if (meta.outlet && /^https?:\/\//.test(meta.outlet)) {
      meta.url = meta.url ?? meta.outlet;
      meta.outlet = null;
    }
    bodyStart = fm.end;
  } else {
    const block = pandocTitleBlock(text);
    if (block) {
      meta.title = block.title;
      meta.author = block.author;
      if (block.date)
        meta.date = /^\d{4}-\d{2}-\d{2}/.test(block.date) ? block.date.slice(0, 10) : firstDate(block.date);
      bodyStart = block.end;
    }
  }
  const head = openingLines(text.slice(bodyStart, bodyStart + 4000));
  let contentLines = 0;
  let siteByline: string | null = null;
  for (const rawLine of head) {
    const line = rawLine.trim();
    if (!line) continue;
    let m: RegExpExecArray | null;
    if (
      !meta.outlet &&
      (m = /^(?:Source|Publication|Publisher|Outlet)\s*[:\-–]?\s+(.{2,60})$/i.exec(line)) &&
      !/[.!?]$/.test(m[1]) &&
      !PHOTO_CREDIT.test(m[1])
    ) {
      meta.outlet = m[1].trim();
      continue;
    }
    if (
      !meta.author &&
      (m = /^(?:Author|Written by|By)\s*[:\-–]?\s*([^/|,\n]{2,60}?)\s*(?:[/|,]|$)/i.exec(line)) &&
      line.length < 200 &&
      !/[.!?]$/.test(line.split(/[/|]/)[0].trim())
    ) {
      // "By our political reporter": a byline of the paper's own, no one named.
      meta.author = UNNAMED_BYLINE.test(m[1].trim()) ? null : m[1].trim();
      if (PAGE_COUNTERS.test(line)) siteByline = meta.author;
      if (!meta.date) meta.date = firstDate(line);
      continue;
    }
    if (!meta.date && (m = /^(?:Published|Updated|Date|Posted)(?: on)?\s*[:\-–]?\s*(.+)$/i.exec(line))) {
      meta.date = firstDate(m[1]);
      continue;
    }
    if (!meta.url && (m = /^(?:URL|Link)?\s*:?\s*(https?:\/\/\S+)$/i.exec(line))) {
      meta.url = m[1];
      continue;
    }
    // A line that is only a date: "May 03, 2013", "Tuesday, May 24, 2005", "May 2, 2013, 1:12 PM".
    if (line.length <= 50 && isDateLine(line)) {
      if (!meta.date) meta.date = firstDate(line);
      continue;
    }
    // A dateline with a date at its start: "Pakistan | Feb 2, 2026 ...".
    if (!meta.date && line.length < 400) {
      const d = findDates(line.slice(0, 60)).find((x) => x.kind === 'date' && x.year !== null && x.day !== null);
      if (d && /^[^.!?]{0,30}[|–—-]\s*$/.test(line.slice(0, d.start))) meta.date = resolveDate(d, null);
    }
    contentLines++;
    if (line.length > 250 || /[.!?]["”’]?$/.test(line)) contentLines = Number.POSITIVE_INFINITY; // body text: no title after it
    if (
      !meta.title &&
      contentLines <= 3 &&
      line.length >= 15 &&
      line.length <= 250 &&
      !/[.!?,;]$/.test(line) &&
      line.split(/\s+/).length >= 3 &&
      !/^(?:Source|By|Author)\b/i.test(line) &&
      !/[a-z]\.\s[A-Z]/.test(line)
    ) {
      meta.title = line.replace(/^#+\s*/, '');
    }
  }
  if (meta.outlet && /^https?:\/\//i.test(meta.outlet)) {
    meta.url = meta.url ?? meta.outlet;
    meta.outlet = null;
  }
  if (meta.date && meta.url) meta.date = dateAsInUrl(meta.date, meta.url);
  if (!meta.outlet && meta.author) meta.outlet = NEWSROOM_BYLINE.exec(meta.author)?.[1] ?? siteByline;
  if (!meta.outlet && meta.url) meta.outlet = siteName(meta.url);
  return { meta, bodyStart };
}
