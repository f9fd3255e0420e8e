// The claim extractor: text in, DocumentAnalysis out (claims, attributions, metadata, event dates,
// organisation names). Plain functions, no I/O. See the modules beside this one for each layer:
// sentences → tokens → dates (exclusions) → quantities → predicates → attributions → assembly.

import { LineIndex } from '../text/lineIndex';
import { segment, type Sentence } from '../text/sentences';
import { firstStartingAt, tokenize, type Token } from '../text/tokens';
import { WORD_SIGNATURES, wordSignature } from '../text/wordFilter';
import type {
  AttributionRecord,
  Claim,
  ClaimAttribution,
  DocumentAnalysis,
  EventDate,
  NameMention,
  QuantityFrame,
  Stance,
  UnreadFigure,
} from '../types';
import { findAttributions, isPronounSource, isQuoteMark, type RawAttribution } from './attribution';
import { dayIndex, findDates, relativeDates, resolveDate, type DateMention } from './dates';
import { readMeta } from './meta';
import {
  findNames,
  namedAreas,
  ORG_HEADS,
  sentenceEntities,
  type NamedArea,
  type RawName,
  type SentenceEntities,
} from './names';
import { assignPredicates } from './predicates';
import {
  areaReferredTo,
  assignFrames,
  countedGroup,
  countsPartOfPronoun,
  eventKey,
  isAgeFrame,
  leadsToStart,
  namedGroup,
  openingName,
  textLeadsToBaseline,
  type CountedGroup,
} from './frames';
import { ageDatesOf, eventDatesOf } from './eventDates';
import { figureYear, inAside, namedYears, type NamedYear } from './figureYear';
import { CLOCK_WORDS, eventTimesOf } from './eventTimes';
import { isMarkdownFile, readMarkdown, sentencesInBlocks } from './markdown';
import { findQuantities, OCCASION_WORDS, readCellLabel, type CellLabel, type RawQuantity } from './quantities';
import { WORD_STARTS } from './numbers';
import { findOrdinals, ORDINAL_CUES } from './ordinals';
import {
  isCountry,
  PERSON_PRONOUNS,
  SAYING_VERB_FORMS,
  SPEAKER_NOUNS,
  SPEECH_CUES,
  type PredicateName,
} from './lexicon';

/** Bumped whenever the extractor's output changes: the persisted index is keyed by it. */
export const EXTRACTOR_VERSION = '2.21.30';

export interface AnalyzeOptions {
  /** The date relative words ("on Monday") resolve against when the text gives none (ISO). */
  referenceDate?: string;
}

/** A sentence, with the label of the table cell it is (Markdown). */
type LabelledSentence = Sentence & { label?: string | null };

interface SentenceData {
  sentence: Sentence;
  /** Offset of the first token, and whether a colon stands in the sentence (a table row). */
  firstTokenStart: number;
  hasColon: boolean;
  /** The event dates the sentence gives, found while its tokens were at hand. */
  events: EventDate[];
  quantities: RawQuantity[];
  predicates: Array<PredicateName | null>;
  frames: QuantityFrame[];
  attributions: RawAttribution[];
  names: RawName[];
  dates: DateMention[];
  entities: SentenceEntities | null;
}

const START_VERBS = new Set([
  'began',
  'begun',
  'begin',
  'begins',
  'erupted',
  'erupts',
  'started',
  'starts',
  'launched',
  'commenced',
  'broke',
  'opened',
  'kicked',
  'unfolded',
  'started',
]);
const EVENT_NOUNS = new Set([
  'attack',
  'attacks',
  'violence',
  'operation',
  'operations',
  'fighting',
  'clashes',
  'clash',
  'offensive',
  'assault',
  'assaults',
  'crackdown',
  'strike',
  'strikes',
  'protest',
  'protests',
  'war',
  'raid',
  'raids',
  'hijacking',
  'siege',
  'insurgency',
  'unrest',
  'riots',
  'riot',
  'escalation',
  'campaign',
  'bombing',
  'bombings',
  'battle',
  'conflict',
  'hostilities',
  'shelling',
  'invasion',
  'uprising',
  'rebellion',
  'revolt',
  'shootings',
  'shooting',
  'blasts',
  'blast',
  'explosions',
  'explosion',
  'storm',
  'flooding',
  'floods',
  'earthquake',
  'fire',
  'fires',
  'outbreak',
  'epidemic',
  'trial',
  'talks',
  'election',
  'elections',
  'strikes',
  'walkout',
  'blockade',
  'occupation',
  'evacuation',
  'ceasefire',
]);

const REJECTION_BEFORE =
  /\b(?:lower|higher|fewer|less|smaller|greater|larger|bigger)\s+than\s+(?:the\s+)?(?:media\s+)?(?:reports?|claims?|figures?|estimates?|suggestions?|numbers?)\b(?:[^.;,]|,\d)*$/i;
const REJECTION_VERB_BEFORE =
  /\b(?:reject\w*|den(?:y|ied|ies)|dismiss\w*|disput\w*)\b[^.;]{0,80}\b(?:claims?|reports?)\s+(?:of|that|suggesting)\b(?:[^.;,]|,\d)*$/i;
/** Every match of UNVERIFIED holds one of these: a cheap test that most sentences fail. */
const MAY_BE_UNVERIFIED = /not|un(?:verif|confirm)/i;
const UNVERIFIED =
  /\b(?:not\s+been\s+(?:independently\s+)?(?:confirmed|verified)|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:confirmed|verified|verify|confirm)|unverified|unconfirmed|cannot\s+be\s+(?:independently\s+)?verified)\b/i;
/** Cues of what a source says or reckons: an attribution by one whose words run to its sentence's end covers the
 * figures of the next sentence of its paragraph; the event dates leave these verbs aside. */
const SAY_CUES = new Set([
  ...SAYING_VERB_FORMS,
  'confirmed',
  'confirms',
  'announced',
  'announces',
  'reported',
  'reports',
  'according to',
  'noted',
  'explained',
  'insisted',
  'estimated',
  'estimates',
]);
const CLAIM_CUES = new Set(['claims', 'claimed', 'claim', 'claiming', 'alleged', 'alleges', 'allege']);
const ANAPHORIC_CONTENT =
  /^(?:the|these|those|its|their)\s+(?:\w+\s+)?(?:figures?|toll|tolls|numbers?|tally|count|casualty|casualties|death)\b/i;

function isoRange(mentions: DateMention[], reference: string | null): ResolvedDate[] {
  const out: ResolvedDate[] = [];
  for (const m of mentions) {
    if (m.kind === 'time') continue;
    const iso = resolveDate(m, reference);
    if (iso) out.push({ iso, start: m.start, end: m.end, mention: m });
  }
  return out;
}

