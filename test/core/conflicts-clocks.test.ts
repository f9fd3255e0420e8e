// Clock times of one event across outlets (conflicts/clocks.ts, extract/eventTimes.ts): a time and the same time in
// another zone are one reading; times are compared in UTC when both name a zone, as written on a day both name.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

const clocks = (text: string) =>
  analyzeDocument(text, 'a.txt')
    .eventDates.filter((d) => d.clock)
    .map((d) => [d.event, d.text, d.clock!.map((c) => [c.text, c.minutes, c.slack, c.zone])]);
const findings = (a: string, b: string) =>
  detectFindings([analyzeDocument(a, 'a.txt'), analyzeDocument(b, 'b.txt')]).map((f) => [f.kind, f.message]);

// After Multi-News row 014 doc0 and doc3.
const HIT_BST =
  'The British Airways flight from Geneva, with 132 passengers and five crew on board, was hit as it approached the London airport at 12:50 BST on Sunday.';
const HIT_NOON =
  "An object, believed to be a drone, struck the front of a plane landing at Heathrow Airport from Geneva, Switzerland, about noon (7 a.m. ET), according to London's Metropolitan Police.";
// After Multi-News row 116 doc0 and doc1.
const FLIGHT = 'AirAsia Flight 8501 from Surabaya to Singapore went missing over the Java Sea. ';
const LAST_CONTACT =
  FLIGHT +
  'The last communication between the pilot and air traffic control was at 6:12 a.m. Sunday (6:12 p.m. EST Saturday).';
const LOST_CONTACT =
  FLIGHT +
  'AirAsia says air traffic controllers lost contact with the aircraft at 7:24 a.m. Sunday, Singapore time (6:24 a.m. in Indonesia).';

describe('extractor: clock times of events', () => {
  it('reads a time with its zone and the same time in another zone beside it, dated to the main verb', () => {
    assert.deepEqual(clocks(HIT_BST), [
      [
        'hit',
        'hit as it approached the London airport at 12:50 BST on Sunday',
        [['12:50 BST on Sunday', [50, 770], 2, 'BST']],
      ],
    ]);
    assert.deepEqual(clocks(HIT_NOON), [
      [
        'hit',
        'struck the front of a plane landing at Heathrow Airport from Geneva, Switzerland, about noon (7 a.m. ET)',
        [
          ['noon', [720], 30, null],
          ['7 a.m. ET', [420], 30, 'ET'],
        ],
      ],
    ]);
    assert.deepEqual(clocks(LOST_CONTACT), [
      [
        'lost contact',
        'lost contact with the aircraft at 7:24 a.m. Sunday, Singapore time (6:24 a.m. in Indonesia)',
        [
          ['7:24 a.m. Sunday, Singapore time', [444], 0, 'Singapore'],
          ['6:24 a.m. in Indonesia', [384], 0, 'Indonesia'],
        ],
      ],
    ]);
    assert.deepEqual(clocks(LAST_CONTACT)[0].slice(0, 1), ['lost contact']);
  });

  it('reads a 24-hour time of four digits only before a zone or "hrs", and "local time" as the event\'s own clock', () => {
    assert.deepEqual(clocks('The quake struck at 10:35 local time (0435 GMT) on Monday.'), [
      [
        'hit',
        'struck at 10:35 local time (0435 GMT)',
        [
          ['10:35 local time', [635, 1355], 2, null],
          ['0435 GMT', [275], 2, 'GMT'],
        ],
      ],
    ]);
    assert.deepEqual(clocks('The bomb exploded at 0930 hrs near the market.'), [
      ['explod', 'exploded at 0930 hrs', [['0930 hrs', [570], 7, null]]],
    ]);
    assert.deepEqual(clocks('The bomb exploded at 0930 near the market.'), []);
  });

  it('reads a time that opens its sentence by the verb after it, and a weekday just before the time', () => {
    assert.deepEqual(clocks('At 12:50 BST, the plane was hit by a drone.'), [
      ['hit', 'At 12:50 BST, the plane was hit', [['12:50 BST', [50, 770], 2, 'BST']]],
    ]);
    assert.deepEqual(clocks('At about 6 a.m., police said the plane crashed.'), []);
    assert.deepEqual(
      analyzeDocument('Bettie Page died Thursday at 6:41 p.m. in Los Angeles.', 'a.txt')
        .eventDates.filter((d) => d.clock)
        .map((d) => [d.event, d.weekday, d.text]),
      [['killed', 'thursday', 'died Thursday at 6:41 p.m.']],
    );
  });

  it('reads the start of what the noun before a start verb names ("the blaze, which started about 9:40 p.m.")', () => {
    // After ecb 13_3ecb.txt.
    assert.deepEqual(
      clocks('Firefighters fought the blaze, which started about 9:40 p.m. Friday (1:40 a.m. ET Saturday).'),
      [
        [
          'began blaz',
          'started about 9:40 p.m. Friday (1:40 a.m. ET Saturday)',
          [
            ['9:40 p.m. Friday', [1300], 15, null],
            ['1:40 a.m. ET Saturday', [100], 2, 'ET'],
          ],
        ],
      ],
    );
    assert.deepEqual(clocks('It started at 6 p.m.'), []);
    assert.deepEqual(clocks('He broke the record at 3 p.m. on Tuesday.'), []);
    const fire = (time: string) =>
      `The Wasilla Bible Church in Wasilla, Alaska, burned, fire chief James Steele said. The fire broke out at ${time} Tuesday.`;
    assert.deepEqual(findings(fire('3:30 a.m.'), fire('4:15 a.m.')), [
      [
        'date',
        'Sources disagree on the time of day of the start of the fire: 3:30 a.m. Tuesday in a; 4:15 a.m. Tuesday in b',
      ],
    ]);
    assert.deepEqual(findings(fire('3:30 a.m.'), fire('3:33 a.m.')), []);
  });

  it('reads at most three times per sentence', () => {
    assert.deepEqual(
      clocks('The bus stopped at 1 p.m., crashed at 2 p.m., burned at 3 p.m. and collapsed at 4 p.m.').map((c) => c[1]),
      ['stopped at 1 p.m.', 'crashed at 2 p.m.', 'burned at 3 p.m.'],
    );
  });

  it('reads no open bound, no page stamp, no position in a round, no present tense and no clause set apart', () => {
    assert.deepEqual(clocks('The meeting ended before 6 p.m. on Monday.'), []);
    assert.deepEqual(clocks('The page was last updated at 11:11 GMT.'), []);
    assert.deepEqual(
      clocks('The referee gave a standing count before stopping the fight at 2:56 of the fourth round.'),
      [],
    );
    assert.deepEqual(clocks('The store opens at 9 a.m. on Monday.'), []);
    // A clause whose verb is present, infinitive or future is the time's: not read past it.
    assert.deepEqual(clocks('Mr Brown won a third term when he delivers his ninth Budget at 1230 GMT.'), []);
    assert.deepEqual(clocks('The chairman was scheduled to start the meeting at 1830 GMT.'), []);
    assert.deepEqual(clocks('The ceremony was hosted by Fry and will be broadcast at 2010 GMT.'), []);
    assert.deepEqual(
      clocks('Wilkinson, after switching codes in 2000, leads England against Australia at Twickenham at 1430 GMT.'),
      [],
    );
    assert.deepEqual(
      clocks('The suspect was flown to London at 6 p.m. on Friday.').map((c) => c[1]),
      ['flown to London at 6 p.m. on Friday'],
    );
    assert.deepEqual(
      clocks('The last time anyone saw him was Saturday night, when he signed out of the prom at 9:32 p.m.').map(
        (c) => c[0],
      ),
      ['sign'],
    );
    assert.deepEqual(
      clocks('He handcuffed them in the vehicle before fleeing on foot at around 9 a.m.').map((c) => c[0]),
      ['displaced'],
    );
  });
});

