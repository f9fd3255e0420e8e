// One dev group of real coverage (Multi-News row 075: an outbreak of bleeding linked to synthetic cannabinoids in
// Illinois, spring 2018), as excerpts of its three articles (fixtures/engine/outbreak, the sentences annotated in
// test/gold/events/dev/mn-075.json): two running totals (cases, deaths) counted at different times, and look-alikes
// (three hospitalised patients against three men charged; two men among the dead against the 2-death total; a
// donated stock of tablets against a daily dose). One finding per real disagreement, none for the look-alikes.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, detectFindings } from '../../server/src/core';

const OUTBREAK = path.join(__dirname, 'fixtures/engine/outbreak');

describe('conflict engine on a running total told by three outlets (mn-075)', () => {
  const docs = () =>
    fs
      .readdirSync(OUTBREAK)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => analyzeDocument(fs.readFileSync(path.join(OUTBREAK, f), 'utf8'), f));

  it('reads the running totals as revisions (a later count grows), one finding each, and nothing else', () => {
    const findings = detectFindings(docs());
    assert.deepEqual(
      findings.map((f) => [
        f.kind,
        f.severity,
        f.subject,
        f.timeline.map((e) => `${e.figure} ${e.file}${e.superseded ? ' superseded' : ''}`),
      ]),
      [
        ['revision', 'information', 'people infected', ['56 row075-doc0.txt superseded', '153 row075-doc2.txt']],
        ['revision', 'information', 'people killed', ['2 row075-doc0.txt superseded', '4 row075-doc2.txt']],
      ],
    );
  });

  it('reads "2 deaths" and "56 cases" as people killed and people taken ill, and "since March 7" as a running total', () => {
    const [doc0, , doc2] = docs();
    const frame = (doc: typeof doc0, text: string) => {
      const { measured, event, scope } = doc.claims.find((c) => c.text.startsWith(text))!.frame!;
      return { measured, event, scope };
    };
    assert.deepEqual(frame(doc0, '2 deaths'), { measured: 'person', event: 'killed', scope: null });
    assert.deepEqual(frame(doc0, '56 cases'), { measured: 'person', event: 'infected', scope: null });
    assert.deepEqual(frame(doc2, '153 people'), { measured: 'person', event: 'infected', scope: 'running' });
    assert.deepEqual(frame(doc2, 'four deaths'), { measured: 'person', event: 'killed', scope: 'running' });
  });
});
