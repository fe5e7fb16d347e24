import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from './temp.js';

export interface NpmCall {
  /** The arguments npm got. */
  argv: string[];
  /** npm's userconfig (npm_config_userconfig) and its bytes while npm ran; null when there was none. */
  userconfig: string | null;
  npmrc: string | null;
  /** The folder npm ran in. */
  cwd: string;
}

/**
 * A real npm behind a recorder: an `npm` first on PATH that writes down its
 * argv and the bytes of its userconfig file (the temporary npmrc lives only
 * while npm runs), then runs the real npm with the same arguments, input and
 * output. Give `env` to the run under test.
 */
export async function recordingNpm(): Promise<{ env: Record<string, string>; calls(): Promise<NpmCall[]> }> {
  const dir = await tempDir('recording-npm-');
  const log = path.join(dir, 'calls.jsonl');
  const script = `#!/usr/bin/env node
const { appendFileSync, readFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const userconfig = process.env.npm_config_userconfig || null;
let npmrc = null;
try { npmrc = userconfig && readFileSync(userconfig, 'utf8'); } catch {}
appendFileSync(${JSON.stringify(log)}, JSON.stringify({ argv: process.argv.slice(2), userconfig, npmrc, cwd: process.cwd() }) + '\\n');
const ran = spawnSync(process.execPath, [${JSON.stringify(realNpmCli())}, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(ran.status ?? 1);
`;
  await writeFile(path.join(dir, 'package.json'), '{"type":"commonjs"}\n');
  await writeFile(path.join(dir, 'npm'), script);
  await chmod(path.join(dir, 'npm'), 0o755);
  return {
    // npm_execpath would name the npm that started the tests: the kit would run that one, not the first on PATH.
    env: { PATH: `${dir}${path.delimiter}${process.env.PATH ?? ''}`, npm_execpath: '' },
    calls: async () =>
      (await readFile(log, 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as NpmCall),
  };
}

function realNpmCli(): string {
  const fromEnv = process.env.npm_execpath;
  if (fromEnv && /npm-cli\.js$/.test(fromEnv)) return fromEnv;
  const beside = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (existsSync(beside)) return beside;
  return realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim());
}
