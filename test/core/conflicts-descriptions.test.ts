// Issue 14, two reports that describe one thing by two measures and agree on one of them describe one thing: their
// sentences need share no words for the other measure to be compared (describedAlike in
// server/src/core/conflicts/quantities.ts). Modelled on ../shared/corpus/events/multinews/mnsample-test-row240-doc0.txt
// and doc1.txt (dev-6 mn-240 D1: the suspect's weight, 130 pounds and about 120 pounds, beside one height).
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

const described = 'The brunette suspect, described as white, 5-foot-8 and 130 pounds, robbed six stores in Kalba.';

describe('descriptions of one thing by two measures', () => {
  it('compares the weights beside one height: about 120 pounds is not 130 pounds rounded', () => {
    assert.deepEqual(
      findingsOf(described, 'She stands about 5 feet 8, weighs about 120 pounds and is armed, police said.'),
      [
        [
          'conflict',
          'information',
          'Sources disagree on weight (about 120 pounds is not 130 pounds rounded): about 120 pounds in b (police); 130 pounds in a',
        ],
      ],
    );
  });

  it('leaves the weights beside two heights apart: 6 feet 4 and 5-foot-8 are two people', () => {
    assert.deepEqual(
      findingsOf(described, 'He stands 6 feet 4, weighs about 120 pounds and is armed, police said.'),
      [],
    );
  });
});
