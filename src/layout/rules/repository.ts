import type { LayoutCheck } from '../context.js';
import { githubSlug, repositoryUrl } from '../repository-url.js';

/**
 * repository.url must exist and, in GitHub Actions, name the building repository
 * exactly: npm compares it case-sensitively with the provenance statement.
 */
export const checkRepository: LayoutCheck = (ctx) => {
  const url = repositoryUrl(ctx.manifest.repository);
  const jsonPath = typeof ctx.manifest.repository === 'object' ? ['repository', 'url'] : ['repository'];
  if (!url) return [ctx.at('layout/repository-missing', ['repository'], 'package.json has no "repository.url"')];
  const building = ctx.facts.env.githubRepository;
  if (!building) return [];
  const slug = githubSlug(ctx.manifest.repository);
  if (slug === building) return [];
  const expected = `git+https://github.com/${building}.git`;
  const detail =
    slug && slug.toLowerCase() === building.toLowerCase()
      ? `"${url}" differs from ${building} only in letter case, and npm compares it case-sensitively`
      : `"${url}" does not name ${building}, the repository building it`;
  return [
    ctx.at(
      'layout/repository-mismatch',
      jsonPath,
      `${detail}; npm rejects the provenance (E422)`,
      `Set repository.url to "${expected}".`,
    ),
  ];
};
