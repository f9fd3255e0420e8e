// The event a figure counts ("killed", "wounded", "arrested", ...) across voice and word order:
// "177 militants were killed" (after the noun), "killed 177 militants" and "the deaths of 31
// civilians" (before it), "left at least 33 people dead", "killed 18 civilians and 15 security
// personnel" (one verb, two figures), "the death toll of militants rose to 177" (a toll is a count of
// the dead, not a change).

import type { Token } from '../text/tokens';
import {
  CHANGE_PREDICATES,
  FUNCTION_WORDS,
  isSpeechCue,
  NOUN_VERB_BRIDGE,
  predicateWord,
  type PredicateName,
  WOUND_ADVERBS,
} from './lexicon';
import type { RawQuantity } from './quantities';
import { parseNumberAt } from './numbers';

/** NOUN_VERB_BRIDGE, and the joiners of several counts ("18 civilians and 15 soldiers were killed", "including five
 * children", "among them") and the verbs of a toll ("rose to", "stood at", "have reached"). */
const NOUN_VERB_BRIDGE_WITH_JOINERS = new Set([
  ...NOUN_VERB_BRIDGE,
  'and',
  'including',
  'among',
  'them',
  'whom',
  'of',
  'those',
  'briefly',
  'immediately',
  'temporarily',
  'remain',
  'remained',
  'remains',
  'shot',
  'rose',
  'climbed',
  'risen',
  'reached',
  'stood',
  'stands',
]);

/** Verbs after which a figure's predicate is not looked for further back ("received at least 167 bodies"). */
function isOtherVerb(token: Token): boolean {
  const lower = token.lower;
  if (predicateWord(token) !== undefined || isSpeechCue(token)) return false;
  return (lower.endsWith('ed') && lower.length > 4) || lower === 'involved' || lower === 'received';
}

function cueAt(tokens: Token[], j: number): PredicateName | null {
  const t = tokens[j];
  if (t.kind !== 'word') return null;
  const lower = t.lower;
  // "lost their lives", "claimed the lives of"
  if (lower === 'lives') {
    const prev = tokens[j - 1]?.lower;
    const prev2 = tokens[j - 2]?.lower;
    if (prev === 'their' || prev === 'the' || prev2 === 'lost' || prev2 === 'claimed') return 'killed';
    return null;
  }
  if (
    lower === 'up' ||
    lower === 'down' ||
    lower === 'lower' ||
    lower === 'higher' ||
    lower === 'cut' ||
    lower === 'lost' ||
    lower === 'shed'
  )
    return null; // only as change verbs near money, see below
  if (lower === 'bodies' || lower === 'corpses') return null; // a count of bodies, not a predicate
  if (lower === 'casualties') return 'killed';
  return predicateWord(t) ?? null;
}

function changeCueAt(tokens: Token[], j: number): PredicateName | null {
  const p = predicateWord(tokens[j]);
  if (p && CHANGE_PREDICATES.has(p)) return p;
  return null;
}

const AUXILIARY_BEFORE_PARTICIPLE = new Set([
  'were',
  'was',
  'been',
  'are',
  'is',
  'be',
  'being',
  'reportedly',
  'allegedly',
  'also',
  'later',
  'all',
  ...WOUND_ADVERBS,
  'briefly',
]);

const CASUALTY_NOUNS = new Set(['toll', 'deaths', 'fatalities', 'casualties', 'dead']);

/**
 * Predicates for every quantity of a sentence. Counts get casualty/arrest predicates; money and
 * percentages get "rose"/"fell"; durations none.
 */
/** Which quantity owns each token (-1: none): one buffer reused by every call, cleared for the tokens in use. */
let owners = new Int32Array(1024);
function ownerBuffer(tokenCount: number): Int32Array {
  if (tokenCount > owners.length) owners = new Int32Array(Math.max(tokenCount, owners.length * 2));
  owners.fill(-1, 0, tokenCount);
  return owners;
}

