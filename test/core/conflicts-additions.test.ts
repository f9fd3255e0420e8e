// Issue 14, an addition to a count of a named event ("police arrested another 12 people") is a quantity of its own,
// which two reports of it give alike: ADDED and isAddition in conflicts/prepare.ts, changePeriod and comparable in
// conflicts/quantities.ts. It is never compared with the count itself, nor with the same text's other additions
// (successive), nor with a report dated another day; an addition no event is named for stays out of comparisons.
import { strict as assert } from 'node:assert';
import { claimsOf, findingsOf } from './fixtures/readings';

describe('an addition to a count of a named event, in two reports', () => {
  const another = 'Police arrested another 12 people on Tuesday after the riots in Kalba.';
  const additional = 'Police arrested an additional 15 people on Tuesday after the riots in Kalba.';

  it('is compared: arrested another 12 people, arrested an additional 15 people', () => {
    assert.deepEqual(findingsOf(another, additional), [
      [
        'conflict',
        'warning',
        'Sources disagree on more people arrested (on tuesday) · in Kalba · tuesday: +12 in a; +15 in b',
      ],
    ]);
  });

  it('is not compared with the count it adds to', () => {
    assert.deepEqual(findingsOf('Police arrested 12 people on Tuesday after the riots in Kalba.', additional), []);
  });

  it("is not compared with the same text's next addition", () => {
    const next =
      'Police arrested another 12 people after the riots in Kalba. Police then arrested another 15 people after the riots in Kalba.';
    assert.deepEqual(findingsOf(next), []);
  });

  it('is not compared with a report dated another day', () => {
    assert.deepEqual(findingsOf(`Date: 2024-05-07\n\n${another}`, `Date: 2024-05-08\n\n${additional}`), []);
  });

  it('stays out of comparisons when no event is named for it ("an additional six engines")', () => {
    // After ../shared/corpus/events/ecbplus/14_7ecbplus.txt and 14_8ecbplus.txt (a supermarket fire): "called in"
    // is read as no event.
    assert.deepEqual(
      findingsOf(
        'Kalba Fire Service crews called in an additional six engines to the Kalba supermarket blaze.',
        'Kalba Fire Service crews called in a further four engines to the Kalba supermarket blaze.',
      ),
      [],
    );
  });
});

describe('a count after "by"', () => {
  it('that names who acted, after a participle, is a count of its own ("watched by 6,000 people")', () => {
    // bbc/entertainment_153.txt "watched by 6,000 people", events/ecbplus/13_12ecbplus.txt "set by three teenagers"
    assert.deepEqual(
      findingsOf(
        'The Kalba concert on Saturday was watched by 6,000 people.',
        'The Kalba concert on Saturday was watched by 8,000 people.',
      ),
      [['conflict', 'warning', 'Sources disagree on people watched · saturday: 6,000 in a; 8,000 in b']],
    );
    assert.deepEqual(
      claimsOf('A wind-whipped arson fire set by three teenagers destroyed the Kalba hardware store.').map((c) => [
        c.text,
        c.frame!.scope,
      ]),
      [['three teenagers', null]],
    );
  });

  it('stays out after a participle of change or margin, or when it names nothing it counts', () => {
    assert.deepEqual(
      findingsOf('The Kalba bill was defeated by 297 votes.', 'The Kalba bill was defeated by 250 votes.'),
      [],
    );
    assert.deepEqual(
      findingsOf('The Kalba toll was raised by 12 people.', 'The Kalba toll was raised by 15 people.'),
      [],
    );
    assert.deepEqual(
      findingsOf('The Kalba crowd was swelled by thousands.', 'The Kalba crowd was swelled by hundreds.'),
      [],
    );
  });
});
