// Years and months of a person's events that were read as no event's date (extract/eventDates.ts, issue 14): a birth
// ("was born on April 22, 1923", "Born in 1923, Page", "Page, born in 1923,"), a date after a short adverbial that
// opens the sentence ("Then, in 1980, Smith died", "Two months later, in November 2016, Rudd signed"), a noun made
// from a verb after a possessive ("his conviction in 1998", "Smith's election in 2004", "his 1999 retirement", keyed
// as the verb: "convicted", "elect"), and a subject before a chain of appositions ("Mr Love, 33, from Stradishall,
// Suffolk, was first arrested in October 2013": Love, not Stradishall). Two reports that give one such event of one
// person two years disagree. Look-alikes stay unread or apart: a title ("A Star Is Born opens October 5"), a compound
// ("the Ukrainian-born fighter"), a verb between "born" and a date, a preposition that bounds the date ("Prior to
// Thursday,", "Since Jan. 20,"), a noun before the date ("Senate in 2016,"), a clause word ("While in 2016,"), a
// noun that is a verb's or a preposition's object ("resigned from her position in 2016"), a place in a chain that is
// no apposition of the subject ("In Springfield, Illinois, Smith, 45,"), and two events of one person.
import { strict as assert } from 'node:assert';
import { eventDatesOf, findingsBetween } from './fixtures/readings';

const eventDates = eventDatesOf;
const findings = findingsBetween;

describe('extractor: a birth', () => {
  it('dates "born" after "was", in a participle clause and in an apposition', () => {
    assert.deepEqual(eventDates('Bettie Page was born on April 22, 1923, in Nashville.'), [
      ['Page', 'born', '1923-04-22', 'Page was born on April 22, 1923'],
    ]);
    assert.deepEqual(eventDates('Page was born in Nashville in 1923.'), [
      ['Page', 'born', '1923', 'Page was born in Nashville in 1923'],
    ]);
    assert.deepEqual(eventDates('Born in 1923 in Nashville, Page moved to New York.'), [
      ['Page', 'born', '1923', 'Born in 1923 in Nashville, Page'],
    ]);
    assert.deepEqual(eventDates('His son, born in 2001, lives in Paris.'), [
      ['son', 'born', '2001', 'son, born in 2001'],
    ]);
  });

  it('reads no title, no compound and no date another verb stands before', () => {
    assert.deepEqual(eventDates('A Star Is Born opens October 5.'), []);
    assert.deepEqual(eventDates('Cearra born this month was actually due November 4.'), []);
    assert.deepEqual(eventDates('The Ukrainian-born fighter in 2004 won the belt.'), [
      ['fighter', 'won', '2004', 'fighter in 2004 won'],
    ]);
  });
});

describe('extractor: a date after a short adverbial that opens the sentence', () => {
  it('dates the main clause’s verb', () => {
    assert.deepEqual(eventDates('Then, in 1980, Smith died in a diving accident.'), [
      ['Smith', 'killed', '1980', '1980, Smith died'],
    ]);
    assert.deepEqual(eventDates('Two months later, in November 2016, home secretary Amber Rudd signed an order.'), [
      ['Rudd', 'sign', '2016-11', 'November 2016, home secretary Amber Rudd signed'],
    ]);
    assert.deepEqual(eventDates('But in 2016, Smith resigned.'), [['Smith', 'resign', '2016', '2016, Smith resigned']]);
  });

  it('dates an authority’s act on a name as the name’s ("In 2013, police arrested Love": Love was arrested)', () => {
    assert.deepEqual(eventDates('In 2013, police arrested Lauri Love at home.'), [
      ['Love', 'arrested', '2013', '2013, police arrested Lauri Love'],
    ]);
    assert.deepEqual(eventDates('In 2013, a jury convicted Smith of fraud.'), [
      ['Smith', 'convicted', '2013', '2013, a jury convicted Smith'],
    ]);
    assert.deepEqual(eventDates('In 2013, police arrested 12 people.'), []);
  });

  it('reads no bounded date, no noun before it and no clause word', () => {
    assert.deepEqual(eventDates('Prior to Thursday, things between Grande and Davidson appeared civil.'), []);
    assert.deepEqual(eventDates('Since Jan. 20, he has repeatedly disparaged the courts.'), []);
    assert.deepEqual(eventDates('Senate in 2016, The Washington Times has learned.'), []);
    assert.deepEqual(eventDates('While in 2016, Smith resigned.'), []);
    assert.deepEqual(eventDates('In the interview Friday, Clinton also sought to defend Obama.'), []);
  });
});

