// Attribution in one sentence: who says something (the source span), the cue ("said",
// "according to", "confirmed", ...) and what is attributed (the content span). Covers "X said",
// "said X" after a quotation, "according to X", "X's spokesperson said", role+name speakers
// ("Interior Minister Mohsin Naqvi"), appositions ("The provincial Chief Minister, Sarfraz Bugti,
// confirmed"), relative clauses ("The BLA, which ..., claims"), and a coordinated second verb
// ("Bugti rejected ... and said").

import * as tokenModule from '../text/tokens';
import type { Token } from '../text/tokens';
import * as names from './names';
import * as lexicon from './lexicon';
import { singular } from './quantities';
import { WEEKDAYS } from '../text/calendar';

// The hot tables and functions, read once: under a CommonJS transform (tsx, the tests, the bench) every use of an
// imported binding is a getter call, and the extractor reads these for nearly every token.
const { isCapitalized } = tokenModule;
const { ORG_HEADS } = names;
const {
  AMBIGUOUS_BASE_FORM_CUES,
  AMBIGUOUS_CUES,
  AUXILIARIES,
  BASE_FORM_SPEECH_CUES,
  CLAUSE_PARTICIPLE_CUES,
  FUNCTION_WORDS,
  NAMING_CUES,
  OPEN_QUOTES,
  SPEAKER_NOUNS,
  SPEECH_CUES,
  STANCE_CUES,
  isSpeechCue,
} = lexicon;

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
const BE_FORMS = new Set([...lexicon.BE_FORMS, "it's"]);
const APPOSITION_ADVERBS = new Set([
  'now',
  'then',
  'also',
  'formerly',
  'currently',
  'himself',
  'herself',
  'once',
  'still',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** Quantifiers that open a speaker like a determiner ("Some eye witnesses", "one young man", "every single person"). */
const QUANTIFIERS = new Set(['some', 'every', 'each', 'many', 'several', 'most', 'one', 'all', 'few', 'two', 'three']);
/** Adverbs before a quantifier that belong to the speaker ("Almost every single person"). */
const QUANTIFIER_ADVERBS = new Set(['almost', 'nearly', 'virtually', 'practically']);
/** Pronoun-like quantifiers that speak alone ("others told", "some say"). */
const INDEFINITE_SPEAKERS = new Set(['others', 'some', 'many']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const NP_JOINERS = new Set(['of', 'for', 'and', '&', 'de', 'on']);
const CLAUSE_STARTERS = new Set(['which', 'who', 'whose', 'whom', 'where']);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);

/** Whether a token is a quotation mark, opening or closing. */
export function isQuoteMark(token: Token): boolean {
  return token.kind === 'punct' && (OPEN_QUOTES.has(token.text) || CLOSE_QUOTES.has(token.text));
}
/** Sentence-initial words that are not part of a speaker even when capitalised. */
const NOT_SPEAKER = new Set([
  'but',
  'and',
  'however',
  'meanwhile',
  'earlier',
  'later',
  'also',
  'in',
  'on',
  'at',
  'while',
  'when',
  'as',
  'after',
  'before',
  'since',
  'if',
  'so',
  'yet',
  'then',
  'now',
  'today',
  'yesterday',
  'last',
  'this',
  'that',
  'there',
  'here',
  'although',
  'though',
  'because',
  'despite',
  'instead',
  'still',
  'separately',
  'elsewhere',
  'overall',
  'indeed',
  'previously',
  'recently',
  'finally',
  'first',
  'second',
  'third',
  'moreover',
  'furthermore',
  'nonetheless',
  'nevertheless',
  'both',
  'speaking',
  'asked',
  'writing',
  'for',
  'with',
  'from',
  'by',
  'to',
  'of',
  'under',
  'over',
  'during',
  'once',
  'what',
  'all',
  'some',
  'many',
  'most',
  'few',
  'several',
  'no',
  'not',
  'or',
  'it',
  'its',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  ...WEEKDAYS,
  'until',
  'until',
  'following',
]);

/** Documents that speak ("the statement said", "according to a statement from Columbia"). */
const DOCUMENT_HEADS = new Set(['statement', 'letter', 'message', 'post', 'tweet', 'speech', 'briefing', 'interview']);
/** Times and occasions, which do not speak ("last week", "at the conference"); DOCUMENT_HEADS among them may head a speaker. */
const TIME_AND_OCCASION_NOUNS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'night',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'time',
  'times',
  'minute',
  'minutes',
  'hour',
  'hours',
  'season',
  'decade',
  'century',
  ...DOCUMENT_HEADS,
  'conference',
  'meeting',
  'programme',
  'show',
]);
/** Lowercase words that may stand right before a name in a speaker ("spokesperson Shahid Rind", "watchdog Ofcom"). */
const ROLE_BEFORE_NAME = new Set([
  ...SPEAKER_NOUNS,
  'watchdog',
  'regulator',
  'singer',
  'actor',
  'actress',
  'star',
  'striker',
  'boss',
  'head',
  'founder',
  'editor',
  'author',
  'writer',
  'professor',
  'chancellor',
  'governor',
  'mayor',
  'senator',
  'captain',
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  'forward',
  'player',
  'champion',
  'rival',
  'partner',
  'colleague',
  'counterpart',
  'deputy',
  'presenter',
  'host',
  'producer',
  'comedian',
  'rapper',
  'musician',
  'frontman',
  'guitarist',
  'drummer',
  'designer',
  'developer',
  'maker',
  'giant',
  'operator',
  'carrier',
  'airline',
  'retailer',
  'supermarket',
  'chain',
  'insurer',
  'lender',
  'broker',
  'investor',
  'owner',
  'shareholder',
  'administrator',
  'premier',
  'ambassador',
  'envoy',
  'inspector',
  'superintendent',
  'constable',
  'sergeant',
  'detective',
  'consultant',
  'researcher',
  'scientist',
  'strategist',
  'trader',
  'dealer',
  'campaigner',
  'activist',
  'mp',
  'mep',
  'peer',
  'colonel',
  'side',
  'embassy',
  'consulate',
  'mission',
  'campaign',
]);

const ROLE_ADJECTIVES = new Set([
  'former',
  'senior',
  'top',
  'local',
  'interim',
  'acting',
  'deputy',
  'junior',
  'foreign',
  'interior',
  'defence',
  'defense',
  'finance',
  'health',
  'education',
  'home',
  'state',
  'party',
  'government',
  'police',
  'army',
  'military',
  'prime',
  'chief',
  'then',
  'new',
  'outgoing',
  'incoming',
  'veteran',
  'retired',
  'elected',
  'shadow',
  'trade',
  'energy',
  'culture',
  'sports',
  'labour',
  'tory',
  'opposition',
  'ruling',
  'independent',
  'club',
  'team',
  'media',
]);

/** Nouns and adjectives ending like adverbs or participles ("family", "elderly", "filing", "ruling"). */
const LY_ING_NOUNS = new Set([
  'elderly',
  'friendly',
  'lonely',
  'burly',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'family',
  'ally',
  'assembly',
  'rally',
  'filing',
  'filings',
  'ruling',
  'briefing',
  'finding',
  'polling',
  'building',
  'wing',
  'king',
  'ring',
]);

/** Words between a subject and its verb that belong to neither: "Trump has long argued", "Obama once said", "Trump himself said". */
const VERB_ADVERBS = new Set(['long', 'once', 'himself', 'herself', 'themselves', 'itself']);

/** Adverbs that stand before a verb and end no noun phrase: "I could ever believe", "people don't casually think". */
const NOT_NOUN_ADVERBS = new Set([
  'longer',
  'ever',
  'even',
  'always',
  'often',
  'perhaps',
  'rather',
  'sometimes',
  'certainly',
  'probably',
  'truly',
  'really',
  'actually',
  'simply',
]);

function isNounish(t: Token, documentHead = false): boolean {
  if (t.kind !== 'word') return false;
  const lower = t.lower;
  if (LY_ING_NOUNS.has(lower)) return true;
  if (TIME_AND_OCCASION_NOUNS.has(lower) && !isCapitalized(t) && !(documentHead && DOCUMENT_HEADS.has(lower)))
    return false;
  if (isCapitalized(t))
    return (!NOT_SPEAKER.has(lower) && !FUNCTION_WORDS.has(lower)) || PRONOUNS.has(lower) || isAcronym(t.text);
  if (FUNCTION_WORDS.has(lower) || AUXILIARIES.has(lower) || NOT_NOUN_ADVERBS.has(lower) || lower.endsWith("n't"))
    return false;
  if (SPEECH_CUES.has(lower) && !SPEAKER_NOUNS.has(lower) && !BASE_FORM_SPEECH_CUES.has(lower)) return false;
  if (lower.endsWith('ly') && lower.length > 4) return false;
  if (lower.endsWith('ed') && lower.length > 4 && !SPEAKER_NOUNS.has(lower)) return false;
  if (lower.endsWith('ing') && lower.length > 5) return false;
  return true;
}

