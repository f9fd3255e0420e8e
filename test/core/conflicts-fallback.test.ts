// Issue 14, the fallback inside a story of one bucket (fallbackFindings in conflicts/quantities.ts): two reports'
// figures of one thing measured that the strict rules leave apart (here two events: "reacted", "captured") are
// reported as information ("Sources may disagree", with frame.partial) when they are at most twice apart, their
// sentences share three words or names beyond the story's common ones, and no guard proves them different.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

// After ../shared/corpus/events/multinews/mnsample-test-row010-doc0.txt and doc1.txt (peptoids that react to the
// blood of Alzheimer's patients), in words of our own.
const a =
  'Researchers in Dallas screened thousands of synthetic peptoid molecules against blood from Alzheimer patients.\n\n' +
  'Three synthetic peptoid molecules reacted strongly with antibodies in the blood of the Alzheimer patients.\n';
const b =
  'A Dallas team tested synthetic peptoid molecules on blood from Alzheimer patients.\n\n' +
  'Two synthetic peptoid molecules captured antibodies from the blood of all six Alzheimer patients.\n';
const inA = (from: string, to: string) => a.replace(from, to);
const inB = (from: string, to: string) => b.replace(from, to);
const MAY =
  'Sources may disagree on molecules reacted: 2 in b; 3 in a (may be one quantity: the reports tell it in alike ' +
  'words, but their frames do not prove it one)';

describe('the fallback: figures of one thing in one story that the strict rules leave apart', () => {
  it('reports two events of one thing, alike in words, as information', () => {
    assert.deepEqual(findingsOf(a, b), [['conflict', 'information', MAY]]);
  });

  it('does not report a pair the strict rules already compare (one event: the strict finding only)', () => {
    assert.deepEqual(findingsOf(a, inB('captured antibodies from', 'reacted strongly with antibodies in')), [
      ['conflict', 'warning', 'Sources disagree on molecules reacted: 2 in b; 3 in a'],
    ]);
  });

  it('does not report figures more than twice apart, nor sentences that share too little', () => {
    assert.deepEqual(findingsOf(a, inB('Two synthetic', 'One synthetic')), []);
    const little = inB(
      'Two synthetic peptoid molecules captured antibodies from the blood of all six Alzheimer patients.',
      'Two synthetic peptoid molecules stood out.',
    );
    assert.deepEqual(findingsOf(a, little), []);
  });

  it('does not report two places, two days or another year', () => {
    assert.deepEqual(
      findingsOf(
        inA('the Alzheimer patients.', 'the Alzheimer patients in Boston.'),
        inB('six Alzheimer patients.', 'six Alzheimer patients in Chicago.'),
      ),
      [],
    );
    assert.deepEqual(findingsOf(inA('Three', 'On Monday, three'), inB('Two', 'On Friday, two')), []);
    assert.deepEqual(findingsOf(inA('Three', 'In 2009, three'), b), []);
  });

  it("does not report two owners: each names someone the other's report does not, or one's owner the other does not name", () => {
    assert.deepEqual(
      findingsOf(
        inA('Three synthetic', "Three of Smith's synthetic"),
        inB('Two synthetic', "Two of Jones's synthetic"),
      ),
      [],
    );
    assert.deepEqual(
      findingsOf(
        inA(
          'Three synthetic peptoid molecules reacted',
          'Roche has tested three synthetic peptoid molecules that reacted',
        ),
        b,
      ),
      [],
    );
  });

  it('does not report two groups of the thing (kinds that share no modifier), nor killed against wounded', () => {
    assert.deepEqual(findingsOf(a, inB('Two synthetic peptoid', 'Two natural')), []);
    assert.deepEqual(
      findingsOf(
        inA('reacted strongly with antibodies in', 'were killed by antibodies in'),
        inB('captured antibodies from', 'were wounded by antibodies from'),
      ),
      [],
    );
  });

  it('does not report a running total against one incident, a change against a level, nor a threshold', () => {
    assert.deepEqual(
      findingsOf(
        inA('Three synthetic peptoid molecules reacted', 'So far, three synthetic peptoid molecules have reacted'),
        inB('Two', 'On Monday, two'),
      ),
      [],
    );
    assert.deepEqual(
      findingsOf(
        inA(
          'Three synthetic peptoid molecules reacted strongly',
          'The synthetic peptoid molecules that reacted strongly rose by three',
        ),
        b,
      ),
      [],
    );
    assert.deepEqual(
      findingsOf(inA('the Alzheimer patients.', 'the Alzheimer patients, a mark for the field.'), b),
      [],
    );
  });

  it('does not report a sentence that sets two subjects side by side, nor a report that gives both figures', () => {
    assert.deepEqual(
      findingsOf(a, inB('six Alzheimer patients.', 'six Alzheimer patients, while four controls captured none.')),
      [],
    );
    assert.deepEqual(
      findingsOf(
        inA('the Alzheimer patients.', 'the Alzheimer patients; two synthetic peptoid molecules barely did.'),
        b,
      ),
      [],
    );
  });

  // Measured and left out (conflicts/README.md, "What proves two figures one quantity"): shared words weighted by
  // their nearness to the figures, by their rarity in the story, or names counted double. Each paired these two
  // look-alikes (after BBC politics_277 / politics_348 and dev mn-079, in words of our own), and no real disagreement
  // on dev, BBC or the unannotated groups; three words counted flat keep them apart and still pair the molecules.
  it('counts shared words flat: two beside both figures, or a shared name, are not three', () => {
    const leaders = findingsOf(
      'The two political leaders clashed days after the pre-election period opened.\n',
      'Broadcasters should fix a date for a pre-election debate between the three main political leaders.\n',
    );
    assert.deepEqual(leaders, []);
    const mps = findingsOf(
      'The prime minister needs the votes of 159 MPs to survive.\n',
      'Some 100 MPs were planning to vote against the deal before the vote was put off.\n',
    );
    assert.deepEqual(mps, []);
    const molecules = findingsOf(
      'Three synthetic peptoid molecules reacted strongly with antibodies in the blood of the Alzheimer patients.\n',
      'Two synthetic peptoid molecules captured antibodies from the blood of all six Alzheimer patients.\n',
    );
    assert.deepEqual(molecules, [['conflict', 'information', MAY]]);
  });

  // Measured and left out (conflicts/README.md, the fallback's variants): sums of one currency and shares paired
  // under the same guards gained no dev disagreement and added only look-alikes on dev and BBC ("£3.1bn" trade gap
  // against "£3.4bn" of road spending reclassified; wild mammals cut "by 85%" against "60%" of mammals livestock).
  it('does not report two sums of money of two events, however alike their sentences', () => {
    const sums = findingsOf(
      inA(
        'Three synthetic peptoid molecules reacted strongly',
        'The synthetic peptoid trial cost $3.1 million, reacting',
      ),
      inB('Two synthetic peptoid molecules captured', 'The synthetic peptoid trial spent $3.4 million and captured'),
    );
    assert.deepEqual(sums, []);
  });
});
