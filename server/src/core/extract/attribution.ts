// Attribution in one sentence: who says something (the source span), the cue ("said",
// "according to", "confirmed", ...) and what is attributed (the content span). Covers "X said",
// "said X" after a quotation, "according to X", "X's spokesperson said", role+name speakers
// ("Interior Minister Mohsin Naqvi"), appositions ("The provincial Chief Minister, Sarfraz Bugti,
// confirmed"), relative clauses ("The BLA, which ..., claims"), and a coordinated second verb
// ("Bugti rejected ... and said").

import { isCapitalized, type Token } from '../text/tokens';
import { AMBIGUOUS_CUES, AUXILIARIES, FUNCTION_WORDS, SPEAKER_NOUNS, SPEECH_CUES, isSpeechCue } from './lexicon';
import { singular } from './quantities';

export interface RawAttribution {
  source: string;
  sourceStart: number;
  sourceEnd: number;
  cue: string;
  cueStart: number;
  cueEnd: number;
  contentStart: number;
  contentEnd: number;
  /** Token index of the cue. */
  cueToken: number;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "it's"]);
const APPOSITION_ADVERBS = new Set(['now', 'then', 'also', 'formerly', 'currently', 'himself', 'herself', 'once', 'still']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const NP_JOINERS = new Set(['of', 'for', 'and', '&', 'de', 'on']);
const CLAUSE_STARTERS = new Set(['which', 'who', 'whose', 'whom', 'where']);
const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);
/** Sentence-initial words that are not part of a speaker even when capitalised. */
const NOT_SPEAKER = new Set([
  'but', 'and', 'however', 'meanwhile', 'earlier', 'later', 'also', 'in', 'on', 'at', 'while', 'when', 'as', 'after',
  'before', 'since', 'if', 'so', 'yet', 'then', 'now', 'today', 'yesterday', 'last', 'this', 'that', 'there', 'here',
  'although', 'though', 'because', 'despite', 'instead', 'still', 'separately', 'elsewhere', 'overall', 'indeed',
  'previously', 'recently', 'finally', 'first', 'second', 'third', 'moreover', 'furthermore', 'nonetheless',
  'nevertheless', 'both', 'speaking', 'asked', 'writing', 'for', 'with', 'from', 'by', 'to', 'of', 'under', 'over',
  'during', 'once', 'what', 'all', 'some', 'many', 'most', 'few', 'several', 'no', 'not', 'or', 'it', 'its',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'until', 'until', 'following',
]);

const TIME_NOUNS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening',
  'weekend', 'time', 'times', 'minute', 'minutes', 'hour', 'hours', 'season', 'decade', 'century', 'speech', 'statement',
  'interview', 'conference', 'briefing', 'meeting', 'programme', 'show', 'letter', 'message', 'post', 'tweet',
]);
/** Lowercase words that may stand right before a name in a speaker ("spokesperson Shahid Rind", "watchdog Ofcom"). */
const ROLE_BEFORE_NAME = new Set([
  ...SPEAKER_NOUNS, 'watchdog', 'regulator', 'singer', 'actor', 'actress', 'star', 'striker', 'boss', 'head', 'founder',
  'editor', 'author', 'writer', 'professor', 'chancellor', 'governor', 'mayor', 'senator', 'chief', 'captain',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'player', 'champion', 'rival', 'partner', 'colleague',
  'counterpart', 'deputy', 'presenter', 'host', 'producer', 'director', 'comedian', 'rapper', 'musician', 'frontman',
  'guitarist', 'drummer', 'designer', 'developer', 'maker', 'giant', 'operator', 'carrier', 'airline', 'retailer',
  'supermarket', 'chain', 'insurer', 'lender', 'broker', 'investor', 'owner', 'shareholder', 'administrator',
  'secretary', 'minister', 'president', 'premier', 'ambassador', 'envoy', 'commissioner', 'inspector', 'superintendent',
  'constable', 'sergeant', 'detective', 'consultant', 'researcher', 'scientist', 'spokesman', 'spokeswoman',
  'spokesperson', 'analyst', 'economist', 'strategist', 'trader', 'dealer', 'campaigner', 'activist', 'leader',
  'mp', 'mep', 'peer', 'colonel', 'general', 'commander', 'officer', 'agency', 'firm', 'company', 'group', 'club', 'side',
  'coach', 'manager', 'boss', 'chairman', 'chairwoman', 'executive', 'officials', 'official', 'party', 'union',
]);

