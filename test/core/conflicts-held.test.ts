// Issue 14, a count whose event says only how the things counted came to be had ("the most popular one garnering
// more than 17,000 votes") and a count of the same thing that names no event ("The most popular has more than 11,000
// signatures"): one quantity, the number had, which the story's keys set apart by event (heldFindings in
// conflicts/quantities.ts). Compared, as information, only when each text gives one figure of the thing; a text that
// gives several counts of it tells several owners' apart.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('a count of what was garnered, beside a count of the same thing that names no event', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row086-doc1.txt and doc2.txt (a Blue House petition).
  const garnered =
    'South Korean fans opposed a unified hockey team at the Games.\n\n' +
    'The number of petitions to the presidential Blue House website opposing a unified team shot up to more than ' +
    '100 this week, with the most popular one garnering more than 17,000 votes.\n';
  const had =
    'More than 100 petitions have been sent to the presidential Blue House website opposing a unified hockey team.\n\n' +
    'The most popular has more than 11,000 signatures, with one person writing: "This is not the same."\n';

  it("is compared, as information: garnering more than 17,000 votes (a petition's votes are its signatures), more than 11,000 signatures", () => {
    assert.deepEqual(findingsOf(garnered, had), [
      [
        'conflict',
        'information',
        'Sources may disagree on signatures: more than 11,000 in b; more than 17,000 in a (may be one quantity: ' +
          '"garnering" says only how they came to be had, and the other report names no event)',
      ],
    ]);
  });

  it('is compared when the other event says how, too (collected), and not when the figures agree', () => {
    const collected = garnered.replace('garnering more than 17,000 votes', 'having collected 25,000 signatures');
    assert.deepEqual(findingsOf(collected, had), [
      [
        'conflict',
        'information',
        'Sources may disagree on signatures: more than 11,000 in b; 25,000 in a (may be one quantity: ' +
          '"collected" says only how they came to be had, and the other report names no event)',
      ],
    ]);
    assert.deepEqual(findingsOf(garnered, had.replace('more than 11,000', 'about 17,500')), []);
  });

  it('is not compared when the event is another happening (votes lost), nor when the figures are more than twice apart', () => {
    assert.deepEqual(findingsOf(garnered.replace('garnering', 'losing'), had), []);
    assert.deepEqual(findingsOf(garnered, had.replace('more than 11,000', 'more than 5,000')), []);
  });

  it("is not compared when a text gives several counts of the thing (several films' nominations)", () => {
    // After ../shared/corpus/bbc/entertainment_062.txt and entertainment_040.txt (two awards' nominations).
    const one =
      'Sideways won best film at the Independent Spirit Awards.\n\nSideways is tipped to do well, with 11 nominations.\n';
    const several =
      'Sideways led the Independent Spirit Awards nominations.\n\n' +
      'Among the other films receiving nine nominations apiece were Primer and Garden State.\n\n' +
      'The Woodsman and Kinsey received seven nominations each.\n';
    assert.deepEqual(findingsOf(one, several), []);
    assert.deepEqual(findingsOf(one, several.replace(/\n\nThe Woodsman.*\n/, '\n')), [
      [
        'conflict',
        'information',
        'Sources may disagree on nominations: 9 in b; 11 in a (may be one quantity: "receiving" says only how they ' +
          'came to be had, and the other report names no event)',
      ],
    ]);
  });

  it('is not compared when the sentences name nobody in common, nor for a few of a thing', () => {
    // After ../shared/corpus/bbc/sport_146.txt and sport_212.txt (two teams' points).
    const rangers = 'Rangers won the Old Firm game at Celtic Park.\n\nIn the table, Rangers sit on 62 points.\n';
    const scotland =
      'Scotland lost the Old Firm ground match at Celtic Park.\n\nOver two seasons, 45 points were collected by Scotland.\n';
    assert.deepEqual(findingsOf(rangers, scotland), []);
    const few = garnered.replace('more than 17,000 votes', 'three votes');
    assert.deepEqual(findingsOf(few, had.replace('more than 11,000 signatures', 'two signatures')), []);
  });
});
