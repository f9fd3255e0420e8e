// Issue 14, a compound modifier written whole in one report and hyphenated in another ("hydroelectric",
// "hydro-electric", read as "hydro" and "electric") names one kind of the thing counted: sharesModifier in
// conflicts/quantities.ts. Modifiers that share nothing ("wind", "hydro-electric") still keep two counts apart.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('a compound modifier, whole in one report and hyphenated in another', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row218-doc0.txt and doc1.txt (the Hoover Dam's turbines).
  const hyphenated = 'Engineers installed 17 hydro-electric turbines at the Kalba dam.';

  it('names one kind of the thing counted: 17 hydro-electric turbines, 15 hydroelectric turbines', () => {
    assert.deepEqual(findingsOf(hyphenated, 'Engineers installed 15 hydroelectric turbines at the Kalba dam.'), [
      ['conflict', 'warning', 'Sources disagree on turbines installed · in Kalba: 15 in b; 17 in a'],
    ]);
  });

  it('is not read into modifiers that share nothing: hydro-electric and wind turbines', () => {
    assert.deepEqual(findingsOf(hyphenated, 'Engineers installed 15 wind turbines at the Kalba dam.'), []);
  });
});
