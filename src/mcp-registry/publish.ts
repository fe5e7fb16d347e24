import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fetchIdentityToken } from '../release/oidc.js';
import { notYetServedMessage, waitForVersion } from '../release/registry-wait.js';
import type { ReleaseTarget } from '../release/release-target.js';
import {
  exchangeGitHubOidc,
  getEntry,
  MCP_REGISTRY_AUDIENCE,
  MCP_REGISTRY_URL,
  publishEntry,
  serverJsonProblems,
  setStatus,
  type RegistryStatus,
} from './client.js';

/**
 * server.json to the official MCP Registry on promote, and its status on
 * rollback. The registry reads the version from npm when it is published, and
 * npm can take minutes to show a new version everywhere (npm/cli#4513): we wait
 * until npm serves `GET /<name>/<version>`, the URL the registry checks
 * (bounded by promote's `registry-wait`, each look said in the log). Failures here never undo the npm side; a re-run
 * finishes what is missing.
 */
export interface McpRegistryResult {
  outcome: 'published' | 'already-published' | 'updated' | 'unchanged' | 'skipped' | 'failed';
  problem?: string;
  rule?: string;
}

async function registryToken(base: string, env: NodeJS.ProcessEnv): Promise<string> {
  const oidc = await fetchIdentityToken(env, MCP_REGISTRY_AUDIENCE);
  return exchangeGitHubOidc(base, oidc);
}

async function readServerJson(target: ReleaseTarget): Promise<Record<string, unknown> | string> {
  const text = await readFile(path.join(target.dir, 'server.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return 'no server.json in the package folder';
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : 'server.json is not a JSON object';
  } catch {
    return 'server.json is not JSON';
  }
}

export async function publishToMcpRegistry(options: {
  target: ReleaseTarget;
  version: string;
  registry: string;
  registryUrl?: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Seconds to wait for npm to serve the version. */
  waitSeconds: number;
  /** Each look at npm as it happens. */
  progress?: (line: string) => void;
}): Promise<McpRegistryResult> {
  const { target, version, env, log } = options;
  const base = options.registryUrl ?? MCP_REGISTRY_URL;
  const serverJson = await readServerJson(target);
  if (typeof serverJson === 'string')
    return { outcome: 'failed', rule: 'promote/server-json-invalid', problem: `MCP Registry: ${serverJson}` };
  const problems = serverJsonProblems(serverJson, target.name, version);
  if (problems.length)
    return {
      outcome: 'failed',
      rule: 'promote/server-json-invalid',
      problem: `MCP Registry: not sent, the registry would refuse it: ${problems.join('; ')}`,
    };
  const name = serverJson.name as string;
  try {
    if (await getEntry(base, name, version)) {
      log(`MCP Registry: ${name} ${version} is already published`);
      return { outcome: 'already-published' };
    }
    const where = { registry: options.registry, name: target.name, version };
    const wait = await waitForVersion({
      ...where,
      timeoutSeconds: options.waitSeconds,
      ...(options.progress ? { progress: options.progress } : {}),
    });
    if (!wait.served)
      return {
        outcome: 'failed',
        rule: 'registry/not-yet-served',
        problem: `MCP Registry: not sent: ${notYetServedMessage(where, wait)} (npm is already promoted)`,
      };
    const token = await registryToken(base, env);
    try {
      await publishEntry(base, token, serverJson);
    } catch (error) {
      // A concurrent promote published it after we looked (the registry refuses duplicates): theirs stands.
      if (!(await getEntry(base, name, version).catch(() => undefined))) throw error;
      log(`MCP Registry: ${name} ${version} was published meanwhile by another run`);
      return { outcome: 'already-published' };
    }
    log(`MCP Registry: published ${name} ${version}`);
    return { outcome: 'published' };
  } catch (error) {
    return {
      outcome: 'failed',
      problem: `MCP Registry: ${(error as Error).message} (npm is already promoted; re-run promote to finish)`,
    };
  }
}

export async function setMcpRegistryStatus(options: {
  target: ReleaseTarget;
  version: string;
  status: RegistryStatus;
  message?: string;
  registryUrl?: string;
  env: NodeJS.ProcessEnv;
}): Promise<McpRegistryResult> {
  const base = options.registryUrl ?? MCP_REGISTRY_URL;
  const serverJson = await readServerJson(options.target);
  if (typeof serverJson === 'string' || typeof serverJson.name !== 'string') return { outcome: 'skipped' };
  try {
    const entry = await getEntry(base, serverJson.name, options.version);
    if (!entry) return { outcome: 'skipped' };
    if ((entry.status ?? 'active') === options.status) return { outcome: 'unchanged' };
    await setStatus(
      base,
      await registryToken(base, options.env),
      serverJson.name,
      options.version,
      options.status,
      options.message,
    );
    return { outcome: 'updated' };
  } catch (error) {
    return {
      outcome: 'failed',
      problem: `MCP Registry: ${(error as Error).message} (the npm side is done and stays done)`,
    };
  }
}
