// crosscheck.exportReport: the server's report of every finding, as Markdown, SARIF or JSON, opened in
// an untitled editor or saved to a file.
import * as vscode from 'vscode';
import type { ReportParams } from '../protocol';
import type { CrosscheckSession } from '../session';

type ReportFormat = ReportParams['format'];

const FORMATS: Record<ReportFormat, { label: string; language: string; extension: string }> = {
  markdown: { label: 'Markdown', language: 'markdown', extension: 'md' },
  sarif: { label: 'SARIF', language: 'json', extension: 'sarif' },
  json: { label: 'JSON', language: 'json', extension: 'json' },
};

/**
 * @param format asked with a quick pick when absent
 * @param destination 'untitled' for an untitled editor, a file URI to save to; asked when absent
 * @returns the document shown, or undefined when the user cancelled
 */
export async function exportReport(
  session: CrosscheckSession,
  format?: ReportFormat,
  destination?: 'untitled' | vscode.Uri,
): Promise<vscode.TextDocument | undefined> {
  if (format !== undefined && !Object.hasOwn(FORMATS, format)) {
    void vscode.window.showErrorMessage(
      `Crosscheck cannot export a report as "${String(format)}": use markdown, sarif or json.`,
    );
    return undefined;
  }
  const chosenFormat = format ?? (await pickFormat());
  if (!chosenFormat) return undefined;
  const target = destination ?? (await pickDestination(chosenFormat));
  if (!target) return undefined;
  let content: string;
  try {
    content = await session.report(chosenFormat);
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Crosscheck could not build the report: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  let document: vscode.TextDocument;
  if (target === 'untitled') {
    document = await vscode.workspace.openTextDocument({ language: FORMATS[chosenFormat].language, content });
  } else {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    document = await vscode.workspace.openTextDocument(target);
  }
  await vscode.window.showTextDocument(document);
  return document;
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    (Object.keys(FORMATS) as ReportFormat[]).map((format) => ({ label: FORMATS[format].label, format })),
    { title: 'Crosscheck: export the report as' },
  );
  return picked?.format;
}

async function pickDestination(format: ReportFormat): Promise<'untitled' | vscode.Uri | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Open in an editor', destination: 'untitled' as const },
      { label: 'Save to a file…', destination: 'file' as const },
    ],
    { title: `Crosscheck: ${FORMATS[format].label} report` },
  );
  if (!picked) return undefined;
  if (picked.destination === 'untitled') return 'untitled';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const extension = FORMATS[format].extension;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, `crosscheck-report.${extension}`) : undefined,
    filters: { [FORMATS[format].label]: [extension] },
    title: 'Save the Crosscheck report',
  });
}

export function registerExportReport(session: CrosscheckSession): vscode.Disposable {
  return vscode.commands.registerCommand(
    'crosscheck.exportReport',
    (format?: ReportFormat, destination?: 'untitled' | vscode.Uri) => exportReport(session, format, destination),
  );
}
