// Issue 14, the thing measured: the head of the counted noun phrase with its modifiers. Names, brands and model
// numbers before the head noun modify it ("three Mars orbiters", "40 Airbus A320 planes"), and "three of them"
// counts the one plural noun the sentence before counts. Sources are named where a sentence is a corpus excerpt;
// the others are written for the test.
import { strict as assert } from 'node:assert';
import { claimsOf, findingsOf } from './fixtures/readings';

/** Each claim as [text, unit, measured, modifiers]. */
function read(text: string): Array<[string, string | null, string | null, string[]]> {
  return claimsOf(text).map((c) => [c.text, c.unit, c.frame?.measured ?? null, c.frame?.modifiers ?? []]);
}

describe('the counted noun phrase: names and models before the head', () => {
  it('a name that looks plural modifies the lower-case noun after it, and is never made singular', () => {
    // events/multinews/mnsample-test-row020-doc1.txt
    assert.deepEqual(read('If no signal arrives from Curiosity via three Mars orbiters, they would start to worry.'), [
      ['three Mars orbiters', 'Mars orbiters', 'mars orbiter', ['mars']],
    ]);
    assert.deepEqual(read('He fired five Sixers coaches in four years.')[0], [
      'five Sixers coaches',
      'Sixers coaches',
      'sixers coach',
      ['sixers'],
    ]);
    assert.deepEqual(read('Police arrested 3 Hamas members.'), [
      ['3 Hamas members', 'Hamas members', 'hamas member', ['hamas']],
    ]);
  });

  it('a brand with its model number modifies the noun', () => {
    // bbc/business_339.txt
    assert.deepEqual(read('Air Deccan has ordered 30 Airbus A320 planes in a deal.'), [
      ['30 Airbus A320 planes', 'Airbus A320 planes', 'airbus a320 plane', ['airbus', 'a320']],
    ]);
    assert.deepEqual(read('The airline grounded two Boeing jets and 40 Airbus A320 planes.'), [
      ['two Boeing jets', 'Boeing jets', 'boeing jet', ['boeing']],
      ['40 Airbus A320 planes', 'Airbus A320 planes', 'airbus a320 plane', ['airbus', 'a320']],
    ]);
    assert.deepEqual(read('The air force sent two F-16 jets.'), [['two F-16 jets', 'F-16 jets', 'f-16 jet', ['f-16']]]);
    assert.deepEqual(read('Delta flies 3 Boeing 737 MAX jets.'), [
      ['3 Boeing 737 MAX jets', 'Boeing 737 MAX jets', 'boeing 737 max jet', ['boeing', '737', 'max']],
    ]);
  });

  it('a number word opening a sentence counts the noun that names after it modify; a plural name stays a name', () => {
    // bbc/politics_148.txt
    assert.deepEqual(read('Three Labour councillors in Birmingham were caught operating a "vote-rigging factory".'), [
      ['Three Labour councillors', 'Labour councillors', 'labour councillor', ['labour']],
    ]);
    // bbc/sport_087.txt
    assert.deepEqual(read('Four British athletes have been pre-selected to compete in March.'), [
      ['Four British athletes', 'British athletes', 'british athlete', ['british']],
    ]);
    assert.deepEqual(read('Six Nations games start today.'), []);
    assert.deepEqual(read('Four Seasons hotels closed on Monday.'), []);
  });

  it('names before a common noun read as before; a run reaching no lower-case plural noun changes nothing', () => {
    assert.deepEqual(read('Police said 12 Afghan soldiers were killed.'), [
      ['12 Afghan soldiers', 'Afghan soldiers', 'afghan soldier', ['afghan']],
    ]);
    assert.deepEqual(read('Officials said 14 New York firefighters were hurt.'), [
      ['14 New York firefighters', 'New York firefighters', 'new york firefighter', ['new', 'york']],
    ]);
    // A headline in Title Case: no lower-case noun, so the name run swallows nothing.
    assert.deepEqual(read('NASA Sends Three Mars Orbiters To Listen For 20 Minutes')[0].slice(0, 2), [
      'Three Mars',
      'Mars',
    ]);
    // A headline in Title Case run on into its paragraph (events/multinews/mnsample-test-row104-doc6.txt): "5 Other
    // Benefits" before a capitalised "Other" opens a heading, a rubric's score, no count of benefits (issue 14).
    assert.deepEqual(
      read('Rating 20 Gas Conservation 5 Other Benefits Other benefits that the judges identify.').map((c) => c[0]),
      ['20'],
    );
    // bbc/business_004.txt: a time after "and" is no second counted noun.
    assert.deepEqual(read('We have taken delivery of six Airbus A321 aircraft and next month we will start.'), [
      ['six Airbus A321 aircraft', 'Airbus A321 aircraft', 'airbus a321 aircraft', ['airbus', 'a321']],
    ]);
    // A figure after a plural name starts a figure of its own.
    assert.deepEqual(
      read('He won 3 Grammys 2 years ago.').map((c) => c[0]),
      ['3 Grammys', '2 years'],
    );
    assert.deepEqual(
      read('Between 5 and 10 people died.').map((c) => [c[0], c[2]]),
      [['Between 5 and 10 people', 'person']],
    );
  });
});

