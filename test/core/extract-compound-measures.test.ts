// Issue 14, reading errors seen on real text: a height in feet and inches is one figure ("5-foot-8": 68 inches; it
// was read as 5 feet, and a suspect's 5 feet set against another's 6 feet: dev-6 mn-240), a length of time in
// several units joins over commas ("one minute, 49.87 seconds": BBC sport_061), and a harm only tried or threatened
// befell no one ("in addition to attempting to murder at least three other people" was a toll of the killed set
// against "two people killed": dev-8 ecbplus-16).
import { strict as assert } from 'node:assert';
import { claimsOf, findingsOf } from './fixtures/readings';

function readings(
  text: string,
): Array<[string, number | [number, number], number | null, number | null, string | null]> {
  return claimsOf(text).map((c) => [c.text, c.value.stated, c.value.low, c.value.high, c.unitKey]);
}

describe('figures in two units of one dimension', () => {
  for (const [text, expected] of [
    [
      'The suspect is white, 5-foot-8 and 130 pounds.',
      [
        ['5-foot-8', 68, 68, 68, 'inch'],
        ['130 pounds', 130, 130, 130, 'pound weight'],
      ],
    ],
    ['She stands about 5 feet 8, police said.', [['about 5 feet 8', 68, 61, 75, 'inch']]],
    ['He is 6 feet 2 inches tall.', [['6 feet 2 inches', 74, 74, 74, 'inch']]],
    ['The 6ft 4in Sherwood is ranked 264th.', [['6ft 4in', 76, 76, 76, 'inch']]],
    ['Police describe him as five feet 10 inches tall.', [['five feet 10 inches', 70, 70, 70, 'inch']]],
    [
      'He came through in one minute, 49.87 seconds.',
      [['one minute, 49.87 seconds', 109.87, 109.87, 109.87, 'second']],
    ],
    [
      'He ran it in 3 hours, 12 minutes and 5 seconds.',
      [['3 hours, 12 minutes and 5 seconds', 11525, 11525, 11525, 'second']],
    ],
  ] as const) {
    it(`reads «${text}»`, () => assert.deepEqual(readings(text), expected));
  }

  it('joins no figure of another thing, nor inches of a foot or more', () => {
    assert.deepEqual(
      readings('The wall is 10 feet 3 people wide.').map((r) => r[0]),
      ['10 feet', '3 people'],
    );
    assert.deepEqual(
      readings('The fence was 6 feet 14 inches.').map((r) => r[0]),
      ['6 feet', '14 inches'],
    );
    assert.deepEqual(
      readings('He weighed 6 feet and 250 pounds.').map((r) => r[0]),
      ['6 feet', '250 pounds'],
    );
    assert.deepEqual(
      readings('The road rose 30 feet, 20 metres later.').map((r) => r[0]),
      ['30 feet', '20 metres'],
    );
  });

  it('compares two heights given in feet and inches', () => {
    assert.deepEqual(
      findingsOf('The suspect is 5-foot-8, police said.', 'Police said the suspect is 6 feet 1 inch tall.'),
      [['conflict', 'information', 'Sources disagree on length: 68 inches in a (police); 73 inches in b (Police)']],
    );
  });
});

describe('a harm only tried or threatened', () => {
  for (const [text, figure, event] of [
    [
      'He murdered a deputy, in addition to attempting to murder at least three other people.',
      'at least three other people',
      'attempting',
    ],
    ['He was charged with the attempted murder of two officers.', 'two officers', 'attempted'],
    ['The gunman threatened to kill 12 hostages.', '12 hostages', 'threatened'],
    ['Rebels killed 12 soldiers on Tuesday.', '12 soldiers', 'killed'],
    ['They plan to cut 3,000 jobs next year.', '3,000 jobs', 'cut'],
  ] as const) {
    it(`reads «${text}» as ${event}`, () => {
      const claim = claimsOf(text).find((c) => c.text === figure)!;
      assert.deepEqual(
        [claim.text, claim.frame!.event, claim.predicate],
        [figure, event, event === 'killed' ? 'killed' : null],
      );
    });
  }
});

describe('the first part of a period', () => {
  it('keeps a figure of a first week apart from one of no time (dev-2 mn-017), not from another first week', () => {
    assert.deepEqual(
      findingsOf(
        'The album sold more than 800,000 copies in its first week, the label said.',
        'The album has sold more than 11 million copies, the label said.',
      ),
      [],
    );
    assert.deepEqual(
      findingsOf(
        'The album sold more than 800,000 copies in its first week, the label said.',
        'The album sold 950,000 copies in its first week, the label said.',
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on copies sold · first week: more than 800,000 in a (the label); 950,000 in b (the label)',
        ],
      ],
    );
  });
});
