// Records, scores and vote tallies: two or three numbers joined by a hyphen or an en dash ("52-3", "45-7-2", "2-0",
// "52-48") that their sentence reads as one figure: a competitor's record ("Klitschko (52-3, 46 KOs)", "improved his
// record to 52-3"), the result of a match ("beat Arsenal 2-0", "a 24-17 victory", "won 6-4, 6-3") or a vote ("the
// Senate voted 52-48"). Only such a context makes a tally; ranges ("30-40 people", "aged 18-24"), seasons
// ("2004-05"), dates ("9-11"), hours ("a 9-5 job") and codes are read elsewhere or not at all.
import { isCapitalized, isWord, type Token } from '../text/tokens';
import { FUNCTION_WORDS } from './lexicon';
import { MONTHS_LOWER, WEEKDAYS } from '../text/calendar';

/** What a tally is: a competitor's record, the result of a match, or a vote. */
export type TallyKind = 'record' | 'score' | 'vote';

export interface Tally {
  kind: TallyKind;
  /** The numbers in the order written: [52, 3]; a match of sets gives each set's two ([6, 4, 6, 3]). */
  parts: number[];
  /** Token indices of the first and last number. */
  first: number;
  last: number;
  /** Whose record or vote it is, or the first side of a match: a name's last word as written ("Klitschko"); null if none is read. */
  owner: string | null;
  /** The two sides of a match, as written ("Chelsea", "Arsenal"); empty when both are not read. */
  sides: string[];
  /**
   * When or over what the record stands: "before" (the record brought into the event: "came in at 51-3"), "after"
   * (the record the event left: "improved to 52-3"), or the span a part-record covers ("since knocking", "at home");
   * null when the sentence does not say.
   */
  time: string | null;
}

const DASHES = new Set(['-', '–']);
const PART = /^(?:0|[1-9]\d{0,2})$/;

/** Words before a record that say the event left it so: "improved (his record) to 52-3", "fell to 45-7-2". */
const AFTER_WORDS = new Set([
  'improved',
  'improves',
  'improving',
  'fell',
  'falls',
  'falling',
  'dropped',
  'drops',
  'dropping',
  'slipped',
  'slips',
  'moved',
  'moves',
  'moving',
  'climbed',
  'climbs',
  'took',
  'takes',
  'taking',
  'lifted',
  'raised',
  'pushed',
  'evened',
  'now',
]);

/** Words before a record that say it is the one brought into the event: "came in at 51-3", "entered the fight 51-3". */
const BEFORE_WORDS = new Set([
  'came',
  'comes',
  'coming',
  'entered',
  'enters',
  'entering',
  'into',
  'brings',
  'brought',
  'bringing',
  'carried',
  'carries',
  'carrying',
]);

/** Verbs a record's owner governs ("Rahman fell to", "Rahman has gone", "the Lakers are"). */
const OWNER_VERBS = new Set([
  ...AFTER_WORDS,
  ...BEFORE_WORDS,
  'went',
  'goes',
  'gone',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'stands',
  'stood',
  'remains',
  'remained',
  'finished',
  'finishes',
]);

/** Words that make a result of the figure: "won 2-0", "a 24-17 victory", "a 3-2 decision". */
const RESULT_VERBS = new Set([
  'won',
  'win',
  'wins',
  'winning',
  'beat',
  'beats',
  'beating',
  'beaten',
  'defeated',
  'defeats',
  'defeating',
  'lost',
  'lose',
  'loses',
  'losing',
  'drew',
  'draw',
  'drawn',
  'thrashed',
  'hammered',
  'routed',
  'edged',
  'downed',
  'overcame',
  'crushed',
  'outscored',
  'scored',
]);
const RESULT_NOUNS = new Set([
  'win',
  'victory',
  'defeat',
  'loss',
  'draw',
  'triumph',
  'thrashing',
  'rout',
  'decision',
  'scoreline',
  'success',
  'verdict',
]);

