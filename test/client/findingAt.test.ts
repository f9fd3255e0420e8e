import { strict as assert } from 'node:assert';
import { findingsAt } from '../../client/src/findingAt';
import type { FindingView } from '../../server/src/protocol';
import { location, militantsFinding } from './fixtures';

function dateFinding(): FindingView {
  return {
    id: 'date:attacks-began',
    kind: 'date',
    severity: 'error',
    subject: 'attacks began',
    claims: ['002.txt:6:40'],
    message: 'Reports give different dates for when the attacks began.',
    timeline: [],
    locations: [location('002.txt:6:40', 6, 'Saturday, January 31', { character: 40, endCharacter: 60 })],
  };
}

describe('findingsAt (client/src/findingAt.ts)', () => {
  const uri = 'file:///work/seeds/002.txt';
  const findings = [militantsFinding(), dateFinding()];

  it('finds the finding whose claim holds the cursor, at either end of the claim too', () => {
    assert.deepEqual(
      findingsAt(findings, uri, { line: 6, character: 15 }).map((finding) => finding.id),
      ['revision:militants-killed'],
    );
    assert.deepEqual(
      findingsAt(findings, uri, { line: 6, character: 10 }).map((finding) => finding.id),
      ['revision:militants-killed'],
    );
    assert.deepEqual(
      findingsAt(findings, uri, { line: 6, character: 32 }).map((finding) => finding.id),
      ['revision:militants-killed'],
    );
    assert.deepEqual(
      findingsAt(findings, uri, { line: 6, character: 45 }).map((finding) => finding.id),
      ['date:attacks-began'],
    );
  });

  it('falls back to the findings of the line, most severe first', () => {
    assert.deepEqual(
      findingsAt(findings, uri, { line: 6, character: 0 }).map((finding) => finding.id),
      ['date:attacks-began', 'revision:militants-killed'],
    );
  });

  it('finds nothing on another line or in another document', () => {
    assert.deepEqual(findingsAt(findings, uri, { line: 7, character: 15 }), []);
    assert.deepEqual(findingsAt(findings, 'file:///work/seeds/003.txt', { line: 6, character: 15 }), []);
  });
});
