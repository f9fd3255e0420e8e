// Issue 14, the fallback across things counted (crossFindings in conflicts/quantities.ts): two reports of one story
// that count one set by different nouns, one of any of a kind and one a kind of it (conflicts/kinds.ts: "people",
// "men"), in buckets of their own because a side names no event, are reported as information ("Sources may
// disagree") when the fallback inside a bucket would pair them: figures at most twice apart, sentences sharing three
// words or names beyond the story's common ones, and no guard proves them two sets.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

// After ../shared/corpus/events/multinews/mnsample-test-row229-doc1.txt and doc3.txt (a cruise from Sydney taken
// over by a tobacco company's staff), in words of our own.
const a =
  'A Royal Caribbean cruise from Sydney turned into a party for a tobacco company.\n\n' +
  'The Voyager of the Seas left Sydney with about 1,300 men from the Kamla Pasand tobacco company on board for a conference.\n';
const b =
  "Passengers on a Royal Caribbean cruise from Sydney complained about a tobacco company's party.\n\n" +
  'The Voyager of the Seas sailed from Sydney with 1,100 people from the Kamla Pasand tobacco company on board for a conference.\n';
const inA = (from: string, to: string) => a.replace(from, to);
const inB = (from: string, to: string) => b.replace(from, to);
const MAY =
  'Sources may disagree on people: 1,100 in b; about 1,300 in a (may be one set: the reports count it by different ' +
  'nouns, "men" and "people", in alike words, but their frames do not prove it one)';

describe('the fallback across things counted: one set counted by a noun of any of a kind and by a kind of it', () => {
  it('reports "about 1,300 men" and "1,100 people" told in alike words as information', () => {
    assert.deepEqual(findingsOf(a, b), [['conflict', 'information', MAY]]);
  });

  it('does not report two kinds of one thing ("men", "women"): two sets', () => {
    assert.deepEqual(findingsOf(a, inB('1,100 people', '1,100 women')), []);
  });

  it('does not report a whole whose sentence names the other count\'s noun ("people, most of them men")', () => {
    assert.deepEqual(findingsOf(a, inB('1,100 people from', '1,100 people, most of them men, from')), []);
  });

  it('does not report two nouns no kind relates ("men", "cabins"), nor a report that writes the other figure', () => {
    assert.deepEqual(findingsOf(a, inB('1,100 people', '1,100 cabins')), []);
    assert.deepEqual(
      findingsOf(a, inB('on board for a conference.', 'on board for a conference, though 1,300 had signed up.')),
      [],
    );
  });

  it('does not report a few of a kind (four men, three people): more often a part and its whole', () => {
    assert.deepEqual(findingsOf(inA('about 1,300 men', 'four men'), inB('1,100 people', 'three people')), []);
  });

  it('does not report two places or another year', () => {
    assert.deepEqual(
      findingsOf(
        inA('for a conference.', 'for a conference in Boston.'),
        inB('for a conference.', 'for a conference in Chicago.'),
      ),
      [],
    );
    assert.deepEqual(findingsOf(a, inB('The Voyager', 'In 2009, the Voyager')), []);
  });
});
