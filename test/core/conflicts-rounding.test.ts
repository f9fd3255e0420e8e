// Issue 14, an approximate figure read as rounded (roundedInterval in core/intervals.ts): "about 50%" stands for 45% to
// 55%, so 40% is not it rounded, although the loose interval of "about 50%" (40% to 60%) holds 40%. The engine reports
// such figures of one quantity as a conflict of severity information (strictFinding in conflicts/quantities.ts);
// the citation code's `agrees` says they do not agree.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings, messageFor } from '../../server/src/core';
import { agrees } from '../../server/src/core/citations';
import { roundedInterval } from '../../server/src/core/intervals';
import { claimOf, findingsOf } from './fixtures/readings';

describe('an approximate figure read as rounded to its last written non-zero digit', () => {
  const interval = (text: string, figure: string) => roundedInterval(claimOf(text, figure));

  it('stands for the value rounded to its last non-zero digit, in digits or in words', () => {
    assert.deepEqual(interval('About 50% of them left.', 'About 50%'), { low: 45, high: 55 });
    assert.deepEqual(interval('About 200 people died.', 'About 200 people'), { low: 150, high: 250 });
    assert.deepEqual(interval('An estimated 1,350 homes burned.', 'An estimated 1,350 homes'), {
      low: 1345,
      high: 1355,
    });
    assert.deepEqual(interval('It was worth roughly $22 million.', 'roughly $22 million'), {
      low: 21_500_000,
      high: 22_500_000,
    });
    assert.deepEqual(interval('About 2.5 million people fled.', 'About 2.5 million people'), {
      low: 2_450_000,
      high: 2_550_000,
    });
    // Words: to their first digit ("half" is 45% to 55%).
    assert.deepEqual(interval('About half of the women in the registry left.', 'About half'), { low: 45, high: 55 });
  });

  it('is no reading of an exact figure, nor of "40-odd" (40 or a few more)', () => {
    assert.equal(interval('Exactly 40 people died.', 'Exactly 40 people'), null);
    assert.equal(interval('The 40-odd men left.', '40-odd men'), null);
  });

  it('makes agrees (citations) say no to a figure that is not it rounded', () => {
    const about = claimOf('About 50% of them left.', 'About 50%');
    assert.equal(agrees(about, claimOf('Of them, 40% left.', '40%')), false);
    assert.equal(agrees(about, claimOf('Of them, 47% left.', '47%')), true);
    assert.equal(
      agrees(claimOf('About 200 people died.', 'About 200 people'), claimOf('213 people died.', '213 people')),
      true,
    );
  });
});

describe('two figures of one quantity that an approximate figure admits loosely but not rounded', () => {
  // After ../shared/corpus/events/ecbplus/10_9ecbplus.txt and 10_4ecbplus.txt (the Red Sox's offer to Teixeira).
  const roughly =
    'Teixeira still has an eight-year offer on the table from the Red Sox, worth roughly $22 million per season.\n';
  const exact = 'The Red Sox offered Teixeira an eight-year deal worth $184 million, or $23 million per season.\n';

  it('are a conflict of severity information that says which is not which rounded', () => {
    assert.deepEqual(findingsOf(roughly, exact), [
      [
        'conflict',
        'information',
        'Sources disagree on dollars (about $22 million is not $23 million rounded): about $22 million in a; $23 million in b',
      ],
    ]);
  });

  it('are two approximate figures that no one value rounds to both', () => {
    assert.deepEqual(findingsOf(roughly, exact.replace('$23 million', 'about $23.5 million')), [
      [
        'conflict',
        'information',
        'Sources disagree on dollars (about $22 million and about $23.5 million are not one figure rounded): ' +
          'about $22 million in a; about $23.5 million in b',
      ],
    ]);
    assert.deepEqual(findingsOf(roughly, exact.replace('$23 million', 'about $22.4 million')), []);
  });

  it('give each figure a diagnostic that says so', () => {
    const docs = [analyzeDocument(roughly, 'a.txt'), analyzeDocument(exact, 'b.txt')];
    const [finding] = detectFindings(docs);
    assert.equal(finding.rounding, 'about $22 million is not $23 million rounded');
    const ids = docs.map((d) => d.claims.find((c) => /\$2[23] million/.test(c.text))!.id);
    assert.deepEqual(
      ids.map((id) => messageFor(finding, id)),
      [
        'about $22 million dollars here; $23 million in b (about $22 million is not $23 million rounded)',
        '$23 million dollars here; about $22 million in a (about $22 million is not $23 million rounded)',
      ],
    );
  });

  it('are a share written in words and a percentage: about half is not 40% rounded', () => {
    const half = 'About half of the women in the registry were convicted of harming a child in their care.\n';
    const forty = 'In the registry, 40% of the women were convicted of harming a child in their care.\n';
    assert.deepEqual(findingsOf(half, forty), [
      [
        'conflict',
        'information',
        'Sources disagree on percents (about 50% is not 40% rounded): 40% in b; about 50% in a',
      ],
    ]);
    assert.deepEqual(findingsOf(half, forty.replace('40%', '47%')), []);
  });

  it('are not reported when the figure may be the approximate one rounded, or written "40-odd"', () => {
    const about = 'About 200 people were killed in the flooding in Kalba, officials said on Monday.\n';
    const count = 'Officials said on Monday that 213 people were killed in the flooding in Kalba.\n';
    assert.deepEqual(findingsOf(about, count), []);
    assert.deepEqual(findingsOf(about.replace('About 200', 'Some 40-odd'), count.replace('213', '47')), []);
    assert.deepEqual(findingsOf(about.replace('About 200', 'About 50'), count.replace('213', '42')), [
      [
        'conflict',
        'information',
        'Sources disagree on people killed · in Kalba (about 50 is not 42 rounded): 42 in b (Officials); about 50 in a (officials)',
      ],
    ]);
  });

  it('are not reported when their sentences do not tell of one thing in the same words', () => {
    // After ../shared/corpus/bbc/sport_265.txt and sport_193.txt: two players' transfer fees.
    const gronkjaer =
      'The 27-year-old winger spent just five months at St Andrews following a £2.2m move from Chelsea in July. He is ' +
      'set to move during the January transfer window in a deal rumoured to be about £1.4m, subject to a medical.\n';
    const gravesen =
      "Real Madrid are closing in on a £2m deal for Everton's Thomas Gravesen after the Dane's agent travelled to " +
      'Spain to hold talks about a move.\n';
    assert.deepEqual(findingsOf(gronkjaer, gravesen), []);
    // After ../shared/corpus/bbc/business_129.txt and business_284.txt: two shares neither sentence names the thing of.
    const telephones =
      "The ministry said that it wanted to increase Iraq's very low telephone service penetration rate from about " +
      '4.5% today to about 25% within 10 years.\n';
    const jobless =
      '"Estimates of Iraq\'s unemployment rate vary, but we estimate it to be between 30-40%," the Brookings ' +
      'Institution says in its Iraq Index.\n';
    assert.deepEqual(findingsOf(telephones, jobless), []);
  });
});
