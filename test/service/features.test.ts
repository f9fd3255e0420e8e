// The service's answers in memory, data-driven: a fixture (files, `$0` the cursor), the query, the exact answer.
// No server process: the stdio tests (test/lsp) check the wire, these check what is said.
import * as assert from 'node:assert/strict';
import type { Range } from '../../server/src/core';
import type { CitationStyleSetting } from '../../server/src/core/citationStyles';
import type { ActionData } from '../../server/src/service/codeActions';
import { pathToUri } from '../../server/src/service/uris';
import { applyEdits, parseFixture, serviceOf } from './fixture';
import type { Fixture } from './fixture';

const AGREE = `
//- /a.txt
Police said 12 peo$0ple were killed in the blast.
//- /b.txt
Officials said 12 people were killed in the blast.
`;

const AGREE_MD = `
//- /a.md
Police said 12 peo$0ple were killed in the blast.
//- /b.md
Officials said 12 people were killed in the blast.
`;

const DISAGREE = `
//- /a.txt
Police in Quetta said 12 peo$0ple were killed in a bomb blast at a market in Quetta, Balochistan.
//- /b.txt
Officials in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.
`;

const ALONE = `
//- /a.txt
Police said 12 peo$0ple were killed in the blast.
`;

const TABLE = ['| Figure | Qualifier | Said by | Source | Date | Where |', '|---:|---|---|---|---|---|'];

const hoverCases: { name: string; fixture: string; markdown: string[] | null }[] = [
  {
    name: 'two files give the same figure',
    fixture: AGREE,
    markdown: [
      '**Crosscheck: All 2 sources agree on people killed**',
      '',
      ...TABLE,
      '| **12** | exact | Police | a | — | [a:1](file:///ws/a.txt#L1) |',
      '| 12 | exact | Officials | b | — | [b:1](file:///ws/b.txt#L1) |',
    ],
  },
  {
    name: 'only one file gives the figure',
    fixture: ALONE,
    markdown: ['**Crosscheck: only this file gives people killed**', '', ...TABLE, '| **12** | exact | Police | a | — | [a:1](file:///ws/a.txt#L1) |'],
  },
  {
    name: 'the cursor is on no claim',
    fixture: `
//- /a.txt
Pol$0ice said 12 people were killed in the blast.
`,
    markdown: null,
  },
];

describe('service: hover, from fixtures in memory', () => {
  for (const c of hoverCases) {
    it(`hover: ${c.name}`, () => {
      const fixture = parseFixture(c.fixture);
      const hover = serviceOf(fixture).hover(fixture.cursor!.uri, fixture.cursor!.offset);
      assert.equal(hover?.markdown ?? null, c.markdown && c.markdown.join('\n'));
    });
  }

  it('hover: the disagreeing figure is in the table and the headline says the sources disagree', () => {
    const fixture = parseFixture(DISAGREE);
    const hover = serviceOf(fixture).hover(fixture.cursor!.uri, fixture.cursor!.offset)!;
    const lines = hover.markdown.split('\n');
    assert.equal(lines[0], '**Crosscheck: 2 sources disagree on people killed**');
    assert.deepEqual(
      lines.slice(-2).map((l) => l.split(' | ')[0]),
      ['| **12**', '| 40'],
    );
    assert.deepEqual({ start: hover.range.start, end: hover.range.end }, { start: 22, end: 31 });
  });
});

describe('service: code lenses and inlay hints, from fixtures in memory', () => {
  const cases: { name: string; fixture: string; lenses: string[]; hints: string[] }[] = [
    { name: 'disagreeing files', fixture: DISAGREE, lenses: ['2 sources: 12 · 40'], hints: ['40 elsewhere'] },
    { name: 'agreeing files', fixture: AGREE, lenses: [], hints: [] },
  ];
  const everything: Range = { line: 0, character: 0, endLine: 10, endCharacter: 0 };
  for (const c of cases) {
    it(`lenses and hints: ${c.name}`, () => {
      const fixture = parseFixture(c.fixture);
      const service = serviceOf(fixture);
      assert.deepEqual(service.codeLenses(fixture.cursor!.uri).map((l) => l.title), c.lenses);
      assert.deepEqual(service.inlayHints(fixture.cursor!.uri, everything).map((h) => h.label), c.hints);
    });
  }
});

