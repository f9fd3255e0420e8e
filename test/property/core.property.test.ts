// Properties of the analysis core over hostile text: never throws, ranges inside the text on UTF-16 boundaries,
// `text` equal to its slice, line/character consistent with LineIndex, ids unique, deterministic; findings only
// name claims that exist. Runs per property are stated in each `it` and totalled at the end.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument, detectFindings, LineIndex } from '../../server/src/core';
import type { DocumentAnalysis, Range, Span } from '../../server/src/core';
import { countRuns, hostileText, runTotals, seedTexts, splitsSurrogatePair } from './arbitraries';

const RUNS = {
  neverThrows: 1000,
  spans: 1000,
  deterministic: 300,
  findings: 150,
  lineIndex: 1000,
};

/** fast-check seed: fixed unless FC_SEED is set, so that a failure reproduces. */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_260_131;

interface NamedSpan extends Range, Span {
  kind: string;
  text?: string;
}

function spansOf(doc: DocumentAnalysis): NamedSpan[] {
  return [
    ...doc.claims.map((c) => ({ ...c, kind: `claim ${c.id}` })),
    ...doc.attributions.map((a) => ({ ...a, kind: `attribution "${a.source}"`, text: undefined })),
    ...doc.eventDates.map((d) => ({ ...d, kind: `event date ${d.id}` })),
    ...doc.names.map((n) => ({ ...n, kind: `name ${n.id}`, text: undefined })),
  ];
}

/** Every span inside the text, on code point boundaries, `text` equal to the slice, range equal to LineIndex's. */
let spansChecked = 0;

function assertSpansSound(text: string, doc: DocumentAnalysis): void {
  const lines = new LineIndex(text);
  for (const span of spansOf(doc)) {
    spansChecked++;
    const where = `${span.kind} [${span.start}, ${span.end}) in ${JSON.stringify(text)}`;
    assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `non-integer offsets: ${where}`);
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `outside the text: ${where}`);
    assert.ok(!splitsSurrogatePair(text, span.start), `start splits a surrogate pair: ${where}`);
    assert.ok(!splitsSurrogatePair(text, span.end), `end splits a surrogate pair: ${where}`);
    if (span.text !== undefined)
      assert.equal(span.text, text.slice(span.start, span.end), `text is not the slice: ${where}`);
    assert.deepEqual(
      { line: span.line, character: span.character, endLine: span.endLine, endCharacter: span.endCharacter },
      lines.rangeOf(span.start, span.end),
      `range disagrees with LineIndex: ${where}`,
    );
  }
}

function assertIdsUnique(doc: DocumentAnalysis): void {
  const ids = [...doc.claims.map((c) => c.id), ...doc.eventDates.map((d) => d.id), ...doc.names.map((n) => n.id)];
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(', ')}`);
}

describe('property: analyzeDocument over hostile text', function () {
  this.timeout(300_000);

  it('has an oracle that rejects a bad span (split emoji, text not the slice, wrong line)', () => {
    const text = '😀 At least 31 civilians were killed.';
    const doc = analyzeDocument(text, 'oracle.txt');
    const claim = { ...doc.claims[0], start: 1, end: 5, text: text.slice(1, 5), ...new LineIndex(text).rangeOf(1, 5) };
    assert.throws(() => assertSpansSound(text, { ...doc, claims: [claim] }), /start splits a surrogate pair/);
    assert.throws(
      () => assertSpansSound(text, { ...doc, claims: [{ ...claim, start: 3, text: 'x' }] }),
      /text is not the slice/,
    );
    assert.throws(
      () => assertSpansSound(text, { ...doc, claims: [{ ...claim, start: 3, text: text.slice(3, 5), line: 1 }] }),
      /range disagrees/,
    );
    assert.throws(
      () => assertSpansSound(text, { ...doc, claims: [{ ...claim, start: 3, end: 99 }] }),
      /outside the text/,
    );
  });

  it(`never throws and returns the document's name (${RUNS.neverThrows} runs)`, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const doc = analyzeDocument(text, 'fuzz.txt');
        assert.equal(doc.file, 'fuzz.txt');
      }),
      { numRuns: countRuns(RUNS.neverThrows), seed },
    );
  });

  it(`puts every span inside the text on UTF-16 code point boundaries, text = slice, ids unique (${RUNS.spans} runs)`, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const doc = analyzeDocument(text, 'fuzz.txt');
        assertSpansSound(text, doc);
        assertIdsUnique(doc);
        for (const claim of doc.claims) {
          assert.ok(
            claim.sentence.includes(claim.text) || claim.text.includes(claim.sentence),
            `claim ${claim.id} "${claim.text}" is not in its sentence "${claim.sentence}"`,
          );
          assert.ok(
            claim.repeatOf === null || doc.claims.some((c) => c.id === claim.repeatOf),
            `repeatOf names no claim: ${claim.repeatOf}`,
          );
        }
      }),
      { numRuns: countRuns(RUNS.spans), seed },
    );
    // Guard against a vacuous pass: the generator must produce text in which the extractor finds things.
    assert.ok(spansChecked >= RUNS.spans / 20, `only ${spansChecked} spans checked in ${RUNS.spans} runs`);
  });

  it(`is deterministic: the same text gives the same analysis (${RUNS.deterministic} runs)`, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        assert.deepEqual(analyzeDocument(text, 'a.txt'), analyzeDocument(text, 'a.txt'));
      }),
      { numRuns: countRuns(RUNS.deterministic), seed },
    );
  });

  it('keeps the seed reports sound, CRLF and BOM variants included (5 files × 4 variants)', () => {
    const texts = seedTexts();
    if (texts.length === 0) return;
    for (const original of texts) {
      for (const text of [
        original,
        original.replace(/\n/g, '\r\n'),
        '\uFEFF' + original,
        original.replace(/\n/g, '\r'),
      ]) {
        const doc = analyzeDocument(text, 'seed.txt');
        assertSpansSound(text, doc);
        assertIdsUnique(doc);
      }
    }
    countRuns(texts.length * 4);
  });
});

