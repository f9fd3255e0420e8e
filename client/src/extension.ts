// The VS Code extension: starts the bundled Crosscheck language server and adds the status bar item,
// the Claims view, the figure timeline and the commands. It analyses nothing itself.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { loadArchivePassword, registerSetArchivePassword } from './archivePassword';
import { registerClaimsView } from './claimsView';
import { registerExportReport } from './commands/exportReport';
import { registerInsertCitation } from './commands/insertCitation';
import { registerOpenSeeds } from './commands/openSeeds';
import { registerReindex } from './commands/reindex';
import { registerRevealFirstFinding } from './commands/revealFirstFinding';
import { registerShowFindings } from './commands/showFindings';
import { registerShowTimeline } from './commands/showTimeline';
import { createLanguageClient } from './languageClient';
import type { FindingView, StatusParams } from './protocol';
import { CrosscheckSession } from './session';
import { registerStatusBar } from './statusBar';
import { registerTimelineSerializer, TimelinePanel } from './timeline/panel';
import { registerWalkthroughContext } from './walkthroughContext';

/** What `vscode.extensions.getExtension('crosscheck.crosscheck').exports` gives (used by the editor tests). */
export interface CrosscheckApi {
  /** Resolves once the language server has started (rejects if it could not). */
  readonly ready: Promise<void>;
  readonly client: LanguageClient;
  /** The last crosscheck/status notification. */
  status(): StatusParams | undefined;
  /** Every finding of the workspace, fetched now. */
  findings(): Promise<readonly FindingView[]>;
  /** The HTML of the figure timeline panel on screen, if any. */
  timelineHtml(): string | undefined;
}

let session: CrosscheckSession | undefined;

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  // The server's extra environment: the archive's password from the keychain, read before the server starts.
  const serverEnv: Record<string, string> = {};
  const client = createLanguageClient(context, output, serverEnv);
  session = new CrosscheckSession(client, output);
  context.subscriptions.push(
    output,
    session,
    registerStatusBar(session),
    registerClaimsView(context, session),
    registerReindex(session),
    registerShowFindings(session),
    registerExportReport(session),
    registerInsertCitation(),
    registerShowTimeline(session),
    registerRevealFirstFinding(session),
    registerOpenSeeds(),
    registerSetArchivePassword(context, serverEnv, () => session?.restart() ?? Promise.resolve()),
    registerWalkthroughContext(),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // The language client's document selector is fixed when it starts.
      if (!event.affectsConfiguration('crosscheck.enabledLanguages')) return;
      void vscode.window
        .showInformationMessage(
          'Crosscheck checks the languages of crosscheck.enabledLanguages after a window reload.',
          'Reload Window',
        )
        .then((choice) =>
          choice === 'Reload Window' ? vscode.commands.executeCommand('workbench.action.reloadWindow') : undefined,
        );
    }),
  );
  const current = session;
  const ready = loadArchivePassword(context.secrets, serverEnv)
    .catch((error: unknown) =>
      output.warn(`The archive password could not be read from the keychain: ${String(error)}`),
    )
    .then(() => client.start())
    .then(
      () => current.refresh().then(() => undefined),
      (error: unknown) => {
        output.error(`The language server did not start: ${String(error)}`);
        void vscode.window.showErrorMessage(
          `Crosscheck's language server did not start: ${error instanceof Error ? error.message : String(error)}`,
        );
        throw error;
      },
    );
  ready.catch(() => undefined);
  context.subscriptions.push(
    registerTimelineSerializer(async (id) => {
      await ready;
      return current.findingById(id);
    }),
  );
  return {
    ready,
    client,
    status: () => current.lastStatus,
    findings: () => current.refresh(),
    timelineHtml: () => TimelinePanel.active?.html,
  };
}

export async function deactivate(): Promise<void> {
  TimelinePanel.active?.dispose();
  await session?.client.stop();
  session = undefined;
}
