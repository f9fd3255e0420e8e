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

// Open vocabulary: a count of people ("people", "victims") and a count by a role no lexicon lists, which its report
// itself uses of people ("protesters who", "protesters, all men,": prepare.ts OF_PEOPLE, APPOSED), may name one set.
// In words of our own.
const march =
  'Police broke up a climate march in Portland that blocked the Hawthorne Bridge on Saturday.\n\n' +
  'Officers arrested 130 protesters who had chained themselves to the railings of the Hawthorne Bridge, police said.\n';
const arrests =
  'A climate march in Portland ended in arrests on Saturday.\n\n' +
  'Police arrested 110 people on the Hawthorne Bridge after they chained themselves to the railings, a spokesman said.\n';
const inMarch = (from: string, to: string) => march.replace(from, to);
const inArrests = (from: string, to: string) => arrests.replace(from, to);
const ROLE =
  'Sources may disagree on people arrested: 110 in b (a spokesman); 130 in a (police) (may be one set: the reports ' +
  'count it by different nouns, "people" and "protesters", in alike words, but their frames do not prove it one)';

describe('the fallback across things counted: people, and a role the report uses of people', () => {
  it('reports "130 protesters who ..." and "110 people" arrested, told in alike words, as information', () => {
    assert.deepEqual(findingsOf(march, arrests), [['conflict', 'information', ROLE]]);
  });

  it('reads a role apposed to people ("130 protesters, all men,") as people too', () => {
    assert.deepEqual(
      findingsOf(inMarch('130 protesters who had', '130 protesters, all men, after they had'), arrests),
      [['conflict', 'information', ROLE]],
    );
  });

  it('does not pair a role its report never uses of people ("130 protesters. They had ..."), nor one apposed to things', () => {
    assert.deepEqual(findingsOf(inMarch('protesters who had', 'protesters. They had'), arrests), []);
    assert.deepEqual(
      findingsOf(inMarch('130 protesters who had', '130 protesters, all banners, after they had'), arrests),
      [],
    );
  });

  it('does not pair a role and a kind of person ("110 men"): only a count of any people is the role\'s whole', () => {
    assert.deepEqual(findingsOf(march, inArrests('110 people', '110 men')), []);
  });

  it('does not pair a story that counts the event by another group too (a toll split by groups)', () => {
    assert.deepEqual(
      findingsOf(
        march,
        inArrests('a spokesman said.', 'a spokesman said.\n\nPolice arrested twelve journalists at the bridge.'),
      ),
      [],
    );
  });

  it('does not pair a count of people whose sentence names the role, nor a few', () => {
    // The 110 people are not paired with the 130 protesters; the part "30 protesters" is, as protesters arrested
    // (the relative clause "who had chained themselves" says who the 130 are, not what befell them).
    assert.deepEqual(findingsOf(march, inArrests('110 people on', '110 people, including 30 protesters, on')), [
      ['conflict', 'warning', 'Sources disagree on protesters arrested: 30 in b (a spokesman); 130 in a (police)'],
    ]);
    assert.deepEqual(
      findingsOf(inMarch('130 protesters', 'four protesters'), inArrests('110 people', 'three people')),
      [],
    );
  });
});

// A toll split by civilians and soldiers (conflicts/README.md): a role of people ("civilians who") pairs with a
// count of people only where the story names no other group for that toll.
const market =
  'A car bomb tore through a bread market in Mosul on Sunday morning.\n\n' +
  'The bomb killed 23 civilians who were queuing for bread outside a bakery in the market, officials said.\n';
const bakery =
  'A car bomb exploded at a crowded bread market in Mosul on Sunday.\n\n' +
  'The blast killed 19 people queuing for bread outside a bakery in the market, officials said.\n';

describe('the fallback across things counted: a toll split by groups stays apart', () => {
  it('reports "23 civilians who ..." and "19 people" killed when no other group is counted', () => {
    assert.deepEqual(findingsOf(market, bakery), [
      [
        'conflict',
        'information',
        'Sources may disagree on people killed · at the bakery: 19 in b (officials); 23 in a (officials) (may be ' +
          'one set: the reports count it by different nouns, "civilians" and "people", in alike words, but their ' +
          'frames do not prove it one)',
      ],
    ]);
  });

  it('does not report them when a report counts soldiers killed too', () => {
    assert.deepEqual(
      findingsOf(market, bakery.replace('officials said.', 'officials said.\n\nThe blast also killed six soldiers.')),
      [],
    );
  });
});
