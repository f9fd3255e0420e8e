// Dates of acts told in clauses whose subject stands elsewhere (extract/eventDates.ts subjectBefore,
// mainClauseSubject, gerundAfterOpener, participleSubject, perfectSince, nounBefore): a verb joined by "and" to another
// ("was convicted and sentenced in 1985"), a participle after "after being" ("was serving a life sentence after being
// convicted in June 1998"), an act in -ing after "after" that opens the sentence ("After graduating from high school in 1995, Motes"), a
// participle set off by commas ("The group, founded in 1998,", "Founded in 1998, the company"), a perfect before
// "since" ("had served as FBI Director since 2013": the start of the state), and "his" or "her" before an event noun
// and its date ("his arrest in 2004"). Look-alikes stay unread: a comparison or a running total
// after "since", a noun after a preposition before the participle's comma, a weekday in a title, and a reporter's
// contact ("Reached by telephone yesterday, ...").
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { eventDatesOf } from './fixtures/readings';

const eventDates = eventDatesOf;

describe('extractor: a verb joined by "and" to another', () => {
  it('shares its subject ("was convicted and sentenced")', () => {
    assert.deepEqual(eventDates('Tommy Ward was convicted and sentenced to death in 1985.'), [
      ['Ward', 'sentenced', '1985', 'Ward was convicted and sentenced to death in 1985'],
    ]);
  });
});

describe('extractor: a participle after "after being"', () => {
  it('takes the subject of the clause it hangs on', () => {
    assert.deepEqual(eventDates('He was serving a life sentence after being convicted in June 1998 of assault.'), [
      ['He', 'convicted', '1998-06', 'He was serving a life sentence after being convicted in June 1998'],
    ]);
    assert.deepEqual(eventDates('Boateng served on the council before being elected to Parliament in 1987.'), [
      ['Boateng', 'elect', '1987', 'Boateng served on the council before being elected to Parliament in 1987'],
    ]);
  });
});

describe('extractor: an act in -ing after "after", "before" or "since"', () => {
  it('dates that act when it opens the sentence, its subject after the clause', () => {
    assert.deepEqual(eventDates('After graduating from high school in 1995, Motes auditioned for roles.'), [
      ['Motes', 'graduat', '1995', 'After graduating from high school in 1995, Motes'],
    ]);
  });

  it('gives the date to no verb before it, and inside a sentence reads nothing', () => {
    // Not "Navratilova made a comeback in 1994", nor "Brown spent ... on Friday".
    assert.deepEqual(eventDates('Navratilova, who made a comeback after retiring in 1994, won.'), []);
    assert.deepEqual(eventDates('Brown spent two days in Tanzania before heading home on Friday.'), []);
  });
});

describe('extractor: a participle set off by commas', () => {
  it('takes the noun before its comma, or the subject after the clause that opens the sentence', () => {
    assert.deepEqual(eventDates('The group, founded in 1998, runs ten schools.'), [
      ['group', 'found', '1998', 'group, founded in 1998'],
    ]);
    assert.deepEqual(eventDates('Phillips, sentenced to death in 1993, was executed.'), [
      ['Phillips', 'sentenced', '1993', 'Phillips, sentenced to death in 1993'],
    ]);
    assert.deepEqual(eventDates('Founded in 1998, the company now employs 500 people.'), [
      ['company', 'found', '1998', 'Founded in 1998, the company'],
    ]);
  });

  it('reads no noun inside a phrase, no title and no reporter’s contact', () => {
    assert.deepEqual(eventDates('The council works under the health ministry, formed in 2014 to promote care.'), []);
    assert.deepEqual(eventDates('The book, serialised in the Sunday Times, sold well.'), []);
    assert.deepEqual(eventDates('Reached by telephone yesterday, Smith declined to comment.'), []);
    assert.deepEqual(eventDates('Wired reported that in 2004, University researchers found it.'), []);
  });
});

describe('extractor: a perfect before "since" and its date', () => {
  it('reads the start of the state the verb tells', () => {
    assert.deepEqual(eventDates('Comey had served as FBI Director since 2013, when he was appointed.'), [
      ['Comey', 'began serv', '2013', 'Comey had served as FBI Director since 2013'],
    ]);
    assert.deepEqual(eventDates('A civil war has been raging since 2011.'), [
      ['war', 'began rag', '2011', 'war has been raging since 2011'],
    ]);
  });

  it('reads no comparison, no run, no running total and no state without a verb', () => {
    assert.deepEqual(eventDates('Trump has picked the most conservative EPA leader since 1981.'), []);
    assert.deepEqual(eventDates('The teams have met in every final since 2015.'), []);
    assert.deepEqual(eventDates('The United States has spent $225 million since 2009.'), []);
    assert.deepEqual(eventDates('More than 80,000 care places had been lost since 1997.'), []);
    assert.deepEqual(eventDates('Sanger has been a member of the board since 2003.'), []);
    assert.deepEqual(eventDates('It was the biggest quake since 1975.'), []);
  });
});

describe('extractor: "his" or "her" before an event noun and its date', () => {
  it('reads the person as the subject, not after "of"', () => {
    assert.deepEqual(eventDates('Kim Jong-il ruled until his death in 2011.'), [
      ['he', 'killed', '2011', 'his death in 2011'],
    ]);
    assert.deepEqual(eventDates('Police found him within days of the discovery of her body on Dec. 26, 1996.'), []);
  });
});

describe('date findings: two reports that date a participle’s act differently', () => {
  it('reports the two years of one founding', () => {
    const a = analyzeDocument('The Springfield group, founded in 1998, runs ten schools in Springfield.', 'a.txt');
    const b = analyzeDocument('The Springfield group, founded in 1996, runs ten schools in Springfield.', 'b.txt');
    assert.deepEqual(
      detectFindings([a, b]).map((f) => [f.kind, f.message]),
      [['date', 'Sources disagree on when the group found: 1996 in b; 1998 in a']],
    );
  });
});
