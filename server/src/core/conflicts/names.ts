// Name variants: one organisation spelled two ways across the workspace ("Baloch Liberation Army" and
// "Balochistan Liberation Army"). Bucketed by the name's initials, so only names that could share an
// acronym are ever compared.
import type { DocumentAnalysis, NameMention, TimelineEntry } from '../types';
import type { LocatedFinding } from './quantities';
import { compareStrings, fileEntry, hash, listDocs, slug, pushTo } from './text';

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'la', 'du', 'des', 'al', '&']);

function words(name: string): string[] {
  return name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
}

function normalize(name: string): string {
  return words(name).join(' ').toLowerCase();
}

/** `n:BLA` for "Baloch Liberation Army"; null for names of one significant word. */
export function nameBucket(mention: NameMention): string | null {
  const significant = words(mention.name).filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (significant.length < 2) return null;
  return `n:${significant.map((w) => w.charAt(0).toUpperCase()).join('')}`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Two spellings of one name: same words but one, and that one a longer form or a small misspelling of the other. */
export function areVariants(a: string, b: string): boolean {
  return wordsAreVariants(normalize(a).split(' '), normalize(b).split(' '));
}

/**
 * Endings that make a word's inflected form (a verb's past), not a longer form of a name. Not "-ing": "European
 * Broadcast Union" and "European Broadcasting Union" are one name spelled two ways.
 */
const INFLECTIONS = new Set(['ed']);

function wordsAreVariants(wa: string[], wb: string[]): boolean {
  if (wa.length !== wb.length || wa.join(' ') === wb.join(' ')) return false;
  let differing = 0,
    same = 0;
  for (let i = 0; i < wa.length; i++) {
    const x = wa[i],
      y = wb[i];
    if (x === y) {
      same++;
      continue;
    }
    differing++;
    if (x.replace(/s$/, '') === y.replace(/s$/, '') || x.replace(/['’]s$/, '') === y.replace(/['’]s$/, ''))
      return false;
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    // "Baloch"/"Balochistan" is a longer form; "Watch"/"Watched" is the same word inflected, as in a video
    // caption ("MUST WATCH Police: ...", "JUST WATCHED Police: ..."), not a name spelled two ways.
    const prefix = short.length >= 4 && long.startsWith(short) && !INFLECTIONS.has(long.slice(short.length));
    const distance = editDistance(x, y);
    const typo = (short.length >= 5 && distance <= 1) || (short.length >= 7 && distance <= 2);
    if (!prefix && !typo) return false;
  }
  return differing === 1 && same >= 1;
}

const MAX_FILES_OF_COMMON_SPELLING = 5;

/** "The Hindu, NewsGram": the documents' labels, the first few and how many more. */
function docsOf(docs: DocumentAnalysis[]): string {
  const distinct = [...new Map(docs.map((doc) => [doc.file, doc])).values()].sort((a, b) =>
    compareStrings(a.file, b.file),
  );
  if (distinct.length <= MAX_FILES_OF_COMMON_SPELLING + 1) return listDocs(distinct);
  return `${listDocs(distinct.slice(0, MAX_FILES_OF_COMMON_SPELLING))} and ${distinct.length - MAX_FILES_OF_COMMON_SPELLING} more`;
}

/** A document and its name mentions in one bucket (see nameBucket). */
export interface NameDoc {
  doc: DocumentAnalysis;
  names: NameMention[];
}

export function nameFindings(bucket: string, docs: NameDoc[]): LocatedFinding[] {
  const mentions = docs.flatMap(({ doc, names }) => names.map((mention) => ({ mention, doc })));
  const spellings = new Map<string, typeof mentions>();
  for (const entry of mentions) {
    const key = normalize(entry.mention.name);
    pushTo(spellings, key, entry);
  }
  const keys = [...spellings.keys()].sort();
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  // Only spellings of as many words can be variants; each spelling is split once, not once per pair.
  const byLength = new Map<number, Array<{ key: string; words: string[] }>>();
  for (const key of keys) {
    const split = normalize(key).split(' ');
    pushTo(byLength, split.length, { key, words: split });
  }
  for (const sameLength of byLength.values()) {
    for (let i = 0; i < sameLength.length; i++) {
      for (let j = i + 1; j < sameLength.length; j++) {
        if (wordsAreVariants(sameLength[i].words, sameLength[j].words))
          parent.set(find(sameLength[j].key), find(sameLength[i].key));
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const key of keys) pushTo(groups, find(key), key);
  const results: LocatedFinding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort(
      (a, b) => spellings.get(b)!.length - spellings.get(a)!.length || compareStrings(a, b),
    );
    const written = (key: string) => spellings.get(key)![0].mention.name.replace(/^the\s+/i, '');
    // Every mention of the rarer spellings; of the commonest, the mentions in its first few files only, so that a
    // name a whole archive spells one way does not put a hint in every file.
    const shown = (key: string, index: number) => {
      const entries = spellings.get(key)!;
      if (index > 0) return entries;
      const files = [...new Set(entries.map((e) => e.doc.file))].sort().slice(0, MAX_FILES_OF_COMMON_SPELLING);
      return entries.filter((e) => files.includes(e.doc.file));
    };
    const involved = ordered
      .flatMap((k, i) => shown(k, i))
      .sort((a, b) => compareStrings(a.doc.file, b.doc.file) || a.mention.start - b.mention.start);
    const timeline: TimelineEntry[] = ordered.flatMap((key, index) => {
      const perFile = new Map<string, typeof mentions>();
      for (const e of shown(key, index)) pushTo(perFile, e.doc.file, e);
      return [...perFile]
        .sort((a, b) => compareStrings(a[0], b[0]))
        .map(([, entries]) =>
          fileEntry(
            entries[0].doc,
            written(key),
            entries.map((e) => e.mention.id),
          ),
        );
    });
    const acronym = involved.find((e) => e.mention.acronym)?.mention.acronym ?? bucket.slice(2);
    results.push({
      finding: {
        id: `name-variant/${slug(acronym)}/${hash(['name-variant', ...[...group].sort()].join('|'))}`,
        kind: 'name-variant',
        severity: 'hint',
        subject: acronym,
        claims: involved.map((e) => e.mention.id),
        message: `One name, ${ordered.length} spellings: ${ordered.map((k) => `"${written(k)}" in ${docsOf(spellings.get(k)!.map((e) => e.doc))}`).join('; ')}`,
        timeline,
      },
      locations: involved.map((e) => ({ file: e.doc.file, line: e.mention.line })),
      // Without some mentions: the same bucket read again without them.
      without: (excluded) =>
        nameFindings(
          bucket,
          docs.map(({ doc, names }) => ({ doc, names: names.filter((n) => !excluded.has(n.id)) })),
        ),
    });
  }
  return results;
}
