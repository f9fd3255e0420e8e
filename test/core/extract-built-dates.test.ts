// The making of a built thing dated by its age or by "dates to" (extract/eventDates.ts ageDatesOf, datesBackTo;
// conflicts/dates.ts): "the 86-year-old structure" in a report of 7 August 2012 was built in 1925 or 1926, and
// disagrees with "the building was constructed in 1935" (an information `date` finding: the year is the writer's
// sum). Ages of people, of institutions and round ages date nothing. In a file without a date, an age and "N years
// ago" are counted back from the story's year (the year most of its reports are dated to), or date nothing.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

const eventDates = (text: string, referenceDate = '2012-08-07') =>
  analyzeDocument(text, 'a.txt', { referenceDate }).eventDates.map((e) => [
    e.subject,
    e.event,
    e.date,
    e.qualifier ?? null,
    e.text,
  ]);

// After ECB+ topic 13 (13_5ecbplus, 13_10ecbplus, 13_13ecbplus).
const AGED =
  'Date: 2012-08-07\n\nThe fact that the 86-year-old structure was without electrical or gas connections makes the 3:30 a.m. fire at the Mat Maid building in Palmer highly suspicious.';
const BUILT = 'The Mat Maid building in Palmer burned. The building was constructed in 1935, predating statehood.';
const DATES_TO = 'The Mat Maid building in Palmer burned. The building dates to 1935, when the colonists settled.';

describe('extractor: the making of a built thing dated by its age', () => {
  it('counts an age back from the file’s date to the year built (or the year before)', () => {
    assert.deepEqual(eventDates('The fire destroyed the 86-year-old structure early Sunday.'), [
      ['structure', 'built', '1926', 'age', '86-year-old structure'],
    ]);
    assert.deepEqual(eventDates('Fire gutted the 86-year-old Mat Maid building.'), [
      ['building', 'built', '1926', 'age', '86-year-old Mat Maid building'],
    ]);
    assert.deepEqual(eventDates('The 25-year-old vessel sank.', '2015-03-01'), [
      ['vessel', 'built', '1990', 'age', '25-year-old vessel'],
    ]);
    assert.deepEqual(eventDates('The building is 86 years old.'), [
      ['building', 'built', '1926', 'age', 'building is 86 years old'],
    ]);
  });

  it('reads no age of a person, of an institution, of a compound’s head, nor a round one', () => {
    assert.deepEqual(eventDates('The 86-year-old man was arrested.'), []);
    assert.deepEqual(eventDates('A 153-year-old company closed its plant.'), []);
    assert.deepEqual(eventDates('The 86-year-old house owner was asleep.'), []);
    assert.deepEqual(eventDates('The 100-year-old church burned.'), []);
    assert.deepEqual(eventDates('The man is 86 years old.'), []);
    // A number of two words is not read by its last ("eighty-six-year-old" is not six years old).
    assert.deepEqual(eventDates('The fire destroyed the eighty-six-year-old building.'), []);
  });

  it('leaves an age in a file without a date to be counted back from the story’s year (yearsBack)', () => {
    assert.deepEqual(
      analyzeDocument('The fire destroyed the 86-year-old structure.', 'a.txt').eventDates.map((e) => [
        e.date,
        e.qualifier,
        e.yearsBack,
      ]),
      [['', 'age', 86]],
    );
  });

  it('reads "dates (back) to" a year of a built thing only', () => {
    assert.deepEqual(eventDates('The building dates to 1935, when colonists arrived.'), [
      ['building', 'built', '1935', null, 'building dates to 1935'],
    ]);
    assert.deepEqual(eventDates('The church dates back to 1856.'), [
      ['church', 'built', '1856', null, 'church dates back to 1856'],
    ]);
    assert.deepEqual(eventDates('The tradition dates back to 1856.'), []);
  });
});

describe('date findings: a building’s age against the year it was built', () => {
  it('reports an age that counts back to another year, as information', () => {
    const findings = detectFindings([
      analyzeDocument(AGED, 'a.txt'),
      analyzeDocument(BUILT, 'b.txt'),
      analyzeDocument(DATES_TO, 'c.txt'),
    ]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.severity, f.subject, f.message]),
      [
        [
          'date',
          'information',
          'building built',
          'Sources disagree on when the building built: 1935 in b, c; 1925 or 1926 ("86-year-old structure") in a',
        ],
      ],
    );
  });

  it('reports nothing when the age counts back to the year built', () => {
    const built1926 = BUILT.replace('1935', '1926');
    assert.deepEqual(detectFindings([analyzeDocument(AGED, 'a.txt'), analyzeDocument(built1926, 'b.txt')]), []);
    const built1925 = BUILT.replace('1935', '1925');
    assert.deepEqual(detectFindings([analyzeDocument(AGED, 'a.txt'), analyzeDocument(built1925, 'b.txt')]), []);
  });

  it('keeps two kinds of building apart ("the 86-year-old church", "the building was constructed in 1935")', () => {
    const church = AGED.replace('86-year-old structure', '86-year-old church');
    assert.deepEqual(detectFindings([analyzeDocument(church, 'a.txt'), analyzeDocument(BUILT, 'b.txt')]), []);
  });
});

// After Multi-News row 145 (doc0, undated; doc2).
const AGO =
  'The church published photos of the seer stone Smith used. Smith discovered the plates 185 years ago in New York.';
const IN_1827 =
  'The church published photos of the seer stone Smith used. Smith discovered the plates in 1827 in New York.';

describe('date findings: "N years ago" and ages in a file without a date', () => {
  it('reads the years counted back, not a baseline nor a rough length', () => {
    const back = (text: string) =>
      analyzeDocument(text, 'a.txt').eventDates.map((e) => [e.subject, e.event, e.date, e.qualifier, e.yearsBack]);
    assert.deepEqual(back(AGO), [['Smith', 'discover', '', 'age', 185]]);
    assert.deepEqual(back('Smith was arrested two decades ago in Ohio.'), [['Smith', 'arrested', '', 'age', 20]]);
    assert.deepEqual(back('Profits rose 15% from a year ago.'), []);
    assert.deepEqual(back('Smith was arrested more than 20 years ago.'), []);
  });

  it('counts them back from the story’s year: 2015 - 185 is 1829 or 1830, not 1827', () => {
    const dated = (text: string, date: string) => `Date: ${date}\n\n${text}`;
    const findings = detectFindings([
      analyzeDocument(AGO, 'a.txt'),
      analyzeDocument(dated(IN_1827, '2015-08-04'), 'b.txt'),
    ]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.severity, f.message]),
      [
        [
          'date',
          'information',
          'Sources disagree on when the smith discover: 1827 in b; 1829 or 1830 ("Smith discovered the plates 185 years ago") in a',
        ],
      ],
    );
    const in1830 = dated(IN_1827.replace('1827', '1830'), '2015-08-04');
    assert.deepEqual(detectFindings([analyzeDocument(AGO, 'a.txt'), analyzeDocument(in1830, 'b.txt')]), []);
  });

  it('dates nothing in a story with no dated report', () => {
    assert.deepEqual(detectFindings([analyzeDocument(AGO, 'a.txt'), analyzeDocument(IN_1827, 'b.txt')]), []);
  });
});