/** Words that make a vote of the figure: "voted 52-48", "a 5-4 ruling", "passed 218-214". */
const VOTE_VERBS = new Set([
  'voted',
  'votes',
  'vote',
  'ruled',
  'passed',
  'approved',
  'rejected',
  'confirmed',
  'backed',
]);
const VOTE_NOUNS = new Set(['vote', 'votes', 'ruling', 'majority', 'margin', 'tally']);

/** Words that may follow a tally's numbers ("lost 1-3 to", "drew 2-2 at home", "voted 48-52 against"). */
const FOLLOWERS = new Set([
  'to',
  'over',
  'against',
  'with',
  'at',
  'in',
  'on',
  'and',
  'after',
  'before',
  'for',
  'by',
  'from',
  'as',
  'but',
  'when',
  'since',
  'this',
  'last',
  'away',
  'record',
  'overall',
]);

/**
 * Prepositions before a match's other side ("lost 3-1 to Chelsea"); not "at": "a 2-1 loss at the Nou Camp" names
 * the ground.
 */
const OPPONENT_PREPOSITIONS = new Set(['over', 'against', 'to', 'by', 'with', 'v', 'vs']);

/** Words between a match's subject and its verb: "Chelsea comfortably beat", "Britain eventually lost". */
const SUBJECT_BRIDGE = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'then',
  'also',
  'just',
  'only',
  'again',
]);

/** Prepositions and conjunctions before a name that make it no subject: "with Portland and Philadelphia". */
const NAME_GOVERNORS = new Set(['with', 'of', 'for', 'in', 'at', 'from', 'against', 'by', 'to', 'on', 'over']);

/**
 * Words after a pair that make it no tally: betting odds ("the 2-1 favourite"), a score while a match goes on
 * ("France were 17-6 down at half-time").
 */
const NOT_TALLY_AFTER = new Set([
  'down',
  'up',
  'ahead',
  'behind',
  'favourite',
  'favorite',
  'favourites',
  'favorites',
  'shot',
  'outsider',
  'underdog',
  'odds',
]);

const RECORD_NOUN = 'record';
/** Words between a record's verb and its figure: "fell to", "is now", "came in at", "a record of". */
const LINKS = new Set(['to', 'at', 'now', 'of', 'in']);

function isGlued(t: Token | undefined): boolean {
  return t !== undefined && !t.spaceBefore;
}

