// Readings a news reader applies to figures and dates written in other ways than digits and calendar dates: a date
// counted back from the article's own date ("185 years ago"), ...
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';

/** The text with the file's own date in its metadata. */
function dated(date: string, body: string): string {
  return `---\ndate: ${date}\n---\n${body}`;
}

function eventDates(text: string): Array<[string, string, string, string]> {
  return analyzeDocument(text, 'a.txt').eventDates.map((e) => [e.subject, e.event, e.date, e.text]);
}

describe('extractor: a length of time before "ago" dates an event from the article\'s date', () => {
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

  it("leaves the event undated without the article's date, and for a vague length or weeks", () => {
    assert.deepEqual(eventDates('Smith was arrested two days ago in Ohio.'), []);
    assert.deepEqual(eventDates('Mormons believe that 185 years ago, Smith found gold plates.'), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested several years ago.')), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested a few days ago.')), []);
    assert.deepEqual(eventDates(dated('2015-08-04', 'Smith was arrested three weeks ago.')), []);
  });
});
