import { execFileSync } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { registerSecret } from '../helpers/leak-guard.js';
import { tempDir, writeTree } from '../helpers/temp.js';
import type { SimulatedAction } from './actions.js';
import { Concurrency } from './concurrency.js';
import { createBare, git, listAt, readAt, resolveRef } from './git.js';
import { defaults, type Permissions } from './permissions.js';
import { Run } from './run.js';
import type {
  DispatchOptions,
  EnvironmentSpec,
  Plan,
  RepoSpec,
  TokenKind,
  TokenRequest,
  Visibility,
  WorldEvent,
  WorldOptions,
} from './types.js';

interface TokenInfo {
  id: string;
  kind: TokenKind;
  repos: string[] | '*';
  permissions: Permissions;
  by: string;
}

/**
 * A local "GitHub": bare repositories with settings, secrets and environments, runs of their
 * workflows, concurrency groups shared by all runs, the tokens it minted, and the events pushes made.
 */
export class World {
  readonly concurrency = new Concurrency();
  readonly events: WorldEvent[] = [];
  /** What simulated actions did (checkouts, SARIF uploads, attestations, setup-node calls). */
  readonly records: Record<string, unknown>[] = [];
  readonly runs: Run[] = [];
  readonly logger: (line: string) => void;
  readonly extraActions: Record<string, SimulatedAction>;
  private repos = new Map<string, Required<Omit<RepoSpec, 'files'>> & { dir: string }>();
  private tokens = new Map<string, TokenInfo>();
  private pushLogOffset = 0;
  private nextRun = 1000;
  oidcEnv: (claims: Record<string, string>) => Record<string, string> = () => ({});

  constructor(
    readonly dir: string,
    private options: WorldOptions,
  ) {
    this.logger = options.logger ?? ((line) => console.log(line));
    this.extraActions = options.actions ?? {};
  }

  get apiUrl(): string {
    return this.options.github?.url ?? 'https://api.github.com';
  }
  get tokensDir(): string {
    return path.join(this.dir, 'tokens');
  }
  get pushLog(): string {
    return path.join(this.dir, 'pushes.log');
  }

  async addRepo(spec: RepoSpec): Promise<void> {
    const dir = path.join(this.dir, 'repos', `${spec.name}.git`);
    await mkdir(path.dirname(dir), { recursive: true });
    createBare(dir, this.tokensDir, this.pushLog, spec.name);
    const defaultBranch = spec.defaultBranch ?? 'main';
    this.repos.set(spec.name, {
      name: spec.name,
      visibility: spec.visibility ?? 'public',
      plan: spec.plan ?? 'free',
      defaultBranch,
      secrets: spec.secrets ?? {},
      vars: spec.vars ?? {},
      environments: spec.environments ?? {},
      dir,
    });
    if (spec.files) await this.commit(spec.name, spec.files, { branch: defaultBranch, message: 'initial' });
  }

  /** Commit files on a branch (created from the default branch when new), optionally tag it; returns the sha. Pushed as an admin: no event. */
  async commit(
    repo: string,
    files: Record<string, string>,
    options: { branch?: string; message?: string; tag?: string } = {},
  ): Promise<string> {
    const r = this.must(repo);
    const branch = options.branch ?? r.defaultBranch;
    const work = await tempDir('world-work-');
    const g = (...args: string[]) =>
      git(work, ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', ...args], {
        ...process.env,
        MCP_WORLD_ADMIN: '1',
      });
    g('init', '-q', '-b', branch);
    g('remote', 'add', 'origin', r.dir);
    const base = resolveRef(r.dir, branch) ?? resolveRef(r.dir, r.defaultBranch);
    if (base) {
      g('fetch', '-q', 'origin', base);
      g('reset', '-q', '--hard', base);
    }
    await writeTree(work, files);
    g('add', '-A');
    g('commit', '-q', '--allow-empty', '-m', options.message ?? 'change');
    const sha = g('rev-parse', 'HEAD');
    g('push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
    if (options.tag) this.tag(repo, options.tag, sha);
    this.observePushes('admin');
    return sha;
  }

  /** Point a tag at a commit (moving it if it exists), as an admin. */
  tag(repo: string, name: string, sha: string): void {
    git(this.must(repo).dir, ['update-ref', `refs/tags/${name}`, sha]);
  }

