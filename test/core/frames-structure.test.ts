// Quantity frames read from sentence structure (core/extract/frames.ts, extract/quantities.ts): the frame a reader
// sees for ages, groups named away from the figure, shares and sums, rates, temperatures and the time between two
// events. Each excerpt names the corpus file it is from (../shared/corpus); the rules are general, never words of
// one story.
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';
import type { QuantityFrame } from '../../server/src/core';
import { claimOf } from './fixtures/readings';

/** The parts of a frame these tests pin. */
function frameOf(text: string, figure: string): Partial<QuantityFrame> {
  const { measured, head, event, time, dimension, unit } = claimOf(text, figure).frame!;
  return { measured, head, event, time, dimension, unit };
}

describe('frames from sentence structure: ages', () => {
  for (const [source, text, figure] of [
    [
      'events 4_6ecb.txt',
      'Legendary pinup queen Bettie Page died of pneumonia at the age of 85 in a Los Angeles, California, hospital Thursday.',
      '85',
    ],
    ['(an age after "aged")', 'The singer, aged 85, died on Monday.', '85'],
    ['(an age after "at age")', 'He died at age 85 on Monday.', '85'],
    [
      'events mnsample-test-row057-doc1.txt',
      'The 23-year-old was arrested in a Paris suburb last Wednesday.',
      '23-year-old',
    ],
  ] as const) {
    it(`reads an age as no quantity of the story: ${source}`, () => {
      const claim = claimOf(text, figure);
      assert.deepEqual([claim.predicate, claim.frame!.event, claim.frame!.measured], [null, null, null]);
    });
  }
});

describe('frames from sentence structure: the group a figure counts', () => {
  for (const [source, text, figure, frame] of [
    [
      'events mnsample-test-row086-doc1.txt',
      'North Korea will send a delegation of more than 400, including 230 cheerleaders.',
      'more than 400',
      { measured: 'delegation', head: 'delegation', event: 'send' },
    ],
    [
      'events mnsample-test-row086-doc2.txt',
      'North Korea will send a 550-member delegation to the games, which includes 230 cheerleaders.',
      '550-member',
      { measured: 'delegation', head: 'delegation', event: 'send' },
    ],
    [
      'events mnsample-test-row071-doc1.txt',
      '"There are more than 10,000 of the demonstrators and some of them are waving the Taliban flag," police officer Mohammad Usman.',
      'more than 10,000',
      { measured: 'protester', head: 'demonstrator', event: null },
    ],
    [
      'bbc politics_230.txt',
      'An "informal trawl" of CPS records found 11 people had been prosecuted after attacking intruders in the past 15 years, five of whom were convicted.',
      'five',
      { measured: 'person', head: 'person', event: 'convicted' },
    ],
    [
      '(a part named after "of them")',
      'Four people were arrested, two of them women.',
      'two',
      { measured: 'woman', head: 'woman', event: 'arrested' },
    ],
  ] as const) {
    it(`reads «${figure}» (${source})`, () => {
      const { measured, head, event } = frameOf(text, figure);
      assert.deepEqual({ measured, head, event }, frame);
    });
  }

  it("reads the verb after the counted noun's own phrase (events 13_3ecb.txt)", () => {
    const text =
      'Steele said that as many as 40 firefighters from his and neighboring departments fought the blaze, which started about 9:40 p.m. Friday.';
    assert.equal(frameOf(text, 'as many as 40 firefighters').event, 'fought');
  });

  it('reads "of those cases" as a part of a figure already given, not a group of its own (bbc politics_030.txt)', () => {
    const text = 'In almost 14,000 of those cases, the youngsters were accompanied by their parents.';
    assert.equal(frameOf(text, 'almost 14,000').head, null);
  });
});

