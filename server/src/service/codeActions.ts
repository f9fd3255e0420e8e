// Code actions on claims, as offset edits. Each one inserts or replaces exactly what its title says:
//   "Cite source: <outlet or file> (<figure>)"            quickfix: citation of a source the figure agrees with,
//                                                          inline in .txt, a footnote in .md, [@key] with a .bib
//   "Replace "<our figure>" with "<their figure>" (<outlet or file>)"   quickfix: another source's figure
//   "Add attribution: according to <who>"                 quickfix: on a figure that has no attribution
//   "Ignore this finding in this paragraph"               quickfix: a crosscheck-ignore marker line before it
//   "Ignore this finding in .crosscheck.json"             quickfix: adds the finding id to "ignore"
//   "Mark "<figure>" as a different count"                quickfix: a crosscheck-not-comparable marker line before it
//   "Mark "<figure>" as a different count in .crosscheck.json"   quickfix: adds it to "notComparable" under its file
//   "Cite every figure of this file"                      fixAll: a citation for each figure
import type { Claim, Range } from '../core';
import { FIGURE_KINDS, LineIndex } from '../core';
import {
  attributionEdit,
  bibKeyFor,
  citeAllEdits,
  figureOf,
  notComparableEdit,
  replacementEdit,
  speakerMidSentence,
  suppressionEdit,
} from '../core/citations';
import type { OffsetEdit } from '../core/citations';
import { resolveCitationStyle, styledCitationEdits } from '../core/citationStyles';
import type { CitationStyleSetting, ResolvedCitationStyle } from '../core/citationStyles';
import {
  agreeingSources,
  citedSource,
  disagreeingClaims,
  findingsOfClaim,
  metaOf,
  rangesMeet,
  sourceNameOf,
} from './describe';
import { PROJECT_CONFIG_NAME, withIgnoredFinding, withNotComparable } from './projectConfig';
import { pathToUri } from './uris';
import type { FileEntry, WorkspaceModel } from './workspace';
import type { WorkspaceFiles } from './host';

const MAX_CITE_ACTIONS = 3;

export interface BibliographyEntry {
  key: string;
  fields: Record<string, string>;
}

/** Edits of a document's text, in offsets of `lines`' text; or a file to create with its text. */
export type ActionChange = { uri: string; lines: LineIndex; edits: OffsetEdit[] } | { uri: string; create: string };

export interface ActionData {
  title: string;
  kind: 'quickfix' | 'fixAll';
  /** The claim whose diagnostics the action answers (quick fixes). */
  claimId?: string;
  isPreferred?: boolean;
  change: ActionChange;
}

export interface ActionRequest {
  uri: string;
  range: Range;
  /** Which actions to compute: the quick fixes of the claims in the range, the whole-file fix. */
  quickFixes: boolean;
  fixAll: boolean;
  /** Whether the editor can create a file (else "ignore in .crosscheck.json" needs one to exist). */
  canCreateFiles: boolean;
  bibliography: BibliographyEntry[];
  /** How the document's folder cites a source: its `.crosscheck.json` "citationStyle", else the setting. */
  citationStyle: CitationStyleSetting;
  /** Runs before each claim (cancellation). */
  checkpoint?: () => void;
}

interface Context {
  model: WorkspaceModel;
  files: WorkspaceFiles;
  entry: FileEntry & { lines: LineIndex };
  request: ActionRequest;
}

function isMarkdown(entry: FileEntry): boolean {
  return /\.(md|markdown)$/i.test(entry.path ?? entry.uri);
}

/** The citation style of the document (the request's setting, resolved for its format); the bibliography's key for the source. */
function styleAndKey(cx: Context, source: Claim): { style: ResolvedCitationStyle; bibKey: string | null } {
  const markdown = isMarkdown(cx.entry);
  const bibKey =
    markdown && cx.request.bibliography.length
      ? bibKeyFor(cx.request.bibliography, citedSource(cx.model, source))
      : null;
  return { style: resolveCitationStyle(cx.request.citationStyle, markdown, bibKey), bibKey };
}