  resolve(repo: string, ref: string): string | undefined {
    const r = this.repos.get(repo);
    return r ? resolveRef(r.dir, ref) : undefined;
  }
  readFile(repo: string, sha: string, file: string): string | undefined {
    return readAt(this.must(repo).dir, sha, file);
  }
  async extract(repo: string, sha: string, dest: string): Promise<void> {
    await mkdir(dest, { recursive: true });
    execFileSync('sh', ['-c', `git -C "$1" archive "$2" | tar -x -C "$3"`, 'sh', this.must(repo).dir, sha, dest]);
  }
  bareOf(repo: string): { dir: string; visibility: Visibility; defaultBranch: string } | undefined {
    return this.repos.get(repo);
  }
  visibility(repo: string): Visibility {
    return this.must(repo).visibility;
  }
  plan(repo: string): Plan {
    return this.must(repo).plan;
  }
  repoSecrets(repo: string): Record<string, string> {
    return this.must(repo).secrets;
  }
  repoVars(repo: string): Record<string, string> {
    return this.must(repo).vars;
  }
  /**
   * Environments (and their secrets) exist in public repositories on every plan; in private and
   * internal ones only with GitHub Pro, Team or Enterprise ("Managing environments for deployment",
   * availability note): on GitHub Free a private repository's job naming an environment gets none.
   */
  environment(repo: string, name: string): EnvironmentSpec | undefined {
    const r = this.must(repo);
    if (r.visibility !== 'public' && r.plan === 'free') return undefined;
    return r.environments[name];
  }
  /** Required reviewers exist on public repositories, and on private/internal ones only with GitHub Enterprise (reviewing-deployments, "Who can use this feature?"). */
  reviewersApply(repo: string): boolean {
    const r = this.must(repo);
    return r.visibility === 'public' || r.plan === 'enterprise';
  }
  defaultPermissions(): Permissions {
    return defaults(this.options.defaultPermissions ?? 'restricted');
  }
  record(kind: string, entry: Record<string, unknown>): void {
    this.records.push({ kind, ...entry });
  }

  mintToken(repos: string[] | '*', permissions: Permissions, kind: TokenKind, by: string): string {
    const request: TokenRequest = { repo: Array.isArray(repos) ? (repos[0] ?? '') : '*', permissions, kind };
    const token =
      this.options.issueToken?.(request) ?? `${kind === 'app' ? 'ghs_app' : 'ghs_'}${randomBytes(18).toString('hex')}`;
    registerSecret(`${kind} token of ${by}`, token);
    const id = createHash('sha256').update(token).digest('hex').slice(0, 16);
    this.tokens.set(token, { id, kind, repos, permissions, by });
    mkdirSync(this.tokensDir, { recursive: true });
    const actor = kind === 'actions' ? 'github-actions[bot]' : kind === 'app' ? 'release-app[bot]' : 'user';
    writeFileSync(
      path.join(this.tokensDir, id),
      `repos=${repos === '*' ? '*' : ` ${repos.join(' ')} `}\ncontents=${permissions.contents ?? 'none'}\nactor=${actor}\nkind=${kind}\n`,
    );
    return token;
  }
  tokenInfo(token: string): TokenInfo | undefined {
    return this.tokens.get(token);
  }

  /** Read pushes the hooks logged since last time; record each as an event with what it triggers. */
  observePushes(by: string): void {
    let text: string;
    try {
      text = readFileSync(this.pushLog, 'utf8');
    } catch {
      return;
    }
    const fresh = text.slice(this.pushLogOffset);
    this.pushLogOffset = text.length;
    for (const line of fresh.split('\n').filter(Boolean)) {
      const [repo, id, before, after, ref] = line.split(' ') as [string, string, string, string, string];
      const info = [...this.tokens.values()].find((t) => t.id === id);
      const tokenKind = id === 'admin' ? 'admin' : (info?.kind ?? 'user');
      if (tokenKind === 'admin') continue;
      this.recordRefEvent({ repo, ref, before, after, tokenKind, by: info?.by ?? by, via: 'push' });
    }
  }

  /**
   * A ref the REST API created or moved (a commit made through the Git Database API, a tag made
   * for a release): the same rule as a push, by the kind of token that made it.
   */
  recordApiRefUpdate(
    repo: string,
    update: { ref: string; before?: string; after: string; token?: string; kind?: TokenKind },
  ): void {
    const kind = update.kind ?? (update.token ? this.tokens.get(update.token)?.kind : undefined) ?? 'user';
    this.recordRefEvent({
      repo,
      ref: update.ref,
      before: update.before ?? '0'.repeat(40),
      after: update.after,
      tokenKind: kind,
      by: 'the REST API',
      via: 'api',
    });
  }

