import { spawn } from 'node:child_process';
import { assertNoLeak } from './leak-guard.js';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { cleanEnv, parseGithubOutput, ROOT } from './run.js';

/**
 * Runs a composite action's `run:` steps the way the runner does: `${{ }}`
 * expressions in `env:` and `if:` evaluated (inputs with their defaults,
 * earlier steps' outputs, github.token, runner.temp), then bash with
 * GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the step's env.
 * Steps that `uses:` another action are skipped and listed. Only the
 * expression forms our composites use are understood; anything else throws,
 * so a new form cannot pass unnoticed.
 */
interface CompositeStep {
  id?: string;
  name?: string;
  if?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
}

interface ActionFile {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: CompositeStep[] };
}

export interface CompositeRun {
  outputs: Record<string, string>;
  stepOutputs: Record<string, Record<string, string>>;
  skipped: string[];
  summary: string;
  log: string;
  failed?: { step: string; code: number | null };
}

export async function runComposite(
  action: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; cwd: string },
): Promise<CompositeRun> {
  const actionDir = path.join(ROOT, action);
  const meta = parse(await readFile(path.join(actionDir, 'action.yml'), 'utf8')) as ActionFile;
  for (const name of Object.keys(inputs)) if (!meta.inputs[name]) throw new Error(`${action}: no input "${name}"`);
  const temp = await mkdtemp(path.join(os.tmpdir(), 'composite-'));
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const given =
      inputs[name] ?? (spec.default === '${{ github.token }}' ? (options.env?.GITHUB_TOKEN ?? '') : spec.default);
    if (given === undefined && spec.required) throw new Error(`${action}: input "${name}" is required`);
    values[name] = given ?? '';
  }
  const stepOutputs: Record<string, Record<string, string>> = {};
  const summaryFile = path.join(temp, 'summary.md');
  await writeFile(summaryFile, '');
  const run: CompositeRun = { outputs: {}, stepOutputs, skipped: [], summary: '', log: '' };

  const operand = (text: string): string => {
    const t = text.trim();
    const quoted = /^'(.*)'$/.exec(t);
    if (quoted) return quoted[1] as string;
    const input = /^inputs\.([\w-]+)$/.exec(t);
    if (input) return values[input[1] as string] ?? '';
    const out = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(t);
    if (out) return stepOutputs[out[1] as string]?.[out[2] as string] ?? '';
    if (t === 'github.token') return options.env?.GITHUB_TOKEN ?? '';
    if (t === 'runner.temp') return temp;
    // Status functions: the runner's default `success()`; every earlier step succeeded or we stopped.
    if (t === 'always()' || t === 'success()') return 'true';
    throw new Error(`${action}: expression "${t}" is not understood by the test runner`);
  };
  const evaluate = (expression: string): string | boolean => {
    const e = expression.trim();
    if (e.includes('||') && !e.includes('==')) {
      for (const part of e.split('||')) {
        const value = operand(part);
        if (value) return value;
      }
      return '';
    }
    if (e === 'always()' || e === 'success()') return true;
    if (e.includes('&&')) return e.split('&&').every((part) => evaluate(part) === true);
    if (e.includes('||')) return e.split('||').some((part) => evaluate(part) === true);
    const comparison = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(e);
    if (comparison) {
      const equal = operand(comparison[1] as string) === operand(comparison[3] as string);
      return comparison[2] === '==' ? equal : !equal;
    }
    return operand(e);
  };
  const expand = (text: string): string =>
    text.replace(/\$\{\{(.+?)\}\}/g, (_all, expression: string) => String(evaluate(expression)));

  for (const [index, step] of meta.runs.steps.entries()) {
    const label = step.id ?? step.name ?? `step ${index}`;
    if (step.if !== undefined && evaluate(step.if.replace(/^\$\{\{|\}\}$/g, '')) !== true) continue;
    if (step.uses) {
      run.skipped.push(`${label}: ${step.uses}`);
      continue;
    }
    const outputFile = path.join(temp, `output-${index}`);
    await writeFile(outputFile, '');
    const env: NodeJS.ProcessEnv = {
      ...cleanEnv(),
      ...options.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: options.cwd,
      RUNNER_TEMP: temp,
    };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = expand(String(value));
    const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('bash', ['-e', '-c', step.run ?? ''], {
        cwd: options.cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.on('close', (code) => resolve({ code, output }));
    });
    assertNoLeak(`the log of step ${label}`, result.output);
    run.log += `--- ${label}\n${result.output}`;
    if (step.id) stepOutputs[step.id] = parseGithubOutput(await readFile(outputFile, 'utf8'));
    if (result.code !== 0) {
      run.failed = { step: label, code: result.code };
      break;
    }
  }
  for (const [name, output] of Object.entries(meta.outputs)) run.outputs[name] = expand(output.value);
  run.summary = await readFile(summaryFile, 'utf8');
  return run;
}
