// What the service says about a claim: its figure, its source, the claims it competes or agrees with.
// Shared by hover, diagnostics, code lens, inlay hints and code actions so that they all tell the same story.
import type { Claim, DocumentMeta, Finding, Range } from '../core';
import { agrees, sourceLabel } from '../core/citations';
import type { CitedSource } from '../core/citations';
import { tallyText } from '../core/intervals';
import { ordinalText } from '../core/extract/ordinals';
import { quantityKeyOf } from './workspace';
import type { WorkspaceModel } from './workspace';

export const README_FINDING_KINDS = 'https://github.com/crosscheck/crosscheck#finding-kinds';

const NO_META: DocumentMeta = { title: null, outlet: null, author: null, date: null, url: null };

export function metaOf(model: WorkspaceModel, claim: Claim): DocumentMeta {
  return model.span(claim.id)?.entry.analysis.meta ?? NO_META;
}

export function uriOf(model: WorkspaceModel, claim: Claim): string | undefined {
  return model.span(claim.id)?.entry.uri;
}

/** Whether a claim is an article's of the shared archive (crosscheck.archive), not a workspace file's. */
export function isArchived(model: WorkspaceModel, claim: Claim): boolean {
  return model.span(claim.id)?.entry.archived === true;
}

/** A source's name as titles and messages give it: "The Hindu", "The Hindu [archive]" for an archived article's. */
export function archiveMarked(name: string, archived: boolean): string {
  return archived ? `${name} [archive]` : name;
}

/** The source of a claim as titles and messages name it (archiveMarked). */
export function sourceNameOf(model: WorkspaceModel, claim: Claim): string {
  return archiveMarked(sourceLabel(citedSource(model, claim)), isArchived(model, claim));
}

/** The date a claim's figure is from: its own asOf, else its document's date. */
export function dateOf(model: WorkspaceModel, claim: Claim): string | null {
  return claim.asOf ?? metaOf(model, claim).date;
}

export function citedSource(model: WorkspaceModel, claim: Claim): CitedSource {
  const meta = metaOf(model, claim);
  return {
    file: claim.file,
    outlet: meta.outlet,
    author: meta.author,
    title: meta.title,
    url: meta.url,
    date: meta.date ?? claim.asOf,
    sentence: claim.sentence,
  };
}

const NUMBER_LABEL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number as people write it: 1,000; a range as 200–250; a rank as 5th. */
export function numberLabel(claim: Claim): string {
  if (claim.value.parts) return tallyText(claim.value.parts);
  const format = (n: number) => NUMBER_LABEL.format(n);
  const stated = claim.value.stated;
  if (claim.quantityKind === 'ordinal' && typeof stated === 'number') return ordinalText(stated);
  return Array.isArray(stated) ? `${format(stated[0])}–${format(stated[1])}` : format(stated);
}

/** What a claim counts, in words: "militants killed". */
export function subjectOf(claim: Claim, finding?: Finding): string {
  if (finding?.subject) return finding.subject;
  const written = claim.unit ?? claim.unitKey ?? 'figure';
  // A unit in headline case ("177 Militants Killed") reads in running text; acronyms (BLA) stay.
  const headline = written.split(/\s+/).every((w) => /^[A-Z][a-z]/.test(w) || /^[A-Z]+$/.test(w));
  const unit = headline
    ? written.replace(/\b([A-Z])([a-z]+)\b/g, (_m, first: string, rest: string) => first.toLowerCase() + rest)
    : written;
  return claim.predicate ? `${unit} ${claim.predicate}` : unit;
}

function byTimeThenPlace(model: WorkspaceModel) {
  return (a: Claim, b: Claim): number => {
    const da = dateOf(model, a) ?? '9999',
      db = dateOf(model, b) ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return a.start - b.start;
  };
}