describe('extractor: a noun made from a verb after a possessive', () => {
  it('is keyed as its verb', () => {
    assert.deepEqual(eventDates('His conviction in 1998 was overturned.'), [
      ['he', 'convicted', '1998', 'His conviction in 1998'],
    ]);
    assert.deepEqual(eventDates('He was convicted in 1998.'), [
      ['He', 'convicted', '1998', 'He was convicted in 1998'],
    ]);
    assert.deepEqual(eventDates("Smith's election in 2004 surprised many."), [
      ['Smith', 'elect', '2004', "Smith's election in 2004"],
    ]);
    assert.deepEqual(eventDates('Sandusky kept his ties after his 1999 retirement.'), [
      ['he', 'retir', '1999', 'his 1999 retirement'],
    ]);
    assert.deepEqual(eventDates('Smith’s arrival in 1990 changed things.'), [
      ['Smith', 'arriv', '1990', 'Smith’s arrival in 1990'],
    ]);
    assert.deepEqual(eventDates('His trial in 2005 lasted a month.'), [['he', 'tri', '2005', 'His trial in 2005']]);
  });

  it('reads a year before a possessive’s event noun past its modifiers, where the noun heads its phrase', () => {
    assert.deepEqual(eventDates('His 2004 Senate election was close.'), [
      ['he', 'elect', '2004', 'His 2004 Senate election'],
    ]);
    assert.deepEqual(eventDates('Her 1999 drunk-driving arrest made news.'), [
      ['she', 'arrested', '1999', 'Her 1999 drunk-driving arrest'],
    ]);
    assert.deepEqual(eventDates('His 2004 campaign manager quit.'), []);
    assert.deepEqual(eventDates('Her 1999 best-selling novel sold well.'), []);
  });

  it('reads no object of a verb or a preposition, no weekday and no adjective', () => {
    assert.deepEqual(eventDates('She resigned from her position in 2016.'), [
      ['She', 'resign', '2016', 'She resigned from her position in 2016'],
    ]);
    assert.deepEqual(eventDates("Fire tore through LaCalamita's apartment Monday."), []);
    assert.deepEqual(eventDates("Richardson's presidential run in 2008 failed."), [
      ['run', 'fail', '2008', 'run in 2008 failed'],
    ]);
  });
});

describe('extractor: a subject before a chain of appositions', () => {
  it('is the name before the first comma, past an age and a place', () => {
    assert.deepEqual(eventDates('Mr Love, 33, from Stradishall, Suffolk, was first arrested in October 2013.'), [
      ['Love', 'arrested', '2013-10', 'Love, 33, from Stradishall, Suffolk, was first arrested in October 2013'],
    ]);
    assert.deepEqual(eventDates('Smith, 45, of Springfield, was arrested in 2004.'), [
      ['Smith', 'arrested', '2004', 'Smith, 45, of Springfield, was arrested in 2004'],
    ]);
  });

  it('passes over no bare name', () => {
    assert.deepEqual(eventDates('In Springfield, Illinois, Smith, 45, was arrested in 2004.'), [
      ['Smith', 'arrested', '2004', 'Smith, 45, was arrested in 2004'],
    ]);
  });
});

const PAGE = 'Bettie Page died in Los Angeles on Thursday. Page was a pin-up model.';

describe('date findings: one event of one person in two years', () => {
  it('reports two years of a birth as a warning', () => {
    assert.deepEqual(
      findings(`${PAGE} Page was born on April 22, 1923, in Nashville.`, `${PAGE} Page was born in 1924 in Nashville.`),
      [['date', 'warning', 'Sources disagree on when the page born: 22 Apr 1923 in a; 1924 in b']],
    );
  });

  it('reports a noun of "his" against the verb of the name as information (the pronoun’s person is a guess)', () => {
    assert.deepEqual(
      findings(
        'Arcade Comeaux escaped from a prison van. Comeaux was convicted in 1998 of assault. Comeaux was caught.',
        'Arcade Comeaux escaped from a prison van. After his conviction in 1999, Comeaux was moved. Comeaux was caught.',
      ),
      [['date', 'information', 'Sources disagree on when the comeaux convicted: 1998 in a; 1999 in b']],
    );
  });

  it('reports a date after an opening adverbial against the same act dated in the clause', () => {
    assert.deepEqual(
      findings(
        'Jeff Smith won the vote. Then, in 2004, Smith resigned from the board.',
        'Jeff Smith won the vote. Smith resigned from the board in 2005.',
      ),
      [['date', 'information', 'Sources disagree on when the smith resign: 2004 in a; 2005 in b']],
    );
  });

  it('reports nothing for agreeing years, nor for two events of one person', () => {
    assert.deepEqual(
      findings(
        `${PAGE} Page was born on April 22, 1923, in Nashville.`,
        `${PAGE} Born in 1923, Page moved to Nashville.`,
      ),
      [],
    );
    assert.deepEqual(
      findings(`${PAGE} Page was born in 1923 in Nashville.`, `${PAGE} Page was arrested in 1957 in Miami.`),
      [],
    );
  });
});
