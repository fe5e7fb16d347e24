import type { SecretHit } from './secrets/engine.js';
import { PHI_RULES, SECRET_RULES, type SecretRule } from './secrets/rules.js';

/*
 * The secret scan as data that crosses a thread boundary: the job (which rules,
 * which allow patterns, how large a file may be) and what scanning one file
 * gave. A worker thread gets the job, reads and scans its share of the files,
 * and sends back only the hits (redacted), never the files' bytes.
 */

/** Everything a scanning thread needs, structured-cloneable (no RegExp, no functions). */
export interface SecretScanJob {
  /** The phi rule pack on top of the secret rules. */
  phi: boolean;
  /** scan.allowPatterns, as regex sources. */
  allowPatterns: string[];
  /** Files over this many bytes are skipped. */
  maxBytes: number;
}

/** One file after the scan: skipped (and why), or scanned with its hits (usually none). */
export interface FileScan {
  path: string;
  skipped?: 'binary' | 'too-large' | 'unreadable' | 'symlink';
  hits?: SecretHit[];
}

/** One array per rule set, so the engine builds each keyword automaton once. */
const WITH_PHI: readonly SecretRule[] = [...SECRET_RULES, ...PHI_RULES];

/** The rules a job runs: the same array each time (the engine caches its automaton per array). */
export function jobRules(job: Pick<SecretScanJob, 'phi'>): readonly SecretRule[] {
  return job.phi ? WITH_PHI : SECRET_RULES;
}

/** The allow patterns of a job, compiled. */
export function jobAllowPatterns(job: Pick<SecretScanJob, 'allowPatterns'>): RegExp[] {
  return job.allowPatterns.map((p) => new RegExp(p));
}
