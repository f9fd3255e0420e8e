// Issue 14, figures read as strictly as their writing allows (strictInterval in core/intervals.ts): two floors of one
// count are the counts their writers had ("at least 6" and "at least 7" killed are two counts), and a figure written
// without a qualifier is rounded by a little at most ("1 ton" is not 1.2 tons). The engine reports such figures of
// one quantity as a conflict of severity information (roundingFinding in conflicts/quantities.ts); the citation
// code's `agrees` says they do not agree.
import { strict as assert } from 'node:assert';
import { agrees } from '../../server/src/core/citations';
import { strictInterval } from '../../server/src/core/intervals';
import { claimOf, findingsOf } from './fixtures/readings';

describe('a floor read among floors as the count its writer had', () => {
  const amongFloors = (text: string, figure: string) => strictInterval(claimOf(text, figure), true);

  it('is its figure, or its figure rounded down to its last written non-zero digit', () => {
    assert.deepEqual(amongFloors('At least 7 people were killed.', 'At least 7 people'), { low: 7, high: 7 });
    assert.deepEqual(amongFloors('More than 31 people died.', 'More than 31 people'), { low: 32, high: 32 });
    assert.deepEqual(amongFloors('More than 17,000 people signed.', 'More than 17,000 people'), {
      low: 17_001,
      high: 17_999,
    });
  });

  it('is no reading against a figure that is not a floor', () => {
    assert.equal(strictInterval(claimOf('At least 7 people were killed.', 'At least 7 people'), false), null);
  });

  it('makes agrees (citations) tell two floors apart, and leave a floor room for more against a plain figure', () => {
    const seven = claimOf('At least 7 people were killed.', 'At least 7 people');
    assert.equal(agrees(seven, claimOf('At least 6 people were killed.', 'At least 6 people')), false);
    assert.equal(agrees(seven, claimOf('More than 6 people were killed.', 'More than 6 people')), true);
    assert.equal(agrees(seven, claimOf('In all, 8 people were killed.', '8 people')), true);
    const forty = claimOf('More than 40 people were killed.', 'More than 40 people');
    assert.equal(agrees(forty, claimOf('At least 47 people were killed.', 'At least 47 people')), true);
    assert.equal(agrees(forty, claimOf('At least 53 people were killed.', 'At least 53 people')), false);
  });
});

describe('a figure written without a qualifier read as rounded by a little at most', () => {
  const plain = (text: string, figure: string) => strictInterval(claimOf(text, figure), false);

  it('is within a twentieth of its figure where its last digit would allow more', () => {
    assert.deepEqual(plain('The satellite weighs 1 ton.', '1 ton'), { low: 0.95, high: 1.05 });
    assert.deepEqual(plain('It cost $1 million.', '$1 million'), { low: 950_000, high: 1_050_000 });
  });

  it('is no reading where its written digits say as much, nor of a count', () => {
    assert.equal(plain('The satellite weighs 1.2 tons.', '1.2 tons'), null);
    assert.equal(plain('Of them, 40% left.', '40%'), null);
    assert.equal(plain('In all, 7 people were killed.', '7 people'), null);
  });

  it('makes agrees (citations) say no to a figure it does not round', () => {
    assert.equal(
      agrees(claimOf('It cost $1 million.', '$1 million'), claimOf('It cost $1.4 million.', '$1.4 million')),
      false,
    );
    assert.equal(agrees(claimOf('It cost $5bn.', '$5bn'), claimOf('It cost $4.83bn.', '$4.83bn')), true);
  });
});

describe('figures of one quantity that are not one value as written', () => {
  // After ../shared/corpus/events/ecbplus/20_1ecb.txt and 20_4ecb.txt (the September quake near Bandar Abbas).
  const seven =
    'A magnitude 6.1 quake struck near Bandar Abbas in September, killing at least seven people, officials said.\n';
  const six = 'That quake near Bandar Abbas in September killed at least six people and injured 40, officials said.\n';

  it('are two floors of different counts: a conflict of severity information', () => {
    assert.deepEqual(findingsOf(seven, six), [
      [
        'conflict',
        'information',
        'Sources disagree on people killed · in Bandar Abbas · september (at least 6 and at least 7 are two counts): ' +
          'at least 6 in b (officials); at least 7 in a (officials)',
      ],
    ]);
    assert.deepEqual(findingsOf(seven.replace('at least seven', 'more than 40'), six.replace('six', '53')), [
      [
        'conflict',
        'information',
        'Sources disagree on people killed · in Bandar Abbas · september (more than 40 and at least 53 are two counts): ' +
          'more than 40 in a (officials); at least 53 in b (officials)',
      ],
    ]);
  });

  it('are not two floors of one count, a round floor and a count it rounds down, nor a floor and a plain figure', () => {
    assert.deepEqual(findingsOf(seven, six.replace('at least six', 'at least seven')), []);
    assert.deepEqual(findingsOf(seven, six.replace('at least six', 'more than six')), []);
    assert.deepEqual(findingsOf(seven.replace('at least seven', 'more than 40'), six.replace('six', '47')), []);
    assert.deepEqual(findingsOf(seven, six.replace('at least six', 'eight')), []);
  });

  // After ../shared/corpus/events/multinews/mnsample-test-row108-doc0.txt (the GOCE satellite).
  const ton = 'The 1-ton GOCE satellite plunged back into the atmosphere over the South Atlantic on Monday.\n';

  it('are a plain figure and one it does not round', () => {
    assert.deepEqual(findingsOf(ton, ton.replace('1-ton', '1.2-ton')), [
      [
        'conflict',
        'information',
        'Sources disagree on kilograms · monday (1 ton is not 1.2 ton rounded): 1 ton in a; 1.2 ton in b',
      ],
    ]);
    assert.deepEqual(findingsOf(ton, ton.replace('1-ton', '1.04-ton')), []);
  });

  it('are not a cap and a figure that reaches it ("up to $30,000" and "$30,000")', () => {
    const prize = 'NASA will award $30,000 in prize money for the best in-suit waste system.\n';
    assert.deepEqual(findingsOf(prize, prize.replace('will award', 'offers up to')), []);
  });
});
