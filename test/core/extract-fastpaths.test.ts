// The extractor's fast paths must answer exactly like the plain look-ups they stand in front of:
// the tokenizer's lower-case form and word signature, the word filters, and the date candidate scan.
import { strict as assert } from 'node:assert';
import { tokenize } from '../../server/src/core/text/tokens';
import { WordFilter, wordSignature } from '../../server/src/core/text/wordFilter';
import { findDates } from '../../server/src/core/extract/dates';
import { SPEECH_CUES } from '../../server/src/core/extract/lexicon';

function words(text: string) {
  return tokenize(text, 0, text.length).filter((t) => t.kind === 'word');
}

describe('extractor fast paths', () => {
  it('gives every word its lower-case form and the signature of that form', () => {
    const text = "O'Brien DON'T don't McDonald’s İstanbul Kelvin aBc Überall counterinsurgency antidisestablishment x";
    const got = words(text).map((t) => [t.text, t.lower, t.signature]);
    assert.deepEqual(got, [
      ["O'Brien", "o'brien", wordSignature("o'brien")],
      ["DON'T", "don't", wordSignature("don't")],
      ["don't", "don't", wordSignature("don't")],
      ['McDonald’s', "mcdonald's", -1],
      ['İstanbul', 'i̇stanbul', -1],
      ['Kelvin', 'kelvin', wordSignature('kelvin')],
      ['aBc', 'abc', wordSignature('abc')],
      ['Überall', 'überall', -1],
      ['counterinsurgency', 'counterinsurgency', -1],
      ['antidisestablishment', 'antidisestablishment', -1],
      ['x', 'x', wordSignature('x')],
    ]);
    assert.equal(wordSignature("o'brien"), (7 * 26 + 14) * 26 + 13);
  });

  it('never filters out a listed word, and filters out unlisted words that share no signature', () => {
    const filter = new WordFilter(SPEECH_CUES);
    for (const cue of SPEECH_CUES)
      for (const t of words(cue)) assert.equal(filter.mayHaveSignature(t.signature), true, cue);
    assert.equal(filter.mayHave('said'), true);
    assert.equal(filter.mayHave('zebra'), false);
  });

  it('answers has(token) exactly as the set of its words, whether one or several words share a signature', () => {
    // "said" and "sand" share a signature (4 letters, s..d); "tells" is alone in its own; "ab-cd" has a signature no token can have.
    const listed = ['said', 'sand', 'tells', 'ab-cd', 'über'];
    const filter = new WordFilter(listed);
    const text = "said Said SAND sand seed tells Tells tall ab cd über Über sad s'd zebra counterinsurgency";
    for (const t of words(text)) assert.equal(filter.has(t), listed.includes(t.lower), t.text);
  });

  it('finds dates where the candidate scan must look: digit runs, word starts, not inside words', () => {
    const text =
      'On Monday, 2 February 2026 at 3pm, 123 people and 20260 others; Marchers, reMon, yesterday, 1,200 in 2024.';
    const found = findDates(text).map((d) => `${d.kind}:${text.slice(d.start, d.end)}`);
    assert.deepEqual(found, ['date:Monday, 2 February 2026', 'time:3pm', 'relative:yesterday', 'year:2024']);
  });
});