function ownEdits(cx: Context, edits: OffsetEdit[]): ActionChange {
  return { uri: cx.entry.uri, lines: cx.entry.lines, edits };
}

function citeAction(cx: Context, claim: Claim, source: Claim, preferred: boolean): ActionData {
  const { style, bibKey } = styleAndKey(cx, source);
  const cited = citedSource(cx.model, source);
  return {
    title: `Cite source: ${sourceNameOf(cx.model, source)} (${figureOf(source)})`,
    kind: 'quickfix',
    claimId: claim.id,
    isPreferred: preferred || undefined,
    change: ownEdits(cx, styledCitationEdits(cx.entry.text ?? '', claim.end, cited, style, bibKey)),
  };
}

/** Never preferred: the light bulb's first item, which Enter applies, must not rewrite a figure. */
function replaceAction(cx: Context, claim: Claim, other: Claim): ActionData | null {
  const edit = replacementEdit(claim, other);
  if (!edit) return null;
  const ours = (cx.entry.text ?? '').slice(edit.start, edit.end);
  return {
    title: `Replace "${ours}" with "${edit.newText}" (${sourceNameOf(cx.model, other)})`,
    kind: 'quickfix',
    claimId: claim.id,
    change: ownEdits(cx, [edit]),
  };
}

function attributionAction(cx: Context, claim: Claim, agreeing: Claim[]): ActionData | null {
  if (claim.attribution) return null;
  const withSpeaker = agreeing.find((c) => c.attribution);
  const speaker = withSpeaker?.attribution?.source;
  const who = speaker ? speakerMidSentence(speaker) : agreeing.map((c) => metaOf(cx.model, c).outlet).find((o) => o);
  if (!who) return null;
  const edit = attributionEdit(cx.entry.text ?? '', claim, who);
  return {
    title: `Add attribution: according to ${who}`,
    kind: 'quickfix',
    claimId: claim.id,
    change: ownEdits(cx, [edit]),
  };
}

function projectConfigPath(cx: Context): string | null {
  const { model, entry } = cx;
  const folder = (entry.path && model.folderOf(entry.path)) || model.folders[0];
  return folder ? cx.files.join(folder.path, PROJECT_CONFIG_NAME) : null;
}

/** The change that rewrites the folder's `.crosscheck.json` (or creates it, when the editor can), or null. */
function projectConfigChange(cx: Context, rewrite: (existing: string | null) => string): ActionChange | null {
  const configPath = projectConfigPath(cx);
  if (!configPath) return null;
  const uri = pathToUri(configPath);
  const existing = cx.files.readText(configPath);
  const newText = rewrite(existing);
  if (existing !== null)
    return { uri, lines: new LineIndex(existing), edits: [{ start: 0, end: existing.length, newText }] };
  return cx.request.canCreateFiles ? { uri, create: newText } : null;
}

function ignoreAction(cx: Context, claim: Claim, findingId: string): ActionData | null {
  const change = projectConfigChange(cx, (existing) => withIgnoredFinding(existing, findingId));
  return (
    change && { title: `Ignore this finding in ${PROJECT_CONFIG_NAME}`, kind: 'quickfix', claimId: claim.id, change }
  );
}

function inlineIgnoreAction(cx: Context, claim: Claim, findingId: string): ActionData | null {
  if (/\s/.test(findingId) || cx.entry.text === null) return null;
  const edit = suppressionEdit(cx.entry.text, claim.start, findingId, isMarkdown(cx.entry));
  return {
    title: 'Ignore this finding in this paragraph',
    kind: 'quickfix',
    claimId: claim.id,
    change: ownEdits(cx, [edit]),
  };
}

/** A figure that takes part in a finding about figures can be marked a different count: compared with nothing, while the finding stays for the others. */
function notComparableAction(cx: Context, claim: Claim): ActionData | null {
  if (cx.entry.text === null) return null;
  const edit = notComparableEdit(cx.entry.text, claim, isMarkdown(cx.entry));
  return {
    title: `Mark "${claim.text.replace(/\s+/g, ' ')}" as a different count`,
    kind: 'quickfix',
    claimId: claim.id,
    change: ownEdits(cx, [edit]),
  };
}

