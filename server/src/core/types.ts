// The analysis core's data model. Plain data only: no LSP or VS Code types.
// Offsets are UTF-16 code unit offsets into the document text (JavaScript string indices);
// lines and characters are 0-based, characters in UTF-16 code units (as LSP wants them).

export interface Range {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/** A half-open [start, end) span of UTF-16 offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

export type Qualifier =
  'exact' | 'at least' | 'more than' | 'nearly' | 'about' | 'up to' | 'fewer than' | 'range' | 'vague' | 'increment';

export interface ClaimValue {
  /** The number as written: a number, or [low, high] for a range. */
  stated: number | [number, number];
  /** The interval the qualifier implies; null where unbounded. */
  low: number | null;
  high: number | null;
  /**
   * A record, score or vote ("52-3", "45-7-2", "2-0", "won 6-4, 6-3", "52-48"): its numbers in the order written
   * (`stated`, `low` and `high` give the first). Two such figures agree only when every part does.
   */
  parts?: number[];
}

/**
 * What kind of quantity a figure is: a head count, money, a share, a length of time; or an ordinal that ranks
 * something of someone ("his sixth defense of the title", "the fourth head coach since ...").
 */
export type QuantityKind = 'count' | 'money' | 'percent' | 'duration' | 'other' | 'ordinal';

/** Whether the text asserts the figure, reports someone's claim of it, or rejects it. */
export type Stance = 'asserted' | 'claimed' | 'rejected';

export interface ClaimAttribution {
  /** Who said it, e.g. "Interior Minister Mohsin Naqvi", "state media". */
  source: string;
  /** The cue word, e.g. "confirmed", "said", "according to". */
  cue: string;
  /** The source as written when `source` resolves it (a pronoun "he" → "Mohsin Naqvi"). */
  written?: string;
}

/** A running total ("so far", "since the war began", "in total") or an increment ("another 22", "22 more"). */
export type FrameScope = 'running' | 'increment';

/**
 * An earlier report of a figure ("initially", "earlier", "first reports"), a later one ("later", "has since risen"),
 * or a projection, no report at all ("if the track sold 500,000 copies", "is expected to sell 300,000").
 */
export type FrameStage = 'earlier' | 'later' | 'projected';

/**
 * What a figure counts, where, when and of whom, read from its sentence for any noun and any verb: two figures
 * are compared only when their frames denote the same quantity.
 */
export interface QuantityFrame {
  /** The thing measured, lemmatised, with its modifiers: "armoured vehicle", "civilian", "damage"; null if implied. */
  measured: string | null;
  /** The counted noun's head, singular lower case ("vehicle"); null for money, shares and measures. */
  head: string | null;
  /** The head's modifiers in the counted phrase, lower case ("armoured"). */
  modifiers: string[];
  /** The event, normalised: "killed" (killed, dead, died, death toll), "destroyed" (burnt, razed), "cancelled"; any verb's stem else. */
  event: string | null;
  /** Whose figure it is when a name says so ("Brand" in "Brand's 15.9 points", "China" in "China produced 12m tons"); null if none. */
  agent: string | null;
  /** Where the figure's own clause sets it: a name as written ("Kabul") or a common noun ("market", "school in Gaza"); null if it does not say. */
  place: string | null;
  /** The day or window the figure's clause gives its event ("tuesday", "overnight"), not a statement's; null if none. */
  time: string | null;
  /**
   * The year the figure's sentence dates it to ("In 2019, an attack killed 40": 2019), not an aside's ("The group,
   * founded in 2004, said"), a baseline's ("higher than in 2012") or a running count's start ("since 2003"); null
   * when it names none or several. Set by the extractor; absent from frames built by hand.
   */
  year?: number | null;
  scope: FrameScope | null;
  stage: FrameStage | null;
  /** count, money, percent, length, mass, volume, speed, area, duration, other, ordinal (then `measured` is what is ranked). */
  dimension: string;
  /** The unit the value compares in: a currency ("dollar"), "percent", a base unit ("metre"); null for a head count. */
  unit: string | null;
  /** Factor from the figure as written to `unit` (km → metre: 1000). */
  scale: number;
  /** The two sides of a match whose result the figure is ("Chelsea", "Arsenal"), when both are read. */
  sides?: string[];
  /**
   * For a length, mass, area, volume or speed read as a property of an object (`measured`: "a 72-foot tall spruce",
   * "the plane was 1,700 feet in the air", "a missile with a range of 3,000 km"), which of its extents it is:
   * "height", "length", "width", "depth", "range", "distance", "mass", ...; absent when unsaid ("a 70-foot fir").
   */
  extent?: string;
}

