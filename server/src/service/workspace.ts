// The server's picture of the workspace: every indexed file with its analysis, the open documents' live
// text, the engine's incremental WorkspaceIndex over all of them (which says whose findings changed), and
// the lookups the features need (span by id, findings of a claim, claims of the same quantity).
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import { analyzeDocument, LineIndex, withDeclared, WorkspaceIndex } from '../core';
import type { Claim, DocumentAnalysis, DocumentMeta, EngineConfig, Finding, IndexSnapshot, Range } from '../core';
import { pathToUri, uriToPath } from './uris';

/** A document's text, with its analysis when it was made elsewhere (on a worker thread). */
export interface TextContent {
  text: string;
  analysis?: DocumentAnalysis;
}

export interface WorkspaceFolderInfo {
  uri: string;
  path: string;
  name: string;
}

export interface FileEntry {
  /** Absolute path for file: URIs, else the URI itself. */
  key: string;
  uri: string;
  path: string | null;
  /** The name the analysis uses: folder-relative path (prefixed by the folder name in multi-root). */
  file: string;
  /** The live text of open documents; null for closed files (their analysis is all that is kept). */
  text: string | null;
  analysis: DocumentAnalysis;
  open: boolean;
  /** Line index of `text`, for open documents. */
  lines: LineIndex | null;
  /** Hash of the text `analysis` was made from, when known (not for analyses that come from the indexer). */
  textHash: string | null;
  /**
   * SHA-1 (hex) of the bytes `analysis` was made from, as the persisted index has it: what tells a snapshot of the
   * engine from an earlier run that the file is still the same. Null when it cannot be known.
   */
  contentHash: string | null;
  /** An article of the shared archive (setArchived): compared like a file, never published, listed or saved. */
  archived?: true;
}

/** An archived article for setArchived(): its analysis (its `file` is its archive path) and where a link to it goes. */
export interface ArchivedItem {
  analysis: DocumentAnalysis;
  uri: string;
}

/** The key of an archived article's entry: apart from every file's (a path or a URI). */
export function archivedKey(file: string): string {
  return `archive:${file}`;
}

function sameMeta(a: DocumentMeta, b: DocumentMeta): boolean {
  return a.outlet === b.outlet && a.date === b.date && a.title === b.title && a.url === b.url && a.author === b.author;
}

/** What the engine's state was made from, with that state: see WorkspaceModel.snapshot() and setIndexed(). */
export interface ModelSnapshot {
  index: IndexSnapshot;
  /** The contentHash of every file of the index (null: not known, so the file is analysed again). */
  contentHashes: Record<string, string | null>;
  /** The quantities (quantityKeyOf) each file's claims are about, so that sameQuantity() decodes only those files. */
  quantities: Record<string, string[]>;
}

/** Whether a value read back from disk has the outer shape of a ModelSnapshot (WorkspaceIndex.restore checks the rest). */
export function isModelSnapshot(value: unknown): value is ModelSnapshot {
  const v = value as Partial<ModelSnapshot> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    !!v.index &&
    typeof v.index === 'object' &&
    !!v.contentHashes &&
    typeof v.contentHashes === 'object' &&
    !!v.quantities &&
    typeof v.quantities === 'object'
  );
}

/** A closed file from the indexer: its analysis, or what decodes it from the persisted index on first use. */
export interface IndexedItem {
  path: string;
  file: string;
  contentHash: string;
  analysis: DocumentAnalysis | (() => DocumentAnalysis);
}

/** The contentHash a file with this text on disk would have, when its analysis is the text's (UTF-8, no BOM). */
export function contentHashOfText(text: string): string | null {
  if (text.charCodeAt(0) === 0xfeff || text.includes('\u0000')) return null;
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.toString('utf8') !== text) return null; // lone surrogates: the bytes would not decode to this text
  return crypto.createHash('sha1').update(bytes).digest('hex');
}

/** The analysis name of the file a span id (`<file>:<line>:<character>`) stands in. */
export function fileOfSpanId(id: string): string {
  const character = id.lastIndexOf(':');
  return id.slice(0, id.lastIndexOf(':', character - 1));
}

