// A length, mass or speed read as a property of an object (core/extract/frames.ts, `propertyOf`): the frame's thing
// measured is the object ("fir", "missile"), its `extent` which of the object's extents it is ("height", "range"), and
// the sentence's verb ("hoisted", "cost") is no event of it. The engine then compares two figures of one object and
// one extent whatever their sentences' verbs, and never two objects' or two extents'.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import type { DocumentAnalysis, QuantityFrame } from '../../server/src/core';

/** The parts of a figure's frame this file pins. */
function frameOf(text: string, figure: string): Pick<QuantityFrame, 'measured' | 'event' | 'extent'> {
  const claim = analyzeDocument(text, 'a.txt').claims.find((c) => c.text === figure);
  assert.ok(claim?.frame, `no claim "${figure}" in: ${text}`);
  const { measured, event, extent } = claim.frame;
  return { measured, event, extent };
}

/** Reports of one story: each ends with a line naming what the story's reports name (its fingerprint). */
function docs(...texts: string[]): DocumentAnalysis[] {
  return texts.map((text, i) =>
    analyzeDocument(
      `${text}\n\nOfficials in Kalba said that the figures were shared with the Halden Herald and with Nordvik Radio as well.`,
      `${'abcdefgh'[i]}.txt`,
    ),
  );
}

function findings(...texts: string[]): string[][] {
  return detectFindings(docs(...texts)).map((f) => [f.kind, f.message]);
}

// ../shared/corpus/events/multinews/mnsample-test-row137-doc0.txt and -doc2.txt (Rome's Christmas tree, 2017).
const FIR =
  'Spelacchio arrived in Rome early this month from the Trentino region, and what with transport expenses and decorations, the 70-foot fir is estimated to have cost Italian taxpayers 48,000 euros.';
const SPRUCE =
  'No sooner had workers hoisted a 72-foot tall Norway spruce in Rome’s central Piazza Venezia this month than the mocking began.';
// ../shared/corpus/events/multinews/mnsample-test-row106-doc0.txt and -doc1.txt (the Musudan missile, 2016).
const TRAVELING =
  'The Musudan is an intermediate-range ballistic missile capable of traveling 1,500 to 2,500 miles, according to the Nuclear Threat Initiative.';
const DESIGN_RANGE =
  'The missile was likely a Musudan, an intermediate-range ballistic missile with a design range of more than 3,000 km that can be fired from a road mobile launcher.';
// ../shared/corpus/events/multinews/mnsample-test-row108-doc0.txt (the GOCE satellite, 2013).
const SATELLITE =
  'A 1-ton European science satellite plunged back into Earth’s atmosphere and incinerated with debris most likely landing in the southern regions of the Atlantic Ocean.';

