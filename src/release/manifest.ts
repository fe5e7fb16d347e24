/** release-manifest.json: what was packed, so later jobs publish and verify the same bytes. */
export interface ReleaseManifest {
  schemaVersion: 1;
  package: string;
  version: string;
  /** git commit the tarball was packed from, when the folder is in a git repository. */
  commit: string | null;
  tarball: string;
  size: number;
  unpackedSize: number;
  /** sha512 Subresource Integrity string, as the registry records it in dist.integrity. */
  integrity: string;
  /** sha1 hex, as dist.shasum. */
  shasum: string;
  files: { path: string; size: number }[];
  created: string;
  tool: { name: 'mcp-release-kit'; version: string };
}

export const MANIFEST_FILE = 'release-manifest.json';