/** An action's title and the text of the file it edits once applied (`create` for a file it makes). */
function outcome(fixture: Fixture, action: ActionData): { title: string; after: string } {
  const change = action.change;
  if ('create' in change) return { title: action.title, after: `create ${change.uri}: ${change.create}` };
  const before = fixture.files.find((f) => pathToUri(f.path) === change.uri)!.text;
  return { title: action.title, after: applyEdits(before, change.edits) };
}

describe('service: code actions, from fixtures in memory (before → after)', () => {
  const cases: { name: string; fixture: string; fixAll?: boolean; canCreateFiles?: boolean; citationStyle?: CitationStyleSetting; actions: (findingId: string) => { title: string; after: string }[] }[] = [
    {
      name: 'a figure another file agrees with is cited inline in a .txt',
      fixture: AGREE,
      actions: () => [{ title: 'Cite source: b (12)', after: 'Police said 12 people (b) were killed in the blast.' }],
    },
    {
      name: 'a figure in Markdown is cited in a footnote by default',
      fixture: AGREE_MD,
      actions: () => [{ title: 'Cite source: b (12)', after: 'Police said 12 people[^1] were killed in the blast.\n\n[^1]: b.md: "Officials said 12 people were killed in the blast."\n' }],
    },
    {
      name: 'a figure in Markdown is cited inline when the style is outlet-date',
      fixture: AGREE_MD,
      citationStyle: 'outlet-date',
      actions: () => [{ title: 'Cite source: b (12)', after: 'Police said 12 people (b) were killed in the blast.' }],
    },
    {
      name: 'a contested figure: replace, ignore here, ignore in the existing .crosscheck.json',
      fixture: DISAGREE + '//- /.crosscheck.json\n{ "severities": { "conflict": "error" } }\n',
      actions: (id) => [
        { title: 'Ignore this finding in this paragraph', after: `crosscheck-ignore: ${id}\nPolice in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.` },
        {
          title: 'Ignore this finding in .crosscheck.json',
          after: `{\n  "severities": {\n    "conflict": "error"\n  },\n  "ignore": [\n    "${id}"\n  ]\n}\n`,
        },
        { title: 'Mark "12 people" as a different count', after: 'crosscheck-not-comparable: 12 people\nPolice in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.' },
        {
          title: 'Mark "12 people" as a different count in .crosscheck.json',
          after: '{\n  "severities": {\n    "conflict": "error"\n  },\n  "notComparable": {\n    "**/a.txt": [\n      "12 people"\n    ]\n  }\n}\n',
        },
        // Rewriting a figure comes last, never first (the light bulb's preferred item is not a rewrite).
        { title: 'Replace "12" with "40" (b)', after: 'Police in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.' },
      ],
    },
    {
      name: 'a contested figure without .crosscheck.json: the file is created when the editor can',
      fixture: DISAGREE,
      canCreateFiles: true,
      actions: (id) => [
        { title: 'Ignore this finding in this paragraph', after: `crosscheck-ignore: ${id}\nPolice in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.` },
        { title: 'Ignore this finding in .crosscheck.json', after: `create file:///ws/.crosscheck.json: {\n  "ignore": [\n    "${id}"\n  ]\n}\n` },
        { title: 'Mark "12 people" as a different count', after: 'crosscheck-not-comparable: 12 people\nPolice in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.' },
        { title: 'Mark "12 people" as a different count in .crosscheck.json', after: 'create file:///ws/.crosscheck.json: {\n  "notComparable": {\n    "**/a.txt": [\n      "12 people"\n    ]\n  }\n}\n' },
        { title: 'Replace "12" with "40" (b)', after: 'Police in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.' },
      ],
    },
    {
      name: 'cite every figure of the file',
      fixture: AGREE,
      fixAll: true,
      actions: () => [
        { title: 'Cite source: b (12)', after: 'Police said 12 people (b) were killed in the blast.' },
        { title: 'Cite every figure of this file', after: 'Police said 12 people (b) were killed in the blast.' },
      ],
    },
  ];
  for (const c of cases) {
    it(`code actions: ${c.name}`, () => {
      const fixture = parseFixture(c.fixture);
      const service = serviceOf(fixture);
      const { uri, offset } = fixture.cursor!;
      const at = service.model.getByUri(uri)!.lines!.positionAt(offset);
      const actions = service.codeActions({
        uri,
        range: { line: at.line, character: at.character, endLine: at.line, endCharacter: at.character },
        quickFixes: true,
        fixAll: c.fixAll ?? false,
        canCreateFiles: c.canCreateFiles ?? false,
        citationStyle: c.citationStyle ?? 'auto',
      });
      const findingId = service.model.findings()[0]?.id ?? 'no finding';
      assert.deepEqual(actions.map((a) => outcome(fixture, a)), c.actions(findingId));
    });
  }
});

