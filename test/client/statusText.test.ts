import { strict as assert } from 'node:assert';
import { statusText, statusTooltip } from '../../client/src/statusText';

describe('status bar wording (client/src/statusText.ts)', () => {
  it('counts findings, in the singular for one', () => {
    assert.equal(statusText({ files: 5, findings: 6, indexing: false }), '$(warning) Crosscheck: 6 findings');
    assert.equal(statusText({ files: 5, findings: 1, indexing: false }), '$(warning) Crosscheck: 1 finding');
    assert.equal(statusText({ files: 5, findings: 0, indexing: false }), '$(check) Crosscheck: 0 findings');
  });

  it('spins while the server indexes or starts', () => {
    assert.equal(statusText({ files: 2225, findings: 3, indexing: true }), '$(sync~spin) Crosscheck: indexing');
    assert.equal(statusText(undefined), '$(sync~spin) Crosscheck');
  });

  it('says when Crosscheck is switched off', () => {
    assert.equal(statusText({ files: 5, findings: 6, indexing: false }, false), '$(circle-slash) Crosscheck: off');
    assert.equal(statusTooltip(undefined, false), 'Crosscheck is switched off (setting crosscheck.enable)');
  });

  it('says how many files in the tooltip', () => {
    assert.equal(statusTooltip({ files: 1, findings: 0, indexing: true }), 'Crosscheck is reading 1 file');
    assert.equal(
      statusTooltip({ files: 5, findings: 6, indexing: false }),
      'Crosscheck checked 5 files. Click to show the findings.',
    );
  });

  it('says in one word when the shared archive cannot be used, and why in the tooltip', () => {
    const archive = 'postgres://editor@db:5432/archive';
    const down = {
      files: 5,
      findings: 1,
      indexing: false,
      archive: {
        state: 'unavailable' as const,
        archive,
        message: `cannot connect to the archive at ${archive}: connection refused (is PostgreSQL running there?)`,
      },
    };
    assert.equal(statusText(down), '$(warning) Crosscheck: 1 finding · $(debug-disconnect) archive unavailable');
    assert.equal(
      statusTooltip(down),
      `Crosscheck checked 5 files. Click to show the findings.\nThe archive cannot be used: cannot connect to the archive at ${archive}: connection refused (is PostgreSQL running there?). The local findings stand; Crosscheck retries.`,
    );
    const up = {
      files: 5,
      findings: 2,
      indexing: false,
      archive: { state: 'connected' as const, archive, documents: 7 },
    };
    assert.equal(statusText(up), '$(warning) Crosscheck: 2 findings');
    assert.equal(
      statusTooltip(up),
      `Crosscheck checked 5 files. Click to show the findings.\nCompared with 7 archived articles of ${archive}.`,
    );
  });
});