/** "US", "UN", "BBC": capitals that are a name even where the word is a function word ("us"). */
function isAcronym(word: string): boolean {
  return (/^[A-Z]{2,}$/.test(word) && !FUNCTION_WORDS.has(word.toLowerCase())) || word === 'US' || word === 'IT';
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
      if (k < 0 || tokens[k].text !== '(' || (first === -1 && j !== end)) break;
      first = k;
      j = k - 1;
      continue;
    }
    if (
      t.text === '.' &&
      (first === j + 1 || (first === -1 && j === end && tokens[j - 2]?.text === '.')) &&
      !t.spaceBefore &&
      tokens[j - 1]?.kind === 'word' &&
      isInitialOrTitle(tokens[j - 1].text)
    ) {
      // An initial or a title: "J. Allard", "Rep. Jane Doe"; a dotted acronym's last period ("the U.N. said").
      j--;
      continue;
    }
    if (
      (t.text === '-' || t.text === '‐' || t.text === '&') &&
      first === j + 1 &&
      !t.spaceBefore &&
      !tokens[j + 1].spaceBefore &&
      tokens[j - 1]?.kind === 'word'
    ) {
      // A hyphenated compound: "Anti-virus firm Sophos".
      j--;
      continue;
    }
    // An age inside the phrase: "the 89-year-old monarch".
    if ((first === j + 1 || (first === -1 && j === end)) && t.lower === 'old' && isAgeCompound(tokens, j - 4)) {
      first = j - 4;
      j -= 5;
      continue;
    }
    if (j === end && first === -1 && j > 0) {
      // A figure in a name ("Andre 3000 thanked", "Transport 2000 said", "Number 10 said") or a share of those polled ("32% said").
      const before = tokens[j - 1];
      if (
        t.kind === 'number' &&
        t.spaceBefore &&
        before.kind === 'word' &&
        isCapitalized(before) &&
        !NOT_SPEAKER.has(before.lower) &&
        !FUNCTION_WORDS.has(before.lower)
      ) {
        first = j;
        j--;
        continue;
      }
      const opening =
        j < 2 || tokens[j - 2].kind === 'punct' || tokens[j - 2].lower === 'and' || tokens[j - 2].lower === 'while';
      if (t.text === '%' && before.kind === 'number' && opening) return j - 1;
      // "those polled said", "people surveyed say".
      if (
        POLLED.has(t.lower) &&
        (before.lower === 'those' || before.lower === 'people' || before.lower === 'respondents')
      )
        return j - 1;
    }
    // A firm's name of two joined by "&": "Harlow & Finch said", "Marks & Spencer said".
    if (
      t.text === '&' &&
      first === j + 1 &&
      isCapitalized(tokens[first]) &&
      tokens[j - 1]?.kind === 'word' &&
      isCapitalized(tokens[j - 1])
    ) {
      first = j - 1;
      words++;
      j -= 2;
      continue;
    }
    if (t.kind !== 'word') break;
    const lower = t.lower;
    if (INDEFINITE_SPEAKERS.has(lower) && first === -1 && j === end && !DETERMINERS.has(tokens[j - 1]?.lower ?? ''))
      return j;
    if (first === -1 && j === end && PRONOUN_CONTRACTION.test(lower)) return j; // "he's always said"
    if (PRONOUNS.has(lower)) {
      if (first === -1) return j;
      if (tokens[first].text === '(') return j; // "he (Lord Goldsmith) said"
      break;
    }
    if (
      first >= 0 &&
      /(?:ing|ed)$/.test(lower) &&
      !isCapitalized(tokens[first]) &&
      (isRoleWord(tokens[end].lower) || isRoleWord(tokens[first].lower))
    ) {
      first = j; // "managing director", "acting chairman", "staffing firm OfficeTeam"
      j--;
      continue;
    }
    // A hyphenated participle modifier: "the Paris-based think tank", "the state-owned broadcaster".
    if (
      first >= 0 &&
      /(?:ed|en)$/.test(lower) &&
      !isCapitalized(t) &&
      j > 1 &&
      tokens[j - 1].text === '-' &&
      !t.spaceBefore &&
      !tokens[j - 1].spaceBefore &&
      tokens[j - 2].kind === 'word'
    ) {
      first = j - 2;
      j -= 3;
      continue;
    }
    // An -ing modifier after a name or a determiner: "US tracking data", "the ruling party".
    if (
      first >= 0 &&
      lower.endsWith('ing') &&
      !isCapitalized(t) &&
      !isCapitalized(tokens[first]) &&
      j > 0 &&
      (DETERMINERS.has(tokens[j - 1].lower) ||
        (isCapitalized(tokens[j - 1]) &&
          ((!NOT_SPEAKER.has(tokens[j - 1].lower) && !FUNCTION_WORDS.has(tokens[j - 1].lower)) ||
            isAcronym(tokens[j - 1].text))))
    ) {
      first = j;
      j--;
      continue;
    }
    if (
      (lower === 'by' || lower === 'from') &&
      first >= 0 &&
      j > 0 &&
      (SPEAKER_NOUNS.has(tokens[j - 1].lower) ||
        DOCUMENT_NOUNS.has(tokens[j - 1].lower) ||
        (lower === 'from' &&
          isCapitalized(tokens[first]) &&
          isCapitalized(tokens[j - 1]) &&
          !NOT_SPEAKER.has(tokens[j - 1].lower)))
    ) {
      // "a report by the government's watchdog", "figures from the ministry".
      j--;
      continue;
    }
    // A document with its subject before the agent: "A survey of professionals by staffing firm OfficeTeam".
    if (
      lower === 'by' &&
      first >= 0 &&
      j > 2 &&
      tokens[j - 2].lower === 'of' &&
      DOCUMENT_NOUNS.has(tokens[j - 3].lower) &&
      isNounish(tokens[j - 1])
    ) {
      j -= 3;
      continue;
    }
    if (QUANTIFIERS.has(lower)) {
      if (first === -1) break;
      first = QUANTIFIER_ADVERBS.has(tokens[j - 1]?.lower ?? '') ? j - 1 : j;
      break;
    }
    // "other" inside the phrase: "developers and other federal agencies".
    if (lower === 'other' && first >= 0) {
      first = j;
      j--;
      continue;
    }

    if (DETERMINERS.has(lower)) {
      if (first === -1) break;
      first = j;
      // "residents of the town": continue through "of" before the determiner.
      if (
        j > 1 &&
        (((tokens[j - 1].lower === 'of' || tokens[j - 1].lower === 'for') && isNounish(tokens[j - 2])) ||
          isPlaceJoiner(tokens, j - 1, j + 1))
      ) {
        j -= 2;
        continue;
      }
      // "Sources familiar with the talks", "People close to the prime minister", "Aides to the senator".
      if (
        j > 1 &&
        ((tokens[j - 1].lower === 'with' && tokens[j - 2].lower === 'familiar') ||
          (tokens[j - 1].lower === 'to' &&
            (CLOSE_ADJECTIVES.has(tokens[j - 2].lower) || AIDES.has(tokens[j - 2].lower))))
      ) {
        j -= 2;
        continue;
      }
      // "a report by the watchdog", "figures from the Office for National Statistics": the document and its agent.
      if (
        j > 1 &&
        (tokens[j - 1].lower === 'by' || tokens[j - 1].lower === 'from') &&
        (DOCUMENT_NOUNS.has(tokens[j - 2].lower) || SPEAKER_NOUNS.has(tokens[j - 2].lower))
      ) {
        j -= 2;
        continue;
      }
      break;
    }
    // "health officials in Powys", "The court in Washington", "Andrew in Derby": a speaker and where it is.
    if (isPlaceJoiner(tokens, j, first)) {
      j--;
      continue;
    }
    if (NP_JOINERS.has(lower)) {
      if (first === -1 || j === 0 || !isNounish(tokens[j - 1])) break;
      // "survey of companies": a document and what it covers.
      const documentOf = lower === 'of' && DOCUMENT_NOUNS.has(tokens[j - 1].lower);
      // "The former secretary of state", "the head of research": a role and what it is of.
      const roleOf = lower === 'of' && ROLE_BEFORE_NAME.has(tokens[j - 1].lower);
      if (
        lower !== 'and' &&
        !documentOf &&
        !roleOf &&
        !isCapitalized(tokens[first]) &&
        !SPEAKER_NOUNS.has(tokens[first].lower)
      )
        break;
      j--;
      continue;
    }
    // A surname that is also a word: "Theresa May", "Will Young".
    const surname =
      isCapitalized(t) &&
      j > 0 &&
      isCapitalized(tokens[j - 1]) &&
      !NOT_SPEAKER.has(tokens[j - 1].lower) &&
      !DETERMINERS.has(tokens[j - 1].lower) &&
      !FUNCTION_WORDS.has(tokens[j - 1].lower);
    // A participle as a noun after "the": "The accused has told police".
    const nominal = j === end && lower.endsWith('ed') && !isCapitalized(t) && j > 0 && tokens[j - 1].lower === 'the';
    if (!isNounish(t, j === end) && !surname && !nominal) break;
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

/** tokens[k] is "in" between a speaker (a name, a role, an organisation) and the place at tokens[place], or "to" after a role ("High Commissioner to Britain"). */
function isPlaceJoiner(tokens: Token[], k: number, place: number): boolean {
  if (
    k < 1 ||
    place < 0 ||
    (tokens[k].text !== 'in' && !(tokens[k].text === 'to' && isRoleWord(tokens[k - 1].lower))) ||
    !isCapitalized(tokens[place]) ||
    (DETERMINERS.has(tokens[place].lower) && !isCapitalized(tokens[place + 1] ?? tokens[place]))
  )
    return false;
  const head = tokens[k - 1];
  if (head.text === ')') return true; // "Office (PCO) in Baghdad"
  if (head.kind !== 'word') return false;
  const lower = head.lower;
  if (isCapitalized(head)) return !NOT_SPEAKER.has(lower) && !FUNCTION_WORDS.has(lower);
  return ROLE_BEFORE_NAME.has(lower) || ROLE_BEFORE_NAME.has(singular(lower)) || ORG_HEADS.has(lower);
}

/** Adjectives of people near a speaker ("sources familiar with", "people close to"), and nouns of those who serve one ("aides to"). */
const CLOSE_ADJECTIVES = new Set(['familiar', 'close', 'closest', 'loyal']);
const AIDES = new Set([
  'aides',
  'aide',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'assistant',
  'secretary',
  'envoy',
  'ambassador',
]);

/** Participles that make respondents of a poll ("those polled", "people surveyed"). */
const POLLED = new Set(['polled', 'surveyed', 'questioned', 'asked', 'interviewed', 'sampled']);

