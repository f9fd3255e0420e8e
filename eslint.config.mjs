// ESLint (flat config) with typescript-eslint, run by `npm run lint` and in `npm test`. The rules are ones the code
// passes and that catch real mistakes (unused code, == where === is meant, `any`), not style: formatting is
// Prettier's (`npm run format`).
//
// typescript-eslint (and its ts-api-utils) parses with the classic TypeScript API, which TypeScript 7 (this project's `tsc`) no longer
// has: its packages are given @typescript/typescript6 (the classic API, a devDependency) when they ask for
// `typescript`; everything else, the type check included, keeps TypeScript 7. package.json's `overrides` lets
// typescript-eslint's peer dependency on `typescript` accept the installed 7.
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);
const classicTypeScript = require.resolve('@typescript/typescript6');
const typescriptEslintFolder = new RegExp(
  `\\${path.sep}node_modules\\${path.sep}(typescript-eslint|@typescript-eslint|ts-api-utils)\\${path.sep}`,
);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && typescriptEslintFolder.test(parent?.filename ?? '')) return classicTypeScript;
  return resolveFilename.call(this, request, parent, ...rest);
};

const { default: js } = await import('@eslint/js');
const { default: tseslint } = await import('typescript-eslint');

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.e2e/',
      'bench/results/',
      '**/*.js',
      '**/*.cjs',
      'test/editors/vscode-suite/out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      'prefer-const': 'error',
      'no-var': 'error',
      // Matching control characters is the point of those expressions (binary files, terminal escapes).
      'no-control-regex': 'off',
    },
  },
  {
    // The build scripts run on node: its globals.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
  {
    // Tests load some modules lazily (an optional dependency, a fresh copy of a module).
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