/** The reference date: the document's date, else the latest full date it gives. */
function referenceDateOf(mentions: DateMention[], metaDate: string | null, given?: string): string | null {
  if (given) return given;
  if (metaDate) return metaDate;
  let latest: string | null = null;
  for (const m of mentions) {
    if (m.kind === 'date' && m.year !== null && m.month !== null && m.day !== null) {
      const iso = resolveDate(m, null);
      if (iso && (latest === null || iso > latest)) latest = iso;
    }
  }
  if (latest === null) return null;
  // Dates without a year ("Monday, February 2") count too once they take the year of the latest full date.
  const year0 = latest;
  for (const m of mentions) {
    if (m.kind === 'date' && m.year === null && m.day !== null) {
      const iso = resolveDate(m, year0);
      if (iso && iso > latest && (dayIndex(iso) ?? 0) - (dayIndex(year0) ?? 0) <= 62) latest = iso;
    }
  }
  return latest;
}

const NEEDS_QUANTITIES = 1;
const NEEDS_ATTRIBUTIONS = 2;
const NEEDS_NAMES = 4;
const NEEDS_EVENTS = 8;
const NEEDS_ORDINALS = 16;
const NEEDS_CLOCK = 32;
const NEEDS_RELATIVE = 64;
const NEEDS_AGE = 128;
/** A pronoun that may speak after a quotation ("“...,” he mumbles"), and a quotation mark: together they need attributions. */
const NEEDS_PRONOUN = 256;
const NEEDS_QUOTE_MARK = 512;
/** For each word that can start a figure, cue an attribution, end an organisation name or start an event: which reader it needs. */
const NEEDS = new Map<string, number>();
function need(words: Iterable<string>, flag: number): void {
  for (const w of words) NEEDS.set(w, (NEEDS.get(w) ?? 0) | flag);
}
need(WORD_STARTS, NEEDS_QUANTITIES);
need(OCCASION_WORDS.keys(), NEEDS_QUANTITIES); // "married twice"
need(['half'], NEEDS_QUANTITIES); // "half the women": a share
need(ORDINAL_CUES, NEEDS_ORDINALS); // "his sixth defense"
need(SPEECH_CUES, NEEDS_ATTRIBUTIONS);
need(['according', 'emerged', 'put', 'puts'], NEEDS_ATTRIBUTIONS); // "emerged in X reports", "put the toll at 50"
// "“...,” he mumbles": without a cue word, a pronoun speaks only after a quotation mark, and the speaker a quotation
// is signed with ("“...” — Jane Smith", "Jane Smith: “...”") is read only beside one (see findAttributions).
need(['he', 'she', 'they', 'we'], NEEDS_PRONOUN);
need(ORG_HEADS, NEEDS_NAMES);
need(START_VERBS, NEEDS_EVENTS);
need(CLOCK_WORDS, NEEDS_CLOCK); // "about noon"
need(['ago', 'last', 'this'], NEEDS_RELATIVE); // "185 years ago", "last year"
need(['old'], NEEDS_AGE); // "the 86-year-old structure"
/**
 * A cheap pre-filter for NEEDS: for lower-case ASCII words, the union of the flags of every NEEDS word with
 * the same length (up to 15), first letter and last letter. A word whose entry adds nothing to what the
 * sentence already needs is never looked up; the others are looked up in NEEDS exactly.
 */
const NEEDS_SIGNATURE = new Uint16Array(WORD_SIGNATURES);
for (const [word, flags] of NEEDS) {
  const signature = wordSignature(word);
  if (signature >= 0) NEEDS_SIGNATURE[signature] |= flags;
}
/**
 * The NEEDS words of each signature only one or two have (compared directly, without hashing the token: "three"
 * and "twice" share one), else null; the second is null when only one has it.
 */
const NEEDS_ONLY_WORD: Array<string | null> = new Array<string | null>(WORD_SIGNATURES).fill(null);
const NEEDS_SECOND_WORD: Array<string | null> = new Array<string | null>(WORD_SIGNATURES).fill(null);
{
  const wordsOf = new Map<number, string[]>();
  for (const word of NEEDS.keys()) {
    const signature = wordSignature(word);
    if (signature >= 0) wordsOf.set(signature, [...(wordsOf.get(signature) ?? []), word]);
  }
  for (const [signature, words] of wordsOf) {
    if (words.length > 2) continue;
    NEEDS_ONLY_WORD[signature] = words[0];
    NEEDS_SECOND_WORD[signature] = words[1] ?? null;
  }
}
/** Flags the NEEDS map gives a word token, skipping the look-up when it cannot add to `needs`. */
function needsOf(token: Token, needs: number): number {
  const signature = token.signature;
  if (signature >= 0) {
    const flags = NEEDS_SIGNATURE[signature];
    if ((flags & ~needs) === 0) return 0;
    const onlyWord = NEEDS_ONLY_WORD[signature];
    if (onlyWord !== null) {
      const second = NEEDS_SECOND_WORD[signature];
      if (second === null) return token.lower === onlyWord ? flags : 0;
      if (token.lower !== onlyWord && token.lower !== second) return 0;
    }
  }
  return NEEDS.get(token.lower) ?? 0;
}
const NO_QUANTITIES: RawQuantity[] = [];
const NO_ATTRIBUTIONS: RawAttribution[] = [];
const NO_FRAMES: QuantityFrame[] = [];
/** How many bare years in asides ("founded in 2004,") a figure's date may look past. */
const MAX_ASIDES = 3;
const PREDICATE_NAMES = new Set<string>([
  'killed',
  'wounded',
  'arrested',
  'freed',
  'displaced',
  'evacuated',
  'missing',
]);
const NO_NAMES: RawName[] = [];
const NO_DATES: DateMention[] = [];
const NO_EVENTS: EventDate[] = [];

/** Shared all-zero marks for sentences without dates (never written to). */
const NO_MARKS = new Uint8Array(4096);

export function analyzeDocument(original: string, file: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const lines = new LineIndex(original);
  const { meta, bodyStart } = readMeta(original);
  // A Markdown file is read as its prose: the same offsets, everything else blanked (see markdown.ts).
  const markdown = isMarkdownFile(file) ? readMarkdown(original, bodyStart) : null;
  const text = markdown ? markdown.prose : original;
  const sentences: LabelledSentence[] = markdown
    ? sentencesInBlocks(text, segment(text).sentences, markdown.blocks)
    : segment(text).sentences;
  const allDates = findDates(text, bodyStart);
  const reference = referenceDateOf(allDates, meta.date, options.referenceDate);
  const anchor = options.referenceDate ?? meta.date ?? datelineOf(allDates, bodyStart);
  const data = readSentences(text, file, sentences, bodyStart, allDates, { reference, anchor }, lines);
  const { attributions, recordOf } = attributionRecords(text, data, lines);
  const assembly: Assembly = {
    text,
    original,
    file,
    lines,
    reference,
    recordOf,
    covering: new Map(),
    coveringSentence: new Map(),
    acronymOf: acronymsOf(data),
    firstOfKey: new Map(),
    claims: [],
    names: [],
    eventDates: [],
  };
  coverQuantities(data, assembly);
  coverAnaphoricFigures(data, assembly);
  for (const d of data) {
    assembleSentence(d, assembly);
    // Event dates are rare: pushed here rather than in assembleSentence, whose optimised code the first one would throw away.
    if (d.events.length) assembly.eventDates.push(...d.events);
  }
  const analysis: DocumentAnalysis = {
    file,
    meta,
    claims: assembly.claims,
    attributions,
    eventDates: assembly.eventDates,
    names: assembly.names,
  };
  // Rare: only a text with a right-to-left override can hold a figure that is seen otherwise than written.
  if (text.indexOf('\u202e') >= 0) {
    const unread = unreadFigures(original, text, sentences, lines);
    if (unread.length) analysis.unread = unread;
  }
  return analysis;
}

