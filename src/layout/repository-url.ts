/**
 * `owner/repo` of a GitHub repository named by package.json `repository`, in the
 * forms npm accepts: "owner/repo", "github:owner/repo", or a URL (https, git+https,
 * git+ssh, git@github.com:). Undefined for other hosts or unparseable values.
 */
export function githubSlug(repository: unknown): string | undefined {
  const url = repositoryUrl(repository);
  if (!url) return undefined;
  // "owner/repo" and "github:owner/repo" (npm's shorthands; no other scheme has a bare slash form)
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url);
  if (shorthand && (url.startsWith('github:') || !url.includes(':'))) return `${shorthand[1]}/${shorthand[2]}`;
  const scp = /^git@github\.com:([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (scp) return `${scp[1]}/${scp[2]}`;
  try {
    const parsed = new URL(url.replace(/^git\+/, ''));
    if (parsed.hostname !== 'github.com' && parsed.hostname !== 'www.github.com') return undefined;
    const [owner, repo] = parsed.pathname.replace(/^\/+/, '').split('/');
    if (!owner || !repo) return undefined;
    return `${owner}/${repo.replace(/\.git$/, '')}`;
  } catch {
    return undefined;
  }
}

export function repositoryUrl(repository: unknown): string | undefined {
  if (typeof repository === 'string') return repository.trim() || undefined;
  if (repository && typeof repository === 'object') {
    const url = (repository as { url?: unknown }).url;
    return typeof url === 'string' && url.trim() ? url.trim() : undefined;
  }
  return undefined;
}