/**
 * A closed file restored with the engine's snapshot: its analysis is the engine's (WorkspaceIndex.documentOf), read
 * from the persisted index when first needed. The index is the one place that knows whether it has been read.
 */
class RestoredEntry implements FileEntry {
  readonly text = null;
  readonly lines = null;
  readonly open = false;
  textHash: string | null = null;
  private fileUri: string | null = null;

  constructor(
    readonly key: string,
    readonly path: string,
    readonly file: string,
    readonly contentHash: string,
    private readonly index: WorkspaceIndex,
  ) {}

  get uri(): string {
    return (this.fileUri ??= pathToUri(this.path));
  }

  get analysis(): DocumentAnalysis {
    const analysis = this.index.documentOf(this.file);
    if (!analysis) throw new Error(`the engine has no analysis of ${this.file}`);
    return analysis;
  }
}

export function hashOfText(text: string): string {
  return crypto.createHash('sha1').update(text).digest('base64');
}

/** Any span a finding can point at: a claim, an event date or a name mention. */
export interface SpanRef {
  id: string;
  entry: FileEntry;
  range: Range;
  text: string;
  claim: Claim | null;
}

export function keyOfUri(uri: string): string {
  return uriToPath(uri) ?? uri;
}

/** What makes two claims talk about the same quantity (for references, agreement and citations). */
export function quantityKeyOf(claim: Claim): string | null {
  if (!claim.unitKey || !claim.predicate) return null;
  return `${claim.unitKey}|${claim.predicate}`;
}

/** The SpanRef of every claim, date and name of an entry (a later one wins an id they share, as in rememberSpans). */
function spanRefsOf(entry: FileEntry): Map<string, SpanRef> {
  const refs = new Map<string, SpanRef>();
  const a = entry.analysis;
  for (const claim of a.claims) refs.set(claim.id, { id: claim.id, entry, range: claim, text: claim.text, claim });
  for (const date of a.eventDates) refs.set(date.id, { id: date.id, entry, range: date, text: date.text, claim: null });
  for (const name of a.names) refs.set(name.id, { id: name.id, entry, range: name, text: name.name, claim: null });
  return refs;
}

export class WorkspaceModel {
  folders: WorkspaceFolderInfo[] = [];
  private readonly entries = new Map<string, FileEntry>();
  private readonly keyOfFile = new Map<string, string>();
  private readonly index = new WorkspaceIndex();
  /** The entry each span id stands in. Its SpanRef is made when a feature first asks for one of the entry's spans. */
  private readonly entryOfSpan = new Map<string, FileEntry>();
  private readonly spanRefs = new WeakMap<FileEntry, Map<string, SpanRef>>();
  private readonly claimsOfQuantity = new Map<string, Map<string, Claim>>();
  /**
   * What decodes, from the persisted index, the analysis of each restored file the engine has not read yet (their spans
   * are not in entryOfSpan yet): handed to the engine by readRestored(), when it first needs the document.
   */
  private readonly restoredSources = new Map<string, () => DocumentAnalysis>();
  /** The quantities of the unread restored files' claims, as the snapshot gave them, and the other way round. */
  private readonly quantitiesOfUnread = new Map<string, string[]>();
  private readonly unreadOfQuantity = new Map<string, Set<string>>();
  /** Files that decodeSome() prepares before the others (see there); made on its first call. */
  private decodeFirst: string[] | null = null;
  /** How many of decodeFirst are done. */
  private decodedFirst = 0;
  private openAtRestore: string[] = [];
  /** The names of the archived articles (setArchived). */
  private readonly archived = new Set<string>();
  /** Counts the engine's updates, so that a snapshot is only saved when there is something new in it. */
  private revision = 0;
  private findingsOfSpan = new Map<string, Finding[]>();
  private indexedFindings: Finding[] | null = null;
  /** Analysis names of the files whose findings changed since the last takeChangedFiles(). */
  private changed = new Set<string>();
  private everythingChanged = true;
  /**
   * The analysis each file had before its text last changed (by file key, when its text hash is known): closing
   * an edited document or re-opening an edited text takes it back instead of analysing the same text again.
   */
  private readonly previousAnalyses = new Map<string, { textHash: string; analysis: DocumentAnalysis }>();

