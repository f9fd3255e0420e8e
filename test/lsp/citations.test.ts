// The edit texts of the code actions (server/src/core/citations.ts), exact to the character.
import * as assert from 'node:assert/strict';
import type { Claim } from '../../server/src/core';
import {
  appendedBlock,
  attributionEdit,
  bibKeyFor,
  citationEdits,
  citeAllEdits,
  figureOf,
  footnoteDefinition,
  formatDate,
  inlineCitation,
  nextFootnoteNumber,
  parseBibEntries,
  replacementEdit,
  speakerMidSentence,
  suppressionEdit,
} from '../../server/src/core/citations';
import type { CitedSource, OffsetEdit } from '../../server/src/core/citations';

function apply(text: string, edits: OffsetEdit[]): string {
  let result = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}

/** A claim over `figure` as it stands in `text` (first occurrence). */
function claimIn(text: string, figure: string, sentence: string, stated: number): Claim {
  const start = text.indexOf(figure);
  assert.ok(start >= 0, `"${figure}" is in the text`);
  return {
    id: `a.txt:0:${start}`,
    file: 'a.txt',
    line: 0,
    character: start,
    endLine: 0,
    endCharacter: start + figure.length,
    start,
    end: start + figure.length,
    text: figure,
    sentence,
    value: { stated, low: stated, high: stated },
    qualifier: 'exact',
    quantityKind: 'count',
    unit: 'militants',
    unitKey: 'militant',
    predicate: 'killed',
    attribution: null,
    stance: 'asserted',
    asOf: null,
    context: { places: [], organisations: [], people: [], dates: [] },
    sentenceIndex: 0,
    paragraphIndex: 0,
    repeatOf: null,
  };
}

const HINDU: CitedSource = {
  file: 'news/hindu.txt',
  outlet: 'The Hindu',
  date: '2026-02-01',
  sentence: 'Forces killed 177 militants.',
};

