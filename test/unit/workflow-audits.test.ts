import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/rules.js';
import { auditWorkflow } from '../../src/scan/workflows/audits.js';
import { parseWorkflowFile, type WorkflowFile } from '../../src/scan/workflows/model.js';

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8';
const SETUP_NODE = 'actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444';

function parse(text: string, kind: WorkflowFile['kind'] = 'workflow'): WorkflowFile {
  const file = parseWorkflowFile('.github/workflows/x.yml', text, kind);
  if ('error' in file) throw new Error(file.error);
  return file;
}

/** A workflow that passes every audit; each case below breaks it in one way. */
const GOOD = `on:
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT} # v5.0.0
        with:
          persist-credentials: false
      - uses: ${SETUP_NODE} # v5.0.0
        with:
          node-version: 24
          cache: npm
      - run: npm install -g npm@11.5.1
      - run: npm ci && npm test
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
`;

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('workflow audits', () => {
  it('the good workflow passes', () => {
    expect(auditWorkflow(parse(GOOD))).toEqual([]);
  });

  it.each([
    [
      'workflow/template-injection',
      GOOD.replace('run: echo "$TITLE"', 'run: echo "${{ github.event.pull_request.title }}"'),
      'run: echo "${{',
    ],
    [
      'workflow/template-injection',
      GOOD.replace('run: npm ci && npm test', 'run: git checkout ${{ github.head_ref }}'),
      'github.head_ref',
    ],
    ['workflow/excessive-permissions', GOOD.replace('permissions:\n  contents: read\n', ''), 'on:'],
    ['workflow/excessive-permissions', GOOD.replace('contents: read', 'contents: write'), 'permissions:'],
    [
      'workflow/excessive-permissions',
      GOOD.replace('permissions:\n  contents: read', 'permissions: write-all'),
      'permissions: write-all',
    ],
    ['workflow/unpinned-github-owned-uses', GOOD.replace(CHECKOUT, 'actions/checkout@v5'), 'actions/checkout@v5'],
    ['workflow/unpinned-uses', GOOD.replace(CHECKOUT, 'someone/checkout@v5'), 'someone/checkout@v5'],
    ['workflow/artipacked', GOOD.replace('        with:\n          persist-credentials: false\n', ''), CHECKOUT],
    ['workflow/dangerous-triggers', GOOD.replace('pull_request:', 'pull_request_target:'), 'pull_request_target'],
    ['workflow/cache-poisoning', GOOD.replace('run: npm ci && npm test', 'run: npm publish'), SETUP_NODE],
    [
      'workflow/secrets-inherit',
      `${GOOD}  call:\n    uses: ./.github/workflows/release.yml\n    secrets: inherit\n`,
      'secrets: inherit',
    ],
    [
      'workflow/use-trusted-publishing',
      GOOD.replace('cache: npm', 'registry-url: https://registry.npmjs.org').replace(
        'run: npm ci && npm test',
        'run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
      ),
      'env:\n',
    ],
    [
      'workflow/github-env',
      GOOD.replace('run: npm ci && npm test', 'run: echo "BRANCH=${{ github.head_ref }}" >> "$GITHUB_ENV"'),
      'GITHUB_ENV',
    ],
    [
      'workflow/unsound-contains',
      GOOD.replace(
        '      - run: npm ci && npm test',
        "      - if: contains('refs/heads/main refs/heads/release', github.ref)\n        run: npm test",
      ),
      'contains(',
    ],
    [
      'workflow/bot-conditions',
      GOOD.replace(
        '      - run: npm ci && npm test',
        "      - if: github.actor == 'dependabot[bot]'\n        run: npm test",
      ),
      'github.actor',
    ],
    [
      'workflow/adhoc-packages',
      GOOD.replace('run: npm ci && npm test', 'run: npm install -g some-linter && some-linter'),
      'some-linter',
    ],
    [
      'workflow/hardcoded-credentials',
      GOOD.replace('          TITLE:', '          DB_PASSWORD: correct-horse-battery\n          TITLE:'),
      'DB_PASSWORD',
    ],
  ])('%s', (rule, text, needle) => {
    const findings = auditWorkflow(parse(text)).filter((f) => f.rule === rule);
    expect(findings.length, JSON.stringify(auditWorkflow(parse(text)))).toBeGreaterThan(0);
    const expectedLine = needle === 'env:\n' ? lineOf(text, 'NODE_AUTH_TOKEN') - 1 : lineOf(text, needle);
    expect(findings.map((f) => f.line)).toContain(expectedLine);
    expect(findings[0]?.message).toContain('.github/workflows/x.yml');
  });

  it('checking out the PR head in pull_request_target is reported on the ref', () => {
    const text = GOOD.replace('pull_request:', 'pull_request_target:').replace(
      'persist-credentials: false',
      'persist-credentials: false\n          ref: ${{ github.event.pull_request.head.sha }}',
    );
    const findings = auditWorkflow(parse(text)).filter((f) => f.rule === 'workflow/dangerous-triggers');
    expect(findings.map((f) => f.line).sort((a, b) => a - b)).toEqual([
      lineOf(text, 'pull_request_target'),
      lineOf(text, 'ref: ${{'),
    ]);
  });

  it('composite action files get the step audits', () => {
    const action = `name: x\nruns:\n  using: composite\n  steps:\n    - uses: actions/cache@v4\n    - shell: bash\n      run: echo "\${{ github.event.issue.title }}"\n`;
    expect(
      auditWorkflow(parse(action, 'action'))
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['workflow/template-injection', 'workflow/unpinned-github-owned-uses']);
  });

  /*
   * The pinning policy of zizmor's `unpinned-uses` (https://docs.zizmor.sh/audits/#unpinned-uses: up to
   * 1.19 `actions/*` could be pinned by ref, everyone else by hash) and OpenSSF Scorecard's
   * Pinned-Dependencies, which counts GitHub-owned and third-party actions apart
   * (https://github.com/ossf/scorecard/blob/main/docs/checks.md#pinned-dependencies).
   */
  it("pinning: GitHub's own actions by tag are one rule (a warning by default), third-party by tag another, a full SHA neither", () => {
    const SHA = '08c6903cd8c0fde910a37f88322edcfb5dd907a8';
    const steps = [
      'actions/checkout@v4',
      'actions/setup-node@main',
      'github/codeql-action/upload-sarif@v3',
      'Actions/cache@v4',
      'someone/tool@v1',
      'actions-rs/toolchain@v1',
      'githubnext/thing@v1',
      `someone/tool@${SHA}`,
      `actions/checkout@${SHA}`,
      'someone/tool@08c6903',
      './local-action',
      'docker://alpine:3.20',
      'docker://alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    ];
    const text = `on: push
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
${steps
  .map(
    (u) => `      - uses: ${u}
        with:
          persist-credentials: false
`,
  )
  .join('')}  b:
    uses: actions/reusable/.github/workflows/x.yml@v1
  c:
    uses: other/reusable/.github/workflows/x.yml@v1
`;
    const pinning = auditWorkflow(parse(text))
      .filter((f) => f.rule.startsWith('workflow/unpinned'))
      .map((f) => [
        f.rule,
        f.message
          .match(/uses (\S+?): |workflow (\S+?): /)
          ?.slice(1)
          .find(Boolean),
      ]);
    expect(pinning).toEqual([
      ['workflow/unpinned-github-owned-uses', 'actions/checkout@v4'],
      ['workflow/unpinned-github-owned-uses', 'actions/setup-node@main'],
      ['workflow/unpinned-github-owned-uses', 'github/codeql-action/upload-sarif@v3'],
      ['workflow/unpinned-github-owned-uses', 'Actions/cache@v4'],
      ['workflow/unpinned-uses', 'someone/tool@v1'],
      ['workflow/unpinned-uses', 'actions-rs/toolchain@v1'],
      ['workflow/unpinned-uses', 'githubnext/thing@v1'],
      ['workflow/unpinned-uses', 'someone/tool@08c6903'],
      ['workflow/unpinned-uses', 'docker://alpine:3.20'],
      ['workflow/unpinned-github-owned-uses', 'actions/reusable/.github/workflows/x.yml@v1'],
      ['workflow/unpinned-uses', 'other/reusable/.github/workflows/x.yml@v1'],
    ]);
    expect(findRule('workflow/unpinned-github-owned-uses')?.severity).toBe('warning');
    expect(findRule('workflow/unpinned-uses')?.severity).toBe('error');
  });

  it('hostile workflow: reusable workflows by branch, tag or short sha; toJSON dumps of untrusted contexts in run:; every secret at once', () => {
    const text = readFileSync(path.join(import.meta.dirname, '../fixtures/hostile/text/workflow-dumps.yml'), 'utf8');
    const findings = auditWorkflow(parse(text), 'acme/hello-mcp').filter((f) =>
      ['workflow/unpinned-uses', 'workflow/template-injection', 'workflow/overprovisioned-secrets'].includes(f.rule),
    );
    const at = (needle: string) => lineOf(text, needle);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['workflow/template-injection', at('toJSON(github.event) }}')],
      ['workflow/template-injection', at('toJson(github)')],
      ['workflow/template-injection', at('toJSON( github.event.pull_request )')],
      ['workflow/template-injection', at('toJSON(env)')],
      ['workflow/template-injection', at('toJSON(env)')],
      ['workflow/template-injection', at('toJSON(steps)')],
      ['workflow/template-injection', at('toJSON(steps)')],
      ['workflow/overprovisioned-secrets', at('ALL:')],
      ['workflow/overprovisioned-secrets', at('ONE:')],
      ['workflow/unpinned-uses', at('release.yml@main')],
      ['workflow/unpinned-uses', at('release.yml@v2')],
      ['workflow/unpinned-uses', at('release-short-sha') + 1],
    ]);
    expect(findings.filter((f) => f.line === at('toJSON(env)')).map((f) => f.message)).toEqual([
      expect.stringContaining('dumps env into the script'),
      expect.stringContaining('dumps inputs into the script'),
    ]);
    expect(findings.filter((f) => f.line === at('toJSON(steps)')).map((f) => f.message)).toEqual([
      expect.stringContaining('dumps steps into'),
      expect.stringContaining('dumps needs.build.outputs into'),
    ]);
    expect(findings.find((f) => f.rule === 'workflow/unpinned-uses')?.message).toBe(
      '.github/workflows/x.yml job "release" calls the reusable workflow some-org/shared-workflows/.github/workflows/release.yml@main: a branch or tag can be moved to other code; pin it to a full commit SHA (with the version in a comment)',
    );
  });

  it('a reusable workflow of the repository itself is versioned with its caller, like its actions', () => {
    const text = `${GOOD}  call:\n    uses: acme/hello-mcp/.github/workflows/release.yml@v1\n`;
    expect(auditWorkflow(parse(text), 'acme/hello-mcp')).toEqual([]);
    expect(auditWorkflow(parse(text)).map((f) => f.rule)).toEqual(['workflow/unpinned-uses']);
  });
});