export function assignPredicates(tokens: Token[], quantities: RawQuantity[]): Array<PredicateName | null> {
  if (quantities.length === 0) return [];
  const owner = ownerBuffer(tokens.length);
  for (let index = 0; index < quantities.length; index++) {
    const q = quantities[index];
    for (let k = q.firstToken; k <= q.lastToken; k++) owner[k] = index;
  }
  const predicates: Array<PredicateName | null> = [];
  for (let index = 0; index < quantities.length; index++)
    predicates.push(predicateOf(tokens, quantities, owner, index));
  return predicates;
}

function predicateOf(
  tokens: Token[],
  quantities: RawQuantity[],
  owner: Int32Array,
  index: number,
): PredicateName | null {
  const q = quantities[index];
  if (q.labelPredicate) return q.labelPredicate;
  if (q.tollLevel) return 'killed';
  if (q.kind === 'duration') return null;
  if (q.kind === 'money' || q.kind === 'percent' || q.kind === 'other') return changePredicate(tokens, q);
  const after = predicateAfterNoun(tokens, quantities, owner, index);
  if (after) return after;
  // 2. Before the figure: "killed 177", "deaths of at least 31", "toll ... rose to 177".
  let sawChange = false;
  let comma = false;
  for (let j = q.firstToken - 1, steps = 0; j >= 0 && steps < 16; j--, steps++) {
    const t = tokens[j];
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === '.')) break;
    if (t.text === ',') comma = true;
    if (owner[j] >= 0) continue;
    const cue = cueAt(tokens, j);
    if (cue) {
      if (CHANGE_PREDICATES.has(cue)) {
        sawChange = true;
        continue;
      }
      // "Mr Nogar, who died in 1994, used to make two tapes": the verb of a relative clause closed before the figure.
      if (comma && inRelativeClause(tokens, j)) break;
      return cue;
    }
    if (t.kind === 'word' && (isOtherVerb(t) || isSpeechCue(t)) && !sawChange) break;
    if (t.kind === 'word' && (t.lower === 'which' || t.lower === 'who' || t.lower === 'while' || t.lower === 'but'))
      break;
  }
  const later = passivePredicateLater(tokens, quantities, owner, q);
  if (later) return later;
  // A change with no casualty noun: "rose to 50" counts a level, "rose by 5" a change.
  if (sawChange) return changeLevelPredicate(tokens, q);
  return null;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);

/** Whether tokens[j] stands in a relative clause opened after the comma before it (", who died in 1994"). */
function inRelativeClause(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 8; k--) {
    const t = tokens[k];
    if (t.kind === 'punct') return false;
    if (RELATIVE_PRONOUNS.has(t.lower)) return tokens[k - 1]?.text === ',';
  }
  return false;
}

/** 1. After the counted noun: "were killed", "dead", "have died"; other figures and bridges may stand between. */
function predicateAfterNoun(
  tokens: Token[],
  quantities: RawQuantity[],
  owner: Int32Array,
  index: number,
): PredicateName | null {
  const q = quantities[index];
  let bridged = 0;
  let jumps = 0;
  for (let j = q.lastToken + 1; j < tokens.length && bridged < 14; j++) {
    if (owner[j] >= 0 && owner[j] !== index) {
      if (++jumps > 4) break;
      j = quantities[owner[j]].lastToken;
      continue;
    }
    const cue = cueAt(tokens, j);
    if (cue) {
      if (CHANGE_PREDICATES.has(cue)) break;
      const before = j > 0 ? tokens[j - 1].lower : '';
      const passive =
        AUXILIARY_BEFORE_PARTICIPLE.has(before) ||
        tokens[j].lower === 'dead' ||
        tokens[j].lower === 'died' ||
        tokens[j].lower === 'perished' ||
        tokens[j].lower === 'missing';
      if (bridged === 0 || passive) return cue;
      break;
    }
    const t = tokens[j];
    if (
      t.kind === 'punct' &&
      t.text !== ',' &&
      t.text !== '–' &&
      t.text !== '—' &&
      t.text !== '-' &&
      t.text !== '(' &&
      t.text !== ')' &&
      t.text !== '“' &&
      t.text !== '”' &&
      t.text !== '"'
    )
      break;
    if (t.kind === 'word' && !NOUN_VERB_BRIDGE_WITH_JOINERS.has(t.lower) && owner[j] < 0) {
      // Adjectives between a figure and "dead" ("left 33 people dead") are rare: stop at other words.
      break;
    }
    bridged++;
  }
  return null;
}