  setFolders(folders: WorkspaceFolderInfo[]): void {
    this.folders = folders;
  }

  folderOf(key: string): WorkspaceFolderInfo | null {
    if (!path.isAbsolute(key)) return null; // untitled: and other non-file documents belong to no folder
    let best: WorkspaceFolderInfo | null = null;
    for (const folder of this.folders) {
      const rel = path.relative(folder.path, key);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.path.length > best.path.length))
        best = folder;
    }
    return best;
  }

  /** The analysis name of a file: folder-relative with forward slashes, prefixed by the folder in multi-root. */
  fileNameOf(key: string): string {
    const folder = this.folderOf(key);
    if (!folder) return key;
    return this.fileNameIn(folder, path.relative(folder.path, key).split(path.sep).join('/'));
  }

  /** fileNameOf() of a file whose folder and folder-relative path (forward slashes) the caller knows. */
  fileNameIn(folder: WorkspaceFolderInfo, relativePath: string): string {
    return this.folders.length > 1 ? `${folder.name}/${relativePath}` : relativePath;
  }

  get(key: string): FileEntry | undefined {
    return this.entries.get(key);
  }

  getByUri(uri: string): FileEntry | undefined {
    return this.entries.get(keyOfUri(uri));
  }

  getByFile(file: string): FileEntry | undefined {
    const key = this.keyOfFile.get(file);
    return key === undefined ? undefined : this.entries.get(key);
  }

  all(): FileEntry[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The engine's source of a restored file's document (see WorkspaceIndex.restore): decoded from the persisted index
   * (its spans are then known), or the model's own analysis of the file (an open document, a file read again).
   */
  private readRestored(file: string): DocumentAnalysis | undefined {
    const decode = this.restoredSources.get(file);
    const entry = this.getByFile(file);
    if (!decode) return entry instanceof RestoredEntry ? undefined : entry?.analysis;
    const analysis = decode();
    this.forgetUnread(file);
    if (entry) this.rememberSpans(entry, analysis);
    return analysis;
  }

  private forgetUnread(file: string): void {
    this.restoredSources.delete(file);
    for (const key of this.quantitiesOfUnread.get(file) ?? []) this.unreadOfQuantity.get(key)?.delete(file);
    this.quantitiesOfUnread.delete(file);
  }

  private forgetSpans(entry: FileEntry): void {
    if (entry instanceof RestoredEntry && this.restoredSources.has(entry.file)) {
      this.forgetUnread(entry.file);
      return;
    }
    const a = entry.analysis;
    for (const claim of a.claims) {
      this.entryOfSpan.delete(claim.id);
      const key = quantityKeyOf(claim);
      if (key) this.claimsOfQuantity.get(key)?.delete(claim.id);
    }
    for (const date of a.eventDates) this.entryOfSpan.delete(date.id);
    for (const name of a.names) this.entryOfSpan.delete(name.id);
  }

  private rememberSpans(entry: FileEntry, a = entry.analysis): void {
    for (const claim of a.claims) {
      this.entryOfSpan.set(claim.id, entry);
      const key = quantityKeyOf(claim);
      if (!key) continue;
      let group = this.claimsOfQuantity.get(key);
      if (!group) this.claimsOfQuantity.set(key, (group = new Map()));
      group.set(claim.id, claim);
    }
    for (const date of a.eventDates) this.entryOfSpan.set(date.id, entry);
    for (const name of a.names) this.entryOfSpan.set(name.id, entry);
  }

  /** What `.crosscheck.json`'s "sources" declares about a file (absolute path): set by the session when it reads the configs. */
  declaredMetaOf: (filePath: string) => Partial<DocumentMeta> | null = () => null;
  /** The analysis as read from the text, of each analysis whose meta holds declared fields (reused when the declarations change). */
  private readonly undeclared = new WeakMap<DocumentAnalysis, DocumentAnalysis>();

  /** `located`: the file's path and analysis name when the caller has them (else they are worked out from the URI). */
  private store(
    uri: string,
    content: TextContent | { analysis: DocumentAnalysis },
    open: boolean,
    located?: { path: string; file: string; contentHash?: string },
  ): FileEntry {
    const filePath = located ? located.path : uriToPath(uri);
    const key = filePath ?? uri;
    const previous = this.entries.get(key);
    const file = located?.file ?? this.fileNameOf(key);
    let analysis: DocumentAnalysis;
    let textHash: string | null = null;
    if (!('text' in content))
      analysis = content.analysis.file === file ? content.analysis : { ...content.analysis, file };
    else {
      textHash = hashOfText(content.text);
      const earlier = this.previousAnalyses.get(key);
      const made = content.analysis;
      if (previous && previous.textHash === textHash && previous.analysis.file === file) analysis = previous.analysis;
      else if (earlier && earlier.textHash === textHash && earlier.analysis.file === file) analysis = earlier.analysis;
      else if (made) analysis = made.file === file ? made : { ...made, file };
      else analysis = analyzeDocument(content.text, file);
    }
    analysis = this.undeclared.get(analysis) ?? analysis;
    const declared = filePath ? this.declaredMetaOf(filePath) : null;
    if (declared) {
      const read = analysis;
      const meta = withDeclared(read.meta, declared);
      const kept =
        previous && this.undeclared.get(previous.analysis) === read && sameMeta(previous.analysis.meta, meta);
      analysis = kept ? previous.analysis : { ...read, meta };
      this.undeclared.set(analysis, read);
    }
    if (previous && previous.textHash !== null && previous.textHash !== textHash) {
      this.previousAnalyses.set(key, { textHash: previous.textHash, analysis: previous.analysis });
    }
    const text = 'text' in content && open ? content.text : null;
    const entry: FileEntry = {
      key,
      uri: open || !previous ? uri : previous.uri,
      path: filePath,
      // The analysis's own copy of the name: one string per file, not two.
      file: analysis.file,
      text,
      analysis,
      open,
      lines: text !== null ? new LineIndex(text) : null,
      textHash,
      contentHash: 'text' in content ? contentHashOfText(content.text) : (located?.contentHash ?? null),
    };
    this.replaceEntry(entry);
    this.rememberSpans(entry);
    return entry;
  }

  /** Puts an entry in the place of the file's previous one (whose spans are forgotten; a renamed file leaves the engine). */
  private replaceEntry(entry: FileEntry): void {
    const previous = this.entries.get(entry.key);
    if (previous) this.forgetSpans(previous);
    if (previous && previous.file !== entry.file) {
      this.noteChanged(this.index.delete(previous.file));
      this.keyOfFile.delete(previous.file);
    }
    this.entries.set(entry.key, entry);
    this.keyOfFile.set(entry.file, entry.key);
  }

  private noteChanged(files: string[]): void {
    this.revision++;
    for (const file of files) this.changed.add(file);
    if (files.length) this.indexedFindings = null;
  }

  /** Whether storing this text for the URI would analyse it (no analysis of the same text is at hand). */
  needsAnalysis(uri: string, text: string): boolean {
    const key = keyOfUri(uri);
    const textHash = hashOfText(text);
    const file = this.fileNameOf(key);
    const previous = this.entries.get(key);
    const earlier = this.previousAnalyses.get(key);
    return !(
      (previous?.textHash === textHash && previous.analysis.file === file) ||
      (earlier?.textHash === textHash && earlier.analysis.file === file)
    );
  }

  /** Applies `.crosscheck.json`'s "sources" again to the open documents (the closed files are read again by the indexer). */
  redeclareOpen(): void {
    for (const entry of [...this.entries.values()])
      if (entry.open && entry.text !== null) this.set(entry.uri, { text: entry.text }, true);
  }

  /** Stores an open document's text (analysing it, unless its analysis is given) or a closed file's analysis or text. */
  set(uri: string, content: TextContent | { analysis: DocumentAnalysis }, open = false): FileEntry {
    const before = this.entries.get(keyOfUri(uri))?.analysis;
    const entry = this.store(uri, content, open);
    // The same analysis object (the same text again): the engine's findings cannot change.
    if (entry.analysis !== before) this.noteChanged(this.index.set(entry.analysis));
    this.changed.add(entry.file);
    return entry;
  }

  /**
   * Stores many closed files' analyses at once (one recomputation per bucket of the index). Each item is a file
   * on disk: its absolute path, and the analysis name that fileNameOf() gives it.
   */
  setMany(items: { path: string; file: string; analysis: DocumentAnalysis; contentHash?: string }[]): void {
    const entries = items.map((item) => this.store(pathToUri(item.path), { analysis: item.analysis }, false, item));
    this.noteChanged(this.index.setMany(entries.map((e) => e.analysis)));
    for (const entry of entries) this.changed.add(entry.file);
  }

  /**
   * Stores the indexer's closed files, each decoded when first needed, and takes the engine's state from a snapshot of
   * an earlier run when there is one for this configuration: then only the files that changed since (by content
   * hash; open documents by their live text) are analysed into it, and the rest are prepared when a bucket of theirs
   * is recomputed or by decodeSome(). Without a usable snapshot every file goes through the engine, as setMany does.
   * Says whether the snapshot was used and how many files went through the engine.
   */
  setIndexed(items: IndexedItem[], snapshot: ModelSnapshot | null): { restored: boolean; analysed: number } {
    // (The restored files of an earlier call still unread keep their sources until they are replaced or deleted.)
    this.decodeFirst = null;
    this.decodedFirst = 0;
    const restored = snapshot !== null && this.index.restore(snapshot.index, (file) => this.readRestored(file));
    const stored: FileEntry[] = [];
    for (const item of items) {
      const { analysis } = item;
      if (
        typeof analysis !== 'function' ||
        !restored ||
        snapshot.contentHashes[item.file] !== item.contentHash ||
        !this.index.has(item.file)
      ) {
        // Read now: analysed by the indexer, or to go through the engine (no snapshot, or the file changed since).
        const read = typeof analysis === 'function' ? analysis() : analysis;
        stored.push(this.store(pathToUri(item.path), { analysis: read }, false, item));
        continue;
      }
      this.replaceEntry(new RestoredEntry(item.path, item.path, item.file, item.contentHash, this.index));
      this.restoredSources.set(item.file, analysis);
      const quantities = snapshot.quantities[item.file];
      // A file the snapshot says nothing of is decoded by the first sameQuantity() (under the key '*').
      const keys = Array.isArray(quantities) && quantities.every((q) => typeof q === 'string') ? quantities : ['*'];
      this.quantitiesOfUnread.set(item.file, keys);
      for (const key of keys) {
        let files = this.unreadOfQuantity.get(key);
        if (!files) this.unreadOfQuantity.set(key, (files = new Set()));
        files.add(item.file);
      }
    }
    if (!restored) {
      this.noteChanged(this.index.setMany(stored.map((e) => e.analysis)));
      for (const entry of stored) this.changed.add(entry.file);
      return { restored: false, analysed: stored.length };
    }
    const hashes = snapshot.contentHashes;
    const gone = this.index.files().filter((file) => !this.keyOfFile.has(file));
    for (const file of gone) this.index.delete(file);
    const changed = this.all().filter(
      (e) => e.contentHash === null || hashes[e.file] !== e.contentHash || !this.index.has(e.file),
    );
    this.index.setMany(changed.map((e) => e.analysis));
    this.revision++;
    this.everythingChanged = true;
    return { restored: true, analysed: changed.length + gone.length };
  }

  /** The engine's state and what it was made from, for setIndexed() in a later run. */
  snapshot(): ModelSnapshot {
    const contentHashes: Record<string, string | null> = {};
    const quantities: Record<string, string[]> = {};
    for (const entry of this.entries.values()) {
      contentHashes[entry.file] = entry.contentHash;
      const unread = this.restoredSources.has(entry.file) ? this.quantitiesOfUnread.get(entry.file) : undefined;
      quantities[entry.file] = unread ?? [
        ...new Set(entry.analysis.claims.map(quantityKeyOf).filter((k): k is string => k !== null)),
      ];
    }
    return { index: this.index.snapshot(), contentHashes, quantities };
  }

  /** Whether decodeSome() is still on what an edit of the open documents needs (the rest can wait for a pause). */
  get decodingForOpenDocuments(): boolean {
    return this.decodeFirst === null
      ? this.index.preparePending(0) > 0
      : this.decodedFirst < this.decodeFirst.length || this.openAtRestore.length > 0;
  }

  /** See `revision`: a number that changes whenever the engine's state does. */
  get engineRevision(): number {
    return this.revision;
  }

  /**
   * Decodes and prepares files a snapshot left for later, until the clock passes `until`; returns how many are left.
   * Run in slices while the server is idle, so that the first edit after a warm start finds the engine ready.
   */
  decodeSome(until: number): number {
    // What an edit of the open documents would need first: the documents that share a bucket with them, then their
    // buckets' story groups and findings (recomputed once, the same findings).
    if (this.decodeFirst === null) {
      this.openAtRestore = this.all()
        .filter((e) => e.open)
        .map((e) => e.file);
      this.decodeFirst = this.index.unpreparedNear(this.openAtRestore);
    }
    while (this.decodedFirst < this.decodeFirst.length && performance.now() < until) {
      this.index.preparePending(16, this.decodeFirst.slice(this.decodedFirst, (this.decodedFirst += 16)));
    }
    if (this.decodedFirst >= this.decodeFirst.length && this.openAtRestore.length > 0 && performance.now() < until) {
      const changed = this.index.warmUp(this.openAtRestore);
      if (changed.length) this.noteChanged(changed);
      this.openAtRestore = [];
    }
    while (performance.now() < until && this.index.preparePending(16) > 0);
    return this.index.preparePending(0);
  }

  /** Lets the engine do its per-file work on an analysis that a later setMany() will store (see WorkspaceIndex.prepareAhead). */
  prepareAhead(analysis: DocumentAnalysis): void {
    this.index.prepareAhead(analysis);
  }

  /** Records the hash of the text a closed file's analysis was made from (its disk text, read by the caller). */
  noteTextHash(key: string, textHash: string): void {
    const entry = this.entries.get(key);
    if (entry && !entry.open) entry.textHash = textHash;
  }

  /** Marks an open document closed, keeping its analysis (the caller re-reads the disk version). */
  markClosed(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.open = false;
    entry.text = null;
    entry.lines = null;
    this.changed.add(entry.file);
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.previousAnalyses.delete(key);
    if (entry.archived) this.archived.delete(entry.file);
    this.forgetSpans(entry);
    this.entries.delete(key);
    this.keyOfFile.delete(entry.file);
    this.noteChanged(this.index.delete(entry.file));
    this.changed.add(entry.file);
    return true;
  }

  /**
   * Stores articles of the shared archive beside the workspace's files (one recomputation per bucket): the engine
   * compares them like files. Each keeps its archive path as its analysis name; an article whose name a workspace
   * file already has is left out (the local text stands for it). Returns the names stored.
   */
  setArchived(items: ArchivedItem[]): string[] {
    const entries: FileEntry[] = [];
    for (const { analysis, uri } of items) {
      const key = archivedKey(analysis.file);
      const owner = this.keyOfFile.get(analysis.file);
      if (owner !== undefined && owner !== key) continue;
      const entry: FileEntry = {
        key,
        uri,
        path: null,
        file: analysis.file,
        text: null,
        analysis,
        open: false,
        lines: null,
        textHash: null,
        contentHash: null,
        archived: true,
      };
      this.replaceEntry(entry);
      this.rememberSpans(entry);
      this.archived.add(entry.file);
      entries.push(entry);
    }
    if (entries.length) this.noteChanged(this.index.setMany(entries.map((e) => e.analysis)));
    for (const entry of entries) this.changed.add(entry.file);
    return entries.map((e) => e.file);
  }

  /** Removes archived articles stored by setArchived() (by analysis name). */
  deleteArchived(files: string[]): void {
    for (const file of files) if (this.entries.get(archivedKey(file))?.archived) this.delete(archivedKey(file));
  }

  /** The names of the archived articles stored by setArchived(). */
  archivedFiles(): string[] {
    return [...this.archived];
  }

  get archivedCount(): number {
    return this.archived.size;
  }

  /** Replaces the engine's configuration (.crosscheck.json): severities, synonyms, ignore. */
  setConfig(config: Partial<EngineConfig> | undefined): void {
    this.noteChanged(this.index.setConfig(config));
    this.everythingChanged = true;
  }

  /** The files whose findings (or open state) changed since the last call, or 'all'. */
  takeChangedFiles(): Set<string> | 'all' {
    const result = this.everythingChanged ? 'all' : this.changed;
    this.changed = new Set();
    this.everythingChanged = false;
    return result;
  }

  /** Asks the next takeChangedFiles() for every file (settings that change what is published). */
  invalidateAll(): void {
    this.everythingChanged = true;
  }

  findings(): Finding[] {
    const findings = this.index.findings();
    if (findings !== this.indexedFindings) {
      this.indexedFindings = findings;
      this.findingsOfSpan = new Map();
      for (const finding of findings) {
        for (const id of finding.claims) {
          let list = this.findingsOfSpan.get(id);
          if (!list) this.findingsOfSpan.set(id, (list = []));
          list.push(finding);
        }
      }
    }
    return findings;
  }

  findingsForFile(file: string): Finding[] {
    return this.index.findingsForFile(file);
  }

  /** The file a span (claim, event date or name mention) stands in, without making its SpanRef. */
  entryOfSpanId(id: string): FileEntry | undefined {
    const known = this.entryOfSpan.get(id);
    if (known || this.restoredSources.size === 0) return known;
    const file = fileOfSpanId(id);
    if (!this.restoredSources.has(file)) return undefined;
    this.index.documentOf(file);
    return this.entryOfSpan.get(id);
  }

  span(id: string): SpanRef | undefined {
    const entry = this.entryOfSpanId(id);
    if (!entry) return undefined;
    let refs = this.spanRefs.get(entry);
    if (!refs) this.spanRefs.set(entry, (refs = spanRefsOf(entry)));
    return refs.get(id);
  }

  findingsOf(spanId: string): Finding[] {
    this.findings();
    return this.findingsOfSpan.get(spanId) ?? [];
  }

  /** Every claim of the workspace about the same quantity as this one (itself included). */
  sameQuantity(claim: Claim): Claim[] {
    const key = quantityKeyOf(claim);
    // The restored files still unread that have claims of this quantity (or of which the snapshot said nothing).
    for (const quantity of key ? [key, '*'] : []) {
      for (const file of [...(this.unreadOfQuantity.get(quantity) ?? [])]) void this.getByFile(file)?.analysis;
    }
    const group = key ? this.claimsOfQuantity.get(key) : undefined;
    return group ? [...group.values()] : [claim];
  }

  /** The offset of a line/character position in an open document (null for documents without text). */
  offsetAt(uri: string, position: { line: number; character: number }): number | null {
    return this.getByUri(uri)?.lines?.offsetAt(position) ?? null;
  }

  /** The claim at an offset of an open document (the shortest when several overlap). */
  claimAtOffset(uri: string, offset: number): Claim | undefined {
    const entry = this.getByUri(uri);
    if (!entry?.lines) return undefined;
    let best: Claim | undefined;
    for (const claim of entry.analysis.claims) {
      if (claim.start <= offset && offset <= claim.end && (!best || claim.end - claim.start < best.end - best.start))
        best = claim;
    }
    return best;
  }
}
