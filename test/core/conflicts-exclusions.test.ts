// Issue 14, why a figure is kept from comparison (PreparedClaim.excluded) is read from one mention's own words: a
// repeated figure inherits no exclusion from its first occurrence (inheritFromOriginals in conflicts/prepare.ts).
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