/** Names and dates near a claim, so that the conflict engine can tell one event from another. */
export interface EventContext {
  places: string[];
  organisations: string[];
  people: string[];
  /** ISO dates (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text says) near the claim. */
  dates: string[];
}

export interface Claim extends Range, Span {
  /** Unique in one analysis run: `${file}:${line}:${character}`. */
  id: string;
  /** Workspace-relative path with forward slashes (or an absolute path / URI where no root applies). */
  file: string;
  /** Exact source text of the claim's figure, e.g. "at least 31 civilians". */
  text: string;
  /** The whole sentence the claim stands in. */
  sentence: string;
  value: ClaimValue;
  qualifier: Qualifier;
  quantityKind: QuantityKind;
  /** What is counted, as written, e.g. "security personnel"; null if none. */
  unit: string | null;
  /** The counted noun's head, normalised to the singular lower case, e.g. "militant"; null if none. */
  unitKey: string | null;
  /** The event predicate, normalised, e.g. "killed", "wounded", "arrested"; null if none. */
  predicate: string | null;
  attribution: ClaimAttribution | null;
  stance: Stance;
  /** ISO date the figure refers to or was reported, or null. */
  asOf: string | null;
  context: EventContext;
  /** Index of the sentence, and of the paragraph, in the document (0-based). */
  sentenceIndex: number;
  paragraphIndex: number;
  /** Id of an earlier claim of the same document that states the same figure in repeated text. */
  repeatOf: string | null;
  /** For a partitive unit ("members of Pakistan's law enforcement agencies", "bodies of militants"), the
   * head of the "of" phrase, singular lower case ("law enforcement agency", "militant"). */
  unitOf?: string | null;
  /** What the figure counts, where, when and of whom (absent from analyses built by hand). */
  frame?: QuantityFrame;
}

/** An attribution found in a document, whether or not it covers a figure. */
export interface AttributionRecord extends Range, Span {
  source: string;
  cue: string;
  /** The attributed text. */
  content: string;
  /** The source resolved when it is a pronoun ("he" → "Mohsin Naqvi"); else equal to source. */
  speaker?: string;
  sourceSpan?: Span;
  cueSpan?: Span;
  contentSpan?: Span;
}

/** Outlet, author, date and URL of a document, from its opening lines, front matter or a sidecar. */
export interface DocumentMeta {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date of publication, or null. */
  date: string | null;
  url: string | null;
}

/** A date the text gives for an event ("violence erupted early Saturday, January 31, 2026"). */
export interface EventDate extends Range, Span {
  id: string;
  /** What happened, normalised: "began", "ended", ... */
  event: string;
  /** The event's subject as written, e.g. "attacks", "operations", "violence". */
  subject: string;
  /**
   * ISO date (YYYY-MM-DD), or as much of it as the text gives: "YYYY-MM", "YYYY", "--MM-DD" (a day without a year
   * in a file that gives no date of its own), "" (a weekday alone, see weekday).
   */
  date: string;
  /** The weekday the text names with it, if any ("saturday"). */
  weekday: string | null;
  text: string;
  /** The sentence the date is read from. */
  sentence?: string;
  /**
   * An open or wide date: "after 1957", "before 1960", "by 1958", "in the 1950s", "the 86-year-old structure" (`age`:
   * the year an age counts back to from the file's date, or the year before it); absent: the date itself.
   */
  qualifier?: DateQualifier;
  /** A dated statement's quoted words (lower case, its first 60): what tells one statement across files. */
  quote?: string;
  /**
   * In a file without a date, the years an age or "N years ago" counts back ("185 years ago"; `date` is "" and
   * `qualifier` `age`): the engine counts them back from the story's year.
   */
  yearsBack?: number;
  /** A clock time of the event: the time as written, then the same time in another zone beside it ("noon (7 a.m. ET)"). */
  clock?: ClockTime[];
}

/** A time of day as written ("12:50 BST", "about noon", "7:24 a.m. Sunday, Singapore time"). */
export interface ClockTime {
  text: string;
  /** Minutes after midnight on the clock it is given by; two for an hour without a.m. or p.m. ("at 6:12"). */
  minutes: number[];
  /** How far (minutes) the event may be from it: 0 for "12:50", 30 for "noon" or "7 a.m.", 15 for "about 6:15". */
  slack: number;
  /** The zone or the place whose clock it is ("BST", "Singapore"), or null: the event's local clock. */
  zone: string | null;
  /** The zone's offsets from UTC in minutes: one, [standard, summer] (seasonal), or a country's several zones. */
  offsets: number[];
  /** The season the zone's name tells: BST and EDT are summer time, EST winter time. */
  season?: 'summer' | 'winter';
  /** offsets are [standard, summer time] ("ET"): which one is told by the season of another time of the event. */
  seasonal?: true;
}

