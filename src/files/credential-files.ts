/**
 * Files that hold credentials by their name: publishing one leaks it to everyone
 * who installs. Shared by validate-layout (layout/packed-sensitive) and
 * security-scan (scan/forbidden-file).
 */
const CREDENTIAL_FILES: { what: string; test: (base: string, full: string) => boolean }[] = [
  {
    what: 'an environment file',
    test: (b) => /^\.env(\..+)?$/.test(b) && !/^\.env\.(example|sample|template|dist|defaults)$/.test(b),
  },
  { what: 'an npm/yarn credentials file', test: (b) => b === '.npmrc' || b === '.yarnrc.yml' },
  { what: 'a credentials file', test: (b) => ['.netrc', '.pypirc', '.git-credentials', '.htpasswd'].includes(b) },
  { what: 'an SSH private key', test: (b) => /^id_(rsa|dsa|ecdsa|ed25519)$/.test(b) },
  {
    what: 'a private key',
    test: (b) => /\.(key|p12|pfx|jks|keystore)$/i.test(b) || (/\.pem$/i.test(b) && /key|private/i.test(b)),
  },
  {
    what: 'a cloud credentials file',
    test: (b, f) =>
      /^client_secret.*\.json$/.test(b) || /service[-_]?account.*\.json$/i.test(b) || f.endsWith('.aws/credentials'),
  },
];

/** What kind of credential file a packed path is, or undefined. */
export function credentialFileKind(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return CREDENTIAL_FILES.find((c) => c.test(base, path))?.what;
}
