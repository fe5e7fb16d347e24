import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';
import { HEAVY_SUITES } from './test/helpers/heavy-suites.js';

// npm run test:integration: the heavy integration suites npm test leaves out (test/helpers/heavy-suites.ts),
// with npm test's settings (mergeConfig would concatenate include and exclude, so they are replaced here).
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: HEAVY_SUITES,
    exclude: ['**/node_modules/**'],
    // One file at a time: the hostile smoke suite's snoop server reads every process it can see, and the
    // credentials another suite's processes hold (promote's NODE_AUTH_TOKEN) would land in what it reports.
    maxWorkers: 1,
  },
});
