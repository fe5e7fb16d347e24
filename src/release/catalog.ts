import type { RuleDoc } from '../layout/catalog.js';

/** pack and publish findings. Ids are a public contract: never rename one, only add. */
export const RELEASE_RULES = [
  { id: 'pack/failed', severity: 'error', summary: '`npm pack` failed, so there is no tarball to publish.', fix: 'Run `npm pack --ignore-scripts` in the package folder and fix what it reports.' },
  { id: 'publish/version-exists', severity: 'error', summary: 'The registry already has this version with different bytes (versions are immutable).', fix: 'Bump the version and pack again.' },
  { id: 'publish/no-credentials', severity: 'error', summary: 'No way to authenticate: neither GitHub OIDC (trusted publishing) nor NODE_AUTH_TOKEN.', fix: 'Grant `id-token: write` and configure a trusted publisher, or set NODE_AUTH_TOKEN.' },
  { id: 'publish/failed', severity: 'error', summary: '`npm publish` failed (after retries for network errors, 5xx and 429).', fix: 'Read the npm error in the message; re-running is safe (the version is checked first).' },
  { id: 'publish/registry-unreachable', severity: 'error', summary: 'The registry could not be read, so the publish was not attempted.', fix: 'Check the registry URL and the network; re-run.' },
  { id: 'publish/bad-tarball', severity: 'error', summary: 'The tarball is missing or has no readable package.json.', fix: 'Give the .tgz that `mcp-release pack` wrote.' },
] as const satisfies readonly RuleDoc[];