/**
 * 3. Further after, across a clause: "the attacks, claimed by the BLA, killed ..." is handled by 2; a
 * passive verb later in the clause: "nearly 50 people – 31 civilians and 17 security personnel – were killed".
 */
function passivePredicateLater(
  tokens: Token[],
  quantities: RawQuantity[],
  owner: Int32Array,
  q: RawQuantity,
): PredicateName | null {
  for (let j = q.lastToken + 1, steps = 0, hops = 0; j < tokens.length && steps < 12; j++) {
    if (owner[j] >= 0) {
      if (++hops > 4) break;
      j = quantities[owner[j]].lastToken;
      continue;
    }
    steps++;
    const t = tokens[j];
    if (t.kind === 'punct' && (t.text === ';' || t.text === ':' || t.text === '.')) break;
    const cue = cueAt(tokens, j);
    if (cue && !CHANGE_PREDICATES.has(cue)) {
      // Only a passive or adjectival use belongs to a figure before it.
      const prev = j > 0 ? tokens[j - 1].lower : '';
      if (
        prev === 'were' ||
        prev === 'was' ||
        prev === 'been' ||
        prev === 'are' ||
        prev === 'be' ||
        (cue === 'killed' && (t.lower === 'dead' || t.lower === 'died'))
      )
        return cue;
      break;
    }
    if (t.kind === 'word' && isOtherVerb(t)) break;
    if (t.lower === 'which' || t.lower === 'who' || t.lower === 'after' || t.lower === 'before' || t.lower === 'when')
      break;
  }
  return null;
}

function changeLevelPredicate(tokens: Token[], q: RawQuantity): PredicateName | null {
  for (let j = q.firstToken - 1, steps = 0; j >= 0 && steps < 8; j--, steps++) {
    const c = changeCueAt(tokens, j);
    if (c) return CASUALTY_NOUNS.has(j > 0 ? tokens[j - 1].lower : '') ? 'killed' : c;
  }
  return null;
}

/** A lower-case word that may stand in a noun phrase before its head ("economic", "salary"). */
function isModifier(t: Token | undefined): t is Token {
  return (
    t?.kind === 'word' &&
    t.spaceBefore &&
    t.lower === t.text &&
    !FUNCTION_WORDS.has(t.lower) &&
    !/(?:ed|ly)$/.test(t.lower) &&
    predicateWord(t) === undefined
  );
}

const ATTRIBUTIVE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * Whether a change word is an adjective between a determiner and its noun ("in the lower salary bracket", "a falling
 * market", "the higher end of the range"): it describes that noun, it tells no change of the figure.
 */
function isAttributive(tokens: Token[], j: number): boolean {
  if (!/(?:er|ing)$/.test(tokens[j].lower) || !isModifier(tokens[j + 1])) return false;
  let k = j - 1;
  while (k > j - 3 && isModifier(tokens[k])) k--;
  return ATTRIBUTIVE_DETERMINERS.has(tokens[k]?.lower ?? '');
}

function changePredicate(tokens: Token[], q: RawQuantity): PredicateName | null {
  for (let j = q.firstToken - 1, steps = 0; j >= 0 && steps < 8; j--, steps++) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== ',') break;
    // "award up to three $30,000 prizes": "up to" qualifies another figure; it is no change.
    if (t.lower === 'up' && tokens[j + 1]?.lower === 'to' && j + 2 < q.firstToken && parseNumberAt(tokens, j + 2))
      continue;
    const p = predicateWord(t);
    if (p && CHANGE_PREDICATES.has(p) && !isAttributive(tokens, j)) return p;
  }
  for (let j = q.lastToken + 1, steps = 0; j < tokens.length && steps < 3; j++, steps++) {
    const p = predicateWord(tokens[j]);
    if (
      p &&
      CHANGE_PREDICATES.has(p) &&
      (tokens[j].lower === 'up' ||
        tokens[j].lower === 'down' ||
        tokens[j].lower === 'higher' ||
        tokens[j].lower === 'lower')
    )
      return p;
  }
  return null;
}
