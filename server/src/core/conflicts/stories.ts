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
  const { sorted, groups, close, loose } = linkedGroups(docs);
  if (groups.length <= 1) return groups.map((members) => members.map((i) => sorted[i]));
  return linkedUnions(groups, close, loose).map((members) =>
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
function linkedUnions(groups: number[][], close: number[][], loose: number[]): number[][] {
  const count = close.length;
  const linked: number[][] = close.map((links) => [...links]);
  for (let k = 0; k < loose.length; k += 2) {
    linked[loose[k]].push(loose[k + 1]);
    linked[loose[k + 1]].push(loose[k]);
  }
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

/**
 * The documents in file order, their close groups (positions in that order), their close links (each document's
 * closely linked documents) and their loose links: the pairs (i, j), i < j, one after the other, that reach
 * STORY_LOOSE_SIMILARITY only.
 */
function linkedGroups<T extends StoryDoc>(
  docs: T[],
): { sorted: T[]; groups: number[][]; close: number[][]; loose: number[] } {
  const sorted = [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const count = sorted.length;
  if (count <= 1) return { sorted, groups: sorted.map((_, i) => [i]), close: [], loose: [] };
  // Each name of the bucket gets a number, and each document its names' numbers in fingerprint order (names[starts[i]]
  // to names[starts[i + 1]]): every count, weight and overlap below is then read from arrays, not looked up by name.
  const { names, starts, nameCount } = NAMES.bucketNames(sorted);
  // Postings: the documents giving each name, in order, as one array cut at postingStart.
  const postingLength = new Int32Array(nameCount);
  for (const n of names) postingLength[n]++;
  const postingStart = new Int32Array(nameCount + 1);
  for (let n = 0; n < nameCount; n++) postingStart[n + 1] = postingStart[n] + postingLength[n];
  const postings = new Int32Array(postingStart[nameCount]);
  const filled = postingStart.slice(0, nameCount);
  for (let i = 0; i < count; i++) for (let k = starts[i]; k < starts[i + 1]; k++) postings[filled[names[k]]++] = i;
  // Rare names weigh more; the smoothing keeps a small workspace (five reports of one story) from treating
  // the names they all share as worthless. A name's weight depends on its posting's length alone.
  const weightOfLength = new Float64Array(count + 1);
  for (let length = 1; length <= count; length++)
    weightOfLength[length] = Math.log(1 + (count + IDF_SMOOTHING) / length);
  const weights = new Float64Array(nameCount);
  for (let n = 0; n < nameCount; n++) weights[n] = weightOfLength[postingLength[n]];
  const totals = new Float64Array(count);
  // A pair that cannot reach the loose similarity is not scored: each name two documents share weighs at most what
  // a name of two documents weighs, and at most so many of their shared names are too common to be counted.
  const commonNames = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let total = 0;
    for (let k = starts[i]; k < starts[i + 1]; k++) {
      total += weights[names[k]];
      if (postingLength[names[k]] > MAX_POSTING) commonNames[i]++;
    }
    totals[i] = total;
  }
  const sharedWeightCap = Math.log(1 + (count + IDF_SMOOTHING) / 2);
  const commonWeightCap = Math.log(1 + (count + IDF_SMOOTHING) / (MAX_POSTING + 1));
  const links: number[][] = sorted.map(() => []);
  const loose: number[] = [];
  const shared = new Int32Array(count);
  const sharing: number[] = [];
  const overlap = new Overlap(names, starts, nameCount, weights);
  for (let i = 0; i < count; i++) {
    sharing.length = 0;
    for (let k = starts[i]; k < starts[i + 1]; k++) {
      const n = names[k];
      if (postingLength[n] > MAX_POSTING) continue;
      for (let p = postingStart[n]; p < postingStart[n + 1]; p++) {
        const j = postings[p];
        if (j > i && shared[j]++ === 0) sharing.push(j);
      }
    }
    for (const j of sharing) {
      const common = shared[j];
      shared[j] = 0;
      // Short texts name few things: half the smaller fingerprint will do, but never fewer than two names.
      if (common < STORY_MIN_SHARED_NAMES) continue;
      const required = Math.min(
        STORY_SHARED_NAMES,
        Math.max(STORY_MIN_SHARED_NAMES, Math.ceil(Math.min(starts[i + 1] - starts[i], starts[j + 1] - starts[j]) / 2)),
      );
      const mostShared = common * sharedWeightCap + Math.min(commonNames[i], commonNames[j]) * commonWeightCap;
      if (mostShared < CAP_MARGIN * STORY_LOOSE_SIMILARITY * Math.min(totals[i], totals[j])) continue;
      const similar = overlap.similarity(i, j, totals[i], totals[j]);
      if (common >= required && similar >= STORY_SIMILARITY) {
        links[i].push(j);
        links[j].push(i);
      } else if (similar >= STORY_LOOSE_SIMILARITY) {
        loose.push(i, j);
      }
    }
  }
  return { sorted, groups: greedyGroups(count, links), close: links, loose };
}

/**
 * Greedy, in order: an item joins the group it links to most, if it links to at least half of it. Unlike
 * connected components, this never chains A–B–C into one story when A and C have nothing in common. `links[i]`
 * names each item linked to i once.
 */
function greedyGroups(count: number, links: readonly number[][]): number[][] {
  const groupOf = new Int32Array(count).fill(-1);
  const groups: number[][] = [];
  // How many of an item's links each group holds, for the groups it links to (`linkedGroups`); zero otherwise.
  const linkedIn = new Int32Array(count);
  const linkedGroups: number[] = [];
  for (let i = 0; i < count; i++) {
    linkedGroups.length = 0;
    for (const j of links[i]) {
      const group = groupOf[j];
      if (group >= 0 && linkedIn[group]++ === 0) linkedGroups.push(group);
    }
    let best = -1,
      bestLinks = 0;
    for (const group of linkedGroups) {
      const linked = linkedIn[group];
      linkedIn[group] = 0;
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

/** How many names NameNumbers numbers before it starts again (a server's edits make new names for ever). */
const MAX_NAMES = 1_000_000;

/**
 * Names as numbers. Each name a fingerprint holds gets one number (until MAX_NAMES are numbered: then every name and
 * fingerprint is numbered again as it comes), and each fingerprint (a prepared document's, kept while the document
 * stands) its names' numbers, read once: grouping a bucket's documents then reads no string.
 */
class NameNumbers {
  private numberOf = new Map<string, number>();
  private ofFingerprint = new WeakMap<ReadonlySet<string>, Int32Array>();
  /** The bucket number of each name number, valid where `stampOf` holds the current stamp. */
  private bucketNumber = new Int32Array(0);
  private stampOf = new Int32Array(0);
  private stamp = 0;

  /** A fingerprint's names' numbers, in its order (numbers of one generation: see bucketNames). */
  private numbersOf(fingerprint: ReadonlySet<string>): Int32Array {
    let numbers = this.ofFingerprint.get(fingerprint);
    if (!numbers) {
      numbers = new Int32Array(fingerprint.size);
      let k = 0;
      for (const name of fingerprint) {
        let n = this.numberOf.get(name);
        if (n === undefined) this.numberOf.set(name, (n = this.numberOf.size));
        numbers[k++] = n;
      }
      this.ofFingerprint.set(fingerprint, numbers);
    }
    return numbers;
  }

  /**
   * The names of a bucket's documents numbered 0, 1, ... in order of first appearance (document by document, each
   * fingerprint in its order): document i's are names[starts[i]] to names[starts[i + 1]].
   */
  bucketNames(docs: StoryDoc[]): { names: Int32Array; starts: Int32Array; nameCount: number } {
    // Started again before any document of the bucket is numbered, so that all of them are numbered alike.
    if (this.numberOf.size >= MAX_NAMES) {
      this.numberOf = new Map();
      this.ofFingerprint = new WeakMap();
    }
    const numbers = docs.map((doc) => this.numbersOf(doc.fingerprint));
    const starts = new Int32Array(docs.length + 1);
    numbers.forEach((list, i) => (starts[i + 1] = starts[i] + list.length));
    if (this.bucketNumber.length < this.numberOf.size) {
      const size = Math.max(this.numberOf.size, 2 * this.bucketNumber.length);
      this.bucketNumber = new Int32Array(size);
      this.stampOf = new Int32Array(size);
      this.stamp = 0;
    }
    if (this.stamp === MAX_STAMP) {
      this.stampOf.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const names = new Int32Array(starts[docs.length]);
    let nameCount = 0;
    let k = 0;
    for (const list of numbers) {
      for (const n of list) {
        if (this.stampOf[n] !== stamp) {
          this.stampOf[n] = stamp;
          this.bucketNumber[n] = nameCount++;
        }
        names[k++] = this.bucketNumber[n];
      }
    }
    return { names, starts, nameCount };
  }
}

const NAMES = new NameNumbers();

/** Weighted overlap of two documents' names (as numbers), over the smaller weight of the two. */
class Overlap {
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(
    private readonly names: Int32Array,
    private readonly starts: Int32Array,
    nameCount: number,
    private readonly weights: Float64Array,
  ) {
    this.mark = new Int32Array(nameCount);
  }

  /** Between documents i and j (positions of `starts`). */
  similarity(i: number, j: number, totalI: number, totalJ: number): number {
    const { names, starts } = this;
    const [small, large] = starts[i + 1] - starts[i] <= starts[j + 1] - starts[j] ? [i, j] : [j, i];
    if (this.stamp === MAX_STAMP) {
      this.mark.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (let k = starts[large]; k < starts[large + 1]; k++) this.mark[names[k]] = stamp;
    // Summed in the smaller fingerprint's order.
    let shared = 0;
    for (let k = starts[small]; k < starts[small + 1]; k++)
      if (this.mark[names[k]] === stamp) shared += this.weights[names[k]];
    const denominator = Math.min(totalI, totalJ);
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
