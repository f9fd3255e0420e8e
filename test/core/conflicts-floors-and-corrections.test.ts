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

describe('a figure its sentence corrects ("eight pages long - not five as had been thought")', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row023-doc1.txt and -doc3.txt (Nancy Motes's note).
  const lead = 'Nancy Motes, the half-sister of Julia Roberts, was found dead in Los Angeles.\n\n';
  const daily = (letter: string, correction: string) =>
    `${lead}${letter}\n\nConner claimed the note is eight pages long${correction} and Julia is said to be 'terrified' about it coming out.\n`;
  const other = `${lead}Conner claimed the note is eight pages long, and Motes deliberately timed her apparent overdose.\n`;

  it('is superseded by it: a revision, in that file and across files', () => {
    assert.deepEqual(
      findingsOf(daily('She left a five-page suicide letter.', ' - not five as had been thought -'), other),
      [['revision', 'information', 'Pages revised: 5 in a (superseded by 8); 8 in a, b (Conner)']],
    );
  });

  it('is not compared without the correction (a count no verb governs, 5 against 8)', () => {
    assert.deepEqual(findingsOf(daily('She left a five-page suicide letter.', ','), other), []);
  });

  it('corrects only a figure of the same thing', () => {
    assert.deepEqual(
      findingsOf(daily('She left a five-minute video.', ' - not five as had been thought -'), other),
      [],
    );
  });

  it('needs an earlier account ("as had been thought"), not any "not" ("not five feet from her bed")', () => {
    assert.deepEqual(
      findingsOf(daily('She left a five-page suicide letter.', ' and lay not five feet from her bed,'), other),
      [],
    );
  });
});
