// Issue 14, why two figures stay apart (explainApart in conflicts/quantities.ts): the guard the engine's own steps
// name, for diagnosis (scripts/gold-events-why.ts --shapes). The texts are the part-and-whole test's (after
// ../shared/corpus/bbc/sport_142.txt and sport_151.txt, in words of our own).
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';
import { defaultConfig } from '../../server/src/core/config';
import { prepareDocument, UnitCanon, type PreparedClaim } from '../../server/src/core/conflicts/prepare';
import { explainApart } from '../../server/src/core/conflicts/quantities';
import { allGoals, leagueGoals } from './fixtures/owen-goals';

const a = allGoals;
const b = leagueGoals;

/** Why the engine leaves the figures `x` (in the first text) and `y` (in the second) of one bucket apart. */
function why(first: string, second: string, x: string, y: string): string {
  const canon = new UnitCanon(defaultConfig().synonyms);
  const docs = [first, second].map((text, i) =>
    prepareDocument(analyzeDocument(text, `${'ab'[i]}.txt`), defaultConfig(), canon),
  );
  const find = (i: number, figure: string): PreparedClaim => docs[i].claims.find((c) => c.claim.text === figure)!;
  const [cx, cy] = [find(0, x), find(1, y)];
  assert.equal(cx.bucket, cy.bucket);
  const story = docs.map((doc) => ({ doc, claims: doc.countedClaims.get(cx.bucket) ?? [] }));
  return explainApart(cx.bucket, story, cx, cy);
}

describe('why two figures stay apart (explainApart)', () => {
  it('names the fallback guard that keeps a part from its whole', () => {
    assert.equal(why(a, b, '11 goals', 'nine league goals'), 'fallback: part and whole');
  });

  it('says the fallback pairs two counts that nothing sets apart', () => {
    assert.equal(why(a, b.replace('league goals', 'goals'), '11 goals', 'nine goals'), 'fallback: paired');
  });

  it('names the guard for figures that can be one value', () => {
    assert.equal(
      why(a, b.replace('nine league goals', 'about 11 goals'), '11 goals', 'about 11 goals'),
      'fallback: figures meet',
    );
  });
});
