import type { VersionRecord } from './registry.js';

/** What publish checked before handing the tarball to npm. */
export interface CheckedTarball {
  name: string;
  version: string;
  integrity: string;
  shasum: string;
}

/**
 * How the registry's record of name@version differs from the tarball that was
 * checked, field by field; empty when it holds exactly that. Pure.
 * A publish whose manifest or bytes were not the ones checked shows up here,
 * whatever npm printed.
 */
export function publishedDifferences(checked: CheckedTarball, record: VersionRecord): string[] {
  const differences: string[] = [];
  for (const field of ['name', 'version', 'integrity', 'shasum'] as const) {
    if (record[field] !== checked[field])
      differences.push(
        `${field} ${JSON.stringify(record[field] ?? null)} (checked: ${JSON.stringify(checked[field])})`,
      );
  }
  return differences;
}