const ROLE_ADJECTIVES = new Set([
  'former', 'senior', 'top', 'local', 'interim', 'acting', 'deputy', 'junior', 'foreign', 'interior', 'defence',
  'defense', 'finance', 'health', 'education', 'home', 'state', 'party', 'government', 'police', 'army', 'military',
  'prime', 'chief', 'then', 'new', 'outgoing', 'incoming', 'veteran', 'retired', 'elected', 'shadow', 'trade',
  'energy', 'culture', 'sports', 'labour', 'tory', 'opposition', 'ruling', 'independent', 'club', 'team', 'media',
]);

function isNounish(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const lower = t.lower;
  if (TIME_NOUNS.has(lower)) return false;
  if (isCapitalized(t)) return !NOT_SPEAKER.has(lower) && !(FUNCTION_WORDS.has(lower) && !PRONOUNS.has(lower));
  if (FUNCTION_WORDS.has(lower) || AUXILIARIES.has(lower)) return false;
  if (SPEECH_CUES.has(lower) && !SPEAKER_NOUNS.has(lower)) return false;
  if (lower.endsWith('ly') && lower.length > 4) return false;
  if (lower.endsWith('ed') && lower.length > 4 && !SPEAKER_NOUNS.has(lower)) return false;
  if (lower.endsWith('ing') && lower.length > 5) return false;
  return true;
}

/** The speaker noun phrase that ends at tokens[end] (inclusive), walking back; returns its first token or -1. */
function speakerBefore(tokens: Token[], end: number): number {
  let first = -1;
  let j = end;
  let words = 0;
  while (j >= 0 && words < 10) {
    const t = tokens[j];
    if (t.text === ')') {
      // A parenthesised acronym or note inside the name: "(BLA)", "(Home)".
      let k = j - 1;
      while (k >= 0 && j - k < 5 && tokens[k].text !== '(') k--;
      if (k < 0 || tokens[k].text !== '(' || first === -1 && j !== end) break;
      first = k;
      j = k - 1;
      continue;
    }
    if (t.text === '.' && first === j + 1 && !t.spaceBefore && tokens[j - 1]?.kind === 'word' && /^[A-Z]$/.test(tokens[j - 1].text)) {
      // An initial: "J. Allard".
      j--;
      continue;
    }
    if ((t.text === '-' || t.text === '‐' || t.text === '&') && first === j + 1 && !t.spaceBefore && !tokens[j + 1].spaceBefore && tokens[j - 1]?.kind === 'word') {
      // A hyphenated compound: "Anti-virus firm Sophos".
      j--;
      continue;
    }
    if (t.kind !== 'word') break;
    const lower = t.lower;
    if (PRONOUNS.has(lower)) {
      if (first === -1) return j;
      if (tokens[first].text === '(') return j; // "he (Lord Goldsmith) said"
      break;
    }
    if (first >= 0 && /(?:ing|ed)$/.test(lower) && !isCapitalized(tokens[first]) && (isRoleWord(tokens[end].lower) || SPEAKER_NOUNS.has(tokens[end].lower))) {
      first = j; // "managing director", "acting chairman"
      j--;
      continue;
    }
    if ((lower === 'by' || lower === 'from') && first >= 0 && j > 0 && SPEAKER_NOUNS.has(tokens[j - 1].lower)) {
      // "a report by the government's watchdog", "figures from the ministry".
      j--;
      continue;
    }

    if (DETERMINERS.has(lower)) {
      if (first === -1) break;
      first = j;
      // "residents of the town": continue through "of" before the determiner.
      if (j > 1 && (tokens[j - 1].lower === 'of' || tokens[j - 1].lower === 'for') && isNounish(tokens[j - 2])) {
        j -= 2;
        continue;
      }
      break;
    }
    if (NP_JOINERS.has(lower)) {
      if (first === -1 || j === 0 || !isNounish(tokens[j - 1])) break;
      if (lower !== 'and' && !isCapitalized(tokens[first]) && !SPEAKER_NOUNS.has(tokens[first].lower)) break;
      j--;
      continue;
    }
    if (!isNounish(t)) break;
    // A lowercase word right before a name must be a role ("spokesperson Shahid Rind"), not "speech Mr Brown".
    if (first >= 0 && !isCapitalized(t) && isCapitalized(tokens[first]) && !isRoleWord(lower)) break;
    first = j;
    words++;
    j--;
  }
  if (first < 0) return -1;
  // Drop a leading joiner.
  while (first <= end && NP_JOINERS.has(tokens[first].lower)) first++;
  return first <= end ? first : -1;
}

