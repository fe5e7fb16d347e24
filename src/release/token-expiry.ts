/**
 * When the npm token the release uses expires, as the registry says.
 * Granular npm write tokens live at most 90 days (npm docs, "About access
 * tokens"), so a release that worked last quarter can fail on the day of the
 * promote. `GET /-/npm/v1/tokens` lists the account's tokens (npm token list;
 * Verdaccio implements it) with an abbreviated token, `created` and, where the
 * registry has one, an expiry date. Pure: the registry adapter reads the list.
 */

export interface TokenListEntry {
  token?: string;
  key?: string;
  created?: string;
  expires?: string | null;
  expiry?: string | null;
}

export type TokenExpiry = { known: true; expires: Date; created?: string } | { known: false; why: string };

/** The list shows a token as `abcde...vwxyz`, `npm_1f…` or a prefix: does it abbreviate this token? */
export function abbreviates(shown: string, token: string): boolean {
  const [head = '', tail = ''] = shown.split(/\.\.\.|…/);
  if (!head || head.length < 4) return false;
  return token.startsWith(head) && token.endsWith(tail);
}

/** Find this token in the list and read its expiry; a reason when the registry does not say. */
export function expiryFromList(entries: readonly TokenListEntry[], token: string): TokenExpiry {
  const mine = entries.filter((e) => typeof e.token === 'string' && abbreviates(e.token, token));
  if (mine.length !== 1)
    return {
      known: false,
      why: mine.length ? 'several tokens in the list match this one' : "the token is not in the registry's token list",
    };
  const entry = mine[0] as TokenListEntry;
  const raw = entry.expires ?? entry.expiry;
  const date = raw ? new Date(raw) : undefined;
  if (!date || Number.isNaN(date.getTime()))
    return { known: false, why: "the registry's token list gives no expiry date for it" };
  return { known: true, expires: date, ...(entry.created ? { created: entry.created } : {}) };
}

export const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

const TWO_FA =
  'a granular token with read and write on this package, and "bypass 2FA" enabled when the account enforces 2FA for writes (off by default)';

/** A finding (expired: error; within 14 days: warning) or a note when the registry does not say. */
export function expiryVerdict(
  expiry: TokenExpiry,
  credential: string,
  now: Date,
): { rule?: 'credentials/token-expired' | 'credentials/token-expiring'; message: string } {
  if (!expiry.known)
    return { message: `${credential}: expiry unknown (${expiry.why}); granular npm write tokens live at most 90 days` };
  const day = expiry.expires.toISOString().slice(0, 10);
  const left = Math.floor((expiry.expires.getTime() - now.getTime()) / DAY_MS);
  if (expiry.expires.getTime() <= now.getTime())
    return {
      rule: 'credentials/token-expired',
      message: `${credential} expired on ${day}: every npm write with it fails; create a new one (${TWO_FA}) and replace the secret`,
    };
  if (left < EXPIRY_WARNING_DAYS)
    return {
      rule: 'credentials/token-expiring',
      message: `${credential} expires on ${day} (in ${left} day(s)): create a new one (${TWO_FA}) and replace the secret before then`,
    };
  return { message: `${credential} expires on ${day} (in ${left} days)` };
}
