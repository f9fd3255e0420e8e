// Event dates given as a month and year or a year alone (extract/dates.ts, extract/eventDates.ts): "in February of
// 2017" is a month and year; "in late 2016", "in mid-2010" and "in the early 1990s" date their verb as the date itself
// does; two dates joined by "and" or "to" tell an event that spans or recurs, and date nothing; the passive of a verb
// of speech that tells an event ("was released from prison", "was found guilty") is that event; a relative clause
// set off by commas stands between a subject and its verb ("The couple, who ..., were married in May 2016"). The
// look-alikes stay unread: a capitalised word inside a name is no verb ("Manchester United in late 2003"), "set in"
// after a comma tells a story's setting, a verb of speech before a date keeps it from an earlier verb, a verb inside a
// relative clause after a sentence's opening date is not the date's.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { findDates } from '../../server/src/core/extract/dates';
import { eventDatesOf } from './fixtures/readings';

const eventDates = eventDatesOf;
const STORY = '\n\nThe trial of the gunman in Atlanta drew crowds at the courthouse downtown.';

describe('dates: a month "of" a year', () => {
  it('reads "February of 2017" as one month and year', () => {
    const text = 'She died in February of 2017.';
    assert.deepEqual(
      findDates(text).map((d) => [d.kind, d.year, d.month, text.slice(d.start, d.end)]),
      [['date', 2017, 2, 'February of 2017']],
    );
  });

  // After Multi-News row 144 doc1 and ../shared/corpus/events/ecbplus/4_3ecb.txt.
  it('dates the verb before it', () => {
    assert.deepEqual(eventDates('Cornelia June Rogers Miller passed away in February of 2017, but it went viral.'), [
      ['Miller', 'pass', '2017-02', 'Miller passed away in February of 2017'],
    ]);
    assert.deepEqual(eventDates('The Heff crowned Page Playmate of the Month in January of 1955.'), [
      ['Heff', 'crown', '1955-01', 'Heff crowned Page Playmate of the Month in January of 1955'],
    ]);
  });
});

describe('extractor: a date placed within its year, month or decade after its preposition', () => {
  // After Multi-News row 119 doc0 and row 092 doc4, BBC entertainment_124 and 4_14ecb.txt.
  it('dates the verb as the date itself does ("in late 2013", "in mid-2010", "in the early 1990s")', () => {
    assert.deepEqual(eventDates('She ultimately left the Forest Service in late 2013.'), [
      ['She', 'leave', '2013', 'She ultimately left the Forest Service in late 2013'],
    ]);
    assert.deepEqual(eventDates('Smith was arrested in early September 2013 in Paris.'), [
      ['Smith', 'arrested', '2013-09', 'Smith was arrested in early September 2013'],
    ]);
    assert.deepEqual(eventDates('Smith was arrested in mid-2010 in Paris.'), [
      ['Smith', 'arrested', '2010', 'Smith was arrested in mid-2010'],
    ]);
    assert.deepEqual(eventDates("Page's popularity rose again in the early 1990s."), [
      ['popularity', 'rose', '1990', 'popularity rose again in the early 1990s'],
    ]);
  });

  it('reads no such word without a preposition ("a late 2016 model")', () => {
    assert.deepEqual(eventDates('Smith bought a late 2016 model.'), []);
  });

  it('makes "in late 2010" and "in 2011" of one release a finding', () => {
    const findings = detectFindings([
      analyzeDocument(`Smith was released in late 2010.${STORY}`, 'a.txt'),
      analyzeDocument(`Smith was released in 2011.${STORY}`, 'b.txt'),
    ]);
    assert.deepEqual(
      findings.map((f) => f.message),
      ['Sources disagree on when the smith freed: 2010 in a; 2011 in b'],
    );
  });
});

describe('extractor: two dates joined by "and", "or", "to" or "through"', () => {
  // After BBC business_281, business_495 and Multi-News row 025 doc3.
  it('date no one event: it spans or recurs', () => {
    assert.deepEqual(eventDates('He hacked the agencies in 2012 and 2013.'), []);
    assert.deepEqual(eventDates('That profile was first developed in late 1998 and early 1999 from tests.'), []);
    assert.deepEqual(eventDates('Pipa conducted the poll from 15 November 2004 to 3 January 2005.'), []);
    assert.deepEqual(eventDates('Large waves and clouds hampered the search on Sunday and Monday.'), []);
  });
});

