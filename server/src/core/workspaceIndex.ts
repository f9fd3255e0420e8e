// The incremental conflict index. Every document is prepared once per change and filed into buckets: what it counts
// (a quantity bucket), the event it dates (a date bucket), the names it gives (a name bucket), and its own bucket for
// findings about one file alone. An update recomputes only the buckets the old and new versions of the document
// touch, and reports which files' findings changed, so a server republishes only those. Each bucket is one Bucket
// object holding its members, its findings and its caches; each file one IndexedFile. A file restored from a
// snapshot is read (analysisOf) and prepared only when first needed: the one lazy step of a warm start.
// detectFindings(docs) is this index filled from scratch, so both always agree.
import { resolveConfig, type EngineConfig } from './config';
import { dateFindings, weekdayFindings } from './conflicts/dates';
import { nameFindings } from './conflicts/names';
import { CROSS_BUCKET, prepareDocument, UnitCanon, type PreparedDoc } from './conflicts/prepare';
import { bucketFindings, storyFindingsIn, type BucketMember, type LocatedFinding } from './conflicts/quantities';
import { targetMatches } from './conflicts/suppressions';
import { storyGroups, type StoryDoc } from './conflicts/stories';
import { unattributedFindings } from './conflicts/unattributed';
import type { DocumentAnalysis, Finding, FindingKind, Severity } from './types';

const NO_FILES: ReadonlySet<string> = new Set();

const KIND_ORDER: FindingKind[] = [
  'conflict',
  'internal',
  'date',
  'weekday',
  'revision',
  'attributed',
  'name-variant',
  'unattributed',
];

/**
 * What a bucket compares: the figures of one quantity ("q:militant|killed"), the dates of one event
 * ("d:began|attacks"), the forms of one name ("n:BLA"), or one file alone ("f:<file>": weekdays, unattributed
 * figures). The key (made by the conflicts modules) names the bucket; the kind says how its findings are computed.
 */
export type BucketKind = 'quantity' | 'date' | 'name' | 'file';

/** The kinds in the order a snapshot lists its buckets. */
const BUCKET_KINDS: readonly BucketKind[] = ['quantity', 'date', 'name', 'file'];

/** The story groups of a bucket: its members' files in order, and each group as positions in that order. */
interface StoryGrouping {
  files: string[];
  groups: number[][];
}

interface BucketResult {
  finding: Finding;
  files: string[];
  json: string;
}

/** A quantity bucket's findings story by story as last computed, under the story groups they were computed with. */
interface StoryResults {
  grouping: StoryGrouping;
  storyOf: Int32Array;
  found: LocatedFinding[][];
  keys: string[];
}

/**
 * Everything the index keeps about one bucket: its members, its findings, and what it caches to recompute them
 * cheaply. The caches are dropped here and nowhere else: regroup() when the members or a member's fingerprint change,
 * forgetCaches() under a new configuration or when the last member leaves.
 */
class Bucket {
  readonly members = new Set<string>();
  /** The members in file order, kept until one joins or leaves. */
  private sorted: string[] | null = null;
  /** The bucket's findings under the configuration's policy (empty: the bucket has none). */
  results: BucketResult[] = [];
  /** The story groups of the members, reused while no member joins or leaves and no fingerprint changes. */
  stories: StoryGrouping | null = null;
  /** A quantity bucket's findings by story, keyed by the serials of the story's documents. */
  storyFindings: Map<string, LocatedFinding[]> | null = null;
  /**
   * A quantity bucket's findings story by story as last computed: an edit that keeps the story groups recomputes only
   * the stories of the documents prepared again (see WorkspaceIndex.quantityFindings).
   */
  lastStories: StoryResults | null = null;
  /**
   * The members prepared again since the findings were last computed, kept only while they can be used: for a
   * quantity bucket whose findings story by story (lastStories) are known. Null for none.
   */
  preparedSince: Set<string> | null = null;

  constructor(
    readonly kind: BucketKind,
    readonly key: string,
  ) {}

  join(file: string): void {
    if (this.members.has(file)) return;
    this.members.add(file);
    this.sorted = null;
  }

  leave(file: string): void {
    if (this.members.delete(file)) this.sorted = null;
  }

  sortedMembers(): string[] {
    return (this.sorted ??= [...this.members].sort());
  }

  /** The members or their fingerprints changed: the story groups no longer stand. */
  regroup(): void {
    this.stories = null;
  }

  forgetCaches(): void {
    this.stories = null;
    this.storyFindings = null;
    this.lastStories = null;
    this.preparedSince = null;
  }
}

/**
 * A file of the index: the buckets it is filed in, and its prepared document, or (restored from a snapshot and not
 * needed yet) null; `doc` is a restored file's analysis once read, before it is prepared.
 */
