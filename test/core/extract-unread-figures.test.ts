// Figures a fact-checker compares that were not read as claims: an earthquake's magnitude written with its word before
// it ("magnitude-5.2", "a magnitude of 5.6") or its scale after it ("6.1 on the Richter scale"); how far into a
// numbered round a fight was stopped ("44 seconds into the seventh round", "at the 2:15 mark"); a distance written
// with "a" ("half a mile away", "a mile and a half away").
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

type Read = [text: string, low: number | null, high: number | null, unit: string | null, unitKey: string | null];

/** Each claim as [text, low, high, unit, unitKey]. */
function read(text: string): Read[] {
  return analyzeDocument(text, 'a.txt').claims.map((c) => [c.text, c.value.low, c.value.high, c.unit, c.unitKey]);
}

/** The frame of the claim written `figure`: [measured, dimension, unit, scale]. */
function frameOf(text: string, figure: string): [string | null, string, string | null, number] {
  const claim = analyzeDocument(text, 'a.txt').claims.find((c) => c.text === figure);
  assert.ok(claim?.frame, `no claim "${figure}" in: ${text}`);
  const { measured, dimension, unit, scale } = claim.frame;
  return [measured, dimension, unit, scale];
}

// ../shared/corpus/events/ecbplus/20_5ecb.txt (the Qeshm earthquakes, 2008), excerpts.
const STATE_TV =
  "Iran's state television says a magnitude-5.2 quake has injured three people in the Persian Gulf Island of Qeshm.";
const USGS = "The U.S. Geological Survey put the quake's strength at magnitude-5.4.";
const EARLIER = 'Earlier on Sunday a 5.6 quake jolted the island, some 930 miles south of the capital, Tehran.';

describe('extractor: an earthquake magnitude, its word before or its scale after the figure', () => {
  it('reads "magnitude-5.2" and "at magnitude-5.4" (20_5ecb), the figure glued to its word by a hyphen', () => {
    assert.deepEqual(read(STATE_TV), [
      ['magnitude-5.2', 5.2, 5.2, 'magnitude', 'magnitude'],
      ['three people', 3, 3, 'people', 'person'],
    ]);
    assert.deepEqual(read(USGS), [['magnitude-5.4', 5.4, 5.4, 'magnitude', 'magnitude']]);
    // "at" takes the figure as its object: the magnitude names no place.
    assert.deepEqual(frameOf(USGS, 'magnitude-5.4'), [null, 'other', 'magnitude', 1]);
  });

  it('reads "a magnitude of 5.6", "a magnitude 6.2 earthquake", "a 6 magnitude earthquake" and "a 5.5-magnitude quake"', () => {
    assert.deepEqual(read('An earthquake with a magnitude of 5.6 on the Richter scale shook the island.'), [
      ['magnitude of 5.6', 5.6, 5.6, 'magnitude', 'magnitude'],
    ]);
    assert.deepEqual(read('A magnitude 6.2 earthquake hit the coast.'), [
      ['magnitude 6.2', 6.2, 6.2, 'magnitude', 'magnitude'],
    ]);
    assert.deepEqual(read('A 6 magnitude earthquake hit an island on Sunday.'), [
      ['6 magnitude', 6, 6, 'magnitude', 'magnitude'],
    ]);
    assert.deepEqual(read('A 5.5-magnitude quake struck the region.'), [
      ['5.5-magnitude', 5.5, 5.5, 'magnitude', 'magnitude'],
    ]);
  });

  it('reads "6.1 on the Richter scale" and a decimal before "quake" (20_5ecb: "a 5.6 quake") as a magnitude', () => {
    assert.deepEqual(read('The quake measured 6.1 on the Richter scale.'), [
      ['6.1 on the Richter scale', 6.1, 6.1, 'on the Richter scale', 'magnitude'],
    ]);
    assert.deepEqual(read(EARLIER), [
      ['5.6', 5.6, 5.6, 'magnitude', 'magnitude'],
      ['some 930 miles', 837, 1023.0000000000001, 'miles', 'mile'],
    ]);
  });

  it('leaves counts of quakes as counts: "two earthquakes", "2.5 quakes a year"', () => {
    assert.deepEqual(read('Two earthquakes struck the area.'), [
      ['Two earthquakes', 2, 2, 'earthquakes', 'earthquake'],
    ]);
    assert.deepEqual(read('The region sees 2.5 quakes a year.'), [['2.5 quakes', 2.5, 2.5, 'quakes', 'quake']]);
  });
});

// ../shared/corpus/events/ecbplus/7_1ecb.txt, 7_2ecb.txt and 7_11ecb.txt (Klitschko stops Rahman, 2008), excerpts.
const MARK =
  'After flooring Rahman in the sixth round with a left-right combo Klitschko wasted little time wrapping it up in the seventh with a big left-right-left series that led to the referee stepping in and stopping the fight at the 2:15 mark.';
const INTO =
  'The 32-year-old Klitschko won by flooring Rahman once before referee Tony Weeks stopped the fight 44 seconds into the seventh round.';
const OF_ROUND =
  'Wladimir Klitschko defended his IBF heavyweight crown with ease after stopping American Hasim Rahman after 44 seconds of the seventh round of their contest.';

