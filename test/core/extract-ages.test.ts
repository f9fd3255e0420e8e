// An age after a name is no quantity (issue 15): "John Smith, 58, said" tells who the person is, not a figure of
// the story. A figure between commas after anything else, and "the 58-year-old", stay quantities. An age told by a
// bare figure ("aged 63", "at the age of 85", "She was 85.", "who is 27 and") is one in years, as "the 58-year-old"
// is (extract/frames.ts isAge, statedAgeSubject).
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';

/** Each claim of a text as [text, value, unit]. */
function claims(text: string): unknown[] {
  return analyzeDocument(text, 'ages.txt').claims.map((c) => [c.text, c.value.stated, c.unitKey]);
}

describe('extractor: ages after a name', () => {
  const cases: Array<[string, unknown[]]> = [
    ['John Smith, 58, said 3 people died.', [['3 people', 3, 'person']]],
    ['Prince Charles, 56, and Mrs Parker Bowles, 57, hosted 40 guests.', [['40 guests', 40, 'guest']]],
    ['Marshall, 58, was charged with 2 offences.', [['2 offences', 2, 'offence']]],
    [
      'The 58-year-old said 3 people died.',
      [
        ['58-year-old', 58, 'year'],
        ['3 people', 3, 'person'],
      ],
    ],
    ['Sales rose to 58, analysts said.', [['58', 58, null]]],
    ['In May, 58, of the councils voted.', [['58', 58, null]]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(claims(text), expected));
  }
});

describe('extractor: an age told by a bare figure is in years', () => {
  const cases: Array<[string, unknown[]]> = [
    ['She was 85.', [['85', 85, 'year']]],
    ['He was aged 63.', [['63', 63, 'year']]],
    ['Bettie Page died at the age of 85.', [['85', 85, 'year']]],
    [
      'The woman, who is 27 and asked for anonymity, said 3 men were there.',
      [
        ['27', 27, 'year'],
        ['3 men', 3, 'man'],
      ],
    ],
    ['Whitmer, who is now 37, did not press charges.', [['37', 37, 'year']]],
    ['When he was just 20, his sister was killed.', [['20', 20, 'year']]],
    // Not a person's "is" or "was", or a figure that does not end its clause: no age.
    ['The score was 2.', [['2', 2, null]]],
    ['Attendance was 85.', [['85', 85, null]]],
    [
      'He was 1 of 3 suspects.',
      [
        ['1', 1, null],
        ['3 suspects', 3, 'suspect'],
      ],
    ],
    ['There were 16.', [['16', 16, null]]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(claims(text), expected));
  }
});
