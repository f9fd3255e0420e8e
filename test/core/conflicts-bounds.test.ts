// Issue 14, figures read as strictly as their writing allows (strictInterval in core/intervals.ts): two floors, two
// caps or two ranges of one count give the bounds their writers had ("at least 6" and "at least 7" killed, "30 to
// 40" and "35 to 40" firefighters differ), and a figure written without a qualifier is rounded by a little at most
// ("1 ton" is not 1.2 tons). The engine reports such figures of one quantity as a conflict of severity information
// (strictFinding in conflicts/quantities.ts); the citation code's `agrees` says they do not agree.
import { strict as assert } from 'node:assert';
import { agrees } from '../../server/src/core/citations';
import { type Bound, claimInterval, strictInterval } from '../../server/src/core/intervals';
import { claimOf, findingsOf } from './fixtures/readings';

describe('a bound read against one of its kind as its writer wrote it', () => {
  const read = (text: string, figure: string, among: Bound | null) => strictInterval(claimOf(text, figure), among);
  const range = 'Between 30 and 40 firefighters came.';

  it('is its figure as written ("more than N" of a count: N to N + 1, as "at least N + 1" is N + 1)', () => {
    assert.deepEqual(read('At least 7 people were killed.', 'At least 7 people', 'floor'), { low: 7, high: 7 });
    assert.deepEqual(read('More than 30 people died.', 'More than 30 people', 'floor'), { low: 30, high: 31 });
    assert.deepEqual(read('More than 31 people died.', 'More than 31 people', 'floor'), { low: 32, high: 32 });
    assert.deepEqual(read('Up to 40 firefighters came.', 'Up to 40 firefighters', 'cap'), { low: 40, high: 40 });
    assert.deepEqual(read(range, 'Between 30 and 40 firefighters', 'range low'), { low: 30, high: 30 });
    assert.deepEqual(read(range, 'Between 30 and 40 firefighters', 'range high'), { low: 40, high: 40 });
  });

  it('is no reading of a figure that does not bound its quantity that way', () => {
    assert.equal(read('At least 7 people were killed.', 'At least 7 people', null), null);
    assert.equal(read('At least 7 people were killed.', 'At least 7 people', 'cap'), null);
    assert.equal(read('Up to 40 firefighters came.', 'Up to 40 firefighters', 'range high'), null);
    assert.equal(read(range, 'Between 30 and 40 firefighters', 'floor'), null);
  });

  it('makes agrees (citations) tell two bounds of one kind apart, and leave a bound room against another figure', () => {
    const seven = claimOf('At least 7 people were killed.', 'At least 7 people');
    assert.equal(agrees(seven, claimOf('At least 6 people were killed.', 'At least 6 people')), false);
    assert.equal(agrees(seven, claimOf('More than 6 people were killed.', 'More than 6 people')), true);
    assert.equal(agrees(seven, claimOf('In all, 8 people were killed.', '8 people')), true);
    const thirty = claimOf(range, 'Between 30 and 40 firefighters');
    assert.equal(
      agrees(thirty, claimOf('Between 35 and 40 firefighters came.', 'Between 35 and 40 firefighters')),
      false,
    );
    assert.equal(
      agrees(thirty, claimOf('Between 30 and 45 firefighters came.', 'Between 30 and 45 firefighters')),
      false,
    );
    assert.equal(agrees(thirty, claimOf('In all, 35 firefighters came.', '35 firefighters')), true);
    const cap = claimOf('It offers up to $400 in prizes.', 'up to $400');
    assert.equal(agrees(cap, claimOf('It offers $400 in prizes.', '$400')), true);
    assert.equal(agrees(cap, claimOf('It offers up to $300 in prizes.', 'up to $300')), false);
    // After ../shared/corpus/events/multinews/mnsample-test-row113-doc0.txt and -doc2.txt: a cap holds a range below it.
    assert.equal(
      agrees(
        claimOf('He was shot from less than 36 inches away.', 'less than 36 inches'),
        claimOf('He was shot from between 1 and 18 inches away.', 'between 1 and 18 inches'),
      ),
      true,
    );
  });
});

