import { appendFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { assertNoLeak } from '../helpers/leak-guard.js';
import { parseGithubOutput } from '../helpers/run.js';
import { WELL_KNOWN, type ActionHost, type SimulatedAction } from './actions.js';
import { condition, expand, expandText, type Contexts, type Functions, type Json } from './expressions.js';
import type { Annotation, StepRecord } from './types.js';

/**
 * Runs a list of steps (a job's, or a composite action's) the way the runner does.
 * Docs: "Workflow syntax" jobs.<job_id>.steps (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax),
 * "Workflow commands" for GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY and ::add-mask:: / ::error::
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands).
 */
export interface StepDef {
  id?: string;
  name?: string;
  if?: unknown;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  shell?: string;
  'working-directory'?: string;
  'continue-on-error'?: unknown;
  'timeout-minutes'?: unknown;
}

export interface JobRuntime {
  /** Contexts other than env/steps/inputs (github, vars, job, runner, secrets, matrix, strategy, needs). */
  contexts: Contexts;
  /** workflow env < job env, already evaluated. */
  env: Record<string, string>;
  /** Variables exported through GITHUB_ENV (they reach later steps). */
  exported: Record<string, string>;
  paths: string[];
  masks: Set<string>;
  workspace: string;
  temp: string;
  summaryFile: string;
  defaultsRun: { shell?: string; 'working-directory'?: string };
  host: Omit<ActionHost, 'pathEnv'>;
  steps: StepRecord[];
  annotations: Annotation[];
  baseEnv: Record<string, string>;
  cancelled(): boolean;
  /** Called after every step (the world reads the push log there). */
  afterStep(step: string): void;
  resolveAction(uses: string): Promise<{ dir: string } | { simulated: SimulatedAction } | { error: string }>;
  extraActions: Record<string, SimulatedAction>;
  signal: AbortSignal;
}

interface Scope {
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;
  inputs?: Record<string, Json>;
  actionPath?: string;
  prefix: string;
}

const statusFunctions = (rt: JobRuntime, failed: () => boolean): Functions => ({
  success: () => !failed() && !rt.cancelled(),
  failure: () => failed(),
  cancelled: () => rt.cancelled(),
  always: () => true,
});

const mask = (text: string, masks: Set<string>): string => {
  let out = text;
  for (const value of [...masks].sort((a, b) => b.length - a.length))
    if (value.length > 0) out = out.split(value).join('***');
  return out;
};

/** Run steps; returns true when one failed (after continue-on-error). */
export async function runSteps(
  rt: JobRuntime,
  steps: StepDef[],
  scope: Scope,
  env: Record<string, string>,
): Promise<boolean> {
  let failed = false;
  for (const [index, step] of steps.entries()) {
    const label = `${scope.prefix}${step.name ?? step.id ?? step.uses ?? (step.run ?? '').split('\n')[0] ?? `step ${index + 1}`}`;
    const contexts = (): Contexts => ({
      ...rt.contexts,
      env: { ...env, ...rt.exported } as Json,
      steps: scope.steps as unknown as Json,
      ...(scope.inputs ? { inputs: scope.inputs } : {}),
    });
    const functions = statusFunctions(rt, () => failed);
    let run: boolean;
    try {
      run = condition(step.if, contexts(), functions);
    } catch (error) {
      run = false;
      failed = true;
      rt.annotations.push({ level: 'error', message: `${label}: if: ${(error as Error).message}`, step: label });
    }
    const record: StepRecord = {
      name: label,
      id: step.id,
      uses: step.uses,
      outcome: 'skipped',
      conclusion: 'skipped',
      outputs: {},
      log: '',
    };
    rt.steps.push(record);
    if (!run) {
      if (step.id) scope.steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const stepStarted = Date.now();
    const outcome = await runOne(rt, step, scope, env, contexts, functions, record).catch((error: Error) => {
      record.log += `::error::${error.message}\n`;
      rt.annotations.push({ level: 'error', message: error.message, step: label });
      return 'failure' as const;
    });
    record.log = mask(record.log, rt.masks);
    if (process.env.MCP_RELEASE_STEP_TIMES)
      appendFileSync(process.env.MCP_RELEASE_STEP_TIMES, `${Date.now() - stepStarted}\t${label}\n`);
    record.outcome = rt.cancelled() && outcome === 'failure' ? 'cancelled' : outcome;
    const continueOnError =
      step['continue-on-error'] !== undefined && expand(step['continue-on-error'], contexts(), functions) === true;
    record.conclusion = record.outcome === 'failure' && continueOnError ? 'success' : record.outcome;
    if (record.conclusion === 'failure' || record.conclusion === 'cancelled') failed = true;
    if (step.id)
      scope.steps[step.id] = { outputs: record.outputs, outcome: record.outcome, conclusion: record.conclusion };
    rt.afterStep(label);
  }
  return failed;
}

async function runOne(
  rt: JobRuntime,
  step: StepDef,
  scope: Scope,
  env: Record<string, string>,
  contexts: () => Contexts,
  functions: Functions,
  record: StepRecord,
): Promise<'success' | 'failure'> {
  const stepEnv: Record<string, string> = { ...env, ...rt.exported };
  for (const [key, value] of Object.entries(step.env ?? {})) stepEnv[key] = expandText(value, contexts(), functions);
  const files = path.join(rt.temp, '_runner_file_commands');
  await mkdir(files, { recursive: true });
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const outputFile = path.join(files, `output_${stamp}`);
  const envFile = path.join(files, `env_${stamp}`);
  const pathFile = path.join(files, `path_${stamp}`);
  await Promise.all([outputFile, envFile, pathFile].map((f) => writeFile(f, '')));
  const processEnv: Record<string, string> = {
    ...rt.baseEnv,
    ...stepEnv,
    GITHUB_OUTPUT: outputFile,
    GITHUB_ENV: envFile,
    GITHUB_PATH: pathFile,
    GITHUB_STEP_SUMMARY: rt.summaryFile,
    PATH: [...rt.paths, rt.baseEnv.PATH ?? ''].join(':'),
    ...(scope.actionPath ? { GITHUB_ACTION_PATH: scope.actionPath } : {}),
  };
  let ok: boolean;
  if (step.run !== undefined) {
    // Expressions are spliced into the script text before the shell sees it (the injection the docs warn about).
    const script = expandText(step.run, contexts(), functions);
    const shell = step.shell ?? rt.defaultsRun.shell;
    const dir = path.resolve(rt.workspace, step['working-directory'] ?? rt.defaultsRun['working-directory'] ?? '.');
    ok = await shellStep(rt, script, shell, dir, processEnv, record);
  } else if (step.uses) {
    ok = await usesStep(rt, step, scope, contexts, functions, processEnv, record);
  } else throw new Error('a step needs run or uses');
  record.outputs = { ...record.outputs, ...parseGithubOutput(await readFile(outputFile, 'utf8')) };
  Object.assign(rt.exported, parseGithubOutput(await readFile(envFile, 'utf8')));
  rt.paths.unshift(
    ...(await readFile(pathFile, 'utf8'))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .reverse(),
  );
  return ok ? 'success' : 'failure';
}

/** Default shells (docs, jobs.<job_id>.steps[*].shell): unspecified = `bash -e {0}`, bash = `bash --noprofile --norc -eo pipefail {0}`. */
function shellCommand(shell: string | undefined, file: string): [string, string[]] {
  switch (shell) {
    case undefined:
      return ['bash', ['-e', file]];
    case 'bash':
      return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', file]];
    case 'sh':
      return ['sh', ['-e', file]];
    case 'node':
      return [process.execPath, [file]];
    case 'python':
      return ['python3', [file]];
    default: {
      const parts = shell.split(/\s+/).map((p) => p.replace('{0}', file));
      return [parts[0] as string, parts.slice(1)];
    }
  }
}

async function shellStep(
  rt: JobRuntime,
  script: string,
  shell: string | undefined,
  cwd: string,
  env: Record<string, string>,
  record: StepRecord,
): Promise<boolean> {
  const file = path.join(rt.temp, `script-${Date.now()}-${Math.random().toString(36).slice(2)}.sh`);
  await writeFile(file, script);
  const [command, args] = shellCommand(shell, file);
  const result = await exec(command, args, cwd, env, rt.signal);
  await rm(file, { force: true });
  collect(rt, record, result.output);
  return result.code === 0;
}

export function exec(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  signal: AbortSignal,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], signal });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (error) => {
      output += `${error.message}\n`;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Leak check on the raw output, then workflow commands, then the masked text into the record. */
function collect(rt: JobRuntime, record: StepRecord, output: string): void {
  assertNoLeak(`the log of step ${record.name}`, output);
  for (const line of output.split('\n')) {
    const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trim());
    if (!command) continue;
    const [, name, , message] = command as unknown as [string, string, string, string];
    if (name === 'add-mask') rt.masks.add(message);
    if (name === 'error' || name === 'warning' || name === 'notice')
      rt.annotations.push({ level: name, message: mask(message, rt.masks), step: record.name });
  }
  record.log += output;
}

