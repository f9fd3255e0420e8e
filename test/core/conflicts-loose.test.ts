// Issue 14, the loose reading (looseFinding in conflicts/quantities.ts): where a quantity gives no conflict, two
// reports' counts of one kind of a thing (the same head, modifiers on both sides that share one) are compared a little
// further apart than frames naming it in part otherwise are (up to twice), and without the words and name their
// sentences would otherwise need to share, as information that says why it is only possible. Look-alikes stay apart:
// a few of a kind (two and three "main parties" are two sets), figures more than twice apart, a count that names no
// kind of the thing.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings, messageFor } from '../../server/src/core';

/** Reports of one story (each ends with a line naming what the story's reports name: its fingerprint). */
function docsOf(...texts: string[]) {
  return texts.map((text, i) =>
    analyzeDocument(
      `${text}\n\nFans in Kalba said that the news was shared by the Halden Herald and by Nordvik Radio as well.`,
      `${'abcdefgh'[i]}.txt`,
    ),
  );
}

function findingsOf(...texts: string[]) {
  const docs = docsOf(...texts);
  const textOf = new Map(docs.flatMap((d) => d.claims.map((c) => [c.id, `${c.file}: ${c.text}`] as const)));
  return detectFindings(docs).map((f) => ({
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    claims: f.claims.map((id) => textOf.get(id)),
    partial: f.frame?.partial,
  }));
}

describe('the loose reading of counts of one kind of a thing', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row218-doc0.txt and doc1.txt (the Hoover Dam's turbines).
  const nine = 'He survived only because nine of the ten hydroelectric turbines were not in operation.';
  const seventeen = 'Out of sight beneath the surface are 17 giant hydro-electric turbines.';

  it('compares counts up to twice apart, as information: 9 and 17 hydroelectric turbines', () => {
    assert.deepEqual(findingsOf(nine, seventeen), [
      {
        kind: 'conflict',
        severity: 'information',
        message:
          'Sources may disagree on turbines: 9 in a; 17 in b (may be one quantity: one kind of it, but the figures ' +
          'are 1.9 times apart and no report says what happened to them)',
        claims: ['a.txt: nine of the ten hydroelectric turbines', 'b.txt: 17 giant hydro-electric turbines'],
        partial: {
          ratio: 17 / 9,
          why: 'may be one quantity: one kind of it, but the figures are 1.9 times apart and no report says what happened to them',
        },
      },
    ]);
  });

  // After ../shared/corpus/events/multinews/mnsample-test-row005-doc1.txt and doc2.txt (e-waste in Great Pyramids).
  it('compares near counts whose sentences share no name, as information: 8 and 11 Great Pyramids', () => {
    assert.deepEqual(
      findingsOf(
        'By 2017, the volume of discarded e-products worldwide is expected to be 33 per cent higher than in 2012 and ' +
          'weigh the equivalent of eight of the Great Pyramids of Egypt.',
        'By 2017, it would make the annual piles of old washing machines, computers, fridges, electronic toys and ' +
          'other goods with an electric cord or battery the weight equivalent of 200 Empire State Buildings or 11 ' +
          'Great Pyramids of Giza, it said.',
      ),
      [
        {
          kind: 'conflict',
          severity: 'information',
          message:
            'Sources may disagree on pyramids: 8 in a (2017); 11 in b (it, 2017) (may be one quantity: one kind of it, ' +
            'but no report says what happened to them)',
          claims: ['a.txt: eight of the Great Pyramids', 'b.txt: 11 Great Pyramids'],
          partial: {
            ratio: null,
            why: 'may be one quantity: one kind of it, but no report says what happened to them',
          },
        },
      ],
    );
  });

  it('gives each figure a diagnostic that says why the quantity is only possibly one', () => {
    const docs = docsOf(nine, seventeen);
    const [finding] = detectFindings(docs);
    assert.deepEqual(
      docs.map((d) => messageFor(finding, d.claims.find((c) => c.text.endsWith('turbines'))!.id)),
      [
        '9 turbines here; 17 in b (may be one quantity: one kind of it, but the figures are 1.9 times apart and no ' +
          'report says what happened to them)',
        '17 turbines here; 9 in a (may be one quantity: one kind of it, but the figures are 1.9 times apart and no ' +
          'report says what happened to them)',
      ],
    );
  });

  it('keeps apart counts more than twice apart: 7 and 17 hydroelectric turbines', () => {
    assert.deepEqual(findingsOf(nine.replace('nine of the ten', 'seven of the ten'), seventeen), []);
  });

  it('keeps apart counts of which one names no kind: turbines and 17 giant hydro-electric turbines', () => {
    assert.deepEqual(findingsOf(nine.replace('hydroelectric ', ''), seventeen), []);
  });

  // After ../shared/corpus/bbc/politics_036.txt and politics_319.txt (the other two main parties, all three).
  it('keeps apart a few of a kind: the other two main parties, all three main parties', () => {
    assert.deepEqual(
      findingsOf(
        'Many voters became disheartened with the politics of the other two main parties.',
        'It wants all three main parties to include a commitment to an elected second chamber.',
      ),
      [],
    );
  });

  it('adds nothing to a quantity that gives a conflict: the strict finding stands alone', () => {
    const killed = (n: string) => `Police said ${n} people were killed in the blast at the Kalba market.`;
    assert.deepEqual(
      findingsOf(killed('12'), killed('15')).map((f) => [f.kind, f.severity, f.message, f.partial]),
      [
        [
          'conflict',
          'warning',
          'Sources disagree on people killed · in Kalba: 12 in a (Police); 15 in b (Police)',
          undefined,
        ],
      ],
    );
  });
});
