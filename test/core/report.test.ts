// The reports (text, Markdown, JSON, SARIF) on hand-built analyses: exact output, and SARIF checked against the
// official SARIF 2.1.0 schema.
import { strict as assert } from 'node:assert';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import type { Claim, DocumentAnalysis, DocumentMeta, EventDate, Finding } from '../../server/src/core';
import {
  checkReport,
  compactJsonChunks,
  escapeMarkdown,
  extractReport,
  extractTextReport,
  jsonTextChunks,
  markdownReport,
  sarifLevel,
  sarifReport,
  summaryLine,
  textReport,
  toJsonText,
} from '../../server/src/core/report';
import { quoteAround } from '../../server/src/core/report/text';

interface ClaimSpec {
  file: string;
  line: number;
  character: number;
  text: string;
  low: number | null;
  high: number | null;
  qualifier?: Claim['qualifier'];
  source?: string;
  cue?: string;
  asOf?: string;
}

function claim(spec: ClaimSpec): Claim {
  const lines = spec.text.split('\n');
  const endLine = spec.line + lines.length - 1;
  const endCharacter = lines.length === 1 ? spec.character + spec.text.length : lines[lines.length - 1].length;
  return {
    id: `${spec.file}:${spec.line}:${spec.character}`,
    file: spec.file,
    line: spec.line,
    character: spec.character,
    endLine,
    endCharacter,
    start: 0,
    end: spec.text.length,
    text: spec.text,
    sentence: `${spec.text}.`,
    value: { stated: spec.low ?? spec.high ?? 0, low: spec.low, high: spec.high },
    qualifier: spec.qualifier ?? 'exact',
    quantityKind: 'count',
    unit: 'militants',
    unitKey: 'militant',
    predicate: 'killed',
    attribution: spec.source ? { source: spec.source, cue: spec.cue ?? 'said' } : null,
    stance: 'asserted',
    asOf: spec.asOf ?? null,
    context: { places: [], organisations: [], people: [], dates: [] },
    sentenceIndex: 0,
    paragraphIndex: 0,
    repeatOf: null,
  };
}

function meta(outlet: string | null, date: string | null): DocumentMeta {
  return { title: null, outlet, author: null, date, url: null };
}

const bugti145 = claim({
  file: 'news/a.txt',
  line: 6,
  character: 0,
  text: 'Militants Killed: 145',
  low: 145,
  high: 145,
  source: 'Chief Minister Sarfraz Bugti',
  cue: 'confirmed',
  asOf: '2026-02-01',
});
const naqvi177 = claim({
  file: 'news/b b.md',
  line: 2,
  character: 41,
  text: '177 militants',
  low: 177,
  high: 177,
  source: 'Interior Minister Mohsin Naqvi',
  cue: 'confirmed',
  asOf: '2026-02-02',
});
const stateMedia197 = claim({
  file: 'news/b b.md',
  line: 9,
  character: 4,
  text: '197\nmilitants',
  low: 197,
  high: 197,
});
const atLeast31 = claim({
  file: 'news/a.txt',
  line: 3,
  character: 10,
  text: 'at least 31 civilians',
  low: 31,
  high: null,
  qualifier: 'at least',
});

const beganJan29: EventDate = {
  id: 'news/b b.md:date:4:20',
  event: 'began',
  subject: 'attacks',
  date: '2026-01-29',
  weekday: null,
  text: 'January 29',
  line: 4,
  character: 20,
  endLine: 4,
  endCharacter: 30,
  start: 100,
  end: 110,
};
const beganJan31: EventDate = {
  id: 'news/a.txt:date:1:5',
  event: 'began',
  subject: 'attacks',
  date: '2026-01-31',
  weekday: 'saturday',
  text: 'Saturday, January 31',
  line: 1,
  character: 5,
  endLine: 1,
  endCharacter: 25,
  start: 20,
  end: 40,
};

const docs: DocumentAnalysis[] = [
  {
    file: 'news/a.txt',
    meta: meta('Tatkaal Khabar', '2026-02-01'),
    claims: [atLeast31, bugti145],
    attributions: [],
    eventDates: [beganJan31],
    names: [],
  },
  {
    file: 'news/b b.md',
    meta: meta('The Hindu | Pakistan', '2026-02-02'),
    claims: [naqvi177, stateMedia197],
    attributions: [],
    eventDates: [beganJan29],
    names: [],
  },
];

