// Issue 14, why a figure is kept from comparison (PreparedClaim.excluded) is read from one mention's own words: a
// repeated figure inherits no exclusion from its first occurrence (inheritFromOriginals in conflicts/prepare.ts), and a
// change predicate is the event only of a figure that is its amount or level (changeCause in extract/frames.ts).
import { strict as assert } from 'node:assert';
import { excludedOf, findingsOf } from './fixtures/readings';

describe('a repeated figure', () => {
  // ../shared/corpus/bbc/business_018.txt, business_122.txt; multinews row119 doc0.
  it('is no increment because its first occurrence was one ("by one notch", "three other executives")', () => {
    assert.deepEqual(
      excludedOf(
        "S&P lifted Kalba's rating by one notch to BB+. Kalba's rating is now one notch below investment grade.",
      ),
      [
        ['one notch', 'increment', ''],
        ['one notch', null, ''],
      ],
    );
    assert.deepEqual(
      excludedOf(
        'Three other Kalba executives agreed settlements with the SEC. The SEC reached a deal with three Kalba executives.',
      ),
      [
        ['Three other Kalba executives', 'increment', ''],
        ['three Kalba executives', null, ''],
      ],
    );
  });

  it('is no whole because its first occurrence was one ("Seven of the 34 women", "All 34 women")', () => {
    assert.deepEqual(
      excludedOf('Seven of the 34 women interviewed asked to remain anonymous. All 34 women said the time had come.'),
      [
        ['Seven', null, ''],
        ['34 women', 'whole', 'interview'],
        ['34 women', null, ''],
      ],
    );
  });

  it('is compared where its own words state it, and its first occurrence, an increment, is not', () => {
    assert.deepEqual(
      findingsOf(
        'Three other Kalba executives agreed settlements with the SEC on Monday. The SEC reached a deal with three Kalba executives on Monday.',
        'The SEC reached a deal with four Kalba executives on Monday.',
      ),
      [['conflict', 'information', 'Sources disagree on executives · monday: 3 in a; 4 in b']],
    );
    // Without the repeat, the increment alone is compared with nothing.
    assert.deepEqual(
      findingsOf(
        'Three other Kalba executives agreed settlements with the SEC on Monday.',
        'The SEC reached a deal with four Kalba executives on Monday.',
      ),
      [],
    );
  });
});

describe('a figure besides others', () => {
  // multinews row117 doc1: "the deaths of Savvas and Amy Savopoulos and two others" beside "the deaths of four
  // people": "two others" is the rest of the four, whether or not the extractor takes "others" into the figure's text.
  it('is an increment when "others" follows it after a list ("A and B and two others"), and is compared with nothing', () => {
    assert.deepEqual(excludedOf('Police investigated the deaths of Savvas and Amy Savopoulos and two others.'), [
      ['two', 'increment', 'killed'],
    ]);
    assert.deepEqual(
      findingsOf(
        'Police found four people dead in a house in Washington.',
        'Police investigated the deaths of Savvas and Amy Savopoulos and two others in a house in Washington.',
      ),
      [],
    );
  });
});

describe('a change predicate', () => {
  // dev-3 ecb-7 D5 (7_7ecb.txt, 7_10ecb.txt); bbc/sport_371.txt, business_046.txt, tech_306.txt.
  it('is not the event of a count of things after "with", "in" or "for" ("dropped Rahman ... with two hard lefts")', () => {
    assert.deepEqual(excludedOf('Klitschko dropped Rahman early in the sixth with two hard lefts.'), [
      ['two hard lefts', null, ''],
    ]);
    assert.deepEqual(excludedOf('The Kalba economy has grown for six quarters.'), [['six quarters', null, '']]);
  });

  it('is not the event of a count after a verb\'s "from" that no "to" follows ("fell from three left hooks")', () => {
    assert.deepEqual(excludedOf('Rahman fell from three consecutive left hooks in the sixth.'), [
      ['three consecutive left hooks', null, ''],
    ]);
  });

  it('still marks the amount and levels of a change ("fell from 300 tonnes to 250 tonnes", "an increase from")', () => {
    assert.deepEqual(excludedOf("Kalba's output fell from 300 tonnes to 250 tonnes."), [
      ['300 tonnes', 'change', 'fell'],
      ['250 tonnes', 'change', 'fell'],
    ]);
    assert.deepEqual(
      excludedOf('Analysts put the Kalba figure at 4.6 million by 2008, an increase from an estimated 50,000 sets.'),
      [
        ['4.6 million', null, ''],
        ['an estimated 50,000 sets', 'change', 'rose'],
      ],
    );
    assert.deepEqual(excludedOf("Kalba's exporters dropped 12 containers."), [['12 containers', 'change', 'fell']]);
  });
});

describe('a supposition', () => {
  // dev-4 mn-020 D1: the figure stands in the if-clause itself, so it stays a supposition.
  it('is its own clause\'s: "If no signal arrives via three Mars orbiters" excludes three, not the next sentence', () => {
    assert.deepEqual(
      excludedOf(
        'If silence persists, the two orbiters will make passes. If no signal arrives via three Mars orbiters after 18 hours, NASA would worry.',
      ),
      [
        ['two orbiters', null, ''],
        ['three Mars orbiters', 'hypothetical', ''],
      ],
    );
  });
});
