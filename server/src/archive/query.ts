// Reading the archive for local files: the archived documents that can be compared with a local file's figures,
// found through the postings of what is counted (the engine's bucket key) paired with the names of the story, kept when
// they share enough story names with the file for the engine to read them as one story. Whole documents are returned (all their claims), as the
// engine reads a figure with its document: a total's parts, repeated figures, units implied by an earlier figure.
import { comparisonKeys, MAX_POSTING, STORY_MIN_SHARED_NAMES } from '../core';
import type { Claim, ComparisonKeys, DocumentAnalysis } from '../core';
import { SCHEMA } from './migrations';
import { describeError, type ArchiveConnection } from './store';

/** An archived claim, marked as such in the JSON report. */
export type ArchivedClaim = Claim & { archive: true };

export interface ArchivedDocument extends DocumentAnalysis {
  claims: ArchivedClaim[];
}

export interface Exclusions {
  /** Absolute paths of the local files: their archived versions are left out (the local text stands for them). */
  paths: string[];
  /** Content hashes of the local files: a copy of one under another path is left out too. */
  hashes: string[];
}

/**
 * At most this many archived documents are fetched for one local document: those that share the most story names
 * with it (then the latest). An archive retells a story many times; the closest retellings are what a desk reads,
 * and the bound keeps the answer's size, and its time, from growing with the archive.
 */
export const COMPARABLE_LIMIT = 50;

/**
 * A document's story keys: each key of what it counts paired with each name of its story ("q:militant|quetta").
 * Two documents the engine may compare share a counted key and at least STORY_MIN_SHARED_NAMES names, so they share
 * at least that many story keys: their postings (story_postings) give the candidates, far fewer than those that merely count
 * the same thing or merely name the same places.
 */
export function storyKeys(keys: ComparisonKeys): string[] {
  const counted = [...new Set(keys.counted.values())].sort();
  return counted.flatMap((key) => keys.fingerprint.map((name) => `${key}|${name}`));
}

/**
 * The ids of the archived documents comparable with one local document: they share a story key with it (the postings'
 * B-tree: a counted key and a name), and at least STORY_MIN_SHARED_NAMES names of their story (counted per candidate
 * with a hashed lookup of the local names, once).
 */
export const COMPARABLE_DOCUMENTS = `
  WITH probe AS MATERIALIZED (
    SELECT DISTINCT p.document_id AS id
    FROM ${SCHEMA}.story_keys k JOIN ${SCHEMA}.story_postings p ON p.key_id = k.id
    WHERE k.key = ANY($1::text[])
  )
  SELECT d.id
  FROM probe JOIN ${SCHEMA}.documents d ON d.id = probe.id,
    LATERAL (SELECT count(*) AS shared FROM unnest(d.fingerprint) AS name WHERE name = ANY($6::text[])) names
  WHERE names.shared >= $2
    AND d.path <> ALL($3::text[])
    AND d.content_hash <> ALL($4::text[])
  ORDER BY names.shared DESC, d.published DESC NULLS LAST, d.id
  LIMIT $5`;

/**
 * The story keys more than MAX_POSTING archived documents hold, from PostgreSQL's statistics of the column (kept by
 * ANALYZE, as autovacuum runs it): as the engine lets no name that common propose a pair of documents, they are
 * left out of the index probe (they still count among the shared names). Empty before the first ANALYZE.
 */
export async function commonStoryKeys(connection: ArchiveConnection): Promise<Set<string>> {
  const stats = await connection.client.query<{
    elements: string[] | null;
    frequencies: number[] | null;
    documents: number;
  }>(
    `SELECT s.most_common_elems::text::text[] AS elements, s.most_common_elem_freqs AS frequencies, c.reltuples AS documents
     FROM pg_catalog.pg_stats s JOIN pg_catalog.pg_class c ON c.oid = to_regclass($1)
     WHERE s.schemaname = $2 AND s.tablename = 'documents' AND s.attname = 'story_keys'`,
    [`${SCHEMA}.documents`, SCHEMA],
  );
  const common = new Set<string>();
  const row = stats.rows[0];
  if (!row?.elements || !row.frequencies) return common;
  row.elements.forEach((key, i) => {
    if (row.frequencies![i] * row.documents > MAX_POSTING) common.add(key);
  });
  return common;
}

