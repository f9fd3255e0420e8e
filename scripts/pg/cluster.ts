// A throw-away PostgreSQL cluster for the archive's tests and bench: finds PostgreSQL 15 (PG_BIN, else
// /usr/lib/postgresql/15/bin, else pg_config --bindir), installs Debian's package when it is missing and we are
// root (as CI is), initdb's a cluster in a temporary folder (password authentication on TCP), starts it on a
// free loopback port and stops it (and removes the folder) afterwards. As root, the server runs as `postgres`.
//
//   tsx scripts/pg/cluster.ts start   prints the connection string and the folder, leaves the server running
//   tsx scripts/pg/cluster.ts stop DIR
import { execFileSync, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const DEBIAN_BIN = '/usr/lib/postgresql/15/bin';
export const SUPERUSER = 'crosscheck_admin';

export interface Cluster {
  dir: string;
  port: number;
  /** The superuser's password (also in the connection strings). */
  password: string;
  /** True when a kept cluster was started again (ClusterOptions.keep), with whatever it held. */
  reused: boolean;
  /** postgres://crosscheck_admin:…@127.0.0.1:port/db */
  url(database?: string, user?: string, password?: string): string;
  /** Runs SQL as the superuser through psql; returns its output (tuples only, unaligned). */
  psql(sql: string, database?: string): string;
  stop(): void;
}

function findBin(): string | null {
  const candidates = [process.env.PG_BIN, DEBIAN_BIN];
  for (const dir of candidates) if (dir && fs.existsSync(path.join(dir, 'initdb'))) return dir;
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = config.status === 0 ? config.stdout.trim() : '';
  return dir && fs.existsSync(path.join(dir, 'initdb')) ? dir : null;
}

/** The folder of initdb, pg_ctl and psql; installs Debian's postgresql package when none is found and we are root. */
export function postgresBin(): string {
  const found = findBin();
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error('PostgreSQL is not installed (set PG_BIN, or run as root to apt-get install postgresql)');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', 'postgresql'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findBin();
  if (!installed) throw new Error('apt-get installed postgresql but no initdb was found');
  return installed;
}

/** A TCP port nobody listens on at the moment. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = (): boolean => process.getuid?.() === 0;

/** Runs a PostgreSQL program, as `postgres` when we are root (the server refuses to run as root). */
function run(bin: string, program: string, args: string[], options: { input?: string } = {}): string {
  const command = asRoot() ? 'runuser' : path.join(bin, program);
  const argv = asRoot() ? ['-u', 'postgres', '--', path.join(bin, program), ...args] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8', input: options.input, cwd: os.tmpdir() });
  if (result.status !== 0)
    throw new Error(`${program} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

export interface ClusterOptions {
  /** Server settings, e.g. { shared_buffers: '256MB' }. */
  settings?: Record<string, string>;
  /**
   * A folder to keep the cluster in (the bench's `--keep`): a cluster already there is started again as it is (no
   * initdb), and stop() leaves the folder. Without it, a new temporary folder, removed by stop().
   */
  keep?: string;
}

/** Where a kept cluster holds its superuser's password (readable by its owner only). */
const KEPT_PASSWORD = 'superuser-password';

/** initdb with the superuser's password; password authentication on TCP, trust on the folder's socket. */
function initCluster(bin: string, data: string, dir: string, password: string): void {
  const passwordFile = path.join(dir, 'password');
  fs.writeFileSync(passwordFile, `${password}\n`);
  if (asRoot()) execFileSync('chown', ['postgres:', passwordFile]);
  run(bin, 'initdb', [
    '-D',
    data,
    '-U',
    SUPERUSER,
    '--pwfile',
    passwordFile,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  fs.rmSync(passwordFile);
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const bin = postgresBin();
  const kept = options.keep ? path.resolve(options.keep) : null;
  const reused = kept !== null && fs.existsSync(path.join(kept, 'data', 'PG_VERSION'));
  if (kept) fs.mkdirSync(kept, { recursive: true });
  const dir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pg-'));
  if (asRoot()) execFileSync('chown', ['postgres:', dir]);
  const data = path.join(dir, 'data');
  const password = reused
    ? fs.readFileSync(path.join(dir, KEPT_PASSWORD), 'utf8').trim()
    : crypto.randomBytes(12).toString('hex');
  if (kept && !reused) fs.writeFileSync(path.join(dir, KEPT_PASSWORD), `${password}\n`, { mode: 0o600 });
  if (!reused) initCluster(bin, data, dir, password);
  const port = await freePort();
  const settings = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: dir,
    fsync: 'off',
    ...options.settings,
  };
  const serverOptions = Object.entries(settings)
    .map(([key, value]) => `-c ${key}=${value}`)
    .join(' ');
  run(bin, 'pg_ctl', ['-D', data, '-o', serverOptions, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const cluster: Cluster = {
    dir,
    port,
    password,
    reused,
    url: (database = 'postgres', user = SUPERUSER, pass = password) =>
      `postgres://${encodeURIComponent(user)}:${encodeURIComponent(pass)}@127.0.0.1:${port}/${database}`,
    psql: (sql, database = 'postgres') =>
      run(
        bin,
        'psql',
        [
          '-X',
          '-q',
          '-t',
          '-A',
          '-v',
          'ON_ERROR_STOP=1',
          '-h',
          dir,
          '-p',
          String(port),
          '-U',
          SUPERUSER,
          '-d',
          database,
        ],
        { input: sql },
      ),
    stop: () => stopCluster(dir, { keep: kept !== null }),
  };
  return cluster;
}

/** Stops the cluster in `dir` and removes the folder, unless `keep` (then a clean shutdown: it starts again as it was). */
export function stopCluster(dir: string, options: { keep?: boolean } = {}): void {
  const bin = postgresBin();
  try {
    run(bin, 'pg_ctl', ['-D', path.join(dir, 'data'), '-m', options.keep ? 'fast' : 'immediate', '-w', 'stop']);
  } finally {
    if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    startCluster().then((cluster) => {
      process.stdout.write(`${cluster.url()}\n${cluster.dir}\n`);
    });
  } else if (command === 'stop' && dir) {
    stopCluster(dir);
  } else {
    process.stderr.write('usage: tsx scripts/pg/cluster.ts start | stop DIR\n');
    process.exitCode = 2;
  }
}
