// Issue 14, figures the extractor read but no frame made comparable: a length of time after "for" whose verb is a
// participle in -ing with its object ("suspending the program for 120 days") or stands before an abbreviation's
// period ("barred from Mt. Tabor for 30 days"), and the low end of an estimate ("as few as", "as little as", "as low
// as"), the mirror of "as many as". Sentences from a corpus scan of unread figures (scripts/unread-figures.ts), each
// named by its file; look-alikes that must stay unread beside them.
import { strict as assert } from 'node:assert';
import { claimOf, claimsOf, findingsOf } from './fixtures/readings';

const lasted = (text: string, figure: string): string | null => claimOf(text, figure).frame!.measured;

describe('a length of time after "for": the verb a few words back', () => {
  it('reads a participle in -ing with its object as the verb of the length', () => {
    // events/multinews/mnsample-test-row126-doc1.txt
    assert.equal(
      lasted('Trump signed an executive order Friday suspending the U.S. refugee program for 120 days.', '120 days'),
      'suspend',
    );
    // events/multinews/mnsample-test-row083-doc1.txt: "to" after a sentencing verb
    assert.equal(lasted('The state tried Charles again, sentencing him to 15 years in jail.', '15 years'), 'sentenc');
    // events/multinews/mnsample-test-row104-doc6.txt
    assert.equal(lasted("They weren't handling it for 6 days.", '6 days'), 'handl');
    // bbc/business_209.txt: before, the object ("club") was read as what lasted
    assert.equal(
      lasted('The tycoon, who has been wooing the club for the last 12 months, approached the board.', '12 months'),
      'woo',
    );
  });

  it('reads no verb from a word in -ing with no object, or one that qualifies a bare noun', () => {
    // bbc/politics_122.txt, bbc/sport_183.txt: no object
    assert.equal(
      lasted('People coming to the UK for less than six months would not be tested.', 'less than six months'),
      null,
    );
    assert.equal(lasted('I have been managing for five years.', 'five years'), null);
    // bbc/business_124.txt, events/multinews/mnsample-test-row005-doc0.txt: an adjective before its noun
    assert.equal(lasted('The firm had an operating loss for the three months to December.', 'three months'), null);
    assert.equal(
      lasted(
        'European countries have had established e-waste recycling programs for more than 10 years.',
        'more than 10 years',
      ),
      null,
    );
    // A verb in -ing at the start of a sentence is read as before: not at all.
    assert.equal(lasted('Holding people for 48 hours without a warrant would violate the law.', '48 hours'), null);
  });

  it('looks past the period of an abbreviation or an initial to the verb', () => {
    // events/multinews/mnsample-test-row047-doc1.txt
    assert.equal(lasted('Delynn was barred from Mt. Tabor for 30 days.', '30 days'), 'barr');
    assert.equal(lasted('He was barred from the U.S. for 30 days.', '30 days'), 'barr');
  });

  it('compares two reports of one story that give the length of one act by "suspending" and "suspended"', () => {
    assert.deepEqual(
      findingsOf(
        'Trump signed an order suspending the U.S. refugee program for 120 days.',
        'The order suspended the refugee program for 90 days, officials said.',
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on length of time suspended: 90 days in b (officials); 120 days in a',
        ],
      ],
    );
    assert.deepEqual(
      findingsOf(
        'Trump signed an order suspending the U.S. refugee program for 120 days.',
        'The order suspends the refugee program for 120 days, officials said.',
      ),
      [],
    );
    assert.deepEqual(
      findingsOf(
        'The judge sentenced Moss to 10 years in prison.',
        'The court tried Moss again, sentencing him to 12 years in jail.',
      ),
      [['conflict', 'information', 'Sources disagree on length of time sentenced: 10 years in a; 12 years in b']],
    );
  });
});

