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

describe('nouns that name one set in the setting their sentence names', () => {
  it("compares a petition's votes with its signatures", () => {
    // After events/multinews/mnsample-test-row086-doc1.txt and -doc2.txt (the Blue House petitions).
    assert.deepEqual(
      findingsOf(
        'The petition against a unified team received more than 17,000 votes by Friday.\n',
        'The petition against a unified team received more than 16,000 signatures by Friday.\n',
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on signatures received · friday (more than 16,000 and more than 17,000 are different floors): more than 16,000 in b; more than 17,000 in a',
        ],
      ],
    );
  });

  it("compares a fire brigade's appliances with fire engines", () => {
    // After events/ecbplus/14_7ecbplus.txt and 14_8ecbplus.txt (the Waitrose fire in Wellington).
    assert.deepEqual(
      findingsOf(
        'Fire crews from Devon and Somerset Fire and Rescue sent four appliances to the store on Sunday.\n',
        'The fire service sent six engines to the store on Sunday.\n',
      ),
      [['conflict', 'information', 'Sources disagree on engines sent (on sunday) · sunday: 4 in a; 6 in b']],
    );
  });

  it('keeps votes without a petition, and appliances without a fire, apart', () => {
    assert.deepEqual(
      findingsOf(
        'The candidate received more than 17,000 votes by Friday.\n',
        'The petition against the candidate received more than 16,000 signatures by Friday.\n',
      ),
      [],
    );
    assert.deepEqual(
      findingsOf('The shop sold four appliances on Sunday.\n', 'The shop sold six engines on Sunday.\n'),
      [],
    );
  });
});