describe('quantity frames: a measure is a property of an object', () => {
  it('reads the noun a hyphenated measure modifies as the object, past names and "tall" (its height), whatever the verb', () => {
    assert.deepEqual(frameOf(FIR, '70-foot'), { measured: 'fir', event: null, extent: undefined });
    assert.deepEqual(frameOf(SPRUCE, '72-foot'), { measured: 'spruce', event: null, extent: 'height' });
    assert.deepEqual(frameOf(SATELLITE, '1-ton'), { measured: 'satellite', event: null, extent: undefined });
  });

  it('reads "capable of traveling N" and "with a range of N" as the range of the noun before', () => {
    assert.deepEqual(frameOf(TRAVELING, '1,500 to 2,500 miles'), { measured: 'missile', event: null, extent: 'range' });
    assert.deepEqual(frameOf(DESIGN_RANGE, 'more than 3,000 km'), {
      measured: 'missile',
      event: null,
      extent: 'range',
    });
  });

  it('reads the subject of "X was N metres in the air" (its height), and an extent noun as whose it is', () => {
    // After ../shared/corpus/events/multinews/mnsample-test-row014-doc1.txt ("1,700 feet in the air").
    assert.deepEqual(frameOf('The plane was 520 metres in the air at the time, police said.', '520 metres'), {
      measured: 'plane',
      event: null,
      extent: 'height',
    });
    assert.deepEqual(frameOf('The missile’s 3,000-km range puts Guam within reach.', '3,000-km'), {
      measured: 'missile',
      event: null,
      extent: 'range',
    });
  });

  it('gives a measure in brackets, the same in another unit, the same object and extent', () => {
    // ../shared/corpus/events/multinews/mnsample-test-row106-doc1.txt; ../shared/corpus/bbc/tech_229.txt.
    const range = DESIGN_RANGE.replace('3,000 km', '3,000 km (1,800 miles)');
    assert.deepEqual(frameOf(range, '1,800 miles'), { measured: 'missile', event: null, extent: 'range' });
    const speed = 'The unit can walk along at a speed of about 1.35km/h (0.83mph) and navigate staircases.';
    assert.deepEqual(frameOf(speed, '0.83mph'), { measured: null, event: null, extent: 'speed' });
  });

  it('ends the object at an adverb: "a 10-mile drive away" is a drive, a kind of thing, no property', () => {
    // ../shared/corpus/bbc/tech_307.txt.
    const text = 'They could take them up to the council recycling centre, but it is a 10-mile drive away across town.';
    assert.deepEqual(frameOf(text, '10-mile'), { measured: null, event: null, extent: undefined });
  });

  it('leaves a measure that is no property as it was: a distance flown, a substance, a race', () => {
    assert.deepEqual(frameOf('The missile flew 1,500 miles before it fell into the sea.', '1,500 miles'), {
      measured: null,
      event: 'flew',
      extent: undefined,
    });
    assert.deepEqual(frameOf('Police seized 2 tonnes of cocaine in the port.', '2 tonnes'), {
      measured: 'cocaine',
      event: 'seized',
      extent: undefined,
    });
    assert.deepEqual(frameOf('She won the 100-metre final in Paris.', '100-metre'), {
      measured: null,
      event: 'won',
      extent: undefined,
    });
  });
});

describe('two measures of one object compared whatever their verbs', () => {
  // The Rome tree, told with one species on both sides (the reports also disagree on the species, fir and spruce:
  // one tree named at two levels, compared only in part: conflicts-two-levels.test.ts).
  const SPRUCE70 = FIR.replace('fir', 'spruce');

  it('finds 70 against 72 feet of one spruce ("cost" against "hoisted")', () => {
    assert.deepEqual(findings(SPRUCE70, SPRUCE), [
      ['conflict', 'Sources disagree on length: 70 foot in a (Officials in Kalba); 72 foot in b (Officials in Kalba)'],
    ]);
  });

  it('never compares two objects (a truck and the spruce)', () => {
    assert.deepEqual(findings(FIR.replace('fir', 'truck'), SPRUCE), []);
  });

  it('compares two species of one tree (the fir and the spruce) as a frame named in part, for information', () => {
    assert.deepEqual(
      detectFindings(docs(FIR, SPRUCE)).map((f) => [f.kind, f.severity, f.message]),
      [
        [
          'conflict',
          'information',
          'Sources disagree on length: 70 foot in a (Officials in Kalba); 72 foot in b (Officials in Kalba)',
        ],
      ],
    );
  });

  it('never compares two extents of one object (its width and its height)', () => {
    assert.deepEqual(findings(SPRUCE70.replace('70-foot', '70-foot wide'), SPRUCE), []);
  });

  it('finds a missile range "capable of traveling 1,500 miles" against "a design range of more than 3,000 km"', () => {
    assert.deepEqual(findings(TRAVELING.replace('1,500 to 2,500 miles', '1,500 miles'), DESIGN_RANGE), [
      [
        'conflict',
        'Sources disagree on length: 1,500 miles in a (the Nuclear Threat Initiative); more than 3,000 km in b (Officials in Kalba)',
      ],
    ]);
  });

  it('finds "a 1-ton satellite" against "the satellite weighs 1.8 tonnes" (its mass, whatever the verb)', () => {
    assert.deepEqual(
      findings(SATELLITE, 'The GOCE satellite weighs 1.8 tonnes and was built by Thales Alenia Space, Reuters said.'),
      [['conflict', 'Sources disagree on weight: 1 ton in a (Officials in Kalba); 1.8 tonnes in b (Reuters)']],
    );
  });

  it('but not a distance the missile flew against its range', () => {
    assert.deepEqual(
      findings(
        'The missile flew 1,500 miles before it fell into the sea, according to the Nuclear Threat Initiative.',
        DESIGN_RANGE,
      ),
      [],
    );
  });
});
