// Figures of web-page noise and titles that are no quantity of the story (issue 14, "Reading errors seen on real
// text"): telephone numbers, a pager's page numbers, note markers glued to a sentence's full stop, the numbers of a
// list's items and of streets, titles of works and listicles, years before a noun or opening a span, and "-fold".
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';

type Read = [text: string, low: number | null, high: number | null, unit: string | null, unitKey: string | null];

/** Each claim as [text, low, high, unit, unitKey]. */
function read(text: string): Read[] {
  return analyzeDocument(text, 'a.txt').claims.map((c) => [c.text, c.value.low, c.value.high, c.unit, c.unitKey]);
}

describe('extractor: telephone numbers are no figures', () => {
  it('leaves out digit groups glued by hyphens, three or more (mnsample-test-row125-doc0, row023-doc0)', () => {
    assert.deepEqual(read('Anyone with information should call Officer Brenna Dorr at 413-448-9700, ext 384.'), []);
    assert.deepEqual(read('Help is available anytime — call 1-800-273-8255.'), []);
    assert.deepEqual(read('Police found 12 guns and called 208-476-5551 for help.'), [
      ['12 guns', 12, 12, 'guns', 'gun'],
    ]);
  });

  it('leaves out an area code in brackets and the number after it (mnsample-test-row018-doc0)', () => {
    assert.deepEqual(read('NTSB Media Relations (202) 314-6100 said three people died.'), [
      ['three people', 3, 3, 'people', 'person'],
    ]);
  });

  it('keeps ranges and records of two groups: "200-250 people", "a 162-139 record"', () => {
    assert.deepEqual(read('Police said 200-250 people came.'), [['200-250 people', 200, 250, 'people', 'person']]);
    assert.deepEqual(read('He had a 162-139 record in Portland.').length, 1);
  });
});

describe("extractor: a pager's page numbers are no figures", () => {
  it('leaves out "1 | 2 | 3 | 4 Next" (mnsample-test-row194-doc1), keeps "20 years | Share"', () => {
    assert.deepEqual(
      read('Prev 1 | 2 | 3 | 4 | 5 | 6 | 7 Next').map((c) => c[0]),
      [],
    );
    assert.deepEqual(read('Summer gold rush could be the best in 20 years | Share'), [
      ['20 years', 20, 20, 'years', 'year'],
    ]);
    // Two figures across a bar that do not follow each other stay figures.
    assert.deepEqual(read('12 killed | 40 wounded').length, 2);
  });
});

describe('extractor: a note marker glued to a full stop is no figure', () => {
  it('leaves out "faith.3" and "practices.16" (mnsample-test-row072-doc1)', () => {
    assert.deepEqual(read('They are asked to walk by faith.3 The revelation came in 1843.'), []);
    assert.deepEqual(
      read('These began to rival traditional motives and practices.16 By then 20 couples had married.'),
      [['20 couples', 20, 20, 'couples', 'couple']],
    );
  });

  it('keeps a decimal and a figure after a spaced full stop', () => {
    assert.deepEqual(read('Growth was 3.5% last year. 16 banks failed.'), [
      ['3.5%', 3.5, 3.5, '%', 'percent'],
      ['16 banks', 16, 16, 'banks', 'bank'],
    ]);
  });
});

describe("extractor: the numbers of a list's items and of streets are no figures", () => {
  it('leaves out a number opening a line before a name with a bracket or a possessive', () => {
    // bbc/sport_476.txt, a list of seeds; mnsample-test-row083-doc1, a listicle's item.
    assert.deepEqual(read('2 Andy Roddick (US)'), []);
    assert.deepEqual(read("5 Woody Harrelson's Dad Was a Contract Killer"), []);
  });

  it('keeps a figure opening a sentence or a headline: "Five people were killed", "2 Dead, 1 Wounded"', () => {
    assert.deepEqual(read('Five people were killed.'), [['Five people', 5, 5, 'people', 'person']]);
    assert.deepEqual(read('12 British soldiers were killed.'), [
      ['12 British soldiers', 12, 12, 'British soldiers', 'soldier'],
    ]);
    assert.deepEqual(
      read('2 Dead, 1 Wounded in Shooting at NE Philadelphia Kraft Plant').map((c) => c[0]),
      ['2', '1'],
    );
  });

  it('leaves out a street number: "10 Downing Street", "at 1600 Pennsylvania Ave."', () => {
    assert.deepEqual(read('Mr Blair met him at 10 Downing Street.'), []);
    assert.deepEqual(read('Its home is at 1600 Pennsylvania Ave.'), []);
    assert.deepEqual(read('Perez was located at 12127 Indio Avenue after a tip.'), []);
  });
});

