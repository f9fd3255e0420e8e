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
    markdown: [
      '**Crosscheck: only this file gives people killed**',
      '',
      ...TABLE,
      '| **12** | exact | Police | a | — | [a:1](file:///ws/a.txt#L1) |',
    ],
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

  it('hover: the table of competing figures comes first, right under the headline; the findings follow it', () => {
    const fixture = parseFixture(DISAGREE);
    const hover = serviceOf(fixture).hover(fixture.cursor!.uri, fixture.cursor!.offset)!;
    assert.deepEqual(hover.markdown.split('\n'), [
      '**Crosscheck: 2 sources disagree on people killed**',
      '',
      ...TABLE,
      '| **12** | exact | Police in Quetta | a | — | [a:1](file:///ws/a.txt#L1) |',
      '| 40 | exact | Officials in Quetta | b | — | [b:1](file:///ws/b.txt#L1) |',
      '',
      '`conflict`: Sources disagree on people killed · at the market in Quetta: 12 in a (Police in Quetta); 40 in b (Officials in Quetta)',
    ]);
    assert.deepEqual({ start: hover.range.start, end: hover.range.end }, { start: 22, end: 31 });
  });

  it('hover: one row per source, the same figure said again in a file folded into its first (+1), named by outlet', () => {
    const fixture = parseFixture(`
//- /a.txt
Source Dawn

Police in Quetta said 12 peo$0ple were killed in a bomb blast at a market in Quetta, Balochistan.

Police in Quetta said 12 people were killed in the bomb blast at the market in Quetta, Balochistan.
//- /b.txt
Officials in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.
`);
    const hover = serviceOf(fixture).hover(fixture.cursor!.uri, fixture.cursor!.offset)!;
    assert.deepEqual(hover.markdown.split('\n').slice(0, 6), [
      '**Crosscheck: 2 sources disagree on people killed**',
      '',
      ...TABLE,
      '| **12** | exact | Police in Quetta | Dawn | — | [a:3](file:///ws/a.txt#L3) +1 |',
      '| 40 | exact | Officials in Quetta | b | — | [b:1](file:///ws/b.txt#L1) |',
    ]);
  });

  it('hover: a finding within one file says "this file gives 2 figures", never "1 sources"', () => {
    const fixture = parseFixture(`
//- /a.txt
Police in Quetta said 12 peo$0ple were killed in a bomb blast at a market in Quetta, Balochistan.

Officials in Quetta said 40 people were killed in the bomb blast at the market in Quetta, Balochistan.
`);
    const service = serviceOf(fixture);
    assert.deepEqual(
      service.model.findings().map((f) => f.kind),
      ['internal'],
    );
    const hover = service.hover(fixture.cursor!.uri, fixture.cursor!.offset)!;
    assert.equal(hover.markdown.split('\n')[0], '**Crosscheck: this file gives 2 figures for people killed**');
    assert.deepEqual(
      service.codeLenses(fixture.cursor!.uri).map((l) => l.title),
      ['this file: 12 · 40', 'this file: 12 · 40'],
    );
  });

  it('hover: at most 20 sources in the table, then how many more', () => {
    const files = Array.from(
      { length: 23 },
      (_, i) =>
        `//- /f${String(i).padStart(2, '0')}.txt\nOfficials in Quetta said ${10 + i} ${i === 0 ? 'peo$0ple' : 'people'} were killed in a bomb blast at a market in Quetta, Balochistan.\n`,
    );
    const fixture = parseFixture(files.join(''));
    const lines = serviceOf(fixture).hover(fixture.cursor!.uri, fixture.cursor!.offset)!.markdown.split('\n');
    assert.equal(lines[0], '**Crosscheck: 23 sources disagree on people killed**');
    assert.equal(lines.filter((l) => /^\| (\*\*)?\d/.test(l)).length, 20);
    assert.deepEqual(lines.slice(23, 26), [
      '| 29 | exact | Officials in Quetta | f19 | — | [f19:1](file:///ws/f19.txt#L1) |',
      '',
      '… and 3 more',
    ]);
  });
});

