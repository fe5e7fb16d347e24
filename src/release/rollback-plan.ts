import type { PackageState } from './registry.js';
import { checkRollbackTo, rollbackTarget } from './release-state.js';

/**
 * What a rollback (or an undo) changes on npm, from the registry's state.
 * Pure: rollback.ts reads the registry, asks this, then runs the npm commands.
 */
export interface RollbackRequest {
  name: string;
  registry: string;
  version: string;
  /** --to: where latest goes (default: the last good release). */
  to?: string;
  undo?: boolean;
  /** The deprecation message (required unless undo). */
  reason?: string;
}

export type RollbackPlan =
  | { refused: { rule: string; message: string } }
  | {
      /** dist-tag -> the version it moves to. */
      moves: Record<string, string>;
      /** The deprecation message to set ('' un-deprecates) and whether it differs from the registry's. */
      deprecation: string;
      deprecate: boolean;
      notes: string[];
    };

/** Where a tag pointing at the bad version goes: --to or the last good release for latest, any good version for the others. */
export function tagTarget(pkg: PackageState, bad: string, tag: string, to: string | undefined): string | undefined {
  if (tag !== 'latest') return rollbackTarget(pkg, bad, { allowPrerelease: true });
  // Stryker disable next-line ObjectLiteral: equivalent, an absent allowPrerelease is false.
  return to ?? rollbackTarget(pkg, bad, { allowPrerelease: false });
}

export function planRollback(state: PackageState, request: RollbackRequest): RollbackPlan {
  const { name, registry, version, to, undo } = request;
  const meta = state.versions[version];
  if (!meta)
    return {
      refused: {
        rule: 'rollback/unknown-version',
        message: `${name}@${version} is not on ${registry} (published: ${Object.keys(state.versions).slice(-5).join(', ') || 'none'})`,
      },
    };
  if (to) {
    // Stryker disable next-line StringLiteral: equivalent, '' stands for "no bad version" and any other non-version string does too (--to is a valid version).
    const problem = checkRollbackTo(state, to, undo ? '' : version);
    if (problem) return { refused: { rule: 'rollback/bad-target', message: problem } };
  }
  const moves: Record<string, string> = {};
  const notes: string[] = [];
  if (!undo) {
    for (const [tag, pointsAt] of Object.entries(state.distTags)) {
      if (pointsAt !== version) continue;
      const target = tagTarget(state, version, tag, to);
      if (!target) {
        if (tag === 'latest')
          return {
            refused: {
              rule: 'rollback/no-good-version',
              message: `no earlier version of ${name} is neither deprecated nor a prerelease, so "latest" has nowhere to go: publish a fixed version instead (or pass --to)`,
            },
          };
        notes.push(`"${tag}" stays on ${version}: no earlier good version`);
        continue;
      }
      moves[tag] = target;
    }
  } else if (to && state.distTags.latest !== to) moves.latest = to;
  // Stryker disable next-line StringLiteral: unreachable fallback, rollback refuses a missing reason (a usage error) before it plans.
  const reason = request.reason ?? '';
  const deprecation = undo ? '' : reason;
  const deprecate = undo ? Boolean(meta.deprecated) : meta.deprecated !== deprecation;
  return { moves, deprecation, deprecate, notes };
}