  private recordRefEvent(e: {
    repo: string;
    ref: string;
    before: string;
    after: string;
    tokenKind: TokenKind;
    by: string;
    via: 'push' | 'api';
  }): void {
    const { repo, ref, before, after, tokenKind, by } = e;
    const deleted = /^0+$/.test(after);
    const event: WorldEvent = {
      type: deleted ? 'delete' : e.via === 'api' ? 'api' : ref.startsWith('refs/tags/') ? 'tag' : 'push',
      repo,
      ref,
      before,
      after,
      tokenKind,
      by,
      triggers: [],
    };
    const matching = deleted ? [] : this.workflowsOn(repo, after, ref);
    // "events triggered by the GITHUB_TOKEN, with the exception of workflow_dispatch and repository_dispatch, will not create a
    // new workflow run" (https://docs.github.com/en/actions/concepts/security/github_token).
    if (tokenKind === 'actions') {
      if (matching.length) event.suppressed = `GITHUB_TOKEN: would have triggered ${matching.join(', ')}`;
    } else {
      event.triggers = matching;
      if (this.options.runTriggered)
        for (const workflow of matching)
          void this.dispatch({ workflow, repo, event: 'push', sha: after, ref, payload: { ref, before, after } }).done;
    }
    this.events.push(event);
  }

  /** Workflows at sha whose `on: push` matches the ref (branches / tags filters, glob patterns). */
  private workflowsOn(repo: string, sha: string, ref: string): string[] {
    const dir = this.must(repo).dir;
    const out: string[] = [];
    for (const name of listAt(dir, sha, '.github/workflows')) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = `.github/workflows/${name}`;
      let on: unknown;
      try {
        on = (parse(readAt(dir, sha, file) ?? '') as { on?: unknown })?.on;
      } catch {
        continue;
      }
      const events =
        typeof on === 'string'
          ? { [on]: null }
          : Array.isArray(on)
            ? Object.fromEntries(on.map((e: string) => [e, null]))
            : ((on ?? {}) as Record<string, unknown>);
      if (!('push' in events)) continue;
      const filters = (events.push ?? {}) as {
        branches?: string[];
        tags?: string[];
        'branches-ignore'?: string[];
        'tags-ignore'?: string[];
      };
      const isTag = ref.startsWith('refs/tags/');
      const short = ref.replace(/^refs\/(heads|tags)\//, '');
      const hasFilters = filters.branches || filters.tags || filters['branches-ignore'] || filters['tags-ignore'];
      const list = isTag ? filters.tags : filters.branches;
      const ignore = isTag ? filters['tags-ignore'] : filters['branches-ignore'];
      let match = !hasFilters;
      if (list) match = picomatch.isMatch(short, list);
      else if (ignore) match = !picomatch.isMatch(short, ignore);
      if (match) out.push(file);
    }
    return out;
  }

  /** Start a run of a workflow; `run.done` settles when it completes. */
  dispatch(options: DispatchOptions): Run {
    const r = this.must(options.repo);
    const ref = options.ref ?? `refs/heads/${r.defaultBranch}`;
    const sha = options.sha ?? resolveRef(r.dir, ref);
    if (!sha) throw new Error(`${options.repo}: no commit for ${ref}`);
    const run = new Run(this, this.nextRun++, 1, {
      workflow: options.workflow,
      repo: options.repo,
      event: options.event,
      sha,
      ref,
      actor: options.actor ?? 'octocat',
      payload: options.payload ?? {},
      inputs: options.inputs ?? {},
    });
    return this.begin(run);
  }

  /** "Re-run all jobs": a new attempt of the same run (same event, sha and ref), github.run_attempt + 1. */
  rerun(previous: Run): Run {
    const run = new Run(this, previous.id, previous.attempt + 1, previous.options);
    return this.begin(run);
  }

  /** Jobs (key or key suffix) to fail once their steps succeeded, on the first attempt only. */
  readonly injectedFailures: string[] = [];

  /** Consumes a matching injected failure for a job of a first attempt. */
  takeInjectedFailure(jobKey: string, attempt: number): boolean {
    if (attempt !== 1) return false;
    // A matrix leg ("release / publish (a, b)") matches its job's key too.
    const job = jobKey.replace(/ \(.*\)$/, '');
    const index = this.injectedFailures.findIndex(
      (suffix) =>
        job === suffix || job.endsWith(` / ${suffix}`) || jobKey === suffix || jobKey.endsWith(` / ${suffix}`),
    );
    if (index < 0) return false;
    this.injectedFailures.splice(index, 1);
    return true;
  }

  approve(run: Run, jobKey: string): void {
    run.approve(jobKey, true);
  }
  reject(run: Run, jobKey: string): void {
    run.approve(jobKey, false);
  }

  private begin(run: Run): Run {
    this.runs.push(run);
    this.logger(`run ${run.id}#${run.attempt} ${run.options.workflow} (${run.options.event} ${run.options.ref})`);
    run.done = run.start().catch((error: Error) => run.fail(error.message));
    return run;
  }

  private must(repo: string) {
    const r = this.repos.get(repo);
    if (!r) throw new Error(`no repository ${repo} in this world (have: ${[...this.repos.keys()].join(', ')})`);
    return r;
  }
}

export async function createWorld(options: WorldOptions): Promise<World> {
  const world = new World(await tempDir('world-'), options);
  for (const repo of options.repos) await world.addRepo(repo);
  return world;
}