/** Titles written with a period before a name ("Rep. Jane Doe", "Sen. Smith", "Dr. Lee", "Const. Tim Fanning"). */
const TITLE_ABBREVIATIONS = new Set([
  'Rep',
  'Sen',
  'Gov',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Sgt',
  'Capt',
  'Rev',
  'Maj',
  'Adm',
  'Cmdr',
  'Supt',
  'Insp',
  'Det',
  'Hon',
  'Pres',
  'St',
  'Const',
  'Cpl',
]);

/** tokens[k..k+4] read "89-year-old". */
function isAgeCompound(tokens: Token[], k: number): boolean {
  if (k < 0) return false;
  const [n, d1, y, d2] = [tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  return (
    n.kind === 'number' &&
    d1.text === '-' &&
    y.lower === 'year' &&
    d2.text === '-' &&
    !d1.spaceBefore &&
    !y.spaceBefore &&
    !d2.spaceBefore &&
    !tokens[k + 4].spaceBefore
  );
}

function isInitialOrTitle(word: string): boolean {
  return /^[A-Z]$/.test(word) || TITLE_ABBREVIATIONS.has(word);
}

function isRoleWord(lower: string): boolean {
  return (
    ROLE_BEFORE_NAME.has(lower) ||
    ROLE_BEFORE_NAME.has(singular(lower)) ||
    ROLE_ADJECTIVES.has(lower) ||
    /(?:er|or|ist|ian|ant|ent|man|woman|ee|ess)s?$/.test(lower) ||
    /(?:al|ial|ese|ish|ic|ior)$/.test(lower)
  );
}

/** A speaker noun phrase that starts at tokens[start] ("according to state media reports", "said Mr Smith"). */
function speakerAfter(tokens: Token[], start: number, allowLowerHead: boolean): number {
  let j = start;
  let last = -1;
  if (
    tokens[j] &&
    (DETERMINERS.has(tokens[j].lower) ||
      (QUANTIFIERS.has(tokens[j].lower) && tokens[j + 1]?.kind === 'word' && !FUNCTION_WORDS.has(tokens[j + 1].lower)))
  )
    j++;
  let words = 0;
  while (j < tokens.length && words < 10) {
    const t = tokens[j];
    if (t.text === '(') {
      let k = j + 1;
      while (k < tokens.length && k - j < 5 && tokens[k].text !== ')') k++;
      if (k >= tokens.length || tokens[k].text !== ')') break;
      last = k;
      j = k + 1;
      continue;
    }
    // An age before the head: "a 34-year-old lobbyist".
    if (
      t.kind === 'number' &&
      tokens[j + 1]?.text === '-' &&
      !tokens[j + 1].spaceBefore &&
      tokens[j + 2]?.lower === 'year' &&
      tokens[j + 3]?.text === '-' &&
      tokens[j + 4]?.lower === 'old'
    ) {
      j += 5;
      continue;
    }
    // A year before the head: "a 2015 report by UNICEF", "the 2014 FBI filing".
    if (
      t.kind === 'number' &&
      /^(?:19|20)\d\d$/.test(t.text) &&
      tokens[j + 1]?.kind === 'word' &&
      tokens[j - 1] !== undefined &&
      DETERMINERS.has(tokens[j - 1].lower)
    ) {
      j++;
      continue;
    }
    if (
      (t.text === '&' ||
        t.text === '-' ||
        t.text === '/' ||
        (t.text === '.' && isInitialOrTitle(tokens[j - 1]?.text ?? ''))) &&
      last === j - 1 &&
      !t.spaceBefore &&
      tokens[j + 1]?.kind === 'word' &&
      (t.text === '.' || !tokens[j + 1].spaceBefore)
    ) {
      j++;
      continue;
    }
    if (t.kind !== 'word') break;
    const lower = t.lower;
    const afterJoiner =
      tokens[j + 1] && DETERMINERS.has(tokens[j + 1].lower) && lower !== 'and' ? tokens[j + 2] : tokens[j + 1];
    if (
      NP_JOINERS.has(lower) &&
      last >= 0 &&
      afterJoiner &&
      isNounish(afterJoiner) &&
      (lower !== 'and' || isCapitalized(afterJoiner))
    ) {
      j++;
      continue;
    }
    if (
      DETERMINERS.has(lower) &&
      last >= 0 &&
      (tokens[j - 1].lower === 'of' ||
        tokens[j - 1].lower === 'from' ||
        tokens[j - 1].lower === 'by' ||
        tokens[j - 1].lower === 'for')
    ) {
      j++;
      continue;
    }
    if (
      (lower === 'from' || lower === 'by' || lower === 'at') &&
      last >= 0 &&
      SPEAKER_NOUNS.has(tokens[last].lower) &&
      tokens[j + 1] &&
      (isCapitalized(tokens[j + 1]) || DETERMINERS.has(tokens[j + 1].lower))
    ) {
      j++;
      continue;
    }
    const cueAsNoun = SPEECH_CUES.has(lower) && last >= 0 && !FUNCTION_WORDS.has(lower) && !lower.endsWith('ed'); // "a police statement", not "quoted"
    const modifier =
      /(?:ing|ed)$/.test(lower) &&
      !FUNCTION_WORDS.has(lower) &&
      tokens[j + 1]?.kind === 'word' &&
      isNounish(tokens[j + 1]);
    const participleBy =
      last >= 0 &&
      lower.endsWith('ed') &&
      tokens[j + 1]?.lower === 'by' &&
      (SPEAKER_NOUNS.has(tokens[last].lower) || DOCUMENT_NOUNS.has(tokens[last].lower));
    if (participleBy) {
      j += 2; // "figures collected by the Interactive Media in Retail Group"
      continue;
    }
    if (!isNounish(t, true) && !cueAsNoun && !modifier && !(PRONOUNS.has(lower) && last < 0)) break;
    const roleBeforeName = ROLE_BEFORE_NAME.has(lower) || /(?:ist|ian)$/.test(lower);
    if (
      !allowLowerHead &&
      !isCapitalized(t) &&
      !SPEAKER_NOUNS.has(lower) &&
      !(roleBeforeName && tokens[j + 1] !== undefined && isCapitalized(tokens[j + 1])) &&
      last < 0
    )
      break;
    last = j;
    words++;
    j++;
    if (PRONOUNS.has(lower)) break;
  }
  return last;
}

const TIME_PREPOSITIONS = new Set(['on', 'last', 'this', 'in', 'at', 'earlier', 'late', 'early', 'next']);
const WEEKDAY_OR_TIME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening|afternoon|weekend|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Nouns before "to" that are no speaker of the verb after it: "the power to deny", "a decision to warn". */
const NO_AGENT_BEFORE_TO = new Set([
  'power',
  'powers',
  'right',
  'rights',
  'ability',
  'decision',
  'plan',
  'plans',
  'move',
  'attempt',
  'bid',
  'way',
  'chance',
  'need',
  'time',
  'effort',
  'freedom',
  'opportunity',
  'pressure',
  'reason',
  'call',
  'calls',
  'vote',
  'order',
  'duty',
  'obligation',
  'failure',
  'refusal',
  'intention',
  'reasons',
  'fantasy',
  'nonsense',
  'mistake',
  'hard',
  'difficult',
  'easy',
  'impossible',
  'fair',
  'safe',
  'wrong',
  'tempting',
  'able',
  'likely',
  'unlikely',
  'ready',
  'keen',
  'enough',
]);
/** Verbs before "to" whose subject is the speaker: "The board continues to believe", "ministers appear to accept". */
const CONTINUING_BEFORE_TO = new Set([
  'continue',
  'continues',
  'continued',
  'appear',
  'appears',
  'appeared',
  'seem',
  'seems',
  'seemed',
  'tend',
  'tends',
  'want',
  'wants',
  'wanted',
  'went',
  'go',
  'goes',
  'came',
  'come',
  'comes',
  'used',
  'tried',
  'try',
  'tries',
  'began',
  'begin',
  'begins',
  'needs',
  'need',
  'wish',
  'wishes',
  'wished',
  'hope',
  'hoped',
  'hopes',
]);
const NEGATING_BEFORE_TO = new Set(['refused', 'declined', 'unable', 'failed', 'reluctant', 'unwilling', 'afraid']);

function skipBackAdverbs(tokens: Token[], j: number): number {
  for (;;) {
    const before = j;
    while (
      j >= 0 &&
      tokens[j].kind === 'word' &&
      (AUXILIARIES.has(tokens[j].lower) ||
        (NOT_NOUN_ADVERBS.has(tokens[j].lower) && tokens[j].lower !== 'longer') ||
        VERB_ADVERBS.has(tokens[j].lower) ||
        (tokens[j].lower.endsWith('ly') &&
          tokens[j].lower.length > 4 &&
          !isCapitalized(tokens[j]) &&
          !LY_ING_NOUNS.has(tokens[j].lower))) &&
      !(isCapitalized(tokens[j]) && j > 0 && isCapitalized(tokens[j - 1]))
    )
      j--;
    // "Mr Hilton on Tuesday said", "X last week said".
    if (j >= 1 && WEEKDAY_OR_TIME.test(tokens[j].lower) && TIME_PREPOSITIONS.has(tokens[j - 1].lower)) j -= 2;
    else if (j >= 0 && (tokens[j].lower === 'today' || tokens[j].lower === 'yesterday')) j -= 1;
    // "prompted a Labour donor to say": the speaker stands before "to".
    else if (
      j >= 1 &&
      tokens[j].lower === 'to' &&
      !NEGATING_BEFORE_TO.has(tokens[j - 1].lower) &&
      !NO_AGENT_BEFORE_TO.has(tokens[j - 1].lower) &&
      tokens[j - 1].kind === 'word'
    )
      j -= CONTINUING_BEFORE_TO.has(tokens[j - 1].lower) ? 2 : 1;
    if (j === before) return j;
  }
}

/** The index of the closing quotation mark before tokens[i] (commas between skipped). */
function quoteIndexBefore(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && tokens[j].text === ',') j--;
  return j;
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
  // No opening mark: the sentence began inside a quotation that opened in an earlier sentence.
  const single = tokens[close].text === "'" || tokens[close].text === '’';
  if (k < floor)
    return floor === 0 && close > 0 && (!single || /^[,.!?]$/.test(tokens[close - 1].text))
      ? { start: tokens[0].start, end: tokens[close].end }
      : null;
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

/** A source as written, its words one space apart however the line was broken ("the\nmilitary"). */
function sourceText(text: string, start: number, end: number): string {
  const source = text.slice(start, end);
  return /\s\s|[\t\r\n]/.test(source) ? source.replace(/\s+/g, ' ') : source;
}

function rawAttribution(
  source: string,
  sourceStart: number,
  sourceEnd: number,
  cue: Token,
  contentStart: number,
  contentEnd: number,
  cueToken: number,
): RawAttribution {
  return {
    source,
    sourceStart,
    sourceEnd,
    cue: cue.text,
    cueStart: cue.start,
    cueEnd: cue.end,
    contentStart,
    contentEnd,
    cueToken,
  };
}

/** A pronoun with its verb glued on: "he's", "they've", "she'd". */
const PRONOUN_CONTRACTION = /^(?:he|she|they|we|i)['’](?:s|ve|d|ll|re|m)$/;

/** The attribution whose source is tokens[first..last]. */
function attributionWithSource(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  cueToken: number,
  contentStart: number,
  contentEnd: number,
): RawAttribution {
  const sourceStart = tokens[first].start;
  // "he's always said": the source is the pronoun, without its verb.
  const sourceEnd =
    first === last && PRONOUN_CONTRACTION.test(tokens[first].lower)
      ? sourceStart + tokens[first].text.search(/['’]/)
      : tokens[last].end;
  return rawAttribution(
    sourceText(text, sourceStart, sourceEnd),
    sourceStart,
    sourceEnd,
    tokens[cueToken],
    contentStart,
    contentEnd,
    cueToken,
  );
}

/** Finds the attributions of one sentence. */
export function findAttributions(text: string, tokens: Token[], sentenceEnd: number): RawAttribution[] {
  const out: RawAttribution[] = [];
  const taken = new TakenTokens(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') {
      if (i > 0 && (t.text === ':' || t.text === '—' || t.text === '–' || t.text === '-'))
        speakerOfQuotation(text, tokens, i, sentenceEnd, out, taken);
      continue;
    }
    if (taken.has(i)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') accordingTo(text, tokens, i, sentenceEnd, out, taken);
    else if (putsFigureAt(tokens, i)) attributionWithSubject(text, tokens, i, sentenceEnd, null, out);
    else if (t.lower === 'emerged' && (tokens[i + 1]?.lower === 'in' || tokens[i + 1]?.lower === 'from'))
      emergedIn(text, tokens, i, sentenceEnd, out, taken);
    else if (isSpeechCue(t) ? !isNamePartOrLabel(tokens, i) : isVerbAfterQuote(tokens, i))
      attributionOfCue(text, tokens, i, sentenceEnd, out, taken);
  }
  for (const a of out) {
    const last = cuePhraseEnd(tokens, a.cueToken);
    if (last > a.cueToken && a.cue === tokens[a.cueToken].text) {
      a.cue = sourceText(text, tokens[a.cueToken].start, tokens[last].end);
      a.cueEnd = tokens[last].end;
    }
  }
  return out;
}

/** How many words "put" may stand before the "at" of the figure it gives ("put the quake's strength at magnitude-5.4"). */
const MAX_PUT_OBJECT = 6;

/** Words that end the object of "put" before an "at" that gives no estimate ("put his team through their paces at 1030"). */
const PUT_OBJECT_BREAKS = new Set(['through', 'on', 'into', 'to', 'for', 'with', 'by', 'under', 'back']);

/**
 * Whether tokens[i] is "put"/"puts" giving an estimate: a determiner, the thing estimated, "at" and a figure ("Officials
 * put the death toll at 50", "The USGS put the quake's strength at magnitude-5.4", "put the amount of aid needed at
 * about $5bn"); not "put the house at risk", nor "put his team through their paces at 1030 GMT".
 */
function putsFigureAt(tokens: Token[], i: number): boolean {
  const lower = tokens[i].lower;
  if ((lower !== 'put' && lower !== 'puts') || i === 0 || !DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + MAX_PUT_OBJECT; k++) {
    if (PUT_OBJECT_BREAKS.has(tokens[k].lower) || tokens[k].kind === 'punct') return false;
    if (tokens[k].lower !== 'at') continue;
    return tokens.slice(k + 1, k + 4).some((t) => t.kind === 'number' || /\d/.test(t.text));
  }
  return false;
}

/** The last token of a cue written in several words: "called for", "called on", "released a statement". */
function cuePhraseEnd(tokens: Token[], i: number): number {
  const lower = tokens[i].lower;
  const next = tokens[i + 1]?.lower;
  if ((lower === 'called' || lower === 'calling') && (next === 'for' || next === 'on')) return i + 1;
  if (lower === 'pointed' && next === 'out') return i + 1;
  if (STATEMENT_VERBS.has(lower)) {
    const statement = statementAfter(tokens, i);
    if (statement > 0) return statement;
  }
  return i;
}

/** Verbs that speak through the statement they put out: "Palin released a statement", "the club issued a statement". */
const STATEMENT_VERBS = new Set(['released', 'issued']);

/** The index of "statement" in "released a (brief) statement", or -1. */
function statementAfter(tokens: Token[], i: number): number {
  if (!ARTICLES.has(tokens[i + 1]?.lower ?? '')) return -1;
  for (let k = i + 2; k < tokens.length && k <= i + 4; k++) {
    const lower = tokens[k].lower;
    if (lower === 'statement' || lower === 'statements') return k;
    if (tokens[k].kind !== 'word') return -1;
  }
  return -1;
}

/** A cue word inside a name or a label: "the United States Department", "POSTED: 05/02/07". */
function isNamePartOrLabel(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isCapitalized(t)) return false;
  if (t.text.length > 2 && t.text === t.text.toUpperCase() && tokens[i + 1]?.text === ':') return true;
  const before = tokens[i - 1];
  return i > 1 && before.kind === 'word' && isCapitalized(before) && !FUNCTION_WORDS.has(before.lower);
}

/** Any verb right after a quotation and a pronoun is a cue: "“...,” he mumbles", "“...,” she ordered". */
function isVerbAfterQuote(tokens: Token[], i: number): boolean {
  if (i < 3 || tokens[i - 2].kind !== 'punct' || !CLOSE_QUOTES.has(tokens[i - 2].text)) return false;
  const t = tokens[i];
  const speaker = tokens[i - 1];
  if (!PRONOUNS.has(speaker.lower) || speaker.lower === 'it' || speaker.lower === 'you' || speaker.lower === 'i')
    return false;
  if (isCapitalized(t) || !/[a-z](?:s|ed)$/.test(t.lower) || FUNCTION_WORDS.has(t.lower) || AUXILIARIES.has(t.lower))
    return false;
  return /^[,!?]$/.test(tokens[i - 3].text);
}

/**
 * Speech without a verb, where the layout names the speaker: a quotation signed after a dash ("“...” — Jane Smith,
 * chief executive") or a name and a colon before a quotation ("Jane Smith: “...”", in interviews). The cue is the mark.
 */
function speakerOfQuotation(
  text: string,
  tokens: Token[],
  i: number,
  sentenceEnd: number,
  out: RawAttribution[],
  taken: TakenTokens,
): void {
  const t = tokens[i];
  if (t.text === ':') {
    // The name opens the sentence and a quotation follows the colon.
    if (i > 5 || !OPEN_QUOTES.has(tokens[i + 1]?.text ?? '') || speakerAfter(tokens, 0, false) !== i - 1) return;
    if (tokens[0].text.length > 2 && tokens[0].text === tokens[0].text.toUpperCase()) return; // a label: "POSTED:", "UPDATE:"
    if (out.length || isSpeechCue(tokens[i - 1])) return;
    const quoteEnd = sentenceEnd;
    out.push(
      rawAttribution(
        sourceText(text, tokens[0].start, tokens[i - 1].end),
        tokens[0].start,
        tokens[i - 1].end,
        t,
        tokens[i + 1].start,
        quoteEnd,
        i,
      ),
    );
    taken.take(0, i);
    return;
  }
  // A spaced dash right after a closing quotation mark, then a name.
  if (!t.spaceBefore && t.text === '-') return;
  const quote = quoteBefore(tokens, i);
  if (!quote || !isCapitalized(tokens[i + 1] ?? t)) return;
  // A whole quotation, not a quoted phrase inside prose ('the "war on terror" - Britain, ...').
  if (quote.start !== tokens[0].start && !/^[.!?,]$/.test(tokens[quoteIndexBefore(tokens, i) - 1]?.text ?? '')) return;
  const last = speakerAfter(tokens, i + 1, false);
  if (last < 0 || (last + 1 < tokens.length && !/^[.,;]$/.test(tokens[last + 1].text))) return;
  out.push(attributionWithSource(text, tokens, i + 1, last, i, quote.start, quote.end));
  taken.take(i, last);
}

/** "it emerged in Spanish news media reports that ...". */
function emergedIn(
  text: string,
  tokens: Token[],
  i: number,
  sentenceEnd: number,
  out: RawAttribution[],
  taken: TakenTokens,
): void {
  const last = speakerAfter(tokens, i + 2, true);
  if (last < 0 || tokens[last + 1]?.lower !== 'that') return;
  taken.take(i, last);
  const contentStart = last + 2 < tokens.length ? tokens[last + 2].start : tokens[last].end;
  out.push({
    source: sourceText(text, tokens[i + 2].start, tokens[last].end),
    sourceStart: tokens[i + 2].start,
    sourceEnd: tokens[last].end,
    cue: `emerged ${tokens[i + 1].lower}`,
    cueStart: tokens[i].start,
    cueEnd: tokens[i + 1].end,
    contentStart,
    contentEnd: sentenceEnd,
    cueToken: i,
  });
}

/** "according to X". */
function accordingTo(
  text: string,
  tokens: Token[],
  i: number,
  sentenceEnd: number,
  out: RawAttribution[],
  taken: TakenTokens,
): void {
  const last = speakerAfter(tokens, i + 2, true);
  if (last < 0) return;
  const t = tokens[i];
  const sourceFirst = i + 2;
  taken.take(i, last);
  // Content: what follows the comma when the phrase opens the sentence, else what precedes it; in an aside between
  // dashes, what follows up to the closing dash ("a ground attack aircraft - according to its manufacturer its maximum
  // height is 7,000m - 3km short"), not at a dash that ends the sentence ("... the world - according to new research").
  const closingDash = i > 0 && isSpacedDash(tokens[i - 1]) ? nextSpacedDash(tokens, last + 1) : -1;
  const aside = closingDash > last + 1;
  const opening = i === 0 || (i === 1 && tokens[0].kind === 'punct') || aside;
  const contentStart = opening
    ? last + 1 < tokens.length
      ? tokens[last + 1].start
      : tokens[last].end
    : tokens[0].start;
  const contentEnd = aside ? tokens[closingDash].start : opening ? sentenceEnd : t.start;
  out.push({
    source: sourceText(text, tokens[sourceFirst].start, tokens[last].end),
    sourceStart: tokens[sourceFirst].start,
    sourceEnd: tokens[last].end,
    cue: 'according to',
    cueStart: t.start,
    cueEnd: tokens[i + 1].end,
    contentStart,
    contentEnd,
    cueToken: i,
  });
}

/** How many tokens after "according to X" an aside's closing dash may stand (a sentence is read in linear time). */
const MAX_ASIDE = 40;

/** The index of the first spaced dash from tokens[from] within MAX_ASIDE tokens, or -1. */
function nextSpacedDash(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + MAX_ASIDE; k++) if (isSpacedDash(tokens[k])) return k;
  return -1;
}

/** A dash set apart by a space, as around an aside ("- according to its manufacturer ... -"). */
function isSpacedDash(token: Token): boolean {
  return (token.text === '-' || token.text === '–' || token.text === '—') && token.spaceBefore;
}

/** The attribution a speech cue (tokens[i]) makes, if any. */
function attributionOfCue(
  text: string,
  tokens: Token[],
  i: number,
  sentenceEnd: number,
  out: RawAttribution[],
  taken: TakenTokens,
): void {
  const t = tokens[i];
  const lower = t.lower;
  if (i > 0 && tokens[i - 1].lower.endsWith("'s")) return; // "the BLA's claims"
  if (STATEMENT_VERBS.has(lower) && statementAfter(tokens, i) < 0) return; // "released 40 prisoners", "released by the summer"
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  // Passive: "casualties reported by authorities", "attacks claimed by the BLA".
  if (next?.lower === 'by' && lower.endsWith('ed')) {
    if (lower === 'called' || lower === 'dismissed') return; // "the strike, called by the union": organised, not said
    passiveWithAgent(text, tokens, i, out, taken);
    return;
  }
  if (!isSpeechUse(tokens, i)) return;
  // Inverted at the start: "Said Kate in a release, “...”", "Added Gosselin: “...”".
  if (i === 0 && (lower === 'said' || lower === 'added' || lower === 'says' || lower === 'adds') && isCapitalized(t)) {
    const last = speakerAfter(tokens, 1, false);
    if (last >= 0) {
      const after = last + 1 < tokens.length ? tokens[last + 1].start : sentenceEnd;
      out.push(attributionWithSource(text, tokens, 1, last, i, after, sentenceEnd));
      taken.take(i, last);
      return;
    }
  }
  const quote = quoteBefore(tokens, i);
  // Inverted without a quotation: "..., says a study.", "..., said Mr Smith, the chief executive."
  if (!quote && i > 0 && tokens[i - 1].text === ',' && INVERTED_AFTER_COMMA.has(lower)) {
    const last = speakerAfter(tokens, i + 1, true);
    if (
      last >= 0 &&
      (last === tokens.length - 1 ||
        /^[.,;!?]$/.test(tokens[last + 1].text) ||
        (/^[-–—]$/.test(tokens[last + 1].text) && tokens[last + 1].spaceBefore))
    ) {
      out.push(attributionWithSource(text, tokens, i + 1, last, i, tokens[0].start, tokens[i - 1].start));
      taken.take(i, last);
      return;
    }
  }
  // "Trump was quoted as saying that ...": the subject of the passive speaks.
  if (lower === 'saying' && i > 2 && tokens[i - 1].lower === 'as' && tokens[i - 2].lower === 'quoted') {
    let j = i - 3;
    while (j >= 0 && (BE_FORMS.has(tokens[j].lower) || AUXILIARIES.has(tokens[j].lower))) j--;
    const first = j >= 0 ? speakerBefore(tokens, j) : -1;
    if (first >= 0) {
      const attribution = attributionWithSource(text, tokens, first, j, i - 2, next ? next.start : t.end, sentenceEnd);
      attribution.cue = sourceText(text, tokens[i - 2].start, t.end);
      attribution.cueEnd = t.end;
      out.push(attribution);
      taken.take(first, i);
    }
    return;
  }
  // A participle after a comma takes the sentence's subject: "Mr Kennedy criticised Mr Brown ..., saying it was".
  if (lower.endsWith('ing') && i > 0 && tokens[i - 1].text === ',') {
    const subject = sentenceSubject(tokens, i);
    if (subject) {
      const contentStart = next ? next.start : t.end;
      if (out.length) {
        const earlier = out[out.length - 1];
        if (CLAUSE_PARTICIPLE_CUES.has(lower)) return; // "rejected these claims, calling them baseless": one attribution
        // "Mr Kennedy criticised Mr Brown ..., saying it was": one attribution, the stance voiced by the participle.
        if (STANCE_CUES.has(tokens[earlier.cueToken].lower)) out.pop();
        out.push(
          rawAttribution(earlier.source, earlier.sourceStart, earlier.sourceEnd, t, contentStart, sentenceEnd, i),
        );
      } else {
        out.push(attributionWithSource(text, tokens, subject[0], subject[1], i, contentStart, sentenceEnd));
      }
      return;
    }
  }
  // Inverted: “...,” said X / said X, “...”
  if (quote && INVERTED_AFTER_QUOTE.has(lower)) {
    // A lower-case speaker after a determiner or before a name: "added the star", "said lead author Anoop Prabhu".
    const lowerHead =
      next !== undefined &&
      (DETERMINERS.has(next.lower) ||
        QUANTIFIERS.has(next.lower) ||
        tokens.slice(i + 2, i + 5).some((t) => isCapitalized(t)));
    const last = speakerAfter(tokens, i + 1, lowerHead);
    if (last >= 0) {
      out.push(attributionWithSource(text, tokens, i + 1, last, i, quote.start, quote.end));
      taken.take(i, last);
      return;
    }
  }
  attributionWithSubject(text, tokens, i, sentenceEnd, quote, out);
}

/** Cues that may stand before their speaker after a quotation or after a comma ("“...,” said X", "..., says a study."). */
const INVERTING_CUES = new Set(['said', 'says', 'added', 'explained', 'noted', 'wrote', 'insisted', 'warned']);
/** INVERTING_CUES, and the cues that stand before their speaker only after a quotation ("“...,” asked X", "“...” read a message"). */
const INVERTED_AFTER_QUOTE = new Set([...INVERTING_CUES, 'told', 'asked', 'read', 'reads']);
/** INVERTING_CUES, and the cues that stand before their speaker only after a comma, with no quotation ("..., claims the group."). */
const INVERTED_AFTER_COMMA = new Set([
  ...INVERTING_CUES,
  'say',
  'adds',
  'claimed',
  'claims',
  'reported',
  'reports',
  'warns',
  'insists',
  'writes',
  'argued',
  'argues',
  'believes',
  'thinks',
  'admits',
  'admitted',
  'notes',
  'predicts',
  'predicted',
  'suggests',
  'suggested',
  'estimates',
  'estimated',
  'concluded',
  'concludes',
  'found',
  'finds',
  'shows',
  'showed',
]);

/** "casualties reported by authorities": the agent after "by" is the source, the clause before the cue the content. */
function passiveWithAgent(text: string, tokens: Token[], i: number, out: RawAttribution[], taken: TakenTokens): void {
  const last = speakerAfter(tokens, i + 2, true);
  if (last < 0) return;
  let k = i - 1;
  while (k > 0 && tokens[k].text !== ',' && tokens[k].text !== ';') k--;
  const contentStart =
    k >= 0 && k + 1 < i && (tokens[k].text === ',' || tokens[k].text === ';') ? tokens[k + 1].start : tokens[0].start;
  const contentEnd = i > 0 ? tokens[i - 1].end : tokens[i].start;
  out.push(attributionWithSource(text, tokens, i + 2, last, i, contentStart, contentEnd));
  taken.take(i, last);
}

/** Stance verbs that also tell a movement, and the prepositions after them that tell it ("slammed into"). */
const STANCE_MOVES = new Set(['slammed', 'slams', 'blasted', 'blasts']);
const MOVING_PREPOSITIONS = new Set(['into', 'through', 'onto', 'against', 'across', 'past', 'off']);

/** False for a cue word used otherwise than for speech: "believes in", "told the truth", "claimed the title", "she was told". */
function isSpeechUse(tokens: Token[], i: number): boolean {
  const lower = tokens[i].lower;
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  if (next?.lower === 'in' && (lower === 'believes' || lower === 'believed' || lower === 'believe')) return false; // "believes in"
  if (lower === 'think' && (next?.lower === 'tank' || next?.lower === 'tanks')) return false; // "a think tank"
  if (lower === 'believe' && next?.lower === 'me') return false; // "believe me"
  if (lower === 'continued' && !hasCloseQuoteIn(tokens, Math.max(0, i - 4), i)) return false;
  // "read" speaks only next to a quotation: "“...,” read a message on X", "“...” the statement read.", "a screen reading “...”".
  if ((lower === 'read' || lower === 'reads' || lower === 'reading') && !readsQuotation(tokens, i)) return false;
  // "accused of shooting" (charged), "adds up": no speech.
  if (lower === 'accused' && next?.lower === 'of') return false;
  if ((lower === 'added' || lower === 'adds') && next?.lower === 'up') return false;
  // "shells slammed into a school", "a car blasted through the wall": a movement, not a stance.
  if (STANCE_MOVES.has(lower) && next !== undefined && MOVING_PREPOSITIONS.has(next.lower)) return false;
  // "Ireland maintained their ambitions", "conceded a penalty": an object, not speech ("maintained that", "conceded defeat" aside).
  if (
    (lower === 'maintained' || lower === 'maintains' || lower === 'conceded' || lower === 'concedes') &&
    next &&
    (ARTICLES.has(next.lower) || (DETERMINERS.has(next.lower) && next.lower !== 'that')) &&
    !clauseFollows(tokens, i)
  )
    return false;
  // "Orange added 1m customers": a figure as object, not speech.
  if (
    (lower === 'added' || lower === 'adds') &&
    next &&
    (next.kind === 'number' ||
      ADDED_OBJECT_STARTS.has(next.lower) ||
      next.text === '$' ||
      next.text === '£' ||
      next.text === '€')
  )
    return false;
  // "called on the government to", "called for": speech; "called the police", "was called": not.
  if (
    (lower === 'called' || lower === 'calling') &&
    next?.lower !== 'on' &&
    next?.lower !== 'for' &&
    !namesObject(tokens, i)
  )
    return false;
  // "Trump called the deal a disaster", "branded the scheme a waste", "dismissed the report as fake".
  if (NAMING_CUES.has(lower) && !namesObject(tokens, i)) return false;
  if (
    (lower === 'dismissed' || lower === 'dismisses') &&
    (next?.kind === 'number' ||
      next?.lower === 'from' ||
      (!namesObject(tokens, i) &&
        next?.lower !== 'the' &&
        next?.lower !== 'claims' &&
        next?.lower !== 'suggestions' &&
        next?.lower !== 'reports'))
  )
    return false;
  // "felt concentrating on club rugby could have", "feels that": a view, not a sensation ("felt a tremor").
  if (
    (lower === 'felt' || lower === 'feels' || lower === 'feel') &&
    next?.lower !== 'that' &&
    !clauseFollows(tokens, i)
  )
    return false;
  if (lower === 'pointed' && next?.lower !== 'out') return false;
  if ((lower === 'agreed' || lower === 'agrees') && next?.lower === 'to') return false; // "had agreed to pay": an act
  if (lower === 'pleaded' && (next?.lower === 'guilty' || next?.lower === 'not' || next?.lower === 'innocent'))
    return false;
  // The newer participles speak in a clause after a comma or after "is/are" ("are insisting"), not as a noun's modifier
  // ("a motion questioning expansion", "undermining enterprise and denying people choice").
  if (CLAUSE_PARTICIPLE_CUES.has(lower) && !(tokens[i - 1]?.text === ',' || isProgressive(tokens, i))) return false;
  // "forces responded in a timely manner": an action; "responded that", "“...,” he responded": speech.
  if (
    (lower === 'responded' || lower === 'responds') &&
    next?.lower !== 'that' &&
    next?.text !== ':' &&
    !readsQuotation(tokens, i)
  )
    return false;
  // "a survey shows", "figures showed": only a document shows something.
  if (
    (lower === 'shows' || lower === 'showed' || lower === 'show') &&
    !hasDocumentNounIn(tokens, Math.max(0, i - 6), i)
  )
    return false;
  if (
    (lower === 'told' || lower === 'tell' || lower === 'tells') &&
    next?.lower === 'the' &&
    (tokens[i + 2]?.lower === 'truth' || tokens[i + 2]?.lower === 'story')
  )
    return false;
  // A passive without its agent: "It is predicted that", "she was told".
  let b = i - 1;
  while (
    b >= 0 &&
    tokens[b].kind === 'word' &&
    ((tokens[b].lower.endsWith('ly') && tokens[b].lower.length > 4) ||
      PASSIVE_ADVERBS.has(tokens[b].lower) ||
      NOT_NOUN_ADVERBS.has(tokens[b].lower))
  )
    b--;
  if (b >= 0 && BE_FORMS.has(tokens[b].lower) && next?.lower !== 'by' && !lower.endsWith('ing')) return false;
  // "claimed the runners-up spot", "posted pictures": an object, not speech ("claimed responsibility" stays).
  if (
    (lower === 'claimed' || lower === 'posted' || lower === 'claim' || lower === 'claims') &&
    next &&
    takesObject(lower, next) &&
    tokens[i + 2]?.lower !== 'responsibility' &&
    !(lower !== 'posted' && clauseFollows(tokens, i))
  )
    return false;
  return true;
}

/** tokens[i] follows "is"/"are"/"was"/"were" (adverbs between): "they are insisting", "is also claiming". */
function isProgressive(tokens: Token[], i: number): boolean {
  let b = i - 1;
  while (
    b >= 0 &&
    tokens[b].kind === 'word' &&
    (tokens[b].lower.endsWith('ly') || PASSIVE_ADVERBS.has(tokens[b].lower))
  )
    b--;
  return b >= 0 && BE_FORMS.has(tokens[b].lower);
}

/** tokens[i] names its object: "called the deal a disaster", "called it “a dangerous idea”", "dismissed the report as fake". */
function namesObject(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k];
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'as') return true;
    // A quotation names it only after "called" ("called it “a dangerous idea”"), not a title given ("labeled the offensive “Operation X”").
    if (OPEN_QUOTES.has(t.text)) return tokens[i].lower === 'called' || tokens[i].lower === 'calling';
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'") return false;
  }
  return false;
}