/** The figures inside a right-to-left override with other text, which the tokenizer does not read (Token.lower ""). */
function unreadFigures(original: string, text: string, sentences: Sentence[], lines: LineIndex): UnreadFigure[] {
  const unread: UnreadFigure[] = [];
  for (const sentence of sentences) {
    const override = text.indexOf('\u202e', sentence.start);
    if (override < 0) break;
    if (override >= sentence.end) continue;
    for (const token of tokenize(text, sentence.start, sentence.end)) {
      if (token.kind !== 'number' || token.lower !== '') continue;
      unread.push({
        ...lines.rangeOf(token.start, token.end),
        start: token.start,
        end: token.end,
        text: original.slice(token.start, token.end),
        reason: 'a right-to-left override shows this figure with other text in another order than it is written',
      });
    }
  }
  return unread;
}

/** The dates a sentence's dates are read against: the text's reference (see referenceDateOf), and its own date. */
interface Dating {
  reference: string | null;
  /** The file's own date (its metadata, else its dateline): what "Thursday" or "April 14" of an event is resolved against. */
  anchor: string | null;
}

/** How far into the body a dateline's date may start ("WASHINGTON, March 3, 2016 (AP) -"). */
const DATELINE_REACH = 120;

/** The date of a dateline: a full date at the head of the body, else null. */
function datelineOf(mentions: DateMention[], bodyStart: number): string | null {
  const first = mentions[0];
  if (
    !first ||
    first.start - bodyStart > DATELINE_REACH ||
    first.kind !== 'date' ||
    first.year === null ||
    first.day === null
  )
    return null;
  return resolveDate(first, null);
}

/** The event dates of a sentence: the start of a story's event (eventDateOf), and any event word's date. */
function sentenceEvents(
  text: string,
  tokens: Token[],
  sentence: Sentence,
  dates: DateMention[],
  dating: Dating,
  file: string,
  lines: LineIndex,
  needs: number,
): EventDate[] {
  const context = {
    text,
    tokens,
    dates: needs & NEEDS_RELATIVE ? withRelativeDates(dates, tokens, dating.anchor) : dates,
    anchor: dating.anchor,
    skipVerb: isStartOrSayVerb,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    file,
    lines,
  };
  const start = needs & NEEDS_EVENTS ? eventDateOf(text, tokens, isoRange(dates, dating.reference), file, lines) : null;
  const dated = start
    ? [{ ...start, sentence: text.slice(sentence.start, sentence.end) }]
    : eventDatesOf({ ...context, skipVerb: isSayOrEventStartVerb }).filter(startsNoStoryEvent);
  const timed = eventTimesOf(context, dated);
  const aged = needs & NEEDS_AGE ? ageDatesOf(context) : NO_EVENTS;
  return timed.length || aged.length ? [...dated, ...timed, ...aged] : dated;
}

/** A sentence's dates with those it gives relative to the file's date ("two days ago", "last year"), in text order. */
function withRelativeDates(dates: DateMention[], tokens: Token[], anchor: string | null): DateMention[] {
  const relative = relativeDates(tokens, anchor);
  return relative.length ? [...dates, ...relative].sort((a, b) => a.start - b.start) : dates;
}

/** Verbs the event dates of any verb leave aside: the start of a story's event (eventDateOf) and speech. */
function isStartOrSayVerb(t: Token): boolean {
  return START_VERBS.has(t.lower) || SAY_CUES.has(t.lower);
}

/**
 * Start verbs whose subject is a thing made to start, no story's event ("GOCE was launched in 2009", "The prison,
 * which opened in 1994"): in a sentence where no story's event starts (eventDateOf), any verb's date reads them.
 */
const THING_STARTS = new Set(['launched', 'opened']);

/** The events of THING_STARTS ("launched" is "fired"). */
const THING_START_EVENTS: ReadonlySet<string> = new Set([...THING_STARTS].map(eventKey));

/** Whether an event date is no start of a story's event ("The offensive was launched in March 2014" is one). */
function startsNoStoryEvent(date: EventDate): boolean {
  return !THING_START_EVENTS.has(date.event) || !EVENT_NOUNS.has(date.subject.toLowerCase());
}

/** Verbs the event dates of any verb leave aside where no story's event starts: speech, and the start of an event. */
function isSayOrEventStartVerb(t: Token): boolean {
  return SAY_CUES.has(t.lower) || (START_VERBS.has(t.lower) && !THING_STARTS.has(t.lower));
}

/**
 * Per sentence after the metadata: tokens, quantities, predicates, attributions, names, dates. Each sentence is
 * read by its own small function so that the engine optimises it early and cheaply.
 */
function readSentences(
  text: string,
  file: string,
  sentences: LabelledSentence[],
  bodyStart: number,
  allDates: DateMention[],
  dating: Dating,
  lines: LineIndex,
): SentenceData[] {
  const data: SentenceData[] = [];
  let datePointer = 0;
  for (const sentence of sentences) {
    if (sentence.end <= bodyStart) continue;
    while (datePointer < allDates.length && allDates[datePointer].end <= sentence.start) datePointer++;
    let dates = NO_DATES;
    if (datePointer < allDates.length && allDates[datePointer].start < sentence.end) {
      dates = [];
      for (let d = datePointer; d < allDates.length && allDates[d].start < sentence.end; d++) dates.push(allDates[d]);
    }
    const label = sentence.label ? readCellLabel(sentence.label) : null;
    const before = data.length ? data[data.length - 1] : undefined;
    const groupBefore = before && before.quantities.length ? countedGroup(before.quantities, before.frames) : null;
    // A sentence before that counts nothing may still name the group "three of them" counts (see namedGroup).
    const namingBefore = before && before.quantities.length === 0 ? before.sentence : null;
    const read = readSentence(text, file, sentence, dates, dating, lines, label, groupBefore, namingBefore);
    resolveAreaReferences(text, read, data);
    namePronounAges(text, read, before?.sentence ?? null);
    data.push(read);
  }
  return data;
}

