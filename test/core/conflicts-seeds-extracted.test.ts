// The seeds through the whole core (extractor + engine): C1-C6 of EXPECTED.md with the right kind, files and
// figures, and none of the look-alikes.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  analyzeDocument,
  detectFindings,
  messageFor,
  type DocumentAnalysis,
  type Finding,
} from '../../server/src/core';

const SEEDS = path.resolve(__dirname, '../../seeds');

describe('conflict engine on the seeds, through the extractor', () => {
  let findings: Finding[];
  const claims = new Map<string, { file: string; stated: unknown; text: string }>();
  before(() => {
    const docs: DocumentAnalysis[] = fs
      .readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => analyzeDocument(fs.readFileSync(path.join(SEEDS, f), 'utf8'), `seeds/${f}`));
    for (const doc of docs)
      for (const c of doc.claims) claims.set(c.id, { file: c.file.slice(6, 9), stated: c.value.stated, text: c.text });
    findings = detectFindings(docs);
  });
  const figures = (f: Finding) =>
    [...new Set(f.claims.map((id) => `${claims.get(id)!.file}:${claims.get(id)!.stated}`))].sort();
  const one = (kind: string, subject: string) => {
    const matching = findings.filter((f) => f.kind === kind && f.subject === subject);
    assert.equal(matching.length, 1, `${kind} ${subject}: ${findings.map((f) => `${f.kind} ${f.subject}`).join(', ')}`);
    return matching[0];
  };

  it('C1: a conflict on militants killed, 145 (002, 004) superseded by 177 (000, 001, 003, 004), 197 (003) the outlier', () => {
    const c1 = one('conflict', 'militants killed');
    assert.deepEqual(figures(c1), ['000:177', '001:177', '002:145', '003:177', '003:197', '004:145', '004:177']);
    assert.deepEqual(
      c1.timeline.filter((e) => e.superseded).map((e) => `${e.file.slice(6, 9)}:${e.figure}`),
      ['002:145', '004:145'],
    );
    const on145 = c1.claims.find((id) => claims.get(id)!.file === '002' && claims.get(id)!.stated === 145)!;
    // Files are named by their outlets ("Source The Hindu", "By Tatkaal Khabar / … | 269 Views", "Author : NewsGram Desk"); 003 names none.
    assert.equal(
      messageFor(c1, on145),
      '145 militants killed here (superseded); 177 in The Hindu, Tatkaal Khabar, 003, NewsGram; 197 in 003',
    );
  });

  it("C2 and C3: civilians 18 against 31, security personnel 15 against 17, BLA's 200 attributed", () => {
    assert.deepEqual(figures(one('conflict', 'civilians killed')), ['000:31', '001:18', '002:31', '003:31', '004:31']);
    assert.deepEqual(figures(one('conflict', 'security personnel killed')), [
      '000:17',
      '001:15',
      '002:17',
      '003:17',
      '004:17',
    ]);
    assert.ok(figures(one('attributed', 'security personnel killed')).includes('003:200'));
  });

  it('C4: at least 33 = 18 + 15 (001) against nearly 50 = 31 + 17 (004)', () => {
    const c4 = one('conflict', 'people killed');
    assert.deepEqual(figures(c4), ['001:33', '004:50']);
    assert.match(
      c4.message,
      /at least 33 \(= 18 civilians \+ 15 security personnel\) in Tatkaal Khabar.*nearly 50 \(= 31 civilians \+ 17 security personnel\) in NewsGram/,
    );
  });

  it('C5 and C6: attacks began 29 January (003) against 31 January; 003 gives 197 and 177', () => {
    assert.match(one('date', 'attacks began').message, /31 Jan 2026 in The Hindu, NewsGram; 29 Jan 2026 in 003$/);
    assert.deepEqual(figures(one('internal', 'militants killed')), ['003:177', '003:197']);
  });

  it('reports none of the look-alikes', () => {
    const involved = new Set(findings.flatMap((f) => f.claims).map((id) => claims.get(id)?.text));
    for (const text of involved) {
      assert.ok(
        !/^(nearly 200|between 200|1,000 to 2,000|48 hours|40-hour|nearly 40|at least 167|92 fighters|22 more|an additional 22|around two dozen|about two dozen|Over 45 Million|at least 12)/i.test(
          text ?? '',
        ),
        `${text} is in a finding`,
      );
    }
    assert.deepEqual(
      findings.map((f) => f.kind).filter((k) => k === 'weekday' || k === 'revision'),
      [],
    );
  });
});
