// Code actions on claims. Each one inserts or replaces exactly what its title says:
//   "Cite source: <outlet or file> (<figure>)"            quickfix: citation of a source the figure agrees with,
//                                                          inline in .txt, a footnote in .md, [@key] with a .bib
//   "Replace "<our figure>" with "<their figure>" (<outlet or file>)"   quickfix: another source's figure
//   "Add attribution: according to <who>"                 quickfix: on a figure that has no attribution
//   "Ignore this finding in this paragraph"               quickfix: a crosscheck-ignore marker line before it
//   "Ignore this finding in .crosscheck.json"             quickfix: adds the finding id to "ignore"
//   "Cite every figure of this file"                      source.fixAll.crosscheck: a citation for each figure
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionKind, CodeActionTriggerKind, TextDocumentEdit } from 'vscode-languageserver/node';
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Claim } from '../core';
import { LineIndex } from '../core';
import { attributionEdit, bibKeyFor, citeAllEdits, figureOf, replacementEdit, sourceLabel, speakerMidSentence, suppressionEdit } from '../core/citations';
import type { OffsetEdit } from '../core/citations';
import { resolveCitationStyle, styledCitationEdits } from '../core/citationStyles';
import type { ResolvedCitationStyle } from '../core/citationStyles';
import { PROJECT_CONFIG_NAME } from '../session/indexing';
import { withIgnoredFinding } from '../session/projectConfig';
import type { Session } from '../session/session';
import type { FileEntry } from '../session/workspace';
import { pathToUri } from '../session/uris';
import { agreeingSources, citedSource, disagreeingClaims, findingsOfClaim, metaOf } from './describe';
import type { DiagnosticData } from './diagnostics';
import { checkCancelled, intersects } from './handlers';
import type { CancellationToken } from 'vscode-languageserver/node';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.crosscheck`;
const MAX_CITE_ACTIONS = 3;

function toTextEdits(lines: LineIndex, edits: OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({
    range: { start: lines.positionAt(e.start), end: lines.positionAt(e.end) },
    newText: e.newText,
  }));
}

function isMarkdown(entry: FileEntry): boolean {
  return /\.(md|markdown)$/i.test(entry.path ?? entry.uri);
}

/** The citation style of a file: its folder's `.crosscheck.json` "citationStyle", else the setting; the bibliography's key for the source. */
function styleAndKey(session: Session, entry: FileEntry, source: Claim): { style: ResolvedCitationStyle; bibKey: string | null } {
  const folder = entry.path ? session.model.folderOf(entry.path)?.path : undefined;
  const setting = (folder && session.projectConfigs.get(folder)?.citationStyle) || session.settingsOf(folder).citationStyle;
  const bibKey = isMarkdown(entry) && session.bibliography.length ? bibKeyFor(session.bibliography, citedSource(session, source)) : null;
  return { style: resolveCitationStyle(setting, isMarkdown(entry), bibKey), bibKey };
}

function diagnosticsOf(claim: Claim, diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => (d.data as DiagnosticData | undefined)?.claimId === claim.id);
}

function citeAction(session: Session, entry: FileEntry, claim: Claim, source: Claim, preferred: boolean, diagnostics: Diagnostic[]): CodeAction {
  const { style, bibKey } = styleAndKey(session, entry, source);
  const cited = citedSource(session, source);
  return {
    title: `Cite source: ${sourceLabel(cited)} (${figureOf(source)})`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    isPreferred: preferred || undefined,
    edit: { changes: { [entry.uri]: toTextEdits(entry.lines!, styledCitationEdits(entry.text ?? '', claim.end, cited, style, bibKey)) } },
  };
}

/** Never preferred: the light bulb's first item, which Enter applies, must not rewrite a figure. */
function replaceAction(session: Session, entry: FileEntry, claim: Claim, other: Claim, diagnostics: Diagnostic[]): CodeAction | null {
  const edit = replacementEdit(claim, other);
  if (!edit) return null;
  const ours = (entry.text ?? '').slice(edit.start, edit.end);
  return {
    title: `Replace "${ours}" with "${edit.newText}" (${sourceLabel(citedSource(session, other))})`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: { changes: { [entry.uri]: toTextEdits(entry.lines!, [edit]) } },
  };
}

function attributionAction(session: Session, entry: FileEntry, claim: Claim, agreeing: Claim[], diagnostics: Diagnostic[]): CodeAction | null {
  if (claim.attribution) return null;
  const withSpeaker = agreeing.find((c) => c.attribution);
  const speaker = withSpeaker?.attribution?.source;
  const who = speaker ? speakerMidSentence(speaker) : agreeing.map((c) => metaOf(session, c).outlet).find((o) => o);
  if (!who) return null;
  const edit = attributionEdit(entry.text ?? '', claim, who);
  return {
    title: `Add attribution: according to ${who}`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: { changes: { [entry.uri]: toTextEdits(entry.lines!, [edit]) } },
  };
}

function projectConfigPath(session: Session, entry: FileEntry): string | null {
  const folder = (entry.path && session.model.folderOf(entry.path)) || session.model.folders[0];
  return folder ? path.join(folder.path, PROJECT_CONFIG_NAME) : null;
}

function ignoreAction(session: Session, entry: FileEntry, findingId: string, diagnostics: Diagnostic[]): CodeAction | null {
  const configPath = projectConfigPath(session, entry);
  if (!configPath) return null;
  const uri = pathToUri(configPath);
  let existing: string | null = null;
  try {
    existing = fs.readFileSync(configPath, 'utf8');
  } catch {
    existing = null;
  }
  const newText = withIgnoredFinding(existing, findingId);
  let edit: WorkspaceEdit;
  if (existing !== null) {
    const lines = new LineIndex(existing);
    const range = { start: { line: 0, character: 0 }, end: lines.positionAt(existing.length) };
    edit = { changes: { [uri]: [{ range, newText }] } };
  } else if (session.support.createFiles && session.support.documentChanges) {
    edit = {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        TextDocumentEdit.create({ uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }]),
      ],
    };
  } else {
    return null;
  }
  return { title: `Ignore this finding in ${PROJECT_CONFIG_NAME}`, kind: CodeActionKind.QuickFix, diagnostics, edit };
}

function inlineIgnoreAction(entry: FileEntry, claim: Claim, findingId: string, diagnostics: Diagnostic[]): CodeAction | null {
  if (/\s/.test(findingId) || entry.text === null) return null;
  const edit = suppressionEdit(entry.text, claim.start, findingId, isMarkdown(entry));
  return {
    title: 'Ignore this finding in this paragraph',
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: { changes: { [entry.uri]: toTextEdits(entry.lines!, [edit]) } },
  };
}

/** The "cite every figure" edit of a document: each claim that another file agrees with gets its best source. */
export function citeAllAction(session: Session, entry: FileEntry): CodeAction | null {
  const items: { claimEnd: number; source: ReturnType<typeof citedSource>; bibKey: string | null; style: ResolvedCitationStyle }[] = [];
  const cited = new Set<number>();
  const memo = new Map<string, Claim[]>();
  for (const claim of entry.analysis.claims) {
    if (cited.has(claim.end)) continue;
    const source = agreeingSources(session, claim, memo)[0];
    if (!source) continue;
    cited.add(claim.end);
    items.push({ claimEnd: claim.end, source: citedSource(session, source), ...styleAndKey(session, entry, source) });
  }
  if (!items.length) return null;
  // Footnotes are numbered together and defined in one block; the other styles are one insertion each.
  const text = entry.text ?? '';
  const footnotes = items.filter((item) => item.style === 'footnote');
  const edits = [
    ...(footnotes.length ? citeAllEdits(text, footnotes, 'footnote') : []),
    ...items.filter((item) => item.style !== 'footnote').flatMap((item) => styledCitationEdits(text, item.claimEnd, item.source, item.style, item.bibKey)),
  ].sort((a, b) => a.start - b.start);
  return {
    title: 'Cite every figure of this file',
    kind: FIX_ALL_KIND,
    edit: { changes: { [entry.uri]: toTextEdits(entry.lines!, edits) } },
  };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

export function provideCodeActions(session: Session, params: CodeActionParams, token?: CancellationToken): CodeAction[] {
  const entry = session.model.getByUri(params.textDocument.uri);
  if (!entry || entry.text === null || !entry.lines) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const claim of entry.analysis.claims) {
      if (!intersects(params.range, claim)) continue;
      checkCancelled(token);
      const diagnostics = diagnosticsOf(claim, params.context.diagnostics);
      const agreeing = agreeingSources(session, claim);
      // Citing the agreeing source comes first (and is preferred); rewriting a figure comes last.
      agreeing.slice(0, MAX_CITE_ACTIONS).forEach((source, i) => actions.push(citeAction(session, entry, claim, source, i === 0, diagnostics)));
      const attribution = attributionAction(session, entry, claim, agreeing, diagnostics);
      if (attribution) actions.push(attribution);
      for (const finding of findingsOfClaim(session, claim)) {
        const inline = inlineIgnoreAction(entry, claim, finding.id, diagnostics);
        if (inline) actions.push(inline);
        const ignore = ignoreAction(session, entry, finding.id, diagnostics);
        if (ignore) actions.push(ignore);
      }
      for (const other of disagreeingClaims(session, claim)) {
        const action = replaceAction(session, entry, claim, other, diagnostics);
        if (action) actions.push(action);
      }
    }
  }
  // The whole-file action is computed when asked for by kind or by hand, not on every automatic request.
  const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic;
  if (only ? wants(only, FIX_ALL_KIND) : !automatic) {
    const all = citeAllAction(session, entry);
    if (all) actions.push(all);
  }
  return actions;
}
