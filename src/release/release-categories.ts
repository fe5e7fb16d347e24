import { parse } from 'yaml';
import { ConfigError } from '../errors.js';
import { DEFAULT_CATEGORIES, type CategoryConfig } from './changelog.js';

/**
 * GitHub's own release-notes configuration (`.github/release.yml`), reused
 * for the changelog sections when the repository has one, so the CHANGELOG and
 * GitHub's generated notes group changes the same way.
 */
interface ReleaseYml {
  changelog?: {
    exclude?: { labels?: string[]; authors?: string[] };
    categories?: { title?: string; labels?: string[]; exclude?: { labels?: string[] } }[];
  };
}

/** Where GitHub looks, in its order (under .github/). */
export const RELEASE_YML_NAMES = ['release.yml', 'release.yaml'] as const;

/** The sections from the files' texts (undefined: no such file), in RELEASE_YML_NAMES order. Pure. */
export function releaseCategories(
  files: readonly { name: string; text: string | undefined }[],
  skipLabel: string,
): { categories: CategoryConfig; source: string } {
  for (const { name, text } of files) {
    if (text === undefined) continue;
    let doc: ReleaseYml;
    try {
      doc = (parse(text) ?? {}) as ReleaseYml;
    } catch (error) {
      throw new ConfigError(`.github/${name}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
    }
    const categories = doc.changelog?.categories ?? [];
    if (
      !Array.isArray(categories) ||
      categories.some((c) => typeof c?.title !== 'string' || !Array.isArray(c.labels))
    ) {
      throw new ConfigError(
        `.github/${name}: changelog.categories must be a list of {title, labels} (GitHub's release.yml format)`,
      );
    }
    if (categories.length === 0) continue;
    return {
      source: `.github/${name}`,
      categories: {
        categories: categories.map((c) => ({
          title: c.title as string,
          labels: c.labels as string[],
          excludeLabels: c.exclude?.labels ?? [],
        })),
        excludeLabels: [...(doc.changelog?.exclude?.labels ?? []), skipLabel],
        excludeAuthors: doc.changelog?.exclude?.authors ?? [],
      },
    };
  }
  return {
    source: 'Keep a Changelog defaults',
    categories: { ...DEFAULT_CATEGORIES, excludeLabels: [...DEFAULT_CATEGORIES.excludeLabels, skipLabel] },
  };
}