/** The archive query for one local document (COMPARABLE_DOCUMENTS and its parameters); null when it counts nothing to ask about. */
export function comparableQuery(
  doc: DocumentAnalysis,
  exclusions: Exclusions,
  common: Set<string> = new Set(),
): { text: string; values: unknown[] } | null {
  const comparison = comparisonKeys(doc);
  const keys = storyKeys(comparison).filter((key) => !common.has(key));
  if (comparison.fingerprint.length < STORY_MIN_SHARED_NAMES || keys.length === 0) return null;
  return {
    text: COMPARABLE_DOCUMENTS,
    values: [
      keys,
      STORY_MIN_SHARED_NAMES,
      exclusions.paths,
      exclusions.hashes,
      COMPARABLE_LIMIT,
      comparison.fingerprint,
    ],
  };
}

/** Which archived documents one local document is to be compared with (ids); none when it counts nothing. */
export async function comparableDocuments(
  connection: ArchiveConnection,
  doc: DocumentAnalysis,
  exclusions: Exclusions,
  common: Set<string> = new Set(),
): Promise<string[]> {
  const query = comparableQuery(doc, exclusions, common);
  if (!query) return [];
  const found = await connection.client.query<{ id: string }>(query.text, query.values);
  return found.rows.map((row) => row.id);
}

/** The archived documents comparable with any of the local ones, rebuilt as analyses (their claims marked `archive`). */
export async function fetchComparable(
  connection: ArchiveConnection,
  local: DocumentAnalysis[],
  exclusions: Exclusions,
): Promise<ArchivedDocument[]> {
  try {
    const ids = new Set<string>();
    const common = await commonStoryKeys(connection);
    for (const doc of local)
      for (const id of await comparableDocuments(connection, doc, exclusions, common)) ids.add(id);
    return await loadDocuments(connection, [...ids]);
  } catch (error) {
    throw describeError(error, connection.shown);
  }
}

interface StoredAnalysis {
  meta: DocumentAnalysis['meta'];
  eventDates: DocumentAnalysis['eventDates'];
  names: DocumentAnalysis['names'];
  suppressions: NonNullable<DocumentAnalysis['suppressions']>;
  /** Absent from documents archived before not-comparable marks were kept. */
  notComparable?: DocumentAnalysis['notComparable'];
  keywords: string[];
}

export async function loadDocuments(connection: ArchiveConnection, ids: string[]): Promise<ArchivedDocument[]> {
  return [...(await loadDocumentsById(connection, ids)).values()];
}

/** The archived documents of these ids, by id, in path order. */
export async function loadDocumentsById(
  connection: ArchiveConnection,
  ids: string[],
): Promise<Map<string, ArchivedDocument>> {
  if (ids.length === 0) return new Map();
  const { client } = connection;
  const documents = await client.query<{ id: string; path: string; analysis: StoredAnalysis }>(
    `SELECT id, path, analysis FROM ${SCHEMA}.documents WHERE id = ANY($1::bigint[]) ORDER BY path`,
    [ids],
  );
  const claims = await client.query<{ document_id: string; claim: Claim }>(
    `SELECT document_id, claim FROM ${SCHEMA}.claims WHERE document_id = ANY($1::bigint[]) ORDER BY document_id, ordinal`,
    [ids],
  );
  const claimsOf = new Map<string, ArchivedClaim[]>();
  for (const row of claims.rows) {
    let list = claimsOf.get(row.document_id);
    if (!list) claimsOf.set(row.document_id, (list = []));
    list.push({ ...row.claim, archive: true });
  }
  return new Map(
    documents.rows.map((row) => [
      row.id,
      {
        file: row.path,
        meta: row.analysis.meta,
        claims: claimsOf.get(row.id) ?? [],
        attributions: [],
        eventDates: row.analysis.eventDates,
        names: row.analysis.names,
        suppressions: row.analysis.suppressions,
        ...(row.analysis.notComparable?.length ? { notComparable: row.analysis.notComparable } : {}),
        keywords: row.analysis.keywords,
      },
    ]),
  );
}
