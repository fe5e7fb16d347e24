import { describe, expect, it } from 'vitest';
import { createWorld } from './world.js';

const quiet = { logger: () => {} };
const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';

describe('concurrency and approvals', () => {
  it('three runs into one group while the first waits for approval: the second is cancelled, the third runs after the first', async () => {
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          environments: { production: { reviewers: ['lead'] } },
          files: {
            '.github/workflows/release.yml':
              'on: push\nconcurrency:\n  group: release-${{ github.ref }}\njobs:\n  promote:\n    environment: production\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
          },
        },
      ],
    });
    const start = () =>
      world.dispatch({ workflow: '.github/workflows/release.yml', repo: 'acme/server', event: 'push' });
    const first = start();
    await first.waitFor('promote', 'waiting-approval');
    const second = start();
    const third = start();
    await second.done;
    expect(second.conclusion).toBe('cancelled');
    expect(third.status).toBe('in_progress');
    expect(third.jobs.promote).toBeUndefined();
    world.approve(first, 'promote');
    await first.done;
    expect(first.conclusion).toBe('success');
    await third.waitFor('promote', 'waiting-approval');
    expect(third.jobs.promote?.startedAt).toBeGreaterThanOrEqual(first.endedAt as number);
    world.reject(third, 'promote');
    await third.done;
    expect(third.conclusion).toBe('failure');
  });
});

describe('tokens and events', () => {
  it('a fork pull request gets a read-only token and no secrets, so a SARIF upload fails', async () => {
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          secrets: { NPM_TOKEN: 'npm_fork_should_not_see_this' },
          files: {
            'results.sarif': '{"version":"2.1.0","runs":[]}',
            '.github/workflows/pr.yml': `
on: pull_request
permissions: { contents: write, security-events: write, pull-requests: write }
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - env: { T: "\${{ secrets.NPM_TOKEN }}" }
        run: test -z "$T"
      - uses: github/codeql-action/upload-sarif@df559355d593797519d70b90fc8edd5db049e7a2
        with: { sarif_file: results.sarif, category: scan }
`,
          },
        },
      ],
    });
    const pr = (head: string) => ({
      pull_request: {
        number: 1,
        title: 't',
        head: { ref: 'feature', repo: { full_name: head } },
        base: { ref: 'main', repo: { full_name: 'acme/server' } },
      },
    });
    const fork = world.dispatch({
      workflow: '.github/workflows/pr.yml',
      repo: 'acme/server',
      event: 'pull_request',
      payload: pr('mallory/server'),
      ref: 'refs/heads/main',
    });
    await fork.done;
    const job = fork.jobs.scan;
    expect(job?.permissions?.contents).toBe('read');
    expect(job?.permissions?.['security-events']).toBe('read');
    expect(job?.steps.map((s) => s.conclusion)).toEqual(['success', 'success', 'failure']);
    expect(job?.steps[2]?.log).toContain('Resource not accessible by integration');

    const same = world.dispatch({
      workflow: '.github/workflows/pr.yml',
      repo: 'acme/server',
      event: 'pull_request',
      payload: pr('acme/server'),
    });
    await same.done;
    expect(same.jobs.scan?.permissions?.['security-events']).toBe('write');
    expect(same.jobs.scan?.steps[1]?.conclusion).toBe('failure'); // the secret is there
  });

  it('a push made with GITHUB_TOKEN triggers nothing; one made with an app token triggers the push workflows', async () => {
    const push = (token: string) => `
      - uses: ${CHECKOUT}
        with: { token: "${token}" }
      - run: |
          git -c user.name=bot -c user.email=bot@example.com commit -q --allow-empty -m "chore: release"
          git push -q origin HEAD:refs/heads/main`;
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          files: {
            '.github/workflows/ci.yml':
              'on:\n  push:\n    branches: [main]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
            '.github/workflows/actions-token.yml': `on: workflow_dispatch\npermissions: { contents: write }\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:${push('${{ github.token }}')}\n`,
            '.github/workflows/app-token.yml': `on: workflow_dispatch\npermissions: { contents: read }\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - id: app\n        uses: actions/create-github-app-token@a8d616148505b5069dccd32f177bb87d7f39123b\n        with: { app-id: "1", private-key: "\${{ secrets.APP_KEY }}" }${push('${{ steps.app.outputs.token }}')}\n`,
            '.github/workflows/read-only.yml': `on: workflow_dispatch\npermissions: { contents: read }\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:${push('${{ github.token }}')}\n`,
          },
          secrets: { APP_KEY: '-----BEGIN PRIVATE KEY----- fake' },
        },
      ],
    });
    const dispatch = (file: string) =>
      world.dispatch({ workflow: `.github/workflows/${file}`, repo: 'acme/server', event: 'workflow_dispatch' });
    const readOnly = dispatch('read-only.yml');
    await readOnly.done;
    expect(readOnly.conclusion).toBe('failure');
    expect(readOnly.jobs.p?.steps[1]?.log).toContain('denied to github-actions[bot]');
    expect(world.events).toEqual([]);

    const withActions = dispatch('actions-token.yml');
    await withActions.done;
    expect(withActions.conclusion, withActions.log()).toBe('success');
    expect(world.events).toHaveLength(1);
    expect(world.events[0]).toMatchObject({ type: 'push', ref: 'refs/heads/main', tokenKind: 'actions', triggers: [] });
    expect(world.events[0]?.suppressed).toContain('.github/workflows/ci.yml');

    const withApp = dispatch('app-token.yml');
    await withApp.done;
    expect(withApp.conclusion, withApp.log()).toBe('success');
    expect(world.events[1]).toMatchObject({ type: 'push', tokenKind: 'app', triggers: ['.github/workflows/ci.yml'] });
  });
});

describe('expressions in run bodies', () => {
  it('splices ${{ github.event.pull_request.title }} into the script before bash reads it (the injection), while env: passes it as data', async () => {
    const world = await createWorld({
      ...quiet,
      repos: [
        {
          name: 'acme/server',
          files: {
            '.github/workflows/pr.yml': `
on: pull_request
jobs:
  title:
    runs-on: ubuntu-latest
    outputs: { spliced: "\${{ steps.a.outputs.t }}", data: "\${{ steps.b.outputs.t }}" }
    steps:
      - id: a
        run: echo "t=\${{ github.event.pull_request.title }}" >> "$GITHUB_OUTPUT"
      - id: b
        env: { TITLE: "\${{ github.event.pull_request.title }}" }
        run: echo "t=$TITLE" >> "$GITHUB_OUTPUT"
`,
          },
        },
      ],
    });
    const title = 'fix: x"; echo "t=INJECTED-$((6*7))" >> "$GITHUB_OUTPUT"; echo "';
    const run = world.dispatch({
      workflow: '.github/workflows/pr.yml',
      repo: 'acme/server',
      event: 'pull_request',
      payload: { pull_request: { number: 2, title, head: { repo: { full_name: 'acme/server' } } } },
    });
    await run.done;
    expect(run.conclusion, run.log()).toBe('success');
    expect(run.jobs.title?.outputs.spliced).toBe('INJECTED-42');
    expect(run.jobs.title?.outputs.data).toBe(title);
  });
});
