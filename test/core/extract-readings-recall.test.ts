// Readings a news reader applies to figures and dates written in other ways than digits and calendar dates: a date
// counted back from the article's own date ("185 years ago"), a part counted in the whole's noun ("two of the
// thousands of synthetic molecules"), a count before a price or a measure ("up to three $30,000 prizes"), number words ("a pair of", "half a million").
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';

/** The text with the file's own date in its metadata. */
function dated(date: string, body: string): string {
  return `---\ndate: ${date}\n---\n${body}`;
}

/** Each claim as [text, low, high, unitKey, measured, event]. */
function read(
  text: string,
): Array<[string, number | null, number | null, string | null, string | null, string | null]> {
  return analyzeDocument(text, 'a.txt').claims.map((c) => [
    c.text,
    c.value.low,
    c.value.high,
    c.unitKey,
    c.frame?.measured ?? null,
    c.frame?.event ?? null,
  ]);
}

function eventDates(text: string): Array<[string, string, string, string]> {
  return analyzeDocument(text, 'a.txt').eventDates.map((e) => [e.subject, e.event, e.date, e.text]);
}

describe('extractor: a date relative to the article\'s own date ("two days ago", "last year") dates an event', () => {
  it("counts years, months and days back from the file's date, as far as the unit tells", () => {
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested two days ago in Ohio.')), [
      ['Smith', 'arrested', '2015-08-02', 'Smith was arrested two days ago'],
    ]);
    assert.deepEqual(eventDates(dated('2015-08-04', 'The bridge collapsed twenty-one years ago.')), [
      ['bridge', 'collaps', '1994', 'bridge collapsed twenty-one years ago'],
    ]);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Two years ago, the bridge collapsed.')), [
      ['bridge', 'collaps', '2013', 'Two years ago, the bridge collapsed'],
    ]);
    // Eight months before August 2015 is December 2014; "a year ago" is one year.
    assert.deepEqual(eventDates(dated('2015-08-04', 'The bridge collapsed 8 months ago.')), [
      ['bridge', 'collaps', '2014-12', 'bridge collapsed 8 months ago'],
    ]);
    assert.deepEqual(eventDates(dated('2015-08-04', 'The bridge collapsed a year ago.')), [
      ['bridge', 'collaps', '2014', 'bridge collapsed a year ago'],
    ]);
  });

  it('counts decades back, and leaves a hedged decade ("more than a decade ago") undated', () => {
    assert.deepEqual(eventDates(dated('2015-08-04', 'The man was arrested a decade ago.')), [
      ['man', 'arrested', '2005', 'man was arrested a decade ago'],
    ]);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Two decades ago, the bridge collapsed.')), [
      ['bridge', 'collaps', '1995', 'Two decades ago, the bridge collapsed'],
    ]);
    assert.deepEqual(eventDates(dated('2015-08-04', 'The man was arrested more than a decade ago.')), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'The bridge collapsed decades ago.')), []);
  });

  it('leaves a hedged length of any unit undated ("nearly two years ago", "about 10 days ago"), not an exact one', () => {
    assert.deepEqual(eventDates(dated('2015-08-04', 'The bridge collapsed nearly two years ago.')), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested about 10 days ago in Ohio.')), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'The bridge collapsed more than 8 months ago.')), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested exactly two days ago in Ohio.')), [
      ['Smith', 'arrested', '2015-08-02', 'Smith was arrested exactly two days ago'],
    ]);
  });

  it('reads a date that opens a clause after "that", set off by a comma', () => {
    // Multi-News row 145 (doc0), with "received" for its "found".
    assert.deepEqual(
      eventDates(dated('2015-08-04', 'Mormons believe that 185 years ago, Smith received gold plates.')),
      [['Smith', 'receiv', '1830', '185 years ago, Smith received']],
    );
    assert.deepEqual(eventDates('Police said that in 2010, Smith was arrested.'), [
      ['Smith', 'arrested', '2010', '2010, Smith was arrested'],
    ]);
    // Without the comma the date may belong to the clause before it: not read.
    assert.deepEqual(eventDates('Police said that in 2010 Smith was arrested.'), []);
  });

  it('reads the date that opens a line of a timeline ("27 February 2014: ...")', () => {
    // Multi-News row 025 (doc2, BBC timeline).
    assert.deepEqual(eventDates('28 October 2013: Lauri Love is arrested in Suffolk.'), [
      ['Love', 'arrested', '2013-10-28', '28 October 2013: Lauri Love is arrested'],
    ]);
    // A year alone before a colon is no timeline's date.
    assert.deepEqual(eventDates('2013: Love is arrested in Suffolk.'), []);
  });

  it('reads "last year", "this month" as the calendar year or month of the file\'s date or the one before', () => {
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested last year in Ohio.')), [
      ['Smith', 'arrested', '2014', 'Smith was arrested last year'],
    ]);
    assert.deepEqual(eventDates(dated('2015-01-04', 'The bridge collapsed last month.')), [
      ['bridge', 'collaps', '2014-12', 'bridge collapsed last month'],
    ]);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested earlier this month.')), [
      ['Smith', 'arrested', '2015-08', 'Smith was arrested earlier this month'],
    ]);
    // "over the last year": the twelve months before, no calendar year.
    assert.deepEqual(eventDates(dated('2015-08-04', 'The bridge collapsed over the last year.')), []);
    assert.deepEqual(eventDates('Smith was arrested last year.'), []);
  });

  it("leaves the event undated without the article's date, and for a vague length or weeks", () => {
    assert.deepEqual(eventDates('Smith was arrested two days ago in Ohio.'), []);
    assert.deepEqual(eventDates('Mormons believe that 185 years ago, Smith found gold plates.'), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested several years ago.')), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested a few days ago.')), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested three weeks ago.')), []);
  });
});

