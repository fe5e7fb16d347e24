import path from 'node:path';
import type { Credentials } from '../settings/settings.js';
import type { DoctorFacts } from './doctor-checks.js';
import type { TokenExpiry } from './token-expiry.js';

/**
 * The parts of the doctor's reading that are rules over data: which npm
 * tokens to ask the registry about, and which .npmrc lines hold a token. The
 * doctor command reads the files and asks the registry.
 */

/** Each npm token that is set, asked of the registry's token list (values never leave this function but to the registry). */
export async function tokenExpiries(
  registry: string,
  credentials: Credentials,
  read: (registry: string, token: string) => Promise<TokenExpiry>,
): Promise<NonNullable<DoctorFacts['tokenExpiry']>> {
  const tokens = { NPM_PROMOTE_TOKEN: credentials.npmPromoteToken, NODE_AUTH_TOKEN: credentials.nodeAuthToken };
  const set = (['NPM_PROMOTE_TOKEN', 'NODE_AUTH_TOKEN'] as const).filter((name) => tokens[name]);
  const unique = set.filter((name, i) => set.findIndex((other) => tokens[other] === tokens[name]) === i);
  return Promise.all(
    unique.map(async (credential) => ({
      credential,
      expiry: await read(registry, tokens[credential] as string),
    })),
  );
}

/** Auth-token lines in one .npmrc file's text; the value is redacted to its first characters. Pure. */
export function npmrcTokenLines(text: string, file: string, dir: string): DoctorFacts['npmrcTokens'] {
  const out: DoctorFacts['npmrcTokens'] = [];
  text.split('\n').forEach((line, index) => {
    const match = /(_authToken|_auth|_password)\s*=\s*(.*)$/.exec(line);
    if (!match) return;
    const value = (match[2] ?? '').trim();
    const shown = /^\$\{[A-Z_]+\}$/.test(value) ? value : `${value.slice(0, 4)}…`;
    out.push({ file: path.relative(dir, file) || file, line: index + 1, text: `${match[1]}=${shown}` });
  });
  return out;
}
