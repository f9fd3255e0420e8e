// Issue 14, the scope of a figure: the time and place a comparison's baseline names ("33 per cent higher than in
// 2012", "compared with the same month in 2010", "up from 5 in 2009") are the baseline's, not those of the figure
// compared with it. Each excerpt names the corpus file it is from (../shared/corpus); the others are written for
// the test. The rule reads any time or place after "than", "versus", "compared with/to", "up/down from".
import { strict as assert } from 'node:assert';
import { claimOf, findingsOf } from './fixtures/readings';

/** A figure's time and place in its frame, and the date it is given as of. */
function whenWhere(text: string, figure: string): [string | null, string | null, string | null] {
  const claim = claimOf(text, figure);
  return [claim.frame!.time, claim.frame!.place, claim.asOf];
}

describe("frames: a comparison's baseline dates and places no figure compared with it", () => {
  it('a year after "than in" is not the year of the figures around it', () => {
    // events multinews/mnsample-test-row005-doc1.txt
    const pyramids =
      'By 2017, the volume of discarded e-products worldwide is expected to be 33 per cent higher than in 2012 and weigh the equivalent of eight of the Great Pyramids of Egypt.';
    assert.deepEqual(whenWhere(pyramids, '33 per cent'), [null, null, '2017']);
    assert.deepEqual(whenWhere(pyramids, 'eight of the Great Pyramids'), [null, null, '2017']);
    // The figure's own year stays: "in 2012" with no comparison before it.
    assert.deepEqual(whenWhere('E-waste was 33 per cent higher in 2012.', '33 per cent'), ['2012', null, '2012']);
  });

  it('"compared with" and "up from" lead to the baseline; the baseline figure keeps its own year', () => {
    const month = 'Exports reached $5bn, compared with the same month in 2010.';
    assert.deepEqual(whenWhere(month, '$5bn'), [null, null, null]);
    const toll = 'The toll rose to 30, up from 5 in 2009.';
    assert.deepEqual(whenWhere(toll, '30'), [null, null, null]);
    assert.deepEqual(whenWhere(toll, '5'), ['2009', null, '2009']);
    // Modelled on bbc/politics_387.txt: "by 2011" bounds the whole comparison, not its baseline.
    const spending = 'Spending will be £33.5bn less than that planned by Labour by 2011.';
    assert.deepEqual(whenWhere(spending, '£33.5bn'), [null, null, '2011']);
  });

  it('a day or a place after "than" is the baseline\'s; one after a closed baseline is the figure\'s', () => {
    assert.deepEqual(whenWhere('Exports reached $5bn, 12% more than in March.', '12%'), [null, null, null]);
    assert.deepEqual(whenWhere('Exports rose 12% in March.', '12%'), ['march', null, null]);
    assert.deepEqual(whenWhere('Sales were 20% higher than on Monday.', '20%'), [null, null, null]);
    assert.deepEqual(whenWhere('Prices were 20% higher than in London.', '20%'), [null, null, null]);
    assert.deepEqual(whenWhere('Prices rose 20% in London.', '20%'), [null, 'London', null]);
    // bbc/business_016.txt: the day after ", down from" dates the baseline, not the next clause's figure.
    const output =
      'Industrial output grew 15.7% in the year to October, down from 23% in February, and inflation slowed to 4.3%.';
    assert.deepEqual(whenWhere(output, '23%'), ['february', null, null]);
    assert.deepEqual(whenWhere(output, '4.3%'), [null, null, null]);
    // No comparison: "more than" bounds a figure (bbc/business_311.txt), "up from" after a verb is no change.
    const disasters = '191 people were killed and more than 2,000 injured in March after the attack.';
    assert.deepEqual(whenWhere(disasters, '191 people'), ['march', null, null]);
    const goal = 'He picked the ball up from a long throw inside the six-yard box and scored 2 goals.';
    assert.deepEqual(whenWhere(goal, '2 goals'), [null, 'box', null]);
    // "than a year earlier" is a whole baseline: the place after it is the figure's.
    assert.deepEqual(whenWhere('Output was 9% lower than a year earlier in Wales.', '9%'), [null, 'Wales', null]);
  });

  it("compares figures of one year whose sentence names a baseline's year", () => {
    // events multinews/mnsample-test-row005-doc1.txt and -doc2.txt: the same 2017 forecast.
    assert.deepEqual(
      findingsOf(
        'Published 2013-12-16\n\nBy 2017, the volume of e-waste is expected to be 33 per cent higher than in 2012 and weigh the equivalent of eight of the Great Pyramids of Egypt.',
        'Published 2013-12-16\n\nBy 2017, the annual piles of e-waste would weigh the equivalent of 11 Great Pyramids of Giza, it said.',
      ),
      [['conflict', 'information', 'Sources disagree on pyramids (2017): 8 in a (2017); 11 in b (it, 2017)']],
    );
    // "no later than 2015" is a deadline: its year dates the figure.
    assert.deepEqual(
      findingsOf(
        'Published 2013-12-16\n\nThe firm will build 400 homes no later than 2015.',
        'Published 2013-12-16\n\nThe firm will build 500 homes this year.',
      ),
      [],
    );
  });
});
