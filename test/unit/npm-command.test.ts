import { testContext } from '../helpers/context.js';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/commands/types.js';
import { shellQuote } from '../../src/release/npm-command.js';
import { checksummedToken } from '../helpers/credentials.js';

/**
 * npm as the kit runs it, with a stand-in npm (npm_execpath names it, as when the kit
 * runs under npm) that answers from a script and writes down what it got: argv, folder,
 * environment, and the bytes and mode of its userconfig while it runs.
 */
// Made here, so this file holds nothing credential-shaped (the repository scans itself clean).
const TOKEN = checksummedToken('npm_', 41);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fake-npm-'));
  await writeFile(path.join(dir, 'package.json'), '{"type":"commonjs"}\n');
  await writeFile(
    path.join(dir, 'npm-cli.js'),
    `const fs = require('node:fs');
const log = process.env.FAKE_NPM_LOG;
const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\\n').filter(Boolean).length : 0;
const userconfig = process.env.npm_config_userconfig;
const npmrc = fs.existsSync(userconfig) ? fs.readFileSync(userconfig, 'utf8') : null;
const mode = fs.existsSync(userconfig) ? fs.statSync(userconfig).mode & 0o777 : null;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(npm_config_|NODE_AUTH_TOKEN|KEPT)/.test(k)));
fs.appendFileSync(log, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), userconfig, npmrc, mode, env, startedAt: performance.timeOrigin }) + '\\n');
const answers = JSON.parse(process.env.FAKE_NPM_ANSWERS);
const answer = answers[Math.min(calls, answers.length - 1)];
process.stdout.write(answer.stdout || '');
process.stderr.write(answer.stderr || '');
process.exit(answer.code);
`,
  );
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

type Answer = { code: number; stdout?: string; stderr?: string };
type Call = {
  argv: string[];
  cwd: string;
  userconfig: string;
  npmrc: string | null;
  mode: number | null;
  env: Record<string, string>;
  startedAt: number;
};

