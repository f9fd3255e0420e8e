// Issue 14, reading every figure right: measures with a dimension ("1,700 feet", "20 square miles", "180 pounds"
// of weight), shares written as fractions ("about half the women", "two-thirds of voters", "one in five"), and a
// rate stated with a copula ("the maternal mortality rate ... is 167"). Each excerpt names the corpus file it is
// modelled on (test/gold/events/dev-4).
import { strict as assert } from 'node:assert';
import type { Claim } from '../../server/src/core';
import { claimOf, claimsOf, findingsOf } from './fixtures/readings';

/** A figure's reading: its kind, the unit it compares in, its dimension and factor, and what it measures. */
function readingOf(
  text: string,
  figure: string,
): [string, string | null, string, string | null, number, string | null] {
  const c = claimOf(text, figure);
  const f = c.frame!;
  return [c.quantityKind, c.unitKey, f.dimension, f.unit, f.scale, f.measured];
}

describe('measures with a dimension', () => {
  for (const [text, figure, reading] of [
    // mn-014 (mnsample-test-row014-doc1)
    [
      'The plane was 1,700 feet in the air at the time, police said.',
      '1,700 feet',
      ['other', 'foot', 'length', 'metre', 0.3048, 'plane'],
    ],
    // mn-014 (mnsample-test-row014-doc0)
    [
      'The Metropolitan Police said the plane was hit by the drone at about 1,700ft (580m).',
      '580m',
      ['other', 'metre', 'length', 'metre', 1, null],
    ],
    ['He ran 100 yards for the touchdown.', '100 yards', ['other', 'yard', 'length', 'metre', 0.9144, null]],
    // mn-047 (Portland reservoir)
    [
      'Portland will flush 38 million gallons of water from the reservoir.',
      '38 million gallons',
      ['other', 'gallon', 'volume', 'litre', 3.785411784, 'water'],
    ],
    [
      'The fire has burned 20 square miles of forest.',
      '20 square miles',
      ['other', 'square mile', 'area', 'hectare', 1609.344 ** 2 / 10_000, 'forest'],
    ],
    ['The reserve covers 500 sq km.', '500 sq km', ['other', 'square kilometre', 'area', 'hectare', 100, null]],
    [
      'Police seized 2 metric tons of cocaine.',
      '2 metric tons',
      ['other', 'metric ton', 'mass', 'kilogram', 1000, 'cocaine'],
    ],
    ['The site covers 100 square in total.', '100', ['count', null, 'count', null, 1, null]],
    ['Winds of 60 miles an hour hit the coast.', '60 miles an hour', ['other', 'mph', 'speed', 'kph', 1.609344, null]],
    [
      'The wind reached 100 kilometres per hour.',
      '100 kilometres per hour',
      ['other', 'kph', 'speed', 'kph', 1, 'wind'],
    ],
    // Pounds of weight, told from money by what stands near them.
    [
      'Police describe him as five feet 10 inches tall and 135 pounds with black hair.',
      '135 pounds',
      ['other', 'pound weight', 'mass', 'kilogram', 0.45359237, null],
    ],
    [
      'Iran has nearly 440 pounds (200 kilograms) of higher-enriched uranium.',
      'nearly 440 pounds',
      ['other', 'pound weight', 'mass', 'kilogram', 0.45359237, null],
    ],
    [
      'The plane had more than 18,000 pounds of jet fuel at takeoff.',
      'more than 18,000 pounds',
      ['other', 'pound weight', 'mass', 'kilogram', 0.45359237, 'fuel'],
    ],
    // After Multi-News row 240 doc0: a height, "and", then the weight.
    [
      'The suspect is described as white, 5-foot-8 and 130 pounds.',
      '130 pounds',
      ['other', 'pound weight', 'mass', 'kilogram', 0.45359237, null],
    ],
    ['The fees were 8 and 130 pounds.', '130 pounds', ['money', 'pound', 'money', 'pound', 1, null]],
    ['The repairs cost 200 pounds.', '200 pounds', ['money', 'pound', 'money', 'pound', 1, null]],
    [
      'The bar brought in 40 million pounds ($61.7 million) a year.',
      '40 million pounds',
      ['money', 'pound', 'money', 'pound', 1, null],
    ],
  ] as const) {
    it(`reads «${figure}» in «${text}»`, () => assert.deepEqual(readingOf(text, figure), reading));
  }

  it('compares 1,700 feet with 580 m after conversion: 518 m disagrees with 580 m (mn-014 D2)', () => {
    assert.deepEqual(
      findingsOf(
        'The plane was hit by the drone at 1,700ft while flying over Richmond Park, police said.',
        'The plane was 580m in the air at the time, police said.',
      ),
      [['conflict', 'information', 'Sources disagree on length: 580 m in b (police); 1,700 ft in a (police)']],
    );
  });

  it('reads 1,700 feet and 520 m as one altitude rounded, and 1,700 and 1,650 feet as two', () => {
    assert.deepEqual(
      findingsOf(
        'The plane was hit by the drone at 520m while flying over Richmond Park, police said.',
        'The plane was 1,700 feet in the air at the time, police said.',
      ),
      [],
    );
    assert.deepEqual(
      findingsOf(
        'The plane was hit by the drone at 1,650 feet while flying over Richmond Park, police said.',
        'The plane was 1,700 feet in the air at the time, police said.',
      ),
      [['conflict', 'information', 'Sources disagree on length: 1,650 feet in a (police); 1,700 feet in b (police)']],
    );
  });
});