function isRoleWord(lower: string): boolean {
  return ROLE_BEFORE_NAME.has(lower) || ROLE_BEFORE_NAME.has(singular(lower)) || ROLE_ADJECTIVES.has(lower) ||
    /(?:er|or|ist|ian|ant|ent|man|woman|ee|ess)s?$/.test(lower) || /(?:al|ial|ese|ish|ic|ior)$/.test(lower);
}

/** A speaker noun phrase that starts at tokens[start] ("according to state media reports", "said Mr Smith"). */
function speakerAfter(tokens: Token[], start: number, allowLowerHead: boolean): number {
  let j = start;
  let last = -1;
  if (tokens[j] && DETERMINERS.has(tokens[j].lower)) j++;
  let words = 0;
  while (j < tokens.length && words < 10) {
    const t = tokens[j];
    if (t.text === '(' ) {
      let k = j + 1;
      while (k < tokens.length && k - j < 5 && tokens[k].text !== ')') k++;
      if (k >= tokens.length || tokens[k].text !== ')') break;
      last = k;
      j = k + 1;
      continue;
    }
    if ((t.text === '&' || t.text === '-' || (t.text === '.' && /^[A-Z]$/.test(tokens[j - 1]?.text ?? ''))) && last === j - 1 && !t.spaceBefore && tokens[j + 1]?.kind === 'word' && (t.text === '.' || !tokens[j + 1].spaceBefore)) {
      j++;
      continue;
    }
    if (t.kind !== 'word') break;
    const lower = t.lower;
    const afterJoiner = tokens[j + 1] && DETERMINERS.has(tokens[j + 1].lower) && lower !== 'and' ? tokens[j + 2] : tokens[j + 1];
    if (NP_JOINERS.has(lower) && last >= 0 && afterJoiner && isNounish(afterJoiner) && (lower !== 'and' || isCapitalized(afterJoiner))) {
      j++;
      continue;
    }
    if (DETERMINERS.has(lower) && last >= 0 && (tokens[j - 1].lower === 'of' || tokens[j - 1].lower === 'from' || tokens[j - 1].lower === 'by' || tokens[j - 1].lower === 'for')) {
      j++;
      continue;
    }
    if ((lower === 'from' || lower === 'by' || lower === 'at') && last >= 0 && SPEAKER_NOUNS.has(tokens[last].lower) && tokens[j + 1] && (isCapitalized(tokens[j + 1]) || DETERMINERS.has(tokens[j + 1].lower))) {
      j++;
      continue;
    }
    const cueAsNoun = SPEECH_CUES.has(lower) && last >= 0 && !FUNCTION_WORDS.has(lower);
    const modifier = /(?:ing|ed)$/.test(lower) && !FUNCTION_WORDS.has(lower) && tokens[j + 1]?.kind === 'word' && isNounish(tokens[j + 1]);
    const participleBy = last >= 0 && lower.endsWith('ed') && tokens[j + 1]?.lower === 'by' && SPEAKER_NOUNS.has(tokens[last].lower);
    if (participleBy) {
      j += 2; // "figures collected by the Interactive Media in Retail Group"
      continue;
    }
    if (!isNounish(t) && !cueAsNoun && !modifier && !(PRONOUNS.has(lower) && last < 0)) break;
    if (!allowLowerHead && !isCapitalized(t) && !SPEAKER_NOUNS.has(lower) && last < 0) break;
    last = j;
    words++;
    j++;
    if (PRONOUNS.has(lower)) break;
  }
  return last;
}

