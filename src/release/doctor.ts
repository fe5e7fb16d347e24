import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { RunContext } from '../commands/types.js';
import { npmInvocation } from '../adapters/npm.js';
import { runProcess } from '../adapters/process.js';
import type { DoctorFacts } from './doctor-checks.js';
import { readPackageState } from './registry.js';
import { readTokenExpiry } from './token-expiry.js';

/** Read what the doctor judges: versions, credentials, the registry, .npmrc files. */
export async function gatherDoctorFacts(options: {
  cwd: string;
  manifest: Record<string, unknown> | undefined;
  registry: string;
  context: RunContext;
}): Promise<DoctorFacts> {
  const { cwd, manifest, registry, context } = options;
  const env = context.parentEnv;
  const npm = npmInvocation(env, process.platform, process.execPath);
  const npmVersion = await runProcess(npm.command, [...npm.args, '--version'], { cwd, env, timeoutMs: 30_000 })
    .then((r) => (r.code === 0 ? r.stdout.trim() : undefined))
    .catch(() => undefined);
  const facts: DoctorFacts = {
    nodeVersion: process.versions.node,
    ...(npmVersion ? { npmVersion } : {}),
    inActions: context.inActions,
    oidcAvailable: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN),
    hasToken: Boolean(env.NODE_AUTH_TOKEN),
    ...(context.githubRepository ? { githubRepository: context.githubRepository } : {}),
    ...(env.GITHUB_WORKFLOW_REF ? { workflowRef: env.GITHUB_WORKFLOW_REF } : {}),
    ...(manifest ? { manifest } : {}),
    npmrcTokens: await npmrcTokens(
      [path.join(cwd, '.npmrc'), path.join(context.cwd, '.npmrc'), path.join(env.HOME ?? os.homedir(), '.npmrc')],
      cwd,
    ),
  };
  facts.tokenExpiry = await tokenExpiries(registry, env);
  if (typeof manifest?.name === 'string') {
    try {
      facts.packageExists = (await readPackageState(registry, manifest.name, env.NODE_AUTH_TOKEN || undefined)).exists;
    } catch (error) {
      facts.registryError = (error as Error).message;
    }
  }
  return facts;
}

/** Each npm token that is set, asked of the registry's token list (values never leave this function but to the registry). */
export async function tokenExpiries(
  registry: string,
  env: NodeJS.ProcessEnv,
): Promise<NonNullable<DoctorFacts['tokenExpiry']>> {
  const set = (['NPM_PROMOTE_TOKEN', 'NODE_AUTH_TOKEN'] as const).filter((name) => env[name]);
  const unique = set.filter((name, i) => set.findIndex((other) => env[other] === env[name]) === i);
  return Promise.all(
    unique.map(async (credential) => ({
      credential,
      expiry: await readTokenExpiry(registry, env[credential] as string),
    })),
  );
}

/** Auth-token lines in .npmrc files; the value is redacted to its first characters. */
async function npmrcTokens(files: string[], dir: string): Promise<DoctorFacts['npmrcTokens']> {
  const out: DoctorFacts['npmrcTokens'] = [];
  for (const file of [...new Set(files)]) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    text.split('\n').forEach((line, index) => {
      const match = /(_authToken|_auth|_password)\s*=\s*(.*)$/.exec(line);
      if (!match) return;
      const value = (match[2] ?? '').trim();
      const shown = /^\$\{[A-Z_]+\}$/.test(value) ? value : `${value.slice(0, 4)}…`;
      out.push({ file: path.relative(dir, file) || file, line: index + 1, text: `${match[1]}=${shown}` });
    });
  }
  return out;
}