/** A share's reading: its text, kind, value, qualifier and what it is a share of. */
function shareOf(text: string, figure: string): [string, string, Claim['value'], string, string | null] {
  const c = claimOf(text, figure);
  return [c.text, c.quantityKind, c.value, c.qualifier, c.frame!.measured];
}

describe('shares written as fractions', () => {
  for (const [text, figure, reading] of [
    // mn-032 (mnsample-test-row032-doc3)
    [
      'About half the women in the registry went to prison for harming someone in their care.',
      'About half',
      ['About half', 'percent', { stated: 50, low: 40, high: 60 }, 'about', 'woman'],
    ],
    [
      'Two-thirds of voters backed the plan.',
      'Two-thirds',
      ['Two-thirds', 'percent', { stated: 200 / 3, low: 200 / 3, high: 200 / 3 }, 'exact', 'voter'],
    ],
    // BBC business_020
    [
      'Call centres have a high churn rate, with nearly a quarter of workers throwing in the towel every year.',
      'nearly a quarter',
      ['nearly a quarter', 'percent', { stated: 25, low: 22.5, high: 25 }, 'nearly', 'worker'],
    ],
    [
      'Half of all voters stayed at home.',
      'Half',
      ['Half', 'percent', { stated: 50, low: 50, high: 50 }, 'exact', 'voter'],
    ],
    // BBC tech_040
    [
      'One in 10 US adults now owns a digital music player of some sort.',
      'One in 10',
      ['One in 10', 'percent', { stated: 10, low: 10, high: 10 }, 'exact', 'adult'],
    ],
    // BBC business_484
    [
      'Nearly three out of four girls said they used make-up.',
      'Nearly three out of four',
      ['Nearly three out of four', 'percent', { stated: 75, low: 67.5, high: 75 }, 'nearly', 'girl'],
    ],
    // BBC business_064
    [
      "Lufthansa accounts for six out of every 10 planes using Frankfurt's airport.",
      'six out of every 10',
      ['six out of every 10', 'percent', { stated: 60, low: 60, high: 60 }, 'exact', 'plane'],
    ],
  ] as const) {
    it(`reads «${figure}» as a share`, () => assert.deepEqual(shareOf(text, figure), reading));
  }

  for (const text of [
    'He scored in the second half of the game.',
    'The meeting took half an hour.',
    'A quarter of a century later, the case was reopened.',
    'The third of May was sunny.',
    // A share of a whole not read is no figure: neither a share nor a count of "thirds".
    'The other two-thirds of Seagram was bought by Diageo.',
  ])
    it(`reads no share in «${text}»`, () =>
      assert.deepEqual(
        claimsOf(text).map((c) => c.text),
        [],
      ));

  it('reads no share in a rank: «number one in 10 countries»', () =>
    assert.deepEqual(
      claimsOf('The song was number one in 10 countries.').map((c) => [c.text, c.quantityKind]),
      [['10 countries', 'count']],
    ));

  it('compares a share in words with a percentage of the same whole (mn-032 D3)', () => {
    assert.deepEqual(
      findingsOf(
        'About half the women in the registry went to prison for harming someone in their care, the center said.',
        'Some 30% of the women in the registry went to prison for harming someone in their care, the center said.',
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on percents: about 30% in b (the center); about 50% in a (the center)',
        ],
      ],
    );
  });

  it('does not compare a share in words with a percentage of a whole not read (BBC tech_040, tech_047)', () => {
    assert.deepEqual(
      findingsOf(
        'One in 10 US adults now owns a digital music player, the survey said.',
        'Only 9% of those who have dial-up access own one, the survey said.',
      ),
      [],
    );
  });
});

describe('a rate stated with a copula', () => {
  for (const [text, figure, measured] of [
    // mn-028 (mnsample-test-row028-doc0)
    [
      'The country’s maternal mortality rate – defined as deaths per 100,000 live births – is 167.',
      '167',
      'maternal mortality rate',
    ],
    ['The death rate, which rose sharply last year, is 12.', '12', 'death rate'],
    ['The crime rate stood at 45.', '45', 'crime rate'],
  ] as const) {
    it(`reads «${figure}» as the value of the ${measured}, no count of people killed`, () => {
      const c = claimOf(text, figure);
      assert.deepEqual(
        [c.quantityKind, c.unitKey, c.frame!.measured, c.frame!.event, c.frame!.dimension],
        ['other', 'rate', measured, null, 'other'],
      );
    });
  }

  it('compares two values of one rate, named without a unit after the figure (mn-028)', () => {
    assert.deepEqual(
      findingsOf(
        'The country’s maternal mortality rate – defined as deaths per 100,000 live births – is 167, officials said.',
        'The country’s maternal mortality rate – defined as deaths per 100,000 live births – is 174, officials said.',
      ),
      [['conflict', 'information', 'Sources disagree on rates: 167 in a (officials); 174 in b (officials)']],
    );
  });
});
