// A verb right before its date after an apposition (extract/eventDates.ts appositionSubject): "The victim,
// 31-year-old Jamel Dunn of Cocoa, drowned July 9" dates Dunn's drowning, as "Jamel Dunn drowned ... July 7" does.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { eventDatesOf } from './fixtures/readings';

const eventDates = eventDatesOf;

// After Multi-News row 246 doc1 and doc0.
const DROWNED_9 = 'The victim, 31-year-old Jamel Dunn of Cocoa, drowned July 9, police said.';
const DROWNED_7 = 'Jamel Dunn drowned in a Cocoa pond July 7.';

describe('extractor: the subject of a dated verb after an apposition', () => {
  it('is the name the apposition gives, else the word before it', () => {
    assert.deepEqual(eventDates(DROWNED_9), [['Dunn', 'killed', '--07-09', 'Dunn of Cocoa, drowned July 9']]);
    assert.deepEqual(eventDates('John Smith, 45, was arrested on May 3.'), [
      ['Smith', 'arrested', '--05-03', 'Smith, 45, was arrested on May 3'],
    ]);
    assert.deepEqual(eventDates('The man, who police said was drunk, crashed on May 3.'), [
      ['man', 'crash', '--05-03', 'man, who police said was drunk, crashed on May 3'],
    ]);
  });

  it('is not read for a verb after its date', () => {
    assert.deepEqual(eventDates('In 2008, the Post reported that Sargeant, a billionaire, raised funds.'), []);
  });

  it('makes two dates of one drowning a finding', () => {
    const findings = detectFindings([analyzeDocument(DROWNED_9, 'a.txt'), analyzeDocument(DROWNED_7, 'b.txt')]);
    assert.deepEqual(
      findings.map((f) => f.message),
      ['Sources disagree on when the dunn killed: 7 Jul in b; 9 Jul in a'],
    );
  });
});

describe('extractor: the subject of a dated act done to a named person', () => {
  it('is the person an authority acts on ("Police arrested Smith on March 3"), as the passive tells it', () => {
    assert.deepEqual(eventDates('Police arrested John Smith on March 3 in Ohio.'), [
      ['Smith', 'arrested', '--03-03', 'Police arrested John Smith on March 3'],
    ]);
    assert.deepEqual(eventDates('A jury convicted Smith in 1998.'), [
      ['Smith', 'convicted', '1998', 'jury convicted Smith in 1998'],
    ]);
    // Anyone else's act keeps its doer: "Federer won Wimbledon in 2008" is Federer's win.
    assert.deepEqual(eventDates('Federer won Wimbledon in 2008.'), [
      ['Federer', 'won', '2008', 'Federer won Wimbledon in 2008'],
    ]);
  });

  it('is the name before ", who" ("Smith, who was arrested in 2014,")', () => {
    assert.deepEqual(eventDates('Smith, who was arrested in 2014, denies the charges.'), [
      ['Smith', 'arrested', '2014', 'Smith, who was arrested in 2014'],
    ]);
  });

  it('makes an arrest told in the active and in the passive with two dates a finding', () => {
    const findings = detectFindings([
      analyzeDocument('Police arrested John Smith on March 3 in Ohio.', 'a.txt'),
      analyzeDocument('John Smith was arrested on March 4 at his home in Ohio.', 'b.txt'),
    ]);
    assert.deepEqual(
      findings.map((f) => f.message),
      ['Sources disagree on when the smith arrested: 3 Mar in a; 4 Mar in b'],
    );
  });
});

// After ../shared/corpus/events/ecbplus/2_4ecb.txt (the Oscars' hosts).
describe('date findings: a name that is a subject of its own is never linked to another name its sentence gives', () => {
  it('keeps "Jon Stewart, who hosted in 2008, and Ellen DeGeneres" apart from DeGeneres hosting in 2007', () => {
    const story = '\n\nThe Academy Awards ceremony at the Kodak Theatre in Hollywood drew Oscars fans.';
    const a = analyzeDocument(
      `Jon Stewart, who hosted in 2008, and Ellen DeGeneres, the 2007 host, were the latest in a line of funny emcees.${story}`,
      'a.txt',
    );
    const b = analyzeDocument(`Ellen DeGeneres hosted the Oscars in 2007.${story}`, 'b.txt');
    assert.deepEqual(
      a.eventDates.map((e) => [e.subject, e.event, e.date]),
      [['Stewart', 'host', '2008']],
    );
    assert.deepEqual(detectFindings([a, b]), []);
  });
});

describe('extractor: court and police idioms date their own event', () => {
  it('reads "taken into custody" as an arrest, and "pleaded guilty" and "pleaded not guilty" as two pleas', () => {
    assert.deepEqual(eventDates('Smith was taken into custody on March 3.'), [
      ['Smith', 'arrested', '--03-03', 'Smith was taken into custody on March 3'],
    ]);
    assert.deepEqual(eventDates('Smith pleaded guilty on March 3.'), [
      ['Smith', 'plead guilty', '--03-03', 'Smith pleaded guilty on March 3'],
    ]);
    assert.deepEqual(eventDates('Smith pleaded not guilty on March 3 to all charges.'), [
      ['Smith', 'plead not guilty', '--03-03', 'Smith pleaded not guilty on March 3'],
    ]);
    assert.deepEqual(eventDates('Smith pleaded with officers on March 3.'), []);
  });

  it('finds an arrest "taken into custody" on one day against "arrested" on another, never a plea against another plea', () => {
    const story = '\n\nThe Ohio police department said the suspect Smith faced charges in Columbus court.';
    const custody = analyzeDocument(`Smith was taken into custody on March 3.${story}`, 'a.txt');
    const arrested = analyzeDocument(`Smith was arrested on March 4.${story}`, 'b.txt');
    assert.deepEqual(
      detectFindings([custody, arrested]).map((f) => f.message),
      ['Sources disagree on when the smith arrested: 3 Mar in a; 4 Mar in b'],
    );
    const notGuilty = analyzeDocument(`Smith pleaded not guilty on March 3.${story}`, 'a.txt');
    const guilty = analyzeDocument(`Smith pleaded guilty on May 5.${story}`, 'b.txt');
    assert.deepEqual(detectFindings([notGuilty, guilty]), []);
  });
});
