// Floods over several days, in our words (test/core/fixtures/floods/: a wire story, a broadcaster's page, a
// provincial paper and a live page, written for this test). Expected before running: one finding each for the
// national toll on Thursday (112, at least 119, 115, at least 124 with 112 superseded), Sindh's toll (41 and at least
// 45), the missing (30 and 34), the damage ($1.2 billion and $1.5bn) and the injured (about 200 and more than 230);
// never a comparison of last year's floods (more than 1,700, 1,739) with this year's, nor of one province with
// another or with the country (Balochistan's 23, Sindh's 6,100 houses and 80,000 evacuated, Hyderabad's 12 and 60,
// Karachi's 2,000 on Tuesday). Before: last year's toll ("Floods last year killed more than 1,700 people", "Last
// year, floods that covered a third of the country killed 1,739 people") was read as this year's and superseded every
// figure of the toll as its latest count; now a figure of "last year" is keyed by the year before its report's, and a
// sentence's opening time ("Last year,") is its main clause's however long its subject; and the wire's "searched for
// 30 people still missing" had no event (a phrase after a preposition, "in 12 countries", counts a scope), where a
// state word after the counted noun says what befell them; the live page's "the national death toll" counted
// "national" things (a toll's standing, official, national, latest, is no thing counted), and its "Wednesday 21:00 -
// The national toll rose to 86" lost its day (the colon of a time of day ended the clause).
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { folderFindings } from './fixtures/folders';
import { claimsOf } from './fixtures/readings';

describe('floods over several days: a running toll, provinces, last year floods', () => {
  it('never sets last year floods against this year toll', () => {
    // What the engine still gets wrong is pinned here, with what it should do:
    // - people killed: Sindh (41, at least 45), Balochistan (23), Hyderabad (12) and the national toll (86 on
    //   Wednesday, 112, 115, 119, at least 124) are one lump, the live page's national 124 superseding the provinces'
    //   counts; it should be two findings (the nation's, Sindh's) and Balochistan, Hyderabad and Wednesday's 29 in
    //   Sindh compared with nothing ("in the province" and "Nationwide" are unread, and a figure of no place or day
    //   is compared with every place and day);
    // - the live page's 112 and at least 124 are an internal finding: "updated the national death toll to at least
    //   124, up from 112" is no revision the engine reads;
    // - houses destroyed, people evacuated, people moved and people wounded set a province's, a district's or
    //   Tuesday's figure against the country's: only the wounded's 200 and 230 should be compared;
    // - every finding is information: nothing reaches a warning among these four reports.
    assert.deepEqual(folderFindings('floods'), [
      [
        'conflict',
        'information',
        'Sources disagree on dollars: $1.2 billion in wire (The government); $1.5 billion in broadcaster (The government)',
      ],
      ['conflict', 'information', 'Sources disagree on houses destroyed: 6,100 in local (The PDMA); 8,400 in wire'],
      ['conflict', 'information', 'Sources disagree on people evacuated: 80,000 in local; more than 250,000 in wire'],
      [
        'conflict',
        'information',
        'Sources disagree on people killed: 41 in local, wire (the NDMA, superseded by 124); 112 in live, wire (the NDMA, superseded by 124); 23 in broadcaster (Officials in Balochistan, superseded by 124); 115 in local (the NDMA, superseded by 124); 119 in broadcaster (The National Disaster Management Authority (NDMA), superseded by 124); 12 in local; 29 in local; at least 45 in broadcaster (The National Disaster Management Authority (NDMA)); 86 in live (officials); at least 124 in live',
      ],
      [
        'conflict',
        'information',
        'Sources disagree on people missing: 30 in live, wire; 34 in broadcaster (Officials)',
      ],
      [
        'conflict',
        'information',
        'Sources disagree on people moved: 2,000 in live (Officials); about 250,000 in broadcaster (Officials)',
      ],
      [
        'conflict',
        'information',
        'Sources disagree on people wounded: about 200 in wire (the authority) / more than 230 in live (officials); 60 in local',
      ],
      ['internal', 'information', 'live gives 2 figures for people killed: 112 (the NDMA) and at least 124'],
    ]);
  });

  it('reads "last year" as a figure time, and a sentence opening time as its main clause', () => {
    const read = (text: string) => claimsOf(text).map((c) => [c.text, c.frame!.event, c.frame!.time]);
    assert.deepEqual(read('Floods last year killed more than 1,700 people.'), [
      ['more than 1,700 people', 'killed', 'last year'],
    ]);
    assert.deepEqual(read('Last year, floods that covered a third of the country killed 1,739 people.'), [
      ['a third', 'covered', 'last year'],
      ['1,739 people', 'killed', 'last year'],
    ]);
    assert.deepEqual(read('On Tuesday night, gunmen who stormed the village from the hills killed 40 people.'), [
      ['40 people', 'killed', 'tuesday'],
    ]);
    assert.deepEqual(read('The storm killed 40 people the previous year.'), [['40 people', 'killed', 'last year']]);
    // Not a running count's start, the twelve months to now, a longer span, nor another figure's year.
    assert.deepEqual(read('Sales have doubled since last year to 300 units.'), [['300 units', 'rose', null]]);
    assert.deepEqual(read('The union said 105,000 jobs were lost over the last year.'), [
      ['105,000 jobs', 'lost', null],
    ]);
    assert.deepEqual(read('Over the last year and a half 40 people died.'), [['40 people', 'killed', null]]);
    assert.deepEqual(read('The top 12 films took an estimated $121.9m, compared with $165.8m last year.'), [
      ['12 films', null, null],
      ['an estimated $121.9m', null, null],
      ['$165.8m', null, 'last year'],
    ]);
  });

  it('keeps last year toll apart from this year, with or without a dated report', () => {
    const messages = (a: string, b: string) =>
      detectFindings([analyzeDocument(a, 'a.txt'), analyzeDocument(b, 'b.txt')]).map((f) => f.message);
    const story = 'Floods in Sindh and Balochistan forced the Pakistan army to open relief camps near Karachi.';
    assert.deepEqual(
      messages(
        `${story} The floods have killed 112 people. Floods last year killed more than 1,700 people.`,
        `${story} The floods have killed 119 people. Last year, floods killed 1,739 people.`,
      ),
      ['Sources disagree on people killed: 112 in a; 119 in b'],
    );
  });

  it('reads a state word after a counted noun as its event, after a preposition too', () => {
    const read = (text: string) => claimsOf(text).map((c) => [c.text, c.frame!.event]);
    assert.deepEqual(read('Rescuers searched for 30 people still missing.'), [['30 people', 'missing']]);
    assert.deepEqual(read('Compensation was paid for 12 people injured in the blast.'), [['12 people', 'wounded']]);
    assert.deepEqual(read('A memorial in 40 villages now stands.'), [['40 villages', null]]);
  });

  it('reads a toll standing as no thing counted, and a time of day colon as no clause end', () => {
    const read = (text: string) => claimsOf(text).map((c) => [c.text, c.frame!.measured, c.frame!.time]);
    assert.deepEqual(read('The official death toll rose to 124.'), [['124', null, null]]);
    assert.deepEqual(read('The civilian death toll rose to 124.'), [['124', 'civilian', null]]);
    assert.deepEqual(read('Wednesday 21:00 - The national toll rose to 86, officials said.'), [
      ['86', null, 'wednesday'],
    ]);
  });
});
