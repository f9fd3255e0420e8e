// Filling the archive: files whose content hash and analyser version the archive already holds are skipped; the
// others are analysed by the indexer's worker pool and written in batches, each batch one transaction (documents
// upserted by path, their old claims replaced, a NOTIFY sent on commit), so a crash leaves the archive as it was
// before the batch. --prune removes the documents under the indexed paths whose files are gone.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { comparisonKeys, EXTRACTOR_VERSION, withDeclared } from '../core';
import type { DocumentAnalysis, DocumentMeta } from '../core';
import { figureText } from '../core/conflicts/prepare';
import { indexFiles, type IndexerOptions } from '../indexing/indexer';
import { SCHEMA } from './migrations';
import { storyKeys } from './query';
import { ARCHIVE_CHANNEL, describeError, type ArchiveConnection } from './store';

/**
 * What wrote an archived analysis: the extractor's version and the version of what the archive stores of it (bump
 * ARCHIVE_FORMAT when the stored shape or the engine's bucket keys change). A document written by another analyser
 * is analysed again.
 */
const ARCHIVE_FORMAT = 1;
export const ANALYSER_VERSION = `extractor ${EXTRACTOR_VERSION}; archive ${ARCHIVE_FORMAT}`;
export const DEFAULT_BATCH_SIZE = 500;

export interface FileToArchive {
  /** Absolute path: the document's key in the archive. */
  path: string;
}

export interface IngestOptions {
  batchSize?: number;
  prune?: boolean;
  /** The folders and files given on the command line (absolute): prune looks under them only. */
  roots?: string[];
  onProgress?: (done: number, total: number) => void;
  onSkip?: IndexerOptions['onSkip'];
  log?: (message: string) => void;
  workers?: number;
  /** What the configuration declares about a file (its outlet, URL, ...: `.crosscheck.json`'s "sources"), as `check` reads it. */
  declaredMetaOf?: (file: string) => Partial<DocumentMeta> | null;
}

export interface IngestStats {
  files: number;
  unchanged: number;
  written: number;
  claims: number;
  pruned: number;
  batches: number;
  milliseconds: number;
}

interface StoredState {
  hash: string;
  analyser: string;
}

interface Pending {
  doc: DocumentAnalysis;
  hash: string;
}

