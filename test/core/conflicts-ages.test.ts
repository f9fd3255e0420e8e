// A named person's age (extract/frames.ts agedPerson, conflicts/prepare.ts tallyKey): "61-year-old Sharron Smith",
// "Sharron Smith, age 61", "Jane Doe died at age 61" (subjectOfAgedVerb: the subject of the verb the age phrase follows),
// "Jones was 85", "Whitmer, who is now 37" (statedAgeOwner), "the 23-year-old victim" are the person's age, compared
// across files like a record of one owner, a surname alone with the full name ("Smith" and "Sharron Smith"); "She was
// 85." alone in its sentence is the age of its file's most mentioned name (conflicts/prepare.ts pronounAgeOwner). An
// age of nobody named ("a 60-year-old woman"), of another time ("the then-17-year-old", "when he was 20"), or before
// a noun ("a 24-year-old Los Angeles man") is compared with nothing.
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

// After ECB+ topic 4 (4_1ecb, 4_13ecb): an obituary's "She was 85." and another's age of the same woman.
const PAGE_85 = 'Bettie Page, the pin-up model, has died in Los Angeles, her agent said. She was 85.';
const PAGE_86 = 'Bettie Page died at age 86 in Los Angeles, her agent said.';

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
    // A surname alone is a name; no verb before the phrase, a speech verb, a place after "in": no person.
    assert.deepEqual(ages('Doe died at age 61.'), [['61', 'age', 'Doe']]);
    assert.deepEqual(ages('Jane Doe has died in Los Angeles, aged 85.'), [['85', null, null]]);
    assert.deepEqual(ages('Jane Doe said at age 61 she would retire.'), [['61', null, null]]);
  });

  it('reads no person for an age of nobody named, of another time, or before a noun', () => {
    assert.deepEqual(ages('A 60-year-old woman was charged.'), [['60-year-old', null, null]]);
    assert.deepEqual(ages('The then 17-year-old Jane Doe was charged.'), [['17-year-old', null, null]]);
    assert.deepEqual(ages('A 24-year-old Los Angeles man is stable.'), [['24-year-old', null, null]]);
    assert.deepEqual(ages('The 31-year-old World Cup winning scrum-half has impressed.'), [
      ['31-year-old', null, null],
    ]);
  });

  it('reads a surname alone, or the victim or suspect, beside an age', () => {
    assert.deepEqual(ages('The 101-year-old Toshitsune has eaten fish.'), [['101-year-old', 'age', 'Toshitsune']]);
    assert.deepEqual(ages('The 23-year-old victim died.'), [['23-year-old', 'age', 'victim']]);
    assert.deepEqual(ages('A 23-year-old victim died.'), [['23-year-old', null, null]]);
  });
});

