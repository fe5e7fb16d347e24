import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './test/helpers/closing-line-reporter.js';

// npm run test:workflows: the reusable workflows run job by job in the local GitHub world
// (test/workflow-runner) against Verdaccio, the GitHub fake and the MCP Registry fake.
export default defineConfig({
  test: {
    include: ['test/workflows/**/*.workflows.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Each scenario starts dozens of node and npm processes but waits on them too (one file keeps about
    // 0.85 of a core busy): three files at once fill two cores.
    maxWorkers: 3,
    reporters: ['default', new ClosingLineReporter()],
  },
});
