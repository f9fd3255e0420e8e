// Issue 14's own example, in our words (test/core/fixtures/school/: four reports of a shelling of a school, written
// for this test, with a war's running toll, a second incident and two groups in the background): one finding for the
// school's toll, none that sets it against the running toll. Before: the running toll "rose to 1,229" superseded the
// school's 16 and 19 as a revision, "killing at least 15 people who had taken shelter there" had no event (the
// relative clause's light verb), "At least 20 Palestinians" was no count of people, and the AP's 16 was given by
// "Israeli tank shells" ("slammed into" read as a stance; "the U.N. said" unread for its acronym's last period).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { claimsOf } from './fixtures/readings';

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
});
