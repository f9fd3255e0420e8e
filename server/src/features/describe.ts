// What the features say about a claim: its figure, its source, the claims it competes or agrees with.
// Shared by hover, diagnostics, code lens, inlay hints and code actions so that they all tell the same story.
import type { Claim, DocumentMeta, Finding } from '../core';
import { agrees, figureOf, sourceLabel } from '../core/citations';
import type { CitedSource } from '../core/citations';
import type { Session } from '../session/session';
import { quantityKeyOf } from '../session/workspace';

export const README_FINDING_KINDS = 'https://github.com/crosscheck/crosscheck#finding-kinds';

const NO_META: DocumentMeta = { title: null, outlet: null, author: null, date: null, url: null };

export function metaOf(session: Session, claim: Claim): DocumentMeta {
  return session.model.span(claim.id)?.entry.analysis.meta ?? NO_META;
}

export function uriOf(session: Session, claim: Claim): string | undefined {
  return session.model.span(claim.id)?.entry.uri;
}

/** The date a claim's figure is from: its own asOf, else its document's date. */
export function dateOf(session: Session, claim: Claim): string | null {
  return claim.asOf ?? metaOf(session, claim).date;
}

export function citedSource(session: Session, claim: Claim): CitedSource {
  const meta = metaOf(session, claim);
  return { file: claim.file, outlet: meta.outlet, author: meta.author, title: meta.title, url: meta.url, date: meta.date ?? claim.asOf, sentence: claim.sentence };
}

const NUMBER_LABEL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number as people write it: 1,000; a range as 200–250. */
export function numberLabel(claim: Claim): string {
  const format = (n: number) => NUMBER_LABEL.format(n);
  const stated = claim.value.stated;
  return Array.isArray(stated) ? `${format(stated[0])}–${format(stated[1])}` : format(stated);
}

/** What a claim counts, in words: "militants killed". */
export function subjectOf(claim: Claim, finding?: Finding): string {
  if (finding?.subject) return finding.subject;
  const written = claim.unit ?? claim.unitKey ?? 'figure';
  // A unit in headline case ("177 Militants Killed") reads in running text; acronyms (BLA) stay.
  const headline = written.split(/\s+/).every((w) => /^[A-Z][a-z]/.test(w) || /^[A-Z]+$/.test(w));
  const unit = headline ? written.replace(/\b([A-Z])([a-z]+)\b/g, (_m, first: string, rest: string) => first.toLowerCase() + rest) : written;
  return claim.predicate ? `${unit} ${claim.predicate}` : unit;
}

function byTimeThenPlace(session: Session) {
  return (a: Claim, b: Claim): number => {
    const da = dateOf(session, a) ?? '9999', db = dateOf(session, b) ?? '9999';
    if (da !== db) return da < db ? -1 : 1;
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return a.start - b.start;
  };
}

/** The findings about a claim, the most serious first. */
export function findingsOfClaim(session: Session, claim: Claim): Finding[] {
  const rank = { error: 0, warning: 1, information: 2, hint: 3 } as const;
  return [...session.model.findingsOf(claim.id)].sort((a, b) => rank[a.severity] - rank[b.severity]);
}

const DISAGREEING_KINDS = new Set(['conflict', 'revision', 'internal', 'attributed']);

/** Claims of the workspace about the same quantity, without increments ("22 more") and rejected figures. */
export function comparableClaims(session: Session, claim: Claim): Claim[] {
  return session.model.sameQuantity(claim).filter((c) => c.id === claim.id || (c.qualifier !== 'increment' && c.stance !== 'rejected'));
}

/**
 * The claims a claim is compared with, in time order: those of its findings when the engine raised any
 * (the engine knows which figures are comparable), else every comparable claim of the same quantity.
 */
export function competingClaims(session: Session, claim: Claim): Claim[] {
  const found = new Map<string, Claim>();
  const findings = findingsOfClaim(session, claim).filter((f) => DISAGREEING_KINDS.has(f.kind));
  for (const finding of findings) {
    for (const id of finding.claims) {
      const other = session.model.span(id)?.claim;
      if (other) found.set(other.id, other);
    }
  }
  if (!findings.length) for (const other of comparableClaims(session, claim)) found.set(other.id, other);
  found.set(claim.id, claim);
  return [...found.values()].sort(byTimeThenPlace(session));
}