const TIME_PREPOSITIONS = new Set(['on', 'last', 'this', 'in', 'at', 'earlier', 'late', 'early', 'next']);
const WEEKDAY_OR_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|afternoon|weekend|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const NEGATING_BEFORE_TO = new Set(['refused', 'declined', 'unable', 'failed', 'reluctant', 'unwilling', 'afraid']);

function skipBackAdverbs(tokens: Token[], j: number): number {
  for (;;) {
    const before = j;
    while (j >= 0 && tokens[j].kind === 'word' && (AUXILIARIES.has(tokens[j].lower) || (tokens[j].lower.endsWith('ly') && tokens[j].lower.length > 4 && !isCapitalized(tokens[j])))) j--;
    // "Mr Hilton on Tuesday said", "X last week said".
    if (j >= 1 && WEEKDAY_OR_TIME.test(tokens[j].lower) && TIME_PREPOSITIONS.has(tokens[j - 1].lower)) j -= 2;
    else if (j >= 0 && (tokens[j].lower === 'today' || tokens[j].lower === 'yesterday')) j -= 1;
    // "prompted a Labour donor to say": the speaker stands before "to".
    else if (j >= 1 && tokens[j].lower === 'to' && !NEGATING_BEFORE_TO.has(tokens[j - 1].lower) && tokens[j - 1].kind === 'word') j -= 1;
    if (j === before) return j;
  }
}

function quoteBefore(tokens: Token[], cueIndex: number): { start: number; end: number } | null {
  // “...,” said X   /   “...,” X said
  let j = cueIndex - 1;
  while (j >= 0 && tokens[j].kind === 'punct' && tokens[j].text === ',') j--;
  if (j < 0 || !CLOSE_QUOTES.has(tokens[j].text)) return null;
  const close = j;
  let k = close - 1;
  const floor = Math.max(0, close - 400);
  while (k >= floor && !OPEN_QUOTES.has(tokens[k].text)) k--;
  if (k < floor) return null;
  return { start: tokens[k].start, end: tokens[close].end };
}

/** Shared all-zero marks for sentences where nothing is taken yet (never written to). */
const NOTHING_TAKEN = new Uint8Array(2048);

/** The tokens already part of an attribution's source or cue, which no later cue reads again. */
class TakenTokens {
  private marks = NOTHING_TAKEN;

  constructor(private readonly size: number) {
    if (size > NOTHING_TAKEN.length) this.marks = new Uint8Array(size);
  }

  has(k: number): boolean {
    return this.marks[k] === 1;
  }

  take(from: number, to: number): void {
    if (this.marks === NOTHING_TAKEN) this.marks = new Uint8Array(this.size);
    for (let k = from; k <= to; k++) this.marks[k] = 1;
  }
}

function rawAttribution(
  source: string, sourceStart: number, sourceEnd: number, cue: Token, contentStart: number, contentEnd: number, cueToken: number,
): RawAttribution {
  return { source, sourceStart, sourceEnd, cue: cue.text, cueStart: cue.start, cueEnd: cue.end, contentStart, contentEnd, cueToken };
}

