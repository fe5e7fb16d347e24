import { protocolsRewrittenByPack } from '../../workspace/package-manager.js';
import type { LayoutCheck, RawFinding } from '../context.js';

const FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** What a user's `npm install` cannot fetch from the registry, once the repository's manager has packed it. */
function nonRegistrySource(spec: string, rewritten: readonly string[]): string | undefined {
  const s = spec.trim();
  if (rewritten.some((protocol) => s.startsWith(protocol))) return undefined;
  if (/^file:/.test(s)) return 'a local file: path';
  if (/^link:/.test(s)) return 'a link: path';
  if (/^workspace:/.test(s)) return 'the workspace: protocol, which npm publishes unchanged';
  if (/^catalog:/.test(s)) return 'the catalog: protocol, which npm publishes unchanged';
  if (/^portal:/.test(s)) return 'a portal: path';
  if (/^(\.{1,2}|~)?\//.test(s)) return 'a local path';
  if (/^(git(\+[a-z]+)?|github|gitlab|bitbucket|gist):/.test(s) || /\.git(#.*)?$/.test(s)) return 'a git repository';
  if (/^https?:\/\//.test(s)) return 'a URL';
  // "owner/repo" or "owner/repo#ref" is GitHub shorthand (a plain range never has a slash).
  if (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(s)) return 'a GitHub shorthand (git)';
  return undefined;
}

export const checkDependencySources: LayoutCheck = (ctx) => {
  const out: RawFinding[] = [];
  const rewritten = protocolsRewrittenByPack(ctx.packManager);
  for (const field of FIELDS) {
    const deps = ctx.manifest[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec !== 'string') continue;
      const source = nonRegistrySource(spec, rewritten);
      if (source)
        out.push(
          ctx.at(
            'layout/dependency-source',
            [field, name],
            `${field}.${name} is "${spec}", ${source}: users cannot install it from the registry`,
          ),
        );
    }
  }
  return out;
};
