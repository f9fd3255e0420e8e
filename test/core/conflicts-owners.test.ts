// Issue 14, whose figures: a report that gives figures of two owners of one quantity ("Trump holds 18 percent",
// "Walker has 9 percent") tells them apart, and a finding never lists one owner's figure against another's
// (ownedFindings in conflicts/quantities.ts). After multinews row142 (a CNN/ORC poll), whose finding listed every
// candidate's share as one quantity.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { findingsOf } from './fixtures/readings';

const a =
  'Trump holds 18 percent support among Republicans in the latest poll. Walker has 9 percent support among Republicans in the latest poll.';
const b = 'Walker has 10 percent support among Republicans in the latest poll.';
const c = 'Trump has 21 percent support among Republicans in the latest poll.';

describe('figures of two owners', () => {
  it('are compared owner by owner, each finding naming its owner', () => {
    assert.deepEqual(findingsOf(a, b, c), [
      ['conflict', 'information', 'Sources disagree on percents · of Trump: 18% in a; 21% in c'],
      ['conflict', 'information', 'Sources disagree on percents · of Walker: 9% in a; 10% in b'],
    ]);
  });

  it("give each owner's finding its own id", () => {
    const ids = detectFindings([a, b, c].map((text, i) => analyzeDocument(text, `${'abc'[i]}.txt`))).map((f) => f.id);
    assert.equal(ids.length, 2);
    assert.notEqual(ids[0], ids[1]);
  });

  // An owner is often misread (a place: "Quake in Nepal kills 95"): only a report's own two owners split a quantity
  // (the Nepal quake of fixtures/engine/news is compared across "Nepal" and "Rukum"). Two figures of two owners
  // still are two quantities (framesClash), without naming the owner.
  it('are compared in one finding, unsplit, when no report gives two owners', () => {
    assert.deepEqual(findingsOf(a.split('. ')[0] + '.', b, c), [
      ['conflict', 'information', 'Sources disagree on percents: 18% in a; 21% in c'],
    ]);
  });

  // ../shared/corpus/events/ecbplus (5_*ecbplus, the Sixers' coaches): a rank's frame names its owner already.
  it("name a rank's owner once", () => {
    assert.deepEqual(
      findingsOf(
        "Cheeks is the fourth head coach since King took over the team. O'Brien was the third head coach since King took over the team.",
        'Cheeks is the fifth head coach since King took over the team.',
      ),
      [['conflict', 'warning', 'Sources disagree on which coach · of Cheeks: 4th in a; 5th in b']],
    );
  });
});
