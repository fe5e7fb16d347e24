import { describe, expect, it } from 'vitest';
import { createWorld } from './world.js';

const quiet = { logger: () => {} };
const NPM_TOKEN = 'npm_0123456789abcdef';

describe('reusable workflows', () => {
  const reusable = `
on:
  workflow_call:
    inputs:
      greeting: { type: string, required: true }
      count: { type: number, default: 1 }
      dry: { type: boolean, default: true }
    secrets:
      NPM_TOKEN: { required: false }
    outputs:
      said: { value: "\${{ jobs.say.outputs.said }}" }
jobs:
  say:
    runs-on: ubuntu-latest
    outputs: { said: "\${{ steps.s.outputs.said }}" }
    steps:
      - id: s
        env: { TOKEN: "\${{ secrets.NPM_TOKEN }}", OTHER: "\${{ secrets.OTHER }}" }
        run: echo "said=\${{ inputs.greeting }}-\${{ inputs.count }}-\${{ inputs.dry }}-\${#TOKEN}-\${#OTHER}" >> "$GITHUB_OUTPUT"
`;

  it('passes typed inputs with defaults, explicit secrets, inherit, or none', async () => {
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          secrets: { NPM_TOKEN, OTHER: 'other-secret-value' },
          files: {
            '.github/workflows/reusable.yml': reusable,
            '.github/workflows/caller.yml': `
on: push
jobs:
  explicit:
    uses: ./.github/workflows/reusable.yml
    with: { greeting: hello, count: 3 }
    secrets: { NPM_TOKEN: "\${{ secrets.NPM_TOKEN }}" }
  inherited:
    uses: ./.github/workflows/reusable.yml
    with: { greeting: hi }
    secrets: inherit
  none:
    uses: ./.github/workflows/reusable.yml
    with: { greeting: "\${{ github.event_name }}" }
  after:
    needs: [explicit]
    runs-on: ubuntu-latest
    steps:
      - run: test "\${{ needs.explicit.outputs.said }}" = hello-3-true-20-0
`,
          },
        },
      ],
    });
    const run = world.dispatch({ workflow: '.github/workflows/caller.yml', repo: 'acme/server', event: 'push' });
    await run.done;
    expect(run.conclusion, run.log()).toBe('success');
    expect(run.jobs['explicit / say']?.outputs.said).toBe('hello-3-true-20-0');
    expect(run.jobs['inherited / say']?.outputs.said).toBe('hi-1-true-20-18');
    expect(run.jobs['none / say']?.outputs.said).toBe('push-1-true-0-0');
    expect(run.jobs.after?.result).toBe('success');
  });

  it('fails at start on an unknown input, a missing required input, or a nested job asking more permissions', async () => {
    const caller = (job: string) => `
on: push
permissions: { contents: read }
jobs:
${job}
`;
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          files: {
            '.github/workflows/reusable.yml': reusable,
            '.github/workflows/writer.yml':
              'on: workflow_call\njobs:\n  w:\n    permissions: { contents: write }\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
            '.github/workflows/unknown.yml': caller(
              '  c:\n    uses: ./.github/workflows/reusable.yml\n    with: { greeting: x, greting: y }',
            ),
            '.github/workflows/missing.yml': caller(
              '  c:\n    uses: ./.github/workflows/reusable.yml\n    with: { count: 2 }',
            ),
            '.github/workflows/elevate.yml': caller('  c:\n    uses: ./.github/workflows/writer.yml'),
          },
        },
      ],
    });
    const errors: Record<string, string> = {};
    for (const name of ['unknown', 'missing', 'elevate']) {
      const run = world.dispatch({ workflow: `.github/workflows/${name}.yml`, repo: 'acme/server', event: 'push' });
      await run.done;
      expect(run.conclusion).toBe('failure');
      expect(Object.keys(run.jobs)).toEqual([]);
      errors[name] = run.errors.join('\n');
    }
    expect(errors.unknown).toContain('Invalid input, greting is not defined in the referenced workflow.');
    expect(errors.missing).toContain('Input greeting is required, but not provided while calling.');
    expect(errors.elevate).toContain(
      "The nested job 'w' is requesting 'contents: write', but is only allowed 'contents: read",
    );
  });

  it('gives an environment secret only to the job that names the environment; the caller passes an empty value', async () => {
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          secrets: { SHARED: 'repository-level-value' },
          environments: {
            production: { secrets: { DEPLOY: 'environment-only-secret', SHARED: 'environment-level-value!' } },
          },
          files: {
            '.github/workflows/r.yml': `
on:
  workflow_call:
    secrets: { DEPLOY: {}, SHARED: {} }
jobs:
  plain:
    runs-on: ubuntu-latest
    outputs: { n: "\${{ steps.s.outputs.n }}" }
    steps: [{ id: s, env: { D: "\${{ secrets.DEPLOY }}", S: "\${{ secrets.SHARED }}" }, run: 'echo "n=\${#D}/\${#S}" >> "$GITHUB_OUTPUT"' }]
  deploy:
    environment: production
    runs-on: ubuntu-latest
    outputs: { n: "\${{ steps.s.outputs.n }}" }
    steps: [{ id: s, env: { D: "\${{ secrets.DEPLOY }}", S: "\${{ secrets.SHARED }}" }, run: 'echo "n=\${#D}/\${#S}" >> "$GITHUB_OUTPUT"' }]
`,
            '.github/workflows/caller.yml': `
on: push
jobs:
  call:
    uses: ./.github/workflows/r.yml
    secrets: { DEPLOY: "\${{ secrets.DEPLOY }}", SHARED: "\${{ secrets.SHARED }}" }
`,
          },
        },
      ],
    });
    const run = world.dispatch({ workflow: '.github/workflows/caller.yml', repo: 'acme/server', event: 'push' });
    await run.done;
    expect(run.conclusion, run.log()).toBe('success');
    expect(run.jobs['call / plain']?.outputs.n).toBe('0/22');
    expect(run.jobs['call / deploy']?.outputs.n).toBe('23/24');
  });

  it('an environment adds no secret name of its own to a called workflow: only passed (or inherited) names get its values', async () => {
    const reusable = `
on:
  workflow_call:
    secrets: { DEPLOY: {} }
jobs:
  deploy:
    environment: production
    runs-on: ubuntu-latest
    outputs: { n: "\${{ steps.s.outputs.n }}" }
    steps: [{ id: s, env: { D: "\${{ secrets.DEPLOY }}" }, run: 'echo "n=\${#D}" >> "$GITHUB_OUTPUT"' }]
`;
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          environments: { production: { secrets: { DEPLOY: 'environment-only-secret' } } },
          files: {
            '.github/workflows/r.yml': reusable,
            '.github/workflows/none.yml': 'on: push\njobs:\n  call:\n    uses: ./.github/workflows/r.yml\n',
            '.github/workflows/inherit.yml':
              'on: push\njobs:\n  call:\n    uses: ./.github/workflows/r.yml\n    secrets: inherit\n',
          },
        },
      ],
    });
    const none = world.dispatch({ workflow: '.github/workflows/none.yml', repo: 'acme/server', event: 'push' });
    const inherit = world.dispatch({ workflow: '.github/workflows/inherit.yml', repo: 'acme/server', event: 'push' });
    await Promise.all([none.done, inherit.done]);
    // actions/runner#1490: without the name passed, the environment job's secret is empty.
    expect(none.jobs['call / deploy']?.outputs.n, none.log()).toBe('0');
    expect(inherit.jobs['call / deploy']?.outputs.n, inherit.log()).toBe('23');
  });

  it('names the reusable workflow commit in job.workflow_sha when the caller pins a sha and v1 points elsewhere; github.* stays the caller', async () => {
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/kit',
          files: {
            '.github/workflows/r.yml':
              'on: workflow_call\njobs:\n  show:\n    runs-on: ubuntu-latest\n    outputs:\n      job: "${{ job.workflow_repository }} ${{ job.workflow_sha }} ${{ job.workflow_ref }}"\n      github: "${{ github.repository }} ${{ github.workflow_sha }}"\n    steps: [{ run: "true" }]\n',
          },
        },
        { name: 'acme/server', files: { 'README.md': 'x' } },
      ],
    });
    const pinned = world.resolve('acme/kit', 'main') as string;
    const moved = await world.commit('acme/kit', { 'CHANGES.md': 'v1 moved' }, { tag: 'v1' });
    expect(moved).not.toBe(pinned);
    const serverSha = await world.commit('acme/server', {
      '.github/workflows/c.yml': `on: push\njobs:\n  a:\n    uses: acme/kit/.github/workflows/r.yml@${pinned}\n  b:\n    uses: acme/kit/.github/workflows/r.yml@v1\n`,
    });
    const run = world.dispatch({ workflow: '.github/workflows/c.yml', repo: 'acme/server', event: 'push' });
    await run.done;
    expect(run.conclusion, run.log()).toBe('success');
    expect(run.jobs['a / show']?.outputs.job).toBe(`acme/kit ${pinned} acme/kit/.github/workflows/r.yml@${pinned}`);
    expect(run.jobs['b / show']?.outputs.job).toBe(`acme/kit ${moved} acme/kit/.github/workflows/r.yml@refs/tags/v1`);
    expect(run.jobs['a / show']?.outputs.github).toBe(`acme/server ${serverSha}`);
  });
});