interface IndexedFile {
  buckets: Set<Bucket>;
  prepared: PreparedDoc | null;
  doc: DocumentAnalysis | null;
}

/**
 * What an index holds besides its documents: the buckets each file is filed in and the findings of every bucket,
 * under one configuration. snapshot() gives it and restore() takes it back (it is JSON: the server persists it), so
 * that a workspace opened again has its findings without preparing every document first.
 */
export interface IndexSnapshot {
  config: EngineConfig;
  /** Every bucket key once, kind by kind in the order of BUCKET_KINDS; files and results refer to them by position. */
  buckets: string[];
  /** How many of `buckets` are of each kind. */
  kinds: Record<BucketKind, number>;
  files: { file: string; buckets: number[] }[];
  results: { bucket: number; findings: Finding[]; files: string[][] }[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export class WorkspaceIndex {
  private config: EngineConfig;
  private canon: UnitCanon;
  private readonly indexed = new Map<string, IndexedFile>();
  /** Files restored from a snapshot and not prepared yet: analysisOf gives their documents when they are needed. */
  private readonly unprepared = new Set<string>();
  private analysisOf: (file: string) => DocumentAnalysis | undefined = () => undefined;
  /** Every bucket with a member, by key. */
  private readonly buckets = new Map<string, Bucket>();
  /** The buckets that have findings, in the order they first had them. */
  private readonly withFindings = new Set<Bucket>();
  /** The buckets with a finding that names each file. */
  private readonly findingBucketsOf = new Map<string, Set<Bucket>>();
  private sortedCache: Finding[] | null = null;
  private serials = 0;
  /** What applyPolicy made of each finding the story caches hand back, so an unchanged story costs no re-serialising. */
  private readonly policyResults = new WeakMap<
    LocatedFinding,
    { config: EngineConfig; suffixed: boolean; result: BucketResult | null }
  >();
  /** Documents prepared before they were set (see prepareAhead), with the configuration they were prepared under. */
  private readonly preparedAhead = new WeakMap<DocumentAnalysis, { config: EngineConfig; prepared: PreparedDoc }>();

  constructor(config?: Partial<EngineConfig>) {
    this.config = resolveConfig(config);
    this.canon = new UnitCanon(this.config.synonyms);
  }

  get size(): number {
    return this.indexed.size;
  }

  files(): string[] {
    return [...this.indexed.keys()].sort();
  }

  has(file: string): boolean {
    return this.indexed.has(file);
  }

  /** The index's buckets and findings, for restore() in a later run (see IndexSnapshot). */
  snapshot(): IndexSnapshot {
    const listed: Record<BucketKind, Bucket[]> = { quantity: [], date: [], name: [], file: [] };
    for (const bucket of this.buckets.values()) listed[bucket.kind].push(bucket);
    const ordered = BUCKET_KINDS.flatMap((kind) => listed[kind]);
    const numberOf = new Map(ordered.map((bucket, n) => [bucket, n]));
    const kinds = Object.fromEntries(BUCKET_KINDS.map((kind) => [kind, listed[kind].length])) as Record<
      BucketKind,
      number
    >;
    const files = [...this.indexed]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([file, { buckets }]) => ({ file, buckets: [...buckets].map((bucket) => numberOf.get(bucket)!) }));
    const results = [...this.withFindings].map((bucket) => ({
      bucket: numberOf.get(bucket)!,
      findings: bucket.results.map((r) => r.finding),
      files: bucket.results.map((r) => r.files),
    }));
    return { config: this.config, buckets: ordered.map((bucket) => bucket.key), kinds, files, results };
  }

  /**
   * Replaces everything with a snapshot taken under the same configuration; returns false (and changes nothing) when
   * the configuration differs or the snapshot is malformed. Each document is then read from `analysisOf` (which must
   * give the analysis the snapshot was made from) when documentOf() asks for it, and prepared when a bucket of it is
   * recomputed or by preparePending(); `analysisOf` is asked once per file.
   */
  restore(snapshot: IndexSnapshot, analysisOf: (file: string) => DocumentAnalysis | undefined): boolean {
    if (!isSnapshot(snapshot) || JSON.stringify(resolveConfig(snapshot.config)) !== JSON.stringify(this.config))
      return false;
    this.indexed.clear();
    this.unprepared.clear();
    this.buckets.clear();
    this.withFindings.clear();
    this.findingBucketsOf.clear();
    this.sortedCache = null;
    this.analysisOf = analysisOf;
    const kindOf: BucketKind[] = BUCKET_KINDS.flatMap((kind) => Array<BucketKind>(snapshot.kinds[kind]).fill(kind));
    const bucketAt = (n: number): Bucket => this.bucketOf(kindOf[n], snapshot.buckets[n]);
    for (const { file, buckets } of snapshot.files) {
      const own = new Set(buckets.map(bucketAt));
      this.unprepared.add(file);
      this.indexed.set(file, { buckets: own, prepared: null, doc: null });
      for (const bucket of own) bucket.join(file);
    }
    for (const { bucket: n, findings, files } of snapshot.results) {
      const bucket = bucketAt(n);
      bucket.results = findings.map((finding, i) => ({ finding, files: files[i], json: JSON.stringify(finding) }));
      if (bucket.results.length > 0) this.withFindings.add(bucket);
      for (const list of files) for (const file of list) this.noteFindingIn(file, bucket);
    }
    return true;
  }

  /**
   * Prepares up to `count` of the documents a restore() left unprepared (of `among` only, when given); returns how many
   * are left in all.
   */
  preparePending(count: number, among?: Iterable<string>): number {
    for (const file of among ?? this.unprepared) {
      if (count <= 0) break;
      if (!this.unprepared.has(file)) continue;
      this.preparedOf(file);
      count--;
    }
    return this.unprepared.size;
  }

  /** Whether a restore() left this file's document unread (documentOf() would ask analysisOf for it). */
  isUnread(file: string): boolean {
    const indexed = this.indexed.get(file);
    return indexed !== undefined && indexed.prepared === null && indexed.doc === null;
  }

  /** A file's document: as set, or for a file a restore() left unprepared, read now (once) without preparing it. */
  documentOf(file: string): DocumentAnalysis | undefined {
    const indexed = this.indexed.get(file);
    if (!indexed) return undefined;
    if (indexed.prepared) return indexed.prepared.doc;
    if (indexed.doc === null) indexed.doc = this.analysisOf(file) ?? null;
    return indexed.doc ?? undefined;
  }

  /**
   * Recomputes the buckets of these files (their findings stay the same) so that the next edit of one finds the story
   * groups and findings of its buckets cached, as they are after a set(): for the open documents after a restore().
   * Returns the files whose findings changed, as set() does (none, when the snapshot was of the same documents).
   */
  warmUp(files: Iterable<string>): string[] {
    const buckets = new Set<Bucket>();
    for (const file of files) for (const bucket of this.indexed.get(file)?.buckets ?? []) buckets.add(bucket);
    return this.recompute(buckets);
  }

  /** The documents a restore() left unprepared that share a bucket with one of these files: what an edit of them needs. */
  unpreparedNear(files: Iterable<string>): string[] {
    const near = new Set<string>();
    for (const file of files) {
      for (const bucket of this.indexed.get(file)?.buckets ?? []) {
        for (const member of bucket.members) if (this.unprepared.has(member)) near.add(member);
      }
    }
    return [...near];
  }

  /** Adds or replaces a document; returns the files whose findings changed (sorted). */
  set(doc: DocumentAnalysis): string[] {
    return this.setMany([doc]);
  }

  /**
   * Does the per-document part of a later set()/setMany() of this very document now (say, while the other files
   * of the workspace are still being read), so that the set only files it into buckets and recomputes them.
   */
  prepareAhead(doc: DocumentAnalysis): void {
    this.preparedAhead.set(doc, { config: this.config, prepared: prepareDocument(doc, this.config, this.canon) });
  }

  /** Adds or replaces many documents at once (one recomputation per bucket); returns the files whose findings changed. */
  setMany(docs: Iterable<DocumentAnalysis>): string[] {
    const touched = new Set<Bucket>();
    for (const doc of docs) {
      const prepared = this.takePreparedAhead(doc) ?? this.prepare(doc);
      const indexed = this.indexed.get(doc.file);
      const oldBuckets = indexed?.buckets ?? new Set<Bucket>();
      const newBuckets = this.bucketsOf(prepared);
      // Story groups depend on the members of a bucket and their fingerprints only: they stand while both do.
      // (A document restored unprepared has no story groups cached: there is nothing to keep.)
      this.unprepared.delete(doc.file);
      const before = indexed?.prepared ?? undefined;
      const fingerprintChanged = !before || before.fingerprintKey !== prepared.fingerprintKey;
      for (const bucket of oldBuckets) if (fingerprintChanged || !newBuckets.has(bucket)) bucket.regroup();
      for (const bucket of newBuckets) if (fingerprintChanged || !oldBuckets.has(bucket)) bucket.regroup();
      this.indexed.set(doc.file, { buckets: newBuckets, prepared, doc: null });
      for (const bucket of oldBuckets) if (!newBuckets.has(bucket)) bucket.leave(doc.file);
      for (const bucket of newBuckets) bucket.join(doc.file);
      for (const bucket of oldBuckets) if (!newBuckets.has(bucket)) touched.add(bucket);
      for (const bucket of newBuckets) {
        // A bucket the document adds the same to as before (say, an edit of another figure of it) stands as it is.
        if (fingerprintChanged || !before || !oldBuckets.has(bucket) || !sameContribution(before, prepared, bucket))
          touched.add(bucket);
        if (bucket.lastStories) (bucket.preparedSince ??= new Set()).add(doc.file);
      }
    }
    return this.recompute(touched);
  }

  /** Removes a document; returns the files whose findings changed (sorted). */
  delete(file: string): string[] {
    const indexed = this.indexed.get(file);
    if (!indexed) return [];
    for (const bucket of indexed.buckets) bucket.regroup();
    this.indexed.delete(file);
    this.unprepared.delete(file);
    for (const bucket of indexed.buckets) bucket.leave(file);
    return this.recompute(indexed.buckets);
  }

  /** Replaces the configuration and recomputes everything; returns the files whose findings changed. */
  setConfig(config?: Partial<EngineConfig>): string[] {
    this.config = resolveConfig(config);
    this.canon = new UnitCanon(this.config.synonyms);
    const docs = this.documents();
    const before = new Set(this.findingBucketsOf.keys());
    const allBuckets = new Set(this.buckets.values());
    for (const bucket of allBuckets) bucket.forgetCaches();
    for (const doc of docs) {
      const prepared = this.prepare(doc);
      const buckets = this.bucketsOf(prepared);
      for (const bucket of this.indexed.get(doc.file)?.buckets ?? []) bucket.leave(doc.file);
      this.indexed.set(doc.file, { buckets, prepared, doc: null });
      for (const bucket of buckets) {
        bucket.join(doc.file);
        allBuckets.add(bucket);
      }
    }
    const changed = new Set(this.recompute(allBuckets));
    for (const file of before) changed.add(file);
    return [...changed].sort();
  }

  findings(): Finding[] {
    if (!this.sortedCache) {
      this.sortedCache = [...this.withFindings]
        .flatMap((bucket) => bucket.results.map((r) => r.finding))
        .sort(compareFindings);
    }
    return this.sortedCache;
  }

  /**
   * The files whose figures matched no story: they count something other files count too (a quantity bucket they
   * share), yet their text joined none of those files' stories, so none of their figures was compared. A draft that
   * names no place, group or person of the story it is about is one: the user should be told rather than see nothing.
   */
  unmatchedFiles(): string[] {
    const unmatched: string[] = [];
    // Each bucket's stories are looked at once, however many files it holds.
    const inStoryOf = new Map<Bucket, Set<string>>();
    for (const [file, { buckets }] of this.indexed) {
      let shared = false;
      let matched = false;
      for (const bucket of buckets) {
        // The bucket across things counted is no thing shared (CROSS_BUCKET).
        if (bucket.kind !== 'quantity' || bucket.key === CROSS_BUCKET) continue;
        const members = bucket.sortedMembers();
        if (members.length < 2) continue;
        shared = true;
        let inStory = inStoryOf.get(bucket);
        if (!inStory) inStoryOf.set(bucket, (inStory = this.filesSharingAStory(bucket, members)));
        if (inStory.has(file)) {
          matched = true;
          break;
        }
      }
      if (shared && !matched) unmatched.push(file);
    }
    return unmatched.sort();
  }

  /** The files that share a story with another file among a quantity bucket's members (in file order). */
  private filesSharingAStory(bucket: Bucket, members: string[]): Set<string> {
    const docs = members
      .map((member) => this.preparedOf(member))
      .filter((doc): doc is PreparedDoc => doc !== undefined && (doc.countedClaims.get(bucket.key)?.length ?? 0) > 0);
    const groups = this.groupStories(
      bucket,
      docs.map((doc) => ({ file: doc.file, fingerprint: doc.fingerprint })),
    );
    return new Set(groups.filter((group) => group.length > 1).flatMap((group) => group.map((member) => member.file)));
  }

  findingsForFile(file: string): Finding[] {
    const buckets = this.findingBucketsOf.get(file);
    if (!buckets) return [];
    return [...buckets]
      .flatMap((bucket) => bucket.results.filter((r) => r.files.includes(file)).map((r) => r.finding))
      .sort(compareFindings);
  }

  /** Every document, each prepared. */
  private documents(): DocumentAnalysis[] {
    this.preparePending(Infinity);
    return [...this.indexed.values()].flatMap((indexed) => (indexed.prepared ? [indexed.prepared.doc] : []));
  }

  /** A document's prepared form, preparing it now when a restore() left it unprepared. */
  private preparedOf(file: string): PreparedDoc | undefined {
    const indexed = this.indexed.get(file);
    if (!indexed) return undefined;
    if (this.unprepared.has(file)) {
      this.unprepared.delete(file);
      const doc = this.documentOf(file);
      if (doc) indexed.prepared = this.prepare(doc);
      indexed.doc = null;
    }
    return indexed.prepared ?? undefined;
  }

  private prepare(doc: DocumentAnalysis): PreparedDoc {
    const prepared = prepareDocument(doc, this.config, this.canon);
    prepared.serial = ++this.serials;
    return prepared;
  }

  private takePreparedAhead(doc: DocumentAnalysis): PreparedDoc | undefined {
    const ahead = this.preparedAhead.get(doc);
    if (!ahead) return undefined;
    this.preparedAhead.delete(doc);
    if (ahead.config !== this.config) return undefined;
    ahead.prepared.serial = ++this.serials;
    return ahead.prepared;
  }

  /** The bucket of this key, made (empty) when there is none yet. */
  private bucketOf(kind: BucketKind, key: string): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new Bucket(kind, key)));
    return bucket;
  }

  private bucketsOf(prepared: PreparedDoc): Set<Bucket> {
    const buckets = new Set<Bucket>([this.bucketOf('file', `f:${prepared.file}`)]);
    for (const claim of prepared.claims) if (!claim.excluded) buckets.add(this.bucketOf('quantity', claim.bucket));
    if (prepared.countedClaims.has(CROSS_BUCKET)) buckets.add(this.bucketOf('quantity', CROSS_BUCKET));
    for (const key of prepared.datesByBucket.keys()) buckets.add(this.bucketOf('date', key));
    for (const key of prepared.namesByBucket.keys()) buckets.add(this.bucketOf('name', key));
    return buckets;
  }

  private noteFindingIn(file: string, bucket: Bucket): void {
    let set = this.findingBucketsOf.get(file);
    if (!set) this.findingBucketsOf.set(file, (set = new Set()));
    set.add(bucket);
  }

  private recompute(buckets: Set<Bucket>): string[] {
    const changed = new Set<string>();
    const mayBeEmpty = new Set<string>();
    for (const bucket of buckets) {
      const sorted = bucket.sortedMembers();
      const preparedAgain = bucket.preparedSince ?? NO_FILES;
      bucket.preparedSince = null;
      let next: BucketResult[] = [];
      if (sorted.length === 0) {
        // The last member left: the bucket goes, with everything it cached.
        bucket.forgetCaches();
        if (this.buckets.get(bucket.key) === bucket) this.buckets.delete(bucket.key);
      } else {
        const docsOf = (): PreparedDoc[] => sorted.map((file) => this.preparedOf(file)!).filter(Boolean);
        next = this.applyPolicy(this.compute(bucket, docsOf, preparedAgain));
      }
      const previous = bucket.results;
      if (previous.length === 0 && next.length === 0) continue;
      const previousById = new Map(previous.map((r) => [r.finding.id, r]));
      const nextById = new Map(next.map((r) => [r.finding.id, r]));
      for (const r of previous) {
        if (nextById.get(r.finding.id)?.json !== r.json) r.files.forEach((f) => changed.add(f));
      }
      for (const r of next) {
        if (previousById.get(r.finding.id)?.json !== r.json) r.files.forEach((f) => changed.add(f));
      }
      for (const r of previous) {
        for (const f of r.files) {
          this.findingBucketsOf.get(f)?.delete(bucket);
          mayBeEmpty.add(f);
        }
      }
      bucket.results = next;
      if (next.length > 0) this.withFindings.add(bucket);
      else this.withFindings.delete(bucket);
      for (const r of next) for (const f of r.files) this.noteFindingIn(f, bucket);
    }
    // Only files that lost a bucket here can be left with none: not a pass over every file per update.
    for (const file of mayBeEmpty) if (this.findingBucketsOf.get(file)?.size === 0) this.findingBucketsOf.delete(file);
    if (changed.size > 0 || buckets.size > 0) this.sortedCache = null;
    return [...changed].sort();
  }

  /** A bucket's findings; `docsOf` gives its documents in file order, `preparedAgain` those prepared since the last time. */
  private compute(bucket: Bucket, docsOf: () => PreparedDoc[], preparedAgain: ReadonlySet<string>): LocatedFinding[] {
    switch (bucket.kind) {
      case 'quantity':
        return this.quantityFindings(bucket, docsOf, preparedAgain);
      case 'date':
        return dateFindings(
          bucket.key,
          docsOf().map((d) => ({
            file: d.file,
            doc: d.doc,
            fingerprint: d.fingerprint,
            dates: d.datesByBucket.get(bucket.key) ?? [],
          })),
          (members) => this.groupStories(bucket, members),
        );
      case 'name':
        return nameFindings(
          bucket.key,
          docsOf().map((d) => ({ doc: d.doc, names: d.namesByBucket.get(bucket.key) ?? [] })),
        );
      case 'file': {
        const [doc] = docsOf();
        if (!doc) return [];
        return [
          ...weekdayFindings(doc.doc),
          ...(this.config.severities.unattributed === 'off' ? [] : unattributedFindings(doc)),
        ];
      }
    }
  }

  /**
   * What bucketFindings gives for a quantity bucket, story by story. While its story groups stand (no member joined or
   * left, no fingerprint changed) only the stories of the documents prepared again are looked at: an edit in a bucket
   * of tens of thousands of documents costs the size of its story, not of the bucket.
   */
  private quantityFindings(
    bucket: Bucket,
    docsOf: () => PreparedDoc[],
    preparedAgain: ReadonlySet<string>,
  ): LocatedFinding[] {
    const last = bucket.lastStories;
    const grouping = bucket.stories;
    if (last && grouping && last.grouping === grouping) {
      const stories = new Set<number>();
      for (const file of preparedAgain) {
        const position = positionIn(grouping.files, file);
        if (position < 0 || last.storyOf[position] < 0) return this.allQuantityFindings(bucket, docsOf());
        stories.add(last.storyOf[position]);
      }
      for (const story of stories) {
        const members: BucketMember[] = [];
        for (const position of grouping.groups[story]) {
          const doc = this.preparedOf(grouping.files[position]);
          const claims = doc?.countedClaims.get(bucket.key);
          if (!doc || !claims?.length) return this.allQuantityFindings(bucket, docsOf());
          members.push({ doc, claims });
        }
        const key = serialsOf(members.map((m) => m.doc));
        const perStory = bucket.storyFindings!;
        if (key !== last.keys[story]) perStory.delete(last.keys[story]);
        let found = perStory.get(key);
        if (!found) perStory.set(key, (found = storyFindingsIn(bucket.key, members)));
        last.found[story] = found;
        last.keys[story] = key;
      }
      return last.found.flat();
    }
    return this.allQuantityFindings(bucket, docsOf());
  }

  /** Every story of a quantity bucket (bucketFindings), each taken from its cache when none of its documents was prepared again. */
  private allQuantityFindings(bucket: Bucket, docs: PreparedDoc[]): LocatedFinding[] {
    const before = bucket.storyFindings;
    const perStory = new Map<string, LocatedFinding[]>();
    const found: LocatedFinding[][] = [];
    const keys: string[] = [];
    const all = bucketFindings(
      bucket.key,
      docs,
      (members) => this.groupStories(bucket, members),
      (story, compute) => {
        const key = serialsOf(story);
        const list = perStory.get(key) ?? before?.get(key) ?? compute();
        perStory.set(key, list);
        found.push(list);
        keys.push(key);
        return list;
      },
    );
    bucket.storyFindings = perStory;
    const grouping = bucket.stories!;
    const storyOf = new Int32Array(grouping.files.length).fill(-1);
    grouping.groups.forEach((positions, story) => positions.forEach((position) => (storyOf[position] = story)));
    bucket.lastStories = { grouping, storyOf, found, keys };
    return all;
  }

  /**
   * Story groups of a bucket, reused until a document joins or leaves the bucket or a member's fingerprint changes
   * (setMany and delete regroup then): typing in a document rarely changes its most frequent names, so an edit
   * does not regroup the bucket.
   */
  private groupStories<T extends StoryDoc>(bucket: Bucket, members: T[]): T[][] {
    const cached = bucket.stories;
    // The members come in file order, so the cached positions stand for the same files (checked as they are read).
    if (cached && cached.files.length === members.length) {
      const groups = cached.groups.map((positions) => positions.map((i) => members[i]));
      if (members.every((m, i) => m.file === cached.files[i])) return groups;
    }
    const groups = storyGroups(members);
    const positionOf = new Map(members.map((m, i) => [m, i]));
    bucket.stories = { files: members.map((m) => m.file), groups: groups.map((g) => g.map((m) => positionOf.get(m)!)) };
    return groups;
  }

  private applyPolicy(found: LocatedFinding[]): BucketResult[] {
    const results: BucketResult[] = [];
    const usedIds = new Set<string>();
    for (const located of found) {
      const { finding } = located;
      const earlier = this.policyResults.get(located);
      if (earlier && earlier.config === this.config) {
        // The same finding of unchanged documents under the same configuration: the same verdict and, when it kept
        // its own id then and that id is free now, the same result.
        if (earlier.result === null) continue;
        if (!earlier.suffixed && !usedIds.has(finding.id)) {
          usedIds.add(finding.id);
          results.push(earlier.result);
          continue;
        }
      }
      const setting = this.config.severities[finding.kind];
      const kept =
        setting === 'off' || this.config.ignore.some((target) => targetMatches(target, finding))
          ? null
          : this.withoutSuppressed(located);
      if (!kept || setting === 'off') {
        this.policyResults.set(located, { config: this.config, suffixed: false, result: null });
        continue;
      }
      const suffixed = usedIds.has(finding.id);
      let id = finding.id;
      for (let n = 2; usedIds.has(id); n++) id = `${finding.id}-${n}`;
      usedIds.add(id);
      // A conflict the engine found on partial frames, a file's figures no two sources give, or a conflict or date
      // found across loosely linked documents (the engine marks them information) stands one step below its kind's
      // setting.
      const shown = kept.finding;
      const severity =
        (shown.kind === 'conflict' || shown.kind === 'internal' || shown.kind === 'date') &&
        shown.severity === 'information'
          ? demoted(setting)
          : setting;
      const final: Finding = { ...shown, id, severity };
      const files = [...new Set(kept.locations.map((l) => l.file))].sort();
      const result = { finding: final, files, json: JSON.stringify(final) };
      this.policyResults.set(located, { config: this.config, suffixed, result });
      results.push(result);
    }
    return results;
  }

  /**
   * A finding without the claims that inline markers of their own files suppress (a marker covers its paragraph,
   * or its file, and names this finding, its kind or nothing): the finding as the engine gives it without those
   * claims, under its own id, while what is left still disagrees; null when nothing is left to report. Markers
   * elsewhere silence nothing here: the other files keep their diagnostics.
   */
  private withoutSuppressed(located: LocatedFinding): LocatedFinding | null {
    const { finding } = located;
    const excluded = new Set<string>();
    let current = located;
    for (;;) {
      const covered = current.finding.claims.filter(
        (claim, i) => !excluded.has(claim) && this.covers(current.locations[i], finding),
      );
      if (covered.length === 0) return current;
      for (const claim of covered) excluded.add(claim);
      const next = current.without ? successorOf(finding, current.without(excluded)) : withoutClaims(current, excluded);
      if (!next) return null;
      current = next;
    }
  }

  /** Whether a marker of the file covers the line and names the finding. */
  private covers(location: LocatedFinding['locations'][number] | undefined, finding: Finding): boolean {
    if (!location) return false;
    const suppressions = this.preparedOf(location.file)?.doc.suppressions;
    if (!suppressions) return false;
    return suppressions.some(
      (s) =>
        s.fromLine <= location.line &&
        location.line <= s.toLine &&
        (s.targets.length === 0 || s.targets.some((t) => targetMatches(t, finding))),
    );
  }
}