/** What the word before an event's date makes of it (see intervals.ts dateInterval). */
export type DateQualifier = 'after' | 'before' | 'by' | 'decade' | 'age';

/** A mention of a named organisation, with its acronym when the text gives one. */
export interface NameMention extends Range, Span {
  id: string;
  name: string;
  acronym: string | null;
}

/**
 * An inline `crosscheck-ignore` marker: drops the findings it targets on the lines it covers
 * (`<!-- crosscheck-ignore conflict -->` in Markdown, a `crosscheck-ignore: conflict` line in plain text).
 */
export interface Suppression {
  /** The marker's own line (0-based). */
  line: number;
  /** The lines it covers, inclusive (0-based); the whole file for `crosscheck-ignore-file`. */
  fromLine: number;
  toLine: number;
  /** Finding kinds, finding ids or id prefixes; empty means every finding. */
  targets: string[];
}

/**
 * A `crosscheck-not-comparable` marker: the figure it names (as written, normalised: "40 militants", or its first
 * words, "40"; null: every figure) on the lines it covers is a different count, compared with nothing.
 */
export interface ComparabilityMark {
  /** The marker's own line (0-based). */
  line: number;
  /** The lines it covers, inclusive (0-based). */
  fromLine: number;
  toLine: number;
  figure: string | null;
}

/** A figure the extractor does not read, and why: what a reader sees is not what is written. */
export interface UnreadFigure extends Range, Span {
  text: string;
  reason: string;
}

export interface DocumentAnalysis {
  file: string;
  meta: DocumentMeta;
  claims: Claim[];
  attributions: AttributionRecord[];
  eventDates: EventDate[];
  names: NameMention[];
  /** Inline suppression markers found in the text (see core/conflicts/suppressions.ts). */
  suppressions?: Suppression[];
  /** Inline `crosscheck-not-comparable` markers (see core/conflicts/suppressions.ts). */
  notComparable?: ComparabilityMark[];
  /** Figures not read, with the reason (only when there are some): a figure inside a right-to-left override. */
  unread?: UnreadFigure[];
  /** The names the whole text mentions most (lower-cased proper-noun tokens): the story fingerprint the engine scopes by. */
  keywords?: string[];
}

export type FindingKind =
  'conflict' | 'revision' | 'internal' | 'attributed' | 'date' | 'weekday' | 'name-variant' | 'unattributed';

/** LSP's severity names. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** One source's figure in a finding, in time order. */
export interface TimelineEntry {
  claimId: string;
  file: string;
  /** The figure as a person reads it, e.g. "at least 145". */
  figure: string;
  date: string | null;
  source: string | null;
  outlet: string | null;
  /** How a person names the entry's document: its outlet, else its byline, else a short form of its file name. */
  label: string;
  /** True when a later figure from a revision supersedes this one. */
  superseded: boolean;
  /** Every claim (or span) id this entry stands for: the same figure repeated in one file is one entry. */
  claims?: string[];
}

export interface Finding {
  /** Stable across runs and edits elsewhere in the files: derived from kind, subject and the figures. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** What is counted or dated, e.g. "militants killed". */
  subject: string;
  /** Claim ids (or, for date / name findings, ids of the spans involved). */
  claims: string[];
  /** One line a person can act on. */
  message: string;
  timeline: TimelineEntry[];
  /** For figure findings: the frame the compared figures share, and that frame in words ("killed · at the market in kabul · tuesday"). */
  frame?: FindingFrame;
  /**
   * For a conflict found only by reading an approximate figure as rounded to its last written digit (its figures'
   * intervals overlap): which figure is not which other rounded ("about half is not 40% rounded").
   */
  rounding?: string;
}

/** The quantity a figure finding is about: what its figures have in common. */
export interface FindingFrame {
  measured: string | null;
  event: string | null;
  place: string | null;
  time: string | null;
  scope: FrameScope | null;
  unit: string | null;
  /** The frame in words, as the message gives it. */
  words: string;
  /**
   * For a conflict of figures whose frames agree only in part (severity information: a loose reading of a quantity
   * that gives no other conflict), why they may still be one quantity: `ratio`, how many times apart the figures
   * are when that is more than frames naming a thing in part are otherwise compared at, else null; `why`, the same
   * in words, as the message ends ("may be one quantity: one kind of it, but the figures are 1.9 times apart").
   */
  partial?: { ratio: number | null; why: string };
}
