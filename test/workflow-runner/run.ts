import { EventEmitter } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { assertNoLeak } from '../helpers/leak-guard.js';
import { cleanEnv } from '../helpers/run.js';
import { asText, condition, expand, expandText, type Contexts, type Json } from './expressions.js';
import { excess, parsePermissions, readOnly, type Permissions } from './permissions.js';
import { installNodeBin, runnerPath } from './corepack.js';
import { runSteps, type JobRuntime, type StepDef } from './steps.js';
import type { ActionUse, DispatchOptions, JobState, JobStatus, Result } from './types.js';
import type { World } from './world.js';

/** Where a workflow file came from: job.workflow_* name this for the jobs it defines. */
export interface WorkflowFile {
  repo: string;
  sha: string;
  ref: string;
  path: string;
  doc: WorkflowDoc;
}

interface JobDef {
  name?: string;
  needs?: string | string[];
  if?: unknown;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: 'inherit' | Record<string, unknown>;
  permissions?: unknown;
  strategy?: { matrix?: unknown; 'fail-fast'?: unknown };
  environment?: string | { name: string; url?: string };
  concurrency?: string | { group: string; 'cancel-in-progress'?: unknown };
  env?: Record<string, unknown>;
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
  steps?: StepDef[];
  outputs?: Record<string, string>;
  'runs-on'?: unknown;
}

export interface WorkflowDoc {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  env?: Record<string, unknown>;
  concurrency?: string | { group: string; 'cancel-in-progress'?: unknown };
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
  jobs: Record<string, JobDef>;
}

interface CallSpec {
  inputs?: Record<string, { type?: string; required?: boolean; default?: unknown }>;
  secrets?: Record<string, { required?: boolean }>;
  outputs?: Record<string, { value: string }>;
}

interface Scope {
  prefix: string;
  file: WorkflowFile;
  inputs: Record<string, Json>;
  /** Secrets visible to this workflow's jobs before environments (repository secrets at the top, passed ones below). */
  secrets: Record<string, string>;
  /** A called workflow given an explicit `secrets:` mapping: the only names its jobs can see (undefined with `inherit` or at the top). */
  passedNames?: string[];
  /** The calling job's permissions: the most a nested job may have. */
  ceiling?: Permissions;
}

interface Outcome {
  result: Result;
  outputs: Record<string, string>;
  /** Results of this job and every job it needs, transitively (for success()/failure() in `if:`). */
  chain: Result[];
}

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const callSpec = (doc: WorkflowDoc): CallSpec | undefined => {
  const on = doc.on;
  if (on && typeof on === 'object' && !Array.isArray(on) && 'workflow_call' in on)
    return ((on as Record<string, unknown>).workflow_call ?? {}) as CallSpec;
  if (on === 'workflow_call' || (Array.isArray(on) && on.includes('workflow_call'))) return {};
  return undefined;
};

export class Run {
  readonly jobs: Record<string, JobState> = {};
  readonly errors: string[] = [];
  readonly actionsUsed: ActionUse[] = [];
  /** Artifacts of this attempt (name -> files). */
  artifacts = new Map<string, { dir: string; job: string }>();
  conclusion?: Result;
  status: 'queued' | 'in_progress' | 'completed' = 'queued';
  done: Promise<void> = Promise.resolve();
  startedAt = Date.now();
  endedAt?: number;
  private events = new EventEmitter();
  private controller = new AbortController();
  private cancelRequested = false;
  private approvals = new Map<string, (approved: boolean) => void>();
  private cancelHooks = new Set<() => void>();
  private workflows = new Map<string, WorkflowFile>();

  constructor(
    private world: World,
    readonly id: number,
    readonly attempt: number,
    readonly options: Required<Pick<DispatchOptions, 'workflow' | 'repo' | 'event' | 'sha' | 'ref' | 'actor'>> & {
      payload: Record<string, Json>;
      inputs: Record<string, Json>;
    },
  ) {
    this.events.setMaxListeners(0);
  }

  get cancelled(): boolean {
    return this.cancelRequested;
  }

  /** A fork pull request or a Dependabot run: read-only token, no secrets ("GITHUB_TOKEN reference", fork table and the Dependabot note). */
  get untrusted(): boolean {
    const head = (this.options.payload.pull_request as { head?: { repo?: { full_name?: string } } } | undefined)?.head
      ?.repo?.full_name;
    const forkPr =
      (this.options.event === 'pull_request' || this.options.event === 'pull_request_review') &&
      head !== undefined &&
      head !== this.options.repo;
    return forkPr || this.options.actor === 'dependabot[bot]';
  }