/**
 * What a finding becomes without some claims, among the findings its comparison gives without them: the one of
 * the same kind (a conflict whose disagreement is now only a revision becomes that revision) that keeps some of its
 * claims; null when none does.
 */
function successorOf(finding: Finding, found: LocatedFinding[]): LocatedFinding | null {
  const sameKind = (kind: string) =>
    kind === finding.kind || (FIGURE_DISAGREEMENTS.has(kind) && FIGURE_DISAGREEMENTS.has(finding.kind));
  const claims = new Set(finding.claims);
  return found.find((other) => sameKind(other.finding.kind) && other.finding.claims.some((c) => claims.has(c))) ?? null;
}

const FIGURE_DISAGREEMENTS = new Set(['conflict', 'revision']);

/**
 * A finding without some claims, where the engine does not recompute it (a weekday, an unattributed figure: about
 * one claim each): its other claims and timeline entries, while they still give two different figures (one claim
 * is enough for a finding about one claim); null otherwise.
 */
function withoutClaims(located: LocatedFinding, excluded: ReadonlySet<string>): LocatedFinding | null {
  const { finding, locations } = located;
  const kept = finding.claims.map((claim) => !excluded.has(claim));
  const claims = finding.claims.filter((_, i) => kept[i]);
  const timeline = finding.timeline.flatMap((entry) => {
    const ids = (entry.claims ?? [entry.claimId]).filter((id) => !excluded.has(id));
    if (ids.length === 0) return [];
    return [{ ...entry, claimId: ids[0], ...(entry.claims ? { claims: ids } : {}) }];
  });
  const stands = claims.length > 0 && (finding.claims.length === 1 || new Set(timeline.map((e) => e.figure)).size > 1);
  return stands ? { finding: { ...finding, claims, timeline }, locations: locations.filter((_, i) => kept[i]) } : null;
}

