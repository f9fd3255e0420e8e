// Unattributed figures: a counted figure with no source in its sentence or paragraph (a quiet hint, off by default).
import { subjectOf, type LocatedFinding } from './quantities';
import type { PreparedDoc } from './prepare';
import { baseName, hash, labelOf, shortFile, slug } from './text';

export function unattributedFindings(prepared: PreparedDoc): LocatedFinding[] {
  const doc = prepared.doc;
  const attributedParagraphs = new Set(doc.claims.filter((c) => c.attribution).map((c) => c.paragraphIndex));
  const attributedLines = new Set<number>();
  for (const record of doc.attributions)
    for (let line = record.line; line <= record.endLine; line++) attributedLines.add(line);
  const results: LocatedFinding[] = [];
  const seen = new Map<string, number>();
  for (const prepared_ of prepared.claims) {
    const claim = prepared_.claim;
    if (prepared_.excluded || claim.attribution || prepared_.party || claim.stance !== 'asserted') continue;
    if (attributedParagraphs.has(claim.paragraphIndex) || attributedLines.has(claim.line)) continue;
    if (/\b(said|says|according to|told|reported|confirmed|announced|claimed)\b/i.test(claim.sentence)) continue;
    const occurrence = seen.get(claim.text) ?? 0;
    seen.set(claim.text, occurrence + 1);
    results.push({
      finding: {
        id: `unattributed/${slug(shortFile(doc.file))}/${hash(['unattributed', baseName(doc.file), claim.text, occurrence].join('|'))}`,
        kind: 'unattributed',
        severity: 'hint',
        subject: subjectOf(prepared_.unit, prepared_.predicate),
        claims: [claim.id],
        message: `"${claim.text}" has no source in its sentence or paragraph: who says so?`,
        timeline: [
          {
            claimId: claim.id,
            file: doc.file,
            figure: prepared_.figure,
            date: claim.asOf,
            source: null,
            outlet: doc.meta.outlet,
            label: labelOf(doc),
            superseded: false,
          },
        ],
      },
      locations: [{ file: doc.file, line: claim.line }],
    });
  }
  return results;
}
