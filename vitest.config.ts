import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './test/helpers/closing-line-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The fault matrix and the workflow scenarios run on their own: npm run test:faults, npm run test:workflows.
    exclude: ['test/faults/**', 'test/workflows/**', '**/node_modules/**', '.stryker-tmp/**'],
    // Most suites spawn npm and node; give them room on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', new ClosingLineReporter()],
    // GitHub's workflow parser imports its JSON schema without import attributes, which plain Node 20 refuses.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