describe('extractor: the passive of a verb of speech that tells an event', () => {
  // After Multi-News row 156 doc1, row 126 doc0, row 232 doc0 and row 119 doc0.
  it('reads "was released", "was issued", "was found" and "released" after a comma', () => {
    assert.deepEqual(
      eventDates('Shourd, who was released from Evin prison in September 2010 on medical grounds, spoke.'),
      [['Shourd', 'freed', '2010-09', 'Shourd, who was released from Evin prison in September 2010']],
    );
    assert.deepEqual(eventDates('The order was issued on Saturday.'), [
      ['order', 'issu', '', 'order was issued on Saturday'],
    ]);
    assert.deepEqual(eventDates('Odell was found unresponsive in his residence June 8.'), [
      ['Odell', 'find', '--06-08', 'Odell was found unresponsive in his residence June 8'],
    ]);
    assert.deepEqual(eventDates('But the survey, released in February 2018, also showed that most were harassed.'), [
      ['survey', 'freed', '2018-02', 'survey, released in February 2018'],
    ]);
  });

  // After ../shared/corpus/events/ecbplus/16_3ecbplus.txt and Multi-News row 032 doc1.
  it('reads "was found guilty" as a conviction and "was found not guilty" as an acquittal', () => {
    assert.deepEqual(eventDates('In April 2007 the suspect was found guilty of capital murder.'), [
      ['suspect', 'convicted', '2007-04', 'April 2007 the suspect was found'],
    ]);
    assert.deepEqual(eventDates('Smith was found not guilty in May 2010.'), [
      ['Smith', 'acquit', '2010-05', 'Smith was found not guilty in May 2010'],
    ]);
  });

  it('reads no active speech ("The lab found the rat in 2013", "Police released a statement in 2013")', () => {
    assert.deepEqual(eventDates('The lab found the rat in 2013.'), []);
    assert.deepEqual(eventDates('Police released a statement in 2013 saying he was dead.'), []);
  });

  // After ../shared/corpus/events/ecbplus/4_10ecb.txt.
  it('takes a work for the subject, not a name in its title', () => {
    assert.deepEqual(eventDates('A movie called The Notorious Bettie Page was released in 2005.'), [
      ['movie', 'freed', '2005', 'movie called The Notorious Bettie Page was released in 2005'],
    ]);
    assert.deepEqual(eventDates('A man named John Smith was arrested in 2005.'), [
      ['Smith', 'arrested', '2005', 'Smith was arrested in 2005'],
    ]);
  });

  it('makes "found guilty" in 2007 and "convicted" in 2006 of one person a finding', () => {
    const findings = detectFindings([
      analyzeDocument(`Smith was found guilty in 2007.${STORY}`, 'a.txt'),
      analyzeDocument(`John Smith was convicted in 2006.${STORY}`, 'b.txt'),
    ]);
    assert.deepEqual(
      findings.map((f) => f.message),
      ['Sources disagree on when the smith convicted: 2006 in b; 2007 in a'],
    );
  });
});

describe('extractor: a participle set off by a comma and an adverb', () => {
  // After ../shared/corpus/events/ecbplus/13_8ecbplus.txt.
  it('reads the noun before the comma as the subject ("The prison, also built in 1935,")', () => {
    assert.deepEqual(eventDates('The prison, also built in 1935, is restored.'), [
      ['prison', 'built', '1935', 'prison, also built in 1935'],
    ]);
  });
});

describe('extractor: a relative clause set off by commas before the verb', () => {
  // After Multi-News row 156 doc0 and row 036 doc1.
  it('reads the noun before the clause as the subject, whatever names the clause holds', () => {
    assert.deepEqual(
      eventDates(
        'Sarah Emily Shourd, who had also been detained along with Bauer and Fattal, was released in September 2010.',
      ),
      [
        [
          'Shourd',
          'freed',
          '2010-09',
          'Shourd, who had also been detained along with Bauer and Fattal, was released in September 2010',
        ],
      ],
    );
    assert.deepEqual(
      eventDates(
        'The couple, who began dating in 2013 and were engaged in Dubai in December 2015, were married in May 2016.',
      ),
      [
        ['couple', 'began dat', '2013', 'couple, who began dating in 2013'],
        [
          'couple',
          'marri',
          '2016-05',
          'couple, who began dating in 2013 and were engaged in Dubai in December 2015, were married in May 2016',
        ],
      ],
    );
  });
});

describe('extractor: look-alikes of a verb and its date', () => {
  // After BBC business_242, sport_251.
  it('reads no capitalised word inside a name as a verb', () => {
    assert.deepEqual(eventDates('Glazer started to build up his stake in Manchester United in late 2003.'), []);
  });

  // After BBC entertainment_275, tech_135, entertainment_100 and sport_065.
  it('reads "set in" after a comma, "is" or a noun as a setting, after "was" or a subject as an event', () => {
    assert.deepEqual(eventDates('The History Boys, set in a grammar school in the early 1980s, won.'), []);
    assert.deepEqual(eventDates('The title, incidentally, is set in 1992.'), []);
    assert.deepEqual(eventDates('The record was set in 2000.'), [['record', 'set', '2000', 'record was set in 2000']]);
  });

  // After ../shared/corpus/events/ecbplus/4_10ecb.txt, BBC business_507.
  it('keeps a date after a verb of speech from an earlier verb, not after a determiner ("an estimated")', () => {
    assert.deepEqual(eventDates('Smith was arrested on Monday and released on Tuesday.'), [
      ['Smith', 'arrested', '', 'Smith was arrested on Monday'],
    ]);
    assert.deepEqual(eventDates('The economy grew by an estimated 3.1% in 2004.'), [
      ['economy', 'rose', '2004', 'economy grew by an estimated 3.1% in 2004'],
    ]);
  });

  // After BBC tech_128.
  it('reads no verb of a relative clause after an opening date', () => {
    assert.deepEqual(
      eventDates('In the early 1980s the firm was a great rival to Atari, which produced consoles.'),
      [],
    );
  });
});