describe('"three of them": the plural noun the sentence before counts', () => {
  it('takes the one counted noun of the sentence before', () => {
    const [, three] = read(
      'The researchers tested thousands of synthetic molecules in the lab. Three of them reacted strongly to the blood of the six patients.',
    );
    assert.deepEqual(three, ['Three', null, 'synthetic molecule', []]);
    assert.equal(
      claimsOf('Police detained 30 protesters on Monday.\n\nThree of those were charged.')[1].frame?.measured,
      'protester',
    );
  });

  it('"N of those": the group counted before it', () => {
    // bbc/sport_335.txt
    assert.equal(
      claimsOf('Italy have only recorded three wins since they joined, but two of those have come against Scotland.')[1]
        .frame?.measured,
      'win',
    );
    // bbc/politics_115.txt: "those driving" are a group of their own (and "one in 50 of those driving", a share of
    // a group the sentence does not name, is no figure at all).
    assert.deepStrictEqual(
      claimsOf(
        'Reducing the limit can be expected to save around 65 lives a year. Only about one in 50 of those driving will need to moderate their drinking.',
      ).map((c) => [c.text, c.frame?.measured ?? null]),
      [['around 65 lives', 'life']],
    );
  });

  it('leaves it unread when the sentence before counts several things, none, or a plural noun stands between', () => {
    assert.equal(
      claimsOf('Police arrested 12 men after 3 attacks. Two of them were released.')[2].frame?.measured,
      null,
    );
    assert.equal(
      claimsOf('The doctors examined 40 patients. The nurses said three of them died.')[1].frame?.measured,
      null,
    );
  });

  it('a sentence before that counts nothing: the first plural noun after its verb', () => {
    // events/multinews/mnsample-test-row010-doc0.txt
    assert.deepEqual(
      read(
        "His team used laboratory-made molecules called peptoids as antigen surrogates to screen for antibodies specific to Alzheimer's disease.\n\nThree of them reacted strongly to the blood of the six patients with Alzheimer's disease.",
      )[0],
      ['Three', null, 'molecule', []],
    );
    assert.equal(
      claimsOf('The reporters reached out to some of the victims.\n\nTwo of them confirmed the leak.')[0].frame
        ?.measured,
      'victim',
    );
    // No plural noun after the verb (the subject "The protesters" is before it): unread.
    assert.equal(
      claimsOf('The protesters marched to the square.\n\nThree of them were arrested.')[0].frame?.measured,
      null,
    );
  });
});