async function usesStep(
  rt: JobRuntime,
  step: StepDef,
  scope: Scope,
  contexts: () => Contexts,
  functions: Functions,
  env: Record<string, string>,
  record: StepRecord,
): Promise<boolean> {
  const uses = step.uses as string;
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(step.with ?? {})) given[key] = expandText(value, contexts(), functions);
  const bare = uses.replace(/@.*$/, '');
  const simulated = rt.extraActions[bare] ?? WELL_KNOWN[bare];
  let target: Awaited<ReturnType<JobRuntime['resolveAction']>>;
  if (uses.startsWith('./')) target = { dir: path.resolve(rt.workspace, uses) };
  else if (simulated) target = { simulated };
  else target = await rt.resolveAction(uses);
  if ('error' in target) throw new Error(target.error);
  if ('simulated' in target) {
    const unknown = Object.keys(given).filter((k) => !target.simulated.inputs.includes(k));
    if (unknown.length)
      throw new Error(
        `Unexpected input(s) '${unknown.join("', '")}', valid inputs are ['${target.simulated.inputs.join("', '")}']`,
      );
    let output = '';
    await target.simulated.run({
      inputs: given,
      host: { ...rt.host, pathEnv: env.PATH ?? '' },
      log: (line) => (output += `${line}\n`),
      setOutput: (name, value) => (record.outputs[name] = value),
      exportEnv: (name, value) => (rt.exported[name] = value),
    });
    collect(rt, record, output);
    return true;
  }
  return runActionDir(rt, target.dir, uses, given, scope, contexts, functions, env, record);
}