/** How many sentences back an area noun ("died in the province") may refer to the area its text named. */
const AREA_LOOKBACK = 5;

/** Each frame place that refers back to an area ("in the province") set to the area named before it, else to none. */
function resolveAreaReferences(text: string, read: SentenceData, before: SentenceData[]): void {
  // Each sentence's areas read once, however many figures refer back (linear in the text).
  const areasOf = new Map<number, NamedArea[]>();
  const areasBack = (b: number): NamedArea[] => {
    let areas = areasOf.get(b);
    if (!areas) {
      const s = b === before.length ? read.sentence : before[b].sentence;
      areasOf.set(b, (areas = namedAreas(text, tokenize(text, s.start, s.end))));
    }
    return areas;
  };
  for (const frame of read.frames) {
    const noun = frame.place === null ? null : areaReferredTo(frame.place);
    if (noun !== null) frame.place = areaNamedBefore(noun, before.length, areasBack);
  }
}

/**
 * The area an area noun refers to: the last place named in its sentence (`last`) or, else, in the sentences before
 * (at most AREA_LOOKBACK), called by that noun or by none ("Sindh province", "across Sindh"; not "Hyderabad
 * district" for the province), and not a country.
 */
function areaNamedBefore(noun: string, last: number, areasBack: (b: number) => NamedArea[]): string | null {
  for (let b = last; b >= Math.max(0, last - AREA_LOOKBACK); b--) {
    const areas = areasBack(b);
    for (let i = areas.length - 1; i >= 0; i--) {
      const area = areas[i];
      if ((area.noun === null || area.noun === noun) && !isCountry(area.name)) return area.name;
    }
  }
  return null;
}

/**
 * "She was 85." after "Bettie Page, the pin-up model, has died.": the age is of the name the sentence before opens
 * with (frames.ts openingName), or of nobody named.
 */
function namePronounAges(text: string, read: SentenceData, before: Sentence | null): void {
  for (const frame of read.frames) {
    if (isAgeFrame(frame) && frame.agent !== null && PERSON_PRONOUNS.has(frame.agent))
      frame.agent = before ? openingName(tokenize(text, before.start, before.end)) : null;
  }
}

function readSentence(
  text: string,
  file: string,
  sentence: Sentence,
  dates: DateMention[],
  dating: Dating,
  lines: LineIndex,
  label: CellLabel | null,
  groupBefore: CountedGroup | null,
  namingBefore: Sentence | null,
): SentenceData {
  const tokens = tokenize(text, sentence.start, sentence.end);
  let excluded = NO_MARKS;
  let years = NO_MARKS;
  if (tokens.length > NO_MARKS.length) excluded = years = new Uint8Array(tokens.length);
  if (dates.length) {
    excluded = new Uint8Array(tokens.length);
    years = new Uint8Array(tokens.length);
    markDateTokens(tokens, dates, excluded, years);
  }
  const needs = readersNeeded(tokens);
  let quantities = needs & NEEDS_QUANTITIES ? findQuantities(text, tokens, { excluded, years, label }) : NO_QUANTITIES;
  if (needs & NEEDS_ORDINALS) quantities = withOrdinals(quantities, tokens, excluded);
  const predicates = assignPredicates(tokens, quantities);
  const frames = quantities.length
    ? assignFrames({
        tokens,
        quantities,
        predicates,
        excluded,
        years,
        groupBefore:
          groupBefore ??
          (namingBefore && countsPartOfPronoun(tokens)
            ? namedGroup(tokenize(text, namingBefore.start, namingBefore.end))
            : null),
      })
    : NO_FRAMES;
  const attributions =
    needs & NEEDS_ATTRIBUTIONS || (needs & NEEDS_PRONOUN && needs & NEEDS_QUOTE_MARK)
      ? findAttributions(text, tokens, sentence.end)
      : NO_ATTRIBUTIONS;
  const names = needs & NEEDS_NAMES ? findNames(text, tokens) : NO_NAMES;
  const entities = quantities.length ? sentenceEntities(text, tokens, names) : null;
  const events =
    dates.length || needs & (NEEDS_CLOCK | NEEDS_RELATIVE | NEEDS_AGE)
      ? sentenceEvents(text, tokens, sentence, dates, dating, file, lines, needs)
      : NO_EVENTS;
  const hasColon = quantities.length > 0 && hasColonToken(tokens);
  // The tokens are dropped here: only what later steps need is kept.
  return {
    sentence,
    firstTokenStart: tokens.length ? tokens[0].start : sentence.start,
    hasColon,
    events,
    quantities,
    predicates,
    frames,
    attributions,
    names,
    dates,
    entities,
  };
}

/** A sentence's quantities with its ranking ordinals ("his sixth defense"), in the order of the text. */
function withOrdinals(quantities: RawQuantity[], tokens: Token[], excluded: Uint8Array): RawQuantity[] {
  const ordinals = findOrdinals(tokens, excluded);
  if (ordinals.length === 0) return quantities;
  // Both in the order of the text: merged in one pass, an ordinal inside a figure's span left out.
  const merged: RawQuantity[] = [];
  let k = 0;
  for (const o of ordinals) {
    while (k < quantities.length && quantities[k].start < o.start) merged.push(quantities[k++]);
    const previous = merged[merged.length - 1];
    const overlaps =
      (previous !== undefined && previous.end > o.start) || (k < quantities.length && quantities[k].start < o.end);
    if (!overlaps) merged.push(o);
  }
  while (k < quantities.length) merged.push(quantities[k++]);
  return merged;
}

/** Marks the tokens inside the sentence's dates: bare years in `years`, other dates and times in `excluded`. */
function markDateTokens(tokens: Token[], dates: DateMention[], excluded: Uint8Array, years: Uint8Array): void {
  let d = 0;
  for (let k = 0; k < tokens.length; k++) {
    const tk = tokens[k];
    while (d < dates.length && dates[d].end <= tk.start) d++;
    if (d < dates.length && dates[d].start <= tk.start && tk.end <= dates[d].end) {
      if (dates[d].kind === 'year') years[k] = 1;
      else excluded[k] = 1;
    }
  }
}

/** One pass to see which readers the sentence needs: most sentences need only one or two. */
function readersNeeded(tokens: Token[]): number {
  let needs = 0;
  for (const t of tokens) {
    if (t.kind === 'number')
      needs |= NEEDS_QUANTITIES | NEEDS_ORDINALS; // "16th"
    else if (t.kind === 'word') needs |= needsOf(t, needs);
    else if (isQuoteMark(t)) needs |= NEEDS_QUOTE_MARK;
  }
  return needs;
}

function hasColonToken(tokens: Token[]): boolean {
  for (const t of tokens) if (t.text === ':') return true;
  return false;
}

