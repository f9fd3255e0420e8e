// Issue 14, what is counted: people named by different nouns ("2 victims", "1 person", "1,300 workers", "1,200
// people") are one quantity when both say what befell them (the bucket `q:person`: PEOPLE_NOUNS in
// conflicts/prepare.ts), while two nouns that both name a kind ("two men", "two women"), a noun that names no event,
// and the sub-populations a story splits its tolls by (civilians, soldiers, children) stay apart.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('people counted under different nouns', () => {
  // After ../shared/corpus/events/ecbplus/18_3ecbplus.txt and 18_1ecbplus.txt (the Troy office shooting).
  const victims = 'Local evening news in Michigan originally reported that two of the three victims died.\n';
  const person =
    'A Michigan man shot to death one person and injured two others Monday at the accounting firm, police said.\n';

  it('compares victims killed with people killed', () => {
    assert.deepEqual(findingsOf(victims, person), [
      ['revision', 'information', 'People killed revised: 2 in a (superseded by 1); 1 in b (police)'],
    ]);
  });

  it('compares workers killed with people killed', () => {
    const workers = 'A gunman killed 12 workers at the plant in Kalba on Thursday, police said.\n';
    const people = 'A gunman killed 15 people at the plant in Kalba on Thursday, officials said.\n';
    assert.deepEqual(findingsOf(workers, people), [
      [
        'conflict',
        'information',
        'Sources disagree on people killed (on thursday) · at the plant in Kalba · thursday: 12 in a (police); 15 in b (officials)',
      ],
    ]);
  });

  it('does not compare two nouns that both name a kind: men and women', () => {
    const men = 'A gunman killed 12 men at the plant in Kalba on Thursday, police said.\n';
    const women = 'A gunman killed 15 women at the plant in Kalba on Thursday, officials said.\n';
    assert.deepEqual(findingsOf(men, women), []);
  });

  it('does not compare a noun that names no event: the victims and the women', () => {
    // After ../shared/corpus/events/ecbplus/22_1ecbplus.txt and 22_10ecbplus.txt (the Kraft plant shooting).
    const women = 'Dorsey worked on the third floor with the two women and the shooter at the Kalba plant.\n';
    const victims = 'Dorsey worked on the third floor with the three victims and the shooter at the Kalba plant.\n';
    assert.deepEqual(findingsOf(women, victims), []);
  });

  it('keeps the sub-populations a toll is split by apart: civilians and people', () => {
    const civilians = 'A gunman killed 12 civilians at the market in Kalba on Thursday, police said.\n';
    const people = 'A gunman killed 15 people at the market in Kalba on Thursday, officials said.\n';
    assert.deepEqual(findingsOf(civilians, people), []);
  });
});
