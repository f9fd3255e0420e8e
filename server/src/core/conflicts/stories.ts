// Which documents of a bucket tell the same story: weighted overlap of their proper-noun fingerprints, with
// weights from how rare a name is among the bucket's documents and how often its document gives it, and candidate
// pairs from an inverted index (never all pairs). Deterministic for a given set of documents, whatever order they
// arrive in.

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
 * How many steps down a fingerprint's counts a name weighs half what its most frequent names weigh: a name weighs
 * 1 / (1 + step / STORY_STEP_HALF) of its rarity weight (see linkedGroups).
 */
export const STORY_STEP_HALF = 4;

/**
 * Stories of a bucket: groups of closely linked documents (shared rare names, see linkedGroups), then unions of those
 * whose documents are linked, closely or loosely (STORY_LOOSE_SIMILARITY), pair by pair for the most part
 * (STORY_LINKED_PAIRS): a folder of one event's coverage by several outlets shares fewer names than one outlet's
 * articles, but each of its reports shares some with nearly every other. One outlet's articles on many stories of one
 * field are linked in chains (a bank's rates to a currency's fall to a country's growth), not pair by pair. A story's
 * conflict between two documents of different close groups is information only (storyCores tells them apart).
 * A report naming one thing only joins the story naming it (withLoneNames).
 */
export function storyGroups<T extends StoryDoc>(docs: T[]): T[][] {
  const { sorted, groups, close, loose } = linkedGroups(docs);
  if (groups.length <= 1) return groups.map((members) => members.map((i) => sorted[i]));
  const stories = linkedUnions(groups, close, loose).map((members) => members.flatMap((g) => groups[g]));
  return withLoneNames(sorted, stories).map((members) => members.sort((a, b) => a - b).map((i) => sorted[i]));
}

/**
 * The stories with the reports that name one thing only joined in, in file order: such a report (a one-sentence
 * brief, "Staunton police on Friday arrested a 60-year-old woman") shares too few names to be linked. It joins the
 * story of the reports naming its name, if they are all of one story; when no report naming more names it, the
 * story of the first report naming it alone. A report naming nothing, or a name that several stories name, stays a
 * story of its own. Linear in the names.
 */
