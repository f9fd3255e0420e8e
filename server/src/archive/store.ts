// The shared archive on PostgreSQL: the connection (a postgres:// string; the password from the string, PGPASSWORD
// or ~/.pgpass as libpq finds it, never printed), the versioned schema it migrates itself, and the errors a person
// can act on (one line, exit status 2). Every query is parameterised.
import * as os from 'node:os';
import { Client, type ClientConfig } from 'pg';
import { MIGRATIONS, PRODUCT, SCHEMA } from './migrations';
import { passwordFor, type PasswordTarget } from './pgpass';

/** A problem with the archive a person can fix (unreachable, refused, wrong schema, no right to write): one line, exit 2. */
export class ArchiveError extends Error {}

/** The NOTIFY channel a committed batch is announced on. */
export const ARCHIVE_CHANNEL = 'crosscheck_archive';

export interface ArchiveConnection {
  client: Client;
  /** The connection string without its password, for messages. */
  shown: string;
  /**
   * Asks PostgreSQL to cancel the query running on this connection, if any (a cancel request on a connection of its
   * own, as libpq's PQcancel): it ends there, and its promise rejects with SQLSTATE 57014 (QUERY_CANCELED).
   */
  cancel(): void;
  close(): Promise<void>;
}

/** SQLSTATE of a query cancelled by a cancel request or by statement_timeout. */
export const QUERY_CANCELED = '57014';

/** A postgres:// connection string without its password: what messages name. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    for (const key of [...parsed.searchParams.keys()]) if (/pass/i.test(key)) parsed.searchParams.delete(key);
    return parsed.toString();
  } catch {
    return 'the archive (unreadable connection string)';
  }
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ArchiveError(
      `--store takes a connection string such as postgres://user@host:5432/archive (got ${JSON.stringify(shownUrl(url))})`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ArchiveError(`--store takes a postgres:// connection string (got ${parsed.protocol}//…)`);
  }
  return url;
}

interface PgError extends Error {
  code?: string;
  errno?: number;
  address?: string;
  port?: number;
}

/** What went wrong, in one line that names the archive and never its password. */
export function describeError(error: unknown, shown: string): ArchiveError {
  if (error instanceof ArchiveError) return error;
  const e = error as PgError;
  const message = String(e?.message ?? error);
  switch (e?.code) {
    case 'ECONNREFUSED':
      return new ArchiveError(
        `cannot connect to the archive at ${shown}: connection refused (is PostgreSQL running there?)`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ArchiveError(`cannot connect to the archive at ${shown}: unknown host`);
    case 'ETIMEDOUT':
      return new ArchiveError(`cannot connect to the archive at ${shown}: timed out`);
    case 'ECONNRESET':
      return new ArchiveError(`the connection to the archive at ${shown} was cut`);
    case '28P01':
    case '28000':
      return new ArchiveError(
        `cannot connect to the archive at ${shown}: ${message} (the password comes from the connection string, PGPASSWORD or ~/.pgpass)`,
      );
    case '3D000':
      return new ArchiveError(`cannot connect to the archive at ${shown}: ${message}`);
    case '42501':
      return new ArchiveError(
        `the archive at ${shown} refused: ${message} (this role may only read: indexing needs the writer role, see docs/archive.md)`,
      );
    case '57P01':
    case '57P03':
      return new ArchiveError(`the archive at ${shown} is shutting down or starting up: ${message}`);
  }
  if (/client password must be/i.test(message)) {
    return new ArchiveError(
      `cannot connect to the archive at ${shown}: no password (give it in PGPASSWORD or ~/.pgpass)`,
    );
  }
  if (/Connection terminated|timeout/i.test(message))
    return new ArchiveError(`cannot connect to the archive at ${shown}: ${message}`);
  if (e?.code && /^[0-9A-Z]{5}$/.test(e.code)) return new ArchiveError(`the archive at ${shown} answered: ${message}`);
  throw error;
}

export interface ConnectOptions {
  /** Shown in pg_stat_activity, e.g. "crosscheck index". */
  applicationName: string;
  /** How long to wait for the connection (default 15 s). */
  connectionTimeoutMillis?: number;
  /** A query with no answer after this long fails, and PostgreSQL stops it (statement_timeout) (default: none). */
  queryTimeoutMillis?: number;
}

export async function connect(url: string, options: ConnectOptions): Promise<ArchiveConnection> {
  const shown = shownUrl(url);
  const parsed = new URL(checkedUrl(url));
  if (!parsed.password) {
    // libpq's order: PGPASSWORD, then the password file (pg's own reading of it is deprecated). The password found
    // goes into the string handed to pg, never into a message (they name shownUrl).
    const user = decodeURIComponent(parsed.username) || process.env.PGUSER || os.userInfo().username;
    const target: PasswordTarget = {
      host: decodeURIComponent(parsed.hostname) || process.env.PGHOST || 'localhost',
      port: parsed.port || process.env.PGPORT || '5432',
      database: decodeURIComponent(parsed.pathname.slice(1)) || process.env.PGDATABASE || user,
      user,
    };
    const password = passwordFor(target);
    if (password !== undefined) parsed.password = encodeURIComponent(password);
  }
  const config: ClientConfig = {
    connectionString: parsed.toString(),
    application_name: options.applicationName,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 15_000,
    ...(options.queryTimeoutMillis
      ? { query_timeout: options.queryTimeoutMillis, statement_timeout: options.queryTimeoutMillis }
      : {}),
  };
  const client = new Client(config);
  // An error after the connection is up (the server going away between queries) rejects the query running; this
  // keeps it from also being thrown as an uncaught 'error' event.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw describeError(error, shown);
  }
  return {
    client,
    shown,
    cancel: () => cancelRunning(config, client),
    close: () => client.end().catch(() => undefined),
  };
}

