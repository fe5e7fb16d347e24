/** Reading a package's state from an npm registry (the packument), with retries. */

export interface PublishedVersion {
  integrity?: string;
  shasum?: string;
  deprecated?: string;
}

export interface PackageState {
  exists: boolean;
  versions: Record<string, PublishedVersion>;
  distTags: Record<string, string>;
}

export function packumentUrl(registry: string, name: string): string {
  return `${registry.replace(/\/+$/, '')}/${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

/** GET the packument; 404 is "not published yet". Network errors, 5xx and 429 are retried. */
export async function readPackageState(
  registry: string,
  name: string,
  token?: string,
  attempts = 3,
): Promise<PackageState> {
  let lastError = '';
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    try {
      const response = await fetch(packumentUrl(registry, name), {
        headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        signal: AbortSignal.timeout(30_000),
      });
      if (response.status === 404) return { exists: false, versions: {}, distTags: {} };
      if (RETRYABLE.has(response.status)) {
        lastError = `HTTP ${response.status}`;
        continue;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status} reading ${name} from ${registry}`);
      const body = (await response.json()) as {
        versions?: Record<string, { dist?: { integrity?: string; shasum?: string }; deprecated?: string }>;
        'dist-tags'?: Record<string, string>;
      };
      const versions: Record<string, PublishedVersion> = {};
      for (const [v, meta] of Object.entries(body.versions ?? {})) {
        versions[v] = {
          ...(meta.dist?.integrity ? { integrity: meta.dist.integrity } : {}),
          ...(meta.dist?.shasum ? { shasum: meta.dist.shasum } : {}),
          ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
        };
      }
      return { exists: true, versions, distTags: body['dist-tags'] ?? {} };
    } catch (error) {
      if ((error as Error).message.startsWith('HTTP ')) throw error;
      lastError = (error as Error).message;
    }
  }
  throw new Error(`cannot read ${name} from ${registry}: ${lastError}`);
}

/** What the registry records for one version: the fields a publish is checked against. */
export interface VersionRecord {
  name?: string;
  version?: string;
  integrity?: string;
  shasum?: string;
}

/** The version's entry in the packument, or undefined when the registry does not list it (yet). */
export async function readVersionRecord(
  registry: string,
  name: string,
  version: string,
  token?: string,
): Promise<VersionRecord | undefined> {
  const response = await fetch(packumentUrl(registry, name), {
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) {
    await response.body?.cancel();
    return undefined;
  }
  const body = (await response.json()) as {
    versions?: Record<string, { name?: unknown; version?: unknown; dist?: { integrity?: unknown; shasum?: unknown } }>;
  };
  const entry = body.versions?.[version];
  if (!entry) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    name: text(entry.name),
    version: text(entry.version),
    integrity: text(entry.dist?.integrity),
    shasum: text(entry.dist?.shasum),
  };
}
