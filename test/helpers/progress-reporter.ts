import type { Reporter, TestCase } from 'vitest/node';

const SLOW_MS = 2_000;

/**
 * Progress a CI log can show: a line for each test that took over 2 s, as it
 * ends, so a long suite is never silent for minutes (vitest's default
 * reporter prints a file only when all its tests are done).
 */
export default class ProgressReporter implements Reporter {
  onTestCaseResult(testCase: TestCase): void {
    const duration = testCase.diagnostic()?.duration ?? 0;
    if (duration < SLOW_MS) return;
    const state = testCase.result().state === 'failed' ? '✗' : '·';
    const file = testCase.module.moduleId.replace(`${process.cwd()}/`, '');
    process.stdout.write(`  ${state} ${file} › ${testCase.fullName} (${(duration / 1000).toFixed(1)} s)\n`);
  }
}
