import { strict as assert } from 'node:assert';
import { compareFindings, FINDING_KINDS } from '../../client/src/findingOrder';
import { FINDING_KINDS as ENGINE_KINDS } from '../../server/src/core/config';
import type { FindingView } from '../../server/src/protocol';

function finding(
  id: string,
  kind: FindingView['kind'],
  severity: FindingView['severity'],
  subject: string,
): FindingView {
  return { id, kind, severity, subject, claims: [], message: '', timeline: [], locations: [] };
}

describe('compareFindings (client/src/findingOrder.ts)', () => {
  it('lists the most severe first, then conflicts before other kinds, then by subject', () => {
    const findings = [
      finding('d', 'date', 'warning', 'attacks began'),
      finding('h', 'name-variant', 'hint', 'BLA'),
      finding('c2', 'conflict', 'warning', 'security personnel killed'),
      finding('e', 'weekday', 'error', 'Saturday'),
      finding('c1', 'conflict', 'warning', 'militants killed'),
      finding('r', 'revision', 'information', 'militants killed'),
    ];
    assert.deepEqual(
      [...findings].sort(compareFindings).map((f) => f.id),
      ['e', 'c1', 'c2', 'd', 'r', 'h'],
    );
  });

  it('knows every kind of finding the engine reports', () => {
    assert.deepEqual([...FINDING_KINDS].sort(), [...ENGINE_KINDS].sort());
  });
});
