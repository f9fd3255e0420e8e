// Markdown read as Markdown, over hostile text mixed with Markdown constructs: the prose keeps every offset (same
// length; each character kept or blanked, line breaks between blocks kept), and every span of the analysis is
// sound in the file's own text.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeDocument, LineIndex } from '../../server/src/core';
import { readMarkdown } from '../../server/src/core/extract/markdown';
import { countRuns, hostileText, splitsSurrogatePair } from './arbitraries';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_206;
const RUNS = 300;

const MARKUP = [
  '# ',
  '## ',
  '\n\n',
  '\n',
  '\r\n',
  '- ',
  '* ',
  '1. ',
  '> ',
  '    ',
  '```\n',
  '\n```\n',
  '~~~',
  '`',
  '``',
  '**',
  '*',
  '_',
  '~~',
  '[',
  ']',
  '](',
  ')',
  '![',
  '<',
  '>',
  '<!-- ',
  ' -->',
  '<span data-n="31">',
  '</span>',
  '<div>\n',
  '\n</div>\n',
  '[^1]',
  '[^1]: ',
  '[ref]: http://example.com/77 "Title 78"\n',
  '| ',
  ' | ',
  ' |\n',
  '|---|---|\n',
  '---\n',
  '***\n',
  '\\',
  '&amp;',
  '&#31;',
  'https://x.org/31',
];
const markdownText = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
      { weight: 1, arbitrary: hostileText.map((t) => t.slice(0, 60)) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('property: Markdown prose over hostile text', function () {
  this.timeout(300_000);

  it(`keeps the length, keeps or blanks each character, and keeps line breaks between blocks (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const { prose, blocks } = readMarkdown(text);
        assert.equal(prose.length, text.length);
        let b = 0;
        for (let i = 0; i < text.length; i++) {
          while (b < blocks.length && blocks[b].end <= i) b++;
          const inBlock = b < blocks.length && blocks[b].start <= i;
          const code = text.charCodeAt(i);
          const seen = prose.charCodeAt(i);
          const lineBreak = code === 10 || code === 13;
          if (lineBreak) assert.equal(seen, inBlock ? 32 : code, `line break at ${i} of ${JSON.stringify(text)}`);
          else
            assert.ok(
              seen === code || seen === 32 || seen === 0xfffd,
              `character ${i} of ${JSON.stringify(text)} is neither kept nor blanked`,
            );
        }
        for (let k = 1; k < blocks.length; k++)
          assert.ok(blocks[k - 1].end <= blocks[k].start, `blocks overlap in ${JSON.stringify(text)}`);
      }),
      { numRuns: countRuns(RUNS), seed },
    );
  });

  it(`puts every span of a .md analysis inside the file's text, text = slice, ranges = LineIndex (${RUNS} runs)`, () => {
    let claims = 0;
    fc.assert(
      fc.property(markdownText, (text) => {
        const doc = analyzeDocument(text, 'fuzz.md');
        const lines = new LineIndex(text);
        for (const span of [...doc.claims, ...doc.attributions, ...doc.names, ...doc.eventDates]) {
          const where = `[${span.start}, ${span.end}) in ${JSON.stringify(text)}`;
          assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `outside the text: ${where}`);
          assert.ok(
            !splitsSurrogatePair(text, span.start) && !splitsSurrogatePair(text, span.end),
            `splits a surrogate pair: ${where}`,
          );
          assert.deepEqual(
            { line: span.line, character: span.character, endLine: span.endLine, endCharacter: span.endCharacter },
            lines.rangeOf(span.start, span.end),
            where,
          );
        }
        for (const claim of doc.claims) {
          claims++;
          assert.equal(claim.text, text.slice(claim.start, claim.end));
        }
      }),
      { numRuns: countRuns(RUNS), seed },
    );
    assert.ok(claims >= RUNS / 20, `only ${claims} claims in ${RUNS} runs`);
  });
});
