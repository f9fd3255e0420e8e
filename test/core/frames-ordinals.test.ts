// Issue 14, ordinal figures: an ordinal that ranks or counts something of someone ("the fourth head coach since King
// took over", "his sixth defense of the IBF belt", "retained his title for the fifth time") is a claim of kind
// 'ordinal' whose frame says what is ranked (`measured`), whose Nth it is (`agent`) and in which calendar window
// (`time`). Positions ("the seventh round", "the fourth quarter", "May 5th", "Fifth Avenue") are no claim. Sentences
// of the dev gold groups are named (test/gold/events/dev*); the others are written for the test.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import type { Claim } from '../../server/src/core';
import { findingsOf } from './fixtures/readings';

function ranksOf(text: string): Claim[] {
  return analyzeDocument(text, 'a.txt').claims.filter((c) => c.quantityKind === 'ordinal');
}

/** Text, value and the frame's what, whose and when of each ordinal claim of a text. */
function readRanks(text: string): Array<[string, number, string | null, string | null, string | null]> {
  return ranksOf(text).map((c) => [c.text, c.value.stated as number, c.frame!.measured, c.frame!.agent, c.frame!.time]);
}

describe('ordinals that rank something are claims', () => {
  for (const [genre, text, ranks] of [
    // dev-2 ecbplus-5 (5_1ecbplus, 5_2ecbplus)
    [
      'sport, a copula after an aside',
      "Cheeks, who was fired March 2 as head coach of the Portland Trail Blazers, is the fourth head coach since King took over as the team's president.",
      [['fourth head coach', 4, 'coach', 'Cheeks', null]],
    ],
    [
      'sport, after a double dash',
      'Certainly, King knows a thing or two about making changes - - Cheeks will be the fifth Sixers coach in four years under his watch.',
      [['fifth Sixers coach', 5, 'coach', 'Cheeks', null]],
    ],
    // dev-3 ecb-7 (7_7ecb, 7_10ecb): one count, two ways of saying it
    [
      'sport, "for the Nth time" ranks the clause\'s event',
      'Klitschko (52-3, 46 knockouts) retained his International Boxing Federation title for the fifth time in the process.',
      [['fifth time', 5, 'title defense', 'Klitschko', null]],
    ],
    [
      'sport, a noun of an event, its owner misspelt; "third this year" has no noun',
      "The technical knockout in Klitchsko's sixth defense of the IBF belt-and third this year-improved the Ukrainian-born fighter to 52-3 with 46 KOs.",
      [['sixth defense', 6, 'title defense', 'Klitchsko', null]],
    ],
    [
      'sport, a calendar window',
      'Cheeks is the fifth NBA coach fired this season.',
      [['fifth NBA coach', 5, 'coach', 'Cheeks', 'this season']],
    ],
    [
      'sport, "in a row"',
      'Arsenal won the league for the second year in a row.',
      [['second year', 2, 'league win', 'Arsenal', null]],
    ],
    [
      'sport, a streak',
      "It was Mirza's sixth straight victory.",
      [['sixth straight victory', 6, 'win', 'Mirza', null]],
    ],
    [
      'sport, a streak of a position noun',
      'Mansfield slipped to a ninth successive game without a win.',
      [['ninth successive game', 9, 'game', 'Mansfield', null]],
    ],
    [
      'music, digits',
      "Snoop Dogg's 16th studio album was released on Friday.",
      [['16th studio album', 16, 'album', 'Dogg', null]],
    ],
    // dev-2 mn-017 (doc3)
    [
      'music, "and most recent" between the rank and its noun',
      "Snoop Dogg's 16th and most recent studio album was released March 16.",
      [['16th and most recent studio album', 16, 'album', 'Dogg', null]],
    ],
    ['music', 'Adele released her third album on Friday.', [['third album', 3, 'album', 'Adele', null]]],
    ['politics', 'Merkel won a fourth term in 2017.', [['fourth term', 4, 'term', 'Merkel', null]]],
    ['politics, a title', 'Mr Blair is seeking a third term.', [['third term', 3, 'term', 'Blair', null]]],
    [
      'politics, a speaker is not the subject',
      'Aides said Clinton would seek a 22nd nomination.',
      [['22nd nomination', 22, 'nomination', 'Clinton', null]],
    ],
    [
      'business, a position beside a rank',
      "Apple's profits rose 12% in the fourth quarter, its third straight rise.",
      [['third straight rise', 3, 'rise', 'Apple', null]],
    ],
    [
      'sport, "the Nth time" before a clause that names whose it is',
      'It is the fourth time Nadal has won the tournament.',
      [['fourth time', 4, 'tournament win', 'Nadal', null]],
    ],
    [
      'sport, the clause after "the Nth time" ends at its next verb',
      'The fifth time Klitschko defended his title came in Mannheim.',
      [['fifth time', 5, 'title defense', 'Klitschko', null]],
    ],
    [
      'entertainment, "for the Nth time" after a modal and a base form',
      'Jackman will host the show for the second time.',
      [['second time', 2, 'show host', 'Jackman', null]],
    ],
    [
      'economy, "to" and a base form, ranked as the past tense is',
      'The Fed is expected to raise rates for the sixth time.',
      [['sixth time', 6, 'rate raised', 'Fed', null]],
    ],
    [
      'economy, the verb before "for" is no object of its own',
      'US interest rates are to rise for the fourth time in five months.',
      [['fourth time', 4, 'rose', null, null]],
    ],
    [
      'sport, a number after "to" is no verb',
      'Federer was not unduly worried despite being taken to three sets for the third consecutive match.',
      [['third consecutive match', 3, 'set take', 'Federer', null]],
    ],
  ] as Array<[string, string, Array<[string, number, string, string | null, string | null]>]>) {
    it(`${genre}: ${text.slice(0, 60)}`, () => {
      assert.deepEqual(readRanks(text), ranks);
    });
  }

  it('say what they rank in the JSON: quantityKind "ordinal", frame.dimension "ordinal", no predicate', () => {
    const [claim] = ranksOf('Adele released her third album on Friday.');
    assert.deepEqual(
      [claim.quantityKind, claim.frame!.dimension, claim.predicate, claim.unit, claim.unitKey, claim.value],
      ['ordinal', 'ordinal', null, 'album', 'album', { stated: 3, low: 3, high: 3 }],
    );
  });
});

