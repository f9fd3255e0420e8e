// Articles of the shared archive in the service (WorkspaceModel.setArchived, as the language server's archive link
// stores them): compared like files, marked in hovers, related information and quick-fix titles, and never the
// workspace's own (no diagnostics, not counted, findings among them alone left out).
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core';
import { parseFixture, serviceOf } from './fixture';

const DRAFT = `
//- /a.txt
Police in Quetta said 12 peo$0ple were killed in a bomb blast at a market in Quetta, Balochistan.
`;
const ARCHIVED = 'Officials in Quetta said 40 people were killed in a bomb blast at a market in Quetta, Balochistan.';
const ARCHIVED_TOO = 'Doctors in Quetta said 41 people were killed in a bomb blast at a market in Quetta, Balochistan.';

/** An article as the archive gives it back: its analysis under its archive path, with the stored metadata. */
function archived(text: string, file: string) {
  const analysis = analyzeDocument(`${text}\n`, file);
  return {
    analysis: { ...analysis, meta: { ...analysis.meta, outlet: 'Dawn', date: '2026-02-03' } },
    uri: `https://dawn.example/${file.split('/').pop()}`,
  };
}

describe('service: articles of the shared archive beside the workspace', () => {
  it('compares an open draft with an archived article, marked as from the archive, and forgets it when asked', () => {
    const fixture = parseFixture(DRAFT);
    const service = serviceOf(fixture);
    const { uri, offset } = fixture.cursor!;
    assert.match(service.hover(uri, offset)!.markdown, /^\*\*Crosscheck: only this file gives people killed\*\*/);

    assert.deepEqual(service.model.setArchived([archived(ARCHIVED, '/archive/filed/b.txt')]), ['/archive/filed/b.txt']);
    const rows = service
      .hover(uri, offset)!
      .markdown.split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Figure'));
    assert.deepEqual(rows, [
      '| 40 | exact | Officials in Quetta | Dawn | 2026-02-03 | archive [b:1](https://dawn.example/b.txt#L1) |',
      '| **12** | exact | Police in Quetta | a | — | [a:1](file:///ws/a.txt#L1) |',
    ]);
    const draft = service.model.getByUri(uri)!;
    const [diagnostic] = service.diagnostics(draft);
    assert.deepEqual(
      diagnostic.related.map((r) => [r.uri, r.message]),
      [['https://dawn.example/b.txt', '40 — Officials in Quetta · Dawn [archive] · 2026-02-03']],
    );
    assert.deepEqual(service.diagnostics(service.model.getByFile('/archive/filed/b.txt')!), []);
    assert.deepEqual(service.status(false), { files: 1, findings: 1, indexing: false });
    const [finding] = service.findings({}).findings;
    assert.deepEqual(
      finding.locations.map((l) => [l.uri, l.archive ?? false]),
      [
        ['https://dawn.example/b.txt', true],
        ['file:///ws/a.txt', false],
      ],
    );
    const titles = service
      .codeActions({
        uri,
        range: draft.analysis.claims[0],
        quickFixes: true,
        fixAll: false,
        citationStyle: 'auto',
        canCreateFiles: false,
      })
      .map((a) => a.title);
    assert.ok(titles.includes('Replace "12" with "40" (Dawn [archive])'), titles.join('\n'));

    service.model.deleteArchived(['/archive/filed/b.txt']);
    assert.match(service.hover(uri, offset)!.markdown, /^\*\*Crosscheck: only this file gives people killed\*\*/);
    assert.deepEqual(service.status(false), { files: 1, findings: 0, indexing: false });
  });

  it('leaves out the findings among archived articles alone, and never lets an archived article replace a workspace file', () => {
    const fixture = parseFixture(`
//- /a.txt open
The weather in Quetta was mild on Sunday.
`);
    const service = serviceOf(fixture);
    const stored = service.model.setArchived([
      archived(ARCHIVED, '/archive/b.txt'),
      archived(ARCHIVED_TOO, '/archive/c.txt'),
      archived(ARCHIVED, 'a.txt'),
    ]);
    assert.deepEqual(stored, ['/archive/b.txt', '/archive/c.txt']);
    assert.ok(service.model.findings().length > 0);
    assert.deepEqual(service.findings({}).findings, []);
    assert.deepEqual(service.status(false), { files: 1, findings: 0, indexing: false });
    assert.deepEqual(service.workspaceSymbols('people'), []);
  });
});