/** The attribution whose source is tokens[first..last]. */
function attributionWithSource(text: string, tokens: Token[], first: number, last: number, cueToken: number, contentStart: number, contentEnd: number): RawAttribution {
  const sourceStart = tokens[first].start;
  const sourceEnd = tokens[last].end;
  return rawAttribution(text.slice(sourceStart, sourceEnd), sourceStart, sourceEnd, tokens[cueToken], contentStart, contentEnd, cueToken);
}

/** Finds the attributions of one sentence. */
export function findAttributions(text: string, tokens: Token[], sentenceEnd: number): RawAttribution[] {
  const out: RawAttribution[] = [];
  const taken = new TakenTokens(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || taken.has(i)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') accordingTo(text, tokens, i, sentenceEnd, out, taken);
    else if (isSpeechCue(t)) attributionOfCue(text, tokens, i, sentenceEnd, out, taken);
  }
  return out;
}

/** "according to X". */
function accordingTo(text: string, tokens: Token[], i: number, sentenceEnd: number, out: RawAttribution[], taken: TakenTokens): void {
  const last = speakerAfter(tokens, i + 2, true);
  if (last < 0) return;
  const t = tokens[i];
  const sourceFirst = i + 2;
  taken.take(i, last);
  // Content: what follows the comma when the phrase opens the sentence, else what precedes it.
  const opening = i === 0 || (i === 1 && tokens[0].kind === 'punct');
  const contentStart = opening ? (last + 1 < tokens.length ? tokens[last + 1].start : tokens[last].end) : tokens[0].start;
  const contentEnd = opening ? sentenceEnd : t.start;
  out.push({
    source: text.slice(tokens[sourceFirst].start, tokens[last].end), sourceStart: tokens[sourceFirst].start, sourceEnd: tokens[last].end,
    cue: 'according to', cueStart: t.start, cueEnd: tokens[i + 1].end, contentStart, contentEnd, cueToken: i,
  });
}

/** The attribution a speech cue (tokens[i]) makes, if any. */
function attributionOfCue(text: string, tokens: Token[], i: number, sentenceEnd: number, out: RawAttribution[], taken: TakenTokens): void {
  const t = tokens[i];
  const lower = t.lower;
  if (i > 0 && tokens[i - 1].lower.endsWith("'s")) return; // "the BLA's claims"
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  // Passive: "casualties reported by authorities", "attacks claimed by the BLA".
  if (next?.lower === 'by' && lower.endsWith('ed')) {
    passiveWithAgent(text, tokens, i, out, taken);
    return;
  }
  if (!isSpeechUse(tokens, i)) return;
  const quote = quoteBefore(tokens, i);
  // Inverted without a quotation: "..., says a study.", "..., said Mr Smith, the chief executive."
  if (!quote && i > 0 && tokens[i - 1].text === ',' && INVERTING_CUES.has(lower)) {
    const last = speakerAfter(tokens, i + 1, true);
    if (last >= 0 && (last === tokens.length - 1 || /^[.,;!?]$/.test(tokens[last + 1].text))) {
      out.push(attributionWithSource(text, tokens, i + 1, last, i, tokens[0].start, tokens[i - 1].start));
      taken.take(i, last);
      return;
    }
  }
  // A participle after a comma takes the sentence's subject: "Mr Kennedy criticised Mr Brown ..., saying it was".
  if (lower.endsWith('ing') && i > 0 && tokens[i - 1].text === ',') {
    const subject = sentenceSubject(tokens, i);
    if (subject) {
      const contentStart = next ? next.start : t.end;
      if (out.length) {
        const earlier = out[out.length - 1];
        out.push(rawAttribution(earlier.source, earlier.sourceStart, earlier.sourceEnd, t, contentStart, sentenceEnd, i));
      } else {
        out.push(attributionWithSource(text, tokens, subject[0], subject[1], i, contentStart, sentenceEnd));
      }
      return;
    }
  }
  // Inverted: “...,” said X / said X, “...”
  if (quote && INVERTED_AFTER_QUOTE.has(lower)) {
    const last = speakerAfter(tokens, i + 1, false);
    if (last >= 0) {
      out.push(attributionWithSource(text, tokens, i + 1, last, i, quote.start, quote.end));
      taken.take(i, last);
      return;
    }
  }
  attributionWithSubject(text, tokens, i, sentenceEnd, quote, out);
}

