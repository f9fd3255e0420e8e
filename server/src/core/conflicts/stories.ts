// Which documents of a bucket tell the same story: weighted overlap of their proper-noun fingerprints, with
// weights from how rare a name is among the bucket's documents, and candidate pairs from an inverted index
// (never all pairs). Deterministic for a given set of documents, whatever order they arrive in.

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
 * Stories of a bucket: groups of closely linked documents (shared rare names, see linkedGroups), then unions of those
 * whose documents are linked, closely or loosely (STORY_LOOSE_SIMILARITY), pair by pair for the most part
 * (STORY_LINKED_PAIRS): a folder of one event's coverage by several outlets shares fewer names than one outlet's
 * articles, but each of its reports shares some with nearly every other. One outlet's articles on many stories of one
 * field are linked in chains (a bank's rates to a currency's fall to a country's growth), not pair by pair. A story's
 * conflict between two documents of different close groups is information only (storyCores tells them apart).
 */
export function storyGroups<T extends StoryDoc>(docs: T[]): T[][] {
  const { sorted, groups, links } = linkedGroups(docs);
  if (groups.length <= 1) return groups.map((members) => members.map((i) => sorted[i]));
  return linkedUnions(groups, links).map((members) =>
    members
      .flatMap((g) => groups[g])
      .sort((a, b) => a - b)
      .map((i) => sorted[i]),
  );
}

/** Share of the pairs of a close group's documents and a story's that must be linked for the group to join the story. */
export const STORY_LINKED_PAIRS = 2 / 3;

/**
 * Close groups joined into stories, in order: a group joins the story whose documents its own are linked to (closely
 * or loosely) in the largest share of pairs, if at least STORY_LINKED_PAIRS of them. Linear in the links.
 */
function linkedUnions(groups: number[][], links: { close: Array<Set<number>>; loose: Array<Set<number>> }): number[][] {
  const count = links.close.length;
  const linked: number[][] = links.close.map((close) => [...close]);
  links.loose.forEach((loose, i) => {
    for (const j of loose) {
      linked[i].push(j);
      linked[j].push(i);
    }
  });
  const storyOf = new Int32Array(count).fill(-1);
  const stories: number[][] = [];
  const sizes: number[] = [];
  const pairs = new Map<number, number>();
  groups.forEach((members, g) => {
    pairs.clear();
    for (const i of members)
      for (const j of linked[i]) if (storyOf[j] >= 0) pairs.set(storyOf[j], (pairs.get(storyOf[j]) ?? 0) + 1);
    let best = -1,
      bestShare = STORY_LINKED_PAIRS;
    for (const [story, linkedPairs] of pairs) {
      const share = linkedPairs / (members.length * sizes[story]);
      if (share > bestShare || (share === bestShare && (best < 0 || story < best))) {
        best = story;
        bestShare = share;
      }
    }
    if (best < 0) {
      best = stories.length;
      stories.push([]);
      sizes.push(0);
    }
    stories[best].push(g);
    sizes[best] += members.length;
    for (const i of members) storyOf[i] = best;
  });
  return stories;
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
): { sorted: T[]; groups: number[][]; links: { close: Array<Set<number>>; loose: Array<Set<number>> } } {
  const sorted = [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const count = sorted.length;
  if (count <= 1) return { sorted, groups: sorted.map((_, i) => [i]), links: { close: [], loose: [] } };
  // Each name of the bucket gets a number, and each document its names' numbers in fingerprint order: every count,
  // weight and overlap below is then read from arrays, not looked up by name.
  const numberOf = new Map<string, number>();
  const namesOf = sorted.map((doc) => {
    const numbers = new Int32Array(doc.fingerprint.size);
    let k = 0;
    for (const token of doc.fingerprint) {
      let n = numberOf.get(token);
      if (n === undefined) numberOf.set(token, (n = numberOf.size));
      numbers[k++] = n;
    }
    return numbers;
  });
  const nameCount = numberOf.size;
  // Postings: the documents giving each name, in order, as one array cut at postingStart.
  const postingLength = new Int32Array(nameCount);
  for (const numbers of namesOf) for (const n of numbers) postingLength[n]++;
  const postingStart = new Int32Array(nameCount + 1);
  for (let n = 0; n < nameCount; n++) postingStart[n + 1] = postingStart[n] + postingLength[n];
  const postings = new Int32Array(postingStart[nameCount]);
  const filled = postingStart.slice(0, nameCount);
  namesOf.forEach((numbers, i) => {
    for (const n of numbers) postings[filled[n]++] = i;
  });
  // Rare names weigh more; the smoothing keeps a small workspace (five reports of one story) from treating
  // the names they all share as worthless.
  const weights = new Float64Array(nameCount);
  for (let n = 0; n < nameCount; n++) weights[n] = Math.log(1 + (count + IDF_SMOOTHING) / postingLength[n]);
  const totals = namesOf.map((numbers) => {
    let total = 0;
    for (const n of numbers) total += weights[n];
    return total;
  });
  // A pair that cannot reach the loose similarity is not scored: each name two documents share weighs at most what
  // a name of two documents weighs, and at most so many of their shared names are too common to be counted.
  const sharedWeightCap = Math.log(1 + (count + IDF_SMOOTHING) / 2);
  const commonWeightCap = Math.log(1 + (count + IDF_SMOOTHING) / (MAX_POSTING + 1));
  const commonNames = namesOf.map((numbers) => {
    let common = 0;
    for (const n of numbers) if (postingLength[n] > MAX_POSTING) common++;
    return common;
  });
  const links: Array<Set<number>> = sorted.map(() => new Set<number>());
  const loose: Array<Set<number>> = sorted.map(() => new Set<number>());
  const shared = new Int32Array(count);
  const sharing: number[] = [];
  const overlap = new Overlap(nameCount, weights);
  for (let i = 0; i < count; i++) {
    sharing.length = 0;
    for (const n of namesOf[i]) {
      if (postingLength[n] > MAX_POSTING) continue;
      for (let k = postingStart[n]; k < postingStart[n + 1]; k++) {
        const j = postings[k];
        if (j > i && shared[j]++ === 0) sharing.push(j);
      }
    }
    for (const j of sharing) {
      const names = shared[j];
      shared[j] = 0;
      // Short texts name few things: half the smaller fingerprint will do, but never fewer than two names.
      if (names < STORY_MIN_SHARED_NAMES) continue;
      const required = Math.min(
        STORY_SHARED_NAMES,
        Math.max(STORY_MIN_SHARED_NAMES, Math.ceil(Math.min(namesOf[i].length, namesOf[j].length) / 2)),
      );
      const mostShared = names * sharedWeightCap + Math.min(commonNames[i], commonNames[j]) * commonWeightCap;
      if (mostShared < CAP_MARGIN * STORY_LOOSE_SIMILARITY * Math.min(totals[i], totals[j])) continue;
      const similar = overlap.similarity(namesOf[i], namesOf[j], totals[i], totals[j]);
      if (names >= required && similar >= STORY_SIMILARITY) {
        links[i].add(j);
        links[j].add(i);
      } else if (similar >= STORY_LOOSE_SIMILARITY) {
        loose[i].add(j);
      }
    }
  }
  return { sorted, groups: greedyGroups(count, links), links: { close: links, loose } };
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

/** Below 1 by far more than rounding: a pair is skipped only when its similarity is surely below the threshold. */
const CAP_MARGIN = 0.999;

const MAX_STAMP = 0x7fffffff;

/** Weighted overlap of two documents' names (as numbers), over the smaller weight of the two. */
class Overlap {
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(
    nameCount: number,
    private readonly weights: Float64Array,
  ) {
    this.mark = new Int32Array(nameCount);
  }

  similarity(a: Int32Array, b: Int32Array, totalA: number, totalB: number): number {
    const [small, large] = a.length <= b.length ? [a, b] : [b, a];
    if (this.stamp === MAX_STAMP) {
      this.mark.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (const n of large) this.mark[n] = stamp;
    // Summed in the smaller fingerprint's order.
    let shared = 0;
    for (const n of small) if (this.mark[n] === stamp) shared += this.weights[n];
    const denominator = Math.min(totalA, totalB);
    return denominator > 0 ? shared / denominator : 0;
  }
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