describe('service: diagnostics, references and symbols, from fixtures in memory', () => {
  it('diagnostics: one per contested claim of the file, linked to the other file\'s claim', () => {
    const fixture = parseFixture(DISAGREE);
    const service = serviceOf(fixture);
    const entry = service.model.getByUri(fixture.cursor!.uri)!;
    const diagnostics = service.diagnostics(entry);
    assert.deepEqual(
      diagnostics.map((d) => ({ kind: d.finding.kind, span: d.spanId, line: d.range.line, from: d.range.character, to: d.range.endCharacter, related: d.related.map((r) => `${r.uri}:${r.range.line}:${r.range.character}`) })),
      [{ kind: 'conflict', span: 'a.txt:0:22', line: 0, from: 22, to: 31, related: ['file:///ws/b.txt:0:25'] }],
    );
  });

  it('diagnostics: none where the files agree', () => {
    const fixture = parseFixture(AGREE);
    const service = serviceOf(fixture);
    assert.deepEqual(service.diagnostics(service.model.getByUri(fixture.cursor!.uri)!), []);
  });

  it('references: every claim of the same quantity, with or without the one under the cursor', () => {
    const fixture = parseFixture(AGREE);
    const service = serviceOf(fixture);
    const { uri, offset } = fixture.cursor!;
    const where = (includeDeclaration: boolean) => service.references(uri, offset, includeDeclaration).map((l) => `${l.uri} ${l.claim.text}`);
    assert.deepEqual(where(true), ['file:///ws/a.txt 12 people', 'file:///ws/b.txt 12 people']);
    assert.deepEqual(where(false), ['file:///ws/b.txt 12 people']);
  });

  it('symbols: the outline of a document, and the workspace searched by what its claims count', () => {
    const fixture = parseFixture(DISAGREE);
    const service = serviceOf(fixture);
    assert.deepEqual(service.documentClaims(fixture.cursor!.uri).map((l) => l.claim.text), ['12 people']);
    assert.deepEqual(service.workspaceSymbols('people killed').map((s) => `${s.file}: ${s.name}`), ['a.txt: 12 people', 'b.txt: 40 people']);
    assert.deepEqual(service.workspaceSymbols('civilians'), []);
  });
});

describe('service: semantic tokens, from fixtures in memory', () => {
  const tokensOf = (source: string) => {
    const fixture = parseFixture(source);
    const text = fixture.files[0].text;
    return serviceOf(fixture).semanticTokens(fixture.cursor!.uri)!.tokens.map((t) => [text.slice(t.start, t.end), t.type, t.contested, t.attributed]);
  };

  it('an attributed claim and its source, in document order', () => {
    assert.deepEqual(tokensOf(AGREE), [
      ['Police said', 'attribution', false, false],
      ['12 people', 'claim', false, true],
    ]);
  });

  it('a claim that a finding involves is contested', () => {
    assert.deepEqual(
      tokensOf(DISAGREE).filter((t) => t[1] === 'claim'),
      [['12 people', 'claim', true, true]],
    );
  });
});
