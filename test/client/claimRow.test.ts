import { strict as assert } from 'node:assert';
import { claimRow } from '../../client/src/claimRow';
import { location } from './fixtures';

describe('Claims view rows (client/src/claimRow.ts)', () => {
  it('shows the label (outlet) and the file of a claim, then who gave the figure and when', () => {
    const row = claimRow(
      location('002.txt:1:125', 1, 'at least 145\nmilitants', {
        outlet: 'The Hindu',
        label: 'The Hindu',
        source: 'The provincial Chief Minister, Sarfraz Bugti',
        date: '2026-02-01',
      }),
      'seeds/002_f236f39115b0c122.txt:2',
    );
    assert.deepEqual(row, {
      label: 'at least 145 militants',
      description:
        'The Hindu · seeds/002_f236f39115b0c122.txt:2 · The provincial Chief Minister, Sarfraz Bugti · 1 Feb 2026',
      tooltip: [
        'at least 145 militants',
        'Source: The Hindu',
        'Said by: The provincial Chief Minister, Sarfraz Bugti',
        'Date: 1 Feb 2026',
        'File: seeds/002_f236f39115b0c122.txt:2',
      ].join('\n'),
    });
  });

  it('names a source by its byline when no outlet is known', () => {
    const row = claimRow(
      location('001.txt:5:3', 5, '18 civilians', { label: 'Julie Steenhuysen' }),
      'seeds/001_2f94e5660727e969.txt:6',
    );
    assert.equal(row.description, 'Julie Steenhuysen · seeds/001_2f94e5660727e969.txt:6');
  });

  it('names the file once when no outlet or byline is known (the label is the file name), with no source or date', () => {
    const row = claimRow(
      location('004.txt:15:3', 15, '145', { uri: 'file:///work/seeds/004_b956a5e68296c51b.txt', label: '004' }),
      'seeds/004_b956a5e68296c51b.txt:16',
    );
    assert.equal(row.description, 'seeds/004_b956a5e68296c51b.txt:16');
    assert.equal(
      row.tooltip,
      '145\nSource: no outlet or byline known\nSaid by: unattributed\nDate: unknown\nFile: seeds/004_b956a5e68296c51b.txt:16',
    );
  });
});
