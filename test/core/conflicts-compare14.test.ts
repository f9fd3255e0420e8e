// Issue 14, comparison: how the engine reads figures that denote one quantity. Each fixture is a short excerpt of a
// corpus sentence (its source named), with its look-alike.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { intervalOf } from '../../server/src/core/intervals';

const findingsOf = (...texts: string[]) =>
  detectFindings(texts.map((text, i) => analyzeDocument(text, `${String.fromCharCode(97 + i)}.txt`))).map((f) => [
    f.kind,
    f.severity,
    f.message,
  ]);

describe('a floor written with one significant digit ("more than 400")', () => {
  it('stops short of the next such figure, for counts and sums; other floors keep half as much again', () => {
    assert.deepEqual(intervalOf(400, 'more than', true), [400, 499]);
    assert.deepEqual(intervalOf(400, 'at least', true), [400, 499]);
    assert.deepEqual(intervalOf(3_000_000, 'more than', false), [3_000_000, 3_999_999]);
    // 100: the next such figure (200) lies beyond half as much again; 450 and 40 are not such floors.
    assert.deepEqual(intervalOf(100, 'more than', true), [100, 150]);
    assert.deepEqual(intervalOf(200, 'more than', true), [200, 299]);
    assert.deepEqual(intervalOf(450, 'more than', true), [450, 675]);
    assert.deepEqual(intervalOf(40, 'more than', true), [40, 60]);
  });

  // After ../shared/corpus/events/multinews/mnsample-test-row086-doc1.txt and -doc2.txt (the North Korean delegation
  // to the PyeongChang Olympics).
  const floor =
    "The two Koreas will field a combined women's ice hockey team and march together under one flag at next month's " +
    'Winter Olympics in the South, Seoul said.\n\n' +
    'North Korea will send a delegation of more than 400, including 230 cheerleaders, 140 artists and 30 Taekwondo ' +
    "players for a demonstration, a joint press statement released by Seoul's Unification Ministry said.\n";
  const exact = (n: number) =>
    'North and South Korea will march under one flag as their first joint Olympic team competes in the Winter ' +
    'Olympics next month.\n\n' +
    `North Korea will send a ${n}-member delegation to the games, which includes 230 cheerleaders, 140 artists and 30 ` +
    'taekwondo players for a demonstration.\n';

  it('disagrees with 550 ("a 550-member delegation")', () => {
    assert.deepEqual(findingsOf(floor, exact(550)), [
      ['conflict', 'warning', 'Sources disagree on delegations send: more than 400 in a; 550 in b'],
    ]);
  });

  it('agrees with 450', () => {
    assert.deepEqual(findingsOf(floor, exact(450)), []);
  });
});