/** Verbs that open a clause after a cue's subject: "claimed the plans would cost", "conceded his comments may have been". */
const CLAUSE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
]);

/** A clause, not an object, follows the cue tokens[i]: a short noun phrase, then a finite verb ("claims the policy is"). */
function clauseFollows(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.kind !== 'word') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 7; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'") return false;
    if (CLAUSE_VERBS.has(t.lower)) return true;
  }
  return false;
}

const PLACE_PREPOSITIONS = new Set(['in', 'into', 'across', 'inside', 'outside', 'throughout']);

/** A place named after "in" is where, not who: "a singer hoping to perform in the US can expect". */
function isPlaceAfterPreposition(tokens: Token[], first: number, last: number): boolean {
  if (first === 0 || !PLACE_PREPOSITIONS.has(tokens[first - 1].lower)) return false;
  for (let k = tokens[first].lower === 'the' ? first + 1 : first; k <= last; k++)
    if (!isCapitalized(tokens[k])) return false;
  return true;
}

/** Adverbs between "be" and a participle: "UAE authorities are now said to be". */
const PASSIVE_ADVERBS = new Set(['now', 'also', 'still', 'often', 'long', 'further', 'being']);

function readsQuotation(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (before && (CLOSE_QUOTES.has(before.text) || (before.text === ',' && CLOSE_QUOTES.has(tokens[i - 2]?.text ?? ''))))
    return true;
  if (next && (OPEN_QUOTES.has(next.text) || next.text === ':')) return true;
  return (!next || /^[.,;!?]$/.test(next.text)) && hasCloseQuoteIn(tokens, Math.max(0, i - 6), i);
}

