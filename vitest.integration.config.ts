import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';
import { HEAVY_SUITES, ISOLATED_SUITES } from './test/helpers/heavy-suites.js';

// npm run test:integration: the heavy integration suites npm test leaves out (test/helpers/heavy-suites.ts),
// with npm test's settings (mergeConfig would concatenate include and exclude, so they are replaced here).
// MCP_ISOLATED_SUITES=1 runs the suites that must be alone on the machine, one file at a time: the hostile
// smoke suite's snoop server reads every process it can see, and the credentials another suite's processes
// hold (promote's NODE_AUTH_TOKEN) would land in what it reports. The rest run two files at once.
const isolated = process.env.MCP_ISOLATED_SUITES === '1';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: isolated ? ISOLATED_SUITES : HEAVY_SUITES.filter((suite) => !ISOLATED_SUITES.includes(suite)),
    exclude: ['**/node_modules/**'],
    maxWorkers: isolated ? 1 : 2,
  },
});
