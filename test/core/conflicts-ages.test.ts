// A named person's age (extract/frames.ts agedPerson, conflicts/prepare.ts tallyKey): "61-year-old Sharron Smith",
// "Sharron Smith, age 61", "Jane Doe died at age 61" (subjectOfAgedVerb: the subject of the verb the age phrase follows)
// are the person's age, compared across files like a record of one owner; an age of nobody
// named ("a 60-year-old woman"), of another time ("the then-17-year-old"), or before a noun ("a 24-year-old Los
// Angeles man") is compared with nothing.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

/** Each claim of a text as [text, measured, agent]. */
const ages = (text: string) =>
  analyzeDocument(text, 'a.txt').claims.map((c) => [c.text, c.frame?.measured ?? null, c.frame?.agent ?? null]);
const findings = (a: string, b: string) =>
  detectFindings([analyzeDocument(a, 'a.txt'), analyzeDocument(b, 'b.txt')]).map((f) => f.message);

// After ECB+ topic 22 (22_1ecb, 22_5ecb, 22_9ecb).
const SIXTY =
  'Sixty-year-old Sharron Diane Crawford Smith is now accused of murdering two women at a Staunton ice cream store in 1967.';
const SIXTY_ONE =
  'Staunton Police Chief Jim Williams announced 61-year-old Sharron Diane Crawford Smith was arrested Friday.';
const AGE_61 = 'Staunton police have arrested and charged Sharron Diane Crawford Smith, age 61, with murder.';

describe('extractor: a named person’s age', () => {
  it('reads an age before a name and after "Name, age" as the person’s', () => {
    assert.deepEqual(ages(SIXTY), [
      ['Sixty-year-old', 'age', 'Sharron Smith'],
      ['two women', 'woman', null],
    ]);
    assert.deepEqual(ages(SIXTY_ONE), [['61-year-old', 'age', 'Sharron Smith']]);
    assert.deepEqual(ages(AGE_61), [['61', 'age', 'Sharron Smith']]);
    assert.deepEqual(ages('Police said Eugene Blackwell Jr., aged 18, was shot.'), [
      ['18', 'age', 'Eugene Blackwell Jr'],
    ]);
    assert.deepEqual(ages('The victim, Jane Doe, 17 years old, was shot.'), [['17 years', 'age', 'Jane Doe']]);
  });

  it('reads the name that is the subject of the verb an age phrase follows', () => {
    assert.deepEqual(ages('Jane Doe died at age 61 in her home.'), [['61', 'age', 'Jane Doe']]);
    assert.deepEqual(ages('Jane Doe retired at the age of 61.'), [['61', 'age', 'Jane Doe']]);
    assert.deepEqual(ages('Jane Doe reportedly died aged 61.'), [['61', 'age', 'Jane Doe']]);
    // No verb before the phrase, a subject of one word, a speech verb: no person.
    assert.deepEqual(ages('Doe died at age 61.'), [['61', null, null]]);
    assert.deepEqual(ages('Jane Doe said at age 61 she would retire.'), [['61', null, null]]);
  });

  it('reads no person for an age of nobody named, of another time, or before a noun', () => {
    assert.deepEqual(ages('A 60-year-old woman was charged.'), [['60-year-old', null, null]]);
    assert.deepEqual(ages('The then 17-year-old Jane Doe was charged.'), [['17-year-old', null, null]]);
    assert.deepEqual(ages('A 24-year-old Los Angeles man is stable.'), [['24-year-old', null, null]]);
    assert.deepEqual(ages('The 31-year-old World Cup winning scrum-half has impressed.'), [
      ['31-year-old', null, null],
    ]);
    assert.deepEqual(ages('The 101-year-old Toshitsune has eaten fish.'), [['101-year-old', null, null]]);
  });
});

describe('conflicts: a named person’s age', () => {
  it('flags two ages of one person in two files', () => {
    assert.deepEqual(findings(SIXTY, SIXTY_ONE), [
      "Sources disagree on Sharron Smith's age: 60 years in a (1967); 61 years in b (Staunton Police Chief Jim Williams)",
    ]);
    assert.deepEqual(findings(SIXTY, AGE_61), [
      "Sources disagree on Sharron Smith's age: 60 years in a (1967); 61 in b",
    ]);
  });

  it('flags an age after a verb against another file’s age of the same name', () => {
    const at62 = 'Sharron Diane Crawford Smith was arrested at age 62 in Staunton and charged with murder.';
    assert.deepEqual(findings(at62, AGE_61), ["Sources disagree on Sharron Smith's age: 61 in b; 62 in a"]);
  });

  it('flags nothing for one age, another person, or an age of nobody named', () => {
    assert.deepEqual(findings(SIXTY_ONE, AGE_61), []);
    assert.deepEqual(findings(SIXTY, SIXTY_ONE.replace('Sharron Diane', 'Jane')), []);
    assert.deepEqual(findings('A 61-year-old woman was charged with murdering two women.', SIXTY), []);
    // An age in a year named before it is the person's then.
    assert.deepEqual(findings('In 1990, 17-year-old Sharron Smith was convicted of theft.', SIXTY_ONE), []);
  });
});