interface ActionFile {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  outputs?: Record<string, { value?: string }>;
  runs: { using: string; steps?: StepDef[]; main?: string };
}

async function runActionDir(
  rt: JobRuntime,
  dir: string,
  uses: string,
  given: Record<string, string>,
  scope: Scope,
  contexts: () => Contexts,
  functions: Functions,
  env: Record<string, string>,
  record: StepRecord,
): Promise<boolean> {
  const text =
    (await readFile(path.join(dir, 'action.yml'), 'utf8').catch(() => undefined)) ??
    (await readFile(path.join(dir, 'action.yaml'), 'utf8').catch(() => undefined));
  if (text === undefined)
    throw new Error(
      `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${dir}'. Did you forget to run actions/checkout before running your local action?`,
    );
  const meta = parse(text) as ActionFile;
  const declared = meta.inputs ?? {};
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  if (unknown.length)
    throw new Error(
      `${uses}: Unexpected input(s) '${unknown.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
    );
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    inputs[name] = given[name] ?? (spec.default === undefined ? '' : expandText(spec.default, contexts(), functions));
    if (given[name] === undefined && spec.required && spec.default === undefined)
      record.log += `::warning::Input required and not supplied: ${name}\n`;
  }
  if (meta.runs.using === 'composite') {
    const inner: Scope = { steps: {}, inputs, actionPath: dir, prefix: `${record.name} > ` };
    const failed = await runSteps(rt, meta.runs.steps ?? [], inner, env);
    const ctx: Contexts = {
      ...rt.contexts,
      env: { ...env, ...rt.exported } as Json,
      steps: inner.steps as unknown as Json,
      inputs,
    };
    for (const [name, output] of Object.entries(meta.outputs ?? {}))
      record.outputs[name] = expandText(output.value ?? '', ctx, functions);
    return !failed;
  }
  if (/^node\d+$/.test(meta.runs.using)) {
    const inputEnv: Record<string, string> = {};
    // The runner passes inputs as INPUT_<NAME> (upper case, spaces to underscores).
    for (const [name, value] of Object.entries(inputs))
      inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const result = await exec(
      process.execPath,
      [path.join(dir, meta.runs.main ?? 'index.js')],
      rt.workspace,
      { ...env, ...inputEnv, GITHUB_ACTION_PATH: dir },
      rt.signal,
    );
    collect(rt, record, result.output);
    return result.code === 0;
  }
  throw new Error(`${uses}: runs.using "${meta.runs.using}" is not supported by the test runner`);
}