/** Acronyms defined anywhere in the document fill bare mentions of the same name. */
function acronymsOf(data: SentenceData[]): Map<string, string> {
  const acronymOf = new Map<string, string>();
  for (const d of data) for (const n of d.names) if (n.acronym) acronymOf.set(n.name.toLowerCase(), n.acronym);
  return acronymOf;
}

/** Attribution records, with pronouns resolved to the latest named speaker, or for "he" and "she" the latest person named. */
function attributionRecords(
  text: string,
  data: SentenceData[],
  lines: LineIndex,
): { attributions: AttributionRecord[]; recordOf: Map<RawAttribution, AttributionRecord> } {
  const attributions: AttributionRecord[] = [];
  const recordOf = new Map<RawAttribution, AttributionRecord>();
  /** The named speakers so far (a capital letter: "Mr Naqvi", "The BLA"), the latest last. */
  const named: Array<{ speaker: string; paragraph: number }> = [];
  /** Whether a named speaker can be "he" or "she" (see mayBePerson), decided once per name. */
  const personal = new Map<string, boolean>();
  /** The last person each whole sentence names (see personNamedBefore), found once. */
  const personOfSentence = new Map<number, string | null>();
  for (let s = 0; s < data.length; s++) {
    const d = data[s];
    for (const a of d.attributions) {
      let speaker = a.source;
      if (isPronounSource(a.source)) {
        // The last named speaker; for "he" or "she" the last that can be a person, else the last person named
        // ("John Smith, the mayor, spoke on Monday. ... he said").
        const heOrShe = /^(?:he|she)$/i.test(a.source);
        // "I" or "we" inside a quotation is whoever the quotation is attributed to ("“I think ...,” said Mr Brown").
        let found: string | null = /^(?:i|we)$/i.test(a.source) ? quotedSpeakerOf(a, d.attributions) : null;
        for (
          let k = named.length - 1;
          found === null && k >= 0 && k >= named.length - 8 && d.sentence.paragraph - named[k].paragraph <= 3;
          k--
        ) {
          const candidate = named[k].speaker;
          if (!heOrShe) {
            found = candidate;
            break;
          }
          let person = personal.get(candidate);
          if (person === undefined) personal.set(candidate, (person = mayBePerson(candidate)));
          if (person) {
            found = candidate;
            break;
          }
        }
        if (found === null && heOrShe) found = personNamedBefore(text, data, s, a.sourceStart, personOfSentence);
        if (found !== null) speaker = found;
      } else if (/[A-Z]/.test(a.source[0] ?? '') || /\b[A-Z][a-z]+ [A-Z][a-z]+/.test(a.source)) {
        named.push({ speaker: a.source, paragraph: d.sentence.paragraph });
      }
      const record = attributionRecord(text, a, speaker, lines);
      recordOf.set(a, record);
      attributions.push(record);
    }
  }
  return { attributions, recordOf };
}

/** The named source whose attributed content holds `a`'s source, if any: the speaker of a quotation `a` stands in. */
function quotedSpeakerOf(a: RawAttribution, others: readonly RawAttribution[]): string | null {
  for (const b of others) {
    if (b !== a && b.contentStart <= a.sourceStart && a.sourceEnd <= b.contentEnd && !isPronounSource(b.source))
      return b.source;
  }
  return null;
}

