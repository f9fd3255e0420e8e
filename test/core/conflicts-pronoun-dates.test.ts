// An act dated with "he" or "she" for its subject (extract/eventDates.ts verbBefore, firstTimeUntil; conflicts/dates.ts
// withPronouns, isPronounAct): "He was not charged until 2015" stands for its file's most mentioned name, and
// disagrees with "Lauri Love was charged in 2013" in another report of the story, as information (the pronoun's
// person is a guess); a file whose main name is someone else's is compared with nothing.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { eventDatesOf } from './fixtures/readings';

const eventDates = eventDatesOf;

// After Multi-News row 25 (doc3).
const UNTIL_2015 =
  'Lauri Love won his appeal against extradition. Love denies the charges, and the lawyers of Love welcomed the ruling. He was not charged until 2015, when he was arrested on behalf of the US.';
const IN_2013 = 'Lauri Love was charged in 2013 with hacking. Love won his appeal against extradition to the US.';

describe('extractor: an act dated with a pronoun for its subject', () => {
  it('reads "he" and "she" as the subject of a dated verb and of a first time ("not ... until")', () => {
    assert.deepEqual(eventDates('He was first charged in 2013 with hacking.'), [
      ['He', 'charged', '2013', 'He was first charged in 2013'],
    ]);
    assert.deepEqual(eventDates('He was not charged until 2015 when he was arrested.'), [
      ['He', 'charged', '2015', 'He was not charged until 2015'],
    ]);
    assert.deepEqual(eventDates('She moved to Florida in 1957.'), [
      ['She', 'mov', '1957', 'She moved to Florida in 1957'],
    ]);
  });
});

describe('date findings: an act of "he" against the same act of the name the file is about', () => {
  it('reports two years of one charge as information', () => {
    const findings = detectFindings([analyzeDocument(UNTIL_2015, 'a.txt'), analyzeDocument(IN_2013, 'b.txt')]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.severity, f.message]),
      [['date', 'information', 'Sources disagree on when the love charged: 2013 in b; 2015 in a']],
    );
  });

  it('compares nothing when the file is about someone else', () => {
    const other = UNTIL_2015.replace(/Lauri Love|Love/g, 'Gary McKinnon');
    assert.deepEqual(detectFindings([analyzeDocument(other, 'a.txt'), analyzeDocument(IN_2013, 'b.txt')]), []);
  });
});

describe('date findings: an act of "he" in a file that dates it by the name', () => {
  it('is left out: the name’s date is the file’s, and "he" may be someone else', () => {
    const both = `${IN_2013} He was charged again in 2015.`;
    const other = 'Lauri Love was charged in 2013. Love won his appeal against extradition to the US.';
    assert.deepEqual(detectFindings([analyzeDocument(both, 'a.txt'), analyzeDocument(other, 'b.txt')]), []);
    const findings = detectFindings([
      analyzeDocument(both, 'a.txt'),
      analyzeDocument(other.replace('2013', '2012'), 'b.txt'),
    ]);
    // The named dates only (information here as without the pronoun: two small files are loosely linked).
    assert.deepEqual(
      findings.map((f) => [f.kind, f.claims, f.message]),
      [['date', ['a.txt:0:6', 'b.txt:0:6'], 'Sources disagree on when the love charged: 2012 in b; 2013 in a']],
    );
  });
});
