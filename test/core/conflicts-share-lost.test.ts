// Issue 14, a share a thing was reduced by ("cut the weight of wild mammals by 85 percent") is the share of it lost
// ("the loss of 83% of all wild mammals"), not an increment: REDUCED_BY_BEFORE in conflicts/prepare.ts.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('a share a thing was reduced by, beside the share of it lost', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row226-doc1.txt and doc2.txt (a census of biomass).
  const cut =
    'Since civilization started, humans helped cut the total weight of wild mammals by 85 percent, the study said.';
  const loss =
    'Since the dawn of civilisation, humanity has caused the loss of 83% of all wild mammals, the study found.';

  it('is compared: cut wild mammals by 85 percent, the loss of 83% of all wild mammals', () => {
    assert.deepEqual(findingsOf(cut, loss), [
      ['conflict', 'information', 'Sources disagree on percents lost: 83% in b; 85% in a (the study)'],
    ]);
  });

  it('is not compared with a share lost of another thing, far from it (plants cut by half)', () => {
    const plants = 'Since civilization started, humans helped cut the total weight of plants by half, the study said.';
    assert.deepEqual(findingsOf(plants, loss), []);
  });

  it('is not read into a share a thing grew by', () => {
    const grew =
      'Since civilization started, humans helped boost the total weight of livestock by 85 percent, the study said.';
    assert.deepEqual(findingsOf(grew, loss), []);
  });
});
