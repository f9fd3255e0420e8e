// Years the event dates of any verb read beside a sentence's opening date and its verb (extract/eventDates.ts
// verbAfter, subjectBefore; conflicts/dates.ts withPronouns): "In 1947, she filed for divorce" dates the filing of
// "she" (the file's most mentioned name, see conflicts-pronoun-dates.test.ts), "The remote prison, which opened in
// 1994," dates a common noun after its determiner. Look-alikes stay unread: "they" and "it" name nobody, a comparison's
// baseline and a year that names a thing date no verb. A year before an event noun dates it when the phrase names its
// subject ("Page's 1972 arrest", "the 2004 purchase of American Management Systems"), not "the 2016 referendum".
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { eventDatesOf } from './fixtures/readings';

const eventDates = eventDatesOf;

describe('extractor: a year that opens a sentence whose subject is "he" or "she"', () => {
  it('reads the verb after the date with the pronoun for its subject', () => {
    assert.deepEqual(eventDates('In 1947, she filed for divorce and moved to New York.'), [
      ['she', 'fil', '1947', '1947, she filed'],
    ]);
    assert.deepEqual(eventDates('In 2014, he was arrested in London.'), [
      ['he', 'arrested', '2014', '2014, he was arrested'],
    ]);
  });

  it('reads no other pronoun, no comparison and no year that names a thing', () => {
    assert.deepEqual(eventDates('In 2012, they left the city.'), []);
    assert.deepEqual(eventDates('In 2005, it was released.'), []);
    assert.deepEqual(eventDates('Sales were 33 per cent higher than in 2012.'), []);
    assert.deepEqual(eventDates('He won 280,000 votes, compared with 250,000 in 2014.'), []);
    assert.deepEqual(eventDates('© 2017 Getty Images'), []);
    // The year dates the statement, not what it reports.
    assert.deepEqual(eventDates('In 2012, she said the plan had failed.'), []);
    assert.deepEqual(eventDates('In 2012, Smith said he was arrested.'), []);
  });
});

describe('extractor: a relative clause after a common noun and its determiner', () => {
  it('reads the noun as the subject ("The man, who was arrested in 2014,")', () => {
    assert.deepEqual(eventDates('The man, who was arrested in 2014, said nothing.'), [
      ['man', 'arrested', '2014', 'man, who was arrested in 2014'],
    ]);
    assert.deepEqual(eventDates('The software company, which was founded in 1976, grew.'), [
      ['company', 'found', '1976', 'company, which was founded in 1976'],
    ]);
  });

  it('reads no verb after a comma whose word before is no determined noun', () => {
    assert.deepEqual(eventDates('Sales rose sharply, which was reported in 2004.'), []);
  });
});

describe('extractor: a year that modifies an event noun with a subject', () => {
  it('reads a name’s possessive, "her" or "his", and "the YEAR noun of Name"', () => {
    assert.deepEqual(eventDates("Page's 1972 arrest shocked fans."), [
      ['Page', 'arrested', '1972', "Page's 1972 arrest"],
    ]);
    assert.deepEqual(eventDates('After her 1972 arrest, she left.'), [['she', 'arrested', '1972', 'her 1972 arrest']]);
    assert.deepEqual(eventDates('CGI grew with the 2004 purchase of American Management Systems.'), [
      ['Systems', 'bought', '2004', 'the 2004 purchase of American Management Systems'],
    ]);
  });

  it('reads no year that names a thing: no subject, no event noun', () => {
    assert.deepEqual(eventDates('She should quit over the 2016 referendum.'), []);
    assert.deepEqual(eventDates('He stepped down before the 2022 election.'), []);
    assert.deepEqual(eventDates('The conviction stemmed from a 1999 incident.'), []);
    assert.deepEqual(eventDates('The 2008 telecast delivered 32 million viewers.'), []);
    assert.deepEqual(eventDates("Jackman's 2004 performance was praised."), []);
  });
});

describe('date findings: "she" in a sentence a year opens, against the name in another report', () => {
  const A =
    'Bettie Page was a pin-up model. Page denied it, and the fans of Page cheered. In 1947, she filed for divorce.';
  const B = 'Bettie Page was a pin-up model. Page filed for divorce in 1948 and moved to New York.';

  it('reports two years of one filing as information', () => {
    const findings = detectFindings([analyzeDocument(A, 'a.txt'), analyzeDocument(B, 'b.txt')]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.severity, f.claims, f.message]),
      [
        [
          'date',
          'information',
          ['a.txt:0:81', 'b.txt:0:32'],
          'Sources disagree on when the page fil: 1947 in a; 1948 in b',
        ],
      ],
    );
  });

  it('compares nothing when the events differ', () => {
    const other = B.replace('filed for divorce', 'moved to Miami').replace(' and moved to New York', '');
    assert.deepEqual(detectFindings([analyzeDocument(A, 'a.txt'), analyzeDocument(other, 'b.txt')]), []);
  });
});

describe('date findings: a year before an event noun, against the verb in another report', () => {
  const A = "Bettie Page was a model. Page's 1972 arrest shocked her fans.";
  const B = 'Bettie Page was a model. Page was arrested in 1973 in Miami.';

  it('reports two years of one arrest as information', () => {
    const findings = detectFindings([analyzeDocument(A, 'a.txt'), analyzeDocument(B, 'b.txt')]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.severity, f.claims, f.message]),
      [
        [
          'date',
          'information',
          ['a.txt:0:25', 'b.txt:0:25'],
          'Sources disagree on when the page arrested: 1972 in a; 1973 in b',
        ],
      ],
    );
  });

  it('compares nothing when the event or the subject differs, nor one year against itself', () => {
    const moved = 'Bettie Page was a model. Page moved to Miami in 1973.';
    const other = 'Bettie Page was a model. Klaw was arrested in 1973 in Miami.';
    const same = B.replace('1973', '1972');
    for (const b of [moved, other, same])
      assert.deepEqual(detectFindings([analyzeDocument(A, 'a.txt'), analyzeDocument(b, 'b.txt')]), []);
  });
});
