/**
 * The request `npm publish <tarball>` sends to the registry, as data: the
 * document libnpmpublish builds (npm 11's libnpmpublish 11.2.0,
 * lib/publish.js: patchManifest + buildMetadata) around the manifest pacote
 * reads from the tarball. Pure: the adapter (registry-publish.ts) reads the
 * tarball, prepares the manifest with npm's own @npmcli/package-json and sends
 * what this returns. test/integration/publish-in-process.test.ts holds it equal
 * to what the npm CLI sends, field by field, on a capturing registry.
 */

export interface PublishDocumentInput {
  /** The tarball's package.json as pacote reads it (PackageJson.prepare, with _integrity, _resolved, _from). */
  manifest: Record<string, unknown>;
  /** The tarball's bytes, sent base64 as npm does. */
  tarball: Buffer;
  /** sha512 SRI and sha1 hex of the tarball. */
  integrity: string;
  shasum: string;
  /** The registry URL, with a trailing slash. */
  registry: string;
  tag: string;
  /** npm's `access` option: "public", "restricted", or null when neither the flags nor publishConfig say. */
  access: 'public' | 'restricted' | null;
  /** The npm that would have run, recorded as npm records itself (`_npmVersion`). */
  npmVersion: string;
  nodeVersion: string;
}

export interface PublishDocument {
  /** Path under the registry: the name, with a scope's slash escaped as npm escapes it. */
  path: string;
  body: Record<string, unknown>;
}

export function escapedPackageName(name: string): string {
  // npm-package-arg: `escapedName = name.replace('/', '%2f')` for a scoped name.
  return name.replace('/', '%2f');
}

export function publishDocument(input: PublishDocumentInput): PublishDocument {
  const name = String(input.manifest.name);
  const version = String(input.manifest.version);
  // patchManifest: npm records the runtimes that published it.
  const manifest: Record<string, unknown> = {
    ...input.manifest,
    _nodeVersion: input.nodeVersion,
    _npmVersion: input.npmVersion,
  };
  const tarballName = `${name}-${version}.tgz`;
  manifest._id = `${name}@${version}`;
  manifest.dist = {
    ...(manifest.dist as Record<string, unknown> | undefined),
    integrity: input.integrity,
    shasum: input.shasum,
    // libnpmpublish writes the tarball URL over http even for an https registry (installs fetch over https anyway).
    tarball: new URL(`${name}/-/${tarballName}`, input.registry).href.replace(/^https:\/\//, 'http://'),
  };
  return {
    path: escapedPackageName(name),
    body: {
      _id: name,
      name,
      description: manifest.description,
      'dist-tags': { [input.tag]: version },
      versions: { [version]: manifest },
      access: input.access,
      _attachments: {
        [tarballName]: {
          content_type: 'application/octet-stream',
          data: input.tarball.toString('base64'),
          length: input.tarball.length,
        },
      },
    },
  };
}
