// The order findings are listed in: most severe first, then by kind (conflicts before revisions, ...
// as FINDING_KINDS lists them), then by subject. Pure: no VS Code import.
import { FINDING_KINDS } from '../../server/src/core/config';
import type { FindingView } from './protocol';

export { FINDING_KINDS };

export const SEVERITY_ORDER: Record<FindingView['severity'], number> = {
  error: 0,
  warning: 1,
  information: 2,
  hint: 3,
};

function kindRank(kind: string): number {
  const rank = (FINDING_KINDS as readonly string[]).indexOf(kind);
  return rank === -1 ? FINDING_KINDS.length : rank;
}

export function compareFindings(a: FindingView, b: FindingView): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    kindRank(a.kind) - kindRank(b.kind) ||
    a.subject.localeCompare(b.subject) ||
    a.id.localeCompare(b.id)
  );
}
