// What the language server itself answers for the seed workspace, over a plain LSP connection.
// Each editor test then checks that the editor shows exactly this: the same diagnostic range and
// message, the same hover text, and the same document text after the same quick fix.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  CodeActionRequest,
  Command,
  createProtocolConnection,
  Diagnostic,
  DidOpenTextDocumentNotification,
  ExitNotification,
  Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  MarkedString,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { SERVER_COMMAND } from './environment';
import { insertedText } from './runEditor';
import { FILE_145, FILES_177, spotOf145, type Spot } from './seedFacts';

export interface ReferenceAnswers {
  /** Every diagnostic the server publishes for 002 once it is open. */
  diagnostics: Diagnostic[];
  /** The diagnostic whose range covers "145" on the second line. */
  diagnosticOn145: Diagnostic;
  /** The hover text at "145", as the Markdown the server sends. */
  hoverText: string;
  /** Titles of the code actions offered for that diagnostic. */
  actionTitles: string[];
  /** The quick fix that inserts a citation. */
  citationAction: CodeAction;
  /** 002's whole text after that quick fix. */
  textAfterCitation: string;
}

export function hoverToText(hover: Hover | null): string {
  if (!hover) return '';
  const part = (content: MarkedString): string => (typeof content === 'string' ? content : content.value);
  const contents = hover.contents;
  if (Array.isArray(contents)) return contents.map(part).join('\n\n');
  return typeof contents === 'object' && 'kind' in contents ? contents.value : part(contents);
}

/** LSP 3.18 lets a diagnostic message be Markdown; editors show its text. */
export function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

export function covers(diagnostic: Diagnostic, spot: Spot, length = 3): boolean {
  const { start, end } = diagnostic.range;
  const startsBefore = start.line < spot.line || (start.line === spot.line && start.character <= spot.character);
  const endsAfter = end.line > spot.line || (end.line === spot.line && end.character >= spot.character + length);
  return startsBefore && endsAfter;
}

/** The edits of a workspace edit that touch one document, in either of LSP's two shapes. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri
      ? change.edits.filter((e): e is TextEdit => 'range' in e)
      : [],
  );
  return [...fromChanges, ...fromDocumentChanges];
}

export function isCitationAction(action: CodeAction | Command): action is CodeAction {
  return 'title' in action && /\bcit(e|ation)/i.test(action.title) && 'edit' in action && action.edit !== undefined;
}

export async function referenceAnswers(workspace: string, timeoutMs = 30_000): Promise<ReferenceAnswers> {
  const [command, ...args] = SERVER_COMMAND;
  const server = spawn(command, args, { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  const file = path.join(workspace, FILE_145);
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  const published = new Promise<Diagnostic[]>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no diagnostics for ${FILE_145} within ${timeoutMs} ms; server stderr: ${stderr}`)),
      timeoutMs,
    );
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before publishing diagnostics: ${stderr}`));
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri && params.diagnostics.length > 0) {
        clearTimeout(timer);
        resolve(params.diagnostics);
      }
    });
  });
  connection.listen();
  try {
    const rootUri = pathToFileURL(workspace).href;
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'seeds' }],
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } },
          },
        },
        workspace: { workspaceFolders: true, applyEdit: true },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text },
    });
    const diagnostics = await published;
    const spot = spotOf145();
    const diagnosticOn145 = diagnostics.find((d) => covers(d, spot));
    if (!diagnosticOn145)
      throw new Error(`no diagnostic covers "145" at ${spot.line}:${spot.character}: ${JSON.stringify(diagnostics)}`);
    const hover = await connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: spot.line, character: spot.character + 1 },
    });
    const actions =
      (await connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnosticOn145.range,
        context: { diagnostics: [diagnosticOn145], only: ['quickfix'] },
      })) ?? [];
    const citationAction = actions.find(isCitationAction);
    if (!citationAction)
      throw new Error(`no "cite" quick fix with an edit among ${JSON.stringify(actions.map((a) => a.title))}`);
    const textAfterCitation = TextDocument.applyEdits(
      TextDocument.create(uri, 'plaintext', 1, text),
      editsFor(citationAction.edit, uri),
    );
    return {
      diagnostics,
      diagnosticOn145,
      hoverText: hoverToText(hover),
      actionTitles: actions.map((a) => a.title),
      citationAction,
      textAfterCitation,
    };
  } finally {
    if (server.exitCode === null) {
      const settle = (promise: Promise<unknown>) =>
        Promise.race([promise.catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
      await settle(connection.sendRequest(ShutdownRequest.type));
      await settle(connection.sendNotification(ExitNotification.type));
    }
    connection.dispose();
    server.kill();
  }
}

/**
 * What the seeds require of the server, whatever its wording (EXPECTED.md, C1): the diagnostic on 145 has one row
 * of related information per competing figure (177, linked to a file that says it, and 197), the hover names the
 * competing figures and links every file that says 177, and the citation quick fix only inserts text, next to the
 * claim, naming the figure's date (1 February 2026).
 */
export function assertSeedBehaviour(reference: ReferenceAnswers): void {
  const related = reference.diagnosticOn145.relatedInformation ?? [];
  assert.deepEqual(
    related.map((r) => /^\S+/.exec(r.message)?.[0]),
    ['177', '197'],
    `one related row per competing figure: ${related.map((r) => r.message).join(' | ')}`,
  );
  assert.ok(FILES_177.includes(path.basename(new URL(related[0].location.uri).pathname)), related[0].location.uri);
  assert.match(messageText(reference.diagnosticOn145), /\b177\b/);
  for (const figure of ['145', '177', '197']) assert.match(reference.hoverText, new RegExp(`\\b${figure}\\b`));
  for (const file of FILES_177) assert.ok(reference.hoverText.includes(`/${file}#L`), `the hover links no ${file}`);
}

export function assertCitationOf145(original: string, reference: ReferenceAnswers): void {
  const change = insertedText(original, reference.textAfterCitation);
  assert.equal(change.removed, '', 'the citation quick fix must not delete text');
  assert.match(change.inserted, /1 February 2026/);
  const lines = original.slice(0, change.at).split('\n');
  const { start, end } = reference.diagnosticOn145.range;
  assert.equal(lines.length - 1, start.line, 'the citation goes on the line of the claim');
  const column = lines[lines.length - 1].length;
  assert.ok(
    column >= start.character && column <= end.character + 1,
    `the citation goes next to the claim (column ${column})`,
  );
}
