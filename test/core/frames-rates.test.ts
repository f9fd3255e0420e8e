// Issue 14, a percentage that is the value of a rate ("the death rate was around 50 percent", "the death rate in
// the current outbreak has increased to 70 percent", "the fatality rate stood at 60%"): its frame measures that
// rate (rateOf in extract/frames.ts; a fatality rate, a mortality rate and mortality are a death rate), so that two
// reports' figures of one rate compare whatever other words their sentences share, and two rates never do.
import { strict as assert } from 'node:assert';
import { claimOf, findingsOf } from './fixtures/readings';

describe('a percentage that is the value of a rate', () => {
  for (const [text, figure, measured] of [
    // After ../shared/corpus/events/multinews/mnsample-test-row180-doc5.txt and doc0.txt (the Ebola outbreak).
    ['Previously, WHO had said the death rate was around 50 percent.', 'around 50 percent', 'death rate'],
    [
      'A World Health Organization official says the death rate in the current Ebola outbreak has increased to 70 percent.',
      '70 percent',
      'death rate',
    ],
    ['The fatality rate stood at 60%.', '60%', 'death rate'],
    ['Mortality is about 90% in some outbreaks.', 'about 90%', 'death rate'],
    ['The maternal mortality rate is 0.2%.', '0.2%', 'maternal death rate'],
    ['The unemployment rate rose to 5.2% in March.', '5.2%', 'unemployment rate'],
    ['The rate is 5%.', '5%', null],
    // A ratio is a rate as the bare figures' reader reads one (RATE_NOUNS): "the sex ratio stood at 105".
    ['The debt ratio was 40% last year.', '40%', 'debt ratio'],
    ['The ratio was 40% last year.', '40%', null],
    ['He said WHO is aiming to have 70 percent of cases isolated.', '70 percent', 'case'],
  ] as const) {
    it(`reads «${figure}» in «${text}» as of ${measured}`, () =>
      assert.equal(claimOf(text, figure).frame!.measured, measured));
  }

  // After ../shared/corpus/events/multinews/mnsample-test-row180-doc5.txt and doc0.txt.
  const earlier = 'Previously, WHO had said the death rate was around 50 percent.\n';
  const later =
    'Also on Tuesday, WHO confirmed that the death rate in the current outbreak is now 70 percent, officials said.\n';

  it('compares two reports of one rate whose sentences share few words', () => {
    assert.deepEqual(findingsOf(earlier, later), [
      ['conflict', 'information', 'Sources disagree on percents: about 50% in a; 70% in b (officials)'],
    ]);
  });

  it('does not compare two rates', () => {
    const other = 'Also on Tuesday, WHO confirmed that the infection rate in the current outbreak is now 70 percent.\n';
    assert.deepEqual(findingsOf(earlier, other), []);
  });
});