/** In the engine's order: the hint first, so that the reports' most-severe-first order shows. */
const findings: Finding[] = [
  {
    id: 'unattributed/militants-killed/197',
    kind: 'unattributed',
    severity: 'hint',
    subject: 'militants killed',
    claims: [stateMedia197.id],
    message: '197 militants killed: no source named',
    timeline: [],
  },
  {
    id: 'conflict/militants-killed/145-177-197',
    kind: 'conflict',
    severity: 'warning',
    subject: 'militants killed',
    claims: [naqvi177.id, bugti145.id, stateMedia197.id],
    message:
      '145 militants killed in a.txt (Chief Minister Sarfraz Bugti, 1 Feb); 177 in b b.md (2 Feb); 197 in b b.md',
    timeline: [
      {
        claimId: bugti145.id,
        file: bugti145.file,
        figure: '145',
        date: '2026-02-01',
        source: 'Chief Minister Sarfraz Bugti',
        outlet: 'Tatkaal Khabar',
        label: 'Tatkaal Khabar',
        superseded: true,
      },
      {
        claimId: naqvi177.id,
        file: naqvi177.file,
        figure: '177',
        date: '2026-02-02',
        source: 'Interior Minister Mohsin Naqvi',
        outlet: 'The Hindu | Pakistan',
        label: 'The Hindu | Pakistan',
        superseded: false,
      },
    ],
  },
  {
    id: 'date/attacks-began',
    kind: 'date',
    severity: 'error',
    subject: 'attacks began',
    claims: [beganJan31.id, beganJan29.id],
    message: 'The attacks began on 31 January here; on 29 January in b b.md',
    timeline: [],
  },
];

