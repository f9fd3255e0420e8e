// A verb right before its date after an apposition (extract/eventDates.ts appositionSubject): "The victim,
// 31-year-old Jamel Dunn of Cocoa, drowned July 9" dates Dunn's drowning, as "Jamel Dunn drowned ... July 7" does.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

const eventDates = (text: string) =>
  analyzeDocument(text, 'a.txt').eventDates.map((e) => [e.subject, e.event, e.date, e.text]);

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
