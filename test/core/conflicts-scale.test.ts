// The engine on inputs whose size once made it super-linear: a file giving thousands of figures of one quantity,
// and a "sentence" of thousands of characters (a minified export). The results, not the times, are asserted.
import { strict as assert } from 'node:assert';
import { detectFindings } from '../../server/src/core';
import { resolveConfig } from '../../server/src/core/config';
import { prepareDocument, UnitCanon } from '../../server/src/core/conflicts/prepare';
import { BALOCHISTAN, doc } from './fixtures/engine/builders';

const FIGURES = 2000;

function manyFigures(file: string, first: number) {
  return doc(file, {
    story: BALOCHISTAN,
    claims: Array.from({ length: FIGURES }, (_, i) => ({ value: first + 2 * i, unit: 'civilians', line: i + 1 })),
  });
}

describe('conflict engine at scale', () => {
  it('reads a file with 2,000 different figures of one quantity as one internal finding, and no conflict alone', () => {
    const findings = detectFindings([manyFigures('a.txt', 30000)]);
    assert.deepEqual(
      findings.map((f) => f.kind),
      ['internal'],
    );
    assert.equal(findings[0].claims.length, FIGURES);
    assert.equal(findings[0].claims[0], 'a.txt:1:25');
    assert.equal(findings[0].claims[FIGURES - 1], `a.txt:${FIGURES}:25`);
  });

  it('still finds the conflict when another file gives a figure that file does not', () => {
    const other = doc('b.txt', { story: BALOCHISTAN, claims: [{ value: 7, unit: 'civilians' }] });
    const findings = detectFindings([manyFigures('a.txt', 30000), other]);
    assert.deepEqual(
      findings.map((f) => f.kind),
      ['conflict', 'internal'],
    );
    const conflict = findings[0];
    assert.equal(conflict.claims.length, FIGURES + 1);
    assert.ok(conflict.claims.includes('b.txt:1:25'));
    assert.equal(conflict.timeline!.length, FIGURES + 1);
  });
});

describe('conflict engine on a sentence of thousands of figures', () => {
  const figures = Array.from({ length: FIGURES }, (_, i) => `${3000 + 3 * i} civilians`);
  const sentence = `Officials in Quetta said ${figures.join(', ')} were killed in Balochistan.`;
  const oneLine = figures.map((text, i) => ({ value: 3000 + 3 * i, unit: 'civilians', text, sentence, line: 1 }));

  it('finds no contradiction among figures of one sentence', () => {
    assert.deepEqual(detectFindings([doc('a.txt', { story: BALOCHISTAN, claims: oneLine })]), []);
  });

  it('finds the file contradicting itself once a figure stands in another sentence', () => {
    const other = { value: 3001, unit: 'civilians', line: 2 };
    const findings = detectFindings([doc('a.txt', { story: BALOCHISTAN, claims: [...oneLine, other] })]);
    assert.deepEqual(
      findings.map((f) => f.kind),
      ['internal'],
    );
    assert.ok(findings[0].claims.includes('a.txt:2:25'));
    assert.ok(findings[0].claims.includes('a.txt:1:25'));
  });
});

describe('conflict engine on a sentence of thousands of characters', () => {
  const config = resolveConfig();
  const canon = new UnitCanon(config.synonyms);
  const core = 'officials in the market district reported 18 civilians were killed in the explosion';
  const prepared = (sentence: string) => {
    const analysis = doc('a.txt', { claims: [{ value: 18, unit: 'civilians', text: '18 civilians', sentence }] });
    return prepareDocument(analysis, config, canon).claims[0];
  };

  it('reads only the words near the figure, and keeps the sentence as written', () => {
    const long = `Zanzibar ${'and '.repeat(1500)}${core}${' and'.repeat(1500)} Timbuktu.`;
    const short = `Zanzibar ${core} Timbuktu.`;
    const far = prepared(long),
      near = prepared(short);
    assert.equal(far.claim.sentence, long);
    assert.deepEqual([...near.contentWords].sort(), ['district', 'explosion', 'market', 'timbuktu', 'zanzibar']);
    assert.deepEqual([...far.contentWords].sort(), ['district', 'explosion', 'market']);
  });
});
