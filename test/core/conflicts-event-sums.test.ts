// Issue 14, sums of money one event names on both sides, and nothing else of what they measure ("has spent $117
// billion", "the nearly $200 billion spent"): compared up to EVENT_SUM_RATIO (2) apart, where frames that name what
// they measure only in part stop at 1.5 (nearValues and sumsOfOneEvent in conflicts/quantities.ts).
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('two sums of money of one event, naming nothing else', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row094-doc1.txt and doc2.txt (the Commission on Wartime
  // Contracting's report).
  const spent = 'Since 2002, the United States has spent $117 billion on contractors in Iraq and Afghanistan.\n';
  const report =
    'The commission said misspent dollars run into the tens of billions out of the nearly $200 billion spent on ' +
    'contracts in Iraq and Afghanistan since 2002.\n';

  it('is compared when they are up to twice apart: $117 billion and nearly $200 billion spent', () => {
    assert.deepEqual(findingsOf(spent, report), [
      [
        'conflict',
        'information',
        // "since 2002" is when the total starts, not its date (issue 14).
        'Sources disagree on dollars spent · in Iraq · running total: $117 billion in a; nearly $200 billion in b (The commission)',
      ],
    ]);
  });

  it('is not compared further apart, nor when the events differ', () => {
    assert.deepEqual(findingsOf(spent.replace('$117 billion', '$87 billion'), report), []);
    assert.deepEqual(findingsOf(spent.replace('has spent', 'has paid'), report), []);
    // A sum that names what it measures ("contracts worth ...") is not the event's whole.
    const contracts =
      'The commission said contracts worth nearly $200 billion were spent in Iraq and Afghanistan since 2002.\n';
    assert.deepEqual(findingsOf(spent, contracts), []);
    // Sums no event names: what they are of is unsaid.
    assert.deepEqual(
      findingsOf(spent.replace('has spent', 'has put').replace(' on ', ' into '), report.replace(' spent', '')),
      [],
    );
  });

  it('is not compared for lengths, whose event names no whole: the 60m won and the 100m won', () => {
    // After ../shared/corpus/bbc/sport_153.txt and sport_196.txt (Jason Gardener's races).
    const sixty = "Britain's Jason Gardener won the 60m at Sunday's Leipzig meeting in Glasgow.\n";
    const hundred = 'Jason Gardener had won 100m relay gold in Glasgow at the Athens Olympics.\n';
    assert.deepEqual(findingsOf(sixty, hundred), []);
  });
});
