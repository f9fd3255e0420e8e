// Dated events in two more forms (extract/eventDates.ts, issue 14): a verb joined by "and" to a verb phrase shares
// that phrase's subject ("The operation was subsidized by the state and shut down in December 2007": operation;
// "Smith was arrested by police and charged with murder in June 2010": Smith), and a date's phrase right after a word
// that opens a clause opens that clause ("Nichols was on trial when on March 11, 2005 he overpowered a guard": he).
// Look-alikes stay unread: a participle that modifies a noun after "and" ("convicted of murder and attempted murder"),
// a speech verb before "and", a caption's "in this ... file photo", a dateline, "FILE -", and a date that modifies
// another event noun ("the November 2016 election").
import { strict as assert } from 'node:assert';
import { eventDatesOf, findingsBetween } from './fixtures/readings';

const eventDates = eventDatesOf;
const findings = findingsBetween;

describe('extractor: a verb joined by "and" to a verb phrase', () => {
  it('dates the joined verb with the first verb’s subject', () => {
    assert.deepEqual(
      eventDates('The money-losing operation was subsidized by the state and shut down for good in December 2007.'),
      [
        [
          'operation',
          'closed',
          '2007-12',
          'operation was subsidized by the state and shut down for good in December 2007',
        ],
      ],
    );
    assert.deepEqual(eventDates('Smith was arrested by police and charged with murder in June 2010.'), [
      ['Smith', 'charged', '2010-06', 'Smith was arrested by police and charged with murder in June 2010'],
    ]);
    assert.deepEqual(eventDates('The show premiered in 2006 and ended in 2008.'), [
      ['show', 'premier', '2006', 'show premiered in 2006'],
      ['show', 'end', '2008', 'show premiered in 2006 and ended in 2008'],
    ]);
  });

  it('reads no participle that modifies a noun, no speech verb and no clause word before "and"', () => {
    assert.deepEqual(eventDates('Smith was convicted of murder and attempted murder in 2010.'), []);
    assert.deepEqual(eventDates('Officials said the state and closed the plant in 2007.'), []);
    assert.deepEqual(eventDates('Smith was arrested while the state and closed the plant in 2007.'), []);
  });
});

describe('extractor: a date right after a word that opens a clause', () => {
  it('dates the clause’s verb', () => {
    assert.deepEqual(eventDates('Nichols was on trial for rape when on March 11, 2005 he overpowered a guard.'), [
      ['he', 'overpower', '2005-03-11', 'March 11, 2005 he overpowered'],
    ]);
    assert.deepEqual(eventDates('He was wanted when in May 2004 police arrested John Smith.'), [
      ['Smith', 'arrested', '2004-05', 'May 2004 police arrested John Smith'],
    ]);
    assert.deepEqual(eventDates('The list was handed out early, but in 1940 the winners were published early.'), [
      ['winners', 'publish', '1940', '1940 the winners were published'],
    ]);
  });

  it('reads no caption, no dateline, no "FILE -" and no date of another event noun', () => {
    assert.deepEqual(eventDates('In this March 2010 file photo, Smith speaks to reporters when in Boston.'), []);
    assert.deepEqual(eventDates('BOSTON, Dec. 9, 2010 (Reuters) - Smith spoke to reporters.'), []);
    assert.deepEqual(eventDates('FILE - In this Nov. 9, 2010 photo, Smith waves.'), []);
    assert.deepEqual(eventDates('Smith lost when in the November 2016 election the voters turned.'), []);
  });
});

describe('date findings: a joined verb and a clause’s date against the same act', () => {
  it('reports two months of one closing, and of one arrest', () => {
    assert.deepEqual(
      findings(
        'The Acme plant lost money. Acme was subsidized by the state and shut down for good in December 2007.',
        'The Acme plant lost money. Acme shut down for good in March 2008.',
      ),
      [['date', 'information', 'Sources disagree on when the acme ended: Dec 2007 in a; Mar 2008 in b']],
    );
    assert.deepEqual(
      findings(
        'John Smith fled the state. He was on parole when in May 2004 police arrested Smith in Ohio.',
        'John Smith fled the state. Smith was arrested in June 2004 in Ohio.',
      ),
      [['date', 'warning', 'Sources disagree on when the smith arrested: May 2004 in a; Jun 2004 in b']],
    );
  });

  it('reports nothing for agreeing dates', () => {
    assert.deepEqual(
      findings(
        'The Acme plant lost money. Acme was subsidized by the state and shut down for good in December 2007.',
        'The Acme plant lost money. Acme shut down for good in December 2007.',
      ),
      [],
    );
  });
});
