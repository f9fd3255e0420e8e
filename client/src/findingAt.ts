// Which finding involves a given position of a document. Pure: no VS Code import.
import { compareFindings } from './findingOrder';
import type { FindingLocation, FindingView } from './protocol';

export interface Position {
  line: number;
  character: number;
}

function contains(location: FindingLocation, position: Position): boolean {
  const afterStart =
    position.line > location.line || (position.line === location.line && position.character >= location.character);
  const beforeEnd =
    position.line < location.endLine ||
    (position.line === location.endLine && position.character <= location.endCharacter);
  return afterStart && beforeEnd;
}

/** The findings with a claim at `position` of the document `uri`, most severe first; else those on the same line. */
export function findingsAt(findings: readonly FindingView[], uri: string, position: Position): FindingView[] {
  const inDocument = (finding: FindingView): FindingLocation[] =>
    finding.locations.filter((location) => location.uri === uri);
  const onClaim = findings.filter((finding) => inDocument(finding).some((location) => contains(location, position)));
  const found = onClaim.length
    ? onClaim
    : findings.filter((finding) =>
        inDocument(finding).some((location) => location.line <= position.line && position.line <= location.endLine),
      );
  return [...found].sort(compareFindings);
}
