// First-cut conflict engine (walking skeleton): claims that count the same thing with the same verb
// in different files, whose intervals do not overlap. Issue 4 replaces this with the full engine.
import type { Claim, DocumentAnalysis, Finding } from '../types';

function overlaps(a: Claim, b: Claim): boolean {
  const aLow = a.value.low ?? -Infinity, aHigh = a.value.high ?? Infinity;
  const bLow = b.value.low ?? -Infinity, bHigh = b.value.high ?? Infinity;
  return aLow <= bHigh && bLow <= aHigh;
}

export function detectFindings(docs: DocumentAnalysis[]): Finding[] {
  const buckets = new Map<string, Claim[]>();
  for (const doc of docs) {
    for (const claim of doc.claims) {
      if (!claim.unitKey || !claim.predicate) continue;
      const key = `${claim.unitKey} ${claim.predicate}`;
      buckets.set(key, [...(buckets.get(key) ?? []), claim]);
    }
  }
  const findings: Finding[] = [];
  for (const [subject, claims] of buckets) {
    const involved = claims.filter((c) => claims.some((o) => o.file !== c.file && !overlaps(c, o)));
    if (involved.length === 0) continue;
    const figures = [...new Set(involved.map((c) => c.text))].join(' / ');
    findings.push({
      id: `conflict:${subject}`, kind: 'conflict', severity: 'warning', subject, claims: involved.map((c) => c.id),
      message: `Sources disagree on ${subject}: ${figures}`, timeline: [],
    });
  }
  return findings;
}
