// The language server's link to a shared archive (the setting crosscheck.archive, a postgres:// connection string):
// for each open document, the archived articles comparable with its figures (archive/query.ts: the index of story
// keys), stored beside the workspace's files (WorkspaceModel.setArchived) so that diagnostics, hovers, the timeline
// and citations show them like local ones, marked as from the archive.
//
// Never on the typing path: the model's listener only notes which open documents changed; their keys are worked
// out and the archive asked once the edits pause (ARCHIVE_DELAYS.ask), one query at a time on one connection; a
// query for a document that changed again or closed meanwhile is dropped (its answer is never applied). Local
// findings come first, the archive's when they arrive. A question superseded while PostgreSQL answers it (the
// document changed again or closed) is cancelled there (a cancel request), not only ignored; a query PostgreSQL has
// worked on for ARCHIVE_DELAYS.query is stopped there too (statement_timeout).
//
// A server that is down, refuses the password or answers too slowly is one state (crosscheck/status's `archive`) and
// one log line, whatever the number of attempts: the link retries with a growing delay (1 s, 2 s, … 60 s).
// Live: the link LISTENs on the channel the indexer NOTIFYs on commit (archive/ingest.ts) and asks again for the open
// documents that count what the batch wrote.
import * as crypto from 'node:crypto';
import { comparisonKeys, STORY_MIN_SHARED_NAMES } from '../core';
import type { DocumentAnalysis } from '../core';
import { commonStoryKeys, comparableDocuments, loadDocumentsById, storyKeys } from '../archive/query';
import type { ArchivedDocument } from '../archive/query';
import {
  ARCHIVE_CHANNEL,
  ArchiveError,
  QUERY_CANCELED,
  connect,
  describeError,
  requireCurrentSchema,
  shownUrl,
} from '../archive/store';
import type { ArchiveConnection } from '../archive/store';
import type { ArchiveStatus } from '../protocol';
import { pathToUri } from '../service/uris';
import type { FileEntry } from '../service/workspace';
import type { Settings } from './settings';
import type { Scheduler } from '../features/scheduler';
import type { AnalysisService } from '../service/service';
import type { WorkspaceModel } from '../service/workspace';

export const ARCHIVE_DELAYS = {
  /** The pause in edits after which the changed open documents ask the archive. */
  ask: 400,
  /** After a NOTIFY, the touched documents ask again this soon (a burst of batches is one question). */
  notified: 100,
  /** The first retry after a failure; each next one waits twice as long, up to `retryAtMost`. */
  retry: 1000,
  retryAtMost: 60_000,
  /** A query with no answer after this long is a failure (a slow archive), and so is a connection. */
  query: 5000,
  connect: 5000,
} as const;

/** What an open document asked the archive, and what it answered. */
interface Asked {
  /** The analysis the question was made from (another one: the document changed). */
  analysis: DocumentAnalysis;
  /** The story keys and names of that analysis, joined (a new analysis with the same signature asks nothing). */
  signature: string | null;
  /** What the document counts (the engine's bucket keys), to know which NOTIFYs touch it. */
  counted: Set<string>;
  /** The ids of the comparable archived documents (null: not asked yet). */
  ids: string[] | null;
  /** Set when the answer must be fetched again (the document changed, a NOTIFY touched it, the link reconnected). */
  dirty: boolean;
}

interface Loaded {
  file: string;
  /** The stored article's JSON, to tell a re-indexed article from the same one. */
  json: string;
}