const INVERTED_AFTER_QUOTE = new Set(['said', 'says', 'added', 'told', 'asked', 'explained', 'noted', 'wrote', 'insisted', 'warned']);

/** "casualties reported by authorities": the agent after "by" is the source, the clause before the cue the content. */
function passiveWithAgent(text: string, tokens: Token[], i: number, out: RawAttribution[], taken: TakenTokens): void {
  const last = speakerAfter(tokens, i + 2, true);
  if (last < 0) return;
  let k = i - 1;
  while (k > 0 && tokens[k].text !== ',' && tokens[k].text !== ';') k--;
  const contentStart = k >= 0 && k + 1 < i && (tokens[k].text === ',' || tokens[k].text === ';') ? tokens[k + 1].start : tokens[0].start;
  const contentEnd = i > 0 ? tokens[i - 1].end : tokens[i].start;
  out.push(attributionWithSource(text, tokens, i + 2, last, i, contentStart, contentEnd));
  taken.take(i, last);
}

/** False for a cue word used otherwise than for speech: "believes in", "told the truth", "claimed the title", "she was told". */
function isSpeechUse(tokens: Token[], i: number): boolean {
  const lower = tokens[i].lower;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  if (next?.lower === 'in' && (lower === 'believes' || lower === 'believed')) return false; // "believes in"
  if (lower === 'continued' && !hasCloseQuoteIn(tokens, Math.max(0, i - 4), i)) return false;
  if ((lower === 'told' || lower === 'tell' || lower === 'tells') && next?.lower === 'the' && (tokens[i + 2]?.lower === 'truth' || tokens[i + 2]?.lower === 'story')) return false;
  // A passive without its agent: "It is predicted that", "she was told".
  let b = i - 1;
  while (b >= 0 && tokens[b].kind === 'word' && tokens[b].lower.endsWith('ly') && tokens[b].lower.length > 4) b--;
  if (b >= 0 && BE_FORMS.has(tokens[b].lower) && next?.lower !== 'by' && !lower.endsWith('ing')) return false;
  // "claimed the runners-up spot", "posted pictures": an object, not speech ("claimed responsibility" stays).
  if ((lower === 'claimed' || lower === 'posted' || lower === 'claim' || lower === 'claims') && next && takesObject(lower, next) && tokens[i + 2]?.lower !== 'responsibility') return false;
  return true;
}

function takesObject(lower: string, next: Token): boolean {
  if (ARTICLES.has(next.lower) || next.kind === 'number') return true;
  return lower !== 'claims' && lower !== 'claim' && next.kind === 'word' && !FUNCTION_WORDS.has(next.lower) && !DETERMINERS.has(next.lower) &&
    !PRONOUNS.has(next.lower) && next.lower !== 'responsibility' && next.lower !== 'credit';
}

function hasCloseQuoteIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLOSE_QUOTES.has(tokens[k].text)) return true;
  return false;
}

function hasConditionalIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].lower === 'if' || tokens[k].lower === 'unless') return true;
  return false;
}

function hasNegationIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const lower = tokens[k].lower;
    if (lower === 'not' || lower === 'never' || lower.endsWith("n't")) return true;
  }
  return false;
}

