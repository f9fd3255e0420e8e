// The seeds' expected behaviour (seeds/EXPECTED.md in /work/shared), pinned on hand-built analyses of the five
// reports (fixtures/engine/seeds.ts), so that the engine's rules are tested apart from the extractor's progress.
import { strict as assert } from 'node:assert';
import { detectFindings, messageFor, type DocumentAnalysis, type Finding } from '../../server/src/core';
import { seedDocuments } from './fixtures/engine/seeds';

const short = (file: string) => file.slice(6, 9);

describe('conflict engine on the seed workspace (hand-built analyses)', () => {
  let docs: DocumentAnalysis[];
  let findings: Finding[];
  const claimById = new Map<string, { file: string; stated: unknown; text: string }>();
  before(() => {
    docs = seedDocuments();
    findings = detectFindings(docs);
    for (const doc of docs)
      for (const c of doc.claims) claimById.set(c.id, { file: c.file, stated: c.value.stated, text: c.text });
  });
  const figures = (finding: Finding) =>
    [...new Set(finding.claims.map((id) => `${short(claimById.get(id)!.file)}:${claimById.get(id)!.stated}`))].sort();
  const find = (kind: string, subject: string) => findings.filter((f) => f.kind === kind && f.subject === subject);

  it('gives exactly the expected findings, and none of the look-alikes', () => {
    assert.deepEqual(
      findings.map((f) => `${f.kind} ${f.subject}`),
      [
        'conflict civilians killed',
        'conflict militants killed',
        'conflict people killed',
        'conflict security personnel killed',
        'internal militants killed',
        'date attacks began',
        'attributed security personnel killed',
        'name-variant BLA',
      ],
    );
  });

  it('C1: one conflict on militants killed, 145 superseded by 177, 197 the outlier', () => {
    const [c1] = find('conflict', 'militants killed');
    assert.deepEqual(figures(c1), ['000:177', '001:177', '002:145', '003:177', '003:197', '004:145', '004:177']);
    assert.deepEqual(
      c1.timeline.map((e) => [short(e.file), e.figure, e.date, e.source, e.superseded]),
      [
        ['002', '145', '2026-02-01', 'Chief Minister Sarfraz Bugti', true],
        ['004', '145', '2026-02-01', 'the Pakistan military', true],
        ['000', '177', '2026-02-02', 'Interior Minister Mohsin Naqvi', false],
        ['001', '177', '2026-02-02', null, false],
        ['004', '177', '2026-02-02', 'Provincial government spokesperson Shahid Rind', false],
        ['003', '177', null, 'The Pakistani military', false],
        ['003', '197', null, 'state media', false],
      ],
    );
    const table145 = c1.claims.find((id) => claimById.get(id)!.text === 'Militants Killed: 145')!;
    assert.equal(
      messageFor(c1, table145),
      '145 militants killed here (superseded); 177 in The Hindu, Tatkaal Khabar, 003, NewsGram; 197 in 003',
    );
    // Files are named by their outlets (listSources): 000 and 002 are both The Hindu's, 003 names none.
    assert.equal(
      c1.message,
      'Sources disagree on militants killed: 145 in The Hindu, NewsGram (Chief Minister Sarfraz Bugti, 1 Feb, superseded by 177); ' +
        '177 in The Hindu, Tatkaal Khabar, 003, NewsGram (Interior Minister Mohsin Naqvi, 2 Feb); 197 in 003 (state media)',
    );
  });

  it('C2: 18 civilians killed (001, once though repeated) against 31 (000, 002, 003, 004); not the 2025 train hijacking', () => {
    const [c2] = find('conflict', 'civilians killed');
    assert.deepEqual(figures(c2), ['000:31', '001:18', '002:31', '003:31', '004:31']);
    assert.equal(c2.timeline.filter((e) => short(e.file) === '001').length, 1);
    const train = docs[4].claims.find((c) => c.sentence.includes('train hijacking'))!;
    assert.ok(findings.every((f) => !f.claims.includes(train.id)));
  });

  it("C3: 15 security personnel (001) against 17 (000, 002, 003, 004), and the BLA's 200 shown as its own claim", () => {
    const [c3] = find('conflict', 'security personnel killed');
    assert.deepEqual(figures(c3), ['000:17', '001:15', '002:17', '003:17', '004:17']);
    const [bla] = find('attributed', 'security personnel killed');
    assert.equal(bla.severity, 'information');
    assert.deepEqual(figures(bla), ['000:17', '002:17', '003:17', '003:200', '004:17']);
    assert.ok(
      bla.message.startsWith(
        "200 security personnel killed is The Balochistan Liberation Army (BLA)'s own claim (003)",
      ),
    );
  });

  it('C4: at least 33 (= 18 + 15) against nearly 50 (= 31 + 17), parts named', () => {
    const [c4] = find('conflict', 'people killed');
    assert.deepEqual(figures(c4), ['001:33', '004:50']);
    assert.equal(
      c4.message,
      'Sources disagree on people killed: at least 33 (= 18 civilians + 15 security personnel) in Tatkaal Khabar (2 Feb); ' +
        'nearly 50 (= 31 civilians + 17 security personnel) in NewsGram',
    );
  });

  it('C5: the attacks began on 31 January (000, 004) or 29 January (003)', () => {
    const [c5] = find('date', 'attacks began');
    assert.equal(c5.severity, 'warning');
    assert.equal(
      c5.message,
      'Sources disagree on when the attacks began: 31 Jan 2026 in The Hindu, NewsGram; 29 Jan 2026 in 003',
    );
    const in003 = c5.timeline.find((e) => e.file.includes('003'))!.claimId;
    assert.equal(messageFor(c5, in003), 'Attacks began on 29 Jan 2026 here; 31 Jan 2026 in The Hindu, NewsGram');
  });

  it('C6: 003 contradicts itself, 197 against 177', () => {
    const [c6] = find('internal', 'militants killed');
    assert.deepEqual(figures(c6), ['003:177', '003:197']);
    assert.equal(
      c6.message,
      '003 gives 2 figures for militants killed: 177 (The Pakistani military) and 197 (state media)',
    );
  });

  it('hints at "Baloch" against "Balochistan Liberation Army"', () => {
    const [variant] = find('name-variant', 'BLA');
    assert.equal(
      variant.message,
      'One name, 2 spellings: "Baloch Liberation Army" in The Hindu, Tatkaal Khabar, NewsGram; "Balochistan Liberation Army" in 003, NewsGram',
    );
  });

  it('reports none of the look-alikes: attackers, durations, bodies, one-day and overnight counts, polio drive', () => {
    const involved = new Set(findings.flatMap((f) => f.claims).map((id) => claimById.get(id)?.text));
    for (const text of [
      'nearly 200 insurgents',
      'between 200 and 250',
      '1,000 to 2,000',
      '48 hours',
      '40-hour',
      'nearly 40 hours',
      'at least 167 bodies of militants',
      '92 fighters',
      '22 more militants',
      'around two dozen militants',
      'Over 45 Million Children',
      'at least 12 towns',
    ]) {
      assert.ok(!involved.has(text), `${text} must not be in a finding`);
    }
  });

  it('has stable ids that do not depend on where the claims sit', () => {
    const moved = seedDocuments();
    for (const doc of moved)
      for (const c of doc.claims) {
        c.line += 3;
        c.start += 100;
        c.end += 100;
      }
    assert.deepEqual(
      detectFindings(moved).map((f) => f.id),
      findings.map((f) => f.id),
    );
  });
});