function withLoneNames(sorted: StoryDoc[], stories: number[][]): number[][] {
  const lone: number[] = [];
  sorted.forEach((doc, i) => {
    if (doc.fingerprint.size === 1) lone.push(i);
  });
  if (lone.length === 0) return stories;
  const storyOf = new Int32Array(sorted.length);
  stories.forEach((members, s) => members.forEach((i) => (storyOf[i] = s)));
  // For each lone name, the stories of the reports naming more than that.
  const storiesNaming = new Map<string, Set<number>>();
  for (const i of lone) for (const name of sorted[i].fingerprint) storiesNaming.set(name, new Set());
  sorted.forEach((doc, i) => {
    if (doc.fingerprint.size > 1) for (const name of doc.fingerprint) storiesNaming.get(name)?.add(storyOf[i]);
  });
  const firstNaming = new Map<string, number>();
  for (const i of lone) {
    if (stories[storyOf[i]].length > 1) continue; // in a story with others already
    const [name] = sorted[i].fingerprint;
    const naming = storiesNaming.get(name)!;
    let story = -1;
    if (naming.size === 1) [story] = naming;
    else if (naming.size === 0) {
      story = firstNaming.get(name) ?? -1;
      if (story < 0) firstNaming.set(name, storyOf[i]);
    }
    if (story < 0) continue;
    stories[storyOf[i]] = [];
    stories[story].push(i);
    storyOf[i] = story;
  }
  return stories.filter((members) => members.length > 0);
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
  const { names, starts, nameCount } = bucketNames(sorted);
  // Every array below is cut from one buffer: a bucket of two documents costs one allocation, not a dozen.
  const arrays = new ArrayCutter(
    (2 * count + 1 + nameCount + 2 * names.length) * Float64Array.BYTES_PER_ELEMENT +
      (5 * nameCount + 1 + 2 * names.length + 2 * count) * Int32Array.BYTES_PER_ELEMENT,
  );
  const weightOfLength = arrays.floats(count + 1);
  const weights = arrays.floats(nameCount);
  const totals = arrays.floats(count);
  const occurrenceWeights = arrays.floats(names.length);
  const pairWeights = arrays.floats(names.length);
  // Postings: the documents giving each name, in order, as one array cut at postingStart.
  const postingLength = arrays.ints(nameCount);
  for (const n of names) postingLength[n]++;
  const postingStart = arrays.ints(nameCount + 1);
  for (let n = 0; n < nameCount; n++) postingStart[n + 1] = postingStart[n] + postingLength[n];
  const postings = arrays.ints(names.length);
  const filled = arrays.ints(nameCount);
  filled.set(postingStart.subarray(0, nameCount));
  // Where each name of a document comes after the document itself in that name's posting: its later documents.
  const laterInPosting = arrays.ints(names.length);
  for (let i = 0; i < count; i++) {
    for (let k = starts[i]; k < starts[i + 1]; k++) {
      postings[filled[names[k]]] = i;
      laterInPosting[k] = ++filled[names[k]];
    }
  }
  // Rare names weigh more; the smoothing keeps a small workspace (five reports of one story) from treating
  // the names they all share as worthless. A name's weight depends on its posting's length alone.
  for (let length = 1; length <= count; length++)
    weightOfLength[length] = Math.log(1 + (count + IDF_SMOOTHING) / length);
  for (let n = 0; n < nameCount; n++) weights[n] = weightOfLength[postingLength[n]];
  // A document's most frequent names say what it is about; the tail of a long fingerprint is mostly names it gives
  // once (an aside, a page's links): a name weighs less the more steps down its document's counts it comes
  // (STORY_STEP_HALF). A fingerprint lists the most frequent names first, alphabetically among equals
  // (documentKeywords), so a name coming before the previous one alphabetically is a step down for certain; names in
  // alphabetical order count as equals (a brief's names, each given once, weigh alike).
  for (let i = 0; i < count; i++) {
    let step = 0;
    let previous = '';
    let k = starts[i];
    for (const name of sorted[i].fingerprint) {
      if (name < previous) step++;
      previous = name;
      occurrenceWeights[k] = weights[names[k]] / (1 + step / STORY_STEP_HALF);
      k++;
    }
  }
  // A pair that cannot reach the loose similarity is not scored: each name two documents share weighs at most what
  // a name of two documents weighs, and at most so many of their shared names are too common to be counted.
  const commonNames = arrays.ints(count);
  for (let i = 0; i < count; i++) {
    let total = 0;
    for (let k = starts[i]; k < starts[i + 1]; k++) {
      total += occurrenceWeights[k];
      if (postingLength[names[k]] > MAX_POSTING) commonNames[i]++;
    }
    totals[i] = total;
  }
  const sharedWeightCap = Math.log(1 + (count + IDF_SMOOTHING) / 2);
  const commonWeightCap = Math.log(1 + (count + IDF_SMOOTHING) / (MAX_POSTING + 1));
  // Filled by a loop, not by sorted.map(() => []): the optimised code bailed out at links[i].push ("wrong map") on
  // nearly every call with the arrays map returned (node --trace-deopt: 56 bailouts in two BBC passes), and ran the
  // rest of the call in the interpreter.
  const links: number[][] = [];
  for (let i = 0; i < count; i++) links.push([]);
  const loose: number[] = [];
  const shared = arrays.ints(count);
  // The documents sharing a name with document i, as the first `sharingCount` of one array kept for every i.
  const sharing: number[] = [];
  const overlap = new Overlap(
    names,
    starts,
    occurrenceWeights,
    pairWeights,
    arrays.ints(nameCount),
    arrays.ints(nameCount),
  );
  for (let i = 0; i < count; i++) {
    let sharingCount = 0;
    for (let k = starts[i]; k < starts[i + 1]; k++) {
      const n = names[k];
      if (postingLength[n] > MAX_POSTING) continue;
      for (let p = laterInPosting[k]; p < postingStart[n + 1]; p++) {
        const j = postings[p];
        if (shared[j]++ === 0) sharing[sharingCount++] = j;
      }
    }
    let focused = false;
    for (let s = 0; s < sharingCount; s++) {
      const j = sharing[s];
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
      if (!focused) {
        overlap.focus(i);
        focused = true;
      }
      const similar = overlap.similarity(j, totals[i], totals[j]);
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

/** Zeroed typed arrays cut one after the other from one buffer of a given size (floats first, for their alignment). */
class ArrayCutter {
  private readonly buffer: ArrayBuffer;
  private offset = 0;

  constructor(byteLength: number) {
    this.buffer = new ArrayBuffer(byteLength);
  }

  floats(length: number): Float64Array {
    const array = new Float64Array(this.buffer, this.offset, length);
    this.offset += length * Float64Array.BYTES_PER_ELEMENT;
    return array;
  }

  ints(length: number): Int32Array {
    const array = new Int32Array(this.buffer, this.offset, length);
    this.offset += length * Int32Array.BYTES_PER_ELEMENT;
    return array;
  }
}

/**
 * The names of a bucket's documents numbered 0, 1, ... in order of first appearance (document by document, each
 * fingerprint in its order): document i's are names[starts[i]] to names[starts[i + 1]]. Grouping the documents then
 * reads no string.
 */
function bucketNames(docs: StoryDoc[]): { names: Int32Array; starts: Int32Array; nameCount: number } {
  const starts = new Int32Array(docs.length + 1);
  for (let i = 0; i < docs.length; i++) starts[i + 1] = starts[i] + docs[i].fingerprint.size;
  const names = new Int32Array(starts[docs.length]);
  const numberOf = new Map<string, number>();
  let k = 0;
  for (const doc of docs) {
    for (const name of doc.fingerprint) {
      let n = numberOf.get(name);
      if (n === undefined) numberOf.set(name, (n = numberOf.size));
      names[k++] = n;
    }
  }
  return { names, starts, nameCount: numberOf.size };
}

/**
 * Weighted overlap of one document's names (as numbers) with each of several others', over the smaller weight of the
 * two: the document is marked once (focus), then each other document is read once (similarity).
 */
class Overlap {
  private stamp = 0;
  private focused = -1;
  /**
   * The focused document's names another document shares, by position: the first so many of one array kept for
   * every call (emptying an array drops its storage, and the next push allocates it again).
   */
  private readonly sharedPositions: number[] = [];

  /**
   * `weights` holds each name's weight in each document (by position in `names`): a name two documents share weighs
   * what it weighs in the one of the smaller total weight, the document the similarity is a share of. `pairWeights`
   * has a place for each position; `positionOf` and `markOf` for each name, zeroed.
   */
  constructor(
    private readonly names: Int32Array,
    private readonly starts: Int32Array,
    private readonly weights: Float64Array,
    private readonly pairWeights: Float64Array,
    private readonly positionOf: Int32Array,
    private readonly markOf: Int32Array,
  ) {}

  /** Marks document i (a position of `starts`) for the similarities that follow. */
  focus(i: number): void {
    const { names, starts } = this;
    if (this.stamp === MAX_STAMP) {
      this.markOf.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (let k = starts[i]; k < starts[i + 1]; k++) {
      this.markOf[names[k]] = stamp;
      this.positionOf[names[k]] = k;
    }
    this.focused = i;
  }

  /** Between the focused document and document j, with their total weights; summed in the smaller fingerprint's order. */
  similarity(j: number, totalFocused: number, totalJ: number): number {
    const { names, starts, weights, pairWeights, markOf, stamp } = this;
    const byFocused = totalFocused <= totalJ;
    const i = this.focused;
    let shared = 0;
    if (starts[i + 1] - starts[i] <= starts[j + 1] - starts[j]) {
      // The focused document is the smaller (or as large): its shared names, in its order.
      const positions = this.sharedPositions;
      let count = 0;
      for (let k = starts[j]; k < starts[j + 1]; k++) {
        const n = names[k];
        if (markOf[n] !== stamp) continue;
        const position = this.positionOf[n];
        pairWeights[position] = byFocused ? weights[position] : weights[k];
        let at = count++;
        while (at > 0 && positions[at - 1] > position) {
          positions[at] = positions[at - 1];
          at--;
        }
        positions[at] = position;
      }
      for (let p = 0; p < count; p++) shared += pairWeights[positions[p]];
    } else {
      for (let k = starts[j]; k < starts[j + 1]; k++)
        if (markOf[names[k]] === stamp) shared += byFocused ? weights[this.positionOf[names[k]]] : weights[k];
    }
    const denominator = Math.min(totalFocused, totalJ);
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
