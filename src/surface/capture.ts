import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RunContext } from '../commands/types.js';
import { UsageError } from '../errors.js';
import type { Finding } from '../report/model.js';
import { knownSecretValues, redactDeep } from '../report/known-secrets.js';
import { rateAll } from '../rules.js';
import { SURFACE_FORMAT, type Surface } from './surface.js';

/**
 * A surface from what the user named: a surface.json written earlier, or a
 * package (folder, tarball, name@version) started and asked, like smoke does.
 */
export interface Captured {
  surface?: Surface;
  label: string;
  findings: Finding[];
  /** How the server was isolated, when one was started. */
  isolation?: string;
}

export async function captureSurface(
  target: string,
  options: { registry?: string; config?: string; bin?: string; arg?: string[]; env?: string[] },
  context: RunContext,
  command: string,
): Promise<Captured> {
  const resolved = path.resolve(context.cwd, target);
  if (/\.json$/.test(target) && (await stat(resolved).catch(() => undefined))?.isFile()) {
    let surface: Surface | null;
    try {
      surface = JSON.parse(await readFile(resolved, 'utf8')) as Surface | null;
    } catch {
      throw new UsageError(
        `${command}: ${target} is not JSON (a surface.json from \`mcp-release surface\` is expected)`,
      );
    }
    if (surface?.format !== SURFACE_FORMAT)
      throw new UsageError(
        `${command}: ${target} is not a surface document (format "${String(surface?.format)}", expected "${SURFACE_FORMAT}")`,
      );
    const missing = (['tools', 'prompts', 'resources', 'resourceTemplates'] as const).filter(
      (key) => !Array.isArray(surface[key]),
    );
    if (missing.length || !surface.capabilities || typeof surface.capabilities !== 'object')
      throw new UsageError(
        `${command}: ${target} is not a complete surface document (${missing.length ? `${missing.join(', ')} must be lists` : 'capabilities must be an object'}); write it with \`mcp-release surface\``,
      );
    return { surface, label: target, findings: [] };
  }
  const { resolveTargets, smokeCommand, smokeOptionsFor } = await import('../commands/smoke.js');
  const input = smokeCommand.inputSchema.parse({ target, ...options });
  const { parseEnvPairs } = await import('../smoke/environment.js');
  const env = parseEnvPairs(input.env ?? []);
  if (env.bad !== undefined) throw new UsageError(`${command}: --env: "${env.bad}" is not KEY=VALUE`);
  const targets = await resolveTargets(input, context);
  if (targets.items.length !== 1)
    throw new UsageError(`${command}: "${target}" holds ${targets.items.length} packages; name one package folder`);
  const t = targets.items[0] as (typeof targets.items)[number];
  const { runSmoke } = await import('../smoke/run.js');
  const result = await runSmoke(t.target, smokeOptionsFor(t, input, env.env, targets.registry, context));
  const label = result.packageName
    ? `${result.packageName}${result.packageVersion ? `@${result.packageVersion}` : ''}`
    : t.label;
  // Without a surface, the smoke findings say why (it did not install, start or answer).
  const findings = result.surface ? [] : rateAll(result.findings, t.settings.rules);
  // A surface is written to files and compared in PRs: a credential the server echoed must not be in it.
  return {
    ...(result.surface ? { surface: redactDeep(result.surface, knownSecretValues(context.parentEnv)) } : {}),
    label,
    findings,
    isolation: result.isolation,
  };
}