/** Capitalised words that, alone before a name, make it a person's ("Mr Naqvi", "Rep. Doe"). */
const PERSON_TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Rep',
  'Sen',
  'Gov',
  'Prof',
  'Gen',
  'Lord',
  'Lady',
  'Sir',
  'Dame',
]);
const CAPITALISED_WORD = /^[A-Z][\p{Ll}'’-]+$/u;
const NOT_A_NAME_START = new Set([
  'In',
  'On',
  'At',
  'The',
  'A',
  'An',
  'But',
  'And',
  'For',
  'From',
  'By',
  'With',
  'As',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'Speaking',
  'According',
  'Asked',
  'Last',
  'This',
  'That',
  'Then',
  'Meanwhile',
  'However',
]);

/**
 * The last run of two or more capitalised words in text[start, end) that is no organisation, place or event:
 * a person's name ("John Smith", "Mr Naqvi"). One pass over the words.
 */
function lastPersonIn(text: string, start: number, end: number): string | null {
  let found: string | null = null;
  let run: string[] = [];
  const flush = (): void => {
    // A capitalised word that opens a sentence is no part of a name ("In London", "The Rev").
    let first = 0;
    while (first < run.length && NOT_A_NAME_START.has(run[first])) first++;
    if (run.length - first >= 2) {
      const name = run.slice(first).join(' ');
      if (!NOT_A_PERSON.test(name)) found = name;
    }
    run = [];
  };
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) {
      i++;
      continue;
    }
    if (code === 10 || code === 13) {
      flush();
      i++;
      continue;
    }
    let j = i;
    while (j < end && !/\s/.test(text[j])) j++;
    const part = text.slice(i, j);
    const title = PERSON_TITLES.has(part) || (part.endsWith('.') && PERSON_TITLES.has(part.slice(0, -1)));
    const word = title ? part : part.replace(/(?:['’]s)?[.,;:!?"“”‘’)]*$/, '');
    if (title || (code >= 65 && code <= 90 && CAPITALISED_WORD.test(word))) {
      run.push(word);
      if (word.length !== part.length) flush();
    } else flush();
    // Two spaces or more end a name too.
    if (j + 1 < end && /\s/.test(text[j]) && /\s/.test(text[j + 1])) flush();
    i = j;
  }
  flush();
  return found;
}

/** Whether a named source can be "he" or "she": not a document, a country, a group or an organisation ("Rover bosses", "the Financial Times"). */
function mayBePerson(source: string): boolean {
  const comma = source.indexOf(',');
  const head = comma > 0 ? source.slice(0, comma) : source;
  if (personHead(head)) return true;
  // "Lt Col Eric Schnaible of the PCO", "a spokesman for the UK Film Council": the person before the "of" phrase.
  const cut = head.search(/ (?:of|for|at|from|by) /);
  return cut > 0 && personHead(head.slice(0, cut));
}

function personHead(head: string): boolean {
  const last = head.slice(head.lastIndexOf(' ') + 1);
  if (DOCUMENT_SOURCE.test(head) || NOT_A_PERSON.test(last) || isCountry(head)) return false;
  // A group: a plural noun at the end ("Rover bosses", "Russian news agencies"), or an acronym ("The TUC").
  if (/^[a-z]+s$/.test(last) && !/(?:ss|us|is)$/.test(last)) return false;
  if (head === last && SPEAKER_NOUNS.has(last.toLowerCase()) && last.endsWith('s')) return false; // "Officials", "Analysts"
  return !/^[A-Z]{2,}$/.test(last);
}

/** Sources that are documents, never "he" or "she". */
const DOCUMENT_SOURCE =
  /\b(?:data|figures|survey|surveys|poll|polls|study|studies|report|reports|research|statistics|analysis|census|index|documents?|records)$/i;
/** Words that make a capitalised run an organisation, a place or an event, not a person. */
const NOT_A_PERSON =
  /\b(?:War|Banking|Securities|International|Capital|Partners|Holdings|Inc|Ltd|Plc|Airways|Airlines|Motors|Systems|Services|Research|Management|Investments?|Energy|Oil|Telecom|Communications|Media|Financial|Markets?|Exchange|Fund|Trust|Foundation|Network|Technologies|Software|Studios|Records|Pictures|Entertainment|League|Cup|Championship|Olympics|Games|Club|United|Rovers|Athletic|Journal|Herald|Road|Square|America|Europe|Africa|Asia|East|West|North|South|Data|Airport|Station|Hospital|School|College|Church|Centre|Center|Museum|Festival|Awards?|Prize|Street|The|Ministry|Department|Party|Council|Committee|Commission|Agency|Army|Police|Force|Forces|Office|Bank|Group|Company|Corporation|Union|University|Court|House|Street|City|County|State|States|Kingdom|Republic|Province|Association|Institute|Organisation|Organization|News|Times|Post|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** How far back in its own sentence a pronoun's person is looked for: a sentence without an end (a run-on page)
 * would otherwise be read again from its start for each pronoun. */
const PERSON_LOOKBACK_CHARS = 1000;

/** Where the look-back for a pronoun's person starts in its sentence: at most PERSON_LOOKBACK_CHARS back, and
 * never inside a word ("McSmith" is no "Smith"). */
function lookbackStart(text: string, sentenceStart: number, position: number): number {
  let i = position - PERSON_LOOKBACK_CHARS;
  if (i <= sentenceStart) return sentenceStart;
  while (i < position && !/\s/.test(text[i - 1])) i++;
  return i;
}

/** The last person named before `position` in sentence s (within PERSON_LOOKBACK_CHARS) or the four before it. */
function personNamedBefore(
  text: string,
  data: SentenceData[],
  s: number,
  position: number,
  personOfSentence: Map<number, string | null>,
): string | null {
  for (let k = s; k >= 0 && s - k <= 4; k--) {
    const sentence = data[k].sentence;
    let found = k === s ? undefined : personOfSentence.get(k);
    if (found === undefined) {
      found =
        k === s
          ? lastPersonIn(text, lookbackStart(text, sentence.start, position), position)
          : lastPersonIn(text, sentence.start, sentence.end);
      if (k !== s) personOfSentence.set(k, found);
    }
    if (found) return found;
  }
  return null;
}

function attributionRecord(text: string, a: RawAttribution, speaker: string, lines: LineIndex): AttributionRecord {
  const start = Math.min(a.sourceStart, a.cueStart);
  const end = Math.max(a.sourceEnd, a.cueEnd);
  const from = lines.positionAt(start);
  const to = lines.positionAt(end);
  return {
    line: from.line,
    character: from.character,
    endLine: to.line,
    endCharacter: to.character,
    start,
    end,
    source: a.source,
    cue: a.cue.toLowerCase(),
    content: text
      .slice(a.contentStart, a.contentEnd)
      .replace(/^[\s,;:]+/, '')
      .trim(),
    speaker,
    sourceSpan: { start: a.sourceStart, end: a.sourceEnd },
    cueSpan: { start: a.cueStart, end: a.cueEnd },
    contentSpan: { start: a.contentStart, end: a.contentEnd },
  };
}

/** What the assembly of claims reads and fills, for the whole document. */
interface Assembly {
  /** What is read (a Markdown file's prose), and the file's text, which a claim's text is taken from. */
  text: string;
  original: string;
  file: string;
  lines: LineIndex;
  reference: string | null;
  recordOf: Map<RawAttribution, AttributionRecord>;
  /** Which attribution covers each quantity, and the sentence it stands in. */
  covering: Map<RawQuantity, RawAttribution>;
  coveringSentence: Map<RawQuantity, SentenceData>;
  acronymOf: Map<string, string>;
  /** The id of the first claim with each repeat key. */
  firstOfKey: Map<string, string>;
  claims: Claim[];
  names: NameMention[];
  eventDates: EventDate[];
}

/** Which attribution covers each quantity. */
function coverQuantities(data: SentenceData[], assembly: Assembly): void {
  for (let s = 0; s < data.length; s++) {
    const d = data[s];
    for (const q of d.quantities)
      coverQuantity(q, d, s > 0 ? data[s - 1] : undefined, s + 1 < data.length ? data[s + 1] : undefined, assembly);
  }
}

function coverQuantity(
  q: RawQuantity,
  d: SentenceData,
  prev: SentenceData | undefined,
  next: SentenceData | undefined,
  assembly: Assembly,
): void {
  const { covering, coveringSentence } = assembly;
  let chosen = innermostAttribution(q, d.attributions);
  // A sentence-final "according to X" in the next sentence of the paragraph covers this one too.
  if (next && next.sentence.paragraph === d.sentence.paragraph && (!chosen || /^report/i.test(chosen.cue))) {
    const according = next.attributions.find(
      (a) => a.cue === 'according to' && a.contentStart === next.firstTokenStart,
    );
    if (according) {
      chosen = according;
      coveringSentence.set(q, next);
    }
  }
  // The previous sentence of the same paragraph.
  if (
    !chosen &&
    !d.attributions.length &&
    prev &&
    prev.sentence.paragraph === d.sentence.paragraph &&
    prev.attributions.length
  ) {
    const last = prev.attributions[prev.attributions.length - 1];
    if (SAY_CUES.has(last.cue.toLowerCase()) && last.contentEnd >= prev.sentence.end - 1) {
      chosen = last;
      coveringSentence.set(q, prev);
    }
  }
  if (chosen) {
    covering.set(q, chosen);
    if (!coveringSentence.has(q)) coveringSentence.set(q, d);
  }
}

/**
 * The innermost attribution whose content holds the figure ("claimed responsibility ... and claims to have killed 200").
 * Only the attributions whose cue is near the figure are looked at, so that a degenerate sentence stays linear.
 */
function innermostAttribution(q: RawQuantity, list: RawAttribution[]): RawAttribution | undefined {
  let chosen: RawAttribution | undefined;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].cueStart < q.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = Math.max(0, lo - 12); k < Math.min(list.length, lo + 12); k++) {
    const a = list[k];
    if (q.start >= a.sourceStart && q.end <= a.sourceEnd) continue;
    if (q.start >= a.contentStart && q.end <= a.contentEnd && (!chosen || a.contentStart >= chosen.contentStart))
      chosen = a;
  }
  return chosen;
}

/** Anaphoric "confirmed the figures": covers the figures of the paragraph before and of a table after. */
function coverAnaphoricFigures(data: SentenceData[], assembly: Assembly): void {
  const { text, covering, coveringSentence } = assembly;
  let lastAnaphoricParagraph = -1;
  for (let s = 0; s < data.length; s++) {
    for (const a of data[s].attributions) {
      const paragraph = data[s].sentence.paragraph;
      if (paragraph === lastAnaphoricParagraph) break;
      if (!ANAPHORIC_CONTENT.test(text.slice(a.contentStart, Math.min(a.contentEnd, a.contentStart + 80)).trim()))
        continue;
      lastAnaphoricParagraph = paragraph;
      for (let b = s - 1; b >= 0 && data[b].sentence.paragraph >= paragraph - 1; b--) {
        if (data[b].sentence.paragraph === paragraph) continue;
        for (const q of data[b].quantities)
          if (!covering.has(q)) {
            covering.set(q, a);
            coveringSentence.set(q, data[s]);
          }
      }
      for (let f = s + 1; f < data.length && data[f].sentence.paragraph <= paragraph + 8; f++) {
        if (data[f].attributions.length) break;
        for (const q of data[f].quantities)
          if (q.labelPredicate !== null || (q.unit !== null && data[f].hasColon)) {
            if (!covering.has(q)) {
              covering.set(q, a);
              coveringSentence.set(q, data[s]);
            }
          }
      }
    }
  }
}

/** The claims and names of one sentence. */
function assembleSentence(d: SentenceData, assembly: Assembly): void {
  if (!d.quantities.length && !d.names.length) return;
  const { text, file, lines } = assembly;
  const sentenceText = text.slice(d.sentence.start, d.sentence.end);
  if (d.quantities.length) {
    const resolved = usableDates(isoRange(d.dates, assembly.reference));
    const contextDates = [
      ...new Set(resolved.filter((r) => r.mention.kind !== 'year' || r.iso.length === 4).map((r) => r.iso)),
    ];
    // The context dates whose year the text writes (figureYear: only these date a figure no verb governs).
    const writtenYears = contextDates.length
      ? [
          ...new Set(
            resolved
              .filter((r) => r.mention.year !== null && (r.mention.kind !== 'year' || r.iso.length === 4))
              .map((r) => r.iso),
          ),
        ]
      : contextDates;
    const years = namedYears(d.dates, d.sentence.start);
    const unverified = MAY_BE_UNVERIFIED.test(sentenceText) && UNVERIFIED.test(sentenceText);
    for (let qi = 0; qi < d.quantities.length; qi++)
      assembly.claims.push(
        claimOf(d, qi, sentenceText, resolved, { contextDates, writtenYears }, years, unverified, assembly),
      );
  }
  for (const n of d.names) {
    const range = lines.rangeOf(n.start, n.end);
    assembly.names.push({
      line: range.line,
      character: range.character,
      endLine: range.endLine,
      endCharacter: range.endCharacter,
      start: n.start,
      end: n.end,
      id: `${file}:${range.line}:${range.character}`,
      name: n.name,
      acronym: n.acronym ?? assembly.acronymOf.get(n.name.toLowerCase()) ?? null,
    });
  }
}

function claimOf(
  d: SentenceData,
  qi: number,
  sentenceText: string,
  resolved: ResolvedDate[],
  { contextDates, writtenYears }: { contextDates: string[]; writtenYears: string[] },
  years: NamedYear[],
  unverified: boolean,
  assembly: Assembly,
): Claim {
  const { text, file, reference } = assembly;
  const q = d.quantities[qi];
  const range = assembly.lines.rangeOf(q.start, q.end);
  const id = `${file}:${range.line}:${range.character}`;
  const a = assembly.covering.get(q);
  const record = a ? assembly.recordOf.get(a) : undefined;
  const attribution = a && record ? claimAttribution(a, record) : null;
  const stance = stanceOf(text, q, d, a, unverified);
  let predicate = d.predicates[qi];
  // An anaphoric figure takes what it counts from the figure before it: "145 militants, with this number
  // being revised to 177", "92 fighters were killed, with dozens more".
  if (q.unitKey === null && q.kind === 'count' && qi > 0) {
    const clause = text.slice(Math.max(d.sentence.start, q.start - 60), q.start);
    const previous = d.quantities[qi - 1];
    if (
      previous.kind === 'count' &&
      previous.unitKey &&
      (q.qualifier === 'increment' ||
        /\b(?:this|that|the)\s+(?:number|figure|toll|tally|count|total)\b[^,;.]*$/i.test(clause))
    ) {
      q.unit = previous.unit;
      q.unitKey = previous.unitKey;
      predicate ??= d.predicates[qi - 1];
      const before = d.frames[qi - 1];
      const own = d.frames[qi];
      d.frames[qi] = {
        ...own,
        measured: before.measured,
        head: before.head,
        modifiers: before.modifiers,
        event: own.event ?? before.event,
      };
    }
  }
  // The older predicate reader looks far across a sentence; the frame reads the figure's own verb. Where they
  // differ, the frame's event stands ("injured 30 others" after a toll, "12 countries" beside one).
  const frame = d.frames[qi];
  if (q.kind === 'ordinal')
    predicate = null; // a rank is of no event the older reader knows
  else if (predicate !== null && predicate !== 'rose' && predicate !== 'fell')
    predicate = PREDICATE_NAMES.has(frame.event ?? '') ? (frame.event as PredicateName) : null;
  if (q.tally) predicate = null; // "fell to 45-7-2": a record, no change of a count
  const asOf = asOfFor(q, d, resolved, assembly.coveringSentence.get(q), reference, text) ?? reference;
  const entities = d.entities!;
  const claim: Claim = {
    id,
    file,
    line: range.line,
    character: range.character,
    endLine: range.endLine,
    endCharacter: range.endCharacter,
    start: q.start,
    end: q.end,
    text: assembly.original.slice(q.start, q.end),
    sentence: sentenceText,
    value: q.tally
      ? { stated: q.stated, low: q.low, high: q.high, parts: q.tally.parts }
      : { stated: q.stated, low: q.low, high: q.high },
    qualifier: q.qualifier,
    quantityKind: q.kind,
    unit: q.unit,
    unitKey: q.unitKey,
    predicate,
    attribution,
    stance,
    asOf,
    context: {
      places: entities.places,
      organisations: entities.organisations,
      people: entities.people,
      dates: contextDates,
    },
    sentenceIndex: d.sentence.index,
    paragraphIndex: d.sentence.paragraph,
    repeatOf: null,
    unitOf: q.unitOf,
    frame,
  };
  const at = q.start - d.sentence.start;
  frame.year = figureYear({
    sentence: sentenceText,
    at: sentenceText.startsWith(claim.text, at) ? at : sentenceText.indexOf(claim.text),
    text: claim.text,
    years,
    quantityKind: q.kind,
    frame,
    read: true,
    dates: contextDates,
    writtenYears,
  });
  const key = `${q.tally ? q.tally.parts.join('-') : statedKey(q.stated)}|${q.qualifier}|${q.unitKey}|${predicate}|${q.kind}`;
  const earlier = assembly.firstOfKey.get(key);
  if (earlier) claim.repeatOf = earlier;
  else assembly.firstOfKey.set(key, id);
  return claim;
}

/** The claim's attribution: the resolved speaker, and the source as written when it differs (a pronoun). */
function claimAttribution(a: RawAttribution, record: AttributionRecord): ClaimAttribution {
  const source = record.speaker ?? a.source;
  const cue = a.cue.toLowerCase();
  if (record.speaker && record.speaker !== a.source) return { source, cue, written: a.source };
  return { source, cue };
}

function stanceOf(
  text: string,
  q: RawQuantity,
  d: SentenceData,
  a: RawAttribution | undefined,
  unverified: boolean,
): Stance {
  const before = text.slice(Math.max(d.sentence.start, q.start - 120), q.start);
  if (
    /\bthan\b|\bclaims?\b|\breports?\b/i.test(before) &&
    (REJECTION_BEFORE.test(before) || REJECTION_VERB_BEFORE.test(before))
  )
    return 'rejected';
  if (
    (a &&
      CLAIM_CUES.has(a.cue.toLowerCase()) &&
      !/^(?:responsibility|credit)\b/i.test(text.slice(a.contentStart, a.contentEnd).trim())) ||
    unverified
  )
    return 'claimed';
  return 'asserted';
}

/** JSON.stringify(stated), without the general serializer for the common single number. */
function statedKey(stated: number | [number, number]): string {
  if (typeof stated === 'number') return Number.isFinite(stated) ? String(stated) : 'null';
  return JSON.stringify(stated);
}

type ResolvedDate = { iso: string; start: number; end: number; mention: DateMention };

/** The dates of a sentence that can date a figure: a bare year only when no fuller date is there. */
function usableDates(candidates: ResolvedDate[]): ResolvedDate[] {
  const hasFull = candidates.some((c) => c.mention.kind !== 'year');
  return hasFull ? candidates.filter((c) => c.mention.kind !== 'year') : candidates;
}

/** "," or ";", by character code (code, not text[i]: its optimised code would specialise on one kind of string). */
function isClauseBreak(code: number): boolean {
  return code === 44 || code === 59;
}

/**
 * The date a figure refers to: a date in its clause (between the commas around it), else the nearest
 * before it in the sentence, else the first after it (never a baseline's, an aside's or a running count's start);
 * else the covering attribution's sentence's date.
 */
function asOfFor(
  q: RawQuantity,
  d: SentenceData,
  resolved: ResolvedDate[],
  coveringSentence: SentenceData | undefined,
  reference: string | null,
  text: string,
): string | null {
  if (resolved.length) {
    // The clause: between the commas around the figure, looked for within a bounded distance.
    let cs = q.start;
    const csFloor = Math.max(d.sentence.start, q.start - 300);
    while (cs > csFloor && !isClauseBreak(text.charCodeAt(cs - 1))) cs--;
    let ce = q.end;
    const ceCeil = Math.min(d.sentence.end, q.end + 300);
    while (ce < ceCeil && !isClauseBreak(text.charCodeAt(ce))) ce++;
    // "33 per cent higher than in 2012": a comparison's baseline's date, not the figure's; "since 2003": the start
    // of a running count (see figureYear), not its date.
    const baseline = (r: ResolvedDate) =>
      textLeadsToBaseline(text.slice(r.start >= q.end ? q.end : Math.max(d.sentence.start, r.start - 80), r.start)) ||
      leadsToStart(text.slice(Math.max(d.sentence.start, r.start - 60), r.start));
    const at = firstStartingAt(resolved, q.start);
    let best: ResolvedDate | null = null;
    for (let k = Math.max(0, at - 3); k < Math.min(resolved.length, at + 3); k++) {
      const c = resolved[k];
      if (
        c.start >= cs &&
        c.end <= ce &&
        (!best || Math.abs(c.start - q.start) < Math.abs(best.start - q.start)) &&
        !baseline(c)
      )
        best = c;
    }
    if (best) return best.iso;
    // A bare year in an aside before the figure ("The group, founded in 2004, said ...") dates the aside, not it.
    const aside = (r: ResolvedDate) =>
      r.mention.kind === 'year' && inAside(text, r.start, r.end, q.start, d.sentence.start);
    let before = firstStartingAt(resolved, q.start) - 1;
    while (before >= 0 && resolved[before].end > q.start) before--;
    // At most MAX_ASIDES asides are passed over, so that a figure after thousands of years costs no more than a few.
    for (
      let skipped = 0;
      before >= 0 && skipped < MAX_ASIDES && (aside(resolved[before]) || baseline(resolved[before]));
      skipped++
    )
      before--;
    if (before >= 0) return resolved[before].iso;
    const first = resolved.slice(0, MAX_ASIDES + 1).find((r) => !aside(r) && !baseline(r));
    if (first) return first.iso;
  }
  if (coveringSentence && coveringSentence !== d) {
    const other = usableDates(isoRange(coveringSentence.dates, reference));
    if (other.length) return other[other.length - 1].iso;
  }
  return null;
}

function eventDateOf(
  text: string,
  tokens: Token[],
  resolved: ResolvedDate[],
  file: string,
  lines: LineIndex,
): EventDate | null {
  if (!resolved.length) return null;
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    if (!START_VERBS.has(lower)) continue;
    if (lower === 'broke' && tokens[i + 1]?.lower !== 'out') continue;
    if (lower === 'kicked' && tokens[i + 1]?.lower !== 'off') continue;
    // The event noun: before the verb (its subject), or after "launched" (its object).
    let subject: Token | null = null;
    for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
      if (EVENT_NOUNS.has(tokens[j].lower)) {
        subject = tokens[j];
        break;
      }
    }
    if (!subject || lower === 'launched') {
      for (let j = i + 1; j < tokens.length && j - i <= 8; j++) {
        if (EVENT_NOUNS.has(tokens[j].lower)) {
          subject = tokens[j];
          break;
        }
      }
    }
    if (!subject) continue;
    const verbEnd = tokens[i].end;
    let date: ResolvedDate | null = null;
    for (let k = firstStartingAt(resolved, verbEnd), seen = 0; k < resolved.length && seen < 6; k++, seen++) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(resolved[k].iso) && resolved[k].mention.kind !== 'year') {
        date = resolved[k];
        break;
      }
    }
    if (!date) return null;
    const start = Math.min(subject.start, tokens[i].start);
    const end = date.end;
    const range = lines.rangeOf(start, end);
    return {
      line: range.line,
      character: range.character,
      endLine: range.endLine,
      endCharacter: range.endCharacter,
      start,
      end,
      id: `${file}:${range.line}:${range.character}`,
      event: 'began',
      subject: subject.text,
      date: date.iso,
      weekday: date.mention.weekday,
      text: text.slice(start, end),
    };
  }
  return null;
}
