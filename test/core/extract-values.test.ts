// Values across genres (issue 15): signed values, changes and "X/Y" spans, scientific and compact notation,
// fractions, figures glued to units, vague quantities with bounds, and what is not a quantity.
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';

/** Each claim of a sentence as [text, stated, low, high, qualifier, kind, unitKey]. */
function claims(text: string): unknown[] {
  return analyzeDocument(text, 'values.txt').claims.map((c) => [
    c.text,
    c.value.stated,
    c.value.low,
    c.value.high,
    c.qualifier,
    c.quantityKind,
    c.unitKey,
  ]);
}

describe('extractor: values across genres', () => {
  const cases: Array<[string, unknown[]]> = [
    // Signed values.
    ['The DAX closed -0.8% on Friday.', [['-0.8%', -0.8, -0.8, -0.8, 'exact', 'percent', 'percent']]],
    [
      'Temperatures fell to minus 40 degrees overnight.',
      [['minus 40 degrees', -40, -40, -40, 'exact', 'other', 'degree']],
    ],
    ['He finished the game with a net -12 yards.', [['-12 yards', -12, -12, -12, 'exact', 'other', 'yard']]],
    ['Shares were flat (-0.1%) in early trade.', [['-0.1%', -0.1, -0.1, -0.1, 'exact', 'percent', 'percent']]],
    ['The F-16 jets flew in a 3-1 formation.', []],
    // Changes "from X to Y" and "X/Y".
    [
      'Sales rose from 120 to 145 units last year.',
      [
        ['120', 120, 120, 120, 'exact', 'count', 'unit'],
        ['145 units', 145, 145, 145, 'exact', 'count', 'unit'],
      ],
    ],
    [
      'Analysts set a $3/$5 target for the shares.',
      [
        ['$3', 3, 3, 3, 'exact', 'money', 'dollar'],
        ['$5', 5, 5, 5, 'exact', 'money', 'dollar'],
      ],
    ],
    // Scientific and compact notation.
    ['A mole holds 6.02×10^23 atoms.', [['6.02×10^23 atoms', 6.02e23, 6.02e23, 6.02e23, 'exact', 'count', 'atom']]],
    ['The star is 3 x 10²⁰ metres away.', [['3 x 10²⁰ metres', 3e20, 3e20, 3e20, 'exact', 'other', 'metre']]],
    ['The app now has 2 B users.', [['2 B users', 2e9, 2e9, 2e9, 'exact', 'count', 'user']]],
    ['The firm paid S$2mil for the site.', [['S$2mil', 2e6, 2e6, 2e6, 'exact', 'money', 'dollar']]],
    ['The project cost RM4.5mil in total.', [['RM4.5mil', 4.5e6, 4.5e6, 4.5e6, 'exact', 'money', 'ringgit']]],
    // Fractions.
    ['Add 1/4 of a cup of sugar.', [['1/4 of a cup', 0.25, 0.25, 0.25, 'exact', 'count', 'cup']]],
    ['Use 1⁄8 teaspoon of salt.', [['1⁄8 teaspoon', 0.125, 0.125, 0.125, 'exact', 'count', 'teaspoon']]],
    ['The 9/11 attacks changed policy, and shops open 24/7.', []],
    ['Tweet 1/2 CAD from the police.', []],
    // Figures glued to units.
    [
      'The heater draws 8kW and stores 3.2kWh.',
      [
        ['8kW', 8, 8, 8, 'exact', 'other', 'kilowatt'],
        ['3.2kWh', 3.2, 3.2, 3.2, 'exact', 'other', 'kilowatt-hour'],
      ],
    ],
    ['The grid runs at 60 Hz.', [['60 Hz', 60, 60, 60, 'exact', 'other', 'hertz']]],
    [
      'Shares rose 3p to 245p.',
      [
        ['3p', 3, 3, 3, 'exact', 'money', 'penny'],
        ['245p', 245, 245, 245, 'exact', 'money', 'penny'],
      ],
    ],
    [
      'Winds of 150 km/h and gusts of 180km/h battered the coast.',
      [
        ['150 km/h', 150, 150, 150, 'exact', 'other', 'kph'],
        ['180km/h', 180, 180, 180, 'exact', 'other', 'kph'],
      ],
    ],
    ['She averages 22.1 ppg this season.', [['22.1 ppg', 22.1, 22.1, 22.1, 'exact', 'other', 'points per game']]],
    // Vague quantities with bounds.
    ['Floods swept away dozens of villages.', [['dozens of villages', 24, 24, 99, 'vague', 'count', 'village']]],
    ['The service has millions of users.', [['millions of users', 2e6, 2e6, 999_999_999, 'vague', 'count', 'user']]],
    ['Power was cut to thousands of homes.', [['thousands of homes', 2000, 2000, 9999, 'vague', 'count', 'home']]],
    [
      'Several dozen protesters gathered outside.',
      [['Several dozen protesters', 36, 36, 108, 'vague', 'count', 'protester']],
    ],
    [
      'The fire forced hundreds of other people to flee.',
      [['hundreds of other people', 200, 200, 999, 'vague', 'count', 'person']],
    ],
    // Not quantities: model names, compounds that name a kind, an age after a name (the gold's rule since issue 15).
    ['Samsung launched the Galaxy S24 on Wednesday.', []],
    ['The airline ordered 50 A320 jets.', [['50 A320 jets', 50, 50, 50, 'exact', 'count', 'jet']]],
    ['The FTSE 100 fell 2% on Monday.', [['2%', 2, 2, 2, 'exact', 'percent', 'percent']]],
    ['The two-door model sells well.', []],
    // ../shared/corpus/bbc/business_161.txt: a size, no figure.
    ['Ms Druyun admitted that she had steered multi-billion dollar contracts to Boeing.', []],
    [
      'They signed multi-million pound deals and a 2 million pound deal.',
      [['2 million pound', 2e6, 2e6, 2e6, 'exact', 'money', 'pound']],
    ],
    ['John Smith, 58, was arrested on Monday.', []],
    // Second round: shares of a scale, the finance "MM", a ticker's decimal changes, a unit on both ends of a range,
    // a change said before "from X to Y", a rate's denominator, note markers, camel-case models and isotopes.
    [
      'The study followed a quarter-million patients.',
      [['a quarter-million patients', 250000, 250000, 250000, 'exact', 'count', 'patient']],
    ],
    [
      'The Jets offered a five-year, $120MM contract.',
      [
        ['five-year', 5, 5, 5, 'exact', 'duration', 'year'],
        ['$120MM', 120000000, 120000000, 120000000, 'exact', 'money', 'dollar'],
      ],
    ],
    [
      'The index closed at 0.55 -0.02 -3.51% lower.',
      [
        ['0.55', 0.55, 0.55, 0.55, 'exact', 'count', null],
        ['-0.02', -0.02, -0.02, -0.02, 'exact', 'count', null],
        ['-3.51%', -3.51, -3.51, -3.51, 'exact', 'percent', 'percent'],
      ],
    ],
    [
      'Fees are usually 3 percent to 5 percent of the loan.',
      [['3 percent to 5 percent', [3, 5], 3, 5, 'range', 'percent', 'percent']],
    ],
    [
      'Deaths increased sharply among older men (from 2.1 to 3.4 per 100,000).',
      [
        ['2.1', 2.1, 2.1, 2.1, 'exact', 'count', null],
        ['3.4', 3.4, 3.4, 3.4, 'exact', 'count', null],
      ],
    ],
    [
      'Jobs grew in the region from 700 to 900.',
      [
        ['700', 700, 700, 700, 'exact', 'count', null],
        ['900', 900, 900, 900, 'exact', 'count', null],
      ],
    ],
    ['Economic growth has averaged 6-7% a year.', [['6-7%', [6, 7], 6, 7, 'range', 'percent', 'percent']]],
    [
      'The party hopes to increase its presence by 25 to 30 seats.',
      [['25 to 30 seats', [25, 30], 25, 30, 'range', 'count', 'seat']],
    ],
    ['The volunteers were aged from 20 to 45.', [['from 20 to 45', [20, 45], 20, 45, 'range', 'duration', 'year']]],
    // A range whose currency, scale or unit is written on both ends (multinews row 147, BBC entertainment_152).
    [
      'The company could be valued at between $2tn and $2.5tn.',
      [['between $2tn and $2.5tn', [2e12, 2.5e12], 2e12, 2.5e12, 'range', 'money', 'dollar']],
    ],
    [
      'The tapes were valued at between $30,000 (£16,000) and $50,000 (£27,000).',
      [
        ['between $30,000 (£16,000) and $50,000', [30000, 50000], 30000, 50000, 'range', 'money', 'dollar'],
        ['£27,000', 27000, 27000, 27000, 'exact', 'money', 'pound'],
      ],
    ],
    [
      'The programme aims to save between £190m and £265m annually.',
      [['between £190m and £265m', [190e6, 265e6], 190e6, 265e6, 'range', 'money', 'pound']],
    ],
    [
      'The final was watched by between 2m and 3m viewers.',
      [['between 2m and 3m viewers', [2e6, 3e6], 2e6, 3e6, 'range', 'count', 'viewer']],
    ],
    ['Waves of 2m to 3m hit the coast.', [['2m to 3m', [2, 3], 2, 3, 'range', 'other', 'metre']]],
    [
      'The fires burned between 5 miles and 10 miles from the town.',
      [['between 5 miles and 10 miles', [5, 10], 5, 10, 'range', 'other', 'mile']],
    ],
    [
      'The contract is worth from $10 million to $12 million.',
      [['$10 million to $12 million', [10e6, 12e6], 10e6, 12e6, 'range', 'money', 'dollar']],
    ],
    ['It was written “by the prophet himself.”4', []],
    ['2 The Acts of the Apostles tell of 12 men.', [['12 men', 12, 12, 12, 'exact', 'count', 'man']]],
    ['Sales of the iPad 2 reached 15 million.', [['15 million', 15000000, 15000000, 15000000, 'exact', 'count', null]]],
    ['Traces of iodine 131 were found in 3 wells.', [['3 wells', 3, 3, 3, 'exact', 'count', 'well']]],
    ['Rain of 20mm fell.', [['20mm', 20, 20, 20, 'exact', 'other', 'millimetre']]],
    // Units: degrees glued with °, a quake's magnitude, Latin plurals in -us, no unit across a second clause.
    ['The heat index reached 41.2°C in Delhi.', [['41.2°C', 41.2, 41.2, 41.2, 'exact', 'other', 'degree celsius']]],
    [
      'A fever above 100.4°F needs care.',
      [['above 100.4°F', 100.4, 100.4, 100.4 * 1.5, 'more than', 'other', 'degree fahrenheit']],
    ],
    ['The ramp rises at a 12° slope.', [['12°', 12, 12, 12, 'exact', 'other', 'degree']]],
    ['A 6.1 magnitude earthquake struck the coast.', [['6.1 magnitude', 6.1, 6.1, 6.1, 'exact', 'other', 'magnitude']]],
    [
      'Protests closed at least 12 university campuses.',
      [['at least 12 university campuses', 12, 12, 18, 'at least', 'count', 'campus']],
    ],
    [
      'The storm killed four people and flattening hundreds of homes.',
      [
        ['four people', 4, 4, 4, 'exact', 'count', 'person'],
        ['hundreds of homes', 200, 200, 999, 'vague', 'count', 'home'],
      ],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(claims(text), expected));
  }
});
