import { readFile } from 'node:fs/promises';
import { credentialNames } from '../util/credential-names.js';
import { parentPidInStat } from './process-group.js';

/** `/proc/<pid>/environ` as a record (NUL-separated KEY=VALUE). */
export function parseEnviron(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of text.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

/**
 * Where a server running as the same user, without a namespace, could read
 * credentials: the kit's own environment, and each ancestor's initial
 * environment (what /proc/<pid>/environ shows, whatever the process changed
 * since). Linux only; elsewhere only the kit's own.
 */
export async function credentialsInReach(ownEnv: NodeJS.ProcessEnv): Promise<string[]> {
  const found: string[] = [];
  const own = credentialNames(ownEnv);
  if (own.length) found.push(`the kit's environment holds ${own.join(', ')}`);
  if (process.platform !== 'linux') return found;
  let pid = process.ppid;
  for (let depth = 0; pid > 1 && depth < 32; depth += 1) {
    const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => undefined);
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    const names = environ === undefined ? [] : credentialNames(parseEnviron(environ));
    if (names.length)
      found.push(
        `its ancestor ${stat ? stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) : 'process'} (pid ${pid}) holds ${names.join(', ')}`,
      );
    if (!stat) break;
    pid = parentPidInStat(stat);
  }
  return found;
}
