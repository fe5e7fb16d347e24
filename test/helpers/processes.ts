import { readdirSync, readFileSync } from 'node:fs';

/**
 * Processes whose command line mentions `marker` (Linux /proc). The smoke tests
 * use it to prove no server or helper outlives a run.
 */
export function processesMatching(marker: string): string[] {
  const found: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return found; // not Linux: nothing to check
  }
  for (const pid of entries) {
    if (Number(pid) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      const state = /^State:\s+(\w)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (cmdline.includes(marker) && state !== 'Z') found.push(`${pid} ${cmdline}`);
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}
