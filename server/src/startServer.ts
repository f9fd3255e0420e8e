// Starts the Crosscheck language server on the connection the process was started with (--stdio, --node-ipc or
// --socket=N, as vscode-languageserver reads them from argv). Wiring only: which object handles which message. The
// lifecycle is features/lifecycle.ts, capabilities and settings features/configuration.ts, document sync
// features/documentSync.ts, every timer features/scheduler.ts, each request its own module (registered by
// features/requests.ts); the answers are the service's (service/), the disk and the indexer the host's (host/).
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ArchiveLink } from './host/archiveClient';
import { nodeFiles } from './host/nodeFiles';
import { guardedStdin } from './host/stdio';
import { TextAnalyzer } from './indexing/textAnalyzer';
import { AnalysisService } from './service/service';
import { StatusNotifier } from './features/customRequests';
import { DiagnosticsPublisher } from './features/diagnostics';
import { DocumentSync } from './features/documentSync';
import { onWatchedFilesChanged } from './features/fileWatching';
import { guardNotification, guardSync } from './features/handlers';
import { registerLifecycle } from './features/lifecycle';
import { registerRequests } from './features/requests';
import { Session } from './features/session';

export function startServer(): void {
  const connection = process.argv.includes('--stdio')
    ? createConnection(ProposedFeatures.all, guardedStdin(), process.stdout)
    : createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const session = new Session(connection, new AnalysisService(nodeFiles));
  const diagnostics = new DiagnosticsPublisher({
    service: session.service,
    scheduler: session.scheduler,
    publishes: (entry) => {
      const folder = session.model.folderOf(entry.key);
      return (
        session.settings.enable &&
        session.settingsOf(folder?.path).enable &&
        (entry.open || session.settings.workspaceDiagnostics)
      );
    },
    sendDiagnostics: (uri, list) => void connection.sendDiagnostics({ uri, diagnostics: list }),
    log: (message) => session.log(message),
  });
  const status = new StatusNotifier((method, params) => void connection.sendNotification(method, params));
  const archive = new ArchiveLink(session);
  const sync = new DocumentSync(
    session,
    connection,
    documents,
    diagnostics,
    new TextAnalyzer((message) => session.log(message)),
  );
  const settingsLoaded = registerLifecycle(connection, session, diagnostics, status, () => archive.close());

  // Opens and closes are gathered (see DELAYS.openCloseSpell); the edits of a document opened meanwhile wait for them.
  documents.onDidOpen(guardSync(session, 'didOpen', (event) => sync.noteOpenedOrClosed(event.document.uri)));
  documents.onDidChangeContent(guardSync(session, 'didChangeContent', (event) => sync.noteChanged(event.document)));
  documents.onDidClose(guardSync(session, 'didClose', (event) => sync.noteOpenedOrClosed(event.document.uri)));
  connection.onDidChangeWatchedFiles(
    guardNotification(session, 'didChangeWatchedFiles', (params) => onWatchedFilesChanged(session, params)),
  );
  registerRequests(connection, session, sync, settingsLoaded);

  documents.listen(connection);
  connection.listen();
}
