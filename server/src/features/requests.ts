// Registers every request: each is wrapped (guard: cancellation and exceptions become error responses), waits
// for the first settings, applies pending edits, then asks one small module (hover.ts, codeActions.ts, ...).
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InlayHintRequest,
  ReferencesRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver/node';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { Methods } from '../protocol';
import type { FindingsParams, ReportParams } from '../protocol';
import { indexWorkspace } from '../host/indexing';
import type { Session } from './session';
import { provideCodeActions } from './codeActions';
import { provideCodeLenses } from './codeLens';
import type { DocumentSync } from './documentSync';
import { provideDocumentSymbols } from './documentSymbols';
import { guard, requireObject, requireTextDocument } from './handlers';
import { provideHover } from './hover';
import { provideInlayHints } from './inlayHints';
import { provideReferences } from './references';
import { provideSemanticTokens } from './semanticTokens';
import { provideWorkspaceSymbols } from './workspaceSymbols';

export function registerRequests(
  connection: Connection,
  session: Session,
  sync: DocumentSync,
  settingsLoaded: () => Promise<unknown>,
): void {
  const { service } = session;

  /** Waits for the first settings, applies pending edits; answers `empty` while crosscheck.enable is off. */
  const withFreshModel =
    <P, R, E>(empty: E, handler: (params: P, token: CancellationToken) => R) =>
    async (params: P, token: CancellationToken): Promise<R | E> => {
      session.scheduler.noteActivity();
      await settingsLoaded();
      if (!session.settings.enable) return empty;
      sync.flushPending();
      return handler(params, token);
    };

  // Registered with onRequest rather than onHover & co.: those read params.workDoneToken first, so a request
  // with `params: null` failed inside the library (InternalError) instead of getting InvalidParams from us.
  connection.onRequest(
    HoverRequest.type,
    guard(session, 'hover', requireTextDocument(withFreshModel(null, (params) => provideHover(service, params)))),
  );
  connection.onRequest(
    CodeActionRequest.type,
    guard(
      session,
      'codeAction',
      requireTextDocument(
        withFreshModel([], (params, token) =>
          provideCodeActions(
            service,
            params,
            {
              canCreateFiles: session.support.createFiles && session.support.documentChanges,
              citationStyle: session.citationStyleOf(params.textDocument.uri),
            },
            token,
          ),
        ),
      ),
    ),
  );
  connection.onRequest(
    CodeLensRequest.type,
    guard(
      session,
      'codeLens',
      requireTextDocument(
        withFreshModel([], (params) =>
          provideCodeLenses(service, params, {
            enabled: session.settings.codeLens,
            clientCommands: session.clientCommands,
          }),
        ),
      ),
    ),
  );
  connection.onRequest(
    ReferencesRequest.type,
    guard(
      session,
      'references',
      requireTextDocument(withFreshModel([], (params) => provideReferences(service, params))),
    ),
  );
  connection.onRequest(
    DocumentSymbolRequest.type,
    guard(
      session,
      'documentSymbol',
      requireTextDocument(
        withFreshModel([], (params) =>
          provideDocumentSymbols(service, params, session.support.hierarchicalDocumentSymbols),
        ),
      ),
    ),
  );
  connection.onRequest(
    WorkspaceSymbolRequest.type,
    guard(
      session,
      'workspaceSymbol',
      requireObject(withFreshModel([], (params, token) => provideWorkspaceSymbols(service, params, token))),
    ),
  );
  connection.onRequest(
    SemanticTokensRequest.type,
    guard(
      session,
      'semanticTokens',
      requireTextDocument(withFreshModel({ data: [] }, (params) => provideSemanticTokens(service, params))),
    ),
  );
  connection.onRequest(
    InlayHintRequest.type,
    guard(
      session,
      'inlayHint',
      requireTextDocument(
        withFreshModel([], (params) => provideInlayHints(service, params, session.settings.inlayHints)),
      ),
    ),
  );

  connection.onRequest(
    Methods.findings,
    guard(
      session,
      'findings',
      withFreshModel({ findings: [] }, (params: FindingsParams | undefined) => service.findings(params ?? {})),
    ),
  );
  connection.onRequest(
    Methods.report,
    guard(session, 'report', (params: ReportParams) => {
      sync.flushPending();
      return service.report(params);
    }),
  );
  connection.onRequest(
    Methods.reindex,
    guard(session, 'reindex', async () => {
      await indexWorkspace(session);
      return null;
    }),
  );
}