describe('clock times of one event compared across outlets', () => {
  it('finds "12:50 BST" against "about noon (7 a.m. ET)", and one time in two zones against another', () => {
    assert.deepEqual(findings(HIT_BST, HIT_NOON), [
      ['date', 'Sources disagree on the time of day of the hit: 12:50 BST on Sunday in a; noon (7 a.m. ET) in b'],
    ]);
    assert.deepEqual(findings(LAST_CONTACT, LOST_CONTACT), [
      [
        'date',
        'Sources disagree on the time of day of the lost contact: 6:12 a.m. Sunday (6:12 p.m. EST Saturday) in a; 7:24 a.m. Sunday, Singapore time (6:24 a.m. in Indonesia) in b',
      ],
    ]);
  });

  it('agrees on one time in two zones, and compares no time without a zone to one with, nor two on no named day', () => {
    // 6:50 a.m. EDT is 11:50 BST, an hour before 12:50 BST (BST tells summer time); 7:50 a.m. EDT is 12:50 BST; 6:12 p.m.
    // EST is 7:12 a.m. in Singapore.
    assert.deepEqual(findings(HIT_BST, HIT_NOON.replace('about noon (7 a.m. ET)', 'at 11:50 a.m. (6:50 a.m. ET)')), [
      [
        'date',
        'Sources disagree on the time of day of the hit: 11:50 a.m. (6:50 a.m. ET) in b; 12:50 BST on Sunday in a',
      ],
    ]);
    assert.deepEqual(findings(HIT_BST, HIT_NOON.replace('about noon (7 a.m. ET)', 'at 12:50 (7:50 a.m. ET)')), []);
    assert.deepEqual(
      findings(
        LAST_CONTACT,
        LOST_CONTACT.replace(
          '7:24 a.m. Sunday, Singapore time (6:24 a.m. in Indonesia)',
          '7:12 a.m. Sunday, Singapore time',
        ),
      ),
      [],
    );
    assert.deepEqual(findings(HIT_BST, HIT_NOON.replace(' (7 a.m. ET)', '')), []);
    const fire = (time: string, day: string) =>
      `The Wasilla Bible Church in Wasilla, Alaska, burned, fire chief James Steele said. The roof collapsed at ${time}${day}.`;
    assert.deepEqual(findings(fire('9:40 p.m.', ''), fire('10:40 p.m.', '')), []);
    assert.deepEqual(findings(fire('9:40 p.m.', ' Friday'), fire('10:40 p.m.', ' Saturday')), []);
    assert.deepEqual(findings(fire('9:40 p.m.', ' Friday'), fire('about 9:50 p.m.', ' Friday')), []);
    // A time to the quarter hour may be rounded ("3:30" and "3:33"); one to the minute is as given.
    assert.deepEqual(findings(fire('3:30 a.m.', ' Tuesday'), fire('3:33 a.m.', ' Tuesday')), []);
    assert.deepEqual(findings(fire('3:31 a.m.', ' Tuesday'), fire('3:35 a.m.', ' Tuesday')).length, 1);
    assert.deepEqual(findings(fire('9:40 p.m.', ' Friday'), fire('10:40 p.m.', ' Friday')), [
      ['date', 'Sources disagree on the time of day of the collaps: 10:40 p.m. Friday in b; 9:40 p.m. Friday in a'],
    ]);
  });

  it('compares no two events, and no event a file times twice', () => {
    assert.deepEqual(findings(HIT_BST, HIT_NOON.replace('struck the front', 'flew past the front')), []);
    assert.deepEqual(
      findings(HIT_BST + ' A second drone hit the plane at 14:20 BST on Sunday over Geneva.', HIT_NOON),
      [],
    );
  });
});