function contentHash(file: string): string | null {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

export async function ingest(
  connection: ArchiveConnection,
  files: FileToArchive[],
  options: IngestOptions = {},
): Promise<IngestStats> {
  const started = performance.now();
  const { client, shown } = connection;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const stats: IngestStats = {
    files: files.length,
    unchanged: 0,
    written: 0,
    claims: 0,
    pruned: 0,
    batches: 0,
    milliseconds: 0,
  };
  try {
    const known = new Map<string, StoredState>();
    const stored = await client.query<{ path: string; content_hash: string; analyser: string }>(
      `SELECT path, content_hash, analyser FROM ${SCHEMA}.documents WHERE path = ANY($1::text[])`,
      [files.map((file) => file.path)],
    );
    for (const row of stored.rows) known.set(row.path, { hash: row.content_hash, analyser: row.analyser });

    const hashes = new Map<string, string>();
    const changed: FileToArchive[] = [];
    for (const file of files) {
      const hash = contentHash(file.path);
      if (hash === null) continue;
      const before = known.get(file.path);
      if (before && before.hash === hash && before.analyser === ANALYSER_VERSION) {
        stats.unchanged++;
        continue;
      }
      hashes.set(file.path, hash);
      changed.push(file);
    }

    let batch: Pending[] = [];
    let writing: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    const flush = (): void => {
      if (batch.length === 0) return;
      const full = batch;
      batch = [];
      writing = writing.then(async () => {
        if (failure) return;
        try {
          stats.claims += await writeBatch(connection, full);
          stats.written += full.length;
          stats.batches++;
        } catch (error) {
          failure = error;
        }
      });
    };
    if (changed.length > 0) {
      await indexFiles(
        changed.map((file) => ({ path: file.path, file: file.path })),
        {
          workers: options.workers,
          onSkip: options.onSkip,
          log: options.log,
          onProgress: options.onProgress,
          isCancelled: () => failure !== null,
          onAnalysis: (analysed) => {
            const hash = hashes.get(analysed.file);
            if (hash === undefined) return;
            const declared = options.declaredMetaOf?.(analysed.file) ?? null;
            const doc = declared ? { ...analysed, meta: withDeclared(analysed.meta, declared) } : analysed;
            batch.push({ doc, hash });
            if (batch.length >= batchSize) flush();
          },
        },
      );
      flush();
      await writing;
      if (failure) throw failure;
    }
    if (options.prune)
      stats.pruned = await prune(connection, new Set(files.map((file) => file.path)), options.roots ?? []);
  } catch (error) {
    throw describeError(error, shown);
  }
  stats.milliseconds = performance.now() - started;
  return stats;
}

/** Writes one batch in one transaction; returns how many claims it wrote. */
async function writeBatch(connection: ArchiveConnection, batch: Pending[]): Promise<number> {
  const { client } = connection;
  const documents = batch.map(({ doc, hash }) => ({ doc, hash, keys: comparisonKeys(doc) }));
  try {
    await client.query('BEGIN');
    const upserted = await client.query<{ id: string; path: string }>(
      `INSERT INTO ${SCHEMA}.documents (path, url, outlet, published, title, content_hash, analyser, fingerprint, story_keys, claim_count, analysis)
       SELECT d.path, d.url, d.outlet, d.published, d.title, d.hash, $7, ARRAY(SELECT jsonb_array_elements_text(d.fingerprint)),
              ARRAY(SELECT jsonb_array_elements_text(d.story_keys)), d.claims, d.analysis
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $8::jsonb[], $9::int[], $10::jsonb[], $11::jsonb[])
         AS d(path, url, outlet, published, title, hash, fingerprint, claims, analysis, story_keys)
       ON CONFLICT (path) DO UPDATE SET url = EXCLUDED.url, outlet = EXCLUDED.outlet, published = EXCLUDED.published, title = EXCLUDED.title,
         content_hash = EXCLUDED.content_hash, analyser = EXCLUDED.analyser, fingerprint = EXCLUDED.fingerprint, story_keys = EXCLUDED.story_keys,
         claim_count = EXCLUDED.claim_count, analysis = EXCLUDED.analysis, indexed_at = now()
       RETURNING id, path`,
      [
        documents.map(({ doc }) => doc.file),
        documents.map(({ doc }) => doc.meta.url),
        documents.map(({ doc }) => doc.meta.outlet),
        documents.map(({ doc }) => doc.meta.date),
        documents.map(({ doc }) => doc.meta.title),
        documents.map(({ hash }) => hash),
        ANALYSER_VERSION,
        documents.map(({ keys }) => JSON.stringify(keys.fingerprint)),
        documents.map(({ doc }) => doc.claims.length),
        documents.map(({ doc }) =>
          JSON.stringify({
            meta: doc.meta,
            eventDates: doc.eventDates,
            names: doc.names,
            suppressions: doc.suppressions ?? [],
            notComparable: doc.notComparable ?? [],
            keywords: doc.keywords ?? [],
          }),
        ),
        documents.map(({ keys }) => JSON.stringify(storyKeys(keys))),
      ],
    );
    const idOf = new Map(upserted.rows.map((row) => [row.path, row.id]));
    // What the re-indexed documents counted before: an open editor holding their old figures for one of those things
    // must hear of the batch too, to drop the figures that are gone.
    const before = await client.query<{ counted: string }>(
      `WITH old AS (DELETE FROM ${SCHEMA}.claims WHERE document_id = ANY($1::bigint[]) RETURNING counted)
       SELECT DISTINCT counted FROM old WHERE counted IS NOT NULL`,
      [upserted.rows.map((row) => row.id)],
    );
    const columns = {
      document: [] as string[],
      ordinal: [] as number[],
      counted: [] as (string | null)[],
      figure: [] as string[],
      low: [] as (number | null)[],
      high: [] as (number | null)[],
      source: [] as (string | null)[],
      cue: [] as (string | null)[],
      frame: [] as (string | null)[],
      claim: [] as string[],
    };
    const buckets = new Set<string>(before.rows.map((row) => row.counted));
    for (const { doc, keys } of documents) {
      const id = idOf.get(doc.file)!;
      doc.claims.forEach((claim, ordinal) => {
        const counted = keys.counted.get(claim.id) ?? null;
        if (counted) buckets.add(counted);
        const frame = claim.frame ?? null;
        columns.document.push(id);
        columns.ordinal.push(ordinal);
        columns.counted.push(counted);
        columns.figure.push(figureText(claim));
        columns.low.push(finite(claim.value.low));
        columns.high.push(finite(claim.value.high));
        columns.source.push(claim.attribution?.source ?? null);
        columns.cue.push(claim.attribution?.cue ?? null);
        columns.frame.push(frame === null ? null : JSON.stringify(frame));
        columns.claim.push(JSON.stringify(claim));
      });
    }
    if (columns.claim.length > 0) {
      await client.query(
        `INSERT INTO ${SCHEMA}.claims (document_id, ordinal, counted, figure, low, high, source, cue, frame, claim)
         SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[], $8::text[], $9::jsonb[], $10::jsonb[])`,
        [
          columns.document,
          columns.ordinal,
          columns.counted,
          columns.figure,
          columns.low,
          columns.high,
          columns.source,
          columns.cue,
          columns.frame,
          columns.claim,
        ],
      );
    }
    const postings = { key: [] as string[], document: [] as string[] };
    for (const { doc, keys } of documents) {
      const id = idOf.get(doc.file)!;
      for (const key of storyKeys(keys)) {
        postings.key.push(key);
        postings.document.push(id);
      }
    }
    const idOfKey = await idsOf(connection, 'story_keys', 'key', postings.key);
    await client.query(`DELETE FROM ${SCHEMA}.story_postings WHERE document_id = ANY($1::bigint[])`, [
      upserted.rows.map((row) => row.id),
    ]);
    const pairs = new Set<string>();
    const keyIds: number[] = [];
    const documentIds: string[] = [];
    postings.key.forEach((key, i) => {
      const pair = `${idOfKey.get(key)} ${postings.document[i]}`;
      if (pairs.has(pair)) return;
      pairs.add(pair);
      keyIds.push(idOfKey.get(key)!);
      documentIds.push(postings.document[i]);
    });
    await client.query(
      `INSERT INTO ${SCHEMA}.story_postings (key_id, document_id) SELECT * FROM unnest($1::int[], $2::bigint[])`,
      [keyIds, documentIds],
    );
    // What the archive query reads of each document: its story names as sorted ids, and its date.
    const idOfName = await idsOf(
      connection,
      'story_names',
      'name',
      documents.flatMap(({ keys }) => keys.fingerprint),
    );
    await client.query(
      `INSERT INTO ${SCHEMA}.document_names (document_id, names, published)
       SELECT d.id, d.names::int[], d.published FROM unnest($1::bigint[], $2::text[], $3::text[]) AS d(id, names, published)
       ON CONFLICT (document_id) DO UPDATE SET names = EXCLUDED.names, published = EXCLUDED.published`,
      [
        documents.map(({ doc }) => idOf.get(doc.file)!),
        documents.map(
          ({ keys }) =>
            `{${[...new Set(keys.fingerprint.map((name) => idOfName.get(name)!))].sort((a, b) => a - b).join(',')}}`,
        ),
        documents.map(({ doc }) => doc.meta.date),
      ],
    );
    await client.query('SELECT pg_notify($1, $2)', [ARCHIVE_CHANNEL, notification(documents.length, [...buckets])]);
    await client.query('COMMIT');
    return columns.claim.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * The ids of these story keys or names (story_keys.key, story_names.name), the new ones added in sorted order (two
 * writers adding the same ones wait for each other, never in a cycle); looked up by the unique index, never by a scan.
 */
async function idsOf(
  connection: ArchiveConnection,
  table: 'story_keys' | 'story_names',
  column: 'key' | 'name',
  values: string[],
): Promise<Map<string, number>> {
  const { client } = connection;
  const distinct = [...new Set(values)].sort();
  const ids = new Map<string, number>();
  const lookUp = async (wanted: string[]): Promise<void> => {
    const found = await client.query<{ id: number; value: string }>(
      `SELECT id, ${column} AS value FROM ${SCHEMA}.${table} WHERE ${column} = ANY($1::text[])`,
      [wanted],
    );
    for (const row of found.rows) ids.set(row.value, row.id);
  };
  await lookUp(distinct);
  const added = await client.query<{ id: number; value: string }>(
    `INSERT INTO ${SCHEMA}.${table} (${column}) SELECT unnest($1::text[]) ON CONFLICT (${column}) DO NOTHING RETURNING id, ${column} AS value`,
    [distinct.filter((value) => !ids.has(value))],
  );
  for (const row of added.rows) ids.set(row.value, row.id);
  // Those another writer added since the lookup (ON CONFLICT returned nothing for them).
  if (ids.size < distinct.length) await lookUp(distinct.filter((value) => !ids.has(value)));
  return ids;
}

function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/** NOTIFY payloads are limited to 8000 bytes: the batch's size and as many of its keys as fit. */
const NOTIFY_LIMIT = 7900;

/** The payload of a batch's NOTIFY: how many documents it wrote and what they count (for editors to refresh what it touches). */
export function notification(documents: number, counted: string[]): string {
  const keys = [...counted].sort();
  let payload = JSON.stringify({ documents, counted: keys, complete: true });
  while (Buffer.byteLength(payload) > NOTIFY_LIMIT && keys.length > 0) {
    keys.length = Math.floor(keys.length / 2);
    payload = JSON.stringify({ documents, counted: keys, complete: false });
  }
  return payload;
}

/** Removes, in one transaction, the archived documents under `roots` that were not listed and whose files are gone. */
async function prune(connection: ArchiveConnection, listed: Set<string>, roots: string[]): Promise<number> {
  const { client } = connection;
  if (roots.length === 0) return 0;
  const patterns = roots.map((root) => `${likeEscaped(root.endsWith(path.sep) ? root : root + path.sep)}%`);
  const under = await client.query<{ id: string; path: string }>(
    `SELECT id, path FROM ${SCHEMA}.documents WHERE path = ANY($1::text[]) OR path LIKE ANY($2::text[])`,
    [roots, patterns],
  );
  const gone = under.rows.filter((row) => !listed.has(row.path) && !fs.existsSync(row.path));
  if (gone.length === 0) return 0;
  try {
    await client.query('BEGIN');
    await client.query(`DELETE FROM ${SCHEMA}.documents WHERE id = ANY($1::bigint[])`, [gone.map((row) => row.id)]);
    await client.query('SELECT pg_notify($1, $2)', [ARCHIVE_CHANNEL, JSON.stringify({ removed: gone.length })]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return gone.length;
}

function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
