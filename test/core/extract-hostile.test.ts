// Hostile characters (issue 15): a figure is read as a reader sees it, or not at all.
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';
import { extractReport } from '../../server/src/core/report';

/** Each claim as [text, stated, unitKey]. */
function claims(text: string): unknown[] {
  return analyzeDocument(text, 'hostile.txt').claims.map((c) => [c.text, c.value.stated, c.unitKey]);
}

describe('extractor: hostile characters', () => {
  const cases: Array<[string, string, unknown[]]> = [
    [
      'a zero-width joiner inside a figure is not seen',
      'At least 3\u200d1 people died.',
      [['At least 3\u200d1 people', 31, 'person']],
    ],
    [
      'a zero-width space inside a figure is not seen',
      'At least 3\u200b1 people died.',
      [['At least 3\u200b1 people', 31, 'person']],
    ],
    [
      'a soft hyphen inside a figure is not seen',
      'Some 1\u00ad200 homes burned.',
      [['Some 1\u00ad200 homes', 1200, 'home']],
    ],
    [
      'a right-to-left override around a figure alone shows it reversed',
      'At least \u202e771\u202c people died.',
      [['At least \u202e771\u202c people', 177, 'person']],
    ],
    [
      'a figure inside a longer right-to-left override is not read',
      'At least \u202e771 elpoep\u202c died, and 5 were hurt.',
      [['5', 5, null]],
    ],
    ['full-width digits are digits', 'At least ３１ people died.', [['At least ３１ people', 31, 'person']]],
    [
      'Arabic-Indic digits are digits, with the Arabic decimal separator',
      'At least ٣١ people died and ٣٫٥ million people fled.',
      [
        ['At least ٣١ people', 31, 'person'],
        ['٣٫٥ million people', 3_500_000, 'person'],
      ],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(claims(text), expected));

  it('reports a figure it does not read, with the reason, in the analysis and in crosscheck extract', () => {
    const text = 'At least \u202e771 elpoep\u202c died, and 5 were hurt.';
    const doc = analyzeDocument(text, 'hostile.txt');
    const unread = [
      {
        line: 0,
        character: 10,
        endLine: 0,
        endCharacter: 13,
        start: 10,
        end: 13,
        text: '771',
        reason: 'a right-to-left override shows this figure with other text in another order than it is written',
      },
    ];
    assert.deepEqual(doc.unread, unread);
    assert.deepEqual(extractReport(doc).unread, unread);
    assert.equal('unread' in analyzeDocument('At least 31 people died.', 'plain.txt'), false);
  });
});
