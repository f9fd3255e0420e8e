// The TextMate injection grammar (syntaxes/crosscheck-claims.tmLanguage.json), tokenised as VS Code does it:
// vscode-textmate with the Oniguruma engine, injected into plain text and into Markdown prose (not code).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { analyzeDocument } from '../../server/src/core';

const root = path.join(__dirname, '..', '..');
const INJECTION = 'crosscheck.claims.injection';

/**
 * Just enough Markdown to tell prose from the rest, with the scope names of VS Code's Markdown grammar: fenced
 * and indented code, inline code, HTML comments and tags, images, inline links (text, destination, title),
 * reference labels and reference definitions.
 */
const MARKDOWN_STAND_IN = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    { match: '^    .*', name: 'markup.raw.block.markdown' },
    { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
    { match: '<!--.*?-->', name: 'comment.block.html' },
    { match: '</?[A-Za-z][^>]*>', name: 'meta.tag.inline.any.html' },
    { match: '^\\[[^\\]]+\\]:.*', name: 'meta.link.reference.def.markdown' },
    { match: '!\\[[^\\]]*\\]\\([^)]*\\)', name: 'meta.image.inline.markdown' },
    {
      begin: '\\[(?=[^\\]]*\\]\\()',
      end: '(\\])\\((\\S*)(?:\\s+("[^"]*"))?\\)',
      name: 'meta.link.inline.markdown',
      contentName: 'string.other.link.title.markdown',
      endCaptures: {
        2: { name: 'markup.underline.link.markdown' },
        3: { name: 'string.other.link.description.title.markdown' },
      },
    },
    { match: '\\[\\^?[^\\]]*\\]', name: 'meta.link.reference.markdown constant.other.reference.link.markdown' },
  ],
};

let registry: textmate.Registry;

before(async () => {
  const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammarFiles: Record<string, string> = {
    [INJECTION]: 'crosscheck-claims.tmLanguage.json',
    'text.plain': 'plaintext.tmLanguage.json',
  };
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown')
        return textmate.parseRawGrammar(JSON.stringify(MARKDOWN_STAND_IN), 'markdown.json');
      const file = grammarFiles[scopeName];
      if (!file) return null;
      const full = path.join(root, 'syntaxes', file);
      return textmate.parseRawGrammar(fs.readFileSync(full, 'utf8'), full);
    },
    getInjections: (scopeName) =>
      scopeName === 'text.plain' || scopeName === 'text.html.markdown' ? [INJECTION] : undefined,
  });
});

/** The tokens of each line that carry a Crosscheck scope, as [text, the Crosscheck scopes joined by spaces]. */
async function claimTokens(scopeName: string, text: string): Promise<[string, string][]> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, scopeName);
  let state = textmate.INITIAL;
  const found: [string, string][] = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const scopes = token.scopes.filter((scope) => scope.endsWith('.crosscheck'));
      if (scopes.length > 0) found.push([line.slice(token.startIndex, token.endIndex), scopes.join(' ')]);
    }
    state = result.ruleStack;
  }
  return found;
}

const CLAIM = 'meta.claim.crosscheck';
const NUMBER = `${CLAIM} constant.numeric.crosscheck`;
const UNIT = `${CLAIM} variable.other.unit.crosscheck`;
const QUALIFIER = `${CLAIM} keyword.other.qualifier.crosscheck`;
const CUE = 'keyword.other.attribution.crosscheck';

