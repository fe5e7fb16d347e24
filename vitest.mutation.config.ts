import { defineConfig } from 'vitest/config';

// npm run test:mutation (stryker.config.mjs): only the fast tests that import the mutated modules from source.
export default defineConfig({
  test: {
    include: [
      'test/unit/redaction.test.ts',
      'test/unit/npm-command.test.ts',
      'test/unit/promote-token.test.ts',
      'test/unit/publish-plan.test.ts',
      'test/unit/promote-rules.test.ts',
      'test/unit/rollback-plan.test.ts',
      'test/unit/tarball.test.ts',
      'test/unit/tar-entry-rules.test.ts',
      'test/unit/smoke-pure.test.ts',
      'test/unit/smoke-environment.test.ts',
      'test/unit/promote-token-expiry.test.ts',
      'test/unit/sandbox.test.ts',
    ],
    testTimeout: 30_000,
  },
});
