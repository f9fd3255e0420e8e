// Which documents of a bucket tell the same story: weighted overlap of their proper-noun fingerprints, with
// weights from how rare a name is among the bucket's documents, and candidate pairs from an inverted index
// (never all pairs). Deterministic for a given set of documents, whatever order they arrive in.

import { pushTo } from './text';

export interface StoryDoc {
  file: string;
  fingerprint: Set<string>;
}

/** Share of the smaller fingerprint's weight that two documents must have in common. */
export const STORY_SIMILARITY = 0.3;
/** Names two documents must share at least. */
export const STORY_SHARED_NAMES = 4;
/** Names two documents must share at the very least, however few their fingerprints hold. */
export const STORY_MIN_SHARED_NAMES = 2;
/** Names more common than this among a bucket's documents do not propose candidate pairs. */
export const MAX_POSTING = 100;
const IDF_SMOOTHING = 20;

/**
 * Stories of a bucket: groups of closely linked documents (shared rare names, see strongStoryGroups), then groups
 * of those that share fewer names (STORY_LOOSE_SIMILARITY): a folder of one event's coverage by several outlets
 * shares fewer names than one outlet's articles. A story's conflict between two documents of different close groups
 * is information only (storyCores tells them apart).
 */
export function storyGroups<T extends StoryDoc>(docs: T[]): T[][] {
  const { sorted, groups, links } = linkedGroups(docs);
  if (groups.length <= 1) return groups.map((members) => members.map((i) => sorted[i]));
  const groupOf = new Array<number>(sorted.length).fill(-1);
  groups.forEach((members, g) => members.forEach((i) => (groupOf[i] = g)));
  // Loose links between close groups: any loosely linked pair of their members.
  const groupLinks = groups.map(() => new Set<number>());
  links.loose.forEach((linked, i) => {
    for (const j of linked)
      if (groupOf[i] !== groupOf[j]) {
        groupLinks[groupOf[i]].add(groupOf[j]);
        groupLinks[groupOf[j]].add(groupOf[i]);
      }
  });
  const merged = greedyGroups(groups.length, groupLinks);
  return merged.map((members) =>
    members
      .flatMap((g) => groups[g])
      .sort((a, b) => a - b)
      .map((i) => sorted[i]),
  );
}

/** The close groups (shared rare names) of one story's documents: a conflict across two of them is information only. */
export function storyCores<T extends StoryDoc>(docs: T[]): T[][] {
  const { sorted, groups } = linkedGroups(docs);
  return groups.map((members) => members.map((i) => sorted[i]));
}

/** Share of the smaller fingerprint's weight that two documents of one story told by different outlets share at least. */
export const STORY_LOOSE_SIMILARITY = 0.12;

function linkedGroups<T extends StoryDoc>(
  docs: T[],
): { sorted: T[]; groups: number[][]; links: { loose: Array<Set<number>> } } {
  const sorted = [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const count = sorted.length;
  if (count <= 1)
    return { sorted, groups: sorted.map((_, i) => [i]), links: { loose: sorted.map(() => new Set<number>()) } };
  const postings = new Map<string, number[]>();
  sorted.forEach((doc, i) => {
    for (const token of doc.fingerprint) pushTo(postings, token, i);
  });
  // Rare names weigh more; the smoothing keeps a small workspace (five reports of one story) from treating
  // the names they all share as worthless.
  const weight = (token: string): number => Math.log(1 + (count + IDF_SMOOTHING) / (postings.get(token)?.length ?? 1));
  const totals = sorted.map((doc) => [...doc.fingerprint].reduce((s, t) => s + weight(t), 0));
  const links: Array<Set<number>> = sorted.map(() => new Set<number>());
  const loose: Array<Set<number>> = sorted.map(() => new Set<number>());
  const shared = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    shared.clear();
    for (const token of sorted[i].fingerprint) {
      const list = postings.get(token)!;
      if (list.length > MAX_POSTING) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, names] of shared) {
      // Short texts name few things: half the smaller fingerprint will do, but never fewer than two names.
      if (names < STORY_MIN_SHARED_NAMES) continue;
      const required = Math.min(
        STORY_SHARED_NAMES,
        Math.max(
          STORY_MIN_SHARED_NAMES,
          Math.ceil(Math.min(sorted[i].fingerprint.size, sorted[j].fingerprint.size) / 2),
        ),
      );
      const similar = similarity(sorted[i], sorted[j], weight, totals[i], totals[j]);
      if (names >= required && similar >= STORY_SIMILARITY) {
        links[i].add(j);
        links[j].add(i);
      } else if (similar >= STORY_LOOSE_SIMILARITY) {
        loose[i].add(j);
      }
    }
  }
  return { sorted, groups: greedyGroups(count, links), links: { loose } };
}

/**
 * Greedy, in order: an item joins the group it links to most, if it links to at least half of it. Unlike
 * connected components, this never chains A–B–C into one story when A and C have nothing in common.
 */
function greedyGroups(count: number, links: Array<Set<number>>): number[][] {
  const groupOf = new Array<number>(count).fill(-1);
  const groups: number[][] = [];
  for (let i = 0; i < count; i++) {
    const linkedPerGroup = new Map<number, number>();
    for (const j of links[i])
      if (groupOf[j] >= 0) linkedPerGroup.set(groupOf[j], (linkedPerGroup.get(groupOf[j]) ?? 0) + 1);
    let best = -1,
      bestLinks = 0;
    for (const [group, linked] of linkedPerGroup) {
      if (linked * 2 < groups[group].length) continue;
      if (linked > bestLinks || (linked === bestLinks && group < best)) {
        best = group;
        bestLinks = linked;
      }
    }
    if (best < 0) {
      best = groups.length;
      groups.push([]);
    }
    groups[best].push(i);
    groupOf[i] = best;
  }
  return groups;
}

function similarity(a: StoryDoc, b: StoryDoc, weight: (t: string) => number, totalA: number, totalB: number): number {
  const [small, large] = a.fingerprint.size <= b.fingerprint.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small.fingerprint) if (large.fingerprint.has(token)) shared += weight(token);
  const denominator = Math.min(totalA, totalB);
  return denominator > 0 ? shared / denominator : 0;
}

/**
 * A story's findings, each found across two of its close groups (storyCores) marked information: documents linked
 * only loosely (few shared names) may tell two events apart, so what they disagree on is to read, not to act on.
 */
export function demotedAcrossCores<F extends { finding: { severity: string }; locations: Array<{ file: string }> }>(
  story: StoryDoc[],
  found: F[],
): F[] {
  if (found.every((f) => f.finding.severity !== 'warning')) return found;
  const cores = storyCores(story);
  if (cores.length <= 1) return found;
  const coreOf = new Map<string, number>();
  cores.forEach((members, core) => members.forEach((doc) => coreOf.set(doc.file, core)));
  return found.map((located) => {
    if (located.finding.severity !== 'warning') return located;
    const spanned = new Set(located.locations.map((l) => coreOf.get(l.file)));
    return spanned.size > 1 ? { ...located, finding: { ...located.finding, severity: 'information' } } : located;
  });
}
