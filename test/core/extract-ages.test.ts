// An age after a name is no quantity (issue 15): "John Smith, 58, said" tells who the person is, not a figure of
// the story. A figure between commas after anything else, and "the 58-year-old", stay quantities.
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