describe('extractor: titles of works and listicles are no figures', () => {
  it('leaves out "12 Years a Slave", "3 Days To Kill", "24 Hour Party People" and a quoted title', () => {
    assert.deepEqual(read('He won an Oscar for 12 Years a Slave last year.'), []);
    assert.deepEqual(read('Amber Heard arrived at the premiere of "3 Days To Kill" on Friday.'), []);
    assert.deepEqual(read('He made a cameo appearance in 24 Hour Party People, the film.'), []);
    assert.deepEqual(read('It was shown during a new program, “60 Minutes Sports.”'), []);
  });

  it('leaves out a listicle\'s headline: "VIDEO: 9 Celebs Who Launched Their Own Brand of Booze"', () => {
    assert.deepEqual(read('VIDEO: 9 Celebs Who Launched Their Own Brand of Booze'), []);
  });

  it('keeps counted names: "10,500 Writers Guild of America members", "four Masters Tournaments", a headline', () => {
    assert.deepEqual(read('A strike by 10,500 Writers Guild of America members hit.'), [
      ['10,500 Writers', 10500, 10500, 'Writers', 'writer'],
    ]);
    assert.deepEqual(read('He won four Masters Tournaments and three U.S. Opens.').length, 2);
    assert.deepEqual(read('Vekselberg is one of two Russian oligarchs the FBI stopped.'), [
      ['two Russian oligarchs', 2, 2, 'Russian oligarchs', 'oligarch'],
    ]);
    assert.deepEqual(read('Eight MPs Suspended Over Expenses Row'), [['Eight MPs', 8, 8, 'MPs', 'mp']]);
  });
});

describe('extractor: years are no counts', () => {
  it('leaves out a year before a noun: "former 2016 presidential primary rival", "its 2004 results"', () => {
    assert.deepEqual(read("Perry's appointment of his former 2016 presidential primary rival comes soon."), []);
    assert.deepEqual(read('HSBC is the first bank to report 2004 results.'), []);
    // A round hundred may be a count written without a separator.
    assert.deepEqual(read('The governor said that 2000 tents were ready.'), [
      ['2000 tents', 2000, 2000, 'tents', 'tent'],
    ]);
  });

  it('reads "from 200 megawatts in 2000 to 14,098 megawatts in 2014" as two figures, no range from the year', () => {
    assert.deepEqual(read('Wind capacity grew from 200 megawatts in 2000 to 14,098 megawatts in 2014.'), [
      ['200 megawatts', 200, 200, 'megawatts', 'megawatt'],
      ['14,098 megawatts', 14098, 14098, 'megawatts', 'megawatt'],
    ]);
    assert.deepEqual(read('Sales were down 4% in 2004 to 789m euros.'), [
      ['4%', 4, 4, '%', 'percent'],
      ['789m euros', 789000000, 789000000, 'euros', 'euro'],
    ]);
  });

  it('leaves out years before 1800: "drought from 1180 to 1190", "died in 1799", "since 1497"', () => {
    assert.deepEqual(read('The years were characterised by severe drought from 1180 to 1190, the study said.'), []);
    assert.deepEqual(read('George Washington, who died in 1799, was still popular.'), []);
    assert.deepEqual(read('It holds copies of all acts passed since 1497.'), []);
  });

  it('keeps counts of that size: "between 1200 and 1500 people", "1500 known species"', () => {
    assert.deepEqual(read('There are about 1500 known species.'), [
      ['about 1500 known species', 1200, 1800, 'known species', 'species'],
    ]);
    assert.deepEqual(read('The crowd numbered between 1200 and 1500 people.'), [
      ['between 1200 and 1500 people', 1200, 1500, 'people', 'person'],
    ]);
  });
});

