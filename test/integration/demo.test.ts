import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode } from '../helpers/run.js';

describe('README quick start', () => {
  it('`npm run demo` passes on the example and shows the findings of the broken copy', async () => {
    const run = await runNode(path.join(ROOT, 'scripts/demo.mjs'), []);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('✔ validate-layout: passed');
    expect(run.stdout).toContain('✔ smoke: passed');
    for (const rule of ['layout/bin-shebang', 'layout/bin-crlf', 'layout/packed-sensitive', 'layout/dependency-source']) expect(run.stdout).toContain(rule);
  }, 180_000);
});
