// Issue 14, more kinds of figures in the quantity frames: counts of occasions ("twice", "a 16-time nominee"),
// ratios that count nothing ("11 times as much"), lengths of time by what lasted ("Running time: 1 hour 35
// minutes", "runs a long 95 minutes"), counts no verb governs ("17 nominations"), a conjoined count's event, and
// what does not date or place a figure ("since his 1993 debut", a sibling figure's place). Sentences are modelled on
// the dev gold groups (test/gold/events/dev*), each named.
import { strict as assert } from 'node:assert';
import type { QuantityFrame } from '../../server/src/core';
import { claimOf, claimsOf, findingsOf } from './fixtures/readings';

function frameOf(text: string, figure: string): Partial<QuantityFrame> {
  const { measured, event, agent, place, time, scope } = claimOf(text, figure).frame!;
  return { measured, event, agent, place, time, scope };
}

const none = { agent: null, place: null, time: null, scope: null };

describe('frames of more kinds of figures', () => {
  for (const [text, figure, frame] of [
    // ecb-4 (4_3ecb, 4_5ecb)
    [
      'Page married twice; the first marriage lasted four years.',
      'twice',
      { ...none, measured: 'time', event: 'married', agent: 'Page' },
    ],
    [
      'Page was married three times but had no children.',
      'three times',
      { ...none, measured: 'time', event: 'married', agent: 'Page' },
    ],
    // mn-017 (doc3)
    [
      'Rapper Snoop Dogg, a 16-time Grammy nominee, received a star on the Walk of Fame.',
      '16-time',
      { ...none, measured: 'grammy nomination', event: null },
    ],
    ['She is a three-time Olympic champion.', 'three-time', { ...none, measured: 'olympic title', event: null }],
    // mn-005 (doc0): a ratio counts nothing
    [
      'That amount weighs about 11 times as much as the Great Pyramid of Giza.',
      'about 11 times',
      { ...none, measured: null, event: null },
    ],
    // mn-063 (doc1, doc3)
    ['Running time: 1 hour 35 minutes.', '1 hour 35 minutes', { ...none, measured: 'run', event: null }],
    ['Running time: 106 minutes.', '106 minutes', { ...none, measured: 'run', event: null }],
    [
      '“Mirror Mirror” runs a long 95 minutes, but it is a breeze.',
      '95 minutes',
      { ...none, measured: 'run', event: null },
    ],
    // mn-050 (doc1, doc2)
    ['The nearest village is a two-hour hike away.', 'two-hour', { ...none, measured: 'trek', event: null }],
    ['The site was a two-day trek from the nearest village.', 'two-day', { ...none, measured: 'trek', event: null }],
    // mn-017 (doc2): the second of two conjoined counts shares the first one's verb, not its place
    [
      'Snoop has earned appreciation, selling over 23.5 million albums in the United States and 37 million albums worldwide.',
      '37 million albums',
      { ...none, measured: 'album', event: 'sold' },
    ],
    [
      'The band toured Europe, selling 40,000 tickets.',
      '40,000 tickets',
      { ...none, measured: 'ticket', event: 'sold' },
    ],
    ['Three times as many people came.', 'Three times', { ...none, measured: null, event: null }],
    // mn-015 (doc3): a verb of moving followed by its purpose
    [
      'More than 600 migrants walked through fields to cross into Croatia.',
      'More than 600 migrants',
      { ...none, measured: 'migrant', event: 'cross' },
    ],
    ['Some 200 people walked to the border.', 'Some 200 people', { ...none, measured: 'person', event: 'walked' }],
    // ecb-4 (4_4ecb, 4_10ecb): a stay in hospital, by the place or by the verb
    [
      'Page had been in hospital for three weeks with pneumonia.',
      'three weeks',
      { ...none, measured: 'hospital', event: null },
    ],
    [
      'Page had been hospitalized for the past three weeks for pneumonia.',
      'three weeks',
      { ...none, measured: 'hospital', event: 'hospitalised' },
    ],
    // a prison sentence, however written
    ['He was sentenced to 10 years in prison.', '10 years', { ...none, measured: 'sentenc', event: 'sentenced' }],
    ['He was jailed for 12 years.', '12 years', { ...none, measured: 'sentenc', event: 'arrested' }],
    ['He received a 12-year sentence.', '12-year', { ...none, measured: 'sentenc', event: 'sentenced' }],
    ['The term was cut to two years.', 'two years', { ...none, measured: null, event: null }],
    // a record, an age group, a rate: no length of anything (BBC business_085, politics_269, tech_401)
    [
      "Loans were higher than November's nine-year low of 77,000.",
      'nine-year',
      { ...none, measured: null, event: null, agent: 'November' },
    ],
    ['Only a quarter of 14-16 year olds knew.', '14-16 year', { ...none, measured: null, event: null }],
    ['He spent five hours a day online.', 'five hours', { ...none, measured: null, event: null }],
    // mn-057 (doc1): an age is no length of what its sentence tells
    [
      'The 23-year-old was arrested in a Paris suburb.',
      '23-year-old',
      { ...none, measured: null, event: null, place: 'Paris' },
    ],
  ] as const) {
    it(`reads «${text}» (${figure})`, () => assert.deepEqual(frameOf(text, figure), frame));
  }

  it('reads "1 hour 35 minutes" as one length of time, 95 minutes', () => {
    const claims = claimsOf('Running time: 1 hour 35 minutes.');
    assert.deepEqual(
      claims.map((c) => [c.text, c.value, c.unitKey]),
      [['1 hour 35 minutes', { stated: 95, low: 95, high: 95 }, 'minute']],
    );
  });

  it('reads no count of occasions in a ratio or a frequency', () => {
    assert.deepEqual(
      claimsOf('He visited twice a week, twice as often as his brother, and married twice.').map((c) => [
        c.text,
        c.frame!.event,
      ]),
      [['twice', 'married']],
    );
  });
});