/** Whether a value read back (say, from disk) has the shape of an IndexSnapshot, with every bucket number in range. */
function isSnapshot(value: IndexSnapshot): boolean {
  if (!value || typeof value !== 'object' || !value.config || typeof value.config !== 'object') return false;
  const { buckets, kinds, files, results } = value;
  if (
    !Array.isArray(buckets) ||
    !Array.isArray(files) ||
    !Array.isArray(results) ||
    !kinds ||
    typeof kinds !== 'object'
  )
    return false;
  if (!buckets.every((b) => typeof b === 'string')) return false;
  const counts = BUCKET_KINDS.map((kind) => kinds[kind]);
  if (!counts.every((n) => Number.isInteger(n) && n >= 0) || counts.reduce((a, b) => a + b, 0) !== buckets.length)
    return false;
  const inRange = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0 && (n as number) < buckets.length;
  const isFileList = (list: unknown): boolean => Array.isArray(list) && list.every((f) => typeof f === 'string');
  return (
    files.every((f) => f && typeof f.file === 'string' && Array.isArray(f.buckets) && f.buckets.every(inRange)) &&
    results.every(
      (r) =>
        r &&
        inRange(r.bucket) &&
        Array.isArray(r.findings) &&
        Array.isArray(r.files) &&
        r.files.length === r.findings.length &&
        r.files.every(isFileList) &&
        r.findings.every((f) => f && typeof f.id === 'string' && typeof f.kind === 'string' && Array.isArray(f.claims)),
    )
  );
}

