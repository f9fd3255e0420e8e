// Issue 14, the event of a count that is the subject of a verb written elsewhere: the agent of a passive verb
// ("T-shirts that were worn ... by 100 women": 100 women wore them) and the object of a verb of asking that is the
// subject of the verb after "to" ("asked 30 women to don T-shirts": 30 women wore them). Read in frameOf
// (passiveBefore, askedTo) in server/src/core/extract/frames.ts. The excerpts are modelled on
// ../shared/corpus/events/multinews/mnsample-test-row243-doc0.txt and doc1.txt (dev-6 mn-243 D1).
import { strict as assert } from 'node:assert';
import { claimOf, findingsOf } from './fixtures/readings';

/** A count's reading: what it counts and its event. */
function eventOf(text: string, figure: string): [string | null, string | null] {
  const f = claimOf(text, figure).frame!;
  return [f.measured, f.event];
}

const asked =
  'In Kalba, Sorokowska asked 30 men and 30 women to don white cotton T-shirts for three consecutive nights.';
const worn =
  'In Kalba, researchers asked raters to sniff white cotton T-shirts that were worn for three consecutive nights by 100 men and 100 women.';

describe('the event of a count that is the subject of a verb written elsewhere', () => {
  for (const [text, figure, reading] of [
    [asked, '30 men', ['man', 'wore']],
    [asked, '30 women', ['woman', 'wore']],
    [worn, '100 men', ['man', 'wore']],
    [worn, '100 women', ['woman', 'wore']],
    ['The village was attacked on Sunday by 300 militants.', '300 militants', ['militant', 'attacked']],
    ['The army forced 200 residents to flee.', '200 residents', ['resident', 'forced']],
    ['The staff was cut by 30 jobs.', '30 jobs', ['job', null]],
    ['Two people were killed by 3 gunmen who fled.', '3 gunmen', ['gunman', 'killed']],
    ['A boy was shot dead by two officers.', 'two officers', ['officer', 'killed']],
    ['The club invited 42 players to attend a three-day session.', '42 players', ['player', 'invited']],
    ['Police told 12 families to leave.', '12 families', ['family', null]],
  ] as Array<[string, string, [string, string | null]]>) {
    it(`reads «${figure}» in «${text}»`, () => assert.deepEqual(eventOf(text, figure), reading));
  }

  it('compares the wearers of one study across reports: 30 and 100 women who wore the T-shirts (mn-243 D1)', () => {
    assert.deepEqual(findingsOf(asked, worn), [
      ['conflict', 'warning', 'Sources disagree on people wore · in Kalba: 30 in a; 100 in b (researchers)'],
    ]);
  });

  it('keeps the wearers apart from the raters: 100 women who wore them, 100 who rated them', () => {
    assert.deepEqual(findingsOf(asked.replace('to don', 'to rate'), worn), []);
  });
});