describe('a figure written without a qualifier read as rounded by a little at most', () => {
  const plain = (text: string, figure: string) => strictInterval(claimOf(text, figure), null);

  it('is within a tenth of its figure where its last digit would allow more', () => {
    assert.deepEqual(plain('The satellite weighs 1 ton.', '1 ton'), { low: 0.9, high: 1.1 });
    assert.deepEqual(plain('It cost $1 million.', '$1 million'), { low: 900_000, high: 1_100_000 });
  });

  it('reads a scale written "tn" as trillions ("$2.5tn" is $2.451 to $2.549 trillion)', () => {
    assert.deepEqual(claimInterval(claimOf('He valued it at $2.5tn.', '$2.5tn')), {
      low: 2_451_000_000_000,
      high: 2_549_000_000_000,
    });
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
    assert.equal(
      agrees(claimOf('Prices rose by 3% in all.', '3%'), claimOf('Prices rose by 3.2% in all.', '3.2%')),
      true,
    );
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
        'Sources disagree on people killed · in Bandar Abbas · september (at least 6 and at least 7 are different floors): ' +
          'at least 6 in b (officials); at least 7 in a (officials)',
      ],
    ]);
    assert.deepEqual(findingsOf(seven.replace('at least seven', 'more than 40'), six.replace('six', '53')), [
      [
        'conflict',
        'information',
        'Sources disagree on people killed · in Bandar Abbas · september (more than 40 and at least 53 are different floors): ' +
          'more than 40 in a (officials); at least 53 in b (officials)',
      ],
    ]);
  });

  it('are not two floors of one count, nor a floor and a plain figure', () => {
    assert.deepEqual(findingsOf(seven, six.replace('at least six', 'at least seven')), []);
    assert.deepEqual(findingsOf(seven, six.replace('at least six', 'more than six')), []);
    assert.deepEqual(
      findingsOf(seven.replace('at least seven', 'more than 40'), six.replace('at least six', '41')),
      [],
    );
    assert.deepEqual(findingsOf(seven, six.replace('at least six', 'eight')), []);
  });

  // After ../shared/corpus/events/ecbplus/13_20ecb.txt and 13_21ecb.txt (the Wasilla Bible Church fire).
  const range = 'Steele said as many as 35 to 40 volunteer firefighters fought the blaze at the Wasilla church.\n';

  it('are two ranges of one count with different ends', () => {
    assert.deepEqual(findingsOf(range, range.replace('35 to 40', '30 to 40')), [
      [
        'conflict',
        'information',
        'Sources disagree on firefighters fought · in Wasilla (30–40 and 35–40 are different ranges): 30–40 in b (Steele); 35–40 in a (Steele)',
      ],
    ]);
    assert.deepEqual(findingsOf(range, range.replace('35 to 40', 'between 35 and 40')), []);
  });

  // After ../shared/corpus/events/multinews/mnsample-test-row108-doc0.txt (the GOCE satellite).
  const ton = 'The 1-ton GOCE satellite plunged back into the atmosphere over the South Atlantic on Monday.\n';

  it('are a plain figure and one it does not round', () => {
    assert.deepEqual(findingsOf(ton, ton.replace('1-ton', '1.2-ton')), [
      [
        'conflict',
        'information',
        'Sources disagree on weight · monday (1 ton is not 1.2 ton rounded): 1 ton in a; 1.2 ton in b',
      ],
    ]);
    assert.deepEqual(findingsOf(ton, ton.replace('1-ton', '1.08-ton')), []);
  });

  it('are not a cap and a figure that reaches it ("up to $30,000" and "$30,000")', () => {
    const prize = 'NASA will award $30,000 in prize money for the best in-suit waste system.\n';
    assert.deepEqual(findingsOf(prize, prize.replace('will award', 'offers up to')), []);
  });
});

describe('a cap compared by its own figure, and figures that can be one value', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row147-doc2.txt ("a company he valued at up to $2.5tn"): a
  // cap's interval runs down to nothing, so its middle is half what its writer wrote; it is compared by its figure.
  const cap = 'The carmaker said up to 400 jobs would go at its plant in Longbridge.\n';
  const plain = 'The carmaker said 500 jobs would go at its plant in Longbridge.\n';

  it('are a cap and a figure above it: a conflict', () => {
    assert.deepEqual(findingsOf(cap, plain), [
      [
        'conflict',
        'information',
        'Sources disagree on jobs · at the plant in Longbridge: up to 400 in a (The carmaker); 500 in b (The carmaker)',
      ],
    ]);
  });

  it('are not a cap and a figure below it', () => {
    assert.deepEqual(findingsOf(cap, plain.replace('500', '350')), []);
  });

  // After ../shared/corpus/bbc/entertainment_152.txt and entertainment_163.txt (Presley's tapes): "up to $50,000"
  // meets the range "$30,000 and $50,000", though a photograph's $2,115 sorts it into a cluster of its own.
  const range =
    'A private collection of six tape recordings of Presley valued at between $30,000 and $50,000 did not meet their reserve price.\n' +
    'A signed Presley photograph managed to fetch $2,115.\n';
  const tapes =
    'The six unedited reel-to-reel tapes of Presley, owned by the engineer who recorded them, are valued at up to $50,000.\n';

  it('are never two clusters set against each other by figures that meet (a cap and the range it reaches)', () => {
    assert.deepEqual(findingsOf(range, tapes), []);
  });

  it('are a cap below a range: a conflict', () => {
    assert.deepEqual(findingsOf(range, tapes.replace('up to $50,000', 'up to $20,000')), [
      ['conflict', 'information', 'Sources disagree on dollars: $2,115 in a / up to $20,000 in b; $30,000–50,000 in a'],
    ]);
  });
});

describe('figures that meet only when read loosely', () => {
  // After ../shared/corpus/ecbplus/10_*ecbplus.txt (Teixeira's offers: "about $22 million" and "$23 million" a year):
  // rounding cannot join them, so meeting loosely does not make them one value.
  const offer = (value: string, who: string): string =>
    `The Red Sox offered Teixeira ${value} a season, ${who} reported.\n`;

  it('are still set against each other, in one text as across texts', () => {
    assert.deepEqual(
      findingsOf(
        offer('about $22 million', 'Newsday') + offer('$24 million', 'the Herald'),
        offer('$23 million', 'the Globe'),
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on dollars: about $22 million in a (Newsday) / $23 million in b (the Globe); $24 million in a (the Herald)',
        ],
        [
          'internal',
          'information',
          'a gives 2 figures for dollars: about $22 million (Newsday) and $24 million (the Herald)',
        ],
      ],
    );
  });
});