describe('frames from sentence structure: what a share or a sum is of', () => {
  for (const [source, text, figure, measured] of [
    [
      'events mnsample-test-row147-doc0.txt',
      'In 2015, Saudi Arabia registered a budget deficit of 16 per cent of GDP.',
      '16 per cent',
      'deficit of gdp',
    ],
    [
      'events mnsample-test-row147-doc1.txt',
      'The government ran a deficit of 367 billion riyals ($98 billion) or 15 per cent of gross domestic product in 2015, officials said.',
      '15 per cent',
      'deficit of gdp',
    ],
    [
      'events mnsample-test-row147-doc1.txt',
      'The government ran a deficit of 367 billion riyals ($98 billion) or 15 per cent of gross domestic product in 2015, officials said.',
      '$98 billion',
      'deficit',
    ],
    ['bbc business_277.txt', '"At about 80% of GDP, Turkey\'s gross debt is double that figure."', 'about 80%', null],
    [
      'events mnsample-test-row022-doc1.txt',
      'CGI Federal won the $93 million contract, now worth $293 million, in September 2011.',
      '$293 million',
      'deal',
    ],
    [
      'events mnsample-test-row147-doc1.txt',
      'Prince Mohammed said it would be transformed into an energy company that he expected to be valued at $2 trillion to $3 trillion.',
      '$2 trillion to $3 trillion',
      'value',
    ],
    [
      'events mnsample-test-row147-doc2.txt',
      'Shares worth less than 5% of Aramco, a company he valued at up to $2.5tn, will be sold.',
      'up to $2.5tn',
      'company',
    ],
    [
      'events mnsample-test-row104-doc4.txt',
      'Up to $30,000 in prize money is up for grabs.',
      'Up to $30,000',
      'prize money',
    ],
    [
      'events mnsample-test-row104-doc6.txt',
      'The challenge offers up to $30,000 USD in prizes to innovative solutions.',
      'up to $30,000',
      'prize',
    ],
    [
      'bbc business_441.txt',
      "The country's surplus on trade-in-services remained steady at £1.5bn for the fifth month in a row.",
      '£1.5bn',
      null,
    ],
  ] as const) {
    it(`reads «${figure}» as ${measured} (${source})`, () => assert.equal(frameOf(text, figure).measured, measured));
  }

  it('reads "up to" before another figure as no change (events mnsample-test-row104-doc1.txt)', () => {
    const text =
      'NASA vowed to award up to three $30,000 prizes for the most promising in-suit waste management systems.';
    const claim = claimOf(text, '$30,000');
    assert.deepEqual([claim.predicate, claim.frame!.event, claim.frame!.measured], [null, null, 'prize']);
  });
});

describe('frames from sentence structure: what a measure is of', () => {
  for (const [source, text, figure, measured] of [
    [
      'events mnsample-test-row005-doc2.txt',
      "Sunday's report also showed that the average person on the planet produces 7 kg of electronic waste every year.",
      '7 kg',
      'waste per year',
    ],
    ['(a measure of no named thing)', 'He ran 10 km in the rain.', '10 km', null],
  ] as const) {
    it(`reads «${figure}» as ${measured} (${source})`, () => assert.equal(frameOf(text, figure).measured, measured));
  }
});

describe('frames from sentence structure: rates are never totals', () => {
  for (const [source, text, figure, measured] of [
    [
      'events 10_4ecbplus.txt',
      'Lynch reported the Red Sox offered Teixeira, 28, an eight-year deal worth $184 million or $23 million per season.',
      '$23 million',
      'value per year',
    ],
    [
      'events 10_4ecbplus.txt',
      'Lynch reported the Red Sox offered Teixeira, 28, an eight-year deal worth $184 million or $23 million per season.',
      '$184 million',
      'deal',
    ],
    [
      'events 10_6ecbplus.txt',
      'WCVB-TV claims it was eight years and $184 million, or a $23 million average annual value.',
      '$23 million',
      'value per year',
    ],
    [
      'events mnsample-test-row006-doc1.txt',
      'Leno’s new salary is reportedly $27M-$30 million a year.',
      '$27M-$30 million',
      'salary',
    ],
    ['bbc business_479.txt', 'Fourth quarter turnover was $44.7bn, compared to $45.9bn a year ago.', '$45.9bn', null],
    [
      'bbc politics_380.txt',
      'Adults must be paid at least £5.05 an hour, up from £4.85, while 18 to 21 year olds will be paid £4.25.',
      'at least £5.05',
      null,
    ],
  ] as const) {
    it(`reads «${figure}» as ${measured} (${source})`, () => assert.equal(frameOf(text, figure).measured, measured));
  }
});