describe('extractor: a thing launched or opened, where no story event starts', () => {
  // After Multi-News row 108 doc0, row 106 doc0 and row 123 doc1, BBC tech_183.
  it('dates "launched" and "opened" as any verb', () => {
    assert.deepEqual(eventDates('GOCE was launched in 2009 to map variations in gravity.'), [
      ['GOCE', 'fired', '2009', 'GOCE was launched in 2009'],
    ]);
    assert.deepEqual(eventDates('The large facility, opened in 1989, has hundreds of rooms.'), [
      ['facility', 'open', '1989', 'facility, opened in 1989'],
    ]);
    assert.deepEqual(eventDates('The Sunshine Factory opened in New Hope in 1976.'), [
      ['Factory', 'open', '1976', 'Factory opened in New Hope in 1976'],
    ]);
  });

  it('leaves the start of a story event to its own reader ("The offensive was launched on March 3, 2014")', () => {
    assert.deepEqual(
      eventDates('The offensive was launched on March 3, 2014.').map(([, event]) => event),
      ['began'],
    );
    assert.deepEqual(eventDates('The offensive was launched in March 2014.'), []);
  });
});

describe('extractor: "was declared" an event', () => {
  // After BBC business_312.
  it('dates "was declared insolvent"', () => {
    assert.deepEqual(eventDates('Parmalat was declared insolvent in December 2003.'), [
      ['Parmalat', 'declar', '2003-12', 'Parmalat was declared insolvent in December 2003'],
    ]);
  });
});

describe('extractor: "freed", and "dead" as a complement', () => {
  // After BBC politics_230.
  it('reads "freed" as a verb (no -eed word like "need")', () => {
    assert.deepEqual(eventDates('Mr Martin was freed from prison in July 2003.'), [
      ['Martin', 'freed', '2003-07', 'Martin was freed from prison in July 2003'],
    ]);
  });

  // After BBC entertainment_149 and entertainment_282.
  it('dates the verb before "dead" ("was found dead", "was shot dead")', () => {
    assert.deepEqual(eventDates("Lana was found dead in Mr Spector's home in February 2003."), [
      ['Lana', 'find', '2003-02', "Lana was found dead in Mr Spector's home in February 2003"],
    ]);
    assert.deepEqual(eventDates('Shakur was shot dead in 1996.'), [
      ['Shakur', 'shoot', '1996', 'Shakur was shot dead in 1996'],
    ]);
  });
});

describe('extractor: names joined by "and", and a name possessive as a determiner', () => {
  // After ../shared/corpus/events/ecbplus/7_10ecb.txt and BBC entertainment_219.
  it('reads a verb past two names joined by "and"', () => {
    assert.deepEqual(eventDates('Rahman, who won the WBC and IBF belts from Lennox Lewis in 2001, arrived.'), [
      ['Rahman', 'won', '2001', 'Rahman, who won the WBC and IBF belts from Lennox Lewis in 2001'],
    ]);
    assert.deepEqual(eventDates('Clark was inducted into the Rock and Roll Hall of Fame in 1993.'), [
      ['Clark', 'induct', '1993', 'Clark was inducted into the Rock and Roll Hall of Fame in 1993'],
    ]);
  });

  // After BBC entertainment_362 and Multi-News row 153 doc0.
  it('reads the noun after a name possessive as the subject of a participle set off by a comma', () => {
    assert.deepEqual(eventDates("Harlin's film, released in the UK in October 2004, received lukewarm reviews."), [
      ['film', 'freed', '2004-10', 'film, released in the UK in October 2004'],
    ]);
  });
});

describe('extractor: an adverb of time before a sentence-opening date', () => {
  it('reads the date as the main clause\'s ("Earlier in 2004, Smith was arrested")', () => {
    assert.deepEqual(eventDates('Earlier in 2004, Smith was arrested.'), [
      ['Smith', 'arrested', '2004', '2004, Smith was arrested'],
    ]);
    assert.deepEqual(eventDates('Later in June 2010, Smith was released.'), [
      ['Smith', 'freed', '2010-06', 'June 2010, Smith was released'],
    ]);
  });
});