/** Words after "added" that start its object ("added another 500 jobs", "added a further £2m"). */
const ADDED_OBJECT_STARTS = new Set([
  'only',
  'just',
  'net',
  'a',
  'an',
  'another',
  'more',
  'some',
  'nearly',
  'almost',
  'about',
  'around',
  'over',
  'roughly',
  'new',
  'fresh',
  'extra',
  'further',
  'several',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
]);
/** Nouns of documents that "show" or "find" something. */
const DOCUMENT_NOUNS = new Set([
  'survey',
  'surveys',
  'poll',
  'polls',
  'study',
  'studies',
  'report',
  'reports',
  'data',
  'figures',
  'research',
  'analysis',
  'census',
  'statistics',
  'audit',
  'review',
  'index',
  'records',
  'documents',
  'report',
  'filing',
  'filings',
  'results',
  'numbers',
  'estimates',
  'projections',
  'forecast',
  'models',
  'research',
]);

function hasDocumentNounIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DOCUMENT_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

function takesObject(lower: string, next: Token): boolean {
  if (ARTICLES.has(next.lower) || next.kind === 'number') return true;
  return (
    lower !== 'claims' &&
    lower !== 'claim' &&
    next.kind === 'word' &&
    !FUNCTION_WORDS.has(next.lower) &&
    !DETERMINERS.has(next.lower) &&
    !PRONOUNS.has(next.lower) &&
    next.lower !== 'responsibility' &&
    next.lower !== 'credit'
  );
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
    if (lower === 'not' || lower === 'never' || lower === 'cannot' || lower.endsWith("n't")) return true;
  }
  return false;
}