describe('artifacts', () => {
  const called = (name: string) => `
on:
  workflow_call:
    inputs: { key: { type: string, required: true } }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ inputs.key }}" > out.txt
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
        with: { name: "${name}", path: out.txt }
`;
  const caller = (file: string) => `
on: push
jobs:
  pkg:
    strategy: { matrix: { key: [a, b] } }
    uses: ./.github/workflows/${file}
    with: { key: "\${{ matrix.key }}" }
`;

  it('a matrix of calls is one run: the same artifact name twice is a 409, a name per leg passes, and a re-run starts a fresh store', async () => {
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          files: {
            '.github/workflows/fixed.yml': called('artifact-x'),
            '.github/workflows/keyed.yml': called('artifact-${{ inputs.key }}'),
            '.github/workflows/c1.yml': caller('fixed.yml'),
            '.github/workflows/c2.yml': caller('keyed.yml'),
          },
        },
      ],
    });
    const fixed = world.dispatch({ workflow: '.github/workflows/c1.yml', repo: 'acme/server', event: 'push' });
    await fixed.done;
    expect(fixed.conclusion, fixed.log()).toBe('failure');
    const legs = [fixed.jobs['pkg (a) / build'], fixed.jobs['pkg (b) / build']].map((j) => j?.result).sort();
    expect(legs).toEqual(['failure', 'success']);
    expect(fixed.log()).toContain('(409) Conflict: an artifact with this name already exists on the workflow run');
    expect(fixed.actionsUsed.every((u) => u.pinned)).toBe(true);

    const keyed = world.dispatch({ workflow: '.github/workflows/c2.yml', repo: 'acme/server', event: 'push' });
    await keyed.done;
    expect(keyed.conclusion, keyed.log()).toBe('success');
    expect([...keyed.artifacts.keys()].sort()).toEqual(['artifact-a', 'artifact-b']);

    const again = world.rerun(keyed);
    await again.done;
    expect(again.id).toBe(keyed.id);
    expect(again.attempt).toBe(2);
    expect(again.conclusion, again.log()).toBe('success');
  });
});