async function run(
  answers: Answer[],
  options: { token?: string; landed?: () => Promise<boolean>; registry?: string; env?: NodeJS.ProcessEnv } = {},
) {
  const log = path.join(dir, `calls-${Math.random().toString(36).slice(2)}.jsonl`);
  const context: RunContext = testContext(
    {
      PATH: process.env.PATH,
      npm_execpath: path.join(dir, 'npm-cli.js'),
      FAKE_NPM_LOG: log,
      FAKE_NPM_ANSWERS: JSON.stringify(answers),
      ...options.env,
    },
    dir,
  );
  let asked = 0;
  const at = Date.now();
  const landed = async () => {
    asked += 1;
    return (await options.landed?.()) ?? false;
  };
  const started = performance.now();
  const outcome = await context.adapters.npmCli.runWithRetries(['dist-tag', 'add', 'pkg@1.0.0', 'latest'], {
    registry: options.registry ?? 'http://127.0.0.1:4873/',
    token: options.token,
    landed,
  });
  const calls = (await readFile(log, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Call);
  return { outcome, calls, asked, ms: performance.now() - started, at };
}

describe('npm with a token', () => {
  it('npm reads the token from its environment through a private, temporary npmrc outside the workspace that names only the variable', async () => {
    const { outcome, calls } = await run([{ code: 0, stdout: '+latest: pkg@1.0.0\n' }], {
      token: TOKEN,
      registry: 'https://registry.example.com/npm/',
    });
    expect(outcome).toEqual({ ok: true, stdout: '+latest: pkg@1.0.0\n' });
    expect(calls).toHaveLength(1);
    const [call] = calls as [Call];
    expect(call.argv).toEqual(['dist-tag', 'add', 'pkg@1.0.0', 'latest']);
    expect(call.npmrc).toBe('//registry.example.com/npm/:_authToken=${NODE_AUTH_TOKEN}\n');
    expect(call.mode).toBe(0o600);
    expect(call.env.NODE_AUTH_TOKEN).toBe(TOKEN);
    expect(path.dirname(call.userconfig)).toBe(call.cwd);
    expect(call.cwd.startsWith(dir)).toBe(false);
    expect(existsSync(call.userconfig)).toBe(false); // gone once npm is done
    expect(path.basename(call.cwd)).toMatch(/^mcp-release-npmrc-/); // a leftover (a killed run) says what it is
  });

  it('a plain-http registry (a local one) gets its own host line', async () => {
    const { calls } = await run([{ code: 0 }], { token: TOKEN, registry: 'http://127.0.0.1:4873/' });
    expect(calls[0]?.npmrc).toBe('//127.0.0.1:4873/:_authToken=${NODE_AUTH_TOKEN}\n');
  });

  it('the first attempt starts at once: the pause is only between attempts', async () => {
    const { calls, at } = await run([{ code: 0 }], { token: TOKEN });
    // npm's process began (its own start-up time aside) well before the first pause (500 ms) would have ended.
    expect((calls[0]?.startedAt ?? Infinity) - at).toBeLessThan(400);
  });

  it('npm is quiet and does not retry on its own (a retry must first ask the registry); the rest of the environment passes through', async () => {
    const { calls } = await run([{ code: 0 }], {
      token: TOKEN,
      env: { KEPT: 'yes', npm_config_update_notifier: 'true' },
    });
    expect(calls[0]?.env).toMatchObject({
      KEPT: 'yes',
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_fetch_retries: '0',
    });
  });

  it("without a token the npmrc is empty and no token is put in npm's environment", async () => {
    const { calls, outcome } = await run([{ code: 0 }], { registry: 'http://127.0.0.1:4873/' });
    expect(outcome.ok).toBe(true);
    expect(calls[0]?.npmrc).toBe('');
    expect(calls[0]?.env.NODE_AUTH_TOKEN).toBeUndefined();
  });
});

describe('npm failures', () => {
  it("a refusal is not retried: the error is npm's own lines, without its log boilerplate and without the token", async () => {
    const stderr = [
      'npm warn something',
      `npm error code E403`,
      'npm error   ',
      `npm error   403 Forbidden - PUT http://127.0.0.1:4873/pkg - token ${TOKEN} cannot write`,
      'npm error',
      'npm error A complete log of this run can be found in: /x.log',
      'npm error fourth line',
      'npm error fifth line',
    ].join('\n');
    const { outcome, calls, asked } = await run([{ code: 1, stderr }], { token: TOKEN });
    expect(calls).toHaveLength(1);
    expect(asked).toBe(1);
    expect(outcome).toEqual({
      ok: false,
      error: 'code E403 | 403 Forbidden - PUT http://127.0.0.1:4873/pkg - token *** cannot write | fourth line',
    });
  });

  it("output that is not npm's error format: its first 300 characters", async () => {
    const { outcome } = await run([{ code: 1, stderr: `Segmentation fault ${'x'.repeat(400)}` }]);
    expect(outcome).toEqual({ ok: false, error: `Segmentation fault ${'x'.repeat(281)}` });
  });

  it("npm failed but the registry shows the change: done, with npm's error kept", async () => {
    const { outcome, calls } = await run([{ code: 1, stderr: 'npm error code E409\nnpm error conflict' }], {
      landed: async () => true,
    });
    expect(outcome).toEqual({ ok: true, stdout: '', landedAfter: 'code E409 | conflict' });
    expect(calls).toHaveLength(1);
  });

  it('npm that cannot start at all: an error naming why', async () => {
    const { outcome, asked } = await run([{ code: 0 }], { env: { PATH: '', npm_execpath: '' } });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/ENOENT/) });
    expect(asked).toBe(1); // not a network error: not retried
  });

  it.each([
    'E429',
    'E503',
    'ECONNRESET',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'socket hang up',
    'network timeout',
  ])(
    'a transient error (%s) is retried after a pause, once the registry says the change is not there',
    async (error) => {
      const { outcome, calls, asked, ms } = await run([
        { code: 1, stderr: `npm error ${error}` },
        { code: 0, stdout: 'ok' },
      ]);
      expect(outcome).toEqual({ ok: true, stdout: 'ok' });
      expect(calls).toHaveLength(2);
      expect(asked).toBe(1);
      expect(ms).toBeGreaterThanOrEqual(950); // 1 s before the second attempt
    },
  );

  it('three attempts at most, with a growing pause; then the last error', async () => {
    const { outcome, calls, asked, ms } = await run([
      { code: 1, stderr: 'npm error code E500\nnpm error first' },
      { code: 1, stderr: 'npm error code E502\nnpm error second' },
      { code: 1, stderr: 'npm error code E503\nnpm error third' },
      { code: 0 },
    ]);
    expect(outcome).toEqual({ ok: false, error: 'code E503 | third' });
    expect(calls).toHaveLength(3);
    expect(asked).toBe(3);
    expect(ms).toBeGreaterThanOrEqual(2950); // 1 s, then 2 s
    expect(ms).toBeLessThan(6000);
  });

  it.each(['E403', 'E404', 'E401', 'EOTP'])('a refusal (%s) is final', async (code) => {
    const { calls } = await run([{ code: 1, stderr: `npm error code ${code}` }, { code: 0 }]);
    expect(calls).toHaveLength(1);
  });
});

describe('commands shown to a human', () => {
  it('quotes only what a shell would split or expand', () => {
    expect(shellQuote('@acme/pkg@1.0.0')).toBe('@acme/pkg@1.0.0');
    expect(shellQuote('--registry=http://127.0.0.1:4873/')).toBe('--registry=http://127.0.0.1:4873/');
    expect(shellQuote('a_b%c+d,e')).toBe('a_b%c+d,e');
    expect(shellQuote('crashes on start')).toBe("'crashes on start'");
    expect(shellQuote("it's broken")).toBe("'it'\\''s broken'");
    expect(shellQuote('$(rm -rf ~)')).toBe("'$(rm -rf ~)'");
    expect(shellQuote('')).toBe("''");
  });
});
