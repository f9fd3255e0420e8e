// A plane crash, in our words (test/core/fixtures/crash/: a wire story, a broadcaster's page, a local paper and a
// live page, written for this test). Expected before running: the toll revised (at least 64 initially, 67 later), one
// finding each for the survivors (seven against four), the departure time (10:15 against 10:17) and the passengers'
// nationalities (nine countries against eight nationalities); never a comparison of the 71 on board, the 66
// passengers and the five crew (all agree), of the altitude (4,000 meters, 13,000ft) or the distance (8 kilometers,
// five miles), of the 1996 crash's 70 or the 2019 bus crash's 22, of the cargo plane's two crew with the airliner's
// five, nor of 45 Peruvians or 12 Americans with the toll. Before: the earlier crash's toll ("the deadliest air
// accident since 1996, when 70 people died") was read as a running total since 1996 of no year, the count that
// supersedes every lower toll of the story once the reports are grouped; now the year of a "when" clause after
// "since" dates the figure in it, which counts no running total.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { documentKeywords } from '../../server/src/core/conflicts/prepare';
import { folderFindings } from './fixtures/folders';
import { claimsOf } from './fixtures/readings';

describe('a plane crash: passengers, crew, a revised toll', () => {
  it('gives the revised toll, and no look-alike', () => {
    // What the engine still gets wrong is pinned here, with what it should do:
    // - the wire story and the live page join no story of the others (the live page's note says so), so the wire's
    //   "killing at least 64", seven survivors, 10:15 and nine countries and the live page's 64, 67 and seven
    //   survivors are compared with nothing: the story should hold all four ("Andes Air", "Cusco" are in each);
    // - the survivors (seven, four) and the nationalities (nine countries, eight nationalities) are never found: the
    //   wire's "Andes Air Flight 412 left Cusco" names Andes only as a sentence's first word, which no fingerprint
    //   counts (counting a first word followed by a capitalised one regrouped BBC too widely to be kept). Measured and
    //   dropped too (the fingerprints below): a first word counted when its lower-case form is nowhere in the text (and
    //   it is no function or number word) joins all four reports (survivors 7 against 4 found) but reads "Elsewhere",
    //   "Nevertheless", "Responding" as names and takes BBC from 55 findings to 63 (15 gone, 23 new), several wrong
    //   (the BBC's three interactive Bafta awards against Vera Drake's five or six film Baftas); with a capitalised
    //   word after it, or only filling a fingerprint shorter than 40 names, the wire joins (not the live page, which
    //   names only Cusco and Juliaca mid-sentence) and 8 BBC findings change, the same wrong ones among them; counted
    //   only in reports of fewer than 12 names, BBC barely changes but the whole corpus splits 14 more pairs of one
    //   event (a report just under the bound reads names its story's others do not);
    // - the departure times (10:15 in local, 10:17 in broadcaster) are not compared: a clock time is read only with
    //   its day ("departed at 10:45 a.m. on Sunday" against "departed at 10:15 a.m. on Sunday" is a warning); "left",
    //   "departed" and "took off" are one event since the tenth round (conflicts-clocks.test.ts); these two would
    //   agree anyway (a time to the quarter hour may be seven minutes off by rounding, clocks.ts).
    assert.deepEqual(folderFindings('crash'), [
      [
        'revision',
        'information',
        'People killed revised: 64 in broadcaster (The authorities, superseded by 67); 67 in broadcaster, local (officials)',
      ],
    ]);
  });

  it("reads no name from a sentence's first word: the wire's Andes, the live page's Officials", () => {
    const fingerprint = (file: string) =>
      documentKeywords(fs.readFileSync(path.join(__dirname, 'fixtures', 'crash', file), 'utf8'));
    assert.deepEqual(fingerprint('wire.txt'), ['cusco', 'air', 'arequipa', 'flight', 'lima', 'peru']);
    assert.deepEqual(fingerprint('broadcaster.txt'), ['cusco', 'air', 'americans', 'andes', 'britons', 'peruvian']);
    assert.deepEqual(fingerprint('local.txt'), ['air', 'andes', 'peruvians', 'relatives']);
    assert.deepEqual(fingerprint('live.txt'), ['cusco', 'investigators', 'juliaca']);
  });

  it('dates the figure of a "when" clause after "since" by its year, as no running total', () => {
    const read = (text: string) => claimsOf(text).map((c) => [c.text, c.frame!.year, c.frame!.scope]);
    assert.deepEqual(
      read("It was the country's deadliest air accident since 1996, when 70 people died near Arequipa."),
      [['70 people', 1996, null]],
    );
    assert.deepEqual(read('It was the worst attack since March 2008, when 30 people were killed.'), [
      ['30 people', 2008, null],
    ]);
    assert.deepEqual(read('Since 2003, 40 people have died.'), [['40 people', null, 'running']]);
    assert.deepEqual(read('Some 400 people have died since 2010, when the war began.'), [
      ['Some 400 people', null, 'running'],
    ]);
  });

  it('keeps an earlier crash of a "when" clause from superseding the toll', () => {
    const story = 'Andes Air flight 412 from Cusco to Lima crashed near Urubamba, Peru, the Andes Air chief said.';
    const a = `${story} The crash killed 64 people. It was the deadliest air accident in Peru since 1996, when 70 people died near Arequipa.`;
    const b = `${story} The crash killed 67 people.`;
    assert.deepEqual(
      detectFindings([analyzeDocument(a, 'a.txt'), analyzeDocument(b, 'b.txt')]).map((f) => f.message),
      ['Sources disagree on people killed: 64 in a; 67 in b'],
    );
  });
});
