import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, startReleaseWorld, type ReleaseWorld } from './release-world.js';

process.env.MCP_RELEASE_GITHUB_PACING = 'none';

describe('scenario: single package, public repository', () => {
  let w: ReleaseWorld;
  beforeAll(async () => {
    w = await startReleaseWorld({ mcpRegistry: true, registryDelayMs: 3000 });
  });
  afterAll(async () => w?.stop());

  it('a PR labelled release:minor merged to main is bumped, published under next, smoke-tested, tagged and promoted after approval', async () => {
    const { run } = await w.merge({ number: 1, labels: ['release:minor'] });
    await w.until(run, 'promote', 'waiting-approval');
    w.world.approve(run, Object.keys(run.jobs).find((k) => k.endsWith('promote')) as string);
    await run.done;
    expect(run.conclusion, describeRun(run)).toBe('success');
    const name = w.packages[0]?.name as string;
    const pack = await w.packument(name);
    expect(pack['dist-tags']).toMatchObject({ latest: '1.1.0', next: '1.1.0' });
  });
});