/** X said / X, who ..., said / X and said: the source stands before the cue tokens[i]. */
function attributionWithSubject(
  text: string,
  tokens: Token[],
  i: number,
  sentenceEnd: number,
  quote: { start: number; end: number } | null,
  out: RawAttribution[],
): void {
  const t = tokens[i];
  const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  const end = skipBackAdverbs(tokens, i - 1);
  if (end < 0) return;
  let first: number;
  let sourceEnd = end;
  const dash =
    (tokens[end].text === '-' || tokens[end].text === '–' || tokens[end].text === '—') && tokens[end].spaceBefore;
  if (
    tokens[end].text === ',' ||
    dash ||
    (CLOSE_QUOTES.has(tokens[end].text) && end > 0 && tokens[end - 1].text === ',')
  ) {
    const span = subjectBeforeComma(tokens, end);
    if (span === null) return;
    first = span[0];
    sourceEnd = span[1];
  } else if (
    (tokens[end].lower === 'and' || tokens[end].lower === 'but') &&
    !hasConditionalIn(tokens, Math.max(0, i - 24), i) &&
    !(BASE_FORM_SPEECH_CUES.has(t.lower) && tokens[end - 1]?.lower === 'try')
  ) {
    // "Bugti rejected ... and said": the subject of the first verb, i.e. the sentence's subject or an earlier source.
    if (hasNegationIn(tokens, end + 1, i)) return; // "said ..., but did not believe"
    // A base form after "and" shares the subject of an earlier base form ("Many believe ... and fear"), not of "called on X to ... and maintain".
    if (
      BASE_FORM_SPEECH_CUES.has(t.lower) &&
      !(out.length && BASE_FORM_SPEECH_CUES.has(tokens[out[out.length - 1].cueToken].lower))
    )
      return;
    if (out.length) {
      const earlier = out[out.length - 1];
      out.push(
        rawAttribution(
          earlier.source,
          earlier.sourceStart,
          earlier.sourceEnd,
          t,
          next ? next.start : t.end,
          sentenceEnd,
          i,
        ),
      );
      return;
    }
    const subject = sentenceSubject(tokens, i);
    if (subject === null) return;
    first = subject[0];
    sourceEnd = subject[1];
  } else if ((tokens[end].lower === 'who' || tokens[end].lower === 'which') && end > 1) {
    // "the Low Pay Commission which said", "Tory spokesman Julian Lewis who said": the antecedent speaks.
    sourceEnd = beforeAge(tokens, tokens[end - 1].text === ',' ? end - 2 : end - 1);
    first = speakerBefore(tokens, sourceEnd);
  } else {
    first = speakerBefore(tokens, end);
  }
  if (first < 0) return;
  // Between commas the clause may deny something ("Mr Brown, who was not at the meeting, says"): the cue is not denied.
  if (!isSourceOfCue(tokens, i, first, sourceEnd, tokens[end].text === ',' ? end : sourceEnd)) return;
  const firstToken = tokens[first];
  // A determiner-only subject or a lone function word is not a speaker.
  if (first === sourceEnd && DETERMINERS.has(firstToken.lower)) return;
  const startsWithDet =
    (firstToken.lower === 'this' ||
      firstToken.lower === 'that' ||
      firstToken.lower === 'these' ||
      firstToken.lower === 'those') &&
    !POLLED.has(tokens[first + 1]?.lower ?? '');
  const sourceFirst = startsWithDet ? first + 1 : first;
  if (sourceFirst > sourceEnd) return;
  if (sourceFirst === sourceEnd && tokens[sourceFirst].lower === 'you') return; // the generic "you" ("you have to ... and say")
  if (isPlaceAfterPreposition(tokens, first, sourceEnd)) return;
  let contentStart = next ? next.start : t.end;
  let contentEnd = sentenceEnd;
  // "“...,” he said": the quotation stands before the source.
  quote ??= quoteBefore(tokens, sourceFirst);
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
  // The separator that closes the clause or apposition: a comma, or a dash ("The board - which ... - said").
  const separator = CLOSE_QUOTES.has(tokens[end].text) ? ',' : tokens[end].text;
  /** The speaker phrase that ends before the closing separator, found once (-2 until then). */
  let inner = -2;
  for (let k = end - 1, steps = 0; k >= 1 && steps < 30; k--, steps++) {
    const after = tokens[k + 1];
    if (
      tokens[k].text === separator &&
      (separator === ',' || tokens[k].spaceBefore) &&
      (CLAUSE_STARTERS.has(after.lower) || steps > 0)
    ) {
      if (CLAUSE_STARTERS.has(after.lower) || isParticipleClause(tokens, k + 1, end - 1)) {
        // A relative or participle clause: "The BLA, which ..., claims", "Smith, speaking on Tuesday, said".
        found = k;
        break;
      }
      // Apposition: ", Sarfraz Bugti," after a role phrase, or ", now chairman of Mersey TV," after a name.
      if (inner === -2) inner = speakerBefore(tokens, end - 1);
      const innerStart = APPOSITION_ADVERBS.has(after.lower) ? k + 2 : k + 1;
      if (inner === innerStart) {
        const outer = speakerBefore(tokens, k - 1);
        if (outer >= 0) return [outer, end - 1];
      }
      // "The Israeli military, however, said": an adverb between commas.
      if (k + 1 === end - 1 && DISCOURSE_ADVERBS.has(after.lower) && !tokens[k - 1].lower.endsWith('ly')) {
        const subject = speakerBefore(tokens, k - 1);
        if (subject >= 0) return [subject, k - 1];
      }
      // A longer apposition after a name (and its age): "James Horn, head of research at the Foundation, said",
      // "Steve Landells, from the British Airline Pilots Association (Balpa), said", "Jung Hwang, 43, owner of CR Market, said".
      const nameEnd = beforeAge(tokens, k - 1);
      const name = speakerBefore(tokens, nameEnd);
      if (
        name >= 0 &&
        isCapitalized(tokens[nameEnd]) &&
        isCapitalized(tokens[name]) &&
        isAppositionAfterName(tokens, k + 1, end - 1)
      )
        return [name, nameEnd];
      // A party and state after a name: "Rep. Nancy Pelosi, D-Calif., said", "Sanders, I-Vt., has said".
      if (isPartyTag(tokens, k + 1, end - 1)) {
        const named = speakerBefore(tokens, k - 1);
        if (named >= 0) return [named, k - 1];
      }
      // A name as the apposition of a phrase that is no speaker: "One lawmaker who attended, James Cleverly, said".
      if (inner === innerStart && tokens.slice(inner, end).every((t) => isCapitalized(t))) return [inner, end - 1];
      // A comma inside the clause or apposition ("The Alliance, which includes X, Y and Z, said"): look further back.
    }
  }
  if (found > 0) {
    const subjectEnd = beforeAge(tokens, found - 1);
    const s = speakerBefore(tokens, subjectEnd);
    if (s >= 0) return [s, subjectEnd];
  }
  return null;
}

