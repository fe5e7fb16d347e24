import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.stryker-tmp/**',
      'reports/**',
      'examples/**/node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'child_process', message: 'Use src/ports/process.ts (argument arrays, no shell).' }] },
      ],
    },
  },
  {
    // Test servers are plain CommonJS scripts that run as packages of their own.
    files: ['test/fixtures/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        process: 'readonly',
        setInterval: 'readonly',
        setTimeout: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
    // Hostile servers swallow errors on purpose (a file they may not read is simply not reported).
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
  {
    // Commands get the environment from the entry points (RunContext); they never read it.
    files: ['src/commands/**', 'src/layout/**', 'src/config/**', 'src/report/**', 'src/mcp-registry/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Commands receive the environment through RunContext.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'Only src/action/ talks to @actions/*.' }] },
      ],
    },
  },
  {
    // The checks' domain is pure: files, processes and globs are read by src/adapters, handed over by the commands.
    files: [
      'src/smoke/**',
      'src/scan/**',
      'src/layout/**',
      'src/surface/**',
      'src/config/**',
      'src/files/**',
      'src/util/**',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'The domain receives settings as data.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'node:fs/promises', 'node:child_process', 'child_process', 'node:os', 'tinyglobby'].map(
            (name) => ({ name, message: 'I/O belongs in src/adapters; the domain decides over what it read.' }),
          ),
          patterns: [
            { group: ['@actions/*'], message: 'Only src/action/ talks to @actions/*.' },
            {
              group: ['**/adapters/*', '**/adapters/**', '**/commands/*'],
              allowTypeImports: true,
              message: 'The domain does not call adapters or commands (types are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    // The release domain is rules over data: its I/O lives in src/adapters and reaches it through the commands.
    files: ['src/release/**', 'src/github/**', 'src/mcp-registry/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'The domain receives settings as data.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'fs/promises', 'child_process'].flatMap((name) => [
            { name, message: 'I/O belongs in src/adapters.' },
            { name: `node:${name}`, message: 'I/O belongs in src/adapters.' },
          ]),
          patterns: [
            { group: ['@actions/*', '@octokit/*'], message: 'The GitHub client lives in src/adapters/github.ts.' },
            {
              group: ['**/adapters/*', '**/adapters/**', '**/commands/*'],
              message: 'The domain does not import adapters or commands.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'HTTP belongs in src/adapters.' }],
    },
  },
);
