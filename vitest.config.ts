import { defineConfig } from 'vitest/config';
import ClosingLineReporter from './test/helpers/closing-line-reporter.js';
import { HEAVY_SUITES } from './test/helpers/heavy-suites.js';
import ProgressReporter from './test/helpers/progress-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The fault matrix, the workflow scenarios and the heavy integration suites run on their own:
    // npm run test:faults, npm run test:workflows, npm run test:integration (CI runs all of them).
    exclude: ['test/faults/**', 'test/workflows/**', ...HEAVY_SUITES, '**/node_modules/**', '.stryker-tmp/**'],
    // Most suites spawn npm and node; give them room on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most of a suite's time is waiting on the processes it starts (npm, Verdaccio, servers): two files at once.
    maxWorkers: 2,
    reporters: ['default', new ProgressReporter(), new ClosingLineReporter()],
    // GitHub's workflow parser imports its JSON schema without import attributes, which plain Node 20 refuses.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
