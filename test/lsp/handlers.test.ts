// The request wrapper every server handler goes through: cancellation and exceptions become error responses.
import * as assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver/node';
import {
  checkCancelled,
  guard,
  guardSync,
  requireObject,
  requireTextDocument,
} from '../../server/src/features/handlers';
import { Session } from '../../server/src/features/session';
import { nodeFiles } from '../../server/src/host/nodeFiles';
import { AnalysisService } from '../../server/src/service/service';

function sessionWithLog(): { session: Session; lines: string[] } {
  const lines: string[] = [];
  const connection = { console: { log: (line: string) => lines.push(line) } } as unknown as Connection;
  const session = new Session(connection, new AnalysisService(nodeFiles));
  session.initializeReceived = true;
  return { session, lines };
}

describe('request handlers: cancellation and errors', () => {
  it('answers RequestCancelled when the request was cancelled before or during the work', async () => {
    const { session } = sessionWithLog();
    const before = new CancellationTokenSource();
    before.cancel();
    let ran = false;
    const answer = await guard(session, 'hover', () => (ran = true))(null, before.token);
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);

    const during = new CancellationTokenSource();
    const long = guard(session, 'workspaceSymbol', (_params: null, token) => {
      during.cancel();
      checkCancelled(token);
      return ['never'];
    });
    const second = await long(null, during.token);
    assert.ok(second instanceof ResponseError);
    assert.equal(second.code, LSPErrorCodes.RequestCancelled);
  });

  it('turns an exception into InternalError with the handler name, and a log line with the stack', async () => {
    const { session, lines } = sessionWithLog();
    const answer = await guard(session, 'codeAction', () => {
      throw new Error('boom');
    })(null, new CancellationTokenSource().token);
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, ErrorCodes.InternalError);
    assert.equal(answer.message, 'crosscheck codeAction failed: boom');
    assert.ok(lines[0].startsWith('[crosscheck] codeAction failed: Error: boom'));
  });

  it('passes results through, and logs instead of throwing for notifications', async () => {
    const { session, lines } = sessionWithLog();
    assert.deepEqual(
      await guard(session, 'references', (params: number) => [params, params])(7, new CancellationTokenSource().token),
      [7, 7],
    );
    guardSync(session, 'didOpen', () => {
      throw new Error('bad open');
    })(null);
    assert.ok(lines[0].startsWith('[crosscheck] didOpen failed: Error: bad open'));
  });

  it('answers ServerNotInitialized before initialize, without running the handler', async () => {
    const { session } = sessionWithLog();
    session.initializeReceived = false;
    let ran = false;
    const answer = await guard(session, 'hover', () => (ran = true))(null, new CancellationTokenSource().token);
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, ErrorCodes.ServerNotInitialized);
    assert.equal(answer.message, 'crosscheck hover: the server has not been initialized');
    assert.equal(ran, false);
  });

  it('answers InvalidParams when a request lacks its params object or document, and passes good params through', async () => {
    const { session, lines } = sessionWithLog();
    const token = new CancellationTokenSource().token;
    const hover = guard(
      session,
      'hover',
      requireTextDocument((params: unknown) => params),
    );
    for (const params of [
      null,
      undefined,
      3,
      'x',
      {},
      { textDocument: null },
      { textDocument: {} },
      { textDocument: { uri: 5 } },
    ]) {
      const answer = await hover(params, token);
      assert.ok(answer instanceof ResponseError, JSON.stringify(params));
      assert.equal(answer.code, ErrorCodes.InvalidParams);
      assert.equal(answer.message, 'crosscheck hover: params must be an object with textDocument.uri');
    }
    const good = { textDocument: { uri: 'file:///a.txt' }, position: { line: 0, character: 0 } };
    assert.equal(await hover(good, token), good);
    const symbols = guard(
      session,
      'workspaceSymbol',
      requireObject((params: unknown) => params),
    );
    const answer = await symbols(null, token);
    assert.ok(answer instanceof ResponseError);
    assert.equal(answer.code, ErrorCodes.InvalidParams);
    assert.deepEqual(await symbols({ query: '' }, token), { query: '' });
    assert.deepEqual(lines, [], "invalid params are the client's error, not logged as a server failure");
  });
});
