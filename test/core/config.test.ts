import { strict as assert } from 'node:assert';
import { DEFAULT_SEVERITIES, isIncluded, parseConfig } from '../../server/src/core';

describe('.crosscheck.json', () => {
  it('reads every setting', () => {
    const { config, errors } = parseConfig(JSON.stringify({
      ignore: ['name-variant', 'conflict/militants-killed'],
      severities: { conflict: 'error', revision: 'off' },
      synonyms: { Militant: ['Fighter'] },
      include: ['reports/**/*.md'],
      exclude: ['reports/drafts/**'],
      unattributed: true,
    }));
    assert.deepEqual(errors, []);
    assert.deepEqual(config.ignore, ['name-variant', 'conflict/militants-killed']);
    assert.equal(config.severities.conflict, 'error');
    assert.equal(config.severities.revision, 'off');
    assert.equal(config.severities.unattributed, 'hint');
    assert.equal(config.severities.date, 'warning');
    assert.deepEqual(config.synonyms.militant, ['insurgent', 'terrorist', 'rebel', 'fighter']);
    assert.equal(isIncluded(config, 'reports/2026/a.md'), true);
    assert.equal(isIncluded(config, 'reports/drafts/a.md'), false);
    assert.equal(isIncluded(config, 'notes/a.md'), false);
  });

  it('gives the defaults for an empty file', () => {
    const { config, errors } = parseConfig('');
    assert.deepEqual(errors, []);
    assert.deepEqual(config.severities, DEFAULT_SEVERITIES);
    assert.equal(isIncluded(config, 'seeds/000.txt'), true);
    assert.equal(isIncluded(config, 'node_modules/x/readme.md'), false);
  });

  it('reports invalid JSON without throwing', () => {
    const { config, errors } = parseConfig('{ "ignore": [');
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^\.crosscheck\.json is not valid JSON: /);
    assert.deepEqual(config.severities, DEFAULT_SEVERITIES);
  });

  it('names each bad value and unknown key, and keeps the good ones', () => {
    const { config, errors } = parseConfig(JSON.stringify({
      ignore: 'conflict', severities: { conflict: 'loud', typo: 'hint', date: 'error' }, synonyms: { militant: 'fighter' },
      include: [1], unattributed: 'yes', colour: 'red',
    }));
    assert.deepEqual(errors, [
      'unknown key "colour" (known keys: synonyms, severities, ignore, include, exclude, unattributed)',
      '"ignore" must be an array of strings, not "conflict"',
      '"include" must be an array of strings, not an array',
      '"severities.conflict" must be one of error, warning, information, hint, off, not "loud"',
      '"severities.typo": unknown kind of finding (kinds: conflict, revision, internal, attributed, date, weekday, name-variant, unattributed)',
      '"unattributed" must be true or false, not "yes"',
      '"synonyms.militant" must be an array of strings, not "fighter"',
    ]);
    assert.equal(config.severities.date, 'error');
    assert.equal(config.severities.conflict, 'warning');
  });

  it('rejects a top level that is not an object', () => {
    assert.deepEqual(parseConfig('[1]').errors, ['.crosscheck.json must hold an object, not an array']);
  });
});
