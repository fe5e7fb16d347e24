/**
 * Whether npm provenance, keyless sigstore signing and GitHub artifact
 * attestations run, from the repository's visibility and the user's choice.
 * Pure: the entry layer reads the visibility (an option, else the Actions
 * event payload) and commands act on the decision and print its reason.
 *
 * The rules, from the documentation:
 * - npm provenance: "restricted to public packages and public source
 *   repositories only"; npm answers E422 "Unsupported GitHub Actions source
 *   repository visibility: private" otherwise
 *   (https://github.blog/changelog/2023-09-26-npm-provenance-general-availability).
 *   With trusted publishing npm adds provenance by itself only when the OIDC
 *   token's repository_visibility claim is "public" (npm/cli#8412, #8467).
 * - keyless signing: Fulcio writes the repository, workflow and commit into the
 *   certificate (source_repository_visibility among them) and public-good Rekor
 *   logs it publicly and forever: for a private repository that discloses what
 *   the repository keeps private.
 * - artifact attestations: "If you are on a GitHub Free, GitHub Pro, or GitHub
 *   Team plan, artifact attestations are only available for public
 *   repositories. To use artifact attestations in private or internal
 *   repositories, you must be on a GitHub Enterprise Cloud plan"
 *   (https://docs.github.com/en/actions/how-tos/secure-your-work/use-artifact-attestations/use-artifact-attestations);
 *   there GitHub signs with its private sigstore instance, so forcing them on is legitimate.
 */
export const VISIBILITIES = ['public', 'private', 'internal'] as const;
export type RepositoryVisibility = (typeof VISIBILITIES)[number];
export type Visibility = RepositoryVisibility | 'unknown';

export const CHOICES = ['auto', 'true', 'false'] as const;
export type Choice = (typeof CHOICES)[number];

export type Feature = 'provenance' | 'keyless' | 'attestation';

export interface Decision {
  run: boolean;
  /** A forced choice the rules make impossible: a usage error before anything is sent. */
  refused?: boolean;
  /** One sentence saying what happens and why. */
  reason: string;
}

const LABEL: Record<Feature, string> = {
  provenance: 'provenance',
  keyless: 'keyless signing',
  attestation: 'GitHub artifact attestation',
};

/** Why each feature is not for a non-public repository, said the same way everywhere. */
const WHY_NOT: Record<Feature, (v: RepositoryVisibility) => string> = {
  provenance: (v) =>
    v === 'private'
      ? 'npm refuses provenance from private repositories'
      : 'npm accepts provenance from public repositories only',
  keyless: () => 'a keyless certificate would put its name, workflow and commit in the public Rekor transparency log',
  attestation: () =>
    'artifact attestations need a public repository on GitHub Free, Pro and Team; set attest: true on GitHub Enterprise Cloud',
};

const OPTION: Record<Feature, string> = { provenance: 'provenance', keyless: 'keyless', attestation: 'attest' };

export function decide(feature: Feature, visibility: Visibility, choice: Choice): Decision {
  const label = LABEL[feature];
  if (choice === 'false') return { run: false, reason: `${label} off (${OPTION[feature]}: false)` };
  if (visibility === 'public') return { run: true, reason: `${label}: the repository is public` };
  if (visibility === 'unknown') return unknownVisibility(feature, choice);
  const why = WHY_NOT[feature](visibility);
  if (choice === 'auto') return { run: false, reason: `${label} skipped: the repository is ${visibility} (${why})` };
  // Forced on a non-public repository.
  if (feature === 'provenance')
    return {
      run: false,
      refused: true,
      reason: `provenance: true, but the repository is ${visibility} and ${why} (E422): use provenance auto or false`,
    };
  if (feature === 'keyless')
    return {
      run: true,
      reason: `keyless signing forced (keyless: true) on a ${visibility} repository: its name, workflow and commit are now in the public Rekor transparency log`,
    };
  return {
    run: true,
    reason: `GitHub artifact attestation forced (attest: true) on a ${visibility} repository: GitHub Enterprise Cloud signs it with its private sigstore instance; other plans refuse it`,
  };
}

function unknownVisibility(feature: Feature, choice: Choice): Decision {
  const label = LABEL[feature];
  if (choice === 'true')
    return { run: true, reason: `${label} on (${OPTION[feature]}: true); the repository visibility is unknown` };
  switch (feature) {
    case 'provenance':
      // Asking for it could fail the whole publish with E422; npm decides itself from the token's claim.
      return {
        run: false,
        reason:
          'provenance not asked for: the repository visibility is unknown (no visibility option or event payload); with trusted publishing npm adds it itself for a public repository',
      };
    case 'keyless':
      // Identities from elsewhere (SIGSTORE_ID_TOKEN) have no visibility; a GitHub token's claim is checked before Fulcio sees it.
      return {
        run: true,
        reason:
          'keyless signing: the repository visibility is unknown; a GitHub OIDC token that says the repository is not public is refused before Fulcio is asked',
      };
    case 'attestation':
      return {
        run: false,
        reason:
          'GitHub artifact attestation skipped: the repository visibility is unknown (set visibility, or attest: true)',
      };
  }
}

/** `repository.visibility` of an Actions event payload, else `repository.private`. */
export function visibilityFromEvent(payload: unknown): RepositoryVisibility | undefined {
  const repository = (payload as { repository?: { visibility?: unknown; private?: unknown } } | null)?.repository;
  if (!repository || typeof repository !== 'object') return undefined;
  if (isVisibility(repository.visibility)) return repository.visibility;
  if (typeof repository.private === 'boolean') return repository.private ? 'private' : 'public';
  return undefined;
}

/** The `repository_visibility` claim of a GitHub Actions OIDC token (read, not verified: it is ours, fresh from GitHub). */
export function visibilityFromIdentityToken(token: string): RepositoryVisibility | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      repository_visibility?: unknown;
    };
    return isVisibility(claims.repository_visibility) ? claims.repository_visibility : undefined;
  } catch {
    return undefined;
  }
}

export function isVisibility(value: unknown): value is RepositoryVisibility {
  return typeof value === 'string' && (VISIBILITIES as readonly string[]).includes(value);
}

/** The option wins over what the event says: a user may know better (a repository made public since). */
export function effectiveVisibility(
  option: RepositoryVisibility | undefined,
  fromContext: RepositoryVisibility | undefined,
): Visibility {
  return option ?? fromContext ?? 'unknown';
}
