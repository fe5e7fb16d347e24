/**
 * GITHUB_TOKEN permissions. Docs: "Controlling permissions for GITHUB_TOKEN"
 * (https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token):
 * a `permissions` key at workflow or job level; scopes not named are `none`; `read-all` / `write-all`.
 * Defaults and the fork maximum: "GITHUB_TOKEN reference"
 * (https://docs.github.com/en/actions/reference/github_token-reference), table "Maximum access for
 * pull requests from public forked repositories": read for every scope, id-token none.
 */
export type Access = 'none' | 'read' | 'write';
export type Permissions = Record<string, Access>;

export const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'metadata',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

const rank: Record<Access, number> = { none: 0, read: 1, write: 2 };

/** The repository's default when no `permissions` key applies ("permissive" or "restricted" setting). */
export function defaults(kind: 'permissive' | 'restricted'): Permissions {
  const out: Permissions = {};
  for (const scope of SCOPES) out[scope] = kind === 'permissive' && scope !== 'id-token' ? 'write' : 'none';
  out.metadata = 'read';
  if (kind === 'restricted') {
    out.contents = 'read';
    out.packages = 'read';
  }
  return out;
}

/** Parse a `permissions:` value; undefined when the key is absent. */
export function parsePermissions(value: unknown): Permissions | undefined {
  if (value === undefined || value === null) return undefined;
  const out: Permissions = {};
  for (const scope of SCOPES) out[scope] = 'none';
  if (value === 'read-all' || value === 'write-all') {
    for (const scope of SCOPES)
      out[scope] =
        scope === 'id-token' ? (value === 'write-all' ? 'write' : 'none') : value === 'read-all' ? 'read' : 'write';
    return out;
  }
  if (typeof value !== 'object')
    throw new Error(`permissions: "${String(value)}" is not read-all, write-all or a mapping`);
  for (const [scope, access] of Object.entries(value as Record<string, string>)) {
    if (!(SCOPES as readonly string[]).includes(scope)) throw new Error(`permissions: unknown scope "${scope}"`);
    if (!['none', 'read', 'write'].includes(access))
      throw new Error(`permissions: ${scope}: "${access}" is not read, write or none`);
    out[scope] = access as Access;
  }
  out.metadata = 'read';
  return out;
}

/** Scopes where `asked` exceeds `allowed` (empty: within). */
export function excess(asked: Permissions, allowed: Permissions): string[] {
  return Object.entries(asked)
    .filter(([scope, access]) => rank[access] > rank[allowed[scope] ?? 'none'])
    .map(([scope, access]) => `${scope}: ${access}`);
}

/** A fork pull request (or Dependabot) gets at most read, and no id-token. */
export function readOnly(p: Permissions): Permissions {
  const out: Permissions = {};
  for (const [scope, access] of Object.entries(p))
    out[scope] = scope === 'id-token' ? 'none' : access === 'write' ? 'read' : access;
  return out;
}

export const allows = (p: Permissions, scope: string, access: Access): boolean =>
  rank[p[scope] ?? 'none'] >= rank[access];
