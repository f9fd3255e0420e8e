// Issue 14, the amount a named thing changed by ("the Dow had dropped 127 points") is one quantity, which two reports
// of the change give alike: isChangeOfOne and changeSpan in conflicts/prepare.ts, changePeriod and comparable in
// conflicts/quantities.ts. A level a change reached ("fell to 14,500 points"), a change of another thing or direction,
// of another span ("on the day") or day, a change nobody named made, and one text's several changes are no report of it.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('the amount a named thing changed by, in two reports', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row175-doc0.txt and doc1.txt (a fake tweet).
  const dropped = 'Within two minutes, the Dow had dropped 127 points and fallen into the red.';
  const plunging = 'The false alarm sent the Dow plunging 145 points between 1:08 p.m. ET and 1:10 p.m.';

  it('is compared: dropped 127 points within two minutes, plunging 145 points between 1:08 and 1:10 p.m.', () => {
    assert.deepEqual(findingsOf(dropped, plunging), [
      ['conflict', 'information', 'Sources disagree on points fell: 127 in a; 145 in b'],
    ]);
  });

  it('is not compared with the level the change reached', () => {
    assert.deepEqual(findingsOf(dropped, 'Within two minutes, the Dow fell to 14,500 points after the alarm.'), []);
  });

  it("is not compared with another index's change, or a rise", () => {
    assert.deepEqual(
      findingsOf(dropped, 'The false alarm sent the Nasdaq plunging 145 points within two minutes.'),
      [],
    );
    assert.deepEqual(findingsOf(dropped, 'Within two minutes the Dow had gained 145 points again.'), []);
  });

  it('is not compared with a change of another span (on the day) or of a change no span is read for', () => {
    assert.deepEqual(findingsOf(dropped, 'The Dow fell 145 points on the day after the false alarm.'), []);
    assert.deepEqual(findingsOf(dropped, 'The Dow fell 145 points after the false alarm.'), []);
  });

  it('is not compared with a report dated another day', () => {
    assert.deepEqual(
      findingsOf(
        `Date: 2013-04-23\n\n${dropped}`,
        `Date: 2013-04-24\n\nWithin two minutes, the Dow dropped 145 points.`,
      ),
      [],
    );
  });

  it("is not compared with one text's other change of the thing", () => {
    assert.deepEqual(findingsOf(`${dropped} Within an hour the Dow had dropped 145 points from its high.`), []);
  });

  it('is never compared when nobody is named as what changed ("prices fell 145 points")', () => {
    assert.deepEqual(findingsOf(dropped, 'Within two minutes prices fell 145 points after the false alarm.'), []);
  });
});