/** tokens[from..to] reads "D-Calif." or "R-S.C.": a party letter, a hyphen, a state's abbreviation. */
function isPartyTag(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 6 || !/^[DRI]$/.test(tokens[from].text) || tokens[from + 1].text !== '-')
    return false;
  for (let k = from + 2; k <= to; k++)
    if (tokens[k].text !== '.' && !(tokens[k].kind === 'word' && isCapitalized(tokens[k]))) return false;
  return true;
}

/** tokens[from..to] is a participle clause, no finite verb: "speaking on Tuesday", "published in Nature", "visiting Beijing". */
function isParticipleClause(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 24) return false;
  if ((tokens[from].lower === 'being' || tokens[from].lower === 'having') && from < to) from++; // "being serialised in"
  const first = tokens[from];
  if (first.kind !== 'word' || isCapitalized(first) || first.lower.length < 5 || !/(?:ing|ed|en|wn)$/.test(first.lower))
    return false;
  if (FUNCTION_WORDS.has(first.lower) || AUXILIARIES.has(first.lower) || LY_ING_NOUNS.has(first.lower)) return false;
  for (let k = from + 1; k <= to; k++)
    if (FINITE_VERBS.has(tokens[k].lower) || OPEN_QUOTES.has(tokens[k].text)) return false;
  return true;
}

/** The last token of a name before its age: "Rhonda Sneed, 64, who ..." ends at "Sneed" (at `end` itself when no age). */
function beforeAge(tokens: Token[], end: number): number {
  return end >= 2 && tokens[end].kind === 'number' && /^\d{1,3}$/.test(tokens[end].text) && tokens[end - 1].text === ','
    ? end - 2
    : end;
}

/** Words that stand alone between commas and are no apposition: "The Israeli military, however, said". */
const DISCOURSE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'too',
  'though',
  'also',
  'nonetheless',
  'nevertheless',
  'instead',
  'separately',
  'moreover',
  'furthermore',
  'indeed',
  'still',
]);

/** Words besides the role words (isRoleWord) that open an apposition after a name ("a historian", "from Balpa",
 * "one of the founders", "member of X", "vice chairman"). */
const APPOSITION_OPENERS = new Set([
  'a',
  'an',
  'the',
  'one',
  'from',
  'of',
  'at',
  'with',
  'who',
  'ex',
  'in',
  'on',
  'member',
  'co-author',
  'vice',
]);
const FINITE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'do',
]);

/** tokens[from..to] reads as an apposition: a role or an origin, no clause ("head of research at X", "from Balpa"). */
function isAppositionAfterName(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 24) return false;
  const first = tokens[from];
  // An age: "Sylvia Segura, 61, told".
  if (from === to && first.kind === 'number' && /^\d{1,3}$/.test(first.text)) return true;
  if (first.kind !== 'word') return false;
  // "head of research at X", "from Balpa", "a historian", "UW professor of biology".
  const role = (word: Token | undefined): boolean =>
    word !== undefined && word.kind === 'word' && (APPOSITION_OPENERS.has(word.lower) || isRoleWord(word.lower));
  if (
    !(role(first) && (!isCapitalized(first) || ROLE_ADJECTIVES.has(first.lower))) &&
    !(isCapitalized(first) && role(tokens[from + 1]) && !isCapitalized(tokens[from + 1]))
  )
    return false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    const possessive = (t.text === "'" || t.text === '’') && !t.spaceBefore && /s$/.test(tokens[k - 1].text); // "the Liberal Democrats' spokesman"
    if (
      FINITE_VERBS.has(t.lower) ||
      (OPEN_QUOTES.has(t.text) && !possessive) ||
      (t.kind === 'word' && isSpeechCue(t) && !SPEAKER_NOUNS.has(t.lower))
    )
      return false;
  }
  return true;
}

