import { strict as assert } from 'node:assert';
import { serverSettings } from '../../client/src/serverSettings';

describe('serverSettings (client/src/serverSettings.ts)', () => {
  it('gives the server the size limit in bytes as well as the kilobytes the user set', () => {
    assert.deepEqual(serverSettings({ enable: true, maxFileSizeKB: 2000 }), { enable: true, maxFileSizeKB: 2000, maxFileSize: 2_048_000 });
  });

  it('leaves a section without a usable kilobyte figure, and anything that is not a section, as it is', () => {
    assert.deepEqual(serverSettings({ maxFileSizeKB: -1 }), { maxFileSizeKB: -1 });
    assert.deepEqual(serverSettings({ maxFileSizeKB: 'big' }), { maxFileSizeKB: 'big' });
    assert.deepEqual(serverSettings({ maxFileSizeKB: 10, maxFileSize: 5 }), { maxFileSizeKB: 10, maxFileSize: 5 });
    assert.equal(serverSettings(null), null);
    assert.deepEqual(serverSettings(['a']), ['a']);
  });
});
