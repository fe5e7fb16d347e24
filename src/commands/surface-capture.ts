import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../report/model.js';
import { redactDeep } from '../report/known-secrets.js';
import { rateAll } from '../rules.js';
import { parseEnvPairs } from '../smoke/environment.js';
import { parseSurfaceDocument, type Surface } from '../surface/surface.js';
import { resolveTargets, runSmoke, SMOKE_OPTIONS, smokeOptionsFor } from './smoke-package.js';
import type { RunContext } from './types.js';

/**
 * A surface from what the user named: a surface.json written earlier, or a
 * package (folder, tarball, name@version) started and asked, like smoke does.
 * Shared by the surface, diff and plan commands.
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
  if (/\.json$/.test(target) && (await context.adapters.fs.stat(resolved).catch(() => undefined))?.isFile()) {
    const text = await context.adapters.fs.readFile(resolved, 'utf8');
    return { surface: parseSurfaceDocument(text, target, command), label: target, findings: [] };
  }
  const input = SMOKE_OPTIONS.schema.parse({ target, ...options });
  const env = parseEnvPairs(input.env ?? []);
  if (env.bad !== undefined) throw new UsageError(`${command}: --env: "${env.bad}" is not KEY=VALUE`);
  const targets = await resolveTargets(input, context);
  if (targets.items.length === 0)
    throw new UsageError(
      `${command}: "${target}" holds no MCP server to start${targets.notes.length ? ` (${targets.notes.join('; ')})` : ''}`,
    );
  if (targets.items.length !== 1)
    throw new UsageError(`${command}: "${target}" holds ${targets.items.length} packages; name one package folder`);
  const t = targets.items[0] as (typeof targets.items)[number];
  const result = await runSmoke(t.target, smokeOptionsFor(t, input, env.env, targets.registry), context);
  const label = result.packageName
    ? `${result.packageName}${result.packageVersion ? `@${result.packageVersion}` : ''}`
    : t.label;
  // Without a surface, the smoke findings say why (it did not install, start or answer).
  const findings = result.surface ? [] : rateAll(result.findings, t.settings.rules);
  // A surface is written to files and compared in PRs: a credential the server echoed must not be in it.
  return {
    ...(result.surface ? { surface: redactDeep(result.surface, context.settings.secretValues) } : {}),
    label,
    findings,
    isolation: result.isolation,
  };
}
