// Markdown read as Markdown: code, HTML, URLs, footnote markers and reference definitions are never claims;
// headings, list items, quotes, footnote text and table cells (with their headers) are prose; positions stay
// those of the file.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/core';
import type { Claim } from '../../server/src/core';
import { readMarkdown } from '../../server/src/core/extract/markdown';

const NOTE = fs.readFileSync(path.join(__dirname, 'fixtures', 'markdown', 'note.md'), 'utf8');

function summary(text: string, c: Claim): unknown[] {
  return [
    text.slice(c.start, c.end),
    c.line,
    c.character,
    c.value.stated,
    c.unitKey,
    c.predicate,
    c.attribution?.source ?? null,
  ];
}

/** The claims of note.md, written from the fixture by hand: [text, line, character, value, unit, predicate, source]. */
const NOTE_CLAIMS = [
  ['177 militants', 6, 22, 177, 'militant', 'killed', null],
  ['at least 145 militants', 8, 25, 145, 'militant', 'killed', 'the military'],
  ['two days', 8, 53, 2, 'day', null, 'the military'],
  ['12', 20, 9, 12, null, 'killed', 'Dawn'],
  ['40 homes', 23, 2, 40, 'home', null, null],
  ['12 schools', 24, 17, 12, 'school', null, 'officials'],
  ['23 suspects', 26, 19, 23, 'suspect', 'arrested', null],
  ['31 civilians', 28, 38, 31, 'civilian', 'killed', 'Interior Minister Mohsin Naqvi'],
  ['145', 32, 14, 145, 'militant', 'killed', null],
  ['31', 33, 14, 31, 'civilian', 'killed', null],
  ['12', 33, 19, 12, 'civilian', 'wounded', null],
  ['92', 35, 21, 92, 'militant', 'killed', null],
  ['17 security personnel', 38, 37, 17, 'security personnel', 'killed', 'The provincial government'],
];

describe('Markdown', () => {
  it('reads every construct of a note: the claims of its prose, and none from code, HTML, URLs or footnote markers', () => {
    const doc = analyzeDocument(NOTE, 'note.md');
    assert.deepEqual(
      doc.claims.map((c) => summary(NOTE, c)),
      NOTE_CLAIMS,
    );
    assert.deepEqual(doc.meta, {
      title: 'Quetta attacks, day two',
      outlet: 'Field Notes',
      author: null,
      date: '2026-02-03',
      url: null,
    });
  });

  it('gives the same claims at the same lines and characters with CRLF line ends', () => {
    const crlf = NOTE.replace(/\n/g, '\r\n');
    assert.deepEqual(
      analyzeDocument(crlf, 'note.md').claims.map((c) => summary(crlf, c)),
      NOTE_CLAIMS,
    );
  });

  it('reads the same text as plain text when the file is not Markdown (the figures of code and HTML included)', () => {
    const texts = analyzeDocument(NOTE, 'note.txt').claims.map((c) => c.text);
    for (const hidden of ['250', '314', 'draft: 99', '17 soldiers', '55 casualties']) {
      assert.ok(
        texts.some((t) => t.includes(hidden)),
        `${hidden} in ${texts.join(' | ')}`,
      );
    }
  });

  it('blanks what is not prose with spaces of the same length, and keeps line breaks between blocks', () => {
    const text = '# Toll: 5\n\nSee `x = 3` and <b title="7">8</b> [link 9](http://a/10)[^2].\n\n[^2]: Note 11.\n';
    const { prose } = readMarkdown(text);
    assert.equal(prose.length, text.length);
    const blanks = (n: number): string => ' '.repeat(n);
    assert.equal(
      prose,
      `${blanks(2)}Toll: 5\n\nSee ${blanks(7)} and ${blanks(13)}8${blanks(4)} ${blanks(1)}link 9${blanks(14 + 4)}.\n\n${blanks(6)}Note 11.\n`,
    );
  });

  it('joins the lines of a wrapped paragraph and never runs a sentence from one list item into the next', () => {
    const doc = analyzeDocument(
      '- officials said 12 people died\n- 40 were injured\n\nThe army said 7\nsoldiers were killed.\n',
      'a.md',
    );
    assert.deepEqual(
      doc.claims.map((c) => [c.text, c.sentence]),
      [
        ['12 people', 'officials said 12 people died'],
        ['40', '40 were injured'],
        ['7\nsoldiers', 'The army said 7 soldiers were killed.'],
      ],
    );
  });

  it('reads a table cell with its row and column headers, and a generic column header adds nothing', () => {
    const doc = analyzeDocument(
      '| Group | Number |\n|---|---|\n| Militants killed | 145 |\n| Civilians wounded | 30 |\n',
      't.md',
    );
    assert.deepEqual(
      doc.claims.map((c) => [c.text, c.unitKey, c.predicate]),
      [
        ['145', 'militant', 'killed'],
        ['30', 'civilian', 'wounded'],
      ],
    );
  });
});