const SARIF_SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function sarifValidator(): (log: unknown) => string[] {
  // The official schema has one pattern that is not valid with the u flag, and is draft-04: hence these options.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false });
  addFormats(ajv);
  const validate = ajv.compile(SARIF_SCHEMA);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

describe('text report', () => {
  it('groups the findings most severe first, one indented line per source, and ends with a summary', () => {
    assert.equal(
      textReport(docs, findings),
      [
        'error: attacks began [date]',
        '  The attacks began on 31 January here; on 29 January in b b.md',
        '    news/a.txt:2:6    Saturday, January 31  Tatkaal Khabar · 2026-02-01',
        '    news/b b.md:5:21  January 29            The Hindu | Pakistan · 2026-02-02',
        '',
        'warning: militants killed [conflict]',
        '  145 militants killed in a.txt (Chief Minister Sarfraz Bugti, 1 Feb); 177 in b b.md (2 Feb); 197 in b b.md',
        '    news/a.txt:7:1    Militants Killed: 145  Chief Minister Sarfraz Bugti · Tatkaal Khabar · 2026-02-01 · superseded',
        '    news/b b.md:3:42  177 militants          Interior Minister Mohsin Naqvi · The Hindu | Pakistan · 2026-02-02',
        '    news/b b.md:10:5  197 militants          unattributed · The Hindu | Pakistan · 2026-02-02',
        '',
        'hint: militants killed [unattributed]',
        '  197 militants killed: no source named',
        '    news/b b.md:10:5  197 militants  unattributed · The Hindu | Pakistan · 2026-02-02',
        '',
        '3 findings in 2 files (1 error, 1 warning, 1 hint), from 4 claims.',
        '',
      ].join('\n'),
    );
  });

  it('colours severities for a terminal only when asked', () => {
    const colored = textReport(docs, findings, { color: true });
    assert.ok(
      colored.startsWith('\x1b[1;31merror\x1b[0m: \x1b[1mattacks began\x1b[0m \x1b[2m[date]\x1b[0m\n'),
      colored.slice(0, 80),
    );
    assert.ok(!textReport(docs, findings).includes('\x1b'));
  });

  it('says plainly when nothing disagrees, and counts in the singular', () => {
    assert.equal(textReport(docs, []), 'No conflicting figures in 2 files (4 claims read).\n');
    assert.equal(summaryLine([docs[0]], [findings[0]]), '1 finding in 1 file (1 hint), from 2 claims.');
    assert.equal(
      summaryLine(docs, [findings[1], { ...findings[1], id: 'x', severity: 'information' }]),
      '2 findings in 2 files (1 warning, 1 information), from 4 claims.',
    );
  });

  it('quotes the words around each claim, so that a claim far into a one-line file can be read at the terminal', () => {
    // a file that is one 3,400-character line: the claim stands at column 3,400
    const sentence =
      'Officials said on Monday that security forces had killed at least 18 civilians and 15 security personnel, triggering a curfew.';
    const filler = 'The operation went on through the night in several districts of the province. '
      .repeat(50)
      .slice(0, 3399 - sentence.indexOf('at least'));
    const line = filler + sentence;
    const character = line.indexOf('at least 18 civilians');
    assert.equal(character, 3399);
    const far = {
      ...claim({
        file: 'wire.txt',
        line: 5,
        character,
        text: 'at least 18 civilians',
        low: 18,
        high: null,
        qualifier: 'at least',
      }),
      sentence,
    };
    const near = {
      ...claim({ file: 'short.txt', line: 0, character: 0, text: '31 civilians', low: 31, high: 31 }),
      sentence: '31 civilians were killed.',
    };
    const wire: DocumentAnalysis[] = [
      { file: 'wire.txt', meta: meta(null, '2026-02-02'), claims: [far], attributions: [], eventDates: [], names: [] },
      {
        file: 'short.txt',
        meta: meta('Dawn', null),
        claims: [near, atLeast31],
        attributions: [],
        eventDates: [],
        names: [],
      },
    ];
    const conflict: Finding = {
      id: 'conflict/civilians-killed',
      kind: 'conflict',
      severity: 'warning',
      subject: 'civilians killed',
      claims: [near.id, far.id, atLeast31.id],
      message: '31 civilians killed in short.txt; at least 18 in wire.txt',
      timeline: [],
    };
    assert.equal(
      textReport(wire, [conflict]),
      [
        'warning: civilians killed [conflict]',
        '  31 civilians killed in short.txt; at least 18 in wire.txt',
        '    news/a.txt:4:11  at least 31 civilians  unattributed',
        '    short.txt:1:1    31 civilians           unattributed · Dawn',
        '      “31 civilians were killed.”',
        '    wire.txt:6:3400  at least 18 civilians  unattributed · 2026-02-02',
        '      “…on Monday that security forces had killed at least 18 civilians and 15 security personnel, triggering a…”',
        '',
        '1 finding in 2 files (1 warning), from 3 claims.',
        '',
      ].join('\n'),
    );
  });

  it('quotes about 40 characters on each side of the figure, to the end of the words it cuts into, and nothing when the sentence is the figure', () => {
    assert.equal(
      quoteAround(
        'QUETTA, Pakistan — In one of the most significant security flare-ups in recent years, Pakistani security forces have killed at least 145 militants following a wave of coordinated attacks across the restive province of Balochistan.',
        'at least 145 militants',
      ),
      '…years, Pakistani security forces have killed at least 145 militants following a wave of coordinated attacks…',
    );
    assert.equal(
      quoteAround('Nearly 50 people –\n31 civilians and 17 security personnel – were killed.', '31 civilians'),
      'Nearly 50 people – 31 civilians and 17 security personnel – were killed.',
    );
    assert.equal(quoteAround('Militants Killed: 145', 'Militants Killed: 145'), null);
    assert.equal(quoteAround('“At least 31 civilians.”', 'At least 31 civilians'), null);
  });

  it('lists a finding whose ids resolve to nothing with its message alone', () => {
    const orphan: Finding = { ...findings[0], claims: ['gone.txt:1:1'], timeline: [] };
    assert.equal(
      textReport(docs, [orphan]),
      'hint: militants killed [unattributed]\n  197 militants killed: no source named\n\n1 finding in 2 files (1 hint), from 4 claims.\n',
    );
  });
});

describe('Markdown report', () => {
  it('gives a section and a table per finding, most severe first', () => {
    assert.equal(
      markdownReport(docs, findings),
      [
        '# Crosscheck report',
        '',
        '3 findings in 2 files (1 error, 1 warning, 1 hint), from 4 claims.',
        '',
        '## 1. Error: attacks began (date)',
        '',
        'The attacks began on 31 January here; on 29 January in b b.md',
        '',
        '| Figure | Who said it | Outlet | Date | Where |',
        '| --- | --- | --- | --- | --- |',
        '| Saturday, January 31 | — | Tatkaal Khabar | 2026-02-01 | `news/a.txt:2` |',
        '| January 29 | — | The Hindu \\| Pakistan | 2026-02-02 | `news/b b.md:5` |',
        '',
        '## 2. Warning: militants killed (conflict)',
        '',
        '145 militants killed in a.txt (Chief Minister Sarfraz Bugti, 1 Feb); 177 in b b.md (2 Feb); 197 in b b.md',
        '',
        '| Figure | Who said it | Outlet | Date | Where |',
        '| --- | --- | --- | --- | --- |',
        '| Militants Killed: 145 *(superseded)* | Chief Minister Sarfraz Bugti | Tatkaal Khabar | 2026-02-01 | `news/a.txt:7` |',
        '| 177 militants | Interior Minister Mohsin Naqvi | The Hindu \\| Pakistan | 2026-02-02 | `news/b b.md:3` |',
        '| 197 militants | unattributed | The Hindu \\| Pakistan | 2026-02-02 | `news/b b.md:10` |',
        '',
        '## 3. Hint: militants killed (unattributed)',
        '',
        '197 militants killed: no source named',
        '',
        '| Figure | Who said it | Outlet | Date | Where |',
        '| --- | --- | --- | --- | --- |',
        '| 197 militants | unattributed | The Hindu \\| Pakistan | 2026-02-02 | `news/b b.md:10` |',
        '',
      ].join('\n'),
    );
  });

  it('escapes text so that it reads literally, in a table cell too', () => {
    assert.equal(
      escapeMarkdown('*31* [killed](x) <b>a|b</b> _c_ `d` ~e~ \\'),
      '\\*31\\* \\[killed\\](x) \\<b\\>a\\|b\\</b\\> \\_c\\_ \\`d\\` \\~e\\~ \\\\',
    );
    assert.equal(escapeMarkdown('# 31\nkilled'), '\\# 31 killed');
    assert.equal(escapeMarkdown('2026. A year'), '2026\\. A year');
    assert.equal(escapeMarkdown('- 31 killed'), '\\- 31 killed');
  });
});

describe('JSON report', () => {
  it('keeps the contract: files, claims with their fields, conflicts', () => {
    const report = JSON.parse(toJsonText(checkReport(docs, findings)));
    assert.deepEqual(report.files, ['news/a.txt', 'news/b b.md']);
    assert.deepEqual(
      report.claims.map((c: Claim) => c.id),
      [atLeast31.id, bugti145.id, naqvi177.id, stateMedia197.id],
    );
    const first = report.claims[0];
    for (const key of [
      'id',
      'file',
      'line',
      'character',
      'endLine',
      'endCharacter',
      'text',
      'sentence',
      'value',
      'qualifier',
      'unit',
      'predicate',
      'attribution',
      'asOf',
    ]) {
      assert.ok(key in first, `claim field ${key}`);
    }
    assert.deepEqual(first.value, { stated: 31, low: 31, high: null });
    assert.equal(first.attribution, null);
    assert.deepEqual(report.claims[1].attribution, { source: 'Chief Minister Sarfraz Bugti', cue: 'confirmed' });
    assert.deepEqual(
      report.conflicts.map((f: Finding) => [f.id, f.kind, f.severity, f.subject, f.claims.length, typeof f.message]),
      [
        ['unattributed/militants-killed/197', 'unattributed', 'hint', 'militants killed', 1, 'string'],
        ['conflict/militants-killed/145-177-197', 'conflict', 'warning', 'militants killed', 3, 'string'],
        ['date/attacks-began', 'date', 'error', 'attacks began', 2, 'string'],
      ],
    );
    assert.deepEqual(report.documents[1], {
      file: 'news/b b.md',
      meta: { title: null, outlet: 'The Hindu | Pakistan', author: null, date: '2026-02-02', url: null },
    });
    assert.deepEqual(report.skipped, []);
    assert.deepEqual(checkReport(docs, findings, { skipped: [{ file: 'x.txt', reason: 'binary' }] }).skipped, [
      { file: 'x.txt', reason: 'binary' },
    ]);
    assert.deepEqual(
      report.eventDates.map((d: EventDate & { file: string }) => [d.id, d.file]),
      [
        [beganJan31.id, 'news/a.txt'],
        [beganJan29.id, 'news/b b.md'],
      ],
    );
  });

  it('writes in pieces exactly the text toJsonText writes, for reports of any shape and size', () => {
    const odd = {
      empty: [],
      none: {},
      skipped: undefined,
      fn: () => 1,
      nested: [[[], [1, [2, { a: [{}] }]]], { b: { c: { d: { e: [1] } } } }],
      holes: [undefined, null, () => 2, 'line\nbreak', -0, NaN, 1e21, new Date(0)],
      text: 'quote " and \\ and \u2028',
      '0': 'integer-like key',
    };
    for (const report of [
      checkReport(docs, findings),
      sarifReport(docs, findings, { toolVersion: '0.1.0', sourceRootUri: 'file:///w/' }),
      odd,
      [],
      {},
      'plain',
      7,
      null,
    ]) {
      assert.equal([...jsonTextChunks(report)].join(''), toJsonText(report));
    }
    const large = { claims: Array.from({ length: 30_000 }, (_, i) => ({ id: `f.txt:${i}:0`, text: 'x'.repeat(40) })) };
    const pieces = [...jsonTextChunks(large)];
    assert.ok(pieces.length > 1 && pieces.every((p) => p.length < 2 * 1024 * 1024), `${pieces.length} pieces`);
    assert.equal(pieces.join(''), toJsonText(large));
  });

  it('writes in pieces exactly the text JSON.stringify writes, compact (for the engine snapshot)', () => {
    const odd = {
      empty: [],
      none: {},
      skipped: undefined,
      fn: () => 1,
      nested: [[[], [1, [2, { a: [{}] }]]], { b: { c: { d: { e: [1] } } } }],
      holes: [undefined, null, () => 2, 'line\nbreak', -0, NaN, 1e21, new Date(0)],
      text: 'quote " and \\ and \u2028',
      '0': 'integer-like key',
    };
    for (const value of [checkReport(docs, findings), odd, [], {}, 'plain', 7, null]) {
      assert.equal([...compactJsonChunks(value)].join(''), JSON.stringify(value));
    }
    const large = { files: Array.from({ length: 30_000 }, (_, i) => ({ file: `f${i}.txt`, buckets: [i, i + 1] })) };
    const pieces = [...compactJsonChunks(large)];
    assert.ok(pieces.length > 1 && pieces.every((p) => p.length < 2 * 1024 * 1024), `${pieces.length} pieces`);
    assert.equal(pieces.join(''), JSON.stringify(large));
  });

  it('gives extract its { claims, attributions }', () => {
    const attribution = {
      source: 'Interior Minister Mohsin Naqvi',
      cue: 'confirmed',
      content: 'the toll rose to 177',
      line: 2,
      character: 0,
      endLine: 2,
      endCharacter: 30,
      start: 5,
      end: 35,
    };
    const report = extractReport({ ...docs[1], attributions: [attribution] });
    assert.deepEqual(Object.keys(report), ['claims', 'attributions']);
    assert.deepEqual(report.attributions, [attribution]);
    assert.equal(report.claims.length, 2);
  });
});

describe('extract text report', () => {
  it('lists claims with their interval and attributions with their content', () => {
    const attribution = {
      source: 'Interior Minister Mohsin Naqvi',
      cue: 'confirmed',
      content: 'the toll\nrose to 177',
      line: 2,
      character: 0,
      endLine: 2,
      endCharacter: 30,
      start: 5,
      end: 35,
    };
    assert.equal(
      extractTextReport({ ...docs[1], attributions: [attribution] }),
      [
        'news/b b.md: 2 claims, 1 attribution',
        '  The Hindu | Pakistan · 2026-02-02',
        '',
        'Claims',
        '  3:42  177 militants  [177] killed · Interior Minister Mohsin Naqvi (confirmed) · 2026-02-02',
        '  10:5  197 militants  [197] killed',
        '',
        'Attributions',
        '  3:1  Interior Minister Mohsin Naqvi (confirmed): "the toll rose to 177"',
        '',
      ].join('\n'),
    );
    assert.equal(
      extractTextReport({ ...docs[0], claims: [atLeast31] }).split('\n')[4],
      '  4:11  at least 31 civilians  [>= 31] killed',
    );
    const repeat = { ...atLeast31, id: 'news/a.txt:20:0', line: 20, character: 0, repeatOf: atLeast31.id };
    assert.equal(
      extractTextReport({ ...docs[0], claims: [atLeast31, repeat] }).split('\n')[5],
      '  21:1  at least 31 civilians  [>= 31] killed · repeats 4:11',
    );
  });
});

describe('SARIF report', () => {
  const validate = sarifValidator();
  const log = sarifReport(docs, findings, { toolVersion: '0.1.0', sourceRootUri: 'file:///work/news/' });

  it('is valid SARIF 2.1.0 by the official schema, which does reject a broken log', () => {
    assert.deepEqual(validate(log), []);
    assert.deepEqual(validate(sarifReport(docs, [])), []);
    assert.notDeepEqual(validate({ ...log, version: '2.0.0' }), []);
    assert.notDeepEqual(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] }), []);
  });

  it('has one result per finding per location, most severe first, ruled by kind with the level from the severity', () => {
    const results = log.runs[0].results!;
    assert.deepEqual(
      results.map((r) => [
        r.ruleId,
        r.level,
        r.locations![0].physicalLocation!.artifactLocation!.uri,
        r.locations![0].physicalLocation!.region!.startLine,
      ]),
      [
        ['date', 'error', 'news/a.txt', 2],
        ['date', 'error', 'news/b%20b.md', 5],
        ['conflict', 'warning', 'news/a.txt', 7],
        ['conflict', 'warning', 'news/b%20b.md', 3],
        ['conflict', 'warning', 'news/b%20b.md', 10],
        ['unattributed', 'note', 'news/b%20b.md', 10],
      ],
    );
    const rules = log.runs[0].tool.driver.rules!;
    for (const result of results) assert.equal(rules[result.ruleIndex!].id, result.ruleId);
    assert.equal(results[2].message.text, findings[1].message);
  });

  it('gives 1-based UTF-16 regions, related locations for the other claims, and fingerprints from the finding id', () => {
    const [, , bugti, , multiLine] = log.runs[0].results!;
    assert.deepEqual(multiLine.locations![0].physicalLocation!.region, {
      startLine: 10,
      startColumn: 5,
      endLine: 11,
      endColumn: 10,
      snippet: { text: '197 militants' },
    });
    assert.deepEqual(
      bugti.relatedLocations!.map((l: Sarif.Location) => [
        l.id,
        l.physicalLocation!.artifactLocation!.uri,
        l.physicalLocation!.region!.startLine,
        l.message!.text,
      ]),
      [
        [1, 'news/b%20b.md', 3, '177 militants (Interior Minister Mohsin Naqvi, The Hindu | Pakistan, 2026-02-02)'],
        [2, 'news/b%20b.md', 10, '197 militants (The Hindu | Pakistan, 2026-02-02)'],
      ],
    );
    assert.deepEqual(bugti.partialFingerprints, {
      'crosscheck/finding/v1': 'conflict/militants-killed/145-177-197',
      'crosscheck/location/v1': 'conflict/militants-killed/145-177-197|news/a.txt|Militants Killed: 145|0',
    });
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
    assert.deepEqual(log.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/news/' } });
    assert.deepEqual(
      log.runs[0].artifacts!.map((a) => a.location!.uri),
      ['news/a.txt', 'news/b%20b.md'],
    );
  });

  it('reports the files it could not read as notifications of the invocation, still valid SARIF', () => {
    const withSkips = sarifReport(docs, findings, {
      skipped: [{ file: 'news/bad file.txt', reason: 'binary file (contains NUL bytes)' }],
    });
    assert.deepEqual(validate(withSkips), []);
    assert.deepEqual(withSkips.runs[0].invocations, [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: { text: 'Skipped news/bad file.txt: binary file (contains NUL bytes)' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'news/bad%20file.txt', uriBaseId: '%SRCROOT%' } } },
            ],
          },
        ],
      },
    ]);
    assert.equal(log.runs[0].invocations, undefined);
  });

  it('describes every kind of finding as a rule with help text', () => {
    const rules = log.runs[0].tool.driver.rules!;
    assert.deepEqual(
      rules.map((r) => [r.id, r.defaultConfiguration!.level]),
      [
        ['conflict', 'warning'],
        ['revision', 'note'],
        ['internal', 'warning'],
        ['attributed', 'note'],
        ['date', 'warning'],
        ['weekday', 'warning'],
        ['name-variant', 'note'],
        ['unattributed', 'note'],
      ],
    );
    for (const rule of rules) assert.ok(rule.help!.text.length > 40, rule.id);
    assert.equal(sarifLevel('information'), 'note');
    assert.equal(sarifLevel('hint'), 'note');
  });
});

