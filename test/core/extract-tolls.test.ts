// Issue 14, the level of a toll: a death toll (the death toll, the toll, the number of dead, deaths or fatalities)
// that "stands at", "is", "reached", "hit", "climbed to", "has risen to", "was put at", or that someone "put/puts at"
// a figure gives a count of the killed, read as "the death toll rose to 15" is; a toll is no unit of its own. The
// sentences are written for the test.
import { strict as assert } from 'node:assert';
import { claimOf, findingsOf } from './fixtures/readings';

/** A figure's value, unit, predicate and frame event. */
function reading(text: string, figure: string): [unknown, string | null, string | null, string | null] {
  const claim = claimOf(text, figure);
  return [claim.value.stated, claim.unit, claim.predicate, claim.frame!.event];
}

describe('extract: the level of a death toll is a count of the killed', () => {
  const killed = [15, null, 'killed', 'killed'];

  for (const sentence of [
    'The death toll rose to 15, police said.',
    'The death toll stands at 15.',
    'The death toll stood at 15.',
    'The death toll is 15.',
    'The death toll was 15.',
    'The death toll reached 15.',
    'The death toll hit 15.',
    'The death toll climbed to 15.',
    'The death toll has risen to 15.',
    'The death toll was put at 15.',
    'Other reports put the death toll at 15.',
    'The ministry puts the toll at 15.',
    'The number of dead stood at 15.',
    'The death toll from the attack in Kabul has now reached 15.',
    "Officials put the toll from Tuesday's bombing at 15.",
  ]) {
    it(sentence, () => assert.deepEqual(reading(sentence, '15'), killed));
  }

  it('a count of the dead by its noun keeps the noun', () => {
    assert.deepEqual(reading('The number of deaths stood at 15.', '15'), [15, 'deaths', 'killed', 'killed']);
    assert.deepEqual(reading('The number of fatalities reached 15.', '15'), [15, 'fatalities', 'killed', 'killed']);
    assert.deepEqual(reading('The death toll of militants stood at 177.', '177'), [
      177,
      'militants',
      'killed',
      'killed',
    ]);
  });

  it('a number of the injured, or of the dead and injured, is no count of the killed', () => {
    assert.deepEqual(reading('The number of injured stood at 40.', '40'), [40, null, null, null]);
    assert.deepEqual(reading('The number of dead and injured stood at 40.', '40'), [40, null, null, null]);
  });

  it('a toll estimated with "put ... at" meets "12 people were killed" in the same story', () => {
    assert.deepEqual(
      findingsOf(
        'Other reports put the death toll at 15 in the attack in Kabul on Tuesday.',
        'Police said 12 people were killed in the attack in Kabul on Tuesday.',
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on people killed · in Kabul · tuesday: 12 in b (Police); 15 in a (Other reports)',
        ],
      ],
    );
  });

  it('the toll of one event its clause dates meets the killed of that day, as "15 people were killed" does', () => {
    const people = 'Police said 12 people were killed in the attack on Tuesday.';
    for (const [toll, source] of [
      ['Other reports put the death toll at 15 in the attack on Tuesday.', 'Other reports'],
      ['Other reports said the death toll rose to 15 in the attack on Tuesday.', 'Other reports'],
      ['The death toll stood at 15 in the attack on Tuesday, officials said.', 'officials'],
      ['Other reports said 15 people were killed in the attack on Tuesday.', 'Other reports'],
    ])
      assert.deepEqual(findingsOf(toll, people), [
        [
          'conflict',
          'information',
          `Sources disagree on people killed (on tuesday) · tuesday: 12 in b (Police); 15 in a (${source})`,
        ],
      ]);
  });

  it("a running toll stays apart from one day's killed", () => {
    const fighters = 'Police said 92 fighters were killed in the raids on Saturday.';
    assert.deepEqual(findingsOf('The toll rose to 177 after raids on Saturday.', fighters), []);
    assert.deepEqual(findingsOf('The total toll rose to 177 in the raids on Saturday.', fighters), []);
    assert.deepEqual(findingsOf('The toll so far stood at 177 in the fighting on Saturday.', fighters), []);
  });

  it("the toll of another year's disaster stays apart from this one's killed", () => {
    const people = 'Police said 12 people were killed in the tsunami.';
    assert.deepEqual(findingsOf('The toll of the 2004 tsunami stood at 230,000.', people), []);
    // Without the year, the two are read as one toll.
    assert.deepEqual(findingsOf('The toll of the tsunami stood at 230,000.', people), [
      ['conflict', 'information', 'Sources disagree on people killed: 12 in b (Police); 230,000 in a'],
    ]);
  });

  it('the number of injured does not meet the killed', () => {
    assert.deepEqual(
      findingsOf(
        'Other reports said the number of injured stood at 40 in the attack in Kabul on Tuesday.',
        'Police said 12 people were killed in the attack in Kabul on Tuesday.',
      ),
      [],
    );
  });
});