describe('service: code lenses and inlay hints, from fixtures in memory', () => {
  const cases: { name: string; fixture: string; lenses: string[]; hints: string[] }[] = [
    { name: 'disagreeing files', fixture: DISAGREE, lenses: ['2 sources: 12 · 40'], hints: ['40 elsewhere'] },
    { name: 'agreeing files', fixture: AGREE, lenses: [], hints: [] },
    {
      name: 'two ranks of one thing (dev-3 ecb-7): written as ranks',
      fixture: `
//- /a.txt
Wladimir Klitschko beat Hasim Rahman in Mannheim.
Klitschko (52-3, 46 knockouts) retained his International Boxing Federation title for the fi$0fth time in the process.
//- /b.txt
Wladimir Klitschko beat Hasim Rahman in Mannheim.
The technical knockout in Klitchsko's sixth defense of the IBF belt-and third this year-improved him to 52-3.
`,
      lenses: ['2 sources: 5th · 6th'],
      hints: ['6th elsewhere'],
    },
  ];
  const everything: Range = { line: 0, character: 0, endLine: 10, endCharacter: 0 };
  for (const c of cases) {
    it(`lenses and hints: ${c.name}`, () => {
      const fixture = parseFixture(c.fixture);
      const service = serviceOf(fixture);
      assert.deepEqual(
        service.codeLenses(fixture.cursor!.uri).map((l) => l.title),
        c.lenses,
      );
      assert.deepEqual(
        service.inlayHints(fixture.cursor!.uri, everything).map((h) => h.label),
        c.hints,
      );
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
  const cases: {
    name: string;
    fixture: string;
    fixAll?: boolean;
    canCreateFiles?: boolean;
    citationStyle?: CitationStyleSetting;
    actions: (findingId: string) => { title: string; after: string }[];
  }[] = [
    {
      name: 'a figure another file agrees with is cited inline in a .txt',
      fixture: AGREE,
      actions: () => [{ title: 'Cite source: b (12)', after: 'Police said 12 people (b) were killed in the blast.' }],
    },
    {
      name: 'a figure in Markdown is cited in a footnote by default',
      fixture: AGREE_MD,
      actions: () => [
        {
          title: 'Cite source: b (12)',
          after:
            'Police said 12 people[^1] were killed in the blast.\n\n[^1]: b.md: "Officials said 12 people were killed in the blast."\n',
        },
      ],
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
        {
          title: 'Ignore this finding in this paragraph',
          after: `crosscheck-ignore: ${id}\nPolice in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.`,
        },
        {
          title: 'Ignore this finding in .crosscheck.json',
          after: `{\n  "severities": {\n    "conflict": "error"\n  },\n  "ignore": [\n    "${id}"\n  ]\n}\n`,
        },
        {
          title: 'Mark "12 people" as a different count',
          after:
            'crosscheck-not-comparable: 12 people\nPolice in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.',
        },
        {
          title: 'Mark "12 people" as a different count in .crosscheck.json',
          after:
            '{\n  "severities": {\n    "conflict": "error"\n  },\n  "notComparable": {\n    "**/a.txt": [\n      "12 people"\n    ]\n  }\n}\n',
        },
        // Rewriting a figure comes last, never first (the light bulb's preferred item is not a rewrite).
        {
          title: 'Replace "12" with "40" (b)',
          after: 'Police in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.',
        },
      ],
    },
    {
      name: 'a contested figure without .crosscheck.json: the file is created when the editor can',
      fixture: DISAGREE,
      canCreateFiles: true,
      actions: (id) => [
        {
          title: 'Ignore this finding in this paragraph',
          after: `crosscheck-ignore: ${id}\nPolice in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.`,
        },
        {
          title: 'Ignore this finding in .crosscheck.json',
          after: `create file:///ws/.crosscheck.json: {\n  "ignore": [\n    "${id}"\n  ]\n}\n`,
        },
        {
          title: 'Mark "12 people" as a different count',
          after:
            'crosscheck-not-comparable: 12 people\nPolice in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.',
        },
        {
          title: 'Mark "12 people" as a different count in .crosscheck.json',
          after:
            'create file:///ws/.crosscheck.json: {\n  "notComparable": {\n    "**/a.txt": [\n      "12 people"\n    ]\n  }\n}\n',
        },
        {
          title: 'Replace "12" with "40" (b)',
          after: 'Police in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.',
        },
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
      assert.deepEqual(
        actions.map((a) => outcome(fixture, a)),
        c.actions(findingId),
      );
    });
  }
});

/** Related information as "uri:line:character message". */
function related(rows: { uri: string; range: Range; message: string }[]): string[] {
  return rows.map((r) => `${r.uri}:${r.range.line}:${r.range.character} ${r.message}`);
}

describe('service: diagnostics, references and symbols, from fixtures in memory', () => {
  it("diagnostics: one per contested claim of the file, one short line, linked to the other file's claim", () => {
    const fixture = parseFixture(DISAGREE);
    const service = serviceOf(fixture);
    const entry = service.model.getByUri(fixture.cursor!.uri)!;
    const diagnostics = service.diagnostics(entry);
    assert.deepEqual(
      diagnostics.map((d) => ({
        kind: d.finding.kind,
        span: d.spanId,
        line: d.range.line,
        from: d.range.character,
        to: d.range.endCharacter,
        message: d.message,
        related: related(d.related),
      })),
      [
        {
          kind: 'conflict',
          span: 'a.txt:0:22',
          line: 0,
          from: 22,
          to: 31,
          message: '12 people killed here; 40 in b',
          related: ['file:///ws/b.txt:0:25 40 — Officials in Quetta'],
        },
      ],
    );
  });

  it("diagnostics: related information has one row per competing figure (figure, who, outlet, date), never the file's own repeats", () => {
    const fixture = parseFixture(`
//- /a.txt
Source Dawn
Published 2 February 2026

Police in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.

Police in Quetta said 12 people were killed in the bomb blast at the market in Quetta, Balochistan.
//- /b.txt
Officials in Quetta said 40 peo$0ple were killed in a bomb blast at a market in Quetta, Balochistan.
`);
    const service = serviceOf(fixture);
    const onB = service.diagnostics(service.model.getByUri(fixture.cursor!.uri)!);
    assert.deepEqual(
      onB.map((d) => [d.message, related(d.related)]),
      [['40 people killed here; 12 in Dawn', ['file:///ws/a.txt:3:22 12 — Police in Quetta · Dawn · 2026-02-02']]],
    );
    const onA = service.diagnostics(service.model.getByUri('file:///ws/a.txt')!);
    assert.deepEqual(
      onA.map((d) => [d.range.line, d.message, related(d.related)]),
      [
        [3, '12 people killed here; 40 in b', ['file:///ws/b.txt:0:25 40 — Officials in Quetta']],
        [5, '12 people killed here; 40 in b', ['file:///ws/b.txt:0:25 40 — Officials in Quetta']],
      ],
    );
  });

  it('diagnostics: a competing figure that several sources give is one row, at its first source, counting the others', () => {
    const fixture = parseFixture(`
//- /a.txt
Source Dawn
Published 2 February 2026

Police in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.
//- /b.txt
Officials in Quetta said 12 peo$0ple were killed in a bomb blast at a market in Quetta, Balochistan.
//- /c.txt
Source Reuters

Officials in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.
//- /d.txt
Source AP

Officials in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.
//- /e.txt
Officials in Quetta said 12 people were killed in a bomb blast at a market in Quetta, Balochistan.
//- /f.txt
Officials in Quetta said 55 people were killed in a bomb blast at a market in Quetta, Balochistan.
`);
    const service = serviceOf(fixture);
    const [diagnostic] = service.diagnostics(service.model.getByUri(fixture.cursor!.uri)!);
    // 40 (a, c, d) and 55 (f) compete with b's 12; e agrees with b and is in the hover's table only.
    assert.deepEqual(related(diagnostic.related), [
      'file:///ws/a.txt:3:22 40 — Police in Quetta · Dawn · 2026-02-02 · +2 more sources',
      'file:///ws/f.txt:0:25 55 — Officials in Quetta',
    ]);
    const links = service.hover(fixture.cursor!.uri, fixture.cursor!.offset)!.markdown.match(/\]\(file:[^)]*\)/g);
    assert.deepEqual(links?.map((link) => link.slice(13, 18)).sort(), [
      'a.txt',
      'b.txt',
      'c.txt',
      'd.txt',
      'e.txt',
      'f.txt',
    ]);
  });

  it('diagnostics: at most 8 competing figures, then a row "and N more" that leads back to the claim, whose hover lists them', () => {
    const outlets = [
      'Dawn',
      'Reuters',
      'AP',
      'BBC News',
      'Al Jazeera',
      'The Hindu',
      'NPR',
      'CNN',
      'Variety',
      'People',
      'Yahoo',
    ];
    const fixture = parseFixture(
      outlets
        .map(
          (outlet, i) =>
            `//- /${String.fromCharCode(97 + i)}.txt\nSource ${outlet}\n\nOfficials in Quetta said ${10 + 10 * i} ${i === 0 ? 'peo$0ple' : 'people'} were killed in a bomb blast at a market in Quetta, Balochistan.\n`,
        )
        .join(''),
    );
    const service = serviceOf(fixture);
    const [diagnostic, ...others] = service.diagnostics(service.model.getByUri(fixture.cursor!.uri)!);
    assert.equal(others.length, 0);
    assert.equal(
      diagnostic.message,
      '10 people killed here; 20 in Reuters; 30 in AP; 40 in BBC News; 50 in Al Jazeera; 60 in The Hindu; and 5 other figures',
    );
    assert.deepEqual(related(diagnostic.related), [
      'file:///ws/b.txt:2:25 20 — Officials in Quetta · Reuters',
      'file:///ws/c.txt:2:25 30 — Officials in Quetta · AP',
      'file:///ws/d.txt:2:25 40 — Officials in Quetta · BBC News',
      'file:///ws/e.txt:2:25 50 — Officials in Quetta · Al Jazeera',
      'file:///ws/f.txt:2:25 60 — Officials in Quetta · The Hindu',
      'file:///ws/g.txt:2:25 70 — Officials in Quetta · NPR',
      'file:///ws/h.txt:2:25 80 — Officials in Quetta · CNN',
      'file:///ws/i.txt:2:25 90 — Officials in Quetta · Variety',
      'file:///ws/a.txt:2:25 and 2 more figures: hover the figure for the table',
    ]);
    const hover = service.hover(fixture.cursor!.uri, fixture.cursor!.offset)!.markdown.split('\n');
    assert.deepEqual(hover.slice(13, 15), [
      '| 100 | exact | Officials in Quetta | People | — | [j:3](file:///ws/j.txt#L3) |',
      '| 110 | exact | Officials in Quetta | Yahoo | — | [k:3](file:///ws/k.txt#L3) |',
    ]);
  });

  it('diagnostics: one per claim, however many findings involve it (the most serious gives its kind)', () => {
    const fixture = parseFixture(`
//- /a.txt
Police in Quetta said 17 security personnel were killed in the attacks in Quetta, Balochistan.
//- /b.txt
Officials in Quetta said 15 security per$0sonnel were killed in the attacks in Quetta, Balochistan.
//- /c.txt
The Balochistan Liberation Army (BLA) claims 200 security personnel were killed in the attacks in Quetta, Balochistan.
`);
    const service = serviceOf(fixture);
    const diagnostics = service.diagnostics(service.model.getByUri(fixture.cursor!.uri)!);
    assert.deepEqual(
      diagnostics.map((d) => [d.finding.kind, d.findings.map((f) => f.kind), d.message, related(d.related)]),
      [
        [
          'conflict',
          ['conflict', 'attributed'],
          '15 security personnel killed here; 17 in a (also an attributed finding)',
          ['file:///ws/a.txt:0:22 17 — Police in Quetta', 'file:///ws/c.txt:0:45 200'],
        ],
      ],
    );
  });

  it("one speaker everywhere: the hover, the Claims view's locations and the related information name who the finding says gave the figure", () => {
    const fixture = parseFixture(`
//- /a.txt
Source Dawn

QUETTA, Pakistan — Pakistani security forces have killed 1$077 militants across Balochistan over the last 48 hours.
The Military's Response
Interior Minister Mohsin Naqvi confirmed on Monday that the death toll of militants rose to 177 after additional raids overnight.
//- /b.txt
QUETTA, Pakistan — Officials said Pakistani security forces have killed 145 militants across Balochistan over the last 48 hours.
`);
    const service = serviceOf(fixture);
    // The claim under the cursor names no speaker itself; the finding's timeline takes the minister's, as the CLI does.
    assert.equal(service.model.getByUri(fixture.cursor!.uri)!.analysis.claims[0].attribution, null);
    const hover = service.hover(fixture.cursor!.uri, fixture.cursor!.offset)!.markdown.split('\n');
    assert.equal(
      hover[4],
      '| **177** | exact | Interior Minister Mohsin Naqvi | Dawn | — | [a:3](file:///ws/a.txt#L3) +1 |',
    );
    assert.deepEqual(
      service.findings({}).findings.map((f) => f.locations.map((l) => [l.claimId, l.source, l.label])),
      [
        [
          ['a.txt:2:57', 'Interior Minister Mohsin Naqvi', 'Dawn'],
          ['a.txt:4:92', 'Interior Minister Mohsin Naqvi', 'Dawn'],
          ['b.txt:0:72', 'Officials', 'b'],
        ],
      ],
    );
    const onB = service.diagnostics(service.model.getByUri('file:///ws/b.txt')!);
    assert.deepEqual(
      onB.map((d) => [d.message, related(d.related)]),
      [
        [
          '145 militants killed here; 177 in Dawn',
          ['file:///ws/a.txt:2:57 177 — Interior Minister Mohsin Naqvi · Dawn'],
        ],
      ],
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
    const where = (includeDeclaration: boolean) =>
      service.references(uri, offset, includeDeclaration).map((l) => `${l.uri} ${l.claim.text}`);
    assert.deepEqual(where(true), ['file:///ws/a.txt 12 people', 'file:///ws/b.txt 12 people']);
    assert.deepEqual(where(false), ['file:///ws/b.txt 12 people']);
  });

  it('symbols: the outline of a document, and the workspace searched by what its claims count', () => {
    const fixture = parseFixture(DISAGREE);
    const service = serviceOf(fixture);
    assert.deepEqual(
      service.documentClaims(fixture.cursor!.uri).map((l) => l.claim.text),
      ['12 people'],
    );
    assert.deepEqual(
      service.workspaceSymbols('people killed').map((s) => `${s.file}: ${s.name}`),
      ['a.txt: 12 people', 'b.txt: 40 people'],
    );
    assert.deepEqual(service.workspaceSymbols('civilians'), []);
  });
});

describe('service: semantic tokens, from fixtures in memory', () => {
  const tokensOf = (source: string) => {
    const fixture = parseFixture(source);
    const text = fixture.files[0].text;
    return serviceOf(fixture)
      .semanticTokens(fixture.cursor!.uri)!
      .tokens.map((t) => [text.slice(t.start, t.end), t.type, t.contested, t.attributed]);
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
