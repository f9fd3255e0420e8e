import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings, WorkspaceIndex, type DocumentAnalysis } from '../../server/src/core';
import { seedTexts } from '../property/arbitraries';
import { BALOCHISTAN, doc, FLOODS } from './fixtures/engine/builders';
import { seedDocuments } from './fixtures/engine/seeds';

function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

describe('WorkspaceIndex', () => {
  it('gives exactly what detectFindings gives from scratch, whatever the order of sets and deletes', () => {
    const seeds = seedDocuments();
    const expected = detectFindings(seeds);
    for (const seed of [1, 2, 3]) {
      const index = new WorkspaceIndex();
      for (const d of shuffled(seeds, seed)) index.set(d);
      assert.deepEqual(index.findings(), expected);
      const removed = shuffled(seeds, seed + 10)[0];
      index.delete(removed.file);
      assert.deepEqual(index.findings(), detectFindings(seeds.filter((d) => d.file !== removed.file)));
      index.set(removed);
      assert.deepEqual(index.findings(), expected);
    }
  });

  it('gives the same findings when documents were prepared ahead, and prepares again under a newer configuration', () => {
    const seeds = seedDocuments();
    const ahead = new WorkspaceIndex();
    for (const d of seeds) ahead.prepareAhead(d);
    ahead.setMany(seeds);
    assert.deepEqual(ahead.findings(), detectFindings(seeds));

    const reconfigured = new WorkspaceIndex();
    for (const d of seeds) reconfigured.prepareAhead(d);
    // Synonyms change how a document is prepared (its units): the documents prepared before are prepared again.
    const merged = { synonyms: { militant: ['civilian'] } };
    reconfigured.setConfig(merged);
    reconfigured.setMany(seeds);
    const expected = detectFindings(seeds, merged);
    assert.notDeepEqual(expected, detectFindings(seeds));
    assert.deepEqual(reconfigured.findings(), expected);
  });

  it('restored from a snapshot (through JSON), prepares a document only when a bucket of its is recomputed', () => {
    const seeds = seedDocuments();
    const original = new WorkspaceIndex();
    original.setMany(seeds);
    const snapshot = JSON.parse(JSON.stringify(original.snapshot()));
    const asked: string[] = [];
    const byFile = new Map(seeds.map((d) => [d.file, d]));
    const restored = new WorkspaceIndex();
    assert.equal(
      restored.restore(snapshot, (file) => (asked.push(file), byFile.get(file))),
      true,
    );
    assert.deepEqual(restored.findings(), detectFindings(seeds));
    assert.deepEqual(restored.files(), original.files());
    assert.deepEqual(
      seeds.map((d) => restored.findingsForFile(d.file)),
      seeds.map((d) => original.findingsForFile(d.file)),
    );
    assert.equal(asked.length, 0, 'no document was prepared to give the findings');

    // A new file that shares no bucket with the others prepares nothing else.
    const lone = doc('lone.txt', {});
    restored.set(lone);
    assert.equal(asked.length, 0);
    // An edit to one seed recomputes its buckets: the documents in them are prepared, the findings are fresh ones.
    const edited = { ...seeds[0], claims: seeds[0].claims.slice(1) };
    restored.set(edited);
    assert.ok(asked.length > 0 && !asked.includes(seeds[0].file), `prepared: ${asked.join(', ')}`);
    const now = [edited, ...seeds.slice(1), lone];
    assert.deepEqual(restored.findings(), detectFindings(now));
    assert.equal(restored.preparePending(Infinity), 0);
    assert.deepEqual(
      [...new Set(asked)].sort(),
      seeds
        .slice(1)
        .map((d) => d.file)
        .sort(),
      'each document prepared once, when first needed',
    );
  });

  it('refuses a snapshot of another configuration or a malformed one, and keeps what it had', () => {
    const seeds = seedDocuments();
    const original = new WorkspaceIndex();
    original.setMany(seeds);
    const snapshot = original.snapshot();
    const other = new WorkspaceIndex({ severities: { revision: 'off' } as never });
    other.set(seeds[0]);
    const before = other.findings();
    assert.equal(
      other.restore(snapshot, () => undefined),
      false,
    );
    for (const broken of [
      { ...snapshot, buckets: null },
      { ...snapshot, kinds: undefined },
      { ...snapshot, kinds: { ...snapshot.kinds, quantity: snapshot.kinds.quantity + 1 } },
      { ...snapshot, files: [{ file: 'a.txt', buckets: [snapshot.buckets.length] }] },
      { ...snapshot, results: [{ bucket: 0, findings: [{}], files: [[]] }] },
      { ...snapshot, results: [{ bucket: 0, findings: [], files: [['a.txt']] }] },
    ]) {
      const fresh = new WorkspaceIndex();
      fresh.set(seeds[0]);
      const had = fresh.findings();
      assert.equal(
        fresh.restore(broken as never, () => undefined),
        false,
        JSON.stringify(broken).slice(0, 200),
      );
      assert.deepEqual(fresh.findings(), had);
    }
    assert.deepEqual(other.findings(), before);
  });

  it('after an edit that moves no span (a figure of the same width), recomputes what depends on it, parts of totals too', function () {
    const texts = seedTexts();
    if (texts.length === 0) this.skip();
    const docs = texts.map((text, i) => analyzeDocument(text, `doc${i}.txt`));
    const index = new WorkspaceIndex();
    index.setMany(docs);
    const at = texts.findIndex((t) => t.includes('at least 18 civilians'));
    const edited = analyzeDocument(texts[at].replace('at least 18 civilians', 'at least 19 civilians'), `doc${at}.txt`);
    assert.deepEqual(
      edited.claims.map((c) => c.id),
      docs[at].claims.map((c) => c.id),
      'no span moved',
    );
    const before = JSON.stringify(index.findings());
    const changed = index.set(edited);
    const now = docs.map((d, i) => (i === at ? edited : d));
    assert.deepEqual(index.findings(), detectFindings(now));
    assert.notEqual(JSON.stringify(index.findings()), before);
    assert.ok(
      index.findings().some((f) => f.message.includes('19')),
      'the edited figure is in a finding',
    );
    assert.ok(changed.includes(`doc${at}.txt`));
  });

  it("reports which files' findings changed, and only those", () => {
    const a = doc('a.txt', { claims: [{ value: 18, unit: 'civilians' }], story: BALOCHISTAN });
    const b = doc('b.txt', { claims: [{ value: 31, unit: 'civilians' }], story: BALOCHISTAN });
    const c = doc('c.txt', {
      claims: [{ value: 12, unit: 'civilians', sentence: 'Police in Dhaka said 12 civilians were killed in Sylhet.' }],
      story: FLOODS,
    });
    const index = new WorkspaceIndex();
    assert.deepEqual(index.set(a), []);
    assert.deepEqual(index.set(b), ['a.txt', 'b.txt']);
    assert.deepEqual(index.set(c), [], 'an unrelated story changes nothing');
    assert.deepEqual(index.findingsForFile('c.txt'), []);
    assert.equal(index.findingsForFile('a.txt').length, 1);
    const agreeing = doc('b.txt', { claims: [{ value: 18, unit: 'civilians' }], story: BALOCHISTAN });
    assert.deepEqual(index.set(agreeing), ['a.txt', 'b.txt']);
    assert.deepEqual(index.findings(), []);
    assert.deepEqual(index.set(b), ['a.txt', 'b.txt']);
    assert.deepEqual(index.delete('a.txt'), ['a.txt', 'b.txt']);
    assert.deepEqual(index.findingsForFile('b.txt'), []);
    assert.deepEqual(index.delete('missing.txt'), []);
  });

  it('reports a file whose claims moved even though the finding id stays', () => {
    const index = new WorkspaceIndex();
    index.setMany([
      doc('a.txt', { claims: [{ value: 18, unit: 'civilians' }], story: BALOCHISTAN }),
      doc('b.txt', { claims: [{ value: 31, unit: 'civilians' }], story: BALOCHISTAN }),
    ]);
    const id = index.findings()[0].id;
    assert.deepEqual(
      index.set(doc('a.txt', { claims: [{ value: 18, unit: 'civilians', line: 7 }], story: BALOCHISTAN })),
      ['a.txt', 'b.txt'],
    );
    assert.equal(index.findings()[0].id, id);
    assert.deepEqual(index.findings()[0].claims, ['a.txt:7:25', 'b.txt:1:25']);
  });

  it("stays equal to a fresh run when edits keep a document's names (cached story groups) or change its figures", () => {
    const seeds = seedDocuments();
    const index = new WorkspaceIndex();
    index.setMany(seeds);
    const edited = seeds.map((d) => ({ ...d }));
    edited[1] = {
      ...seeds[1],
      claims: seeds[1].claims.map((c) =>
        c.value.stated === 18 ? { ...c, value: { stated: 31, low: 31, high: null }, text: 'at least 31 civilians' } : c,
      ),
    };
    index.set(edited[1]);
    assert.deepEqual(index.findings(), detectFindings(edited));
    assert.equal(
      index.findings().some((f) => f.kind === 'conflict' && f.subject === 'civilians killed'),
      false,
    );
    edited[3] = { ...seeds[3], keywords: ['floods', 'dhaka', 'sylhet', 'bangladesh', 'meghna'] };
    index.set(edited[3]);
    assert.deepEqual(index.findings(), detectFindings(edited));
    index.set(seeds[1]);
    index.set(seeds[3]);
    assert.deepEqual(index.findings(), detectFindings(seeds));
  });

  it('recomputes everything for a new configuration', () => {
    const index = new WorkspaceIndex();
    index.setMany(seedDocuments());
    assert.ok(index.setConfig({ ignore: ['conflict'] }).length > 0);
    assert.deepEqual(
      index.findings().filter((f) => f.kind === 'conflict'),
      [],
    );
    assert.deepEqual(index.findings(), detectFindings(seedDocuments(), { ignore: ['conflict'] }));
  });

  it('applies a suppression added to one document to the claims it covers only, and keeps the finding while others disagree', () => {
    const docs = seedDocuments();
    const index = new WorkspaceIndex();
    index.setMany(docs);
    const civilians = () => index.findings().find((f) => f.subject === 'civilians killed' && f.kind === 'conflict');
    const before = civilians()!;
    // 001 says 18 twice (lines 7 and 17): a marker over line 7 leaves the other 18 to disagree with the 31s.
    const oneParagraph: DocumentAnalysis = {
      ...docs[1],
      suppressions: [{ line: 6, fromLine: 7, toLine: 7, targets: [before.id] }],
    };
    index.set(oneParagraph);
    assert.deepEqual(
      civilians()!.claims,
      before.claims.filter((id) => id !== 'seeds/001_2f94e5660727e969.txt:7:48'),
    );
    assert.equal(civilians()!.id, before.id);
    assert.deepEqual(index.findings(), detectFindings([docs[0], oneParagraph, ...docs.slice(2)]));
    assert.equal(
      index.findings().some((f) => f.subject === 'security personnel killed' && f.kind === 'conflict'),
      true,
    );
    // Both of 001's paragraphs: no figure disagrees with the 31s any more, so nothing is left to report.
    const both: DocumentAnalysis = {
      ...docs[1],
      suppressions: [...oneParagraph.suppressions!, { line: 16, fromLine: 17, toLine: 17, targets: ['conflict'] }],
    };
    const changed = index.set(both);
    assert.deepEqual(
      changed.map((f) => f.slice(6, 9)),
      ['000', '001', '002', '003', '004'],
    );
    assert.equal(civilians(), undefined);
    assert.deepEqual(index.findings(), detectFindings([docs[0], both, ...docs.slice(2)]));
  });
});
