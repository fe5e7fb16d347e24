import { expressionsIn, jobsOf, stepsOf, triggersOf, type Step, type WorkflowFile } from './model.js';

export interface WorkflowFinding {
  rule: string;
  message: string;
  line: number;
}

/**
 * Contexts an outsider controls (a PR title, a branch name, a comment): expanded
 * into a script they become code. Matches zizmor's and GitHub's own lists.
 */
const UNTRUSTED = [
  /^github\.event\.(issue|pull_request|discussion)\.(title|body)\b/,
  /^github\.event\.(comment|review|review_comment)\.body\b/,
  /^github\.event\.pages\[.*\]\.page_name\b/,
  /^github\.event\.commits(\[.*\]|\.\*)\.(message|author\.(email|name))\b/,
  /^github\.event\.head_commit\.(message|author\.(email|name))\b/,
  /^github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)\b/,
  /^github\.event\.workflow_run\.(head_branch|head_commit\.(message|author\.(email|name))|display_title)\b/,
  /^github\.head_ref\b/,
];

const isUntrusted = (expression: string): boolean => {
  const refs = expression.match(/[A-Za-z_][\w.*[\]'"-]*/g) ?? [];
  return refs.some((ref) => UNTRUSTED.some((re) => re.test(ref)));
};

/**
 * `toJSON(<whole context>)`: a dump of a context that holds what outsiders
 * write (the event: PR titles, bodies, branch names) or what the workflow put
 * aside from them (env, inputs, step and job outputs, a matrix built from
 * them). A scalar (`toJSON(github.event.pull_request.number)`) is no dump.
 * Inside a script the dump is code, exactly like one untrusted field
 * (GitHub's hardening guide, "Understanding the risk of script injections";
 * reported under zizmor's audit name `template-injection`). `secrets` is its
 * own rule below (zizmor `overprovisioned-secrets`).
 */
const DUMPED_CONTEXT =
  /^(github(\.event(\.\w+(\.(head|head_commit|commits|user))?)?)?|env|inputs|matrix|(steps|needs)(\.[\w-]+(\.outputs)?)?)$/;
const TO_JSON = /\btoJSON\s*\(\s*([^()]*?)\s*\)/gi;

/** The contexts an expression dumps whole with toJSON(...) (expression function names are case-insensitive). */
export function dumpedContexts(expression: string): string[] {
  return [...expression.matchAll(TO_JSON)].map((m) => m[1] ?? '').filter((arg) => DUMPED_CONTEXT.test(arg));
}

/**
 * Expressions that hand a step every secret at once: `toJSON(secrets)`, or
 * `secrets[...]` indexed by anything but a literal name: the step (and every
 * action it runs) gets all of them, and the log's redaction matches exact
 * values, so a multi-line secret escaped inside JSON is printed unmasked
 * (https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions,
 * "Using secrets"). zizmor's `overprovisioned-secrets` audit.
 */
export function overprovisionsSecrets(expression: string): boolean {
  return /\btoJSON\s*\(\s*secrets\s*\)/i.test(expression) || /\bsecrets\s*\[\s*(?!'[^']*'\s*\])/.test(expression);
}

const PR_HEAD_REF =
  /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\//;
const RISKY_TRIGGERS = ['pull_request_target', 'workflow_run'];
const SHA = /^[0-9a-f]{40}$/;

function where(file: WorkflowFile, step: Step): string {
  return file.kind === 'action'
    ? `${file.path} step "${step.name}"`
    : `${file.path} job "${step.job}" step "${step.name}"`;
}

/** `ownRepository` (owner/repo): actions from the same repository are versioned with the workflow, not third-party. */
export function auditWorkflow(file: WorkflowFile, ownRepository?: string): WorkflowFinding[] {
  const steps = stepsOf(file);
  const out: WorkflowFinding[] = [];
  const add = (rule: string, message: string, keyPath: (string | number)[]): void =>
    void out.push({ rule, message, line: file.lineAt(keyPath) });
  const triggers = file.kind === 'workflow' ? triggersOf(file) : [];
  const publishing =
    steps.some(
      (s) =>
        (s.run && /\bnpm\s+publish\b|\bpnpm\s+publish\b|\byarn\s+(npm\s+)?publish\b/.test(s.run)) ||
        (s.uses ?? '').startsWith('changesets/action'),
    ) || triggers.includes('release');

  for (const step of steps) {
    // template-injection: untrusted ${{ }} inside a script.
    const scripts: [string, (string | number)[]][] = [];
    if (step.run) scripts.push([step.run, [...step.keyPath, 'run']]);
    if ((step.uses ?? '').startsWith('actions/github-script') && typeof step.with.script === 'string')
      scripts.push([step.with.script, [...step.keyPath, 'with', 'script']]);
    for (const [script, keyPath] of scripts) {
      for (const { expression } of expressionsIn(script)) {
        if (isUntrusted(expression))
          add(
            'workflow/template-injection',
            `${where(file, step)}: \${{ ${expression} }} is attacker-controlled and expands into the script; pass it through env: and use "$VAR"`,
            keyPath,
          );
        else {
          const dumped = dumpedContexts(expression);
          if (dumped.length)
            add(
              'workflow/template-injection',
              `${where(file, step)}: \${{ ${expression} }} dumps ${dumped.join(', ')} into the script, with every title, body, branch name or output an outsider can write; pass only the fields you need through env: and use "$VAR"`,
              keyPath,
            );
        }
      }
      // github-env: untrusted data into GITHUB_ENV / GITHUB_PATH changes later steps' environment.
      if (
        /\$\{?GITHUB_(ENV|PATH)\}?|GITHUB_(ENV|PATH)/.test(script) &&
        (expressionsIn(script).some((e) => isUntrusted(e.expression)) ||
          triggers.some((t) => RISKY_TRIGGERS.includes(t)))
      ) {
        add(
          'workflow/github-env',
          `${where(file, step)} writes to GITHUB_ENV/GITHUB_PATH from data an outsider can control`,
          keyPath,
        );
      }
    }

    if (step.uses) {
      const uses = step.uses;
      const firstParty = isFirstParty(uses, ownRepository);
      if (!uses.startsWith('./') && !uses.startsWith('docker://')) {
        const ref = uses.split('@')[1] ?? '';
        if (!SHA.test(ref) && !firstParty)
          add(
            unpinnedRule(uses),
            `${where(file, step)} uses ${uses}: ${isGitHubOwned(uses) ? "a tag or branch of GitHub's own action can still be moved; " : ''}pin it to a full commit SHA (with the version in a comment)`,
            [...step.keyPath, 'uses'],
          );
      } else if (uses.startsWith('docker://') && !uses.includes('@sha256:')) {
        add('workflow/unpinned-uses', `${where(file, step)} uses ${uses}: pin the image by digest (@sha256:...)`, [
          ...step.keyPath,
          'uses',
        ]);
      }
      if (uses.startsWith('actions/checkout@')) {
        const persist = step.with['persist-credentials'];
        if (persist !== false && persist !== 'false') {
          const uploads = steps.some((s) => s.job === step.job && (s.uses ?? '').startsWith('actions/upload-artifact'));
          add(
            'workflow/artipacked',
            `${where(file, step)}: actions/checkout keeps the token in .git/config${uploads ? ' and this job uploads an artifact that may include it' : ''}; set persist-credentials: false`,
            [...step.keyPath, 'uses'],
          );
        }
        const ref = String(step.with.ref ?? '');
        if (triggers.some((t) => RISKY_TRIGGERS.includes(t)) && PR_HEAD_REF.test(ref)) {
          add(
            'workflow/dangerous-triggers',
            `${where(file, step)} checks out the pull request's code (${ref}) in a ${triggers.filter((t) => RISKY_TRIGGERS.includes(t)).join('/')} workflow, which runs with secrets and a write token`,
            [...step.keyPath, 'with', 'ref'],
          );
        }
      }
      if (
        publishing &&
        ((/^actions\/setup-(node|python|go|java)@/.test(uses) &&
          step.with.cache !== undefined &&
          step.with.cache !== '') ||
          uses.startsWith('actions/cache@'))
      ) {
        add(
          'workflow/cache-poisoning',
          `${where(file, step)} restores a cache in a workflow that publishes; a poisoned cache from another branch would end up in the release`,
          [...step.keyPath, 'uses'],
        );
      }
    }

    if (step.run) {
      if (
        /\bnpm\s+publish\b/.test(step.run) &&
        Object.entries(step.env).some(
          ([k, v]) => /^(NODE_AUTH_TOKEN|NPM_TOKEN)$/.test(k) && /secrets\./.test(String(v)),
        )
      ) {
        add(
          'workflow/use-trusted-publishing',
          `${where(file, step)} publishes with a long-lived npm token; npm trusted publishing (OIDC, id-token: write) needs none`,
          [...step.keyPath, 'env'],
        );
      }
      const adhoc =
        /\b(?:npm\s+(?:install|i|add)|yarn\s+(?:global\s+)?add|pnpm\s+(?:add|install))\s+(?:-[-\w=]+\s+)*(?!-)([@\w][^\s;&|]*)/.exec(
          step.run,
        );
      // An exact version (npm@11.5.1) is a deliberate pin, not an ad-hoc install.
      if (adhoc && !/^(@[^/]+\/)?[^@]+@\d+\.\d+\.\d+(-[\w.]+)?$/.test(adhoc[1] ?? ''))
        add(
          'workflow/adhoc-packages',
          `${where(file, step)} installs "${adhoc[1]}" outside the lockfile; pin it in package.json or install by exact version and integrity`,
          [...step.keyPath, 'run'],
        );
    }

    const inputs: ['env' | 'with', string, unknown][] = [
      ...Object.entries(step.env).map(([k, v]) => ['env', k, v] as ['env', string, unknown]),
      ...Object.entries(step.with).map(([k, v]) => ['with', k, v] as ['with', string, unknown]),
    ];
    for (const [section, key, value] of inputs) {
      if (isHardcodedCredential(key, value))
        add(
          'workflow/hardcoded-credentials',
          `${where(file, step)} sets ${key} to a literal value; use \${{ secrets.* }}`,
          [...step.keyPath, section, key],
        );
    }
  }

  for (const { value, keyPath } of stringsIn(file.data, [])) {
    for (const { expression } of expressionsIn(value)) {
      if (overprovisionsSecrets(expression))
        add(
          'workflow/overprovisioned-secrets',
          `${file.path}: \${{ ${expression} }} hands every secret to this step at once (and a multi-line secret escaped inside JSON no longer matches the log's mask); name the secrets the step needs: \${{ secrets.NAME }}`,
          keyPath,
        );
    }
  }

  if (file.kind === 'workflow') out.push(...auditWorkflowLevel(file, triggers, ownRepository));
  out.push(...auditConditions(file));
  return out;
}

function isHardcodedCredential(key: string, value: unknown): boolean {
  if (
    !/(password|passwd|secret|token|api[_-]?key|private[_-]?key)$/i.test(key) ||
    (/^(github[_-]?token)$/i.test(key) && value === '')
  )
    return false;
  if (typeof value !== 'string' || value.trim() === '' || value.includes('${{')) return false;
  return value.length >= 8 && !/^(true|false|\d+)$/.test(value);
}

/** Every string in a parsed workflow, with its key path (for the line). */
function stringsIn(value: unknown, keyPath: (string | number)[]): { value: string; keyPath: (string | number)[] }[] {
  if (typeof value === 'string') return [{ value, keyPath }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, [...keyPath, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, [...keyPath, k]));
  return [];
}

/**
 * Pinning policy, as the community's audit tools draw it. A tag or branch can be
 * moved to other code; a full commit SHA cannot (GitHub's hardening guide,
 * https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions).
 * - zizmor `unpinned-uses` (https://docs.zizmor.sh/audits/#unpinned-uses): up to
 *   1.19 its default policy let `actions/*` (and `github/*`, `dependabot/*`) be
 *   pinned by ref and required a hash pin from everyone else; 1.20 made hash-pin
 *   the default for all, keeping the old policy as `policies: { actions/*: ref-pin }`.
 * - OpenSSF Scorecard Pinned-Dependencies
 *   (https://github.com/ossf/scorecard/blob/main/docs/checks.md#pinned-dependencies)
 *   counts "GitHub-owned GitHubAction" and "third-party GitHubAction" apart.
 * So: a third-party action by tag or branch is `workflow/unpinned-uses` (error);
 * GitHub's own (`actions/*`, `github/*`) by tag is `workflow/unpinned-github-owned-uses`
 * (warning; `scan.pinning: strict` makes it an error, zizmor 1.20's default).
 */
export function isGitHubOwned(uses: string): boolean {
  return /^(actions|github)\//i.test(uses);
}

function unpinnedRule(uses: string): 'workflow/unpinned-uses' | 'workflow/unpinned-github-owned-uses' {
  return isGitHubOwned(uses) ? 'workflow/unpinned-github-owned-uses' : 'workflow/unpinned-uses';
}

/** An action or reusable workflow from `ownRepository` is versioned with the workflow that calls it, not third-party. */
function isFirstParty(uses: string, ownRepository: string | undefined): boolean {
  const own = ownRepository?.toLowerCase();
  return own !== undefined && (uses.toLowerCase().startsWith(`${own}/`) || uses.toLowerCase().startsWith(`${own}@`));
}

function auditWorkflowLevel(file: WorkflowFile, triggers: string[], ownRepository?: string): WorkflowFinding[] {
  const out: WorkflowFinding[] = [];
  const add = (rule: string, message: string, keyPath: (string | number)[]): void =>
    void out.push({ rule, message, line: file.lineAt(keyPath) });
  const jobs = jobsOf(file);
  const top = file.data.permissions;
  if (top === 'write-all')
    add('workflow/excessive-permissions', `${file.path}: permissions: write-all gives every job every write scope`, [
      'permissions',
    ]);
  else if (top === undefined) {
    const unscoped = Object.entries(jobs)
      .filter(([, job]) => job.permissions === undefined && job.uses === undefined)
      .map(([name]) => name);
    if (unscoped.length)
      add(
        'workflow/excessive-permissions',
        `${file.path}: no top-level permissions, so job(s) ${unscoped.join(', ')} get the repository's default token scopes; add "permissions: contents: read" and grant writes per job`,
        ['on'],
      );
  } else if (top && typeof top === 'object') {
    const writes = Object.entries(top as Record<string, unknown>)
      .filter(([, v]) => v === 'write')
      .map(([k]) => k);
    if (writes.length)
      add(
        'workflow/excessive-permissions',
        `${file.path}: workflow-wide write permissions (${writes.join(', ')}); grant them only to the jobs that need them`,
        ['permissions'],
      );
  }
  for (const [name, job] of Object.entries(jobs)) {
    if (job.permissions === 'write-all')
      add('workflow/excessive-permissions', `${file.path} job "${name}": permissions: write-all`, [
        'jobs',
        name,
        'permissions',
      ]);
    // A reusable workflow by tag or branch runs whatever that ref holds when the job starts, secrets included
    // (https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions,
    // "Using third-party actions": a full-length commit SHA is the only immutable reference); zizmor's `unpinned-uses`.
    // `./.github/workflows/x.yml` comes from the caller's own commit.
    if (
      typeof job.uses === 'string' &&
      !job.uses.startsWith('./') &&
      !SHA.test(job.uses.split('@')[1] ?? '') &&
      !isFirstParty(job.uses, ownRepository)
    ) {
      add(
        unpinnedRule(job.uses),
        `${file.path} job "${name}" calls the reusable workflow ${job.uses}: a branch or tag can be moved to other code; pin it to a full commit SHA (with the version in a comment)`,
        ['jobs', name, 'uses'],
      );
    }
    if (job.secrets === 'inherit')
      add(
        'workflow/secrets-inherit',
        `${file.path} job "${name}" passes every secret to ${String(job.uses ?? 'a reusable workflow')}; pass only the ones it needs`,
        ['jobs', name, 'secrets'],
      );
  }
  const risky = triggers.filter((t) => RISKY_TRIGGERS.includes(t));
  if (risky.length)
    add(
      'workflow/dangerous-triggers',
      `${file.path} runs on ${risky.join(' and ')}: with secrets and a write token, for events outsiders can cause; prefer pull_request, or keep this workflow free of untrusted code`,
      ['on', risky[0] as string],
    );
  return out;
}

/** unsound-contains and bot-conditions, in every `if:` of jobs and steps. */
function auditConditions(file: WorkflowFile): WorkflowFinding[] {
  const out: WorkflowFinding[] = [];
  const check = (condition: unknown, label: string, keyPath: (string | number)[]): void => {
    if (typeof condition !== 'string') return;
    if (/contains\(\s*'[^']*'\s*,\s*(github\.(ref|head_ref|base_ref|actor)|github\.event\.)/.test(condition)) {
      out.push({
        rule: 'workflow/unsound-contains',
        message: `${label}: contains('...', ${condition.match(/,\s*([\w.]+)/)?.[1] ?? 'value'}) does substring matching on a string, so "refs/heads/mai" passes; use fromJSON('[...]') for a list`,
        line: file.lineAt(keyPath),
      });
    }
    if (/github\.(actor|triggering_actor)\s*==\s*'[^']*\[bot\]'/.test(condition)) {
      out.push({
        rule: 'workflow/bot-conditions',
        message: `${label}: github.actor == '...[bot]' can be satisfied by a human re-running the bot's workflow; check github.event.pull_request.user.login and the event instead`,
        line: file.lineAt(keyPath),
      });
    }
  };
  for (const [name, job] of Object.entries(jobsOf(file)))
    check(job.if, `${file.path} job "${name}"`, ['jobs', name, 'if']);
  for (const step of stepsOf(file)) {
    const raw =
      file.kind === 'action'
        ? ((file.data.runs as Record<string, unknown>)?.steps as Record<string, unknown>[])?.[step.index]
        : (jobsOf(file)[step.job]?.steps as Record<string, unknown>[] | undefined)?.[step.index];
    check(raw?.if, where(file, step), [...step.keyPath, 'if']);
  }
  return out;
}
