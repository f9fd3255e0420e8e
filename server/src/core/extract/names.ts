// Named organisations and their acronyms ("Baloch Liberation Army (BLA)"), and the places, people
// and organisations of a sentence for a claim's event context.

import { isCapitalized, type Token } from '../text/tokens';
import { WordFilter } from '../text/wordFilter';
import { FUNCTION_WORDS } from './lexicon';
import { MONTHS_LOWER, WEEKDAYS } from '../text/calendar';

export interface RawName {
  start: number;
  end: number;
  name: string;
  acronym: string | null;
}

export const ORG_HEADS = new Set([
  'army',
  'party',
  'front',
  'movement',
  'ministry',
  'council',
  'organisation',
  'organization',
  'agency',
  'corporation',
  'bank',
  'union',
  'commission',
  'committee',
  'league',
  'brigade',
  'squad',
  'group',
  'association',
  'institute',
  'authority',
  'court',
  'police',
  'force',
  'forces',
  'department',
  'service',
  'office',
  'company',
  'inc',
  'ltd',
  'plc',
  'federation',
  'assembly',
  'parliament',
  'senate',
  'congress',
  'government',
  'administration',
  'board',
  'bureau',
  'foundation',
  'fund',
  'trust',
  'society',
  'university',
  'college',
  'school',
  'hospital',
  'network',
  'alliance',
  'coalition',
  'taliban',
  'corps',
  'guard',
  'command',
  'corridor',
  'exchange',
  'airways',
  'airlines',
  'motors',
  'group',
  'partners',
  'holdings',
  'industries',
  'international',
  'club',
  'fc',
  'united',
  'city',
  'media',
  'express',
]);
const JOINERS = new Set(['of', 'for', 'the', 'and', '&', 'de']);
const TITLES = new Set([
  'minister',
  'president',
  'secretary',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'chief',
  'general',
  'governor',
  'senator',
  'mayor',
  'judge',
  'director',
  'chairman',
  'chairwoman',
  'commander',
  'leader',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sir',
  'lord',
  'lady',
  'officer',
  'inspector',
  'captain',
  'colonel',
  'major',
  'sergeant',
  'ceo',
  'coach',
  'manager',
  'chancellor',
  'ambassador',
  'envoy',
  'justice',
  'police',
]);
const LOCATIVE = new Set([
  'in',
  'at',
  'across',
  'near',
  'from',
  'outside',
  'throughout',
  'around',
  'into',
  'to',
  'towards',
  'between',
  'including',
  'and',
]);
const ORG_HEAD_FILTER = new WordFilter(ORG_HEADS);
const TITLE_FILTER = new WordFilter(TITLES);
const LOCATIVE_FILTER = new WordFilter(LOCATIVE);

/** A capitalised word that stands before a person's name as their title ("Police Chief", "Mr", "Senator"). */
export function isTitleWord(t: Token): boolean {
  return TITLE_FILTER.has(t);
}

function isOrgHead(t: Token): boolean {
  return ORG_HEAD_FILTER.has(t);
}

/** /^[A-Z]{2,6}$/.test(word), by character codes. */
function isShortAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/** Organisation names in a sentence's tokens, with the acronym that follows them in brackets. */
export function findNames(text: string, tokens: Token[]): RawName[] {
  const out: RawName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !isOrgHead(t) || !isCapitalized(t)) continue;
    // Do not end inside a longer name ("Liberation Army" of "Liberation Army Command").
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    if (next && next.kind === 'word' && isOrgHead(next) && isCapitalized(next)) continue;
    let first = i;
    let j = i - 1;
    while (j >= 0 && i - j <= 10) {
      const w = tokens[j];
      if (w.kind !== 'word' && w.text !== '-') break;
      if (isCapitalized(w) && !FUNCTION_WORDS.has(w.lower)) {
        if (w.lower.endsWith("'s")) break;
        first = j;
        j--;
        continue;
      }
      if (
        (JOINERS.has(w.lower) && w.lower !== 'the' && j > 0 && isCapitalized(tokens[j - 1])) ||
        (w.text === '-' && !w.spaceBefore && !tokens[j + 1].spaceBefore && j > 0 && isCapitalized(tokens[j - 1]))
      ) {
        j--;
        continue;
      }
      break;
    }
    if (first === i) continue; // a bare "Army" or "Police"
    let end = i;
    let acronym: string | null = null;
    if (
      tokens[i + 1]?.text === '(' &&
      tokens[i + 2] &&
      tokens[i + 3]?.text === ')' &&
      /^[A-Z][A-Za-z&-]{1,9}$/.test(tokens[i + 2].text) &&
      /[A-Z].*[A-Z]/.test(tokens[i + 2].text)
    ) {
      acronym = tokens[i + 2].text;
      end = i + 3;
    }
    const name = text.slice(tokens[first].start, tokens[i].end);
    out.push({ start: tokens[first].start, end: tokens[end].end, name, acronym });
  }
  return out;
}

