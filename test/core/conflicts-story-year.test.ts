// Issue 14, the year of a story's undated report (storyFindings in conflicts/quantities.ts): the year most of the
// story's reports are dated to, not the latest. A later follow-up (a trial two years on) no longer moves an undated
// report's figures away from the reports of the event itself.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('the year of an undated report in a story', () => {
  // After ../shared/corpus/events/ecbplus/22_8ecbplus.txt, 22_11ecbplus.txt and 22_7ecbplus.txt (the Kraft plant
  // shooting, 2010, and a report of the trial, 2012).
  const first =
    'Published: 10 September 2010\n\nA gunman shot dead two people and wounded three others at the Kalba plant, police said.\n';
  const second =
    'Published: 11 September 2010\n\nThe gunman shot dead two people and wounded three others at the Kalba plant, officials said.\n';
  const trial =
    'Published: 5 June 2012\n\nThe trial of the gunman who shot dead two people at the Kalba plant began on Monday.\n';
  const undated = 'A gunman shot dead two people and wounded four others at the Kalba plant, witnesses said.\n';

  it('is the year most reports are dated to, whatever a later follow-up says', () => {
    assert.deepEqual(findingsOf(first, second, trial, undated), [
      [
        'conflict',
        'warning',
        'Sources disagree on people wounded · in Kalba: 3 in a, b (police, 10 Sep); 4 in d (witnesses)',
      ],
    ]);
  });
});