describe('findings on more kinds of figures', () => {
  it('compares counts of occasions: married twice against three times (ecb-4 D5)', () => {
    assert.deepEqual(
      findingsOf(
        'Page married twice, her agent Mark Roesler said.',
        'Page was married three times, her agent Mark Roesler said.',
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on times married: 2 in a (her agent Mark Roesler); 3 in b (her agent Mark Roesler)',
        ],
      ],
    );
  });

  it('compares a 16-time nominee with 17 nominations, though no verb governs either and a day stands in one sentence (mn-017 D2)', () => {
    assert.deepEqual(
      findingsOf(
        'Snoop Dogg, a 16-time Grammy nominee, got a star on the Walk of Fame Monday.',
        'Snoop, the Susan Lucci of the Grammys with 17 nominations, got a star on the Walk of Fame.',
      ),
      [['conflict', 'information', 'Sources disagree on nominations: 16 in a; 17 in b']],
    );
  });

  it('compares migrants who crossed with migrants who walked to cross (mn-015 D1)', () => {
    assert.deepEqual(
      findingsOf(
        'About 150 migrants crossed into Croatia from Serbia, police said.',
        'More than 600 migrants walked through fields to cross from Serbia into Croatia, police said.',
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on migrants crossed: about 150 in a (police); more than 600 in b (police)',
        ],
      ],
    );
  });

  it('compares a sentence to 10 years with a 12-year jail term (what lasted, under several words)', () => {
    assert.deepEqual(
      findingsOf(
        'Judge Ruth Bell sentenced Karl Moss to 10 years in prison on Friday.',
        'Karl Moss was jailed for 12 years by Judge Ruth Bell on Friday.',
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on length of time sentenced (on friday) · friday: 10 years in a; 12 years in b',
        ],
      ],
    );
  });

  it('counts demonstrators and protesters as one crowd', () => {
    assert.deepEqual(
      findingsOf(
        'Some 800 demonstrators marched in Kabul on Wednesday, police said.',
        'More than 2,000 protesters marched in Kabul on Wednesday, police said.',
      ),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on protesters marched (on wednesday) · in Kabul · wednesday: about 800 in a (police); more than 2,000 in b (police)',
        ],
      ],
    );
  });

  it("does not compare one file's lengths of time whose sentences name nothing in common (BBC sport_104)", () => {
    assert.deepEqual(
      findingsOf(
        'Duff had a chance to win it with seven minutes remaining.\n\nNunez headed level with six minutes remaining.',
      ),
      [],
    );
  });

  it('does not compare counts no verb governs whose sentences share too little', () => {
    assert.deepEqual(findingsOf('Her office holds 12 computers.', 'The school keeps 15 computers in its library.'), []);
  });

  it('compares running times written as a label, in two units (mn-063 D1)', () => {
    assert.deepEqual(findingsOf('Running time: 106 minutes.', 'Running time: 1 hour 35 minutes.'), [
      ['conflict', 'information', 'Sources disagree on length of time: 95 minutes in b; 106 minutes in a'],
    ]);
  });

  it('compares what lasted by its verb and its noun: "deliberated for 40 hours", "30 hours of deliberation" (ecb-3 D1)', () => {
    assert.deepEqual(
      findingsOf(
        'The jury deliberated for 40 hours over four days.',
        'The jury was unable to come to a decision after 30 hours of deliberation.',
      ),
      [['conflict', 'information', 'Sources disagree on length of time deliberated: 30 hours in b; 40 hours in a']],
    );
  });

  it('names the units of lengths of time that meet in one quantity: a two-hour hike against a two-day trek (mn-050 D1)', () => {
    assert.deepEqual(
      findingsOf(
        'The nearest village is a two-hour hike away.',
        'The site was a two-day trek from the nearest village.',
      ),
      [['conflict', 'information', 'Sources disagree on length of time: 2 hours in a; 2 days in b']],
    );
  });

  it('neither dates a count by "since his 1993 debut" nor places it by a sibling figure\'s place; the sibling\'s place is a part (mn-017 D1)', () => {
    assert.deepEqual(
      findingsOf(
        'Snoop has earned appreciation, selling over 23.5 million albums in the United States and 37 million albums worldwide.',
        'Snoop Dogg has sold more than 40 million albums since his Nov. 1993 debut Doggystyle.',
      ),
      [
        [
          'conflict',
          'information',
          // "since his Nov. 1993 debut" is when the count starts, not its date (issue 14).
          'Sources disagree on albums sold: 37,000,000 in a; more than 40,000,000 in b',
        ],
      ],
    );
  });
});

