// Differential test of the incremental WorkspaceIndex: after every step of a random sequence of edits, opens and
// deletes over the seed reports, the index's findings equal detectFindings() over the same documents from
// scratch, and every file whose findings changed is among the files the step reported (so that a server that
// republishes only those never leaves stale diagnostics). The same holds for an index restored, at a random step,
// from a snapshot of another that went through JSON (as the server's persisted one does).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument, detectFindings, WorkspaceIndex } from '../../server/src/core';
import type { DocumentAnalysis } from '../../server/src/core';
import { applyEdit, countRuns, editArbitrary, newsText, resolveEdit, seedTexts } from './arbitraries';

const RUNS = 25;
const STEPS = 12;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_260_131;

const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      file: fc.nat(6),
      edits: fc.array(editArbitrary, { minLength: 1, maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), file: fc.nat(6), text: newsText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), file: fc.nat(6) }) },
);

function findingsByFile(index: WorkspaceIndex, files: string[]): Map<string, string> {
  return new Map(files.map((file) => [file, JSON.stringify(index.findingsForFile(file))]));
}

describe('property: WorkspaceIndex incremental = from scratch', function () {
  this.timeout(600_000);

  it(`after random edit sequences (${RUNS} runs × ${STEPS} steps over the seed reports)`, function () {
    const seeds = seedTexts();
    if (seeds.length === 0) this.skip();
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: STEPS }),
        fc.option(fc.nat(STEPS), { nil: undefined }),
        (steps, restoreAt) => {
          const texts = new Map<string, string>();
          seeds.forEach((text, i) => texts.set(`doc${i}.txt`, text));
          const docs = new Map<string, DocumentAnalysis>();
          let index = new WorkspaceIndex();
          for (const [file, text] of texts) {
            const doc = analyzeDocument(text, file);
            docs.set(file, doc);
            index.set(doc);
          }
          const universe = () => Array.from({ length: 7 }, (_, i) => `doc${i}.txt`);
          for (const [n, s] of steps.entries()) {
            if (n === restoreAt) {
              const restored = new WorkspaceIndex();
              const snapshot = JSON.parse(JSON.stringify(index.snapshot()));
              assert.equal(
                restored.restore(snapshot, (f) => docs.get(f)),
                true,
              );
              assert.deepEqual(restored.findings(), index.findings(), 'findings of the restored index differ');
              assert.deepEqual(findingsByFile(restored, universe()), findingsByFile(index, universe()));
              index = restored;
            }
            const file = `doc${s.file}.txt`;
            const before = findingsByFile(index, universe());
            let reported: string[];
            if (s.kind === 'delete') {
              texts.delete(file);
              docs.delete(file);
              reported = index.delete(file);
            } else {
              let text = s.kind === 'replace' ? s.text : (texts.get(file) ?? '');
              if (s.kind === 'edit') for (const edit of s.edits) text = applyEdit(text, resolveEdit(text, edit));
              texts.set(file, text);
              const doc = analyzeDocument(text, file);
              docs.set(file, doc);
              reported = index.set(doc);
            }
            const scratch = detectFindings([...docs.values()].sort((a, b) => a.file.localeCompare(b.file)));
            assert.deepEqual(index.findings(), scratch, `findings differ from scratch after ${s.kind} of ${file}`);
            const after = findingsByFile(index, universe());
            const missed = universe().filter((f) => before.get(f) !== after.get(f) && !reported.includes(f));
            assert.deepEqual(
              missed,
              [],
              `files whose findings changed but were not reported after ${s.kind} of ${file}`,
            );
          }
        },
      ),
      { numRuns: countRuns(RUNS), seed },
    );
  });
});