describe('extractor: "N of the M nouns" counts the nouns, not the whole\'s count', () => {
  it("reads the noun after the whole's count, in words or vague", () => {
    // Multi-News row 010 (doc1).
    assert.deepEqual(
      read('The researchers found that two of the thousands of synthetic molecules "captured" antibodies.'),
      [['two of the thousands of synthetic molecules', 2, 2, 'molecule', 'synthetic molecule', 'seized']],
    );
    assert.deepEqual(read('Two of the five men were arrested.'), [
      ['Two of the five men', 2, 2, 'man', 'man', 'arrested'],
    ]);
  });

  it('keeps a whole counted in digits as its own figure', () => {
    assert.deepEqual(read('Three of the 12 victims were children.'), [
      ['Three', 3, 3, 'victim', 'death', null],
      ['12 victims', 12, 12, 'victim', 'death', null],
    ]);
  });

  it('leaves a share of a counted whole as it was ("7% of the 120 million adults")', () => {
    assert.deepEqual(read('Only 7% of the 120 million US adults who use the internet had created a blog.'), [
      ['7%', 7, 7, 'percent', null, null],
      ['120 million US adults', 120_000_000, 120_000_000, 'adult', 'adult', null],
    ]);
  });
});

describe('extractor: a count before a price or a measure counts the noun after them', () => {
  it('gives the count the noun, and reads the price or measure as its own figure', () => {
    // Multi-News row 104 (doc1).
    assert.deepEqual(read('NASA vowed to award up to three $30,000 prizes for the most promising systems.'), [
      ['up to three', 0, 3, 'prize', 'prize', null],
      ['$30,000', 30_000, 30_000, 'dollar', 'prize', null],
    ]);
    assert.deepEqual(read('Police arrested two 12-year-old boys.'), [
      ['two', 2, 2, 'boy', 'boy', 'arrested'],
      ['12-year-old', 12, 12, 'year', null, null],
    ]);
  });
});

describe('extractor: "a pair of" is two of what follows, unless the thing is one made in pairs', () => {
  it('reads two', () => {
    // ECB+ topic 7 (7_11ecb).
    assert.deepEqual(read('In the sixth Klitschko landed a pair of left hooks to floor an off-balanced Rahman.'), [
      ['a pair of left hooks', 2, 2, 'hook', 'left hook', 'landed'],
    ]);
  });

  it('reads no figure in a pair of glasses or of shoes, nor in "the pair"', () => {
    assert.deepEqual(read('He wore a pair of dark glasses.'), []);
    assert.deepEqual(read('A pair of trainers washed up on the banks.'), []);
    assert.deepEqual(read('The pair were arrested.'), []);
  });
});

describe('extractor: "built" and "constructed" are one event', () => {
  it('dates both by one key', () => {
    // ECB+ topic 13 (13_13ecbplus and 13_1ecbplus).
    assert.deepEqual(eventDates('The building was constructed in 1935.\n\nThe warehouse was built in 1935.'), [
      ['building', 'built', '1935', 'building was constructed in 1935'],
      ['warehouse', 'built', '1935', 'warehouse was built in 1935'],
    ]);
  });
});

describe('extractor: "a full day" is one day', () => {
  it('reads one of the unit of time after "a full"', () => {
    // bbc/entertainment_016.txt
    assert.deepEqual(read('The hit novel stayed on national best-seller lists for a full year.'), [
      ['a full year', 1, 1, 'year', null, null],
    ]);
  });

  it('reads no figure where "full year" describes the noun after it, nor in "a full house"', () => {
    // bbc/business_117.txt
    assert.deepEqual(read('The division transformed a full year operating loss into a profit.'), []);
    assert.deepEqual(read('They played to a full house.'), []);
  });
});

