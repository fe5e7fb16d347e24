import semver from 'semver';
import type { SmokeTarget } from './install.js';

/** `name`, `@scope/name`, with an optional `@version-or-tag`; nothing else (no URLs, paths or git). */
export function isRegistrySpec(spec: string): boolean {
  return (
    /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(@[A-Za-z0-9.^~<>=|*+ -]+)?$/.test(spec) && !spec.includes('..')
  );
}

/** `name@1.2.3` with an exact version: the name and the version; else undefined (folders, tarballs, tags, ranges). */
export function exactSpec(target: SmokeTarget): { name: string; version: string } | undefined {
  if (target.kind !== 'spec') return undefined;
  const at = target.spec.lastIndexOf('@');
  if (at <= 0) return undefined;
  const version = target.spec.slice(at + 1);
  return semver.valid(version) === version ? { name: target.spec.slice(0, at), version } : undefined;
}
