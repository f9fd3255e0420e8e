// Issue 14, what is counted: people named by different nouns ("2 victims", "1 person", "1,300 workers", "1,200
// people") are one quantity when both say what befell them (the bucket `q:person`: KINDS_OF_THINGS in
// conflicts/prepare.ts), while two nouns that both name a kind ("two men", "two women"), a noun that names no event,
// and the sub-populations a story splits its tolls by (civilians, soldiers, children) stay apart. The same holds for
// any kind of thing (vehicles and cars, soldiers and peacekeepers), and synonyms name one set (employees = workers).
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

describe('one set in other words: a noun of any of a kind and a noun of one kind of it', () => {
  const thursday = (text: string, source: string) => `${text} in Kalba on Thursday, ${source} said.\n`;

  it('compares passengers killed with people killed, near figures, as information', () => {
    assert.deepEqual(
      findingsOf(
        thursday('The crash killed 144 passengers', 'police'),
        thursday('The crash killed 150 people', 'officials'),
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on people killed (on thursday) · in Kalba · thursday: 144 in a (police); 150 in b (officials)',
        ],
      ],
    );
  });

  it('compares vehicles with cars, as information', () => {
    assert.deepEqual(
      findingsOf(
        thursday('The flood destroyed 30 cars', 'police'),
        thursday('The flood destroyed 40 vehicles', 'officials'),
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on vehicles destroyed (on thursday) · in Kalba · thursday: 30 in a (police); 40 in b (officials)',
        ],
      ],
    );
  });

  it('reads synonyms as one noun: employees and workers, pupils and students, homes and houses', () => {
    assert.deepEqual(
      findingsOf(
        'The company fired 100 employees at the plant in Kalba on Thursday, police said.\n',
        'The company fired 120 workers at the plant in Kalba on Thursday, officials said.\n',
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on workers fired (on thursday) · at the plant in Kalba · thursday: 100 in a (police); 120 in b (officials)',
        ],
      ],
    );
    assert.deepEqual(
      findingsOf(
        thursday('The fire forced 300 pupils out of the school', 'police'),
        thursday('The fire forced 350 students out of the school', 'officials'),
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on students forced (on thursday) · in Kalba · thursday: 300 in a (police); 350 in b (officials)',
        ],
      ],
    );
    assert.deepEqual(
      findingsOf(
        thursday('The flood destroyed 30 homes', 'police'),
        thursday('The flood destroyed 40 houses', 'officials'),
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on houses destroyed (on thursday) · in Kalba · thursday: 30 in a (police); 40 in b (officials)',
        ],
      ],
    );
  });

  it('reads parishioners as worshippers (events/multinews row 24: "nine African American parishioners", "nine black worshippers")', () => {
    assert.deepEqual(
      findingsOf(
        thursday('The gunman killed nine parishioners', 'police'),
        thursday('The gunman killed 10 worshippers', 'officials'),
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on worshippers killed (on thursday) · in Kalba · thursday: 9 in a (police); 10 in b (officials)',
        ],
      ],
    );
  });

  it('reads firemen as firefighters and service members as soldiers; peacekeepers are a kind of soldier', () => {
    assert.deepEqual(
      findingsOf(
        thursday('The blaze injured four firemen', 'police'),
        thursday('The blaze injured six firefighters', 'officials'),
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on firefighters wounded (on thursday) · in Kalba · thursday: 4 in a (police); 6 in b (officials)',
        ],
      ],
    );
    assert.deepEqual(
      findingsOf(
        thursday('The bomb killed four service members', 'police'),
        thursday('The bomb killed six soldiers', 'officials'),
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on soldiers killed (on thursday) · in Kalba · thursday: 4 in a (police); 6 in b (officials)',
        ],
      ],
    );
    // After ../shared/corpus/bbc/politics_129.txt: "nine French peacekeepers were killed", "nine French soldiers".
    assert.deepEqual(
      findingsOf(
        thursday('The bomb killed nine peacekeepers', 'police'),
        thursday('The bomb killed 10 soldiers', 'officials'),
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on soldiers killed (on thursday) · in Kalba · thursday: 9 in a (police); 10 in b (officials)',
        ],
      ],
    );
  });

  it('names a finding whose figures all name one kind by it, not by its bucket: migrants', () => {
    assert.deepEqual(
      findingsOf(
        thursday('About 150 migrants crossed the border', 'police'),
        thursday('More than 600 migrants crossed the border', 'officials'),
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on migrants crossed (on thursday) · in Kalba · thursday: about 150 in a (police); more than 600 in b (officials)',
        ],
      ],
    );
  });

  it('does not compare two kinds of one thing: cars and trucks, passengers and crew, soldiers and civilians', () => {
    const pairs: Array<[string, string]> = [
      ['The flood destroyed 30 cars', 'The flood destroyed 40 trucks'],
      ['The attack killed 12 passengers', 'The attack killed 14 crew'],
      ['The attack killed 30 soldiers', 'The attack killed 40 civilians'],
    ];
    for (const [a, b] of pairs) assert.deepEqual(findingsOf(thursday(a, 'police'), thursday(b, 'officials')), [], a);
  });

  it('does not compare the dead with the injured, nor figures far apart', () => {
    assert.deepEqual(
      findingsOf(
        thursday('The attack killed 12 passengers', 'police'),
        thursday('The attack wounded 15 people', 'officials'),
      ),
      [],
    );
    assert.deepEqual(
      findingsOf(
        thursday('The attack killed 12 passengers', 'police'),
        thursday('The attack killed 40 people', 'officials'),
      ),
      [],
    );
  });

  it('does not compare a whole whose sentence names the kind of its part: "36 structures, most of them homes"', () => {
    // After events/multinews/mnsample-test-row099-doc0.txt and -doc2.txt (the Kilauea eruption).
    assert.deepEqual(
      findingsOf(
        'The flood destroyed 36 structures in Kalba on Thursday, most of them homes, police said.\n',
        thursday('The flood destroyed 30 homes', 'officials'),
      ),
      [],
    );
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
