import { spawn } from 'node:child_process';
import path from 'node:path';
import { assertNoLeak } from './leak-guard.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const ACTION = path.join(ROOT, 'dist', 'index.js');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a node script of the built bundle with an argument array, as a user or the runner would. */
export function runNode(
  script: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const env = { ...cleanEnv(), ...options.env };
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        assertNoLeak(`the output of ${path.basename(script)} ${args.join(' ')}`.slice(0, 300), stdout + stderr);
        resolve({ code, stdout, stderr });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

/** The environment without GitHub Actions variables, so tests behave the same in CI and locally. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(k) && k !== 'CI') env[k] = v;
  }
  return env;
}

/** Parse a GITHUB_OUTPUT file (`name<<delimiter ... delimiter` blocks) into a record. */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const simple = /^([\w-]+)=(.*)$/.exec(lines[i] ?? '');
    if (simple) {
      out[simple[1] as string] = simple[2] as string;
      continue;
    }
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
    out[name as string] = value.join('\n');
  }
  return out;
}
