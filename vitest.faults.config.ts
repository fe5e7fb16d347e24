import { defineConfig } from 'vitest/config';

// npm run test:faults: the points x faults matrix over the whole release path (a few minutes).
export default defineConfig({
  test: {
    include: ['test/faults/**/*.faults.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    maxConcurrency: Number(process.env.MCP_RELEASE_FAULT_CONCURRENCY ?? 4),
    reporters: ['default'],
  },
});
