import { strict as assert } from 'node:assert';
import { analyzeDocument, findMarkers, findSuppressions } from '../../server/src/core';
import { notComparableEdit, suppressionEdit } from '../../server/src/core/citations';

describe('inline crosscheck-ignore markers', () => {
  it('reads a Markdown comment on its own line as covering the next paragraph', () => {
    const text =
      'intro\n\n<!-- crosscheck-ignore conflict, date -->\n\n18 civilians were killed.\nSecond line.\n\nNext paragraph.';
    assert.deepEqual(findSuppressions(text, true), [
      { line: 2, fromLine: 4, toLine: 5, targets: ['conflict', 'date'] },
    ]);
  });

  it('reads a Markdown comment that ends a line as covering that paragraph', () => {
    const text = 'First line.\n18 civilians were killed. <!-- crosscheck-ignore -->\n\nOther.';
    assert.deepEqual(findSuppressions(text), [{ line: 1, fromLine: 0, toLine: 1, targets: [] }]);
  });

  it('reads a plain-text marker line, with CRLF line ends', () => {
    const text = 'crosscheck-ignore: conflict/militants-killed\r\n177 militants were killed.\r\n\r\nOther.';
    assert.deepEqual(findSuppressions(text), [
      { line: 0, fromLine: 1, toLine: 1, targets: ['conflict/militants-killed'] },
    ]);
  });

  it('reads file-wide markers in both syntaxes', () => {
    assert.deepEqual(findSuppressions('a\n<!-- crosscheck-ignore-file name-variant -->\nb'), [
      { line: 1, fromLine: 0, toLine: 2, targets: ['name-variant'] },
    ]);
    assert.deepEqual(findSuppressions('a\ncrosscheck-ignore-file:\nb\nc'), [
      { line: 1, fromLine: 0, toLine: 3, targets: [] },
    ]);
  });

  it('ignores the word in running prose', () => {
    assert.deepEqual(findSuppressions('We never write crosscheck-ignore in a sentence.'), []);
  });

  it('is composed into analyzeDocument', () => {
    assert.deepEqual(analyzeDocument('crosscheck-ignore: date\n31 January 2026', 'a.txt').suppressions, [
      { line: 0, fromLine: 1, toLine: 1, targets: ['date'] },
    ]);
  });

  it('in plain text without blank lines, covers the paragraph after the marker (a line), never the rest of the file', () => {
    const text =
      'Source The Hindu\ncrosscheck-ignore: conflict/militants-killed/0da3077f\nTroops killed 177 militants.\nA Weekend of Chaos\nOfficials said 145 militants died.';
    assert.deepEqual(findSuppressions(text), [
      { line: 1, fromLine: 2, toLine: 2, targets: ['conflict/militants-killed/0da3077f'] },
    ]);
    // Read as Markdown, the same lines are one block.
    assert.deepEqual(findSuppressions(text, true), [
      { line: 1, fromLine: 2, toLine: 4, targets: ['conflict/militants-killed/0da3077f'] },
    ]);
  });

  it('reads markers stacked before one paragraph as covering it, each', () => {
    const text =
      'Title.\ncrosscheck-ignore: conflict/militants-killed/36b693c2\ncrosscheck-not-comparable: 40\nPolice said 40 people and 177 militants died.\nOther.';
    assert.deepEqual(findMarkers(text), {
      suppressions: [{ line: 1, fromLine: 3, toLine: 3, targets: ['conflict/militants-killed/36b693c2'] }],
      notComparable: [{ line: 2, fromLine: 3, toLine: 3, figure: '40' }],
      markerLines: [1, 2],
    });
    // A second marker from the light bulb goes right before the paragraph, after the first.
    const at = text.indexOf('177');
    assert.deepEqual(suppressionEdit(text, at, 'date', false), {
      start: text.indexOf('Police'),
      end: text.indexOf('Police'),
      newText: 'crosscheck-ignore: date\n',
    });
  });

  it('in plain text, covers a soft-wrapped paragraph to its end', () => {
    const text = 'crosscheck-ignore: conflict\nTroops killed 177 militants in the\nnorth of the province.\nOther news.';
    assert.deepEqual(findSuppressions(text), [{ line: 0, fromLine: 1, toLine: 2, targets: ['conflict'] }]);
  });

  it('reads not-comparable marks with the figure they name, in both syntaxes', () => {
    assert.deepEqual(
      findMarkers('crosscheck-not-comparable: 40 Militants\nPolice said 40 militants were held.\nOther.'),
      {
        suppressions: [],
        notComparable: [{ line: 0, fromLine: 1, toLine: 1, figure: '40 militants' }],
        markerLines: [0],
      },
    );
    assert.deepEqual(findMarkers('<!-- crosscheck-not-comparable -->\n\nPolice said 40 militants were held.\n', true), {
      suppressions: [],
      notComparable: [{ line: 0, fromLine: 2, toLine: 2, figure: null }],
      markerLines: [0],
    });
    // A comment that ends a line of prose leaves the line's figures to be read.
    assert.deepEqual(
      findMarkers('Police said 40 militants were held. <!-- crosscheck-not-comparable 40 -->\n', true).markerLines,
      [],
    );
  });

  it('takes no claim from a marker line', () => {
    const doc = analyzeDocument(
      'crosscheck-not-comparable: 40 militants\n40 militants were killed in Quetta on Monday.',
      'a.txt',
    );
    assert.deepEqual(
      doc.claims.map((c) => [c.line, c.text]),
      [[1, '40 militants']],
    );
    assert.deepEqual(doc.notComparable, [{ line: 0, fromLine: 1, toLine: 1, figure: '40 militants' }]);
  });

  it('puts the marker before the claim’s own line in a plain text without blank lines, and it then covers that line', () => {
    const text = 'Source The Hindu\nTroops killed 177 militants.\nOfficials said 145 militants died.\n';
    const at = text.indexOf('145');
    const edit = suppressionEdit(text, at, 'conflict/militants-killed/0da3077f', false);
    assert.deepEqual(edit, {
      start: text.indexOf('Officials'),
      end: text.indexOf('Officials'),
      newText: 'crosscheck-ignore: conflict/militants-killed/0da3077f\n',
    });
    const edited = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.deepEqual(findSuppressions(edited), [
      { line: 2, fromLine: 3, toLine: 3, targets: ['conflict/militants-killed/0da3077f'] },
    ]);
    assert.deepEqual(notComparableEdit(text, { start: at, text: '145 militants' }, false), {
      start: text.indexOf('Officials'),
      end: text.indexOf('Officials'),
      newText: 'crosscheck-not-comparable: 145 militants\n',
    });
    // In Markdown, lines without a blank line between them are one paragraph.
    assert.deepEqual(notComparableEdit(text, { start: at, text: '145 militants' }, true), {
      start: 0,
      end: 0,
      newText: '<!-- crosscheck-not-comparable 145 militants -->\n',
    });
  });
});