describe('citations: edit texts of the code actions', () => {
  it('formats ISO dates as people write them', () => {
    assert.equal(formatDate('2026-02-01'), '1 February 2026');
    assert.equal(formatDate('2026-12'), 'December 2026');
    assert.equal(formatDate('2026'), '2026');
    assert.equal(formatDate('yesterday'), 'yesterday');
  });

  it('writes an inline citation with outlet and date, or the readable file name when nothing names the source', () => {
    assert.equal(inlineCitation(HINDU), '(The Hindu, 1 February 2026)');
    assert.equal(inlineCitation({ ...HINDU, outlet: null, date: null }), '(hindu)');
    assert.equal(
      inlineCitation({ ...HINDU, file: 'seeds/004_b956a5e68296c51b.txt', outlet: null }),
      '(004, 1 February 2026)',
    );
  });

  it('inserts an inline citation right after the figure in plain text', () => {
    const text = 'Troops killed 177 militants on Sunday.\n';
    const edits = citationEdits(text, text.indexOf(' on Sunday'), HINDU, 'inline');
    assert.equal(apply(text, edits), 'Troops killed 177 militants (The Hindu, 1 February 2026) on Sunday.\n');
  });

  it('adds a Markdown footnote marker and its definition after a blank line at the end', () => {
    const text = '# Report\n\nTroops killed 177 militants on Sunday.\n';
    const edits = citationEdits(text, text.indexOf(' on Sunday'), HINDU, 'footnote');
    assert.equal(
      apply(text, edits),
      '# Report\n\nTroops killed 177 militants[^1] on Sunday.\n\n[^1]: The Hindu, 1 February 2026, news/hindu.txt: "Forces killed 177 militants."\n',
    );
  });

  it('numbers a new footnote after the existing ones and keeps definitions together, in CRLF', () => {
    const text = 'A figure.[^2] Troops killed 177 militants.\r\n\r\n[^2]: Earlier note.\r\n';
    assert.equal(nextFootnoteNumber(text), 3);
    const edits = citationEdits(text, text.indexOf('.\r\n\r\n'), HINDU, 'footnote');
    assert.equal(
      apply(text, edits),
      'A figure.[^2] Troops killed 177 militants[^3].\r\n\r\n[^2]: Earlier note.\r\n[^3]: The Hindu, 1 February 2026, news/hindu.txt: "Forces killed 177 militants."\r\n',
    );
  });

  it('appends to a text without a final line break', () => {
    assert.deepEqual(appendedBlock('Last line', ['[^1]: x']), { start: 9, end: 9, newText: '\n\n[^1]: x\n' });
    assert.deepEqual(appendedBlock('', ['[^1]: x']), { start: 0, end: 0, newText: '[^1]: x\n' });
  });

  it('quotes the sentence on one line and shortens a long one', () => {
    const long = 'word '.repeat(100);
    const definition = footnoteDefinition('1', {
      ...HINDU,
      outlet: null,
      date: null,
      sentence: `Line one\nline two ${long}`,
    });
    assert.ok(definition.startsWith('[^1]: news/hindu.txt: "Line one line two word'));
    assert.ok(definition.endsWith('…"'));
    assert.equal(definition.length, '[^1]: news/hindu.txt: "'.length + 240 + 1);
  });

  it('finds the BibTeX key of a source by its file name, else by outlet and date', () => {
    const bib = `@article{hindu2026,\n  title = {Balochistan toll},\n  journal = {The Hindu},\n  date = {2026-02-01}\n}\n@misc{dawn2026, note = {see news/dawn.txt}}\n`;
    const entries = parseBibEntries(bib);
    assert.deepEqual(
      entries.map((e) => e.key),
      ['hindu2026', 'dawn2026'],
    );
    assert.equal(bibKeyFor(entries, HINDU), 'hindu2026');
    assert.equal(bibKeyFor(entries, { ...HINDU, file: 'news/dawn.txt', outlet: 'Dawn' }), 'dawn2026');
    assert.equal(bibKeyFor(entries, { ...HINDU, file: 'x.txt', outlet: 'Reuters' }), null);
    const text = 'Troops killed 177 militants.';
    assert.equal(
      apply(text, citationEdits(text, 27, HINDU, 'pandoc', { bibKey: 'hindu2026' })),
      'Troops killed 177 militants [@hindu2026].',
    );
  });

  it('cites every figure of a file with consecutive footnotes and one block of definitions', () => {
    const text = 'Troops killed 177 militants. Attackers killed 31 civilians.\n';
    const civilians: CitedSource = { file: 'b.txt', outlet: null, date: null, sentence: 'They killed 31 civilians.' };
    const edits = citeAllEdits(
      text,
      [
        { claimEnd: text.indexOf('. Attackers'), source: HINDU },
        { claimEnd: text.indexOf('.\n'), source: civilians },
      ],
      'footnote',
    );
    assert.equal(
      apply(text, edits),
      'Troops killed 177 militants[^1]. Attackers killed 31 civilians[^2].\n\n' +
        '[^1]: The Hindu, 1 February 2026, news/hindu.txt: "Forces killed 177 militants."\n[^2]: b.txt: "They killed 31 civilians."\n',
    );
  });

  it('replaces the figure and its qualifier with another source’s, keeping the counted noun', () => {
    const text = 'At least 145 militants were killed.';
    const ours = claimIn(text, 'At least 145 militants', text, 145);
    assert.equal(figureOf(ours), 'At least 145');
    assert.equal(apply(text, [replacementEdit(ours, { text: '177 militants' })!]), '177 militants were killed.');
    const plain = 'Troops killed 145 militants.';
    const claim = claimIn(plain, '145 militants', plain, 145);
    assert.equal(
      apply(plain, [replacementEdit(claim, { text: 'at least 177 fighters' })!]),
      'Troops killed at least 177 militants.',
    );
    assert.equal(replacementEdit(claim, { text: '145 militants' }), null);
    assert.equal(replacementEdit(claim, { text: 'two dozen militants' }), null);
  });

  it('adds attribution before the sentence’s final full stop, or after the figure when the sentence is not found', () => {
    const text = 'Intro. Troops killed 177 militants in two days. Next.';
    const claim = claimIn(text, '177 militants', 'Troops killed 177 militants in two days.', 177);
    assert.equal(
      apply(text, [attributionEdit(text, claim, 'Dawn')]),
      'Intro. Troops killed 177 militants in two days, according to Dawn. Next.',
    );
    const headline = 'Militants Killed: 177';
    const label = claimIn(headline, 'Militants Killed: 177', 'not in the text', 177);
    assert.equal(
      apply(headline, [attributionEdit(headline, label, 'Dawn')]),
      'Militants Killed: 177 (according to Dawn)',
    );
  });

  it('puts a suppression marker line before the claim’s paragraph, in the file’s syntax', () => {
    const text = 'Title\n\nFirst line of the paragraph\nTroops killed 145 militants.\n';
    const at = text.indexOf('145');
    // Plain text: a line that ends without a soft wrap ends its paragraph (the extractor's rule).
    assert.equal(
      apply(text, [suppressionEdit(text, at, 'conflict/militants-killed', false)]),
      'Title\n\nFirst line of the paragraph\ncrosscheck-ignore: conflict/militants-killed\nTroops killed 145 militants.\n',
    );
    const wrapped = 'Title\n\nTroops said on Monday that they\nhad killed 145 militants.\n';
    assert.equal(
      apply(wrapped, [suppressionEdit(wrapped, wrapped.indexOf('145'), 'conflict/militants-killed', false)]),
      'Title\n\ncrosscheck-ignore: conflict/militants-killed\nTroops said on Monday that they\nhad killed 145 militants.\n',
    );
    // Markdown: the block between blank lines.
    assert.equal(
      apply(text, [suppressionEdit(text, at, 'conflict/militants-killed', true)]),
      'Title\n\n<!-- crosscheck-ignore conflict/militants-killed -->\nFirst line of the paragraph\nTroops killed 145 militants.\n',
    );
    const crlf = 'Troops killed 145 militants.\r\n';
    assert.equal(
      apply(crlf, [suppressionEdit(crlf, 14, 'x', false)]),
      'crosscheck-ignore: x\r\nTroops killed 145 militants.\r\n',
    );
  });

  it('writes a speaker readably after "according to", keeping names as they are', () => {
    assert.equal(
      speakerMidSentence('The provincial Chief Minister, Sarfraz Bugti'),
      'the provincial Chief Minister, Sarfraz Bugti',
    );
    assert.equal(speakerMidSentence('The Pakistani military'), 'the Pakistani military');
    assert.equal(speakerMidSentence('Officials'), 'officials');
    assert.equal(speakerMidSentence('Police officials'), 'police officials');
    assert.equal(speakerMidSentence('The Hindu'), 'The Hindu');
    assert.equal(speakerMidSentence('Interior Minister Mohsin Naqvi'), 'Interior Minister Mohsin Naqvi');
    assert.equal(speakerMidSentence('Reuters'), 'Reuters');
  });

  it('takes ranges and scaled amounts whole when replacing a figure', () => {
    const text = 'Bugti said between 200 and 250 attackers were involved.';
    const ours = claimIn(text, 'between 200 and 250 attackers', text, 200);
    assert.equal(figureOf(ours), 'between 200 and 250');
    assert.equal(
      apply(text, [replacementEdit(ours, { text: 'nearly 200 attackers' })!]),
      'Bugti said nearly 200 attackers were involved.',
    );
    const money = 'The fund lost $5 million last year.';
    const loss = claimIn(money, '$5 million', money, 5_000_000);
    assert.equal(
      apply(money, [replacementEdit(loss, { text: '$7.5 billion' })!]),
      'The fund lost $7.5 billion last year.',
    );
    assert.equal(figureOf({ text: '1,000 to 2,000 militants' }), '1,000 to 2,000');
    assert.equal(figureOf({ text: '45% of voters' }), '45');
  });
});