describe('report rows', () => {
  it('fold a figure a file repeats into one row, listing where it comes again', () => {
    const again = claim({
      file: 'news/a.txt',
      line: 30,
      character: 2,
      text: 'Militants killed: 145',
      low: 145,
      high: 145,
      source: 'Chief Minister Sarfraz Bugti',
      cue: 'confirmed',
      asOf: '2026-02-01',
    });
    const sameLine = claim({
      file: 'news/a.txt',
      line: 30,
      character: 50,
      text: 'militants killed: 145',
      low: 145,
      high: 145,
      source: 'Chief Minister Sarfraz Bugti',
      cue: 'confirmed',
      asOf: '2026-02-01',
    });
    const withRepeats: DocumentAnalysis[] = [{ ...docs[0], claims: [...docs[0].claims, again, sameLine] }, docs[1]];
    const finding: Finding = {
      ...findings[1],
      claims: [naqvi177.id, again.id, bugti145.id, sameLine.id],
      timeline: [],
    };
    assert.equal(
      textReport(withRepeats, [finding]).split('\n').slice(2, 4).join('\n'),
      [
        '    news/a.txt:7:1    Militants Killed: 145  Chief Minister Sarfraz Bugti · Tatkaal Khabar · 2026-02-01 · again at 31:3, 31:51',
        '    news/b b.md:3:42  177 militants          Interior Minister Mohsin Naqvi · The Hindu | Pakistan · 2026-02-02',
      ].join('\n'),
    );
    assert.ok(
      markdownReport(withRepeats, [finding]).includes(
        '| Militants Killed: 145 | Chief Minister Sarfraz Bugti | Tatkaal Khabar | 2026-02-01 | `news/a.txt:7,31` |',
      ),
    );
    assert.equal(sarifReport(withRepeats, [finding]).runs[0].results!.length, 4);
  });
});