describe('ordinals that place something are no claim', () => {
  for (const text of [
    'Rahman was floored in the seventh round.',
    'United scored twice in the second half.',
    'Sales fell in the third quarter.',
    'The office is on the fifth floor.',
    'The town marked the 10th anniversary of the flood.',
    'It was the worst storm of the 21st century.',
    'The vote is on the 5th of May.',
    'On May 5th, the polls opened.',
    'It is the second-largest city in the country.',
    "It is the country's second largest city.",
    'It was the first-ever final between them.',
    'He won the title for the first time.',
    'The first lady thanked the volunteers.',
    'The First Minister spoke on Tuesday.',
    'He sold a second-hand car.',
    'She lives on Fifth Avenue.',
    'They restored a 19th-century mill.',
    'Labour was the government and the Lib Dems were the third party.',
    'Connection speeds are measured in megabits a second rather than kilobits.',
    'Nearly a fifth said they were too sick to work.',
    'Another flurry at the opening of the seventh ended his challenge.',
    // "the Nth time" with no name after it ranks nobody's event.
    'It was the third time he had hosted the show.',
    'It was the third time in a row.',
    'The third was a header from a corner.',
    'Federer broke in the seventh game of the final set.',
    'Moya won the fourth rubber in Seville.',
    'Friday the 13th was a hit.',
    'She won the seat in the fifth district.',
  ]) {
    // Beside a rank that is read: the position alone gives nothing, the rank its claim.
    it(text, () =>
      assert.deepEqual(readRanks(`${text} Adele released her third album.`), [
        ['third album', 3, 'album', 'Adele', null],
      ]),
    );
  }
});

