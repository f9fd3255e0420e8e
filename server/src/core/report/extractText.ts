// `crosscheck extract FILE` for a person: every numeric claim of one file and every attribution in it.
import type { Claim, ClaimValue, DocumentAnalysis } from '../types';
import { plural, printable, terminalLine } from './sources';

const CONTENT_LIMIT = 80;

export function extractTextReport(doc: DocumentAnalysis): string {
  const lines = [
    `${printable(doc.file)}: ${plural(doc.claims.length, 'claim')}, ${plural(doc.attributions.length, 'attribution')}`,
  ];
  const meta = [doc.meta?.outlet, doc.meta?.author, doc.meta?.date].filter(Boolean);
  if (meta.length > 0) lines.push(`  ${meta.map((part) => terminalLine(String(part))).join(' · ')}`);
  if (doc.claims.length > 0) {
    lines.push('', 'Claims');
    const positions = doc.claims.map((c) => `${c.line + 1}:${c.character + 1}`);
    const width = Math.max(...positions.map((p) => p.length));
    const positionById = new Map(doc.claims.map((claim, i) => [claim.id, positions[i]]));
    doc.claims.forEach((claim, i) =>
      lines.push(`  ${positions[i].padEnd(width)}  ${describeClaim(claim, positionById)}`),
    );
  }
  if (doc.attributions.length > 0) {
    lines.push('', 'Attributions');
    const positions = doc.attributions.map((a) => `${a.line + 1}:${a.character + 1}`);
    const width = Math.max(...positions.map((p) => p.length));
    doc.attributions.forEach((attribution, i) => {
      const content = shorten(terminalLine(attribution.content), CONTENT_LIMIT);
      lines.push(
        `  ${positions[i].padEnd(width)}  ${terminalLine(attribution.source)} (${terminalLine(attribution.cue)})${content ? `: "${content}"` : ''}`,
      );
    });
  }
  return lines.join('\n') + '\n';
}

/** "at least 31 civilians  [>= 31] killed · Interior Minister Mohsin Naqvi (confirmed) · 2026-02-02 · repeats 2:129". */
function describeClaim(claim: Claim, positionById: Map<string, string>): string {
  const parts = [`${terminalLine(claim.text)}  [${interval(claim.value)}]`];
  if (claim.predicate) parts[0] += ` ${terminalLine(claim.predicate)}`;
  if (claim.attribution)
    parts.push(`${terminalLine(claim.attribution.source)} (${terminalLine(claim.attribution.cue)})`);
  if (claim.asOf) parts.push(terminalLine(claim.asOf));
  if (claim.repeatOf) parts.push(`repeats ${positionById.get(claim.repeatOf) ?? claim.repeatOf}`);
  return parts.join(' · ');
}

/** The interval a qualifier implies: "31", ">= 31", "<= 50", "22-26", "any". */
export function interval(value: ClaimValue): string {
  const { low, high } = value;
  if (low !== null && high !== null) return low === high ? `${low}` : `${low}-${high}`;
  if (low !== null) return `>= ${low}`;
  if (high !== null) return `<= ${high}`;
  return 'any';
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
