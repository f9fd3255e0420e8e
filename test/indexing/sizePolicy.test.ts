// The one size policy (server/src/workspace/sizePolicy.ts): the setting's kilobytes become bytes in one place, the
// server reads crosscheck.maxFileSizeKB itself (any client, not only VS Code), a client's maxFileSize in bytes wins.
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, settingsFrom } from '../../server/src/host/settings';
import { MAX_FILE_BYTES } from '../../server/src/workspace/sizePolicy';
import { DEFAULT_MAX_FILE_BYTES } from '../../server/src/workspace/files';

describe('size policy', () => {
  it('takes crosscheck.maxFileSizeKB in kilobytes of 1024 bytes, and the default is the manifest default of 2000 KB', () => {
    assert.equal(settingsFrom({ maxFileSizeKB: 2000 }).maxFileSize, 2_048_000);
    assert.equal(settingsFrom({ maxFileSizeKB: 0.5 }).maxFileSize, 512);
    assert.equal(settingsFrom({}).maxFileSize, 2_048_000);
    assert.equal(DEFAULT_SETTINGS.maxFileSize, MAX_FILE_BYTES.server);
  });

  it('lets a client that sends bytes (maxFileSize) win, and ignores values that are not positive numbers', () => {
    assert.equal(settingsFrom({ maxFileSizeKB: 10, maxFileSize: 5 }).maxFileSize, 5);
    assert.equal(settingsFrom({ maxFileSizeKB: -1 }).maxFileSize, 2_048_000);
    assert.equal(settingsFrom({ maxFileSizeKB: 'big' }).maxFileSize, 2_048_000);
    assert.equal(settingsFrom({ maxFileSize: 0, maxFileSizeKB: 1 }).maxFileSize, 1024);
  });

  it('gives the CLI and the indexing library 10 MiB', () => {
    assert.equal(DEFAULT_MAX_FILE_BYTES, 10 * 1024 * 1024);
    assert.equal(MAX_FILE_BYTES.cli, 10 * 1024 * 1024);
  });
});
