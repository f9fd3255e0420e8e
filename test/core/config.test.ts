import { strict as assert } from 'node:assert';
import { DEFAULT_SEVERITIES, isIncluded, matchesGlob, parseConfig } from '../../server/src/core';

describe('.crosscheck.json', () => {
  it('reads every setting', () => {
    const { config, errors } = parseConfig(
      JSON.stringify({
        ignore: ['name-variant', 'conflict/militants-killed'],
        severities: { conflict: 'error', revision: 'off' },
        synonyms: { Militant: ['Fighter'] },
        include: ['reports/**/*.md'],
        exclude: ['reports/drafts/**'],
        unattributed: true,
      }),
    );
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
    const { config, errors } = parseConfig(
      JSON.stringify({
        ignore: 'conflict',
        severities: { conflict: 'loud', typo: 'hint', date: 'error' },
        synonyms: { militant: 'fighter' },
        include: [1],
        unattributed: 'yes',
        colour: 'red',
      }),
    );
    assert.deepEqual(errors, [
      'unknown key "colour" (known keys: synonyms, severities, ignore, include, exclude, unattributed, sources, citationStyle, notComparable)',
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

  it('reads "notComparable": figures as written, by glob, and names a bad entry', () => {
    assert.deepEqual(
      parseConfig(JSON.stringify({ notComparable: { '**/003_*.txt': ['197 militants', '40'] } })).config.notComparable,
      [{ glob: '**/003_*.txt', figures: ['197 militants', '40'] }],
    );
    const { config, errors } = parseConfig(
      JSON.stringify({ notComparable: { 'a.txt': '40', 'b.txt': [''], 'c.txt': ['12 people'] } }),
    );
    assert.deepEqual(errors, [
      '"notComparable.a.txt" must be an array of figures as written, such as ["40 militants"], not "40"',
      '"notComparable.b.txt" must be an array of figures as written, such as ["40 militants"], not an array',
    ]);
    assert.deepEqual(config.notComparable, [{ glob: 'c.txt', figures: ['12 people'] }]);
    assert.deepEqual(parseConfig('{ "notComparable": [] }').errors, [
      '"notComparable" must be an object such as { "**/report.txt": ["40 militants"] }, not an array',
    ]);
  });

  it('rejects a top level that is not an object', () => {
    assert.deepEqual(parseConfig('[1]').errors, ['.crosscheck.json must hold an object, not an array']);
  });
});

describe('.crosscheck.json from a hostile workspace (issue 17)', () => {
  it('reads "constructor", "__proto__" and "toString" as plain keys, never throwing', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const text = `{"synonyms":{"${key}":["x"]},"severities":{"${key}":"error"}}`;
      const { config, errors } = parseConfig(text);
      assert.deepEqual(errors, [
        `"severities.${key}": unknown kind of finding (kinds: conflict, revision, internal, attributed, date, weekday, name-variant, unattributed)`,
      ]);
      assert.deepEqual(config.synonyms[key.toLowerCase()], ['x']);
      assert.equal(Object.getPrototypeOf(config.synonyms), null);
      assert.deepEqual(config.severities, DEFAULT_SEVERITIES);
    }
    const { config } = parseConfig('{"synonyms":{"__proto__":["x"], "militant":["fighter"]}}');
    assert.deepEqual(Object.keys(config.synonyms).sort(), [
      '__proto__',
      'car',
      'civilian',
      'firefighter',
      'house',
      'militant',
      'person',
      'phone',
      'plane',
      'protester',
      'security personnel',
      'soldier',
      'student',
      'traveller',
      'worker',
      'worshipper',
    ]);
    assert.equal(({} as Record<string, unknown>).x, undefined, 'no prototype was polluted');
  });

  it('refuses a glob with more than 3 wildcards (catastrophic for a backtracking matcher) at once, and keeps the default', () => {
    const started = Date.now();
    const { config, errors } = parseConfig('{"include":["**a**a**a**a**a**a**a**a**a**b"]}');
    assert.deepEqual(errors, [
      '"include": the glob "**a**a**a**a**a**a**a**a**a**b" has 10 wildcards ("*" or "**"); at most 3 are allowed, as matching more can take minutes',
    ]);
    assert.deepEqual(config.include, ['**/*.txt', '**/*.md']);
    assert.equal(isIncluded(config, 'a'.repeat(60) + '.txt'), true);
    assert.equal(
      matchesGlob('a'.repeat(60), '**a**a**a**a**a**a**a**a**a**b'),
      false,
      'a refused glob matches nothing',
    );
    assert.ok(Date.now() - started < 1000);
  });

  it('matches with picomatch, the same engine as the server: dot files, folders excluded with what they hold', () => {
    assert.equal(matchesGlob('.hidden/a.md', '**/*.md'), true);
    assert.equal(matchesGlob('a.md', '**/*.md'), true);
    assert.equal(matchesGlob('./notes/a.txt', 'notes/*.txt'), true);
    assert.equal(matchesGlob('notes\\a.txt', 'notes/*.txt'), true);
    assert.equal(matchesGlob('notes/{a,b}.txt', 'notes/[ab].txt'), false);
    assert.equal(
      matchesGlob('notes/b.txt', 'notes/{a,b}.txt'),
      true,
      'braces, which the hand-made matcher did not read',
    );
    assert.equal(isIncluded({ include: ['**/*.txt'], exclude: ['drafts'] }, 'drafts/2026/a.txt'), false);
  });
});
