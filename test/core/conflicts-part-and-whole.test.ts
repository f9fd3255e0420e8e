// Issue 14, a part and its whole in the fallback (fallbackApart, partAndWhole in conflicts/quantities.ts): a count
// named by a modifier of competition, period or subset ("nine league goals", "first-half goals") set against a count
// of one owner without it ("11 goals for Real Madrid": all competitions) is two quantities, not "Sources may
// disagree". After ../shared/corpus/bbc/sport_142.txt and sport_151.txt (Owen's goals for Real Madrid), in words of
// our own.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';
import { allGoals, leagueGoals } from './fixtures/owen-goals';

const a = allGoals;
const b = leagueGoals;
const MAY =
  'Sources may disagree on goals grabbed: 9 in b; 11 in a (may be one quantity: the reports tell it in alike ' +
  'words, but their frames do not prove it one)';

describe('a part named by its scope modifier against the whole, in the fallback', () => {
  it('does not report nine league goals against 11 goals (all competitions)', () => {
    assert.deepEqual(findingsOf(a, b), []);
  });

  it('does not report a period (first-half goals) nor a competition (Test goals) on one side only', () => {
    assert.deepEqual(findingsOf(a, b.replace('league goals', 'first-half goals')), []);
    assert.deepEqual(findingsOf(a.replace('11 goals', '11 Test goals'), b.replace('league goals', 'goals')), []);
  });

  it('still reports the two counts when neither names a scope, or both name the same one', () => {
    assert.deepEqual(findingsOf(a, b.replace('league goals', 'goals')), [['conflict', 'information', MAY]]);
    assert.deepEqual(findingsOf(a.replace('11 goals', '11 league goals'), b), [['conflict', 'information', MAY]]);
  });
});
