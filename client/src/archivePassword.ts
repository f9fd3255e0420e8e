// The archive's password from the OS keychain: "Crosscheck: Set archive password" keeps it in VS Code's SecretStorage
// (the system keychain, never the settings), and the language server receives it in its environment (PGPASSWORD)
// when it starts, where the archive's connection reads it as libpq would (server/src/archive/store.ts).
import * as vscode from 'vscode';

/** The SecretStorage key of the password. */
export const ARCHIVE_PASSWORD_SECRET = 'crosscheck.archivePassword';

/**
 * What the server's environment gains from the stored password: PGPASSWORD when there is one, nothing otherwise
 * (a PGPASSWORD of VS Code's own environment, or the password file, then stand).
 */
export function archiveEnvironment(password: string | undefined): Record<string, string> {
  return password ? { PGPASSWORD: password } : {};
}

/**
 * Puts the stored password into `env` (the server process's extra environment, which the language client reads each
 * time it starts the server).
 */
export async function loadArchivePassword(secrets: vscode.SecretStorage, env: Record<string, string>): Promise<void> {
  const password = await secrets.get(ARCHIVE_PASSWORD_SECRET);
  for (const key of Object.keys(env)) delete env[key];
  Object.assign(env, archiveEnvironment(password));
}

/** crosscheck.setArchivePassword: asks for the password, stores it (empty: forgets it) and restarts the server with it. */
export function registerSetArchivePassword(
  context: vscode.ExtensionContext,
  env: Record<string, string>,
  restartServer: () => Promise<void>,
): vscode.Disposable {
  return vscode.commands.registerCommand('crosscheck.setArchivePassword', async () => {
    const password = await vscode.window.showInputBox({
      title: 'Crosscheck: archive password',
      prompt:
        "The password of the role in crosscheck.archive, kept in the system keychain (VS Code's secret storage), never in settings. Leave empty to forget it.",
      password: true,
      ignoreFocusOut: true,
    });
    if (password === undefined) return;
    if (password) await context.secrets.store(ARCHIVE_PASSWORD_SECRET, password);
    else await context.secrets.delete(ARCHIVE_PASSWORD_SECRET);
    await loadArchivePassword(context.secrets, env);
    await restartServer();
    void vscode.window.showInformationMessage(
      password
        ? 'Crosscheck: the archive password is stored in the system keychain; the language server was restarted with it.'
        : 'Crosscheck: the archive password was forgotten; the language server was restarted without it.',
    );
  });
}