describe('extractor: "20-fold" is a multiple, no count', () => {
  it('reads "a 20-fold increase", "eight-fold" and "more than 20-fold" in times', () => {
    assert.deepEqual(read('Tick bites led to a 20-fold increase in antibodies.'), [
      ['20-fold', 20, 20, 'fold', 'times'],
    ]);
    assert.deepEqual(read('Deployments have grown eight-fold over the past decade.'), [
      ['eight-fold', 8, 8, 'fold', 'times'],
    ]);
    assert.deepEqual(read('Livestock outweigh wild mammals by more than 20-fold.'), [
      ['more than 20-fold', 20, 30, 'fold', 'times'],
    ]);
  });
});

describe('extractor: a decimal without its zero, a year cut to two digits', () => {
  it('reads ".41" and "(.454)" as decimals (21_5ecb, 5_3ecb), not as 41 and 454', () => {
    assert.deepEqual(read('His blood-alcohol level was .41 when he was arrested.'), [['.41', 0.41, 0.41, null, null]]);
    assert.deepEqual(read('Cheeks compiled a mark of 122-147 (.454).').at(-1), ['.454', 0.454, 0.454, null, null]);
  });

  it('leaves out a gun\'s bore: ".40 caliber pistol", ".22 calibre rifle"', () => {
    assert.deepEqual(read('They found the loaded .40 caliber pistol and a .22 calibre rifle.'), []);
  });

  it('leaves out "\'86" and "class of \'83" (5_4ecbplus, bbc/politics_223)', () => {
    assert.deepEqual(
      read("The four-time All-Star (1983, '86, '87, '88) won 10 playoff series.").map((c) => c[0]),
      ['four-time', '10 playoff series'],
    );
    assert.deepEqual(read("We were all class of '83 - and that was that."), []);
  });
});

describe('extractor: figures inside a web address are no figures', () => {
  it('leaves out the words and digits of a page address (18_4ecbplus, 5_10ecbplus), keeps the sentence after it', () => {
    assert.deepEqual(
      read('http://voices.yahoo.com/breaking-news-three-people-shot-office-shooting-292999.html?cat=8'),
      [],
    );
    assert.deepEqual(read('Source: forums.nba-live.com/viewtopic.php?f=44&t=25677'), []);
    assert.deepEqual(read('See the report at https://bbc.co.uk/news/12345 where 40 people are named.'), [
      ['40 people', 40, 40, 'people', 'person'],
    ]);
  });
});

describe("extractor: numbers to call, road numbers, numbered items and a live blog's minutes are no figures", () => {
  it('leaves out "called 911" and "1-800-CALL-FBI", keeps "called 40 witnesses"', () => {
    assert.deepEqual(read('Zimmerman called 911 to complain about a suspicious person.'), []);
    assert.deepEqual(read('Anyone with information is asked to call 1-800-CALL-FBI.'), []);
    assert.deepEqual(read('The defence called 40 witnesses.'), [['40 witnesses', 40, 40, 'witnesses', 'witness']]);
  });

  it('leaves out "the 12000 block of East 223rd Street" and "the 605 Freeway" (16_1ecbplus, 16_4ecbplus)', () => {
    assert.deepEqual(read('He was shot outside an apartment in the 12000 block of East 223rd Street.'), []);
    assert.deepEqual(read('The location is about 10 blocks east of the 605 Freeway.'), [
      ['about 10 blocks', 8, 12, 'blocks', 'block'],
    ]);
  });

  it('leaves out "2. Chris Christie" and "55’: GOAL!", keeps a crowd alone on its line ("9,033.")', () => {
    assert.deepEqual(read('2. Chris Christie'), []);
    assert.deepEqual(read('55’: GOAL! Diego Costa Makes Portugal Pay'), []);
    assert.deepEqual(read('Ronaldo 9, Rooney 87.\n\n9,033.\n\nP Dowd (Staffordshire).').at(-1), [
      '9,033',
      9033,
      9033,
      null,
      null,
    ]);
  });
});