// After Multi-News row 224 doc0 and doc1.
const SHOT_FATHERS_DAY =
  "Eugene Blackwell Sr. shot his son Eugene Blackwell Jr. at 6:34 p.m. on Father's Day while the two were inside their home.";
const SHOT_SUNDAY =
  'Police said Eugene Blackwell Sr., 46, shot his 18-year-old son, Eugene Blackwell Jr., four times around 6:15 p.m. Sunday.';

describe('extractor: a clock time past an abbreviation, on a holiday', () => {
  it('reads the verb before a name that ends in an abbreviation, and the weekday of a holiday', () => {
    assert.deepEqual(clocks(SHOT_FATHERS_DAY), [
      [
        'shoot',
        "shot his son Eugene Blackwell Jr. at 6:34 p.m. on Father's Day",
        [["6:34 p.m. on Father's Day", [1114], 0, null]],
      ],
    ]);
    assert.deepEqual(
      analyzeDocument(SHOT_FATHERS_DAY, 'a.txt').eventDates.map((d) => d.weekday),
      ['sunday'],
    );
  });

  it('reads US Labor Day as a Monday, not Labour Day (a Monday in some countries, May 1 in others)', () => {
    const shot = (day: string) =>
      analyzeDocument(`A guard shot the gunman at 6:34 p.m. on ${day} inside the mall.`, 'a.txt').eventDates.map(
        (d) => d.weekday,
      );
    assert.deepEqual(shot('Labor Day'), ['monday']);
    assert.deepEqual(shot('Labour Day'), [null]);
  });

  it('finds two times of one shooting on the holiday and its weekday', () => {
    assert.deepEqual(findings(SHOT_FATHERS_DAY, SHOT_SUNDAY), [
      [
        'date',
        "Sources disagree on the time of day of the shoot: 6:15 p.m. Sunday in b; 6:34 p.m. on Father's Day in a",
      ],
    ]);
  });

  it('reads a departure however it is told, and a landing', () => {
    const events = (text: string) => clocks(text).map(([event]) => event);
    assert.deepEqual(events('Flight 412 left Cusco at 10:15 a.m. on Sunday.'), ['departure']);
    assert.deepEqual(events('The plane took off at 10:17 a.m. on Sunday.'), ['departure']);
    assert.deepEqual(events('The flight departed at 10:45 a.m. on Sunday.'), ['departure']);
    assert.deepEqual(events('The plane touched down at 11:02 a.m. on Sunday.'), ['landing']);
    assert.deepEqual(events('The plane landed at 11:02 a.m. on Sunday.'), ['landing']);
    assert.deepEqual(
      findings(
        'Flight 412 left Cusco at 10:15 a.m. on Sunday.',
        'Flight 412 took off from Cusco at 10:45 a.m. on Sunday.',
      ),
      [
        [
          'date',
          'Sources disagree on the time of day of the departure: 10:15 a.m. on Sunday in a; 10:45 a.m. on Sunday in b',
        ],
      ],
    );
  });
});