/**
 * The same, in `.crosscheck.json`: the figure under a glob of its file's path in its folder, from any folder
 * (`**\/drafts/b.txt`), as the CLI names it from the folder or from above.
 */
function notComparableConfigAction(cx: Context, claim: Claim): ActionData | null {
  const folder = cx.entry.path ? cx.model.folderOf(cx.entry.path) : null;
  if (!folder) return null;
  const inFolder =
    cx.model.folders.length > 1 && claim.file.startsWith(`${folder.name}/`)
      ? claim.file.slice(folder.name.length + 1)
      : claim.file;
  const glob = `**/${inFolder.replace(/[\\*?[\]{}()!+@]/g, '\\$&')}`;
  const figure = claim.text.replace(/\s+/g, ' ');
  const change = projectConfigChange(cx, (existing) => withNotComparable(existing, glob, figure));
  return (
    change && {
      title: `Mark "${figure}" as a different count in ${PROJECT_CONFIG_NAME}`,
      kind: 'quickfix',
      claimId: claim.id,
      change,
    }
  );
}

/** The "cite every figure" edit of a document: each claim that another file agrees with gets its best source. */
function citeAllAction(cx: Context): ActionData | null {
  const items: {
    claimEnd: number;
    source: ReturnType<typeof citedSource>;
    bibKey: string | null;
    style: ResolvedCitationStyle;
  }[] = [];
  const cited = new Set<number>();
  const memo = new Map<string, Claim[]>();
  for (const claim of cx.entry.analysis.claims) {
    if (cited.has(claim.end)) continue;
    const source = agreeingSources(cx.model, claim, memo)[0];
    if (!source) continue;
    cited.add(claim.end);
    items.push({ claimEnd: claim.end, source: citedSource(cx.model, source), ...styleAndKey(cx, source) });
  }
  if (!items.length) return null;
  // Footnotes are numbered together and defined in one block; the other styles are one insertion each.
  const text = cx.entry.text ?? '';
  const footnotes = items.filter((item) => item.style === 'footnote');
  const edits = [
    ...(footnotes.length ? citeAllEdits(text, footnotes, 'footnote') : []),
    ...items
      .filter((item) => item.style !== 'footnote')
      .flatMap((item) => styledCitationEdits(text, item.claimEnd, item.source, item.style, item.bibKey)),
  ].sort((a, b) => a.start - b.start);
  return { title: 'Cite every figure of this file', kind: 'fixAll', change: ownEdits(cx, edits) };
}

/** The code actions of an open document for the claims in a range, in the order an editor lists them. */
export function codeActions(model: WorkspaceModel, files: WorkspaceFiles, request: ActionRequest): ActionData[] {
  const entry = model.getByUri(request.uri);
  if (!entry || entry.text === null || !entry.lines) return [];
  const cx: Context = { model, files, entry: entry as FileEntry & { lines: LineIndex }, request };
  const actions: ActionData[] = [];
  const push = (action: ActionData | null) => action && actions.push(action);
  if (request.quickFixes) {
    for (const claim of entry.analysis.claims) {
      if (!rangesMeet(request.range, claim)) continue;
      request.checkpoint?.();
      const agreeing = agreeingSources(model, claim);
      // Citing the agreeing source comes first (and is preferred); rewriting a figure comes last.
      agreeing.slice(0, MAX_CITE_ACTIONS).forEach((source, i) => push(citeAction(cx, claim, source, i === 0)));
      push(attributionAction(cx, claim, agreeing));
      const findings = findingsOfClaim(model, claim);
      for (const finding of findings) {
        push(inlineIgnoreAction(cx, claim, finding.id));
        push(ignoreAction(cx, claim, finding.id));
      }
      if (findings.some((finding) => FIGURE_KINDS.has(finding.kind))) {
        push(notComparableAction(cx, claim));
        push(notComparableConfigAction(cx, claim));
      }
      for (const other of disagreeingClaims(model, claim)) push(replaceAction(cx, claim, other));
    }
  }
  if (request.fixAll) push(citeAllAction(cx));
  return actions;
}
