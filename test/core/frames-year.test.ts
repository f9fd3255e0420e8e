// Issue 14, one reading of a figure's year: the extractor reads once the year a figure's sentence dates it to and
// keeps it on its frame (`frame.year`); the conflict engine keys figures by it and reads no sentence again. The
// sentences are written for the test.
import { strict as assert } from 'node:assert';
import { claimOf } from './fixtures/readings';

function yearOf(text: string, figure: string): number | null | undefined {
  return claimOf(text, figure).frame!.year;
}

describe("frames: the year a figure's sentence dates it to", () => {
  it("is the year its sentence names, not an aside's, a baseline's or a running count's start", () => {
    assert.equal(yearOf('In 2019, an attack killed 40 people.', '40 people'), 2019);
    // An aside before the figure dates what it tells of.
    assert.equal(yearOf('The group, founded in 2004, said 30 fighters were killed.', '30 fighters'), null);
    // A comparison's baseline.
    assert.equal(yearOf('E-waste was 33 per cent higher than in 2012.', '33 per cent'), null);
    assert.equal(yearOf('E-waste was 33 per cent higher in 2012.', '33 per cent'), 2012);
    // The year a running total counts from.
    assert.equal(yearOf('He has scored 200 goals since his debut in 2003.', '200 goals'), null);
    // Two years: the sentence does not say which.
    assert.equal(yearOf('Democrats lost 17 seats in 1994 and 1998.', '17 seats'), null);
  });

  it("is never a span's end or its start: through, until, till (ecbplus-10 D4)", () => {
    // events/ecbplus/10_17ecbplus.txt: "through 2017" ends Rodriguez's span; it dates neither figure.
    const contracts =
      'He is seeking more than the $21 million that Sabathia is close to finalizing with the Yankees for the next seven years, and closer to the $27.5 million that Rodriguez is guaranteed to make through 2017 with the Yankees.';
    assert.deepEqual(
      ['$21 million', '$27.5 million'].map((figure) => yearOf(contracts, figure)),
      [null, null],
    );
    // bbc/business_469.txt
    assert.equal(yearOf('Turkey agreed to borrow $10bn, extending its financial support until 2007.', '$10bn'), null);
    assert.equal(yearOf('The club secured his future with a 12m deal until summer 2008.', '12m'), null);
    // events/multinews: a span from its start to its end dates no figure of it.
    assert.equal(
      yearOf('Just 10 percent of fatal crashes from 2004 through 2013 occurred at cruise.', '10 percent'),
      null,
    );
    // "through" as a particle opens no span: the year after "in" dates the figure (bbc/tech_001.txt).
    assert.equal(
      yearOf('A referendum pushed through in 2003 cut the parliament to one chamber with 75 deputies.', '75 deputies'),
      2003,
    );
    // A year that neither ends nor starts a span still dates it.
    assert.equal(yearOf('Inflation fell to 4.3% in 2004.', '4.3%'), 2004);
  });

  it('dates a figure no verb governs by a year the text writes, never by a day alone (mn-005 D2)', () => {
    // events/multinews/mnsample-test-row005-doc2.txt: an undated report whose only full date is a photo caption's;
    // "Sunday" takes its year from it, and dates the report, not a yearly average.
    const caption = 'An employee holds circuit boards at a warehouse in Sao Paulo March 6, 2013.\n\n';
    const report = `${caption}Sunday's report also showed that the average person on the planet produces 7 kg of electronic waste every year.`;
    assert.deepEqual([claimOf(report, '7 kg').context.dates, yearOf(report, '7 kg')], [['2013-03-03'], null]);
    // A day still dates the event a verb tells of, and what lasted until it.
    assert.equal(yearOf(`${caption}The company said on Monday it paid $20 million for the site.`, '$20 million'), 2013);
    assert.equal(yearOf(`${caption}Hundreds protested on Sunday, and two people were killed.`, 'two people'), 2013);
    assert.equal(yearOf(`${caption}He was convicted on Nov. 7 after 12 hours of deliberation.`, '12 hours'), 2012);
    // A year the text writes dates it, even from an aside (events/multinews/mnsample-test-row092-doc1.txt).
    assert.equal(
      yearOf(
        'According to filings he donated $29,600 to the committee in June 2017, $35,000 to the PAC the same month.',
        '$35,000',
      ),
      2017,
    );
  });

  it('dates an age by a year named before it only', () => {
    assert.equal(yearOf('In 1990, 17-year-old John Smith was convicted of theft.', '17-year-old'), 1990);
    assert.equal(yearOf('The 61-year-old John Smith is accused of a murder in 1967.', '61-year-old'), null);
  });

  it('dates a figure as of the date it gives, never the start of a running count ("since ...")', () => {
    // bbc/business_061.txt
    const work =
      'Throughout 2004, the number of people in work increased by 296,000 to 28.52 million - the highest figure since records began in 1971.';
    assert.deepEqual(
      ['296,000', '28.52 million'].map((figure) => [claimOf(work, figure).asOf, claimOf(work, figure).frame!.year]),
      [
        ['2004', 2004],
        ['2004', 2004],
      ],
    );
    // The report's date, not 2003.
    assert.equal(
      claimOf('Published 2013-12-16\n\nHe has scored 200 goals since his debut in 2003.', '200 goals').asOf,
      '2013-12-16',
    );
  });

  it('reads the years the date reader reads, wherever a date of the sentence stands', () => {
    // Any year the date reader knows, not only those after 1950 (bbc/entertainment_314.txt).
    assert.equal(
      yearOf('The Academy was set up in 1927 as a non-profit organisation with 36 members.', '36 members'),
      1927,
    );
    // Two years: a span (bbc/sport_156.txt).
    assert.equal(yearOf('Milburn scored 200 league and cup goals between 1946 and 1957.', '200'), null);
    // A full date before the first comma is no aside.
    assert.equal(yearOf('On March 21, 2012, a court freed 30 prisoners.', '30 prisoners'), 2012);
    // "since May 4, 1998": a running count's start, however its date is written (events mn-166).
    assert.equal(
      yearOf('Shares fell 12 percent yesterday, the biggest decline since May 4, 1998.', '12 percent'),
      null,
    );
  });

  it("sets no figure's time by a running count's start", () => {
    // events multinews/mnsample-test-row022-doc0.txt, bbc/business_061.txt
    const founding = 'Indeed, since its founding in 1976, CGI has acquired more than 70 businesses.';
    assert.equal(claimOf(founding, 'more than 70 businesses').frame!.time, null);
    const work = 'The number in work rose to 28.52 million - the highest figure since records began in 1971.';
    assert.equal(claimOf(work, '28.52 million').frame!.time, null);
    // "in 1971" without "since" stays the figure's time.
    assert.equal(claimOf('The number in work rose to 28.52 million in 1971.', '28.52 million').frame!.time, '1971');
  });
});