/** What pg keeps of the query being run, and its cancel request (not in its type declarations). */
interface Cancelling {
  activeQuery?: unknown;
  cancel(client: Client, query: unknown): void;
  connection: { on(event: 'error', listener: () => void): void };
}

function cancelRunning(config: ClientConfig, client: Client): void {
  const running = (client as unknown as Cancelling).activeQuery;
  if (!running) return;
  // pg sends the cancel request (the backend's key) on a new connection of a client that is never started.
  const canceller = new Client(config) as unknown as Cancelling;
  canceller.connection.on('error', () => undefined);
  canceller.cancel(client, running);
}

/** The schema's version: 0 when there is no archive yet; refuses a foreign or newer schema. */
export async function schemaVersion(connection: ArchiveConnection): Promise<number> {
  const { client, shown } = connection;
  const found = await client.query<{ schema: string | null; versions: string | null; tables: string }>(
    `SELECT to_regnamespace($1)::text AS schema, to_regclass($2)::text AS versions,
            (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = $1)::text AS tables`,
    [SCHEMA, `${SCHEMA}.schema_version`],
  );
  const { schema, versions, tables } = found.rows[0];
  if (schema === null) return 0;
  if (versions === null) {
    if (tables === '0') return 0;
    throw new ArchiveError(
      `the schema "${SCHEMA}" at ${shown} holds tables but no schema_version: it is not a Crosscheck archive (refusing to touch it)`,
    );
  }
  const rows = await client.query<{ product: string; version: number }>(
    `SELECT product, max(version) AS version FROM ${SCHEMA}.schema_version GROUP BY product`,
  );
  const ours = rows.rows.find((row) => row.product === PRODUCT);
  if (!ours || rows.rows.length > 1) {
    const products = rows.rows.map((row) => row.product).join(', ') || 'none';
    throw new ArchiveError(
      `the schema "${SCHEMA}" at ${shown} belongs to another program (schema_version names ${products}): it is not a Crosscheck archive`,
    );
  }
  if (ours.version > MIGRATIONS.length) {
    throw new ArchiveError(
      `the archive at ${shown} has schema version ${ours.version}, newer than this Crosscheck knows (${MIGRATIONS.length}): upgrade Crosscheck`,
    );
  }
  return ours.version;
}

/** Applies the migrations the archive lacks, in one transaction under an advisory lock (two writers never race). */
export async function migrate(connection: ArchiveConnection): Promise<{ from: number; to: number }> {
  const { client, shown } = connection;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${SCHEMA}.migrate`]);
    const from = await schemaVersion(connection);
    for (let version = from + 1; version <= MIGRATIONS.length; version++) {
      await client.query(MIGRATIONS[version - 1]);
      await client.query(`INSERT INTO ${SCHEMA}.schema_version (product, version) VALUES ($1, $2)`, [PRODUCT, version]);
    }
    await client.query('COMMIT');
    return { from, to: MIGRATIONS.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw describeError(error, shown);
  }
}

/** For readers (check): the archive must exist at this Crosscheck's schema version; a reader never migrates. */
export async function requireCurrentSchema(connection: ArchiveConnection): Promise<void> {
  let version: number;
  try {
    version = await schemaVersion(connection);
  } catch (error) {
    throw describeError(error, connection.shown);
  }
  if (version === 0)
    throw new ArchiveError(
      `there is no Crosscheck archive at ${connection.shown} yet: fill it with crosscheck index --store … PATH`,
    );
  if (version < MIGRATIONS.length) {
    throw new ArchiveError(
      `the archive at ${connection.shown} has schema version ${version}, older than this Crosscheck's (${MIGRATIONS.length}): run crosscheck index --store … with the writer role to migrate it`,
    );
  }
}

/** For writers (index): refuses, before any file is read, a role that may only read the archive. */
export async function requireWriter(connection: ArchiveConnection): Promise<void> {
  const { client, shown } = connection;
  let allowed: boolean;
  try {
    const rights = await client.query<{ allowed: boolean }>(
      // has_table_privilege with a list is true when ANY of them is held: each right is asked for on its own.
      `SELECT has_table_privilege($1, 'INSERT') AND has_table_privilege($1, 'UPDATE') AND has_table_privilege($1, 'DELETE')
          AND has_table_privilege($2, 'INSERT') AND has_table_privilege($2, 'DELETE') AS allowed`,
      [`${SCHEMA}.documents`, `${SCHEMA}.claims`],
    );
    allowed = rights.rows[0].allowed;
  } catch (error) {
    throw describeError(error, shown);
  }
  if (!allowed)
    throw new ArchiveError(
      `the role at ${shown} may only read the archive: indexing needs the writer role (see docs/archive.md)`,
    );
}
