// Issue 14, records, scores and votes as figures: "Klitschko (52-3, 46 KOs)", "the Lakers (32-10)", "beat Arsenal
// 2-0", "won 6-4, 6-3", "the Senate voted 52-48" are one claim each, whose value keeps its parts and whose frame says
// what it is and whose; two outlets' records of one competitor that differ disagree; ranges, seasons, dates, hours
// and codes written the same way are no tally. Boxing sentences after ../shared/corpus/events/ecbplus/7_*ecb.txt
// (dev-3 ecb-7: 7_1ecb, 7_3ecb, 7_6ecb, 7_9ecb, 7_11ecb).
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import type { Claim } from '../../server/src/core';

function tallies(
  text: string,
): Array<[string, number[], string | null, string | null, string | null, string[] | null]> {
  return analyzeDocument(text, 'a.txt')
    .claims.filter((c: Claim) => c.value.parts)
    .map((c) => [c.text, c.value.parts!, c.frame!.measured, c.frame!.agent, c.frame!.time, c.frame!.sides ?? null]);
}

describe('records, scores and votes: one claim each', () => {
  for (const [text, expected] of [
    [
      // 7_1ecb
      'Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in Mannheim, Germany on Saturday night.',
      [
        ['52-3', [52, 3], 'record', 'Klitschko', null, null],
        ['45-7-2', [45, 7, 2], 'record', 'Rahman', null, null],
      ],
    ],
    [
      // 7_3ecb: the record in apposition
      "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled former 2-Time Heavyweight Champion, Hasim Rahman, 45-7-2, 36 KO's, in the seventh round.",
      [
        ['53-3', [53, 3], 'record', 'Klitschko', null, null],
        ['45-7-2', [45, 7, 2], 'record', 'Rahman', null, null],
      ],
    ],
    [
      // 7_9ecb: the record the fight left
      'Klitschko improved his record to 52-3 and is now on a 10-fight winning streak.',
      [['52-3', [52, 3], 'record', 'Klitschko', 'after', null]],
    ],
    ['Klitschko came in at 51-3.', [['51-3', [51, 3], 'record', 'Klitschko', 'before', null]]],
    // The span of a record in brackets is said inside them; a "since" of the rest of the sentence is not its own.
    ['Rahman (10-5-2 since 2001) lost again.', [['10-5-2', [10, 5, 2], 'record', 'Rahman', 'since 2001', null]]],
    ['Klitschko (52-3) has not lost since 2004.', [['52-3', [52, 3], 'record', 'Klitschko', null, null]]],
    [
      // 5_10ecb: a record over a span
      'Cheeks is 122-147 in three-plus seasons as head coach in the City of Brotherly Love.',
      [['122-147', [122, 147], 'record', 'Cheeks', 'in three-plus seasons', null]],
    ],
    [
      // 7_6ecb: a part-record, over a span
      'Since that win over Monte Barrett, Rahman has gone 4-2-1 with a no-contest, beating nothing but club fighters.',
      [['4-2-1', [4, 2, 1], 'record', 'Rahman', 'since that win', null]],
    ],
    [
      'The Lakers (32-10) beat the Celtics 105-98 on Sunday.',
      [
        ['32-10', [32, 10], 'record', 'Lakers', null, null],
        ['105-98', [105, 98], 'score', 'Lakers', null, ['Lakers', 'Celtics']],
      ],
    ],
    ['Chelsea beat Arsenal 2-0 at the Emirates.', [['2-0', [2, 0], 'score', 'Chelsea', null, ['Chelsea', 'Arsenal']]]],
    [
      'Manchester United lost 3-1 to Chelsea on Saturday.',
      [['3-1', [3, 1], 'score', 'United', null, ['United', 'Chelsea']]],
    ],
    [
      "The Packers' 24-17 victory over the Bears sealed the division.",
      [['24-17', [24, 17], 'score', 'Packers', null, ['Packers', 'Bears']]],
    ],
    ['Federer won 6-4, 6-3 in the final.', [['6-4, 6-3', [6, 4, 6, 3], 'score', 'Federer', null, null]]],
    [
      'Federer beat Nadal 7-6 (7-3) 6-3 in the final.',
      [['7-6 (7-3) 6-3', [7, 6, 6, 3], 'score', 'Federer', null, ['Federer', 'Nadal']]],
    ],
    ['The judges gave him a 3-2 decision.', [['3-2', [3, 2], 'score', null, null, null]]],
    // A weekday is no side, nor is the ground ("at the Nou Camp"), nor the noun before a participle clause.
    ["He complained about Wednesday's 2-1 loss at the Nou Camp.", [['2-1', [2, 1], 'score', null, null, null]]],
    [
      'Clijsters reached the final of the Hopman Cup after beating the Netherlands 3-0.',
      [['3-0', [3, 0], 'score', null, null, null]],
    ],
    [
      // Two results of a roundup, the second after "and".
      'Scotland were beaten 33-15 by Samoa in the plate semi-final and Ireland lost 17-5 to Tunisia in the shield.',
      [
        ['33-15', [33, 15], 'score', 'Scotland', null, ['Scotland', 'Samoa']],
        ['17-5', [17, 5], 'score', 'Ireland', null, ['Ireland', 'Tunisia']],
      ],
    ],
    // A name a preposition governs owns nothing: a record whose owner is not read is not made of a verb alone.
    ['His record as head coach with both Portland and Philadelphia stands at 284-286.', []],
    ['The Senate voted 52-48 to pass the bill.', [['52-48', [52, 48], 'vote', 'Senate', null, null]]],
    ["The Senate's 52-48 vote came late.", [['52-48', [52, 48], 'vote', 'Senate', null, null]]],
    // The name before "and give" is no voting body.
    [
      'Trump could replace Ginsburg and give conservatives a 6-3 majority on the Supreme Court.',
      [['6-3', [6, 3], 'vote', null, null, null]],
    ],
    ['The Supreme Court ruled 5–4 that the law stands.', [['5–4', [5, 4], 'vote', 'Court', null, null]]],
  ] as const) {
    it(text, () => assert.deepEqual(tallies(text), expected));
  }

  it('keeps the first number as the stated value and every number in parts', () => {
    const claim = analyzeDocument('Riddick Bowe (43-1) scored a decision over Gene Pukall.', 'a.txt').claims[0];
    assert.deepEqual(
      [claim.text, claim.value, claim.quantityKind, claim.predicate],
      ['43-1', { stated: 43, low: 43, high: 43, parts: [43, 1] }, 'other', null],
    );
  });
});