describe('extractor: the person an age after "is" or "was" is of', () => {
  it('reads the name, the role or "she" alone in its sentence', () => {
    assert.deepEqual(ages('Jones was 85.'), [['85', 'age', 'Jones']]);
    assert.deepEqual(ages('Kim, who is 33, is young.'), [['33', 'age', 'Kim']]);
    assert.deepEqual(ages('Police said the suspect was 30.'), [['30', 'age', 'suspect']]);
    assert.deepEqual(ages(PAGE_85), [['85', 'age', 'Bettie Page']]);
    // Alone, or after a sentence that opens with no name: nobody named.
    assert.deepEqual(ages('She was 85.'), [['85', 'age', null]]);
    assert.deepEqual(ages('Cause of death was not released. She was 85.'), [['85', 'age', null]]);
    // After a sentence that opens with a speaker: whom the speaker tells of, not the speaker.
    assert.deepEqual(ages('Lawford died in Vancouver. He was 63.'), [['63', 'age', 'Lawford']]);
    assert.deepEqual(ages('Patrick Kennedy says Lawford died in Vancouver. He was 63.'), [['63', 'age', null]]);
    assert.deepEqual(ages('Jerry was 35 years old and tall.'), [['35 years', 'age', 'Jerry']]);
  });

  it('reads nobody for an age of another time, of someone unnamed, or of "she" inside a longer sentence', () => {
    /** Each claim of a text as [text, measured]: an age of nobody is measured as nothing. */
    const measured = (text: string) => ages(text).map(([claim, what]) => [claim, what]);
    assert.deepEqual(measured('When he was just 20, he moved.'), [['20', null]]);
    assert.deepEqual(measured('Madonna was 33 at the time.'), [['33', null]]);
    assert.deepEqual(measured('Sandusky was 18 when he was adopted.'), [['18', null]]);
    assert.deepEqual(measured('The woman, who is 27, spoke.'), [['27', null]]);
    assert.deepEqual(measured('She was 82 years old, I believe.'), [['82 years', null]]);
    assert.deepEqual(measured('The 25-year-old Briton won.'), [['25-year-old', null]]);
  });

  it('reads a name that ends in its possessive', () => {
    assert.deepEqual(ages('Fifteen-year-old Donald Young’s first match was brief.'), [
      ['Fifteen-year-old', 'age', 'Donald Young'],
    ]);
  });
});

describe('conflicts: a person’s age told by "is" or "was"', () => {
  it('flags two files’ ages of one surname, and of "she" in a file about her', () => {
    assert.deepEqual(
      findings(
        'Police arrested Tom Jones in Staunton. Jones was 85.',
        'The 86-year-old Jones was arrested in Staunton.',
      ),
      ["Sources disagree on Jones's age: 85 years in a; 86 years in b"],
    );
    assert.deepEqual(findings(PAGE_85, PAGE_86), [
      "Sources disagree on Bettie Page's age: 85 years in a; 86 years in b (her agent)",
    ]);
    assert.deepEqual(
      findings(
        'Police in Staunton said the victim was 27.',
        'The 28-year-old victim was shot in Staunton, police said.',
      ),
      ["Sources disagree on the victim's age: 27 years in a (Police in Staunton); 28 years in b (police)"],
    );
  });

  it('flags nothing for two people, or for "she" after a sentence that opens with no name', () => {
    assert.deepEqual(
      findings(
        'Police in Staunton said the suspect was 27.',
        'The 28-year-old victim was shot in Staunton, police said.',
      ),
      [],
    );
    assert.deepEqual(findings(PAGE_85.replace('Bettie Page, the', 'The'), PAGE_86), []);
  });
});

describe('conflicts: a named person’s age', () => {
  it('flags two ages of one person in two files', () => {
    assert.deepEqual(findings(SIXTY, SIXTY_ONE), [
      "Sources disagree on Sharron Smith's age: 60 years in a (1967); 61 years in b (Staunton Police Chief Jim Williams)",
    ]);
    assert.deepEqual(findings(SIXTY, AGE_61), [
      "Sources disagree on Sharron Smith's age: 60 years in a (1967); 61 years in b",
    ]);
  });

  it('flags an age after a verb against another file’s age of the same name', () => {
    const at62 = 'Sharron Diane Crawford Smith was arrested at age 62 in Staunton and charged with murder.';
    assert.deepEqual(findings(at62, AGE_61), ["Sources disagree on Sharron Smith's age: 61 years in b; 62 years in a"]);
  });

  it('flags nothing for one age, another person, or an age of nobody named', () => {
    assert.deepEqual(findings(SIXTY_ONE, AGE_61), []);
    assert.deepEqual(findings(SIXTY, SIXTY_ONE.replace('Sharron Diane', 'Jane')), []);
    assert.deepEqual(findings('A 61-year-old woman was charged with murdering two women.', SIXTY), []);
    // An age in a year named before it is the person's then.
    assert.deepEqual(findings('In 1990, 17-year-old Sharron Smith was convicted of theft.', SIXTY_ONE), []);
  });
});