describe('text report quotes', () => {
  it('quote a repeat far into a long line after its position when its words differ, once per wording', () => {
    const first = {
      ...claim({ file: 'news/a.txt', line: 5, character: 1079, text: 'at least 145 militants', low: 145, high: 145 }),
      sentence:
        'The weekend attacks, claimed by the BLA, killed at least 145 militants across the province, officials said on Sunday.',
    };
    const far = {
      ...claim({ file: 'news/a.txt', line: 5, character: 3398, text: 'at least 145 militants', low: 145, high: 145 }),
      sentence:
        'Security forces over the weekend killed at least 145 militants, drawing criticism from rights groups in Quetta.',
    };
    // The same sentence again (a paragraph the page repeats): its quote would say nothing new.
    const same = { ...far, id: 'news/a.txt:5:3500', character: 3500 };
    const withRepeats: DocumentAnalysis[] = [{ ...docs[0], claims: [first, far, same] }, docs[1]];
    const finding: Finding = { ...findings[1], claims: [first.id, far.id, same.id, naqvi177.id], timeline: [] };
    assert.deepEqual(textReport(withRepeats, [finding]).split('\n').slice(2, 6), [
      '    news/a.txt:6:1080  at least 145 militants  unattributed · Tatkaal Khabar · 2026-02-01 · again at 6:3399, 6:3501',
      '      “…weekend attacks, claimed by the BLA, killed at least 145 militants across the province, officials said on Sunday.”',
      '      6:3399 “Security forces over the weekend killed at least 145 militants, drawing criticism from rights groups in…”',
      '    news/b b.md:3:42   177 militants           Interior Minister Mohsin Naqvi · The Hindu | Pakistan · 2026-02-02',
    ]);
  });
});

describe('text report layout', () => {
  it('cuts a figure longer than 40 characters with an ellipsis, and lists a finding without timeline in file order', () => {
    const long: EventDate = {
      ...beganJan29,
      id: 'news/b b.md:date:0:0',
      line: 0,
      character: 0,
      text: 'escalation began with a series of coordinated attacks on January 29 and 30, 2026',
    };
    const undated = { ...docs[1], meta: { ...docs[1].meta, date: null }, eventDates: [long, beganJan29] };
    const finding: Finding = { ...findings[2], claims: [beganJan29.id, beganJan31.id, long.id] };
    assert.deepEqual(textReport([docs[0], undated], [finding]).split('\n').slice(2, 5), [
      '    news/a.txt:2:6    Saturday, January 31                      Tatkaal Khabar · 2026-02-01',
      '    news/b b.md:1:1   escalation began with a series of coord…  The Hindu | Pakistan',
      '    news/b b.md:5:21  January 29                                The Hindu | Pakistan',
    ]);
  });
});