describe('frames from sentence structure: temperatures', () => {
  for (const [source, text, figure, value, unit] of [
    [
      'events 13_1ecb.txt',
      'Firefighters fought the blaze in temperatures of minus 17 degrees.',
      'minus 17 degrees',
      -17,
      'degree',
    ],
    [
      'events 13_2ecb.txt',
      'Firefighters battled for about eight hours in minus-20 degree temperatures to completely extinguish the blaze.',
      'minus-20 degree',
      -20,
      'degree',
    ],
    [
      'events 13_4ecb.txt',
      'Outside temperatures were minus 20 as firefighters battled the blaze.',
      'minus 20',
      -20,
      'degree',
    ],
    [
      'bbc sport_093.txt',
      "Basically, there's a small room which is cooled by liquid nitrogen to minus 160 degrees centigrade.",
      'minus 160 degrees',
      -160,
      'degree celsius',
    ],
  ] as const) {
    it(`reads «${figure}» as a temperature (${source})`, () => {
      const claim = claimOf(text, figure);
      assert.deepEqual(
        [claim.value.stated, claim.frame!.dimension, claim.frame!.unit, claim.frame!.measured],
        [value, 'temperature', unit, 'temperature'],
      );
    });
  }

  it('reads "a 90-degree turn" as no temperature', () => {
    assert.equal(frameOf('The car made a 90 degree turn.', '90 degree').dimension, 'other');
  });
});

describe('frames from sentence structure: the time between two events', () => {
  for (const [source, text, figure, measured] of [
    [
      'events 4_1ecb.txt',
      'Page suffered a heart attack nine days earlier and never regained consciousness.',
      'nine days',
      'since attack',
    ],
    [
      'events 4_3ecb.txt',
      'Bettie Page died Thursday night at a Los Angeles hospital-nine days after suffering a heart attack.',
      'nine days',
      'since attack',
    ],
    [
      'events 4_6ecb.txt',
      'Bettie Page died of pneumonia in a Los Angeles hospital Thursday, a week after suffering a heart attack, according to her agent.',
      'a week',
      'since attack',
    ],
    [
      'events 4_12ecb.txt',
      'Pin-up icon Bettie Page succumbed to complications from a heart attack suffered almost three weeks ago.',
      'almost three weeks',
      'since attack',
    ],
    ['(the later event after "before")', 'He resigned two days before the vote.', 'two days', 'until vot'],
  ] as const) {
    it(`reads «${figure}» as ${measured} (${source})`, () => assert.equal(frameOf(text, figure).measured, measured));
  }

  it('reads "a week" only between two events, not as a date ("a year ago")', () => {
    assert.deepEqual(
      analyzeDocument('Turnover was $44.7bn, compared to $45.9bn a year ago.', 'a.txt').claims.map((c) => c.text),
      ['$44.7bn', '$45.9bn'],
    );
  });
});

describe('frames from sentence structure: the period a figure is of', () => {
  for (const [source, text, figure, time] of [
    ['bbc business_479.txt', 'Net income for 2004 was $3.5bn (£1.87bn) - up nearly $3bn from 2003.', '$3.5bn', '2004'],
    [
      'bbc business_479.txt',
      'In the fourth quarter alone Ford reported net income of $104m, compared with a loss of $793m a year ago.',
      '$104m',
      'fourth quarter',
    ],
    [
      'bbc business_441.txt',
      'The cumulative deficit for the first eleven months of 2004 now stands at £36.3bn, £4.5bn higher than the same period in 2003.',
      '£36.3bn',
      '2004',
    ],
  ] as const) {
    it(`reads «${figure}» in ${time} (${source})`, () => assert.equal(frameOf(text, figure).time, time));
  }
});

describe('frames from sentence structure: place and event in short clauses', () => {
  const text =
    'KABUL (Reuters) – Police fired into the air to disperse thousands of anti-American protesters, with one person killed and at least five wounded.';
  it('reads the participle after "with" + a figure as its event (events mnsample-test-row071-doc1.txt)', () =>
    assert.equal(frameOf(text, 'one person').event, 'killed'));
  it('reads "at least" as no place (events mnsample-test-row071-doc1.txt)', () =>
    assert.equal(claimOf(text, 'one person').frame!.place, null));
  it('reads the noun after a hyphenated adjective as the place (events 13_21ecb.txt)', () => {
    const text2 = 'As many as 30 to 40 volunteer firefighters arrived at the three-story structure.';
    assert.equal(claimOf(text2, '30 to 40 volunteer firefighters').frame!.place, 'structure');
  });
});