/** A name's word: capitalised, not a function word ("He", "The"); possessive dropped. */
function nameWord(t: Token | undefined): string | null {
  if (!isWord(t) || !isCapitalized(t) || t.text.includes('-')) return null;
  const bare = t.text.replace(/['’]s?$/, '');
  const lower = bare.toLowerCase();
  if (bare.length < 2 || FUNCTION_WORDS.has(lower) || WEEKDAYS.includes(lower) || MONTHS_LOWER.includes(lower))
    return null;
  return bare;
}

/** The numbers of a tally starting at token i: two or three parts of at most three digits, glued by dashes. */
function partsAt(tokens: Token[], i: number): { parts: number[]; last: number } | null {
  const parts = [Number(tokens[i].lower)];
  let k = i;
  while (DASHES.has(tokens[k + 1]?.text ?? '') && isGlued(tokens[k + 1]) && isGlued(tokens[k + 2])) {
    const next = tokens[k + 2];
    if (next.kind !== 'number' || !PART.test(next.lower) || parts.length === 3) return null;
    parts.push(Number(next.lower));
    k += 2;
  }
  if (parts.length < 2) return null;
  // More digits glued on ("9-11-2001", "1-800-555"), a date or time ("12-05/2004", "9-5.30"): no tally.
  const after = tokens[k + 1];
  if (
    after &&
    isGlued(after) &&
    (DASHES.has(after.text) || after.text === '/' || after.text === '.' || after.text === ':') &&
    tokens[k + 2]?.kind === 'number' &&
    isGlued(tokens[k + 2])
  )
    return null;
  return { parts, last: k };
}

/**
 * The tally whose first number is token i, or null. `excluded` marks tokens of dates and times, `years` bare years.
 */
export function readTally(tokens: Token[], i: number, excluded: Uint8Array, years: Uint8Array): Tally | null {
  const read = tallyNumbersAt(tokens, i, excluded, years);
  if (!read) return null;
  const { parts, last } = read;
  const tally = (kind: TallyKind, owner: string | null, sides: string[], time: string | null, end = last): Tally => ({
    kind,
    parts,
    first: i,
    last: end,
    owner,
    sides,
    time,
  });

  const vote = voteAt(tokens, i, last);
  if (vote !== null) return tally('vote', vote || null, [], null);
  const result = resultAt(tokens, i, last);
  if (result) {
    const sets = setsAfter(tokens, parts, last);
    const sides = result.sides.length === 2 ? result.sides : [];
    return { ...tally('score', result.subject, sides, null, sets.last), parts: sets.parts };
  }
  const record = recordAt(tokens, i, last);
  if (record) return tally('record', record.owner, [], record.time);
  return null;
}

/**
 * The numbers from token i that may be a tally, whatever their sentence says: not a date, a time, a year, a code or a
 * part of a longer chain, nor a low-high range of a noun ("won 2-3 awards").
 */
function tallyNumbersAt(
  tokens: Token[],
  i: number,
  excluded: Uint8Array,
  years: Uint8Array,
): { parts: number[]; last: number } | null {
  const t = tokens[i];
  const dash = tokens[i + 1];
  if (dash === undefined || !DASHES.has(dash.text) || !isGlued(dash)) return null;
  if (t.kind !== 'number' || !PART.test(t.lower) || excluded[i] || years[i]) return null;
  const prev = tokens[i - 1];
  // Part of a longer chain, a code ("F-16-3") or a negative.
  if (prev && isGlued(t) && (DASHES.has(prev.text) || prev.kind === 'word' || prev.text === '/' || prev.text === '.'))
    return null;
  const read = partsAt(tokens, i);
  if (!read) return null;
  for (let k = i; k <= read.last; k++) if (excluded[k] || years[k]) return null;
  const { parts, last } = read;
  const after = tokens[last + 1];
  if (isWord(after) && NOT_TALLY_AFTER.has(after.lower)) return null;
  // A low-high pair before a noun counts that noun ("won 2-3 awards", "fell to 5-6 percent"): a range.
  if (
    parts.length === 2 &&
    parts[0] < parts[1] &&
    isWord(after) &&
    !isCapitalized(after) &&
    !FOLLOWERS.has(after.lower) &&
    !RESULT_NOUNS.has(after.lower) &&
    !VOTE_NOUNS.has(after.lower)
  )
    return null;
  return read;
}

/** How many numbers a match of sets has at most: five sets of two. */
const MAX_SET_PARTS = 10;

/**
 * A match of sets: the first set's `parts` (ending at token `last`) and the sets after it ("6-4, 6-3", "7-6 (7-3)
 * 6-3"), as one result; a tiebreak in brackets is skipped.
 */
function setsAfter(tokens: Token[], parts: number[], last: number): { parts: number[]; last: number } {
  let end = last;
  const all = [...parts];
  while (all.length < MAX_SET_PARTS) {
    let k = end + 1;
    if (tokens[k]?.text === '(') {
      const tiebreak = tokens[k + 1]?.kind === 'number' ? partsAt(tokens, k + 1) : null;
      if (!tiebreak || tokens[tiebreak.last + 1]?.text !== ')') break;
      k = tiebreak.last + 2;
    }
    if (tokens[k]?.text === ',') k++;
    const set = tokens[k]?.kind === 'number' && PART.test(tokens[k].lower) ? partsAt(tokens, k) : null;
    if (!set || set.parts.length !== 2) break;
    all.push(...set.parts);
    end = set.last;
  }
  return { parts: all, last: end };
}

/** "the Senate voted 52-48", "by a 52-48 vote", "ruled 5-4": the voting body, or "" when none is read. */
function voteAt(tokens: Token[], i: number, last: number): string | null {
  const next = tokens[last + 1];
  let cue = -1;
  if (isWord(next) && VOTE_NOUNS.has(next.lower)) cue = i;
  for (let j = i - 1; j >= Math.max(0, i - 4) && cue < 0; j--) {
    const w = tokens[j];
    if (!isWord(w)) break;
    if (VOTE_VERBS.has(w.lower) || (w.lower === 'of' && tokens[j - 1]?.lower === 'vote')) cue = j;
  }
  if (cue < 0) return null;
  // The body: whose vote it is ("the Senate's 52-48 vote"), or the subject of the vote's verb ("the Senate voted").
  if (cue === i) return possessiveName(tokens, i - 1) ?? '';
  return subjectOf(tokens, cue) ?? '';
}

/** "the Senate's", "the Packers'": the name whose possessive is token j, or null. */
function possessiveName(tokens: Token[], j: number): string | null {
  const t = tokens[j];
  if (t?.text === "'") return nameWord(tokens[j - 1]);
  return isWord(t) && /['’]s$/.test(t.text) ? nameWord(t) : null;
}

/** The name that is the subject of the verb at token `verb`: right before it, or before its auxiliaries and adverbs. */
function subjectOf(tokens: Token[], verb: number): string | null {
  let j = verb - 1;
  while (j >= 0 && isWord(tokens[j]) && (SUBJECT_BRIDGE.has(tokens[j].lower) || /ly$/.test(tokens[j].lower))) j--;
  // "The Lakers (32-10) beat": the subject before its parenthesis.
  if (tokens[j]?.text === ')') {
    const open = tokens
      .slice(Math.max(0, j - 12), j)
      .map((t) => t.text)
      .lastIndexOf('(');
    if (open >= 0) j = Math.max(0, j - 12) + open - 1;
  }
  return ownName(tokens, j);
}

/**
 * The name whose last word is token j, when it heads its phrase: not the object of a preposition ("a coach with
 * Portland and Philadelphia stands at 284-286" is not Philadelphia's record).
 */
function ownName(tokens: Token[], j: number): string | null {
  const name = nameWord(tokens[j]);
  if (!name) return null;
  let k = j - 1;
  for (;;) {
    while (k >= 0 && nameWord(tokens[k])) k--;
    // "with Portland and Philadelphia": names joined by "and" share what governs them.
    if (tokens[k]?.lower === 'and' && nameWord(tokens[k - 1])) k--;
    else break;
  }
  if (tokens[k]?.lower === 'both' || tokens[k]?.lower === 'either') k--;
  if (isWord(tokens[k]) && NAME_GOVERNORS.has(tokens[k].lower)) return null;
  return name;
}

/**
 * "Chelsea beat Arsenal 2-0", "a 24-17 victory over the Bears", "Real Madrid's 4-0 win over Espanyol", "won 6-4":
 * the side the sentence makes its subject and the sides read (the subject first), or null when no word makes a
 * result of it.
 */
function resultAt(tokens: Token[], i: number, last: number): { subject: string | null; sides: string[] } | null {
  const next = tokens[last + 1];
  let verb = -1;
  let noun = -1;
  if (isWord(next) && RESULT_NOUNS.has(next.lower)) noun = last + 1;
  // "a 5-1 Champions League win": the noun a few words on.
  for (let k = last + 1; k <= last + 4 && noun < 0 && isWord(tokens[k]); k++) {
    if (RESULT_NOUNS.has(tokens[k].lower)) noun = k;
    else if (!isCapitalized(tokens[k])) break;
  }
  for (let j = i - 1; j >= Math.max(0, i - 6) && noun < 0; j--) {
    const w = tokens[j];
    if (!isWord(w)) break;
    if (RESULT_VERBS.has(w.lower) || w.lower === 'score' || w.lower === 'scoreline') {
      verb = j;
      break;
    }
  }
  if (verb < 0 && noun < 0) return null;
  const sides: string[] = [];
  let subject: string | null;
  if (verb >= 0) {
    // The subject before the verb ("Chelsea beat", "Bangor, beaten 5-1 by Newry": none), the object after it.
    subject = subjectOf(tokens, verb);
    if (subject) sides.push(subject);
    for (let k = i - 1; k > verb; k--) {
      const name = nameWord(tokens[k]);
      if (name) {
        sides.push(name);
        break;
      }
    }
  } else {
    // "Real Madrid's 4-0 win", "the Packers' 24-17 victory".
    subject = nameWord(tokens[i - 1]) ?? (tokens[i - 1]?.text === "'" ? nameWord(tokens[i - 2]) : null);
    if (subject) sides.push(subject);
  }
  // The other side after the figure: "lost 3-1 to Chelsea", "a 24-17 victory over the Bears".
  if (sides.length < 2) {
    const other = opponentAt(tokens, (noun >= 0 ? noun : last) + 1);
    if (other && !sides.includes(other)) sides.push(other);
  }
  return { subject, sides };
}

/** A match's other side named from token k on ("to Chelsea", "over the Bears"): its name's last word, or null. */
function opponentAt(tokens: Token[], k: number): string | null {
  if (!isWord(tokens[k]) || !OPPONENT_PREPOSITIONS.has(tokens[k].lower)) return null;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  while (nameWord(tokens[k]) && nameWord(tokens[k + 1])) k++;
  return nameWord(tokens[k]);
}

/**
 * "Klitschko (52-3, 46 KOs)", "Riddick Bowe, 43-1, 33 KO's,", "improved his record to 52-3", "Rahman fell to
 * 45-7-2", "the Lakers (32-10)": whose record it is and when it stands, or null when nothing makes a record of it.
 */
function recordAt(tokens: Token[], i: number, last: number): { owner: string | null; time: string | null } | null {
  const next = tokens[last + 1];
  let owner = attachedOwner(tokens, i, last);
  // "a 32-10 record", "record to 52-3", "improved to 52-3", "has gone 4-2-1".
  let cue = -1;
  if (owner === null && !(isWord(next) && next.lower === RECORD_NOUN)) {
    cue = recordCue(tokens, i);
    if (cue < 0) return null;
  }
  const byVerb = cue >= 0 && tokens[cue].lower !== RECORD_NOUN;
  owner ??= clauseOwner(tokens, i);
  // A verb alone ("the ratio is 3-1", "the odds are 5-2") makes a record only of a named competitor's figure.
  if (byVerb && owner === null) return null;
  return { owner, time: recordTime(tokens, i, last, cue, !byVerb && cue < 0) };
}

/**
 * The name a record is attached to, in brackets or as an apposition right after it ("Klitschko (52-3, 46 KOs)",
 * "Riddick Bowe, 43-1, 33 KO's,", "(10-5-2 since 2001)"), or null.
 */
function attachedOwner(tokens: Token[], i: number, last: number): string | null {
  const prev = tokens[i - 1];
  const next = tokens[last + 1];
  if (
    prev &&
    (prev.text === '(' || prev.text === ',') &&
    (next === undefined ||
      next.text === ')' ||
      next.text === ',' ||
      (prev.text === ',' && next.text === '.') ||
      // "(10-5-2 since 2001)", "(32-10 at home)", "(52-3 with 46 KOs)"
      (prev.text === '(' &&
        isWord(next) &&
        (next.lower === 'since' ||
          next.lower === 'with' ||
          SPAN_WORDS.has(next.lower) ||
          SPAN_PREPOSITIONS.has(next.lower))))
  )
    return nameWord(tokens[i - 2]);
  return null;
}

/**
 * The word before the figure at token i that makes a record of it ("record to 52-3", "fell to 45-7-2", "is now
 * 10-5-2"), or -1. A verb must govern the figure directly or through a link ("to", "at", "now").
 */
function recordCue(tokens: Token[], i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
    const w = tokens[j];
    if (!isWord(w)) break;
    if (w.lower !== RECORD_NOUN && !OWNER_VERBS.has(w.lower)) continue;
    const between = tokens.slice(j + 1, i).map((t) => t.lower);
    if (
      w.lower === RECORD_NOUN ||
      between.length === 0 ||
      (between.length <= 2 && between.every((b) => LINKS.has(b))) ||
      // "improved the Ukrainian-born fighter to 52-3"
      (AFTER_WORDS.has(w.lower) && between.length <= 5 && between[between.length - 1] === 'to')
    )
      return j;
  }
  return -1;
}

/** The clause's subject before the figure at token i: a name that is possessive or governs a verb, or null. */
function clauseOwner(tokens: Token[], i: number): string | null {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const w = tokens[j];
    if (w.kind !== 'word' && w.text !== "'") break;
    const name = nameWord(w);
    if (!name) continue;
    const possessive = /['’]s?$/.test(w.text) || tokens[j + 1]?.text === "'";
    return possessive || (isWord(tokens[j + 1]) && OWNER_VERBS.has(tokens[j + 1].lower)) ? ownName(tokens, j) : null;
  }
  return null;
}

/**
 * Before or after the event, or the span a part-record covers ("since knocking", "at home"); null if unsaid. A
 * record in brackets or between commas after a name (`attached`) says its span inside them ("(10-5-2 since 2001)").
 */
function recordTime(tokens: Token[], i: number, last: number, cue: number, attached: boolean): string | null {
  // "since": in the clause before the figure with no other figure between ("Since that win over Barrett, Rahman has
  // gone 4-2-1"), or after it in its own clause ("is now 10-5-2 with one no contest since knocking out Lewis").
  for (let j = i - 1; j >= 0 && tokens[j].kind !== 'number' && !attached; j--)
    if (tokens[j].lower === 'since') return spanAt(tokens, j);
  for (let k = last + 1; k < tokens.length && tokens[k].kind !== 'number' && tokens[k].kind !== 'punct'; k++)
    if (tokens[k].lower === 'since') return spanAt(tokens, k);
  // "32-10 at home", "on the road", "this season", "in three-plus seasons", "against the West"; not a place ("in Mannheim").
  const next = tokens[last + 1];
  const then = tokens[last + 2];
  if (
    isWord(next) &&
    (SPAN_WORDS.has(next.lower) || (isWord(then) && !isCapitalized(then) && SPAN_PREPOSITIONS.has(next.lower)))
  )
    return spanAt(tokens, last + 1);
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    const w = tokens[j];
    if (!isWord(w)) break;
    if (BEFORE_WORDS.has(w.lower)) return 'before';
    if (AFTER_WORDS.has(w.lower)) return 'after';
  }
  return cue >= 0 && AFTER_WORDS.has(tokens[cue].lower) ? 'after' : null;
}

/** Words after a record that open the span it covers. */
const SPAN_WORDS = new Set(['away', 'this', 'last', 'against']);
/** Prepositions after a record that may open the span it covers ("at home", "on the road", "in three-plus
 * seasons"); outside brackets, only when no name follows ("in Mannheim" is a place). */
const SPAN_PREPOSITIONS = new Set(['at', 'on', 'in']);

/** The span word and the two words after it, lower case: "since knocking out", "at home", "in three-plus seasons". */
function spanAt(tokens: Token[], j: number): string {
  const words: string[] = [];
  for (let k = j; k < tokens.length && words.length <= 3; k++) {
    const t = tokens[k];
    const glued = words.length > 0 && !t.spaceBefore;
    if (glued && (t.text === '-' || words[words.length - 1].endsWith('-')) && (t.kind === 'word' || t.text === '-'))
      words[words.length - 1] += t.lower;
    else if ((t.kind === 'word' || t.kind === 'number') && words.length < 3) words.push(t.lower);
    else break;
  }
  return words.join(' ');
}
