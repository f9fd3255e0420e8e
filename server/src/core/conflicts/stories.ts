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
  // Each name of the bucket gets a number, and each document its names' numbers in fingerprint order (all of them
  // in one array, document i's from nameStart[i]): every count, weight and overlap below is read from arrays.
  const { names, nameStart, nameCount } = bucketNames(sorted);
  const sizeOf = (i: number): number => nameStart[i + 1] - nameStart[i];
  // Postings: the documents giving each name, in order, as one array cut at postingStart.
  const postingLength = new Int32Array(nameCount);
  for (const n of names) postingLength[n]++;
  const postingStart = new Int32Array(nameCount + 1);
  for (let n = 0; n < nameCount; n++) postingStart[n + 1] = postingStart[n] + postingLength[n];
  const postings = new Int32Array(postingStart[nameCount]);
  const filled = postingStart.slice(0, nameCount);
  for (let i = 0; i < count; i++)
    for (let k = nameStart[i]; k < nameStart[i + 1]; k++) postings[filled[names[k]]++] = i;
  // Rare names weigh more; the smoothing keeps a small workspace (five reports of one story) from treating
  // the names they all share as worthless.
  const weights = new Float64Array(nameCount);
  for (let n = 0; n < nameCount; n++) weights[n] = Math.log(1 + (count + IDF_SMOOTHING) / postingLength[n]);
  const totals = new Float64Array(count);
  for (let i = 0; i < count; i++) for (let k = nameStart[i]; k < nameStart[i + 1]; k++) totals[i] += weights[names[k]];
  // A pair that cannot reach the loose similarity is not scored: each name two documents share weighs at most what
  // a name of two documents weighs, and at most so many of their shared names are too common to be counted.
  const sharedWeightCap = Math.log(1 + (count + IDF_SMOOTHING) / 2);
  const commonWeightCap = Math.log(1 + (count + IDF_SMOOTHING) / (MAX_POSTING + 1));
  const commonNames = new Int32Array(count);
  for (let i = 0; i < count; i++)
    for (let k = nameStart[i]; k < nameStart[i + 1]; k++) if (postingLength[names[k]] > MAX_POSTING) commonNames[i]++;
  const links: Array<Set<number>> = sorted.map(() => new Set<number>());
  const loose: Array<Set<number>> = sorted.map(() => new Set<number>());
  const shared = new Int32Array(count);
  const sharing: number[] = [];
  const overlap = new Overlap(nameCount, weights, names, nameStart);
  for (let i = 0; i < count; i++) {
    sharing.length = 0;
    for (let k = nameStart[i]; k < nameStart[i + 1]; k++) {
      const n = names[k];
      if (postingLength[n] > MAX_POSTING) continue;
      for (let p = postingStart[n]; p < postingStart[n + 1]; p++) {
        const j = postings[p];
        if (j > i && shared[j]++ === 0) sharing.push(j);
      }
    }
    for (const j of sharing) {
      const sharedNames = shared[j];
      shared[j] = 0;
      // Short texts name few things: half the smaller fingerprint will do, but never fewer than two names.
      if (sharedNames < STORY_MIN_SHARED_NAMES) continue;
      const required = Math.min(
        STORY_SHARED_NAMES,
        Math.max(STORY_MIN_SHARED_NAMES, Math.ceil(Math.min(sizeOf(i), sizeOf(j)) / 2)),
      );
      const mostShared = sharedNames * sharedWeightCap + Math.min(commonNames[i], commonNames[j]) * commonWeightCap;
      if (mostShared < CAP_MARGIN * STORY_LOOSE_SIMILARITY * Math.min(totals[i], totals[j])) continue;
      const similar = overlap.similarity(i, j, totals[i], totals[j]);
      if (sharedNames >= required && similar >= STORY_SIMILARITY) {
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

/** Below 1 by far more than rounding: a pair is skipped only when its similarity is surely below the threshold. */
const CAP_MARGIN = 0.999;

const MAX_STAMP = 0x7fffffff;

/** Weighted overlap of two documents' names (numbered as in linkedGroups), over the smaller weight of the two. */
class Overlap {
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(
    nameCount: number,
    private readonly weights: Float64Array,
    private readonly names: Int32Array,
    private readonly nameStart: Int32Array,
  ) {
    this.mark = new Int32Array(nameCount);
  }

  similarity(a: number, b: number, totalA: number, totalB: number): number {
    const { names, nameStart } = this;
    const [small, large] = nameStart[a + 1] - nameStart[a] <= nameStart[b + 1] - nameStart[b] ? [a, b] : [b, a];
    if (this.stamp === MAX_STAMP) {
      this.mark.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (let k = nameStart[large]; k < nameStart[large + 1]; k++) this.mark[names[k]] = stamp;
    // Summed in the smaller fingerprint's order.
    let shared = 0;
    for (let k = nameStart[small]; k < nameStart[small + 1]; k++)
      if (this.mark[names[k]] === stamp) shared += this.weights[names[k]];
    const denominator = Math.min(totalA, totalB);
    return denominator > 0 ? shared / denominator : 0;
  }
}

/**
 * Every name a story fingerprint has held, numbered once, and each fingerprint's names as those numbers: a bucket
 * numbers its documents' names by array look-ups, not by hashing each name again in every bucket. Started afresh
 * when it grows past NAME_NUMBERS_LIMIT (a server that has seen very many names).
 */
let nameNumbers = new Map<string, number>();
let fingerprintNumbers = new WeakMap<Set<string>, Int32Array>();
const NAME_NUMBERS_LIMIT = 1 << 20;
/** A bucket's number of each name, by the name's number in nameNumbers (-1: none yet), and the names numbered. */
let bucketNumber = new Int32Array(1024).fill(-1);
const numbered: number[] = [];

function numbersOf(fingerprint: Set<string>): Int32Array {
  let numbers = fingerprintNumbers.get(fingerprint);
  if (numbers !== undefined && numbers.length === fingerprint.size) return numbers;
  numbers = new Int32Array(fingerprint.size);
  let k = 0;
  for (const name of fingerprint) {
    let n = nameNumbers.get(name);
    if (n === undefined) nameNumbers.set(name, (n = nameNumbers.size));
    numbers[k++] = n;
  }
  fingerprintNumbers.set(fingerprint, numbers);
  return numbers;
}

/**
 * The names of a bucket's documents numbered from 0 in order of first appearance, document after document in one
 * array (document i's in fingerprint order from nameStart[i]), and how many names the bucket has.
 */
function bucketNames(docs: StoryDoc[]): { names: Int32Array; nameStart: Int32Array; nameCount: number } {
  if (nameNumbers.size > NAME_NUMBERS_LIMIT) {
    nameNumbers = new Map();
    fingerprintNumbers = new WeakMap();
  }
  const numbers = docs.map((doc) => numbersOf(doc.fingerprint));
  const nameStart = new Int32Array(docs.length + 1);
  for (let i = 0; i < docs.length; i++) nameStart[i + 1] = nameStart[i] + numbers[i].length;
  if (bucketNumber.length < nameNumbers.size) {
    bucketNumber = new Int32Array(Math.max(nameNumbers.size, 2 * bucketNumber.length)).fill(-1);
  }
  const names = new Int32Array(nameStart[docs.length]);
  let k = 0;
  for (const list of numbers) {
    for (const global of list) {
      let n = bucketNumber[global];
      if (n < 0) {
        n = bucketNumber[global] = numbered.length;
        numbered.push(global);
      }
      names[k++] = n;
    }
  }
  const nameCount = numbered.length;
  for (const global of numbered) bucketNumber[global] = -1;
  numbered.length = 0;
  return { names, nameStart, nameCount };
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