describe('look-alikes of records and scores: no tally', () => {
  for (const text of [
    'About 30-40 people attended the vigil.',
    'Voters aged 18-24 stayed at home.',
    'In the 2004-05 season he scored 12 goals.',
    'The war of 1939-45 killed millions.',
    'The 9-11 attacks changed everything.',
    'The shop is open 24-7.',
    'He works a 9-5 job in the city.',
    'Call 555-0123 for tickets.',
    'See pages 12-15 of the report.',
    'The ratio is 3-1 in most schools.',
    'He won 2-3 awards a year.',
    'Unemployment fell to 5-6 percent.',
    'The 32-year-old fought a 10-fight campaign.',
    'Rahman connected on just 1-of-16 over those three minutes.',
    'Happy Mondays dancer Bez is now 2-1 favourite to win the show.',
    'France were 17-6 down at half-time, but they won.',
  ]) {
    it(text, () => assert.deepEqual(tallies(text), []));
  }
});

describe('records and scores compared across outlets', () => {
  // Two outlets' reports of one fight night (after 7_1ecb, 7_3ecb, 7_9ecb and 7_11ecb), and a third story.
  const a =
    'Wladimir Klitschko (52-3, 46 KOs) stopped Hasim Rahman (45-7-2) in Mannheim, Germany on Saturday night.\n\n' +
    'On the undercard, former champion Riddick Bowe (43-1) scored a decision over Gene Pukall (14-13-2).\n\n' +
    'Chelsea beat Arsenal 2-0 in the early game in London.\n';
  const b =
    'Heavyweight Champion, Wladimir Klitschko, 53-3, easily dismantled Hasim Rahman, 45-7-2, in Mannheim, Germany.\n\n' +
    'Rahman came in at 45-6-2 and has gone 4-2-1 since his win over Monte Barrett.\n\n' +
    'Klitschko has won 53 fights, and Riddick Bowe (43-1) beat Gene Pukall, 14-13-2, on the undercard.\n\n' +
    'Earlier, Chelsea won 2-1 against Arsenal in London.\n';

  it('finds the competitor whose records differ and the match whose scores differ, and nothing else', () => {
    const findings = detectFindings([analyzeDocument(a, 'a.txt'), analyzeDocument(b, 'b.txt')]);
    assert.deepEqual(
      findings.map((f) => [f.kind, f.severity, f.message]),
      [
        ['conflict', 'warning', "Sources disagree on Klitschko's record: 52-3 in a; 53-3 in b"],
        ['conflict', 'warning', 'Sources disagree on score of Chelsea v Arsenal: 2-0 in a; 2-1 in b'],
      ],
    );
  });

  it('compares no record inside one file, and none whose owner it does not read', () => {
    const one =
      'Wladimir Klitschko (52-3) won again in Mannheim, Germany. Klitschko improved his record to 53-3, 47 KOs.\n\n' +
      'The champion has a record of 51-3 after the Mannheim fight.\n';
    const other =
      'Wladimir Klitschko won again in Mannheim, Germany. The champion took his record to 50-3 in Mannheim.\n';
    assert.deepEqual(tallies(other), [['50-3', [50, 3], 'record', null, 'after', null]]);
    assert.deepEqual(detectFindings([analyzeDocument(one, 'a.txt'), analyzeDocument(other, 'b.txt')]), []);
  });
});