describe('a figure whose noun is left out: "the other three", "all four", "Nine of the ten"', () => {
  /** Each claim as [text, measured, event]. */
  const framed = (text: string) =>
    claimsOf(text).map((c) => [c.text, c.frame?.measured ?? null, c.frame?.event ?? null]);

  it('"the N" and "all N" repeat a group of N counted just before', () => {
    // bbc/politics_192.txt
    assert.deepEqual(
      framed(
        'Shami Chakrabarti called on the government to either free or charge 12 detainees at Belmarsh and Woodhill prisons. Law Lords ruled last month that the 12 were being held in contravention of human rights laws.',
      ),
      [
        ['12 detainees', 'detainee', 'charged'],
        ['12', 'detainee', 'held'],
      ],
    );
    // bbc/sport_352.txt
    assert.deepEqual(framed('Wales have had four brilliant games in the last year or so and lost all four.')[1], [
      'four',
      'brilliant game',
      'lost',
    ]);
  });

  it('"the other N" and "the remaining N" are fewer than the group', () => {
    assert.deepEqual(framed('Police arrested five suspects on Monday. The other three were released.'), [
      ['five suspects', 'suspect', 'arrested'],
      ['three', 'suspect', 'freed'],
    ]);
    // bbc/business_312.txt
    assert.deepEqual(
      framed(
        'Prosecutors sued 45 companies on Thursday. 35 of the companies are Italian while the remaining 10 are international.',
      )[2],
      ['10', 'company', null],
    );
  });

  it('compares "the other three were released" with "released two suspects"', () => {
    assert.deepEqual(
      findingsOf(
        'Police arrested five suspects in Kalba on Monday. The other three were released on Tuesday, police said.',
        'Police arrested five suspects in Kalba on Monday. Police released two suspects on Tuesday, police said.',
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on suspects freed (on tuesday): 2 in b (police); 3 in a (police)',
        ],
      ],
    );
  });

  it('"N of the M": a part of the whole of M, the verb after the whole its event; the whole counts the group', () => {
    assert.deepEqual(framed('Firefighters rescued 10 people from the river. Nine of the ten were injured.'), [
      ['10 people', 'person', 'rescued'],
      ['Nine', 'person out of 10', 'wounded'],
      ['ten', 'person', null],
    ]);
  });

  it('"four are women", "12 were children": the plural noun after the verb', () => {
    // events/multinews/mnsample-test-row032-doc3.txt
    assert.deepEqual(framed('Most of the people they have freed are men; just four are women.'), [
      ['four', 'woman', null],
    ]);
    assert.deepEqual(framed('Of the dead, 12 were children.'), [['12', 'child', 'killed']]);
    assert.deepEqual(framed('Three were police officers.'), [['Three', 'officer', null]]);
    // An adjective, a verb in -ing, or a noun phrase that goes on name no noun the figure counts.
    // events/multinews/mnsample-test-row116-doc1.txt; bbc/entertainment_022.txt
    assert.deepEqual(framed('Of the people on board the jet, 155 are Indonesian.')[0], ['155', null, null]);
    assert.equal(
      claimsOf('Fewer children over the age of 10 are attending ballet classes.').find((c) => c.text === '10')?.frame
        ?.measured ?? null,
      null,
    );
    assert.deepEqual(framed("Two were students' parents.")[0], ['Two', null, null]);
  });

  it('leaves the figure unread when the figures say it is another group, or a noun, a hyphen or "of" follows', () => {
    // events/ecbplus/18_5ecbplus.txt: Larson and two co-workers are three, no three co-workers.
    assert.deepEqual(
      framed(
        'Larson joined two female co-workers, barricading the locked door with chairs.\n\nBeneath a desk, the three curled up and kept quiet.',
      )[1],
      ['three', null, 'curled'],
    );
    // events/multinews/mnsample-test-row047-doc2.txt: "all three" are Swonger and his two friends.
    assert.deepEqual(framed('Police stopped Swonger and his two friends and cited all three with trespassing.')[1], [
      'three',
      null,
      null,
    ]);
    // events/multinews/mnsample-test-row239-doc2.txt: "these two" point at what the text names.
    assert.deepEqual(
      framed(
        "The day's first two games both ended with late winners. The soccer should be smoother from these two.",
      )[1],
      ['two', null, null],
    );
    // bbc/business_*: "the 15,800-square-metre building" is no count of offices.
    assert.equal(
      claimsOf('The firm leased 15,800 offices. The 15,800-square-metre building houses a number of businesses.').find(
        (c) => c.sentenceIndex === 1,
      )?.frame?.measured ?? null,
      null,
    );
    assert.deepEqual(framed('Police arrested 12 men. The two of us watched.')[1], ['two', null, null]);
  });
});
