import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The trusted root that keyless bundles verify against: a file the caller
 * names (a private sigstore, or an offline copy), else sigstore's public-good
 * root through TUF. When TUF cannot be reached, the root shipped inside
 * @sigstore/tuf is used and the caller is told, since it may be older than the
 * live one.
 */
export interface LoadedTrustedRoot {
  root: unknown;
  source: string;
  note?: string;
}

export async function loadTrustedRoot(file: string | undefined): Promise<LoadedTrustedRoot> {
  if (file) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) throw new Error(`cannot read ${file}`);
    try {
      return { root: JSON.parse(text) as unknown, source: file };
    } catch {
      throw new Error(`${file} is not JSON (a sigstore TrustedRoot document is expected)`);
    }
  }
  const { DEFAULT_MIRROR_URL, getTrustedRoot } = await import('@sigstore/tuf');
  const cachePath = path.join(tmpdir(), 'mcp-release-tuf');
  try {
    const { TrustedRoot } = await import('@sigstore/protobuf-specs');
    const root = await getTrustedRoot({ cachePath, retry: { retries: 1 }, timeout: 10_000 });
    return { root: TrustedRoot.toJSON(root), source: DEFAULT_MIRROR_URL };
  } catch (error) {
    // Seeding the cache wrote the trusted root that ships with @sigstore/tuf.
    const seeded = path.join(cachePath, new URL(DEFAULT_MIRROR_URL).host, 'targets', 'trusted_root.json');
    const text = await readFile(seeded, 'utf8').catch(() => undefined);
    if (text === undefined)
      throw new Error(
        `could not load sigstore's trusted root through TUF (${(error as Error).message}); pass --trusted-root`,
        { cause: error },
      );
    return {
      root: JSON.parse(text) as unknown,
      source: 'the copy shipped with @sigstore/tuf',
      note: `TUF refresh failed (${(error as Error).message}): verified against the trusted root shipped with @sigstore/tuf`,
    };
  }
}