export interface SentenceEntities {
  places: string[];
  organisations: string[];
  people: string[];
}

function capitalRun(tokens: Token[], start: number, limit = 4): number {
  let j = start;
  while (
    j < tokens.length &&
    j - start < limit &&
    tokens[j].kind === 'word' &&
    isCapitalized(tokens[j]) &&
    !FUNCTION_WORDS.has(tokens[j].lower)
  )
    j++;
  return j - 1;
}

/**
 * Nouns of an area a text names once and then refers back to by the noun alone ("Officials in Balochistan said 23
 * people had died in the province"): see areaNamedBefore.
 */
export const AREA_NOUNS: ReadonlySet<string> = new Set([
  'province',
  'state',
  'district',
  'county',
  'prefecture',
  'governorate',
  'city',
  'town',
  'village',
]);

/** The prepositions an area is named after ("in Sindh", "across Sindh", "throughout the state of Texas"). */
export const AREA_LOCATIVES: ReadonlySet<string> = new Set(['in', 'across', 'throughout']);

/** A place a sentence names after a locative, with the area noun it is called by there ("in Sindh province"), if any. */
export interface NamedArea {
  name: string;
  noun: string | null;
}

/**
 * The places a sentence names after a locative ("in Sindh province", "across Sindh", "in the province of Sindh"), in
 * the order of the text, each with the area noun written with it.
 */
export function namedAreas(text: string, tokens: Token[]): NamedArea[] {
  const areas: NamedArea[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!AREA_LOCATIVES.has(tokens[i].lower)) continue;
    let start = i + 1;
    let noun: string | null = null;
    // "in the province of Sindh"
    if (
      tokens[start].lower === 'the' &&
      AREA_NOUNS.has(tokens[start + 1]?.lower) &&
      tokens[start + 2]?.lower === 'of'
    ) {
      noun = tokens[start + 1].lower;
      start += 3;
    }
    if (!tokens[start] || tokens[start].kind !== 'word' || !isCapitalized(tokens[start])) continue;
    if (MONTHS_LOWER.includes(tokens[start].lower) || WEEKDAYS.includes(tokens[start].lower)) continue;
    const last = capitalRun(tokens, start, 3);
    if (last < start || ORG_HEADS.has(tokens[last].lower)) continue;
    const after = tokens[last + 1];
    if (noun === null && after && AREA_NOUNS.has(after.lower)) noun = after.lower;
    areas.push({ name: text.slice(tokens[start].start, tokens[last].end).replace(/['’]s$/, ''), noun });
  }
  return areas;
}

/** Places, people and organisations a sentence names (capitalised words by position and title). */
export function sentenceEntities(text: string, tokens: Token[], names: RawName[]): SentenceEntities {
  const places = new Set<string>();
  const people = new Set<string>();
  const organisations = new Set<string>();
  for (const n of names) {
    organisations.add(n.name);
    if (n.acronym) organisations.add(n.acronym);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (i > 0 && isShortAcronym(t.text)) organisations.add(t.text);
    if (tokens[i + 1] && isCapitalized(tokens[i + 1]) && LOCATIVE_FILTER.has(t)) {
      const last = capitalRun(tokens, i + 1, 3);
      if (last > i) {
        const last2 = tokens[last].lower;
        if (
          !ORG_HEADS.has(last2) &&
          !/^[A-Z]{2,6}$/.test(tokens[i + 1].text) &&
          !MONTHS_LOWER.includes(tokens[i + 1].lower) &&
          !WEEKDAYS.includes(tokens[i + 1].lower)
        ) {
          places.add(text.slice(tokens[i + 1].start, tokens[last].end).replace(/['’]s$/, ''));
        }
      }
    }
    if (isCapitalized(t) && TITLE_FILTER.has(t)) {
      let j = i + 1;
      while (j < tokens.length && tokens[j].kind === 'word' && isCapitalized(tokens[j]) && TITLES.has(tokens[j].lower))
        j++;
      const last = capitalRun(tokens, j, 3);
      if (last >= j + 1 || (last === j && i > 0))
        people.add(text.slice(tokens[j].start, tokens[last].end).replace(/['’]s$/, ''));
    }
  }
  return { places: [...places], organisations: [...organisations], people: [...people] };
}