describe('ranks compared', () => {
  it('finds two outlets that rank one thing of one subject differently (dev-3 ecb-7 D4, dev-2 ecbplus-5 D1)', () => {
    assert.deepEqual(
      findingsOf(
        'Klitschko (52-3, 46 knockouts) retained his International Boxing Federation title for the fifth time in the process.',
        "The technical knockout in Klitchsko's sixth defense of the IBF belt-and third this year-improved the Ukrainian-born fighter to 52-3 with 46 KOs.",
      ),
      [['conflict', 'information', 'Sources disagree on which title defense · of Klitschko: 5th in a; 6th in b']],
    );
    assert.deepEqual(
      findingsOf(
        "Cheeks, who was fired March 2 as head coach of the Portland Trail Blazers, is the fourth head coach since King took over as the team's president and general manager on May 26, 2003.",
        'Certainly, King knows a thing or two about making changes - - Cheeks will be the fifth Sixers coach in four years under his watch.',
      ),
      // Warning: the sentences share Cheeks, King and "coach" (the date is the sentence's, "fired March 2").
      [['conflict', 'warning', 'Sources disagree on which coach · of Cheeks: 4th in a (2 Mar); 5th in b']],
    );
  });

  it('is a warning when the two sentences also share three names or words', () => {
    assert.deepEqual(
      findingsOf(
        'Adele released her third studio album, Thirty, on Friday in London.',
        'Adele released her fourth studio album, Thirty, on Friday.',
      ),
      [['conflict', 'warning', 'Sources disagree on which album · of Adele: 3rd in a; 4th in b']],
    );
  });

  for (const [lookalike, a, b] of [
    ['two subjects', "It was Klitschko's sixth defense of the title.", "It was Rahman's fifth defense of the title."],
    [
      'two windows (a season, a tenure)',
      'Cheeks is the fifth NBA coach fired this season.',
      'Cheeks is the fourth head coach since King took over.',
    ],
    ['two places apart', 'Adele released her third album on Friday.', 'Adele released her fifth album on Friday.'],
    ['two kinds of the thing', 'Adele released her third studio album.', 'Adele released her fourth live album.'],
    ['no subject', 'It was the third album by the band.', 'It was the fourth album by the band.'],
    [
      'positions beside one rank',
      'Klitschko floored Rahman in the sixth round of his fifth defense.',
      'Klitschko floored Rahman in the seventh round of his fifth defense.',
    ],
  ] as Array<[string, string, string]>) {
    it(`gives nothing for ${lookalike}`, () => {
      assert.deepEqual([ranksOf(a).length, ranksOf(b).length], [1, 1]);
      assert.deepEqual(findingsOf(a, b), []);
    });
  }

  it('gives nothing for a streak reported on two days (the ninth straight day, then the tenth)', () => {
    const a = 'Kalba, 3 May 2026\n\nProtesters in Kalba marched for the ninth straight day.';
    const b = 'Kalba, 4 May 2026\n\nProtesters in Kalba marched for the 10th straight day.';
    assert.deepEqual([ranksOf(a).length, ranksOf(b).length], [1, 1]);
    assert.deepEqual(findingsOf(a, b), []);
  });

  it('gives nothing when one article gives both ranks: two of the thing, not one misreported', () => {
    const a =
      'North Korea carried out its fifth nuclear test on Friday. North Korea held its fourth nuclear test in January.';
    const b = 'North Korea conducted its fourth nuclear test, officials said.';
    assert.deepEqual([ranksOf(a).length, ranksOf(b).length], [2, 1]);
    assert.deepEqual(findingsOf(a, b), []);
  });

  it('gives nothing for one article that ranks two of a thing', () => {
    const text = 'Adele released her second album in 2011.\n\nShe released her third album in 2015, and Adele toured.';
    assert.equal(ranksOf(text).length, 2);
    assert.deepEqual(
      detectFindings([
        analyzeDocument(
          'Adele released her second album in 2011.\n\nShe released her third album in 2015, and Adele toured.',
          'a.txt',
        ),
      ]),
      [],
    );
  });
});