describe("extractor: a noun in -ing that names a thing is the subject of its event's date", () => {
  it('dates "the building was constructed in 1935"', () => {
    // ECB+ topic 13 (13_13ecbplus).
    assert.deepEqual(eventDates('The building was constructed in 1935, predating statehood by more than 20 years.'), [
      ['building', 'built', '1935', 'building was constructed in 1935'],
    ]);
    // A participle names nothing: "smoking" is no subject.
    assert.deepEqual(eventDates('Smoking was banned in 2007.'), []);
  });
});

describe('extractor: a share of a scale word is that share of it', () => {
  it('reads half a million, a quarter of a million, half a dozen, one and a half million', () => {
    assert.deepEqual(read('Half a million people marched.'), [
      ['Half a million people', 500_000, 500_000, 'person', 'person', 'marched'],
    ]);
    // BBC business_079.
    assert.deepEqual(read('Almost a quarter of a million US consumers complained of being targeted.'), [
      ['Almost a quarter of a million US consumers', 225_000, 250_000, 'consumer', 'consumer', null],
    ]);
    assert.deepEqual(read('Half a dozen people died.'), [['Half a dozen people', 6, 6, 'person', 'person', 'killed']]);
    // BBC business_461: the scale after the half multiplies both.
    assert.deepEqual(read("There are now two and a half million cars on the city's roads."), [
      ['two and a half million cars', 2_500_000, 2_500_000, 'car', 'car', null],
    ]);
  });

  it('reads any fraction of a scale word, and "a couple of hundred" as two or three hundred', () => {
    assert.deepEqual(read('Police said three-quarters of a million people fled.'), [
      ['three-quarters of a million people', 750_000, 750_000, 'person', 'person', 'displaced'],
    ]);
    assert.deepEqual(read('Police said a couple of hundred people marched.'), [
      ['a couple of hundred people', 200, 300, 'person', 'person', 'marched'],
    ]);
    assert.deepEqual(read('A couple of people died.'), []);
  });

  it('leaves a share of a whole as a share', () => {
    assert.deepEqual(read('About half the women were freed.'), [['About half', 40, 60, 'share', 'woman', null]]);
    assert.deepEqual(read('He served two and a half years.'), [
      ['two and a half years', 2.5, 2.5, 'year', 'serv', 'served'],
    ]);
  });
});

describe('extractor: two close figures joined by "or" are a range', () => {
  it('reads "six or seven people" and "two or three weeks" as ranges, the noun counted once', () => {
    assert.deepEqual(read('Police said six or seven people died.'), [
      ['six or seven people', 6, 7, 'person', 'person', 'killed'],
    ]);
    // BBC sport_055.
    assert.deepEqual(read("I won't be able to do any running for two or three weeks."), [
      ['two or three weeks', 2, 3, 'week', null, null],
    ]);
    // The second end of a range written in words is no modifier of the noun.
    assert.deepEqual(read('Police said three to four people died.'), [
      ['three to four people', 3, 4, 'person', 'person', 'killed'],
    ]);
  });

  it('keeps figures far apart or written otherwise as alternatives', () => {
    assert.deepEqual(read('Police said 2 or 20 people died.'), [
      ['2', 2, 2, null, null, 'killed'],
      ['20 people', 20, 20, 'person', 'person', 'killed'],
    ]);
  });
});

describe('extractor: "not ... until" a date is when the event first happened', () => {
  it('dates the negated verb at the date after "until"', () => {
    assert.deepEqual(eventDates('Love was not charged until 2015 when he was arrested.'), [
      ['Love', 'charged', '2015', 'Love was not charged until 2015'],
    ]);
    assert.deepEqual(eventDates("Smith didn't return to Ohio until 1960."), [
      ['Smith', 'return', '1960', "Smith didn't return to Ohio until 1960"],
    ]);
  });

  it('reads no event where "until" ends a state', () => {
    assert.deepEqual(eventDates('Smith stayed in Ohio until 1960.'), []);
  });
});

describe('extractor: "one" joined to a measure\'s unit is a figure', () => {
  it('reads "one-tonne" as a mass, the pronoun and other compounds not', () => {
    // After Multi-News row 108 doc1. The fraction of the owned mass is a share of it (issue 14: a fraction of one
    // determined thing).
    assert.deepEqual(read("Perhaps a fifth of Goce's one-tonne mass could have endured the fall."), [
      ['a fifth', 20, 20, 'share', 'one tonne mass', null],
      ['one-tonne', 1, 1, 'tonne', null, null],
    ]);
    assert.deepEqual(read('A one-mile walk.'), [['one-mile', 1, 1, 'mile', null, null]]);
    assert.deepEqual(read('It was a one-off payment, one of many.'), []);
  });
});
