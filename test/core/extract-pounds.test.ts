// Issue 14, "pounds" read by its sentence (isPoundsWeight in extract/quantities.ts): a person's height in feet and
// inches beside it ("5-foot-8 and 130 pounds"), or feet listed just before it ("6 feet and 250 pounds"), makes it a
// weight, as "weighs" does; a sum of a thousand pounds or more beside a length stays money.
import { strict as assert } from 'node:assert';
import { claimOf } from './fixtures/readings';

/** A figure's reading: its kind and the unit it compares in. */
function readingOf(text: string, figure: string): [string, string | null] {
  const c = claimOf(text, figure);
  return [c.quantityKind, c.unitKey];
}

describe('pounds of weight and pounds of money', () => {
  for (const [text, figure, reading] of [
    // After ../shared/corpus/events/multinews/mnsample-test-row240-doc0.txt and doc1.txt (a suspect's description).
    [
      'The brunette suspect, described as white, in her 20s or 30s, 5-foot-8 and 130 pounds, is believed to have robbed six stores.',
      '130 pounds',
      ['other', 'pound weight'],
    ],
    [
      'A male suspect, black, in his 30s or 40s, 6 feet and 250 pounds, was caught on surveillance cameras.',
      '250 pounds',
      ['other', 'pound weight'],
    ],
    [
      'She stands about 5 feet 8, weighs about 120 pounds and should be considered armed.',
      'about 120 pounds',
      ['other', 'pound weight'],
    ],
    ['He is 6ft 2in and 200 pounds.', '200 pounds', ['other', 'pound weight']],
    ['The 30-foot yacht was sold for 200,000 pounds.', '200,000 pounds', ['money', 'pound']],
    ['The 30-foot yacht and 200 pounds in cash were seized.', '200 pounds', ['money', 'pound']],
  ] as const) {
    it(`reads «${figure}» in «${text}»`, () => assert.deepEqual(readingOf(text, figure), reading));
  }
});
