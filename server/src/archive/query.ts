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
  return storyKeyParts(keys).map((part) => part.key);
}

/** The story keys with what each counts (the query bounds the names a candidate shares through them). */
export function storyKeyParts(keys: ComparisonKeys): { key: string; counted: string; name: string }[] {
  const counted = [...new Set(keys.counted.values())].sort();
  return counted.flatMap((key) => keys.fingerprint.map((name) => ({ key: `${key}|${name}`, counted: key, name })));
}

/**
 * The ids of the archived documents comparable with one local document: they share a story key with it (the postings'
 * B-tree: a counted key and a name), and at least STORY_MIN_SHARED_NAMES names of their story; of those, the
 * COMPARABLE_LIMIT sharing the most names (then the latest). Schema 3.
 *
 * The names a candidate shares are counted exactly on its narrow document_names row (sorted name ids intersected in
 * C by shared_names), never on the wide documents rows, and only for the candidates that can make the answer. A
 * document holds each of its counted keys paired with each of its names, so for a counted key c it shares with the
 * local document, its postings under c (`r`, one per shared name of a probed key) plus the local names whose key
 * with c is too common to probe (`u`, $8) bound what it shares: at least the largest `r`, at most the smallest
 * `r + u`. With T the COMPARABLE_LIMIT-th largest lower bound, at least that many candidates share T names or more,
 * so one whose upper bound is below T (or below STORY_MIN_SHARED_NAMES) cannot be in the answer, and is never
 * looked up.
 *
 * $1 the probed story keys, $7 what each counts and $8 its `u`; $2 STORY_MIN_SHARED_NAMES; $3 paths and $4 content
 * hashes left out; $5 the limit; $6 the local names.
 */
export const COMPARABLE_DOCUMENTS = `
  WITH excluded AS MATERIALIZED (
    SELECT d.id FROM ${SCHEMA}.documents d WHERE d.path = ANY($3::text[]) OR d.content_hash = ANY($4::text[])
  ),
  probe AS MATERIALIZED (
    SELECT g.id, max(g.r) AS low, min(g.r + g.u) AS high
    FROM (
      SELECT p.document_id AS id, q.counted, count(*) AS r, min(q.u) AS u
      FROM unnest($1::text[], $7::text[], $8::int[]) AS q(key, counted, u)
        JOIN ${SCHEMA}.story_keys k ON k.key = q.key
        JOIN ${SCHEMA}.story_postings p ON p.key_id = k.id
      WHERE p.document_id NOT IN (SELECT id FROM excluded)
      GROUP BY p.document_id, q.counted
    ) g
    GROUP BY g.id
  ),
  bound AS MATERIALIZED (
    SELECT greatest($2::int, coalesce((SELECT low FROM probe ORDER BY low DESC OFFSET $5::int - 1 LIMIT 1), 0)) AS low
  ),
  local AS MATERIALIZED (
    SELECT coalesce(array_agg(id ORDER BY id), '{}') AS names FROM ${SCHEMA}.story_names WHERE name = ANY($6::text[])
  ),
  scored AS MATERIALIZED (
    SELECT n.document_id AS id, ${SCHEMA}.shared_names(n.names, local.names) AS shared, n.published
    FROM probe JOIN bound ON probe.high >= bound.low
      JOIN ${SCHEMA}.document_names n ON n.document_id = probe.id, local
  )
  SELECT s.id
  FROM scored s
  WHERE s.shared >= $2
  ORDER BY s.shared DESC, s.published DESC NULLS LAST, s.id
  LIMIT $5`;

/**
 * The story keys more than MAX_POSTING archived documents hold, from PostgreSQL's statistics of the column (kept by
 * ANALYZE, as autovacuum runs it): as the engine lets no name that common propose a pair of documents, they are
 * left out of the index probe (they still count among the shared names). Empty before the first ANALYZE.
 */
export async function commonStoryKeys(connection: ArchiveConnection): Promise<Set<string>> {
  // Filtered where the statistics are: only the common keys travel (the statistics hold up to ten times the
  // statistics target of keys; their frequencies end with three more figures, paired with no key).
  const stats = await connection.client.query<{ key: string }>(
    `SELECT e.key
     FROM pg_catalog.pg_stats s JOIN pg_catalog.pg_class c ON c.oid = to_regclass($1),
       unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(key, frequency)
     WHERE s.schemaname = $2 AND s.tablename = 'documents' AND s.attname = 'story_keys'
       AND e.key IS NOT NULL AND e.frequency * c.reltuples > $3`,
    [`${SCHEMA}.documents`, SCHEMA, MAX_POSTING],
  );
  return new Set(stats.rows.map((row) => row.key));
}

/** The archive query for one local document (COMPARABLE_DOCUMENTS and its parameters); null when it counts nothing to ask about. */
export function comparableQuery(
  doc: DocumentAnalysis,
  exclusions: Exclusions,
  common: Set<string> = new Set(),
): { text: string; values: unknown[] } | null {
  const comparison = comparisonKeys(doc);
  const parts = storyKeyParts(comparison);
  const probed = parts.filter((part) => !common.has(part.key));
  if (comparison.fingerprint.length < STORY_MIN_SHARED_NAMES || probed.length === 0) return null;
  const tooCommon = new Map<string, number>();
  for (const part of parts)
    if (common.has(part.key)) tooCommon.set(part.counted, (tooCommon.get(part.counted) ?? 0) + 1);
  return {
    text: COMPARABLE_DOCUMENTS,
    values: [
      probed.map((part) => part.key),
      STORY_MIN_SHARED_NAMES,
      exclusions.paths,
      exclusions.hashes,
      COMPARABLE_LIMIT,
      comparison.fingerprint,
      probed.map((part) => part.counted),
      probed.map((part) => tooCommon.get(part.counted) ?? 0),
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
  // One round trip: each document with its claims in order (bench: 15% less time than two queries at 100,000).
  const documents = await connection.client.query<{
    id: string;
    path: string;
    analysis: StoredAnalysis;
    claims: Claim[] | null;
  }>(
    `SELECT d.id, d.path, d.analysis,
            (SELECT json_agg(c.claim ORDER BY c.ordinal) FROM ${SCHEMA}.claims c WHERE c.document_id = d.id) AS claims
     FROM ${SCHEMA}.documents d WHERE d.id = ANY($1::bigint[]) ORDER BY d.path`,
    [ids],
  );
  return new Map(
    documents.rows.map((row) => [
      row.id,
      {
        file: row.path,
        meta: row.analysis.meta,
        claims: (row.claims ?? []).map((claim): ArchivedClaim => ({ ...claim, archive: true })),
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