/** Whether tokens[first..sourceEnd] speaks through the cue tokens[i]: not negated, not conditional, not a noun use of the cue. */
function isSourceOfCue(tokens: Token[], i: number, first: number, sourceEnd: number, clauseEnd = sourceEnd): boolean {
  if (hasNegationIn(tokens, Math.max(clauseEnd + 1, i - 8), i)) return false; // "does not expect"
  const beforeSubject = first > 0 ? tokens[first - 1].lower : undefined;
  if (beforeSubject === 'if' || beforeSubject === 'unless' || beforeSubject === 'whether') return false;
  if (hasConditionalIn(tokens, Math.max(0, first - 1, i - 16), i)) return false;
  const lower = tokens[i].lower;
  if (BASE_FORM_SPEECH_CUES.has(lower) && !isBaseFormSpeech(tokens, i, first, sourceEnd)) return false;
  if (AMBIGUOUS_CUES.has(lower)) {
    // A noun use: "state media reports", "these claims". Needs a name, a pronoun or a speaker noun as subject,
    // and a verb-like continuation.
    const subj = tokens[speakerHead(tokens, first, sourceEnd)];
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const figureAfter =
      next?.kind === 'number' &&
      (lower === 'shows' ||
        lower === 'showed' ||
        lower === 'show' ||
        lower === 'estimates' ||
        lower === 'finds' ||
        lower === 'found');
    const callOn = lower === 'called' && (next?.lower === 'on' || next?.lower === 'for');
    // At the end of the sentence a cue is a verb after "say" or after a quotation ("“...,” the GoFundMe states.").
    const atEnd =
      lower === 'say' ||
      lower === 'says' ||
      (first > 0 && CLOSE_QUOTES.has(tokens[first - 1].text) && i === sourceEnd + 1);
    const verbLike =
      figureAfter ||
      callOn ||
      (!next || next.kind !== 'word' ? atEnd : !NOT_VERB_AFTER_CUE.has(next.lower) || next.lower === 'that');
    const subjectOk =
      isCapitalized(subj) ||
      DOCUMENT_NOUNS.has(subj.lower) ||
      PRONOUNS.has(subj.lower) ||
      SPEAKER_NOUNS.has(singular(subj.lower)) ||
      ROLE_BEFORE_NAME.has(subj.lower) ||
      subj.text === ')' ||
      (tokens[i - 1].lower === 'to' && isRoleWord(subj.lower));
    if (!subjectOk || !verbLike) return false;
    // A base form after "a"/"an" is a noun, not a verb: "A US report issued on Tuesday", "a new claim".
    if (
      AMBIGUOUS_BASE_FORM_CUES.has(lower) &&
      (tokens[first].lower === 'a' || tokens[first].lower === 'an') &&
      tokens[i - 1].lower !== 'to'
    )
      return false;
    if (lower === 'reports' || lower === 'report') {
      // "media reports suggest": a noun unless a clear subject precedes with an auxiliary or adverb.
      if (i - 1 === sourceEnd && !isCapitalized(subj) && !PRONOUNS.has(subj.lower)) return false;
    }
  }
  return true;
}

/** Verbs that make someone else do the base-form verb: "make people believe", "help people complain". */
const CAUSATIVES = new Set([
  'make',
  'makes',
  'made',
  'making',
  'help',
  'helps',
  'helped',
  'let',
  'lets',
  'dare',
  'see',
  'saw',
  'seen',
  'watch',
  'hear',
  'heard',
  'have',
  'had',
  'get',
  'got',
  'leave',
  'left',
]);
/** The head of a speaker phrase: the word before its first comma, "of", "to" or "with" ("Critics of the plan", "Aides to
 * the senator", "Sources familiar with the talks", "Trevor Phillips, chair of X"), else its last word. */
function speakerHead(tokens: Token[], first: number, last: number): number {
  for (let k = first + 1; k < last; k++) {
    const lower = tokens[k].lower;
    if (lower === ',') return k - 1; // "Trevor Phillips, chair of the Commission": the name
    if (lower === 'of' || lower === 'to' || lower === 'with')
      return CLOSE_ADJECTIVES.has(tokens[k - 1].lower) && k - 2 >= first ? k - 2 : k - 1;
  }
  return last;
}

const MODALS = new Set(['could', 'should', 'would', 'might', 'may', 'must', 'can', 'cannot', 'will', 'shall']);
const PLURAL_PRONOUNS = new Set(['i', 'we', 'they', 'you']);

/** A base-form cue asserts when its subject is plural or "I/we/they" and no modal stands before it: "Critics fear", not "could reveal", "got to think". */
function isBaseFormSpeech(tokens: Token[], i: number, first: number, sourceEnd: number): boolean {
  for (let k = Math.max(0, first - 1); k <= sourceEnd; k++) if (CAUSATIVES.has(tokens[k].lower)) return false; // "make people believe"
  if (tokens[i - 1].lower === 'to') return true; // "The board continues to believe": the subject agrees with the verb before
  let b = i - 1;
  while (
    b > sourceEnd &&
    tokens[b].kind === 'word' &&
    (tokens[b].lower.endsWith('ly') || AUXILIARIES.has(tokens[b].lower))
  ) {
    if (MODALS.has(tokens[b].lower)) return false;
    b--;
  }
  if (b >= 0 && MODALS.has(tokens[b].lower)) return false;
  const head = tokens[speakerHead(tokens, first, sourceEnd)];
  const lower = head.lower;
  if (PRONOUNS.has(lower)) return PLURAL_PRONOUNS.has(lower);
  return (
    isCapitalized(head) ||
    head.text === ')' ||
    SPEAKER_NOUNS.has(lower) ||
    (lower.endsWith('s') && !lower.endsWith('ss') && lower.length > 3) ||
    lower === 'people'
  );
}

/** Words after an ambiguous cue ("reports", "claims") that make it a noun. */
const NOT_VERB_AFTER_CUE = new Set([
  'of',
  'that',
  'suggesting',
  'by',
  'from',
  'and',
  'in',
  'on',
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
]);

/** Conjunctions that open a sentence before its subject. */
const SUBJECT_OPENERS = new Set(['but', 'and', 'yet', 'so']);

/** The noun phrase that opens a sentence, as [first, last] token indices, if it ends before `limit`. */
function sentenceSubject(tokens: Token[], limit: number): [number, number] | null {
  let k = datelineEnd(tokens, limit);
  while (k < limit && tokens[k].kind === 'punct') k++;
  // "But Assistant Chief Constable X ... and said", "In an upbeat report, he ... but insisted": past an opening
  // conjunction, or an opening phrase closed by a comma.
  if (k < limit && SUBJECT_OPENERS.has(tokens[k].lower)) k++;
  if (k < limit && NOT_SPEAKER.has(tokens[k].lower) && !PRONOUNS.has(tokens[k].lower)) {
    let comma = k + 1;
    while (comma < limit && comma - k < 12 && tokens[comma].text !== ',') comma++;
    if (comma < limit && tokens[comma].text === ',') k = comma + 1;
  }
  let s = k;
  if (limit - k > 40) return null; // the subject of a long sentence is not what a late cue refers to
  while (
    s < limit &&
    (isNounish(tokens[s]) ||
      ((tokens[s].lower === 'the' || NP_JOINERS.has(tokens[s].lower) || PRONOUNS.has(tokens[s].lower)) &&
        s < limit - 1))
  ) {
    // A lowercase word before a determiner is the verb: "Robin Cook gave his support ... but told".
    if (
      s > k &&
      !isCapitalized(tokens[s]) &&
      DETERMINERS.has(tokens[s + 1]?.lower ?? '') &&
      !NP_JOINERS.has(tokens[s].lower)
    )
      break;
    s++;
  }
  let last = s - 1;
  while (last > k && NP_JOINERS.has(tokens[last].lower)) last--;
  if (last < k || s >= limit) return null;
  if (tokens[k].lower === 'the' && last === k) return null;
  return [k, last];
}

/**
 * The first token after a dateline ("SEOUL, South Korea —", "Moscow (AFP) -"), or 0: a place in capitals or an agency
 * in brackets, then a spaced dash. The place is no speaker.
 */
function datelineEnd(tokens: Token[], limit: number): number {
  let agency = false;
  for (let k = 0; k < Math.min(limit, 10); k++) {
    const t = tokens[k];
    if ((t.text === '—' || t.text === '–' || t.text === '-') && t.spaceBefore && k > 0) {
      const first = tokens[0];
      return agency || (first.text.length > 2 && first.text === first.text.toUpperCase()) ? k + 1 : 0;
    }
    if (t.text === '(') agency = true;
    else if (t.kind === 'word' ? !isCapitalized(t) : t.text !== ',' && t.text !== ')') return 0;
  }
  return 0;
}

const POST_POSED_TAIL = new Set([
  'on',
  'in',
  'at',
  'last',
  'this',
  'late',
  'early',
  'a',
  'the',
  'statement',
  'told',
  'reporters',
  'today',
  'yesterday',
  'overnight',
  'week',
  'month',
  'earlier',
  'later',
  'briefing',
  'conference',
  'press',
  'news',
  'interview',
  'television',
  'state',
  'local',
  'media',
  'by',
  'phone',
  'telephone',
  'via',
  'quoted',
  'as',
  'saying',
  'according',
]);

/** True when nothing but a time or setting follows the cue ("said on Monday", "said in a statement"). */
function postPosed(tokens: Token[], cue: number): boolean {
  let k = cue + 1;
  let n = 0;
  for (; k < tokens.length && n < 8; k++, n++) {
    const t = tokens[k];
    if (t.kind === 'punct')
      return t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';' || t.text === ',';
    if (!POST_POSED_TAIL.has(t.lower) && !isCapitalized(t) && t.kind !== 'number') return false;
  }
  return k >= tokens.length;
}

export function isPronounSource(source: string): boolean {
  return source.length <= 4 && PRONOUNS.has(source.toLowerCase());
}
