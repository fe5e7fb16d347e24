/**
 * The integration suites that start many servers, installs or whole release
 * paths (each over 15 s on 2 cores). `npm test` leaves them to
 * `npm run test:integration`, which CI runs too; `npm test` keeps a smoke, a
 * publish, a scan and a plan suite so it still exercises every layer.
 */
export const HEAVY_SUITES = [
  'test/integration/surface.test.ts',
  'test/integration/promote-rollback.test.ts',
  'test/integration/smoke-hostile.test.ts',
  'test/integration/smoke-real.test.ts',
  'test/integration/composites.test.ts',
  'test/integration/demo.test.ts',
  'test/integration/registry-wait.test.ts',
  'test/integration/self-package.test.ts',
  'test/integration/promote-library.test.ts',
  'test/integration/monorepo-release.test.ts',
  'test/integration/package-managers.test.ts',
];

/** Heavy suites that must run alone on the machine (see vitest.integration.config.ts). */
export const ISOLATED_SUITES = ['test/integration/smoke-hostile.test.ts'];
