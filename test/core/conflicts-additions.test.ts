// Issue 14, an addition to a count ("police arrested another 12 people", "called in an additional six engines") is a
// quantity of its own, which two reports of it give alike: ADDED and isAddition in conflicts/prepare.ts, changePeriod
// (reportedDay) and comparable in conflicts/quantities.ts. It is never compared with the count itself, nor with the same
// text's other additions (successive), nor with a report of another day; an addition whose noun its own words do not
// name ("a further five") stays out of comparisons.
import { strict as assert } from 'node:assert';
import { claimsOf, excludedOf, findingsOf } from './fixtures/readings';

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

  it('is not compared with a report of another day', () => {
    const undated = (text: string) => text.replace(' on Tuesday', '');
    assert.deepEqual(
      findingsOf(`Date: 2024-05-07\n\n${undated(another)}`, `Date: 2024-05-08\n\n${undated(additional)}`),
      [],
    );
    // Dated two days on, "on Tuesday" is no next day's report of Tuesday's arrests (reportedDay reads one day back).
    assert.deepEqual(findingsOf(`Date: 2024-05-07\n\n${another}`, `Date: 2024-05-09\n\n${additional}`), []);
  });

  it("is compared with a next day's report of the same day (its first dated event is the day before)", () => {
    assert.deepEqual(findingsOf(`Date: 2024-05-07\n\n${another}`, `Date: 2024-05-08\n\n${additional}`), [
      [
        'conflict',
        'warning',
        'Sources disagree on more people arrested (on tuesday) · in Kalba · tuesday: +12 in a (7 May); +15 in b (7 May)',
      ],
    ]);
  });
});

describe('an addition that names its noun but no event, in two reports (dev-6 ecbplus-14)', () => {
  // After ../shared/corpus/events/ecbplus/14_7ecbplus.txt and 14_8ecbplus.txt (a supermarket fire): "called in" is
  // read as no event. Two additions of one thing in one story are one quantity: compared with each other, as
  // information (the frame names the thing, not what befell it), never with a total.
  const six = 'Kalba Fire Service crews called in an additional six engines to the Kalba supermarket blaze.';

  it('is compared with another report\'s addition of it, for information ("+6" against "+4")', () => {
    assert.deepEqual(
      findingsOf(six, 'Kalba Fire Service crews called in a further four engines to the Kalba supermarket blaze.'),
      [['conflict', 'information', 'Sources disagree on more engines: +4 in b; +6 in a']],
    );
    assert.deepEqual(excludedOf(six), [['an additional six engines', null, 'more ']]);
  });

  it("is compared with a next day's report that dates the fire the day before", () => {
    assert.deepEqual(
      findingsOf(
        `Date: 2024-05-07\n\n${six}`,
        'Date: 2024-05-08\n\nThe Kalba supermarket caught fire yesterday (May 7th). Kalba Fire Service crews called in a further four engines to the Kalba supermarket blaze.',
      ),
      [['conflict', 'information', 'Sources disagree on more engines: +6 in a (7 May); +4 in b (8 May)']],
    );
  });

  it('is not compared with a total of engines, nor with a figure far from it', () => {
    assert.deepEqual(
      findingsOf(six, 'Kalba Fire Service crews called in eight engines to the Kalba supermarket blaze.'),
      [],
    );
    assert.deepEqual(
      findingsOf(six, 'Kalba Fire Service crews called in a further 12 engines to the Kalba supermarket blaze.'),
      [],
    );
  });

  it('is read as an addition only when its own words name its noun ("a further five" points stays an increment)', () => {
    assert.deepEqual(
      excludedOf(
        'The result leaves Kalba fourth on 31 points - four points behind Arsenal and a further five back from Chelsea. Both were given 12 additional disciplinary points.',
      ),
      [
        ['31 points', null, ''],
        ['four points', null, ''],
        ['a further five', 'increment', ''],
        ['12 additional disciplinary points', null, 'more give'],
      ],
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
