// What the test runner outside VS Code hands to the suite inside the extension host, and back.
// Both files sit beside the opened workspace folder: <work>/seeds is opened, <work>/expected.json and
// <work>/host-results.json are read and written.
import type { Diagnostic } from 'vscode-languageserver-protocol';

export const HOST_TESTS = {
  activates: 'activates the extension and starts its language server',
  diagnostic: 'publishes the diagnostic on "145" in 002 with the server\'s range, message and related information',
  hover: 'shows the server\'s hover on "145" (vscode.executeHoverProvider)',
  quickFix:
    "offers the server's quick fixes, and the citation inserts the exact text (executeCodeActionProvider + applyEdit)",
  statusBar: 'reports the workspace in the status (5 files, as many findings as the Claims view lists)',
  commands: 'registers the commands reindex, showFindings, exportReport, insertCitation, showTimeline',
  claimsView: 'has the Claims view, listing the 145/177/197 finding with a claim in each file',
  timeline: 'draws the timeline webview of that finding, with 145, 177 and 197 and a Content Security Policy',
} as const;

export interface HostExpectations {
  file145: string;
  /** 0-based line and UTF-16 column inside "145". */
  hoverAt: { line: number; character: number };
  diagnostic: Diagnostic;
  /** The files that say 177 (the finding has a claim in each). */
  filesOf177: string[];
  hoverText: string;
  actionTitles: string[];
  citationTitle: string;
  textAfterCitation: string;
  commands: string[];
}

export interface HostResults {
  vscodeVersion: string;
  passed: string[];
  failed: { title: string; error: string }[];
}
