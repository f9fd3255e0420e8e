// Issue 14, the thing measured: the head of the counted noun phrase with its modifiers. Names, brands and model
// numbers before the head noun modify it ("three Mars orbiters", "40 Airbus A320 planes"), and "three of them"
// counts the one plural noun the sentence before counts. Sources are named where a sentence is a corpus excerpt;
// the others are written for the test.
import { strict as assert } from 'node:assert';
import { claimsOf } from './fixtures/readings';

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
    // A headline in Title Case run on into its paragraph: a capitalised "Other" ends the run of names
    // (events/multinews/mnsample-test-row104-doc6.txt).
    assert.deepEqual(read('Rating 20 Gas Conservation 5 Other Benefits Other benefits that the judges identify.')[1], [
      '5 Other Benefits',
      'Other Benefits',
      'benefit',
      [],
    ]);
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