describe('the low end of an estimate: "as few as", "as little as", "as low as"', () => {
  const read = (text: string) => claimsOf(text).map((c) => [c.text, c.qualifier, c.value.low, c.value.high]);

  it('reads the figure as a floor, as "at least"', () => {
    assert.deepEqual(read('As few as 12 people turned up.'), [['As few as 12 people', 'at least', 12, 18]]);
    // bbc/politics_077.txt
    assert.deepEqual(read('There could be as little as 18 days between the Budget and the election.'), [
      ['as little as 18 days', 'at least', 18, 27],
    ]);
    // bbc/business_033.txt
    assert.deepEqual(read('By 2019 poverty could fall as low as 15.3%, he said.'), [
      ['as low as 15.3%', 'at least', 15.3, 22.950000000000003],
    ]);
  });

  it('keeps "as many as" a cap and "as long as" no qualifier', () => {
    assert.deepEqual(read('As many as 12 people turned up.'), [['As many as 12 people', 'up to', 0, 12]]);
    assert.deepEqual(read('He can stay as long as 12 people agree.'), [['12 people', 'exact', 12, 12]]);
  });
});

describe('a fraction of one determined thing: "two-thirds of the budget", "of its 28,000 staff"', () => {
  const read = (text: string) =>
    claimsOf(text).map((c) => [c.text, c.quantityKind, c.value.stated, c.qualifier, c.frame!.measured]);

  it('reads a fraction of a singular noun after a determiner, a possessive name or "all"', () => {
    // bbc/business_052.txt, bbc/business_165.txt, events/multinews/mnsample-test-row115-doc0.txt
    assert.deepEqual(read("Consumer spending accounts for about two-thirds of Italy's economy."), [
      ['about two-thirds', 'percent', 66.66666666666667, 'about', 'economy'],
    ]);
    assert.deepEqual(read('Consumer spending accounts for about two thirds of all economic activity in the US.'), [
      ['about two thirds', 'percent', 66.66666666666667, 'about', 'economic activity'],
    ]);
    assert.deepEqual(read('The projects consume about two-thirds of DOE’s budget every year.'), [
      ['about two-thirds', 'percent', 66.66666666666667, 'about', 'budget'],
    ]);
    // bbc/business_250.txt
    assert.deepEqual(
      read('The company is still the biggest player in China, with more than a quarter of the market.'),
      [['more than a quarter', 'percent', 25, 'more than', 'market']],
    );
  });

  it('reads a fraction of a whole that gives its own count, and the count too (bbc/business_394.txt)', () => {
    assert.deepEqual(read('More than two thirds of its 28,000 staff have now accepted wage cuts.'), [
      ['More than two thirds', 'percent', 66.66666666666667, 'more than', 'staff'],
      ['28,000 staff', 'count', 28000, 'exact', 'staff'],
    ]);
  });

  it('reads no share in "one half of" a pair, "a quarter of a century", or a fraction of nothing determined', () => {
    // bbc/entertainment_231.txt: one of two presenters
    assert.deepEqual(read('Huw Stephens is one half of the Thursday night show Bethan and Huw.'), []);
    assert.deepEqual(read('A quarter of a century later he returned.'), []);
    assert.deepEqual(read('Two-thirds of economic activity is consumer spending.'), []);
  });
});

describe('a share of a whole after its owner\'s name: "45% of Italy\'s economy"', () => {
  it('names the whole past the possessive name, as a share in words does', () => {
    // bbc/business_332.txt, bbc/tech_211.txt
    assert.equal(
      claimOf("Rosneft will now control about 16% of Russia's total crude oil output.", 'about 16%').frame!.measured,
      'output',
    );
    assert.equal(
      claimOf("By 2025, 40% of the UK's population will still be without internet access.", '40%').frame!.measured,
      'population',
    );
    // A lower-case possessive is no owner's name: nothing read past it, as before.
    assert.equal(claimOf("Consumer spending accounts for 45% of the country's economy.", '45%').frame!.measured, null);
  });

  it('compares a share in words with one in digits of the same owned whole, and not two that agree', () => {
    assert.deepEqual(
      findingsOf(
        "Consumer spending accounts for about two-thirds of Italy's economy.",
        "Consumer spending accounts for 45% of Italy's economy.",
      ),
      [['conflict', 'information', 'Sources disagree on percents: 45% in b; about 66.667% in a']],
    );
    assert.deepEqual(
      findingsOf(
        "Consumer spending accounts for about two-thirds of Italy's economy.",
        "Consumer spending accounts for 66% of Italy's economy.",
      ),
      [],
    );
  });
});
