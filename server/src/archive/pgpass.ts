// The password of a connection string that gives none, found as libpq finds it: PGPASSWORD, else the first
// matching line of the password file (PGPASSFILE, else ~/.pgpass; `hostname:port:database:username:password`, `*`
// matching anything, `\:` and `\\` escaped), which libpq ignores unless only its owner can read it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PasswordTarget {
  host: string;
  port: string;
  database: string;
  user: string;
}

function fields(line: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) current += line[++i];
    else if (c === ':' && out.length < 4) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

export function passwordFromFile(target: PasswordTarget, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env.PGPASSFILE || path.join(os.homedir(), '.pgpass');
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || (process.platform !== 'win32' && (stat.mode & 0o077) !== 0)) return undefined;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const wanted = [target.host, target.port, target.database, target.user];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const parts = fields(line);
    if (parts.length < 5) continue;
    if (wanted.every((value, i) => parts[i] === '*' || parts[i] === value)) return parts[4];
  }
  return undefined;
}

export function passwordFor(target: PasswordTarget, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.PGPASSWORD ?? passwordFromFile(target, env);
}