function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Where a link to an archived article goes: its URL when it has one, else its path as a file URI. */
function linkOf(doc: ArchivedDocument): string {
  const url = doc.meta.url;
  if (url && /^https?:\/\//i.test(url)) return url;
  return doc.file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(doc.file)
    ? pathToUri(doc.file)
    : `archive:${encodeURIComponent(doc.file)}`;
}

/**
 * What a document asks the archive: its story keys and names, joined ('' when it has too few names to ask), and what
 * it counts (to know which NOTIFYs touch it). A new analysis with the same signature asks nothing new.
 */
function signatureOf(analysis: DocumentAnalysis): { signature: string; counted: Set<string> } {
  const keys = comparisonKeys(analysis);
  const signature =
    keys.fingerprint.length < STORY_MIN_SHARED_NAMES
      ? ''
      : `${storyKeys(keys).join('\u0000')}\u0001${keys.fingerprint.join('\u0000')}`;
  return { signature, counted: new Set(keys.counted.values()) };
}

/** What the archive link needs of the server's state (features/session.ts gives it). */
export interface ArchiveLinkState {
  readonly service: AnalysisService;
  readonly model: WorkspaceModel;
  readonly settings: Settings;
  readonly indexing: boolean;
  readonly scheduler: Scheduler;
  log(message: string): void;
  onModelChanged(listener: () => void): void;
  modelChanged(): void;
}

export class ArchiveLink {
  /** The connection string in use ('' for none). */
  private url = '';
  private connection: ArchiveConnection | null = null;
  /** The story keys too common to probe (PostgreSQL's statistics), read on connecting and again after a NOTIFY. */
  private common = new Set<string>();
  private commonStale = false;
  /** Bumped whenever the connection is dropped: work begun on an older one is not applied. */
  private epoch = 0;
  private readonly asked = new Map<string, Asked>();
  /** The archived articles in the model, by archive id. */
  private readonly loaded = new Map<string, Loaded>();
  private asking = false;
  /** The question PostgreSQL is answering (the archive query for that document), to cancel when it is superseded. */
  private inFlight: { asked: Asked; signature: string } | null = null;
  /** A cancel request was sent: the query it stops ends with QUERY_CANCELED, which is no failure then. */
  private cancelRequested = false;
  /** Answers came (ids) whose articles are not loaded yet: a cancel stopped the loading. */
  private loadWanted = false;
  /** An answer arrived while the workspace was being indexed: applied when it is done. */
  private applyPending = false;
  private retryDelay: number = ARCHIVE_DELAYS.retry;
  private lastLogged = '';
  private closed = false;

  constructor(private readonly session: ArchiveLinkState) {
    session.onModelChanged(() => this.update());
  }

  private get status(): ArchiveStatus | undefined {
    return this.session.service.archiveStatus;
  }

  private setStatus(status: ArchiveStatus | undefined): void {
    if (JSON.stringify(status) === JSON.stringify(this.status)) return;
    this.session.service.archiveStatus = status;
    this.session.modelChanged();
  }

  /** One log line per state a person should know of, not one per attempt. */
  private logOnce(message: string): void {
    if (message === this.lastLogged) return;
    this.lastLogged = message;
    this.session.log(message);
  }

  /** The model changed (an edit, a settings change, indexing done): follow the setting, note the documents to ask for. */
  update(): void {
    if (this.closed) return;
    const wanted = this.session.settings.enable ? this.session.settings.archive : '';
    if (wanted !== this.url) this.reconfigure(wanted);
    if (!this.url) return;
    if (this.applyPending && !this.session.indexing) this.apply();
    const open = new Map<string, FileEntry>();
    for (const entry of this.session.model.all()) if (entry.open && !entry.archived) open.set(entry.key, entry);
    let changed = false;
    for (const [key, asked] of this.asked) {
      if (open.has(key)) continue;
      this.asked.delete(key);
      if (asked === this.inFlight?.asked) this.cancelInFlight();
      if (asked.ids?.length) changed = true;
    }
    let ask = false;
    for (const [key, entry] of open) {
      const asked = this.asked.get(key);
      if (asked && asked.analysis === entry.analysis) continue;
      if (asked) {
        asked.analysis = entry.analysis;
        asked.dirty = true;
        // A new analysis asking the same (a re-analysis, an edit of words that name nothing) lets the query run.
        if (asked === this.inFlight?.asked && signatureOf(entry.analysis).signature !== this.inFlight.signature)
          this.cancelInFlight();
      } else
        this.asked.set(key, { analysis: entry.analysis, signature: null, counted: new Set(), ids: null, dirty: true });
      ask = true;
    }
    if (changed) this.applyWhenIdle();
    if (ask) this.askLater(ARCHIVE_DELAYS.ask);
  }

  private reconfigure(url: string): void {
    this.disconnect();
    this.url = url;
    this.retryDelay = ARCHIVE_DELAYS.retry;
    this.lastLogged = '';
    for (const asked of this.asked.values()) {
      asked.ids = null;
      asked.signature = null;
      asked.dirty = true;
    }
    this.removeAll();
    if (!url) {
      this.setStatus(undefined);
      return;
    }
    const shown = shownUrl(url);
    const password = (() => {
      try {
        return new URL(url).password;
      } catch {
        return '';
      }
    })();
    if (password) {
      this.fail(
        new ArchiveError(
          `the setting crosscheck.archive holds a password: settings are no place for one (give it with the command "Crosscheck: Set Archive Password", in PGPASSWORD or ~/.pgpass); not connecting to ${shown}`,
        ),
        false,
      );
      return;
    }
    void this.connectNow();
  }

  private async connectNow(): Promise<void> {
    const epoch = ++this.epoch;
    const shown = shownUrl(this.url);
    this.setStatus({ state: 'connecting', archive: shown });
    let connection: ArchiveConnection | null = null;
    try {
      connection = await connect(this.url, {
        applicationName: 'crosscheck language server',
        connectionTimeoutMillis: ARCHIVE_DELAYS.connect,
        queryTimeoutMillis: ARCHIVE_DELAYS.query,
      });
      if (epoch !== this.epoch) {
        await connection.close();
        return;
      }
      await requireCurrentSchema(connection);
      this.common = await commonStoryKeys(connection);
      connection.client.on('notification', (message) => {
        if (message.channel === ARCHIVE_CHANNEL && epoch === this.epoch) this.notified(message.payload ?? '');
      });
      connection.client.on('end', () => {
        if (epoch === this.epoch) this.fail(new ArchiveError(`the connection to the archive at ${shown} was cut`));
      });
      await connection.client.query(`LISTEN ${ARCHIVE_CHANNEL}`);
      if (epoch !== this.epoch) {
        await connection.close();
        return;
      }
    } catch (error) {
      await connection?.close();
      if (epoch === this.epoch) this.fail(error);
      return;
    }
    this.connection = connection;
    this.archiveChanges++;
    this.retryDelay = ARCHIVE_DELAYS.retry;
    this.logOnce(`archive: connected to ${shown}, listening for new articles`);
    this.setStatus({ state: 'connected', archive: shown });
    for (const asked of this.asked.values()) {
      asked.dirty = true;
      asked.signature = null;
    }
    this.askLater(0);
  }

  /** A failure: one state and one log line; the link retries later (unless `retry` is false: nothing would change). */
  private fail(error: unknown, retry = true): void {
    const shown = shownUrl(this.url);
    let message: string;
    if (/Query read timeout|statement timeout/i.test(String((error as Error)?.message)))
      message = `the archive at ${shown} is too slow: no answer in ${ARCHIVE_DELAYS.query / 1000} s`;
    else {
      try {
        message = describeError(error, shown).message;
      } catch {
        message = `the archive at ${shown} failed: ${(error as Error)?.message ?? error}`;
      }
    }
    this.disconnect();
    this.setStatus({ state: 'unavailable', archive: shown, message });
    if (!retry) {
      this.logOnce(`archive: ${message}`);
      return;
    }
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, ARCHIVE_DELAYS.retryAtMost);
    this.logOnce(`archive: ${message} (the local findings stand; retrying with a growing delay)`);
    const epoch = this.epoch;
    this.session.scheduler.schedule('archiveRetry', delay, () => {
      if (epoch === this.epoch && !this.closed) void this.connectNow();
    });
  }

  private disconnect(): void {
    this.epoch++;
    this.session.scheduler.cancel('archiveRetry');
    this.session.scheduler.cancel('archiveAsk');
    const connection = this.connection;
    this.connection = null;
    if (connection) void connection.close();
  }

  /** A batch was committed: the open documents that count what it wrote ask again (all of them when it does not say). */
  private notified(payload: string): void {
    let counted: string[] | null = null;
    try {
      const parsed = JSON.parse(payload) as { counted?: unknown; complete?: unknown };
      if (Array.isArray(parsed.counted) && parsed.complete === true)
        counted = parsed.counted.filter((k): k is string => typeof k === 'string');
    } catch {
      counted = null;
    }
    this.commonStale = true;
    this.archiveChanges++;
    let touched = 0;
    for (const asked of this.asked.values()) {
      if (counted && asked.signature !== null && !counted.some((key) => asked.counted.has(key))) continue;
      asked.dirty = true;
      asked.signature = null;
      touched++;
    }
    if (touched) this.askLater(ARCHIVE_DELAYS.notified);
  }

  /** The question being answered is superseded: PostgreSQL is asked to stop it (its answer would be dropped anyway). */
  private cancelInFlight(): void {
    if (!this.connection || this.cancelRequested) return;
    this.cancelRequested = true;
    this.connection.cancel();
  }

  private askLater(ms: number): void {
    if (!this.connection) return;
    this.session.scheduler.schedule('archiveAsk', ms, () => void this.askDirty());
  }

  /** Asks the archive for the dirty open documents, one query at a time; answers for a changed document are dropped. */
  private async askDirty(): Promise<void> {
    if (this.asking) return;
    const connection = this.connection;
    if (!connection) return;
    const epoch = this.epoch;
    this.asking = true;
    let changed = false;
    try {
      if (this.commonStale) {
        this.commonStale = false;
        this.common = await commonStoryKeys(connection);
      }
      for (const [key, asked] of this.asked) {
        if (!asked.dirty) continue;
        if (epoch !== this.epoch) return;
        asked.dirty = false;
        const analysis = asked.analysis;
        const { signature, counted } = signatureOf(analysis);
        asked.counted = counted;
        if (signature === asked.signature) continue;
        this.inFlight = { asked, signature };
        const ids =
          signature === '' ? [] : await comparableDocuments(connection, analysis, this.exclusions(), this.common);
        this.inFlight = null;
        // The document changed again, closed, or the link dropped while the query ran: its answer is not applied.
        if (epoch !== this.epoch || this.asked.get(key) !== asked || asked.analysis !== analysis) continue;
        asked.signature = signature;
        asked.ids = ids;
        changed = true;
      }
      if (changed || this.loadWanted) {
        this.loadWanted = false;
        await this.load(connection, epoch);
        changed = true;
      }
      this.cancelRequested = false;
    } catch (error) {
      if (epoch !== this.epoch) return;
      if (!(this.cancelRequested && (error as { code?: string })?.code === QUERY_CANCELED)) {
        this.fail(error);
        return;
      }
      // Our cancel request stopped a query: the superseded question (or, if it came late, whatever ran then) is
      // asked again, and the articles are loaded again.
      this.cancelRequested = false;
      if (this.inFlight) {
        this.inFlight.asked.dirty = true;
        this.inFlight.asked.signature = null;
      }
      this.loadWanted = true;
      changed = false;
    } finally {
      this.inFlight = null;
      this.asking = false;
    }
    if (this.loadWanted) this.askLater(0);
    if ([...this.asked.values()].some((asked) => asked.dirty)) this.askLater(0);
    if (changed) this.applyWhenIdle();
  }

  /** What the query leaves out: the open documents' own files and copies of their text in the archive. */
  private exclusions(): { paths: string[]; hashes: string[] } {
    const paths: string[] = [];
    const hashes: string[] = [];
    for (const entry of this.session.model.all()) {
      if (!entry.open || entry.archived) continue;
      if (entry.path) paths.push(entry.path);
      if (entry.text !== null) hashes.push(sha256(entry.text));
    }
    return { paths, hashes };
  }

  /** Articles fetched and not applied yet, by id (a new or re-indexed article). */
  private fetched = new Map<string, ArchivedDocument>();

  /**
   * Bumped by each NOTIFY and connection: the archive may have re-indexed articles the model holds, so the next load
   * fetches every wanted article again (the model keeps those whose copy is unchanged); otherwise only new ones.
   */
  private archiveChanges = 0;
  /** The archiveChanges a load of every wanted article has followed (-1: none yet). */
  private reloadedAt = -1;

  /** Fetches the wanted articles the model lacks (all of them after a NOTIFY or a reconnection). */
  private async load(connection: ArchiveConnection, epoch: number): Promise<void> {
    const changes = this.archiveChanges;
    const all = this.reloadedAt !== changes;
    const ids = [...this.wantedIds()].filter((id) => all || !this.loaded.has(id));
    const fetched = await loadDocumentsById(connection, ids);
    if (epoch !== this.epoch) return;
    this.fetched = fetched;
    if (all) this.reloadedAt = changes;
  }

  private wantedIds(): Set<string> {
    const wanted = new Set<string>();
    for (const asked of this.asked.values()) for (const id of asked.ids ?? []) wanted.add(id);
    return wanted;
  }

  private applyWhenIdle(): void {
    if (this.session.indexing) this.applyPending = true;
    else this.apply();
  }

  /** Brings the model's archived articles to what the open documents want. */
  private apply(): void {
    this.applyPending = false;
    const model = this.session.model;
    const wanted = this.wantedIds();
    const gone: string[] = [];
    for (const [id, loaded] of this.loaded) {
      if (wanted.has(id)) continue;
      gone.push(loaded.file);
      this.loaded.delete(id);
    }
    const items: { analysis: DocumentAnalysis; uri: string }[] = [];
    const localKeys = new Set(
      model
        .all()
        .filter((e) => !e.archived)
        .map((e) => e.path ?? e.key),
    );
    for (const [id, doc] of this.fetched) {
      if (!wanted.has(id) || localKeys.has(doc.file)) continue;
      const json = JSON.stringify(doc);
      const before = this.loaded.get(id);
      if (before?.json === json) continue;
      if (before && before.file !== doc.file) gone.push(before.file);
      this.loaded.set(id, { file: doc.file, json });
      items.push({ analysis: doc, uri: linkOf(doc) });
    }
    this.fetched = new Map();
    if (gone.length === 0 && items.length === 0) return;
    model.deleteArchived(gone);
    model.setArchived(items);
    this.session.modelChanged();
  }

  private removeAll(): void {
    if (this.loaded.size === 0) return;
    this.session.model.deleteArchived([...this.loaded.values()].map((loaded) => loaded.file));
    this.loaded.clear();
    this.session.modelChanged();
  }

  /** Drops the connection and the archived articles (so that the engine snapshot saved at shutdown holds none). */
  close(): void {
    this.closed = true;
    this.disconnect();
    this.removeAll();
  }
}