/** Where a file stands in a list of files in sorted order, or -1. */
function positionIn(sortedFiles: string[], file: string): number {
  let low = 0;
  let high = sortedFiles.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = sortedFiles[middle];
    if (at === file) return middle;
    if (at < file) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The key of a story's findings in a bucket's storyFindings: its documents' serials (a document gets a new one when prepared again). */
function serialsOf(story: PreparedDoc[]): string {
  return story.map((doc) => doc.serial).join(',');
}

/** Spans' offsets in the text: an edit before them moves them all alike, which changes no finding. */
const withoutOffsets = (key: string, value: unknown): unknown =>
  key === 'start' || key === 'end' ? undefined : value instanceof Set ? [...value] : value;

const DEMOTED: Record<Severity, Severity> = {
  error: 'warning',
  warning: 'information',
  information: 'hint',
  hint: 'hint',
};

function demoted(severity: Severity): Severity {
  return DEMOTED[severity];
}

/**
 * Whether a document brings the same to a bucket's findings before and after an edit, so that the edit cannot change
 * them: its spans there (without their offsets) and what of the document the findings read. A document's own bucket
 * (kind 'file') depends on all of it: never the same.
 */
function sameContribution(before: PreparedDoc, after: PreparedDoc, bucket: Bucket): boolean {
  if (before.fingerprintKey !== after.fingerprintKey || before.year !== after.year) return false;
  const was = partIn(before, bucket);
  const is = partIn(after, bucket);
  // Most edits move or change a span of the bucket (ids name line and column): told apart without serialising.
  if (was === null || is === null || was.ids.length !== is.ids.length || was.ids.some((id, i) => id !== is.ids[i]))
    return false;
  const text = contributionTo(before, was.spans);
  return text !== null && text === contributionTo(after, is.spans);
}

/**
 * A document's part in a bucket: its claims counted there (as prepared: with their parts and what their sentence
 * says), its event dates or its names there, with their ids; null for its own bucket.
 */
function partIn(prepared: PreparedDoc, bucket: Bucket): { ids: string[]; spans: unknown[] } | null {
  switch (bucket.kind) {
    case 'quantity': {
      const claims = prepared.countedClaims.get(bucket.key) ?? [];
      return { ids: claims.map((c) => c.claim.id), spans: claims };
    }
    case 'date': {
      const dates = prepared.datesByBucket.get(bucket.key) ?? [];
      return { ids: dates.map((date) => date.id), spans: dates };
    }
    case 'name': {
      const names = prepared.namesByBucket.get(bucket.key) ?? [];
      return { ids: names.map((name) => name.id), spans: names };
    }
    case 'file':
      return null;
  }
}

function contributionTo(prepared: PreparedDoc, spans: unknown[]): string | null {
  const { doc } = prepared;
  try {
    return JSON.stringify(
      [prepared.fingerprintKey, prepared.year, doc.meta, doc.suppressions, doc.keywords, spans],
      withoutOffsets,
    );
  } catch {
    return null;
  }
}
