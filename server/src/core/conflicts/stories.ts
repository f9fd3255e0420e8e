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
export const STORY_SHARED_NAMES = 3;
/** Names more common than this among a bucket's documents do not propose candidate pairs. */
const MAX_POSTING = 400;

export function storyGroups<T extends StoryDoc>(docs: T[]): T[][] {
  const sorted = [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const count = sorted.length;
  if (count <= 1) return sorted.map((d) => [d]);
  const postings = new Map<string, number[]>();
  sorted.forEach((doc, i) => {
    for (const token of doc.fingerprint) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = []));
      list.push(i);
    }
  });
  const weight = (token: string): number => Math.log(1 + count / (postings.get(token)?.length ?? 1));
  const totals = sorted.map((doc) => [...doc.fingerprint].reduce((s, t) => s + weight(t), 0));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let i = 0; i < count; i++) {
    const shared = new Map<number, number>();
    for (const token of sorted[i].fingerprint) {
      const list = postings.get(token)!;
      if (list.length > MAX_POSTING) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, names] of shared) {
      if (names < STORY_SHARED_NAMES || find(i) === find(j)) continue;
      if (similarity(sorted[i], sorted[j], weight, totals[i], totals[j]) >= STORY_SIMILARITY) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, T[]>();
  sorted.forEach((doc, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), doc]);
  });
  return [...groups.values()];
}

function similarity(a: StoryDoc, b: StoryDoc, weight: (t: string) => number, totalA: number, totalB: number): number {
  const [small, large] = a.fingerprint.size <= b.fingerprint.size ? [a, b] : [b, a];
  let shared = 0;
  for (const token of small.fingerprint) if (large.fingerprint.has(token)) shared += weight(token);
  const denominator = Math.min(totalA, totalB);
  return denominator > 0 ? shared / denominator : 0;
}
