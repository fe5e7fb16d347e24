/** A package's state on an npm registry (the packument), as plain data; read by the registry adapter. */

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

/** The fields kept from a packument: each version's integrity, shasum and deprecation, and the dist-tags. Pure. */
export function packageStateOf(body: {
  versions?: Record<string, { dist?: { integrity?: string; shasum?: string }; deprecated?: string }>;
  'dist-tags'?: Record<string, string>;
}): PackageState {
  const versions: Record<string, PublishedVersion> = {};
  for (const [v, meta] of Object.entries(body.versions ?? {})) {
    versions[v] = {
      ...(meta.dist?.integrity ? { integrity: meta.dist.integrity } : {}),
      ...(meta.dist?.shasum ? { shasum: meta.dist.shasum } : {}),
      ...(meta.deprecated ? { deprecated: meta.deprecated } : {}),
    };
  }
  return { exists: true, versions, distTags: body['dist-tags'] ?? {} };
}

/** What the registry records for one version: the fields a publish is checked against. */
export interface VersionRecord {
  name?: string;
  version?: string;
  integrity?: string;
  shasum?: string;
}

/** The version's entry in a packument, or undefined when it does not list it (yet). Pure. */
export function versionRecordOf(
  body: {
    versions?: Record<string, { name?: unknown; version?: unknown; dist?: { integrity?: unknown; shasum?: unknown } }>;
  },
  version: string,
): VersionRecord | undefined {
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
