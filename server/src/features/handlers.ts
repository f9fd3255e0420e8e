// Shared request plumbing: every handler is wrapped so that a cancelled request gets RequestCancelled,
// an exception becomes an error response and a log line (never a dead server).
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken, Range as LspRange } from 'vscode-languageserver/node';
import type { Range, Severity } from '../core';
import { DiagnosticSeverity } from 'vscode-languageserver/node';

/** What the wrappers need of the server: whether `initialize` came, and its log. */
export interface RequestHost {
  readonly initializeReceived: boolean;
  log(message: string): void;
}

export class Cancelled extends Error {}

/** Thrown for requests whose params are not what the method takes: answered with InvalidParams (-32602). */
export class InvalidParams extends Error {}

/** Whether a value is an LSP Position: an object whose line and character are integers (uinteger) from 0. */
function isPosition(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}

/**
 * Rejects a text-document request whose params are not an object naming a document (`textDocument.uri`), or
 * whose `position` or `range`, when the params have one, is not made of non-negative integers.
 */
export function requireTextDocument<P, R>(
  handler: (params: P, token: CancellationToken) => R,
): (params: P, token: CancellationToken) => R {
  return (params, token) => {
    const textDocument =
      params !== null && typeof params === 'object' ? (params as { textDocument?: unknown }).textDocument : undefined;
    if (
      textDocument === null ||
      typeof textDocument !== 'object' ||
      typeof (textDocument as { uri?: unknown }).uri !== 'string'
    ) {
      throw new InvalidParams('params must be an object with textDocument.uri');
    }
    const record = params as { position?: unknown; range?: unknown };
    if ('position' in record && !isPosition(record.position)) {
      throw new InvalidParams('position must be { line, character } with integers from 0');
    }
    if ('range' in record) {
      const range = record.range as { start?: unknown; end?: unknown } | null;
      if (range === null || typeof range !== 'object' || !isPosition(range.start) || !isPosition(range.end)) {
        throw new InvalidParams('range must be { start, end } positions with integers from 0');
      }
    }
    return handler(params, token);
  };
}

/** Rejects a request whose params are not an object. */
export function requireObject<P, R>(
  handler: (params: P, token: CancellationToken) => R,
): (params: P, token: CancellationToken) => R {
  return (params, token) => {
    if (params === null || typeof params !== 'object') throw new InvalidParams('params must be an object');
    return handler(params, token);
  };
}

/** Throws when the client cancelled the request; handlers call it between steps of long work. */
export function checkCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new Cancelled('request cancelled');
}

export function guard<P, R>(
  session: RequestHost,
  name: string,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params, token) => {
    if (!session.initializeReceived)
      return new ResponseError(
        ErrorCodes.ServerNotInitialized,
        `crosscheck ${name}: the server has not been initialized`,
      );
    try {
      checkCancelled(token);
      const result = await handler(params, token);
      checkCancelled(token);
      return result;
    } catch (e) {
      if (e instanceof Cancelled) return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      if (e instanceof InvalidParams)
        return new ResponseError(ErrorCodes.InvalidParams, `crosscheck ${name}: ${e.message}`);
      session.log(`${name} failed: ${(e as Error).stack ?? e}`);
      return new ResponseError(ErrorCodes.InternalError, `crosscheck ${name} failed: ${(e as Error).message ?? e}`);
    }
  };
}

/** Wraps a synchronous notification handler, run at once: exceptions are logged, never thrown. */
export function guardSync<P>(session: RequestHost, name: string, handler: (params: P) => void): (params: P) => void {
  return (params) => {
    try {
      handler(params);
    } catch (e) {
      session.log(`${name} failed: ${(e as Error).stack ?? e}`);
    }
  };
}

/** Wraps a notification handler: exceptions are logged, never thrown into the connection. */
export function guardNotification<P>(
  session: RequestHost,
  name: string,
  handler: (params: P) => void | Promise<void>,
): (params: P) => void {
  return (params) => {
    Promise.resolve()
      .then(() => handler(params))
      .catch((e: unknown) => session.log(`${name} failed: ${(e as Error).stack ?? e}`));
  };
}

export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.line, character: range.character },
    end: { line: range.endLine, character: range.endCharacter },
  };
}

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function fromLspRange(range: LspRange): Range {
  return {
    line: range.start.line,
    character: range.start.character,
    endLine: range.end.line,
    endCharacter: range.end.character,
  };
}
