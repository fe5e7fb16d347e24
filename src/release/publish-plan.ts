import type { Choice, Decision, Visibility } from './visibility.js';

/**
 * What publish asks npm to do, decided from plain facts: the argv of each npm
 * command and the provenance flags. No I/O: publish.ts reads the tarball and
 * the registry, then runs what this returns.
 */
export interface PublishStep {
  description: string;
  args: string[];
}

export interface PublishFacts {
  name: string;
  version: string;
  tarball: string;
  tag: string;
  registry: string;
  stage: boolean;
  /** publishConfig.access is "restricted". */
  restricted: boolean;
  /** The flags of provenanceFlags(). */
  provenanceArgs: readonly string[];
  /** The registry already has this version with these bytes. */
  published: boolean;
  /** The registry's dist-tags now. */
  distTags: Readonly<Record<string, string>>;
}

/** The npm commands that bring the registry to "this version, these bytes, under this tag": none when it is there. */
export function publishSteps(facts: PublishFacts): PublishStep[] {
  const { name, version, tarball, tag, registry, stage } = facts;
  if (facts.published) {
    if (facts.distTags[tag] === version) return [];
    return [
      {
        description: `point "${tag}" at the already published ${name}@${version}`,
        args: ['dist-tag', 'add', `${name}@${version}`, tag, '--registry', registry],
      },
    ];
  }
  const args = [...(stage ? ['stage', 'publish'] : ['publish']), tarball, '--tag', tag, '--registry', registry];
  if (stage) args.push('--json');
  // npm signs provenance only for public packages, and refuses a new package unless
  // `--access public` is explicit (even unscoped: it asks the registry, which has no visibility for it yet).
  // A scoped package is private by default. One that says publishConfig.access "restricted" keeps it, without provenance.
  if (!facts.restricted && (name.startsWith('@') || facts.provenanceArgs.includes('--provenance')))
    args.push('--access', 'public');
  args.push(...facts.provenanceArgs);
  return [{ description: `${stage ? 'stage' : 'publish'} ${name}@${version} under "${tag}"`, args }];
}

/**
 * The npm flags for the provenance decision. With trusted publishing npm adds
 * provenance by itself for a public repository when the setting is left at its
 * default (npm/cli#8412, #8467: it reads repository_visibility from its OIDC
 * token), so "false" must be said (`--provenance=false`), and a skip can be
 * left to npm, which will not add it for a repository that is not public.
 */
export interface ProvenanceFacts {
  oidc: boolean;
  restricted: boolean;
  choice: Choice;
  visibility: Visibility;
  inActions: boolean;
}

export function provenanceFlags(
  decision: Decision,
  facts: ProvenanceFacts,
): { args: string[]; output: string; note?: string } {
  if (facts.restricted)
    return {
      args: [],
      output: 'off',
      note: 'provenance skipped: the package says publishConfig.access "restricted" (npm signs provenance for public packages only)',
    };
  if (!facts.oidc) {
    const worthSaying = facts.choice === 'auto' && (facts.inActions || facts.visibility === 'public');
    return {
      args: [],
      output: 'off',
      ...(worthSaying
        ? {
            note: 'provenance skipped: no OIDC identity (npm makes it in GitHub Actions with `permissions: id-token: write`)',
          }
        : {}),
    };
  }
  if (decision.run) return { args: ['--provenance'], output: 'asked', note: decision.reason };
  if (facts.choice === 'false') return { args: ['--provenance=false'], output: 'off', note: decision.reason };
  return { args: [], output: facts.visibility === 'unknown' ? 'left to npm' : 'off', note: decision.reason };
}

/** `npm stage publish --json` prints the package contents with a stageId. */
export function stageIdFrom(stdout: string): string | undefined {
  const match = /"stageId"\s*:\s*"([^"]+)"/.exec(stdout) ?? /staged with id (\S+)\)/.exec(stdout);
  return match?.[1];
}