/** The findings about a claim, the most serious first. */
export function findingsOfClaim(model: WorkspaceModel, claim: Claim): Finding[] {
  const rank = { error: 0, warning: 1, information: 2, hint: 3 } as const;
  return [...model.findingsOf(claim.id)].sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The kinds of finding that set figures against each other. */
export const DISAGREEING_KINDS: ReadonlySet<string> = new Set(['conflict', 'revision', 'internal', 'attributed']);

/** Claims of the workspace about the same quantity, without increments ("22 more") and rejected figures. */
export function comparableClaims(model: WorkspaceModel, claim: Claim): Claim[] {
  return model
    .sameQuantity(claim)
    .filter((c) => c.id === claim.id || (c.qualifier !== 'increment' && c.stance !== 'rejected'));
}

/**
 * The claims a claim is compared with, in time order: those of its findings when the engine raised any
 * (the engine knows which figures are comparable), else every comparable claim of the same quantity.
 */
export function competingClaims(model: WorkspaceModel, claim: Claim): Claim[] {
  const found = new Map<string, Claim>();
  const findings = findingsOfClaim(model, claim).filter((f) => DISAGREEING_KINDS.has(f.kind));
  for (const finding of findings) {
    for (const id of finding.claims) {
      const other = model.span(id)?.claim;
      if (other) found.set(other.id, other);
    }
  }
  if (!findings.length) for (const other of comparableClaims(model, claim)) found.set(other.id, other);
  found.set(claim.id, claim);
  return [...found.values()].sort(byTimeThenPlace(model));
}

/** Whether a finding that sets figures against each other involves the claim. */
export function isContested(model: WorkspaceModel, claim: Claim): boolean {
  return model.findingsOf(claim.id).some((f) => DISAGREEING_KINDS.has(f.kind));
}

/**
 * Whether another claim backs this one: compatible figures, and the same number when a finding contests
 * this claim (where sources disagree, "at least 145" is not backed by a 177 that its interval admits).
 */
export function backs(
  model: WorkspaceModel,
  claim: Claim,
  other: Claim,
  contested = isContested(model, claim),
): boolean {
  if (!agrees(claim, other)) return false;
  return !contested || numberLabel(claim) === numberLabel(other);
}

/**
 * Claims in other files whose figure this claim agrees with, one per file, attributed and dated ones first.
 * `memo` shares results between claims that cannot differ (same file, quantity, figure and qualifier).
 */
export function agreeingSources(model: WorkspaceModel, claim: Claim, memo?: Map<string, Claim[]>): Claim[] {
  const memoKey =
    memo &&
    `${claim.file}|${quantityKeyOf(claim)}|${numberLabel(claim)}|${claim.qualifier}|${claim.value.low}|${claim.value.high}|${isContested(model, claim)}`;
  const known = memoKey ? memo?.get(memoKey) : undefined;
  if (known) return known;
  const result = findAgreeingSources(model, claim);
  if (memoKey) memo?.set(memoKey, result);
  return result;
}

function findAgreeingSources(model: WorkspaceModel, claim: Claim): Claim[] {
  const score = (c: Claim) => (c.attribution ? 0 : 2) + (metaOf(model, c).outlet ? 0 : 1);
  const contested = isContested(model, claim);
  const perFile = new Map<string, Claim>();
  for (const other of comparableClaims(model, claim)) {
    if (other.file === claim.file || !backs(model, claim, other, contested)) continue;
    const current = perFile.get(other.file);
    if (!current || score(other) < score(current)) perFile.set(other.file, other);
  }
  return [...perFile.values()].sort((a, b) => score(a) - score(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Claims of this claim's findings, in other files, whose figure disagrees with it: one per distinct figure
 * (an attributed claim preferred), current figures before superseded ones, then the figure most files give.
 */
export function disagreeingClaims(model: WorkspaceModel, claim: Claim): Claim[] {
  const superseded = new Set<string>();
  for (const finding of findingsOfClaim(model, claim)) {
    for (const t of finding.timeline)
      if (t.superseded) for (const id of [t.claimId, ...(t.claims ?? [])]) superseded.add(id);
  }
  const perFigure = new Map<string, Claim>();
  const filesPerFigure = new Map<string, Set<string>>();
  const contested = isContested(model, claim);
  const together = new Set(findingsOfClaim(model, claim).flatMap((f) => f.claims));
  for (const other of competingClaims(model, claim)) {
    if (other.file === claim.file || other.stance === 'rejected' || backs(model, claim, other, contested)) continue;
    if (!together.has(other.id)) continue;
    const label = numberLabel(other);
    filesPerFigure.set(label, (filesPerFigure.get(label) ?? new Set()).add(other.file));
    const current = perFigure.get(label);
    if (!current || (current.attribution === null && other.attribution !== null)) perFigure.set(label, other);
  }
  const files = (c: Claim) => filesPerFigure.get(numberLabel(c))?.size ?? 0;
  return [...perFigure.values()].sort(
    (a, b) =>
      Number(superseded.has(a.id)) - Number(superseded.has(b.id)) ||
      files(b) - files(a) ||
      byTimeThenPlace(model)(b, a),
  );
}

/** Whether two ranges share at least a position (line/character, ends included). */
export function rangesMeet(a: Range, b: Range): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return (
    before(a.line, a.character, b.endLine, b.endCharacter) && before(b.line, b.character, a.endLine, a.endCharacter)
  );
}
