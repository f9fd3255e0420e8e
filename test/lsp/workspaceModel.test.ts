// The server's workspace model re-uses an analysis when a file gets back a text it was analysed from: opening
// an indexed file unchanged, closing an edited document (its disk text), re-opening the edited text.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core';
import { hashOfText, quantityKeyOf, WorkspaceModel } from '../../server/src/service/workspace';
import { seedDocuments } from '../core/fixtures/engine/seeds';

const FOLDER = { uri: 'file:///ws', path: '/ws', name: 'ws' };
const URI = 'file:///ws/a.txt';
const KEY = '/ws/a.txt';
const DISK = 'At least 145 militants were killed, the minister said.\n';
const EDITED = 'At least 177 militants were killed, the minister said.\n';
const OTHER = 'Officials said 177 militants were killed.\n';

function modelWithIndexedFile(): WorkspaceModel {
  const model = new WorkspaceModel();
  model.setFolders([FOLDER]);
  model.set(URI, { analysis: analyzeDocument(DISK, 'a.txt') });
  model.set('file:///ws/b.txt', { text: OTHER });
  model.takeChangedFiles();
  return model;
}

/** The findings of a model that analysed both texts from scratch. */
function freshFindings(textOfA: string): unknown {
  const model = new WorkspaceModel();
  model.setFolders([FOLDER]);
  model.set(URI, { text: textOfA });
  model.set('file:///ws/b.txt', { text: OTHER });
  return model.findings();
}

describe('workspace model: analyses re-used for texts already analysed', () => {
  it('opens an indexed file whose disk text it was told without analysing it again, and marks only its open state changed', () => {
    const model = modelWithIndexedFile();
    assert.equal(model.get(KEY)?.textHash, null);
    model.noteTextHash(KEY, hashOfText(DISK));
    const indexed = model.get(KEY)!.analysis;
    const findings = model.findings();
    model.set(URI, { text: DISK }, true);
    const opened = model.get(KEY)!;
    assert.equal(opened.analysis, indexed);
    assert.equal(opened.open, true);
    assert.equal(opened.text, DISK);
    assert.equal(model.findings(), findings, 'the engine was not asked to recompute');
    assert.deepEqual([...(model.takeChangedFiles() as Set<string>)], ['a.txt']);
  });

  it('takes the disk analysis back when an edited document closes, and the edited one when it is opened again', () => {
    const model = modelWithIndexedFile();
    model.noteTextHash(KEY, hashOfText(DISK));
    const indexed = model.get(KEY)!.analysis;
    model.set(URI, { text: EDITED }, true);
    const edited = model.get(KEY)!.analysis;
    assert.notEqual(edited, indexed);
    assert.deepEqual(
      edited.claims.map((c) => c.text),
      analyzeDocument(EDITED, 'a.txt').claims.map((c) => c.text),
    );
    model.set(URI, { text: DISK });
    assert.equal(model.get(KEY)!.analysis, indexed);
    assert.equal(model.get(KEY)!.open, false);
    assert.deepEqual(model.findings(), freshFindings(DISK));
    model.set(URI, { text: EDITED }, true);
    assert.equal(model.get(KEY)!.analysis, edited);
    assert.deepEqual(model.findings(), freshFindings(EDITED));
  });

  it('analyses afresh after the file was deleted, and when the text is new', () => {
    const model = modelWithIndexedFile();
    model.noteTextHash(KEY, hashOfText(DISK));
    const indexed = model.get(KEY)!.analysis;
    model.delete(KEY);
    model.set(URI, { text: DISK }, true);
    assert.notEqual(model.get(KEY)!.analysis, indexed);
    assert.deepEqual(model.get(KEY)!.analysis, { ...indexed });
    const before = model.get(KEY)!.analysis;
    model.set(URI, { text: DISK + 'More.\n' }, true);
    assert.notEqual(model.get(KEY)!.analysis, before);
  });
});

describe('workspace model: restored from a snapshot, files decoded when first needed', () => {
  // The seed reports (built analyses) and a report of something else.
  const analyses = [
    ...seedDocuments(),
    analyzeDocument('Floods left 40 people dead in the north, officials said.\n', 'floods.txt'),
  ];
  const items = (decoded: string[]) =>
    analyses.map((analysis) => ({
      path: `/ws/${analysis.file}`,
      file: analysis.file,
      contentHash: `hash-of-${analysis.file}`,
      analysis: () => (decoded.push(analysis.file), analysis),
    }));

  function restoredModel(decoded: string[]): WorkspaceModel {
    const first = new WorkspaceModel();
    first.setFolders([FOLDER]);
    first.setIndexed(items([]), null);
    const snapshot = JSON.parse(JSON.stringify(first.snapshot()));
    const model = new WorkspaceModel();
    model.setFolders([FOLDER]);
    assert.deepEqual(model.setIndexed(items(decoded), snapshot), { restored: true, analysed: 0 });
    return model;
  }

  it('gives the findings of the snapshot without decoding a file', () => {
    const decoded: string[] = [];
    const model = restoredModel(decoded);
    const fresh = new WorkspaceModel();
    fresh.setFolders([FOLDER]);
    fresh.setIndexed(items([]), null);
    assert.ok(model.findings().length >= 5);
    assert.deepEqual(model.findings(), fresh.findings());
    assert.deepEqual(decoded, []);
  });

  it("decodes for span() only the span's file, and for sameQuantity only the files with claims of that quantity", () => {
    const decoded: string[] = [];
    const model = restoredModel(decoded);
    const finding = model.findings().find((f) => f.kind === 'conflict')!;
    const id = finding.claims[0];
    const span = model.span(id)!;
    assert.equal(span.id, id);
    assert.deepEqual(decoded, [span.entry.file]);
    const key = quantityKeyOf(span.claim!)!;
    const expected = analyses
      .flatMap((a) => a.claims)
      .filter((c) => quantityKeyOf(c) === key)
      .map((c) => c.id)
      .sort();
    assert.ok(expected.length >= 3);
    assert.deepEqual(
      model
        .sameQuantity(span.claim!)
        .map((c) => c.id)
        .sort(),
      expected,
    );
    const withQuantity = analyses.filter((a) => a.claims.some((c) => quantityKeyOf(c) === key)).map((a) => a.file);
    assert.deepEqual([...decoded].sort(), [...new Set([span.entry.file, ...withQuantity])].sort());
    assert.ok(!decoded.includes('floods.txt'));
  });

  it('reads the workspace again (no snapshot) over files still undecoded, and over a file deleted meanwhile', () => {
    const decoded: string[] = [];
    const model = restoredModel(decoded);
    const fresh = new WorkspaceModel();
    fresh.setFolders([FOLDER]);
    fresh.setIndexed(items([]), null);
    model.delete(`/ws/${analyses[0].file}`);
    const decodedBefore = [...decoded];
    assert.deepEqual(model.setIndexed(items([]), null), { restored: false, analysed: analyses.length });
    assert.deepEqual(model.findings(), fresh.findings());
    assert.deepEqual(
      model
        .all()
        .map((e) => e.analysis.file)
        .sort(),
      analyses.map((a) => a.file).sort(),
    );
    assert.deepEqual(decoded, decodedBefore, "the first run's sources are not asked once the files are read again");
  });
});
