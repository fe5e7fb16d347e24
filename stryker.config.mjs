// npm run test:mutation: Stryker mutates the security- and release-critical modules and runs
// the fast tests that import them from source (vitest.mutation.config.ts). The integration
// suites run the built dist/ bundle, which Stryker does not mutate: they could kill nothing here.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    // Redaction: what a finding shows of a credential (redact, lines 94-98).
    'src/scan/secrets/engine.ts:94-98',
    // Credentials: the temporary npmrc, npm's environment, retries, error text without the token.
    'src/release/npm-command.ts',
    'src/release/promote-token.ts',
    // Publish: the npm argv and the provenance flags.
    'src/release/publish-plan.ts',
    // Promote's rules (upgrades only, superseded) and rollback's decisions.
    'src/release/promote-rules.ts',
    'src/release/release-state.ts',
    'src/release/rollback-plan.ts',
    // What publish refuses before the registry sees a byte.
    'src/release/tarball.ts',
    'src/release/tar-entry-rules.ts',
    // Credentials echoed back by anything never reach an output.
    'src/report/known-secrets.ts',
    'src/util/credential-names.ts',
    // How an untrusted server is started: the sandbox's argv and the folders it hides.
    'src/smoke/sandbox.ts',
    // What a server under test may see of the environment.
    'src/smoke/environment.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false },
  // Two cores, shared with everyone else: two runners at most.
  concurrency: 2,
  // Incremental mode (`npm run test:mutation -- --incremental`) reuses the last results, but it also reuses them for
  // static mutants (module-level constants such as smoke's PASSED_THROUGH list), which no per-test coverage ties to a
  // test: a new or weakened test does not re-run them. The default run is a full one.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
  thresholds: { high: 95, low: 90, break: 90 },
};