describe('extractor: how far into a numbered round, half or quarter', () => {
  it('reads "at the 2:15 mark" as 135 seconds into the round numbered before it (7_1ecb), no clock time', () => {
    assert.deepEqual(
      read(MARK).find(([text]) => text === '2:15 mark'),
      ['2:15 mark', 135, 135, 'mark', 'second'],
    );
    assert.deepEqual(frameOf(MARK, '2:15 mark'), ['time into 7', 'duration', 'second', 1]);
  });

  it('reads "N seconds into the seventh round" and "after N seconds of the seventh round" as time into round 7', () => {
    assert.deepEqual(frameOf(INTO, '44 seconds'), ['time into 7', 'duration', 'second', 1]);
    assert.deepEqual(frameOf(OF_ROUND, '44 seconds'), ['time into 7', 'duration', 'second', 1]);
    assert.deepEqual(frameOf('He scored four minutes into first-half injury time.', 'four minutes'), [
      'time into 1',
      'duration',
      'second',
      60,
    ]);
  });

  it('reads no round in "the first six months into the second six months", nor in a period without a number', () => {
    const leave = 'They will extend the period of payment beyond the first six months into the second six months.';
    assert.deepEqual(frameOf(leave, 'six months'), [null, 'duration', 'month', 1]);
    assert.deepEqual(frameOf('The pilot turned back two hours into the flight.', 'two hours')[0], null);
  });

  it('finds the 2:15 mark against 44 seconds into the seventh round (7_1ecb against 7_11ecb)', () => {
    const docs = [MARK, INTO].map((text, i) =>
      analyzeDocument(`${text}\n\nKlitschko retained the IBF title.`, `${'ab'[i]}.txt`),
    );
    assert.deepEqual(
      detectFindings(docs).map((f) => [f.kind, f.message]),
      [['conflict', 'Sources disagree on length of time: 44 seconds in b; 135 seconds in a']],
    );
  });
});

// ../shared/corpus/events/ecbplus/21_3ecbplus.txt and 21_13ecbplus.txt (a woman struck in Richmond Hill, 2012).
describe('extractor: a distance written with "a": "half a mile away", "a mile and a half away"', () => {
  it('reads one unit, a half and one and a half before a word that places', () => {
    assert.deepEqual(read('Chohan, who lived half a mile away in South Ozone Park, was rushed to Jamaica Hospital.'), [
      ['half a mile', 0.5, 0.5, 'mile', 'mile'],
    ]);
    assert.deepEqual(read('She had moved about a mile and a half away five or six years ago, her friend said.'), [
      ['about a mile and a half', 1.35, 1.6500000000000001, 'mile', 'mile'],
      ['five or six years', 5, 6, 'years', 'year'],
    ]);
    assert.deepEqual(read('The epicentre was a kilometre north of the town.'), [
      ['a kilometre', 1, 1, 'kilometre', 'kilometre'],
    ]);
  });

  it('reads no distance in "a mile-long queue" or "a mile of road"', () => {
    assert.deepEqual(read('There was a mile-long queue.'), []);
    assert.deepEqual(read('They repaired a mile of road.'), []);
  });
});

// ../shared/corpus/events/ecbplus/18_2ecbplus.txt, 18_4ecbplus.txt and 18_5ecbplus.txt (a shooting near Detroit, 2008),
// and 20_1ecb.txt (the Qeshm earthquakes), excerpts.
describe('extractor: a distance of a named thing from a place ("the building, 15 miles north of Detroit")', () => {
  it('keys the distance by the thing before it (or the subject of "is"), the direction and the place', () => {
    const building = 'Police evacuated the building, about 15 miles north of Detroit.';
    assert.deepEqual(frameOf(building, 'about 15 miles'), ['building north of detroit', 'length', 'metre', 1609.344]);
    assert.deepEqual(frameOf('The office building is about 15 miles north of Detroit.', 'about 15 miles'), [
      'building north of detroit',
      'length',
      'metre',
      1609.344,
    ]);
    const motorist = 'Hours after the shooting, a motorist 50 miles north of Detroit spotted a vehicle.';
    assert.deepEqual(frameOf(motorist, '50 miles'), ['motorist north of detroit', 'length', 'metre', 1609.344]);
    assert.deepEqual(frameOf('The epicentre was seven km east of Dargahan.', 'seven km'), [
      'epicentre east of dargahan',
      'length',
      'metre',
      1000,
    ]);
    assert.deepEqual(frameOf('The fire was two miles from the school.', 'two miles'), [
      'fire from school',
      'length',
      'metre',
      1609.344,
    ]);
  });

  it('keys none when nothing is named before it: "the quake struck 12 km east of Dargahan", "lived 10 miles from"', () => {
    assert.deepEqual(frameOf('The quake struck 12 km east of Dargahan.', '12 km')[0], null);
    assert.deepEqual(frameOf('He lived about 10 miles from the crash site.', 'about 10 miles')[0], null);
  });

  it('never compares two things at distances from one place (the building and the motorist)', () => {
    const docs = [
      'Police evacuated the building, about 15 miles north of Detroit.',
      'Hours after the shooting, a motorist 50 miles north of Detroit spotted a vehicle near the building.',
    ].map((text, i) => analyzeDocument(`${text}\n\nThe gunman fled the building in Detroit.`, `${'ab'[i]}.txt`));
    assert.deepEqual(detectFindings(docs), []);
  });

  it('reads "nautical miles" as a length of 1,852 metres each', () => {
    assert.deepEqual(read('The plane went down roughly 80 nautical miles off the coast.'), [
      ['roughly 80 nautical miles', 64, 96, 'nautical miles', 'nautical mile'],
    ]);
    assert.deepEqual(frameOf('The ship sank 5 nautical miles off the coast.', '5 nautical miles').slice(1), [
      'length',
      'metre',
      1852,
    ]);
  });
});
