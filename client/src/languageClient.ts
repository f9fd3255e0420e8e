// Starting the bundled language server over IPC, with the settings and file events it needs, and
// restarting it when it crashes (telling the user once).
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { documentSelectorFor, enabledLanguageIds } from './documentSelector';
import { RestartPolicy } from './restartPolicy';

/** What the server receives in `initialize`'s `initializationOptions`. */
export interface CrosscheckInitializationOptions {
  /** A folder the server may write its persisted index into. */
  storagePath: string;
  /** The `crosscheck.*` settings at start (the server may also pull them with workspace/configuration). */
  settings: unknown;
  /** Commands of this extension the server may put in code lenses (a lens runs crosscheck.showTimeline). */
  commands: string[];
}

export function storagePath(context: vscode.ExtensionContext): string {
  return context.storageUri?.fsPath ?? context.globalStorageUri.fsPath;
}

/**
 * `env`: what the server's environment gains (the archive's password, archivePassword.ts), read each time the
 * server starts: change it, then restart.
 */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  env: Record<string, string> = {},
): LanguageClient {
  // The same bundle as the `crosscheck` command (`crosscheck lsp --node-ipc`), so that the .vsix and the npm
  // package ship one server.
  const module = context.asAbsolutePath('dist/cli.js');
  const args = ['lsp'];
  const serverOptions: ServerOptions = {
    run: { module, args, transport: TransportKind.ipc, options: { env } },
    debug: {
      module,
      args,
      transport: TransportKind.ipc,
      options: { env, execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const restarts = new RestartPolicy();
  const initializationOptions: CrosscheckInitializationOptions = {
    storagePath: storagePath(context),
    settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('crosscheck'))),
    commands: ['crosscheck.showTimeline'],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelectorFor(
      enabledLanguageIds(vscode.workspace.getConfiguration('crosscheck').get('enabledLanguages')),
    ),
    initializationOptions,
    // No static `fileEvents` watchers: the server registers its own (workspace/didChangeWatchedFiles, dynamically,
    // which vscode-languageclient always supports); both at once delivered every file event twice.
    synchronize: { configurationSection: 'crosscheck' },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: {
      error: (_error, _message, count) => ({
        action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
        handled: true,
      }),
      closed: () => {
        const decision = restarts.onClose();
        if (decision.notify === 'restarted') {
          output.warn('The language server stopped unexpectedly; restarting it.');
          void showWithOutput(
            vscode.window.showWarningMessage,
            "Crosscheck's language server stopped unexpectedly and was restarted. Details are in the Crosscheck output.",
            output,
          );
        } else if (decision.notify === 'gave-up') {
          output.error(
            'The language server crashed too often; it will not be restarted until "Crosscheck: Re-index" or a window reload.',
          );
          void showWithOutput(
            vscode.window.showErrorMessage,
            'Crosscheck\'s language server crashed 5 times in 3 minutes and was not restarted again. Run "Crosscheck: Re-index" to start it.',
            output,
          );
        } else if (decision.restart) {
          output.warn('The language server stopped again; restarting it.');
        }
        return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  return new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
}

async function showWithOutput(
  show: (message: string, ...items: string[]) => Thenable<string | undefined>,
  message: string,
  output: vscode.LogOutputChannel,
): Promise<void> {
  if ((await show(message, 'Show Output')) === 'Show Output') output.show(true);
}
