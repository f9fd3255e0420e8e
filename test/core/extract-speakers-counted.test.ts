// Issue 14, "a count given the predicate 'killed' because a toll stands in the same sentence": a figure whose noun is
// followed by a speech verb counts who spoke ("all three experts said"), and has no event of the story. After
// ../shared/corpus/events/multinews/mnsample-test-row211-doc0.txt, in words of our own.
import { strict as assert } from 'node:assert';
import { claimsOf } from './fixtures/readings';

const events = (text: string): Array<[string, string | null, string | null]> =>
  claimsOf(text).map((c) => [c.text, c.predicate ?? null, c.frame?.event ?? null]);

describe('extractor: a count of who spoke', () => {
  it('takes no event from a toll beside it', () => {
    assert.deepEqual(events('Police said 12 people were killed and all three experts said the bridge was unsafe.'), [
      ['12 people', 'killed', 'killed'],
      ['three experts', null, null],
    ]);
    assert.deepEqual(
      events('Two people died in the fire, and the 13-strong jury concluded that the landlord was to blame.'),
      [
        ['Two people', 'killed', 'killed'],
        ['13-strong', null, null],
      ],
    );
  });

  it('keeps the event a speech word goes on to, names itself, or takes as a passive', () => {
    assert.deepEqual(events('Five soldiers were reported killed on Sunday.'), [['Five soldiers', null, 'killed']]);
    assert.deepEqual(events('Three climbers confirmed dead were found on the ridge.'), [
      ['Three climbers', 'killed', 'killed'],
    ]);
    assert.deepEqual(events('The two men released from the camp in January have received letters.'), [
      ['two men', 'freed', 'freed'],
    ]);
  });
});
