// The archive's schema, as numbered migrations: migration N takes the schema from version N-1 to N. Append only:
// never edit a migration an archive may already have applied. store.ts applies the missing ones in one transaction
// and records each in schema_version.

/** Everything of the archive lives in this PostgreSQL schema, apart from whatever else the database holds. */
export const SCHEMA = 'crosscheck';
/** The product schema_version names, so that a schema of the same name made by another program is refused. */
export const PRODUCT = 'crosscheck-archive';

export const MIGRATIONS: readonly string[] = [
  // 1: documents, their claims keyed by what is counted (the engine's bucket key), and the story names; each document's
  // story keys (storyKeys in query.ts: what it counts × the names of its story) under a GIN index, the archive query's.
  `CREATE SCHEMA IF NOT EXISTS ${SCHEMA};
   CREATE TABLE ${SCHEMA}.schema_version (
     product text NOT NULL,
     version integer NOT NULL,
     applied_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (product, version)
   );
   CREATE TABLE ${SCHEMA}.documents (
     id bigserial PRIMARY KEY,
     path text NOT NULL UNIQUE,
     url text,
     outlet text,
     published text,
     title text,
     content_hash text NOT NULL,
     analyser text NOT NULL,
     fingerprint text[] NOT NULL,
     story_keys text[] NOT NULL,
     claim_count integer NOT NULL,
     analysis jsonb NOT NULL,
     indexed_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE ${SCHEMA}.claims (
     document_id bigint NOT NULL REFERENCES ${SCHEMA}.documents (id) ON DELETE CASCADE,
     ordinal integer NOT NULL,
     counted text,
     figure text NOT NULL,
     low double precision,
     high double precision,
     source text,
     cue text,
     frame jsonb,
     claim jsonb NOT NULL,
     PRIMARY KEY (document_id, ordinal)
   );
   CREATE INDEX claims_counted ON ${SCHEMA}.claims (counted, document_id) WHERE counted IS NOT NULL;
   CREATE INDEX documents_story_keys ON ${SCHEMA}.documents USING gin (story_keys);`,
];