/** X said / X, who ..., said / X and said: the source stands before the cue tokens[i]. */
function attributionWithSubject(text: string, tokens: Token[], i: number, sentenceEnd: number, quote: { start: number; end: number } | null, out: RawAttribution[]): void {
  const t = tokens[i];
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  const end = skipBackAdverbs(tokens, i - 1);
  if (end < 0) return;
  let first: number;
  let sourceEnd = end;
  if (tokens[end].text === ',' || (CLOSE_QUOTES.has(tokens[end].text) && end > 0 && tokens[end - 1].text === ',')) {
    const span = subjectBeforeComma(tokens, end);
    if (span === null) return;
    first = span[0];
    sourceEnd = span[1];
  } else if ((tokens[end].lower === 'and' || tokens[end].lower === 'but') && !hasConditionalIn(tokens, Math.max(0, i - 24), i)) {
    // "Bugti rejected ... and said": the subject of the first verb, i.e. the sentence's subject or an earlier source.
    if (out.length) {
      const earlier = out[out.length - 1];
      out.push(rawAttribution(earlier.source, earlier.sourceStart, earlier.sourceEnd, t, next ? next.start : t.end, sentenceEnd, i));
      return;
    }
    const subject = sentenceSubject(tokens, i);
    if (subject === null) return;
    first = subject[0];
    sourceEnd = subject[1];
  } else {
    first = speakerBefore(tokens, end);
  }
  if (first < 0) return;
  if (!isSourceOfCue(tokens, i, first, sourceEnd)) return;
  const firstToken = tokens[first];
  // A determiner-only subject or a lone function word is not a speaker.
  if (first === sourceEnd && DETERMINERS.has(firstToken.lower)) return;
  const startsWithDet = firstToken.lower === 'this' || firstToken.lower === 'that' || firstToken.lower === 'these' || firstToken.lower === 'those';
  const sourceFirst = startsWithDet ? first + 1 : first;
  if (sourceFirst > sourceEnd) return;
  let contentStart = next ? next.start : t.end;
  let contentEnd = sentenceEnd;
  if (quote && quote.end <= tokens[sourceFirst].start) {
    contentStart = quote.start;
    contentEnd = quote.end;
  } else if (next?.lower === 'that') {
    if (i + 2 < tokens.length) contentStart = tokens[i + 2].start;
  } else if (sourceFirst > 1 && tokens[sourceFirst - 1].text === ',' && postPosed(tokens, i)) {
    // "..., officials said on Monday.": the content is the sentence before the source.
    contentStart = tokens[0].start;
    contentEnd = tokens[sourceFirst - 1].start;
  }
  out.push(attributionWithSource(text, tokens, sourceFirst, sourceEnd, i, contentStart, contentEnd));
}

/**
 * The source before a comma that ends a relative clause or an apposition, as [first, last] token indices:
 * "The BLA, which labeled ..., claims", "The provincial Chief Minister, Sarfraz Bugti, confirmed".
 */
function subjectBeforeComma(tokens: Token[], end: number): [number, number] | null {
  let found = -1;
  for (let k = end - 1, steps = 0; k >= 1 && steps < 30; k--, steps++) {
    const after = tokens[k + 1];
    if (tokens[k].text === ',' && (CLAUSE_STARTERS.has(after.lower) || steps > 0)) {
      if (CLAUSE_STARTERS.has(after.lower)) {
        found = k;
        break;
      }
      // Apposition: ", Sarfraz Bugti," after a role phrase, or ", now chairman of Mersey TV," after a name.
      const inner = speakerBefore(tokens, end - 1);
      const innerStart = APPOSITION_ADVERBS.has(after.lower) ? k + 2 : k + 1;
      if (inner === innerStart) {
        const outer = speakerBefore(tokens, k - 1);
        if (outer >= 0) return [outer, end - 1];
      }
      break;
    }
  }
  if (found > 0) {
    const subjectEnd = found - 1;
    const s = speakerBefore(tokens, subjectEnd);
    if (s >= 0) return [s, subjectEnd];
  }
  return null;
}

