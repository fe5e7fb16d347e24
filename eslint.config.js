import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers, enforced by folder (DESIGN.md "Layers"):
 * - entries (src/action, src/cli, src/main.ts) read the environment and build the context;
 * - adapters (src/adapters) are the only code that touches the world: files, processes, the network, GitHub;
 * - commands (src/commands) orchestrate: they reach adapters through their context, never by import;
 * - everything else is the domain: pure functions over data, importing neither adapters nor commands.
 */
const IO_MODULES = [
  'fs',
  'fs/promises',
  'child_process',
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'dns',
  'worker_threads',
  'os',
].flatMap((name) => [name, `node:${name}`]);
/** Libraries that read the file system or the network themselves. */
const IO_LIBRARIES = ['undici', 'tinyglobby'];
const GITHUB_CLIENTS = ['@actions/github', '@actions/http-client', '@octokit/*'];
// The Actions toolkit is the Action entry's; its GitHub client is an adapter's (GITHUB_CLIENTS).
const ACTIONS_TOOLKIT = ['@actions/*', '!@actions/github', '!@actions/http-client'];

const IO_MESSAGE = 'I/O lives in src/adapters/; commands reach it through context.adapters, the domain gets data.';
const ioPaths = [...IO_MODULES, ...IO_LIBRARIES].map((name) => ({ name, message: IO_MESSAGE }));
const noActions = {
  group: ACTIONS_TOOLKIT,
  message: 'Only src/action/ talks to @actions/* (GitHub clients live in src/adapters/).',
};
const noGitHubClients = { group: GITHUB_CLIENTS, message: IO_MESSAGE };
const noAdapterValues = {
  group: ['**/adapters/*', '**/adapters/**'],
  allowTypeImports: true,
  message: 'Adapters arrive in the context (context.adapters); import their types only.',
};
const noCommands = {
  group: ['**/commands/*', '**/commands/**'],
  message: 'The domain does not know commands or their RunContext: take data or Settings.',
};
const noFetch = { name: 'fetch', message: IO_MESSAGE };

const restrict = (patterns, paths = ioPaths) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.stryker-tmp/**',
      'reports/**',
      'examples/**/node_modules/**',
      'test/fixtures/real-repos/**',
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
    },
  },
  {
    // The domain: pure functions over data.
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**', 'src/commands/**', 'src/action/**', 'src/cli/**', 'src/main.ts', 'src/docs/**'],
    rules: {
      ...restrict([noActions, noGitHubClients, noAdapterValues, noCommands]),
      'no-restricted-globals': ['error', noFetch],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Settings carry the environment.' },
      ],
    },
  },
  {
    // Commands orchestrate: adapters through the context, the environment through Settings.
    files: ['src/commands/**/*.ts'],
    rules: {
      ...restrict([noActions, noGitHubClients, noAdapterValues]),
      'no-restricted-globals': ['error', noFetch],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Settings carry the environment.' },
      ],
    },
  },
  {
    // Adapters touch the world and nothing above them.
    files: ['src/adapters/**/*.ts'],
    rules: {
      // process.env stays readable here: a program an adapter starts inherits the kit's environment.
      ...restrict([noActions, noCommands], []),
    },
  },
  {
    // The CLI entry never loads the Actions toolkit (it is the Action's alone).
    files: ['src/cli/**/*.ts'],
    rules: restrict([noActions], []),
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
);
