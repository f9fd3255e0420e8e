import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/core';

describe('LineIndex', () => {
  it('counts CRLF, LF and lone CR as one line break each', () => {
    const index = new LineIndex('a\r\nb\nc\rd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
  });

  it('measures characters in UTF-16 code units (an emoji is two)', () => {
    const index = new LineIndex('😀 31 civilians');
    assert.deepEqual(index.positionAt(3), { line: 0, character: 3 });
    assert.equal(index.offsetAt({ line: 0, character: 3 }), 3);
  });

  it('clamps positions past the end of a line to the end of its content', () => {
    const index = new LineIndex('ab\ncd');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
  });
});