describe('a matrix over a JSON list another job outputs', () => {
  it('one leg per entry (include from fromJSON); a failed leg skips the job that needs them all; artifacts by pattern', async () => {
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/mono',
          files: {
            '.github/workflows/fan.yml': `
on: push
jobs:
  plan:
    runs-on: ubuntu-latest
    outputs: { legs: "\${{ steps.p.outputs.legs }}" }
    steps:
      - id: p
        shell: node {0}
        run: |
          const legs = [{ name: 'a', dir: 'packages/a' }, { name: 'b', dir: 'packages/b' }, { name: 'c', dir: 'packages/c' }];
          require('node:fs').appendFileSync(process.env.GITHUB_OUTPUT, 'legs=' + JSON.stringify(legs) + '\\n');
  build:
    needs: plan
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        include: \${{ fromJSON(needs.plan.outputs.legs) }}
    steps:
      - run: mkdir -p out && echo "\${{ matrix.dir }}" > out/dir.txt
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
        with: { name: "built-\${{ matrix.name }}", path: out/dir.txt }
      - run: test "\${{ matrix.name }}" != b
  gather:
    needs: build
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093
        with: { pattern: "built-*", path: got }
      - run: ls got | sort | tr '\\n' ' ' > listing && test "$(cat listing)" = "built-a built-b built-c "
  publish:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo never
`,
          },
        },
      ],
    });
    const run = world.dispatch({ workflow: '.github/workflows/fan.yml', repo: 'acme/mono', event: 'push' });
    await run.done;
    const legs = Object.keys(run.jobs).filter((k) => k.startsWith('build ('));
    expect(legs.sort()).toEqual(['build (a, packages/a)', 'build (b, packages/b)', 'build (c, packages/c)']);
    expect(legs.map((k) => run.jobs[k]?.result).sort()).toEqual(['failure', 'success', 'success']);
    // "needs" waits for every leg: one failed leg and the job after is skipped for all.
    expect(run.jobs.build?.result).toBe('failure');
    expect(run.jobs.publish?.result).toBe('skipped');
    expect(run.jobs.gather?.result, run.log()).toBe('success');
  });
});
