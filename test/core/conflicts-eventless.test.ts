// Issue 14, figures whose sentence names no event: a count no verb governs ("Jet has 42 aircraft") is not compared
// with one an event governs ("to buy 50 new aircraft"), even of the same thing in one story. Tried (a figure without
// an event joining the one quantity of its story that names the same thing, as information): on the dev batches it
// surfaced no more disagreements and on BBC it compared fleets with orders, tallies of different matches and squads
// of different teams. These look-alikes keep it out; each gives a finding under that rule. Tried again with the loose
// reading (looseFinding: the guest must name the same thing measured and share a name and three names and words with
// another report's figure of the event): no more disagreements on the dev batches (their eventless pairs are also
// set apart by year, words or a figure twice the other), and on BBC a five-set and a four-set match, two votes'
// rebels, two sets of matches; twice apart, one more dev disagreement and six BBC look-alikes. What is compared: a
// count whose event only says how the things came to be had ("garnering 17,000 votes") with a bare count of the same
// thing, each text giving one figure of it (conflicts-held.test.ts); none of the look-alikes below is such a pair.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

const findingsOf = (...texts: string[]) =>
  detectFindings(texts.map((text, i) => analyzeDocument(text, `${String.fromCharCode(97 + i)}.txt`))).map((f) => [
    f.kind,
    f.severity,
    f.message,
  ]);

describe('a count no verb governs, beside one an event governs, of the same thing in one story', () => {
  // After ../shared/corpus/bbc/business_186.txt and business_130.txt (Indian airlines).
  const fleet =
    'Indian carrier Jet Airways plans to fly to London from Mumbai and Delhi, India said on Monday.\n\n' +
    'Jet has 42 aircraft and runs 271 scheduled flights daily within India.\n';
  const order =
    'India has allowed its carriers Jet Airways and Air Sahara to fly to London, the aviation ministry in Delhi said.\n\n' +
    'Meanwhile, flag carrier Air India is considering to buy 50 new aircraft from either Boeing or Airbus.\n';

  it('is not compared: a fleet (42 aircraft) is not an order (to buy 50 new aircraft)', () => {
    assert.deepEqual(findingsOf(fleet, order), []);
  });

  it('is compared when both name the event (the rule that figures of one event meet is unchanged)', () => {
    assert.deepEqual(findingsOf(fleet.replace('Jet has 42 aircraft', 'Air India will buy 42 new aircraft'), order), [
      ['conflict', 'information', 'Sources disagree on aircraft bought: 42 in a; 50 in b'],
    ]);
  });

  // After ../shared/corpus/bbc/sport_421.txt and sport_428.txt (two matches of one tournament).
  const won =
    'Tim Henman beat Greg Rusedski in the first round of the Dubai Open on Monday.\n\n' +
    'Henman took the first of his three match points with a service winner.\n';
  const saved =
    'Roger Federer had to save two match points before squeezing past Juan Carlos Ferrero at the Dubai Open.\n';

  it("is not compared: one player's match points (three) are not the points another saved (two)", () => {
    assert.deepEqual(findingsOf(won, saved), []);
  });
});

// A verb that only names a measure's dimension (frames.ts namesDimension: "weighing", "spans", "lasted", "cost") is
// no event apart from a measure told with no verb. After dev-8 ecbplus-16 D2 (16_4ecbplus, 16_5ecbplus).
describe('a measure whose verb only names its dimension, beside one told with no verb', () => {
  const story = 'Deputy Jerry Ortiz was shot in Hawaiian Gardens. Police are looking for Jose Luis Orozco.';
  const described = `${story} Deputies said that Orozco is 5-foot-8, 135 pounds, with tattoos.`;

  it('compares "weighing 130 pounds" with "135 pounds", and "spans 300 metres" with "the 320-metre bridge"', () => {
    assert.deepEqual(
      findingsOf(`${story} He is 5-feet-8 inches tall, weighing 130 pounds, has a shaved head.`, described),
      [['conflict', 'information', 'Sources disagree on weight: 130 pounds in a; 135 pounds in b (Deputies)']],
    );
    assert.deepEqual(
      findingsOf(
        'The Staunton bridge over the James River spans 300 metres, officials said.',
        'The 320-metre Staunton bridge over the James River was closed, officials said.',
      ),
      [
        [
          'conflict',
          'information',
          'Sources disagree on length: 300 metres in a (officials); 320 metre in b (officials)',
        ],
      ],
    );
  });

  it('keeps a measure of another event apart: "lifted 130 pounds"', () => {
    assert.deepEqual(findingsOf(`${story} He is 5-feet-8 inches tall and lifted 130 pounds in prison.`, described), []);
  });
});
