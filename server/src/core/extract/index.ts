// First-cut extractor (walking skeleton): digits with an optional qualifier, the counted noun after
// them, and a casualty verb in the same sentence. Issue 3 replaces this with the full extractor.
import { LineIndex } from '../text/lineIndex';
import type { Claim, DocumentAnalysis, Qualifier } from '../types';

const FIGURE = /\b(at least|nearly|about|around|more than)?\s*(\d{1,3}(?:,\d{3})+|\d+)\s+((?:[a-z]+ ){0,1}[a-z]+)/gi;
const LABELLED = /^([A-Z][a-z]+(?: [A-Z][a-z]+)*) (Killed|Wounded|Injured): (\d[\d,]*)\s*$/gm;
const PREDICATES = ['killed', 'dead', 'died', 'wounded', 'injured', 'arrested'];
const UNITS = new Set(['militants', 'civilians', 'security personnel', 'people', 'insurgents', 'attackers', 'fighters']);

function singular(word: string): string {
  if (word.endsWith('personnel') || word === 'people') return word === 'people' ? 'person' : word;
  return word.replace(/s$/, '');
}

function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  return { start, end };
}

export function analyzeDocument(text: string, file: string): DocumentAnalysis {
  const lines = new LineIndex(text);
  const claims: Claim[] = [];
  const add = (start: number, end: number, stated: number, qualifier: Qualifier, unit: string, predicate: string | null) => {
    const range = lines.rangeOf(start, end);
    const sentence = sentenceAround(text, start);
    const low = qualifier === 'nearly' ? null : stated;
    const high = qualifier === 'at least' || qualifier === 'more than' ? null : stated;
    claims.push({
      id: `${file}:${range.line}:${range.character}`, file, ...range, start, end,
      text: text.slice(start, end), sentence: text.slice(sentence.start, sentence.end).trim(),
      value: { stated, low, high }, qualifier, quantityKind: 'count',
      unit, unitKey: singular(unit.toLowerCase()), predicate, attribution: null, stance: 'asserted', asOf: null,
      context: { places: [], organisations: [], people: [], dates: [] },
      sentenceIndex: 0, paragraphIndex: range.line, repeatOf: null,
    });
  };
  for (const m of text.matchAll(FIGURE)) {
    const unit = m[3].toLowerCase();
    const unitText = UNITS.has(unit) ? m[3] : UNITS.has(unit.split(' ').pop()!) ? m[3].split(' ').pop()! : null;
    if (!unitText) continue;
    const start = m.index! + m[0].indexOf(m[1] ?? m[2]);
    const end = m.index! + m[0].indexOf(m[3]) + m[3].indexOf(unitText) + unitText.length;
    const sentence = sentenceAround(text, start);
    const words = text.slice(sentence.start, sentence.end).toLowerCase();
    const predicate = PREDICATES.find((p) => words.includes(p)) ?? null;
    const qualifier = ((m[1] ?? 'exact').toLowerCase().replace('around', 'about')) as Qualifier;
    add(start, end, Number(m[2].replace(/,/g, '')), qualifier, unitText, predicate === 'dead' || predicate === 'died' ? 'killed' : predicate);
  }
  for (const m of text.matchAll(LABELLED)) {
    add(m.index!, m.index! + m[0].length, Number(m[3].replace(/,/g, '')), 'exact', m[1], m[2].toLowerCase());
  }
  claims.sort((a, b) => a.start - b.start);
  return { file, meta: { title: null, outlet: null, author: null, date: null, url: null }, claims, attributions: [], eventDates: [], names: [] };
}
