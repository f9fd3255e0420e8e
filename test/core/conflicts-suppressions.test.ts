import { strict as assert } from 'node:assert';
import { analyzeDocument, findSuppressions } from '../../server/src/core';

describe('inline crosscheck-ignore markers', () => {
  it('reads a Markdown comment on its own line as covering the next paragraph', () => {
    const text = 'intro\n\n<!-- crosscheck-ignore conflict, date -->\n\n18 civilians were killed.\nSecond line.\n\nNext paragraph.';
    assert.deepEqual(findSuppressions(text), [{ line: 2, fromLine: 4, toLine: 5, targets: ['conflict', 'date'] }]);
  });

  it('reads a Markdown comment that ends a line as covering that paragraph', () => {
    const text = 'First line.\n18 civilians were killed. <!-- crosscheck-ignore -->\n\nOther.';
    assert.deepEqual(findSuppressions(text), [{ line: 1, fromLine: 0, toLine: 1, targets: [] }]);
  });

  it('reads a plain-text marker line, with CRLF line ends', () => {
    const text = 'crosscheck-ignore: conflict/militants-killed\r\n177 militants were killed.\r\n\r\nOther.';
    assert.deepEqual(findSuppressions(text), [{ line: 0, fromLine: 1, toLine: 1, targets: ['conflict/militants-killed'] }]);
  });

  it('reads file-wide markers in both syntaxes', () => {
    assert.deepEqual(findSuppressions('a\n<!-- crosscheck-ignore-file name-variant -->\nb'), [{ line: 1, fromLine: 0, toLine: 2, targets: ['name-variant'] }]);
    assert.deepEqual(findSuppressions('a\ncrosscheck-ignore-file:\nb\nc'), [{ line: 1, fromLine: 0, toLine: 3, targets: [] }]);
  });

  it('ignores the word in running prose', () => {
    assert.deepEqual(findSuppressions('We never write crosscheck-ignore in a sentence.'), []);
  });

  it('is composed into analyzeDocument', () => {
    assert.deepEqual(analyzeDocument('crosscheck-ignore: date\n31 January 2026', 'a.txt').suppressions, [{ line: 0, fromLine: 1, toLine: 1, targets: ['date'] }]);
  });
});