describe('property: detectFindings over hostile workspaces', function () {
  this.timeout(300_000);

  const workspace = fc.array(hostileText, { minLength: 1, maxLength: 5 });

  it(`never throws, names only existing claims, and is deterministic (${RUNS.findings} runs)`, () => {
    const seeds = seedTexts();
    fc.assert(
      fc.property(workspace, fc.boolean(), (texts, withSeeds) => {
        const all = withSeeds ? [...seeds.slice(0, 2), ...texts] : texts;
        const docs = all.map((text, i) => analyzeDocument(text, `doc${i}.txt`));
        const findings = detectFindings(docs);
        const ids = new Set(
          docs.flatMap((d) => [
            ...d.claims.map((c) => c.id),
            ...d.eventDates.map((e) => e.id),
            ...d.names.map((n) => n.id),
          ]),
        );
        for (const finding of findings) {
          for (const id of finding.claims) assert.ok(ids.has(id), `finding ${finding.id} names unknown id ${id}`);
          assert.ok(finding.message.length > 0, `finding ${finding.id} has no message`);
        }
        const findingIds = findings.map((f) => f.id);
        assert.equal(new Set(findingIds).size, findingIds.length, `duplicate finding ids: ${findingIds.join(', ')}`);
        assert.deepEqual(detectFindings(docs), findings);
      }),
      { numRuns: countRuns(RUNS.findings), seed },
    );
  });

  it('finds the same findings whatever the order of the files (seed workspace, 10 permutations)', () => {
    const seeds = seedTexts();
    if (seeds.length === 0) return;
    const docs = seeds.map((text, i) => analyzeDocument(text, `seed${i}.txt`));
    const reference = detectFindings(docs)
      .map((f) => f.id)
      .sort();
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), (shuffled) => {
        assert.deepEqual(
          detectFindings(shuffled)
            .map((f) => f.id)
            .sort(),
          reference,
        );
      }),
      { numRuns: countRuns(10), seed },
    );
  });
});

describe('property: LineIndex', () => {
  it(`round-trips offsets and positions, never splitting CRLF (${RUNS.lineIndex} runs)`, () => {
    fc.assert(
      fc.property(hostileText, fc.nat(), (text, raw) => {
        const index = new LineIndex(text);
        const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
        assert.equal(index.lineCount, breaks + 1);
        const offset = raw % (text.length + 1);
        const position = index.positionAt(offset);
        const back = index.offsetAt(position);
        const insideCrlf = offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n';
        // An offset between \r and \n is not a position on any line's content; it maps to the end of the line.
        assert.equal(back, insideCrlf ? offset - 1 : offset);
        assert.ok(position.line < index.lineCount && position.character >= 0);
        assert.deepEqual(index.positionAt(text.length), index.positionAt(text.length + 10));
      }),
      { numRuns: countRuns(RUNS.lineIndex), seed },
    );
  });
});

after(() => {
  if (runTotals.properties > 0)
    console.log(
      `\n      property totals: ${runTotals.properties} properties, ${runTotals.cases} generated cases, ${spansChecked} spans checked`,
    );
});
