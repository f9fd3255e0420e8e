// The archive's password from the OS keychain, for the language server (after PGPASSWORD and ~/.pgpass): on Linux
// the Secret Service through `secret-tool` (libsecret), on macOS the login keychain through `security`. Stored as:
//
//   secret-tool store --label='Crosscheck archive' service crosscheck-archive host HOST port PORT user USER
//   security add-generic-password -s crosscheck-archive -a USER@HOST:PORT -w
//
// A keychain that is missing, locked or slow gives no password (the server then says the archive wants one).
import { spawnSync } from 'node:child_process';
import type { PasswordTarget } from '../archive/pgpass';

export const KEYCHAIN_SERVICE = 'crosscheck-archive';

export function passwordFromKeychain(target: PasswordTarget, platform: NodeJS.Platform = process.platform): string | undefined {
  const command =
    platform === 'darwin'
      ? ['security', ['find-generic-password', '-s', KEYCHAIN_SERVICE, '-a', `${target.user}@${target.host}:${target.port}`, '-w']]
      : platform === 'linux'
        ? ['secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'host', target.host, 'port', target.port, 'user', target.user]]
        : null;
  if (!command) return undefined;
  const [file, args] = command as [string, string[]];
  const result = spawnSync(file, args, { encoding: 'utf8', timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] });
  if (result.status !== 0 || typeof result.stdout !== 'string') return undefined;
  const password = result.stdout.replace(/\r?\n$/, '');
  return password === '' ? undefined : password;
}
