// Issue 14's own example, in our words (test/core/fixtures/school/: four reports of a shelling of a school, written
// for this test, with a war's running toll, a second incident and two groups in the background): one finding for the
// school's toll, none that sets it against the running toll. Before: the running toll "rose to 1,229" superseded the
// school's 16 and 19 as a revision, "killing at least 15 people who had taken shelter there" had no event (the
// relative clause's light verb), "At least 20 Palestinians" was no count of people, and the AP's 16 was given by
// "Israeli tank shells" ("slammed into" read as a stance; "the U.N. said" unread for its acronym's last period).
// Then the running toll (1,229, 1,262, some 1,300) joined the school's figures in one finding: contested figures
// that no comparison joins are now two findings, and Al Jazeera's 1,283 "on Wednesday" joins the running toll (a
// running count's day is when it stood at its level, no one-day window).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { claimsOf, excludedOf } from './fixtures/readings';

const FOLDER = path.join(__dirname, 'fixtures', 'school');

function findings(): Array<[string, string, string]> {
  const docs = ['aljazeera.txt', 'ap.txt', 'bbc.txt', 'reuters.txt'].map((f) =>
    analyzeDocument(fs.readFileSync(path.join(FOLDER, f), 'utf8'), f),
  );
  return detectFindings(docs).map((f) => [f.kind, f.severity, f.message]);
}

describe('an incident in a war: the school and the running toll', () => {
  it('gives one warning for the school toll and keeps the running toll and the market apart', () => {
    assert.deepEqual(findings(), [
      [
        'conflict',
        'warning',
        'Sources disagree on people killed · in Jabaliya · wednesday: at least 15 in reuters (Palestinian health officials) / 16 in ap (the U.N.); at least 19 in bbc (Palestinian officials) / at least 20 in aljazeera (the health ministry)',
      ],
      [
        'revision',
        'information',
        'People killed · running total revised: 1,229 in ap (Palestinian health officials) / about 1,300 in bbc (officials) (superseded by 1,283); 1,262 in reuters (The Gaza health ministry, superseded by 1,283); 1,283 in aljazeera (the health ministry)',
      ],
      ['revision', 'information', 'Soldiers killed revised: 53 in ap (superseded by 56); 56 in bbc, reuters (Israel)'],
    ]);
  });

  it('reads the verb a figure is the object of, not its relative clause ("killing 15 people who had taken shelter")', () => {
    const read = (text: string) => claimsOf(text).map((c) => [c.text, c.frame!.event]);
    assert.deepEqual(
      read('Shells hit a school, killing at least 15 people who had taken shelter there, officials said.'),
      [['at least 15 people', 'killed']],
    );
    assert.deepEqual(read('Police arrested 12 men who were protesting outside the embassy.'), [['12 men', 'arrested']]);
    assert.deepEqual(read('The 31 civilians who were killed in the attack were buried on Friday.'), [
      ['31 civilians', 'killed'],
    ]);
    assert.deepEqual(read('More than 700 people had taken shelter in the school.'), [['More than 700 people', null]]);
  });

  it('reads "slammed into" as no speech, and "the U.N. said" as the U.N. speaking', () => {
    const sources = (text: string) => analyzeDocument(text, 'a.txt').attributions.map((a) => [a.source, a.cue]);
    assert.deepEqual(sources('Shells slammed into a school on Wednesday, killing 16 people, the U.N. said.'), [
      ['the U.N.', 'said'],
    ]);
    assert.deepEqual(sources('The minister slammed the plan on Monday.'), [['The minister', 'slammed']]);
  });

  it('reads a figure of a campaign that lasts as its running total, not a day of it', () => {
    const scopes = (text: string) => claimsOf(text).map((c) => [c.text, c.frame!.scope]);
    assert.deepEqual(
      scopes("The death toll from Israel's 23-day offensive reached 1,283 on Wednesday, the ministry said."),
      [
        ['23-day', null],
        ['1,283', 'running'],
      ],
    );
    assert.deepEqual(scopes('More than 500 people have died in the war, officials said.'), [
      ['More than 500 people', 'running'],
    ]);
    assert.deepEqual(scopes('Three people were killed in the offensive on Tuesday.'), [['Three people', null]]);
    assert.deepEqual(scopes('He served 12 years in the war.'), [['12 years', null]]);
    assert.deepEqual(scopes('The firm stopped 900,000 copies of the virus as the outbreak reached a peak.'), [
      ['900,000 copies', null],
    ]);
  });

  it('reads "another N" after a count of the same people with another outcome as all of them, not an addition', () => {
    assert.deepEqual(excludedOf('Shells hit a school, killing 16 people. Another 100 people were wounded.'), [
      ['16 people', null, 'killed'],
      ['Another 100 people', null, 'wounded'],
    ]);
    assert.deepEqual(excludedOf('Police arrested 12 people on Monday. Another 5 people were arrested on Tuesday.'), [
      ['12 people', null, 'arrested'],
      ['Another 5 people', null, 'more arrested'],
    ]);
  });
});
