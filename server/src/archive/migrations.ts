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
  // 2: the story keys as a table of postings under a B-tree (key, document), with integer ids for the keys: the archive
  // query probes it by index for certain, where the planner could take a sequential scan of documents for the GIN
  // index's overlap test (its cost with a draft's 50 keys is underestimated), and it reads postings only. Filled from
  // documents.story_keys, which stays (PostgreSQL's statistics of it tell the common keys); the GIN index goes.
  `CREATE TABLE ${SCHEMA}.story_keys (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     key text NOT NULL UNIQUE
   );
   CREATE TABLE ${SCHEMA}.story_postings (
     key_id integer NOT NULL REFERENCES ${SCHEMA}.story_keys (id),
     document_id bigint NOT NULL REFERENCES ${SCHEMA}.documents (id) ON DELETE CASCADE,
     PRIMARY KEY (key_id, document_id)
   );
   INSERT INTO ${SCHEMA}.story_keys (key) SELECT DISTINCT unnest(story_keys) FROM ${SCHEMA}.documents ORDER BY 1;
   INSERT INTO ${SCHEMA}.story_postings (key_id, document_id)
     SELECT DISTINCT k.id, d.id FROM ${SCHEMA}.documents d CROSS JOIN LATERAL unnest(d.story_keys) AS s(key) JOIN ${SCHEMA}.story_keys k ON k.key = s.key;
   CREATE INDEX story_postings_document ON ${SCHEMA}.story_postings (document_id);
   DROP INDEX ${SCHEMA}.documents_story_keys;`,
  // 3: what the archive query reads of each candidate in a narrow table of its own, the story names as sorted integer
  // ids (story_names), counted against the draft's by intarray's C intersection (shared_names) instead of an unnest
  // and an aggregate per candidate; the publication date beside them, so that the query never reads the wide
  // documents rows; the documents' content hashes indexed (the query leaves out copies of the local files
  // before it ranks the candidates). intarray is a trusted extension (the database's owner, the writer, may create it); it
  // goes into this schema unless the database has it already, and shared_names is bound to it when created (a
  // SQL-standard body), whatever the search_path of those who call it.
  `CREATE EXTENSION IF NOT EXISTS intarray WITH SCHEMA ${SCHEMA};
   DO $$ BEGIN
     PERFORM pg_catalog.set_config('search_path',
       (SELECT pg_catalog.quote_ident(n.nspname) FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'intarray') || ', pg_catalog', true);
   END $$;
   CREATE FUNCTION ${SCHEMA}.shared_names(a integer[], b integer[]) RETURNS integer
     LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
     BEGIN ATOMIC SELECT icount(a & b); END;
   RESET search_path;
   CREATE TABLE ${SCHEMA}.story_names (
     id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     name text NOT NULL UNIQUE
   );
   CREATE TABLE ${SCHEMA}.document_names (
     document_id bigint PRIMARY KEY REFERENCES ${SCHEMA}.documents (id) ON DELETE CASCADE,
     names integer[] NOT NULL,
     published text
   );
   INSERT INTO ${SCHEMA}.story_names (name) SELECT DISTINCT unnest(fingerprint) FROM ${SCHEMA}.documents ORDER BY 1;
   INSERT INTO ${SCHEMA}.document_names (document_id, names, published)
     SELECT d.id, ARRAY(SELECT DISTINCT n.id FROM unnest(d.fingerprint) AS f(name) JOIN ${SCHEMA}.story_names n ON n.name = f.name ORDER BY 1),
            d.published
     FROM ${SCHEMA}.documents d;
   CREATE INDEX documents_content_hash ON ${SCHEMA}.documents (content_hash);`,
];
