import { strict as assert } from 'node:assert';
import { DEFAULT_ENABLED_LANGUAGES, documentSelectorFor, enabledLanguageIds } from '../../client/src/documentSelector';

describe('the document selector (client/src/documentSelector.ts)', () => {
  it('checks saved and untitled documents of each enabled language', () => {
    assert.deepEqual(documentSelectorFor(enabledLanguageIds(DEFAULT_ENABLED_LANGUAGES)), [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ]);
  });

  it('takes crosscheck.enabledLanguages as VS Code merges it: true on, false off, anything else ignored', () => {
    assert.deepEqual(enabledLanguageIds({ plaintext: true, markdown: false, latex: true, asciidoc: 'yes', '': true }), [
      'plaintext',
      'latex',
    ]);
    assert.deepEqual(enabledLanguageIds({}), []);
    for (const odd of [undefined, null, ['markdown'], 'markdown'])
      assert.deepEqual(enabledLanguageIds(odd), ['plaintext', 'markdown']);
  });
});