/** Whether tokens[first..sourceEnd] speaks through the cue tokens[i]: not negated, not conditional, not a noun use of the cue. */
function isSourceOfCue(tokens: Token[], i: number, first: number, sourceEnd: number): boolean {
  if (hasNegationIn(tokens, Math.max(sourceEnd + 1, i - 8), i)) return false; // "does not expect"
  const beforeSubject = first > 0 ? tokens[first - 1].lower : undefined;
  if (beforeSubject === 'if' || beforeSubject === 'unless' || beforeSubject === 'whether') return false;
  if (hasConditionalIn(tokens, Math.max(0, first - 1, i - 16), i)) return false;
  const lower = tokens[i].lower;
  if (AMBIGUOUS_CUES.has(lower)) {
    // A noun use: "state media reports", "these claims". Needs a name, a pronoun or a speaker noun as subject,
    // and a verb-like continuation.
    const subj = tokens[sourceEnd];
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const verbLike = !next || next.kind !== 'word' ? lower === 'say' || lower === 'says' : !NOT_VERB_AFTER_CUE.has(next.lower) || next.lower === 'that';
    const subjectOk = isCapitalized(subj) || PRONOUNS.has(subj.lower) || SPEAKER_NOUNS.has(subj.lower) || subj.text === ')';
    if (!subjectOk || !verbLike) return false;
    if (lower === 'reports' || lower === 'report') {
      // "media reports suggest": a noun unless a clear subject precedes with an auxiliary or adverb.
      if (i - 1 === sourceEnd && !isCapitalized(subj) && !PRONOUNS.has(subj.lower)) return false;
    }
  }
  return true;
}

/** Words after an ambiguous cue ("reports", "claims") that make it a noun. */
const NOT_VERB_AFTER_CUE = new Set(['of', 'that', 'suggesting', 'by', 'from', 'and', 'in', 'on', 'were', 'was', 'are', 'is', 'have', 'has', 'had']);

const INVERTING_CUES = new Set(['said', 'says', 'added', 'adds', 'claimed', 'claims', 'reported', 'reports', 'warned', 'warns', 'insisted', 'insists', 'explained', 'noted', 'wrote', 'writes', 'argued', 'argues', 'suggests', 'suggested', 'estimates', 'estimated', 'concluded', 'concludes', 'found', 'finds', 'shows', 'showed']);

/** The noun phrase that opens a sentence, as [first, last] token indices, if it ends before `limit`. */
function sentenceSubject(tokens: Token[], limit: number): [number, number] | null {
  let k = 0;
  while (k < limit && tokens[k].kind === 'punct') k++;
  let s = k;
  if (limit - k > 40) return null; // the subject of a long sentence is not what a late cue refers to
  while (s < limit && (isNounish(tokens[s]) || ((tokens[s].lower === 'the' || NP_JOINERS.has(tokens[s].lower) || PRONOUNS.has(tokens[s].lower)) && s < limit - 1))) s++;
  let last = s - 1;
  while (last > k && NP_JOINERS.has(tokens[last].lower)) last--;
  if (last < k || s >= limit) return null;
  if (tokens[k].lower === 'the' && last === k) return null;
  return [k, last];
}

const POST_POSED_TAIL = new Set(['on', 'in', 'at', 'last', 'this', 'late', 'early', 'a', 'the', 'statement', 'told', 'reporters', 'today', 'yesterday', 'overnight', 'week', 'month', 'earlier', 'later', 'briefing', 'conference', 'press', 'news', 'interview', 'television', 'on', 'state', 'local', 'media', 'by', 'phone', 'telephone', 'via', 'quoted', 'as', 'saying', 'according']);

/** True when nothing but a time or setting follows the cue ("said on Monday", "said in a statement"). */
function postPosed(tokens: Token[], cue: number): boolean {
  let k = cue + 1;
  let n = 0;
  for (; k < tokens.length && n < 8; k++, n++) {
    const t = tokens[k];
    if (t.kind === 'punct') return t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';' || t.text === ',';
    if (!POST_POSED_TAIL.has(t.lower) && !isCapitalized(t) && t.kind !== 'number') return false;
  }
  return k >= tokens.length;
}

export function isPronounSource(source: string): boolean {
  return PRONOUNS.has(source.toLowerCase());
}
