// Issue 14, one thing measured named at two levels (conflicts/kinds.ts, namedAtTwoLevels): a class and a kind of it
// ("the women", "female exonerees"; "the vessel", "the ship"), two species of one object ("fir", "spruce"), a thing
// and the money it is ("prize", "prize money"). Such frames name the thing only in part: compared when the figures are near, for
// information. Two kinds of one class that name groups, two classes, and figures far apart stay apart.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('a thing measured named at two levels', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row137-doc0.txt and doc2.txt (Rome's Christmas tree).
  const fir = 'This month in Rome, the 70-foot fir in Piazza Venezia drew mockery.';

  it('two species of one object: a 70-foot fir and a 72-foot spruce, for information', () => {
    assert.deepEqual(findingsOf(fir, 'This month in Rome, a 72-foot tall spruce in Piazza Venezia drew mockery.'), [
      ['conflict', 'information', 'Sources disagree on length · in Piazza Venezia: 70 foot in a; 72 foot in b'],
    ]);
  });

  it('not figures far apart: a 70-foot fir and a 20-foot spruce', () => {
    assert.deepEqual(findingsOf(fir, 'This month in Rome, a 20-foot tall spruce in Piazza Venezia drew mockery.'), []);
  });

  it('not two classes: a 70-foot fir and a 72-foot statue', () => {
    assert.deepEqual(findingsOf(fir, 'This month in Rome, a 72-foot tall statue in Piazza Venezia drew mockery.'), []);
  });

  const ship = 'The 300-metre ship ran aground off Kalba, the coastguard said.';

  it('a class and a kind of it: the 300-metre ship and the 320-metre vessel', () => {
    assert.deepEqual(findingsOf(ship, 'The 320-metre vessel ran aground off Kalba, the coastguard said.'), [
      [
        'conflict',
        'information',
        'Sources disagree on length: 300 metre in a (the coastguard); 320 metre in b (the coastguard)',
      ],
    ]);
  });

  it('not two kinds of one class, two objects: the 300-metre ship and the 320-metre tanker', () => {
    assert.deepEqual(findingsOf(ship, 'The 320-metre tanker ran aground off Kalba, the coastguard said.'), []);
  });

  // After mnsample-test-row032-doc1.txt and doc3.txt (the National Registry of Exonerations).
  const exonerees = '40% of female exonerees were convicted of harming children in their care.';

  it('a class and a kind of it: about half the women and 40% of female exonerees, not one figure rounded', () => {
    assert.deepEqual(
      findingsOf(exonerees, 'About half the women in the registry went to prison for harming someone in their care.'),
      [
        [
          'conflict',
          'information',
          'Sources disagree on percents (about 50% is not 40% rounded): 40% in a; about 50% in b',
        ],
      ],
    );
  });

  it('not two kinds of one class: female exonerees and female athletes', () => {
    assert.deepEqual(
      findingsOf(exonerees, 'About half the female athletes in the registry were harming someone in their care.'),
      [],
    );
  });

  it('not the other sex: female and male exonerees', () => {
    assert.deepEqual(
      findingsOf(exonerees, 'About half the male exonerees went to prison for harming someone in their care.'),
      [],
    );
  });

  // After mnsample-test-row104-doc1.txt and doc4.txt (NASA's Space Poop Challenge).
  it('a thing and the money it is: a $30,000 prize and $25,000 in prize money', () => {
    assert.deepEqual(
      findingsOf(
        'The NASA challenge carries a $30,000 prize for the best waste system for spacesuits.',
        'The NASA challenge carries $25,000 in prize money for the best waste system for spacesuits.',
      ),
      [['conflict', 'information', 'Sources disagree on dollars: $25,000 in b; $30,000 in a']],
    );
  });
});