/** Whether a finding that sets figures against each other involves the claim. */
export function isContested(session: Session, claim: Claim): boolean {
  return session.model.findingsOf(claim.id).some((f) => DISAGREEING_KINDS.has(f.kind));
}

/**
 * Whether another claim backs this one: compatible figures, and the same number when a finding contests
 * this claim (where sources disagree, "at least 145" is not backed by a 177 that its interval admits).
 */
export function backs(session: Session, claim: Claim, other: Claim, contested = isContested(session, claim)): boolean {
  if (!agrees(claim, other)) return false;
  return !contested || numberLabel(claim) === numberLabel(other);
}

/**
 * Claims in other files whose figure this claim agrees with, one per file, attributed and dated ones first.
 * `memo` shares results between claims that cannot differ (same file, quantity, figure and qualifier).
 */
export function agreeingSources(session: Session, claim: Claim, memo?: Map<string, Claim[]>): Claim[] {
  const memoKey = memo && `${claim.file}|${quantityKeyOf(claim)}|${numberLabel(claim)}|${claim.qualifier}|${claim.value.low}|${claim.value.high}|${isContested(session, claim)}`;
  const known = memoKey ? memo?.get(memoKey) : undefined;
  if (known) return known;
  const result = findAgreeingSources(session, claim);
  if (memoKey) memo?.set(memoKey, result);
  return result;
}

function findAgreeingSources(session: Session, claim: Claim): Claim[] {
  const score = (c: Claim) => (c.attribution ? 0 : 2) + (metaOf(session, c).outlet ? 0 : 1);
  const contested = isContested(session, claim);
  const perFile = new Map<string, Claim>();
  for (const other of comparableClaims(session, claim)) {
    if (other.file === claim.file || !backs(session, claim, other, contested)) continue;
    const current = perFile.get(other.file);
    if (!current || score(other) < score(current)) perFile.set(other.file, other);
  }
  return [...perFile.values()].sort((a, b) => score(a) - score(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Claims of this claim's findings, in other files, whose figure disagrees with it: one per distinct figure
 * (an attributed claim preferred), current figures before superseded ones, then the figure most files give.
 */
export function disagreeingClaims(session: Session, claim: Claim): Claim[] {
  const superseded = new Set<string>();
  for (const finding of findingsOfClaim(session, claim)) {
    for (const t of finding.timeline) if (t.superseded) for (const id of [t.claimId, ...(t.claims ?? [])]) superseded.add(id);
  }
  const perFigure = new Map<string, Claim>();
  const filesPerFigure = new Map<string, Set<string>>();
  const contested = isContested(session, claim);
  const together = new Set(findingsOfClaim(session, claim).flatMap((f) => f.claims));
  for (const other of competingClaims(session, claim)) {
    if (other.file === claim.file || other.stance === 'rejected' || backs(session, claim, other, contested)) continue;
    if (!together.has(other.id)) continue;
    const label = numberLabel(other);
    filesPerFigure.set(label, (filesPerFigure.get(label) ?? new Set()).add(other.file));
    const current = perFigure.get(label);
    if (!current || (current.attribution === null && other.attribution !== null)) perFigure.set(label, other);
  }
  const files = (c: Claim) => filesPerFigure.get(numberLabel(c))?.size ?? 0;
  return [...perFigure.values()].sort(
    (a, b) => Number(superseded.has(a.id)) - Number(superseded.has(b.id)) || files(b) - files(a) || byTimeThenPlace(session)(b, a),
  );
}

/** "who said it": "according to state media reports", "The Pakistani military claims". */
export function attributionPhrase(claim: Claim): string | null {
  const a = claim.attribution;
  if (!a) return null;
  return /^according to$/i.test(a.cue) ? `according to ${a.source}` : `${a.source} ${a.cue}`;
}

/** `177 (The Pakistani military claims) in The Hindu on 2026-02-02`: one line for related information (whose location links the file). */
export function relatedMessage(session: Session, claim: Claim): string {
  const parts = [`${figureOf(claim)}`];
  const said = attributionPhrase(claim);
  if (said) parts.push(`(${said})`);
  parts.push(`in ${sourceLabel(citedSource(session, claim))}`);
  const date = dateOf(session, claim);
  if (date) parts.push(`on ${date}`);
  return parts.join(' ');
}
