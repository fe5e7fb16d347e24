import { parseAuditJson, type AuditOutcome } from '../scan/audit.js';
import { NPM_ENV, npmInvocation } from './npm.js';
import { runProcess } from './process.js';

/** The dependency audit of a folder with a lockfile, asked of npm's advisory endpoint. */
export interface NpmAuditAdapter {
  audit(dir: string, registry?: string): Promise<AuditOutcome>;
}

export function npmAuditAdapter(env: NodeJS.ProcessEnv): NpmAuditAdapter {
  return { audit: (dir, registry) => runAudit(dir, env, registry) };
}

/**
 * `npm audit --json`. npm exits 1 both for "vulnerabilities found" and for "the
 * advisory endpoint failed" (printing the HTTP error as its JSON), so the JSON
 * decides: a report with `vulnerabilities` is an audit; anything else could not audit.
 */
async function runAudit(dir: string, env: NodeJS.ProcessEnv, registry?: string): Promise<AuditOutcome> {
  const npm = npmInvocation(env, process.platform, process.execPath);
  const args = [...npm.args, 'audit', '--json', '--omit=dev'];
  if (registry) args.push('--registry', registry);
  const result = await runProcess(npm.command, args, {
    cwd: dir,
    env: { ...env, npm_config_update_notifier: NPM_ENV.npm_config_update_notifier },
    timeoutMs: 120_000,
  }).catch((error: Error) => ({
    code: -1,
    stdout: '',
    stderr: error.message,
    signal: null,
    timedOut: false,
  }));
  if (result.timedOut) return { ok: false, reason: 'npm audit timed out after 120 s' };
  return parseAuditJson(result.stdout, result.stderr);
}