describe('a length of time: what lasted, from its clause', () => {
  const lasted = (text: string, figure: string) => claimOf(text, figure).frame!.measured;

  it('"took N to <act>": the act', () => {
    // events/ecbplus/13_13ecbplus.txt
    assert.equal(lasted('It took about three hours to knock the fire down, he said.', 'about three hours'), 'knock');
    // events/multinews/mnsample-test-row011-doc1.txt
    assert.equal(lasted('It took six months for the diocese to go public with the allegations.', 'six months'), 'go');
    // bbc/sport_447.txt
    assert.equal(lasted('Williams took just 56 minutes to defeat Mirza.', '56 minutes'), 'defe');
  });

  it('"<verb> after N": the time until the verb, as "N before <verb>"', () => {
    // events/ecbplus/18_2ecbplus.txt
    assert.equal(
      lasted(
        'Police chased him before he finally pulled over after about 15 minutes, the sheriff said.',
        'about 15 minutes',
      ),
      'until pull',
    );
    // bbc/politics_312.txt
    assert.equal(lasted('Talks have ended without agreement after 90 minutes.', '90 minutes'), 'until end');
    // A passive speech verb tells no speech; an active one ends the look.
    assert.equal(lasted('The boy was found after 18 hours in the woods.', '18 hours'), 'until found');
    assert.equal(lasted('The study found after 18 hours.', '18 hours'), null);
    assert.equal(lasted('Police said after 18 hours the search would end.', '18 hours'), null);
  });

  it('"<noun> lasted N": the noun, so that it meets "a N-long <noun>"', () => {
    // bbc/sport_446.txt, bbc/sport_480.txt, bbc/sport_269.txt
    assert.equal(lasted('The match lasted almost three hours.', 'almost three hours'), 'match');
    assert.equal(lasted('He won in a match lasting four hours and 21 minutes.', 'four hours and 21 minutes'), 'match');
    assert.equal(lasted('The lead only lasted three minutes.', 'three minutes'), 'lead');
    assert.equal(lasted('Police ended a two-hour standoff.', 'two-hour'), 'standoff');
    assert.equal(lasted('The standoff that lasted two hours ended peacefully.', 'two hours'), 'standoff');
    // No noun before the verb: the verb is what lasted, as before.
    assert.equal(lasted('It lasted around 30 seconds.', 'around 30 seconds'), 'last');
  });

  it('"<noun> took N" with no act after it, "<noun> is expected to last N", "<noun>, which lasted N": the noun', () => {
    assert.equal(lasted('The operation took 10 hours.', '10 hours'), 'oper');
    // bbc/business_468.txt
    assert.equal(lasted('The investigation could take up to 18 months.', 'up to 18 months'), 'investig');
    assert.equal(lasted('The trial is expected to last three weeks.', 'three weeks'), 'trial');
    assert.equal(lasted('The surgery, which lasted 10 hours, was a success.', '10 hours'), 'surgery');
    // events/ecbplus/13_5ecbplus.txt: the head before "of".
    assert.equal(lasted('Dissolution of the corporation has taken four years, he said.', 'four years'), 'dissolut');
    // A noun after a preposition is no subject: the noun its phrase describes is (bbc/business_212.txt); a name is none.
    assert.equal(
      lasted(
        'The production of new models through the joint venture would take at least 18 months.',
        'at least 18 months',
      ),
      'product',
    );
    assert.equal(lasted('The standoff with police in Kalba lasted 10 hours.', '10 hours'), 'standoff');
    assert.equal(lasted('Smith lasted three seasons.', 'three seasons'), 'last');
    // A relative clause or participle describes the noun before it, wherever that noun stands.
    assert.equal(lasted('The judge in the case, which lasted seven days, spoke.', 'seven days'), 'cas');
    // events/multinews/mnsample-test-row104-doc6.txt
    assert.equal(lasted('The Solution needs to take no more than 5 minutes.', 'no more than 5 minutes'), null);
  });

  it('"N since <event>": the time since it', () => {
    // events/multinews/mnsample-test-row007-doc2.txt
    assert.equal(
      lasted('It has been about 48 hours since Kristian Perez vanished from Orofino.', 'about 48 hours'),
      'since miss',
    );
    // bbc/entertainment_296.txt: what lasted is the stay "in the band", not the time since its formation.
    assert.equal(
      lasted('McClelland had been in the band for more than 10 years since its formation.', 'more than 10 years'),
      'band',
    );
  });

  it('"N\'s <noun>": the possessed noun, past its modifiers', () => {
    // events/ecb/4_7ecb.txt
    assert.equal(lasted("The breakdown led to four months' treatment in hospital.", 'four months'), 'treatment');
    // bbc/business_400.txt
    assert.equal(lasted("Monsanto agreed to three years' close monitoring of its business.", 'three years'), 'monitor');
    // events/ecbplus/1_3ecbplus.txt
    assert.equal(lasted("The actress has just finished 30 days' worth of treatment.", '30 days'), 'treatment');
  });

  it('leaves unread a point in time, an event that almost happened, a verb far before "after", a name', () => {
    // bbc/sport_403.txt
    assert.equal(lasted("They face a play-off in three weeks' time.", 'three weeks'), null);
    // bbc/sport_095.txt
    assert.equal(lasted('United almost doubled their lead after 48 minutes.', '48 minutes'), null);
    // bbc/entertainment_099.txt
    assert.equal(lasted('A convicted molester tries to rebuild his life after 12 years.', '12 years'), null);
    // bbc/sport_095.txt
    assert.equal(lasted('Fortune gave United the lead after 23 minutes.', '23 minutes'), null);
  });

  it('compares "the standoff lasted 10 hours" with "a 12-hour standoff"', () => {
    assert.deepEqual(
      findingsOf(
        'The standoff with police in Kalba lasted 10 hours, police said.',
        'Police in Kalba ended a 12-hour standoff, police said.',
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on length of time ended · in Kalba: 10 hours in a (police); 12 hours in b (police)',
        ],
      ],
    );
  });

  it('compares the time until one act across reports, not an act that almost happened (ecbplus-18)', () => {
    assert.deepEqual(
      findingsOf(
        'State police chased him before he finally pulled over after about 15 minutes, the sheriff said.',
        'State police chased him before he finally pulled over after about 40 minutes, the sheriff said.',
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on length of time: about 15 minutes in a (the sheriff); about 40 minutes in b (the sheriff)',
        ],
      ],
    );
    assert.deepEqual(
      findingsOf('United almost doubled their lead after 48 minutes. United doubled their lead after 57 minutes.'),
      [],
    );
  });
});