describe('claims grammar', () => {
  it('scopes a qualifier, its number and the counted noun in a seed sentence', async () => {
    assert.deepEqual(
      await claimTokens(
        'text.plain',
        'Pakistani security forces have killed at least 145 militants following a wave of coordinated attacks',
      ),
      [
        ['at least', QUALIFIER],
        [' ', CLAIM],
        ['145', NUMBER],
        [' ', CLAIM],
        ['militants', UNIT],
      ],
    );
  });

  it('scopes the attribution cue and the figures of a sentence with two claims', async () => {
    assert.deepEqual(
      await claimTokens(
        'text.plain',
        'Interior Minister Mohsin Naqvi confirmed that 31 civilians and 17 security personnel were killed.',
      ),
      [
        ['confirmed', CUE],
        ['31', NUMBER],
        [' ', CLAIM],
        ['civilians', UNIT],
        ['17', NUMBER],
        [' ', CLAIM],
        ['security personnel', UNIT],
      ],
    );
  });

  it('scopes labelled figures in fact boxes', async () => {
    assert.deepEqual(await claimTokens('text.plain', 'Militants Killed: 145\nSecurity Personnel Killed: 17'), [
      ['Militants Killed', UNIT],
      [': ', CLAIM],
      ['145', NUMBER],
      ['Security Personnel Killed', UNIT],
      [': ', CLAIM],
      ['17', NUMBER],
    ]);
  });

  it('scopes ranges, "according to", shares, adjectives before the counted noun and scale words', async () => {
    assert.deepEqual(
      await claimTokens(
        'text.plain',
        'between 200 and 250 attackers, according to Bugti; 12 different locations; nearly 89% turnout; Over 45 Million Children',
      ),
      [
        ['between', QUALIFIER],
        [' ', CLAIM],
        ['200', NUMBER],
        [' and ', CLAIM],
        ['250', NUMBER],
        [' ', CLAIM],
        ['attackers', UNIT],
        ['according to', CUE],
        ['12', NUMBER],
        [' ', CLAIM],
        ['different locations', UNIT],
        ['nearly', QUALIFIER],
        [' ', CLAIM],
        ['89', NUMBER],
        ['%', UNIT],
        ['Over', QUALIFIER],
        [' ', CLAIM],
        ['45 Million', NUMBER],
        [' ', CLAIM],
        ['Children', UNIT],
      ],
    );
  });

  it('scopes number words', async () => {
    assert.deepEqual(
      await claimTokens(
        'text.plain',
        'around two dozen militants were killed overnight; dozens of civilians fled; one of the',
      ),
      [
        ['around', QUALIFIER],
        [' ', CLAIM],
        ['two dozen', NUMBER],
        [' ', CLAIM],
        ['militants', UNIT],
        ['dozens of', NUMBER],
        [' ', CLAIM],
        ['civilians', UNIT],
      ],
    );
  });

  it('leaves dates, years and version numbers alone', async () => {
    assert.deepEqual(
      await claimTokens(
        'text.plain',
        'on Sunday, February 1, 2026; on January 29 and 30; 31 January 2026 in Quetta; Operation Herof 2.0, launched',
      ),
      [],
    );
    assert.deepEqual(await claimTokens('text.plain', 'the March 2025 train hijacking in 2026 and 1,000'), []);
  });

  it('scopes claims and cues in Markdown prose but not in code', async () => {
    const markdown = [
      '# Toll',
      'The BLA **claimed** 200 security personnel were killed.',
      '```',
      'said 31 civilians',
      '```',
      'Not `31 civilians` here.',
    ].join('\n');
    assert.deepEqual(await claimTokens('text.html.markdown', markdown), [
      ['claimed', CUE],
      ['200', NUMBER],
      [' ', CLAIM],
      ['security personnel', UNIT],
    ]);
  });

  it('agrees with the extractor on what is Markdown prose: figures in link text, not in code, HTML, images, URLs or references', async () => {
    const markdown = [
      'The army said 12 soldiers died; see [the 31 civilians listed](https://example.com/45-civilians "77 civilians").',
      'Not `60 people`, <!-- 70 people --> nor <span title="80 people">the 90 people named</span>.',
      '![100 people](https://example.com/110-people.png) and [^1] and [ref].',
      '',
      '    140 people in code',
      '',
      '[ref]: https://example.com/120-people "130 people"',
    ].join('\n');
    const grammarNumbers = (await claimTokens('text.html.markdown', markdown))
      .filter(([, scope]) => scope === NUMBER)
      .map(([text]) => text);
    const extractorNumbers = analyzeDocument(markdown, 'a.md').claims.map(
      (c) => markdown.slice(c.start, c.end).match(/\d+/)![0],
    );
    assert.deepEqual(grammarNumbers, ['12', '31', '90']);
    assert.deepEqual(extractorNumbers, ['12', '31', '90']);
  });

  it("tokenises long degenerate lines without backtracking blow-up (a word start at every letter of \"a'a'a'…\")", async () => {
    // Before the words were taken possessively and word starts excluded "'", 100,000 characters of "a'" took minutes.
    assert.deepEqual(await claimTokens('text.plain', "a'".repeat(50_000)), []);
    assert.deepEqual(await claimTokens('text.plain', 'a '.repeat(10_000)), []);
    assert.deepEqual(await claimTokens('text.plain', '1 '.repeat(10_000)), []);
  });

  it('is what syntaxes/build-grammar.mjs writes', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'syntaxes', 'build-grammar.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.deepEqual([check.status, check.stdout], [0, 'grammar up to date\n']);
  });

  it('is declared in package.json for plain text and Markdown', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const grammars: { scopeName: string; path: string; injectTo?: string[]; language?: string }[] =
      manifest.contributes.grammars;
    const injection = grammars.find((g) => g.scopeName === INJECTION);
    assert.ok(injection);
    assert.deepEqual(injection.injectTo, ['text.plain', 'text.html.markdown']);
    assert.ok(fs.existsSync(path.join(root, injection.path)));
    const plain = grammars.find((g) => g.scopeName === 'text.plain');
    assert.deepEqual(plain && { language: plain.language, exists: fs.existsSync(path.join(root, plain.path)) }, {
      language: 'plaintext',
      exists: true,
    });
  });
});