  /** Resolves when the job reaches the status (or completes). */
  waitFor(key: string, status: JobStatus): Promise<JobState> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const job = this.jobs[key];
        if (job && (job.status === status || job.status === 'completed')) {
          this.events.off('change', check);
          if (job.status !== status)
            reject(new Error(`job ${key} completed (${job.result}) without reaching ${status}`));
          else resolve(job);
          return true;
        }
        if (this.status === 'completed') {
          this.events.off('change', check);
          reject(
            new Error(
              `run ${this.id} completed without job ${key} reaching ${status}; jobs: ${Object.keys(this.jobs).join(', ')}`,
            ),
          );
          return true;
        }
        return false;
      };
      if (!check()) this.events.on('change', check);
    });
  }

  approve(key: string, approved: boolean): void {
    // A matrix job's one waiting leg may be named by the job's key ("release / promote" for "release / promote (a, b)").
    const legs = [...this.approvals.keys()].filter((k) => k.startsWith(`${key} (`));
    if (!this.approvals.has(key) && legs.length === 1) key = legs[0] as string;
    const resolve = this.approvals.get(key);
    if (!resolve)
      throw new Error(
        `job ${key} of run ${this.id} is not waiting for approval (waiting: ${[...this.approvals.keys()].join(', ') || 'none'})`,
      );
    this.approvals.delete(key);
    resolve(approved);
  }

  cancel(): void {
    if (this.cancelRequested || this.status === 'completed') return;
    this.cancelRequested = true;
    this.controller.abort();
    for (const hook of [...this.cancelHooks]) hook();
    this.changed();
  }

  /** All step logs of the run, for showing on failure. */
  log(): string {
    return Object.values(this.jobs)
      .map(
        (job) =>
          `## ${job.key}: ${job.result ?? job.status}${job.error ? ` (${job.error})` : ''}\n${job.steps.map((s) => `### ${s.name}: ${s.conclusion}\n${s.log}`).join('')}`,
      )
      .join('\n');
  }

  private changed(): void {
    this.events.emit('change');
  }

  private setJob(key: string, update: Partial<JobState>): JobState {
    const job = (this.jobs[key] ??= { key, status: 'queued', outputs: {}, steps: [], annotations: [], summary: '' });
    Object.assign(job, update);
    this.changed();
    return job;
  }

  async start(): Promise<void> {
    const o = this.options;
    const file = this.loadWorkflow(o.repo, o.sha, o.ref, o.workflow);
    this.status = 'in_progress';
    const top: Scope = { prefix: '', file, inputs: o.inputs, secrets: { ...this.world.repoSecrets(o.repo) } };
    try {
      this.validate(top.file, undefined, 0);
    } catch (error) {
      this.errors.push((error as Error).message);
    }
    if (this.errors.length) return this.finish('failure');
    const holder = { label: `run ${this.id}`, cancel: () => this.cancel() };
    const group = this.concurrencyOf(file.doc.concurrency, this.baseContexts(top));
    if (group) {
      const outcome = await this.world.concurrency.acquire(group.name, holder, group.cancelInProgress);
      if (outcome === 'cancelled' || this.cancelRequested) {
        this.world.concurrency.release(group.name, holder);
        return this.finish('cancelled');
      }
    }
    try {
      const results = await this.executeWorkflow(top);
      const all = Object.values(results).map((r) => r.result);
      this.finish(
        this.cancelRequested
          ? 'cancelled'
          : all.includes('failure')
            ? 'failure'
            : all.includes('cancelled')
              ? 'cancelled'
              : 'success',
      );
    } catch (error) {
      this.errors.push((error as Error).stack ?? String(error));
      this.finish('failure');
    } finally {
      if (group) this.world.concurrency.release(group.name, holder);
    }
  }

  /** End the run with an error found outside the jobs (a workflow that cannot be read or parsed). */
  fail(message: string): void {
    this.errors.push(message);
    if (this.status !== 'completed') this.finish('failure');
  }

  private finish(conclusion: Result): void {
    this.conclusion = conclusion;
    this.status = 'completed';
    this.endedAt = Date.now();
    this.world.logger(
      `run ${this.id}#${this.attempt} ${this.options.workflow}: ${conclusion}${this.errors.length ? ` (${this.errors.join('; ')})` : ''}`,
    );
    this.changed();
  }

  private loadWorkflow(repo: string, sha: string, ref: string, file: string): WorkflowFile {
    const key = `${repo}@${sha}:${file}`;
    const cached = this.workflows.get(key);
    if (cached) return cached;
    const text = this.world.readFile(repo, sha, file);
    if (text === undefined) throw new Error(`${repo}/${file}@${ref}: workflow file not found`);
    const loaded = { repo, sha, ref, path: file, doc: parse(text) as WorkflowDoc };
    this.workflows.set(key, loaded);
    return loaded;
  }

  /** `uses:` of a job: `./.github/workflows/x.yml` (same repository and commit as the file naming it) or `owner/repo/path@ref`. */
  private resolveCall(from: WorkflowFile, uses: string): WorkflowFile {
    if (uses.startsWith('./')) return this.loadWorkflow(from.repo, from.sha, from.ref, uses.slice(2));
    const match = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(uses);
    if (!match) throw new Error(`invalid reusable workflow reference "${uses}"`);
    const [, repo, file, ref] = match as unknown as [string, string, string, string];
    const sha = this.world.resolve(repo, ref);
    if (!sha) throw new Error(`Unable to find reusable workflow "${uses}": no ref ${ref} in ${repo}`);
    // Private reusable workflows are reachable from the same owner only (Reusable workflows reference, "Access to reusable workflows").
    if (this.world.visibility(repo) !== 'public' && repo.split('/')[0] !== this.options.repo.split('/')[0])
      throw new Error(`error parsing called workflow "${uses}": workflow was not found`);
    const fullRef = /^[0-9a-f]{40}$/.test(ref)
      ? ref
      : this.world.resolve(repo, `refs/tags/${ref}`)
        ? `refs/tags/${ref}`
        : `refs/heads/${ref}`;
    return this.loadWorkflow(repo, sha, fullRef, file);
  }

  /**
   * What GitHub checks before any job starts (a failing check is a run that fails at start):
   * inputs and secrets of each call against the called workflow's `on.workflow_call`, and the
   * nested jobs' permissions against the calling job's ("Reusing workflows": "The GITHUB_TOKEN
   * permissions passed from the caller workflow can be only downgraded (not elevated) by the called
   * workflow"; https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows).
   */
  private validate(file: WorkflowFile, ceiling: Permissions | undefined, depth: number): void {
    // "You can connect a maximum of ten levels of workflows" (Reusable workflows reference, Limitations).
    if (depth > 10) throw new Error(`${file.path}: more than ten levels of nested workflows`);
    for (const [id, job] of Object.entries(file.doc.jobs ?? {})) {
      const effective = this.permissionsOf(job, file.doc, ceiling);
      if (ceiling) {
        const over = excess(effective, ceiling);
        if (over.length)
          throw new Error(
            `The nested job '${id}' is requesting '${over.join(', ')}', but is only allowed '${
              Object.entries(ceiling)
                .filter(([, a]) => a !== 'none')
                .map(([s, a]) => `${s}: ${a}`)
                .join(', ') || 'none'
            }'.`,
          );
      }
      if (!job.uses) continue;
      const called = this.resolveCall(file, job.uses);
      const spec = callSpec(called.doc);
      if (!spec)
        throw new Error(`${job.uses}: workflow is not reusable as it is missing a \`on.workflow_call\` trigger`);
      const declared = spec.inputs ?? {};
      for (const name of Object.keys(job.with ?? {}))
        if (!(name in declared))
          throw new Error(
            `${file.path}: job '${id}': Invalid input, ${name} is not defined in the referenced workflow.`,
          );
      for (const [name, input] of Object.entries(declared))
        if (input.required && input.default === undefined && !(name in (job.with ?? {})))
          throw new Error(`${file.path}: job '${id}': Input ${name} is required, but not provided while calling.`);
      if (job.secrets !== 'inherit') {
        const secrets = spec.secrets ?? {};
        for (const name of Object.keys(job.secrets ?? {}))
          if (!(name in secrets))
            throw new Error(
              `${file.path}: job '${id}': Invalid secret, ${name} is not defined in the referenced workflow.`,
            );
        for (const [name, secret] of Object.entries(secrets))
          if (secret.required && !(name in (job.secrets ?? {})))
            throw new Error(`${file.path}: job '${id}': Secret ${name} is required, but not provided while calling.`);
      }
      this.validate(called, effective, depth + 1);
    }
  }

  /** Job-level permissions, else the workflow's, else the caller's (nested), else the repository default. */
  private permissionsOf(job: JobDef, doc: WorkflowDoc, ceiling: Permissions | undefined): Permissions {
    return (
      parsePermissions(job.permissions) ??
      parsePermissions(doc.permissions) ??
      ceiling ??
      this.world.defaultPermissions()
    );
  }

  private concurrencyOf(
    value: WorkflowDoc['concurrency'],
    contexts: Contexts,
  ): { name: string; cancelInProgress: boolean } | undefined {
    if (value === undefined) return undefined;
    const spec = typeof value === 'string' ? { group: value } : value;
    return {
      name: expandText(spec.group, contexts),
      cancelInProgress: expand(spec['cancel-in-progress'] ?? false, contexts) === true,
    };
  }

  githubContext(token: string): Record<string, Json> {
    const o = this.options;
    const top = this.loadWorkflow(o.repo, o.sha, o.ref, o.workflow);
    const refName = o.ref.replace(/^refs\/(heads|tags)\//, '');
    return {
      event_name: o.event,
      event: o.payload,
      sha: o.sha,
      ref: o.ref,
      ref_name: refName,
      ref_type: o.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      repository: o.repo,
      repository_owner: o.repo.split('/')[0] as string,
      actor: o.actor,
      triggering_actor: o.actor,
      token,
      workflow: top.doc.name ?? o.workflow,
      workflow_ref: `${o.repo}/${o.workflow}@${o.ref}`,
      workflow_sha: o.sha,
      run_id: String(this.id),
      run_number: String(this.id - 1000),
      run_attempt: String(this.attempt),
      server_url: 'https://github.com',
      api_url: this.world.apiUrl,
      graphql_url: `${this.world.apiUrl}/graphql`,
      head_ref: ((o.payload.pull_request as { head?: { ref?: string } } | undefined)?.head?.ref ?? '') as string,
      base_ref: ((o.payload.pull_request as { base?: { ref?: string } } | undefined)?.base?.ref ?? '') as string,
      retention_days: '90',
    };
  }

  private baseContexts(scope: Scope): Contexts {
    return { github: this.githubContext(''), inputs: scope.inputs, vars: this.world.repoVars(this.options.repo) };
  }

  private async executeWorkflow(scope: Scope): Promise<Record<string, Outcome>> {
    const outcomes = new Map<string, Promise<Outcome>>();
    const jobs = scope.file.doc.jobs ?? {};
    const get = (id: string): Promise<Outcome> => {
      let outcome = outcomes.get(id);
      if (!outcome) {
        if (!jobs[id]) throw new Error(`${scope.file.path}: a job needs "${id}", which does not exist`);
        outcome = this.executeJobId(scope, id, jobs[id] as JobDef, get);
        outcomes.set(id, outcome);
      }
      return outcome;
    };
    const results: Record<string, Outcome> = {};
    await Promise.all(Object.keys(jobs).map(async (id) => (results[id] = await get(id))));
    return results;
  }

  private async executeJobId(
    scope: Scope,
    id: string,
    def: JobDef,
    get: (id: string) => Promise<Outcome>,
  ): Promise<Outcome> {
    const needIds = list(def.needs);
    const needOutcomes = await Promise.all(needIds.map(get));
    const needs: Record<string, Json> = {};
    needIds.forEach(
      (n, i) => (needs[n] = { result: needOutcomes[i]?.result ?? 'skipped', outputs: needOutcomes[i]?.outputs ?? {} }),
    );
    const chain = needOutcomes.flatMap((o) => o.chain);
    const key = `${scope.prefix}${id}`;
    const contexts: Contexts = { ...this.baseContexts(scope), needs };
    // Job `if:` status functions look at the jobs it needs (docs: expressions, status check functions).
    const functions = {
      success: () => chain.every((r) => r === 'success') && !this.cancelRequested,
      failure: () => chain.includes('failure'),
      cancelled: () => this.cancelRequested,
    };
    let run: boolean;
    try {
      run = condition(def.if, contexts, functions);
    } catch (error) {
      this.setJob(key, { status: 'completed', result: 'failure', error: (error as Error).message });
      return { result: 'failure', outputs: {}, chain: [...chain, 'failure'] };
    }
    if (!run) {
      this.setJob(key, { status: 'completed', result: this.cancelRequested ? 'cancelled' : 'skipped' });
      return { result: 'skipped', outputs: {}, chain: [...chain, 'skipped'] };
    }
    const legs = this.matrixLegs(def, contexts);
    const settled = await Promise.all(
      legs.map(async (matrix, index) => {
        const legKey = matrix
          ? `${key} (${Object.values(matrix)
              .map((v) => asText(v))
              .join(', ')})`
          : key;
        const strategy = {
          'fail-fast': true,
          'job-index': index,
          'job-total': legs.length,
          'max-parallel': legs.length,
        };
        const legContexts: Contexts = { ...contexts, matrix: matrix ?? null, strategy };
        return def.uses
          ? this.executeCall(scope, id, legKey, def, legContexts)
          : this.executeJob(scope, id, legKey, def, legContexts);
      }),
    );
    const results = settled.map((s) => s.result);
    const result: Result = results.includes('failure')
      ? 'failure'
      : results.includes('cancelled')
        ? 'cancelled'
        : results.every((r) => r === 'skipped')
          ? 'skipped'
          : 'success';
    const outputs = Object.assign({}, ...settled.map((s) => s.outputs)) as Record<string, string>;
    if (legs.length > 1 || legs[0]) this.setJob(key, { status: 'completed', result, outputs });
    return { result, outputs, chain: [...chain, result] };
  }

  /** strategy.matrix: the cross product of the lists, minus exclude, plus include (docs: "Running variations of jobs in a workflow"). */
  private matrixLegs(def: JobDef, contexts: Contexts): (Record<string, Json> | undefined)[] {
    const raw = def.strategy?.matrix;
    if (raw === undefined) return [undefined];
    const matrix = (typeof raw === 'string' ? expand(raw, contexts) : raw) as Record<string, Json>;
    const expanded: Record<string, Json> = {};
    for (const [k, v] of Object.entries(matrix))
      expanded[k] = typeof v === 'string' && v.includes('${{') ? expand(v, contexts) : v;
    const { include, exclude, ...axes } = expanded as {
      include?: Record<string, Json>[];
      exclude?: Record<string, Json>[];
    } & Record<string, Json>;
    let combos: Record<string, Json>[] = Object.keys(axes).length ? [{}] : [];
    for (const [axis, values] of Object.entries(axes))
      combos = combos.flatMap((c) => (values as Json[]).map((v) => ({ ...c, [axis]: v })));
    const matches = (combo: Record<string, Json>, partial: Record<string, Json>) =>
      Object.entries(partial).every(([k, v]) => JSON.stringify(combo[k]) === JSON.stringify(v));
    combos = combos.filter((c) => !(exclude ?? []).some((e) => matches(c, e)));
    for (const extra of include ?? []) {
      const original = Object.fromEntries(Object.entries(extra).filter(([k]) => k in axes));
      const hits = Object.keys(original).length ? combos.filter((c) => matches(c, original)) : [];
      if (hits.length) hits.forEach((c) => Object.assign(c, extra));
      else combos.push({ ...extra });
    }
    if (!combos.length) throw new Error(`job matrix is empty`);
    return combos;
  }

  /** A job that calls a reusable workflow: evaluate `with` and `secrets` in the caller's context, run the called jobs in this run. */
  private async executeCall(
    scope: Scope,
    id: string,
    key: string,
    def: JobDef,
    contexts: Contexts,
  ): Promise<{ result: Result; outputs: Record<string, string> }> {
    this.setJob(key, { status: 'in_progress', startedAt: Date.now() });
    const called = this.resolveCall(scope.file, def.uses as string);
    const spec = callSpec(called.doc) ?? {};
    const fail = (message: string) => {
      this.setJob(key, { status: 'completed', result: 'failure', error: message, endedAt: Date.now() });
      return { result: 'failure' as const, outputs: {} };
    };
    const inputs: Record<string, Json> = {};
    const callerContexts: Contexts = { ...contexts, secrets: scope.secrets };
    for (const [name, input] of Object.entries(spec.inputs ?? {})) {
      const given =
        def.with && name in def.with
          ? expand(def.with[name], callerContexts)
          : input.default === undefined
            ? undefined
            : expand(input.default, callerContexts);
      const type = input.type ?? 'string';
      if (given === undefined) {
        inputs[name] = type === 'boolean' ? false : type === 'number' ? 0 : '';
        continue;
      }
      // Inputs are typed (on.workflow_call.inputs.<id>.type): a value of another type is an error.
      if (type === 'boolean' && typeof given !== 'boolean')
        return fail(`Unexpected value '${asText(given)}' for input ${name} of type boolean`);
      if (type === 'number' && typeof given !== 'number')
        return fail(`Unexpected value '${asText(given)}' for input ${name} of type number`);
      inputs[name] = type === 'string' ? asText(given) : given;
    }
    // Secrets reach a called workflow only when passed by name or with `secrets: inherit` (Reusing workflows, "Passing inputs and secrets").
    let secrets: Record<string, string> = {};
    if (def.secrets === 'inherit') secrets = { ...scope.secrets };
    else
      for (const [name, value] of Object.entries(def.secrets ?? {})) secrets[name] = expandText(value, callerContexts);
    const ceiling = this.permissionsOf(def, scope.file.doc, scope.ceiling);
    const inner: Scope = {
      prefix: `${key} / `,
      file: called,
      inputs,
      secrets,
      ceiling,
      ...(def.secrets === 'inherit' ? {} : { passedNames: Object.keys(secrets) }),
    };
    const results = await this.executeWorkflow(inner);
    const all = Object.values(results).map((r) => r.result);
    const result: Result = all.includes('failure') ? 'failure' : all.includes('cancelled') ? 'cancelled' : 'success';
    const jobsContext: Record<string, Json> = {};
    for (const [jobId, o] of Object.entries(results)) jobsContext[jobId] = { result: o.result, outputs: o.outputs };
    const outputs: Record<string, string> = {};
    for (const [name, output] of Object.entries(spec.outputs ?? {}))
      outputs[name] = expandText(output.value, { ...this.baseContexts(inner), jobs: jobsContext });
    this.setJob(key, { status: 'completed', result, outputs, endedAt: Date.now() });
    return { result, outputs };
  }

  private async executeJob(
    scope: Scope,
    id: string,
    key: string,
    def: JobDef,
    contexts: Contexts,
  ): Promise<{ result: Result; outputs: Record<string, string> }> {
    const job = this.setJob(key, { status: 'queued' });
    const holder = { label: `${this.id} ${key}`, cancel: () => this.cancel() };
    const envSpec = typeof def.environment === 'string' ? { name: def.environment } : def.environment;
    const environment = envSpec ? expandText(envSpec.name, contexts) : undefined;
    const group = this.concurrencyOf(def.concurrency, contexts);
    const finish = (outcome: Result, reason?: string) => {
      // A test's fault: the job did all its work, then failed (the runner lost it, a timeout hit).
      const injected = outcome === 'success' && this.world.takeInjectedFailure(key, this.attempt);
      const result: Result = injected ? 'failure' : outcome;
      const error = injected ? "injected failure after the job's steps ran" : reason;
      if (group) this.world.concurrency.release(group.name, holder);
      job.endedAt = Date.now();
      this.setJob(key, { status: 'completed', result, ...(error ? { error } : {}) });
      this.world.logger(
        `  ${result === 'success' ? '✓' : result === 'skipped' ? '-' : '✗'} ${key}: ${result} (${((job.endedAt - (job.startedAt ?? job.endedAt)) / 1000).toFixed(1)}s)${error ? ` ${error}` : ''}`,
      );
      return { result, outputs: job.outputs };
    };
    if (this.cancelRequested) return finish('cancelled');
    if (group) {
      this.setJob(key, { status: 'waiting-concurrency' });
      const unhook = () => this.world.concurrency.withdraw(group.name, holder);
      this.cancelHooks.add(unhook);
      const outcome = await this.world.concurrency.acquire(group.name, holder, group.cancelInProgress);
      this.cancelHooks.delete(unhook);
      if (outcome === 'cancelled' || this.cancelRequested) return finish('cancelled');
    }
    job.startedAt = Date.now();
    this.world.logger(`  ▶ ${key}`);
    const env = environment ? this.world.environment(this.options.repo, environment) : undefined;
    if (environment) job.environment = environment;
    if (env?.reviewers?.length && this.world.reviewersApply(this.options.repo)) {
      // "Jobs that reference an environment configured with required reviewers will wait for an approval before starting";
      // "If a job is rejected, the workflow will fail" (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-deployments/reviewing-deployments).
      this.setJob(key, { status: 'waiting-approval' });
      const approved = await new Promise<boolean>((resolve) => {
        this.approvals.set(key, resolve);
        const onCancel = () => resolve(false);
        this.cancelHooks.add(onCancel);
      });
      this.approvals.delete(key);
      if (this.cancelRequested) return finish('cancelled');
      if (!approved) return finish('failure', 'the deployment was rejected');
    }
    this.setJob(key, { status: 'in_progress' });
    try {
      return finish(...(await this.runSteps(scope, id, key, def, contexts, environment, job)));
    } catch (error) {
      return finish('failure', (error as Error).message);
    }
  }

  private async runSteps(
    scope: Scope,
    id: string,
    key: string,
    def: JobDef,
    contexts: Contexts,
    environment: string | undefined,
    job: JobState,
  ): Promise<[Result, string?]> {
    const repo = this.options.repo;
    let permissions = this.permissionsOf(def, scope.file.doc, scope.ceiling);
    if (this.untrusted) permissions = readOnly(permissions);
    job.permissions = permissions;
    const token = this.world.mintToken([repo], permissions, 'actions', `${this.id}/${key}`);
    const env = environment ? this.world.environment(repo, environment) : undefined;
    // Environment secrets only for a job that names the environment, and they win over same-named ones
    // (https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/use-secrets). Fork PRs get none but GITHUB_TOKEN.
    // In a called workflow the secrets context holds only the names the caller passed (or all, with
    // `secrets: inherit`); the environment then overrides their values but adds no name of its own
    // (actions/runner#1490: environment secrets reach a reusable workflow's environment job only
    // through `secrets: inherit`, or as the value of a name passed explicitly).
    const fromEnvironment = Object.entries(env?.secrets ?? {}).filter(
      ([name]) => !scope.passedNames || scope.passedNames.includes(name),
    );
    const secrets: Record<string, string> = this.untrusted
      ? {}
      : { ...scope.secrets, ...Object.fromEntries(fromEnvironment) };
    secrets.GITHUB_TOKEN = token;
    const vars = { ...this.world.repoVars(repo), ...(env?.vars ?? {}) };
    const root = path.join(this.world.dir, 'runs', `${this.id}-${this.attempt}`, key.replace(/[^\w.-]+/g, '_'));
    const workspace = path.join(root, 'workspace');
    const temp = path.join(root, 'temp');
    const home = path.join(root, 'home');
    await Promise.all([workspace, temp, home].map((d) => mkdir(d, { recursive: true })));
    await writeFile(path.join(home, '.gitconfig'), '');
    const eventPath = path.join(temp, 'event.json');
    const github: Record<string, Json> = {
      ...this.githubContext(token),
      workspace,
      job: id,
      action_path: '',
      event_path: eventPath,
    };
    const g = (name: string): string => asText(github[name] ?? null);
    await writeFile(eventPath, JSON.stringify(this.options.payload));
    // job.workflow_*: the file that defines this job, for a reusable workflow its own repository and resolved commit
    // (Contexts reference, "job context"; https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#job-context).
    const jobContext: Record<string, Json> = {
      status: 'success',
      container: {},
      services: {},
      workflow_ref: `${scope.file.repo}/${scope.file.path}@${scope.file.ref}`,
      workflow_sha: scope.file.sha,
      workflow_repository: scope.file.repo,
      workflow_file_path: scope.file.path,
      check_run_id: String(this.id * 100 + Object.keys(this.jobs).length),
    };
    job.context = { job: jobContext, github };
    const runner = {
      os: 'Linux',
      arch: 'X64',
      temp,
      tool_cache: path.join(root, 'toolcache'),
      name: 'GitHub Actions 1',
      environment: 'github-hosted',
    };
    const allContexts: Contexts = { ...contexts, github, secrets, vars, job: jobContext, runner, env: {} };
    const envOf = (spec: Record<string, unknown> | undefined, base: Record<string, string>) => {
      const out = { ...base };
      for (const [k, v] of Object.entries(spec ?? {})) out[k] = expandText(v, { ...allContexts, env: out });
      return out;
    };
    const jobEnv = envOf(def.env, envOf(scope.file.doc.env, {}));
    const oidc =
      permissions['id-token'] === 'write'
        ? this.world.oidcEnv({
            repository: repo,
            ref: this.options.ref,
            sha: this.options.sha,
            workflow_ref: g('workflow_ref'),
            job_workflow_ref: jobContext.workflow_ref as string,
            job_workflow_sha: scope.file.sha,
            environment: environment ?? '',
            run_id: String(this.id),
            run_attempt: String(this.attempt),
            event_name: this.options.event,
            actor: this.options.actor,
          })
        : {};
    const nodeBin = await installNodeBin(runner.tool_cache);
    const baseEnv: Record<string, string> = {
      ...(cleanEnv() as Record<string, string>),
      PATH: runnerPath(process.env.PATH, nodeBin),
      ...oidc,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      HOME: home,
      GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      GITHUB_SHA: this.options.sha,
      GITHUB_REF: this.options.ref,
      GITHUB_REF_NAME: g('ref_name'),
      GITHUB_REF_TYPE: g('ref_type'),
      GITHUB_REPOSITORY: repo,
      GITHUB_REPOSITORY_OWNER: repo.split('/')[0] as string,
      GITHUB_EVENT_NAME: this.options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_RUN_ID: String(this.id),
      GITHUB_RUN_NUMBER: g('run_number'),
      GITHUB_RUN_ATTEMPT: String(this.attempt),
      GITHUB_ACTOR: this.options.actor,
      GITHUB_TRIGGERING_ACTOR: this.options.actor,
      GITHUB_WORKFLOW: g('workflow'),
      GITHUB_WORKFLOW_REF: g('workflow_ref'),
      GITHUB_WORKFLOW_SHA: this.options.sha,
      GITHUB_JOB: id,
      GITHUB_HEAD_REF: g('head_ref'),
      GITHUB_BASE_REF: g('base_ref'),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: this.world.apiUrl,
      GITHUB_GRAPHQL_URL: `${this.world.apiUrl}/graphql`,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: temp,
      RUNNER_TOOL_CACHE: runner.tool_cache,
    };
    const summaryFile = path.join(temp, 'step_summary.md');
    await writeFile(summaryFile, '');
    const masks = new Set(Object.values(secrets).filter((s) => s.length > 0));
    const rt: JobRuntime = {
      contexts: allContexts,
      env: jobEnv,
      exported: {},
      paths: [],
      masks,
      workspace,
      temp,
      summaryFile,
      defaultsRun: { ...(scope.file.doc.defaults?.run ?? {}), ...(def.defaults?.run ?? {}) },
      steps: job.steps,
      annotations: job.annotations,
      baseEnv,
      cancelled: () => this.cancelRequested,
      afterStep: (step) => this.world.observePushes(`${this.id}/${key}: ${step}`),
      resolveAction: (uses) => this.resolveAction(uses, root),
      extraActions: this.world.extraActions,
      signal: this.controller.signal,
      host: {
        workspace,
        temp,
        token,
        permissions,
        repo: { name: repo, visibility: this.world.visibility(repo), plan: this.world.plan(repo) },
        sha: this.options.sha,
        ref: this.options.ref,
        forkPullRequest: this.untrusted,
        bareOf: (name) => this.world.bareOf(name),
        tokenInfo: (t) => this.world.tokenInfo(t),
        issueToken: (repos, p, kind) => this.world.mintToken(repos, p, kind, `${this.id}/${key}`),
        artifacts: this.artifacts,
        jobKey: key,
        record: (kind, entry) => this.world.record(kind, { run: this.id, attempt: this.attempt, job: key, ...entry }),
      },
    };
    for (const step of def.steps ?? [])
      if (step.uses)
        this.actionsUsed.push({
          job: key,
          uses: step.uses,
          pinned: step.uses.startsWith('./') || /@[0-9a-f]{40}$/.test(step.uses),
        });
    const failed = await runSteps(rt, def.steps ?? [], { steps: {}, prefix: '' }, jobEnv);
    job.summary = await readFile(summaryFile, 'utf8');
    // Job outputs are evaluated after the steps; one holding a secret is not sent (docs: "Passing information between jobs").
    const outputs: Record<string, string> = {};
    const stepsContext = Object.fromEntries(
      job.steps
        .filter((s) => s.id)
        .map((s) => [s.id as string, { outputs: s.outputs, outcome: s.outcome, conclusion: s.conclusion }]),
    );
    for (const [name, value] of Object.entries(def.outputs ?? {})) {
      const text = expandText(value, {
        ...allContexts,
        steps: stepsContext as unknown as Json,
        env: { ...jobEnv, ...rt.exported },
      });
      if ([...masks].some((m) => m.length > 0 && text.includes(m))) {
        job.annotations.push({
          level: 'warning',
          message: `Skip output '${name}' since it may contain secret.`,
          step: '(outputs)',
        });
        continue;
      }
      assertNoLeak(`output ${name} of job ${key}`, text);
      outputs[name] = text;
    }
    job.outputs = outputs;
    return [this.cancelRequested ? 'cancelled' : failed ? 'failure' : 'success'];
  }

  /** `owner/repo[/path]@ref` of a world repository: its files at that ref, unpacked under the job's _actions. */
  private async resolveAction(uses: string, root: string): Promise<{ dir: string } | { error: string }> {
    const match = /^([^/]+\/[^/@]+)(\/[^@]*)?@(.+)$/.exec(uses);
    if (!match) return { error: `Unable to resolve action \`${uses}\`: not owner/repo[/path]@ref` };
    const [, repo, sub, ref] = match as unknown as [string, string, string | undefined, string];
    const sha = this.world.bareOf(repo) ? this.world.resolve(repo, ref) : undefined;
    if (!sha)
      return {
        error: `Unable to resolve action \`${uses}\`, unable to find version \`${ref}\` (not a simulated action, not a world repository)`,
      };
    const dir = path.join(root, '_actions', repo, ref);
    await this.world.extract(repo, sha, dir);
    return { dir: path.join(dir, sub ?? '') };
  }
}
